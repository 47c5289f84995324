"""Compare outlets: analyze a corpus (in processes or on Dask) and aggregate per outlet.

Every document is analyzed by the engine; its *record* is a plain dict (JSON, picklable,
archivable) with the document's metadata, the engine's ``to_dict()`` result and the entity
mentions. All numbers in a report are computed from records only, so the CLI, the page and the
archive give identical figures for the same documents.

Statistics (per group, usually the outlet):

* ``findings_per_1000_words`` = 1000 · Σ findings / Σ words over the group's documents (pooled);
  ``ci95`` is a percentile bootstrap interval that resamples *documents* (``N_BOOT`` replicates,
  fixed seed per group, numpy), so long and short articles keep their weight.
* the same per category, for ``share_judging`` (Σ sentences with score ≥ 50 / Σ sentences) and
  ``mean_score`` (mean of document scores).
* differences between two groups: the difference of the pooled values with a bootstrap interval
  (both groups resampled independently, each with its own replicates), ``excludes_zero``, and
  Cohen's d on per-document values (pooled standard deviation).
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import os
import threading
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from .corpus import CorpusIssue, Document
from .entities import entity_table, extract_mentions
from .errors import InputError
from .pipeline import DEFAULT_MAX_CHARS, get_analyzer
from .results import DocumentResult, Finding, SentenceResult, Summary
from .scoring import JUDGING_THRESHOLD
from .taxonomy import CATEGORIES, CATEGORY_KEYS
from .text import segment
from .version import __version__

SEED = 20251124
N_BOOT = 2000
GROUP_BY = ("outlet", "story", "month")
TOP_EXPRESSIONS = 10
_NO_VALUE = "–"

Progress = Callable[[int, int], None]


# --- engine configuration -------------------------------------------------------------------

CORPUS_CLASSIFIER = "fast"

@dataclass(frozen=True)
class EngineConfig:
    """What the engine needs to be rebuilt in another process (lexicons, disabled rules)."""

    lexicons: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS
    # corpora use the fast subjectivity model (≤ 2 ms/sentence); "default" or None on request
    classifier: str | None = CORPUS_CLASSIFIER

    @classmethod
    def of(cls, lexicons: Iterable[str] = (), disable: Iterable[str] = (),
           max_chars: int = DEFAULT_MAX_CHARS,
           classifier: str | None = CORPUS_CLASSIFIER) -> EngineConfig:
        return cls(tuple(str(p) for p in lexicons), tuple(sorted(set(disable))), max_chars,
                   None if classifier == "none" else classifier)

    def engine(self):  # type: ignore[no-untyped-def]
        return get_analyzer(self.lexicons, self.disable, self.max_chars, self.classifier)

    def fingerprint(self) -> str:
        """Changes when the analysis of the same text could change: version, the entries of
        the engine's lexicon (as loaded in this process), disabled rules, options. The archive
        re-analyzes documents stored under another fingerprint."""
        from .lexicon import lexicon_dir

        h = hashlib.sha256(__version__.encode())
        for e in self.engine().lexicon.entries:
            h.update(repr((e.id, e.category, e.weight, e.patterns, e.explanation,
                           e.suggestion)).encode())
        for p in sorted(lexicon_dir().glob("*.txt")):  # word lists read by the rules
            h.update(p.name.encode() + p.read_bytes())
        h.update("\x00".join(self.disable).encode())
        h.update(str(self.max_chars).encode())
        h.update(str(self.classifier).encode())
        return h.hexdigest()[:16]


# --- analysing documents --------------------------------------------------------------------

def analyze_document(doc: Document, config: EngineConfig = EngineConfig()) -> dict[str, Any]:
    """The record of one document (raises :class:`InputError` for empty/oversize text)."""
    return _record(doc, _analyze_text(doc.text, config))


def _analyze_text(text: str, config: EngineConfig) -> dict[str, Any]:
    result = config.engine().analyze(text)
    sentences = [s.tokens for s in segment(text).sentences]
    mentions = extract_mentions(text, sentences, result.findings)
    return {"result": result.to_dict(), "mentions": mentions}


def _record(doc: Document, analysis: Mapping[str, Any]) -> dict[str, Any]:
    rec = doc.meta()
    rec["hash"] = doc.content_hash()
    rec["text"] = doc.text
    rec["result"] = analysis["result"]
    rec["mentions"] = analysis["mentions"]
    return rec


def _analyze_chunk(chunk: Sequence[tuple[int, str, str]], config: EngineConfig
                   ) -> list[tuple[int, dict[str, Any] | None, str | None]]:
    """Worker side: (index, id, text) → (index, analysis or None, error message or None)."""
    out: list[tuple[int, dict[str, Any] | None, str | None]] = []
    for index, _doc_id, text in chunk:
        try:
            out.append((index, _analyze_text(text, config), None))
        except InputError as exc:
            out.append((index, None, exc.message))
    return out


_worker_config: EngineConfig | None = None


def _init_worker(config: EngineConfig) -> None:
    global _worker_config
    _worker_config = config
    warm_up(config)


def _run_in_worker(chunk: Sequence[tuple[int, str, str]]
                   ) -> list[tuple[int, dict[str, Any] | None, str | None]]:
    assert _worker_config is not None
    return _analyze_chunk(chunk, _worker_config)


def warm_up(config: EngineConfig = EngineConfig()) -> None:
    """Build the engine and load every lazy resource once (before forking workers)."""
    config.engine().warm_up()
    _analyze_text("Der Präsident Alexander Lukaschenko empfing den Gesandten in Minsk.", config)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def iter_analyses(docs: Sequence[Document], config: EngineConfig = EngineConfig(), *,
                  workers: int | None = None, engine: str = "local",
                  scheduler: Any = None, chunk_size: int | None = None,
                  ) -> Iterator[tuple[int, dict[str, Any] | None, CorpusIssue | None]]:
    """Analyze documents; yields ``(index, record, None)`` or ``(index, None, issue)`` in
    completion order. ``engine``: "local" (``workers`` processes, 1 = in this process) or
    "dask" (``scheduler``: address, ``distributed.Client`` or None for a local cluster)."""
    n = len(docs)
    if n == 0:
        return
    workers = default_workers() if workers is None else max(1, int(workers))
    if chunk_size is None:
        chunk_size = max(1, min(16, math.ceil(n / (workers * 4))))
    items = [(i, d.id, d.text) for i, d in enumerate(docs)]
    chunks = [items[k:k + chunk_size] for k in range(0, n, chunk_size)]
    if engine == "dask":
        results = _dask_results(chunks, config, scheduler, workers)
    elif engine == "local":
        if workers == 1 or n == 1:
            results = (_analyze_chunk(c, config) for c in chunks)
        else:
            results = _pool_results(chunks, config, workers)
    else:
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    for batch in results:
        for index, analysis, error in batch:
            doc = docs[index]
            if analysis is None:
                yield index, None, CorpusIssue(doc.line, "analysis", error or "nicht analysierbar",
                                               doc.id)
            else:
                yield index, _record(doc, analysis), None


def _mp_context():  # type: ignore[no-untyped-def]
    """fork (workers inherit the warm engine) when it is safe: the main thread and no other
    threads (e.g. not inside Streamlit); otherwise forkserver/spawn, which warm up themselves."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.current_thread() is threading.main_thread() \
            and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pool_results(chunks, config: EngineConfig, workers: int):  # type: ignore[no-untyped-def]
    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        warm_up(config)  # once here instead of once per worker
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=ctx,
                             initializer=_init_worker, initargs=(config,)) as pool:
        pending = {pool.submit(_run_in_worker, c) for c in chunks}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        finally:
            for fut in pending:
                fut.cancel()


