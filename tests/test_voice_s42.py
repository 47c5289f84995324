"""Fixes after the thirty-eighth session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

from analyzer.pipeline import Analyzer

from .conftest import ids, voices


# "Der Knackpunkt:" names the point in dispute (judged wrong both times it was shown); "Die Krux:"
# and "Das Problem dabei:" still frame the fact from the author's side.
def test_knackpunkt_with_colon_names_the_issue(engine: Analyzer) -> None:
    text = "Der Knackpunkt: Wer zahlt den Umbau der Halle?"
    assert "stance.s13b_problem_doppelpunkt" not in ids(engine, text)


def test_krux_with_colon_stays_a_stance(engine: Analyzer) -> None:
    text = "Die Krux: Die Förderung läuft im Mai aus."
    assert voices(engine, text, "stance.s13b_problem_doppelpunkt") == ["author"]
