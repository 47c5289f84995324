"""Shared fixtures: the real seed article and CheckThat! sentences from the shared data.

The research data (CheckThat!, Der Standard; CC BY-NC-SA, not shipped) is found only through
``$TONLAGE_SHARED`` or ``../shared`` beside the checkout; tests that need it skip without it and
say how to provide it (``SHARED_HINT``).
"""

from __future__ import annotations

import csv
import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    """The read-only shared material: $TONLAGE_SHARED, else ../shared beside the checkout."""
    env = os.environ.get("TONLAGE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


SHARED = _shared_dir()
SEED_PATH = REPO / "examples" / "seed_article_de.txt"  # shipped as the app's sample text
CHECKTHAT_DE = SHARED / "data" / "checkthat_de"
SHARED_HINT = ("set TONLAGE_SHARED to the shared data folder (data/checkthat_de, data/news; "
               "sources and licences in its data/README.md) or put it at ../shared beside the "
               "checkout")


def pytest_report_header(config: pytest.Config) -> str:
    found = (SHARED / "data").is_dir()
    return (f"shared research data: {SHARED}" if found else
            f"shared research data: not found ({SHARED}); tests that need it skip – "
            f"{SHARED_HINT}")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def engine() -> Any:
    """One engine for the voice, sense and rule tests: no classifier, weak findings kept (these
    tests are about matching and voice, not the display floor). A module that needs another
    configuration defines its own ``engine`` fixture, which takes precedence."""
    from analyzer.pipeline import Analyzer

    return Analyzer(classifier=None, min_weight=0)


def ids(engine: Any, text: str) -> set[str]:
    """Ids of every finding in ``text``, any voice."""
    return {f.id for f in engine.analyze(text).findings}


def author_ids(engine: Any, text: str, prefix: str) -> list[str]:
    """Ids starting with ``prefix`` of the author-voice findings in ``text``, in order."""
    return [f.id for f in engine.analyze(text).findings
            if f.id.startswith(prefix) and f.voice == "author"]


def voices(engine: Any, text: str, entry_id: str) -> list[str]:
    """The voice of each finding of ``entry_id`` in ``text``, in order."""
    return [f.voice for f in engine.analyze(text).findings if f.id == entry_id]


def checkthat_rows(split: str) -> list[dict[str, str]]:
    path = CHECKTHAT_DE / f"{split}.tsv"
    if not path.exists():
        pytest.skip(f"CheckThat! data not found at {path}: {SHARED_HINT}")
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def run_fresh_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter at the repository root: what a module imports on first
    use can only be seen in a process that has not imported it yet."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          timeout=timeout)


@functools.cache
def _context_engine() -> Any:
    from analyzer.pipeline import Analyzer

    return Analyzer(classifier="default", min_weight=0)


def context_flagged(text: str) -> set[str]:
    """The lower-cased words the contextual word model flags in ``text`` (its findings need the
    default classifier's ONNX encoder: the test is skipped without it)."""
    engine = _context_engine()
    if engine.context_model is None:
        pytest.skip("context model needs the default classifier's ONNX encoder")
    return {f.text.lower() for f in engine.analyze(text).findings if f.id.startswith("context.")}


@functools.cache
def _uncalibrated() -> Any:
    from analyzer.pipeline import Analyzer

    return Analyzer(classifier=None, calibrate=False)


def author_scare_quotes(text: str) -> list[tuple[str, str]]:
    """(quoted text, id) of the author-voice scare quotes the whole engine decides on, before the
    calibration: whether a kind is shown at all follows its judged precision (the floor in
    ``analyzer/calibration.py``; since the eleventh session it hides quotes around names and
    capitalised phrases), which these tests of the decision leave aside."""
    return [(f.text, f.id) for f in _uncalibrated().analyze(text).findings
            if f.category == "scare_quote" and f.voice == "author"]


def rhetorical_questions(text: str) -> list[tuple[str, str]]:
    """(text, id) of the author-voice rhetorical questions the rules decide on, before the
    calibration: since the twenty-first session the floor hides a question that opens a
    paragraph which goes on (mostly a signpost), which these tests of the decision leave aside."""
    return [(f.text, f.id) for f in _uncalibrated().analyze(text).findings
            if f.id.startswith("rule.rhetorical_question") and f.voice == "author"]


def scare_ids(engine: Any, text: str) -> list[tuple[str, str]]:
    """(quoted words without „“, id) of every scare-quote finding ``engine`` reports."""
    result = engine.analyze(text)
    return [(f.text.strip("„“"), f.id) for s in result.sentences for f in s.findings
            if f.category == "scare_quote"]


def sentence_findings(text: str) -> list:
    """Every finding of the lexicon engine (no classifier, no word model), sentence by sentence."""
    from analyzer import analyze

    return [f for s in analyze(text, classifier=None, word_model=False, min_weight=0).sentences
            for f in s.findings]


def voice_of_span(text: str, word: str) -> str:
    """The voice of the one finding whose span is ``word`` (asserted to be exactly one)."""
    found = [f.voice for f in sentence_findings(text) if text[f.start:f.end] == word]
    assert len(found) == 1, (word, [(text[f.start:f.end], f.voice)
                                    for f in sentence_findings(text)])
    return found[0]



def finding_ids(text: str, voice: str = "author", *, word_model: bool = False) -> set[str]:
    """Ids of the findings in ``voice`` (no classifier; word model off unless asked; weak
    findings kept: these tests are about matching and voice, not the display floor)."""
    from analyzer import analyze

    return {f.id for f in analyze(text, classifier=None, word_model=word_model,
                                  min_weight=0).findings
            if f.voice == voice}


def finding_texts(text: str, voice: str = "author") -> set[str]:
    """The marked words of the findings in ``voice`` (no classifier): the voice tests' view."""
    from analyzer import analyze

    return {f.text for f in analyze(text, classifier=None, min_weight=0).findings
            if f.voice == voice}


def family_test(rows: list[tuple[str, str, str]]) -> Any:
    """The paired test of lexicon families: each (entry, author-voice sentence, neutral twin) row
    is found in its sentence and not in its twin. Assign it to a module-level ``test_*`` name."""

    @pytest.mark.parametrize("entry,found,neutral", rows,
                             ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(rows)])
    def test_family(entry: str, found: str, neutral: str) -> None:
        assert_family(found, entry, True)
        assert_family(neutral, entry, False)

    return test_family


def family_tests(families: list[tuple[str, str, str]], widened: list[tuple[str, str, str]],
                 marker: str) -> tuple[Any, Any]:
    """The two tests of a lexicon author's file: each family (and each widened older family)
    found in its sentence and not in its neutral twin, and every shipped family with the author's
    id marker (".s38t_") among the rows. Assign both to module-level ``test_*`` names."""
    test_family = family_test(families + widened)

    def test_every_family_is_tested() -> None:
        from analyzer.lexicon import default_lexicon

        shipped = {e.id for e in default_lexicon().entries if marker in e.id}
        assert shipped == {f[0] for f in families}

    return test_family, test_every_family_is_tested


def assert_family(text: str, entry_id: str, evaluative: bool) -> None:
    """A lexicon family is found in the author's voice; a literal or neutral use of its words is
    no finding in any voice (the lexicon authors' paired tests)."""
    assert (entry_id in finding_ids(text)) is evaluative
    if not evaluative:
        assert entry_id not in finding_ids(text, "quote")
