"""Degree words on descriptive heads (issue 9, session 11): "äußerst geringe Höhe", "besonders
gefährdet", "sehr zuckerhaltige Getränke" report a degree; "völlig absurd", "äußerst fragwürdig"
amplify the author's judgement. Each false alarm is tested next to the true finding it must keep;
every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.negation import descriptive_head
from analyzer.pipeline import Analyzer
from analyzer.text import segment


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    # uncalibrated: the sense decision, not the weight a judged round gave "sehr" (below the
    # calibration floor, where a finding would be hidden either way)
    return Analyzer(classifier=None, calibrate=False)


def intensifiers(engine: Analyzer, text: str) -> list[str]:
    return [f.text for f in engine.analyze(text).findings
            if f.voice == "author" and f.category == "intensifier"]


@pytest.mark.parametrize("text", [
    "Der Hubschrauber überflog das Tal in äußerst geringer Höhe.",
    "Ältere Menschen und Kleinkinder sind bei Hitze besonders gefährdet.",
    "Der Patient ist nach dem Sturz fast völlig gelähmt.",
    "Die Tarife der Anbieter unterscheiden sich völlig.",
    "Die Zugbrücke wird ab Montag komplett gesperrt.",
    "Im Winter ist das Wasser des Bergsees sehr kalt.",
    "Das Team setzt auf sehr junge Spieler aus der eigenen Akademie.",
    "Limonaden und andere sehr zuckerhaltige Getränke sollen teurer werden.",
    "Die Ausfälle waren je nach Strecke völlig unterschiedlich.",
    "Sehr zum Ärger der Anrainer wurde die Baustelle verlängert.",
    "Die Sanierung wird sehr viel Geld kosten.",
])
def test_degree_on_descriptive_head_is_no_finding(engine: Analyzer, text: str) -> None:
    assert intensifiers(engine, text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Die Begründung des Ministeriums ist völlig absurd.", "völlig"),
    ("Das Vorgehen der Behörde war äußerst fragwürdig.", "äußerst"),
    ("Der Auftritt des Sprechers war ziemlich peinlich.", "ziemlich"),
    ("Die Kritiker haben den Entwurf völlig zerpflückt.", "völlig"),
    ("Zuletzt erschien ein sehr, sehr gutes Album der Band.", "sehr"),
    # strong on their own: not checked
    ("Der Ölpreis ist derzeit extrem niedrig.", "extrem"),
])
def test_degree_on_evaluative_head_stays(engine: Analyzer, text: str, word: str) -> None:
    assert word in intensifiers(engine, text)


def _span(text: str, word: str) -> tuple[list, int]:
    tokens = list(segment(text).sentences[0].tokens)
    return tokens, next(i for i, t in enumerate(tokens) if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Er liebt sie so sehr, dass er bleibt.", "sehr", True),
    ("Das ist sehr, sehr traurig.", "sehr", False),
    ("Der Partei entgleitet der Partner völlig.", "völlig", False),  # no head: not decided
    ("Der Vorschlag ist völlig unsinnig.", "völlig", False),
    ("Das Gerät ist besonders wasserintensiv.", "besonders", True),
])
def test_descriptive_head(text: str, word: str, expected: bool) -> None:
    tokens, i = _span(text, word)
    assert descriptive_head(tokens, i, i + 1) is expected
