"""Recall on mainstream copy: how much of the evaluative wording a careful editor marks do we find?

    python -m bench.bench_recall [--show-missed] [--part dev|train|open|all] [--spans NAME]

Gold spans: ``bench/recall/spans.jsonl``, author-voice evaluative wording marked by independent
annotators (who never ran the engine) on 123 Der Standard articles (10kGNAD, research use; the
file keeps offsets and the short marked words only), every 25th article from index 20, 22 and 23
— offsets closed to the judging rounds. Fourteen articles were marked by two annotators; their
agreement is printed. Reported, for the engine an editor gets (``Analyzer(classifier=None)``,
calibrated, what is shown):

* recall: share of gold spans that an author-voice finding overlaps (all shown / weight >= 0.4),
  overall and per gold category;
* in-gold: share of shown author-voice findings that overlap a gold span. This is not precision
  (annotators miss things, and a finding on a real but unmarked judgement counts as outside), but
  it moves with it. ``appeal`` findings (the author's "wir") are left out of it: the annotation
  scheme has no such category (the annotators' brief listed the other twelve kinds; "certainty"
  falls under their "stance").

``--spans NAME`` reads ``bench/recall/NAME.jsonl`` instead: the blind sets (``blind_r12``: the
twelfth judging round's Der Standard articles and the desk7 texts, marked by three more annotators
before the engine they measure was judged), whose documents are "derstandard:<index>" or
"<deskN>:<file stem>" (measured whole; ``--part`` applies to the main set only).

``--classifier default`` measures the engine with the default sentence classifier, which adds the
contextual word model's findings (analyzer/contextmodel.py; trained on parts 20 and 23 and
``blind_r12``–``blind_r14``, so only the dev part is held-out copy for it); the default, none,
keeps the figures comparable with earlier sessions.

Parts: ``dev`` = index % 25 == 22 (never used to fit anything), ``train`` = index % 25 == 20
(open to development and the word model), ``open`` = index % 25 in (20, 23) (23 was marked
later), ``all`` = every part.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "recall"
SPANS = HERE / "spans.jsonl"
PARTS = {"dev": (22,), "train": (20,), "open": (20, 23), "all": (20, 22, 23)}
STRONG = 0.4
NOT_ANNOTATED = frozenset({"appeal"})  # categories the annotators were not asked to mark


@dataclass(frozen=True, slots=True)
class Gold:
    doc: str
    start: int
    end: int
    text: str
    category: str
    annotator: str


def _doc_id(doc: int | str) -> str:
    return f"derstandard:{doc}" if isinstance(doc, int) else doc


def doc_text(doc: str, articles: Sequence[str]) -> str:
    kind, name = doc.split(":", 1)
    if kind == "derstandard":
        return articles[int(name)]
    path = HERE.parent / "precision" / kind / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def _in_part(doc: str, offsets: Sequence[int]) -> bool:
    kind, name = doc.split(":", 1)
    return kind != "derstandard" or int(name) % 25 in offsets


def load(path: Path = SPANS) -> tuple[dict[str, list[Gold]], dict[str, dict[str, list[Gold]]]]:
    """Gold spans per document (primary annotator), and every annotator's spans per document."""
    per_annotator: dict[str, dict[str, list[Gold]]] = defaultdict(lambda: defaultdict(list))
    primary: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                a = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})") from None
            doc, who = _doc_id(a["doc"]), a["annotator"]
            if a.get("primary"):
                primary[doc] = who
            per_annotator[doc].setdefault(who, [])
            if not a.get("none"):
                per_annotator[doc][who].append(
                    Gold(doc, a["start"], a["end"], a["text"], a["category"], who))
    gold = {doc: by[primary.get(doc, sorted(by)[0])] for doc, by in per_annotator.items()}
    return gold, per_annotator


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def agreement(per_annotator: dict[str, dict[str, list[Gold]]]
              ) -> tuple[int, int, int, int, int]:
    """Docs marked twice: spans of the first annotator the second also marked, and vice versa."""
    docs = a_hit = a_all = b_hit = b_all = 0
    for by in per_annotator.values():
        if len(by) < 2:
            continue
        docs += 1
        x, y = (by[k] for k in sorted(by)[:2])
        a_all += len(x)
        b_all += len(y)
        a_hit += sum(any(_overlaps(g.start, g.end, h.start, h.end) for h in y) for g in x)
        b_hit += sum(any(_overlaps(g.start, g.end, h.start, h.end) for h in x) for g in y)
    return docs, a_hit, a_all, b_hit, b_all


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:5.1f} % ({k}/{n})" if n else "   n/a"


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=sorted(PARTS), default="all")
    ap.add_argument("--spans", default="spans", help="gold file bench/recall/NAME.jsonl")
    ap.add_argument("--show-missed", action="store_true", help="list the gold spans not found")
    ap.add_argument("--show-outside", action="store_true",
                    help="list shown findings that overlap no gold span")
    ap.add_argument("--no-word-model", action="store_true")
    ap.add_argument("--classifier", choices=("none", "default", "fast"), default="none",
                    help="sentence classifier (none keeps the figures comparable with earlier "
                         "sessions; default adds the context model's findings, as editors get)")
    ap.add_argument("--polarity-findings", action="store_true",
                    help="also PolArt polarity findings (off in the shipped engine)")
    args = ap.parse_args(argv)
    spans = HERE / f"{args.spans}.jsonl"
    if not spans.is_file():
        sys.exit(f"error: {spans} not found")
    from analyzer.pipeline import Analyzer
    from bench._data import derstandard_articles

    gold, per_annotator = load(spans)
    # the parts are the main set's offsets; another gold file is measured whole
    docs = sorted(d for d in gold if args.spans != "spans" or _in_part(d, PARTS[args.part]))
    arts = derstandard_articles()
    engine = Analyzer(classifier=None if args.classifier == "none" else args.classifier,
                      word_model=not args.no_word_model,
                      polarity_findings=args.polarity_findings)
    found = Counter()
    found_strong = Counter()
    total = Counter()
    shown = inside = shown_strong = inside_strong = words = 0
    missed: list[tuple[Gold, str]] = []
    outside: list[tuple[str, str, str, float]] = []
    for d in docs:
        text = doc_text(d, arts)
        words += len(text.split())
        fs = [f for f in engine.analyze(text).findings if f.voice == "author"]
        for g in gold[d]:
            total[g.category] += 1
            hit = [f for f in fs if _overlaps(f.start, f.end, g.start, g.end)]
            if hit:
                found[g.category] += 1
            else:
                missed.append((g, text[max(0, g.start - 70):g.end + 40].replace("\n", " ")))
            if any(f.weight >= STRONG for f in hit):
                found_strong[g.category] += 1
        for f in fs:
            if f.category in NOT_ANNOTATED:
                continue
            ins = any(_overlaps(f.start, f.end, g.start, g.end) for g in gold[d])
            shown += 1
            inside += ins
            if f.weight >= STRONG:
                shown_strong += 1
                inside_strong += ins
            if not ins:
                outside.append((d, f.category, text[f.start:f.end], f.weight))
    n = sum(total.values())
    part = args.part if args.spans == "spans" else "whole file"
    print(f"bench_recall: {args.spans}, {len(docs)} documents ({part}), {words} words, "
          f"{n} gold spans")
    print(f"  recall, any shown finding   {_pct(sum(found.values()), n)}")
    print(f"  recall, weight >= {STRONG}       {_pct(sum(found_strong.values()), n)}")
    print(f"  in-gold share of findings   {_pct(inside, shown)}   (weight >= {STRONG}: "
          f"{_pct(inside_strong, shown_strong)})")
    print(f"  findings per 1,000 words    {1000 * shown / max(words, 1):.1f}")
    print("  per gold category (found any / >= 0.4 / spans):")
    for cat, k in total.most_common():
        print(f"    {cat:20s} {found[cat]:4d} {found_strong[cat]:4d} {k:5d}")
    docs2, a_hit, a_all, b_hit, b_all = agreement(per_annotator)
    if docs2:
        print(f"  annotator agreement on {docs2} doubly marked articles: first's spans marked by "
              f"second {_pct(a_hit, a_all)}, second's by first {_pct(b_hit, b_all)}")
    if args.show_missed:
        print("\nmissed:")
        for g, ctx in missed:
            print(f"  [{g.doc}] {g.category:18s} {g.text!r:30s} … {ctx}")
    if args.show_outside:
        print("\nfindings outside gold:")
        for d, cat, t, w in outside:
            print(f"  [{d}] {cat:18s} {w:.2f} {t!r}")


if __name__ == "__main__":
    main()
