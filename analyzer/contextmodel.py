"""Contextual evaluative-word model: findings from the default sentence classifier's token states.

The default classifier runs its fine-tuned multilingual-e5-small encoder over every sentence; its
last-layer token states say how a word is used *here*. A logistic regression on a word's state
(the mean of its sentencepieces' states, 384 numbers) plus a few cheap features (the shipped word
model's P, common-word flag, PolArt polarity, the sentence's P(SUBJ), piece count, capital
letter) gives the probability that the word is evaluative word choice; a multinomial head on the
same features its category. Trained by ``scripts/train_contextmodel.py`` (MODEL.md, "Contextual
token model").

Run time: the classifier projects each piece's state on the model's state weights (a few floats
per piece, cached with the sentence's P(SUBJ); ``classifier.PieceLogits``); this module averages
them per word, adds the cheap part, calibrates and makes one finding per flagged word (adjacent
flagged words of a sentence merged) that overlaps no other finding and no silenced span. Only
with the default classifier on the ONNX encoder; ``word_model=False`` and
``disable=["context"]`` turn it off.

Its findings are *uncertain*: weight 0.5 × P, capped at 0.38 (below 0.4, "prüfen"). Judged blind
right after shipping they were right about half the time (39 of 90), so the calibration (kind
``context``) weights them from those verdicts (only ever lowering): about 0.27–0.38, most
0.3–0.35.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lexicon import id_slug
from .results import Finding
from .taxonomy import CATEGORIES
from .text import Token

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_NAME = "context_model"
FORMAT = 1
STATE_DIM = 384
# the cheap features, in the order of the weights (research/context_tokens.py: features())
CHEAP_FEATURES = ("word_model_logit", "word_model_none", "common", "polarity_pos",
                  "polarity_neg", "polarity_intensifier", "polarity_shifter", "sentence_logit",
                  "log_pieces", "capital")
KIND = "context"
WEIGHT_PER_P = 0.5
MAX_WEIGHT = 0.38  # below 0.4 until blind verdicts exist: an editor sees "prüfen"
# the least probability a finding is shown with: the training threshold (0.6) let through a band
# that blind judges found right about half the time (136 of 267 at P 0.60–0.65, against 399 of
# 601 from 0.65 on; bench/precision/blind_weights.jsonl, thirty-fifth session)
SHOW_MIN_P = 0.65
FALLBACK_CATEGORY = "loaded_language"
_SUGGESTION = "sachlich beschreiben, was gemeint ist"
# words the model reads as a source's sign, which never are word choice: "laut" names its
# source (or means "loudly": "Niemand beschwert sich laut"), as "zufolge" and "gemäß" do
_SOURCE_WORDS = frozenset({"laut", "zufolge", "gemäß"})


# what a reporter sees people do or show ("lächelt nur und schweigt", "winkt fröhlich", "wirkt
# sichtlich erschöpft", "zeigte sich skeptisch"): the model reads these as evaluative, but judged
# blind they were the author's judgement 3 times in 37 (lemmas and forms)
_OBSERVED = frozenset({
    "lachen", "lächeln", "grinsen", "schmunzeln", "murmeln", "flüstern", "krächzen", "schweigen",
    "jubeln", "zittern", "weinen", "seufzen", "nicken", "winken", "hoffen", "sichtlich",
    "skeptisch", "unruhig", "erschöpft", "verärgert", "verärgern", "beeindruckt", "imponieren",
    "imponiert", "übermütig", "freudig", "fröhlich", "still", "stumm",
    # a machine's signals and a person's mood as seen ("Der Kaffee piept", "ein blinkendes
    # Lämpchen", "der gut gelaunte Koch"): judged blind 0 of 3
    "piepen", "piepsen", "blinken", "blinkend", "blinkende", "blinkenden", "blinkender",
    "blinkendes", "gelaunt", "gelaunte", "gelaunten", "gelaunter", "gelauntes",
    # a reaction as seen ("Die Oma ist irritiert") and noises as heard ("Es fiepte. Es
    # rumpelte."): judged blind 0 of 3 (forty-third session)
    "irritieren", "irritiert", "fiepen", "rumpeln", "klappern", "rascheln", "quietschen"})
# (not "müde": a review's "müde Pointe" judges; not "hören": the lemma of "gehört" too)
# light and auxiliary verbs carry no judgement of their own ("und das tut sie selten", "Das
# reicht nicht", "bleibt offen"); where the phrase judges, a lexicon entry names it. Judged blind
# as context findings: tun 2 of 6 right, bleiben 0 of 3, reichen 0 of 2, helfen 0 of 2, sein,
# werden, stehen, sagen 0 of 1 each (all sessions to the forty-third)
_LIGHT_VERBS = frozenset({"sein", "werden", "haben", "tun", "bleiben", "stehen", "sagen", "geben",
                          "machen", "kommen", "gehen", "nehmen", "reichen", "helfen"})


class ContextModelError(RuntimeError):
    """The context model's files are missing or invalid (a one-line German error)."""


