"""Real browser against a real ``streamlit run app.py`` (Debian Chromium via Playwright).

The editor's desk is a custom component (an iframe with CodeMirror): these tests type and paste
into it, wait for the marks, open cards, apply fixes, jump from the findings list, switch pages,
reload, and check that user text never becomes HTML and that no Streamlit English leaks through.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
RESULT_MS = 60_000
EDITOR_IFRAME = 'iframe[title="views.editor_component.tonlage_editor"]'
# Streamlit's English defaults that must not reach the editor (whole words, case-sensitive)
ENGLISH = ["Deploy", "Upload", "Browse files", "Drag and drop", "per file", "Press Enter",
           "Press Ctrl", "Running", "Stop", "Rerun", "Made with Streamlit", "Choose an option",
           "No results", "Clear all", "Settings", "Print", "Record a screencast", "None"]

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (scripts/test.sh installs it with apt-get)",
                allow_module_level=True)
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(log_path: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """``streamlit run app.py`` on a free local port (used by the tests and bench_browser)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(log_path, "w")  # noqa: SIM115 – closed with the process by stop_server
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.headless", "true", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--global.developmentMode", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read() == b"ok":
                    return proc, url
        except OSError:
            pass
        if time.monotonic() > deadline:
            stop_server(proc)
            raise RuntimeError(f"streamlit did not start: {log_path.read_text()[-3000:]}")
        time.sleep(0.5)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("streamlit")
    proc, url = start_server(folder / "server.log",
                             {"TONLAGE_HOUSE_LEXICON": str(folder / "haus.jsonl")})
    try:
        yield url
    finally:
        stop_server(proc)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


# --- helpers (also used by bench/bench_browser.py) --------------------------------------------

def open_page(browser: Any, url: str, width: int = 1400, height: int = 1000) -> tuple[Any, Any]:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    page.goto(url)
    editor(page).locator(".cm-content").wait_for(timeout=60_000)
    desk_frame(page).wait_for_function("() => window.tonlageDesk !== undefined")
    return context, page


def editor(page: Any) -> Any:
    """Locator scope inside the editor component's iframe."""
    return page.frame_locator(EDITOR_IFRAME)


def desk_frame(page: Any) -> Any:
    """The editor iframe as a Frame (for evaluate)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "tonlage_editor" in frame.url:
                return frame
        page.wait_for_timeout(100)
    raise AssertionError("editor iframe not found")


def paste(page: Any, text: str) -> None:
    """Replace the editor's content as a paste would (select all, insert)."""
    content = editor(page).locator(".cm-content")
    content.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(text)


def doc_text(page: Any) -> str:
    return desk_frame(page).evaluate("() => window.tonlageDesk.text()")


def shown_findings(page: Any) -> list[dict[str, Any]]:
    return desk_frame(page).evaluate("() => window.tonlageDesk.findings()")


def wait_settled(page: Any, timeout: int = RESULT_MS) -> None:
    """Until the findings shown belong to the last text the editor sent."""
    desk_frame(page).wait_for_function(
        "() => { const s = window.tonlageDesk.seq();"
        " return !s.waiting && s.shown === s.sent; }", timeout=timeout)


def wait_for_marks(page: Any, timeout: int = RESULT_MS) -> None:
    editor(page).locator(".cm-content mark[data-category]").first.wait_for(timeout=timeout)


def expected_for(text: str):  # type: ignore[no-untyped-def]
    return analyze(text, max_chars=PAGE_MAX_CHARS, classifier=resolve_classifier("auto", text))


def open_card_on(page: Any, selector: str) -> Any:
    mark = editor(page).locator(f".cm-content {selector}").first
    mark.scroll_into_view_if_needed()
    mark.click()
    card = editor(page).locator(".tl-card")
    card.wait_for(state="visible", timeout=10_000)
    return card


# --- tests ------------------------------------------------------------------------------------

