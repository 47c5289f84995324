"""The editor's page driven headlessly with Streamlit's AppTest (no browser).

The editable text with its marks is a custom component; AppTest cannot run its JavaScript, so
these tests check what the page hands the component (text, findings with offsets, fixes) and
what the component's messages do to the session. tests/test_browser.py drives the real thing.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

from analyzer import analyze
from views.common import (
    FALLBACK_SAMPLE,
    PAGE_MAX_CHARS,
    UploadError,
    read_upload_with_notice,
    resolve_classifier,
    sample_text,
)

ROOT = Path(__file__).resolve().parents[1]

TIMEOUT = 240  # the first analysis in a process loads lexicons, lemmatizer and polarity data
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>"
REQUIRED = ("labeling", "stance", "intensifier", "vague_attribution", "scare_quote")


@pytest.fixture(autouse=True)
def house_lexicon_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its house word list in its own temp file, never in ~/.cache."""
    path = tmp_path / "haus" / "hauswortliste.jsonl"
    monkeypatch.setenv("TONLAGE_HOUSE_LEXICON", str(path))
    return path


def new_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def analyze_text(at: AppTest, text: str) -> AppTest:
    """What the editor component does after a pause in typing: the text becomes the draft."""
    at.session_state["draft"] = text
    at.session_state["draft_touched"] = True
    at.run()
    assert not at.exception, at.exception
    return at


def desk(at: AppTest) -> dict[str, Any]:
    """The arguments the page passed to the editor component."""
    elements = at.get("component_instance")
    assert len(elements) == 1, "expected exactly one editor desk"
    return json.loads(elements[0].proto.json_args)


def finding_ids(at: AppTest) -> list[str]:
    return [f["id"] for f in desk(at)["findings"]]


def page_html(at: AppTest) -> str:
    """Everything rendered as HTML or markdown on the page (without app.py's fixed script that
    translates Streamlit's English UI texts)."""
    blocks = [h.value for h in at.html if "__tonlageGerman" not in h.value]
    return "\n".join(blocks + [m.value for m in at.markdown])


def messages(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*at.error, *at.warning, *at.info, *at.success,
                                            *at.caption])


def expected_result(text: str):  # type: ignore[no-untyped-def]
    return analyze(text, max_chars=PAGE_MAX_CHARS, classifier=resolve_classifier("auto", text))


