"""The editor's page driven headlessly with Streamlit's AppTest (no browser)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

from analyzer import CATEGORY_KEYS, analyze
from views.common import FALLBACK_SAMPLE, PAGE_MAX_CHARS, resolve_classifier, sample_text

ROOT = Path(__file__).resolve().parents[1]

TIMEOUT = 240  # the first analysis in a process loads lexicons, lemmatizer and polarity data
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>"
REQUIRED = ("labeling", "stance", "intensifier", "vague_attribution", "scare_quote")
MARK = re.compile(r"<mark\b[^>]*>")


def new_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def analyze_text(at: AppTest, text: str) -> AppTest:
    at.text_area(key="draft_text").input(text)
    at.button(key="analyze").click().run()
    assert not at.exception, at.exception
    return at


def page_html(at: AppTest) -> str:
    """Everything rendered as HTML or markdown on the page."""
    return "\n".join([h.value for h in at.html] + [m.value for m in at.markdown])


def highlight_html(at: AppTest) -> str:
    """The full highlighted draft (the st.html block with the legend)."""
    blocks = [h.value for h in at.html if 'class="tl-legend"' in h.value]
    assert len(blocks) == 1, "expected exactly one highlighted draft"
    return blocks[0]


def marks(markup: str) -> list[dict[str, str]]:
    out = []
    for tag in MARK.findall(markup):
        out.append(dict(re.findall(r'([a-z-]+)="([^"]*)"', tag)))
    return out


def messages(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*at.error, *at.warning, *at.info, *at.success])


@pytest.fixture(scope="module")
def seed_app(seed_text: str) -> AppTest:
    return analyze_text(new_app(), seed_text)


def test_seed_article_is_highlighted(seed_app: AppTest, seed_text: str) -> None:
    at = seed_app
    assert not at.error
    found = {m["data-category"] for m in marks(highlight_html(at))}
    for cat in REQUIRED:
        assert cat in found, f"no <mark data-category={cat!r}> in the highlighted seed article"
    expected = analyze(seed_text, max_chars=PAGE_MAX_CHARS,
                       classifier=resolve_classifier("auto", seed_text))
    assert {m["data-id"] for m in marks(highlight_html(at))} == {f.id for f in expected.findings}
    labels = [m.label for m in at.metric]
    assert any(label.startswith("Score") for label in labels)
    assert any("Wertende Sätze" in label for label in labels)
    assert any("1.000 Wörter" in label for label in labels)
    score = next(m.value for m in at.metric if m.label.startswith("Score"))
    assert score == f"{expected.summary.score:.0f}"
    # sentence table: one row per sentence, sortable dataframe; details of a sentence below
    table = at.dataframe[0].value
    assert len(table) == len(expected.sentences)
    assert {"Nr.", "Score", "Kategorien", "Funde", "Satz"} <= set(table.columns)
    assert "Subjektivität" not in table.columns or any(
        s.subjectivity is not None for s in expected.sentences)
    assert at.selectbox(key="sentence_pick").value is not None
    titles = [m["title"] for m in marks(highlight_html(at))]
    assert any("Vorschlag:" in t for t in titles)


def test_sample_button_loads_and_analyzes() -> None:
    at = new_app()
    at.button(key="load_sample").click().run()
    assert not at.exception
    assert at.text_area(key="draft_text").value == sample_text()
    assert marks(highlight_html(at))
    if sample_text() != FALLBACK_SAMPLE:
        found = {m["data-category"] for m in marks(highlight_html(at))}
        assert set(REQUIRED) <= found


def test_payload_is_escaped() -> None:
    text = (f"Der selbst ernannte Präsident {PAYLOAD} wetterte leider gegen die Presse. "
            f"Analytiker sind der Ansicht, dass {PAYLOAD} äußerst gefährlich sei.")
    at = analyze_text(new_app(), text)
    rendered = page_html(at)
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert marks(highlight_html(at)), "the text around the payload is still analyzed"
    for frame in at.dataframe:
        assert PAYLOAD in "".join(frame.value["Satz"])  # tables show it as plain text


def test_category_filter_and_min_weight(seed_text: str) -> None:
    at = analyze_text(new_app(), seed_text)
    before = marks(highlight_html(at))
    assert any(m["data-category"] == "stance" for m in before)
    keep = [k for k in CATEGORY_KEYS if k != "stance"]
    at.pills(key="filter_categories").set_value(keep).run()
    assert not at.exception
    after = marks(highlight_html(at))
    assert after and not any(m["data-category"] == "stance" for m in after)
    assert "stance" not in highlight_html(at).split('class="tl-doc"')[1]
    at.slider(key="min_weight").set_value(0.6).run()
    assert not at.exception
    heavy = marks(highlight_html(at))
    assert heavy and all(float(m["data-weight"]) >= 0.6 for m in heavy)
    assert len(heavy) < len(after)


def test_ignore_rule_and_clear(seed_text: str) -> None:
    at = analyze_text(new_app(), seed_text)
    rule = "labeling.selbst_ernannt"
    assert any(m["data-id"] == rule for m in marks(highlight_html(at)))
    score_before = next(m.value for m in at.metric if m.label.startswith("Score"))
    at.button(key=f"ignore_rule_{rule}").click().run()
    assert not at.exception
    assert not any(m["data-id"] == rule for m in marks(highlight_html(at)))
    assert at.session_state["ignore_list"] == [rule]
    assert any(rule in m.value for m in at.sidebar.markdown)
    score_after = next(m.value for m in at.metric if m.label.startswith("Score"))
    assert int(score_after) <= int(score_before)
    # a per-finding button in the sentence details ignores that finding's rule
    detail_buttons = [b for b in at.button if (b.key or "").startswith("ignore_")
                      and not b.key.startswith("ignore_rule_")]
    assert detail_buttons
    second = detail_buttons[0].key.split("_", 3)[3]
    detail_buttons[0].click().run()
    assert at.session_state["ignore_list"] == [rule, second]
    assert not any(m["data-id"] == second for m in marks(highlight_html(at)))
    at.button(key="clear_ignored").click().run()
    assert at.session_state["ignore_list"] == []
    assert any(m["data-id"] == rule for m in marks(highlight_html(at)))


def test_downloads_contain_findings(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    captured: dict[str, bytes] = {}
    original = DeltaGenerator.download_button

    def recording(self, label, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        captured[kwargs.get("key") or label] = data() if callable(data) else data
        return original(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    at = analyze_text(new_app(), seed_text)
    assert {b.key for b in at.download_button} >= {"download_json", "download_csv",
                                                   "download_html"}
    expected = analyze(seed_text, max_chars=PAGE_MAX_CHARS,
                       classifier=resolve_classifier("auto", seed_text))
    data = json.loads(captured["download_json"].decode("utf-8"))
    assert data == json.loads(json.dumps(expected.to_dict()))
    rows = list(csv.DictReader(io.StringIO(captured["download_csv"].decode("utf-8-sig"))))
    assert len(rows) == len(expected.findings)
    assert {(int(r["start"]), int(r["end"]), r["id"]) for r in rows} == {
        (f.start, f.end, f.id) for f in expected.findings}
    report = captured["download_html"].decode("utf-8")
    assert report.startswith("<!DOCTYPE html>")
    assert {m["data-id"] for m in marks(report)} == {f.id for f in expected.findings}


def test_empty_input_gives_hint() -> None:
    at = new_app()
    at.button(key="analyze").click().run()
    assert not at.exception
    assert "Noch kein Text" in messages(at)
    analyze_text(at, "   \n\t ")
    assert "Noch kein Text" in messages(at)
    assert not at.error


def test_oversize_input_shows_limit() -> None:
    text = "Das ist ein ganz normaler Satz. " * (PAGE_MAX_CHARS // 30 + 10)
    assert len(text) > PAGE_MAX_CHARS
    at = analyze_text(new_app(), text)
    assert "200.000" in messages(at)
    assert not at.html


def test_non_german_input_warns() -> None:
    text = ("The self-proclaimed president met the special envoy on Friday. Analysts believe "
            "the talks were extremely tense and the so-called victory was disputed.")
    at = analyze_text(new_app(), text)
    assert not at.error
    assert "nicht Deutsch" in "\n".join(w.value for w in at.warning)


def test_bad_lexicon_upload_shows_error() -> None:
    at = new_app()
    bad = b'{"id": "labeling.neu", "category": "labeling", "pattern": "Bonze"}\n'
    at.sidebar.file_uploader(key="lexicon_upload").set_value(
        ("newsroom.jsonl", bad, "application/json")).run()
    assert not at.exception
    errors = "\n".join(e.value for e in at.error)
    assert "newsroom.jsonl:1" in errors and "missing field" in errors
    assert "tonlage-newsroom-lexicons" not in errors  # the temp path is not shown
    at.sidebar.file_uploader(key="lexicon_upload").set_value(
        ("kaputt.jsonl", b"\xff\xfe{not json", "application/json")).run()
    assert not at.exception
    assert "kaputt.jsonl" in "\n".join(e.value for e in at.error)


def test_newsroom_lexicon_adds_findings() -> None:
    # a house rule on a word no shipped lexicon flags
    entry = {"id": "house.zentrale", "category": "vague_attribution", "pattern": "Zentrale",
             "weight": 0.5, "explanation": "Hausregel: „die Zentrale“ benennt niemanden.",
             "suggestion": "die zuständige Abteilung nennen", "examples": ["aus der Zentrale"]}
    at = new_app()
    at.sidebar.file_uploader(key="lexicon_upload").set_value(
        ("haus.jsonl", (json.dumps(entry, ensure_ascii=False) + "\n").encode(),
         "application/json")).run()
    assert "1 Einträge" in "\n".join(s.value for s in at.success)
    analyze_text(at, "Ein Vertreter aus der Zentrale kam gestern zu Besuch in die Stadt.")
    assert any(m["data-id"] == "house.zentrale" for m in marks(highlight_html(at)))


def _docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for para in text.split("\n\n"):
        document.add_paragraph(para)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "hint"), [
    ("entwurf.docx", b"PK\x03\x04 not really a zip", "nicht als Word-Dokument"),
    ("alt.docx", b"\xd0\xcf\x11\xe0 old binary word", "nicht als Word-Dokument"),
    ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "keine Textdatei"),
    ("latin1.txt", "Die Brücke ist äußerst marode.".encode("latin-1"), "nicht UTF-8"),
])
def test_unreadable_uploads_give_hints(name: str, data: bytes, hint: str) -> None:
    at = new_app()
    at.file_uploader(key="draft_upload").set_value((name, data, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert hint in "\n".join(e.value for e in at.error)
    assert not at.html


def test_docx_and_markdown_uploads() -> None:
    text = "Der selbst ernannte Präsident sprach.\n\nLeider war das Treffen äußerst angespannt."
    at = new_app()
    at.file_uploader(key="draft_upload").set_value(
        ("entwurf.docx", _docx_bytes(text),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).run()
    assert not at.exception and not at.error
    assert at.text_area(key="draft_text").value == text
    assert {"labeling", "stance"} <= {m["data-category"] for m in marks(highlight_html(at))}
    md = "# Titel\n\n*Leider* ist das **äußerst** teuer.\n".encode()
    at.file_uploader(key="draft_upload").set_value(("notiz.md", md, "text/markdown")).run()
    assert not at.exception and not at.error
    assert at.text_area(key="draft_text").value == md.decode()


def test_sentence_model_can_be_switched_off_and_to_fast() -> None:
    at = new_app()
    text = "Leider ist die Reform ein völliges Desaster. Der Rat tagte am Montag."
    analyze_text(at, text)
    assert at.session_state["classifier"] == "auto"
    assert at.session_state["classifier_used"] == "default"  # a short draft gets the accurate model
    at.radio(key="classifier_choice").set_value("aus (nur Wortlisten und Regeln)").run()
    assert not at.exception
    assert at.session_state["classifier"] is None
    assert any(m.get("data-category") == "stance" for m in marks(highlight_html(at)))
    at.radio(key="classifier_choice").set_value("schnell").run()
    assert not at.exception and at.session_state["classifier"] == "fast"


def test_auto_model_uses_fast_for_long_drafts() -> None:
    from views.common import AUTO_DEFAULT_MAX_WORDS, resolve_classifier

    short = "Leider ist das ein Skandal. " * 10
    long = "Der Rat tagte am Montag. " * (AUTO_DEFAULT_MAX_WORDS // 4)
    assert resolve_classifier("auto", short) == "default"
    assert resolve_classifier("auto", long) == "fast"
    assert resolve_classifier(None, short) is None
