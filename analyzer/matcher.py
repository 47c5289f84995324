"""Lemma-aware phrase matching over a sentence's tokens, longest match first.

Why not spaCy's Matcher: a token here matches if its surface form *or* its lemma matches, plus
prefix alternatives for German inflection and compounds ("ernannt*"); spaCy can only express that
through slow custom extension attributes. Patterns are indexed by their first token, so the cost
per token is a few dictionary lookups, independent of lexicon size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import CompiledPattern, Entry, Gap, Lexicon, TokenSpec
from .text import Token

_GAP_STOPS = frozenset({";", ".", "!", "?"})
_PLANS_MAX = 200_000


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int  # token index, inclusive
    end: int  # token index, exclusive


def token_matches(spec: TokenSpec, tok: Token) -> bool:
    if tok.lower in spec.lowers or tok.lemma in spec.lemmas or tok.text in spec.cased:
        return True
    if spec.prefixes and tok.lower.startswith(spec.prefixes):
        return True
    if spec.classes:
        if "@ANY" in spec.classes:
            return True
        if "@NUM" in spec.classes and tok.text[:1].isdigit():
            return True
        if "@CAP" in spec.classes and tok.is_upper_initial and tok.is_word:
            return True
    return False


_Candidate = tuple[int, CompiledPattern]
_Slot = tuple[list[_Candidate], dict[str, list[_Candidate]]]  # flat, by second-token key
# (candidates if they never depend on the next token, else None; index slots in key order;
#  prefix candidates; candidates when the next token continues no pattern; those next keys)
_Plan = tuple[list[_Candidate] | None, tuple[_Slot, ...], list[_Candidate], list[_Candidate],
              frozenset[str]]


class Matcher:
    """Compiled index over a lexicon; safe to share (the only state added while matching is a
    per-token-form memo of candidates, which any thread may fill)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._entries = lexicon.entries
        # first-token key → (candidates, second-token key → candidates); a two-level index,
        # because many phrases start with the same function word ("es heißt", "es ist klar")
        by_key: dict[str, tuple[list[_Candidate], dict[str, list[_Candidate]]]] = {}
        by_prefix: dict[str, list[tuple[str, _Candidate]]] = defaultdict(list)
        always: list[_Candidate] = []
        # patterns that start with a word class ("@CAP ohne Zahl"), by their second token's key:
        # tried only where the next token continues them, not at every token of every sentence
        class_then: dict[str, list[_Candidate]] = {}
        for idx, entry in enumerate(lexicon.entries):
            for variant in entry.compiled:
                first = variant.elements[0]
                assert isinstance(first, TokenSpec)
                cand = (idx, variant)
                second = variant.elements[1] if len(variant.elements) > 1 else None
                second_keys = _plain_keys(second)
                if first.classes:
                    if second_keys is None:
                        always.append(cand)
                    else:
                        for k2 in second_keys:
                            class_then.setdefault(k2, []).append(cand)
                    continue
                for key in first.lowers | first.lemmas | first.cased:
                    flat, nested = by_key.setdefault(key, ([], {}))
                    if second_keys is None:
                        flat.append(cand)
                    else:
                        for k2 in second_keys:
                            nested.setdefault(k2, []).append(cand)
                for prefix in first.prefixes:
                    by_prefix[prefix[:3]].append((prefix, cand))
        self._by_key = by_key
        self._by_prefix = dict(by_prefix)
        self._always = tuple(always)
        self._class_then = class_then
        # per distinct token form: its candidates (see ``_plan``); filled while matching
        self._plans: dict[tuple[str, ...], _Plan] = {}

    def _plan(self, i_keys: tuple[str, ...]) -> _Plan:
        """What a token with these lookup forms contributes, computed once per distinct form.

        See ``_Plan`` for what it holds."""
        plan = self._plans.get(i_keys)
        if plan is not None:
            return plan
        by_key = self._by_key
        slots = tuple(slot for key in i_keys if (slot := by_key.get(key)) is not None)
        prefixed: list[_Candidate] = []
        low = i_keys[0]
        bucket = self._by_prefix.get(low[:3])
        if bucket:
            prefixed = [cand for prefix, cand in bucket if low.startswith(prefix)]
        flat_only = list(self._gather(slots, (), prefixed).values())  # no two-token pattern applies
        seconds = frozenset(k2 for _, nested in slots for k2 in nested)
        fixed = flat_only if not seconds else None
        if len(self._plans) >= _PLANS_MAX:
            self._plans.clear()
        plan = self._plans[i_keys] = (fixed, slots, prefixed, flat_only, seconds)
        return plan

    def _candidates(self, tokens: Sequence[Token], i: int,
                    keys: Sequence[tuple[str, ...]] | None = None) -> list[_Candidate]:
        if keys is None:
            keys = [_keys(t) for t in tokens[i:i + 2]]
            i_keys, nxt = keys[0], keys[1] if len(keys) > 1 else ()
        else:
            i_keys, nxt = keys[i], keys[i + 1] if i + 1 < len(tokens) else ()
        fixed, slots, prefixed, flat_only, seconds = self._plan(i_keys)
        if fixed is not None:
            found_list = fixed
        elif seconds.isdisjoint(nxt):
            found_list = flat_only  # the next token starts none of this token's two-token patterns
        else:
            found = self._gather(slots, nxt, prefixed)
            found_list = list(found.values()) if found else []
        extra = self._class_first(nxt)
        return [*found_list, *extra] if extra else found_list

    def _class_first(self, nxt: Sequence[str]) -> list[_Candidate]:
        """Word-class-first patterns whose second token is one of ``nxt`` (the next token's keys)."""
        class_then = self._class_then
        if not class_then:
            return []
        out: list[_Candidate] = []
        for k2 in nxt:
            more = class_then.get(k2)
            if more:
                out.extend(more)
        return out

    def _gather(self, slots: tuple[_Slot, ...], nxt: Sequence[str], prefixed: Sequence[_Candidate]
                ) -> dict[int, _Candidate]:
        """Candidates in a fixed order (first token's index slots, flat before the two-token
        patterns continued by ``nxt``, then prefixes, then class patterns): ties between equal
        matches are decided by it."""
        found: dict[int, _Candidate] = {}
        for flat, nested in slots:
            for cand in flat:
                found[id(cand[1])] = cand
            if nested:
                for k2 in nxt:
                    more = nested.get(k2)
                    if more:
                        for cand in more:
                            found[id(cand[1])] = cand
        for cand in prefixed:
            found[id(cand[1])] = cand
        for cand in self._always:
            found[id(cand[1])] = cand
        return found

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """All non-overlapping matches in one sentence, preferring longer, then heavier ones."""
        raw: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        keys = [_keys(t) for t in tokens]
        plans = self._plans
        class_then = self._class_then
        last = len(tokens) - 1
        for i, i_keys in enumerate(keys):
            plan = plans.get(i_keys)
            if (plan is not None and plan[0] is not None
                    and (i == last or class_then.keys().isdisjoint(keys[i + 1]))):
                if not plan[0]:
                    continue  # the common case: no pattern can start at this token
                candidates = plan[0]
            else:
                candidates = self._candidates(tokens, i, keys)
            for idx, variant in candidates:
                end = _match_at(variant, tokens, i)
                if end is None:
                    continue
                key = (idx, i, end)
                if key not in seen:
                    seen.add(key)
                    raw.append(key)
        if not raw:
            return []
        entries = self._entries
        raw.sort(key=lambda m: (-(m[2] - m[1]), -entries[m[0]].weight, m[1]))
        taken = [False] * len(tokens)
        chosen: list[Match] = []
        for idx, start, end in raw:
            if any(taken[start:end]):
                continue
            for k in range(start, end):
                taken[k] = True
            start, end = _trim(tokens, start, end)
            chosen.append(Match(entries[idx], start, end))
        chosen.sort(key=lambda m: m.start)
        return chosen


