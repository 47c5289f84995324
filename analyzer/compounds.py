"""German compounds with an evaluative part: "Horrorzahlen", "Heizungs-Hammer", "Gender-Gaga".

German coins loaded words daily by compounding, so no list of whole words keeps up; a short list
of evaluative *parts* does. A word is split at a known part (``lexicons/compound_parts.tsv``):
the other part must be a German word simplemma knows (after dropping a linking -s/-n/-es/-en) or
stand after a hyphen, so "Politikwissenschaft" is not read as "Polit-ikwissenschaft". Technical
terms stay unflagged ("Katastrophenschutz", "Horrorfilm", "Vorschlaghammer"). The suggestion is
generated: the compound without its evaluative part, or with a neutral head ("Heizungsgesetz").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .lexicon import lexicon_dir
from .taxonomy import CATEGORIES
from .text import is_known, lemma_of

PARTS_FILE = "compound_parts.tsv"
_POSITIONS = frozenset({"mod", "head", "neutral", "plain"})
_LINKS = ("", "s", "es", "n", "en", "e", "er")
MIN_OTHER = 3  # the non-evaluative part needs at least this many letters


class CompoundDataError(ValueError):
    """The compound-part file is invalid; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Part:
    part: str
    position: str
    category: str
    replacement: str
    explanation: str


@dataclass(frozen=True, slots=True)
class CompoundHit:
    """An evaluative compound: the word, its evaluative part and the neutral rest."""

    word: str
    part: Part
    other: str  # the remaining part as written (without hyphen), e.g. "zahlen", "Heizungs"
    suggestion: str | None

    @property
    def category(self) -> str:
        return self.part.category

    def explanation(self) -> str:
        shown = f"{self.part.part.capitalize()}-" if self.part.position == "mod" else \
            f"-{self.part.part}"
        return f"„{self.word}“ enthält „{shown}“: {self.part.explanation}"


@dataclass(frozen=True)
class CompoundParts:
    mods: dict[str, Part]
    heads: dict[str, Part]
    neutral: frozenset[str]
    plain: frozenset[str]

    # derived once per loaded part file (the dataclass is frozen; cached_property stores in
    # the instance's __dict__)
    @cached_property
    def mods_longest_first(self) -> tuple[str, ...]:
        return _longest_first(self.mods)

    @cached_property
    def heads_longest_first(self) -> tuple[str, ...]:
        return _longest_first(self.heads)

    @cached_property
    def mod_lengths(self) -> tuple[int, int]:
        """Shortest and longest modifier."""
        return _lengths(self.mods)

    @cached_property
    def head_lengths(self) -> tuple[int, int]:
        """Shortest and longest head."""
        return _lengths(self.heads)

    @cached_property
    def mod_starts(self) -> dict[str, tuple[int, ...]]:
        """First three letters → the lengths of the modifiers that start with them, longest
        first."""
        starts: dict[str, set[int]] = {}
        for mod in self.mods:
            starts.setdefault(mod[:3], set()).add(len(mod))
        return {start: tuple(sorted(ks, reverse=True)) for start, ks in starts.items()}

    @cached_property
    def head_ends(self) -> dict[str, tuple[int, ...]]:
        """Last three letters → the lengths of the heads that end in them (a word can end in a
        head only where its last three letters are a key here)."""
        ends: dict[str, set[int]] = {}
        for head in self.heads:
            ends.setdefault(head[-3:], set()).add(len(head))
        return {end: tuple(sorted(ks)) for end, ks in ends.items()}

    @cached_property
    def head_order(self) -> dict[str, int]:
        """Each head's position in ``heads_longest_first``."""
        return {p: i for i, p in enumerate(self.heads_longest_first)}


def _longest_first(parts: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(parts, key=len, reverse=True))


def _lengths(parts: Collection[str]) -> tuple[int, int]:
    return (min(map(len, parts)), max(map(len, parts))) if parts else (1, 0)


