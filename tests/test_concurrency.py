"""Engine objects are shared by all Streamlit sessions: analyze() from many threads at once must
give exactly the sequential results (real German text: seed article and CheckThat! sentences)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from analyzer import analyze

from .conftest import CHECKTHAT_DE, SHARED_HINT, checkthat_rows

N_THREADS = 8
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def texts(seed_text: str) -> list[str]:
    """Eight different drafts: the seed article and seven built from CheckThat! sentences."""
    if not (CHECKTHAT_DE / "dev.tsv").exists():
        pytest.skip(f"CheckThat! data not found at {CHECKTHAT_DE}: {SHARED_HINT}")
    sentences = [r["sentence"] for r in checkthat_rows("dev")]
    sentences += [r["sentence"] for r in checkthat_rows("dev_test")]
    out = [seed_text]
    size = 25
    for i in range(N_THREADS - 1):
        chunk = sentences[i * size:(i + 1) * size]
        assert len(chunk) == size
        # vary the layout too: paragraphs, line breaks, a quoted passage
        sep = "\n\n" if i % 2 else " "
        out.append(sep.join(chunk))
    assert len(set(out)) == N_THREADS
    return out


def _run_threads(texts: list[str], rounds: int) -> list[list[dict]]:
    barrier = threading.Barrier(N_THREADS)

    def work(i: int) -> list[dict]:
        order = list(range(rounds))
        random.Random(i).shuffle(order)
        barrier.wait()
        results = []
        for _ in order:
            # every thread analyzes its own text, then the neighbour's, so that the same text is
            # in flight in two threads at once as well
            results.append(analyze(texts[i]).to_dict())
            results.append(analyze(texts[(i + 1) % N_THREADS]).to_dict())
        return results

    with ThreadPoolExecutor(max_workers=N_THREADS) as pool:
        return list(pool.map(work, range(N_THREADS)))


def test_threads_match_sequential(texts: list[str]) -> None:
    sequential = [analyze(t).to_dict() for t in texts]
    assert sum(len(s["sentences"]) for s in sequential) > 150
    assert all(any(s["findings"] for s in d["sentences"]) for d in sequential)
    got = _run_threads(texts, rounds=3)
    for i, results in enumerate(got):
        for k, result in enumerate(results):
            expected = sequential[i] if k % 2 == 0 else sequential[(i + 1) % N_THREADS]
            assert result == expected, f"thread {i}, call {k}: result differs from sequential"


_COLD_SCRIPT = r"""
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
from analyzer import analyze
texts = json.load(sys.stdin)
barrier = threading.Barrier(len(texts))
def work(t):
    barrier.wait()
    return analyze(t).to_dict()
with ThreadPoolExecutor(max_workers=len(texts)) as pool:
    print(json.dumps(list(pool.map(work, texts))))
"""


@pytest.mark.slow
def test_cold_start_threads_match_sequential(texts: list[str]) -> None:
    """Eight threads hit a cold process at once (lexicons, lemmatizer, polarity data and
    language model are loaded lazily): still exactly the sequential results."""
    proc = subprocess.run([sys.executable, "-c", _COLD_SCRIPT], input=json.dumps(texts),
                          capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    cold = json.loads(proc.stdout)
    sequential = [json.loads(json.dumps(analyze(t).to_dict())) for t in texts]
    for i, (got, expected) in enumerate(zip(cold, sequential, strict=True)):
        assert got == expected, f"thread {i}: cold concurrent result differs from sequential"
