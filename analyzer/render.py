"""Every rendering for people, in one place: terminal text, escaped HTML highlights, the
single-draft report, CSV exports (one formula-safe cell function) and the outlet-comparison
report (CSV tables, HTML with inline SVG charts). CLI, server and pages only call these."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .results import DocumentResult, Finding
from .taxonomy import CATEGORIES, CATEGORY_KEYS

_ANSI = {"author": "\033[1;33m", "quote": "\033[2;36m"}
_RESET = "\033[0m"


def render_text(result: DocumentResult, *, color: bool = False) -> str:
    """Sentences with findings marked as [[…]] (or colored), each finding explained below."""
    lines: list[str] = []
    s = result.summary
    lines.append(f"Score {s.score:.0f}/100 · {s.sentences} Sätze · {s.words} Wörter · "
                 f"{s.findings_per_1000_words:.1f} Funde je 1.000 Wörter")
    for w in result.warnings:
        lines.append(f"Warnung: {w}")
    for sent in result.sentences:
        text = sent.text
        marked = []
        pos = sent.start
        for f in sorted(sent.findings, key=lambda f: f.start):
            if f.start < pos:  # overlapping finding: already inside a mark
                continue
            marked.append(text[pos - sent.start:f.start - sent.start])
            inner = text[f.start - sent.start:f.end - sent.start]
            marked.append(f"{_ANSI[f.voice]}{inner}{_RESET}" if color else f"[[{inner}]]")
            pos = f.end
        marked.append(text[pos - sent.start:])
        lines.append("")
        lines.append(f"[{sent.index + 1}] ({sent.score:.0f}) " + "".join(marked).replace("\n", " "))
        for f in sent.findings:
            voice = "Zitat" if f.voice == "quote" else "Autor"
            lines.append(f"    - {f.label} [{voice}, {f.weight:.2f}]: „{f.text}“ – {f.explanation}")
            if f.suggestion:
                lines.append(f"      Vorschlag: {f.suggestion}")
    return "\n".join(lines) + "\n"


# --- HTML ------------------------------------------------------------------------------------
# Every piece of user text (draft, finding text) and every lexicon string (explanation,
# suggestion, newsroom ids) passes through html.escape; nothing from the input becomes markup.

# One color per category: Paul Tol's colorblind-safe "light" scheme plus four tints chosen to
# stay apart from it. Color is never the only cue: every mark carries its German label in the
# title, the legend names each color, rhetorical sentences get a wavy underline instead of a
# fill and quoted voice a dotted underline.
PALETTE: dict[str, str] = {
    "labeling": "#EE8866",
    "stance": "#77AADD",
    "intensifier": "#EEDD88",
    "vague_attribution": "#FFAABB",
    "speech_verb": "#99DDFF",
    "certainty": "#44BB99",
    "speculation": "#BBCC33",
    "doubt": "#AAAA00",
    "scare_quote": "#BB99DD",
    "loaded_language": "#EE6677",
    "puffery": "#DDDDDD",
    "appeal": "#D4B483",
    "rhetorical": "#7766CC",
}
_FALLBACK_COLOR = "#CCCCCC"
_VOICE_DE = {"author": "Autorenstimme", "quote": "Zitat / indirekte Rede"}


def category_color(key: str) -> str:
    return PALETTE.get(key, _FALLBACK_COLOR)


def _css_key(key: str) -> str:
    """A class-name-safe category key (unknown keys from synthetic results become 'other')."""
    return key if key in PALETTE else "other"


def highlight_css() -> str:
    """CSS for the ``tl-`` classes used by :func:`render_html` (scoped, no global rules)."""
    rules = [
        ".tl-doc{white-space:pre-wrap;line-height:1.9;font-size:1.02rem;overflow-wrap:anywhere}",
        ".tl-doc mark.tl-mark{color:#111;background:var(--tl-c);border-radius:3px;"
        "padding:0 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:help}",
        ".tl-doc mark.tl-mark mark.tl-mark{padding:0;box-shadow:inset 0 -3px 0 var(--tl-c)}",
        # Quoted voice: the speaker's words, not the author's – lighter fill, dotted underline.
        ".tl-doc mark.tl-v-quote{background:color-mix(in srgb,var(--tl-c) 35%,transparent);"
        "color:inherit;text-decoration:underline dotted 2px;text-decoration-color:var(--tl-c);"
        "text-underline-offset:3px}",
        # Rhetorical questions/exclamations span a whole sentence: underline, no fill.
        ".tl-doc mark.tl-c-rhetorical{background:transparent;color:inherit;box-shadow:none;"
        "text-decoration:underline wavy 1.5px;text-decoration-color:var(--tl-c);"
        "text-underline-offset:4px}",
        ".tl-legend{display:flex;flex-wrap:wrap;gap:.35rem .6rem;margin:.3rem 0 .8rem 0;"
        "font-size:.85rem}",
        ".tl-chip{display:inline-flex;align-items:center;gap:.3rem}",
        ".tl-swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;"
        "background:var(--tl-c);border:1px solid rgba(0,0,0,.25)}",
        ".tl-swatch.tl-c-rhetorical{background:transparent;border:0;"
        "border-bottom:3px double var(--tl-c);height:.7em}",
        ".tl-swatch.tl-v-quote{background:transparent;border:0;"
        "border-bottom:2px dotted #888;height:.7em}",
    ]
    rules += [f".tl-c-{k}{{--tl-c:{c}}}" for k, c in PALETTE.items()]
    rules.append(f".tl-c-other{{--tl-c:{_FALLBACK_COLOR}}}")
    return "\n".join(rules)


def visible_findings(findings: Iterable[Finding], *, ignored_ids: Iterable[str] = (),
                     categories: Iterable[str] | None = None,
                     min_weight: float = 0.0) -> list[Finding]:
    """Findings that pass the page filters: not ignored, in ``categories`` (None = all),
    effective weight at least ``min_weight``."""
    ignored = set(ignored_ids)
    cats = None if categories is None else set(categories)
    return [f for f in findings
            if f.id not in ignored and (cats is None or f.category in cats)
            and f.weight >= min_weight - 1e-9]


def finding_title(f: Finding) -> str:
    """Plain-text tooltip: German label, voice, explanation, suggestion (not yet escaped)."""
    lines = [f"{f.label} · {_VOICE_DE.get(f.voice, f.voice)} · Gewicht {f.weight:.2f}",
             f.explanation]
    if f.suggestion:
        lines.append(f"Vorschlag: {f.suggestion}")
    lines.append(f"Regel: {f.id}")
    return "\n".join(lines)


def _mark_open(f: Finding, outer: Sequence[Finding]) -> str:
    title = finding_title(f)
    if outer:  # the browser shows the innermost title only: carry the enclosing findings too
        title += "".join("\n\n" + finding_title(o) for o in reversed(outer))
    key = _css_key(f.category)
    return (f'<mark class="tl-mark tl-c-{key} tl-v-{"quote" if f.voice == "quote" else "author"}"'
            f' data-category="{html.escape(f.category, quote=True)}"'
            f' data-id="{html.escape(f.id, quote=True)}" data-voice="{html.escape(f.voice)}"'
            f' data-weight="{f.weight:.2f}" title="{html.escape(title, quote=True)}">')


def _highlight(text: str, base: int, findings: Sequence[Finding]) -> str:
    """``text`` (which starts at offset ``base``) with findings as properly nested ``<mark>``s.

    Nesting findings stay nested; a finding that crosses another's boundary is split into
    pieces, each of which is a complete mark with the same attributes.
    """
    end_of_text = base + len(text)
    spans = sorted(((max(f.start, base), min(f.end, end_of_text), f) for f in findings),
                   key=lambda s: (s[0], -s[1], -s[2].weight))
    spans = [s for s in spans if s[0] < s[1]]
    if not spans:
        return html.escape(text)
    points = sorted({base, end_of_text, *(s[0] for s in spans), *(s[1] for s in spans)})
    starts: dict[int, list[tuple[int, int, Finding]]] = {}
    for s in spans:
        starts.setdefault(s[0], []).append(s)
    out: list[str] = []
    stack: list[tuple[int, int, Finding]] = []
    for i, p in enumerate(points):
        if any(s[1] == p for s in stack):
            first = min(j for j, s in enumerate(stack) if s[1] == p)
            reopen = [s for s in stack[first:] if s[1] != p]
            out.append("</mark>" * (len(stack) - first))
            del stack[first:]
        else:
            reopen = []
        opening = sorted(reopen + starts.get(p, []), key=lambda s: (-s[1], -s[2].weight))
        for s in opening:
            out.append(_mark_open(s[2], [o[2] for o in stack]))
            stack.append(s)
        if i + 1 < len(points):
            out.append(html.escape(text[p - base:points[i + 1] - base]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def render_html(result: DocumentResult, *, ignored_ids: Iterable[str] = (),
                categories: Iterable[str] | None = None, min_weight: float = 0.0,
                with_style: bool = True) -> str:
    """The whole draft as escaped HTML, each visible finding a ``<mark data-category=…>``.

    Sentences are wrapped in ``<span class="tl-sent" data-sentence="i" data-score="…">``;
    text between sentences is kept. ``with_style`` prepends the ``<style>`` block.
    """
    text = result.text
    parts: list[str] = []
    if with_style:
        parts.append(f"<style>{highlight_css()}</style>")
    parts.append('<div class="tl-doc">')
    pos = 0
    for sent in result.sentences:
        if sent.start > pos:
            parts.append(html.escape(text[pos:sent.start]))
        shown = visible_findings(sent.findings, ignored_ids=ignored_ids, categories=categories,
                                 min_weight=min_weight)
        body = text[sent.start:sent.end] if text else sent.text
        parts.append(f'<span class="tl-sent" data-sentence="{sent.index}" '
                     f'data-score="{sent.score:.0f}">{_highlight(body, sent.start, shown)}</span>')
        pos = max(pos, sent.end)
    if pos < len(text):
        parts.append(html.escape(text[pos:]))
    parts.append("</div>")
    return "".join(parts)


def render_sentence_html(result: DocumentResult, index: int, *, ignored_ids: Iterable[str] = (),
                         categories: Iterable[str] | None = None, min_weight: float = 0.0,
                         with_style: bool = True) -> str:
    """One sentence of ``result`` with its visible findings marked (for the detail view)."""
    sent = result.sentences[index]
    shown = visible_findings(sent.findings, ignored_ids=ignored_ids, categories=categories,
                             min_weight=min_weight)
    body = result.text[sent.start:sent.end] if result.text else sent.text
    style = f"<style>{highlight_css()}</style>" if with_style else ""
    return (f'{style}<div class="tl-doc"><span class="tl-sent" data-sentence="{sent.index}" '
            f'data-score="{sent.score:.0f}">{_highlight(body, sent.start, shown)}</span></div>')


def render_legend_html(counts: dict[str, int] | None = None,
                       categories: Iterable[str] | None = None) -> str:
    """Color legend with German labels (and counts, if given); includes the quote style."""
    keys = list(CATEGORY_KEYS if categories is None else categories)
    chips = []
    for key in keys:
        label = CATEGORIES[key].label if key in CATEGORIES else key
        n = f" ({counts.get(key, 0)})" if counts is not None else ""
        chips.append(f'<span class="tl-chip"><span class="tl-swatch tl-c-{_css_key(key)}">'
                     f'</span>{html.escape(label + n)}</span>')
    chips.append('<span class="tl-chip"><span class="tl-swatch tl-v-quote"></span>'
                 "gepunktet unterstrichen = im Zitat / in indirekter Rede</span>")
    return f'<div class="tl-legend">{"".join(chips)}</div>'


_REPORT_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#111;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
.tl-summary td:first-child{color:#555;width:18rem}
.tl-warn{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem .8rem}
.tl-doc{border:1px solid #ddd;border-radius:6px;padding:1rem}
"""


