"""Fit the two recommended configs on DE train+dev+dev_test (+EN for default), save small
artifacts, and evaluate ONCE on test2024. Run only after selection is frozen."""
import os, json
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import classification_report
from common import frame, idx, mf1, CACHE
from analyzer.features import featurize
df = frame(); y = df["y"].to_numpy(); S = np.array(df["sentence"].tolist(), dtype=object)
pool, en, test = idx("de", "train", "dev", "dev_test"), idx("en", "train", "dev", "dev_test"), idx("de", "test2024")
os.makedirs("artifacts", exist_ok=True)
out = {}

# ---- default: ft6s_en encoder -> 0.5*EN-head + 0.5*LR(C=0.01, DE+EN), thr 0.5
E = np.load(f"{CACHE}/ft/ft6s_en.all.npy")
h = torch.load(f"{CACHE}/ft/ft6s_en.head.pt")
hw, hb, hs = h["w"].numpy(), h["b"].numpy(), float(h["scale"])
def head(X):
    z = (X * hs) @ hw.T + hb
    return 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))
tr = np.concatenate([pool, en])
sc = StandardScaler().fit(E[tr])
lr = LogisticRegression(C=0.01, class_weight="balanced", max_iter=5000).fit(sc.transform(E[tr]), y[tr])
p = 0.5 * head(E[test]) + 0.5 * lr.predict_proba(sc.transform(E[test]))[:, 1]
out["default"] = mf1(y[test], (p >= 0.5).astype(int))
print("DEFAULT test2024 macro-F1:", round(out["default"], 4))
print(classification_report(y[test], (p >= 0.5).astype(int), target_names=["OBJ", "SUBJ"], digits=3))
np.savez("artifacts/default_head.npz", scaler_mean=sc.mean_.astype(np.float32), scaler_scale=sc.scale_.astype(np.float32),
         lr_coef=lr.coef_.ravel().astype(np.float32), lr_intercept=lr.intercept_.astype(np.float32),
         enhead_w=hw.astype(np.float32), enhead_b=hb.astype(np.float32), enhead_scale=np.float32(hs),
         threshold=np.float32(0.5), mix=np.float32(0.5))

# ---- fast: char_wb(2-5) tfidf + handcrafted*0.3 -> LR C=4, thr 0.5 (DE only)
v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200000).fit(S[pool])
HC = featurize(S)
hs_ = StandardScaler().fit(HC[pool])
X = lambda r: sp.hstack([v.transform(S[r]), sp.csr_matrix(hs_.transform(HC[r]) * 0.3)]).tocsr()
clf = LogisticRegression(C=4, class_weight="balanced", max_iter=5000).fit(X(pool), y[pool])
pf = clf.predict_proba(X(test))[:, 1]
out["fast"] = mf1(y[test], (pf >= 0.5).astype(int))
print("FAST test2024 macro-F1:", round(out["fast"], 4))
print(classification_report(y[test], (pf >= 0.5).astype(int), target_names=["OBJ", "SUBJ"], digits=3))
import skops.io as sio
sio.dump({"tfidf": v, "hc_scaler": hs_, "clf": clf, "hc_weight": 0.3, "threshold": 0.5}, "artifacts/fast_model.skops")
json.dump(out, open("test2024_scores.json", "w"), indent=1)
