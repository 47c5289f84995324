"""Lexicon files: load, validate and compile entries (one JSON object per line).

A bad entry stops loading with a message naming the file, the line and the problem, so a
newsroom that adds its own file learns at once what to fix.

Pattern syntax (one string, or a list of alternative strings), tokens separated by spaces:

====================  ========================================================================
``wort``              token whose lower-cased form or lemma equals ``wort`` or its lemma
``=wort``             exact lower-cased surface form only (no lemma: ``=dürfte`` ≠ "darf")
``==Wort``            exact, case-sensitive surface form
``wort*``             lower-cased surface form starting with ``wort`` (inflection, compounds)
``*wort``             lower-cased surface form or lemma ending with ``wort`` (a compound's head:
                      ``*beobachter`` finds "Prozessbeobachter", "Branchenbeobachtern")
``a|b|=c``            any of the alternatives
``wort?``             optional token
``...`` / ``...N``    gap of up to 3 (or N) tokens inside the sentence
``!wort``             first/last element only: the token before/after the match must not match
``@NUM`` ``@CAP``     a number / a capitalized word; ``@ANY`` any token
====================  ========================================================================
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

from .taxonomy import CATEGORIES
from .text import lemma_of
from .usercache import cached_marshal, source_key

_ID = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_ID = re.compile(r"[^a-z0-9]+")


def id_slug(word: str) -> str:
    """A word in the id alphabet ("verschwenderisch", "laecherlich"; "wort" if nothing is left)."""
    return _NOT_ID.sub("_", word.lower().translate(_UMLAUTS)).strip("_") or "wort"

_GAP = re.compile(r"^(?:\.\.\.|…)(\d{1,2})?$")
_CLASSES = frozenset({"@NUM", "@CAP", "@ANY"})
_ALLOWED_KEYS = frozenset({"id", "pattern", "category", "weight", "explanation", "suggestion",
                           "examples", "counter_examples", "note"})
_REQUIRED_KEYS = ("id", "pattern", "category", "weight", "explanation", "examples")
MAX_OPTIONAL = 4
DEFAULT_GAP = 3


class LexiconError(ValueError):
    """A lexicon file or entry is invalid; the message names file, line and problem."""


@dataclass(frozen=True, slots=True)
class TokenSpec:
    """One pattern position: a token matches if any alternative matches."""

    lowers: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    cased: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    classes: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gap:
    max_tokens: int


Element = TokenSpec | Gap


# Separable verb particles that are also a preposition or the article "ein". As a pattern's last
# token after a gap they are the particle only where the clause ends ("bremsen den Bund aus."),
# not before a noun phrase ("bremsen, aus alter Gewohnheit, …"): see matcher._match_at. Not
# "auf", "an", "um", "vor", "nach": their patterns mostly mean a verb's preposition ("schielt auf
# den Posten", "warnt vor dem Ende").
SEPARABLE_PARTICLES = frozenset({"ab", "aus", "ein"})


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    elements: tuple[Element, ...]
    not_before: TokenSpec | None = None
    not_after: TokenSpec | None = None
    particle_end: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        last = self.elements[-1]
        object.__setattr__(self, "particle_end", (
            len(self.elements) > 1 and isinstance(self.elements[-2], Gap)
            and isinstance(last, TokenSpec) and bool(last.lowers)
            and last.lowers <= SEPARABLE_PARTICLES and last.lemmas <= SEPARABLE_PARTICLES
            and not (last.cased or last.prefixes or last.classes or last.suffixes)))

    @property
    def min_length(self) -> int:
        return sum(1 for e in self.elements if isinstance(e, TokenSpec))


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    category: str
    weight: float
    explanation: str
    suggestion: str | None
    patterns: tuple[str, ...]
    compiled: tuple[CompiledPattern, ...]
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    source: str = ""  # "file:line", for error messages and the UI


@dataclass(frozen=True)
class Lexicon:
    """A validated set of entries; immutable, so one instance serves every thread."""

    entries: tuple[Entry, ...]
    by_id: dict[str, Entry] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_id.update({e.id: e for e in self.entries})

    def __len__(self) -> int:
        return len(self.entries)

    def without(self, disabled: Iterable[str]) -> Lexicon:
        """Drop entries whose id or category is in ``disabled``."""
        off = set(disabled)
        if not off:
            return self
        return Lexicon(tuple(e for e in self.entries if e.id not in off and e.category not in off))

    def only(self, selected: Iterable[str]) -> Lexicon:
        """Keep only entries whose id or category is in ``selected`` (the complement of
        ``without``)."""
        on = set(selected)
        return Lexicon(tuple(e for e in self.entries if e.id in on or e.category in on))

    def merged(self, other: Lexicon) -> Lexicon:
        """Entries of ``other`` replace entries with the same id (newsroom overrides)."""
        ids = {e.id for e in other.entries}
        return Lexicon(tuple(e for e in self.entries if e.id not in ids) + other.entries)


def _parse_alternative(alt: str, where: str) -> tuple[str, str]:
    if not alt:
        raise LexiconError(f"{where}: empty alternative in pattern")
    if alt in _CLASSES:
        return "class", alt
    if alt.startswith("@"):
        raise LexiconError(f"{where}: unknown token class {alt!r} (use @NUM, @CAP or @ANY)")
    if alt.startswith("=="):
        return "cased", _check_word(alt[2:], where)
    if alt.startswith("="):
        return "lower", _check_word(alt[1:], where).lower()
    if alt.startswith("*"):
        head = _check_word(alt[1:], where).lower()
        if len(head) < 4:
            raise LexiconError(f"{where}: suffix {alt!r} is too short (at least 4 characters)")
        return "suffix", head
    if alt.endswith("*"):
        stem = _check_word(alt[:-1], where).lower()
        if len(stem) < 3:
            raise LexiconError(f"{where}: prefix {alt!r} is too short (at least 3 characters)")
        return "prefix", stem
    return "word", _check_word(alt, where)


def _check_word(word: str, where: str) -> str:
    if not word or any(c in word for c in "*=|?!@ "):
        raise LexiconError(f"{where}: malformed token {word!r} in pattern")
    return word


def _parse_spec(raw: str, where: str) -> TokenSpec:
    lowers: set[str] = set()
    lemmas: set[str] = set()
    cased: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    classes: set[str] = set()
    for alt in raw.split("|"):
        kind, value = _parse_alternative(alt, where)
        if kind == "class":
            classes.add(value)
        elif kind == "cased":
            cased.add(value)
        elif kind == "lower":
            lowers.add(value)
        elif kind == "prefix":
            prefixes.append(value)
        elif kind == "suffix":
            suffixes.append(value)
        else:
            lowers.add(value.lower())
            lemmas.add(value.lower())
            lemmas.add(lemma_of(value))
    return TokenSpec(frozenset(lowers), frozenset(lemmas), frozenset(cased), tuple(prefixes),
                     frozenset(classes), tuple(suffixes))


def compile_pattern(pattern: str, where: str) -> tuple[CompiledPattern, ...]:
    """Compile one pattern string into variants without optional tokens (longest first)."""
    parts = pattern.split()
    if not parts:
        raise LexiconError(f"{where}: empty pattern")
    not_before = not_after = None
    if parts[0].startswith("!"):
        not_before = _parse_spec(parts.pop(0)[1:], where)
    if parts and parts[-1].startswith("!"):
        not_after = _parse_spec(parts.pop()[1:], where)
    if any(p.startswith("!") for p in parts):
        raise LexiconError(f"{where}: '!' (negative context) is allowed only first or last")
    slots: list[list[Element | None]] = []
    for part in parts:
        gap = _GAP.match(part)
        if gap:
            slots.append([Gap(int(gap.group(1) or DEFAULT_GAP))])
            continue
        optional = part.endswith("?") and len(part) > 1
        spec = _parse_spec(part[:-1] if optional else part, where)
        slots.append([spec, None] if optional else [spec])
    if sum(1 for s in slots if None in s) > MAX_OPTIONAL:
        raise LexiconError(f"{where}: more than {MAX_OPTIONAL} optional tokens in one pattern")
    variants: list[CompiledPattern] = []
    for combo in product(*slots):
        elements = tuple(e for e in combo if e is not None)
        specs = [e for e in elements if isinstance(e, TokenSpec)]
        if not specs:
            continue
        if isinstance(elements[0], Gap) or isinstance(elements[-1], Gap):
            raise LexiconError(f"{where}: a pattern cannot start or end with a gap")
        if specs[0].classes & {"@ANY"} and len(specs) == 1:
            raise LexiconError(f"{where}: a pattern of only @ANY matches everything")
        variants.append(CompiledPattern(elements, not_before, not_after))
    if not variants:
        raise LexiconError(f"{where}: pattern has no required token")
    variants.sort(key=lambda v: -v.min_length)
    return tuple(variants)


def _entry_from_obj(obj: object, where: str) -> Entry:
    if not isinstance(obj, dict):
        raise LexiconError(f"{where}: expected a JSON object per line")
    missing = [k for k in _REQUIRED_KEYS if k not in obj]
    if missing:
        raise LexiconError(f"{where}: missing field(s) {', '.join(missing)}")
    unknown = sorted(set(obj) - _ALLOWED_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown field(s) {', '.join(unknown)}")
    entry_id = obj["id"]
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise LexiconError(f"{where}: id must be lower-case letters, digits, '_', '.', '-'")
    where = f"{where} (id {entry_id})"
    category = obj["category"]
    if category not in CATEGORIES:
        raise LexiconError(f"{where}: unknown category {category!r}; "
                           f"use one of {', '.join(CATEGORIES)}")
    weight = obj["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 1:
        raise LexiconError(f"{where}: weight must be a number between 0 and 1")
    explanation = obj["explanation"]
    if not isinstance(explanation, str) or not explanation.strip():
        raise LexiconError(f"{where}: explanation must be a non-empty German sentence")
    suggestion = obj.get("suggestion")
    if suggestion is not None and (not isinstance(suggestion, str) or not suggestion.strip()):
        raise LexiconError(f"{where}: suggestion must be a non-empty string or null")
    patterns = obj["pattern"]
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise LexiconError(f"{where}: pattern must be a string or a non-empty list of strings")
    examples = _string_list(obj, "examples", where, required=True)
    counters = _string_list(obj, "counter_examples", where, required=False)
    compiled = tuple(v for p in patterns for v in compile_pattern(p, where))
    return Entry(id=entry_id, category=category, weight=float(weight),
                 explanation=explanation.strip(), suggestion=suggestion, patterns=tuple(patterns),
                 compiled=compiled, examples=examples, counter_examples=counters, source=where)


def _string_list(obj: dict, key: str, where: str, *, required: bool) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
    if required and not value:
        raise LexiconError(f"{where}: {key} needs at least one real German example")
    return tuple(value)


def parse_lines(lines: Iterable[str], name: str) -> list[Entry]:
    """Parse JSONL lines; blank lines and lines starting with '#' or '//' are skipped."""
    entries: list[Entry] = []
    for lineno, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//")):
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        entries.append(_entry_from_obj(obj, where))
    return entries


def load_file(path: str | Path) -> Lexicon:
    """Load one lexicon file (JSONL, UTF-8)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read lexicon file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{p}: not UTF-8 (byte {exc.start})") from None
    return _checked(parse_lines(content.splitlines(), str(p)))


