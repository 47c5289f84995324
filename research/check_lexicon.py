"""Dev helper for lexicon authors: validate a lexicon file, run its examples, show hit rates.

    python research/check_lexicon.py lexicons/idiom.jsonl [--news]

``--news`` also lists each entry's hits in the Der Standard corpus with contexts and voice.
"""

import csv
import os
import sys
from collections import Counter
from pathlib import Path

from analyzer.lexicon import LexiconError, load_file
from analyzer.matcher import Matcher
from analyzer.text import segment

# the shared research data: $TONLAGE_SHARED, else ../shared beside the checkout
DATA = Path(os.environ.get("TONLAGE_SHARED")
            or Path(__file__).resolve().parents[2] / "shared") / "data" / "checkthat_de"


def news_contexts(matcher: Matcher, per_entry: int = 4) -> None:
    """Hits of each entry in the Der Standard corpus, with contexts (reserved articles and the
    recall set's dev part skipped)."""
    from analyzer.pipeline import Analyzer
    from bench._data import derstandard_articles
    from bench.bench_precision import DERSTANDARD_STEP, RECALL_DEV_OFFSET, unseen_offsets

    closed = unseen_offsets() | {RECALL_DEV_OFFSET}
    arts = [a for i, a in enumerate(derstandard_articles()) if i % DERSTANDARD_STEP not in closed]
    engine = Analyzer(classifier=None, word_model=False)
    counts: Counter = Counter()
    voices: Counter = Counter()
    shown: dict[str, list[str]] = {}
    for art in arts:
        doc = segment(art)
        voice = {(f.start, f.end): f.voice for f in engine.analyze(art).findings}
        for s in doc.sentences:
            for m in matcher.find(s.tokens):
                eid = m.entry.id
                start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
                counts[eid] += 1
                v = next((vv for (a, b), vv in voice.items() if a < end and start < b), "?")
                voices[(eid, v)] += 1
                if len(shown.setdefault(eid, [])) < per_entry:
                    ctx = art[max(s.start, start - 60):min(s.end, end + 60)].replace("\n", " ")
                    shown[eid].append(f"[{v}] …{ctx}…")
    print(f"\nDer Standard ({len(arts)} articles, reserved ones skipped): hits per entry")
    for eid, n in counts.most_common():
        print(f"  {eid}: {n} (author {voices[(eid, 'author')]}, quoted {voices[(eid, 'quote')]})")
        for c in shown[eid]:
            print(f"      {c}")


def main() -> None:
    path = sys.argv[1]
    try:
        lex = load_file(path)
    except LexiconError as exc:
        print("FAIL", exc)
        sys.exit(1)
    matcher = Matcher(lex)

    def ids(text: str) -> set[str]:
        return {m.entry.id for s in segment(text).sentences for m in matcher.find(s.tokens)}

    fails = 0
    for e in lex.entries:
        for ex in e.examples:
            if e.id not in ids(ex):
                fails += 1
                print(f"FAIL example not matched: {e.id}: {ex!r}")
        for ex in e.counter_examples:
            if e.id in ids(ex):
                fails += 1
                print(f"FAIL counter-example matched: {e.id}: {ex!r}")
    rows = []
    for split in ("train", "dev", "dev_test", "test2024"):
        with open(DATA / f"{split}.tsv", encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    hits = {"SUBJ": 0, "OBJ": 0}
    strong = {"SUBJ": 0, "OBJ": 0}
    total = Counter(r["label"] for r in rows)
    per_entry: Counter = Counter()
    for r in rows:
        found = [m for s in segment(r["sentence"]).sentences for m in matcher.find(s.tokens)]
        if found:
            hits[r["label"]] += 1
        if any(m.entry.weight >= 0.6 for m in found):
            strong[r["label"]] += 1
        for m in found:
            per_entry[(m.entry.id, r["label"])] += 1
    print(f"{len(lex)} entries, {fails} failures")
    for lab in ("SUBJ", "OBJ"):
        print(f"{lab}: any hit {hits[lab] / total[lab]:.1%}, weight>=0.6 hit {strong[lab] / total[lab]:.1%}")
    noisy = sorted({eid for eid, lab in per_entry if lab == "OBJ"},
                   key=lambda eid: -per_entry[(eid, "OBJ")])[:15]
    for eid in noisy:
        print(f"  {eid}: OBJ {per_entry[(eid, 'OBJ')]} SUBJ {per_entry[(eid, 'SUBJ')]} "
              f"(weight {lex.by_id[eid].weight})")
    if "--news" in sys.argv:
        news_contexts(matcher)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
