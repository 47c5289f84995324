"""Lexicon families added after the desk36 verdicts (twenty-second session). Each family: one
author-voice sentence it must find, one literal or neutral sentence it must leave alone.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

CASES = [
    ("vague_attribution.s18k_aus_kreisen",
     "In Senderkreisen ist längst von einer Nachfolgerin die Rede.",
     "In mehreren Landkreisen ist der Unterricht ausgefallen."),
    ("vague_attribution.s17_analysten_hatten",
     "Kritiker hatten das Projekt lange als zu teuer eingestuft.",
     "Die Kritiker des Festivals hatten ihre Texte rechtzeitig abgegeben."),
    ("stance.s26_auffaellig_zurueck",
     "Die Opposition hält sich bei dem Thema auffällig zurück.",
     "Der Vogel hat ein auffällig gemustertes Gefieder."),
    ("speech_verb.s26_verweist_gern",
     "Das Ministerium beruft sich gern auf die alte Studie.",
     "Das Ministerium beruft sich auf die alte Studie."),
]


@pytest.mark.parametrize(("entry_id", "evaluative", "neutral"), CASES)
def test_family(entry_id: str, evaluative: str, neutral: str) -> None:
    assert_family(evaluative, entry_id, True)
    assert_family(neutral, entry_id, False)
