"""How often is an author-voice finding right? The judged mainstream precision set.

    python -m bench.bench_precision                      # precision per category / id, ≥ 0.4
    python -m bench.bench_precision --unjudged           # unjudged findings with context
    python -m bench.bench_precision --unjudged --stubs   # … as JSONL stubs to fill in
    python -m bench.bench_precision --show [--verdict wrong] [--category scare_quote]
    python -m bench.bench_precision --cv                 # leave-one-document-out check
    python -m bench.bench_precision --holdout derstandard-r2  # weights never saw round 2
    python -m bench.bench_precision --write-calibration  # regenerate lexicons/precision.json

The set (see bench/precision/README.md): every 25th Der Standard article of the shared 10kGNAD
test file (42 articles), a second round judged later (every 25th from index 12, 41 articles),
a third judged after all development (every 25th from index 6, 41 articles, subset
derstandard-r3) plus the agency-style texts in bench/precision/agency/. Verdicts live in
bench/precision/verdicts*.jsonl (one file per judging round), keyed by (source, start, end,
category) with the span trimmed of surrounding punctuation, so they survive engine changes;
Der Standard text is never stored there, only offsets and the short finding text
(CC BY-NC-SA). Targets (issue 9): ≥ 85 % of author-voice
findings with weight ≥ 0.4 right, overall and for scare_quote; no category below 70 %.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analyzer import calibration
from analyzer.pipeline import REPORT_FLOOR, Analyzer, is_plain_report
from analyzer.results import DocumentResult, Finding

HERE = Path(__file__).resolve().parent / "precision"
VERDICTS = HERE / "verdicts.jsonl"
AGENCY = HERE / "agency"
# texts written for the set, by subset: agency copy, and regional-daily and tabloid copy (quotes
# intact, interviews, comments), each written before the engine was run on it
WRITTEN = (("agency", AGENCY), ("boulevard", HERE / "boulevard"), ("desk", HERE / "desk"),
           ("desk2", HERE / "desk2"), ("desk3", HERE / "desk3"), ("desk4", HERE / "desk4"),
           ("desk5", HERE / "desk5"), ("desk6", HERE / "desk6"), ("desk7", HERE / "desk7"),
           ("desk8", HERE / "desk8"), ("desk9", HERE / "desk9"), ("desk10", HERE / "desk10"),
           ("desk11", HERE / "desk11"), ("desk12", HERE / "desk12"),
           ("desk13", HERE / "desk13"), ("desk14", HERE / "desk14"),
           ("desk15", HERE / "desk15"), ("desk16", HERE / "desk16"),
           ("desk17", HERE / "desk17"), ("desk18", HERE / "desk18"),
           ("desk19", HERE / "desk19"), ("desk20", HERE / "desk20"),
           ("desk21", HERE / "desk21"), ("desk22", HERE / "desk22"),
           ("desk23", HERE / "desk23"), ("desk24", HERE / "desk24"),
           ("desk25", HERE / "desk25"), ("desk26", HERE / "desk26"),
           ("desk27", HERE / "desk27"), ("desk28", HERE / "desk28"),
           ("desk29", HERE / "desk29"), ("desk30", HERE / "desk30"),
           ("desk31", HERE / "desk31"), ("desk32", HERE / "desk32"),
           ("desk33", HERE / "desk33"), ("desk34", HERE / "desk34"),
           ("desk35", HERE / "desk35"), ("desk36", HERE / "desk36"),
           ("desk37", HERE / "desk37"), ("desk38", HERE / "desk38"),
           ("desk39", HERE / "desk39"), ("desk40", HERE / "desk40"),
           ("desk41", HERE / "desk41"), ("desk43", HERE / "desk43"),
           ("desk42", HERE / "desk42"), ("desk44", HERE / "desk44"),
           ("desk46", HERE / "desk46"), ("desk45", HERE / "desk45"),
           ("desk47", HERE / "desk47"), ("desk48", HERE / "desk48"),
           ("desk49", HERE / "desk49"), ("desk50", HERE / "desk50"),
           ("desk51", HERE / "desk51"), ("desk52", HERE / "desk52"),
           ("desk53", HERE / "desk53"), ("desk54", HERE / "desk54"),
           ("desk55", HERE / "desk55"), ("desk56", HERE / "desk56"),
           ("desk57", HERE / "desk57"), ("desk58", HERE / "desk58"),
           ("desk59", HERE / "desk59"), ("desk60", HERE / "desk60"),
           ("desk61", HERE / "desk61"), ("desk62", HERE / "desk62"),
           ("desk63", HERE / "desk63"), ("desk64", HERE / "desk64"),
           ("desk65", HERE / "desk65"), ("desk66", HERE / "desk66"),
           ("desk67", HERE / "desk67"), ("desk68", HERE / "desk68"),
           ("desk69", HERE / "desk69"), ("desk70", HERE / "desk70"),
           ("desk71", HERE / "desk71"), ("desk72", HERE / "desk72"),
           ("desk73", HERE / "desk73"), ("desk74", HERE / "desk74"),
           ("desk75", HERE / "desk75"), ("desk76", HERE / "desk76"),
           ("desk77", HERE / "desk77"), ("desk78", HERE / "desk78"),
           ("desk79", HERE / "desk79"), ("desk80", HERE / "desk80"),
           ("desk81", HERE / "desk81"), ("desk82", HERE / "desk82"),
           ("desk83", HERE / "desk83"), ("desk84", HERE / "desk84"),
           ("desk85", HERE / "desk85"), ("desk86", HERE / "desk86"),
           ("desk87", HERE / "desk87"), ("desk88", HERE / "desk88"),
           ("desk89", HERE / "desk89"), ("desk90", HERE / "desk90"),
           ("desk91", HERE / "desk91"), ("desk92", HERE / "desk92"),
           ("desk93", HERE / "desk93"), ("desk94", HERE / "desk94"),
           ("desk95", HERE / "desk95"), ("desk96", HERE / "desk96"),
           ("desk97", HERE / "desk97"), ("desk98", HERE / "desk98"),
           ("desk99", HERE / "desk99"), ("desk100", HERE / "desk100"),
           ("desk101", HERE / "desk101"), ("desk102", HERE / "desk102"),
           ("desk103", HERE / "desk103"), ("desk104", HERE / "desk104"),
           ("desk105", HERE / "desk105"), ("desk106", HERE / "desk106"),
           ("desk107", HERE / "desk107"), ("desk108", HERE / "desk108"),
           ("desk109", HERE / "desk109"), ("desk110", HERE / "desk110"),
           ("desk111", HERE / "desk111"), ("desk112", HERE / "desk112"),
           ("desk113", HERE / "desk113"), ("desk114", HERE / "desk114"),
           ("desk115", HERE / "desk115"), ("desk116", HERE / "desk116"),
           ("desk117", HERE / "desk117"),
           ("desk118", HERE / "desk118"), ("desk119", HERE / "desk119"),
           ("desk120", HERE / "desk120"), ("desk121", HERE / "desk121"),
           ("desk122", HERE / "desk122"), ("desk123", HERE / "desk123"),
           ("desk124", HERE / "desk124"), ("desk125", HERE / "desk125"),
           ("desk126", HERE / "desk126"), ("desk127", HERE / "desk127"),
           ("desk128", HERE / "desk128"), ("desk129", HERE / "desk129"),
           ("desk130", HERE / "desk130"), ("desk131", HERE / "desk131"),
           ("desk132", HERE / "desk132"), ("desk133", HERE / "desk133"),
           ("desk134", HERE / "desk134"), ("desk135", HERE / "desk135"),
           ("desk136", HERE / "desk136"), ("desk137", HERE / "desk137"),
           ("desk138", HERE / "desk138"), ("desk139", HERE / "desk139"),
           ("desk140", HERE / "desk140"), ("desk141", HERE / "desk141"),
           ("desk142", HERE / "desk142"), ("desk143", HERE / "desk143"),
           ("desk144", HERE / "desk144"), ("desk145", HERE / "desk145"),
           ("desk146", HERE / "desk146"), ("desk147", HERE / "desk147"),
           ("desk148", HERE / "desk148"), ("desk149", HERE / "desk149"),
           ("desk150", HERE / "desk150"), ("desk151", HERE / "desk151"),
           ("desk152", HERE / "desk152"), ("desk153", HERE / "desk153"),
           ("desk154", HERE / "desk154"), ("desk155", HERE / "desk155"),
           ("desk156", HERE / "desk156"), ("desk157", HERE / "desk157"),
           ("desk158", HERE / "desk158"), ("desk159", HERE / "desk159"),
           ("desk160", HERE / "desk160"), ("desk161", HERE / "desk161"),
           ("desk162", HERE / "desk162"), ("desk163", HERE / "desk163"),
           ("desk164", HERE / "desk164"), ("desk165", HERE / "desk165"),
           ("desk166", HERE / "desk166"), ("desk167", HERE / "desk167"),
           ("desk168", HERE / "desk168"), ("desk169", HERE / "desk169"),
           ("desk170", HERE / "desk170"), ("desk171", HERE / "desk171"))
DERSTANDARD_STEP = 25  # every 25th article: indices 0, 25, …, 1025 → 42 articles
ROUND2_OFFSET = 12  # second judging round, unseen by the first calibration: 12, 37, …, 1012 → 41
ROUND3_OFFSET = 6  # third round, judged after all development: 6, 31, …, 1006 → 41
# fourth round, reserved (no lexicon author or rule saw it; the word model's common-word table
# leaves it out) and judged after the development of 2026-11-30's second session: 18, 43, …, 1018
ROUND4_OFFSET = 18
# fifth round, reserved the same way (lexicon authors' tool and common-word table skip it) and
# judged after the development of the same session's second half: 3, 28, …, 1003
ROUND5_OFFSET = 3
# sixth round, reserved at the start of 2026-11-30's third session (helpers' corpus tool and the
# common-word table skipped it) and judged after its development: 21, 46, …, 1021
ROUND6_OFFSET = 21
# seventh round, reserved during 2026-11-30's third session (partly unseen: earlier
# sessions' lexicon authors saw some of its contexts) and judged after the fourth session's
# development: 9, 34, …, 1009
ROUND7_OFFSET = 9
# eighth round, reserved at the start of 2026-11-30's fifth session, before its development (the
# lexicon authors' corpus tool and the common-word table skip it); judged after that development:
# 15, 40, …, 1015
ROUND8_OFFSET = 15
# ninth round, reserved at the first step of 2026-11-30's sixth session, before its development
# (the lexicon authors' corpus tool and the common-word table skip it): 24, 49, …, 1024
ROUND9_OFFSET = 24
# tenth round, reserved at the first step of 2026-12-01's first session, before its development
# (the lexicon authors' corpus tool and the common-word table skip it) and judged after that
# development: 1, 26, …, 1026
ROUND10_OFFSET = 1
# eleventh round, reserved on 2026-12-01 right after round 10's judging, before the fixes chosen
# from its verdicts (the lexicon authors' corpus tool and the common-word table skip it), judged
# after them: 2, 27, …, 1027
ROUND11_OFFSET = 2
# twelfth round, reserved at the first step of 2026-12-01's second session, before its development
# (the corpus tool and the common-word table skip it): 4, 29, …, 1004
ROUND12_OFFSET = 4
# thirteenth round, reserved on 2026-12-01 (second session) right after round 12 went to its
# judges, before the fixes chosen from its verdicts (the corpus tool and the common-word table
# skip it): 5, 30, …, 1005
ROUND13_OFFSET = 5
# fourteenth round, reserved at the first step of 2026-12-01's third session, before its
# development (the corpus tool and the common-word table skip it), and judged after that
# development on engine 1802d3a: 7, 32, …, 1007
ROUND14_OFFSET = 7
# fifteenth round, reserved on 2026-12-01 (third session) right after round 14 went to its judges,
# before the fixes chosen from its verdicts (the corpus tool and the common-word table skip it),
# and judged after them on engine bc43407: 8, 33, …, 1008
ROUND15_OFFSET = 8
# sixteenth round, reserved at the first step of 2026-12-01's fourth session, before its
# development (the corpus tool and the common-word table skip it), and judged after that
# development on engine 428d680, with the contextual word model's findings: 10, 35, …, 1010
ROUND16_OFFSET = 10
# seventeenth round, reserved at the first step of 2026-12-01's fifth session, before its
# development (the corpus tool and the common-word table skip it), and judged after that
# development on engine a6fa3c2 with the default classifier: 11, 36, …, 1011. The last offset no
# session had judged.
ROUND17_OFFSET = 11
# the judging rounds: subset name and the offset of its every-25th selection (the word model's
# common-word table leaves the same articles out: analyzer/_wordmodel_training.py)
ROUNDS = (("derstandard", 0), ("derstandard-r2", ROUND2_OFFSET), ("derstandard-r3", ROUND3_OFFSET),
          ("derstandard-r4", ROUND4_OFFSET), ("derstandard-r5", ROUND5_OFFSET),
          ("derstandard-r6", ROUND6_OFFSET), ("derstandard-r7", ROUND7_OFFSET),
          ("derstandard-r8", ROUND8_OFFSET), ("derstandard-r9", ROUND9_OFFSET),
          ("derstandard-r10", ROUND10_OFFSET), ("derstandard-r11", ROUND11_OFFSET),
          ("derstandard-r12", ROUND12_OFFSET), ("derstandard-r13", ROUND13_OFFSET),
          ("derstandard-r14", ROUND14_OFFSET), ("derstandard-r15", ROUND15_OFFSET),
          ("derstandard-r16", ROUND16_OFFSET), ("derstandard-r17", ROUND17_OFFSET))
# The round reserved before the development it will judge: no document selection here reads
# it, the lexicon authors' corpus tool skips it and the common-word table leaves it out. A new one
# is reserved at the start of a session's development, before anyone reads its articles (set it
# here, add it to analyzer/_wordmodel_training.PRECISION_SET_OFFSETS and rebuild the common-word
# table). Rounds 10 (offset 1) and 11 (offset 2) were judged in the session that reserved them;
# rounds 12 (offset 4), 13 (offset 5) and 14 (offset 7) were judged in the session that reserved
# them, and so were round 15 (offset 8) and round 16 (offset 10, reserved at the fourth session of
# 2026-12-01) and round 17 (offset 11, the fifth session). No offset is left for a new round: every
# other offset was open to earlier sessions' corpus tool (20, 22 and 23 belong to the recall set:
# RECALL_OFFSETS; 13, 14, 16, 17 and 19 judge the context model's findings: CONTEXT_OFFSETS).
RESERVED_OFFSET = ROUND17_OFFSET
# The recall set (bench/bench_recall.py) takes every 25th article from index 20 and 23 (open to
# development) and from index 22 (its dev part, closed to development like a judging round: the
# corpus tool skips it). None of these offsets may become a judging round.
RECALL_OFFSETS = (20, 22, 23)
# The contextual word model's findings only (ids "context.…"), judged on every 25th article from
# these offsets: articles open to earlier sessions' development that the context model never
# trained on (it learned from the recall set's gold spans), judged right after it shipped, on
# engine 428d680 (2026-12-01, fourth session). Its 19 findings on round 16 are judged there.
CONTEXT_OFFSETS = (13, 14, 16, 17, 19)
RECALL_DEV_OFFSET = 22


def unseen_offsets() -> frozenset[int]:
    """Offsets (of the every-25th selection) that development must not look at."""
    return frozenset({offset for _, offset in ROUNDS} | {RESERVED_OFFSET})

STRONG = 0.4
# The corpus lost most quotation marks; articles that kept some are the only place to judge
# scare quotes on real Der Standard copy.
_QUOTE_MARKS = ('"', "„", "“", "”", "»", "«")
_TRIM = " \t\r\n\u00a0.,;:!?…-–—„“”‚‘’\"'«»‹›()[]"


@dataclass(frozen=True, slots=True)
class Doc:
    source: str  # "derstandard:<index>" or "agency:<file stem>"
    text: str
    subset: str  # "derstandard", "agency"; "derstandard-quotes", "semeval-quotes": scare quotes only
    only: str | None = None  # judge only this category (or, ending in ".", this id prefix) here

    def judges(self, finding: Finding) -> bool:
        """Whether this document's verdicts cover the finding (``only`` restricts them)."""
        if self.only is None:
            return True
        if self.only.endswith("."):
            return finding.id.startswith(self.only)
        return finding.category == self.only


