"""Unit tests of the HTML and CSV rendering: escaping, overlaps, voice, titles, filters."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from analyzer import analyze
from analyzer.render import (
    CSV_COLUMNS,
    PALETTE,
    findings_csv,
    render_html,
    render_legend_html,
    render_report_html,
    render_sentence_html,
    render_text,
)
from analyzer.results import DocumentResult, Finding, SentenceResult, Summary
from analyzer.taxonomy import CATEGORIES, CATEGORY_KEYS


def make_result(text: str, spans: list[tuple], score: float = 40.0) -> DocumentResult:
    """One-sentence result with findings (start, end, category[, voice, weight, id, expl, sugg])."""
    findings = []
    for i, spec in enumerate(spans):
        start, end, cat, *rest = spec
        voice = rest[0] if len(rest) > 0 else "author"
        weight = rest[1] if len(rest) > 1 else 0.6
        fid = rest[2] if len(rest) > 2 else f"{cat}.rule{i}"
        expl = rest[3] if len(rest) > 3 else f"Erklärung {i}."
        sugg = rest[4] if len(rest) > 4 else f"Vorschlag {i}"
        label = CATEGORIES[cat].label if cat in CATEGORIES else cat
        findings.append(Finding(start, end, text[start:end], cat, label, weight, voice, expl,
                                sugg, fid, base_weight=weight))
    findings.sort(key=lambda f: (f.start, -f.end))
    sent = SentenceResult(0, 0, len(text), text, score, 0.0, None, tuple(findings),
                          len(text.split()))
    summary = Summary(1, len(text.split()), score, 0.0, dict.fromkeys(CATEGORY_KEYS, 0), 0.0,
                      {"author": 0, "quote": 0})
    return DocumentResult("test", "de", (), summary, (sent,), text=text)


class _Tree(HTMLParser):
    """Parses our HTML strictly: records marks (attrs + text inside) and checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.marks: list[dict] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        if tag in {"meta", "br"}:  # void elements
            return
        d = dict(attrs)
        if tag == "mark":
            d = {**d, "_text": []}
            self.marks.append(d)
        self.stack.append((tag, d))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.stack, f"unbalanced </{tag}>"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self.stack and self.stack[-1][0] == "style":
            return
        self.text.append(data)
        for tag, d in self.stack:
            if tag == "mark":
                d["_text"].append(data)


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack, f"unclosed tags: {[t for t, _ in tree.stack]}"
    return tree


def mark_texts(tree: _Tree, category: str | None = None) -> list[str]:
    return ["".join(m["_text"]) for m in tree.marks
            if category is None or m["data-category"] == category]


PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def test_user_text_is_escaped_everywhere() -> None:
    text = f"Vorher {PAYLOAD} nachher & „Zitat“ \"doppelt\" 'einfach'."
    start = text.index("<img")
    result = make_result(text, [(start, start + 30, "labeling", "author", 0.8, "x.<b>",
                                 "Erklärung mit <i>HTML</i> & \"Quotes\"", "<u>neu</u>")])
    for markup in (render_html(result), render_report_html(result),
                   render_sentence_html(result, 0), render_html(result, with_style=False)):
        assert "<script" not in markup
        assert "<img" not in markup
        assert "<i>HTML" not in markup and "<u>neu" not in markup and "x.<b>" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        tree = parse(markup)
        assert set(tree.tags) <= {"style", "div", "span", "mark", "html", "head", "meta", "title",
                                  "body", "h1", "h2", "table", "thead", "tbody", "tr", "th", "td",
                                  "p", "small"}
        assert PAYLOAD in "".join(tree.text)


def test_text_is_preserved_exactly() -> None:
    text = "  Erste Zeile\r\n\nZweite   Zeile mit\u00adweichem Trennstrich 🙂 und <tag>\n"
    result = make_result(text, [(2, 7, "stance"), (14, 30, "intensifier")])
    tree = parse(render_html(result))
    assert "".join(tree.text) == text


def test_nested_findings_become_nested_marks() -> None:
    text = "Das ist offensichtlich im Versuch geschehen."
    outer = (8, 33, "speculation")
    inner = (8, 22, "certainty")
    tree = parse(render_html(make_result(text, [outer, inner])))
    assert mark_texts(tree, "speculation") == ["offensichtlich im Versuch"]
    assert mark_texts(tree, "certainty") == ["offensichtlich"]
    # the inner mark's title carries both explanations (the browser shows the innermost title)
    inner_mark = next(m for m in tree.marks if m["data-category"] == "certainty")
    assert "Gewissheitsbehauptung" in inner_mark["title"]
    assert "Spekulation / Motivunterstellung" in inner_mark["title"]


def test_crossing_findings_are_split_without_losing_text() -> None:
    text = "ein äußerst selbst ernannter Präsident"
    a = (4, 18, "intensifier")  # "äußerst selbst"
    b = (12, 28, "labeling")  # "selbst ernannter"
    c = (0, len(text), "rhetorical")
    tree = parse(render_html(make_result(text, [a, b, c])))
    assert "".join(mark_texts(tree, "intensifier")) == text[4:18]
    assert "".join(mark_texts(tree, "labeling")) == text[12:28]
    assert mark_texts(tree, "rhetorical") == [text]
    assert "".join(tree.text) == text


def test_identical_and_adjacent_spans() -> None:
    text = "massiv massiv"
    tree = parse(render_html(make_result(text, [(0, 6, "intensifier"), (0, 6, "loaded_language"),
                                                (7, 13, "intensifier")])))
    assert mark_texts(tree, "intensifier") == ["massiv", "massiv"]
    assert mark_texts(tree, "loaded_language") == ["massiv"]
    assert "".join(tree.text) == text


