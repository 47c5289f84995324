"""Is this finding right, given its entry's measured precision AND the sentence around it?

The calibration (``analyzer/calibration.py``) gives every rule or lexicon entry one estimated
precision, whatever the context. On the judged rounds most wrong findings share signs the voice
rules did not turn into a hard decision: a verb or noun of saying in the sentence or the one
before, a quotation in the same paragraph, Konjunktiv, a colon introduction, a capitalized term.
This module turns such signs into a few explainable features, computed from what the engine
already knows at finding time (tokens, sentences, the document's text; no sentence classifier),
and a logistic regression on the verdicts combines them with the logit of the entry's estimated
precision:

    p = sigmoid(b0 + a · logit(q) + Σ b_k · x_k)

Status (2026-11-30): evaluated, NOT wired into the engine. ``research/calibration_context.py``
refits calibration and model without each held-out document or judging round (987 judged
findings): pooled, p beats q (Brier 0.158 -> 0.156 leave-one-document-out, 0.171 -> 0.165
leave-one-round-out; the same share right at weight >= 0.4, a few more right findings above it),
but half of that is a plain recalibration of q, and the document features (quote marks, a
first-person author) mostly tell the quote-intact written and SemEval texts from the Der
Standard corpus. p is much better on the written desk texts and SemEval, and worse than q on
every Der Standard round judged blind since round 3 (r3-r8; round 8: Brier 0.204 -> 0.215).
The coefficients would be data (``lexicons/reliability.json``: numbers only, ``to_dict``),
loaded once by ``load``; while the file is absent, nothing changes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .results import Finding
from .text import Sentence, Token
from .voice import konjunktiv_i_forms, speech_cues

DATA_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "reliability.json"

# The features, in the order of the coefficient vector (all 0/1 unless noted). Chosen few and
# general; tried and left out because the set without them scored better under both
# leave-one-document-out and leave-one-round-out: a name in the sentence, Konjunktiv II,
# first/second person in the sentence, the lead, brackets; negation (see below).
FEATURES: tuple[str, ...] = (
    "speaker_here",  # a verb, noun or preposition of saying in the finding's sentence
    "speaker_before",  # … in the previous sentence of the same paragraph
    "quote_in_paragraph",  # a quotation mark in the finding's paragraph
    "konjunktiv_i",  # a Konjunktiv I form in the sentence (reported speech)
    "colon_before",  # a colon before the finding in its sentence ("Sein Fazit: …")
    "question",  # the sentence ends with a question mark
    "doc_first_person",  # two or more sentences of the document use "ich" (column, feature)
    "doc_quotes",  # quotation marks per 100 words of the document, log(1 + x)
    "span_words",  # log of the finding's number of words (a negator before it not counted)
    "capitalized",  # its last word is capitalized (a noun, name or term), not sentence-initial
)
# Negation is no feature: the category's negation factor already scales a negated finding's
# weight (``scoring``), and "kein Meisterwerk" keeps the reliability of "Meisterwerk".

_QUOTE_CHARS = frozenset("„“”»«\"")
_MARKS = "„“”»«‚‘’\"'()[].,;:!?…"
_FIRST_SINGULAR = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner"})


@dataclass(frozen=True, slots=True)
class SentenceSignals:
    """What each sentence says about voice, computed once per document."""

    speaker: bool
    konjunktiv_i: bool
    question: bool
    paragraph: int


@dataclass(frozen=True, slots=True)
class DocumentSignals:
    sentences: tuple[SentenceSignals, ...]
    quoted_paragraphs: frozenset[int]
    first_person: bool
    quote_density: float  # log(1 + quotation marks per 100 words)


def _speaker(tokens: Sequence[Token]) -> bool:
    cues = speech_cues()
    for i, t in enumerate(tokens):
        if t.lemma in cues.nouns or t.lower in cues.nouns or t.lower in cues.preps:
            return True
        if t.is_word and cues.verb_at(tokens, i):
            return True
    return False


def document_signals(text: str, sentences: Sequence[Sentence]) -> DocumentSignals:
    """Per-sentence and per-document signals; paragraphs are separated by line breaks."""
    ki = konjunktiv_i_forms()
    out = []
    quoted: set[int] = set()
    paragraph = 0
    last_end = 0
    first_person = 0
    for sent in sentences:
        paragraph += text.count("\n", last_end, sent.start) > 0
        last_end = sent.end
        toks = sent.tokens
        words = [t for t in toks if t.is_word]
        if any(c in _QUOTE_CHARS for c in text[sent.start:sent.end]):
            quoted.add(paragraph)
        first_person += any(t.lower in _FIRST_SINGULAR for t in words)
        out.append(SentenceSignals(
            speaker=_speaker(toks),
            konjunktiv_i=any(t.lower in ki for t in words),
            question=text[sent.start:sent.end].rstrip().endswith("?"),
            paragraph=paragraph))
    n_words = sum(1 for s in sentences for t in s.tokens if t.is_word)
    marks = sum(1 for c in text if c in _QUOTE_CHARS)
    density = math.log1p(100.0 * marks / n_words) if n_words else 0.0
    return DocumentSignals(tuple(out), frozenset(quoted), first_person >= 2, density)


def features(text: str, sent: Sentence, doc: DocumentSignals, finding: Finding
             ) -> tuple[float, ...]:
    """The feature vector (order of ``FEATURES``) of a finding in sentence ``sent``."""
    index = sent.index
    here = doc.sentences[index]
    before = (doc.sentences[index - 1] if index > 0
              and doc.sentences[index - 1].paragraph == here.paragraph else None)
    head = text[sent.start:finding.start]
    span = finding.text.split()
    words = max(1, len(span) - int(finding.negated))
    last_initial = bool(head.strip()) or len(span) > 1
    last = span[-1].strip(_MARKS) if span else ""
    capitalized = last[:1].isupper() and last_initial
    return (
        float(here.speaker),
        float(before is not None and before.speaker),
        float(here.paragraph in doc.quoted_paragraphs),
        float(here.konjunktiv_i),
        float(":" in head),
        float(here.question),
        float(doc.first_person),
        doc.quote_density,
        math.log(words),
        float(capitalized),
    )


def _logit(p: float) -> float:
    p = min(1 - 1e-4, max(1e-4, p))
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class Model:
    """Logistic regression over logit(entry precision) and the context features."""

    intercept: float
    precision_coef: float
    coefs: tuple[float, ...]  # order of FEATURES

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Model:
        try:
            coefs = data["coefficients"]
            names = list(coefs)
            missing = [f for f in FEATURES if f not in coefs]
            extra = [n for n in names if n not in FEATURES and n != "logit_precision"]
            if missing or extra:
                raise ValueError(f"features differ from the code's: missing {missing}, "
                                 f"unknown {extra}")
            values = [float(data["intercept"]), float(coefs["logit_precision"]),
                      *(float(coefs[f]) for f in FEATURES)]
            if not all(math.isfinite(v) for v in values):
                raise ValueError("coefficients must be finite numbers")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"invalid reliability data: {exc}") from None
        return cls(values[0], values[1], tuple(values[2:]))

    def probability(self, precision: float, x: Sequence[float]) -> float:
        """Estimated chance that the finding is right."""
        z = self.intercept + self.precision_coef * _logit(precision)
        z += sum(b * v for b, v in zip(self.coefs, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load(path: Path = DATA_FILE) -> Model | None:
    """The shipped model, or None when the file is absent (weights stay entry-level)."""
    if not path.exists():
        return None
    try:
        return Model.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValueError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def fit(precisions: Sequence[float], xs: Sequence[Sequence[float]], right: Sequence[bool],
        c: float = 1.0) -> Model:
    """Logistic regression (L2, inverse strength ``c``) of the verdicts on logit(precision) and
    the features. Needs scikit-learn (research and benchmark only; the engine reads the JSON)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit([[_logit(q), *x] for q, x in zip(precisions, xs, strict=True)],
           [int(r) for r in right])
    coef = [float(v) for v in lr.coef_[0]]
    return Model(float(lr.intercept_[0]), coef[0], tuple(coef[1:]))


def to_dict(model: Model, note: str, trained_on: Mapping[str, Any]) -> dict[str, Any]:
    """The data file's content: coefficients by feature name (rounded), no text."""
    return {
        "note": note,
        "trained_on": dict(trained_on),
        "intercept": round(model.intercept, 4),
        "coefficients": {"logit_precision": round(model.precision_coef, 4),
                         **{f: round(b, 4) for f, b in zip(FEATURES, model.coefs, strict=True)}},
    }
