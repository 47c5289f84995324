"""Immutable result types; ``to_dict`` gives the stable JSON schema documented in the README."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Voice = Literal["author", "quote"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One evaluative phrase: ``text`` equals the analyzed text's ``[start:end]``."""

    start: int
    end: int
    text: str
    category: str
    label: str
    weight: float  # effective severity 0–1 after voice and negation
    voice: Voice
    explanation: str
    suggestion: str | None
    id: str
    base_weight: float = 0.0  # the lexicon/rule weight before voice and negation
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text,
            "category": self.category, "label": self.label, "weight": round(self.weight, 4),
            "voice": self.voice, "explanation": self.explanation, "suggestion": self.suggestion,
            "id": self.id, "base_weight": round(self.base_weight, 4), "negated": self.negated,
        }


@dataclass(frozen=True, slots=True)
class SentenceResult:
    index: int
    start: int
    end: int
    text: str
    score: float  # 0–100
    polarity: float  # textblob-de compatible, -1..1
    subjectivity: float | None  # classifier probability of SUBJ, None without classifier
    findings: tuple[Finding, ...]
    words: int = 0
    # editors' note when the sentence model judges a sentence that has no author-voice finding
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index, "start": self.start, "end": self.end, "text": self.text,
            "score": round(self.score, 2), "polarity": round(self.polarity, 4),
            "subjectivity": None if self.subjectivity is None else round(self.subjectivity, 4),
            "findings": [f.to_dict() for f in self.findings],
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    sentences: int
    words: int
    score: float
    findings_per_1000_words: float
    by_category: dict[str, int]
    share_sentences_score_ge_50: float
    by_voice: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences, "words": self.words, "score": round(self.score, 2),
            "findings_per_1000_words": round(self.findings_per_1000_words, 2),
            "by_category": dict(self.by_category),
            "share_sentences_score_ge_50": round(self.share_sentences_score_ge_50, 4),
            "by_voice": dict(self.by_voice),
        }


@dataclass(frozen=True, slots=True)
class DocumentResult:
    version: str
    language: str
    warnings: tuple[str, ...]
    summary: Summary
    sentences: tuple[SentenceResult, ...]
    text: str = field(default="", repr=False)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for s in self.sentences for f in s.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "language": self.language, "warnings": list(self.warnings),
            "summary": self.summary.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
        }
