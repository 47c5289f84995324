"""Sentence and document scores (0–100) from findings, voice, density, polarity, subjectivity.

Formula (also in the README):

    w_i      = base weight × voice factor (author 1.0, quote 0.2) × negation factor
    evidence = 1 − Π (1 − w_i)                         # noisy-or: more findings, more evidence
    density  = min(1, 10 · Σ w_i / max(words, 10))     # many findings in a short sentence
    tone     = |polarity of the author-voice words|
    base     = 0.75 · evidence + 0.15 · density + 0.10 · tone
    score    = 100 · base                               # lexicon and rules only

With the sentence classifier's P(SUBJ) ``p`` and its decision threshold ``t`` (0.5), the
classifier moves the score around the findings' verdict instead of adding to it:

    p ≥ t:  base += RAISE · (p − t) / (1 − t) · (1 − base)   # a judging sentence rises (≤ +30)
    p < t:  base *= 1 − LOWER · (t − p) / t                  # findings in a reporting sentence
                                                             # count less (at most halved)

Why centred: a classifier that only adds lifts every document by 15–19 points (measured on Der
Standard), so the same draft scored 48 / 43 / 26 with "schnell" / "genau" / "aus". Centred on the
threshold, the settings agree on average (``python -m bench.bench_scores``), and a sentence
without any finding cannot reach 50 on the classifier alone: the score stays anchored to what an
editor can see and change. Such sentences get a note instead (``pipeline``).

The document score is the word-weighted mean of sentence scores.
"""

from __future__ import annotations

from collections.abc import Sequence

VOICE_FACTOR = {"author": 1.0, "quote": 0.2}
EVIDENCE_SHARE = 0.75
DENSITY_SHARE = 0.15
TONE_SHARE = 0.10
SUBJECTIVITY_THRESHOLD = 0.5  # the classifiers' decision threshold (MODEL.md)
SUBJECTIVITY_RAISE = 0.3
SUBJECTIVITY_LOWER = 0.5
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
        base = subjectivity_adjusted(base, subjectivity)
    return round(100.0 * min(max(base, 0.0), 1.0), 2)


def subjectivity_adjusted(base: float, p: float, threshold: float = SUBJECTIVITY_THRESHOLD) -> float:
    """The findings' score ``base`` (0–1) moved by the classifier's P(SUBJ) ``p`` (see above)."""
    p = min(max(p, 0.0), 1.0)
    if p >= threshold:
        return base + SUBJECTIVITY_RAISE * (p - threshold) / (1.0 - threshold) * (1.0 - base)
    return base * (1.0 - SUBJECTIVITY_LOWER * (threshold - p) / threshold)


def document_score(scores: Sequence[float], words: Sequence[int]) -> float:
    total = sum(words)
    if not scores:
        return 0.0
    if total == 0:
        return sum(scores) / len(scores)
    return sum(s * w for s, w in zip(scores, words, strict=True)) / total