def _dask_results(chunks, config: EngineConfig, scheduler: Any, workers: int):  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster, as_completed

    own_cluster = own_client = None
    if scheduler is None:
        own_cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = own_client = Client(own_cluster)
    elif isinstance(scheduler, str):
        client = own_client = Client(scheduler, timeout="15s")
    else:
        client = scheduler
    try:
        futures = [client.submit(_analyze_chunk, c, config, pure=False) for c in chunks]
        for fut in as_completed(futures):
            yield fut.result()
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def analyze_corpus(docs: Sequence[Document], config: EngineConfig = EngineConfig(), *,
                   workers: int | None = None, engine: str = "local", scheduler: Any = None,
                   progress: Progress | None = None, chunk_size: int | None = None,
                   ) -> tuple[list[dict[str, Any]], list[CorpusIssue]]:
    """All records in input order, plus issues for documents that could not be analyzed."""
    records: dict[int, dict[str, Any]] = {}
    issues: list[CorpusIssue] = []
    if progress:
        progress(0, len(docs))
    stream = iter_analyses(docs, config, workers=workers, engine=engine, scheduler=scheduler,
                           chunk_size=chunk_size)
    for done, (index, rec, issue) in enumerate(stream, start=1):
        if rec is not None:
            records[index] = rec
        elif issue is not None:
            issues.append(issue)
        if progress:
            progress(done, len(docs))
    return [records[i] for i in sorted(records)], issues


