"""Who is named how: names in German news text and the words that label them.

There is no German NER model on PyPI that runs offline here, so names are found with rules over
the engine's tokens:

* **Name tokens** are capitalized words that are not common nouns. German capitalizes every noun,
  so each capitalized word is looked up in the German lexicon shipped with ``textblob-de``
  (Pattern, tags NN = noun, NE = proper name; read at run time) and in simplemma's dictionary;
  noun suffixes (-ung, -heit, …) and compound tails ("Kremlchef" → "Chef") also mark nouns.
  Unknown capitalized words are names. Words the dictionary knows ("Merkel") become names when
  the document uses them next to another name or right after a title ("Kanzlerin Merkel").
  At the start of a sentence only words that no dictionary knows count as names.
  Acronyms (EU, SPÖ, NYT) are names of organisations.
* **Descriptors** (the words that label a name):
  ``noun_phrase`` – "der selbst ernannte Präsident Lukaschenko", "Machthaber Lukaschenko";
  ``adjective`` – "der autoritäre Lukaschenko";
  ``apposition`` – "Lukaschenko, der selbst ernannte Präsident Weißrusslands," and the mirror
  "dem Präsidenten Weißrusslands, Alexander Lukaschenko,";
  ``predicate`` – "Lukaschenko gilt als letzter Diktator Europas".
* **Gazetteer** across the corpus: surname-only mentions ("Lukaschenko") and genitives
  ("Lukaschenkos") are linked to the full name used in the same document, else to the only full
  name in the corpus with that surname.

Per document, :func:`extract_mentions` returns plain dicts (JSON, picklable, archivable);
:func:`entity_table` links them across documents and groups descriptors by outlet.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .text import Token, segment

NAME, NOUN, KNOWN, OTHER = "name", "noun", "known", "other"


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


DETERMINERS = _words(
    "der die das dem den des ein eine einem einen eines einer kein keine keinem keinen keines "
    "keiner dieser diese diesem diesen dieses jener jene jenem jenen jenes sein seine seinem "
    "seinen seines seiner ihr ihre ihrem ihren ihres ihrer unser unsere unserem unseren "
    "unseres unserer euer eure jeder jede jedem jeden jedes welcher welche manch manche "
    "solche solcher am im vom zum zur beim ins ans aufs")
ARTICLES = DETERMINERS - _words("am im vom zum zur beim ins ans aufs")
# Words that end a noun phrase when walking left/right: never part of a descriptor.
_FUNCTION = _words(
    "und oder aber sondern denn doch als wie wenn dass daß ob weil da nachdem bevor während "
    "mit von zu bei nach aus für gegen ohne um durch über unter vor hinter neben zwischen an "
    "auf in bis seit laut trotz wegen statt sich er sie es wir ihr ich du man wer was nicht "
    "auch noch schon nur sehr so ist war sind waren sei wird wurde werden hat hatte haben "
    "habe kann konnte muss soll will darf mag es dies das")
_ADVERBS_IN_NP = _words(
    "selbst selbsternannt sogenannt so genannt angeblich mutmaßlich ehemalig damalig einstig "
    "langjährig bisherig amtierend frisch neu gewählt wiedergewählt international weltweit "
    "umstritten äußerst sehr besonders allseits bekannt einzig letzt erst")
_PARTICLES = _words(
    "von van der de den zu da di la le bin ben al el ter ten del dos")
_STOP_NAMES = _words(
    "KI TV PC CD DVD BIP CO2 GmbH SMS PS Mio Mrd Nr ca Dr Prof Mag Ing OK")
_ACRONYM = re.compile(r"^(?=(?:.*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&]{1,7}$")
_NOUN_SUFFIX = re.compile(
    r"(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|ismus|ismen|"
    r"ität|itäten|nis|nisse|nissen|tum|tümer|chen|lein|ment|mente|menten|ianer|ologe|ologin|"
    r"ologen|erin|erinnen|ler|lerin|mann|männer|frau|frauen|leute|chef|chefin|minister|"
    r"ministerin|sprecher|sprecherin|präsident|präsidentin|kanzler|kanzlerin|führer|führerin)$")
_ADJ_ENDING = re.compile(r"(e|en|em|er|es)$")
_GENITIVE_S = re.compile(r"^(.{3,}?)(s|'|’)$")
_BOUNDARY = frozenset({",", "–", "—", ")", ".", ";", ":", "!", "?", "…", "(", "-", "\"", "“",
                       "”", "»", "«"})
_PREDICATE_VERBS = {("ist",), ("war",), ("sei",), ("bleibt",), ("blieb",), ("gilt", "als"),
                    ("galt", "als"), ("gelte", "als")}
_ADJ_TAGS = frozenset({"ADJA", "ADJ", "ADJD", "ADV", "VVPP", "CARD", "CARDNUM", "PIAT"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


@lru_cache(maxsize=1)
def _pattern_lexicon() -> dict[str, frozenset[str]]:
    """Word → POS tags from textblob-de's bundled Pattern lexicon (BSD), read at run time.

    The file is located without importing textblob_de (see ``sentiment.textblob_de_dir``); the
    table is kept in the start-up cache (0.1-0.3 s to parse its 38,000 lines)."""
    from .sentiment import textblob_de_dir
    from .usercache import cached_marshal, source_key

    try:
        path = textblob_de_dir() / "ext" / "_pattern" / "text" / "de" / "de-lexicon.txt"
    except RuntimeError:  # pragma: no cover - textblob-de is a dependency
        return {}
    return cached_marshal("pattern-tags", lambda: source_key(Path(__file__), path),
                          lambda: _read_pattern_lexicon(path), lambda d: d, lambda d: d)


def _read_pattern_lexicon(path: Path) -> dict[str, frozenset[str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # pragma: no cover - textblob-de is a dependency
        return {}
    tags: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if line.startswith(";;;"):
            continue
        parts = line.split()
        if len(parts) >= 2:
            tags[parts[0]].add(parts[1])
    return {w: frozenset(t) for w, t in tags.items()}


def _tags(word: str) -> frozenset[str]:
    return _pattern_lexicon().get(word, frozenset())


@lru_cache(maxsize=100_000)
def _simplemma_known(word: str) -> tuple[bool, str]:
    import simplemma

    try:
        return simplemma.is_known(word, lang="de"), simplemma.lemmatize(word, lang="de")
    except (ValueError, IndexError):  # pragma: no cover
        return False, word


@lru_cache(maxsize=100_000)
def word_class(word: str) -> str:
    """Class of a capitalized word out of context: NAME, NOUN, KNOWN (in a dictionary, probably
    a noun) or OTHER (a capitalized function word, adjective or verb)."""
    if not word[:1].isupper() or len(word) < 2 or word.endswith("-"):
        return OTHER
    if word in _STOP_NAMES:
        return OTHER
    if "-" in word.strip("-"):
        parts = [p for p in word.split("-") if p]
        last = parts[-1]
        if not last[:1].isupper():
            return NAME if parts[0][:1].isupper() else OTHER  # GPA-djp
        cls = word_class(last)
        if cls == NOUN or (cls == KNOWN and (_ACRONYM.match(parts[0])
                                             or word_class(parts[0]) == NOUN)):
            return NOUN  # US-Sondergesandter, SPÖ-Chef, Ex-Präsident
        return NAME if cls in (NAME, KNOWN) and all(p[:1].isupper() for p in parts) else cls
    if _ACRONYM.match(word) and not word[1:].islower():
        return NAME
    tags = _tags(word)
    base = None
    m = _GENITIVE_S.match(word)
    if not tags and m:
        base = m.group(1)
        tags = _tags(base)
    if tags:
        if "NE" in tags and not tags & _NOUN_TAGS:
            return NAME
        if tags & _NOUN_TAGS:
            return NOUN
        return KNOWN if "FM" in tags else OTHER  # FM: foreign words ("New York")
    low = word.lower()
    if _NOUN_SUFFIX.search(low) and len(word) > 5:
        return NOUN
    if _compound_noun(word) or _feminine_noun(word):
        return NOUN
    known, lemma = _simplemma_known(word)
    if known:
        if lemma[:1].islower():
            return OTHER  # capitalized adjective or verb ("Kurz" is known as "kurz")
        return NOUN if lemma != word else KNOWN  # an inflected form is a noun ("Verbündeten")
    if lemma != word and lemma[:1].isupper():
        return NOUN
    return NAME


def _compound_noun(word: str) -> bool:
    """True if a tail of the word (≥ 4 letters, after ≥ 3) is a known noun: "Kremlchef"."""
    for i in range(3, len(word) - 3):
        tail = word[i].upper() + word[i + 1:]
        if _tags(tail) & _NOUN_TAGS and "NE" not in _tags(tail):
            return True
    return False


_UMLAUT = str.maketrans("äöü", "aou")


def _feminine_noun(word: str) -> bool:
    """Feminine role nouns: "Verkehrsstadträtin" ← "Verkehrsstadtrat", "Ärztin" ← "Arzt"."""
    m = re.match(r"^(.{4,})in(nen)?$", word)
    if not m:
        return False
    stem = m.group(1)
    i = max(stem.rfind(c) for c in "äöü")
    candidates = [stem]
    if i >= 0:
        candidates.append(stem[:i] + stem[i].translate(_UMLAUT) + stem[i + 1:])
    return any(word_class(c) == NOUN or (_simplemma_known(c)[0] and c[:1].isupper()
               and _tags(c) != {"NE"}) for c in candidates)


def _is_sentence_initial(tokens: Sequence[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].text in {"„", "\"", "»", "«", "“", "(", "‚", "-", "–", "—", "*"}:
        j -= 1
    return j < 0 or tokens[j].text in {".", "!", "?", ":", "…"}


def _initial_class(tok: Token) -> str:
    """Sentence-initial capitalized word: a name only if nothing else knows it."""
    w = tok.text
    if w.lower() in _FUNCTION or w.lower() in DETERMINERS:
        return OTHER
    if _tags(w.lower()) or _tags(w) - {"NE"} or w.lower() in DETERMINERS or \
            w.lower() in _FUNCTION:
        return NOUN if _tags(w) & _NOUN_TAGS else OTHER
    return word_class(w)


def _classes(tokens: Sequence[Token], promoted: set[str]) -> list[str]:
    out = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or not tok.is_upper_initial:
            out.append(OTHER)
            continue
        # at a sentence start only words unknown to every dictionary are names
        cls = _initial_class(tok) if _is_sentence_initial(tokens, i) else word_class(tok.text)
        if cls == KNOWN and tok.text in promoted:
            cls = NAME
        out.append(cls)
    # a surname that is also a noun after a first name: "Marina Hagen", "Andrea Berg"
    for i in range(1, len(out)):
        if out[i] == NOUN and out[i - 1] == NAME and _tags(tokens[i - 1].text) == {"NE"} \
                and "NNS" not in _tags(tokens[i].text) and _title_ok(tokens[i].text) \
                and (i + 1 == len(out) or out[i + 1] not in (NOUN, NAME, KNOWN)) \
                and (i < 2 or tokens[i - 2].lower not in _FUNCTION) and "-" not in tokens[i].text:
            out[i] = NAME
    # context: KNOWN next to a NAME, or right after a title noun, is a name ("Angela Merkel",
    # "Kanzlerin Merkel"); repeat so chains of KNOWN words next to a name are all promoted
    changed = True
    while changed:
        changed = False
        for i, cls in enumerate(out):
            if cls != KNOWN:
                continue
            prev = out[i - 1] if i > 0 else OTHER
            nxt = out[i + 1] if i + 1 < len(out) else OTHER
            if prev == NAME or nxt == NAME or (prev == NOUN and not _is_sentence_initial(
                    tokens, i - 1) and nxt != NOUN):
                out[i] = NAME
                changed = True
    return out


def _acronym(w: str) -> bool:
    return bool(_ACRONYM.match(w)) and not w[1:].islower()


def _name_runs(tokens: Sequence[Token], classes: Sequence[str]) -> list[tuple[int, int]]:
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if classes[i] != NAME:
            i += 1
            continue
        j = i + 1
        while j < n:
            if classes[j] == NAME:
                j += 1
                continue
            # particles inside a name: "Ursula von der Leyen"
            k = j
            while k < n and tokens[k].lower in _PARTICLES and k - j < 2:
                k += 1
            if k > j and k < n and classes[k] == NAME and word_class(tokens[k].text) == NAME \
                    and not _tags(tokens[k].text):
                j = k + 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _promotions(sentences: Sequence[Sequence[Token]]) -> set[str]:
    """Words confirmed as names somewhere in the document (for KNOWN words elsewhere)."""
    promoted: set[str] = set()
    for _ in range(2):
        before = len(promoted)
        for tokens in sentences:
            for (i, j) in _name_runs(tokens, _classes(tokens, promoted)):
                for k in range(i, j):
                    if tokens[k].is_upper_initial and not _is_sentence_initial(tokens, k):
                        promoted.add(tokens[k].text)
        if len(promoted) == before:
            break
    return promoted


def _is_adj(tok: Token) -> bool:
    """A lower-case word that can sit between determiner and noun: adjective, participle,
    adverb, number ("der selbst ernannte", "der 70-jährige", "der seit 1994 regierende")."""
    w = tok.text
    if tok.lower in _ADVERBS_IN_NP or re.fullmatch(r"\d+(-jährige[nmrs]?)?", w):
        return True
    if not tok.is_word or tok.is_upper_initial or tok.lower in _FUNCTION \
            or tok.lower in DETERMINERS:
        return False
    tags = _tags(w)
    if tags:
        return bool(tags & _ADJ_TAGS)
    return bool(_ADJ_ENDING.search(w)) or w.endswith("jährig")


def _attributive(tok: Token) -> bool:
    """Attributive adjectives are inflected ("ernannte"), unlike verbs ("erklärt")."""
    return tok.lower in _ADVERBS_IN_NP or bool(_ADJ_ENDING.search(tok.lower)) \
        or tok.text[:1].isdigit()


# adjectives that quantify rather than describe ("der ganzen EU")
_NOT_DESCRIPTIVE = re.compile(r"^(ganz|gesamt|beid|ander|selb|gleich|jeweilig|sämtlich|viel|"
                              r"wenig|all|einig|mehrer|folgend|genannt|besagt)(e|en|em|er|es)?$")


def _adjective_key(w: str) -> str:
    low = w.lower()
    if len(low) > 4 and _ADJ_ENDING.search(low) and low not in _ADVERBS_IN_NP:
        stem = _ADJ_ENDING.sub("", low)
        return stem if len(stem) >= 3 else low
    return low


def _noun_key(w: str) -> str:
    if "-" in w:
        head, _, last = w.rpartition("-")
        return f"{head.lower()}-{_noun_key(last)}"
    lemma = _simplemma_known(w)[1]
    return lemma.lower()


class _Doc:
    def __init__(self, text: str, sentences: Sequence[Sequence[Token]]) -> None:
        self.text = text
        self.sentences = sentences
        self.promoted = _promotions(sentences)
        self.classes = [_classes(toks, self.promoted) for toks in sentences]
        self.runs = [_name_runs(toks, cls) for toks, cls in zip(sentences, self.classes,
                                                                 strict=True)]
        names = {_run_name(toks[i:j]) for toks, runs in zip(sentences, self.runs, strict=True)
                 for i, j in runs}
        self.names = names


def _run_name(toks: Sequence[Token]) -> str:
    return " ".join(t.text for t in toks)


def strip_genitive(name: str, known: Iterable[str]) -> str:
    """'Lukaschenkos' → 'Lukaschenko' when the base (or a full name ending in it) is known."""
    known_set = set(known)
    m = _GENITIVE_S.match(name)
    if not m:
        return name
    base = m.group(1)
    last = base.split()[-1]
    if " " not in base and "NE" in _tags(base):
        return base  # "Europas", "Russlands"
    if base in known_set or any(k.split()[-1] == last for k in known_set if k != name):
        return base
    return name


def _is_noun(cls: str) -> bool:
    return cls == NOUN


# Nouns that stand before a name without describing it ("am Freitag Lukaschenko", "die
# Zusammenarbeit Minsk mit …"): time words and abstract nouns are not titles.
_NOT_TITLE = re.compile(
    r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend|januar|februar|"
    r"märz|april|mai|juni|juli|august|september|oktober|november|dezember|jahr|jahre|jahren|"
    r"woche|wochen|monat|monate|monaten|tag|tage|tagen|zeit|ende|anfang|mitte|beginn|uhr|"
    r"prozent|morgen|abend|nacht|mittag|minute|minuten|stunde|stunden|sekunden|ung|ungen|heit|keit|tion|sion|ismus|ität|nis|arbeit|"
    r"treffen|besuch|gespräch|gespräche|politik|kritik|ansicht|meinung|angaben|bericht|"
    r"berichten|worten|sicht|seite|seiten|rolle|weg|kurs|euro|dollar|franken)$")


def _title_ok(word: str) -> bool:
    return not _NOT_TITLE.search(word.lower())


def _genitive_complement(toks: Sequence[Token], cls: Sequence[str], k: int, doc: _Doc) -> int:
    """Index after a genitive/PP complement starting at k ("Weißrusslands", "des Landes",
    "Wladimir Putins", "von Belarus"); k itself if there is none."""
    n = len(toks)
    if k < n and cls[k] == NAME:
        j = k
        while j < n and cls[j] == NAME:
            j += 1
        last = toks[j - 1].text
        if _GENITIVE_S.match(last) or last.endswith("s"):
            return j
        return k
    if k < n and toks[k].lower in {"des", "der", "eines", "einer"}:
        j = k + 1
        while j < n and _is_adj(toks[j]):
            j += 1
        if j < n and cls[j] in (NOUN, NAME):
            j += 1
            while j < n and cls[j] == NAME:
                j += 1
            return j
        return k
    if k + 1 < n and toks[k].lower in {"von", "aus"} and cls[k + 1] in (NAME, KNOWN):
        j = k + 1
        while j < n and cls[j] in (NAME, KNOWN):
            j += 1
        return j
    if k + 1 < n and toks[k].lower in _PP_COMPLEMENT:
        # "der mutige Kämpfer für ein freies Belarus", "Chef der Partei in Wien"
        j = k + 1
        if j < n and toks[j].lower in ARTICLES:
            j += 1
        while j < n and _is_adj(toks[j]):
            j += 1
        if j < n and cls[j] in (NOUN, NAME, KNOWN):
            j += 1
            while j < n and cls[j] == NAME:
                j += 1
            return j
    return k


_PP_COMPLEMENT = _words("für gegen von aus in im bei beim mit ohne gegenüber")


def _descriptor(doc: _Doc, toks: Sequence[Token], a: int, b: int, kind: str,
                adj: Sequence[int], nouns: Sequence[int]) -> dict[str, Any]:
    start, end = toks[a].start, toks[b - 1].end
    key_parts = []
    for idx in range(a, b):
        t = toks[idx]
        if idx in nouns:
            key_parts.append(_noun_key(t.text))
        elif idx in adj:
            key_parts.append(_adjective_key(t.text))
        else:
            key_parts.append(strip_genitive(t.text, doc.names).lower()
                             if t.is_upper_initial else t.lower)
    return {"text": doc.text[start:end], "key": " ".join(key_parts), "kind": kind,
            "start": start, "end": end}


def _preceding(doc: _Doc, toks, cls, i: int, genitive: bool) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    k = i - 1
    nouns: list[int] = []
    while k >= 0 and _is_noun(cls[k]) and len(nouns) < 2 and toks[k].is_word:
        if not _title_ok(toks[k].text):
            break
        if _is_sentence_initial(toks, k) and not (_tags(toks[k].text) & _NOUN_TAGS
                                                  or word_class(toks[k].text) == NOUN):
            break
        nouns.append(k)
        k -= 1
    if nouns and genitive:
        return None  # "die Sprecherin Lukaschenkos": the noun belongs to someone else
    adj: list[int] = []
    while k >= 0 and _is_adj(toks[k]) and _attributive(toks[k]) and len(adj) < 5:
        adj.append(k)
        k -= 1
    # a genitive name before the title: "Weißrusslands Präsident Lukaschenko"
    gen_before = k >= 0 and cls[k] == NAME and toks[k].text.endswith("s") and nouns
    boundary = toks[k].lower if k >= 0 else ""
    at_boundary = k < 0 or boundary in DETERMINERS or toks[k].text in _BOUNDARY or \
        boundary in _FUNCTION or bool(gen_before)
    if not nouns:
        adj = [x for x in adj if not _NOT_DESCRIPTIVE.match(toks[x].lower)]
        if adj and k >= 0 and boundary in DETERMINERS:
            a = min(adj)
            return _descriptor(doc, toks, a, i, "adjective", adj, [])
        return None
    if not at_boundary:
        adj = []
    a = min(adj + nouns)
    if gen_before:
        a = k
    return _descriptor(doc, toks, a, i, "noun_phrase", adj, nouns)


def _np_after(toks, cls, k: int, doc: _Doc, bare_adjectives: bool = False,  # type: ignore[no-untyped-def]
              ) -> tuple[int, list[int], list[int]] | None:
    """Parse ``[det] adj* NOUN+ [complement]`` from k; return (end, adj, nouns) or None."""
    n = len(toks)
    has_article = k < n and toks[k].lower in ARTICLES
    if has_article:
        k += 1
    adj = []
    while (has_article or bare_adjectives) and k < n and _is_adj(toks[k]) and len(adj) < 5:
        adj.append(k)
        k += 1
    nouns = []
    while k < n and _is_noun(cls[k]) and len(nouns) < 2 and _title_ok(toks[k].text):
        nouns.append(k)
        k += 1
    if not nouns:
        return None
    k = _genitive_complement(toks, cls, k, doc)
    return k, adj, nouns


def _apposition_after(doc: _Doc, toks, cls, j: int) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    n = len(toks)
    if j >= n or toks[j].text not in {",", "–", "—", "(", "-"}:
        return None
    parsed = _np_after(toks, cls, j + 1, doc)
    if parsed is None:
        return None
    end, adj, nouns = parsed
    if end < n and toks[end].text not in _BOUNDARY:
        return None
    if toks[j].text == "(" and (end >= n or toks[end].text != ")"):
        return None
    first = min(adj + nouns)
    return _descriptor(doc, toks, first, end, "apposition", adj, nouns)


def _apposition_before(doc: _Doc, toks, cls, i: int, j: int) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    """"dem selbst ernannten Präsidenten Weißrusslands, Alexander Lukaschenko," – the noun
    phrase before the comma describes the name after it (which must close the apposition)."""
    n = len(toks)
    if i < 3 or toks[i - 1].text != ",":
        return None
    if j < n and toks[j].text not in {",", ".", ")", "–", "—", ";", ":", "!", "?"}:
        return None
    e = i - 1  # exclusive end of the descriptor (the comma)
    k = _complement_before(toks, cls, e)
    nouns = []
    while k >= 0 and _is_noun(cls[k]) and len(nouns) < 2 and _title_ok(toks[k].text):
        nouns.append(k)
        k -= 1
    if not nouns:
        return None
    adj = []
    while k >= 0 and _is_adj(toks[k]) and len(adj) < 5:
        adj.append(k)
        k -= 1
    if k < 0 or toks[k].lower not in DETERMINERS:
        return None
    return _descriptor(doc, toks, min(adj + nouns), e, "apposition", adj, nouns)


def _complement_before(toks, cls, e: int) -> int:  # type: ignore[no-untyped-def]
    """Walking left from ``e`` (exclusive), skip a complement of the head noun: a genitive name
    ("Weißrusslands"), "von/aus Belarus", "des Landes". Returns the index left of it."""
    k = e - 1
    if k >= 0 and cls[k] in (NAME, KNOWN):
        m = k
        while m >= 0 and cls[m] in (NAME, KNOWN):
            m -= 1
        if m >= 0 and toks[m].lower in {"von", "aus"}:
            return m - 1
        return m if toks[k].text.endswith("s") else e - 1
    if k >= 2 and cls[k] == NOUN and toks[k - 1].lower in {"des", "der", "eines", "einer"} \
            and cls[k - 2] == NOUN:
        return k - 2
    return e - 1


def _predicate(doc: _Doc, toks, cls, i: int, j: int) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    """"Lukaschenko gilt als letzter Diktator Europas", "… gilt Lukaschenko als …"."""
    n = len(toks)
    inverted = i > 0 and toks[i - 1].lower in {"gilt", "galt", "gelte", "galten", "gelten"} \
        and j < n and toks[j].lower == "als"
    for verb in ((("als",),) if inverted else _PREDICATE_VERBS):
        if tuple(t.lower for t in toks[j:j + len(verb)]) == verb:
            parsed = _np_after(toks, cls, j + len(verb), doc, bare_adjectives=True)
            if parsed is None:
                return None
            end, adj, nouns = parsed
            if end < n and toks[end].text not in _BOUNDARY and toks[end].lower not in {
                    "und", "oder", "in", "im", "seit", "mit"}:
                return None
            return _descriptor(doc, toks, min(adj + nouns), end, "predicate", adj, nouns)
    return None


def extract_mentions(text: str, sentences: Sequence[Sequence[Token]] | None = None,
                     findings: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Name mentions of one document with their descriptors, as JSON-able dicts:
    ``{"name", "start", "end", "sentence", "genitive", "descriptors": [{"text", "key", "kind",
    "start", "end", "categories"}]}``. ``findings`` (engine findings or their dicts) mark
    descriptors that contain an evaluative phrase (their categories)."""
    if sentences is None:
        sentences = [s.tokens for s in segment(text).sentences]
    doc = _Doc(text, sentences)
    spans = [(_get(f, "start"), _get(f, "end"), _get(f, "category")) for f in findings]
    out: list[dict[str, Any]] = []
    for s_idx, (toks, cls, runs) in enumerate(zip(sentences, doc.classes, doc.runs,
                                                  strict=True)):
        sentence_mentions: list[dict[str, Any]] = []
        for i, j in runs:
            name = _run_name(toks[i:j])
            base = strip_genitive(name, doc.names - {name})
            genitive = base != name
            descriptors = []
            pre = _preceding(doc, toks, cls, i, genitive)
            if pre:
                descriptors.append(pre)
            if not genitive:
                for d in (_apposition_after(doc, toks, cls, j),
                          _apposition_before(doc, toks, cls, i, j),
                          _predicate(doc, toks, cls, i, j)):
                    if d:
                        descriptors.append(d)
            for d in descriptors:
                d["categories"] = sorted({c for s, e, c in spans if s < d["end"] and d["start"] < e})
            sentence_mentions.append({"name": base, "surface": name, "start": toks[i].start,
                                      "end": toks[j - 1].end, "sentence": s_idx,
                                      "genitive": genitive, "descriptors": descriptors})
        _drop_nested(sentence_mentions)
        out.extend(sentence_mentions)
    return out