@dataclass(frozen=True, slots=True)
class Item:
    doc: Doc
    finding: Finding  # as the pipeline reports it (calibrated weights)
    key: tuple[str, int, int, str]
    prior: float  # the uncalibrated lexicon / rule / model weight
    shown: bool = True  # not hidden by the calibration floor (what an editor sees)
    report: bool = False  # in a plain report: shown only from REPORT_FLOOR (pipeline)


def documents() -> list[Doc]:
    """The fixed selection: every 25th Der Standard article, seven more rounds judged later
    (``ROUNDS``: every 25th from index 12, 6, 18, 3, 21, 9 and 15, each unseen by the engine it
    judged), the written texts and, for scare quotes only, every other Der Standard article that
    still has quotation marks."""
    from bench._data import derstandard_articles

    arts = derstandard_articles()
    docs = [Doc(f"derstandard:{i}", arts[i], subset)
            for subset, offset in ROUNDS for i in range(offset, len(arts), DERSTANDARD_STEP)]
    for subset, folder in WRITTEN:
        docs.extend(Doc(f"{subset}:{path.stem}", path.read_text(encoding="utf-8"), subset)
                    for path in sorted(folder.glob("*.txt")))
    docs.extend(Doc(f"derstandard:{i}", t, "derstandard-quotes", "scare_quote")
                for i, t in enumerate(arts)
                if i % DERSTANDARD_STEP not in unseen_offsets()
                and any(q in t for q in _QUOTE_MARKS))
    docs.extend(Doc(f"derstandard:{i}", arts[i], "derstandard-context", "context.")
                for offset in CONTEXT_OFFSETS for i in range(offset, len(arts), DERSTANDARD_STEP))
    docs.extend(semeval_quote_docs())
    return docs


