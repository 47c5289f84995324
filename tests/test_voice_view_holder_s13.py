"""A verdict after a copula that "für <person>" hands to that person is theirs, not the author's.

Sentences written for this test (ninth session); the false alarms came from judged mainstream copy.
"""

from __future__ import annotations

import pytest

from analyzer import analyze


def _voices(text: str) -> dict[str, str]:
    return {f.text: f.voice for f in analyze(text, classifier=None).findings}


@pytest.mark.parametrize("text, word", [
    ("Besorgniserregend ist diese Entwicklung für Jana Kovač, die drei Lokalradios berät.",
     "Besorgniserregend"),
    ("Für ihn ist das ein Skandal, der Folgen haben muss.", "Skandal"),
    ("Das ist für den Bürgermeister ein Skandal.", "Skandal"),
    ("Für Kanzlerin Lehmann war die Abstimmung eine Blamage.", "Blamage"),
])
def test_a_named_persons_verdict_is_not_the_authors(text: str, word: str) -> None:
    assert _voices(text).get(word) == "quote"


@pytest.mark.parametrize("text, word", [
    ("Das Projekt ist für Graz ein Desaster.", "Desaster"),  # a city: the author's verdict
    ("Für die Gemeinde ist das ein Skandal.", "Skandal"),  # an institution
    ("Es wäre eine Schande für die Politiker, das Thema zu verschweigen.", "Schande"),  # a group
    ("Das Desaster war für alle sichtbar.", "Desaster"),  # no one's view
    ("Überraschend war der erste Preis für Lena Hofer.", "Überraschend war"),  # a prize
])
def test_the_authors_verdict_next_to_a_fuer_stays_the_authors(text: str, word: str) -> None:
    assert _voices(text).get(word) == "author"
