# ruff: noqa  (research script, kept as it was run)
"""Issue 12: do the other CheckThat! languages help German? Heads only, on the shipped encoder.

Protocol (as in RESULTS.md): CV = 5-fold stratified CV (seed 13) on DE train+dev+dev_test, macro-F1
at 0.5; dt@.5 = fit on DE train (+extra), evaluated on DE dev_test. test2024 is not touched.
Extra data is added to every training fold, optionally with a sample weight (``@w``).

    python research/classifier/exp_multilingual.py embed          # ft6s_en embeddings -> cache
    python research/classifier/exp_multilingual.py default "en,en+bg,en+bg@0.5" 0.003,0.01 0.3,0.5
    python research/classifier/exp_multilingual.py fast "-,en,en+en2025"
    python research/classifier/exp_multilingual.py blend           # default + fast (OOF)

Groups: en = checkthat_en train+dev+dev_test (1,292, already in the shipped head), en2025 =
checkthat_multi english dev_test+test (784 new), bg = bulgarian train+dev+dev_test (1,293),
it_tr = italian train (1,613), ar800 = 800 random Arabic train sentences (seed 0).
Embeddings are cached as .npz in $TONLAGE_EMB_CACHE (default: <tmp>/tonlage-subj-emb).
"""
import csv, json, os, sys, tempfile, time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("TONLAGE_SHARED") or REPO.parent / "shared")
D, M = SHARED / "data", SHARED / "data" / "checkthat_multi"
CACHE = Path(os.environ.get("TONLAGE_EMB_CACHE") or Path(tempfile.gettempdir()) / "tonlage-subj-emb")
FILES = {f"de_{sp}": D / "checkthat_de" / f"{sp}.tsv" for sp in ("train", "dev", "dev_test", "test2024")}
FILES.update({f"en_{sp}": D / "checkthat_en" / f"{sp}.tsv" for sp in ("train", "dev", "dev_test")})
FILES.update({"men_dev_test": M / "english" / "dev_test_en.tsv", "men_test": M / "english" / "test_en_labeled.tsv"})
for lang, code in (("italian", "it"), ("bulgarian", "bg"), ("arabic", "ar")):
    for sp in ("train", "dev", "dev_test"):
        FILES[f"{code}_{sp}"] = M / lang / f"{sp}_{code}.tsv"
GROUPS = {"en": ["en_train", "en_dev", "en_dev_test"], "en2025": ["men_dev_test", "men_test"],
          "bg": ["bg_train", "bg_dev", "bg_dev_test"], "it_tr": ["it_train"], "ar800": ["ar_train_s800"]}
EMBED_ORDER = [*[k for k in FILES if k.startswith(("de_", "en_", "men_"))], "bg_train", "bg_dev", "bg_dev_test",
               "it_train", "ar_train_s800"]


def rd(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [(r["sentence"] or "", int(r["label"].strip().upper() == "SUBJ"))
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return [r[0] for r in rows], np.array([r[1] for r in rows])


def text(keys):
    S, Y = [], []
    for k in keys:
        s, y = rd(FILES[k]); S += s; Y.append(y)
    return S, (np.concatenate(Y) if Y else np.zeros(0, int))


def emb(keys):
    E, Y = [], []
    for k in keys:
        z = np.load(CACHE / f"{k}.npz"); E.append(z["E"]); Y.append(z["y"])
    return (np.vstack(E), np.concatenate(Y)) if E else (np.zeros((0, 384), np.float32), np.zeros(0, int))


def embed():
    from analyzer.classifier import DefaultClassifier
    CACHE.mkdir(parents=True, exist_ok=True)
    clf, t0 = DefaultClassifier(), time.time()
    for key in EMBED_ORDER:
        out = CACHE / f"{key}.npz"
        if out.exists():
            continue
        s, y = rd(FILES[key.removesuffix("_s800")])
        if key.endswith("_s800"):
            idx = np.random.default_rng(0).permutation(len(s))[:800]
            s, y = [s[i] for i in idx], y[idx]
        E = np.vstack([clf.embed(s[i:i + 16]) for i in range(0, len(s), 16)])
        np.savez(out, E=E, y=y)
        print(key, len(s), round(time.time() - t0), flush=True)


def folds(y):
    from sklearn.model_selection import StratifiedKFold
    return list(StratifiedKFold(5, shuffle=True, random_state=13).split(np.zeros(len(y)), y))


def mf(y, p):
    from sklearn.metrics import f1_score
    return f1_score(y, (p >= .5).astype(int), average="macro")


def _head():
    h = np.load(REPO / "analyzer" / "models" / "subj_default_head.npz")
    def p_head(E):
        z = (E * float(h["enhead_scale"])) @ h["enhead_w"].T + h["enhead_b"]
        return 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))
    return p_head


def p_lr(trE, trY, teE, C, w=None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    sc = StandardScaler().fit(trE)
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=0)
    return lr.fit(sc.transform(trE), trY, sample_weight=w).predict_proba(sc.transform(teE))[:, 1]