# --- rebuilding results ---------------------------------------------------------------------

def result_from_record(rec: Mapping[str, Any]) -> DocumentResult:
    """A :class:`DocumentResult` again (for highlighting with ``render_html``)."""
    r = rec["result"]
    text = rec.get("text") or ""
    sentences = []
    for s in r["sentences"]:
        findings = tuple(Finding(**f) for f in s["findings"])
        sentences.append(SentenceResult(
            index=s["index"], start=s["start"], end=s["end"], text=s["text"], score=s["score"],
            polarity=s["polarity"], subjectivity=s["subjectivity"], findings=findings,
            note=s.get("note"),
        ))
    sm = r["summary"]
    summary = Summary(sentences=sm["sentences"], words=sm["words"], score=sm["score"],
                      findings_per_1000_words=sm["findings_per_1000_words"],
                      by_category=dict(sm["by_category"]),
                      share_sentences_score_ge_50=sm["share_sentences_score_ge_50"],
                      by_voice=dict(sm.get("by_voice") or {}))
    return DocumentResult(version=r["version"], language=r["language"],
                          warnings=tuple(r.get("warnings") or ()), summary=summary,
                          sentences=tuple(sentences), text=text)


# --- statistics ---------------------------------------------------------------------------

def group_of(rec: Mapping[str, Any], by: str = "outlet") -> str:
    if by == "outlet":
        return rec.get("outlet") or _NO_VALUE
    if by == "story":
        return rec.get("story") or "ohne Story"
    if by == "month":
        return (rec.get("date") or "")[:7] or "ohne Datum"
    raise ValueError(f"unknown grouping {by!r} (outlet, story or month)")


_K = len(CATEGORY_KEYS)
# columns of the per-document matrix: findings, categories…, words, judging, sentences, score
_F, _C0, _W, _J, _S, _SC = 0, 1, 1 + _K, 2 + _K, 3 + _K, 4 + _K


def _doc_row(rec: Mapping[str, Any]) -> list[float]:
    r = rec["result"]
    sm = r["summary"]
    cats = [float(sm["by_category"].get(k, 0)) for k in CATEGORY_KEYS]
    judging = sum(1 for s in r["sentences"] if s["score"] >= JUDGING_THRESHOLD)
    return [sum(cats), *cats, float(sm["words"]), float(judging), float(len(r["sentences"])),
            float(sm["score"])]


def _ratios(sums: np.ndarray, n: int) -> np.ndarray:
    """Per-replicate statistics from column sums: [rate, cat rates…, share judging, mean score]."""
    with np.errstate(divide="ignore", invalid="ignore"):
        words = sums[..., _W:_W + 1]
        rates = 1000.0 * sums[..., _F:_C0 + _K] / words
        share = sums[..., _J:_J + 1] / sums[..., _S:_S + 1]
    mean = sums[..., _SC:_SC + 1] / n
    return np.concatenate([rates, share, mean], axis=-1)


_R_RATE, _R_CAT0, _R_SHARE, _R_MEAN = 0, 1, 1 + _K, 2 + _K


def _rng(seed: int, group: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(group.encode("utf-8"))])


def bootstrap_replicates(matrix: np.ndarray, *, n_boot: int = N_BOOT, seed: int = SEED,
                         group: str = "") -> np.ndarray:
    """Statistics of ``n_boot`` resamples of the documents (rows), shape (n_boot, 3 + K)."""
    n = matrix.shape[0]
    rng = _rng(seed, group)
    out = np.empty((n_boot, 3 + _K))
    block = max(1, min(n_boot, 2_000_000 // max(n, 1)))
    for b0 in range(0, n_boot, block):
        b1 = min(n_boot, b0 + block)
        weights = rng.multinomial(n, np.full(n, 1.0 / n), size=b1 - b0).astype(float)
        out[b0:b1] = _ratios(weights @ matrix, n)
    return out


def _ci(values: np.ndarray, digits: int = 2) -> list[float] | None:
    v = values[np.isfinite(values)]
    if v.size == 0:
        return None
    lo, hi = np.percentile(v, [2.5, 97.5])
    return [round(float(lo), digits), round(float(hi), digits)]


def _r(x: float, digits: int = 2) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), digits)


