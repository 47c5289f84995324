"""Word-choice coverage on expert persuasion spans (SemEval-2023 Task 3, German; research data).

    python -m bench.bench_persuasion [--folds 5] [--thresholds 0.4,0.5,0.6] [--classifier default]

Article-level cross-validation: for each fold the evaluative-word model is trained on the other
folds' articles (plus the non-SemEval training data, see ``analyzer/_wordmodel_training.py``) and
``Analyzer(classifier=None)`` analyzes the held-out articles. Reported for author-voice findings:

* coverage: share of Name_Calling-Labeling + Loaded_Language + Exaggeration-Minimisation spans
  that a finding overlaps (target >= 50 %),
* precision: share of findings that overlap an annotated span of any technique (target >= 70 %),

for the engine without the word model (baseline) and with it at each threshold.
``--classifier default`` runs the editors' engine: its contextual word model (``context.*``,
trained on mainstream gold spans, never on SemEval) adds its findings; the "model findings only"
line then counts both learned kinds.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from analyzer import _wordmodel_training as T
from analyzer.pipeline import Analyzer
from analyzer.results import Finding
from analyzer.wordmodel import WordModel

Span = tuple[str, int, int]


def score(findings_by_article: dict[str, Sequence[Finding]],
          articles: dict[str, tuple[str, list[Span]]]) -> dict[str, float]:
    """Coverage of word-choice spans and precision of author-voice findings."""
    n_spans = covered = n_find = inside = words = 0
    for aid, findings in findings_by_article.items():
        text, spans = articles[aid]
        words += len(text.split())
        author = [f for f in findings if f.voice == "author"]
        for tech, s, e in spans:
            if tech in T.WORD_CHOICE:
                n_spans += 1
                covered += any(f.start < e and s < f.end for f in author)
        for f in author:
            n_find += 1
            inside += any(f.start < e and s < f.end for _, s, e in spans)
    return {"coverage": covered / max(1, n_spans), "precision": inside / max(1, n_find),
            "findings": n_find, "per_1000_words": 1000 * n_find / max(1, words), "spans": n_spans}


def line(name: str, m: dict[str, float]) -> str:
    return (f"{name:<26} coverage {m['coverage']:6.1%}   precision {m['precision']:6.1%}   "
            f"findings {int(m['findings']):5d} ({m['per_1000_words']:.1f} / 1,000 words)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", default="0.4,0.5,0.6")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--classifier", choices=("none", "default"), default="none",
                    help="default: the editors' engine, with the contextual word model's findings "
                         "(trained on mainstream gold, never on SemEval)")
    args = ap.parse_args()
    clf = None if args.classifier == "none" else args.classifier
    thresholds = [float(x) for x in args.thresholds.split(",")]
    t0 = time.perf_counter()
    articles = T.semeval_articles()
    data, _sem = T.build_corpus()
    corpus = T.Corpus(data, T.Featurizer())
    models, _ = T.cross_validate(corpus, k=args.folds, c=args.c,
                                 log=lambda m: print(m, flush=True))
    base = Analyzer(classifier=clf, word_model=False)
    baseline = {a: base.analyze(articles[a][0]).findings for a in articles}
    print(f"\nSemEval-2023 German, {len(articles)} articles, {args.folds}-fold article-level CV "
          f"({time.perf_counter() - t0:.0f} s to train)")
    print(line("word model off", score(baseline, articles)))
    for th in thresholds:
        found: dict[str, Sequence[Finding]] = {}
        model_only: dict[str, Sequence[Finding]] = {}
        for held, fitted in models:
            engine = Analyzer(classifier=clf, word_model=WordModel(
                fitted.arrays, {**fitted.meta, "threshold": th}))
            for a in held:
                found[a] = engine.analyze(articles[a][0]).findings
                model_only[a] = [f for f in found[a] if f.id.startswith(("model.", "context."))]
        print(line(f"word model, p >= {th:.2f}", score(found, articles)))
        print(line("  (model findings only)", score(model_only, articles)))


if __name__ == "__main__":
    main()
