"""CLI: ``analyzer compare CORPUS`` and ``analyzer archive add|list|export``.

Per-record problems are ``warning:`` lines on stderr followed by a summary; documents that can be
read are always analyzed. Problems with the whole input end with exit status 2 and one
``error:`` line.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .cli import CliError, Command, add_classifier_option, add_engine_options
from .compare import (
    CORPUS_CLASSIFIER,
    GROUP_BY,
    N_BOOT,
    SEED,
    EngineConfig,
    build_report,
    category_rows,
    difference_rows,
    document_rows,
    outlet_rows,
    result_from_record,
)
from .corpus import Corpus, CorpusError, CorpusIssue, load_corpus
from .entities import entity_rows
from .taxonomy import CATEGORIES, CATEGORY_KEYS

MAX_WARNINGS = 50
TABLES = ("outlets", "documents", "differences", "entities")


# --- shared helpers ---------------------------------------------------------------------------

def _config(args: argparse.Namespace) -> EngineConfig:
    if args.max_chars <= 0:
        raise CliError("--max-chars muss eine positive Zahl sein.")
    return EngineConfig.of(args.lexicon, args.disable, args.max_chars, args.classifier)


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: number of cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://127.0.0.1:8786 (--engine dask; "
                        "default: a local cluster)")
    p.add_argument("--archive", metavar="PATH",
                   help="archive file (default $TONLAGE_ARCHIVE or "
                        "~/.local/share/tonlage/archive.duckdb)")
    progress = p.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="always show the progress bar on stderr")
    progress.add_argument("--no-progress", dest="progress", action="store_false",
                          help="never show the progress bar")


def _check_run_options(args: argparse.Namespace) -> None:
    if args.workers is not None and args.workers < 1:
        raise CliError("--workers muss mindestens 1 sein.")
    if args.scheduler and args.engine != "dask":
        raise CliError("--scheduler gilt nur mit --engine dask.")


def _read_corpus(path: str) -> Corpus:
    try:
        corpus = load_corpus(path)
    except CorpusError as exc:
        raise CliError(str(exc)) from None
    return corpus


def _warn(issues: Sequence[CorpusIssue | str]) -> None:
    for issue in issues[:MAX_WARNINGS]:
        print(f"warning: {issue}", file=sys.stderr)
    if len(issues) > MAX_WARNINGS:
        print(f"warning: … und {len(issues) - MAX_WARNINGS} weitere Hinweise", file=sys.stderr)


class _Bar:
    """tqdm progress bar on stderr (shown on a terminal or with --progress)."""

    def __init__(self, enabled: bool | None, desc: str) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.desc = desc
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes can be forked
            self.bar = tqdm(total=total, desc=self.desc, unit="Dok", file=sys.stderr,
                            dynamic_ncols=True, mininterval=0.2)
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@contextmanager
def _analysis_run(args: argparse.Namespace, bar: _Bar) -> Iterator[None]:
    """Close the progress bar however the run ends; a Dask connection failure becomes a
    one-line CliError."""
    try:
        yield
    except (OSError, TimeoutError) as exc:
        if args.engine == "dask":
            raise _dask_error(exc, args.scheduler) from None
        raise
    finally:
        bar.close()


def _dask_error(exc: Exception, scheduler: str | None) -> CliError:
    where = scheduler or "lokaler Cluster"
    return CliError(f"Dask-Scheduler {where} nicht erreichbar oder fehlerhaft "
                    f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")


def _open_archive(path: str | None, read_only: bool = False):  # type: ignore[no-untyped-def]
    from .archive import Archive, ArchiveError

    try:
        return Archive(path, read_only=read_only)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{output} kann nicht geschrieben werden "
                           f"({exc.strerror or exc})") from None
    else:
        sys.stdout.write(text)


# --- compare ------------------------------------------------------------------------------------

def _configure_compare(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", nargs="?", help="JSONL or CSV corpus (id, outlet, text; optional "
                   "title, date, story, url)")
    p.add_argument("--format", choices=("json", "csv", "html"), default="json")
    p.add_argument("--by", choices=GROUP_BY, default="outlet",
                   help="group documents by outlet (default), story or month")
    p.add_argument("--table", choices=TABLES, default="outlets",
                   help="which table --format csv writes (default: outlets)")
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead of stdout")
    p.add_argument("--bootstrap", type=int, default=N_BOOT, metavar="N",
                   help=f"bootstrap replicates for the intervals (default {N_BOOT})")
    p.add_argument("--seed", type=int, default=SEED, help="bootstrap seed (default fixed)")
    p.add_argument("--from-archive", action="store_true",
                   help="compare documents stored in the archive instead of a corpus file")
    p.add_argument("--outlet", action="append", default=[], metavar="NAME",
                   help="with --from-archive: only this outlet (repeatable)")
    p.add_argument("--since", metavar="DATE", help="with --from-archive: from this date")
    p.add_argument("--until", metavar="DATE", help="with --from-archive: up to this date")
    _add_run_options(p)
    add_engine_options(p)
    add_classifier_option(p, default=CORPUS_CLASSIFIER)


def _cmd_compare(args: argparse.Namespace) -> int:
    from .compare import analyze_corpus

    _check_run_options(args)
    if args.bootstrap < 100:
        raise CliError("--bootstrap braucht mindestens 100 Wiederholungen.")
    config = _config(args)
    issues: list[CorpusIssue] = []
    if args.from_archive:
        if args.corpus:
            raise CliError("Entweder ein Korpus oder --from-archive angeben, nicht beides.")
        with _open_archive(args.archive, read_only=True) as archive:
            records = _archive_records(archive, args)
        if not records:
            raise CliError("Keine passenden Dokumente im Archiv.")
    else:
        if not args.corpus:
            raise CliError("Bitte ein Korpus angeben (JSONL oder CSV) oder --from-archive.")
        if args.outlet or args.since or args.until:
            raise CliError("--outlet/--since/--until gelten nur mit --from-archive.")
        corpus = _read_corpus(args.corpus)
        _warn(corpus.issues)
        bar = _Bar(args.progress, "Analyse")
        with _analysis_run(args, bar):
            if args.archive:
                records, issues = _via_archive(corpus, config, args, bar)
            else:
                records, issues = analyze_corpus(
                    corpus.documents, config, workers=args.workers, engine=args.engine,
                    scheduler=args.scheduler, progress=bar)
        _warn(issues)
        if corpus.issues or issues:
            line = corpus.summary()
            if issues:
                line += f"; {len(issues)} Dokument(e) nicht analysierbar"
            print(f"warning: {line}", file=sys.stderr)
        issues = corpus.issues + issues
        if not records:
            raise CliError("Kein Dokument ließ sich analysieren.")
    report = build_report(records, by=args.by, n_boot=args.bootstrap, seed=args.seed,
                          issues=issues)
    if args.format == "json":
        out = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        out = report_csv(report, args.table)
    else:
        out = render_compare_html(report, records)
    _write(out, args.output)
    return 0


def _archive_records(archive, args: argparse.Namespace) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from .archive import ArchiveError

    try:
        return archive.records(outlet=args.outlet or None, since=args.since, until=args.until)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None


def _via_archive(corpus: Corpus, config: EngineConfig, args: argparse.Namespace,
                 bar: Callable[[int, int], None]) -> tuple[list[dict[str, Any]],
                                                           list[CorpusIssue]]:
    """Store new/changed analyses in the archive and compare what the archive holds for the
    corpus' documents (unchanged documents are not analyzed again)."""
    with _open_archive(args.archive) as archive:
        stats = archive.add(corpus.documents, config, workers=args.workers, engine=args.engine,
                            scheduler=args.scheduler, progress=bar)
        records = archive.records(ids=[d.id for d in corpus.documents])
    print(f"info: {stats.summary()}", file=sys.stderr)
    return records, stats.issues