def cohens_d(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Cohen's d with pooled standard deviation; None if a group has < 2 values or no spread."""
    xa, xb = np.asarray(a, float), np.asarray(b, float)
    xa, xb = xa[np.isfinite(xa)], xb[np.isfinite(xb)]
    if xa.size < 2 or xb.size < 2:
        return None
    pooled = ((xa.size - 1) * xa.var(ddof=1) + (xb.size - 1) * xb.var(ddof=1)) / (
        xa.size + xb.size - 2)
    if pooled <= 0:
        return None
    return float((xa.mean() - xb.mean()) / math.sqrt(pooled))


def effect_label(d: float | None) -> str:
    """Cohen's conventional reading of |d| in German."""
    if d is None:
        return "nicht bestimmbar"
    a = abs(d)
    return ("vernachlässigbar" if a < 0.2 else "klein" if a < 0.5 else "mittel" if a < 0.8
            else "groß")


@dataclass
class _Group:
    name: str
    records: list[Mapping[str, Any]]
    matrix: np.ndarray
    replicates: np.ndarray
    point: np.ndarray

    def per_doc(self, column: str, k: int = 0) -> np.ndarray:
        m = self.matrix
        with np.errstate(divide="ignore", invalid="ignore"):
            if column == "rate":
                return np.where(m[:, _W] > 0, 1000.0 * m[:, _F] / m[:, _W], np.nan)
            if column == "cat":
                return np.where(m[:, _W] > 0, 1000.0 * m[:, _C0 + k] / m[:, _W], np.nan)
            if column == "share":
                return np.where(m[:, _S] > 0, m[:, _J] / m[:, _S], np.nan)
            return m[:, _SC]


def _groups(records: Sequence[Mapping[str, Any]], by: str, n_boot: int, seed: int
            ) -> list[_Group]:
    members: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for rec in records:
        members[group_of(rec, by)].append(rec)
    groups = []
    for name in sorted(members):
        # canonical order: the intervals must not depend on where the records came from
        recs = sorted(members[name], key=lambda r: r["id"])
        matrix = np.array([_doc_row(r) for r in recs], dtype=float)
        point = _ratios(matrix.sum(axis=0), len(recs))
        reps = bootstrap_replicates(matrix, n_boot=n_boot, seed=seed, group=name)
        groups.append(_Group(name, recs, matrix, reps, point))
    return groups


def _quantiles(values: Sequence[float]) -> dict[str, float]:
    v = np.asarray(values, float)
    q = np.percentile(v, [0, 25, 50, 75, 100])
    return dict(zip(("min", "q1", "median", "q3", "max"), (round(float(x), 2) for x in q),
                    strict=True))


def _histogram(values: Sequence[float]) -> list[int]:
    counts, _ = np.histogram(np.asarray(values, float), bins=10, range=(0, 100))
    return [int(c) for c in counts]


def _top_expressions(records: Iterable[Mapping[str, Any]], limit: int = TOP_EXPRESSIONS
                     ) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    cats: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        for s in rec["result"]["sentences"]:
            for f in s["findings"]:
                if f["category"] == "rhetorical":
                    continue  # whole sentences, not expressions
                key = " ".join(f["text"].lower().split())
                counts[key] += 1
                cats[key][f["category"]] += 1
    return [{"text": k, "category": cats[k].most_common(1)[0][0], "count": n}
            for k, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:limit]]


def _group_entry(g: _Group, by: str) -> dict[str, Any]:
    m, p, reps = g.matrix, g.point, g.replicates
    voice: Counter[str] = Counter()
    for rec in g.records:
        voice.update(rec["result"]["summary"].get("by_voice") or {})
    total_voice = voice["author"] + voice["quote"]
    by_category = {}
    for k, key in enumerate(CATEGORY_KEYS):
        by_category[key] = {
            "findings": int(m[:, _C0 + k].sum()),
            "per_1000_words": _r(p[_R_CAT0 + k]),
            "ci95": _ci(reps[:, _R_CAT0 + k]),
        }
    scores = [float(rec["result"]["summary"]["score"]) for rec in g.records]
    sentence_scores = [float(s["score"]) for rec in g.records for s in rec["result"]["sentences"]]
    entry = {
        by: g.name,
        "documents": len(g.records),
        "words": int(m[:, _W].sum()),
        "sentences": int(m[:, _S].sum()),
        "findings": int(m[:, _F].sum()),
        "findings_per_1000_words": _r(p[_R_RATE]),
        "ci95": _ci(reps[:, _R_RATE]),
        "by_category": by_category,
        "share_judging": _r(p[_R_SHARE], 4),
        "share_judging_ci95": _ci(reps[:, _R_SHARE], 4),
        "mean_score": _r(p[_R_MEAN]),
        "mean_score_ci95": _ci(reps[:, _R_MEAN]),
        "score_distribution": _quantiles(scores),
        "sentence_score_histogram": _histogram(sentence_scores),
        "by_voice": {"author": voice["author"], "quote": voice["quote"],
                     "author_share": _r(voice["author"] / total_voice, 4) if total_voice
                     else None},
        "top_expressions": _top_expressions(g.records),
        "stories": len({r.get("story") for r in g.records if r.get("story")}),
    }
    if by != "outlet":
        entry["outlet"] = g.name  # the documented key always holds the group's name
    return entry