def _drop_nested(mentions: list[dict[str, Any]]) -> None:
    """A name inside another name's descriptor ("Bastrykin, einem Verbündeten Wladimir
    Putins") is a genitive attribute: the descriptor is not its own."""
    for m in mentions:
        outer = [d for o in mentions if o is not m for d in o["descriptors"]
                 if d["start"] <= m["start"] and m["end"] <= d["end"]]
        if outer:
            m["descriptors"] = [d for d in m["descriptors"] if not any(
                d["start"] < o["end"] and o["start"] < d["end"] for o in outer)]


def _get(obj: Any, key: str) -> Any:
    return obj[key] if isinstance(obj, Mapping) else getattr(obj, key)


# --- corpus level ---------------------------------------------------------------------------

def link_names(docs: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict[str, str]]:
    """Per document: mention name → canonical entity name.

    Full names (two or more tokens) are canonical. A one-word mention is linked to the full name
    with that last word used in the same document, else to the only such full name in the
    corpus; genitives were already reduced per document and are re-checked corpus-wide."""
    all_names: Counter[str] = Counter()
    for mentions in docs.values():
        all_names.update(m["name"] for m in mentions)
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for name in all_names:
        parts = name.split()
        if len(parts) >= 2 and not all(_acronym(p) for p in parts):
            full_by_last[parts[-1]].add(name)
    out: dict[str, dict[str, str]] = {}
    for doc_id, mentions in docs.items():
        in_doc = {m["name"] for m in mentions}
        mapping: dict[str, str] = {}
        for name in in_doc:
            base = name
            m = _GENITIVE_S.match(base)
            if " " not in base and m and (m.group(1) in all_names or m.group(1) in full_by_last):
                base = m.group(1)
            canonical = base
            if " " not in base and base in full_by_last:
                local = sorted(f for f in full_by_last[base] if f in in_doc)
                candidates = local or sorted(full_by_last[base])
                if len(local) == 1 or (not local and len(candidates) == 1):
                    canonical = candidates[0]
                elif len(candidates) > 1:
                    counts = sorted(candidates, key=lambda c: (-all_names[c], c))
                    if all_names[counts[0]] >= 2 * all_names[counts[1]]:
                        canonical = counts[0]
            mapping[name] = canonical
        out[doc_id] = mapping
    return out