@pytest.fixture(scope="module")
def seed_app(seed_text: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    return analyze_text(at, seed_text)


def test_seed_article_goes_to_the_editor_with_its_findings(seed_app: AppTest,
                                                           seed_text: str) -> None:
    at = seed_app
    assert not at.error
    args = desk(at)
    assert args["text"] == seed_text
    expected = expected_result(seed_text)
    assert [(f["s"], f["e"], f["id"]) for f in args["findings"]] == [
        (f.start, f.end, f.id) for f in expected.findings]
    for f in args["findings"]:
        assert seed_text[f["s"]:f["e"]]  # code-point offsets into the draft
        assert f["label"] and f["expl"] and f["key"]
    assert set(REQUIRED) <= {f["cat"] for f in args["findings"]}
    score = next(m.value for m in at.metric if m.label.startswith("Score"))
    assert score == f"{expected.summary.score:.0f}"
    table = at.dataframe[0].value
    assert len(table) == len(expected.sentences)
    assert {"Nr.", "Score", "Kategorien", "Funde", "Satz"} <= set(table.columns)
    assert at.selectbox(key="sentence_pick").value is not None
    assert not any('class="tl-legend"' in h.value for h in at.html), "no read-only copy"


def test_offsets_are_code_points_also_after_emoji() -> None:
    text = "Gute Nachricht 🎉🎉 für alle: Der Minister behauptete, alles sei leider äußerst teuer."
    at = analyze_text(new_app(), text)
    findings = desk(at)["findings"]
    expected = expected_result(text).findings
    assert [(f["s"], f["e"]) for f in findings] == [(f.start, f.end) for f in expected]
    assert {text[f["s"]:f["e"]] for f in findings} >= {"behauptete", "leider", "äußerst"}
    # the frontend converts to UTF-16: the emoji pair shifts by two units, not by zero
    utf16 = [len(text[:f["s"]].encode("utf-16-le")) // 2 for f in findings]
    assert all(u == f["s"] + 2 for u, f in zip(utf16, findings, strict=True))


def test_sample_button_loads_the_editor() -> None:
    at = new_app()
    rev = desk(at)["rev"]
    at.button(key="load_sample").click().run()
    assert not at.exception
    args = desk(at)
    assert args["text"] == sample_text() and args["rev"] == rev + 1
    assert args["findings"]
    if sample_text() != FALLBACK_SAMPLE:
        assert set(REQUIRED) <= {f["cat"] for f in args["findings"]}


def test_fresh_session_asks_the_browser_to_restore() -> None:
    at = new_app()
    assert desk(at)["restore"] is True  # nothing typed yet: the browser's saved draft may return
    analyze_text(at, "Der Rat tagte am Montag.")
    assert desk(at)["restore"] is False
    at.session_state["draft"] = ""
    at.run()
    assert desk(at)["restore"] is False, "an emptied draft is not replaced by an old one"


def test_payload_is_never_html() -> None:
    text = (f"Der selbst ernannte Präsident {PAYLOAD} wetterte leider gegen die Presse. "
            f"Analytiker sind der Ansicht, dass {PAYLOAD} äußerst gefährlich sei.")
    at = analyze_text(new_app(), text)
    rendered = page_html(at)
    assert "<script" not in rendered and "<img" not in rendered
    assert desk(at)["text"] == text  # handed over as JSON data, shown by the editor as text
    assert desk(at)["findings"], "the text around the payload is still analyzed"
    for frame in at.dataframe:
        assert PAYLOAD in "".join(frame.value["Satz"])


def test_min_weight_and_hidden_categories(seed_text: str) -> None:
    at = analyze_text(new_app(), seed_text)
    before = desk(at)["findings"]
    at.select_slider(key="min_weight").set_value(0.45).run()
    assert not at.exception
    heavy = desk(at)["findings"]
    assert heavy and all(f["weight"] >= 0.45 for f in heavy) and len(heavy) < len(before)
    # categories hidden in the editor's legend also leave the sentence table
    at.session_state["hidden_categories"] = ["stance"]
    at.run()
    assert desk(at)["hidden"] == ["stance"]
    cats = " ".join(at.dataframe[0].value["Kategorien"])
    assert "Autorenhaltung" not in cats


def test_disabled_rule_and_clear(seed_text: str) -> None:
    at = analyze_text(new_app(), seed_text)
    rule = "labeling.selbst_ernannt"
    assert rule in finding_ids(at)
    at.session_state["ignore_list"] = [rule]  # what "Regel abschalten" in a card does
    at.run()
    assert rule not in finding_ids(at)
    assert any(rule in m.value for m in at.sidebar.markdown)
    assert desk(at)["ignored_rules"] == [rule]
    detail = [b for b in at.button if (b.key or "").startswith("ignore_")]
    assert detail, "the sentence details offer 'Regel abschalten' per finding"
    second = detail[0].key.split("_", 3)[3]
    detail[0].click().run()
    assert at.session_state["ignore_list"] == [rule, second]
    at.button(key="clear_ignored").click().run()
    assert at.session_state["ignore_list"] == [] and rule in finding_ids(at)


def test_ignore_here_hides_one_occurrence_only() -> None:
    text = ("Leider regnete es am Montag. Der Markt blieb trotzdem voll. "
            "Leider fiel am Dienstag der Strom aus.")
    at = analyze_text(new_app(), text)
    stance = [f for f in desk(at)["findings"] if f["id"] == "stance.leider"]
    assert len(stance) == 2 and stance[0]["key"] != stance[1]["key"]
    score = next(m.value for m in at.metric if m.label.startswith("Score"))
    at.session_state["ignored_here"] = [stance[0]["key"]]
    at.run()
    left = [f for f in desk(at)["findings"] if f["id"] == "stance.leider"]
    assert [f["s"] for f in left] == [stance[1]["s"]]
    assert "Einzelne Stellen ignoriert: 1" in "\n".join(m.value for m in at.sidebar.markdown)
    # display only: the analysis (and so the score) is the same, no shorter findings appear
    assert next(m.value for m in at.metric if m.label.startswith("Score")) == score
    # an edit elsewhere keeps the occurrence ignored (the key does not depend on offsets)
    analyze_text(at, "Neuer Anfang. " + text)
    assert [f["s"] for f in desk(at)["findings"] if f["id"] == "stance.leider"] == [
        stance[1]["s"] + len("Neuer Anfang. ")]


def _apply(values: list[dict[str, Any]], start: dict[str, Any] | None = None) -> AppTest:
    """Feed component messages through views.desk.apply_editor_value in a real session."""
    def script() -> None:
        import streamlit as st

        from views.desk import apply_editor_value, init_state

        init_state()
        for value in st.session_state.get("_values", []):
            apply_editor_value(value)

    at = AppTest.from_function(script, default_timeout=60)
    for k, v in (start or {}).items():
        at.session_state[k] = v
    at.session_state["_values"] = values
    at.run()
    assert not at.exception
    return at


def test_component_messages_change_the_session() -> None:
    at = _apply([
        {"seq": 3, "text": "Ein Entwurf.", "hidden": ["stance", "keine_kategorie", 5],
         "action": None},
        {"seq": 4, "text": "Ein Entwurf.", "action": {"type": "ignore_here", "key": "a|b|c|1"}},
        {"seq": 5, "text": "Ein Entwurf.", "action": {"type": "disable_rule", "id": "stance.leider"}},
        {"seq": 6, "text": "Ein Entwurf.", "action": {"type": "disable_rule", "id": "stance.leider"}},
    ])
    ss = at.session_state
    assert ss["draft"] == "Ein Entwurf." and ss["draft_seq"] == 6 and ss["draft_touched"]
    assert ss["hidden_categories"] == ["stance"]
    assert ss["ignored_here"] == ["a|b|c|1"] and ss["ignore_list"] == ["stance.leider"]
    # a reload restores the browser's lists and merges them with the session's
    at = _apply([{"seq": 1, "text": "Wieder da.", "action": {
        "type": "restore", "ignored_rules": ["doubt.angeblich", 7], "ignored_here": ["x|y|z|1"]}}],
        start={"ignore_list": ["stance.leider"]})
    assert at.session_state["ignore_list"] == ["stance.leider", "doubt.angeblich"]
    assert at.session_state["ignored_here"] == ["x|y|z|1"]
    # junk from the browser changes nothing
    at = _apply([{"seq": "x", "text": 5, "hidden": "stance", "action": {"type": "rm -rf"}}])
    assert at.session_state["draft"] == "" and at.session_state["draft_seq"] == 0


def test_cards_get_inflected_replacements() -> None:
    text = ("Der Minister behauptete, alles sei gut. Er hat behauptet, es gebe keinen Plan. "
            "Die Sprecherin behauptet das Gegenteil. Behauptete er das wirklich. "
            "Sie beteuerten ihre Unschuld. Das ist freilich richtig. "
            "Offensichtlich hat die Regierung versagt.")
    at = analyze_text(new_app(), text)
    got = {(f["s"], text[f["s"]:f["e"]]): f["repl"] for f in desk(at)["findings"]}
    by_word: dict[str, list[list[str]]] = {}
    for (_, word), repl in sorted(got.items()):
        by_word.setdefault(word, []).append(repl)
    assert by_word["behauptete"] == [["sagte", "erklärte"]]
    assert ["gesagt", "erklärt"] in by_word["behauptet"]  # "hat behauptet": the participle
    assert ["sagt", "erklärt"] in by_word["behauptet"]
    assert by_word["Behauptete"] == [["Sagte", "Erklärte"]]
    assert by_word["beteuerten"] == [["sagten", "erklärten"]]
    assert by_word["freilich"] == [["allerdings"]]
    assert all(r == [] for r in by_word.get("Offensichtlich", [[]])), "advice is no button"


def test_downloads_for_german_excel(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    captured: dict[str, bytes] = {}
    original = DeltaGenerator.download_button

    def recording(self, label, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        captured[kwargs.get("key") or label] = data() if callable(data) else data
        return original(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    at = analyze_text(new_app(), seed_text)
    assert not at.download_button, "exports are built only when their view is open"
    at.segmented_control(key="editor_view").set_value("Export").run()
    assert {b.key for b in at.download_button} >= {"download_json", "download_csv",
                                                   "download_html"}
    expected = expected_result(seed_text)
    data = json.loads(captured["download_json"].decode("utf-8"))
    assert data == json.loads(json.dumps(expected.to_dict()))
    raw = captured["download_csv"]
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel reads umlauts"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == len(expected.findings)
    assert {(int(r["start"]), int(r["end"]), r["id"]) for r in rows} == {
        (f.start, f.end, f.id) for f in expected.findings}
    assert any("," in r["weight"] for r in rows) and not any("." in r["weight"] for r in rows)
    report = captured["download_html"].decode("utf-8")
    assert report.startswith("<!DOCTYPE html>")


def test_why_is_computed_only_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    import analyzer

    calls: list[str] = []
    original = analyzer.explain

    def counting(text, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return original(text, **kwargs)

    monkeypatch.setattr(analyzer, "explain", counting)
    text = "Leider ist die Reform ein völliges Desaster für die Stadt Kassel."
    at = new_app()
    at.radio(key="classifier_choice").set_value("schnell").run()
    analyze_text(at, text)
    assert calls == [] and "Stärkste Merkmale" not in messages(at)
    at.button(key="why_button").click().run()
    assert not at.exception
    assert "Stärkste Merkmale des Satzmodells" in messages(at)
    assert len(calls) == 1
    at.run()  # a rerun (e.g. typing elsewhere) does not compute it again
    assert len(calls) == 1


def test_empty_input_gives_hint() -> None:
    at = new_app()
    assert "Text eingeben" in messages(at)
    analyze_text(at, "   \n\t ")
    assert "Text eingeben" in messages(at) and not at.error
    assert desk(at)["findings"] == []


def test_oversize_input_shows_limit() -> None:
    text = "Das ist ein ganz normaler Satz. " * (PAGE_MAX_CHARS // 30 + 10)
    assert len(text) > PAGE_MAX_CHARS
    at = analyze_text(new_app(), text)
    assert "200.000" in messages(at)
    assert desk(at)["findings"] == []


def test_non_german_input_warns() -> None:
    text = ("The self-proclaimed president met the special envoy on Friday. Analysts believe "
            "the talks were extremely tense and the so-called victory was disputed.")
    at = analyze_text(new_app(), text)
    assert not at.error
    assert "nicht Deutsch" in "\n".join(w.value for w in at.warning)


def test_bad_lexicon_upload_shows_error(house_lexicon_file: Path) -> None:
    at = new_app()
    bad = b'{"id": "labeling.neu", "category": "labeling", "pattern": "Bonze"}\n'
    at.sidebar.file_uploader(key="lexicon_upload").set_value(
        ("newsroom.jsonl", bad, "application/json")).run()
    assert not at.exception
    errors = "\n".join(e.value for e in at.error)
    assert "newsroom.jsonl:1" in errors and "missing field" in errors
    assert "tonlage-newsroom-lexicons" not in errors  # the temp path is not shown
    assert not house_lexicon_file.exists(), "an invalid list is not kept"


HOUSE_ENTRY = {"id": "house.zentrale", "category": "vague_attribution", "pattern": "Zentrale",
               "weight": 0.5, "explanation": "Hausregel: „die Zentrale“ benennt niemanden.",
               "suggestion": "die zuständige Abteilung nennen", "examples": ["aus der Zentrale"]}


def test_house_lexicon_is_kept_for_the_next_session(house_lexicon_file: Path) -> None:
    text = "Ein Vertreter aus der Zentrale kam gestern zu Besuch in die Stadt."
    at = new_app()
    at.sidebar.file_uploader(key="lexicon_upload").set_value(
        ("haus.jsonl", (json.dumps(HOUSE_ENTRY, ensure_ascii=False) + "\n").encode(),
         "application/json")).run()
    assert "1 Einträge aus „haus.jsonl“ aktiv" in "\n".join(s.value for s in at.success)
    assert house_lexicon_file.exists()
    # a new session (another day): no upload, the kept list is active
    later = analyze_text(new_app(), text)
    assert "house.zentrale" in finding_ids(later)
    assert "haus.jsonl" in "\n".join(s.value for s in later.success)
    later.button(key="forget_lexicon").click().run()
    assert not house_lexicon_file.exists()
    assert "house.zentrale" not in finding_ids(later)


def test_damaged_kept_lexicon_is_reported_not_used(house_lexicon_file: Path) -> None:
    house_lexicon_file.parent.mkdir(parents=True, exist_ok=True)
    house_lexicon_file.write_bytes(b'{"id": "x"\n')
    at = analyze_text(new_app(), "Leider ist das Wetter heute schlecht.")
    assert not at.exception
    assert "gespeicherte Wortliste ist fehlerhaft" in "\n".join(e.value for e in at.error)
    assert "stance.leider" in finding_ids(at), "the shipped lexicons still work"


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
    ("komisch.txt", "Brücke".encode()[:3] + b"\x81\x8d", "weder UTF-8 noch Windows-1252"),
])
def test_unreadable_uploads_give_hints(name: str, data: bytes, hint: str) -> None:
    at = new_app()
    at.file_uploader(key="draft_upload").set_value((name, data, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert hint in "\n".join(e.value for e in at.error)
    assert desk(at)["text"] == ""


def test_windows_1252_text_is_decoded_with_a_notice() -> None:
    text = "Die Brücke ist äußerst marode – „leider“, sagt der Bürgermeister. Kosten: 5 €."
    at = new_app()
    at.file_uploader(key="draft_upload").set_value(
        ("windows.txt", text.encode("cp1252"), "text/plain")).run()
    assert not at.exception and not at.error
    assert desk(at)["text"] == text
    assert "Windows-1252" in "\n".join(i.value for i in at.info)
    with pytest.raises(UploadError):
        read_upload_with_notice("x.txt", b"\x00\x01binary")
    assert read_upload_with_notice("u.txt", text.encode("utf-8")) == (text, None)


def test_docx_and_markdown_uploads() -> None:
    text = "Der selbst ernannte Präsident sprach.\n\nLeider war das Treffen äußerst angespannt."
    at = new_app()
    at.file_uploader(key="draft_upload").set_value(
        ("entwurf.docx", _docx_bytes(text),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).run()
    assert not at.exception and not at.error
    assert desk(at)["text"] == text
    assert {"labeling", "stance"} <= {f["cat"] for f in desk(at)["findings"]}
    md = "# Titel\n\n*Leider* ist das **äußerst** teuer.\n".encode()
    at.file_uploader(key="draft_upload").set_value(("notiz.md", md, "text/markdown")).run()
    assert not at.exception and not at.error
    assert desk(at)["text"] == md.decode()


def test_sentence_model_can_be_switched_off_and_to_fast() -> None:
    at = new_app()
    text = "Leider ist die Reform ein völliges Desaster. Der Rat tagte am Montag."
    analyze_text(at, text)
    assert at.session_state["classifier"] == "auto"
    assert at.session_state["classifier_used"] == "default"  # a short draft gets the accurate model
    at.radio(key="classifier_choice").set_value("aus (nur Wortlisten und Regeln)").run()
    assert not at.exception
    assert at.session_state["classifier"] is None
    assert "stance" in {f["cat"] for f in desk(at)["findings"]}
    at.radio(key="classifier_choice").set_value("schnell").run()
    assert not at.exception and at.session_state["classifier"] == "fast"


def test_auto_model_uses_fast_for_long_drafts() -> None:
    from views.common import AUTO_DEFAULT_MAX_WORDS

    short = "Leider ist das ein Skandal. " * 10
    long = "Der Rat tagte am Montag. " * (AUTO_DEFAULT_MAX_WORDS // 4)
    assert resolve_classifier("auto", short) == "default"
    assert resolve_classifier("auto", long) == "fast"
    assert resolve_classifier(None, short) is None


def test_draft_survives_a_page_switch() -> None:
    text = "Leider ist die Brücke seit Jahren gesperrt."
    at = analyze_text(new_app(), text)
    at.switch_page("views/compare.py").run()
    assert not at.exception
    assert at.title[0].value == "Medien vergleichen"
    at.switch_page("views/editor.py").run()
    assert not at.exception
    assert desk(at)["text"] == text and "stance.leider" in finding_ids(at)


def test_switched_off_rule_brings_up_no_shorter_marks_on_the_same_words() -> None:
    text = ("Die Regierung ließ am Freitag die Gefangenen frei, offensichtlich im Versuch, ihr "
            "Ansehen aufzubessern. Offensichtlich ist der Haushalt ausgeglichen.")
    at = analyze_text(new_app(), text)
    phrase = [f for f in desk(at)["findings"] if text[f["s"]:f["e"]] == "offensichtlich im Versuch"]
    assert len(phrase) == 1
    start, end = phrase[0]["s"], phrase[0]["e"]
    at.session_state["ignore_list"] = [phrase[0]["id"]]
    at.run()
    inside = [f for f in desk(at)["findings"] if start <= f["s"] and f["e"] <= end]
    assert inside == [], "no shorter findings appear on the switched-off words"
    assert any(f["s"] > end for f in desk(at)["findings"]), "the same words elsewhere still count"