def _metric_diff(a: _Group, b: _Group, col: int, per_doc: tuple[str, int],
                 digits: int = 2) -> dict[str, Any]:
    diff = a.replicates[:, col] - b.replicates[:, col]
    ci = _ci(diff, digits)
    d = cohens_d(a.per_doc(*per_doc), b.per_doc(*per_doc))
    return {
        "a": _r(a.point[col], digits), "b": _r(b.point[col], digits),
        "difference": _r(a.point[col] - b.point[col], digits), "ci95": ci,
        "excludes_zero": bool(ci is not None and (ci[0] > 0 or ci[1] < 0)),
        "cohens_d": _r(d, 3) if d is not None else None, "effect": effect_label(d),
    }


def _difference(a: _Group, b: _Group) -> dict[str, Any]:
    return {
        "a": a.name, "b": b.name, "documents": [len(a.records), len(b.records)],
        "findings_per_1000_words": _metric_diff(a, b, _R_RATE, ("rate", 0)),
        "share_judging": _metric_diff(a, b, _R_SHARE, ("share", 0), 4),
        "mean_score": _metric_diff(a, b, _R_MEAN, ("score", 0)),
        "by_category": {key: _metric_diff(a, b, _R_CAT0 + k, ("cat", k))
                        for k, key in enumerate(CATEGORY_KEYS)},
    }


def _finding_brief(f: Mapping[str, Any], sentence: int) -> dict[str, Any]:
    return {"text": f["text"], "category": f["category"], "label": f["label"],
            "voice": f["voice"], "weight": f["weight"], "start": f["start"], "end": f["end"],
            "sentence": sentence}


def _stories(records: Sequence[Mapping[str, Any]], by: str) -> list[dict[str, Any]]:
    members: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for rec in records:
        if rec.get("story"):
            members[rec["story"]].append(rec)
    out = []
    for story in sorted(members):
        recs = sorted(members[story], key=lambda r: (group_of(r, by), r["id"]))
        versions = []
        for rec in recs:
            sm = rec["result"]["summary"]
            versions.append({
                "id": rec["id"], "outlet": rec.get("outlet"), "title": rec.get("title"),
                "date": rec.get("date"), "url": rec.get("url"), "score": sm["score"],
                "words": sm["words"], "findings_per_1000_words": sm["findings_per_1000_words"],
                "share_sentences_score_ge_50": sm["share_sentences_score_ge_50"],
                "by_category": {k: v for k, v in sm["by_category"].items() if v},
                "findings": [_finding_brief(f, s["index"]) for s in rec["result"]["sentences"]
                             for f in s["findings"]],
            })
        title = next((r.get("title") for r in recs if r.get("title")), None)
        outlets = sorted({r.get("outlet") or _NO_VALUE for r in recs})
        out.append({"story": story, "title": title, "outlets": outlets,
                    "shared": len(outlets) > 1, "versions": versions,
                    "entities": entity_table(recs, group_key="outlet")})
    return out


def build_report(records: Sequence[Mapping[str, Any]], *, by: str = "outlet",
                 n_boot: int = N_BOOT, seed: int = SEED,
                 issues: Sequence[CorpusIssue] = (), entity_limit: int | None = 100
                 ) -> dict[str, Any]:
    """The comparison report (documented JSON shape) from analysis records."""
    if by not in GROUP_BY:
        raise ValueError(f"unknown grouping {by!r} (outlet, story or month)")
    groups = _groups(records, by, n_boot, seed)
    return {
        "version": __version__,
        "by": by,
        "bootstrap": {"replicates": n_boot, "seed": seed, "resampled": "documents",
                      "interval": "percentile 95%"},
        "documents": [{
            "id": r["id"], "outlet": r.get("outlet"), "story": r.get("story"),
            "title": r.get("title"), "date": r.get("date"), "url": r.get("url"),
            "summary": r["result"]["summary"],
        } for r in records],
        "outlets": [_group_entry(g, by) for g in groups],
        "differences": [_difference(a, b) for a, b in combinations(groups, 2)],
        "stories": _stories(records, by),
        # word choice is always compared between outlets, whatever the grouping
        "entities": entity_table(records, group_key="outlet", limit=entity_limit),
        "warnings": [str(i) for i in issues],
    }