def _trim(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Drop punctuation a pattern needs as context ("räumte ein ,", "ist offenbar :") from the
    reported span, so a highlight covers words only."""
    while end - start > 1 and not tokens[end - 1].is_word:
        end -= 1
    while end - start > 1 and not tokens[start].is_word:
        start += 1
    return start, end


def _keys(tok: Token) -> tuple[str, ...]:
    """The forms under which a token is looked up: lower-cased, lemma, exact surface."""
    keys = [tok.lower]
    if tok.lemma != tok.lower:
        keys.append(tok.lemma)
    if tok.text != tok.lower:
        keys.append(tok.text)
    return tuple(keys)


def _plain_keys(spec: TokenSpec | Gap | None) -> frozenset[str] | None:
    """Index keys of a spec that matches only by exact forms/lemmas, else None."""
    if not isinstance(spec, TokenSpec) or spec.prefixes or spec.classes:
        return None
    return spec.lowers | spec.lemmas | spec.cased


def _match_at(variant: CompiledPattern, tokens: Sequence[Token], start: int) -> int | None:
    if variant.not_before is not None and start > 0 and token_matches(variant.not_before,
                                                                      tokens[start - 1]):
        return None
    end = _match_elements(variant.elements, 0, tokens, start)
    if end is None:
        return None
    if variant.not_after is not None and end < len(tokens) and token_matches(variant.not_after,
                                                                             tokens[end]):
        return None
    return end


def _match_elements(elements: Sequence[TokenSpec | Gap], k: int, tokens: Sequence[Token],
                    pos: int) -> int | None:
    n = len(tokens)
    while k < len(elements):
        element = elements[k]
        if isinstance(element, Gap):
            # shortest gap first, so a finding stays as tight as the text allows
            for skip in range(element.max_tokens + 1):
                if skip and tokens[pos + skip - 1].text in _GAP_STOPS:
                    break
                if pos + skip >= n:
                    break
                end = _match_elements(elements, k + 1, tokens, pos + skip)
                if end is not None:
                    return end
            return None
        if pos >= n or not token_matches(element, tokens[pos]):
            return None
        pos += 1
        k += 1
    return pos