@dataclass(frozen=True)
class ContextModel:
    """Weights of both heads; read-only, shared by all threads."""

    state_w: np.ndarray  # (384, 1 + K): column 0 the evaluative head, then one per category
    cheap_w: np.ndarray  # (len(CHEAP_FEATURES), 1 + K)
    bias: np.ndarray  # (1 + K,)
    categories: tuple[str, ...]
    threshold: float
    platt: tuple[float, float]
    key: str  # names the projection in the classifier's sentence cache

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> ContextModel:
        jpath, npath = directory / f"{name}.json", directory / f"{name}.npz"
        try:
            meta = json.loads(jpath.read_text(encoding="utf-8"))
            raw = npath.read_bytes()
            with np.load(npath, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        except OSError:
            raise ContextModelError(f"Kontextmodell nicht gefunden: {npath.name}/{jpath.name} in "
                                    f"{directory}; bitte scripts/train_contextmodel.py "
                                    "ausführen.") from None
        except (ValueError, EOFError, zipfile.BadZipFile) as exc:  # JSONDecodeError too
            raise ContextModelError(f"Kontextmodell unlesbar: {directory / name} "
                                    f"({type(exc).__name__})") from None
        try:
            if meta.get("format") != FORMAT:
                raise ValueError(f"format {meta.get('format')!r} statt {FORMAT}")
            if tuple(meta["cheap_features"]) != CHEAP_FEATURES:
                raise ValueError("andere Merkmale als dieser Code")
            digest = hashlib.sha256(raw).hexdigest()
            if meta.get("npz_sha256") != digest:
                raise ValueError("Prüfsumme der Gewichte stimmt nicht")
            cats = tuple(str(c) for c in meta["categories"])
            if not cats or any(c not in CATEGORIES for c in cats):
                raise ValueError(f"unbekannte Kategorie in {cats}")
            k = 1 + len(cats)
            sw = np.asarray(arrays["state_w"], np.float32)
            cw = np.asarray(arrays["cheap_w"], np.float64)
            b = np.asarray(arrays["bias"], np.float64)
            if sw.shape != (STATE_DIM, k) or cw.shape != (len(CHEAP_FEATURES), k) \
                    or b.shape != (k,):
                raise ValueError(f"Formen {sw.shape}, {cw.shape}, {b.shape} passen nicht")
            if not (np.isfinite(sw).all() and np.isfinite(cw).all() and np.isfinite(b).all()):
                raise ValueError("Gewichte nicht endlich")
            threshold = float(meta["threshold"])
            pa, pb = (float(x) for x in meta["platt"])
            if not 0.0 < threshold < 1.0 or not (math.isfinite(pa) and math.isfinite(pb)):
                raise ValueError("Schwelle oder Kalibrierung ungültig")
        except (KeyError, TypeError, ValueError) as exc:
            raise ContextModelError(f"Kontextmodell ungültig: {jpath.name} ({exc})") from None
        return cls(sw, cw, b, cats, threshold, (pa, pb), f"{name}:{digest[:16]}")

    def weight(self, p: float) -> float:
        """Severity from the calibrated probability, kept below 0.4 until judged."""
        return round(min(MAX_WEIGHT, WEIGHT_PER_P * p), 4)

    def findings(self, text: str, tokens: Sequence[Token], sentence_start: int,
                 pieces: object, blocked: Sequence[tuple[int, int]],
                 word_p: dict[int, float], voice_of: Callable[[str, int, int], str],
                 voice_factor: dict[str, float], disabled: frozenset[str] = frozenset()
                 ) -> list[Finding]:
        """Findings of one sentence. ``pieces``: its ``classifier.PieceLogits``; ``blocked``:
        spans of every other finding and of silenced words; ``word_p``: the word model's P per
        token index (missing: the word model gives none, e.g. a listed word)."""
        from . import wordmodel as wm

        spans = pieces.spans  # type: ignore[attr-defined]
        values = pieces.values  # type: ignore[attr-defined]
        if not len(spans) or not tokens:
            return []
        sent_logit = _logit(pieces.p)  # type: ignore[attr-defined]
        a, b = self.platt
        common = wm.common_lemma_keys()
        ps, pe = spans[:, 0:1].T, spans[:, 1:2].T  # (1, n_pieces)
        # the content words that may become findings (pieces of their own, not blocked), and
        # each one's number in the sentence (with a jump at punctuation): the next content word,
        # only function words between, is merged into one finding
        cand: list[tuple[int, int]] = []  # token index, content number
        n_content = 0
        first = next((i for i, t in enumerate(tokens) if t.is_word), -1)
        for i, t in enumerate(tokens):
            if not t.is_word:
                n_content += 1
                continue
            if not wm.is_content(t):
                continue
            n_content += 1
            if t.lower in _SOURCE_WORDS or t.lemma in _OBSERVED or t.lower in _OBSERVED \
                    or t.lemma in _LIGHT_VERBS:
                continue
            if t.text[:1].isupper() and i != first:
                continue  # a noun: judged blind, 2 of 11 flagged nouns were right
            if not any(s < t.end and t.start < e for s, e in blocked):
                cand.append((i, n_content))
        if not cand:
            return []
        a0 = np.array([tokens[i].start - sentence_start for i, _ in cand])[:, None]
        a1 = np.array([tokens[i].end - sentence_start for i, _ in cand])[:, None]
        member = (ps >= 0) & (ps < a1) & (pe > a0)  # (n_words, n_pieces)
        count = member.sum(1)
        has = count > 0
        if not has.any():
            return []
        member, count = member[has], count[has]
        cand = [c for c, h in zip(cand, has, strict=True) if h]
        rows = []
        for (i, _), n in zip(cand, count, strict=True):
            t = tokens[i]
            wp = word_p.get(i)
            rows.append((_logit(wp) if wp is not None else 0.0, float(wp is None),
                         float(wm.common_key(t.lemma) in common), *wm._polarity(t.lower, t.lemma),
                         sent_logit, math.log(n), float(t.text[:1].isupper())))
        z = ((member.astype(np.float32) @ values).astype(np.float64) / count[:, None]
             + np.asarray(rows, np.float64) @ self.cheap_w + self.bias)
        prob = 1.0 / (1.0 + np.exp(-(a * z[:, 0] + b)))
        flagged: list[tuple[int, float, np.ndarray, int]] = []  # token, P, category logits, number
        for k in np.flatnonzero(prob >= max(self.threshold, SHOW_MIN_P)):
            i, num = cand[k]
            if not wm.is_name(tokens[i].text):
                flagged.append((i, float(prob[k]), z[k, 1:], num))
        out: list[Finding] = []
        group: list[tuple[int, float, np.ndarray, int]] = []
        for item in [*flagged, None]:
            if item is not None and group and item[3] == group[-1][3] + 1:
                group.append(item)
                continue
            if group:
                f = self._finding(text, tokens, group, voice_of, voice_factor)
                if f.id not in disabled and f.category not in disabled:
                    out.append(f)
            group = [item] if item is not None else []
        return out

    def _finding(self, text: str, tokens: Sequence[Token],
                 group: list[tuple[int, float, np.ndarray, int]],
                 voice_of: Callable[[str, int, int], str],
                 voice_factor: dict[str, float]) -> Finding:
        first, last = tokens[group[0][0]], tokens[group[-1][0]]
        start, end = first.start, last.end
        head_i, p, _, _ = max(group, key=lambda g: g[1])
        logits = np.sum([g[2] for g in group], axis=0)
        category = self.categories[int(np.argmax(logits))] if len(logits) else FALLBACK_CATEGORY
        cat = CATEGORIES.get(category) or CATEGORIES[FALLBACK_CATEGORY]
        voice = voice_of(cat.key, start, end)
        word = text[start:end]
        base = self.weight(p)
        prob = f"{p:.2f}".replace(".", ",")
        explanation = (f"„{word}“ liest sich in diesem Zusammenhang wertend ({cat.label}; "
                       f"Kontextmodell, Wahrscheinlichkeit {prob}); gelernt an redaktionell "
                       "markierten Texten, in Blindprüfungen knapp jedes zweite Mal berechtigt. "
                       "Bitte prüfen, ob eine sachliche Beschreibung trägt.")
        if voice == "quote":
            explanation += " Steht im Zitat bzw. in indirekter Rede – Wertung der Quelle."
        return Finding(
            start=start, end=end, text=word, category=cat.key, label=cat.label,
            weight=base * voice_factor[voice], voice=voice,  # type: ignore[arg-type]
            explanation=explanation, suggestion=_SUGGESTION,
            id=f"{KIND}.{id_slug(tokens[head_i].lemma)}", base_weight=base,
        )


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


_lock = threading.Lock()


@lru_cache(maxsize=2)
def load_context_model(directory: Path = MODEL_DIR) -> ContextModel:
    """The shipped model, loaded lazily once per process."""
    with _lock:
        return ContextModel.load(directory)