def test_paste_shows_marks_in_the_editable_text_and_cards(server: str, browser: Any,
                                                          seed_text: str) -> None:
    context, page = open_page(browser, server, height=1150)
    try:
        paste(page, seed_text)
        wait_for_marks(page, FIRST_RESULT_MS)
        wait_settled(page, FIRST_RESULT_MS)
        assert doc_text(page) == seed_text
        expected = expected_for(seed_text)
        assert {f["id"] for f in shown_findings(page)} == {f.id for f in expected.findings}
        # the marks sit in the editable surface itself
        content = editor(page).locator(".cm-content")
        assert content.get_attribute("contenteditable") == "true"
        cats = set(content.locator("mark[data-category]").evaluate_all(
            "els => els.map(e => e.dataset.category)"))
        assert {"labeling", "stance", "intensifier"} <= cats
        # quoted voice is styled apart (dotted underline), the author's voice is not
        styles = content.locator("mark[data-category]").evaluate_all(
            "els => els.map(m => [m.dataset.voice, getComputedStyle(m).textDecorationStyle])")
        if any(v == "quote" for v, _ in styles):
            assert all(s == "dotted" for v, s in styles if v == "quote")
        assert any(v == "author" and s != "dotted" for v, s in styles)
        # legend: only categories present, with counts
        chips = editor(page).locator(".tl-toggle").all_inner_texts()
        present = {f.label for f in expected.findings}
        assert len(chips) == len(present)
        assert all(re.search(r"\(\d+\)$", c) for c in chips)
        # click a labeling mark: the card explains and suggests
        finding = next(f for f in expected.findings if f.category == "labeling")
        card = open_card_on(page, 'mark[data-category="labeling"]')
        text = card.inner_text()
        assert "Wertende Etikettierung" in text and finding.explanation in text
        if finding.suggestion:
            assert finding.suggestion in text
        assert card.get_by_role("button", name="Hier ignorieren").is_visible()
        assert card.get_by_role("button", name="Regel abschalten").is_visible()
        # screenshot for the README (the desk with this card open), only when asked for:
        # a test run must not change tracked files
        if os.environ.get("TONLAGE_UPDATE_SCREENSHOT"):
            page.mouse.move(5, 5)
            page.wait_for_timeout(400)
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        page.keyboard.press("Escape")
        card.wait_for(state="hidden", timeout=5_000)
    finally:
        context.close()


