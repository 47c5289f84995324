"""Train the evaluative-word model; write analyzer/models/words_model.{npz,json}, piece and common tables.

    .venv/bin/python scripts/train_wordmodel.py [--threshold 0.6] [--c 0.3] [--quick]
                                                [--mainstream-weight 10]

Needs the shared research data (../shared or $TONLAGE_SHARED; see analyzer/_wordmodel_training.py).
Article-level 5-fold cross-validation on the SemEval articles gives the out-of-fold logits for the
Platt calibration of the final model (``--quick`` skips it: uncalibrated, for development only).
The default threshold (0.6; 0.85 for words without polarity evidence, ``wordmodel``) is the shipped
one, chosen on the judged mainstream precision set (MODEL.md), never on test data.

``--mainstream-weight W`` adds bench/recall's train part (Der Standard, index % 25 == 20; needs
bench/recall/spans.jsonl) at weight W, and the Platt calibration then comes from article-level
5-fold cross-validation on those mainstream articles, with one threshold (0.4) for every word.
Measured and not shipped (MODEL.md, evaluative-word model): it does not raise recall on
bench/recall's dev part.
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
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--quick", action="store_true", help="no cross-validated calibration")
    ap.add_argument("--mainstream-weight", type=float, default=0.0,
                    help="add bench/recall's train part at this weight (0: not at all)")
    args = ap.parse_args()
    mainstream = args.mainstream_weight > 0
    threshold = T.MAINSTREAM_THRESHOLD if mainstream else args.threshold
    t0 = time.perf_counter()
    T.write_polarity_table()
    T.write_common_lemmas()
    data, sem = T.build_corpus(mainstream_weight=args.mainstream_weight)
    corpus = T.Corpus(data, T.Featurizer())
    print(f"{len(data)} word occurrences ({len(sem)} from SemEval articles), "
          f"{time.perf_counter() - t0:.0f} s")
    platt = (1.0, 0.0)
    if not args.quick and mainstream:
        platt = T.mainstream_platt(corpus, c=args.c)
        print(f"Platt scaling from mainstream out-of-fold logits: a={platt[0]:.3f} "
              f"b={platt[1]:.3f}")
    elif not args.quick:
        _, platt = T.cross_validate(corpus, c=args.c, threshold=threshold)
        print(f"Platt scaling from out-of-fold logits: a={platt[0]:.3f} b={platt[1]:.3f}")
    fitted = T.fit(corpus, corpus.rows_without(()), c=args.c, threshold=threshold,
                   platt=platt)
    extra: dict[str, object] = {
        "training": "SemEval-2023 Task 3 German articles (word-choice spans), objective "
                    "originals of the GPT rewrite pairs and CheckThat! German train OBJ sentences "
                    "(negatives), lexicon examples/counter-examples; research use only (not for "
                    "redistribution)",
        "instances": len(data), "calibrated": not args.quick}
    if mainstream:
        extra["training"] = (f"{extra['training']}; bench/recall's train part (Der Standard, "
                             f"10kGNAD, CC BY-NC-SA 4.0; author-voice gold spans) at weight "
                             f"{args.mainstream_weight:g}, Platt-scaled on its out-of-fold logits")
        extra["unsupported_threshold"] = threshold
    T.save(fitted, extra_meta=extra)
    print(f"written analyzer/models/words_model.npz/.json and words_model_pieces.npz in "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