# --- output -------------------------------------------------------------------------------------

def report_csv(report: Mapping[str, Any], table: str = "outlets") -> str:
    """One table of the report as CSV."""
    if table == "outlets":
        rows = outlet_rows(report)
    elif table == "documents":
        rows = document_rows(report)
    elif table == "differences":
        rows = difference_rows(report)
    elif table == "entities":
        rows = entity_rows(report["entities"])
    else:
        raise CliError(f"Unbekannte Tabelle „{table}“ ({', '.join(TABLES)}).")
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: _csv_safe(v) for k, v in row.items()})
    return buf.getvalue()


def _csv_safe(v: object) -> object:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


# --- HTML report ------------------------------------------------------------------------------

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
    from .render import highlight_css, render_html, render_legend_html

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


# --- archive ----------------------------------------------------------------------------------

def _configure_archive(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="archive_command", required=True, parser_class=type(p))
    add = sub.add_parser("add", help="analyze a corpus and store the results")
    add.add_argument("corpus", help="JSONL or CSV corpus")
    add.add_argument("--batch-size", type=int, default=32, metavar="N",
                     help="documents per transaction (default 32)")
    _add_run_options(add)
    add_engine_options(add)
    add_classifier_option(add, default=CORPUS_CLASSIFIER)
    lst = sub.add_parser("list", help="list stored documents")
    _add_filters(lst)
    lst.add_argument("--format", choices=("text", "json"), default="text")
    exp = sub.add_parser("export", help="export stored analyses")
    _add_filters(exp)
    exp.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")
    exp.add_argument("--output", "-o", metavar="PATH")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--archive", metavar="PATH", help="archive file")
    p.add_argument("--outlet", action="append", default=[], metavar="NAME",
                   help="only this outlet (repeatable)")
    p.add_argument("--since", metavar="DATE", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="up to this date (YYYY-MM-DD)")


