"""Scare quotes and rhetorical punctuation: the rule decisions one by one, on German text."""

from __future__ import annotations

import pytest

from analyzer.rules import (
    SCARE_QUOTE_WEAK_WEIGHT,
    SCARE_QUOTE_WEIGHT,
    RuleHit,
    rhetorical,
    scare_quotes,
)
from analyzer.text import segment
from analyzer.voice import classify_quotes, find_quotes


def scare(text: str) -> list[RuleHit]:
    seg = segment(text)
    quotes = classify_quotes(text, find_quotes(text), seg.sentences)
    return [h for s in seg.sentences for h in scare_quotes(text, s, quotes)]


def scare_texts(text: str) -> list[str]:
    return [text[h.start:h.end] for h in scare(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # real scare quotes
    ("Seinen „Sieg“ feierte er allein.", ["„Sieg“"]),
    ("Die sogenannte „Reform“ kostet Milliarden.", ["„Reform“"]),
    ("Der Konzern verkaufte den Abbau als „Neuaufstellung“.", ["„Neuaufstellung“"]),
    ("Die Koalition setzt auf eine „Politik der ruhigen Hand“.", ["„Politik der ruhigen Hand“"]),
    # the term of those who use it, named by a verb of saying: a mention
    ("Die Rechte beschwört nun den „Großen Austausch“.", []),
    ("Am Stammtisch geht die Angst vor dem „Großen Austausch“ um.", ["„Großen Austausch“"]),
    ("Die „Reform“ (eine Kürzung um zehn Prozent) trifft Familien.", ["„Reform“"]),
    # names, titles, terms
    ("Die Liste „Klartext“ gewann.", []),
    ("Die „Alan Kurdi“ lief aus.", []),
    ("Die „Neue Zürcher Zeitung“ berichtete.", []),
    ("Er moderiert „Zeit im Bild“ seit Jahren.", []),
    ("Sie lancierten den „All-in-Rechner“ im Netz.", []),
    ("Das „Kurzarbeitergeld“ (KUG) wird verlängert.", []),
    ("Die Endsilbe „-na“ klebte er an jedes Wort.", []),
    # brackets, lists, examples, surveys, doubled marks
    ("Die Kammer (intern „Forum“ genannt) tagt.", []),
    ("Zur Wahl standen „ja“, „eher ja“ und „nein“.", []),
    ("Sie riefen Parolen wie „Nie wieder“ und gingen.", []),
    ("42 Prozent antworteten mit „eher zufrieden“.", []),
    ('Die Regierung ging den ""Weg"" zu Ende.', []),
    # a quotation standing alone after a dash: someone's words, not distance
    ("Der Bürgermeister nach der Sitzung – „enttäuscht“.", []),
])
def test_scare_quote_decisions(text: str, expected: list[str]) -> None:
    assert scare_texts(text) == expected


def test_weak_evidence_weighs_less() -> None:
    strong = scare("Die sogenannte „Reform“ kostet Milliarden.")
    weak = scare("Die Koalition setzt auf eine „Politik der ruhigen Hand“.")
    assert strong[0].weight == SCARE_QUOTE_WEIGHT
    assert weak[0].weight == SCARE_QUOTE_WEAK_WEIGHT < SCARE_QUOTE_WEIGHT


def questions(text: str) -> list[str]:
    seg = segment(text)
    return [h.id for s in seg.sentences for h in rhetorical(text, s, [])]


@pytest.mark.parametrize(("text", "found"), [
    ("Wer soll das noch glauben?", True),
    ("Fazit: Wer soll das noch glauben?", True),
    ("Wie beurteilen Sie die Lage?", False),
    ("Was meinst du dazu?", False),
    ("Anna Berger: Was ist denn anders?", False),
    ("FAQ: Wie wirkt der Impfstoff?", False),
])
def test_rhetorical_question_or_interview_question(text: str, found: bool) -> None:
    found_ids = questions(text)
    assert (len(found_ids) == 1 and found_ids[0].startswith("rule.rhetorical_question")) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Premiere für Werner Schwabs „Fäkaliendrama“ in Wien.", []),
    ("Auch der Kurzfilm „Alles wird gut“ ist nominiert.", []),
    ("Er schloss sich der Miliz „Islamischer Staat“ an.", []),
    ("Der Kanzler feiert seinen „Durchbruch“ in Wien.", ["„Durchbruch“"]),
])
def test_titles_of_works_and_organisations(text: str, expected: list[str]) -> None:
    assert scare_texts(text) == expected


