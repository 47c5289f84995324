"""Dev helper for lexicon authors: validate a lexicon file, run its examples, show hit rates."""

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
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
