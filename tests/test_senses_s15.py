"""Neutral senses found on the tenth session's blind sets (2026-12-01, fifth session), each next to
the evaluative use that stays a finding. Sentences written for these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze


def ids(text: str) -> list[str]:
    return [f.id for s in analyze(text, classifier=None).sentences for f in s.findings
            if f.voice == "author"]


@pytest.mark.parametrize(("text", "entry", "expected"), [
    ("Der Riesling wirkt im Abgang leicht säuerlich.", "speech_verb.muerrisch", False),
    ("Die Sauce hatte eine säuerliche Note, die gut zum Fisch passte.", "speech_verb.muerrisch",
     False),
    ("Säuerlich reagierte die Parteichefin auf die Frage.", "speech_verb.muerrisch", True),
    ("Der Trainer kommentierte die Niederlage mürrisch.", "speech_verb.muerrisch", True),
])
def test_taste_is_no_speakers_mood(text: str, entry: str, expected: bool) -> None:
    assert (entry in ids(text)) is expected
