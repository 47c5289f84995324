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
from .text import Token, bracketed_number

# A gap never runs over a clause boundary: not a full stop, and not a colon that opens what
# follows ("… gestritten wird: echter Triumph oder …" is no "wird … Triumph" praise).
_GAP_STOPS = frozenset({";", ".", "!", "?", ":"})
_PLANS_MAX = 200_000


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int  # token index, inclusive
    end: int  # token index, exclusive


def token_matches(spec: TokenSpec, tok: Token) -> bool:
    if tok.lower in spec.lowers or tok.lemma in spec.lemmas or tok.text in spec.cased:
        return True
    if spec.prefixes and (tok.lower.startswith(spec.prefixes)
                          or tok.lemma.startswith(spec.prefixes)):
        return True
    if spec.suffixes and (tok.lower.endswith(spec.suffixes)
                          or tok.lemma.endswith(spec.suffixes)):
        return True
    if spec.classes:
        if "@ANY" in spec.classes:
            return True
        if "@NUM" in spec.classes and tok.text[:1].isdigit():
            return True
        if "@CAP" in spec.classes and tok.is_upper_initial and tok.is_word:
            return True
    return False


# (entry index, variant, what the sentence must contain for the variant to match: see
# ``_needs``)
_Candidate = tuple[int, CompiledPattern, tuple[frozenset[str], ...]]
_Slot = tuple[list[_Candidate], dict[str, list[_Candidate]]]  # flat, by second-token key
# (candidates if they never depend on the next token, else None; index slots in key order;
#  prefix candidates; candidates when the next token continues no pattern; those next keys)
_Plan = tuple[list[_Candidate] | None, tuple[_Slot, ...], list[_Candidate], list[_Candidate],
              frozenset[str]]


# the plan of a token no pattern can start at (shared; never modified)
_NO_PLAN: _Plan = ([], (), [], [], frozenset())
# What ``find`` remembers per token form: its lookup forms, their plan, the word-class-first
# patterns it continues (as the next token: see ``_class_first``; empty for most forms), and
# those of its lookup forms (and marked three-letter start) that some pattern needs (see
# ``_needs``)
_Form = tuple[tuple[str, ...], _Plan, list[_Candidate], tuple[str, ...]]
# what ``find`` looks up for "the next token" after the last one: no forms, no class pattern
_AFTER_LAST: _Form = ((), _NO_PLAN, [], ())


