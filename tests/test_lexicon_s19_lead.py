"""Lexicon families the lead added after the blind desk17 round (fifteenth session): a true
finding in the author's voice next to a literal, neutral or quoted use. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze

from .conftest import assert_family

PAIRS = [
    ("loaded_language.s19_sicherung_durchgebrannt",
     "Beim Elfmeter ist ihm die Sicherung durchgebrannt.",
     "Im Keller ist eine Sicherung durchgebrannt, die Heizung stand still."),
    ("loaded_language.s19_schadensbegrenzung",
     "Der Hersteller betreibt nach dem Rückruf Schadensbegrenzung.",
     "Die Versicherung begrenzt den Schaden auf 5000 Euro."),
    ("loaded_language.s19_zeit_laeuft_davon",
     "Dem Bauherrn läuft die Zeit davon.",
     "Die Zeit läuft ab der Zustellung des Bescheids."),
    ("loaded_language.s19_braucht_keine_feinde",
     "Wer so mit seinen Spielern umgeht, braucht keine Gegner mehr.",
     "Die Schule braucht keine neuen Tafeln."),
    ("loaded_language.fv_rastet_aus",
     "Nach dem Schlusspfiff folgte der nächste Ausraster des Trainers.",
     "Der Trainer sprach nach dem Schlusspfiff mit dem Schiedsrichter."),
]


@pytest.mark.parametrize(("entry_id", "flagged", "neutral"), PAIRS)
def test_family_flags_the_author_and_spares_the_neutral_use(entry_id: str, flagged: str,
                                                             neutral: str) -> None:
    assert_family(flagged, entry_id, True)
    assert_family(neutral, entry_id, False)


def test_a_quoted_outburst_is_the_speakers() -> None:
    quoted = "„Mir ist die Sicherung durchgebrannt“, sagte der Trainer später."
    found = [f for f in analyze(quoted, classifier=None).findings
             if f.id == "loaded_language.s19_sicherung_durchgebrannt"]
    assert found and all(f.voice == "quote" for f in found)
