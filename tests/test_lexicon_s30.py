"""Sense restrictions of the twenty-sixth session (2026-12-03) after the desk48 verdicts: a person
who rubs their eyes after a night shift is tired, no author's astonishment; „Platt“ with a capital
inside a sentence is the Low German dialect, not the adjective. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

CASES = [
    ("stance.man_reibt_sich_die_augen",
     "Wer die neue Gebührenordnung liest, reibt sich die Augen.",
     "Die Fahrerin stellt den Motor ab und reibt sich die Augen."),
    ("loaded_language.adj_plump",
     "Die Pointen des zweiten Akts sind platt.",
     "Die Großmutter erzählt ihre Geschichten auf Platt."),
]


@pytest.mark.parametrize(("entry_id", "evaluative", "neutral"), CASES)
def test_family(entry_id: str, evaluative: str, neutral: str) -> None:
    assert_family(evaluative, entry_id, True)
    assert_family(neutral, entry_id, False)
