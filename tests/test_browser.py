"""Real browser against a real ``streamlit run app.py`` (Debian Chromium via Playwright)."""

from __future__ import annotations

import csv
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer import analyze
from views.common import PAGE_MAX_CHARS, resolve_classifier

from .conftest import CHECKTHAT_DE, checkthat_rows

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT = 120  # seconds until the server answers
FIRST_RESULT_MS = 240_000  # the first analysis in a fresh server loads all engine data

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (scripts/test.sh installs it with apt-get)",
                allow_module_level=True)
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
             "--server.headless", "true", "--server.address", "127.0.0.1",
             "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--global.developmentMode", "false"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            _wait_healthy(proc, url, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=20)


def _wait_healthy(proc: subprocess.Popen, url: str, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read() == b"ok":
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"streamlit did not start: {log_path.read_text()[-3000:]}")
        time.sleep(0.5)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _open(browser, url: str, width: int = 1400, height: int = 1000):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    page.goto(url)
    page.get_by_label("Entwurf einfügen").wait_for(timeout=60_000)
    return context, page


def _paste_and_click(page, text: str) -> None:  # type: ignore[no-untyped-def]
    area = page.get_by_label("Entwurf einfügen")
    area.fill(text)
    page.get_by_role("button", name="Analysieren").click()


def _draft(page):  # type: ignore[no-untyped-def]
    """The full highlighted draft (the first .tl-doc; the second is the sentence detail)."""
    return page.locator(".tl-doc").first


def _marks(page) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return _draft(page).locator("mark[data-category]").evaluate_all(
        "els => els.map(e => ({id: e.dataset.id, category: e.dataset.category,"
        " title: e.title, text: e.textContent}))")


def test_paste_analyze_hover_screenshot(server: str, browser, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    context, page = _open(browser, server, height=1300)
    try:
        _paste_and_click(page, seed_text)
        first = page.locator("mark[data-category]").first
        first.wait_for(state="visible", timeout=FIRST_RESULT_MS)
        assert first.is_visible()
        expected = analyze(seed_text, max_chars=PAGE_MAX_CHARS,
                       classifier=resolve_classifier("auto", seed_text))
        marks = _marks(page)
        assert {m["id"] for m in marks} == {f.id for f in expected.findings}
        assert _draft(page).text_content() == seed_text
        for cat in ("labeling", "stance", "intensifier", "vague_attribution", "scare_quote"):
            assert any(m["category"] == cat for m in marks), cat
        # hover a labeling mark: its title holds label, explanation and suggestion
        mark = _draft(page).locator('mark[data-category="labeling"]').first
        mark.scroll_into_view_if_needed()
        mark.hover()
        hovered = page.evaluate(
            "() => { const h = [...document.querySelectorAll(':hover')].pop();"
            " const m = h && h.closest('mark'); return m ? m.title : null; }")
        finding = next(f for f in expected.findings if f.category == "labeling")
        assert hovered is not None and "Wertende Etikettierung" in hovered
        assert finding.explanation in hovered
        if finding.suggestion:
            assert f"Vorschlag: {finding.suggestion}" in hovered
        # quoted voice is styled differently (dotted underline) from the author's voice
        styles = page.evaluate(
            "() => [...document.querySelectorAll('.tl-doc mark')].map(m => [m.dataset.voice,"
            " getComputedStyle(m).textDecorationStyle])")
        if any(v == "quote" for v, _ in styles):
            assert all(s == "dotted" for v, s in styles if v == "quote")
        assert any(v == "author" and s != "dotted" for v, s in styles)
        # screenshot: summary and the start of the highlighted draft
        page.get_by_text("Score (0–100)").first.scroll_into_view_if_needed()
        page.mouse.move(5, 5)
        page.wait_for_timeout(500)
        (ROOT / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        # export: the CSV download (built on click) has one row per finding
        page.get_by_role("tab", name="Export").click()
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="CSV herunterladen (ein Fund pro Zeile)").click()
        rows = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
        assert rows[0].startswith("sentence,start,end,text,category")
        assert len(list(csv.reader(rows))) == len(expected.findings) + 1
    finally:
        context.close()


def _drafts(seed_text: str) -> list[str]:
    if not (CHECKTHAT_DE / "train.tsv").exists():
        pytest.skip(f"CheckThat! data not found at {CHECKTHAT_DE}")
    rows = [r["sentence"] for r in checkthat_rows("train")]
    drafts = [seed_text]
    for i in range(4):
        drafts.append(" ".join(rows[i * 12:(i + 1) * 12]))
    return drafts


def test_five_pages_at_once(server: str, browser, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    drafts = _drafts(seed_text)
    expected = [analyze(t, max_chars=PAGE_MAX_CHARS, classifier=resolve_classifier("auto", t))
                for t in drafts]
    assert all(r.findings for r in expected)
    opened = [_open(browser, server) for _ in drafts]
    try:
        for (_, page), text in zip(opened, drafts, strict=True):
            page.get_by_label("Entwurf einfügen").fill(text)
        for _, page in opened:  # five sessions analyze at the same time
            page.get_by_role("button", name="Analysieren").click()
        for i, ((_, page), text, result) in enumerate(zip(opened, drafts, expected, strict=True)):
            page.locator(".tl-doc mark[data-category]").first.wait_for(timeout=FIRST_RESULT_MS)
            assert _draft(page).text_content() == text, f"page {i} shows another text"
            got = sorted((m["id"], m["category"]) for m in _marks(page))
            want = {(f.id, f.category) for f in result.findings}
            assert set(got) == want, f"page {i}: highlights differ from its own analysis"
    finally:
        for context, _ in opened:
            context.close()
