"""Lexicon entries the lead added in the seventeenth session (2026-12-02), each with a true
finding and a neutral use beside it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

FAMILIES = [
    ("labeling.s21_opa_oma_name", "Seit dem Einbruch schläft Opa Heinz kaum noch.", True),
    ("labeling.s21_opa_oma_name", "Oma Gisela (79) versteht die Welt nicht mehr.", True),
    ("labeling.s21_opa_oma_name", "Seine Oma Gisela lebt noch im Dorf.", False),
    ("labeling.s21_opa_oma_name", "Der Opa holt die Enkel von der Schule ab.", False),
    ("vague_attribution.s21_fuer_experten_ist", "Für Beobachter war der Rücktritt überfällig.",
     True),
    ("vague_attribution.s21_fuer_experten_ist", "Für Experten bietet die Messe einen eigenen "
     "Rundgang an.", False),
]


@pytest.mark.parametrize("entry,text,evaluative", FAMILIES, ids=lambda x: str(x)[:40])
def test_family(entry: str, text: str, evaluative: bool) -> None:
    assert_family(text, entry, evaluative)
