"""The newsroom's and the literal "wir/uns/unser" are no appeal (issue 9, blind desk2 judging).

A fact check's "Wir haben … überprüft", a call for comments ("Wir freuen uns auf Ihre …") and a
columnist's "unsere Straße" speak for the newsroom or the author's household, not for the
reader; the inclusive "wir/uns" of a demand must stay. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


def appeal_ids(engine: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.id) for f in engine.analyze(text).findings
            if f.voice == "author" and f.category == "appeal"]


@pytest.mark.parametrize("text", [
    # what the newsroom did, in the clause of "wir/uns/unser"
    "In einem Video heißt es, Solarmodule seien nach zehn Jahren wertlos. "
    "Wir haben die Angabe überprüft.",
    "Unser Fazit: Die Behauptung über die Solarmodule ist falsch.",
    "Keine der von uns gesichteten Unterlagen nennt einen Termin für den Umbau.",
    "Wir fragten beim Landesamt für Umwelt nach.",
    "Zum Jahreswechsel stellen wir einige Bräuche aus dem Alpenraum vor.",
    # the reader addressed apart from "wir": the newsroom speaks to readers, not for them
    "Kennen Sie solche Geschichten? Wir freuen uns auf Ihre Zuschriften.",
    "Wir bedauern, dass Ihnen der Beitrag über die Kläranlage nicht gefallen hat.",
])
def test_editorial_we_is_no_appeal(engine: Analyzer, text: str) -> None:
    assert appeal_ids(engine, text) == []


COLUMN = ("Ich wohne seit zwanzig Jahren im selben Block. Mein Briefkasten ist meistens leer. "
          "In unserer Straße parken die Lieferwagen in zweiter Reihe. "
          "Unser altes Treppenhaus riecht nach Karton.")


def test_columnists_own_street_is_literal(engine: Analyzer) -> None:
    assert appeal_ids(engine, COLUMN) == []


@pytest.mark.parametrize(("text", "expected"), [
    # without an author who writes "ich", "unsere Straße" may speak for the community
    ("In unserer Straße parken die Lieferwagen in zweiter Reihe. Die Stadt plant Ladezonen.",
     ("unserer", "appeal.unser")),
    # a first-person author's community words stay appeals
    ("Ich finde das falsch. Mir reicht es. Das gefährdet unseren Frieden.",
     ("unseren", "appeal.unser")),
    ("Ich war dort. Ich habe es gesehen. Unser gemeinsames Haus Europa braucht Reformen.",
     ("Unser", "appeal.unser")),
    # the columnist demanding on behalf of all customers: the inclusive "uns"
    ("Ich schreibe das nicht gern. Mir fehlt die Geduld. Aber dann soll man es uns bitte "
     "auch so sagen.", ("uns", "appeal.uns")),
    # a demand to re-examine is no report of the newsroom's work
    ("Wir müssen unsere Politik endlich überprüfen.", ("Wir müssen", "appeal.wir_muessen")),
    ("Wir haben die Warnungen zu lange ignoriert.", ("Wir", "appeal.wir")),
    ("Die Krise trifft uns härter als erwartet.", ("uns", "appeal.uns")),
    # reflexive "sich vorstellen" (imagine) invites the reader
    ("Stellen wir uns vor, die Bahn wäre pünktlich.", ("wir", "appeal.wir")),
])
def test_inclusive_we_stays(engine: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert expected in appeal_ids(engine, text)