def questions_in(text: str) -> list[str]:
    """The rhetorical-question findings of a whole text (the answer may follow the question)."""
    seg = segment(text)
    return [text[h.start:h.end] for s in seg.sentences for h in rhetorical(text, s, [])
            if h.id.startswith("rule.rhetorical_question")]


@pytest.mark.parametrize(("text", "found"), [
    # the next statement takes the question up or announces reasons: an explainer's signpost
    ("Wie geht es mit dem Freibad weiter? Darüber berät der Gemeinderat am Dienstag.", False),
    ("Wann kommt die neue Buslinie? Dazu gibt es noch keinen Termin.", False),
    ("Warum steigen die Preise? Ökonomen nennen drei Gründe.", False),
    ("Wie gefährlich ist die Kreuzung? Um eine Antwort zu finden, hat die Stadt gezählt.", False),
    ("Was bedeutet das für Mieter? Die Antwort ist einfach: Die Miete steigt kaum.", False),
    # … but an answer the text says is missing leaves the question the author's
    ("Warum muss ausgerechnet die Geburtsstation schließen? Die Antwort bleibt der Landrat "
     "schuldig.", True),
    ("Der Kämmerer legte die Zahlen vor. Ist der Haushalt damit gesichert? Wohl kaum.", True),
    # an answer that addresses the asker: an interview without labels
    ("Könnte die Stadt die Kosten senken? Das kommt darauf an, was Sie unter Kosten "
     "verstehen.", False),
    ("Die Gebühren steigen. Wer zahlt am Ende? Sie ahnen es: die Bürger.", True),
    ("Die Stadt spart bei den Schulen. Wer soll das noch verstehen? Ich jedenfalls nicht.", True),
    # a headline question above the article that takes it up; the same question in the body
    # stays the author's
    ("Kommt jetzt das Tempolimit in der Innenstadt?\n\nMünchen – Der Stadtrat berät am "
     "Mittwoch über Tempo 30. Die Grünen sind dafür.", False),
    ("Streit im Gemeinderat: Braucht die Stadt ein neues Hallenbad?\n\nDer Stadtrat hat "
     "lange diskutiert. Die Kosten liegen bei 20 Millionen Euro.", False),
    ("Die Grünen sind dafür. Kommt jetzt das Tempolimit in der Innenstadt?\n\nDer Stadtrat "
     "berät am Mittwoch. Die CSU ist dagegen.", True),
    # a headline and lead running on into the dateline; a question after it is the author's
    ("Streit im Stadtrat: Braucht Halle ein neues Stadion? Oder reicht die Sanierung? "
     "Halle (dpa) – Der Stadtrat berät am Mittwoch.", False),
    ("Halle (dpa) – Der Stadtrat berät am Mittwoch. Braucht Halle ein neues Stadion? Die "
     "Schulen verfallen.", True),
    ("Wer soll das noch glauben? Die Regierung – so viel ist klar – hat sich verrechnet.", True),
    ("Bürgergeld-Wahnsinn! Ist das noch gerecht? Gelsenkirchen – Eine Verkäuferin hat "
     "nachgerechnet.", True),  # a statement before it: a tabloid lead's own question
    # a citation before the question mark is no list number
    ("Die Temperaturen sinken (Alley, 2000). Warum ignoriert man die Daten (Alley, 2000)?", True),
    # a question asked by someone ("…?, fragt er"), an item of a numbered programme
    ("Auch der Landrat ist nicht überzeugt: Wer soll das bezahlen?, fragt er, und wer baut die "
     "Straße?", False),
    ("Auch der Landrat ist nicht überzeugt. Wer soll das bezahlen? Und wer baut die Straße?",
     True),
    ("Heute im Magazin. Die Themen: 1) Der Streit um die Umgehungsstraße. 2) Was ist "
     "eigentlich Heimat?", False),
    ("Heute im Magazin. Die Themen sind die alten. Was ist eigentlich Heimat? Niemand weiß es.",
     True),
])
def test_answered_explainer_question_or_rhetorical_question(text: str, found: bool) -> None:
    assert bool(questions_in(text)) is found, text
