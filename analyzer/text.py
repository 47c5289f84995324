"""German segmentation with exact character offsets into the text as the user gave it.

Invisible characters (soft hyphens, zero-width marks) are removed and non-breaking spaces become
plain spaces before tokenizing, so "selbst\\u00adernannte" tokenizes like "selbsternannte"; every
token and sentence offset is mapped back, so ``text[start:end]`` is always the original span.
Tokens come from spaCy's rule-based German tokenizer (abbreviations, ordinals, decimals); sentence
boundaries are decided here because German news text needs quote- and headline-aware rules.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import re
import sys
import threading
import types
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import simplemma

from .lemma_table import direct_lookup
from .lemma_table import install as _install_lemma_table

# simplemma's German dictionary is served from a start-up table in the user cache (same entries,
# without the 1.6 s decode of every fresh process); see lemma_table.py.
_install_lemma_table()

# Characters that carry no text: dropped before tokenizing, offsets mapped around them.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u3000"
_DELETE = dict.fromkeys(map(ord, _INVISIBLE))
_TRANSLATE = {**_DELETE, **{ord(c): " " for c in _SPACES}, ord("\r"): " ", ord("\u2028"): "\n",
              ord("\u2029"): "\n", ord("\u2019"): "'"}
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")

TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???"})
CLOSERS = frozenset({"“", "”", "«", "»", "‘", "’", '"', "'", ")", "]", "›", "‹"})
OPEN_QUOTES = frozenset({"„", "“", "»", "«", "‚", "‘", '"', "‹", "›", "'"})
# Abbreviations spaCy's German tokenizer does not keep whole; kept as one token here.
_EXTRA_ABBREVIATIONS = (
    "Art.", "Abs.", "ff.", "f.", "S.", "Nr.", "Mio.", "Mrd.", "Bd.", "Hrsg.", "Jh.", "Jhd.",
    "Kap.", "Ziff.", "lit.", "Anm.", "vs.", "zit.", "Tel.", "Str.", "Pkt.", "Tsd.", "bspw.",
    "insb.", "ggf.", "evtl.", "vgl.", "inkl.", "exkl.", "zzgl.", "Prof.", "Dr.", "St.", "Mr.",
    "Mrs.", "Ms.", "Hr.", "Fr.", "Dipl.", "Ing.", "Mag.", "usw.", "etc.", "bzw.", "ca.", "Min.",
    "Std.", "Sek.", "Jan.", "Feb.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
    "Okt.", "Nov.", "Dez.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.",
)
# Abbreviations that often end a sentence: followed by a capitalized word they do end it.
_FINAL_ABBREVIATIONS = frozenset({"usw.", "etc.", "u.ä.", "ff.", "f."})
_ORDINAL = re.compile(r"^\d{1,4}\.$")
_WORD = re.compile(r"\w", re.UNICODE)


class Token(NamedTuple):
    """A token with offsets into the original text and its normalized forms for matching.

    A NamedTuple rather than a frozen dataclass: news articles have thousands of tokens and
    tuple construction is several times cheaper.
    """

    start: int
    end: int
    text: str  # normalized surface form (invisible characters removed)
    lower: str
    lemma: str  # lower-cased lemma
    is_word: bool
    is_upper_initial: bool


_IS_WORD = itemgetter(5)  # Token.is_word, for map() (performance)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span with its tokens; ``text[start:end]`` is the sentence as given."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]

    @property
    def word_count(self) -> int:
        return sum(map(_IS_WORD, self.tokens))  # True counts 1


@dataclass(frozen=True, slots=True)
class Segmented:
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)


@lru_cache(maxsize=200_000)
def _is_word(token: str) -> bool:
    return bool(_WORD.search(token))


def bracketed_number(tokens: Sequence[Token], i: int) -> bool:
    """tokens[i:i + 3] are "(", a number, ")": an age or a count after a name, "(84)"."""
    return (i >= 0 and i + 2 < len(tokens) and tokens[i].text == "("
            and tokens[i + 1].text.isdigit() and tokens[i + 2].text == ")")


# simplemma's misreadings of frequent verb forms: the plural "weisen" (… auf … hin, … zurück)
# is read as the adjective "weise"
_LEMMA_FIXES = {"weisen": "weisen"}


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """Lower-cased simplemma lemma; cached because news vocabulary repeats heavily."""
    if not _WORD.search(word):
        return word.lower()
    if word in _LEMMA_FIXES:
        return _LEMMA_FIXES[word]
    lookup = _direct_lookup()
    if lookup is not None and not word.isnumeric() and unicodedata.is_normalized("NFC", word):
        lemma = lookup(word)  # what simplemma answers first for a word its dictionary has
        if lemma is not None:
            return lemma.lower()
    try:
        return simplemma.lemmatize(word, lang="de").lower()
    except (ValueError, IndexError):  # pragma: no cover - defensive: odd Unicode
        return word.lower()


@lru_cache(maxsize=1)
def _direct_lookup() -> Callable[[str], str | None] | None:
    return direct_lookup()


def is_known(word: str) -> bool:
    """``simplemma.is_known(word, lang="de")``, without simplemma's call chain for the words
    its dictionary has as they are (the same answer: that lookup is simplemma's first)."""
    lookup = _direct_lookup()
    if lookup is not None and unicodedata.is_normalized("NFC", word) and lookup(word) is not None:
        return True
    return simplemma.is_known(word, lang="de")


_tokenizer_lock = threading.Lock()

# Machine-learning frameworks spaCy's thinc looks for when it is imported (thinc.compat). The
# tokenizer uses none of them; torch alone (installed with the "train" extra) made importing
# spaCy take seconds and raised a process's memory by about 200 MB.
_THINC_OPTIONAL = ("torch", "tensorflow", "mxnet", "cupy")


def _import_spacy() -> None:
    """Import spaCy without its command-line package (typer, requests, httpx, rich, jinja2,
    weasel: 0.3-0.5 s of a fresh process that only tokenizes) and without the frameworks in
    ``_THINC_OPTIONAL`` that are not imported yet: while spaCy is imported they count as
    missing, afterwards they import as usual (thinc then runs without them, as where they are
    not installed).

    spaCy's ``__init__`` imports ``spacy.cli.info`` only to re-export ``info``. While spaCy is
    imported, a stand-in module answers for it whose ``info`` imports and calls the real one;
    afterwards the stand-ins are removed, so a later ``import spacy.cli`` loads the real
    package. Only when ``__init__`` refers to its CLI in exactly that one line; otherwise spaCy
    is imported as usual.
    """
    if "spacy" in sys.modules:
        return
    hidden = [name for name in _THINC_OPTIONAL if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))  # None: "import torch" raises ImportError
    try:
        _import_spacy_without_cli()
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _import_spacy_without_cli() -> None:
    """``import spacy`` with stand-ins for its CLI modules (see ``_import_spacy``)."""
    spec = importlib.util.find_spec("spacy")
    try:
        source = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
    except OSError:
        source = ""
    if source.count(".cli") != 1 or "\nfrom .cli.info import info  # noqa: F401\n" not in source:
        importlib.import_module("spacy")
        return

    def info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that "spacy.cli.info" resolves
    cli_info = types.ModuleType("spacy.cli.info")
    cli_info.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": cli_info}
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    """spaCy's German rule-based tokenizer, plus markup brackets and more abbreviations.

    Built directly rather than through ``spacy.blank("de")``: the blank pipeline compiles the
    default affix regexes only for them to be replaced, and every replacement re-derives all
    1,700 special cases (0.2-0.3 s of a fresh process); the tokens are the same.
    """
    _import_spacy()
    from spacy.lang.de import German
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import Vocab

    defaults = German.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    for abbr in _EXTRA_ABBREVIATIONS:
        rules[abbr] = [{ORTH: abbr}]
    # A vocabulary without lexical attribute getters (like_url, shape, …): they are never used
    # here and dominate the cost of every new word type.
    return Tokenizer(
        Vocab(lex_attr_getters={}), rules=rules,
        # pasted markup stays text, but "<b>Skandal</b>" must still yield the word "Skandal"
        prefix_search=compile_prefix_regex([*defaults.prefixes, r"<"]).search,
        suffix_search=compile_suffix_regex([*defaults.suffixes, r">"]).search,
        infix_finditer=compile_infix_regex([*defaults.infixes, r"[<>]"]).finditer,
        token_match=defaults.token_match, url_match=defaults.url_match)


