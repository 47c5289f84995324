import os
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, normalize
from sklearn.pipeline import make_pipeline
from common import frame, evaluate, log_results, idx, CACHE
df = frame(); y = df["y"].to_numpy()
L = np.load(f"{CACHE}/e5_layers.npy")
EN = idx("en", "train", "dev", "dev_test")
def lr(X, C):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000))
        m.fit(X[tr], y[tr]); return m.predict_proba(X[te])[:, 1]
    return fit
rows = []
for l in (3, 5, 7, 9, 11):
    rows.append(evaluate(f"e5 layer{l+1} mean std+LR C=0.01", lr(normalize(L[:, l]), 0.01)))
X = np.hstack([normalize(L[:, l]) for l in (5, 8, 11)])
rows.append(evaluate("e5 layers6+9+12 concat std+LR C=0.005", lr(X, 0.005)))
X = normalize(L[:, 4:].mean(1))
rows.append(evaluate("e5 mean(layers5..12) std+LR C=0.01", lr(X, 0.01)))
log_results(rows, "results_layers.jsonl")