def test_quote_voice_has_own_class_and_title() -> None:
    text = "Er sagte: „Das ist eine Katastrophe.“ Leider stimmt das."
    q0 = text.index("Katastrophe")
    a0 = text.index("Leider")
    result = make_result(text, [(q0, q0 + 11, "loaded_language", "quote", 0.12),
                                (a0, a0 + 6, "stance", "author", 0.7)])
    tree = parse(render_html(result))
    quote = next(m for m in tree.marks if m["data-category"] == "loaded_language")
    author = next(m for m in tree.marks if m["data-category"] == "stance")
    assert "tl-v-quote" in quote["class"] and quote["data-voice"] == "quote"
    assert "tl-v-author" in author["class"] and "tl-v-quote" not in author["class"]
    assert "Zitat" in quote["title"]
    assert ".tl-v-quote" in render_html(result) and "dotted" in render_html(result)


def test_title_holds_label_explanation_suggestion() -> None:
    text = "Der selbst ernannte Präsident."
    result = make_result(text, [(4, 19, "labeling", "author", 0.8, "labeling.selbst_ernannt",
                                 "Spricht die Legitimität ab.", "den Titel neutral nennen")])
    mark = parse(render_html(result)).marks[0]
    assert mark["data-category"] == "labeling"
    assert mark["data-id"] == "labeling.selbst_ernannt"
    title = mark["title"]
    assert "Wertende Etikettierung" in title
    assert "Spricht die Legitimität ab." in title
    assert "Vorschlag: den Titel neutral nennen" in title
    assert "tl-c-labeling" in mark["class"]


def test_filters_ignore_category_and_weight() -> None:
    text = "Leider war es ziemlich massiv."
    result = make_result(text, [(0, 6, "stance", "author", 0.7, "stance.leider"),
                                (14, 22, "intensifier", "author", 0.3, "intensifier.ziemlich"),
                                (23, 29, "intensifier", "author", 0.5, "intensifier.massiv")])
    assert len(parse(render_html(result)).marks) == 3
    tree = parse(render_html(result, ignored_ids={"stance.leider"}))
    assert [m["data-id"] for m in tree.marks] == ["intensifier.ziemlich", "intensifier.massiv"]
    tree = parse(render_html(result, categories=["stance"]))
    assert [m["data-category"] for m in tree.marks] == ["stance"]
    tree = parse(render_html(result, min_weight=0.4))
    assert [m["data-id"] for m in tree.marks] == ["stance.leider", "intensifier.massiv"]
    assert "".join(parse(render_html(result, categories=[])).text) == text


def test_unknown_category_is_safe() -> None:
    text = "Ein Wort."
    result = make_result(text, [(4, 8, 'x" onmouseover="alert(1)')])
    markup = render_html(result)
    mark = parse(markup).marks[0]
    assert mark["data-category"] == 'x" onmouseover="alert(1)'
    assert "onmouseover" not in mark and "tl-c-other" in mark["class"]


def test_every_category_has_a_distinct_color_and_legend_label() -> None:
    assert set(PALETTE) == set(CATEGORY_KEYS)
    assert len(set(PALETTE.values())) == len(PALETTE)
    legend = render_legend_html({"labeling": 2})
    for key in CATEGORY_KEYS:
        assert CATEGORIES[key].label in legend
    assert "Wertende Etikettierung (2)" in legend


def test_csv_has_all_findings_and_neutralizes_formulas() -> None:
    text = "=SUMME(A1) +1 -x @cmd normal"
    result = make_result(text, [(0, 10, "labeling", "author", 0.5, "labeling.a",
                                 "=HYPERLINK(\"http://x\")", "-bad"),
                                (11, 13, "stance"), (14, 16, "doubt"), (17, 21, "appeal"),
                                (22, 28, "intensifier")])
    rows = list(csv.reader(io.StringIO(findings_csv(result))))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = rows[1:]
    assert len(body) == 5
    texts = [r[CSV_COLUMNS.index("text")] for r in body]
    assert texts == ["'=SUMME(A1)", "'+1", "'-x", "'@cmd", "normal"]
    first = dict(zip(CSV_COLUMNS, body[0], strict=True))
    assert first["explanation"].startswith("'=")
    assert first["suggestion"] == "'-bad"
    assert (first["sentence"], first["start"], first["end"]) == ("0", "0", "10")
    assert first["label"] == "Wertende Etikettierung"
    for row in body:
        assert not any(cell[:1] in "=+-@" for cell in row)


def test_report_is_standalone_document() -> None:
    text = "Leider war es ziemlich massiv."
    result = make_result(text, [(0, 6, "stance")])
    report = render_report_html(result)
    assert report.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in report
    assert "<style>" in report and "http" not in report  # no external resources
    assert 'data-category="stance"' in report
    assert "Autorenhaltung" in report


def test_render_text_still_works() -> None:
    text = "Leider war es ziemlich massiv."
    out = render_text(make_result(text, [(0, 6, "stance")]))
    assert "[[Leider]]" in out


def test_real_analysis_round_trip(seed_text: str) -> None:
    result = analyze(seed_text)
    markup = render_html(result)
    tree = parse(markup)
    assert "".join(tree.text) == seed_text
    ids = {m["data-id"] for m in tree.marks}
    assert ids == {f.id for f in result.findings}
    assert len(re.findall(r'<span class="tl-sent"', markup)) == len(result.sentences)