_INVISIBLE_SET = frozenset(_INVISIBLE)


def is_blank(text: str) -> bool:
    """``not normalize(text)[0].strip()`` without normalizing: only whitespace and invisible
    characters (every character that normalizing turns into text is neither)."""
    return all(c.isspace() or c in _INVISIBLE_SET for c in text)


def normalize(text: str) -> tuple[str, list[int] | None]:
    """Return the cleaned text and a map from clean index to original index (None: identity)."""
    if "\r" in text:  # a lone CR is a line break; in CRLF the CR becomes a space
        text = re.sub(r"\r(?!\n)", "\n", text)
    if _TRANSLATED.search(text) is None:
        return text, None  # nothing to translate (most texts): skip the per-character pass
    clean = text.translate(_TRANSLATE)
    if len(clean) == len(text):
        return clean, None
    mapping = [i for i, ch in enumerate(text) if ord(ch) not in _DELETE]
    # "\r\n" became "\n\n": harmless for segmentation (paragraph break) and offsets stay exact.
    return clean, mapping


@lru_cache(maxsize=1)
def _idx_length() -> list[int]:
    from spacy.attrs import IDX, LENGTH

    return [IDX, LENGTH]


def _spacy_tokens(clean: str) -> list[tuple[int, int, str]]:
    """spaCy's tokens of ``clean`` as (start, end, text), whitespace tokens included."""
    with _tokenizer_lock:
        doc = _tokenizer()(clean)
        # offsets and lengths as one array instead of a Python object per token; a token's
        # text is always its slice of the input
        spans = doc.to_array(_idx_length()).tolist()
    return [(s, s + n, clean[s:s + n]) for s, n in spans]


