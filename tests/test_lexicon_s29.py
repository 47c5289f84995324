"""Lexicon families of the twenty-fifth session (2026-12-03) from the missed spans of desk46: the
critic's verdicts in reviews and unnamed insiders of a team. Each with an author-voice sentence
and a literal or neutral one; all sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

CASES = [
    ("stance.s29_traut_sich_nicht",
     "Der Film behauptet eine Wut, die er sich am Ende nicht zutraut.",
     "Der Film erzählt von einer Wut, die am Ende verraucht."),
    ("stance.s29_schwaecher_wird_das_werk",
     "Schwächer wird der Roman, wo er seine Figuren erklärt.",
     "Schwächer wird der Wind erst in der Nacht."),
    ("stance.s29_wie_pflichtuebungen",
     "Die Nebenhandlungen wirken oft wie Pflichtübungen.",
     "Die Turnerinnen zeigten ihre Pflichtübungen am Boden."),
    ("puffery.s29_gehoert_zu_den_staerksten",
     "Das Kapitel über den Winter gehört zu den stärksten des Romans.",
     "Der Verein gehört zu den ältesten der Region."),
    ("stance.s29_haette_gern_mehr_erfahren",
     "Man hätte gern mehr über die Mutter der Erzählerin erfahren.",
     "Wer mehr über das Programm erfahren will, findet es im Netz."),
    ("vague_attribution.s25w_insider_aus_der_branche",
     "Insider aus dem Trainerteam erzählen eine andere Version.",
     "Der Trainer erzählt eine andere Version."),
]


@pytest.mark.parametrize(("entry_id", "evaluative", "neutral"), CASES)
def test_family(entry_id: str, evaluative: str, neutral: str) -> None:
    assert_family(evaluative, entry_id, True)
    assert_family(neutral, entry_id, False)


def test_an_idiom_in_its_literal_scene_is_no_finding() -> None:
    """Burnt fingers in a kitchen, a foot on the brake at a traffic light: what happened, not the
    idioms for a costly failure and for blocking something."""
    assert_family("Mit dem Hotelprojekt hat sich der Investor die Finger verbrannt.",
                  "loaded_language.s13a_finger_verbrannt", True)
    assert_family("Die Köchin hat sich am heißen Herd die Finger verbrannt.",
                  "loaded_language.s13a_finger_verbrannt", False)
    assert_family("Beim Ausbau der Radwege stehen die Bezirke auf der Bremse.",
                  "loaded_language.s18m_auf_der_bremse", True)
    assert_family("Wer stadteinwärts fährt, steht an jeder Ampel auf der Bremse.",
                  "loaded_language.s18m_auf_der_bremse", False)


def test_literal_and_analytic_senses_after_the_desk47_verdicts() -> None:
    """A sink filled to the brim, researchers who analyse catches ("werteten … aus"), insurers
    who give the estimate themselves: no exaggeration, no unnamed judges, no hidden source."""
    assert_family("Die Halle war beim Derby randvoll.", "intensifier.s15d_brechend_voll", True)
    assert_family("Nach dem Regen war die Regentonne randvoll.",
                  "intensifier.s15d_brechend_voll", False)
    assert_family("Forscher werteten die Einigung als Durchbruch.",
                  "vague_attribution.s18k_gruppe_urteilt", True)
    assert_family("Forscher werteten Proben aus 40 Seen aus.",
                  "vague_attribution.s18k_gruppe_urteilt", False)
    assert_family("Nach ersten Schätzungen liegt der Schaden bei drei Millionen Euro.",
                  "vague_attribution.schaetzungen_zufolge", True)
    assert_family("Die Versicherer rechnen nach ersten Schätzungen mit drei Millionen Euro.",
                  "vague_attribution.schaetzungen_zufolge", False)