def semeval_quote_docs() -> list[Doc]:
    """The SemEval-2023 German persuasion articles, scare quotes only: real copy whose quote
    marks survived (the Der Standard corpus lost them). Research use only: the verdicts keep
    offsets and the short finding text, never sentences. Skipped when the data is absent."""
    from bench._data import SHARED

    base = SHARED / "data" / "semeval2023_persuasion_de" / "articles"
    if not base.is_dir():
        print(f"note: {base.relative_to(SHARED)} not found; the semeval-quotes subset is "
              "skipped", file=sys.stderr)
        return []
    docs = []
    for path in sorted(base.glob("article*.txt"), key=lambda p: int(p.stem[7:] or 0)):
        with open(path, encoding="utf-8", newline="") as fh:  # offsets count CRLF as two
            text = fh.read()
        docs.append(Doc(f"semeval:{path.stem.removeprefix('article')}", text, "semeval-quotes",
                        "scare_quote"))
    return docs


def span_key(source: str, text: str, start: int, end: int, category: str
             ) -> tuple[str, int, int, str]:
    """Span trimmed of quote marks, punctuation and spaces: "räumte ein," == "räumte ein"."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (source, start, end, category)


# The sentence classifier the judged engine runs. "default" is what an editor gets
# (``analyze()``'s default): with it the contextual word model adds its findings (kind
# ``context``, analyzer/contextmodel.py); every other finding is the same with None, which runs
# much faster (``--classifier none``: the figures of the kinds judged before the context model).
JUDGED_CLASSIFIER: str | None = "default"


def make_engine(calibrate: bool = True) -> Analyzer:
    """The engine an editor gets (lexicon, rules, learned word model, the context model with the
    default classifier; ``JUDGED_CLASSIFIER``).

    ``calibrate=False`` keeps the lexicon / rule weights: the priors of the calibration.
    """
    return Analyzer(classifier=JUDGED_CLASSIFIER, calibrate=calibrate)


def collect(docs: Sequence[Doc]) -> list[Item]:
    """Author-voice findings with their calibrated weights and uncalibrated prior weights.

    Findings the calibration floor hides (``calibration.FLOOR``) are kept here, so that a
    cross-validated calibration can decide about them; ``shown`` tells them apart. A plain
    report (``analyzer.pipeline.plain_report``, decided on the calibrated weights as the editors'
    engine does) has no appeal findings and shows only findings from ``REPORT_FLOOR``."""
    engine = make_engine(calibrate=False)  # uncalibrated: it leaves the plain-report rule to us
    cal = calibration.load()
    newsroom = calibration.newsroom_ids(engine.lexicon)
    items = []
    for doc in docs:
        result: DocumentResult = engine.analyze(doc.text)
        author = [f for f in result.findings if f.voice == "author"]
        plain = is_plain_report(sum(s.words for s in result.sentences),
                                calibration.apply(author, cal, newsroom, min_weight=0.0))
        for raw in author:
            if not doc.judges(raw) or (plain and raw.category == "appeal"):
                continue
            f = calibration.apply([raw], cal, newsroom, floor=False)[0]
            shown = bool(calibration.apply([raw], cal, newsroom)) and not (
                plain and f.weight < REPORT_FLOOR and f.id not in newsroom)
            items.append(Item(doc, f, span_key(doc.source, doc.text, f.start, f.end, f.category),
                              raw.base_weight, shown, plain))
    return items


BLIND_WEIGHTS = HERE / "blind_weights.jsonl"


def load_blind_rows(path: Path = BLIND_WEIGHTS) -> list[dict]:
    """Findings judged blind with the weights their engine reported (research/blind_rows.py):
    the data of the calibration's transfer to unseen copy."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def load_all_verdicts(folder: Path = HERE) -> dict[tuple[str, int, int, str], dict]:
    """Every ``verdicts*.jsonl`` in the folder (one file per judging round or subset)."""
    out: dict[tuple[str, int, int, str], dict] = {}
    for path in sorted(folder.glob("verdicts*.jsonl")):
        out.update(load_verdicts(path))
    return out


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, int, int, str], dict]:
    out: dict[tuple[str, int, int, str], dict] = {}
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            v = json.loads(line)
            key = (v["source"], int(v["start"]), int(v["end"]), v["category"])
            if v["verdict"] not in ("right", "wrong"):
                raise ValueError(f"verdict must be right|wrong, not {v['verdict']!r}")
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"error: {path.name}:{n}: {exc}") from None
        out[key] = v
    return out