_CHUNK = re.compile(r"\S+")
# marks spaCy always splits off a word's end; a final "." only after these lower-case letters
_SPLIT_PUNCT = frozenset(",;:!?")
_LOWER_BEFORE_DOT = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


@lru_cache(maxsize=1)
def _special_keys() -> frozenset[str]:
    """Chunks spaCy has a special rule for (never taken as a plain word)."""
    return frozenset(_tokenizer().rules)


def _raw_tokens(clean: str) -> list[tuple[int, int, str]]:
    """The same tokens as ``_spacy_tokens(clean)``, with spaCy run only where it can split.

    Why: most whitespace-separated chunks are plain words (letters only, no special rule),
    which spaCy keeps whole; building spaCy's token objects for them was most of the
    tokenizer's cost. The other chunks go through spaCy in one call, and spaCy's whitespace
    handling is replayed here: one plain space after a token belongs to it, any other
    whitespace run is a token.
    """
    out: list[tuple[int, int, str] | None] = []
    hard: list[tuple[int, str]] = []  # (start in clean, chunk) of chunks spaCy must see
    add, specials = out.append, _special_keys()
    prev_end = 0
    for m in _CHUNK.finditer(clean):
        start, end = m.span()
        if start != prev_end:  # whitespace; one plain space after a token belongs to it
            ws = prev_end + 1 if prev_end and clean[prev_end] == " " else prev_end
            if ws < start:
                add((ws, start, clean[ws:start]))
        chunk = m[0]
        if chunk.isalpha() and chunk not in specials:
            add((start, end, chunk))
        elif (chunk[-1] in _SPLIT_PUNCT or (chunk[-1] == "." and chunk[-2:-1] in _LOWER_BEFORE_DOT)) \
                and chunk[:-1].isalpha() and chunk not in specials and chunk[:-1] not in specials:
            add((start, end - 1, chunk[:-1]))  # "Welt," "sagte." : spaCy splits off the mark
            add((end - 1, end, chunk[-1]))
        else:
            hard.append((start, chunk))
            add(None)
        prev_end = end
    if prev_end < len(clean):
        ws = prev_end + 1 if prev_end and clean[prev_end] == " " else prev_end
        if ws < len(clean):
            add((ws, len(clean), clean[ws:]))
    if not hard:
        return out  # type: ignore[return-value]
    # Chunks that were neighbours (one space apart) stay so; others are kept apart by a line
    # break, as a word or whitespace token kept them apart in the text: spaCy's special cases
    # (":(", "z.B.") are matched over whole token sequences.
    parts = [hard[0][1]]
    for (s0, c0), (s1, c1) in itertools.pairwise(hard):
        parts.append(" " if s1 == s0 + len(c0) + 1 and clean[s1 - 1] == " " else "\n")
        parts.append(c1)
    pieces = _spacy_tokens("".join(parts))
    result: list[tuple[int, int, str]] = []
    k, pos, h = 0, 0, 0  # next piece, offset of the current hard chunk in the joined text
    for item in out:
        if item is not None:
            result.append(item)
            continue
        origin, chunk = hard[h]
        end = pos + len(chunk)
        while k < len(pieces) and pieces[k][0] < pos:
            k += 1  # a separating line break
        while k < len(pieces) and pieces[k][0] < end:
            s0 = origin + pieces[k][0] - pos
            result.append((s0, s0 + pieces[k][1] - pieces[k][0], pieces[k][2]))
            k += 1
        pos = end + 1
        h += 1
    return result


