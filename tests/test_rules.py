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
    assert (questions(text) == ["rule.rhetorical_question"]) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Premiere für Werner Schwabs „Fäkaliendrama“ in Wien.", []),
    ("Auch der Kurzfilm „Alles wird gut“ ist nominiert.", []),
    ("Er schloss sich der Miliz „Islamischer Staat“ an.", []),
    ("Der Kanzler feiert seinen „Durchbruch“ in Wien.", ["„Durchbruch“"]),
])
def test_titles_of_works_and_organisations(text: str, expected: list[str]) -> None:
    assert scare_texts(text) == expected