def context(doc: Doc, start: int, end: int, width: int = 260) -> str:
    """The finding marked [[…]] with the surrounding text (for review only, never stored)."""
    a = max(0, start - width)
    b = min(len(doc.text), end + width)
    s = doc.text[a:start] + "[[" + doc.text[start:end] + "]]" + doc.text[end:b]
    return " ".join(s.split())


def _pct(right: int, judged: int) -> str:
    return f"{right / judged:6.1%}" if judged else "     –"


def _table(title: str, rows: Iterable[tuple[str, int, int]], width: int = 34) -> None:
    print(title)
    for name, right, judged in rows:
        print(f"  {name:<{width}} {_pct(right, judged)}  {right:>4} / {judged:<4}")


def _is_artifact(v: dict) -> bool:
    return bool(v.get("artifact"))


def _block(label: str, judged: Sequence[tuple[Item, bool]]) -> None:
    r = sum(ok for _, ok in judged)
    print(f"\n== {label}: {_pct(r, len(judged)).strip()} right ({r} / {len(judged)})")
    by_cat: dict[str, list[bool]] = defaultdict(list)
    by_src: dict[str, list[bool]] = defaultdict(list)
    for it, ok in judged:
        by_cat[it.finding.category].append(ok)
        by_src[it.doc.subset].append(ok)
    _table("per source:", sorted((k, sum(v), len(v)) for k, v in by_src.items()))
    _table("per category:", sorted(((k, sum(v), len(v)) for k, v in by_cat.items()),
                                    key=lambda r: (-r[2], r[0])))


