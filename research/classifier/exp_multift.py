# ruff: noqa  (research script, kept as it was run)
"""Issue 12: does a multilingual scale-mode fine-tune of the encoder beat the shipped `ft6s_en`?

The encoder is trained by `scripts/subj_finetune/ft.py` (no German sentence in its training data), so
German CV of the heads on its embeddings is clean. Protocol as in RESULTS.md / exp_multilingual.py:
CV = 5-fold stratified CV (seed 13) on DE train+dev+dev_test at 0.5; dt@.5 = fit on DE train
(+English), evaluated on DE dev_test. The `default` recipe: mix * encoder's own head +
(1 - mix) * StandardScaler + LR(C, balanced) on DE (+ EN 2023/24 train+dev+dev_test).

    # embeddings of an exported encoder (.bin from ft.py --export) -> $TONLAGE_EMB_CACHE-<name>
    python research/classifier/exp_multift.py embed ft6s_multi scripts/subj_finetune/cache/ft/ft6s_multi.bin
    # CV + dt rows; head = ft.py's .head.pt (needs torch) or an .npz with enhead_w/_b/_scale
    python research/classifier/exp_multift.py cv ft6s_multi scripts/subj_finetune/cache/ft/ft6s_multi.head.pt
    python research/classifier/exp_multift.py cv ft6s_en analyzer/models/subj_default_head.npz  # shipped
    # LR extra data other than EN 2023/24 (groups of exp_multilingual.py, embedded first)
    python research/classifier/exp_multift.py embed ft6s_multi BIN men_dev_test,men_test,bg_train,bg_dev,bg_dev_test
    python research/classifier/exp_multift.py cv ft6s_multi HEAD en+en2025+bg
    # ONCE, with the configuration frozen on CV (mix, C): fit on DE train+dev+dev_test + EN
    python research/classifier/exp_multift.py test2024 ft6s_multi HEAD 0.5 0.01

The shipped encoder's embeddings are those exp_multilingual.py cached (same file layout), so
`ft6s_en` reads $TONLAGE_EMB_CACHE (default <tmp>/tonlage-subj-emb) and a new encoder
<that>-<name>.
"""
import json, sys, time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exp_multilingual as ml  # noqa: E402  (file list, readers, folds, LR as in the earlier rounds)

DE = ["de_train", "de_dev", "de_dev_test"]
RESULTS = Path(__file__).resolve().parent / "results_multift.jsonl"


def record(row):
    """Print a result row and append it, with the command that made it, to results_multift.jsonl."""
    print(json.dumps(row), flush=True)
    cmd = "python research/classifier/exp_multift.py " + " ".join(sys.argv[1:])
    with open(RESULTS, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({**row, "cmd": cmd}) + "\n")
EN = ml.GROUPS["en"]


def cache_of(name):
    return ml.CACHE if name == "ft6s_en" else ml.CACHE.with_name(ml.CACHE.name + "-" + name)


def emb(name, keys):
    E, Y = [], []
    for k in keys:
        z = np.load(cache_of(name) / f"{k}.npz"); E.append(z["E"]); Y.append(z["y"])
    return np.vstack(E), np.concatenate(Y)


def embed(name, bin_path, keys):
    from analyzer.classifier import _load_e5
    out = cache_of(name); out.mkdir(parents=True, exist_ok=True)
    e5, t0 = _load_e5(Path(bin_path)), time.time()
    for key in keys:
        if (out / f"{key}.npz").exists():
            continue
        s, y = ml.rd(ml.FILES[key])
        E = np.vstack([np.atleast_2d(e5.query(s[i:i + 16])) for i in range(0, len(s), 16)]).astype(np.float32)
        np.savez(out / f"{key}.npz", E=E, y=y)
        print(key, len(s), round(time.time() - t0), flush=True)


def head(path):
    path = Path(path)
    if path.suffix == ".pt":
        import torch
        h = torch.load(path)
        w, b, scale = h["w"].numpy(), h["b"].numpy(), float(h["scale"])
    else:
        h = np.load(path)
        w, b, scale = h["enhead_w"], h["enhead_b"], float(h["enhead_scale"])
    def p_head(E):
        z = (E * scale) @ w.T + b
        return 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))
    return p_head


def run_cv(name, head_path, extra="en", Cs=(0.003, 0.01), mixes=(0.0, 0.3, 0.5, 1.0)):
    p_head = head(head_path)
    deE, deY = emb(name, DE); trE, trY = emb(name, ["de_train"]); dtE, dtY = emb(name, ["de_dev_test"])
    exE, exY = emb(name, [k for g in extra.split("+") for k in ml.GROUPS[g]])
    fo = ml.folds(deY)
    rows = []
    for C in Cs:
        oof = [ml.p_lr(np.vstack([deE[tr], exE]), np.r_[deY[tr], exY], deE[te], C) for tr, te in fo]
        pdt = ml.p_lr(np.vstack([trE, exE]), np.r_[trY, exY], dtE, C)
        for mix in mixes:
            per = [ml.mf(deY[te], mix * p_head(deE[te]) + (1 - mix) * o) for (tr, te), o in zip(fo, oof)]
            r = {"encoder": name, "extra": extra, "C": C, "mix": mix, "cv": round(float(np.mean(per)), 4),
                 "cv_folds": [round(float(f), 4) for f in per],
                 "dt05": round(float(ml.mf(dtY, mix * p_head(dtE) + (1 - mix) * pdt)), 4)}
            record(r); rows.append(r)
    return rows


def run_test2024(name, head_path, mix, C):
    from sklearn.metrics import precision_recall_fscore_support
    p_head = head(head_path)
    deE, deY = emb(name, DE); exE, exY = emb(name, EN); teE, teY = emb(name, ["de_test2024"])
    p = mix * p_head(teE) + (1 - mix) * ml.p_lr(np.vstack([deE, exE]), np.r_[deY, exY], teE, C)
    P, R, F, _ = precision_recall_fscore_support(teY, (p >= .5).astype(int), labels=[1, 0])
    r = {"encoder": name, "split": "test2024", "extra": "en", "C": C, "mix": mix,
         "macro_f1": round(float(ml.mf(teY, p)), 4), "subj_p": round(float(P[0]), 4), "subj_r": round(float(R[0]), 4),
         "subj_f1": round(float(F[0]), 4), "obj_f1": round(float(F[1]), 4)}
    record(r)
    return r


if __name__ == "__main__":
    cmd, name = sys.argv[1], sys.argv[2]
    if cmd == "embed":
        keys = sys.argv[4].split(",") if len(sys.argv) > 4 else DE + EN
        embed(name, sys.argv[3], keys)
    elif cmd == "cv":
        run_cv(name, sys.argv[3], *sys.argv[4:5])
    elif cmd == "test2024":
        run_test2024(name, sys.argv[3], float(sys.argv[4]), float(sys.argv[5]))
