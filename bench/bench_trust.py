"""Does the engine cry wolf? Author-voice findings on CheckThat! German SUBJ vs OBJ sentences.

    python -m bench.bench_trust [--classifier none|fast|default]

Targets (issue 2): share of SUBJ sentences with an author-voice finding >= 2x the OBJ share;
findings of weight >= 0.6 in author voice hit at most 10% of OBJ sentences.
"""

from __future__ import annotations

import argparse
from collections import Counter

from analyzer.pipeline import Analyzer
from bench._data import checkthat_rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=15, help="noisiest entries to list")
    parser.add_argument("--classifier", choices=("none", "fast", "default"), default="none",
                        help="none (findings only, the figures of earlier sessions) or a "
                             "sentence classifier; default adds the context model's findings "
                             "(its sentence classifier was fine-tuned on CheckThat! itself)")
    args = parser.parse_args()
    engine = Analyzer(classifier=None if args.classifier == "none" else args.classifier)
    rows = checkthat_rows()
    total: Counter[str] = Counter()
    any_hit: Counter[str] = Counter()
    strong_hit: Counter[str] = Counter()
    per_entry: Counter[tuple[str, str]] = Counter()
    per_category: Counter[tuple[str, str]] = Counter()  # sentences with an author finding
    strong_entry: Counter[tuple[str, str]] = Counter()
    for row in rows:
        label = row["label"]
        total[label] += 1
        result = engine.analyze(row["sentence"])
        author = [f for f in result.findings if f.voice == "author"]
        if author:
            any_hit[label] += 1
        if any(f.weight >= 0.6 for f in author):
            strong_hit[label] += 1
        for f in author:
            per_entry[(f.id, label)] += 1
        for cat in {f.category for f in author}:
            per_category[(cat, label)] += 1
        for fid in {f.id for f in author if f.weight >= 0.6}:
            strong_entry[(fid, label)] += 1
    subj = any_hit["SUBJ"] / total["SUBJ"]
    obj = any_hit["OBJ"] / total["OBJ"]
    strong_obj = strong_hit["OBJ"] / total["OBJ"]
    print(f"CheckThat! German, all splits: {total['SUBJ']} SUBJ, {total['OBJ']} OBJ sentences")
    print(f"author-voice finding: SUBJ {subj:.1%}  OBJ {obj:.1%}  ratio {subj / obj:.2f} "
          f"(target >= 2.0)")
    print(f"author-voice weight >= 0.6: SUBJ {strong_hit['SUBJ'] / total['SUBJ']:.1%}  "
          f"OBJ {strong_obj:.1%} (target OBJ <= 10%)")
    print("by category, share of sentences with an author-voice finding (SUBJ / OBJ, lift):")
    for cat in sorted({c for c, _ in per_category}, key=lambda c: -per_category[(c, "OBJ")]):
        s_share = per_category[(cat, "SUBJ")] / total["SUBJ"]
        o_share = per_category[(cat, "OBJ")] / total["OBJ"]
        lift = f"{s_share / o_share:.2f}" if o_share else "inf"
        print(f"  {cat}: {s_share:.1%} / {o_share:.1%}  lift {lift}")
    print("entries behind severe (>= 0.6) author findings on OBJ sentences (OBJ / SUBJ):")
    for i in sorted({i for i, _ in strong_entry}, key=lambda i: -strong_entry[(i, "OBJ")])[:8]:
        print(f"  {i}: {strong_entry[(i, 'OBJ')]} / {strong_entry[(i, 'SUBJ')]}")
    print("noisiest entries on OBJ sentences (OBJ hits / SUBJ hits):")
    ids = {i for i, _ in per_entry}
    for i in sorted(ids, key=lambda i: -per_entry[(i, "OBJ")])[:args.show]:
        print(f"  {i}: {per_entry[(i, 'OBJ')]} / {per_entry[(i, 'SUBJ')]}")


if __name__ == "__main__":
    main()
