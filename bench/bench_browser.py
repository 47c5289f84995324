"""Time to highlights in a real browser (Debian Chromium via Playwright) against ``streamlit run``.

    python -m bench.bench_browser [--repeats 3]

For the sample article and a 1,000-word draft (Der Standard articles from ../shared, or the
sample repeated when they are absent), with the sentence model "schnell" and "genau", after a
warm-up paste:

- ``paste→marks``: paste the whole draft → the marks for it are shown (includes the editor's
  600 ms typing pause);
- ``edit→marks``: type a short sentence at the end → after the pause, the updated marks are
  shown; ``round trip`` is the part after the pause (text sent → marks shown, measured in the
  page with performance.now());
- five pages at once: five sessions paste different drafts at the same moment; the slowest
  page's paste→marks.

Chromium runs headless with the project's flags; the server is started on a free local port
and stopped at the end. Numbers depend on the machine's load (2 shared cores here).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IFRAME = 'iframe[title="views.editor_component.tonlage_editor"]'
EDIT = " Leider war die Sitzung danach äußerst kurz."


def _server(log: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
         "true", "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=open(log, "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
        env={**os.environ, **env})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"error: streamlit did not start (log: {log})")


def _frame(page: Any) -> Any:
    for _ in range(600):
        for f in page.frames:
            if "tonlage_editor" in f.url:
                return f
        page.wait_for_timeout(100)
    raise SystemExit("error: editor iframe not found")


def _open(browser: Any, url: str) -> Any:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="de-DE")
    page = ctx.new_page()
    page.goto(url)
    page.frame_locator(IFRAME).locator(".cm-content").wait_for(timeout=120_000)
    _frame(page).wait_for_function("() => window.tonlageDesk !== undefined")
    return page


def _settled(page: Any, timeout: int = 300_000) -> None:
    _frame(page).wait_for_function(
        "() => { const s = window.tonlageDesk.seq(); return !s.waiting && s.sent > 0"
        " && s.shown === s.sent; }", timeout=timeout, polling=10)


def _paste(page: Any, text: str) -> float:
    page.frame_locator(IFRAME).locator(".cm-content").click()
    page.keyboard.press("Control+a")
    t0 = time.perf_counter()
    page.keyboard.insert_text(text)
    _settled(page)
    return time.perf_counter() - t0


def _edit(page: Any) -> tuple[float, float]:
    page.frame_locator(IFRAME).locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(EDIT)
    t_last = time.perf_counter()  # the pause in typing starts here
    _settled(page)
    total = time.perf_counter() - t_last
    trip = _frame(page).evaluate("() => window.tonlageDesk.lastTrip().ms") / 1000
    return total, trip


def _model(page: Any, label: str) -> None:
    page.locator("section[data-testid='stSidebar']").get_by_text(label, exact=True).click()
    page.wait_for_timeout(300)


def _drafts() -> tuple[str, str, list[str]]:
    sample = (ROOT / "examples" / "seed_article_de.txt").read_text(encoding="utf-8")
    try:
        from ._data import derstandard_articles

        articles = derstandard_articles()
    except OSError:
        articles = [sample] * 10
    out, words, i = [], 0, 0
    while words < 1000 and i < len(articles):
        out.append(articles[i].strip())
        words += len(articles[i].split())
        i += 1
    long = " ".join("\n\n".join(out).split(" ")[:1000])
    others = ["\n\n".join(a.strip() for a in articles[20 + 3 * k:23 + 3 * k]) for k in range(4)]
    return sample, long, others


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    sample, long, others = _drafts()
    tmp = Path(tempfile.mkdtemp(prefix="tonlage-bench-"))
    proc, url = _server(tmp / "server.log", {"TONLAGE_HOUSE_LEXICON": str(tmp / "haus.jsonl")})
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = _open(browser, url)
            t0 = time.perf_counter()
            _paste(page, sample)
            print(f"first paste after server start (engine and models load): "
                  f"{time.perf_counter() - t0:.1f} s")
            print(f"{'draft':<22}{'words':>6}{'model':>9}{'paste→marks':>13}"
                  f"{'edit→marks':>12}{'round trip':>12}   (median of {args.repeats}, s)")
            for model in ("schnell", "genau"):
                _model(page, model)
                for name, text in (("sample article", sample), ("1,000-word draft", long)):
                    _paste(page, text + "\n\nWarm-up.")  # models warm for this size
                    pastes, edits, trips = [], [], []
                    for r in range(args.repeats):
                        pastes.append(_paste(page, text + f"\n\nLauf {model} {r}."))
                        total, trip = _edit(page)
                        edits.append(total)
                        trips.append(trip)
                    print(f"{name:<22}{len(text.split()):>6}{model:>9}"
                          f"{statistics.median(pastes):>13.2f}{statistics.median(edits):>12.2f}"
                          f"{statistics.median(trips):>12.2f}")
            pages = [page] + [_open(browser, url) for _ in range(4)]
            texts = [sample, *others]
            for pg in pages:
                _model(pg, "automatisch")
            for pg in pages:
                pg.frame_locator(IFRAME).locator(".cm-content").click()
                pg.keyboard.press("Control+a")
            starts = []
            for pg, text in zip(pages, texts, strict=True):
                starts.append(time.perf_counter())
                pg.keyboard.insert_text(text + "\n\nFünf Seiten.")
            for pg in pages:
                _settled(pg)
            # measured in each page (text sent → marks shown) plus the 600 ms typing pause
            times = [0.6 + _frame(pg).evaluate("() => window.tonlageDesk.lastTrip().ms") / 1000
                     for pg in pages]
            print("five pages at once ('automatisch'): paste→marks per page "
                  + ", ".join(f"{t:.2f}" for t in times) + f" s (max {max(times):.2f} s; "
                  f"all five done {time.perf_counter() - starts[0]:.2f} s after the first paste)")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