def test_replace_fix_changes_text_and_marks(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        text = "Der Minister behauptete am Montag, die Sanierung der Schule sei abgeschlossen."
        paste(page, text)
        wait_for_marks(page, FIRST_RESULT_MS)
        card = open_card_on(page, 'mark[data-category="speech_verb"]')
        card.get_by_role("button", name="Ersetzen durch „sagte“").click()
        assert doc_text(page) == text.replace("behauptete", "sagte")
        wait_settled(page)
        assert not any(f["cat"] == "speech_verb" for f in shown_findings(page))
        assert editor(page).locator('mark[data-category="speech_verb"]').count() == 0
        # the card's undo path is the editor's own: Ctrl+Z brings the word and its mark back
        editor(page).locator(".cm-content").click()
        page.keyboard.press("Control+z")
        assert "behauptete" in doc_text(page)
        wait_settled(page)
        assert any(f["cat"] == "speech_verb" for f in shown_findings(page))
    finally:
        context.close()


def test_ignore_here_and_keyboard_card(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        text = ("Leider regnete es am Montag in Kassel. Der Markt blieb trotzdem gut besucht. "
                "Leider fiel am Dienstag dort der Strom aus.")
        paste(page, text)
        wait_for_marks(page, FIRST_RESULT_MS)
        wait_settled(page)
        assert [f["from"] for f in shown_findings(page) if f["id"] == "stance.leider"] == [
            0, text.rindex("Leider")]
        # keyboard: cursor to the start, one step right is inside "Leider" → card opens
        editor(page).locator(".cm-content").click()
        page.keyboard.press("Control+Home")
        page.keyboard.press("ArrowRight")
        card = editor(page).locator(".tl-card")
        card.wait_for(state="visible", timeout=5_000)
        assert "Autorenhaltung" in card.inner_text()
        page.keyboard.press("Alt+Enter")  # into the card; first button: "Hier ignorieren"
        focused = desk_frame(page).evaluate("() => document.activeElement.textContent")
        assert focused == "Hier ignorieren"
        page.keyboard.press("Enter")
        wait_settled(page)
        assert [f["from"] for f in shown_findings(page) if f["id"] == "stance.leider"] == [
            text.rindex("Leider")]
        # typing elsewhere re-analyzes; the ignored occurrence stays ignored, the other stays
        editor(page).locator(".cm-content").click()
        page.keyboard.press("Control+End")
        page.keyboard.type(" Das Wetter wird besser.")
        wait_settled(page)
        assert len([f for f in shown_findings(page) if f["id"] == "stance.leider"]) == 1
        assert page.get_by_text("Einzelne Stellen ignoriert: 1").is_visible()
    finally:
        context.close()


def test_list_jumps_to_the_mark_and_flashes(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        filler = "Der Rat der Stadt tagte am Montag im großen Saal des Rathauses. " * 60
        text = filler + "\n\nAm Ende behauptete Kämmerer Paul Weber, die Kasse sei leer."
        paste(page, text)
        wait_settled(page, FIRST_RESULT_MS)
        item = editor(page).locator(".tl-item").filter(has_text="behauptete")
        assert item.count() == 1
        assert "Z. 3" in item.inner_text()  # its position in the text
        item.click()
        # the flash lasts 1.6 s: read its text and position in the tick it exists (a loaded
        # machine can take longer than that between two separate calls)
        seen = desk_frame(page).wait_for_function(
            """() => {
                const e = document.querySelector('.cm-content .tl-flash');
                const s = document.querySelector('.cm-scroller');
                if (!e || !s) return null;
                const b = e.getBoundingClientRect(), r = s.getBoundingClientRect();
                return {text: e.textContent, y: b.y, top: r.y, bottom: r.y + r.height};
            }""", timeout=5_000).json_value()
        assert seen["text"] == "behauptete"
        assert seen["top"] <= seen["y"] <= seen["bottom"]
        assert editor(page).locator(".tl-card").is_visible()
    finally:
        context.close()


def test_draft_survives_page_switch_and_reload(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        text = "Leider ist die Brücke seit Jahren gesperrt, behauptete Bürgermeister Paul Weber."
        paste(page, text)
        wait_for_marks(page, FIRST_RESULT_MS)
        wait_settled(page)
        card = open_card_on(page, 'mark[data-category="speech_verb"]')
        card.get_by_role("button", name="Regel abschalten").click()
        wait_settled(page)
        assert not any(f["cat"] == "speech_verb" for f in shown_findings(page))
        page.get_by_role("link", name="Medien vergleichen").click()
        page.get_by_role("heading", name="Medien vergleichen").wait_for(timeout=30_000)
        page.get_by_role("link", name="Entwurf prüfen").click()
        editor(page).locator(".cm-content").wait_for(timeout=30_000)
        wait_for_marks(page)
        assert doc_text(page) == text
        page.reload()
        editor(page).locator(".cm-content").wait_for(timeout=60_000)
        wait_for_marks(page)
        wait_settled(page)
        assert doc_text(page) == text
        assert not any(f["cat"] == "speech_verb" for f in shown_findings(page)), \
            "the disabled rule stays disabled after a reload"
        assert page.get_by_text("speech_verb.behauptete").first.is_visible()
    finally:
        context.close()


def test_user_text_is_never_html(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        payload = ('<img src=x onerror="window.top.__pwned=1"><script>window.top.__pwned=2'
                   "</script><b>fett</b>")
        text = f"Der selbst ernannte Experte {payload} wetterte leider gegen alle."
        paste(page, text)
        wait_for_marks(page, FIRST_RESULT_MS)
        wait_settled(page)
        assert doc_text(page) == text
        content = editor(page).locator(".cm-content")
        assert content.locator("img, script, b").count() == 0
        assert payload in content.inner_text()
        assert page.evaluate("() => window.__pwned === undefined")
        assert editor(page).locator(".tl-list img, .tl-card img").count() == 0
        assert page.locator("section.main img[src='x'], [data-testid='stMain'] img[src='x']").count() == 0
    finally:
        context.close()


def _english_leaks(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]


def test_no_english_streamlit_defaults(server: str, browser: Any) -> None:
    context, page = open_page(browser, server)
    try:
        page.get_by_role("button", name="Beispieltext laden").click()
        wait_for_marks(page, FIRST_RESULT_MS)
        wait_settled(page)
        visible = page.evaluate("() => document.body.innerText")
        visible += desk_frame(page).evaluate("() => document.body.innerText")
        assert not _english_leaks(visible), _english_leaks(visible)
        assert "Datei wählen" in visible and "10 MB" in visible
        page.get_by_role("link", name="Medien vergleichen").click()
        page.get_by_role("heading", name="Medien vergleichen").wait_for(timeout=30_000)
        page.get_by_role("button", name="Beispiel laden (eine Geschichte, drei Medien)").click()
        page.get_by_label("Medium").first.click()
        page.keyboard.type(" ")  # a changed, unapplied input shows Streamlit's key hint
        page.get_by_role("button", name="Vergleichen").click()
        page.get_by_text("Unterschiede").first.wait_for(timeout=FIRST_RESULT_MS)
        page.wait_for_timeout(1500)
        visible = page.evaluate("() => document.body.innerText")
        assert not _english_leaks(visible), _english_leaks(visible)
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


def test_five_pages_at_once(server: str, browser: Any, seed_text: str) -> None:
    drafts = _drafts(seed_text)
    expected = [expected_for(t) for t in drafts]
    assert all(r.findings for r in expected)
    opened = [open_page(browser, server) for _ in drafts]
    try:
        for (_, page), text in zip(opened, drafts, strict=True):
            paste(page, text)  # five sessions analyze at the same time
        for i, ((_, page), text, result) in enumerate(zip(opened, drafts, expected, strict=True)):
            wait_settled(page, FIRST_RESULT_MS)
            assert doc_text(page) == text, f"page {i} shows another text"
            got = {(f["id"], f["cat"]) for f in shown_findings(page)}
            want = {(f.id, f.category) for f in result.findings}
            assert got == want, f"page {i}: highlights differ from its own analysis"
            assert editor(page).locator(".cm-content mark[data-category]").count() > 0
    finally:
        for context, _ in opened:
            context.close()
