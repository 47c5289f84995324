"""Negation scope: "kein Skandal", "nicht besonders" must not silently read as the plain phrase."""

from __future__ import annotations

from collections.abc import Sequence

from .text import Token

NEGATORS = frozenset({
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "nirgends", "keineswegs", "keinesfalls", "ohne",
})
# "nicht nur ein Skandal" adds, it does not negate.
_NOT_NEGATING_NEXT = frozenset({"nur", "bloß", "allein", "einmal", "zuletzt", "umsonst", "selten"})
_SCOPE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", "»", "«", "?", "!", "."})
LOOKBACK = 3


def negator_before(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Index of a negator governing tokens[start:end], or None.

    Looks back up to three tokens within the clause; a negator inside the match itself
    (a litotes entry like "nicht ganz unumstritten") is part of the phrase, not a negation of it.
    """
    if any(t.lower in NEGATORS for t in tokens[start:end]):
        return None
    for k in range(start - 1, max(-1, start - 1 - LOOKBACK), -1):
        tok = tokens[k]
        if tok.text in _SCOPE_BREAKS:
            return None
        if tok.lower in NEGATORS:
            if k + 1 < len(tokens) and tokens[k + 1].lower in _NOT_NEGATING_NEXT:
                return None
            if k > 0 and tokens[k - 1].lower in NEGATORS:
                return None  # "nicht ohne Hintergedanken": a double negative affirms
            return k
    return None
