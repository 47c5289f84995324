"""Negation of the twenty-second session: "ohne" governs its whole zu-infinitive clause.
Sentences written for these tests."""

from __future__ import annotations

from .conftest import sentence_findings


def _negated(text: str, word: str) -> list[bool]:
    return [f.negated for f in sentence_findings(text) if word in f.text]


def test_ohne_governs_its_zu_infinitive_with_words_between() -> None:
    """"…, ohne sie je zu verhöhnen": the word is negated, as "ohne sie zu verhöhnen" already
    was; a plain "verhöhnen" is not."""
    assert _negated("Die Regisseurin zitiert das Original, ohne es je zu verhöhnen.",
                    "verhöhnen") == [True]
    assert _negated("Die Regisseurin zitiert das Original, ohne dabei die alten Meister zu "
                    "verhöhnen.", "verhöhnen") == [True]
    assert _negated("Die Regisseurin wollte das Original verhöhnen.", "verhöhnen") == [False]
