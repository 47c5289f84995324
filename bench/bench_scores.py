"""Do document scores agree across the sentence-model settings? ("genau", "schnell", "aus")

    python -m bench.bench_scores [--articles 100] [--offset 0] [--center]

Target (issue 9): mean absolute difference of document scores between "genau" (default
classifier) and "aus" (no classifier) ≤ 5 points on 100 Der Standard articles. ``--center``
also prints each model's mean P(SUBJ) per word on the chosen articles: the constant
``scoring.SUBJECTIVITY_CENTER`` was measured this way on articles 500–699 (``--offset 500
--articles 200``), never on the first 100 the target is checked on.
"""

from __future__ import annotations

import argparse
import statistics

from analyzer.pipeline import Analyzer
from bench._data import derstandard_articles

SETTINGS = {"aus": None, "schnell": "fast", "genau": "default"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100, help="articles to score (default 100)")
    parser.add_argument("--offset", type=int, default=0, help="first article (default 0)")
    parser.add_argument("--center", action="store_true",
                        help="print the word-weighted mean P(SUBJ) of each model")
    args = parser.parse_args()
    texts = derstandard_articles()[args.offset:args.offset + args.articles]
    scores: dict[str, list[float]] = {}
    for name, clf in SETTINGS.items():
        engine = Analyzer(classifier=clf)
        results = [engine.analyze(t) for t in texts]
        scores[name] = [r.summary.score for r in results]
        if args.center and clf is not None:
            pairs = [(s.subjectivity, s.words) for r in results for s in r.sentences]
            mean_p = sum(p * w for p, w in pairs if p is not None) / sum(w for _, w in pairs)
            print(f"{name}: word-weighted mean P(SUBJ) {mean_p:.3f}")
        silent_high = sum(1 for r in results for s in r.sentences
                          if not s.findings and s.score >= 50)
        print(f"{name}: mean document score {statistics.mean(scores[name]):.1f} "
              f"(median {statistics.median(scores[name]):.1f}); sentences ≥ 50 without a finding: "
              f"{silent_high}")
    for name in ("schnell", "genau"):
        diffs = [abs(a - b) for a, b in zip(scores[name], scores["aus"], strict=True)]
        print(f"{name} vs aus on {len(texts)} articles: mean |Δ| {statistics.mean(diffs):.2f}, "
              f"max |Δ| {max(diffs):.2f}, mean Δ "
              f"{statistics.mean(a - b for a, b in zip(scores[name], scores['aus'], strict=True)):+.2f}"
              + ("  (target ≤ 5)" if name == "genau" else ""))


if __name__ == "__main__":
    main()
