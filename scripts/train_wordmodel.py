"""Train the evaluative-word model; write analyzer/models/words_model.{npz,json}, piece and common tables.

    .venv/bin/python scripts/train_wordmodel.py [--threshold 0.5] [--c 0.3] [--quick]

Needs the shared research data (../shared or $TONLAGE_SHARED; see analyzer/_wordmodel_training.py).
Article-level 5-fold cross-validation on the SemEval articles gives the out-of-fold logits for the
Platt calibration of the final model (``--quick`` skips it: uncalibrated, for development only).
The threshold is chosen on that cross-validation (bench/bench_persuasion.py), never on test data.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer import _wordmodel_training as T


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--quick", action="store_true", help="no cross-validated calibration")
    args = ap.parse_args()
    t0 = time.perf_counter()
    T.write_polarity_table()
    T.write_common_lemmas()
    data, sem = T.build_corpus()
    corpus = T.Corpus(data, T.Featurizer())
    print(f"{len(data)} word occurrences ({len(sem)} from SemEval articles), "
          f"{time.perf_counter() - t0:.0f} s")
    platt = (1.0, 0.0)
    if not args.quick:
        _, platt = T.cross_validate(corpus, c=args.c, threshold=args.threshold)
        print(f"Platt scaling from out-of-fold logits: a={platt[0]:.3f} b={platt[1]:.3f}")
    fitted = T.fit(corpus, corpus.rows_without(()), c=args.c, threshold=args.threshold,
                   platt=platt)
    T.save(fitted, extra_meta={
        "training": "SemEval-2023 Task 3 German articles (word-choice spans), objective "
                    "originals of the GPT rewrite pairs and CheckThat! German train OBJ sentences "
                    "(negatives), lexicon examples/counter-examples; research use only (not for "
                    "redistribution)",
        "instances": len(data), "calibrated": not args.quick})
    print(f"written analyzer/models/words_model.npz/.json and words_model_pieces.npz in "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