def report(items: Sequence[Item], verdicts: dict, sources: int) -> None:
    """Precision overall, per source, category, id and weight band; causes of wrong findings."""
    hidden = [it for it in items if not it.shown]
    items = [it for it in items if it.shown]
    judged_all = [(it, verdicts[it.key]["verdict"] == "right") for it in items
                  if it.key in verdicts]
    judged = [(it, ok) for it, ok in judged_all if not _is_artifact(verdicts[it.key])]
    unjudged = [it for it in items if it.key not in verdicts]
    stale = len(set(verdicts) - {it.key for it in items})
    artifacts = len(judged_all) - len(judged)
    print(f"Precision set: {sources} documents, {len(items)} author-voice findings, "
          f"{len(judged_all)} judged, {len(unjudged)} unjudged; {stale} verdicts no longer "
          "produced (ignored)")
    hidden_judged = [verdicts[it.key]["verdict"] == "right" for it in hidden
                     if it.key in verdicts and not _is_artifact(verdicts[it.key])]
    print(f"{len(hidden)} more findings are hidden by the calibration floors (base weight < "
          f"{calibration.FLOOR} or reported weight < {calibration.SHOWN_FLOOR}); "
          f"{sum(hidden_judged)} of the {len(hidden_judged)} judged among them were right.")
    print(f"{artifacts} judged findings sit in direct speech whose quote marks the Der Standard "
          "corpus has stripped (a corpus artifact, wrong on this text but not on real copy); "
          "the figures below leave them out, the last block counts them as wrong.")
    strong = [(it, ok) for it, ok in judged if it.finding.weight >= STRONG]
    _block("all author-voice findings", judged)
    _block(f"author-voice findings with weight ≥ {STRONG}", strong)
    by_id: dict[str, list[bool]] = defaultdict(list)
    for it, ok in judged:
        by_id[it.finding.id].append(ok)
    print()
    _table("per rule / entry id (all author-voice findings):",
           sorted(((k, sum(v), len(v)) for k, v in by_id.items()), key=lambda r: (-r[2], r[0])),
           width=44)
    print("\nper weight band (is a higher weight more reliable?):")
    for lo, hi in ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        sub = [ok for it, ok in judged if lo <= it.finding.weight < hi]
        print(f"  {lo:.1f}–{min(hi, 1.0):.1f}  {_pct(sum(sub), len(sub))}  "
              f"{sum(sub):>4} / {len(sub)}")
    reasons = Counter((it.finding.category, verdicts[it.key].get("reason", ""))
                      for it, ok in judged if not ok)
    print("\nmost frequent causes of wrong findings (count  category: reason):")
    for (cat, reason), n in reasons.most_common(15):
        print(f"  {n:>3}  {cat}: {reason}")
    by_art = Counter(it.finding.category for it, _ in judged_all if _is_artifact(verdicts[it.key]))
    print("  (stripped-quote artifact, left out above: "
          + ", ".join(f"{c} {n}" for c, n in by_art.most_common()) + ")")
    r_all = sum(ok for _, ok in judged_all)
    r_strong = [(it, ok) for it, ok in judged_all if it.finding.weight >= STRONG]
    print(f"\n== including the stripped-quote artifact: all {_pct(r_all, len(judged_all)).strip()} "
          f"({r_all} / {len(judged_all)}), weight ≥ {STRONG} "
          f"{_pct(sum(ok for _, ok in r_strong), len(r_strong)).strip()} "
          f"({sum(ok for _, ok in r_strong)} / {len(r_strong)})")
    _uncalibrated_note(judged)
    print(f"\nunjudged: {len(unjudged)}" + (" (list: --unjudged)" if unjudged else ""))