def render_report_html(result: DocumentResult, *, title: str = "Tonlage – Prüfbericht",
                       ignored_ids: Iterable[str] = ()) -> str:
    """A standalone, self-contained HTML report (summary, highlighted draft, all findings)."""
    s = result.summary
    esc = html.escape
    rows = [
        ("Score (0–100)", f"{s.score:.0f}"),
        ("Sätze", f"{s.sentences}"),
        ("Wörter", f"{s.words}"),
        ("Anteil wertender Sätze (Score ≥ 50)", f"{100 * s.share_sentences_score_ge_50:.0f} %"),
        ("Funde je 1.000 Wörter", f"{s.findings_per_1000_words:.1f}"),
        ("Funde in Autorenstimme / im Zitat",
         f"{s.by_voice.get('author', 0)} / {s.by_voice.get('quote', 0)}"),
    ]
    summary = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    counts = {k: v for k, v in s.by_category.items() if v}
    legend = render_legend_html(counts, [k for k in CATEGORY_KEYS if k in counts])
    warnings = "".join(f'<p class="tl-warn">{esc(w)}</p>' for w in result.warnings)
    ignored = set(ignored_ids)
    ignored_note = (f"<p>Ignorierte Regeln: {esc(', '.join(sorted(ignored)))}</p>"
                    if ignored else "")
    finding_rows = []
    for sent in result.sentences:
        for f in visible_findings(sent.findings, ignored_ids=ignored):
            finding_rows.append(
                f"<tr><td>{sent.index + 1}</td><td>{sent.score:.0f}</td>"
                f'<td><span class="tl-swatch tl-c-{_css_key(f.category)}"></span> '
                f"{esc(f.label)}</td><td>„{esc(f.text)}“</td>"
                f"<td>{'Zitat' if f.voice == 'quote' else 'Autor'}</td><td>{f.weight:.2f}</td>"
                f"<td>{esc(f.explanation)}</td><td>{esc(f.suggestion or '–')}</td></tr>")
    findings_table = (
        "<table><thead><tr><th>Satz</th><th>Score</th><th>Kategorie</th><th>Fund</th>"
        "<th>Stimme</th><th>Gewicht</th><th>Erklärung</th><th>Vorschlag</th></tr></thead>"
        f"<tbody>{''.join(finding_rows)}</tbody></table>" if finding_rows
        else "<p>Keine Funde.</p>")
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_REPORT_CSS}{highlight_css()}</style></head><body>"
        f"<h1>{esc(title)}</h1>{warnings}"
        f'<table class="tl-summary">{summary}</table>{ignored_note}'
        f"<h2>Markierter Text</h2>{legend}"
        f"{render_html(result, ignored_ids=ignored, with_style=False)}"
        f"<h2>Alle Funde</h2>{findings_table}"
        f"<p><small>Analyzer-Version {esc(result.version)}. Fahren Sie mit der Maus über eine "
        "Markierung, um Erklärung und Vorschlag zu sehen.</small></p></body></html>\n"
    )


