"""Compound analysis: evaluative parts make coinages evaluative; technical compounds stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.compounds import CompoundDataError, analyze_compound, load_parts, parts_summary
from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None)


@pytest.mark.parametrize(("word", "part", "suggestion"), [
    ("Heizungs-Hammer", "hammer", "Heizungsgesetz"),
    ("Gender-Gaga", "gaga", "Genderdebatte"),
    ("Abkassier-Gebühr", "abkassier", "Gebühr"),
    ("Klima-Kleber", "kleber", "Klimaaktivisten"),
    ("Ampel-Chaos", "chaos", "Ampelprobleme"),
])
def test_hyphenated_compounds(word: str, part: str, suggestion: str) -> None:
    hit = analyze_compound(word)
    assert hit is not None and hit.part.part == part
    assert hit.suggestion == suggestion
    assert f"„{word}“" in hit.explanation()


@pytest.mark.parametrize(("word", "suggestion"), [
    ("Horrorzahlen", "Zahlen"),
    ("Monsterbaustelle", "Baustelle"),  # a coinage no dictionary lists
    ("Skandalbehörden", "Behörden"),
    ("Mietenwahnsinn", "Mietenregelung"),
    ("Bürokratiemonster", "Bürokratieaufwand"),
    ("Klimakleber", "Klimaaktivisten"),
    ("Steuerhölle", "Steuerlast"),
])
def test_closed_coinages(word: str, suggestion: str) -> None:
    hit = analyze_compound(word)
    assert hit is not None
    assert hit.suggestion == suggestion


@pytest.mark.parametrize("word", [
    "Katastrophenschutz", "Sanktionsregime", "Krisenstab", "Chaosforschung", "Horrorfilm",
    "Vorschlaghammer", "Politikwissenschaft", "Erdbeben", "Supermarkt", "Megawatt", "Hammer",
    "Panikattacken", "Politikern", "Politikers", "Politikerinnen", "politischen",
    "Politthriller", "Horrorserie", "Politsatire", "Politmagazin",  # genres, like Horrorfilm
])
def test_neutral_compounds_stay_unflagged(word: str) -> None:
    assert analyze_compound(word) is None


def test_neutral_compounds_unflagged_in_the_engine(engine: Analyzer) -> None:
    text = ("Der Katastrophenschutz des Landkreises probte am Samstag die Evakuierung. "
            "Die EU verlängerte das Sanktionsregime gegen Belarus um ein Jahr. "
            "Der Krisenstab tagt jeden Morgen um acht Uhr.")
    flagged = {f.text for f in engine.analyze(text).findings}
    assert not flagged & {"Katastrophenschutz", "Sanktionsregime", "Krisenstab"}


def test_coinage_becomes_a_compound_finding_with_generated_suggestion(engine: Analyzer) -> None:
    text = "Die Monsterbaustelle am Hauptbahnhof verzögert sich um ein weiteres Jahr."
    f = next(f for f in engine.analyze(text).findings if f.text == "Monsterbaustelle")
    assert f.id == "compound.monsterbaustelle"
    assert f.suggestion is not None and "„Baustelle“" in f.suggestion
    assert "„Monster-“" in f.explanation
    assert 0 < f.weight < 0.6


def test_bad_part_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "parts.tsv"
    path.write_text("# comment\nhorror\tmod\tloaded_language\t\tdramatisiert.\n"
                    "hammer\thead\tnot_a_category\tgesetz\tdramatisiert.\n", encoding="utf-8")
    with pytest.raises(CompoundDataError, match=r"parts\.tsv:3: unknown category"):
        load_parts(path)
    path.write_text("Horror\tmod\tloaded_language\t\tx\n", encoding="utf-8")
    with pytest.raises(CompoundDataError, match=r"parts\.tsv:1: part must be a lower-case word"):
        load_parts(path)


def test_shipped_parts_file_loads() -> None:
    mods, heads = parts_summary()
    assert mods >= 20 and heads >= 25


def test_suggestion_without_the_head_drops_the_linking_s() -> None:
    hit = analyze_compound("Ministeriumsfarce")
    assert hit is not None and hit.suggestion == "Ministerium"


def test_compound_findings_can_be_switched_off_alone() -> None:
    text = "Die Monsterbaustelle am Hauptbahnhof verzögert sich schon wieder."
    on = Analyzer(classifier=None, calibrate=False).analyze(text)
    off = Analyzer(classifier=None, calibrate=False, disable=["compound"]).analyze(text)
    assert [f.id for f in on.findings if f.id.startswith("compound.")]
    assert not [f.id for f in off.findings if f.id.startswith("compound.")]


def test_a_result_joined_to_an_evaluative_head_is_a_compound() -> None:
    """Sports copy: "0:4-Klatsche" judges the defeat, "0:4-Niederlage" reports it."""
    hit = analyze_compound("0:4-Klatsche")
    assert hit is not None and hit.suggestion == "0:4-Niederlage"
    assert analyze_compound("0:4-Niederlage") is None
    text = "Nach der 0:4-Klatsche gegen Brunnbach steht der Trainer in der Kritik."
    neutral = "Nach der 0:4-Niederlage gegen Brunnbach steht der Trainer in der Kritik."
    assert [f.text for f in Analyzer(classifier=None).analyze(text).findings] == ["0:4-Klatsche"]
    assert not Analyzer(classifier=None).analyze(neutral).findings


def test_parts_found_by_lookup_equal_testing_every_part() -> None:
    """``_closed`` looks up a word's own beginnings and endings instead of testing every listed
    part; it must see the same parts, in the same order, as the plain scan."""
    from analyzer.compounds import _ends, _starts, default_parts

    parts = default_parts()
    words = ["horrorzahlen", "steuerwahnsinn", "heizungshammer", "monsterbaustellen",
             "regulierungswut", "katastrophenschutz", "politikerinnen", "abkassiergebühr",
             "wohnungsmarkt", "pleite", "x", "skandalskandal"]
    for low in words:
        assert _starts(low, parts) == [m for m in parts.mods_longest_first if low.startswith(m)]
        assert _ends(low, parts) == [h for h in parts.heads_longest_first if h in low and any(
            low.endswith(h + link) for link in ("", "n", "en", "s", "e"))]
    assert _ends("steuerwahnsinn", parts) and _starts("horrorzahlen", parts)


def test_tabloid_modifiers_of_failure_and_dreams() -> None:
    for word, part in (("Pannen-Minister", "pannen"), ("Pannenbahnhof", "pannen"),
                       ("Traumkarriere", "traum"), ("Traum-Rendite", "traum")):
        hit = analyze_compound(word)
        assert hit is not None and hit.part.part == part, word
    # the breakdown service, dream research and traumata are no judgement
    for word in ("Pannenhilfe", "Pannendienst", "Traumdeutung", "Traumforschung", "Traumata",
                 "Traumatherapie"):
        assert analyze_compound(word) is None, word
