"""Fixes after the thirty-fourth session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import ids, voices

VAGUE = "vague_attribution.s31v_schuetzer_raten"


# An unnamed group of protectionists is named at once when the next sentence gives the words of
# an officer of their association, in the genitive too ("des Tierschutzvereins").
@pytest.mark.parametrize("follow", [
    "Katzen liebten enge Verstecke, sagte eine Sprecherin des örtlichen Tierschutzvereins.",
    "Die Mieten stiegen schon jetzt, sagte der Vorsitzende des Mieterschutzvereins.",
])
def test_protectionists_named_by_their_associations_officer(engine: Analyzer, follow: str) -> None:
    assert VAGUE not in ids(engine, "Auch Tierschützer mahnen zur Vorsicht. " + follow)


def test_protectionists_left_unnamed_stay_vague(engine: Analyzer) -> None:
    text = ("Auch Tierschützer mahnen zur Vorsicht. Katzen lieben enge Verstecke, sagte die "
            "Besitzerin.")
    assert voices(engine, text, VAGUE) == ["author"]


# "überrascht ist" is someone's reaction; "Überraschend ist" is the author's verdict. The
# participle shares the lemma "überraschen" with the adjective, so the entry takes exact forms.
def test_a_persons_surprise_is_no_stance(engine: Analyzer) -> None:
    text = "Ein Kaninchenhalter, der am Telefon überrascht ist, dass die Nacht mehr kostet."
    assert "stance.erstaunlich_ist" not in ids(engine, text)


@pytest.mark.parametrize("text", [
    "Überraschend ist, dass die Nacht mehr kostet.",
    "Noch überraschender war, dass niemand widersprach.",
])
def test_surprising_is_the_authors_stance(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "stance.erstaunlich_ist") == ["author"]


# "grinst nur:" before her own words reports a gesture, not an insinuating silence.
def test_grin_before_her_quote_is_no_insinuation(engine: Analyzer) -> None:
    text = "Die Rentnerin grinst nur: „Man lebt nur einmal.“"
    assert "loaded_language.s21s_laechelt_vielsagend" not in ids(engine, text)


def test_grin_instead_of_an_answer_insinuates(engine: Analyzer) -> None:
    text = "Auf die Frage nach einem neuen Freund grinst sie nur."
    assert voices(engine, text, "loaded_language.s21s_laechelt_vielsagend") == ["author"]


# "alle Hände voll zu tun" is the everyday idiom for being busy (judged wrong on a sports page).
def test_busy_idiom_is_no_loaded_language(engine: Analyzer) -> None:
    text = "Der ausrichtende Verein hatte am Wochenende alle Hände voll zu tun."
    assert not any(i.startswith("loaded_language.") for i in ids(engine, text))
