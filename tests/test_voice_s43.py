"""Fixes after the thirty-ninth session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import voices


# A fronted view or source keeps the main clause it governs when a relative clause on its owner
# stands between them ("Nach Einschätzung einer Ärztin, die …, hat …").
@pytest.mark.parametrize("text", [
    "Nach Einschätzung einer Tierärztin, die den Hund am Abend untersuchte, hat er die Tortur "
    "gut überstanden.",
    "Laut einem Gutachter, der die Halle besichtigte, war die Tortur für die Statik zu viel.",
])
def test_view_past_a_relative_clause_is_the_sources(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "loaded_language.s13a_tortur") == ["quote"]


@pytest.mark.parametrize("text", [
    # no view in front: the author's own word
    "Nach dem Spiel, das drei Stunden dauerte, hatte die Mannschaft die Tortur überstanden.",
    # the view governs only its own sentence's clause; the next sentence is the author's again
    "Nach Einschätzung einer Tierärztin, die den Hund untersuchte, geht es ihm gut. Die Tortur "
    "hat er überstanden.",
])
def test_without_a_fronted_view_the_word_stays_the_authors(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "loaded_language.s13a_tortur") == ["author"]


# Strong verbs' Konjunktiv II with umlaut ("säßen", "stünden") carries indirect speech on past a
# comma as "hätten" does; the same clause in the indicative is the author's.
@pytest.mark.parametrize("verb", ["säßen", "stünden", "hätten"])
def test_konjunktiv_ii_with_umlaut_continues_reported_speech(engine: Analyzer, verb: str) -> None:
    text = (f"Die Noten seien reine Willkür, manche Kritiker {verb} nur mit dem Taschenrechner "
            "am Tisch.")
    assert voices(engine, text, "vague_attribution.viele_beobachter") == ["quote"]


def test_indicative_after_reported_speech_stays_the_authors(engine: Analyzer) -> None:
    text = "Manche Kritiker sitzen nur mit dem Taschenrechner am Tisch."
    assert voices(engine, text, "vague_attribution.viele_beobachter") == ["author"]