_TERMINAL_CHARS = frozenset(".!?…")


def _is_terminal(tok: str) -> bool:
    if tok in TERMINALS:
        return True
    return len(tok) > 1 and tok[0] in _TERMINAL_CHARS and all(c in _TERMINAL_CHARS for c in tok)


# the first characters of every terminal and every final abbreviation: a token that starts
# otherwise is neither (asserted below, so a new entry cannot be missed)
_STARTS_SPECIAL = frozenset(t[0] for t in (*TERMINALS, *_FINAL_ABBREVIATIONS))
assert _STARTS_SPECIAL >= _TERMINAL_CHARS


def _sentence_breaks(raw: Sequence[tuple[int, int, str]]) -> list[int]:
    """Indices i such that a sentence ends after raw token i."""
    breaks: list[int] = []
    space = [t[2].isspace() for t in raw]
    n = len(raw)

    def next_content(j: int) -> int | None:
        while j < n and space[j]:
            j += 1
        return j if j < n else None

    i = 0
    while i < n:
        tok = raw[i][2]
        if space[i]:
            if "\n" in tok and breaks[-1:] != [i - 1]:
                nxt = next_content(i + 1)
                blank_line = tok.count("\n") >= 2
                if nxt is not None and (blank_line or not raw[nxt][2][:1].islower()):
                    breaks.append(i - 1)
            i += 1
            continue
        if tok[0] not in _STARTS_SPECIAL:  # most tokens: no terminal, no final abbreviation
            i += 1
            continue
        if tok in _FINAL_ABBREVIATIONS:
            nxt = next_content(i + 1)
            terminal = nxt is not None and raw[nxt][2][:1].isupper()
        else:
            terminal = _is_terminal(tok)
        if not terminal:
            i += 1
            continue
        ellipsis_end = _spaced_ellipsis(raw, space, i)
        if ellipsis_end is not None:
            nxt = next_content(ellipsis_end + 1)
            if nxt is not None and "\n" not in "".join(raw[k][2] for k in range(ellipsis_end + 1, nxt)):
                i = ellipsis_end + 1  # " … " / " . . ." marks an omission inside the sentence
                continue
        j = i + 1
        # absorb further terminals and closing quotes/brackets glued to the terminal
        while j < n and (raw[j][2] in TERMINALS or raw[j][2] in CLOSERS) and raw[j][0] == raw[j - 1][1]:
            j += 1
        if raw[j - 1][2] == ")" and any(raw[k][2] == "(" for k in range(max(0, i - 3), i)):
            i = j  # "(sic!)", "(!)", "(?)": a remark in brackets, not a sentence end
            continue
        if tok == "!" and j == i + 1 and i > 0 and j < n and raw[i - 1][1] == raw[i][0] \
                and raw[j][0] == raw[i][1] and raw[j][2][:1].isalpha():
            i = j  # "FRITZ!Box", "Yahoo!News": a name with "!" inside, no space on either side
            continue
        nxt = next_content(j)
        if nxt is None:
            breaks.append(j - 1)
            break
        first = raw[nxt][2]
        if first[:1].islower() or first in {",", ";", ":", ")", "]"} or (
                first[:1].isdigit() and tok == "." and not _word_ends_before_number(raw, i)):
            i = j
            continue
        breaks.append(j - 1)
        i = j
    return breaks