def load_parts(path: Path | None = None) -> CompoundParts:
    """Read and validate the part file; a bad line stops loading with file:line and the problem."""
    path = path or lexicon_dir() / PARTS_FILE
    mods: dict[str, Part] = {}
    heads: dict[str, Part] = {}
    neutral: set[str] = set()
    plain: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CompoundDataError(f"{path}: cannot read ({exc.strerror})") from None
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{no}"
        cols = line.split("\t")
        part = cols[0].strip()
        if not part or part != part.lower() or not part.replace("-", "").isalpha():
            raise CompoundDataError(f"{where}: part must be a lower-case word, got {part!r}")
        position = cols[1].strip() if len(cols) > 1 else ""
        if position not in _POSITIONS:
            raise CompoundDataError(f"{where}: position must be one of "
                                    f"{', '.join(sorted(_POSITIONS))}, got {position!r}")
        if position == "neutral":
            neutral.add(part)
            continue
        if position == "plain":
            plain.add(part)
            continue
        if len(cols) != 5:
            raise CompoundDataError(f"{where}: expected 5 tab-separated columns (part, position, "
                                    f"category, replacement, explanation), got {len(cols)}")
        category, replacement, explanation = (c.strip() for c in cols[2:])
        if category not in CATEGORIES:
            raise CompoundDataError(f"{where}: unknown category {category!r}")
        if not explanation:
            raise CompoundDataError(f"{where}: explanation is empty")
        target = mods if position == "mod" else heads
        if part in target:
            raise CompoundDataError(f"{where}: part {part!r} ({position}) listed twice")
        target[part] = Part(part, position, category, replacement, explanation)
    return CompoundParts(mods, heads, frozenset(neutral), frozenset(plain))


@lru_cache(maxsize=1)
def default_parts() -> CompoundParts:
    return load_parts()


@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    """A German word simplemma knows, directly or after dropping a linking element."""
    w = word.lower()
    for link in _LINKS:
        if link and not w.endswith(link):
            continue
        stem = w[:len(w) - len(link)] if link else w
        if len(stem) >= MIN_OTHER and (is_known(stem.capitalize()) or is_known(stem)):
            return True
    return False


def is_neutral(word: str) -> bool:
    """Listed technical terms ("Katastrophenschutz") that no model finding may flag."""
    return _listed_neutral(word, default_parts())


def _listed_neutral(word: str, parts: CompoundParts) -> bool:
    """The word or its inflected form is a listed neutral term ("Schockräumen": "schockraum",
    "Kälteschocks": "kälteschock")."""
    low = word.lower().replace("-", "")
    if low in parts.neutral:
        return True
    if any(low.endswith(end) and low[:-len(end)] in parts.neutral for end in ("s", "es", "n", "en",
                                                                            "e")):
        return True
    return lemma_of(word).replace("-", "") in parts.neutral


@lru_cache(maxsize=100_000)
def analyze_compound(word: str, parts: CompoundParts | None = None) -> CompoundHit | None:
    """The evaluative part of ``word`` if it is a compound with one, else None."""
    parts = parts or default_parts()
    low = word.lower()
    score = _SCORE.match(low)
    if score:  # "0:4-Klatsche", "1:5-Debakel": a result with an evaluative head
        head_part = _head_part(low[score.end():], parts)
        if head_part is None:
            return None
        result = word[:score.end() - 1]
        return CompoundHit(word, head_part, result, f"{result}-{_cap(head_part.replacement)}"
                           if head_part.replacement else None)
    if len(low) < 6 or not low.replace("-", "").isalpha() or _listed_neutral(word, parts):
        return None
    if "-" in low.strip("-"):
        return _hyphenated(word, parts)
    return _closed(word, parts)


_SCORE = re.compile(r"\d{1,2}:\d{1,2}-(?=[a-zäöüß])")


def is_score_compound(low: str) -> bool:
    """A result joined to a noun ("0:4-klatsche", lower-cased): a compound worth judging."""
    return _SCORE.match(low) is not None


def _hyphenated(word: str, parts: CompoundParts) -> CompoundHit | None:
    pieces = [p for p in word.split("-") if p]
    if len(pieces) < 2:
        return None
    first, last = pieces[0].lower(), pieces[-1].lower()
    head_part = _head_part(last, parts)
    if head_part is not None:
        other = "-".join(pieces[:-1])
        return CompoundHit(word, head_part, other, _head_suggestion(other, head_part))
    mod = parts.mods.get(first) or parts.mods.get(first.rstrip("s"))
    if mod is not None and last not in parts.plain:
        rest = "-".join(pieces[1:])
        return CompoundHit(word, mod, rest, _cap(rest))
    return None


