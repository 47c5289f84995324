# ruff: noqa  (research script, kept as it was run)
"""Issue 12: do GPT rewrites of German CheckThat! sentences help the German classifiers?

``subjective_rewrites_de`` (dw-innovation's CheckThat! 2023 augmentation; research use only): ~185
objective German *train* sentences, each rewritten by GPT-3 and by ChatGPT in 7 evaluative styles
(-> SUBJ) and one neutral style ("normale" -> OBJ). Protocol as in RESULTS.md / exp_multilingual.py:
CV = 5-fold stratified CV (seed 13) on DE train+dev+dev_test, macro-F1 at 0.5; a fold never trains on
the rewrites of its own test sentences (their originals); dt@.5 = fit on DE train (+extra), evaluated
on DE dev_test. test2024 is touched only by ``test2024`` with a configuration frozen on CV.

    python research/classifier/exp_rewrites.py embed                 # embeddings -> cache
    python research/classifier/exp_rewrites.py default "en,en+rw,en+rw@0.5,en+rwsubj" 0.003,0.01 0.5
    python research/classifier/exp_rewrites.py fast "-,rw,rw@0.5"
    python research/classifier/exp_rewrites.py test2024 default "en+rw" 0.01 0.5
"""
import csv, json, sys, time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exp_multilingual as X

RW = X.D / "subjective_rewrites_de"


def _norm(s):
    return " ".join(s.replace('""', '"').strip().strip('"').split())