def _uncalibrated_note(judged: Sequence[tuple[Item, bool]]) -> None:
    """Findings the pipeline leaves at their own weight: what calibrating them would change."""
    cal = calibration.load()
    if cal is None:
        return
    after, raw = [], []
    for it, ok in judged:
        f = it.finding
        w = f.weight
        if f.base_weight == it.prior and f.base_weight > 0:
            w = calibration.apply([f], cal)[0].weight
            if abs(w - f.weight) > 1e-6:
                raw.append(it)
        after.append((w, ok))
    if not raw:
        return
    kinds = sorted({calibration.kind_of(it.finding.id) for it in raw})
    strong = [ok for w, ok in after if w >= STRONG]
    print(f"\n{len(raw)} judged findings ({', '.join(kinds)}) keep their own weight in the "
          f"pipeline; calibrated too, weight ≥ {STRONG} would be "
          f"{_pct(sum(strong), len(strong)).strip()} right ({sum(strong)} / {len(strong)})")


def cross_validated(items: Sequence[Item], verdicts: dict, holdout: str | None = None) -> None:
    """Leave one document out: weights from the other documents' verdicts, judged on this one.

    ``holdout``: instead, weights from every other subset, judged on this subset (a judging
    round the weights have never seen)."""
    judged = [it for it in items if it.key in verdicts and not _is_artifact(verdicts[it.key])]
    if holdout:
        folds = [{it.doc.source for it in judged if it.doc.subset == holdout}]
        if not folds[0]:
            raise SystemExit(f"error: no judged finding in subset {holdout!r}")
    else:
        folds = [{src} for src in sorted({it.doc.source for it in judged})]
    hits = []
    blind = load_blind_rows()
    for fold in folds:
        train = [_record(it, verdicts) for it in judged if it.doc.source not in fold]
        # the transfer, too, without the held-out texts' blind verdicts
        unseen = [x for x in blind if x["source"] not in fold
                  and not (holdout and x["subset"] == holdout)]
        cal = calibration.Calibration.from_dict(calibration.build(train, unseen))
        test = [it for it in judged if it.doc.source in fold]
        for it in test:
            f = it.finding
            w, base = f.weight, f.base_weight
            if f.base_weight != it.prior and f.base_weight > 0:  # the pipeline calibrates it
                raw = replace(f, weight=it.prior * f.weight / f.base_weight, base_weight=it.prior)
                kept = calibration.apply([raw], cal)
                if not kept:
                    continue  # this fold's calibration hides it
                w = kept[0].weight
            elif base < calibration.FLOOR:
                continue
            if it.report and w < REPORT_FLOOR:
                continue  # a plain report shows only the findings from REPORT_FLOOR
            hits.append((w, verdicts[it.key]["verdict"] == "right", f.category, it.doc.subset))
    strong = [(ok, c, sub) for w, ok, c, sub in hits if w >= STRONG]
    r = sum(ok for ok, _, _ in strong)
    r_all = sum(ok for _, ok, _, _ in hits)
    label = (f"weights from the other subsets, judged on {holdout}" if holdout else
             f"leave-one-document-out ({len(folds)} documents)")
    print(f"{label}: all shown findings {_pct(r_all, len(hits)).strip()} right "
          f"({r_all} / {len(hits)}); weight ≥ {STRONG}: "
          f"{_pct(r, len(strong)).strip()} right ({r} / {len(strong)})")
    sq = [ok for ok, c, _ in strong if c == "scare_quote"]
    print(f"  scare_quote ≥ {STRONG}: {_pct(sum(sq), len(sq)).strip()} ({sum(sq)} / {len(sq)})")
    bands: dict[str, list[bool]] = defaultdict(list)
    for w, ok, _, _ in hits:
        low = min(int(w * 10) / 10, 0.8)
        bands[f"{low:.1f}–{low + 0.1:.1f}"].append(ok)
    _table("per weight band, weights fitted without the finding's document or subset (is a higher "
           "weight more reliable?):",
           sorted((k, sum(v), len(v)) for k, v in bands.items()))
    for title, pos in (("per source", 2), ("per category", 1)):
        groups: dict[str, list[bool]] = defaultdict(list)
        for row in strong:
            groups[row[pos]].append(row[0])
        _table(f"{title} (≥ {STRONG}):", sorted(((k, sum(v), len(v)) for k, v in groups.items()),
                                               key=lambda x: (-x[2], x[0])))


