"""Fixes after the fortieth session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.compounds import analyze_compound
from analyzer.pipeline import Analyzer

from .conftest import voices


# A sentence in a strong verb's Konjunktiv II with umlaut ("stünden", "säßen") right after the
# speaker's indirect speech goes on with it, as "wären" does; in the indicative it is the author's.
@pytest.mark.parametrize("verb", ["stünden", "säßen", "wären"])
def test_umlaut_konjunktiv_ii_continues_indirect_speech(engine: Analyzer, verb: str) -> None:
    text = ("„Die Auftragsbücher sind nicht leer“, sagte Geschäftsführerin Petra Lindqvist. Die "
            "Nachfrage nach Kühlanlagen bleibe hinter den Planungen zurück. Zugleich "
            f"{verb} die Zulieferer unter massivem Preisdruck.")
    assert voices(engine, text, "intensifier.massiv") == ["quote"]


def test_indicative_after_indirect_speech_stays_the_authors(engine: Analyzer) -> None:
    text = ("„Die Auftragsbücher sind nicht leer“, sagte Geschäftsführerin Petra Lindqvist. Die "
            "Nachfrage nach Kühlanlagen bleibe hinter den Planungen zurück. Zugleich stehen die "
            "Zulieferer unter massivem Preisdruck.")
    assert voices(engine, text, "intensifier.massiv") == ["author"]


# A noun made from a verb in -ieren is no compound with the head "-gier" ("Rangieren" is not
# "Ran-gier"); a compound of greed still is.
@pytest.mark.parametrize("word", ["Rangieren", "Rangierens"])
def test_verb_in_ieren_is_no_greed_compound(word: str) -> None:
    assert analyze_compound(word) is None


@pytest.mark.parametrize("word", ["Machtgier", "Raffgier"])
def test_greed_compound_still_found(word: str) -> None:
    hit = analyze_compound(word)
    assert hit is not None and hit.part.part == "gier"


def test_shunting_in_a_sentence_is_no_finding(engine: Analyzer) -> None:
    text = "Ein Metzger mit Verkaufswagen befürchtet vor allem Probleme beim Rangieren."
    assert [f.id for f in engine.analyze(text).findings if f.id.startswith("compound.")] == []


# „Auffällig ist, dass …“ opening a sentence singles a fact out as „Bemerkenswert ist“ does; the
# adjective describing how something looks or behaves is no stance.
@pytest.mark.parametrize("text", [
    "Auffällig ist, dass vor allem Pflegekräfte in Teilzeit betroffen sind.",
    "Besonders auffällig ist die Lücke bei den unter Dreißigjährigen.",
])
def test_auffaellig_ist_opening_a_sentence_is_stance(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "stance.ueberraschenderweise") == ["author"]


@pytest.mark.parametrize("text", [
    "Der Lieferwagen war auffällig lackiert.",
    "Gesucht wird ein Mann, der durch sein Verhalten im Zug auffällig ist.",
])
def test_auffaellig_describing_something_is_no_stance(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "stance.ueberraschenderweise") == []


# A word inside a zu-infinitive clause that "ohne" opens is negated even with words between
# "ohne" and it ("ohne ihre Leser für dumm zu verkaufen"); the same word outside stays plain.
def test_word_inside_ohne_zu_clause_is_negated(engine: Analyzer) -> None:
    text = ("Die Autorin erklärt komplizierte Zusammenhänge, ohne ihre Leserinnen und Leser für "
            "dumm zu verkaufen.")
    found = [f for f in engine.analyze(text).findings if f.id == "loaded_language.adj_toericht"]
    assert [(f.text, f.negated) for f in found] == [("dumm", True)]


def test_same_word_without_ohne_is_not_negated(engine: Analyzer) -> None:
    text = "Die Autorin verkauft ihre Leserinnen und Leser für dumm."
    found = [f for f in engine.analyze(text).findings if f.id == "loaded_language.adj_toericht"]
    assert [(f.text, f.negated) for f in found] == [("dumm", False)]


# "Man muss nicht lange suchen/zuhören, um zu …" says that something is soon clear, no demand on
# the reader; "Man muss endlich handeln, um …" stays an appeal.
@pytest.mark.parametrize("text", [
    "Man muss nicht lange zuhören, um zu begreifen, dass hier keine Routine am Werk ist.",
    "Man muss nicht lange suchen, um in diesem Haushalt die Lücken zu finden.",
])
def test_not_long_must_is_no_appeal(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "appeal.man_muss") == []


def test_must_act_stays_an_appeal(engine: Analyzer) -> None:
    text = "Man muss jetzt handeln, um die Klimaziele der Stadt noch zu erreichen."
    assert voices(engine, text, "appeal.man_muss") == ["author"]