class Matcher:
    """Compiled index over a lexicon; safe to share (the only state added while matching is a
    per-token-form memo of candidates, which any thread may fill)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._entries = lexicon.entries
        # first-token key → (candidates, second-token key → candidates); a two-level index,
        # because many phrases start with the same function word ("es heißt", "es ist klar")
        by_key: dict[str, tuple[list[_Candidate], dict[str, list[_Candidate]]]] = {}
        by_prefix: dict[str, list[tuple[int, _Candidate]]] = defaultdict(list)
        # compound heads ("*beobachter"): looked up by the token's endings, like prefixes
        by_suffix: dict[str, list[tuple[int, _Candidate]]] = defaultdict(list)
        order = 0  # lexicon order of the prefix and suffix candidates (ties are decided by it)
        always: list[_Candidate] = []
        # patterns that start with a word class ("@CAP ohne Zahl"), by their second token's key:
        # tried only where the next token continues them, not at every token of every sentence
        class_then: dict[str, list[_Candidate]] = {}
        for idx, entry in enumerate(lexicon.entries):
            for variant in entry.compiled:
                first = variant.elements[0]
                assert isinstance(first, TokenSpec)
                cand = (idx, variant, _needs(variant))
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
                    by_prefix[prefix].append((order, cand))
                    order += 1
                for suffix in first.suffixes:
                    by_suffix[suffix].append((order, cand))
                    order += 1
        self._by_key = by_key
        # whole prefix → (position in lexicon order, candidate); a token looks up each of its
        # own prefixes instead of scanning every pattern prefix with the same first letters
        self._by_prefix = dict(by_prefix)
        # first three letters → the lengths (ascending) of the prefixes of 3+ letters that
        # start with them: a token looks up only those, not every length up to the longest
        lens: dict[str, set[int]] = {}
        for p in by_prefix:
            if len(p) >= 3:
                lens.setdefault(p[:3], set()).add(len(p))
        self._prefix_lens = {start: tuple(sorted(ks)) for start, ks in lens.items()}
        self._by_suffix = dict(by_suffix)
        self._suffix_lens = tuple(sorted({len(x) for x in by_suffix}))
        self._always = tuple(always)
        self._class_then = class_then
        # the plan of a token that starts no indexed pattern (most words): the same for every
        # such form, so built once (it holds the word-class-first patterns tried everywhere)
        self._bare_plan: _Plan = self._new_plan((), []) if always else _NO_PLAN
        # per distinct token form: its candidates (see ``_plan``); filled while matching
        self._plans: dict[tuple[str, ...], _Plan] = {}
        # (text, lower, lemma) of a token → see ``_form``
        self._forms: dict[tuple[str, ...], _Form] = {}
        # every form some pattern needs: a sentence's other forms cannot meet a need, so they
        # are left out of the set the needs are tested against
        self._needed = frozenset(k for entry in lexicon.entries for variant in entry.compiled
                                 for need in _needs(variant) for k in need)

    def _plan(self, i_keys: tuple[str, ...]) -> _Plan:
        """What a token with these lookup forms contributes, computed once per distinct form.

        See ``_Plan`` for what it holds."""
        plan = self._plans.get(i_keys)
        if plan is not None:
            return plan
        by_key = self._by_key
        slots = tuple([slot for key in i_keys if (slot := by_key.get(key)) is not None])
        # every pattern prefix the token's lower-case form or its lemma starts with
        # ("abkassier*" also takes "abzukassieren", lemma "abkassieren") and every compound
        # head ("*beobachter") either ends with, in lexicon order
        hits = self._prefix_hits(i_keys[0])
        lemma = _lemma_key(i_keys)
        more = self._prefix_hits(lemma) if lemma is not None else []
        if self._suffix_lens:
            more += self._suffix_hits(i_keys[0])
            if lemma is not None:
                more += self._suffix_hits(lemma)
        if more:  # one candidate may come by several of these routes
            hits = list({id(hit[1][1]): hit for hit in (*hits, *more)}.values())
        if len(hits) > 1:
            hits.sort(key=_first)
        if not slots and not hits:
            plan = self._bare_plan  # most words: no pattern starts with them
        else:
            plan = self._new_plan(slots, [cand for _, cand in hits])
        if len(self._plans) >= _PLANS_MAX:
            self._plans.clear()
        self._plans[i_keys] = plan
        return plan

    def _prefix_hits(self, form: str) -> list[tuple[int, _Candidate]]:
        """The prefix patterns a form starts with (prefixes are indexed from 3 characters; a
        shorter one matches only the form equal to it), with their lexicon positions."""
        n = len(form)
        lengths = (n,) if n < 3 else self._prefix_lens.get(form[:3])
        if lengths is None:
            return []
        by_prefix = self._by_prefix
        return [hit for k in lengths if k <= n
                if (bucket := by_prefix.get(form[:k])) is not None for hit in bucket]

    def _suffix_hits(self, form: str) -> list[tuple[int, _Candidate]]:
        """The suffix patterns (compound heads) a form ends with, with their lexicon positions."""
        by_suffix = self._by_suffix
        n = len(form)
        return [hit for k in self._suffix_lens if k <= n
                if (bucket := by_suffix.get(form[n - k:])) is not None for hit in bucket]

    def _new_plan(self, slots: tuple[_Slot, ...], prefixed: list[_Candidate]) -> _Plan:
        """The plan of a token that starts some pattern (see ``_Plan``)."""
        flat_only = list(self._gather(slots, (), prefixed).values())  # no two-token pattern applies
        seconds = frozenset(k2 for _, nested in slots for k2 in nested)
        fixed = flat_only if not seconds else None
        return (fixed, slots, prefixed, flat_only, seconds)

    def _form(self, tok: Token) -> _Form:
        """A token form's lookup forms, their plan, the word-class-first patterns it continues,
        and its forms some pattern needs (remembered per (text, lower, lemma))."""
        i_keys = _keys(tok)
        plan = self._plan(i_keys)
        if plan is self._bare_plan and not any(token_matches(cand[1].elements[0], tok)
                                               for cand in self._always):
            # the patterns tried everywhere start with a word class ("@NUM …") this form is not
            # of: nothing can start here (a test of the form alone, so remembered with it)
            plan = _NO_PLAN
        lemma = _lemma_key(i_keys)
        marks = (_PREFIX_MARK + i_keys[0][:3],) if lemma is None else \
            (_PREFIX_MARK + i_keys[0][:3], _PREFIX_MARK + lemma[:3])
        hit = (i_keys, plan, self._class_first(i_keys),
               tuple(filter(self._needed.__contains__, (*i_keys, *marks))))  # see ``_needs``
        if len(self._forms) >= _PLANS_MAX:
            self._forms.clear()
        self._forms[tok[2:5]] = hit
        return hit

    def _candidates(self, tokens: Sequence[Token], i: int) -> list[_Candidate]:
        """The candidates of the pattern index at token ``i`` (what ``find`` tries there)."""
        i_keys = _keys(tokens[i])
        nxt = _keys(tokens[i + 1]) if i + 1 < len(tokens) else ()
        return self._from_plan(self._plan(i_keys), nxt, self._class_first(nxt))

    def _from_plan(self, plan: _Plan, nxt: Sequence[str], class_first: list[_Candidate]
                   ) -> list[_Candidate]:
        """A token's candidates from its plan, given the next token's lookup forms and the
        word-class-first patterns the next token continues ("@CAP ohne Zahl": see
        ``_class_first``)."""
        fixed, slots, prefixed, flat_only, seconds = plan
        if fixed is not None:
            found_list = fixed  # no two-token pattern starts here
        elif seconds.isdisjoint(nxt):
            found_list = flat_only  # the next token starts none of this token's two-token patterns
        else:
            found = self._gather(slots, nxt, prefixed)
            found_list = list(found.values()) if found else []
        if class_first:
            return [*found_list, *class_first]
        return found_list

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
        get, new = self._forms.get, self._form
        # per token: see ``_Form`` (remembered per (text, lower, lemma); a _Form is never empty)
        looked = [get(t[2:5]) or new(t) for t in tokens]
        last = len(tokens) - 1
        present: set[str] | None = None  # the sentence's lookup forms, built at first need
        # the positions where some pattern may start: the token's plan, or a word-class-first
        # pattern the next token continues (most tokens have neither)
        starts = [i for i, hit in enumerate(looked) if hit[1] is not _NO_PLAN
                  or (i < last and looked[i + 1][2])]
        for i in starts:
            plan = looked[i][1]
            fixed = plan[0]
            nxt = looked[i + 1] if i < last else _AFTER_LAST
            if fixed is not None:  # the common case: no two-token pattern starts here
                class_first = nxt[2]  # word-class-first patterns the next token continues
                candidates = fixed if not class_first else \
                    class_first if not fixed else [*fixed, *class_first]
            else:
                candidates = self._from_plan(plan, nxt[0], nxt[2])
            for idx, variant, needs in candidates:
                if needs:
                    if present is None:  # the sentence's forms some pattern needs (``_needs``)
                        present = {k for hit in looked for k in hit[3]}
                    for need in needs:
                        if present.isdisjoint(need):
                            break  # a word the pattern needs is nowhere in the sentence
                    else:
                        need = None
                    if need is not None:
                        continue
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


def _lemma_key(keys: tuple[str, ...]) -> str | None:
    """The lemma among a token's lookup forms (see ``_keys``), if it differs from the
    lower-case form: it is the second key and, unlike a surface form, lower-case."""
    if len(keys) > 1 and keys[1] == keys[1].lower():
        return keys[1]
    return None


def _first(pair: tuple[int, _Candidate]) -> int:
    return pair[0]


# A sentence's lookup forms also hold the first three letters of each token's lower-case form
# and lemma under this mark, for patterns whose later token is a prefix ("kreise*"): see
# ``Matcher._form`` and ``_needs``.
_PREFIX_MARK = "\x00"


def _needs(variant: CompiledPattern) -> tuple[frozenset[str], ...]:
    """For each later token of the pattern, the forms of which the sentence must contain one.

    A necessary condition only (checked against the whole sentence, positions ignored), so
    skipping a pattern whose need is unmet never loses a match: a token matches a spec only
    through its lower-case form, lemma or surface form (one of its lookup forms) or through a
    prefix its lower-case form or lemma starts with (then their first three letters equal the
    prefix's).
    Word-class tokens, suffixes and prefixes shorter than three letters add no need."""
    needs: list[frozenset[str]] = []
    for spec in variant.elements[1:]:
        if not isinstance(spec, TokenSpec) or spec.classes or spec.suffixes:
            continue
        if any(len(p) < 3 for p in spec.prefixes):
            continue
        needs.append(spec.lowers | spec.lemmas | spec.cased
                     | {_PREFIX_MARK + p[:3] for p in spec.prefixes})
    return tuple(needs)


def _plain_keys(spec: TokenSpec | Gap | None) -> frozenset[str] | None:
    """Index keys of a spec that matches only by exact forms/lemmas, else None."""
    if not isinstance(spec, TokenSpec) or spec.prefixes or spec.classes or spec.suffixes:
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
    if variant.particle_end and end < len(tokens) and _opens_noun_phrase(tokens[end]):
        return None
    return end


# after a separable particle the clause ends or goes on with a conjunction or a preposition
# ("rastete aus, als …", "flippte aus vor Wut"); any other word makes the particle a
# preposition or an article ("aus alter Gewohnheit", "ein Kapitel")
_AFTER_PARTICLE = frozenset({
    "und", "oder", "aber", "sondern", "denn", "doch", "jedoch", "als", "wie", "wenn", "weil",
    "dass", "ob", "bevor", "nachdem", "während", "sobald", "damit", "obwohl", "sowie", "so",
    "statt", "anstatt", "falls", "bis", "seit", "da", "dann", "zu", "um", "mit", "vor", "wegen",
    "bei", "nach", "von", "vom", "in", "im", "am", "an", "auf", "zum", "zur", "über", "für",
    "gegen", "ohne", "unter", "hinter", "neben", "zwischen", "trotz", "durch", "aus", "beim",
    "ins", "ans", "aufs", "fürs", "ums", "gegenüber", "laut", "samt", "nun", "jetzt", "auch",
    "noch", "schon", "wieder", "sogar", "selbst", "nämlich", "also"})


def _opens_noun_phrase(tok: Token) -> bool:
    return tok.is_word and tok.lower not in _AFTER_PARTICLE


def _match_elements(elements: Sequence[TokenSpec | Gap], k: int, tokens: Sequence[Token],
                    pos: int) -> int | None:
    n = len(tokens)
    while k < len(elements):
        element = elements[k]
        if isinstance(element, Gap):
            # shortest gap first, so a finding stays as tight as the text allows; a bracketed
            # age after a name costs nothing ("zocken Oma Hildegard (84) ab": tabloid copy)
            j, used = pos, 0
            while j < n:
                end = _match_elements(elements, k + 1, tokens, j)
                if end is not None:
                    return end
                if bracketed_number(tokens, j):
                    j += 3
                    continue
                if used == element.max_tokens or tokens[j].text in _GAP_STOPS:
                    break
                j += 1
                used += 1
            return None
        if pos >= n or not token_matches(element, tokens[pos]):
            return None
        pos += 1
        k += 1
    return pos