def _record(it: Item, verdicts: dict) -> dict:
    """One judged finding for ``calibration.build``; base_weight is the uncalibrated prior."""
    f = it.finding
    return {"id": f.id, "category": f.category, "lexicon_weight": it.prior,
            "sample": it.doc.only is None,
            "right": verdicts[it.key]["verdict"] == "right"}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="list unjudged findings")
    parser.add_argument("--classifier", choices=("default", "none"), default="default",
                        help="sentence classifier of the judged engine (default: the editors' "
                             "engine, with the context model's findings; none: faster, without)")
    parser.add_argument("--stubs", action="store_true", help="with --unjudged: JSONL stubs")
    parser.add_argument("--show", action="store_true", help="list judged findings with context")
    parser.add_argument("--verdict", choices=("right", "wrong"), help="filter for --show")
    parser.add_argument("--category", help="filter for --show / --unjudged")
    parser.add_argument("--source", help="filter by source prefix (e.g. agency, derstandard:25)")
    parser.add_argument("--cv", action="store_true", help="leave-one-document-out check")
    parser.add_argument("--holdout", metavar="SUBSET",
                        help="weights from the other subsets, judged on SUBSET (e.g. derstandard-r2)")
    parser.add_argument("--write-calibration", action="store_true",
                        help=f"regenerate {calibration.DATA_FILE.name} from the verdicts")
    args = parser.parse_args(argv)
    global JUDGED_CLASSIFIER
    JUDGED_CLASSIFIER = None if args.classifier == "none" else args.classifier
    docs = documents()
    if args.source:
        docs = [d for d in docs if args.source in (d.source, d.subset)
                or d.source.startswith(args.source + ":")]
        if not docs:
            raise SystemExit(f"error: no document matches --source {args.source}")
    items = collect(docs)
    verdicts = load_all_verdicts()
    shown = [it for it in items if not args.category or it.finding.category == args.category]
    if args.unjudged:
        for it in shown:
            if it.key in verdicts:
                continue
            f = it.finding
            src, s, e, cat = it.key
            if args.stubs:
                short = it.doc.text[s:e]
                if src.startswith("derstandard") and len(short) > 40:
                    short = short[:40] + "…"  # CC BY-NC-SA: no sentences in the repo
                print(json.dumps({"source": src, "start": s, "end": e, "text": short,
                                  "category": cat, "id": f.id, "verdict": "", "reason": ""},
                                 ensure_ascii=False))
                print("#   " + context(it.doc, f.start, f.end))
            else:
                print(f"{src} {s}-{e} {cat} {f.id} w={f.weight:.2f}\n    {context(it.doc, f.start, f.end)}")
        return
    if args.show:
        for it in shown:
            v = verdicts.get(it.key)
            if v is None or (args.verdict and v["verdict"] != args.verdict):
                continue
            f = it.finding
            print(f"{it.key[0]} {f.category} {f.id} w={f.weight:.2f} {v['verdict'].upper()}: "
                  f"{v.get('reason', '')}\n    {context(it.doc, f.start, f.end)}")
        return
    if args.write_calibration:
        records = [_record(it, verdicts) for it in items
                   if it.key in verdicts and not _is_artifact(verdicts[it.key])]
        data = calibration.build(records, load_blind_rows())
        calibration.DATA_FILE.write_text(calibration.dumps(data), encoding="utf-8")
        print(f"wrote {calibration.DATA_FILE.name}: {len(records)} judged findings, "
              f"{len(data['ids'])} ids, global precision {data['global']['precision']:.3f}")
        return
    report(items, verdicts, len(docs))
    if args.cv:
        print()
        cross_validated(items, verdicts)
    if args.holdout:
        print()
        cross_validated(items, verdicts, args.holdout)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.exit(0)
