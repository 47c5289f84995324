"""textblob-de |polarity| (+ subjectivity) as extra features."""
import os
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, warnings
warnings.filterwarnings("ignore")
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from common import frame, evaluate, log_results, idx, CACHE
from analyzer.features import featurize
df = frame(); y = df["y"].to_numpy(); S = df["sentence"].tolist()
p = f"{CACHE}/textblob_de.npy"
if not os.path.exists(p):
    from textblob_de.sentiments import PatternAnalyzer   # TextBlobDE() needs nltk punkt_tab (not offline)
    pa = PatternAnalyzer()
    de = np.where(df["lang"] == "de")[0]
    X = np.zeros((len(S), 2), np.float32)
    for i in de:
        s = pa.analyze(S[i])
        X[i] = (abs(s.polarity), s.subjectivity)
    np.save(p, X)
TB = np.load(p)
HC = featurize(S)
E = np.load(f"{CACHE}/ft/ft6s_en.all.npy")
def lr(X, C):
    def fit(tr, te):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000)).fit(X[tr], y[tr])
        return m.predict_proba(X[te])[:, 1]
    return fit
rows = [evaluate("textblob-de |polarity| only, LR", lr(TB[:, :1], 1.0)),
        evaluate("handcrafted + textblob-de |pol| LR C=0.3", lr(np.hstack([HC, TB[:, :1]]), 0.3)),
        evaluate("ft6s_en emb + textblob |pol| std+LR C=0.003", lr(np.hstack([E, TB[:, :1]]), 0.003))]
log_results(rows, "results_textblob.jsonl")