# --- CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = ("sentence", "start", "end", "text", "category", "label", "weight", "voice",
               "explanation", "suggestion", "id")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_WARNINGS = 50  # corpus warnings shown in a report
TABLES = ("outlets", "documents", "differences", "entities")  # comparison CSV tables


def csv_safe(value: object) -> object:
    """Neutralize spreadsheet formulas (CSV injection): text cells starting with = + - @ (or a
    tab/CR) get a leading apostrophe. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def findings_csv(result: DocumentResult, *, ignored_ids: Iterable[str] = (),
                 excel_de: bool = False) -> str:
    """One row per finding with sentence index and offsets (columns ``CSV_COLUMNS``).
    ``excel_de``: semicolons and decimal commas, as German Excel opens CSV (add a UTF-8 BOM
    when writing the bytes)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", delimiter=";" if excel_de else ",")
    writer.writerow(CSV_COLUMNS)
    for sent in result.sentences:
        for f in visible_findings(sent.findings, ignored_ids=ignored_ids):
            weight: object = round(f.weight, 4)
            if excel_de:
                weight = f"{f.weight:.4f}".rstrip("0").rstrip(".").replace(".", ",")
            writer.writerow([csv_safe(v) for v in (
                sent.index, f.start, f.end, f.text, f.category, f.label, weight,
                f.voice, f.explanation, f.suggestion or "", f.id)])
    return buf.getvalue()


