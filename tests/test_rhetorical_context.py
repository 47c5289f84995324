"""Rhetorical questions and exclamations in context: an explainer's question the text goes on to
answer, or an exclamation inside reported speech, is not the author's rhetorical device."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.rules import rhetorical
from analyzer.text import segment


def flagged(text: str) -> list[str]:
    """The sentences the rule flags, as text."""
    return [text[s.start:s.end] for s in segment(text).sentences
            for _ in rhetorical(text, s, [])]


@pytest.mark.parametrize(("text", "expected"), [
    # explainer questions the article answers
    ("Warum brennt es am Stadtrand? Hier einige Antworten. Der Sommer war trocken.", []),
    ("Was bedeutet die Reform für Mieter? Ein Überblick über die wichtigsten Punkte.", []),
    ("Rechnet sich die neue Bahnstrecke? Bei drei Instituten hat die Redaktion nachgefragt.", []),
    ("Rechnet sich die neue Bahnstrecke? Langfristig nicht, sagt der Verkehrsökonom Franz Huber.",
     []),
    ("Wie gelingt Integration am Arbeitsmarkt? Diese Frage beschäftigt die Gemeinden seit Jahren.",
     []),
    ("Fragen und Antworten zur Wahl. Wer darf wählen? Alle Bürger ab 16 Jahren.", []),
    # the author's rhetorical questions next to them stay findings
    ("Wer soll das noch glauben? Die Regierung schweigt seit Wochen.",
     ["Wer soll das noch glauben?"]),
    ("Und die Opposition? Sie sieht wieder einmal zu.", ["Und die Opposition?"]),
    # an answer announced far away (six sentences later) does not turn a column's question into
    # an explainer's
    ("Die Lesung selbst? Kurz und bündig. Kein Publikum. Kein Applaus. Keine Blicke. Kein Dank. "
     "Der Moderator stellt Fragen, deren Antworten er kennt.", ["Die Lesung selbst?"]),
])
def test_explainer_questions_are_not_rhetorical(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


def test_exclamation_in_reported_speech_is_the_speakers() -> None:
    reported = "Die wichtigste Empfehlung des Experten sei: Denkt vor dem Drucken genau nach!"
    own = "Die wichtigste Empfehlung ist klar: Denkt vor dem Drucken genau nach!"
    assert flagged(reported) == []
    assert flagged(own) == [own]


@pytest.mark.parametrize(("text", "expected"), [
    # questions of others, listed after a colon that announces them
    ("Die Fragen sind immer die gleichen: Schreiben Sie mit der Hand? Oder am PC? "
     "Im Pyjama oder im Anzug? Das ist doch egal.", []),
    ("Die Pendler wollen wissen: Wann kommt der Bus? Warum ist das Ticket so teuer?", []),
    # the author's own run of questions stays
    ("Wer soll das noch glauben? Und wer bezahlt das? Die Regierung schweigt.",
     ["Wer soll das noch glauben?", "Und wer bezahlt das?"]),
    ("Die Frage bleibt offen. Wer soll das noch glauben?", ["Wer soll das noch glauben?"]),
])
def test_listed_questions_of_others(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Für das große Modell muss man zumindest 849 Euro hinblättern.", False),
    ("Man muss die Reform jetzt umsetzen.", True),
    ("Man muss handeln, um die Klimaziele noch zu erreichen.", True),
])
def test_man_muss_with_a_price_is_no_appeal(text: str, expected: bool) -> None:
    ids = {f.id for f in analyze(text, classifier=None).findings}
    assert ("appeal.man_muss" in ids) is expected, ids


@pytest.mark.parametrize(("text", "expected"), [
    # a question stated as the goal or topic is the meeting's, not a device
    ("Ziel: Wie lässt sich der Zuzug über die Balkanroute begrenzen?", []),
    ("Fazit: Wer soll das bezahlen?", ["Fazit: Wer soll das bezahlen?"]),
    # a study answers the question; "nie untersucht" is the author's point
    ("Wie gefährlich ist das Virus wirklich? Forscher der Universität Wien haben das untersucht.",
     []),
    ("Warum schaut niemand hin? Die Behörden haben den Fall nie untersucht.",
     ["Warum schaut niemand hin?"]),
])
def test_stated_and_studied_questions(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected
