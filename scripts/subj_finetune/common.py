# ruff: noqa  (research code copied from research/classifier; kept as it was run)
"""Data helpers for the encoder fine-tune (copied from research/classifier; not production code)."""
import os
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import f1_score

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, "cache")
def _data_dir():
    repo = os.path.dirname(os.path.dirname(HERE))
    for c in (os.environ.get("TONLAGE_SHARED"), os.path.join(os.path.dirname(repo), "shared")):
        if c and os.path.isdir(os.path.join(c, "data", "checkthat_de")):
            return os.path.join(c, "data")
    raise SystemExit("error: shared data not found; set TONLAGE_SHARED")


DATA = _data_dir()
SEED = 13


def _read(path, lang, split):
    """One CheckThat! TSV (read with QUOTE_NONE) as rows with a 0/1 label, split and language."""
    df = pd.read_csv(path, sep="\t", quoting=3, dtype=str, keep_default_na=False)
    df["y"] = (df["label"].str.strip() == "SUBJ").astype(int)
    df["split"] = split
    df["lang"] = lang
    return df[["sentence_id", "sentence", "label", "y", "split", "lang"]]


def load(lang, split):
    return _read(f"{DATA}/checkthat_{lang}/{split}.tsv", lang, split)


# checkthat_multi (CheckThat! 2025, CC BY-NC-SA): training/dev splits only; the test-only
# languages (greek, polish, romanian, ukrainian) and German test2024 are never used for training.
MULTI = {"en2025": ("english", "en", ("dev_test", "test")),   # dev/train repeat checkthat_en
         "it": ("italian", "it", ("train", "dev", "dev_test")),
         "bg": ("bulgarian", "bg", ("train", "dev", "dev_test")),
         "ar": ("arabic", "ar", ("train", "dev", "dev_test"))}


def load_multi(lang, split):
    folder, code, _ = MULTI[lang]
    name = "test_en_labeled.tsv" if (lang, split) == ("en2025", "test") else f"{split}_{code}.tsv"
    return _read(f"{DATA}/checkthat_multi/{folder}/{name}", lang, split)


def load_all():
    """All sentences in a fixed order (cache row order); the multilingual rows come last so the
    German/English row indices stay those of earlier caches."""
    parts = [load("de", s) for s in ("train", "dev", "dev_test", "test2024")]
    parts += [load("en", s) for s in ("train", "dev", "dev_test")]
    parts += [load_multi(lang, s) for lang, (_, _, splits) in MULTI.items() for s in splits]
    return pd.concat(parts, ignore_index=True)


def folds(y, n=5, seed=SEED):
    return list(StratifiedKFold(n, shuffle=True, random_state=seed).split(np.zeros(len(y)), y))


def mf1(y, p):
    return f1_score(y, p, average="macro")


def best_threshold(y, prob, grid=np.arange(0.2, 0.81, 0.01)):
    scores = [mf1(y, (prob >= t).astype(int)) for t in grid]
    i = int(np.argmax(scores))
    return float(grid[i]), float(scores[i])


# ---------------------------------------------------------------- harness
_DF = None


def frame():
    global _DF
    if _DF is None:
        _DF = load_all()
    return _DF


def idx(lang, *splits):
    df = frame()
    return np.where((df["lang"] == lang) & df["split"].isin(splits))[0]


def evaluate(name, fit_proba, extra_train=None, seeds=(SEED,), verbose=True):
    """fit_proba(train_rows, test_rows) -> P(SUBJ) for test_rows (rows = global indices).

    Returns dict: cv (5-fold macro-F1 @0.5 on DE train+dev+dev_test, mean over seeds),
    cv_thr (macro-F1 of pooled OOF probs at the OOF-best threshold, optimistic),
    dt05 (train->dev_test @0.5), dt_thr (train->dev_test at threshold tuned on dev,
    model fit on train), thr (that threshold)."""
    df = frame()
    y = df["y"].to_numpy()
    pool = idx("de", "train", "dev", "dev_test")
    extra = np.asarray(extra_train if extra_train is not None else [], dtype=int)
    cvs, oof_all = [], []
    for seed in seeds:
        oof = np.zeros(len(pool))
        fs = []
        for tr, te in folds(y[pool], seed=seed):
            p = fit_proba(np.concatenate([pool[tr], extra]), pool[te])
            oof[te] = p
            fs.append(mf1(y[pool[te]], (p >= 0.5).astype(int)))
        cvs.append(np.mean(fs))
        oof_all.append(oof)
    oof = np.mean(oof_all, axis=0)
    cv_thr_t, cv_thr = best_threshold(y[pool], oof)
    tr = np.concatenate([idx("de", "train"), extra])
    dev, dt = idx("de", "dev"), idx("de", "dev_test")
    p = fit_proba(tr, np.concatenate([dev, dt]))
    pdev, pdt = p[:len(dev)], p[len(dev):]
    thr, _ = best_threshold(y[dev], pdev)
    res = dict(name=name, cv=float(np.mean(cvs)), cv_sd=float(np.std(cvs)), cv_thr=cv_thr,
               cv_best_t=cv_thr_t, dt05=mf1(y[dt], (pdt >= 0.5).astype(int)),
               dt_thr=mf1(y[dt], (pdt >= thr).astype(int)), thr=thr)
    if verbose:
        print(f"{name:55s} cv={res['cv']:.3f} cv@t*={res['cv_thr']:.3f}(t={cv_thr_t:.2f}) "
              f"dt@.5={res['dt05']:.3f} dt@dev-t={res['dt_thr']:.3f}(t={thr:.2f})", flush=True)
    return res


def log_results(rows, path):
    import json
    with open(path, "a") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
