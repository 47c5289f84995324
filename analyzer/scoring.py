"""Sentence and document scores (0–100) from findings, voice, density, polarity, subjectivity.

Formula (also in the README):

    w_i      = base weight × voice factor (author 1.0, quote 0.2) × negation factor
    evidence = 1 − Π (1 − w_i)                         # noisy-or: more findings, more evidence
    density  = min(1, 10 · Σ w_i / max(words, 10))     # many findings in a short sentence
    tone     = |polarity of the author-voice words|
    base     = 0.75 · evidence + 0.15 · density + 0.10 · tone
    score    = 100 · base                               # lexicon and rules only
    score    = 100 · (1 − (1 − base) · (1 − 0.6 · p))   # with classifier probability p of SUBJ

The document score is the word-weighted mean of sentence scores.
"""

from __future__ import annotations

from collections.abc import Sequence

VOICE_FACTOR = {"author": 1.0, "quote": 0.2}
EVIDENCE_SHARE = 0.75
DENSITY_SHARE = 0.15
TONE_SHARE = 0.10
SUBJECTIVITY_SHARE = 0.6
JUDGING_THRESHOLD = 50.0


def sentence_score(weights: Sequence[float], words: int, author_polarity: float,
                   subjectivity: float | None = None) -> float:
    """Score one sentence from its findings' effective weights (see module docstring)."""
    remaining = 1.0
    for w in weights:
        remaining *= 1.0 - min(max(w, 0.0), 1.0)
    evidence = 1.0 - remaining
    density = min(1.0, 10.0 * sum(weights) / max(words, 10))
    tone = min(1.0, abs(author_polarity))
    base = EVIDENCE_SHARE * evidence + DENSITY_SHARE * density + TONE_SHARE * tone
    if subjectivity is not None:
        base = 1.0 - (1.0 - base) * (1.0 - SUBJECTIVITY_SHARE * subjectivity)
    return round(100.0 * min(max(base, 0.0), 1.0), 2)


def document_score(scores: Sequence[float], words: Sequence[int]) -> float:
    total = sum(words)
    if not scores:
        return 0.0
    if total == 0:
        return sum(scores) / len(scores)
    return sum(s * w for s, w in zip(scores, words, strict=True)) / total