def _parse(spec):
    name, _, wx = spec.partition("@")
    return ([] if name == "-" else name.split("+")), float(wx or 1.0)


def run_default(specs, Cs, mixes):
    p_head = _head()
    deE, deY = emb(["de_train", "de_dev", "de_dev_test"])
    trE, trY = emb(["de_train"]); dtE, dtY = emb(["de_dev_test"])
    fo = folds(deY)
    for spec in specs:
        groups, wx = _parse(spec)
        exE, exY = emb([k for g in groups for k in GROUPS[g]])
        for C in Cs:
            oof = [p_lr(np.vstack([deE[tr], exE]), np.concatenate([deY[tr], exY]), deE[te], C,
                        np.r_[np.ones(len(tr)), np.full(len(exY), wx)]) for tr, te in fo]
            pdt = p_lr(np.vstack([trE, exE]), np.concatenate([trY, exY]), dtE, C, np.r_[np.ones(len(trY)), np.full(len(exY), wx)])
            for mix in mixes:
                cv = np.mean([mf(deY[te], mix * p_head(deE[te]) + (1 - mix) * o) for (tr, te), o in zip(fo, oof)])
                dt = mf(dtY, mix * p_head(dtE) + (1 - mix) * pdt)
                print(json.dumps({"model": "default", "extra": spec, "n_extra": len(exY), "C": C, "mix": mix,
                                  "cv": round(float(cv), 4), "dt05": round(float(dt), 4)}), flush=True)


def fit_fast(trS, trY, teS, w=None):
    """The fast model's features (char 2-5 TF-IDF + scaled German cues) and LR; w: sample weights."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    from analyzer.features import featurize
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True,
                          max_features=200000).fit(trS)
    ctr, cte = featurize(trS), featurize(teS)
    sc = StandardScaler().fit(ctr); scale = np.where(sc.scale_ > 0, sc.scale_, 1.0)
    X = sparse.hstack([vec.transform(trS), sparse.csr_matrix((ctr - sc.mean_) / scale * 0.3)]).tocsr()
    Xt = sparse.hstack([vec.transform(teS), sparse.csr_matrix((cte - sc.mean_) / scale * 0.3)]).tocsr()
    lr = LogisticRegression(C=4, class_weight="balanced", max_iter=5000, random_state=0)
    return lr.fit(X, trY, sample_weight=w).predict_proba(Xt)[:, 1]


def run_fast(specs):
    deS, deY = text(["de_train", "de_dev", "de_dev_test"])
    trS, trY = text(["de_train"]); dtS, dtY = text(["de_dev_test"])
    fo = folds(deY)
    for spec in specs:
        groups, _ = _parse(spec)
        exS, exY = text([k for g in groups for k in GROUPS[g] if not k.endswith("_s800")])
        cv = np.mean([mf(deY[te], fit_fast([deS[i] for i in tr] + exS, np.r_[deY[tr], exY], [deS[i] for i in te]))
                      for tr, te in fo])
        dt = mf(dtY, fit_fast(trS + exS, np.r_[trY, exY], dtS))
        print(json.dumps({"model": "fast", "extra": spec, "n_extra": len(exS), "cv": round(float(cv), 4),
                          "dt05": round(float(dt), 4)}), flush=True)


def run_blend():
    p_head = _head()
    deS, deY = text(["de_train", "de_dev", "de_dev_test"])
    trS, _ = text(["de_train"]); dtS, _ = text(["de_dev_test"])
    deE, _ = emb(["de_train", "de_dev", "de_dev_test"])
    trE, trY = emb(["de_train"]); dtE, dtY = emb(["de_dev_test"])
    exE, exY = emb(GROUPS["en"])
    fo = folds(deY)
    od, of = np.zeros(len(deY)), np.zeros(len(deY))
    for tr, te in fo:
        od[te] = 0.5 * p_head(deE[te]) + 0.5 * p_lr(np.vstack([deE[tr], exE]), np.r_[deY[tr], exY], deE[te], 0.01)
        of[te] = fit_fast([deS[i] for i in tr], deY[tr], [deS[i] for i in te])
    dd = 0.5 * p_head(dtE) + 0.5 * p_lr(np.vstack([trE, exE]), np.r_[trY, exY], dtE, 0.01)
    df = fit_fast(trS, trY, dtS)
    for a in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
        cv = np.mean([mf(deY[te], a * od[te] + (1 - a) * of[te]) for tr, te in fo])
        print(json.dumps({"model": "default+fast", "w_default": a, "cv": round(float(cv), 4),
                          "dt05": round(float(mf(dtY, a * dd + (1 - a) * df)), 4)}), flush=True)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "embed":
        embed()
    elif cmd == "default":
        run_default(sys.argv[2].split(","), [float(c) for c in (sys.argv[3] if len(sys.argv) > 3 else "0.003,0.01").split(",")],
                    [float(m) for m in (sys.argv[4] if len(sys.argv) > 4 else "0.0,0.3,0.5").split(",")])
    elif cmd == "fast":
        run_fast(sys.argv[2].split(","))
    elif cmd == "blend":
        run_blend()
