# ruff: noqa  (research script, kept as it was run)
"""Issue 12: distil the default model into the fast one through unlabelled German news sentences.

Der Standard sentences (10kGNAD, research-only; articles 300-1027, 5-60 words, first N) are labelled by a
teacher = the default recipe (0.5 EN head + 0.5 LR on DE + EN embeddings) and added, weighted |2p-1|, to the
fast model's training data. In CV the teacher is refit on each fold's training part (no leak from the test
fold); for dt@.5 it is fit on DE train + EN.

    python research/classifier/exp_distill_fast.py embed 12000     # news embeddings -> cache
    python research/classifier/exp_distill_fast.py cv 12000 conf   # CV + dt@.5 (weights: conf or a number)
    python research/classifier/exp_distill_fast.py test2024 12000  # frozen config, shipped teacher, once
"""
import json, sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exp_multilingual as X

NEWS = X.CACHE / "news_unl.npz"


def embed(n):
    from bench._data import derstandard_articles
    from analyzer.text import segment
    from analyzer.classifier import DefaultClassifier
    sents = []
    for a in derstandard_articles(1028)[300:1028]:
        sents += [a[s.start:s.end].strip() for s in segment(a).sentences if 5 <= s.word_count <= 60]
    sents = sents[:n]
    clf = DefaultClassifier()
    E = np.vstack([clf.embed(sents[i:i + 64]) for i in range(0, len(sents), 64)])
    np.savez(NEWS, E=E, sent=np.array(sents))


fit_fast = X.fit_fast  # the same features and model, with sample weights


def _weights(n_gold, pu, mode):
    return np.r_[np.ones(n_gold), np.abs(2 * pu - 1) if mode == "conf" else np.full(len(pu), float(mode))]


def cv(n, mode):
    p_head = X._head()
    z = np.load(NEWS); uE, uS = z["E"][:n], list(z["sent"][:n])
    deS, deY = X.text(["de_train", "de_dev", "de_dev_test"]); deE, _ = X.emb(["de_train", "de_dev", "de_dev_test"])
    trS, trY = X.text(["de_train"]); trE, _ = X.emb(["de_train"]); dtS, dtY = X.text(["de_dev_test"])
    exE, exY = X.emb(X.GROUPS["en"])
    teacher = lambda E, y: 0.5 * p_head(uE) + 0.5 * X.p_lr(np.vstack([E, exE]), np.r_[y, exY], uE, 0.01)
    scores = []
    for tr, te in X.folds(deY):
        pu = teacher(deE[tr], deY[tr])
        p = fit_fast([deS[i] for i in tr] + uS, np.r_[deY[tr], (pu >= .5).astype(int)], [deS[i] for i in te],
                     _weights(len(tr), pu, mode))
        scores.append(X.mf(deY[te], p))
    pu = teacher(trE, trY)
    dt = X.mf(dtY, fit_fast(trS + uS, np.r_[trY, (pu >= .5).astype(int)], dtS, _weights(len(trY), pu, mode)))
    print(json.dumps({"model": "fast+distilled", "n_news": n, "weight": mode, "cv": round(float(np.mean(scores)), 4),
                      "dt05": round(float(dt), 4), "subj_share_news": round(float((pu >= .5).mean()), 3)}))


def test2024(n):
    from analyzer.classifier import load_classifier
    from analyzer._training import metrics
    z = np.load(NEWS); uE, uS = z["E"][:n], list(z["sent"][:n])
    pu = load_classifier("default").proba_from_embeddings(uE)
    deS, deY = X.text(["de_train", "de_dev", "de_dev_test"]); teS, teY = X.text(["de_test2024"])
    p = fit_fast(deS + uS, np.r_[deY, (pu >= .5).astype(int)], teS, _weights(len(deY), pu, "conf"))
    print(json.dumps({"split": "test2024", **metrics(teY, p)}))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "embed":
        embed(int(sys.argv[2]))
    elif cmd == "cv":
        cv(int(sys.argv[2]), sys.argv[3])
    elif cmd == "test2024":
        test2024(int(sys.argv[2]))