# short forms of three letters or more before a number that are also words, or that the
# tokenizer does not keep whole ("Tab. 3", "Vers. 2", "Aufl. 4"): their period ends no sentence
# (shorter ones never do, see ``_word_ends_before_number``)
_NUMBER_ABBREVIATIONS = frozenset({"tab", "gen", "pos", "vers", "nrn", "rdnr", "abschn", "aufl",
                                   "ausg", "jhdt", "febr", "lfg", "vol", "fig", "anh", "kat",
                                   "reg", "ref", "geb", "tel", "fax", "hft"})


def _word_ends_before_number(raw: Sequence[tuple[int, int, str]], i: int) -> bool:
    """The period at ``i`` closes a dictionary word and a number follows: "… um den Hals. 14
    Monate nach …", "… um 4 Prozent. 2023 waren …" end a sentence; "Aufl. 2", "Tab. 3" do not,
    nor the dots of a date ("12. 3. 2024")."""
    if i == 0 or raw[i - 1][1] != raw[i][0]:
        return False
    word = raw[i - 1][2]
    if len(word) < 3 or not word.isalpha() or word.lower() in _NUMBER_ABBREVIATIONS:
        return False
    return is_known(word)


def _spaced_ellipsis(raw: Sequence[tuple[int, int, str]], space: Sequence[bool], i: int) -> int | None:
    """Index of the last dot if raw[i] starts an ellipsis set off by a space, else None.

    " … " and " . . ." (or " ...") with a space before them mark an omission in a quotation; a
    glued "…" after a word ("und dann…") may still end a sentence.
    """
    tok = raw[i][2]
    if i == 0 or not (raw[i][0] > raw[i - 1][1] or space[i - 1]) or (
            space[i - 1] and "\n" in raw[i - 1][2]):
        return None
    if tok in {"…", "..."}:
        return i
    if tok != ".":
        return None
    j = i
    while j + 1 < len(raw) and raw[j + 1][2] == "." and raw[j + 1][0] - raw[j][1] <= 1:
        j += 1
    return j if j - i >= 2 else None


_Forms = tuple[str, str, str, bool, bool]


def _forms(tok: str) -> _Forms | None:
    """The normalized forms of one raw token: (text, lower, lemma, is_word, is_upper_initial),
    None for whitespace."""
    if tok.isspace():
        return None
    # spaCy may attach trailing whitespace inside a token; trim it
    stripped = tok.rstrip()
    return (stripped, stripped.lower(), lemma_of(stripped), _is_word(stripped),
            stripped[:1].isupper())


class _FormMemo(dict[str, "_Forms | None"]):
    """Raw token → ``_forms(token)``, computed at the first miss: one dictionary access per
    token instead of four derivations (news vocabulary repeats heavily), usable inside a
    comprehension. Bounded: cleared when full (entries are recomputed exactly)."""

    def __missing__(self, tok: str) -> _Forms | None:
        forms = _forms(tok)
        if len(self) >= _FORMS_MAX:
            self.clear()
        self[tok] = forms
        return forms


_FORMS = _FormMemo()
_FORMS_MAX = 200_000
_new_token = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__


# "2027." is one token to the tokenizer (an ordinal, as in "am 3. Mai"); at a sentence end it
# is a number and a period: "Das Werk schließt 2027. Die Stadt ist entsetzt." (also a score or
# a time: "zur Pause 0:4. Die Abwehr?")
_NUMBER_PERIOD = re.compile(r"\d(?:[\d.:]*\d)?\.")
_NUMBER_PERIOD_CHAR = "."
# capitalized words that open a sentence but never follow an ordinal ("am 3. Mai", "die 2.
# Liga"): articles, pronouns, conjunctions, adverbs and prepositions
_SENTENCE_OPENERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "er", "sie",
    "es", "wir", "ich", "ihr", "man", "doch", "aber", "und", "oder", "auch", "dann", "damit",
    "dabei", "daher", "deshalb", "darum", "denn", "so", "nun", "jetzt", "noch", "schon", "seit",
    "seitdem", "bis", "nach", "vor", "in", "im", "am", "an", "auf", "mit", "bei", "für", "von",
    "zum", "zur", "wie", "was", "wer", "wo", "warum", "als", "wenn", "ob", "dass", "trotzdem",
    "dennoch", "allerdings", "zudem", "außerdem", "diese", "dieser", "dieses", "diesem", "diesen",
    "dies", "viele", "alle", "kein", "keine", "nicht", "nur", "erst", "zuletzt", "zuvor", "danach",
    "inzwischen", "mittlerweile", "heute", "gestern", "immer", "hier", "dort", "da", "weil",
    "obwohl", "während", "laut", "unter", "über", "gegen", "ohne", "um", "aus", "durch", "sein",
    "seine", "ihre", "unser", "unsere", "mehr", "weitere", "zwar", "bereits", "vielleicht",
    "insgesamt", "zusätzlich", "gleichzeitig", "ebenfalls", "künftig", "bislang", "bisher"})