# --- comparison report: CSV tables ---------------------------------------------

def report_csv(report: Mapping[str, Any], table: str = "outlets") -> str:
    """One table of the comparison report as CSV (cells made formula-safe)."""
    from .compare import difference_rows, document_rows, outlet_rows
    from .entities import entity_rows

    if table == "outlets":
        rows = outlet_rows(report)
    elif table == "documents":
        rows = document_rows(report)
    elif table == "differences":
        rows = difference_rows(report)
    elif table == "entities":
        rows = entity_rows(report["entities"])
    else:
        raise ValueError(f"Unbekannte Tabelle „{table}“ ({', '.join(TABLES)}).")
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: csv_safe(v) for k, v in row.items()})
    return buf.getvalue()


# --- comparison report: HTML with SVG charts ---------------------------------------------

_PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#FF9DA6",
            "#9D755D", "#BAB0AC", "#EECA3B")
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;
margin:2rem auto;padding:0 1rem;color:#111;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.2rem}h3{font-size:1rem}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0}
th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#666;font-size:.85rem}.yes{color:#b00020;font-weight:600}
.warn{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem .8rem;font-size:.88rem}
.story{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
.version{border:1px solid #ddd;border-radius:6px;padding:.7rem}
.version h4{margin:.1rem 0 .4rem 0;font-size:.95rem}
.loaded{background:#fde2e1;border-radius:3px;padding:0 2px}
svg text{font-family:inherit;font-size:12px}
"""


def _fmt(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "–"
    return f"{x:,.{digits}f}".replace(",", "\u202f").replace(".", ",")


def _fmt_ci(ci: Sequence[float] | None, digits: int = 1) -> str:
    return "–" if not ci else f"[{_fmt(ci[0], digits)}; {_fmt(ci[1], digits)}]"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f} %"


def _bar_chart(items: Sequence[tuple[str, float, Sequence[float] | None, str]], *,
               title: str, unit: str) -> str:
    """Horizontal bars with 95 % interval whiskers: (label, value, ci, color)."""
    esc = html.escape
    row_h, left, width = 26, 190, 460
    vmax = max([v for _, v, _, _ in items] + [c[1] for _, _, c, _ in items if c] + [1e-9])
    h = row_h * len(items) + 40
    parts = [f'<svg role="img" aria-label="{esc(title)}" width="{left + width + 90}" '
             f'height="{h}" viewBox="0 0 {left + width + 90} {h}">',
             f"<title>{esc(title)}</title>"]
    for i, (label, value, ci, color) in enumerate(items):
        y = 10 + i * row_h
        w = width * value / vmax
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{esc(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="16" '
                     f'fill="{color}"><title>{esc(label)}: {_fmt(value)} {esc(unit)}'
                     f" {_fmt_ci(ci)}</title></rect>")
        if ci:
            x0, x1 = left + width * ci[0] / vmax, left + width * ci[1] / vmax
            parts.append(f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y + 11}" y2="{y + 11}" '
                         'stroke="#222" stroke-width="1.5"/>')
            for x in (x0, x1):
                parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y + 6}" y2="{y + 16}" '
                             'stroke="#222" stroke-width="1.5"/>')
        end = left + width * max(value, ci[1] if ci else value) / vmax
        parts.append(f'<text x="{end + 6:.1f}" y="{y + 15}">{_fmt(value)}</text>')
    parts.append(f'<text x="{left}" y="{h - 8}" class="muted">{esc(unit)}; Linien: 95-%-'
                 "Bootstrap-Intervall</text></svg>")
    return "".join(parts)


def _histogram_svg(counts: Sequence[int], color: str, label: str) -> str:
    esc = html.escape
    w, h, bw = 220, 70, 20
    top = max(max(counts), 1)
    parts = [f'<svg role="img" aria-label="{esc(label)}" width="{w + 10}" height="{h + 20}">',
             f"<title>{esc(label)}</title>"]
    for i, c in enumerate(counts):
        bh = h * c / top
        parts.append(f'<rect x="{i * (bw + 2)}" y="{h - bh:.1f}" width="{bw}" height="{bh:.1f}" '
                     f'fill="{color}"><title>Score {i * 10}–{i * 10 + 10}: {c} Sätze</title>'
                     "</rect>")
    parts.append(f'<text x="0" y="{h + 14}">0</text><text x="{10 * (bw + 2) - 22}" '
                 f'y="{h + 14}">100</text></svg>')
    return "".join(parts)


def render_compare_html(report: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> str:
    """A standalone HTML report: tables, inline SVG charts, stories side by side, word choice.
    Every piece of corpus text is escaped; no external resources are loaded."""
    from .compare import category_rows, result_from_record

    esc = html.escape
    by = report.get("by", "outlet")
    groups = report["outlets"]
    colors = {g[by]: _PALETTE[i % len(_PALETTE)] for i, g in enumerate(groups)}
    group_label = {"outlet": "Medium", "story": "Story", "month": "Monat"}[by]
    out = ["<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">",
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
           "<title>Tonlage – Medien vergleichen</title>",
           f"<style>{_CSS}{highlight_css()}</style></head><body>",
           "<h1>Tonlage – Medien vergleichen</h1>",
           f'<p class="muted">{len(report["documents"])} Dokumente · {len(groups)} Gruppen '
           f"({esc(group_label)}) · 95-%-Intervalle: Bootstrap über Dokumente, "
           f'{report["bootstrap"]["replicates"]} Wiederholungen, Seed '
           f'{report["bootstrap"]["seed"]} · Version {esc(report["version"])}</p>']
    if report.get("warnings"):
        items = "".join(f"<li>{esc(w)}</li>" for w in report["warnings"][:MAX_WARNINGS])
        out.append(f'<div class="warn"><strong>Hinweise zum Korpus</strong><ul>{items}</ul>'
                   "</div>")
    # overview table
    out.append(f"<h2>Überblick je {esc(group_label)}</h2><table><thead><tr>"
               f"<th>{esc(group_label)}</th><th class=num>Dokumente</th><th class=num>Wörter</th>"
               "<th class=num>Funde je 1.000 Wörter</th><th>95-%-Intervall</th>"
               "<th class=num>Anteil wertender Sätze</th><th class=num>Mittlerer Score</th>"
               "<th class=num>Autorenstimme</th></tr></thead><tbody>")
    for g in groups:
        out.append(
            f"<tr><td>{esc(g[by])}</td><td class=num>{g['documents']}</td>"
            f"<td class=num>{g['words']}</td><td class=num>{_fmt(g['findings_per_1000_words'])}"
            f"</td><td>{_fmt_ci(g['ci95'])}</td><td class=num>{_pct(g['share_judging'])}</td>"
            f"<td class=num>{_fmt(g['mean_score'])}</td>"
            f"<td class=num>{_pct(g['by_voice']['author_share'])}</td></tr>")
    out.append("</tbody></table>")
    out.append(_bar_chart([(g[by], g["findings_per_1000_words"] or 0.0, g["ci95"],
                            colors[g[by]]) for g in groups],
                          title="Funde je 1.000 Wörter", unit="Funde je 1.000 Wörter"))
    # categories
    out.append("<h2>Kategorien</h2>")
    rows = category_rows(report)
    for key in CATEGORY_KEYS:
        sub = [r for r in rows if r["category"] == key]
        if not any(r["findings"] for r in sub):
            continue
        out.append(f"<h3>{esc(CATEGORIES[key].label)}</h3>")
        out.append(_bar_chart([(r["group"], r["per_1000_words"] or 0.0,
                                [r["ci95_low"], r["ci95_high"]], colors[r["group"]])
                               for r in sub], title=CATEGORIES[key].label,
                              unit="Funde je 1.000 Wörter"))
    # score distributions
    out.append("<h2>Verteilung der Satz-Scores</h2><div class=story>")
    for g in groups:
        out.append(f'<div><strong>{esc(g[by])}</strong><br>'
                   f'{_histogram_svg(g["sentence_score_histogram"], colors[g[by]], g[by])}<br>'
                   f'<span class="muted">Dokument-Scores: Median {_fmt(g["score_distribution"]["median"])}'
                   f' (Spanne {_fmt(g["score_distribution"]["min"])}–'
                   f'{_fmt(g["score_distribution"]["max"])})</span></div>')
    out.append("</div>")
    # differences
    out.append(_differences_html(report))
    # stories
    by_id = {r["id"]: r for r in records}
    if report["stories"]:
        out.append("<h2>Gleiche Geschichte, verschiedene Fassungen</h2>")
        out.append(render_legend_html())
    for story in report["stories"]:
        title = f" – {story['title']}" if story.get("title") else ""
        out.append(f"<h3>Story „{esc(story['story'])}“{esc(title)}</h3><div class=story>")
        for v in story["versions"]:
            rec = by_id.get(v["id"])
            body = render_html(result_from_record(rec), with_style=False) if rec else ""
            out.append(
                f'<div class=version><h4>{esc(v["outlet"] or "")}: {esc(v["title"] or v["id"])}'
                f'</h4><p class=muted>Score {_fmt(v["score"])} · '
                f'{_fmt(v["findings_per_1000_words"])} Funde je 1.000 Wörter · '
                f'{v["words"]} Wörter</p>{body}</div>')
        out.append("</div>")
        if story["entities"]:
            out.append(_entities_html(story["entities"], f"Wortwahl in „{story['story']}“"))
    if report["entities"]:
        out.append("<h2>Wortwahl für Personen und Organisationen (alle Dokumente)</h2>")
        out.append(_entities_html(report["entities"][:40], "Wortwahl"))
    out.append('<p class="muted">Erzeugt mit Tonlage. Funde sind Hinweise für die Redaktion, '
               "keine Urteile.</p></body></html>\n")
    return "".join(out)


def _differences_html(report: Mapping[str, Any]) -> str:
    esc = html.escape
    if not report["differences"]:
        return ""
    out = ["<h2>Unterschiede zwischen Gruppen</h2><p class=muted>Differenz der Funde je 1.000 "
           "Wörter (A − B) mit 95-%-Bootstrap-Intervall; Cohens d auf den Raten der einzelnen "
           "Dokumente. „ja“: das Intervall schließt 0 aus. Bei vielen Vergleichen ist auch "
           "zufällig mal eines auffällig.</p><table><thead><tr><th>A</th><th>B</th>"
           "<th class=num>Differenz</th><th>95-%-Intervall</th><th>schließt 0 aus</th>"
           "<th class=num>Cohens d</th><th>Effekt</th><th>auffällige Kategorien</th></tr>"
           "</thead><tbody>"]
    for d in report["differences"]:
        m = d["findings_per_1000_words"]
        cats = [f"{CATEGORIES[k].label} ({_fmt(v['difference'])})"
                for k, v in d["by_category"].items() if v["excludes_zero"]]
        yes = '<span class="yes">ja</span>' if m["excludes_zero"] else "nein"
        out.append(f"<tr><td>{esc(d['a'])}</td><td>{esc(d['b'])}</td>"
                   f"<td class=num>{_fmt(m['difference'])}</td><td>{_fmt_ci(m['ci95'])}</td>"
                   f"<td>{yes}</td><td class=num>{_fmt(m['cohens_d'], 2)}</td>"
                   f"<td>{esc(m['effect'])}</td><td>{esc('; '.join(cats)) or '–'}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _entities_html(entities: Sequence[Mapping[str, Any]], caption: str) -> str:
    esc = html.escape
    groups = sorted({g for e in entities for g in e["groups"]})
    out = [f"<table><caption class=muted>{esc(caption)}: so nennt jedes Medium die Person "
           "(rot hinterlegt: Bezeichnung mit wertendem Fund)</caption><thead><tr>"
           "<th>Name</th>", *(f"<th>{esc(g)}</th>" for g in groups), "</tr></thead><tbody>"]
    for e in entities:
        cells = []
        for g in groups:
            info = e["groups"].get(g)
            if not info:
                cells.append("<td class=muted>—</td>")
                continue
            labels = []
            for lab in info["labels"]:
                text = esc(lab["label"]) + (f" ×{lab['count']}" if lab["count"] > 1 else "")
                cls = ' class="loaded"' if lab["loaded"] else ""
                title = esc(", ".join(lab["categories"] + lab["kinds"]), quote=True)
                labels.append(f'<span{cls} title="{title}">{text}</span>')
            mention = f'<span class=muted>({info["mentions"]}× genannt)</span>'
            cells.append(f"<td>{'; '.join(labels) or 'nur Name'} {mention}</td>")
        out.append(f"<tr><td>{esc(e['entity'])}</td>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)
