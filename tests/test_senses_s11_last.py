"""Last wrong senses of round 11 and desk6 (issue 9): a confession in court, an unstoppable shot,
a denied label, a bare "Man muss ja." Each neutral sense sits next to the finding it must keep;
the sentences are written for these tests."""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import ids


@pytest.mark.parametrize(("text", "entry_id", "found"), [
    # an accused person's confession: the court-report word; a minister's concession stays framing
    ("Der Angeklagte räumte vor dem Landgericht die Unterschlagung der Gelder ein.",
     "speech_verb.raeumte_ein", False),
    ("Die mitangeklagte Kassiererin hatte eingeräumt, Belege gefälscht zu haben.",
     "speech_verb.raeumte_ein", False),
    ("Die Ministerin räumte ein, die Lage in den Kliniken sei angespannt.",
     "speech_verb.raeumte_ein", True),
    # a shot the keeper could not stop; an untenable situation stays a judgement
    ("Mittelstürmer Jonas Weber fälschte unhaltbar für den Torwart der Gäste ab.",
     "loaded_language.adj_unertraeglich", False),
    ("Weber schoss unhaltbar ins lange Eck.", "loaded_language.adj_unertraeglich", False),
    ("Die Zustände im Stadion sind unhaltbar.", "loaded_language.adj_unertraeglich", True),
    ("Nach dem Spiel traf der Verein eine unhaltbare Entscheidung.",
     "loaded_language.adj_unertraeglich", True),
    # a denied label rests on no unnamed source; a plain "gilt als" does
    ("Viele Nachbarländer haben längst ein Verbot. Keines davon gilt deshalb als Diktatur.",
     "vague_attribution.gilt_als", False),
    ("Der Bürgermeister gilt als Favorit für die Wahl.", "vague_attribution.gilt_als", True),
    # "Man muss ja." with nothing to do: resignation; with an infinitive it urges
    ("Natürlich geht man zum Sommerfest. Man muss ja.", "appeal.man_muss", False),
    ("Man muss ja endlich handeln.", "appeal.man_muss", True),
    ("Man muss eben sparen.", "appeal.man_muss", True),
])
def test_last_senses(engine: Analyzer, text: str, entry_id: str, found: bool) -> None:
    assert (entry_id in ids(engine, text)) is found


@pytest.mark.parametrize(("text", "found"), [
    # a moment of history named by its genitive or year; a present event raised to history stays
    ("Kein Roman fängt den historischen Moment des Umbruchs so genau ein.", False),
    ("Das Buch beschreibt die historische Wende 1989 aus der Sicht einer Schülerin.", False),
    ("Das ist ein historischer Moment für unsere Stadt.", True),
    ("Die Partei feiert einen historischen Sieg.", True),
])
def test_period_sense(engine: Analyzer, text: str, found: bool) -> None:
    assert ("intensifier.historisch_hype" in ids(engine, text)) is found


@pytest.mark.parametrize(("text", "found"), [
    # "strictly speaking", qualified at once by the next clause; the plain particle stays stance
    ("Eigentlich sind nur wenige Geräte betroffen, allerdings lässt sich der Fehler leicht "
     "übertragen.", False),
    ("Die Reform ist eigentlich eine Zumutung für alle Beteiligten.", True),
])
def test_strictly_speaking(engine: Analyzer, text: str, found: bool) -> None:
    assert ("stance.eigentlich" in ids(engine, text)) is found


def test_strictly_speaking_keeps_a_norm(engine: Analyzer) -> None:
    text = "Eigentlich müsste die Stadt den Park sanieren, allerdings fehlt das Geld."
    assert "stance.eigentlich" in ids(engine, text)
