"""Speed of the editor's page, driven headlessly with Streamlit's AppTest.

    python -m bench.bench_app [--repeats 3]

Drafts are real Der Standard articles (10kGNAD, from ../shared) joined to about 1,000 words and to
about 50,000 characters. For each size it times, after warm-up:

- ``analyze+render``: a new text (as the editor sends it) → the whole page is built (analysis,
  findings for the editor, sentence table, strip chart);
- ``rerender``: the same text with a filter change (cached result, page rebuilt);
- ``engine``: ``analyze()`` alone with the accurate "default" model, for comparison (the page
  picks "fast" above 400 words when set to "automatisch", its default).

AppTest runs the script in-process without a browser, so browser layout time is not included.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analyzer.pipeline import get_analyzer
from views.common import PAGE_MAX_CHARS

from ._data import derstandard_articles

ROOT = Path(__file__).resolve().parents[1]


def draft(articles: list[str], *, words: int | None = None, chars: int | None = None,
          offset: int = 0) -> str:
    out: list[str] = []
    n_words = n_chars = 0
    for article in articles[offset:]:
        out.append(article.strip())
        n_words += len(article.split())
        n_chars += len(article) + 2
        if (words and n_words >= words) or (chars and n_chars >= chars):
            break
    text = "\n\n".join(out)
    if words:
        text = " ".join(text.split(" ")[:words])
    if chars:
        text = text[:chars]
    return text


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    articles = derstandard_articles()

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    cold = timed(at.run)
    at.session_state["draft"] = draft(articles, words=300, offset=900)  # as the editor sends it
    at.session_state["draft_touched"] = True
    cold += timed(at.run)
    assert not at.exception, at.exception
    print(f"cold start (first page + first analysis in this process): {cold:.1f} s")

    engine = get_analyzer((), (), PAGE_MAX_CHARS)
    sizes = [("~1,000 words", {"words": 1000}), ("~50,000 chars", {"chars": 50_000})]
    print(f"{'draft':<16}{'chars':>8}{'words':>7}{'sent.':>6}{'marks':>7}"
          f"{'engine':>9}{'analyze+render':>16}{'rerender':>10}   (median of "
          f"{args.repeats}, seconds)")
    for name, spec in sizes:
        t_engine, t_first, t_rerender = [], [], []
        for r in range(args.repeats):
            text = draft(articles, offset=10 + 100 * r, **spec)  # type: ignore[arg-type]
            t_engine.append(timed(lambda text=text: engine.analyze(text)))
            text = text + f"\n\nLauf {r}."  # a new text: not in the page's result cache
            at.session_state["draft"] = text  # what the editor sends after a pause in typing
            t_first.append(timed(at.run))
            assert not at.exception, at.exception
            marks = len(json.loads(at.get("component_instance")[0].proto.json_args)["findings"])
            at.select_slider(key="min_weight").set_value(0.05 * ((r % 3) + 1))
            t_rerender.append(timed(at.run))
            at.select_slider(key="min_weight").set_value(0.0)
            at.run()
        result = engine.analyze(text)
        print(f"{name:<16}{len(text):>8}{result.summary.words:>7}{result.summary.sentences:>6}"
              f"{marks:>7}{statistics.median(t_engine):>9.2f}"
              f"{statistics.median(t_first):>16.2f}{statistics.median(t_rerender):>10.2f}")


if __name__ == "__main__":
    main()
