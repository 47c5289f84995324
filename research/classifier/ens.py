import os, sys
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, warnings
warnings.filterwarnings("ignore")
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from common import frame, evaluate, log_results, idx, CACHE
name = sys.argv[1]
df = frame(); y = df["y"].to_numpy()
E = np.load(f"{CACHE}/ft/{name}.all.npy")
EN = idx("en", "train", "dev", "dev_test")
h = torch.load(f"{CACHE}/ft/{name}.head.pt")
logit = (E * h["scale"]) @ h["w"].numpy().T + h["b"].numpy()
HEAD = np.exp(logit[:, 1]) / np.exp(logit).sum(1)
def ens(C, wh):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000)).fit(E[tr], y[tr])
        return wh * HEAD[te] + (1 - wh) * m.predict_proba(E[te])[:, 1]
    return fit
rows = []
for C in (0.003, 0.01):
    for wh in (0.3, 0.5):
        rows.append(evaluate(f"{name}: {wh}*EN-head + {1-wh}*LR(C={C}, DE+EN)", ens(C, wh), extra_train=EN))
log_results(rows, f"results_ens_{name}.jsonl")