def rewrites():
    """(sentence, label, original) for every rewrite; label 1 except the neutral style."""
    out = []
    for path in sorted(RW.glob("*/*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                s, o = _norm(r["generated_text"] or ""), _norm(r["original"] or "")
                if s and o:
                    out.append((s, int(path.stem != "normale"), o))
    return out


def embed():
    from analyzer.classifier import DefaultClassifier
    X.CACHE.mkdir(parents=True, exist_ok=True)
    X.embed()  # DE and EN CheckThat! (skips what is cached)
    out = X.CACHE / "rewrites_de.npz"
    if out.exists():
        return
    rw = rewrites()
    clf, t0 = DefaultClassifier(), time.time()
    S = [r[0] for r in rw]
    E = np.vstack([clf.embed(S[i:i + 16]) for i in range(0, len(S), 16)])
    np.savez(out, E=E, y=np.array([r[1] for r in rw]), orig=np.array([r[2] for r in rw]))
    print("rewrites", len(S), round(time.time() - t0), flush=True)


def _extra(spec, deS):
    """Extra training rows for a spec like "en+rw@0.5": (E, y, S, w, owner) where owner is the index of
    the German sentence a rewrite came from (-1 for other data), so CV can leave it out with its fold."""
    groups, wx = X._parse(spec)
    idx = {_norm(s): i for i, s in enumerate(deS)}
    E, Y, S, W, O = [], [], [], [], []
    for g in groups:
        if g in ("rw", "rwsubj"):
            rw = rewrites()
            cached = X.CACHE / "rewrites_de.npz"  # not needed by the fast model
            allE = np.load(cached)["E"] if cached.exists() else np.zeros((len(rw), 384), np.float32)
            keep = [k for k, r in enumerate(rw) if g == "rw" or r[1] == 1]
            E.append(allE[keep]); Y.append(np.array([rw[k][1] for k in keep])); S += [rw[k][0] for k in keep]
            W.append(np.full(len(keep), wx)); O += [idx.get(rw[k][2], -2) for k in keep]
        else:
            keys = [k for k in X.GROUPS[g]]
            e, y = X.emb(keys); s, _ = X.text(keys)
            E.append(e); Y.append(y); S += s; W.append(np.ones(len(y))); O += [-1] * len(y)
    if not E:
        return np.zeros((0, 384), np.float32), np.zeros(0, int), [], np.zeros(0), np.zeros(0, int)
    O = np.array(O)
    if (O == -2).any():
        print(f"# {int((O == -2).sum())} rewrites whose original is not a German train/dev/dev_test "
              "sentence (kept in every fold)", file=sys.stderr)
    return np.vstack(E), np.concatenate(Y), S, np.concatenate(W), O


def run_default(specs, Cs, mixes):
    p_head = X._head()
    keys = ["de_train", "de_dev", "de_dev_test"]
    deE, deY = X.emb(keys); deS, _ = X.text(keys)
    ntr = len(X.text(["de_train"])[0]); ndt = len(X.text(["de_dev_test"])[0])
    trE, trY = deE[:ntr], deY[:ntr]; dtE, dtY = deE[-ndt:], deY[-ndt:]
    fo = X.folds(deY)
    for spec in specs:
        exE, exY, _, exW, exO = _extra(spec, deS)
        for C in Cs:
            oof = []
            for tr, te in fo:
                keep = ~np.isin(exO, te)
                oof.append(X.p_lr(np.vstack([deE[tr], exE[keep]]), np.r_[deY[tr], exY[keep]], deE[te], C,
                                  np.r_[np.ones(len(tr)), exW[keep]]))
            keep = ~np.isin(exO, np.arange(len(deY) - ndt, len(deY)))
            pdt = X.p_lr(np.vstack([trE, exE[keep]]), np.r_[trY, exY[keep]], dtE, C, np.r_[np.ones(ntr), exW[keep]])
            for mix in mixes:
                cv = np.mean([X.mf(deY[te], mix * p_head(deE[te]) + (1 - mix) * o) for (tr, te), o in zip(fo, oof)])
                dt = X.mf(dtY, mix * p_head(dtE) + (1 - mix) * pdt)
                print(json.dumps({"model": "default", "extra": spec, "n_extra": len(exY), "C": C, "mix": mix,
                                  "cv": round(float(cv), 4), "dt05": round(float(dt), 4)}), flush=True)


def run_fast(specs):
    keys = ["de_train", "de_dev", "de_dev_test"]
    deS, deY = X.text(keys)
    ntr = len(X.text(["de_train"])[0]); ndt = len(X.text(["de_dev_test"])[0])
    fo = X.folds(deY)
    for spec in specs:
        _, exY, exS, exW, exO = _extra(spec, deS)
        scores = []
        for tr, te in fo:
            keep = ~np.isin(exO, te)
            p = X.fit_fast([deS[i] for i in tr] + [s for s, k in zip(exS, keep) if k], np.r_[deY[tr], exY[keep]],
                           [deS[i] for i in te], np.r_[np.ones(len(tr)), exW[keep]])
            scores.append(X.mf(deY[te], p))
        keep = ~np.isin(exO, np.arange(len(deY) - ndt, len(deY)))
        p = X.fit_fast(deS[:ntr] + [s for s, k in zip(exS, keep) if k], np.r_[deY[:ntr], exY[keep]],
                       deS[-ndt:], np.r_[np.ones(ntr), exW[keep]])
        print(json.dumps({"model": "fast", "extra": spec, "n_extra": len(exY), "cv": round(float(np.mean(scores)), 4),
                          "dt05": round(float(X.mf(deY[-ndt:], p)), 4)}), flush=True)


def test2024(model, spec, C=0.01, mix=0.5):
    """Frozen configuration, fit on all German train+dev+dev_test (+extra), evaluated once on test2024."""
    from analyzer._training import metrics
    keys = ["de_train", "de_dev", "de_dev_test"]
    deS, deY = X.text(keys)
    exE, exY, exS, exW, _ = _extra(spec, deS)
    teS, teY = X.text(["de_test2024"])
    if model == "default":
        deE, _ = X.emb(keys); teE, _ = X.emb(["de_test2024"])
        p = mix * X._head()(teE) + (1 - mix) * X.p_lr(np.vstack([deE, exE]), np.r_[deY, exY], teE, C,
                                                      np.r_[np.ones(len(deY)), exW])
    else:
        p = X.fit_fast(deS + exS, np.r_[deY, exY], teS, np.r_[np.ones(len(deY)), exW])
    print(json.dumps({"model": model, "extra": spec, "split": "test2024", **metrics(teY, p)}))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "embed":
        embed()
    elif cmd == "default":
        run_default(sys.argv[2].split(","), [float(c) for c in sys.argv[3].split(",")],
                    [float(m) for m in sys.argv[4].split(",")])
    elif cmd == "fast":
        run_fast(sys.argv[2].split(","))
    elif cmd == "test2024":
        test2024(sys.argv[2], sys.argv[3], *(float(a) for a in sys.argv[4:6]))
