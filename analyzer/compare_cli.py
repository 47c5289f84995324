"""CLI: ``analyzer compare CORPUS`` and ``analyzer archive add|list|export``.

Per-record problems are ``warning:`` lines on stderr followed by a summary; documents that can be
read are always analyzed. Problems with the whole input end with exit status 2 and one
``error:`` line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .cli import CliError, Command, add_classifier_option, add_engine_options
from .compare import CORPUS_CLASSIFIER, GROUP_BY, N_BOOT, SEED, EngineConfig, build_report
from .corpus import Corpus, CorpusError, CorpusIssue, load_corpus
from .render import MAX_WARNINGS, TABLES, render_compare_html, report_csv

__all__ = ["COMMANDS", "render_compare_html", "report_csv"]  # the two renderers: re-exported


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
                          help="always show the progress bar on stderr (default: only on a "
                               "terminal)")
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
    p.add_argument("--format", choices=("json", "csv", "html"), default="json",
                   help="json (the whole report), csv (one --table) or html (standalone report)")
    p.add_argument("--by", choices=GROUP_BY, default="outlet",
                   help="group documents by outlet (default), story or month")
    p.add_argument("--table", choices=TABLES, default="outlets",
                   help="which table --format csv writes (default: outlets)")
    p.add_argument("--output", "-o", metavar="PATH",
                   help="write to a file instead of stdout (default: stdout)")
    p.add_argument("--bootstrap", type=int, default=N_BOOT, metavar="N",
                   help=f"bootstrap replicates for the intervals (default {N_BOOT})")
    p.add_argument("--seed", type=int, default=SEED, help="bootstrap seed")
    p.add_argument("--from-archive", action="store_true",
                   help="compare documents stored in the archive instead of a corpus file")
    p.add_argument("--outlet", action="append", default=[], metavar="NAME",
                   help="with --from-archive: only this outlet (repeatable) (default: all)")
    p.add_argument("--since", metavar="DATE",
                   help="with --from-archive: from this date (default: no lower bound)")
    p.add_argument("--until", metavar="DATE",
                   help="with --from-archive: up to this date (default: no upper bound)")
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
        out = report_csv(report, args.table)  # --table choices are exactly render.TABLES
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
    lst.add_argument("--format", choices=("text", "json"), default="text",
                     help="text (a table) or json")
    exp = sub.add_parser("export", help="export stored analyses")
    _add_filters(exp)
    exp.add_argument("--format", choices=("json", "jsonl", "csv"), default="json",
                     help="json, jsonl (re-importable as a corpus) or csv")
    exp.add_argument("--output", "-o", metavar="PATH",
                     help="write to a file instead of stdout (default: stdout)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--archive", metavar="PATH",
                   help="archive file (default $TONLAGE_ARCHIVE or "
                        "~/.local/share/tonlage/archive.duckdb)")
    p.add_argument("--outlet", action="append", default=[], metavar="NAME",
                   help="only this outlet (repeatable) (default: all outlets)")
    p.add_argument("--since", metavar="DATE",
                   help="from this date (YYYY-MM-DD) (default: no lower bound)")
    p.add_argument("--until", metavar="DATE",
                   help="up to this date (YYYY-MM-DD) (default: no upper bound)")


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