def _head_part(last: str, parts: CompoundParts) -> Part | None:
    if last in parts.heads:
        return parts.heads[last]
    for link in ("n", "en", "s", "e"):  # plural/genitive of the head: "Posse-n", "Clowns"
        if last.endswith(link) and last[:-len(link)] in parts.heads:
            return parts.heads[last[:-len(link)]]
    return None


def _closed(word: str, parts: CompoundParts) -> CompoundHit | None:
    low = word.lower()
    for mod in _starts(low, parts):
        rest = low[len(mod):]
        for link in ("", "s", "n", "en", "e"):
            if link and not rest.startswith(link):
                continue
            tail = rest[len(link):]
            if len(tail) >= MIN_OTHER + 1 and tail not in parts.plain and _known(tail) \
                    and not _known_whole(low):
                return CompoundHit(word, parts.mods[mod], tail, _cap(tail))
    for head in _ends(low, parts):
        for link in ("", "n", "en", "s", "e"):
            full = head + link
            if not low.endswith(full) or len(low) - len(full) < MIN_OTHER:
                continue
            if full.endswith("ieren"):  # a verb in -ieren, not a head: "Rangieren" ≠ "Ran-gier"
                continue
            front = word[:len(word) - len(full)]
            if _known(front) or _known(front.rstrip("s")):
                return CompoundHit(word, parts.heads[head], front, _head_suggestion(front,
                                                                                 parts.heads[head]))
    return None


def _starts(low: str, parts: CompoundParts) -> list[str]:
    """The modifiers ``low`` starts with, longest first: the same as filtering
    ``mods_longest_first`` (two modifiers of one length cannot both start a word), by looking up
    the word's own beginnings instead of testing every modifier."""
    lo, hi = parts.mod_lengths
    mods = parts.mods
    # a modifier shorter than three letters: test every length; else only the modifier lengths
    # that start with the word's first three letters
    lengths = range(min(hi, len(low)), lo - 1, -1) if lo < 3 else parts.mod_starts.get(low[:3], ())
    return [low[:k] for k in lengths if k <= len(low) and low[:k] in mods]


def _ends(low: str, parts: CompoundParts) -> list[str]:
    """The heads ``_closed`` may find at the end of ``low`` (before a linking ending), in
    ``heads_longest_first`` order: every head that can pass its test, without a substring
    search for each head."""
    heads, ends = parts.heads, parts.head_ends
    lo, hi = parts.head_lengths
    short = lo < 3  # a head shorter than three letters: test every length; else only the head
    # lengths that end in the stem's last three letters
    found = {stem[-k:] for link in ("", "n", "en", "s", "e") if low.endswith(link)
             for stem in (low[:len(low) - len(link)],)
             for k in (range(lo, min(hi, len(stem)) + 1) if short else ends.get(stem[-3:], ()))
             if k <= len(stem) and stem[-k:] in heads}
    if len(found) < 2:
        return list(found)
    return sorted(found, key=parts.head_order.__getitem__)


def _known_whole(low: str) -> bool:
    """Lexicalised words that merely start like a part ("Megaphon") are not coinages, inflected
    forms included ("Politikern", "Politikers", "Politikerinnen")."""
    return any(low.startswith(w) and len(low) - len(w) <= _MAX_INFLECTION for w in _LEXICALISED)


_MAX_INFLECTION = 3  # -innen after -er: "politiker|innen" is "politikerin" + "nen"


# Ordinary words that begin with a listed modifier; simplemma knows them as whole words, but so
# it knows many evaluative compounds too, so only these are excluded.
_LEXICALISED = frozenset({
    "megaphon", "megafon", "politik", "politiker", "politikerin", "politisch", "politologe",
    "politologin", "wutentbrannt", "chaotisch", "panisch", "genderstern", "gendern",
})


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _head_suggestion(front: str, part: Part) -> str | None:
    """The neutral compound: the modifier plus the part's neutral head ("Heizungsgesetz")."""
    if not part.replacement:
        # without the head, a linking -s goes too ("Regulierungswut" → "Regulierung")
        alone = front[:-1] if (front.endswith("s") and not front.endswith("ss")
                               and is_known(_cap(front[:-1]))) else front
        return _cap(alone) if len(alone) >= MIN_OTHER else None
    stem = front[:-1] if front.endswith("-") else front
    return _cap(stem) + part.replacement


def parts_summary() -> tuple[int, int]:
    """(modifiers, heads) in the shipped file, for docs and tests."""
    p = default_parts()
    return len(p.mods), len(p.heads)