def _split_final_periods(raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split "2027." into the number and its period where the period ends a sentence: at the
    end of the text or a paragraph, and before a capitalized word that opens sentences but never
    follows an ordinal ("bis 2027. Doch …"), or any capitalized word after a year ("seit 2019.
    Experten …"). "am 3. Mai", "die 2. Liga", "zum 30. Mal" stay ordinals. An initial ("K.")
    is split the same way before a sentence opener only: "Horst K. Schmidt" stays a name."""
    out: list[tuple[int, int, str]] | None = None
    n = len(raw)
    for i, (start, end, tok) in enumerate(raw):
        number = tok[-1:] == "." and tok[:1].isdigit() and _NUMBER_PERIOD.fullmatch(tok)
        # a surname's initial ("sagt Horst K. Und …", "Frauchen Hildegard K. Die …"): the
        # tokenizer keeps "K." whole, so a sentence after a tabloid's shortened name never began
        initial = len(tok) == 2 and tok[1] == "." and tok[0].isupper()
        if number or initial:
            j = i + 1
            gap = ""
            while j < n and raw[j][2].isspace():
                gap += raw[j][2]
                j += 1
            nxt = raw[j][2] if j < n else ""
            if initial:
                split = j < n and nxt[:1].isupper() and nxt.lower() in _SENTENCE_OPENERS
            else:
                year = len(tok) == 5 and tok[:2] in {"18", "19", "20", "21"}
                score = ":" in tok  # "zur Pause 0:4. Die Abwehr?", "um 12:30. Dann …": no ordinal
                split = j >= n or gap.count("\n") >= 2 or (nxt[:1].isupper() and (
                    year or score or nxt.lower() in _SENTENCE_OPENERS))
            if split:
                if out is None:
                    out = list(raw[:i])
                out.append((start, end - 1, tok[:-1]))
                out.append((end - 1, end, "."))
                continue
        if out is not None:
            out.append((start, end, tok))
    return raw if out is None else out


def segment(text: str) -> Segmented:
    """Split text into sentences and tokens with offsets into ``text`` exactly as given."""
    clean, mapping = normalize(text)
    raw = _raw_tokens(clean)
    if _NUMBER_PERIOD_CHAR in clean:
        raw = _split_final_periods(raw)
    forms_of = _FORMS
    sentences: list[Sentence] = []
    first = 0  # raw index where the current sentence starts
    # a sentence per break (raw index of its last token) and one for the rest after the last
    # break; a stretch of whitespace alone makes none
    for last in [*sorted(set(_sentence_breaks(raw))), len(raw) - 1]:
        if last < first:
            continue
        if mapping is None:
            tokens = [_new_token(Token, (s, s + len(f[0]), *f))
                      for s, _e, tok in raw[first:last + 1] if (f := forms_of[tok]) is not None]
        else:  # exclusive end: one past the last kept character
            tokens = [_new_token(Token, (mapping[s], mapping[s + len(f[0]) - 1] + 1, *f))
                      for s, _e, tok in raw[first:last + 1] if (f := forms_of[tok]) is not None]
        if tokens:
            sentences.append(_make_sentence(len(sentences), tokens))
        first = last + 1
    return Segmented(text=text, sentences=tuple(sentences))


def _make_sentence(index: int, tokens: list[Token]) -> Sentence:
    return Sentence(index=index, start=tokens[0].start, end=tokens[-1].end, tokens=tuple(tokens))


def is_ordinal(token: Token) -> bool:
    return bool(_ORDINAL.match(token.text))