def compare(docs: Sequence[Document], config: EngineConfig = EngineConfig(), *,
            by: str = "outlet", workers: int | None = None, engine: str = "local",
            scheduler: Any = None, progress: Progress | None = None, n_boot: int = N_BOOT,
            seed: int = SEED) -> tuple[dict[str, Any], list[dict[str, Any]], list[CorpusIssue]]:
    """Analyze and compare in one call: (report, records, issues)."""
    records, issues = analyze_corpus(docs, config, workers=workers, engine=engine,
                                     scheduler=scheduler, progress=progress)
    return build_report(records, by=by, n_boot=n_boot, seed=seed, issues=issues), records, \
        issues


# --- tables for pages, CSV and charts -------------------------------------------------------

def outlet_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One flat row per group: the headline numbers and per-category rates with intervals."""
    by = report.get("by", "outlet")
    rows = []
    for o in report["outlets"]:
        ci = o["ci95"] or [None, None]
        row: dict[str, Any] = {
            by: o[by], "documents": o["documents"], "words": o["words"],
            "findings": o["findings"], "findings_per_1000_words": o["findings_per_1000_words"],
            "ci95_low": ci[0], "ci95_high": ci[1], "share_judging": o["share_judging"],
            "mean_score": o["mean_score"], "author_share": o["by_voice"]["author_share"],
        }
        for key in CATEGORY_KEYS:
            c = o["by_category"][key]
            cci = c["ci95"] or [None, None]
            row[f"{key}_per_1000"] = c["per_1000_words"]
            row[f"{key}_ci95_low"], row[f"{key}_ci95_high"] = cci
        rows.append(row)
    return rows


def category_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Long format for grouped bar charts: group × category with rate and interval."""
    by = report.get("by", "outlet")
    rows = []
    for o in report["outlets"]:
        for key in CATEGORY_KEYS:
            c = o["by_category"][key]
            ci = c["ci95"] or [c["per_1000_words"], c["per_1000_words"]]
            rows.append({"group": o[by], "category": key, "label": CATEGORIES[key].label,
                         "per_1000_words": c["per_1000_words"], "ci95_low": ci[0],
                         "ci95_high": ci[1], "findings": c["findings"]})
    return rows


def document_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for d in report["documents"]:
        s = d["summary"]
        row = {"id": d["id"], "outlet": d["outlet"], "story": d["story"], "date": d["date"],
               "title": d["title"], "words": s["words"], "sentences": s["sentences"],
               "score": s["score"], "findings_per_1000_words": s["findings_per_1000_words"],
               "share_sentences_score_ge_50": s["share_sentences_score_ge_50"]}
        row.update({k: s["by_category"].get(k, 0) for k in CATEGORY_KEYS})
        rows.append(row)
    return rows


def difference_rows(report: Mapping[str, Any], *, categories: bool = True
                    ) -> list[dict[str, Any]]:
    rows = []
    for d in report["differences"]:
        metrics = [("findings_per_1000_words", d["findings_per_1000_words"]),
                   ("share_judging", d["share_judging"]), ("mean_score", d["mean_score"])]
        if categories:
            metrics += [(f"{k}_per_1000", v) for k, v in d["by_category"].items()]
        for name, m in metrics:
            ci = m["ci95"] or [None, None]
            rows.append({"a": d["a"], "b": d["b"], "metric": name, "value_a": m["a"],
                         "value_b": m["b"], "difference": m["difference"], "ci95_low": ci[0],
                         "ci95_high": ci[1], "excludes_zero": m["excludes_zero"],
                         "cohens_d": m["cohens_d"], "effect": m["effect"]})
    return rows


def score_rows(records: Sequence[Mapping[str, Any]], by: str = "outlet"
               ) -> list[dict[str, Any]]:
    """Sentence scores per group (for score distributions)."""
    return [{"group": group_of(r, by), "id": r["id"], "sentence": s["index"],
             "score": s["score"]} for r in records for s in r["result"]["sentences"]]
