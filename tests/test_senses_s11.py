"""Senses fixed in session 11 (issue 9): "man muss" of a circumstance or of the text's own
narration, the "uns" of a named group, and smaller senses from the blind sets. Each false alarm
is tested next to the true finding it must keep; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    # uncalibrated: the sense decision, independent of the weight a judged round gave the entry
    return Analyzer(classifier=None, calibrate=False)


def author_ids(engine: Analyzer, text: str, category: str) -> list[str]:
    return [f.id for f in engine.analyze(text).findings
            if f.voice == "author" and f.category == category]


# --- appeal.man_muss: what a situation, a work or a device leaves one to do ---------------------
@pytest.mark.parametrize("text", [
    "Die Serie hat starke Bilder. Auf die Musik der ersten Staffel muss man allerdings verzichten.",
    "Die Einstellung ist gut versteckt: In dem Menü muss man ganz nach unten scrollen.",
    "Nach dem Umzug des Schalters muss man am Bahnhof lange anstehen.",
    "Um zu verstehen, warum die Brücke nie gebaut wurde, muss man weit zurückgehen.",
    "Um zu erzählen, wie das Dorf entstand, muss man ins Mittelalter zurückblicken.",
])
def test_circumstance_must_is_no_appeal(engine: Analyzer, text: str) -> None:
    assert "appeal.man_muss" not in author_ids(engine, text, "appeal")


@pytest.mark.parametrize("text", [
    "Man muss die Reform jetzt umsetzen.",
    "Man muss versuchen, den Streit beizulegen.",
    "Man sollte die Ausdauer dieser Trainerin nicht unterschätzen.",
    "Man muss den Mut haben, das Projekt zu stoppen.",
    # a purpose clause that is not the text's own narration
    "Um die Klimaziele zu erreichen, muss man jetzt handeln.",
])
def test_demanding_must_stays(engine: Analyzer, text: str) -> None:
    assert "appeal.man_muss" in author_ids(engine, text, "appeal")


def test_no_expert_needed_is_the_authors_certainty(engine: Analyzer) -> None:
    """"Man muss kein Ökonom sein, um …" is found by its own family (session 18) rather than
    the general "man muss"; either way it stays a finding in the author's voice."""
    text = "Man muss kein Ökonom sein, um diese Rechnung zu durchschauen."
    assert "certainty.s18n_kein_experte_sein" in author_ids(engine, text, "certainty")


# --- appeal.uns: a group the clause names, or the "wir" again -----------------------------------
@pytest.mark.parametrize("text", [
    "Meine Schwester und ich schreiben uns seit Jahren jede Woche.",
    "Ich und mein Kollege treffen uns jeden Montag in der Kantine.",
])
def test_named_group_uns_is_no_appeal(engine: Analyzer, text: str) -> None:
    assert "appeal.uns" not in author_ids(engine, text, "appeal")


def test_reflexive_uns_of_wir_leaves_the_wir() -> None:
    ids = author_ids(Analyzer(classifier=None, calibrate=False),
                     "In dieser Frage müssen wir uns endlich ehrlich machen.", "appeal")
    assert "appeal.uns" not in ids
    assert ids  # the "wir" is still the finding


@pytest.mark.parametrize("text", [
    "Die Teuerung trifft uns härter als erwartet.",
    "Die Teuerung trifft uns alle, und ich habe das lange nicht wahrhaben wollen.",
])
def test_inclusive_uns_stays(engine: Analyzer, text: str) -> None:
    ids = author_ids(engine, text, "appeal")
    assert any(i.startswith("appeal.") for i in ids)


# --- certainty: a review's no-spoiler courtesy, an unreal condition ------------------------------
@pytest.mark.parametrize("text", [
    "Wer der Täter ist, wird hier natürlich nicht verraten.",
    "Wie die Geschichte ausgeht, verraten wir natürlich nicht.",
])
def test_no_spoiler_natuerlich_is_no_certainty(engine: Analyzer, text: str) -> None:
    assert "certainty.natuerlich" not in author_ids(engine, text, "certainty")


def test_certain_natuerlich_stays(engine: Analyzer) -> None:
    text = "Die Stadt hat das Geld natürlich längst verplant."
    assert "certainty.natuerlich" in author_ids(engine, text, "certainty")


def test_unreal_condition_is_no_certainty(engine: Analyzer) -> None:
    text = "Der Streit wäre leichter zu schlichten, wenn eine der Parteien schlicht falsch läge."
    assert author_ids(engine, text, "certainty") == []


@pytest.mark.parametrize("text", [
    "Die Behauptung des Ministers ist schlicht falsch.",
    "Wenn der Minister das behauptet, ist das schlicht falsch.",  # indicative: a claim
])
def test_certain_falsch_stays(engine: Analyzer, text: str) -> None:
    assert "certainty.schlicht_falsch" in author_ids(engine, text, "certainty")


# --- speech_verb.mahnte: a chair's call for order, "anmahnen" ------------------------------------
@pytest.mark.parametrize("text", [
    "Der Vorsitzende mahnte die Abgeordneten daraufhin zur Ordnung.",
    "Der Rechnungshof mahnte bei der Stadt eine bessere Buchführung an.",
])
def test_standard_call_is_no_speech_verb(engine: Analyzer, text: str) -> None:
    assert "speech_verb.mahnte" not in author_ids(engine, text, "speech_verb")


def test_plain_mahnte_stays(engine: Analyzer) -> None:
    text = "Man dürfe die Bergdörfer nicht vergessen, mahnte der Bischof."
    assert "speech_verb.mahnte" in [f.id for f in engine.analyze(text).findings]


# --- speculation.nur_um_zu: "only to", what came next ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Der Kurs kletterte am Vormittag auf ein Jahreshoch, nur um kurz darauf wieder abzustürzen.",
    "Die Mannschaft kämpfte sich bis ins Finale, nur um dort klar zu scheitern.",
    "Die Anleihe legte zu Mittag zu, nur um am Abend ins Minus zurückzufallen.",
])
def test_narrative_nur_um_is_no_speculation(engine: Analyzer, text: str) -> None:
    assert "speculation.nur_um_zu" not in author_ids(engine, text, "speculation")


def test_imputed_purpose_stays(engine: Analyzer) -> None:
    text = "Der Konzern spendet an Schulen, nur um sein ramponiertes Image aufzupolieren."
    assert "speculation.nur_um_zu" in author_ids(engine, text, "speculation")
