"""TF-IDF char/word n-gram LR (+ hand-crafted features), calibrated variants."""
import os
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline, make_union
from sklearn.calibration import CalibratedClassifierCV
from common import frame, evaluate, log_results, idx
from analyzer.features import featurize

df = frame()
S = df["sentence"].to_numpy()
y = df["y"].to_numpy()
HC = featurize(S)


def tfidf_lr(word=True, char=True, C=4.0, hc=False, calib=False, char_rng=(2, 5), word_rng=(1, 2),
             sublinear=True, min_df=2):
    def fit(tr, te):
        vecs = []
        if word:
            vecs.append(TfidfVectorizer(analyzer="word", ngram_range=word_rng, min_df=min_df,
                                        sublinear_tf=sublinear, lowercase=True))
        if char:
            vecs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=char_rng, min_df=min_df,
                                        sublinear_tf=sublinear, lowercase=False, max_features=200000))
        un = make_union(*vecs)
        Xtr, Xte = un.fit_transform(S[tr]), un.transform(S[te])
        if hc:
            sc = StandardScaler().fit(HC[tr])
            Xtr = sp.hstack([Xtr, sp.csr_matrix(sc.transform(HC[tr]) * hc)]).tocsr()
            Xte = sp.hstack([Xte, sp.csr_matrix(sc.transform(HC[te]) * hc)]).tocsr()
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
        if calib:
            clf = CalibratedClassifierCV(clf, cv=5, method="sigmoid")
        clf.fit(Xtr, y[tr])
        return clf.predict_proba(Xte)[:, 1]
    return fit


def hc_only(C=1.0):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=3000))
        m.fit(HC[tr], y[tr])
        return m.predict_proba(HC[te])[:, 1]
    return fit


rows = []
for C in (0.3, 1.0):
    rows.append(evaluate(f"handcrafted LR C={C}", hc_only(C)))
for C in (1, 4, 16):
    rows.append(evaluate(f"tfidf word1-2 LR C={C}", tfidf_lr(char=False, C=C)))
    rows.append(evaluate(f"tfidf char_wb2-5 LR C={C}", tfidf_lr(word=False, C=C)))
    rows.append(evaluate(f"tfidf word+char LR C={C}", tfidf_lr(C=C)))
for w in (0.1, 0.3):
    rows.append(evaluate(f"tfidf word+char + handcrafted(x{w}) LR C=4", tfidf_lr(C=4, hc=w)))
rows.append(evaluate("tfidf word+char LR C=4 calibrated", tfidf_lr(C=4, calib=True)))
rows.append(evaluate("tfidf word+char + EN train LR C=4", tfidf_lr(C=4), extra_train=idx("en", "train", "dev", "dev_test")))
log_results(rows, "results_tfidf.jsonl")