def load_files(paths: Sequence[str | Path]) -> Lexicon:
    entries: list[Entry] = []
    for path in paths:
        entries.extend(load_file(path).entries)
    return _checked(entries)


def _checked(entries: list[Entry]) -> Lexicon:
    seen: dict[str, str] = {}
    for e in entries:
        if e.id in seen:
            raise LexiconError(f"{e.source}: duplicate id, first defined at {seen[e.id]}")
        seen[e.id] = e.source
    return Lexicon(tuple(entries))


def lexicon_dir() -> Path:
    """The shipped lexicons: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "lexicons", here.parent / "lexicons"):
        if candidate.is_dir():
            return candidate
    raise LexiconError(f"shipped lexicons not found next to {here}")  # pragma: no cover


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """All shipped ``lexicons/*.jsonl`` files, loaded and validated once.

    Compiling lemmatizes about 2,300 pattern words (0.3-0.5 s of a fresh process), so the
    compiled entries are kept in the start-up cache, keyed by the files, this code and
    simplemma's data; any change rebuilds them (usercache.cached_marshal)."""
    paths = sorted(lexicon_dir().glob("*.jsonl"))
    return cached_marshal("lexicon", lambda: _cache_key(paths), lambda: load_files(paths),
                          _dump_lexicon, _undump_lexicon)


def _cache_key(paths: Sequence[Path]) -> str:
    from . import lemma_table, taxonomy, text

    here = Path(__file__)
    return source_key("\n".join(map(str, paths)), *paths, here, Path(text.__file__),
                      Path(taxonomy.__file__), lemma_table.source_digest())


def _dump_spec(spec: TokenSpec | None) -> tuple | None:
    if spec is None:
        return None
    return (spec.lowers, spec.lemmas, spec.cased, spec.prefixes, spec.classes, spec.suffixes)


def _undump_spec(raw: tuple | None) -> TokenSpec | None:
    return None if raw is None else TokenSpec(*raw)


def _dump_lexicon(lex: Lexicon) -> list[tuple]:
    return [(e.id, e.category, e.weight, e.explanation, e.suggestion, e.patterns,
             tuple((tuple(x.max_tokens if isinstance(x, Gap) else _dump_spec(x)
                          for x in c.elements), _dump_spec(c.not_before), _dump_spec(c.not_after))
                   for c in e.compiled),
             e.examples, e.counter_examples, e.source) for e in lex.entries]


def _undump_lexicon(rows: list[tuple]) -> Lexicon:
    entries = []
    for (id_, category, weight, explanation, suggestion, patterns, compiled, examples,
         counters, source) in rows:
        patterns_ = tuple(CompiledPattern(
            tuple(Gap(x) if isinstance(x, int) else TokenSpec(*x) for x in elements),
            _undump_spec(before), _undump_spec(after)) for elements, before, after in compiled)
        entries.append(Entry(id=id_, category=category, weight=weight, explanation=explanation,
                             suggestion=suggestion, patterns=patterns, compiled=patterns_,
                             examples=examples, counter_examples=counters, source=source))
    return Lexicon(tuple(entries))
