"""Train the contextual evaluative-word model; write analyzer/models/context_model.{npz,json}.

    TONLAGE_SHARED=../shared .venv/bin/python scripts/train_contextmodel.py [--c 0.003]
        [--threshold 0.6] [--cache DIR]

The research behind it is ``research/context_tokens.py`` (MODEL.md, "Contextual token model"); this
script reuses its code (gold sets, token states, features, labels) and its cache of encoded
documents (``--cache``; documents missing there are encoded first, ~1 s each). What it fits:

* the evaluative head: a logistic regression (C = 0.003, standardized features) on the default
  sentence classifier's last-layer token states (mean of a word's pieces, 384 numbers) plus the
  cheap features (``analyzer.contextmodel.CHEAP_FEATURES``), labels as in the research;
* Platt scaling of its logit from document-level 5-fold out-of-fold logits;
* the category head: a multinomial logistic regression on the positive tokens' gold categories,
  mapped to the engine's categories (``CATEGORY_MAP``; scare quotes are left out).

Training data: ``bench/recall/spans.jsonl`` parts 20 and 23 and the blind sets ``blind_r12`` …
``blind_r24`` (the shipped model, since the sixteenth session, when ``blind_r25`` was the
session's fresh blind test); ``--last N`` trains on the sets up to ``blind_rN`` instead (research:
MODEL.md, "Retrained on 975 documents"). The dev part (22) stays out of every fit.
Only numbers are written (no text, no pickle): the standardization is folded into the weights.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "research"))

import context_tokens as R  # noqa: E402  (research/context_tokens.py: the shared code)

from analyzer import contextmodel as CM  # noqa: E402

VARIANT = "mean+cheap"
# the blind recall sets trained on: bench/recall/blind_rNN.jsonl up to LAST_ROUND (the shipped
# model's; the sets after it are held out), the dev part never
LAST_ROUND = 24


def blind_files(last: int = LAST_ROUND) -> tuple[str, ...]:
    """``blind_r12`` … ``blind_r<last>``, the ones that exist (there is no ``blind_r15``)."""
    names = sorted((int(p.stem[len("blind_r"):]), p.stem)
                   for p in (ROOT / "bench" / "recall").glob("blind_r*.jsonl"))
    return tuple(name for n, name in names if n <= last)


# gold categories → the engine's (analyzer/taxonomy.py); None: not a category target
CATEGORY_MAP = {
    "idiom": "loaded_language", "rhetorical_question": "rhetorical", "scare_quote": None,
    "loaded_language": "loaded_language", "labeling": "labeling", "intensifier": "intensifier",
    "puffery": "puffery", "stance": "stance", "speculation": "speculation", "doubt": "doubt",
    "speech_verb": "speech_verb", "vague_attribution": "vague_attribution",
}


def fold_scaler(sc, coef: np.ndarray, intercept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """Weights on raw features: coef / scale, intercept − Σ coef · mean / scale (per class)."""
    w = coef / sc.scale_[None, :]
    b = intercept - (coef * (sc.mean_ / sc.scale_)[None, :]).sum(1)
    return w.astype(np.float64), b.astype(np.float64)


def main(argv: list[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=R.DEFAULT_CACHE)
    ap.add_argument("--c", type=float, default=0.003)
    ap.add_argument("--c-category", type=float, default=0.01)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--out", default=str(CM.MODEL_DIR))
    ap.add_argument("--last", type=int, default=LAST_ROUND,
                    help="train on the blind sets up to this round (default %(default)s)")
    args = ap.parse_args(argv)
    files = blind_files(args.last)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    gold, train, dev, _ = R.gold_sets(files, ())
    docs = list(train)  # the dev part stays out of every fit
    assert not set(docs) & set(dev)
    missing = [d for d in docs if not (cache / f"{d.replace(':', '_')}.npz").exists()]
    if missing:
        from analyzer.pipeline import Analyzer

        texts = R.doc_texts(missing)
        enc = R.StateEncoder()
        rec = R.make_recorder()
        engine = Analyzer(classifier="default", word_model=rec)
        R.log(f"encoding {len(missing)} documents")
        R.prepare(missing, texts, cache, enc, engine, rec)
    X, y, g, rows = R.dataset(cache, docs, gold, VARIANT)
    assert X.shape[1] == CM.STATE_DIM + len(CM.CHEAP_FEATURES), X.shape
    use = y >= 0
    R.log(f"{len(docs)} documents, {int(use.sum())} labelled tokens, {int(y[use].sum())} positive")

    # Platt scaling from document-level 5-fold out-of-fold logits (as the research's oof)
    rng = np.random.default_rng(R.SEED)
    udocs = np.unique(g)
    rng.shuffle(udocs)
    fold = {d: i % 5 for i, d in enumerate(udocs)}
    f = np.array([fold[x] for x in g])
    z_oof = np.full(len(y), np.nan)
    for k in range(5):
        tr, te = (f != k) & use, f == k
        sc, lr = R.fit_lr(X[tr], y[tr], args.c)
        z_oof[te] = lr.decision_function(sc.transform(X[te]))
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(z_oof[use, None], y[use])
    pa, pb = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    p_oof = 1 / (1 + np.exp(-(pa * z_oof + pb)))
    auc, ap_, n, npos = R.token_metrics(p_oof, y, np.array([m["voice"] == "author"
                                                              for _, m in rows]))
    R.log(f"out-of-fold AUC {auc:.3f} AP {ap_:.3f} ({n} tokens, {npos} positive); "
          f"Platt a={pa:.4f} b={pb:.4f}; P >= {args.threshold}: "
          f"{int((p_oof[use] >= args.threshold).sum())} tokens, "
          f"{int(y[use][p_oof[use] >= args.threshold].sum())} positive")

    sc, lr = R.fit_lr(X[use], y[use], args.c)
    w, b = fold_scaler(sc, lr.coef_, lr.intercept_)

    # category head on the positive tokens' gold categories
    cats: list[str | None] = []
    for (d, m), lab in zip(rows, y, strict=True):
        if lab != 1:
            cats.append(None)
            continue
        hits = [s for s in gold[d] if R._ov(m["start"], m["end"], s.start, s.end)]
        mapped = [CATEGORY_MAP.get(s.category) for s in hits]
        cats.append(next((c for c in mapped if c), None))
    pos = np.array([c is not None for c in cats])
    labels = np.array([c for c in cats if c is not None])
    classes = sorted(set(labels))
    csc = StandardScaler().fit(X[pos])
    clr = LogisticRegression(C=args.c_category, max_iter=3000).fit(csc.transform(X[pos]), labels)
    cw, cb = fold_scaler(csc, clr.coef_, clr.intercept_)
    counts = {c: int((labels == c).sum()) for c in classes}
    R.log(f"category head on {int(pos.sum())} positive tokens: {counts}")

    out = Path(args.out)
    S = CM.STATE_DIM
    arrays = {
        "state_w": np.vstack([w[:, :S], cw[:, :S]]).T.astype(np.float32),  # (384, 1 + K)
        "cheap_w": np.vstack([w[:, S:], cw[:, S:]]).T.astype(np.float64),  # (n_cheap, 1 + K)
        "bias": np.concatenate([b, cb]).astype(np.float64),  # (1 + K,)
    }
    np.savez_compressed(out / f"{CM.MODEL_NAME}.npz", **arrays)
    digest = hashlib.sha256((out / f"{CM.MODEL_NAME}.npz").read_bytes()).hexdigest()
    from analyzer.classifier import load_classifier

    meta = {
        "format": CM.FORMAT,
        "description": "Contextual evaluative-word model: logistic regression on the default "
                       "sentence classifier's last-layer token states (mean of a word's pieces) "
                       "plus cheap features; a multinomial category head on the same features.",
        "encoder": load_classifier("default").meta["encoder"]["sha256"],
        "state_dim": S,
        "cheap_features": list(CM.CHEAP_FEATURES),
        "categories": classes,
        "threshold": args.threshold,
        "platt": [pa, pb],
        "C": args.c, "C_category": args.c_category,
        "training": {
            "data": f"bench/recall spans.jsonl parts 20 and 23, {files[0]} … {files[-1]} "
                    "(10kGNAD Der Standard articles, CC BY-NC-SA 4.0, and desk texts; research / "
                    "non-commercial use); dev part 22 not used",
            "documents": len(docs), "tokens": int(use.sum()), "positive": int(y[use].sum()),
            "category_counts": counts,
            "oof_auc": round(auc, 4), "oof_ap": round(ap_, 4),
        },
        "npz_sha256": digest,
        "date": dt.date.today().isoformat(),
        "command": f"TONLAGE_SHARED=../shared python scripts/train_contextmodel.py --last {args.last}",
    }
    (out / f"{CM.MODEL_NAME}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False)
                                              + "\n", encoding="utf-8")
    R.log(f"wrote {out / CM.MODEL_NAME}.{{npz,json}}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