def entity_table(records: Sequence[Mapping[str, Any]], *, group_key: str = "outlet",
                 min_documents: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    """Entities across documents and the descriptors each group (outlet) uses for them.

    ``records``: dicts with ``id``, ``group_key`` and ``mentions`` (from
    :func:`extract_mentions`). Entities without any descriptor are left out. Sorted by the
    number of groups that describe the entity, then by mentions."""
    docs = {r["id"]: r.get("mentions") or [] for r in records}
    links = link_names(docs)
    ent: dict[str, dict[str, Any]] = {}
    for r in records:
        group = r.get(group_key) or "–"
        mapping = links[r["id"]]
        for m in r.get("mentions") or []:
            canonical = mapping.get(m["name"], m["name"])
            e = ent.setdefault(canonical, {"entity": canonical, "aliases": Counter(),
                                           "mentions": 0, "documents": set(), "groups": {}})
            e["aliases"][m["surface"]] += 1
            e["mentions"] += 1
            e["documents"].add(r["id"])
            g = e["groups"].setdefault(group, {"mentions": 0, "documents": set(),
                                               "labels": {}})
            g["mentions"] += 1
            g["documents"].add(r["id"])
            for d in m.get("descriptors") or []:
                lab = g["labels"].setdefault(d["key"], {"forms": Counter(), "count": 0,
                                                        "kinds": set(), "categories": set(),
                                                        "documents": set()})
                lab["forms"][d["text"]] += 1
                lab["count"] += 1
                lab["kinds"].add(d["kind"])
                lab["categories"].update(d.get("categories") or [])
                lab["documents"].add(r["id"])
    out = []
    for e in ent.values():
        if len(e["documents"]) < min_documents:
            continue
        groups = {}
        described = 0
        for gname in sorted(e["groups"]):
            g = e["groups"][gname]
            labels = [{
                "label": lab["forms"].most_common(1)[0][0], "key": key, "count": lab["count"],
                "kinds": sorted(lab["kinds"]), "categories": sorted(lab["categories"]),
                "loaded": bool(lab["categories"]), "documents": sorted(lab["documents"]),
            } for key, lab in g["labels"].items()]
            labels.sort(key=lambda x: (-x["count"], x["label"]))
            described += bool(labels)
            groups[gname] = {"mentions": g["mentions"], "documents": len(g["documents"]),
                             "labels": labels}
        if not described:
            continue
        out.append({
            "entity": e["entity"],
            "aliases": [a for a, _ in sorted(e["aliases"].items(), key=lambda x: (-x[1], x[0]))],
            "mentions": e["mentions"], "documents": len(e["documents"]),
            "groups_describing": described, "groups": groups,
        })
    out.sort(key=lambda x: (-x["groups_describing"], -x["mentions"], x["entity"]))
    return out[:limit] if limit is not None else out


def entity_rows(entities: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Flat rows for tables and CSV: one per entity and group."""
    rows = []
    for e in entities:
        for group, g in e["groups"].items():
            rows.append({
                "entity": e["entity"], "group": group, "mentions": g["mentions"],
                "labels": "; ".join(
                    f"{lab['label']}{' ×' + str(lab['count']) if lab['count'] > 1 else ''}"
                    for lab in g["labels"]) or "—",
                "loaded": "; ".join(lab["label"] for lab in g["labels"] if lab["loaded"]),
            })
    return rows