def _cmd_archive(args: argparse.Namespace) -> int:
    from .archive import ArchiveError

    try:
        if args.archive_command == "add":
            return _archive_add(args)
        if args.archive_command == "list":
            return _archive_list(args)
        return _archive_export(args)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None


def _archive_add(args: argparse.Namespace) -> int:
    _check_run_options(args)
    if args.batch_size < 1:
        raise CliError("--batch-size muss mindestens 1 sein.")
    config = _config(args)
    corpus = _read_corpus(args.corpus)
    _warn(corpus.issues)
    bar = _Bar(args.progress, "Archiv")
    committed = [0]

    def on_commit(n: int) -> None:
        committed[0] += n
        if not bar.enabled:
            print(f"info: {committed[0]} Dokument(e) gespeichert", file=sys.stderr, flush=True)

    with _open_archive(args.archive) as archive:
        with _analysis_run(args, bar):
            stats = archive.add(corpus.documents, config, workers=args.workers,
                                engine=args.engine, scheduler=args.scheduler,
                                batch_size=args.batch_size, progress=bar, on_commit=on_commit)
        path = archive.path
    _warn(stats.issues)
    if corpus.issues or stats.issues:
        print(f"warning: {corpus.summary()}", file=sys.stderr)
    print(f"{stats.summary()} ({path})")
    return 0


def _archive_list(args: argparse.Namespace) -> int:
    with _open_archive(args.archive, read_only=True) as archive:
        rows = archive.list(outlet=args.outlet or None, since=args.since, until=args.until)
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        print("(keine Dokumente)")
        return 0
    print(f"{'Datum':<10}  {'Medium':<16}  {'Score':>5}  {'F/1000':>6}  {'Wörter':>6}  "
          f"{'Story':<14}  id · Titel")
    for r in rows:
        title = (r["title"] or "").replace("\n", " ")
        print(f"{r['date'] or '–':<10}  {r['outlet'][:16]:<16}  {r['score']:>5.1f}  "
              f"{r['findings_per_1000_words']:>6.1f}  {r['words']:>6}  "
              f"{(r['story'] or '–')[:14]:<14}  {r['id']} · {title[:60]}")
    print(f"{len(rows)} Dokument(e)")
    return 0


def _archive_export(args: argparse.Namespace) -> int:
    with _open_archive(args.archive, read_only=True) as archive:
        text = archive.export(args.format, outlet=args.outlet or None, since=args.since,
                              until=args.until)
    _write(text, args.output)
    return 0


COMMANDS = [
    Command("compare", "compare outlets over a corpus (JSONL/CSV)", _configure_compare,
            _cmd_compare),
    Command("archive", "store analyses and query them (add, list, export)", _configure_archive,
            _cmd_archive),
]
