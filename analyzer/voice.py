"""Who speaks: direct quotations, indirect speech in Konjunktiv I, and the author.

Findings inside a quotation belong to the quoted speaker, not to the newsroom; an editor must
still see them, but they weigh far less. Quotation marks are paired by German, Swiss, English and
typewriter conventions; a short quoted word that is not introduced as speech is not a quotation
but a candidate scare quote (see ``rules``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter

from .lexicon import lexicon_dir
from .text import CLOSERS, OPEN_QUOTES, Sentence, Token, bracketed_number

# Token.text / .lower / .lemma, for map() over a sentence's tokens: a check whose trigger word
# is nowhere in the sentence returns at once, at C speed (performance; same answers)
_TEXT, _LOWER, _LEMMA, _IS_WORD = itemgetter(2), itemgetter(3), itemgetter(4), itemgetter(5)

# A quotation with at least this many words and a sign of a clause (a comma, a pronoun) is speech,
# whatever introduces it; shorter or verbless quotations need a cue (see ``classify_quotes``).
SPEECH_MIN_WORDS = 4
# A quotation this long is speech even without a cue.
SPEECH_LONG_WORDS = 6
_QUOTE_CHARS = frozenset("„“”»«‚‘’\"‹›")
# the characters ``find_quotes`` acts on (performance: the text between them is skipped at once)
_SCANNED = _QUOTE_CHARS | {"\n", "'"}
_NEXT_SCANNED = re.compile("[" + re.escape("".join(sorted(_SCANNED))) + "]")
# Characters before a straight mark that make it an opening mark, and after it a closing mark.
_OPEN_BEFORE = frozenset("([{/–—-„»«‚'\u00a0")
_CLOSE_AFTER = frozenset(".,;:!?)]}…–—-/'")
_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "man", "mir", "mich", "uns",
                       "dich", "dir", "euch", "ihnen", "ihm"})
# finite auxiliaries: a quotation with one of them is a clause, i.e. someone's sentence
_FINITE_AUX = frozenset({"ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden",
                         "wurde", "kann", "können", "muss", "müssen", "soll", "sollen", "sei"})
_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen",
                          "einem", "eines", "sein", "seine", "seiner", "ihr", "ihre", "ihrer",
                          "er", "sie"})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A paired quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    A quotation that runs on into the next paragraph (the opening mark repeated there, the first
    part never closed) ends at its paragraph end with ``inner_end == end``. Doubled marks from
    exported text (``""Wort""``) are one mark of two characters.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    words: int
    speech: bool = False


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """Words that attribute words to someone else (``lexicons/speech_cues.txt``)."""

    verbs: frozenset[str]
    naming: frozenset[str]
    nouns: frozenset[str]
    preps: frozenset[str]
    split: dict[str, frozenset[str]]  # finite stem -> particles ("teilen" -> {"mit"})
    joined: frozenset[str] = frozenset()  # their infinitives and participles: "aufrufen"

    @property
    def any_word(self) -> frozenset[str]:
        return self.verbs | self.naming | self.nouns | self.preps

    def verb_at(self, tokens: Sequence[Token], i: int) -> bool:
        """A verb of saying at token i; a separable stem needs its particle later on."""
        tok = tokens[i]
        if tok.is_upper_initial and i > 0:
            return False  # a noun, not a finite verb
        if tok.lemma in self.verbs or tok.lower in self.verbs or tok.lemma in self.joined:
            # "sagte", "hat dazu aufgerufen"; not the idiom "um sage und schreibe 40 Prozent"
            return not _sage_und_schreibe(tokens, i)
        particles = self.split.get(tok.lemma)
        return bool(particles) and not particles.isdisjoint(map(_LOWER, tokens[i + 1:]))

    def has_verb(self, tokens: Sequence[Token]) -> bool:
        """A verb of saying anywhere among the tokens (``verb_at`` at any position)."""
        return any(self.verb_at(tokens, i) for i in range(len(tokens)))


def _sage_und_schreibe(tokens: Sequence[Token], i: int) -> bool:
    """Token i is part of the idiom "sage und schreibe" (no verb of saying, no Konjunktiv I)."""
    low = tokens[i].lower
    if low == "sage":
        return i + 2 < len(tokens) and tokens[i + 1].lower == "und" \
            and tokens[i + 2].lower == "schreibe"
    return low == "schreibe" and i >= 2 and tokens[i - 1].lower == "und" \
        and tokens[i - 2].lower == "sage"


@lru_cache(maxsize=1)
def speech_cues() -> SpeechCues:
    """Load the speech cue lists once; a malformed line stops with file and line number."""
    path = lexicon_dir() / "speech_cues.txt"
    kinds: dict[str, set[str]] = {"verb": set(), "naming": set(), "noun": set(), "prep": set()}
    split: dict[str, set[str]] = {}
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.lower().split()
        if parts[0] == "split" and len(parts) == 3:
            split.setdefault(parts[1], set()).add(parts[2])
        elif parts[0] in kinds and len(parts) == 2:
            kinds[parts[0]].add(parts[1])
        else:
            raise ValueError(f"{path}:{no}: expected '<verb|naming|noun|prep> word' or "
                             f"'split stem particle', got {line!r}")
    joined = frozenset(p + stem for stem, ps in split.items() for p in ps if p != "sich")
    return SpeechCues(frozenset(kinds["verb"]), frozenset(kinds["naming"]),
                      frozenset(kinds["noun"]), frozenset(kinds["prep"]),
                      {k: frozenset(v) for k, v in split.items()}, joined)


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after in " .,;:!?")


def _paragraph_break(text: str, i: int) -> int | None:
    """If a blank line starts at ``text[i]`` (a newline), the index after the whitespace run."""
    j = i
    newlines = 0
    n = len(text)
    while j < n and text[j] in " \t\r\n\u00a0":
        newlines += text[j] == "\n"
        j += 1
    return j if newlines >= 2 else None


def _same_kind(opener: str, mark: str) -> bool:
    """A paragraph that opens with the same kind of mark continues the open quotation."""
    if not mark:
        return False
    groups = ("„“", "»«", "‚‘", "\"", "‹›")
    return any(opener in g and mark in g for g in groups) or opener == mark


def find_quotes(text: str) -> list[QuoteSpan]:
    """Pair quotation marks in German, Swiss, English and typewriter style.

    Straight marks are paired by direction (after a space or bracket a mark opens, before a
    space or punctuation it closes), so one stray mark cannot flip the rest of a paragraph. An
    unclosed quotation is dropped at the paragraph end, unless the next paragraph opens with the
    same kind of mark (German/English usage for a quotation running over the break) or the
    paragraph itself opens with the unclosed mark (the quotation runs to the paragraph end).
    """
    spans: list[tuple[int, int, int, int]] = []  # start, end, inner_start, inner_end
    stack: list[tuple[str, int, int]] = []  # opener, position, mark width
    i = 0
    n = len(text)

    def close(k: int, at: int, width: int) -> None:
        _opener, pos, w = stack[k]
        del stack[k:]
        spans.append((pos, at + width, pos + w, at))

    para_start = 0

    def run_on(at: int, next_start: int) -> None:
        """Close the paragraph: keep an unclosed quotation that runs over the break."""
        if not stack:
            return
        opener, pos, w = stack[0]
        if _closed_in_next_paragraph(text, opener, next_start):
            del stack[1:]  # "…am Ende.\n\nNiemand glaubt ihr noch.\"": one quotation
            return
        next_mark = text[next_start] if next_start < n else ""
        if _same_kind(opener, next_mark) or not text[para_start:pos].strip():
            end = len(text[:at].rstrip())
            if end > pos + w:
                spans.append((pos, end, pos + w, end))
        stack.clear()

    while i < n:
        ch = text[i]
        if ch not in _SCANNED:  # nothing to do until the next quotation mark or line break
            m = _NEXT_SCANNED.search(text, i)
            i = m.start() if m else n
            continue
        if ch == "\n":
            j = _paragraph_break(text, i)
            if j is not None:
                run_on(i, j)
                para_start = i = j
                continue
        elif ch == '"':
            width = 2 if text[i + 1:i + 2] == '"' else 1
            before = text[i - 1] if i > 0 else " "
            after = text[i + width] if i + width < n else " "
            opens = before.isspace() or before in _OPEN_BEFORE or i == 0
            closes = after.isspace() or after in _CLOSE_AFTER or i + width >= n
            open_k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == '"'), None)
            if opens and not closes:
                stack.append(('"', i, width))
            elif open_k is not None and (closes or not opens):
                close(open_k, i, width)
            elif open_k is None and not (closes and not opens):
                stack.append(('"', i, width))
            i += width
            continue
        elif ch == "'":
            # a straight single mark is a quotation only nested in another quotation
            top = stack[-1][0] if stack else None
            if top == "'" and not text[i + 1:i + 2].isalnum():
                close(len(stack) - 1, i, 1)
            elif top is not None and top != "'" and (i == 0 or text[i - 1] in " „\"(") \
                    and text[i + 1:i + 2].isalnum():
                stack.append(("'", i, 1))
        elif ch in _QUOTE_CHARS:
            top = stack[-1][0] if stack else None
            if ch in "’‘" and _is_apostrophe(text, i) and top not in ("‚", "‘"):
                i += 1
                continue
            k = next((k for k in range(len(stack) - 1, -1, -1)
                      if ch in _PAIRS.get(stack[k][0], "")), None)
            if k is not None:
                close(k, i, 1)
            elif ch in _PAIRS and ch not in "”’" and not _stray_closer(text, i):
                stack.append((ch, i, 1))
        i += 1
    run_on(n, n)
    stack.clear()
    spans.sort()
    result = []
    for s, e, si, ei in spans:
        inner = text[si:ei]
        result.append(QuoteSpan(s, e, si, ei, sum(1 for w in inner.split() if _wordy(w))))
    return result


_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")


def _closed_in_next_paragraph(text: str, opener: str, start: int) -> bool:
    """The paragraph from ``start`` closes a quotation opened in the one before without
    opening it again (writers who skip the repeated opening mark): its first mark of the
    opener's kind is a closing one, before the next blank line."""
    brk = _BLANK_LINE.search(text, start)
    para = text[start:brk.start() if brk else len(text)]
    if not para:
        return False
    if opener == '"':
        for k, ch in enumerate(para):
            if ch != '"':
                continue
            before = para[k - 1] if k > 0 else " "
            after = para[k + 1] if k + 1 < len(para) else " "
            opens = before.isspace() or before in _OPEN_BEFORE or k == 0
            closes = after.isspace() or after in _CLOSE_AFTER
            return closes and not opens
        return False
    closers = _PAIRS.get(opener, "")
    kind = opener + closers
    for k, ch in enumerate(para):
        if ch in kind:
            if ch in "’‘" and _is_apostrophe(para, k):
                continue
            return ch in closers and ch != opener
    return False


def _stray_closer(text: str, i: int) -> bool:
    """A “ glued to the word before it and followed by a space or punctuation closes a
    quotation whose opening mark is missing ("den Monat des Stolzes“ erreicht"); it opens
    nothing."""
    if text[i] != "“" or i == 0:
        return False
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,;!?…") and (after.isspace() or after in _CLOSE_AFTER)


# closing marks for each opening mark (straight marks are paired by direction above)
_PAIRS = {"„": "“”", "»": "«", "«": "»", "‚": "‘’", "“": "”", "‘": "’", "‹": "›", "›": "‹"}


def _wordy(w: str) -> bool:
    return any(c.isalnum() for c in w)


def classify_quotes(text: str, quotes: Sequence[QuoteSpan],
                    sentences: Sequence[Sentence]) -> list[QuoteSpan]:
    """Mark quotations that are someone else's words (speech or a partial quotation).

    Speech: a sentence-like quotation (final punctuation), a long one, a clause of four or more
    words, or one with a speech cue: a colon before it, a preposition of attribution in the
    sentence ("laut Polizei „stabil“"), an inserted "so X" ("…, so der Minister, …"), a verb,
    noun or naming verb of saying in its own clause or in the clause it completes ("sprach von
    einer „Katastrophe“", "warnte davor, die „Reform“ …"), or an attribution after it ("„Nein“,
    sagte er"). A verb of saying in another clause ("Sie sieht keinen Widerspruch, den Anteil
    „grüner“ Energie …") or inside another quotation does not make a quote speech. What is left
    may be a scare quote.
    """
    out = []
    lead = headline_end(text, sentences)
    for q in quotes:
        inner = text[q.inner_start:q.inner_end].strip()
        speech = (q.words >= SPEECH_LONG_WORDS or inner[-1:] in ".!?…"
                  or (q.words >= SPEECH_MIN_WORDS and _clause_like(inner))
                  or q.end <= lead
                  or _introduced_as_speech(text, q, sentences, quotes))
        out.append(QuoteSpan(q.start, q.end, q.inner_start, q.inner_end, q.words, speech))
    return _share_in_lists(text, out)


# what may stand between two quotations of one list: "„dumm“, „teuer“ und „unsozial“"
_LIST_JOINERS = frozenset({",", "und", "oder", "sowie", "bzw.", "beziehungsweise", "&", "/"})


def _listed_together(text: str, a: QuoteSpan, b: QuoteSpan) -> bool:
    """``b`` follows ``a`` in the same list: only commas and conjunctions between them."""
    between = text[a.end:b.start]
    if not between.strip() or "\n" in between or len(between) > 16:
        return False
    return all(w in _LIST_JOINERS for w in between.replace(",", " , ").split())


def _share_in_lists(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations listed together share the speaker: "beschimpfte sie als „Versager“ und
    „Zerstörer unseres Wohlstands“" gives both as the speaker's words, not only the one next
    to the verb. The author's own list of scare quotes stays one (no member is speech)."""
    out = list(quotes)
    changed = True
    while changed:
        changed = False
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.speech != b.speech and b.start >= a.end and _listed_together(text, a, b):
                idx = k + 1 if a.speech else k
                q = out[idx]
                out[idx] = QuoteSpan(q.start, q.end, q.inner_start, q.inner_end, q.words, True)
                changed = True
    return out


_DATELINE_DASHES = frozenset({"–", "—", "-"})
# small words inside place names of a dateline: "Neusiedl am See –", "Halle an der Saale –"
_PLACE_LINKS = frozenset({"am", "an", "der", "im", "ob", "bei", "in"})


def headline_end(text: str, sentences: Sequence[Sentence]) -> int:
    """End offset of a headline and lead before the body, or 0.

    In headlines and leads short quotes are partial quotations of the people named there ("Ban
    „beunruhigt“ über …", "Polizei will „rigoros“ vorgehen"), not the author's irony. The body
    starts at an agency dateline ("Wien – …", "Berlin (dpa) – …") among the first four
    sentences; a headline line without final punctuation followed by a line break ends there.
    """
    for sent in sentences[1:4]:
        toks = sent.tokens
        for k, t in enumerate(toks[:6]):
            if t.text in _DATELINE_DASHES:
                if k >= 1 and toks[0].is_upper_initial and all(
                        x.is_upper_initial or x.text in {"/", "(", ")"} or x.lower == "dpa"
                        or x.text.isupper() or x.lower in _PLACE_LINKS for x in toks[:k]):
                    return sent.start
                break
    if sentences:
        first = sentences[0]
        after = text[first.end:first.end + 3]
        if "\n" in after and text[first.end - 1:first.end] not in {".", "!", "?", "…", ":"} \
                and len(sentences) > 1:
            return first.end
    return 0


def _clause_like(inner: str) -> bool:
    words = [w.strip(".,;:!?…\"'„“”»«").lower() for w in inner.split()]
    return "," in inner or any(w in _PRONOUNS or w in _FINITE_AUX for w in words)


def _introduced_as_speech(text: str, q: QuoteSpan, sentences: Sequence[Sentence],
                          quotes: Sequence[QuoteSpan] = ()) -> bool:
    before = text[max(0, q.start - 3):q.start].rstrip()
    if before.endswith(":"):
        return True
    sent = next((s for s in sentences if s.start <= q.start < s.end), None)
    if sent is None:
        return False
    toks = sent.tokens
    cues = speech_cues()
    idx = next((k for k, t in enumerate(toks) if t.start >= q.end), None)
    # „Nein“, sagte er. / „Nein“, so der Minister. / „…“, wie X, der Sprecher, schrieb.
    if idx is not None and toks[idx].text == "," and idx + 1 < len(toks) and (
            cues.verb_at(toks, idx + 1) or toks[idx + 1].lower == "so"
            or toks[idx + 1].lemma in SPEECH_INTRO_LEMMAS
            or (toks[idx + 1].lower == "wie"
                and any(cues.verb_at(toks, j) for j in range(idx + 2, len(toks))))):
        return True
    trailing = trailing_attribution(toks)
    if trailing is not None and q.end <= toks[trailing].start:
        return True
    if _label_start(toks) is not None and toks[_label_start(toks)].end <= q.start:
        return True  # "Griechische Regierung: … war „organisierte Aktion“"
    if any(t.lower in cues.preps and not q.start <= t.start < q.end for t in toks):
        return True  # laut Polizei „stabil“; „stabil“, der Polizei zufolge
    if _inserted_so(toks):
        return True  # "Die meisten Fälle, so der Arzt, seien „körperlich belastend“"
    others = [(o.start, o.end) for o in quotes if o.start != q.start]
    first = next((k for k, t in enumerate(toks) if t.start >= q.start), len(toks))
    segs = _clause_segments(toks)
    own = next((k for k, (a, b) in enumerate(segs) if a <= first < b), None)
    if own is None:
        return False
    lo, hi = segs[own]
    if _in_complement(toks, segs, own):
        return True  # "warnte davor, die „Reform“ …", "warf ihr vor, mit „Taten“ …"
    if own + 1 < len(segs) and toks[hi].text == "," and _attributing_clause(toks, segs[own + 1]):
        return True  # "die „Verwerfungen“, von denen X sprach"
    after_als = first > 0 and toks[first - 1].lower == "als"
    for k, t in enumerate(toks):
        if q.start <= t.start < q.end or in_ranges(t.start, t.end, others):
            continue  # the quote itself, or words inside another quotation
        naming = t.end <= q.start and (t.lemma in cues.naming or t.lower in cues.naming)
        if after_als and t.end <= q.start and _calls_as(toks, k):
            return True  # "beschimpfte die Regierung als „Versager“", "tat es als „Unsinn“ ab"
        if naming and after_als:
            return True  # "bezeichnete die Pläne, die … vorlegte, als „Unsinn“"
        if not lo <= k < hi:
            continue
        if after_als and t.start >= q.end and (t.lemma in cues.naming or t.lower in cues.naming):
            return True  # "in dem Russland als „Bedrohung“ bezeichnet wird": someone's label
        if cues.verb_at(toks, k):
            return True  # "sprach von einer „Katastrophe“", "als „Aktionismus“ prangert X an"
        noun = t.is_upper_initial and (t.lemma in cues.nouns or t.lower in cues.nouns)
        if t.end <= q.start and (noun or naming) and not _introduces_other(toks, k, q, quotes):
            return True  # "Kritik an der „Willkür“", "nannte es „Sieg“"
    return _person_partial_quote(toks, lo, first, q)


# nouns (and their compound ends) that name a person who can be quoted: "Trainer",
# "Bürgermeisterin", "Polizeisprecher", "Anwohner"
_PERSON_TAILS = ("sprecher", "sprecherin", "chef", "chefin", "meister", "meisterin", "leiter",
                 "leiterin", "trainer", "trainerin", "präsident", "präsidentin", "minister",
                 "ministerin", "anwohner", "anwohnerin", "kämmerer", "kämmerin", "arzt", "ärztin",
                 "richter", "richterin", "anwalt", "anwältin", "vorsitzende", "vorsitzender",
                 "kanzler", "kanzlerin", "zeuge", "zeugin", "besitzer", "besitzerin", "inhaber",
                 "inhaberin", "spieler", "spielerin", "kapitän", "boss", "politiker",
                 "politikerin", "direktor", "direktorin", "landrat", "landrätin", "bewohner",
                 "bewohnerin", "nachbar", "nachbarin", "vater", "mutter", "eltern", "rentner",
                 "rentnerin", "ermittler", "ermittlerin", "staatsanwalt", "staatsanwältin",
                 "verteidiger", "verteidigerin", "coach", "manager", "managerin", "abgeordnete",
                 "abgeordneter", "kandidat", "kandidatin", "lehrer", "lehrerin", "polizist",
                 "polizistin", "kommandant", "kommandantin", "wirt", "wirtin")
_POSSESSIVES_AND_ARTICLES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines",
                                       "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "der",
                                       "die", "das", "den", "dem", "des", "diese", "dieser",
                                       "diesen", "dieses", "unser", "unsere", "unseren"})
_PARTIAL_MAX_WORDS = 4
# copula forms (not the lemma "sein", which the possessive "seine" shares)
_COPULA_FORMS = frozenset({"ist", "war", "sind", "waren", "sei", "seien", "wäre", "wären",
                           "wird", "wurde", "werden", "wurden", "bleibt", "blieb", "bleiben",
                           "wirkt", "wirkte", "wirken", "scheint", "schien", "gilt", "galt"})


def _person_partial_quote(toks: Sequence[Token], lo: int, first: int, q: QuoteSpan) -> bool:
    """A short quote whose clause names a person before it is that person's word, quoted in
    part: "Die Anwohner fühlen sich „im Stich gelassen“", "Der Kämmerer rechnet mit einem
    „dicken Minus“", "Der Stadtrat will die Sache „zeitnah“ klären". Not after a copula ("Der
    Kanzler ist „nur zuversichtlich“" characterizes the person, maybe with the author's
    distance), and not a single quoted noun nor a
    quote after an article or possessive ("Der Minister präsentierte seine „Reform“", "eine
    „Reform“"): that may be the author's distance from the person's term."""
    if q.words > _PARTIAL_MAX_WORDS or first <= lo:
        return False
    if toks[first - 1].lower in _POSSESSIVES_AND_ARTICLES:
        return False
    inner = [t for t in toks[first:] if t.start < q.inner_end and t.is_word]
    if len(inner) == 1 and inner[0].is_upper_initial:
        return False  # one quoted noun ("präsentierte eine „Reform“"): left to the scare-quote rule
    if not _COPULA_FORMS.isdisjoint(map(_LOWER, toks[lo:first])):
        return False  # "Der Kanzler ist „nur zuversichtlich“": the author's characterization
    return any(t.is_upper_initial and t.is_word and t.lower.endswith(_PERSON_TAILS)
               for t in toks[lo:first])


# verbs that call something "als …": the word after "als" is the speaker's label for it
_CALLING_AS = frozenset({"beschimpfen", "diffamieren", "brandmarken", "verspotten", "verhöhnen",
                         "schmähen", "verunglimpfen", "verunglimpft", "abstempeln", "feiern",
                         "preisen", "loben", "geißeln", "anprangern", "kritisieren", "werten",
                         "bewerten", "bejubeln", "abtun", "abqualifizieren", "abqualifiziert",
                         "beschreiben", "schildern", "charakterisieren", "darstellen",
                         "titulieren", "verteidigen", "zurückweisen", "ablehnen", "verurteilen",
                         "quittieren", "quittiert", "interpretieren", "interpretiert", "deuten",
                         "auslegen", "begrüßen", "würdigen",
                         # how a work introduces something: "in der ersten Folge noch als Skandal
                         # von nationaler Tragweite eingeführt" (not "verkaufen": "verkaufte den
                         # Abbau als „Neuaufstellung“" is the author's scare quote)
                         "einführen", "eingeführt"})
# separable verbs whose stem alone is ambiguous: "tat … als „Unsinn“ ab", "prangerte … an"
_CALLING_SPLIT = {"tun": "ab", "prangern": "an", "stellen": "dar", "weisen": "zurück",
                  "stempeln": "ab", "qualifizieren": "ab"}


# the lemmas ``_called_as`` can start from: a verb of calling, a split one's stem, "nennen"
_CALLED_AS_LEMMAS = _CALLING_AS | _CALLING_SPLIT.keys() | {"nennen"}


def _calls_as(tokens: Sequence[Token], k: int) -> bool:
    """A verb of calling at k (not a noun): "bezeichnete", "beschimpfte", "tat … ab"."""
    t = tokens[k]
    if t.is_upper_initial and k > 0:
        return False
    if t.lemma in _CALLING_AS or t.lower in _CALLING_AS:
        return True
    particle = _CALLING_SPLIT.get(t.lemma)
    return particle is not None and particle in map(_LOWER, tokens[k + 1:])


# Words after which a comma starts a new clause only in appearance: a list of attributes
# ("eine vage, nie definierte „Lösung“") keeps the clause together.
_ADJ_SUFFIXES = ("e", "en", "er", "es", "em")
_CLAUSE_OPENERS = frozenset({"dass", "daß", "ob", "weil", "wenn", "als", "während", "nachdem",
                             "obwohl", "da", "damit", "sodass", "so", "wie", "wo", "wobei", "um",
                             "ohne", "statt", "sondern", "aber", "doch", "jedoch", "denn", "und",
                             "oder", "der", "die", "das", "dem", "den", "deren", "dessen", "welche",
                             "welcher", "welches", "was", "wer", "wonach", "indem"})
_SEGMENT_BREAKS = frozenset({";", ":", "–", "—", "(", ")", "-"})
# the quote's clause completes the clause before: "warnte davor, …", "sagte, dass …"
_PRONOMINAL_ADVERBS = frozenset({"davor", "dafür", "darauf", "darüber", "dagegen", "daran", "davon",
                                 "damit", "dazu"})
_COMPLEMENT_OPENERS = frozenset({"dass", "daß", "ob", "wonach"})


def _clause_segments(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges [a, b) between clause breaks: semicolons, colons, dashes, brackets and
    commas, except a comma inside a list of attributes ("eine vage, nie definierte …")."""
    segs: list[tuple[int, int]] = []
    a = 0
    for k, t in enumerate(tokens):
        brk = t.text in _SEGMENT_BREAKS
        if t.text == "," and 0 < k < len(tokens) - 1:
            prev, nxt = tokens[k - 1], tokens[k + 1]
            attribute_list = (prev.is_word and not prev.is_upper_initial and len(prev.text) >= 4
                              and prev.lower.endswith(_ADJ_SUFFIXES) and nxt.is_word
                              and not nxt.is_upper_initial and nxt.lower not in _CLAUSE_OPENERS)
            brk = not attribute_list
        if brk:
            segs.append((a, k))
            a = k + 1
    segs.append((a, len(tokens)))
    return segs


def _in_complement(tokens: Sequence[Token], segs: Sequence[tuple[int, int]], own: int) -> bool:
    """True when the quote's clause belongs to what a verb of saying in an earlier clause
    reports: "sie kritisierte, dass …", "er warnte davor, …", "er rief dazu auf, … zu …, um …"
    (the clause right after the verb and the comma-joined clauses that continue it)."""
    cues = speech_cues()
    for j in range(own - 1, -1, -1):
        a, b = segs[j]
        if b >= len(tokens) or tokens[b].text != ",":
            return False  # a colon, dash or bracket ends the reported part
        if b <= a or not any(cues.verb_at(tokens, k) for k in range(a, b)):
            continue
        last = tokens[b - 1]
        particles = {p for k in range(a, b) for p in cues.split.get(tokens[k].lemma, ())}
        if (cues.verb_at(tokens, b - 1) or last.lower in _PRONOMINAL_ADVERBS
                or last.lower in particles):
            return True
        nxt = segs[j + 1][0]
        return j == own - 1 and nxt < len(tokens) and tokens[nxt].lower in _COMPLEMENT_OPENERS
    return False


# "…, von denen X sprach", "…, die Y so nannte": a clause after the quote that attributes it
_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "denen", "deren", "dessen", "wie",
                       "welche", "welcher", "welches"})


def _attributing_clause(tokens: Sequence[Token], seg: tuple[int, int]) -> bool:
    a, b = seg
    head = [t.lower for t in tokens[a:min(a + 2, b)]]
    if not any(h in _RELATIVE for h in head):
        return False
    if not _SELF.isdisjoint(map(_LOWER, tokens[a:b])):
        return False  # "die „Verwerfungen“, die wir täglich sehen": the author's own view
    cues = speech_cues()
    return any(cues.verb_at(tokens, k) or tokens[k].lemma in cues.naming
               or tokens[k].lower in cues.naming for k in range(a, b))


def _introduces_other(tokens: Sequence[Token], k: int, q: QuoteSpan,
                      quotes: Sequence[QuoteSpan]) -> bool:
    """The noun at ``k`` introduces another quotation right after it ("Unter der Überschrift
    „…“ veröffentlicht das Blatt einen „Debattenbeitrag“"): it is not this quote's cue."""
    end = tokens[k].end
    nxt = next((o for o in quotes if o.start >= end), None)
    return nxt is not None and nxt.start < q.start and nxt.start - end <= 2


def _inserted_so(tokens: Sequence[Token]) -> bool:
    """An attribution inserted between commas: "Die Fälle, so der Arzt, seien …", "…, so
    fügte er hinzu, …"."""
    cues = speech_cues()
    for k in range(1, len(tokens) - 3):
        if tokens[k - 1].text == "," and tokens[k].lower == "so" and (
                tokens[k + 1].is_upper_initial or tokens[k + 1].lower in _DETERMINERS
                or cues.verb_at(tokens, k + 1)):
            close = next((j for j in range(k + 1, min(k + 10, len(tokens)))
                          if tokens[j].text == ","), None)
            words = _words_of_insertion(tokens[k + 1:close]) if close is not None else None
            if words is not None and len(words) <= _SO_INSERTION_WORDS:
                return True
    return False


_SO_INSERTION_WORDS = 5  # ", so fügte der Minister hinzu," at most


def _words_of_insertion(tokens: Sequence[Token]) -> list[Token] | None:
    """The words of an insertion between commas, an age in brackets after a name left out ("so
    Mesner Herbert Kalmbach (61)": tabloid and local copy); None if anything else is in it."""
    words = list(tokens)
    for k in range(len(tokens) - 2):
        if bracketed_number(tokens, k):
            words = [*tokens[:k], *tokens[k + 3:]]
            break
    return words if words and all(t.is_word for t in words) else None


def _label_start(tokens: Sequence[Token]) -> int | None:
    """Index of the colon after a speaker label opening the sentence ("Nagl:", "Griechische
    Regierung:"), or None."""
    for k, t in enumerate(tokens[:5]):
        if t.text == ":":
            return k if k >= 1 and tokens[0].is_upper_initial and all(
                x.is_word for x in tokens[:k]) else None
        if not t.is_word:
            return None
    return None


# Speech cues that count without the cue file (kept for callers that read this set).
SPEECH_INTRO_LEMMAS = frozenset({
    "sagen", "erklären", "betonen", "meinen", "schreiben", "fragen", "antworten", "rufen",
    "sprechen", "mitteilen", "ergänzen", "fordern", "warnen", "kritisieren", "behaupten",
    "versichern", "bekräftigen", "unterstreichen", "hinweisen", "zitieren", "twittern",
    "posten", "kommentieren", "verkünden", "ankündigen", "berichten", "beteuern", "klagen",
    "so", "laut", "zufolge", "heißen", "sprach", "formulieren", "nennen", "bezeichnen",
    "wetteren", "wettern", "schimpfen", "jubeln", "erwidern", "entgegnen", "zugeben",
})


# --- direct speech without quotation marks ---------------------------------------------------

_ATTRIBUTION_MAX_TOKENS = 30
_NOT_SUBJECT_AFTER_VERB = frozenset({"aber", "jedoch", "und", "nichts", "nicht", "doch", "dann"})
_FIRST_PERSON = frozenset({"ich", "mich", "mir", "wir", "uns"})
# the possessive's forms themselves: a prefix test took "meinte" and "Meinung" for "mein"
_FIRST_POSSESSIVES = frozenset({"mein", "meine", "meinen", "meinem", "meiner", "meines", "meins",
                                "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
                                "unsern", "unsre", "unsren", "unsrem", "unsrer", "unsres"})
_CHAIN_MAX = 3


_TRAILING_CACHE: dict[int, tuple[Sequence[Token], int | None]] = {}
# the last sentences' answers: the pipeline, the rules and ``unmarked_speech`` ask for the same
# sentences (performance; keyed by the token tuple's identity, which the entry keeps alive, so a
# recycled id cannot hit; tuples only, they cannot change)
_SENTENCE_CACHE_MAX = 4096


def _per_sentence(cache: dict[int, tuple[Sequence[Token], int | None]],
                  compute: Callable[[Sequence[Token]], int | None],
                  tokens: Sequence[Token]) -> int | None:
    """``compute(tokens)``, remembered per sentence tuple (a list may change: not cached)."""
    if type(tokens) is not tuple:
        return compute(tokens)
    hit = cache.get(id(tokens))
    if hit is not None and hit[0] is tokens:
        return hit[1]
    value = compute(tokens)
    if len(cache) >= _SENTENCE_CACHE_MAX:
        cache.clear()
    cache[id(tokens)] = (tokens, value)
    return value


def trailing_attribution(tokens: Sequence[Token]) -> int | None:
    """Token index where a closing attribution starts (its comma), or None.

    "Das ist für uns kein Gewinn, sagte ein Sprecher." / "…, so Ulamec." / "…, wie Scolik der
    FAZ sagte." / "…, hieß es." — what precedes the comma is someone else's words, with or
    without quotation marks (some exports and feeds drop the marks).

    Remembered per sentence tuple, as ``indirect_speech_start`` (the speech ranges and the
    named-source checks both ask it for every sentence).
    """
    return _per_sentence(_TRAILING_CACHE, _trailing_attribution, tokens)


def _verb_opens_speech(rest: Sequence[Token]) -> bool:
    """After the verb of saying comes a comma or colon and what was said, not the speaker: "Ein
    Diplomat, der nicht genannt werden wollte, sagte, die Lage sei ernst." – the words before
    the verb are its subject, not speech. (", sagte, wie erwartet, der Minister" names one.)"""
    return rest[0].text in {",", ":"} and not (len(rest) > 1 and rest[1].lower == "wie")


_SUBJECT_NOUN_MAX = 4  # "Ein hoher Beamter des Ministeriums" before the relative clause


def _relative_subject(head: Sequence[Token]) -> bool:
    """The words before the verb of saying are a noun phrase and its relative clause: "Ein
    Funktionär, der nicht genannt werden will, spricht von Chaos." – the verb's subject, not
    speech before a closing attribution."""
    if len(head) < 4 or head[0].lower not in _DETERMINERS or head[0].lower in {"er", "sie"}:
        return False
    noun_phrase = _before_relative_clause(head)
    c = len(noun_phrase)
    return c < len(head) and c <= _SUBJECT_NOUN_MAX and all(t.is_word for t in noun_phrase) \
        and all(t.text != "," for t in head[c + 1:])


def _trailing_attribution(tokens: Sequence[Token]) -> int | None:
    if "," not in map(_TEXT, tokens) and "sagen" not in map(_LEMMA, tokens):
        return None  # the answer is a comma, or a "sagen" after a forgotten one
    cues = speech_cues()
    n = len(tokens)
    for k in range(n - 2, 0, -1):
        if n - k > _ATTRIBUTION_MAX_TOKENS:
            return None
        if tokens[k].text != ",":
            continue
        v = tokens[k + 1]
        rest = tokens[k + 2:k + 6]
        if cues.verb_at(tokens, k + 1) and rest and rest[0].lower not in _NOT_SUBJECT_AFTER_VERB \
                and any(t.is_upper_initial or t.lower in _DETERMINERS or t.lower == "beide"
                        for t in rest) \
                and not _verb_opens_speech(rest) and not _relative_subject(tokens[:k]):
            return k
        if _concludes_at(tokens, k + 1) and rest and rest[0].lower in _DETERMINERS \
                and n - k <= _CONCLUSION_TAIL:
            return k  # "…, schließen die Forscher."
        if v.lower == "so" and rest and (rest[0].is_upper_initial or rest[0].lower in _DETERMINERS) \
                and "," not in map(_TEXT, tokens[k + 2:-1]) and n - k <= 10:
            return k
        if v.lower == "wie" and any(cues.verb_at(tokens, j) for j in range(k + 2, n)) and not any(
                t.text == "," for t in tokens[k + 2:]):
            return k
        if v.lower in {"heißt", "hieß", "hiess", "heisst"} and rest and rest[0].lower == "es":
            return k
        if v.lower in {"wurde", "wird"} and "zitiert" in map(_LOWER, tokens[k + 2:]):
            return k  # "…, wurde der Trainer zitiert."
        if v.lower in _KNOWING and rest and (rest[0].is_upper_initial or (
                rest[0].lower in _DETERMINERS and len(rest) > 1 and rest[1].is_upper_initial)) \
                and sum(1 for t in tokens[:k] if t.is_word) >= 4:
            return k  # "…, und die Luftfeuchtigkeit verändert sich, weiß Kuratorin X."
        if v.lower in _HEARSAY_MODALS and n - k <= _MODAL_TAIL and rest and (
                rest[0].lower in _DETERMINERS or rest[0].is_upper_initial) \
                and _said_have_at_end(tokens[k + 2:]):
            return k  # "…, soll einer der Männer im August gesagt haben."
        if n - k <= _INVERTED_TAIL and _inverted_attribution(tokens, k):
            return k  # "Ich bin total glücklich, freute sich die Siegerin."
        if v.lower in {"das", "dies"} and len(rest) > 1 and (rest[1].lower in _DETERMINERS
                                                            or rest[1].is_upper_initial) \
                and _sources_previous(tokens[k + 1:]):
            return k  # "…, das berichtet der „Guardian“ am Freitag." (verb second: not relative)
    # a comma forgotten before the attribution: "… unserer Kosten sagte ein Sprecher zur APA."
    for k in range(max(6, n - 9), n - 2):
        t = tokens[k]
        if t.lemma == "sagen" and not t.is_upper_initial and tokens[k + 1].lower in _DETERMINERS \
                and "," not in map(_TEXT, tokens[k:]) and tokens[k - 1].is_word \
                and sum(1 for x in tokens[:k] if x.is_word) >= 6:
            return k - 1 if tokens[k - 1].text == "," else k
    return None


# "…, weiß Renate Goebl": the speaker's knowledge, the words before hers
_KNOWING = frozenset({"weiß", "wusste"})
# "…, soll einer der Männer gesagt haben": the words before are his, reported as hearsay
_HEARSAY_MODALS = frozenset({"soll", "sollen", "sollte", "sollten"})
_MODAL_TAIL = 16


def _said_have_at_end(tail: Sequence[Token]) -> bool:
    """The tail closes with a participle of saying and "haben": "… gesagt haben"."""
    words = [t for t in tail if t.is_word]
    if len(words) < 3 or words[-1].lower != "haben" or "," in map(_TEXT, tail):
        return False
    cues = speech_cues()
    return cues.verb_at(words, len(words) - 2)


# "…, freute sich die Siegerin." / "…, war Trainer Zeidler guten Mutes." / "…, gab Brocchi die
# Marschroute vor.": a finite verb right after the comma, then its subject. Any verb, not only a
# verb of saying, so only after first- or second-person words (someone speaking), in a short
# tail with no second clause.
_INVERTED_TAIL = 12
_AFTER_INVERTED_VERB = frozenset({"sich", "dennoch", "trotzdem", "auch", "noch", "schließlich",
                                  "danach", "anschließend", "später", "zuletzt", "zudem"})
_NOMINATIVE = frozenset({"der", "die", "ein", "eine"})
_PERSON_ENDINGS = ("erin", "istin", "jährige", "jähriger", "journalist", "polizist", "aktivist",
                   "lobbyist", "spezialist", "kolumnist", "solist", "pianist", "gitarrist")
_SUBJECT_TAILS = (*_PERSON_TAILS, *_PERSON_ENDINGS)
_SPEAKER_PERSON = frozenset({"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"})
_NOT_INVERTED = frozenset({"und", "oder", "aber", "sondern", "denn", "doch", "so", "wie", "als",
                           "dass", "ob", "weil", "wenn", "was", "wer", "wo", "der", "die", "das",
                           "den", "dem", "des", "es", "sie", "er", "man", "nicht", "nur"})


def _inverted_attribution(tokens: Sequence[Token], k: int) -> bool:
    """At comma ``k``: an inverted attribution with any verb after someone's first-person words.

    Not a subject-less continuation ("Ich öffnete die Tür, sah die Küche …": the subject after the
    verb must be a name or a person noun) and not the main clause after a fronted subordinate
    clause ("Wenn wir gewinnen, freut sich der Trainer")."""
    v = tokens[k + 1]
    if not v.is_word or v.is_upper_initial or v.lower in _NOT_INVERTED or v.lemma == v.lower \
            or not v.lemma.endswith("n"):
        return False  # a finite verb form: its lemma is an infinitive ("freute" -> "freuen")
    head = tokens[:k]
    last = max((i + 1 for i, t in enumerate(head) if t.text in {",", ";", ":"}), default=0)
    if sum(1 for t in head if t.is_word) < 3 or head[0].lower in _SUBORDINATORS \
            or (last < k and tokens[last].lower in _SUBORDINATORS):
        return False  # the clause before the comma is a subordinate one: a main clause follows
    speaking = _first_person_words(head) or not _SPEAKER_PERSON.isdisjoint(map(_LOWER, head))
    tail = tokens[k + 2:]
    # "…, freute sich der Trainer": a reflexive verb of feeling right after the comma, then a
    # person, is an attribution also without first-person words, unless the sentence opens with
    # a verb (a conditional: "Gewinnt die Mannschaft, freut sich der Trainer")
    reflexive = bool(tail) and tail[0].lower == "sich" and not (
        head[0].lemma != head[0].lower and head[0].lemma.endswith("n"))
    if not (speaking or reflexive):
        return False
    if any(t.text in {",", ";", ":"} or t.lower in {"und", "oder", "aber"} for t in tail):
        return False
    j = 0
    while j < len(tail) and tail[j].lower in _AFTER_INVERTED_VERB:
        j += 1
    if j >= len(tail) or not tail[j].is_word:
        return False
    first = tail[j]
    if first.is_upper_initial:
        # a name: "…, war Zeidler guten Mutes"; without first-person words a role noun or a
        # first and last name ("…, freute sich Cheftrainer Max Berger")
        return speaking or first.lower.endswith(_SUBJECT_TAILS) or (
            j + 1 < len(tail) and tail[j + 1].is_upper_initial)
    if first.lower not in _NOMINATIVE:
        return False
    noun = next((t for t in tail[j + 1:j + 4] if t.is_upper_initial), None)
    return noun is not None and noun.lower.endswith(_SUBJECT_TAILS)


# Verbs of concluding that close a sentence as its attribution: "Der Vulkan ist möglicherweise
# noch aktiv, schließen die Forscher." Not verbs of saying elsewhere ("schließen" also means
# "close": "Wenn es dunkel wird, schließen die Läden" opens with a conjunction and is skipped).
_CONCLUDING = frozenset({"schließen", "folgern", "mutmaßen", "spekulieren", "resümieren"})
_CONCLUSION_TAIL = 9
_SUBORDINATORS = frozenset({"wenn", "als", "sobald", "nachdem", "weil", "da", "falls", "bevor",
                            "während", "obwohl", "sofern", "solange", "bis", "seit", "seitdem",
                            "ehe", "wo", "wer", "was"})


def _concludes_at(tokens: Sequence[Token], i: int) -> bool:
    """A finite verb of concluding at ``i`` that follows the words it attributes."""
    tok = tokens[i]
    return (tok.lemma in _CONCLUDING and not tok.is_upper_initial and bool(tokens)
            and tokens[0].lower not in _SUBORDINATORS)


def leading_attribution(tokens: Sequence[Token]) -> int | None:
    """Index of the comma after a leading "Wie X bestätigte," / "Wie die Stadt mitteilte,":
    the main clause after it is the source's account. Not the newsroom's own "Wie wir
    berichteten," and not a comparison ("Wie erwartet, …")."""
    if len(tokens) < 5 or tokens[0].lower != "wie":
        return None
    comma = next((k for k, t in enumerate(tokens[:_ATTRIBUTION_MAX_TOKENS]) if t.text == ","),
                 None)
    if comma is None or comma < 3 or comma + 2 >= len(tokens):
        return None
    head = tokens[1:comma]
    if any(t.lower in _SELF or t.lower in WE_FORMS for t in head):
        return None
    cues = speech_cues()
    if not any(cues.verb_at(tokens, k) for k in range(1, comma)):
        return None
    return comma


# a time of day, "21.14" or "9:05" (ticker stamps and programme listings)
_TIME_OF_DAY = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
# a clock time opening a live-ticker entry: "21.14 Uhr:", "14:02 Uhr –", "+++ 12.30 Uhr +++"
_CLOCK = re.compile(rf"^{_TIME_OF_DAY}(?::[0-5]\d)?$")
_STAMP_MARKS = frozenset({"+", "•", "*", "|", "–", "—", "-", ":", "/", ">", "·"})
# the marks that may run on after a stamp word ("Update, 18.05 Uhr"); built once, not per token
_STAMP_MARKS_OR_COMMA = _STAMP_MARKS | {","}
# a word that may precede the time: "Update, 18.05 Uhr:", "Liveticker 9.02 Uhr"
_STAMP_WORDS = frozenset({"update", "liveticker", "ticker", "eilmeldung", "neu", "aktualisiert",
                          "nachtrag"})


def ticker_stamp(tokens: Sequence[Token]) -> int:
    """Index of the first token after a live-ticker time stamp opening the sentence, or 0.

    "21.14 Uhr: Der Minister sagte: …" — the stamp is the newsroom's clock, not a label or a
    clause, so what follows is read as if the sentence started there."""
    k = 0
    n = len(tokens)
    while k < n and tokens[k].text in _STAMP_MARKS:
        k += 1
    if k < n and tokens[k].lower in _STAMP_WORDS:
        k += 1
        while k < n and tokens[k].text in _STAMP_MARKS_OR_COMMA:
            k += 1
    if k >= n or not _CLOCK.match(tokens[k].text):
        return 0
    k += 1
    if k < n and tokens[k].lower == "uhr":
        k += 1
    if k >= n or tokens[k].text not in _STAMP_MARKS:
        return 0  # "09.30 Merkel sagte" without a separator: not clearly a stamp
    while k < n and tokens[k].text in _STAMP_MARKS:
        k += 1
    return k if k < n else 0


def colon_introduction(tokens: Sequence[Token], headline: bool = False) -> int | None:
    """Index of a colon after a verb of saying ("meinte der Landeshauptmann: Man muss …").

    A ticker time stamp or a list bullet before it is skipped ("21.14 Uhr: Der Minister sagte:
    …", "- Grünen-Chefin Maier: …"); there, and in a ``headline``, a speaker label that names a
    person by title or full name introduces speech even without first-person words ("18.05 Uhr:
    Kanzler Scholz: Diese Entscheidung …", "Finanzminister: Haushalt ist ein Desaster")."""
    if ":" not in map(_TEXT, tokens):
        return None  # the answer is a colon's index
    lead = ticker_stamp(tokens) or _bullet(tokens)
    if lead:
        c = _colon_introduction(tokens[lead:], stamped=True)
        return None if c is None else c + lead
    return _colon_introduction(tokens, stamped=headline)


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "►", ">"})
# compounds of a speech noun that the lemma list cannot hold ("Seine Dankesrede war kurz: …")
_SPEECH_COMPOUND_TAILS = ("rede", "ansprache", "predigt")


def _bullet(tokens: Sequence[Token]) -> int:
    """1 when the sentence opens a list item ("- Grünen-Chefin Maier: …"), else 0."""
    return 1 if len(tokens) > 2 and tokens[0].text in _BULLETS and tokens[1].is_word else 0


def _colon_introduction(tokens: Sequence[Token], stamped: bool = False) -> int | None:
    cues = speech_cues()
    clause_start = 0
    for c, tok in enumerate(tokens):
        if tok.text in {",", ";"}:
            clause_start = c + 1
        if tok.text != ":":
            continue
        if sum(1 for t in tokens[c + 1:] if t.is_word) < 2:
            return None
        if clause_start == 0 and c == 1 and (tokens[0].lower in _FRAMING_LABELS
                                             or tokens[0].lemma in _FRAMING_LABELS):
            return None  # "Kommentar: …", "Analyse: …": a section label, the author speaks
        if clause_start == 0 and c == 2 and tokens[0].lower in _THIRD_POSSESSIVES \
                and (tokens[1].lower in _FRAMING_LABELS or tokens[1].lemma in _FRAMING_LABELS
                     or tokens[1].lower in cues.nouns or tokens[1].lemma in cues.nouns
                     or tokens[1].lower in _THEIR_FINDINGS):
            return c  # "Ihr Fazit: …", "Ihre Erkenntnis: …": the person's conclusion
        # "Er warnte davor, dass Rechte umgangen werden: …": the verb of the clause the
        # "dass" clause depends on introduces what follows the colon
        intro = clause_start
        if 0 < clause_start < c and tokens[clause_start].lower in _COMPLEMENT_WORDS:
            intro = max((k + 1 for k in range(clause_start - 1) if tokens[k].text in {",", ";"}),
                        default=0)
        if any(cues.verb_at(tokens, j) or (tokens[j].is_upper_initial and (
                tokens[j].lemma in cues.nouns or tokens[j].lower in cues.nouns
                or tokens[j].lower.endswith(_SPEECH_COMPOUND_TAILS)))
               or _attitude_at(tokens, j, clause_start)
               for j in range(intro, c)):
            return c  # "Der Minister meinte: …" / "Die Antwort im Wortlaut: …"
        if _view_holder(tokens[clause_start:c]):
            return c  # "Für den Bürgermeister ist klar: …"
        if _their_grievance(tokens[clause_start:c]):
            return c  # "…, was ihm am Sender aufgestoßen ist: die Hofschranzen, …"
        if clause_start == 0 and 1 <= c - 2 <= 4 and tokens[c - 2].lower in {"zu", "gegenüber"} \
                and len(tokens[c - 1].text) >= 2 and tokens[c - 1].text.isupper() and all(
                    t.is_word and t.is_upper_initial for t in tokens[:c - 2]):
            return c  # "Der Sprecher zu BILD: …", "Merz gegenüber RTL: …" (not "Der Weg zu Olympia:")
        if clause_start == 0 and _label_start(tokens) == c and _speaker_label(tokens[:c]) \
                and (_first_person_words(tokens[c + 1:])
                     or (stamped and _names_person(tokens[:c]))):
            return c  # "Verteidiger Mario Sonnleitner: Wir haben …" (quote marks missing)
        return None
    return None


_COMPLEMENT_WORDS = frozenset({"dass", "daß", "ob"})


# role nouns that name a person ("Kommunikationschef", "Botschafterin"); built once
_ROLE_TAILS = (*_PERSON_TAILS, "erin")


def person_colon(tokens: Sequence[Token]) -> int | None:
    """Index of a colon after a clause about a named person, with a full clause after it ("Der
    Trainer stritt ab, ihn abgehalten zu haben: Wir haben …", "Kommunikationschef Max Muster zum
    STANDARD: Uns liegt …"), or None. Whether the words after it are the person's is decided by
    the caller (first person after the colon or in the next sentence)."""
    c = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if c is None or c < 2 or sum(1 for t in tokens[c + 1:] if t.is_word) < 3:
        return None
    head = tokens[:c]
    if any(t.lower in _SELF or t.lower in WE_FORMS for t in head):
        return None  # "Ich sage es so: …": the author's own
    return c if _names_someone(head) else None


def _names_someone(clause: Sequence[Token]) -> bool:
    """A person in the clause: a role noun ("Kommunikationschef", "Trainerin"), a first and last
    name ("Judith Muster"), or "er"/"sie" opening it."""
    if clause and clause[0].lower in {"er", "sie"} and len(clause) > 1 \
            and not clause[1].is_upper_initial:
        return True
    for j, t in enumerate(clause):
        if t.lower.endswith(_ROLE_TAILS) and j > 0 and t.is_word \
                and (t.is_upper_initial or "-" in t.text):
            return True  # "Kommunikationschef", "der 96-Trainer"
        if not t.is_upper_initial or not t.is_word:
            continue
        nxt = clause[j + 1] if j + 1 < len(clause) else None
        if nxt is not None and nxt.is_word and nxt.is_upper_initial and t.lemma == t.lower \
                and not nxt.lower.endswith(_INSTITUTION_TAILS) \
                and (j == 0 or clause[j - 1].lower not in _NP_ARTICLES) \
                and nxt.lemma == nxt.lower and len(t.text) > 2 and len(nxt.text) > 2 \
                and t.lower not in _NP_ARTICLES:
            return True
    return False


# "was ihm aufgestoßen ist:", "was sie stört:": a third party's grievances, listed after the colon
_THIRD_OBJECTS = frozenset({"ihm", "ihn", "ihnen"})
_GRIEVANCE_VERBS = frozenset({"aufgestoßen", "aufstößt", "aufstieß", "aufstoßen", "stört",
                              "störte", "stören", "störten", "gestört", "missfällt", "missfiel",
                              "missfallen", "ärgert", "ärgerte", "ärgern", "geärgert", "stinkt",
                              "stank", "gestunken", "empört", "empörte", "aufregt", "aufregte",
                              "aufgeregt", "nervt", "nervte", "genervt"})


def _their_grievance(clause: Sequence[Token]) -> bool:
    """A "was" clause of what irks a third party ("Er lässt nichts aus, was ihm aufgestoßen
    ist", "was sie am Entwurf stört"): the list after the colon is that party's, in their
    words. "Was uns stört:" and "Was ich nicht verstehe:" stay the author's."""
    k = next((k for k, t in enumerate(clause) if t.lower == "was"), None)
    if k is None or _GRIEVANCE_VERBS.isdisjoint(map(_LOWER, clause[k + 1:])):
        return False
    rest = clause[k + 1:k + 3]
    return not _THIRD_OBJECTS.isdisjoint(map(_LOWER, rest)) or (
        bool(rest) and rest[0].lower == "sie" and k > 0)


# labels before a colon that are the author's own framing, not a speaker: "Fazit: Wir …"
_FRAMING_LABELS = frozenset({"fazit", "frage", "antwort", "botschaft", "wahrheit", "problem",
                             "lösung", "ergebnis", "bilanz", "motto", "fakt", "tatsache",
                             "hintergrund", "tipp", "beispiel", "achtung", "wichtig", "update",
                             "info", "merke", "ziel", "plan", "idee", "grund", "folge", "klar",
                             "kurz", "übrigens", "immerhin", "aber", "denn", "oder", "also",
                             "skandal", "pointe", "moral", "devise", "losung", "parole",
                             "zusammenfassung", "kommentar", "analyse", "meinung", "leitartikel",
                             "fazits", "schluss", "perspektive", "ausblick", "zitat", "quelle",
                             "rat", "ratschlag", "empfehlung", "appell", "forderung", "warnung",
                             "vorschlag", "einschätzung", "prognose", "credo", "urteil"})


# what a study or a person found or holds, after a third party's possessive and a colon: "Ihre
# Erkenntnis: Action-Spiele dürften …" gives the researchers' finding (round 8)
_THEIR_FINDINGS = frozenset({"erkenntnis", "erkenntnisse", "befund", "befunde", "schlussfolgerung",
                             "resultat", "resultate", "diagnose", "these", "annahme", "vermutung",
                             "deutung", "lesart", "überzeugung", "erklärung", "begründung",
                             "argument", "argumente", "argumentation", "einwand", "einwände",
                             "logik", "rechnung", "einschätzung", "prognose", "sorge",
                             "befürchtung", "hoffnung", "credo", "standpunkt", "position",
                             "rechtfertigung", "kalkül", "sicht"})
# possessives of a third party ("Ihr Fazit:", "Seine Antwort:"); "Mein Fazit" is the author's
_THIRD_POSSESSIVES = frozenset({"sein", "seine", "ihr", "ihre", "deren", "dessen"})


def _speaker_label(label: Sequence[Token]) -> bool:
    """A label naming a speaker ("Merz", "Verteidiger Mario Sonnleitner", "Ein Anwohner"),
    not one of the author's framing words ("Fazit", "Die Botschaft", "Sein Urteil")."""
    words = [t for t in label if t.is_word]
    if not 1 <= len(words) <= 4 or any(not t.is_upper_initial for t in words):
        return False
    return not any(t.lower in _FRAMING_LABELS or t.lemma in _FRAMING_LABELS for t in words)


def _names_person(label: Sequence[Token]) -> bool:
    """A label that names a person: a title or role ("Kanzler Scholz", "Bürgermeisterin Weber")
    or a first and last name ("Anna Weber"); not an institution or topic ("Bundestag")."""
    words = [t for t in label if t.is_word]
    if any(t.lower.endswith(_PERSON_TAILS) for t in words):
        return True
    # a name: two or three words, the first not an inflected adjective ("Neue Regeln")
    return 2 <= len(words) <= 3 and words[0].lemma == words[0].lower and not any(
        t.lower.endswith(_INSTITUTION_TAILS) for t in words)


# compound ends of institutions and topics, not persons: "Deutscher Bundestag", "Neue Regeln"
_INSTITUTION_TAILS = ("tag", "rat", "amt", "ministerium", "regierung", "partei", "gericht",
                      "polizei", "feuerwehr", "verband", "bank", "kommission", "union", "stadt",
                      "land", "bund", "verwaltung", "behörde", "gruppe", "konzern", "gesetz",
                      "regeln", "wetter", "verkehr", "lage")


def _first_person_words(tokens: Sequence[Token]) -> bool:
    return any((t.lower in _FIRST_PERSON or t.lower in _FIRST_POSSESSIVES)
               and not (t.lower == "meinen" and _verb_meinen(tokens, k))
               for k, t in enumerate(tokens))


def _verb_meinen(tokens: Sequence[Token], k: int) -> bool:
    """"Kritiker meinen, …", "Viele meinen das": the verb, not the possessive ("meinen Vater",
    "meinen alten Freund"), which a noun or an adjective and a noun follow."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word:
        return True
    if nxt.is_upper_initial:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return not (nxt.lower.endswith(("en", "em", "er", "e")) and after is not None
                and after.is_upper_initial and nxt.lower not in _DETERMINERS)


_CERTAIN = frozenset({"klar", "fest", "sicher", "ausgemacht", "eindeutig", "offensichtlich"})


def _view_holder(clause: Sequence[Token]) -> bool:
    """"Für den Bürgermeister ist klar", "Für Müller steht fest", "Klar ist für Müller": the
    certainty is that person's, and so is what the colon introduces ("Für uns ist klar" stays
    the author's)."""
    if len(clause) < 3:
        return False
    # "Für X ist klar" or, inverted, "Klar ist für X (jedenfalls)"
    f = 0 if clause[0].lower == "für" else next(
        (k for k in range(1, min(len(clause) - 1, _VIEW_FOR_MAX)) if clause[k].lower == "für"
         and not _CERTAIN.isdisjoint(map(_LOWER, clause[:k]))), None)
    if f is None or clause[f].lower != "für":
        return False
    owner = clause[f + 1]
    if owner.lower in _NOT_A_PARTY or owner.lower in {"mich", "uns"} \
            or owner.lower in _FIRST_POSSESSIVES:
        return False
    if not (owner.is_upper_initial or owner.lower in _DETERMINERS):
        return False
    return f > 0 or not _CERTAIN.isdisjoint(map(_LOWER, clause[2:]))


# how far into a clause an inverted "Klar ist für X" may put its "für"
_VIEW_FOR_MAX = 4


def _first_person(sent: Sentence) -> bool:
    return _first_person_words(sent.tokens)


def _same_paragraph(text: str, a: Sentence, b: Sentence) -> bool:
    return "\n" not in text[a.end:b.start]


# --- a source named after the words it gave ------------------------------------------------

# Verbs that say where the previous sentence comes from: "Das berichtete die „SZ“ am Montag.",
# "Dies teilte die Polizei mit." Verbs of reporting only (a closed list, not every speech cue):
# a verb of reacting ("Das kritisierte die Opposition", "Das bestritt der Minister"), noticing
# ("Das bemerkte er, als …") or providing ("So sieht es der Vertrag vor") answers or grounds a
# sentence the author states, it does not source its wording.
_SOURCE_BACK_VERBS = frozenset({
    "berichten", "melden", "schreiben", "sagen", "erklären", "mitteilen", "bestätigen",
    "twittern", "posten", "verkünden", "bekanntgeben", "kommentieren", "urteilen", "analysieren",
    "resümieren", "bilanzieren", "zitieren", "enthüllen", "meinen", "betonen", "schätzen",
    "berichtete", "schrieb", "meldete"})
# "Das ergab eine Umfrage des …", "Das zeigen Daten der Statistik Austria", "Das geht aus einem
# Bericht … hervor": a document or a study as the source
_SOURCE_BACK_FINDINGS = frozenset({"ergeben", "zeigen", "belegen"})
_SOURCE_DOCUMENTS = frozenset({
    "umfrage", "studie", "untersuchung", "erhebung", "befragung", "bericht", "berichte", "analyse",
    "auswertung", "daten", "statistik", "gutachten", "papier",
    "dokument", "dokumente", "recherche", "recherchen", "prognose", "schreiben", "brief",
    "petition", "programm", "wahlprogramm", "mitteilung", "aussendung", "protokoll",
    "experiment", "experimente", "simulation", "modellrechnung", "berechnung", "berechnungen",
    "messung", "messungen"})
_BACK_REFERENCES = frozenset({"das", "dies", "so"})
_BACK_SOURCE_MAX_WORDS = 18
_NOT_A_SOURCE = _NOT_SUBJECT_AFTER_VERB | frozenset({
    "viel", "vieles", "alles", "wenig", "einiges", "mehr", "ja", "schon", "eigentlich", "genug",
    "man", "wir", "ich", "uns", "mir"})
_SOURCE_LOOKAHEAD = 4
_BACK_PARTICLES = frozenset({"zumindest", "jedenfalls", "wenigstens", "immerhin", "auch"})


def _sources_previous(tokens: Sequence[Token]) -> bool:
    """A short sentence that names the source of the one before it: "Das berichtete die
    „Süddeutsche Zeitung“.", "So kommentiert die „FAZ“ die Lage.", "Das ergab eine Umfrage des
    Instituts X." — the previous sentence gives the source's account in its words. Not the
    newsroom's own ("Das schreiben wir seit Jahren"), not "Das sagt viel über …", not a
    question."""
    if len(tokens) < 3 or tokens[0].lower not in _BACK_REFERENCES or tokens[-1].text == "?":
        return False  # before the word list: most sentences fail here (performance)
    if not _OWN_CONTENT.isdisjoint(map(_LOWER, tokens)) or indirect_speech_start(tokens) is not None:
        return False  # "So schrieb die Zeitung, dass …": it opens its own content
    tokens = _before_relative_clause(tokens)  # "Das geht aus einem Bericht … hervor, der …"
    words = [t for t in tokens if t.is_word]
    if not words or len(words) > _BACK_SOURCE_MAX_WORDS:
        return False
    if any(t.lower in _SELF or t.lower in WE_FORMS for t in tokens):
        return False
    v = 1
    while v < len(tokens) - 2 and tokens[v].lower in _BACK_PARTICLES:
        v += 1  # "Das zumindest ergab ein Experiment …", "Das jedenfalls berichtet die Zeitung"
    verb = tokens[v]
    ahead = tokens[v + 1:v + 1 + _SOURCE_LOOKAHEAD]
    if verb.is_upper_initial or not ahead or ahead[0].lower in _NOT_A_SOURCE \
            or ahead[0].text in {",", ":"}:
        return False
    particle = words[-1].lower  # a separable verb's particle closes the clause: "teilte … mit"
    if verb.lemma in _SOURCE_BACK_VERBS or verb.lower in _SOURCE_BACK_VERBS \
            or particle + verb.lemma in _SOURCE_BACK_VERBS:
        return any(t.is_upper_initial or t.lower in _DETERMINERS for t in ahead)
    if verb.lemma in _SOURCE_BACK_FINDINGS or (
            verb.lemma == "gehen" and "hervor" in map(_LOWER, tokens)):
        # also a compound's head: "aus dem Jahresbericht", "ein Positionspapier"
        return any(t.is_upper_initial and t.lower.endswith(tuple(_SOURCE_DOCUMENTS))
                   for t in tokens[v + 1:])
    return False


_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen",
                                "welcher", "welche", "welches", "welchem", "welchen"})


def _before_relative_clause(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens before a comma that opens a relative clause: the clause that names the
    source ends there ("Das geht aus einem Bericht der Kommission hervor, der heute …")."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].text == "," and tokens[k + 1].lower in _RELATIVE_PRONOUNS:
            return tokens[:k]
    return tokens


# words by which a "So schrieb die Zeitung …" sentence gives its own content or example
_OWN_CONTENT = frozenset({"dass", "daß", "ob", ":", "beispielsweise", "etwa", "beispiel",
                          "wonach"})


# "Das ist das Ergebnis einer Umfrage des …", "Zu diesem Schluss kommen Forscher der …": the
# findings before it are the study's
_RESULT_NOUNS = frozenset({"ergebnis", "fazit", "schluss", "befund", "resultat", "schlussfolgerung",
                           "erkenntnis", "einschätzung", "urteil"})
_RESULT_PARTICLES = frozenset({"zumindest", "jedenfalls", "zumal", "auch", "so", "laut"})
_RESULT_LINKS = frozenset({"ist", "sind", "war", "waren", "lautet", "lauten", "lautete"})
_TO_THIS = frozenset({"diesem", "dem", "jenem", "einem", "ähnlichem", "ähnlichen"})
_RESULT_VERBS = frozenset({"kommen", "gelangen", "kam", "kamen", "kommt", "gelangt"})


# the only openers ``_names_result`` accepts ("das"/"dies" + link, "zu diesem …")
_RESULT_OPENERS = frozenset({"das", "dies", "zu"})


def _names_result(tokens: Sequence[Token]) -> bool:
    """A clause that gives the words before it to a study or its makers: "das zumindest ist das
    Ergebnis einer Studie kanadischer Forscher", "Zu diesem Schluss kommt eine Umfrage des
    Instituts X". The result must be someone's (a study, a report, researchers): "Das ist das
    Ergebnis jahrelanger Misswirtschaft" gives a cause, not a source."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 4 or words[0].lower not in _RESULT_OPENERS \
            or any(t.lower in _SELF or t.lower in WE_FORMS for t in words):
        return False  # the opener first: most sentences fail there (performance)
    head = [t.lower for t in words[:6]]
    if head[0] in {"das", "dies"}:
        k = 1
        while k < len(head) and head[k] in _RESULT_PARTICLES:
            k += 1
        if k >= len(head) or head[k] not in _RESULT_LINKS:
            return False
        rest = words[k + 1:]
    elif head[0] == "zu" and head[1] in _TO_THIS:
        rest = words[2:]
        if not any(t.lower in _RESULT_VERBS or t.lemma in {"kommen", "gelangen"} for t in rest):
            return False
    else:
        return False
    noun = next((t for t in rest[:3] if t.is_upper_initial), None)
    if noun is None or noun.lower not in _RESULT_NOUNS:
        return False
    return any(t.is_upper_initial and (t.lower.endswith(tuple(_SOURCE_DOCUMENTS))
                                       or t.lower in _RESEARCHERS or t.lemma in _RESEARCHERS)
               for t in rest)


# "Psychotische Killervögel, wie die Möwen in den Medien genannt werden, …": the label before
# "wie … genannt werden" is the others' name for it
_NAMED_AS = frozenset({"genannt", "bezeichnet", "getauft", "tituliert", "geschimpft",
                       "verspottet", "gerufen"})
_PASSIVE = frozenset({"werden", "wird", "wurden", "wurde", "worden"})
_LABEL_WORDS = 3
_NAMED_REACH = 12


def labels_named_by_others(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a label followed by ", wie … genannt werden": the words others use
    (up to three words before the comma, back to an article, a preposition or a clause break).
    Not the newsroom's own naming ("wie wir sie nennen")."""
    if "wie" not in map(_LOWER, tokens):
        return []
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for k in range(1, n - 3):
        if tokens[k].text != "," or tokens[k + 1].lower != "wie":
            continue
        reach = tokens[k + 2:k + 2 + _NAMED_REACH]
        end = next((j for j, t in enumerate(reach) if t.text in _CLAUSE_BREAKS), len(reach))
        clause = reach[:end]
        if any(t.lower in _SELF or t.lower in WE_FORMS for t in clause) or not any(
                t.lower in _NAMED_AS and b.lower in _PASSIVE for t, b in pairwise(clause)):
            continue
        lo = k
        while lo > 0 and k - lo < _LABEL_WORDS and tokens[lo - 1].is_word \
                and tokens[lo - 1].lower not in _DETERMINERS_OR_PREPOSITIONS:
            lo -= 1
        if lo < k:
            out.append((tokens[lo].start, tokens[k - 1].end))
    return out


# "als rechtsextrem eingestuften", "wird als Gefährder eingeordnet": an authority's classification
_CLASSIFIED = ("eingestuft", "eingeordnet", "bezeichnet", "klassifiziert", "verschrien",
               "verschrieen", "verrufen", "gebrandmarkt", "abgestempelt", "gefeiert",
               "gepriesen", "angepriesen", "herumgereicht", "betitelt", "tituliert", "bejubelt",
               "gerühmt")
_CLASSIFIED_REACH = 5
# "Mitteilungen, wonach …": the source's account ("demnach" only after a named source:
# `_per_source_before` below; without one it is the author's own inference)
_ACCOUNT_WORDS = frozenset({"wonach"})
# "verbindet damit die Hoffnung, …", "sein Bestreben, … zu finden": the holder's aim, their view
_AIM_NOUNS = frozenset({"hoffnung", "bestreben", "wunsch", "absicht", "anliegen", "bemühen",
                        "ansinnen", "sehnsucht"})
_THIRD_HOLDERS = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre",
                            "ihrem", "ihren", "ihrer", "ihres", "dessen", "deren", "die", "der"})
_ACCOUNT_STOPS = frozenset({";", ":", "–", "—"})
_IS_FORMS = frozenset({"ist", "war", "sei", "wäre", "wird"})


# the words ``others_framing`` acts on: a sentence without any of them has no range
_FRAMING_TRIGGERS = frozenset({"als", "rede", "worten", "für", *_ACCOUNT_WORDS, *_AIM_NOUNS})
# "Besorgniserregend ist diese Entwicklung für Petra Hauser", "Das ist für ihn ein Skandal": a
# verdict after a copula held by the person "für" names (a pronoun for a person or a name or a
# person's role) or by a party named by its letters ("Für die SPÖ ist das inakzeptabel"); "für die
# Stadt teuer" (an institution) stays the author's
_VIEW_COPULAS = frozenset({"ist", "sind", "war", "waren", "wäre", "wären", "bleibt", "bleiben"})
_VIEW_PRONOUNS = frozenset({"ihn", "sie"})
# "der erste Oscar für Mark Rylance": a prize or a vote for someone, not their view
_FOR_SOMEONE_NOUNS = frozenset({"oscar", "preis", "auszeichnung", "medaille", "goldmedaille",
                                "award", "trophäe", "pokal", "titel", "sieg", "tor", "nominierung",
                                "stimme", "stimmen", "applaus", "lob", "jubel", "gold", "silber",
                                "bronze",
                                # verdicts on what befell the one named: "eine schallende Ohrfeige
                                # für den Bürgermeister" is the author's, not the mayor's view
                                "ohrfeige", "watsche", "watschn", "klatsche", "schlappe",
                                "niederlage", "denkzettel", "dämpfer", "rückschlag", "blamage",
                                "debakel", "tiefschlag", "affront", "armutszeugnis", "erfolg",
                                "triumph", "schande", "warnschuss", "weckruf", "quittung"})


def others_framing(tokens: Sequence[Token], surnames: frozenset[str] = frozenset()
                   ) -> list[tuple[int, int]]:
    """Character ranges whose words a source, not the author, chose: a classification
    ("als … eingestuft"), the clause a ", wonach" account governs, and the aim a
    third person holds ("seine Hoffnung, …"). Never when the sentence speaks as "wir"/"ich".
    ``surnames``: the text's people named by surname alone ("Für Hanselmann ist …")."""
    low = [t.lower for t in tokens]
    if _FRAMING_TRIGGERS.isdisjoint(low):
        return []  # none of the words the loop below acts on (most sentences; performance)
    if not _SELF.isdisjoint(low) or not WE_FORMS.isdisjoint(low):
        return []
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for k, w in enumerate(low):
        if w == "als":
            for j in range(k + 1, min(n, k + 1 + _CLASSIFIED_REACH)):
                if low[j].startswith(_CLASSIFIED):
                    a, b = _clause_bounds(tokens, j)
                    if j > k + 1 and not _authors_modal_passive(tokens[a:b]):
                        out.append((tokens[k + 1].start, tokens[j].end))
                    break
                if not tokens[j].is_word:
                    break
        elif w in _ACCOUNT_WORDS:
            if w == "wonach" and (k == 0 or tokens[k - 1].text != ","):
                continue
            a = k + 1
            b = next((j for j in range(k + 1, n) if tokens[j].text in _ACCOUNT_STOPS), n)
            if a < b and b - 1 < n:
                out.append((tokens[a].start, tokens[b - 1].end))
        elif w == "rede" and 2 <= k < n - 2 and low[k - 1] == "die" and low[k + 1] == "von" \
                and low[k - 2] in _IS_FORMS:
            # "In dem Bericht ist die Rede von willkürlichem Beschuss": the source's wording
            out.append((tokens[k + 2].start, tokens[_wording_end(tokens, k + 2)].end))
        elif w == "worten" and k >= 2 and low[k - 2] == "mit" and low[k - 1] in ("den", "diesen") \
                and k + 1 < n and tokens[k + 1].is_word:
            # "verbreitete den Status mit den Worten Fundstück!": the words are theirs
            b = next((j for j in range(k + 1, n) if tokens[j].text in _ACCOUNT_STOPS), n)
            out.append((tokens[k + 1].start, tokens[b - 1].end))
        elif w == "für" and k + 1 < n:
            span = _view_for_person(tokens, k, surnames)
            if span is not None:
                out.append(span)
        elif w in _AIM_NOUNS and 0 < k < n - 2 and tokens[k + 1].text == "," \
                and low[k - 1] in _THIRD_HOLDERS:
            b = next((j for j in range(k + 2, n) if tokens[j].text in _ACCOUNT_STOPS), n)
            if any(low[j] == "zu" or low[j] in ("dass", "daß") for j in range(k + 2, b)):
                out.append((tokens[k + 2].start, tokens[b - 1].end))
    return out


_PARTY_LIST_MAX = 10  # "Für ÖVP, FPÖ und Team Stronach ist": how far the copula may follow
_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})


def _acronym_party(tok: Token) -> bool:
    """A party or organisation by its letters (ÖVP, SPÖ, CDU, NEOS): it holds positions."""
    return tok.is_word and 2 <= len(tok.text) <= 6 and tok.text.isupper() and tok.text.isalpha()


def _view_for_person(tokens: Sequence[Token], k: int, surnames: frozenset[str] = frozenset()
                     ) -> tuple[int, int] | None:
    """The clause whose verdict belongs to the person "für" (at ``k``) names, or None."""
    a, b = _clause_bounds(tokens, k)
    owner = tokens[k + 1]
    party = tokens[k + 2] if owner.lower in ("die", "der") and k + 2 < len(tokens) else owner
    if (k == a or tokens[k - 1].text in {":", ";"}) and _acronym_party(party):
        # "Für ÖVP, FPÖ und Grüne ist … inakzeptabel": the parties' position, also past the commas
        # of their list; an adjective holds it. A noun says what it means for the party ("Für
        # die SPD sind die Umfragen eine Katastrophe", "… ist für die SPÖ …"): the author's.
        cop = next((j for j in range(k + 2, min(len(tokens), k + _PARTY_LIST_MAX))
                    if tokens[j].lower in _VIEW_COPULAS), None)
        end = _clause_bounds(tokens, cop)[1] if cop is not None else 0
        if cop is not None and _INDEFINITE.isdisjoint(t.lower for t in tokens[cop:end]):
            return (tokens[k].start, tokens[end - 1].end)
    if not any(t.lower in _VIEW_COPULAS for t in tokens[a:k]) and not (
            k == a and any(t.lower in _VIEW_COPULAS for t in tokens[k + 2:min(b, k + 5)])):
        return None  # "Für (Kanzler) X ist das …" or "… ist … für X": a copula around it
    if k > a and tokens[k - 1].lower in _FOR_SOMEONE_NOUNS:
        return None
    if owner.lower in _VIEW_PRONOUNS:
        if owner.lower == "sie" and k + 2 < b and tokens[k + 2].lower in ("sind", "waren"):
            return None  # "für sie sind …" may be plural things
    elif owner.lower in ("den", "dem", "der", "die"):
        role = tokens[k + 2].lower if k + 2 < b else ""
        if not role.endswith(_PERSON_TAILS) or (owner.lower == "die" and not role.endswith("in")):
            return None  # "für den Bürgermeister", "für die Ministerin"; not "für die Stadt",
            # not a plural group ("eine Schande für die Politiker" is the author's verdict)
    elif not (owner.is_upper_initial and k + 2 < b and tokens[k + 2].is_upper_initial
              and _names_person(tokens[k + 1:k + 3])) and not (
            owner.text in surnames and k + 2 < b and tokens[k + 2].lower in _VIEW_COPULAS):
        return None  # "für Petra Hauser", "für Kanzler Weber", "Für Hanselmann ist" once the
        # text named him in full; not "für Wien ein …"
    return (tokens[a].start, tokens[b - 1].end)


def surnames(sentences: Sequence[Sentence], given_names: bool = False) -> frozenset[str]:
    """Surnames of the people a text names in full: "Ludwig Hanselmann (54)" (first name, surname
    and age) and "Bäckermeister Ludwig Hanselmann" / "Trainer Huber" (a role before the name);
    with ``given_names`` also "Anja Reinholz" (a first name the name lists know before a word
    that is none: enough to know who speaks, not who holds a view)."""
    from .entities import NAME, word_class  # the name lists load only when needed

    out: set[str] = set()
    for sent in sentences:
        toks = sent.tokens
        for j in range(1, len(toks)):
            tok, prev = toks[j], toks[j - 1]
            if not (tok.is_word and tok.is_upper_initial and prev.is_word and prev.is_upper_initial):
                continue
            aged = j + 3 < len(toks) and toks[j + 1].text == "(" and toks[j + 2].text.isdigit() \
                and toks[j + 3].text == ")" and _names_person([prev, tok])
            role = prev.lower.endswith(_PERSON_TAILS) or (
                j >= 2 and toks[j - 2].is_word and toks[j - 2].lower.endswith(_PERSON_TAILS))
            given = given_names and word_class(prev.text) == NAME \
                and word_class(tok.text) != NAME
            if (aged or role or given) \
                    and not tok.lower.endswith(_INSTITUTION_TAILS + _PERSON_TAILS):
                out.add(tok.text)
    return frozenset(out)


def given_surnames(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Surnames of speakers the text gives in full: after a first name the name lists know
    ("Kreisbrandrat Holger Sauerbier") and alone right after a verb of saying or "so"/"laut"
    ("…, sagte Sauerbier"). A person for sure, unlike a word after a role ("die Chefin Tacheles"
    redet Klartext) or a place ("Nordkoreas Machthaber")."""
    from .entities import NAME, word_class

    cues = speech_cues()
    after_name: set[str] = set()
    after_saying: set[str] = set()
    for sent in sentences:
        toks = sent.tokens
        for j in range(1, len(toks)):
            tok, prev = toks[j], toks[j - 1]
            if not (tok.is_word and tok.is_upper_initial):
                continue
            if prev.is_word and prev.is_upper_initial and word_class(prev.text) == NAME \
                    and word_class(tok.text) != NAME:
                after_name.add(tok.text)
            elif prev.lower in ("so", "laut") or cues.verb_at(toks, j - 1):
                after_saying.add(tok.text)
    return frozenset(after_name & after_saying)


def sourced_before(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character ranges whose source what follows them names: the sentence before "Das
    berichtete die Zeitung." or "Das ist das Ergebnis einer Umfrage des …" (same paragraph), and
    the part of a sentence before "– das zumindest ist das Ergebnis einer Studie …"."""
    out: list[tuple[int, int]] = []
    for i, sent in enumerate(sentences):
        toks = sent.tokens
        if i and (_sources_previous(toks) or _names_result(toks)) \
                and _same_paragraph(text, sentences[i - 1], sent):
            out.append((sentences[i - 1].start, sentences[i - 1].end))
        dash = next((j for j, t in enumerate(toks) if t.text in _DASHES and j > 3), None)
        if dash is not None and _names_result(toks[dash + 1:]):
            out.append((sent.start, toks[dash].start))
        if i and _per_source_before(text, sentences, i):
            out.append((sent.start, sent.end))
    return out


_BACK_SOURCE_REACH = 2


def _per_source_before(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """"Ziehen Politiker ihre Gegner demnach über den Tisch, …" right after a study, a report or
    researchers were named (same paragraph): "demnach" (= according to it) gives their finding
    in their terms. Without such a source "demnach" is the author's own inference."""
    toks = sentences[i].tokens
    if "demnach" not in map(_LOWER, toks) or any(
            t.lower in _SELF or t.lower in WE_FORMS for t in toks):
        return False
    for j in range(max(0, i - _BACK_SOURCE_REACH), i):
        if not _same_paragraph(text, sentences[j], sentences[i]):
            continue
        if any(t.is_upper_initial and (t.lower.endswith(tuple(_SOURCE_DOCUMENTS))
                                       or t.lower in _RESEARCHERS)
               for t in sentences[j].tokens):
            return True
    return False


# Verbs by which others praise or revile a person or a work; a bracket right after them lists
# those others' epithets: "wird für ihren Stil gefeiert (gnadenlos, brillant, bitterböse)".
_RECEPTION = frozenset({"feiern", "loben", "preisen", "bejubeln", "rühmen", "verreißen",
                        "schmähen", "beschimpfen", "verspotten", "verhöhnen", "titulieren",
                        "anfeinden", "verteufeln", "beschreiben", "charakterisieren", "bezeichnen",
                        "gefeiert", "gelobt", "gepriesen", "bejubelt", "gerühmt", "verrissen",
                        "geschmäht", "beschimpft", "verspottet", "verhöhnt", "tituliert",
                        "angefeindet", "verteufelt"})


def reception_brackets(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges inside a bracket right after a verb of praising or reviling: the
    epithets of critics and readers, not the reviewer's own ("Der Roman wurde gefeiert
    (»schonungslos«, »brillant«)"). A bracket elsewhere stays the author's."""
    if "(" not in map(_TEXT, tokens):
        return []
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.is_upper_initial or not (tok.lemma in _RECEPTION or tok.lower in _RECEPTION) \
                or tokens[i + 1].text != "(":
            continue
        close = next((j for j in range(i + 2, len(tokens)) if tokens[j].text == ")"), None)
        if close is not None and close > i + 2:
            out.append((tokens[i + 2].start, tokens[close - 1].end))
    return out


# --- the story's world in a review ----------------------------------------------------------

# Words that show a text is about a film, series, play or novel: the reviewer's level. Strong
# ones name the work or its makers (compounds count: "Spielfilm", "Kriminalroman"); weak ones
# also mean a relay, a winning streak or an episode of politics, so they only add to a strong one.
_WORK_STRONG = re.compile(r"(?:film|roman|krimi|thriller|komödie|biopic|sitcom|drehbuch"
                          r"|drehbuchautor|schauspieler|darsteller|protagonist|hauptfigur|regisseur"
                          r"|uraufführung|inszenierung)(?:s|e|es|en|n|in|innen)?$|^regie$")
_WORK_WEAK = re.compile(r"^(?:serie|serien|staffel|staffeln|episode|episoden|figur|figuren"
                        r"|kino|bühne|premiere|folge|buch|buches|autor|autorin|verlag"
                        r"|erzählung|kapitel)$")
_WORK_WORDS_MIN = 2
# "die Rolle des cholerischen Spinners": the role an actor plays, a figure of the story
_ROLE_NOUNS = frozenset({"rolle", "darbietung", "verkörperung", "paraderolle", "titelrolle"})
_ROLE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
# the words of a character's description before its name: "der einflussreichen und
# durchtriebenen Klatschkolumnistin Hedda Hopper (Helen Mirren)"
_NP_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
                          "einen", "einem", "eines", "seine", "seiner", "seinen", "seinem",
                          "seines", "ihre", "ihrer", "ihren", "ihrem", "ihres"})
_NP_LINKS = frozenset({"und", ",", "ja", "sehr", "so", "eher", "zunehmend"})
_NP_MAX = 8
# words that end such a description towards its left: a clause or a contrast begins there
_NP_STOPS = frozenset({"dass", "daß", "ob", "weil", "wenn", "als", "während", "nachdem", "wie",
                       "wo", "sondern", "aber", "doch", "denn", "oder", "sagt", "sagte"})
_CAST_NAME_MAX = 4


def fiction_review(sentences: Sequence[Sentence]) -> bool:
    """Whether the text reviews or previews a film, series, play or novel: at least two
    different words of the trade (Film, Regie, Darsteller, Staffel, …), one of them strong."""
    return _speaks_the_trade(sentences, _work_word)


# a concert or record review: the words of the music trade ("Kantate", "Ensemble", "Dirigent")
_MUSIC_WORD = re.compile(r"(?:konzert|orchester|dirigent|kantate|sinfonie|symphonie|oratorium"
                         r"|partitur|solist|sopran|bariton|pianist|geiger|cellist|quartett"
                         r"|ensemble|chor|arie|album|liederabend)(?:s|e|es|en|n|in|innen|ien)?$")


def music_review(sentences: Sequence[Sentence]) -> bool:
    """Whether the text reviews a concert or a record: at least two different words of the
    music trade, capitalised ("Die Kantate …", "das Ensemble …"); every one counts as strong."""
    return _speaks_the_trade(sentences, _music_word)


def _speaks_the_trade(sentences: Sequence[Sentence], kind: Callable[[str], int]) -> bool:
    """At least ``_WORK_WORDS_MIN`` different capitalised words that ``kind`` rates 1 (weak) or
    2 (strong), one of them strong."""
    strong: set[str] = set()
    weak: set[str] = set()
    for sent in sentences:
        for t in sent.tokens:
            if not t.is_upper_initial:
                continue
            k = kind(t.lower)
            if k == 2:
                strong.add(t.lower)
            elif k == 1:
                weak.add(t.lower)
            if strong and len(strong) + len(weak) >= _WORK_WORDS_MIN:
                return True
    return False


@lru_cache(maxsize=100_000)
def _music_word(low: str) -> int:
    """2 for a word of the music trade (``_MUSIC_WORD``), else 0."""
    return 2 if _MUSIC_WORD.search(low) else 0


@lru_cache(maxsize=100_000)
def _work_word(low: str) -> int:
    """2 for a strong word of the trade (``_WORK_STRONG``), 1 for a weak one, else 0 (once per
    word form: ``fiction_review`` asks for every capitalised token of every text)."""
    if _WORK_STRONG.search(low):
        return 2
    return 1 if _WORK_WEAK.search(low) else 0


def _cast_bracket(tokens: Sequence[Token], j: int) -> int | None:
    """Index of the ")" when tokens[j] opens a bracket holding just a person's name (two to
    four capitalised words, "(Kevin Spacey)"), the actor of the character named before it."""
    close = next((k for k in range(j + 1, min(len(tokens), j + 2 + _CAST_NAME_MAX))
                  if tokens[k].text == ")"), None)
    if close is None or not 2 <= close - j - 1 <= _CAST_NAME_MAX:
        return None
    inner = tokens[j + 1:close]
    if not all(t.is_word for t in inner) or not inner[0].is_upper_initial \
            or not inner[-1].is_upper_initial or inner[0].lower in _NP_ARTICLES:
        return None
    return close


def _description_before(tokens: Sequence[Token], i: int) -> int | None:
    """Start index of the article-led description that ends at token i ("des charmanten
    Bösewichts"), or None without an article within reach."""
    k = i
    while k >= 0 and i - k <= _NP_MAX:
        tok = tokens[k]
        if tok.lower in _NP_ARTICLES:
            return k + 1 if k < i else None
        if not (tok.is_word or tok.text == ",") or tok.lower in _NP_STOPS:
            return None
        k -= 1
    return None


# "X spielt die Geschäftsfrau …", "Y gibt den Helmer als …", "Z verkörpert einen …": the object
# is the figure of the story
_PLAYING = frozenset({"spielen", "geben", "verkörpern", "mimen", "darstellen"})
_PLAYED_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem",
                              "kein", "keine", "keinen", "keinem"})
# what an actor or a team gives or plays that is no figure of the story: "eine starke Partie",
# "ein überzeugendes Debüt", "gibt eine gute Figur ab" (word endings, compounds included)
_PERFORMANCES = ("vorstellung", "partie", "debüt", "leistung", "konzert", "performance", "figur",
                 "bild", "spiel", "saison", "rolle", "part", "auftritt", "gastspiel", "show",
                 "interview", "antwort", "beispiel", "zeichen", "signal", "tor", "vorlage")
# words that carry a role description on past a comma: a relative clause about the figure, or
# the conception it is given ("nicht als Tyrannen, sondern als freundlichen, … Mann")
_ROLE_GOES_ON = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "sondern", "als",
                           "eher", "etwas", "sehr", "wie"})


def _played_role(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """Character range of the figure an actor plays, when tokens[j] is the verb of playing
    after the actor's name: from the article to the end of the description (its name, "als …"
    and a relative clause included). "spielt grandios" (no article) is the reviewer's verdict
    and gives none; so does a verdict after the role ("spielt die Mutter brillant")."""
    tok = tokens[j]
    n = len(tokens)
    if tok.is_upper_initial or tok.lemma not in _PLAYING or j == 0 or j + 2 >= n \
            or not tokens[j - 1].is_upper_initial or not tokens[j - 1].is_word \
            or tokens[j + 1].lower not in _PLAYED_ARTICLES:
        return None
    k = j + 2
    while k < n and k - j <= _NP_MAX and not tokens[k].is_upper_initial \
            and (tokens[k].is_word or tokens[k].text == ","):
        if tokens[k].lower in _PREPOSITIONS:
            return None  # "spielt das mit großer Zurückhaltung": "das" is the object, the rest the verdict
        k += 1
    if k >= n or not tokens[k].is_upper_initial or not tokens[k].is_word \
            or tokens[k].lower.endswith(_PERFORMANCES):
        return None  # "gibt eine großartige Vorstellung": the performance, the reviewer's verdict
    end = k  # the figure's noun, then its name ("die Geschäftsfrau Sabrina Wendler")
    while end + 1 < n and tokens[end + 1].is_upper_initial and tokens[end + 1].is_word:
        end += 1
    k = end + 1
    while k < n:
        nxt = tokens[k]
        if nxt.lower in {"nicht", "als"} or (nxt.text == "," and k + 1 < n
                                              and tokens[k + 1].lower in _ROLE_GOES_ON):
            # walk the conception or relative clause to its next clause break or the end
            m = k + 1
            while m < n and tokens[m].text not in _CLAUSE_OR_SENTENCE_BREAKS:
                m += 1
            if tokens[m - 1].is_word:
                end = m - 1
            if m < n and tokens[m].text == "," and m + 1 < n \
                    and tokens[m + 1].is_word and not tokens[m + 1].is_upper_initial \
                    and (nxt.lower == "als" or tokens[k + 1].lower in {"als", "sondern"}):
                m += 1  # "als freundlichen, etwas ratlosen Mann": the list goes on
                while m < n and tokens[m].text not in _CLAUSE_OR_SENTENCE_BREAKS:
                    m += 1
                end = m - 1
            k = m
            continue
        break
    return tokens[j + 1].start, tokens[end].end


def story_roles(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges that describe a figure of the story in a review, not a real person:
    the description before a character cast with an actor in brackets ("die Frau des
    charmanten Bösewichts Frank Underwood (Kevin Spacey)") and the role an actor plays ("die
    Rolle des cholerischen Spinners"), and the figure an actor plays or gives ("Köstlinger spielt
    die Geschäftsfrau Wendler, die sich ein luxuriöses Leben erhofft", "gibt den Helmer nicht
    als Tyrannen, sondern als …"). The traits belong to the story's world; the reviewer's
    verdict on the work or the acting ("Spacey spielt grandios") stays the author's."""
    out: list[tuple[int, int]] = []
    for j, tok in enumerate(tokens):
        if tok.text == "(" and j >= 2 and tokens[j - 1].is_upper_initial \
                and _cast_bracket(tokens, j) is not None:
            name = j - 1
            while name - 1 >= 0 and j - name < _CAST_NAME_MAX and tokens[name - 1].is_upper_initial \
                    and tokens[name - 1].is_word and tokens[name - 1].lower not in _NP_ARTICLES:
                name -= 1
            start = _description_before(tokens, name - 1) if name >= 1 else None
            if start is not None and start < name:
                out.append((tokens[start].start, tokens[j - 1].end))
        elif (played := _played_role(tokens, j)) is not None:
            out.append(played)
        elif (apposition := _character_apposition(tokens, j)) is not None:
            out.append(apposition)
        elif (as_role := _acted_as(tokens, j)) is not None:
            out.append(as_role)
        elif tok.lower in _ROLE_NOUNS and tok.is_upper_initial and j + 2 < len(tokens) \
                and tokens[j + 1].lower in _ROLE_ARTICLES:
            k = j + 2
            while k < len(tokens) and k - j <= _NP_MAX and not tokens[k].is_upper_initial \
                    and (tokens[k].is_word or tokens[k].text == ","):
                k += 1
            if k < len(tokens) and tokens[k].is_upper_initial and tokens[k].is_word:
                out.append((tokens[j + 2].start, tokens[k].end))
    return out


def _past_modifiers(tokens: Sequence[Token], k: int, anchor: int) -> int:
    """Index of the first token from k on that is not a lower-case word (the noun after an
    article's adjectives: "der glücklose Jägerbursche"), at most ``_NP_MAX`` after ``anchor``."""
    while k < len(tokens) and k - anchor <= _NP_MAX and tokens[k].is_word \
            and not tokens[k].is_upper_initial:
        k += 1
    return k


# "Reusch ist als gekränkter Platzhirsch großartig", "Anselm überzeugt als kühle Strategin": the
# verb after the actor's name, then "als" and the figure
_ACTED_AS_VERBS = frozenset({"ist", "war", "überzeugt", "überzeugte", "glänzt", "glänzte",
                             "brilliert", "brillierte", "besticht", "bestach"})


def _acted_as(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """Character range of the figure after "als" when tokens[j] is that "als" and an actor's
    name and a verb of being or shining stand before it: the role, not a label for a person."""
    if tokens[j].lower != "als" or j < 2 or tokens[j - 1].lower not in _ACTED_AS_VERBS:
        return None
    name = tokens[j - 2]
    if not (name.is_word and name.is_upper_initial) or name.lower in _NP_ARTICLES:
        return None
    k = _past_modifiers(tokens, j + 1, j)
    if k >= len(tokens) or not (tokens[k].is_word and tokens[k].is_upper_initial) \
            or _work_word(tokens[k].lower):
        return None
    return tokens[j + 1].start, tokens[k].end


# moral traits that a review gives the figures of its story, not the work: "ein Nebenstrang um
# einen korrupten Ortsvorsteher", "ein skrupelloser Reeder"
_CHARACTER_TRAITS = ("korrupt", "skrupellos", "zwielichtig", "machthungrig", "intrigant",
                     "geldgierig", "habgierig", "bestechlich", "gewissenlos", "durchtrieben",
                     "hinterhältig", "verschlagen", "heuchlerisch", "verbrecherisch")


def story_traits(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a moral trait and the noun it describes in a review ("einen
    korrupten Ortsvorsteher"): a figure of the story, unless the noun is a word of the trade
    ("ein verschlagener Film" judges the work)."""
    return [(tok.start, nxt.end) for tok, nxt in pairwise(tokens)
            if tok.lower.startswith(_CHARACTER_TRAITS) and nxt.is_upper_initial and nxt.is_word
            and not _work_word(nxt.lower)]


def _character_apposition(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The apposition after a character's name at the comma tokens[j] ("Max, der glücklose
    Jägerbursche, hat seit Wochen nichts getroffen"): the figure as the story draws it."""
    if tokens[j].text != "," or j < 1 or j + 3 >= len(tokens):
        return None
    name = tokens[j - 1]
    if not (name.is_word and name.is_upper_initial) or name.lower in _NP_ARTICLES \
            or tokens[j + 1].lower not in ("der", "die"):
        return None
    k = _past_modifiers(tokens, j + 2, j)
    if k + 1 < len(tokens) and k > j + 2 and tokens[k].is_word and tokens[k].is_upper_initial \
            and tokens[k + 1].text == ",":
        return tokens[j + 2].start, tokens[k].end
    return None


# the reviewer's level inside a review: a sentence with these speaks about the work, not in
# the story ("Die Figuren wirken konstruiert", "Gier ist der Titel dieser Folge")
_REVIEW_LEVEL = frozenset({"figur", "figuren", "titel", "folge", "folgen", "regie", "zuschauer",
                           "zuschauerin", "publikum", "spannung", "drehbuch", "kamera", "szene",
                           "szenen", "dialoge", "plot", "handlung", "fall", "ende", "abend",
                           "ensemble", "autor", "autorin", "buch", "stück", "tatort"})
_STORY_PRONOUNS = frozenset({"er", "sie", "ihm", "ihn", "ihr", "ihre", "ihren", "ihrem", "ihrer",
                             "sein", "seine", "seinen", "seinem", "seiner", "ihnen"})
_PLOT_RUN = 2


def _has_cast(tokens: Sequence[Token]) -> bool:
    """A character named with the actor in brackets: "Bibi Fellner (Adele Neuhauser)"."""
    return any(t.text == "(" and j >= 1 and tokens[j - 1].is_upper_initial
               and _cast_bracket(tokens, j) is not None for j, t in enumerate(tokens))


def _in_the_story(tokens: Sequence[Token]) -> bool:
    """A sentence that goes on about the characters: a third-person pronoun or possessive, no
    first person or "man", and no word of the reviewer's level."""
    if any(t.lower in _FIRST_PERSON or t.lower in _FIRST_POSSESSIVES or t.lower == "man"
           for t in tokens):
        return False
    if any(t.is_upper_initial and (t.lower in _REVIEW_LEVEL or _WORK_STRONG.search(t.lower)
                                   or _WORK_WEAK.search(t.lower)
                                   or t.lower.endswith(("folge", "figur", "figuren")))
           for t in tokens):
        return False
    return not _STORY_PRONOUNS.isdisjoint(map(_LOWER, tokens))


def plot_sentences(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character ranges of the plot summary in a review: up to two sentences right after one
    that casts a character with an actor, in the same paragraph, that go on about the
    characters ("Bibi Fellner (Adele Neuhauser) und Moritz Eisner (Harald Krassnitzer) haben
    keine Freude. Weil ihr Chef das Opfer kennt, sollen sie einen vermeintlichen Unfall …").
    A hedge or trait there is the story's. A sentence about the work ("Die Figuren wirken
    konstruiert") or with the reviewer's "ich"/"man" ends the summary."""
    out: list[tuple[int, int]] = []
    for i, sent in enumerate(sentences):
        if not _has_cast(sent.tokens):
            continue
        for j in range(i + 1, min(len(sentences), i + 1 + _PLOT_RUN)):
            nxt = sentences[j]
            if not _same_paragraph(text, sentences[j - 1], nxt) or _has_cast(nxt.tokens) \
                    or not _in_the_story(nxt.tokens):
                break
            out.append((nxt.start, nxt.end))
    return out


# --- the plot summary of a review, with or without a cast list --------------------------------

# figures a story is told about, named by their role in it ("Kommissarin Weißgerber", "die
# Heldin"); whole words only ("EU-Kommissar" is a real office) and only in a review
# (``fiction_review``) do they mark the story
_STORY_FIGURES = frozenset({"kommissar", "kommissarin", "hauptkommissar", "hauptkommissarin",
                            "chefinspektor", "chefinspektorin", "inspektor", "inspektorin",
                            "ermittlerin", "detektiv", "detektivin", "heldin", "titelheld",
                            "titelheldin", "bösewicht", "schurke", "schurkin", "spielfigur"})
# how a plot summary opens: "Es geht um …", "In der Folge …", "Der Film erzählt von …"
_PLOT_OPENERS = (("es", "geht", "um"), ("in", "der", "folge"), ("in", "dieser", "folge"),
                 ("erzählt", "von"), ("erzählt", "die", "geschichte"), ("im", "mittelpunkt"))
# verbs and words of the reviewer's level beyond ``_REVIEW_LEVEL``: acting, singing and staging
# ("Ambach spielt ihre Kommissarin zurückgenommen", "Die Sängerin beweist, dass …"), the
# critic's impression ("wirkt angeklebt") and the parts and makers of a work ("Nebenstrang",
# "der Erzähler soll einen Kontrapunkt bilden", "Trumbo ist nicht die Geschichte eines Helden")
_REVIEW_VERBS = frozenset({"spielen", "verkörpern", "inszenieren", "besetzen", "mimen",
                           "wirken", "erzählen", "gelingen", "überzeugen",
                           "lohnen", "drehen", "beweisen", "zeichnen", "glänzen", "brillieren",
                           "singen", "klingen", "tönen", "liefern", "gestalten", "porträtieren",
                           "schildern", "beschreiben", "zeigen"})
_REVIEW_ENDINGS = ("strang", "stränge", "spiel", "spiels", "rolle", "rollen", "darstellerin",
                   "darsteller", "auflösung", "pointe", "dramaturgie", "erzählweise", "leser",
                   "leserin", "kapitel", "seite", "seiten", "sender", "mediathek", "sendung",
                   "reihe", "saison", "minuten", "stunde", "geschichte", "erzählung", "erzähler",
                   "erzählerin", "protagonist", "protagonisten", "protagonistin", "held", "helden",
                   "hauptfigur", "leistung", "performance", "musical", "stimme", "leinwand",
                   "schriftsteller", "schriftstellerin", "sängerin", "sänger", "debüt", "werk")
_ACTOR_AS = frozenset({"als", "gespielt", "dargestellt", "verkörpert"})
# nouns the reviewer names a figure with: "die Figur des Dorm", "Protagonistin Lea"
_FIGURE_NOUNS = frozenset({"figur", "titelfigur", "hauptfigur", "nebenfigur", "protagonist",
                           "protagonistin", "held", "antiheld", "antiheldin", "ich-erzähler",
                           "ich-erzählerin", "erzähler", "erzählerin"})


def _story_figure(tok: Token) -> bool:
    return tok.is_upper_initial and tok.is_word and tok.lower in _STORY_FIGURES


def _names_after(tokens: Sequence[Token], k: int) -> list[str]:
    """The capitalised words right after index k (a figure's name after its role noun)."""
    out: list[str] = []
    while k < len(tokens) and len(out) < _CAST_NAME_MAX and tokens[k].is_word \
            and tokens[k].is_upper_initial and tokens[k].lower not in _NP_ARTICLES:
        out.append(tokens[k].lower)
        k += 1
    return out


def _names_before(tokens: Sequence[Token], k: int) -> list[str]:
    """The name that ends at index k: the capitalised words before it, without the noun that
    may head them ("des charmanten Bösewichts Frank Underwood" gives Frank, Underwood)."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    run: list[Token] = []
    while k >= 0 and len(run) < _CAST_NAME_MAX and tokens[k].is_word \
            and tokens[k].is_upper_initial and tokens[k].lower not in _NP_ARTICLES:
        run.insert(0, tokens[k])
        k -= 1
    while len(run) >= 2 and word_class(run[0].text) != NAME:
        run = run[1:]  # the head noun and its possessive: "Bösewichts", "Ihr Kollege"
    return [t.lower for t in run]


def cast_names(sentences: Sequence[Sentence]) -> tuple[set[str], set[str]]:
    """The words of the characters' and the actors' names in a review: "Bibi Fellner (Adele
    Neuhauser)", "Weißgerber, gespielt von Julia Ambach", "Kommissarin Hanna Weißgerber",
    "Reiter spielt den Winzer Ferdinand Kessel". A word that names an actor is never a
    character's."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    figures: set[str] = set()
    actors: set[str] = set()
    for sent in sentences:
        toks = sent.tokens
        for j, tok in enumerate(toks):
            if tok.text == "(" and j >= 1 and toks[j - 1].is_upper_initial \
                    and (close := _cast_bracket(toks, j)) is not None:
                actors.update(t.lower for t in toks[j + 1:close])
                figures.update(_names_before(toks, j - 1))
            elif tok.lower in {"gespielt", "dargestellt", "verkörpert"} and j + 2 < len(toks) \
                    and toks[j + 1].lower == "von":
                actors.update(_names_after(toks, j + 2))
                if j >= 2 and toks[j - 1].text == ",":
                    figures.update(_names_before(toks, j - 2))
            elif _story_figure(tok) or (tok.lower in _FIGURE_NOUNS and tok.is_upper_initial):
                k = j + 2 if j + 1 < len(toks) and toks[j + 1].lower in _ROLE_ARTICLES else j + 1
                figures.update(_names_after(toks, k))  # "Kommissarin Hanna …", "Figur des Dorm"
            elif (played := _played_role(toks, j)) is not None:
                actors.update(_names_before(toks, j - 1))
                noun = next((k for k in range(j + 1, len(toks)) if toks[k].is_upper_initial), None)
                if noun is not None and toks[noun].start < played[1]:
                    names = _names_after(toks, noun + 1)  # "den Winzer Ferdinand Kessel"
                    if not names and word_class(toks[noun].text) == NAME:
                        names = [toks[noun].lower]  # "gibt den Helmer": the figure's own name
                    figures.update(names)
    return figures - actors, actors


def _reviewer_level(tokens: Sequence[Token], actors: set[str]) -> bool:
    """A sentence about the work, its making or its actors, or with the reviewer's "ich",
    "wir" or "man": the critic speaks there ("Stark ist der Film", "Ambach spielt …",
    "Eine Entdeckung ist Lea Sommerfeld als seine Enkelin", "Der Nebenstrang wirkt angeklebt")."""
    depth = 0  # inside a cast bracket "Lena (Anna Roth)" an actor's name is the cast list
    for k, t in enumerate(tokens):
        low = t.lower
        depth += (t.text == "(") - (t.text == ")")
        if low in _FIRST_PERSON or low in _FIRST_POSSESSIVES or low == "man" \
                or t.lemma in _REVIEW_VERBS or low in _REVIEW_VERBS:
            return True
        if t.is_upper_initial and t.is_word and (
                low in _REVIEW_LEVEL or _WORK_STRONG.search(low) or _WORK_WEAK.search(low)
                or low.endswith(("folge", "figur", "figuren", *_REVIEW_ENDINGS))):
            return True
        if low in actors and t.is_upper_initial and depth <= 0:
            return True
        if low in _ACTOR_AS and k and tokens[k - 1].is_upper_initial and tokens[k - 1].is_word \
                and k + 1 < len(tokens) and tokens[k + 1].lower in _NP_ARTICLES | {"ihr", "sein"}:
            return True  # "Lea Sommerfeld als seine Enkelin": the actress in her part
    return False


def _names_figure(tokens: Sequence[Token], figures: set[str]) -> bool:
    """A character's name or a figure named by its role in the story (Kommissarin, Heldin)."""
    return any(_story_figure(t) or (t.is_upper_initial and t.lower in figures) for t in tokens)


def _plot_anchor(tokens: Sequence[Token], figures: set[str]) -> bool:
    """A sentence that brings in the story: its figures, its cast or "Es geht um …"."""
    return _names_figure(tokens, figures) or _has_cast(tokens) or _opens_plot(tokens) \
        or any(_played_role(tokens, j) is not None for j in range(len(tokens)))


def _opens_plot(tokens: Sequence[Token]) -> bool:
    words = [t.lower for t in tokens if t.is_word]
    present = set(words)
    # an opener's words compared only where all of them occur (performance; the same answer)
    return any(present.issuperset(p) and any(tuple(words[k:k + len(p)]) == p
                                             for k in range(len(words)))
               for p in _PLOT_OPENERS)


def plot_summary(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character ranges of the story a review or preview tells, also without an actor in
    brackets: a sentence not on the reviewer's level that names a figure of the story (a
    character's name, a Kommissarin or Heldin), or that goes on about its persons with "er",
    "sie", "ihn" … next to a sentence that brings in the story (same paragraph) or after such a
    story sentence. "Der Winzer hat ihn angeblich nie gesehen", "Er hat offenbar Weinberge
    aufgekauft": what the figures claim, hide or are is the story, not the critic's doubt or
    verdict. Sentences about the work, the acting or with "ich"/"man" stay the author's ("Stark
    ist der Film", "Der Nebenstrang wirkt angeklebt"). Also the viewer's anticipation of the
    plot: "man ahnt schon, dass im Dorf mehr Leute etwas verbergen"."""
    figures, actors = cast_names(sentences)
    if not actors and not _told_fiction(sentences):
        return []  # a report on a film's makers ("Kommissarin Roth ermittelt gegen den Produzenten")
    anchors = [_plot_anchor(s.tokens, figures) for s in sentences]
    if not any(anchors):
        return []
    out: list[tuple[int, int]] = []
    run = 0  # a story sentence before (same paragraph) carries the story on
    for i, sent in enumerate(sentences):
        toks = sent.tokens
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(sentences) and anchors[j]
                and _same_paragraph(text, sentences[min(i, j)], sentences[max(i, j)])]
        carried = run > 0 and _same_paragraph(text, sentences[i - 1], sent)
        story = not _reviewer_level(toks, actors) and (
            _names_figure(toks, figures)
            or ((near or carried) and any(t.lower in _STORY_PRONOUNS for t in toks)))
        if story:
            out.append((sent.start, sent.end))
            run = 1
        else:
            run = 0
            if (tail := _story_after_colon(toks, figures, actors)) is not None:
                out.append((toks[tail].start, sent.end))  # "Man kennt das: Nora tanzt, …"
                continue
            if anchors[i] and (seen := _anticipated(toks, actors)) is not None:
                out.append((toks[seen].start, sent.end))
    return out


# words that name a told story, not the film business: a report on a producer or a festival
# has "Film", "Kino" and "Drehbuch" too, and its "Kommissarin" is a real one
# (compounds for the genres: "Kriminalroman", "Sonntagskrimi"; whole words for the parts of a
# series: "Reihenfolge", "Mordserie" and "Familiendrama" are news words)
_FICTION = re.compile(r"(?:krimi|tatort|roman|thriller|komödie|novelle|märchen|theaterstück)"
                      r"(?:s|e|es|en|n)?$|^(?:serie|staffel|folge|episode|drama|erzählung)(?:n|s)?$")


def _told_fiction(sentences: Sequence[Sentence]) -> bool:
    """The text names a told story (a Krimi, a novel, a series' episode): without an actor
    named as such, only then are its figures a story's."""
    return any(t.is_upper_initial and t.is_word and _FICTION.search(t.lower)
               for s in sentences for t in s.tokens)


def _story_after_colon(tokens: Sequence[Token], figures: set[str],
                       actors: set[str]) -> int | None:
    """Start index of the story told after the reviewer's colon: "Man kennt das: Nora tanzt
    die Tarantella, Helmer schaut gönnerhaft zu" (the figures' names, no word of the
    reviewer's level after the colon)."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or colon + 2 >= len(tokens):
        return None
    tail = tokens[colon + 1:]
    if any(t.is_upper_initial and t.lower in figures for t in tail) \
            and not _reviewer_level(tail, actors):
        return colon + 1
    return None


def _anticipated(tokens: Sequence[Token], actors: set[str]) -> int | None:
    """Index of "man" in "man ahnt (schon), dass …" when the rest of the sentence stays in the
    story: the viewer foresees the plot, no speculation about real events."""
    for k, t in enumerate(tokens[:-1]):
        if t.lower != "man":
            continue
        verb = tokens[k + 1] if tokens[k + 1].lemma == "ahnen" else (
            tokens[k - 1] if k and tokens[k - 1].lemma == "ahnen" else None)
        if verb is None:
            continue
        start = k if verb.start > t.start else k - 1
        # what is foreseen: the clause after the verb ("…, dass mehr Leute etwas verbergen")
        rest = next((tokens[m + 1:] for m in range(start + 2, len(tokens))
                     if tokens[m].lower in _COMPLEMENT_OPENERS), ())
        if rest and not _reviewer_level(rest, actors):
            return start
    return None


# Nouns that hold a claim someone else makes; the clause after their comma is that claim:
# "Die Behauptung, Windräder würden massenhaft Vögel töten, hält …", "Die These, dass …".
# Not "die Tatsache, dass …" (the author's own fact).
_CLAIM_NOUNS = frozenset({"behauptung", "behauptungen", "these", "thesen", "gerücht", "gerüchte",
                          "unterstellung", "legende", "mythos", "mär", "narrativ", "erzählung",
                          "darstellung", "annahme", "vorstellung", "verschwörungstheorie",
                          "falschmeldung", "aussage", "parole", "versprechen", "behauptet"})
_CONTENT_OPENERS = frozenset({"dass", "daß", "wonach"})
_FACT_CHECK = (("stimmt", "es"), ("ist", "es", "wahr"), ("trifft", "es", "zu"))


def subjunctive(tokens: Sequence[Token]) -> bool:
    """A Konjunktiv I or II verb form among the tokens ("habe", "seien", "hätten", "würde")."""
    return any(t.lower in _KONJUNKTIV_II or t.lower in konjunktiv_i_forms() for t in tokens)


def subjunctive_clause(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The clause around tokens[start:end] has a verb in Konjunktiv I or II: "…, und für den
    Bau müssten nach ersten Schätzungen sechs Hektar gerodet werden" reports the speaker's
    estimate with its source, not the author's."""
    lo = _clause_bounds(tokens, start)[0]
    hi = _clause_bounds(tokens, end - 1)[1]
    return subjunctive(tokens[lo:hi])


def claim_complements(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a claim quoted to be checked or rejected: the clause after a claim
    noun ("Die Behauptung, Windräder würden massenhaft Vögel töten, ist falsch", "die These,
    dass die Reform ein Flop ist") and after a fact-check question ("Stimmt es, dass …?"). The
    claim is in its makers' words; the author's verdict on it ("ist falsch") stays the
    author's. A relative clause ("die Behauptung, die er aufstellte") is not the claim, nor is
    the author's own ("meine These, dass …")."""
    if "," not in map(_TEXT, tokens):
        return []  # both kinds of claim start after a comma
    out: list[tuple[int, int]] = []
    n = len(tokens)
    heads = [i for i, t in enumerate(tokens[:-2])
             if t.lower in _CLAIM_NOUNS and t.is_upper_initial and tokens[i + 1].text == ","
             and not (i > 0 and tokens[i - 1].lower in _FIRST_POSSESSIVES)]
    # "Stimmt es, dass …?" at the start or after a label ("Faktencheck: Stimmt es, …")
    start = next((j + 1 for j in range(min(n, 4)) if tokens[j].text == ":"), 0)
    words = tuple(t.lower for t in tokens[start:start + 4])
    if any(words[:len(f)] == f for f in _FACT_CHECK):
        comma = next((j for j in range(start, n) if tokens[j].text == ","), None)
        if comma is not None and comma < start + 4:
            heads.append(comma - 1)
    for i in heads:
        lo = i + 2
        if lo >= n:
            continue
        hi = next((j for j in range(lo, n) if tokens[j].text in {",", ";", ":", "–", "—"}), n)
        while hi > lo and not tokens[hi - 1].is_word:
            hi -= 1  # no closing full stop or question mark
        clause = tokens[lo:hi]
        if hi - lo < 2:
            continue
        # a relative clause in the indicative is not the claim; the claim itself is a
        # "dass" clause or reported in the subjunctive
        if clause[0].lower in _CONTENT_OPENERS or subjunctive(clause):
            out.append((clause[0].start, clause[-1].end))
    return out


# the generic advice a quoted speaker goes on with: "Man sollte …", "Aber man muss …"
_ADVICE_MODALS = frozenset({"sollte", "sollten", "muss", "müsste", "darf", "dürfte", "kann",
                            "könnte"})
_ADVICE_OPENERS = frozenset({"aber", "doch", "denn", "also", "trotzdem", "dennoch"})


def _generic_advice(tokens: Sequence[Token]) -> bool:
    """The sentence opens with "Man" and a modal, after at most one connective."""
    k = 1 if tokens and tokens[0].lower in _ADVICE_OPENERS else 0
    return len(tokens) > k + 3 and tokens[k].lower == "man" \
        and tokens[k + 1].lower in _ADVICE_MODALS


_WORDING_BREAKS = frozenset({",", "–", "—", "-", "(", ")"})
_WORDING_PREPOSITIONS = frozenset({"im", "in", "auf", "laut"})
_WORDING_MAX = 8


def document_wording(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character range of the words a cited document gives: "…, nachdem – wie es im
    Polizeiprotokoll heißt – ein Mann … gesehen worden war", "Wie es in der Anzeige heißt,
    …": from the end of the insertion to the sentence end, the document's wording (a label
    there is the document's, which the text cites and may expose)."""
    out: list[tuple[int, int]] = []
    for k, t in enumerate(tokens[:-4]):
        if t.lower != "wie" or tokens[k + 1].lower != "es" \
                or tokens[k + 2].lower not in _WORDING_PREPOSITIONS \
                or (k and tokens[k - 1].text not in _WORDING_BREAKS):
            continue
        h = next((j for j in range(k + 3, min(len(tokens), k + 3 + _WORDING_MAX))
                  if tokens[j].lower in _HEISST), None)
        if h is None or not any(u.is_upper_initial for u in tokens[k + 3:h]):
            continue
        b = h + 1
        if b < len(tokens) and tokens[b].text in _WORDING_BREAKS:
            b += 1
        last = len(tokens) - 1
        while last > b and not tokens[last].is_word:
            last -= 1
        if b <= last:
            out.append((tokens[b].start, tokens[last].end))
    return out


def unmarked_speech(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character ranges of direct speech that carries no quotation marks.

    The part of a sentence before a closing attribution ("…, sagte X."), around an inserted one
    ("Die Reform ist, wie der Kanzler betonte, ein …"), the part after a colon that follows a
    verb of saying, and the neighbouring sentences of the same speaker: sentences in first
    person ("wir", "ich", "unser") right before the attributed one or right after it, within
    the paragraph (at most three), and a "Das Ziel: …" fragment between
    two sentences of indirect speech. In a live-ticker entry ("21.14 Uhr: Der Minister sagte:
    …") the speech runs to the end of the entry, up to a sentence that attributes anew. The
    attribution itself stays the author's.
    """
    ranges: list[tuple[int, int]] = []
    anchors: list[tuple[int, str]] = []  # sentence index, "back"/"fwd"/"both"/"entry"
    ki_cache: dict[int, int | None] = {}

    def ki(i: int) -> int | None:
        if i not in ki_cache:
            ki_cache[i] = indirect_speech_start(sentences[i].tokens)
        return ki_cache[i]

    head = headline_end(text, sentences)
    teaser: list[int] = []  # the lead's length (``_teaser_length``), computed at first need

    def in_teaser(i: int) -> bool:
        """An interview teaser stands in headline or lead."""
        if not teaser:
            teaser.append(_teaser_length(text, sentences))
        return i < teaser[0]

    # the author's own "ich" (a column): computed on demand, before the first-person signals
    col: list[bool] = []

    def is_columnist() -> bool:
        if not col:
            col.append(_first_person_author(text, sentences, ki))
        return col[0]

    marked_letter: set[int] = set()
    for i, sent in enumerate(sentences):
        toks = sent.tokens
        if i in marked_letter:
            continue
        k = trailing_attribution(toks)
        if k is not None and sum(1 for t in toks[:k] if t.is_word) >= 2:
            ranges.append((sent.start, toks[k].start))
            anchors.append((i, "both"))
            # "…, sagte der Trainer, der sich zufrieden zeigte: Wir gehen …"
            colon = next((j for j in range(k, len(toks)) if toks[j].text == ":"), None)
            if colon is not None and colon + 1 < len(toks):
                ranges.append((toks[colon + 1].start, sent.end))
            elif (resumed := _resumed_after(toks, k)) is not None:
                ranges.append((toks[resumed].start, sent.end))
            continue
        c = colon_introduction(toks, headline=sent.end <= head)
        if c is not None:
            ranges.append((toks[c + 1].start, sent.end))
            if _salutation(toks[c + 1:]):
                ranges.extend(_letter(text, sentences, i, marked_letter))
            anchors.append((i, "entry" if _in_ticker_entry(text, sentences, i) else "fwd"))
            continue
        p = person_colon(toks) if ":" in (t.text for t in toks) else None
        if p is not None and is_columnist():
            p = None
        if p is not None and (_speaker_first_person(toks[p + 1:]) or (
                i + 1 < len(sentences) and _same_paragraph(text, sent, sentences[i + 1])
                and (_speaker_first_person(_first_clause(sentences[i + 1].tokens))
                     or (ki(i + 1) == 0 and ki(i) is None))
                and not _own_attribution(sentences[i + 1].tokens))):
            # "Der Trainer stritt ab, …: Wir haben …" / "Hoekstra …: Das ist die dümmste Idee.
            # Dafür haben wir …": the person's words, and theirs go on in the first person or
            # in reported speech ("…: Man kann wohl nicht … Armut sei ein Einfallstor …")
            ranges.append((toks[p + 1].start, sent.end))
            anchors.append((i, "fwd"))
            continue
        w = leading_attribution(toks)
        if w is not None:
            ranges.append((toks[w + 1].start, sent.end))
            continue
        if i < _TEASER_MAX and (topic := teaser_topic(toks)) is not None and in_teaser(i):
            ranges.append((toks[topic].start, sent.end))
            continue
        ins = inserted_attribution(toks) or dash_attribution(toks)
        if ins is not None:
            a, b = ins
            ranges.append((sent.start, toks[a].start))
            ranges.append((toks[b + 1].start, sent.end))
            anchors.append((i, "both"))
    named = surnames(sentences)
    for sent in sentences:
        ranges.extend(attitude_objects(sent.tokens))
        ranges.extend(fronted_views(sent.tokens))
        ranges.extend(shown_reactions(sent.tokens))
        ranges.extend(sourced_changes(sent.tokens))
        ranges.extend(cited_examples(sent.tokens))
        ranges.extend(titles_named(sent.tokens))
        ranges.extend(reported_objects(sent.tokens))
        ranges.extend(reported_complements(sent.tokens))
        ranges.extend(_called_as(sent.tokens))
        ranges.extend(accusation_terms(sent.tokens))
        ranges.extend(reception_brackets(sent.tokens))
        ranges.extend(claim_complements(sent.tokens))
        ranges.extend(labels_named_by_others(sent.tokens))
        ranges.extend(others_framing(sent.tokens, named))
        ranges.extend(document_wording(sent.tokens))
    if fiction_review(sentences):
        for sent in sentences:
            ranges.extend(story_roles(sent.tokens))
            ranges.extend(story_traits(sent.tokens))
        ranges.extend(plot_sentences(text, sentences))
        ranges.extend(plot_summary(text, sentences))
    ranges.extend(sourced_before(text, sentences))
    ranges.extend(_continued_indirect(text, sentences, {i for i, _ in anchors}))
    ranges.extend(listing_entries(text))
    marked = {i for i, _ in anchors} | marked_letter
    for i in range(1, len(sentences) - 1):
        # "Er sei … Das Ziel: ein radikaler Kurswechsel. Man werde …": the speaker's fragment
        if i not in marked and _label_start(sentences[i].tokens) is not None \
                and ki(i) is None and ki(i - 1) is not None and ki(i + 1) is not None \
                and _same_paragraph(text, sentences[i - 1], sentences[i]) \
                and _same_paragraph(text, sentences[i], sentences[i + 1]):
            ranges.append((sentences[i].start, sentences[i].end))
            marked.add(i)
    both = {i for i, d in anchors if d == "both"}
    for i in range(1, len(sentences)):
        # "…, sagte Azevedo. Und es ist sehr langwierig." / "Thiele sagte, … müssten … beachtet
        # werden. Und sich vor Augen halten, dass …": a sentence opening with "Und" goes on with
        # the words of the sentence before, whose speaker is named there
        toks = sentences[i].tokens
        if i not in marked and toks[0].lower == "und" and len(toks) > 2 \
                and _same_paragraph(text, sentences[i - 1], sentences[i]) \
                and (i - 1 in both or (ki(i - 1) is not None
                                       and _reports_speech(sentences[i - 1].tokens, None))) \
                and not _own_attribution(toks) and not _reports_speech(toks, None):
            ranges.append((sentences[i].start, sentences[i].end))
            marked.add(i)
    for i in range(1, len(sentences)):
        # "…, sagt Preitler. Man sollte ihnen das Gefühl geben, …" / "…, meinte Reinisch. Aber
        # man muss …": the speaker's advice goes on in the generic "man" (the marks lost); and
        # "„…“, sagt Marquardt. Die Dohlen hätten offenbar Bilanz geführt." / "„…“, sagte die
        # 27-Jährige. Sie hätte vielleicht „mehr riskieren müssen“.": her account goes on in
        # the Konjunktiv II right after her attributed quote
        toks = sentences[i].tokens
        if i not in marked and i - 1 in both \
                and (_generic_advice(toks) or _konjunktiv_ii_account(toks)) \
                and _same_paragraph(text, sentences[i - 1], sentences[i]) \
                and not _own_attribution(toks) and not _reports_speech(toks, None):
            ranges.append((sentences[i].start, sentences[i].end))
            marked.add(i)
    for i in range(1, len(sentences)):
        # "Im Übrigen seien die Vorwürfe absurd. Wir sind hier mit …": the speaker whose words
        # the sentence before reports goes on in the first person (the marks lost)
        if i not in marked and i - 1 not in marked \
                and _speaker_first_person(_first_clause(sentences[i].tokens)) \
                and _same_paragraph(text, sentences[i - 1], sentences[i]) \
                and _reports_speech(sentences[i - 1].tokens, ki(i - 1)) \
                and not _own_attribution(sentences[i].tokens) and not is_columnist():
            anchors.append((i - 1, "fwd"))
    for i, direction in anchors:
        if direction == "entry":
            ranges.extend(_rest_of_entry(text, sentences, i, marked))
            continue
        steps = [-1] if direction == "back" else [-1, 1] if direction == "both" else [1]
        for step in steps:
            j = i
            gap = False
            for _ in range(_CHAIN_MAX):
                nxt = j + step
                if not 0 <= nxt < len(sentences) or nxt in marked:
                    break
                a, b = (sentences[nxt], sentences[j]) if step < 0 else (sentences[j], sentences[nxt])
                if not _same_paragraph(text, a, b):
                    break
                if not _first_person(sentences[nxt]):
                    if ki(nxt) is None:
                        # "…, sagte der Franzose. Der Druck war groß. Jetzt bin ich …": one
                        # sentence of the author's between two of the speaker's; the chain
                        # looks past it to a first-person sentence (which is not the author's)
                        if direction != "both" or step < 0 or gap \
                                or not _first_person_next(text, sentences, nxt, marked) \
                                or is_columnist():
                            break
                        gap = True
                    j = nxt  # reported speech of the same speaker: look past it
                    continue
                ranges.append((sentences[nxt].start, sentences[nxt].end))
                marked.add(nxt)
                j = nxt
    return sorted(ranges)


# Konjunktiv II forms that carry no report on their own: "dürfte", "könnte", the author's conjecture
_CONJECTURE_KII = frozenset({"dürfte", "dürften", "könnte", "könnten"})
# openers of a condition or of the author's counterfactual: "Ohne die Spende hätte …"
_CONDITIONAL_OPENERS = frozenset({"wenn", "falls", "ohne", "hätte", "hätten", "wäre", "wären",
                                  "würde", "würden", "sonst", "andernfalls", "ob"})


def _konjunktiv_ii_account(tokens: Sequence[Token]) -> bool:
    """A plain statement in the Konjunktiv II: its finite verb right after the subject ("Die
    Dohlen hätten …", "Sie hätte …"), no condition, no question, and no source of its own ("Viele
    frühere Studien hätten …" cites studies: the author's background)."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 4 or tokens[-1].text == "?" or words[0].lower in _CONDITIONAL_OPENERS \
            or any(t.lower in {"wenn", "falls"} or t.lemma in VAGUE_GROUPS for t in words):
        return False
    first = next((k for k, t in enumerate(words[:5])
                  if t.lower in _KONJUNKTIV_II and t.lower not in _CONJECTURE_KII), None)
    return first is not None and first >= 1


# a letter's salutation and its closing formula: "Sehr geehrter Herr Bürgermeister!" …
# "Mit freundlichen Grüßen"
_CLOSINGS = frozenset({"grüßen", "grüße", "hochachtungsvoll", "gruß"})


_FORMAL_YOU = frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen"})
_FAMILIAR_YOU = frozenset({"du", "dich", "dir", "euch", "euer", "eure", "dein", "deine"})


def _addresses(tokens: Sequence[Token]) -> bool:
    """First person, or the reader addressed ("Sie", "Ihr" capitalized inside the sentence)."""
    return _first_person_words(tokens) or any(
        t.lower in _FAMILIAR_YOU or (k > 0 and t.is_upper_initial and t.lower in _FORMAL_YOU)
        for k, t in enumerate(tokens))


def _salutation(tokens: Sequence[Token]) -> bool:
    return len(tokens) >= 3 and tokens[0].lower == "sehr" and tokens[1].lemma in {"geehrt",
                                                                                  "geehrte"}


def _letter(text: str, sentences: Sequence[Sentence], i: int, marked: set[int]
            ) -> list[tuple[int, int]]:
    """A letter reproduced after "… im Wortlaut: Sehr geehrter Herr …!": its sentences, to the
    closing formula or the paragraph's end, are the writer's, not the author's."""
    out = []
    for j in range(i + 1, len(sentences)):
        if not _same_paragraph(text, sentences[j - 1], sentences[j]):
            break
        if not _addresses(sentences[j].tokens) and (
                j + 1 >= len(sentences) or not _addresses(sentences[j + 1].tokens)):
            break  # two sentences without "ich/wir" or "Sie": the report goes on
        out.append((sentences[j].start, sentences[j].end))
        marked.add(j)
        if not _CLOSINGS.isdisjoint(map(_LOWER, sentences[j].tokens)):
            break
    return out


# the first person singular ("meinen" left out: as often the verb, "Die Experten meinen, …");
# one set for the first-person author check and the interview check
_FIRST_SINGULAR = frozenset({"ich", "mich", "mir", "mein", "meine", "meinem", "meiner", "meines"})


def _first_person_author(text: str, sentences: Sequence[Sentence],
                         ki: Callable[[int], int | None]) -> bool:
    """The author writes "ich" (a column, a feature in the first person): two sentences in the
    first person singular, without quotation marks, with no attribution, colon or reported speech
    in them or the two sentences before. Then the author's own first person is not taken for a
    speaker's."""
    seen = 0
    for i, sent in enumerate(sentences):
        if _FIRST_SINGULAR.isdisjoint(map(_LOWER, sent.tokens)) or any(
                ch in _QUOTE_CHARS for ch in text[sent.start:sent.end]):
            continue
        if any(_attributed(sentences[j].tokens, ki(j)) for j in range(max(0, i - 2), i + 1)):
            continue
        seen += 1
        if seen >= 2:
            return True
    return False


def _resumed_after(tokens: Sequence[Token], k: int) -> int | None:
    """Where the speaker's words resume after an attribution inside the sentence ("…, meinte
    der Präsident – aber das hilft uns nicht", "…, sagte er, und wir arbeiten daran", "Eine
    Wohnung, sagt er, und vielleicht endlich den Führerschein"): the first token after a dash or
    a comma past the attribution's verb, when first-person words or a verbless fragment joined by
    "und"/"oder" follow; else None."""
    for j in range(k + 3, len(tokens) - 2):
        if tokens[j].text in {"–", "—", ","}:
            rest = tokens[j + 1:]
            if rest[0].lower in _NP_ARTICLES or rest[0].lower in {"wie", "wo", "als", "weil"}:
                return None  # a relative or adverbial clause about the speaker
            if rest[0].lower in _FRAGMENT_JOINERS and _verbless_fragment(rest[1:]):
                return j + 1  # "Eine Wohnung, sagt er, und vielleicht endlich den Führerschein."
            return j + 1 if _speaker_first_person(_first_clause(rest)) else None
    return None


# "…, sagt er, und vielleicht …": a fragment joined to the speaker's words goes on with them
_FRAGMENT_JOINERS = frozenset({"und", "oder"})
_FRAGMENT_MAX_WORDS = 12
# determiners whose lemma ends in "n" like an infinitive: "eine" -> "ein", "seine" -> "sein"
_ARTICLE_LEMMAS = frozenset({"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer"})
# a subject pronoun makes the words after "und" a clause of their own ("und sie tut es …")
_SUBJECT_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr", "man"})


def _verbless_fragment(tokens: Sequence[Token]) -> bool:
    """No finite verb among the words: "vielleicht endlich den Motorradführerschein" continues
    the speaker's list, while "und lacht", "und zeigt auf das Dach" are the reporter's narration.
    A lower-case word whose lemma is an infinitive other than itself ("tut": "tun") counts as a
    verb, a subject pronoun as a clause; an adjective like "eigenen" is taken for a verb too,
    which keeps the author's voice (the safe side)."""
    words = [t for t in tokens if t.is_word]
    if not words or len(words) > _FRAGMENT_MAX_WORDS:
        return False
    return not any(
        not t.is_upper_initial and (t.lower in _FINITE_AUX or t.lower in _COPULA_FORMS
                                    or t.lower in _SUBJECT_PRONOUNS
                                    or (t.lemma != t.lower and t.lemma.endswith("n")
                                        and t.lemma not in _ARTICLE_LEMMAS))
        for t in words)



def _speaker_first_person(tokens: Sequence[Token]) -> bool:
    """First-person words that are not the newsroom's own ("wie wir berichteten")."""
    if not _first_person_words(tokens):
        return False  # the common case, without a call per token
    return any((t.lower in _FIRST_PERSON or t.lower in _FIRST_POSSESSIVES)
               and not newsroom_we(tokens, k, k + 1) for k, t in enumerate(tokens))


def _attributed(tokens: Sequence[Token], ki_start: int | None) -> bool:
    """Someone speaks in the sentence: reported speech, a verb of saying in its first clause, a
    closing attribution or a colon."""
    return (":" in (t.text for t in tokens) or _reports_speech(tokens, ki_start)
            or trailing_attribution(tokens) is not None)


def _first_clause(tokens: Sequence[Token]) -> Sequence[Token]:
    first = next((k for k, t in enumerate(tokens) if t.text in {",", ":", ";"}), len(tokens))
    return tokens[:first]


def _reports_speech(tokens: Sequence[Token], ki_start: int | None) -> bool:
    """Indirect speech ("… seien absurd") or a verb of saying in the sentence's first clause
    ("Kurz sagte, dass …"): someone is speaking."""
    first = next((k for k, t in enumerate(tokens) if t.text in {",", ":", ";"}), len(tokens))
    if _first_person_words(tokens[:first]):
        return False  # "Ich finde das falsch": the author speaking
    if ki_start is not None:
        return True
    cues = speech_cues()
    return any(cues.verb_at(tokens, k) for k in range(1, first))


def _own_attribution(tokens: Sequence[Token]) -> bool:
    """The sentence names its own speaker or source ("Wir …, sagte X", "Laut uns …")."""
    return trailing_attribution(tokens) is not None or any(
        t.lower in {"laut", "zufolge"} for t in tokens)


def _first_person_next(text: str, sentences: Sequence[Sentence], i: int,
                       marked: set[int]) -> bool:
    """Sentence ``i`` is a plain one (no speaker of its own) and the next, in the same
    paragraph, is in the first person."""
    nxt = i + 1
    if nxt >= len(sentences) or nxt in marked \
            or not _speaker_first_person(sentences[nxt].tokens) \
            or not _same_paragraph(text, sentences[i], sentences[nxt]):
        return False
    toks = sentences[i].tokens
    cues = speech_cues()
    return not _first_person(sentences[i]) and not any(
        cues.verb_at(toks, k) for k in range(len(toks))) and ":" not in (t.text for t in toks)


# a programme listing entry: a start time and a genre tag in capitals, often glued to the
# title by the export ("21.00 TALKHart, aber fair: …", "21.10 MAGAZIN Thema 1) …")
_LISTING_ENTRY = re.compile(rf"(?<![\w.:]){_TIME_OF_DAY}\s+([A-ZÄÖÜ]{{3,}})"
                            r"(?=[A-ZÄÖÜ][a-zäöüß]|\s+[A-ZÄÖÜ0-9])")
# "Bis 22.15, ARD" before the next entry closes the one before (its end time and channel)
_LISTING_TAIL = re.compile(rf"\bBis\s+{_TIME_OF_DAY}\b[^.!?]{{0,40}}$")
_LISTING_MIN_ENTRIES = 2
_LISTING_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# a title ends within this many characters of its tag ("TALKHart, aber fair: … sein?")
_TITLE_MAX = 90


def listing_entries(text: str) -> list[tuple[int, int]]:
    """Character ranges of the programme titles in a TV or event listing: from each entry's
    start time to the first sentence end, when that comes within ``_TITLE_MAX`` characters
    ("21.00 TALKHart, aber fair: … – wie teuer darf Medizin sein?", "22.15 KRIMIBanditen!"):
    the programme's words, not the author's questions or exclamations. The listing editor's
    teaser after the title ("Schmerzhaft authentisch, überaus komisch.") and the numbered
    topic lines of a magazine stay the author's (judges split on whether a reprinted topic
    line adopts its praise). At least two entries, so a lone time with a tag in capitals does
    not count."""
    found = [m for m in _LISTING_ENTRY.finditer(text) if m.group(1).lower() not in _STAMP_WORDS]
    if len(found) < _LISTING_MIN_ENTRIES:
        return []
    out: list[tuple[int, int]] = []
    for k, m in enumerate(found):
        para = _BLANK_LINE.search(text, m.end())
        stop = para.start() if para else len(text)
        if k + 1 < len(found) and found[k + 1].start() < stop:
            stop = found[k + 1].start()
            tail = _LISTING_TAIL.search(text, max(m.end(), stop - 60), stop)
            if tail:
                stop = tail.start()
        title = _LISTING_SENTENCE_END.search(text, m.end(), min(stop, m.end() + _TITLE_MAX))
        if title:  # a longer first "sentence" runs on into the editor's teaser: not marked
            out.append((m.start(), title.end()))
    return out


# nouns of a charge whose genitive is the charge's wording: "den Vorwurf der Klientelpolitik"
_CHARGE_NOUNS = frozenset({"vorwurf", "vorwürfe", "vorwurfs", "anschuldigung", "anschuldigungen",
                           "unterstellung", "unterstellungen", "verdacht", "verdachts"})
_GENITIVE_ARTICLES = frozenset({"der", "des"})
_CHARGE_WORDS = 3


def accusation_terms(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of the label inside a reported charge: "Den Vorwurf der Klientelpolitik
    weist Leitl zurück", "die Anschuldigung des Amtsmissbrauchs". The accusers' word, not the
    author's; a named accuser ("der Vorwurf der Opposition") holds no finding anyway. Not a
    charge the author raises ("Wir erheben den Vorwurf der …")."""
    if _CHARGE_NOUNS.isdisjoint(map(_LOWER, tokens)):
        return []
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.lower not in _CHARGE_NOUNS or not tok.is_upper_initial \
                or tokens[i + 1].lower not in _GENITIVE_ARTICLES:
            continue
        lo, hi = _clause_bounds(tokens, i)
        if not _SELF.isdisjoint(map(_LOWER, tokens[lo:hi])):
            continue
        words = []
        for t in tokens[i + 2:i + 2 + _CHARGE_WORDS]:
            if not t.is_word:
                break
            words.append(t)
            if t.is_upper_initial:
                break  # the head noun ends the phrase: "der groben Fahrlässigkeit"
        if words and words[-1].is_upper_initial:
            out.append((words[0].start, words[-1].end))
    return out


def _in_ticker_entry(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence i belongs to a line that opens with a ticker time stamp."""
    j = i
    while j > 0 and _same_paragraph(text, sentences[j - 1], sentences[j]):
        j -= 1
    return ticker_stamp(sentences[j].tokens) > 0


def _attributes_anew(tokens: Sequence[Token]) -> bool:
    """A sentence that names a source or a saying of its own: the author reports again."""
    cues = speech_cues()
    return (cues.has_verb(tokens)
            or trailing_attribution(tokens) is not None or bool(sourced_clauses(tokens))
            or ticker_stamp(tokens) > 0)


def _rest_of_entry(text: str, sentences: Sequence[Sentence], i: int,
                   marked: set[int]) -> list[tuple[int, int]]:
    """The sentences after a speech colon in a ticker entry, to the entry's end: a ticker gives
    the quote and nothing else in its entry ("21.14 Uhr: Der Minister sagte: Wir werden … Die
    Opposition ist schuld."), unless a later sentence attributes anew."""
    out = []
    for j in range(i + 1, len(sentences)):
        if j in marked or not _same_paragraph(text, sentences[j - 1], sentences[j]) \
                or _attributes_anew(sentences[j].tokens):
            break
        out.append((sentences[j].start, sentences[j].end))
        marked.add(j)
    return out


_INSERTION_MAX = 8
# headline and lead, when the text has no paragraph breaks to tell them (see ``_teaser_length``)
_TEASER_SENTENCES = 3


def teaser_topic(tokens: Sequence[Token]) -> int | None:
    """Index of "über" in an interview teaser "Die Grünen-Chefin über Versagen im
    Flüchtlingsthema, …": the topics are named in the interviewee's words. The person is named
    by role or full name ("Trainerin Huber über …", "Anna Weber über …"); "Streit über …" or
    "Neue Debatte über …" name no one."""
    k = 1 if tokens and tokens[0].lower in _DETERMINERS else 0
    j = next((j for j in range(k, min(k + 1 + _TEASER_LABEL_MAX, len(tokens)))
              if tokens[j].lower == "über"), None)
    if j is None or j == k or j + 1 >= len(tokens):
        return None
    return j if _person_label_at_home(tokens[k:j]) else None


def _person_label_at_home(label: Sequence[Token]) -> bool:
    """``_person_label``, also with the home place after the name ("Winzer Hartmut Brenner aus
    Oberhallbach über …")."""
    if len(label) > 3 and label[-2].lower in _HOME_PLACE and label[-1].is_upper_initial:
        label = label[:-2]
    return _person_label(label)


def _person_label(label: Sequence[Token]) -> bool:
    """Capitalised words naming a person by role or full name ("Trainerin Huber", "Jägerin
    Annette Krüger"): the subject of an interview's teaser."""
    return all(t.is_word and t.is_upper_initial for t in label) and _names_person(label)


def inserted_attribution(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Token indices of the two commas around an inserted attribution, or None.

    "Die Reform ist, wie der Kanzler betonte, ein Meilenstein" / "Das ist, so der Minister, …" /
    "Das ist, sagte sie, …": the sentence around the insertion is the speaker's, in the
    indicative too. Not the newsroom's "wie wir berichteten" nor "wie erwartet" (no speaker)."""
    if "," not in map(_TEXT, tokens):
        return None
    cues = speech_cues()
    n = len(tokens)
    for k in range(2, n - 3):
        if tokens[k].text != ",":
            continue
        head = tokens[k + 1]
        close = next((j for j in range(k + 2, min(k + 5 + _INSERTION_MAX, n - 1))
                      if tokens[j].text == ","), None)
        words = _words_of_insertion(tokens[k + 1:close]) if close is not None else None
        if words is None or len(words) > _INSERTION_MAX:
            continue
        if not any(t.is_word for t in tokens[close + 1:]):
            continue
        inner = words[1:]
        if any(t.lower in _SELF or t.lower in WE_FORMS for t in inner):
            continue
        speaker = any(t.is_upper_initial or t.lower in _DETERMINERS for t in inner)
        if head.lower == "wie" and speaker and any(
                cues.verb_at(tokens, j) for j in range(k + 2, close)):
            return k, close
        if head.lower == "so" and inner and (inner[0].is_upper_initial
                                             or inner[0].lower in _DETERMINERS) \
                and len(inner) <= 4:
            return k, close
        if cues.verb_at(tokens, k + 1) and inner and (inner[0].lower in _OTHER_PRONOUNS
                                                      or inner[0].lower in _DETERMINERS
                                                      or inner[0].is_upper_initial):
            return k, close
    return None


# after the dash that closes "…, verrät er –", these go on with the speaker's list or plan
_DASH_GOES_ON = frozenset({"und", "oder", "aber", "doch"})
_DASH_CLOSERS = frozenset({"–", "—"})
# the tabloid's verb of telling, no speech cue elsewhere ("Was dahintersteckte, verrät sie erst
# jetzt" frames what she tells; "so verrät mir die Sendungsverfolgung" is a machine)
_TELLING = frozenset({"verraten"})


def dash_attribution(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Token indices of the comma and the dash around an attribution that a dash closes, or
    None: "Theater, verrät er – und vielleicht endlich mal eine Komödie." Both the words before
    it and the fragment after the dash ("und …", "oder …") are the speaker's: the attribution
    is the verb of saying with a pronoun or a name right after the comma."""
    if _DASH_CLOSERS.isdisjoint(map(_TEXT, tokens)):
        return None  # most sentences (performance)
    cues = speech_cues()
    n = len(tokens)
    for k in range(1, n - 5):
        if tokens[k].text != "," or not (cues.verb_at(tokens, k + 1)
                                         or tokens[k + 1].lemma in _TELLING):
            continue
        subj = tokens[k + 2]
        end = k + 3
        if subj.is_upper_initial and subj.is_word:
            while end < n and tokens[end].is_upper_initial and tokens[end].is_word:
                end += 1  # "verrät Jens Falkenhain –"
        elif subj.lower not in _OTHER_PRONOUNS:
            continue
        if end + 2 < n and tokens[end].text in _DASH_CLOSERS \
                and tokens[end + 1].lower in _DASH_GOES_ON:
            return k, end
    return None


# strong verbs' Konjunktiv II with umlaut: never the indicative past, unlike "blieben" or
# "ließen" ("manche Kritiker säßen mit dem Taschenrechner am Tisch")
_UMLAUT_II = frozenset({"säße", "säßen", "stünde", "stünden", "fände", "fänden", "sähe", "sähen",
                        "wüsste", "wüssten", "gäben", "bräuchte", "bräuchten"})
# Konjunktiv II forms that continue indirect speech from the sentence before ("Das sei wichtig.
# Daher müssten sich alle anpassen."); "könnte" and "dürfte" are left out: they are as often
# the author's own hedge.
_CONTINUING_II = frozenset({"würde", "würden", "hätte", "hätten", "wäre", "wären", "müsste",
                            "müssten", "gäbe", "käme", "kämen", "ginge", "bliebe", "blieben",
                            "läge", "lägen",
                            # "lassen": "ließe" is only the II, "ließen" also the past, like
                            # "blieben" ("… Daher ließen sich die Ergebnisse nicht übertragen")
                            "ließe", "ließen",
                            # the plural whose Konjunktiv I equals the indicative ("sie können"):
                            # "… bedeute nicht, dass … Ebenso gut könnten sie gelernt haben"
                            "könnten"}) | _UMLAUT_II  # "…, sagte er. Zugleich stünden …"
# conjunctions that open a condition whose consequence the next clause gives
_CONDITIONAL = frozenset({"wenn", "falls", "sofern"})
# … and, before a Konjunktiv I clause of the same sentence, the plural modals whose Konjunktiv I
# equals the indicative ("Homosexuelle dürften adoptieren, ihre Elternschaft werde anerkannt")
_MIXED_II = _CONTINUING_II | {"dürften", "könnten"}


def _continued_indirect(text: str, sentences: Sequence[Sentence],
                        attributed: set[int]) -> list[tuple[int, int]]:
    """Sentences in Konjunktiv II right after reported speech in the same paragraph: the
    speaker still talks (indirect speech replaces an ambiguous Konjunktiv I by the II).

    The clause of the verb (and, verb first after a comma, the clause before it: "Während X
    galt, wären Y …"); unlike Konjunktiv I not the rest of the sentence, the weaker sign.
    """
    out: list[tuple[int, int]] = []
    reported: dict[int, bool] = {}

    def is_reported(i: int) -> bool:
        """Indirect speech: a Konjunktiv I clause, an attributed sentence in Konjunktiv (direct
        speech before "…, sagte X" is no sign: "Ich gewinne, sagte er. Ein Tor würde die
        Kritiker verstummen lassen" is the author's conjecture), or a named speaker's charge or
        demand in a "zu" clause ("Er warf der Mehrheit vor, die Innenstadt ausbluten zu
        lassen. Viele Kunden kämen nun mal mit dem Auto")."""
        if i not in reported:
            toks = sentences[i].tokens
            reported[i] = indirect_speech_start(toks) is not None or (
                i in attributed and not _KONJUNKTIV_II.isdisjoint(map(_LOWER, toks))) or (
                _charges(toks) and bool(reported_objects(toks)) and _names_speaker(toks))
        return reported[i]

    for i in range(1, len(sentences)):
        toks = sentences[i].tokens
        ki = indirect_speech_start(toks)
        if ki is not None and ki > 0 and _same_paragraph(text, sentences[i - 1], sentences[i]):
            mixed = _mixed_reported(toks, ki)
            if mixed is not None and (is_reported(i - 1) or i - 1 in attributed):
                out.append((sentences[i].start, toks[ki].start))  # the part before the I
                reported[i] = True
            elif _subordinate_report(toks, ki) and (is_reported(i - 1) or _account_goes_on(
                    text, sentences, i)):
                # also before the account's next sentence: "Seebeck warb um Zustimmung. Die
                # Bürger erwarteten zu Recht, dass der Staat sie schütze. Die Zahl … sei
                # gestiegen, sagte er." (the spokesman's words between intro and "sagte er")
                out.append((sentences[i].start, toks[ki].start))
                reported[i] = True
            continue
        if ki is None and _CONTINUING_II.isdisjoint(map(_LOWER, toks)):
            if _preterite_bridge(text, sentences, i) and is_reported(i - 1) and (
                    indirect_speech_start(sentences[i + 1].tokens) is not None
                    or not _CONTINUING_II.isdisjoint(map(_LOWER, sentences[i + 1].tokens))):
                # "…, sagte er. Den Aufpreis zahlten aber immer weniger Kunden. Würden die
                # Kosten steigen, müssten …": the weak plural past equals the Konjunktiv II that
                # replaces an ambiguous Konjunktiv I, between two sentences of the account
                out.append((sentences[i].start, sentences[i].end))
                reported[i] = True
            continue
        if ki is not None:
            continue
        if not _same_paragraph(text, sentences[i - 1], sentences[i]):
            continue
        if not is_reported(i - 1):
            continue
        if i + 1 < len(sentences) and _AMBIGUOUS_FIRST_PERSON.isdisjoint(map(_LOWER, toks)) \
                and not _own_speech_cue(toks) and _same_paragraph(text, sentences[i], sentences[i + 1]) \
                and indirect_speech_start(sentences[i + 1].tokens) is not None:
            # between two Konjunktiv I sentences of one account, a sentence with a Konjunktiv
            # II verb is that account too, all of it ("Er habe … Als …, wurde es unerträglich,
            # weil alle geplündert hätten. Sie habe …")
            out.append((sentences[i].start, sentences[i].end))
            reported[i] = True
            continue
        clause = 0
        covered = 0  # the clauses taken so far end here
        for k, t in enumerate(toks):
            if t.text in _CLAUSE_BREAKS:
                clause = k + 1
                continue
            if t.lower not in _CONTINUING_II or k < covered:
                continue
            if not _AMBIGUOUS_FIRST_PERSON.isdisjoint(map(_LOWER, toks[clause:k + 1])):
                break
            start = clause
            if k == clause and k > 0:
                start = max((j + 1 for j in range(k - 1) if toks[j].text in _CLAUSE_BREAKS),
                            default=0)
            # to the end of the verb's clause only: the author may comment after it
            # ("…, daher müssten sich alle anpassen, was ihm aber vielleicht nur …"); a later
            # clause in Konjunktiv II too is the speaker's ("Wäre der Block nicht gekommen,
            # hätte man das Spiel wohl zugemacht")
            stop = next((j for j in range(k + 1, len(toks)) if toks[j].text in _CLAUSE_BREAKS),
                        None)
            if stop is not None and toks[stop].text == "," and (
                    toks[start].lower in _CONDITIONAL or k == start == 0):
                # a condition's consequence is the same speaker's, whatever its verb: "Würde
                # die Bahn früher investieren, ließen sich solche Unfälle womöglich vermeiden"
                stop = next((j for j in range(stop + 1, len(toks))
                             if toks[j].text in _CLAUSE_BREAKS), None)
            out.append((toks[start].start, toks[stop - 1].end if stop else sentences[i].end))
            reported[i] = True  # a third sentence may continue it
            if stop is None:
                break
            covered = stop
    return out


# words that date a past-tense sentence as the author's own account ("Im Mai zahlten …")
_DATING = frozenset({"damals", "zuletzt", "gestern", "vorgestern", "früher", "einst", "bereits",
                     "vergangenen", "vergangene", "vorigen", "letzten", "januar", "februar",
                     "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                     "november", "dezember"})


def _preterite_bridge(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence i, between two sentences of one paragraph, speaks in the plural past of a weak
    verb ("zahlten", "drückten"), which is also its Konjunktiv II, names no saying of its own,
    no first person, no date and no quotation: it can continue the account before it."""
    if i == 0 or i + 1 >= len(sentences):
        return False
    if not (_same_paragraph(text, sentences[i - 1], sentences[i])
            and _same_paragraph(text, sentences[i], sentences[i + 1])):
        return False
    toks = sentences[i].tokens
    lows = set(map(_LOWER, toks))
    if not lows.isdisjoint(_AMBIGUOUS_FIRST_PERSON) or not lows.isdisjoint(WE_FORMS) \
            or not lows.isdisjoint(_DATING) or any(t.text[:1].isdigit() for t in toks) \
            or any(c in text[sentences[i].start:sentences[i].end] for c in "„“”»«\""):
        return False
    if _own_speech_cue(toks):
        return False
    return any(t.lower.endswith("ten") and t.lemma.endswith("en") and not t.is_upper_initial
               and t.lower in (t.lemma[:-2] + "ten", t.lemma[:-2] + "eten")
               and not (k + 1 < len(toks) and toks[k + 1].is_upper_initial)  # "komplizierten EU-Regeln"
               and toks[k - 1].lower not in _DETERMINERS
               for k, t in enumerate(toks) if k > 0)


def _subordinate_report(tokens: Sequence[Token], ki: int) -> bool:
    """The Konjunktiv I of a sentence that follows reported speech sits in a clause after its
    main clause ("Das sei die Basis. Zu den Aufgaben zählte ohne Zweifel das Budget, das ein
    solides Miteinander zeige."): the speaker still talks, also in the indicative main clause.
    Not when the sentence names its own saying ("…, betonte er, …") or speaks in the first
    person."""
    head = tokens[:ki]
    return head[-1].text == "," and not _own_speech_cue(tokens) and not any(
        t.lower in _AMBIGUOUS_FIRST_PERSON or t.lower in WE_FORMS for t in head)


def _charges(tokens: Sequence[Token]) -> bool:
    """The sentence makes a charge or a motion ("warf der Mehrheit vor", "hatte beantragt"):
    an argument the next sentences may go on with (not a request, "wurde gebeten")."""
    low = [t.lower for t in tokens]
    return not _CHARGING.isdisjoint(low) or (
        not _THROWS.isdisjoint(low) and "vor" in low)


# accusations and motions (a subset of ``_CHARGE_VERBS``) and "warf … vor"
_CHARGING = frozenset({"vorgeworfen", "vorwerfen", "beschuldigt", "beschuldigte", "beschuldigten",
                       "bezichtigt", "bezichtigte", "bezichtigten", "vorgehalten", "angelastet",
                       "beantragt", "beantragte", "beantragten"})
_THROWS = frozenset({"warf", "warfen", "wirft", "werfen"})


def _account_goes_on(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """The next sentence of the paragraph is indirect speech that names its speaker ("…, sagte
    er."), or indirect speech after a sentence that named one ("„…“, sagte Verhandlungsführerin
    Hollwitz. Viele Beschäftigte arbeiteten am Limit, weil Stellen unbesetzt seien. Der
    Warnstreik sei ein Signal …"): a report's next sentence."""
    if i + 1 >= len(sentences) or not _same_paragraph(text, sentences[i], sentences[i + 1]):
        return False
    nxt = sentences[i + 1].tokens
    if indirect_speech_start(nxt) is None or any(t.lemma in VAGUE_GROUPS
                                                 for t in sentences[i].tokens):
        return False  # "Insider munkeln, der Sender habe gezögert": a source of its own
    return _names_speaker(nxt) or (_same_paragraph(text, sentences[i - 1], sentences[i])
                                   and _names_speaker(sentences[i - 1].tokens))


def _own_speech_cue(tokens: Sequence[Token]) -> bool:
    """The sentence names its own saying ("die Beschwerde, das Laufwerk würde …", "hieß es"):
    its Konjunktiv II is explained there, the rest may be the author's."""
    cues = speech_cues()
    low = [t.lower for t in tokens]
    if any(w in ("hieß", "heißt", "verlautete") and "es" in low[max(0, k - 1):k + 2]
           for k, w in enumerate(low)):
        return True
    return any(cues.verb_at(tokens, k) or tokens[k].lemma in cues.nouns
               or tokens[k].lower in cues.nouns for k in range(len(tokens)))


def _mixed_reported(tokens: Sequence[Token], ki: int) -> int | None:
    """Index of a Konjunktiv II verb (``_MIXED_II``) in the main clause before a later Konjunktiv I
    clause ("Viele frühere Studien hätten sich auf Umfragen gestützt, die ungenau seien"): the two
    moods together are indirect speech throughout. Right after a named speaker's quote the
    sentence is still that speaker's (desk2); not in the first person."""
    if ki == 0:
        return None
    k = next((k for k, t in enumerate(tokens[:ki]) if t.lower in _MIXED_II), None)
    if k is None or any(t.lower in _AMBIGUOUS_FIRST_PERSON or t.lower in WE_FORMS
                        for t in tokens[:ki]):
        return None
    return k


# a clause opened by these is generic or conditional: "Wer glaubt, dass …, irrt"
_GENERIC_OPENERS = frozenset({"wer", "wenn", "was", "wie", "als", "falls", "sobald"})
# "finden Frieden dadurch, dass …": the clause explains how, it reports nothing
_NOT_SPEECH_COMPLEMENT = frozenset({"dadurch", "darin", "dabei", "damit", "insofern", "so"})


# verbs whose comma clause is what was said even without "dass": "sagte, die Regierung hat
# versagt" (the Konjunktiv I case is caught by its verb form; this is the indicative one)
_SAYING_V2 = frozenset({"sagen", "erklären", "betonen", "meinen", "behaupten", "versichern",
                        "unterstreichen", "ergänzen", "hinzufügen", "argumentieren", "schreiben",
                        "twittern", "bekräftigen", "klagen", "kritisieren", "warnen",
                        "monieren", "bemängeln", "einräumen", "zugeben", "mitteilen",
                        "einwenden", "entgegnen", "erwidern", "anmerken", "einwerfen"})


def _saying_v2_at(tokens: Sequence[Token], i: int, split: Mapping[str, frozenset[str]]) -> bool:
    """A verb of saying proper at i, also split from its particle before the comma ("wandte
    ein, …", "merkte an, …")."""
    tok = tokens[i]
    if tok.lemma in _SAYING_V2 or tok.lower in _SAYING_V2:
        return True
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in _CLAUSE_BREAKS),
               len(tokens))
    return any(p + tok.lemma in _SAYING_V2 and any(t.lower == p for t in tokens[i + 1:end])
               for p in split.get(tok.lemma, ()))


def _v2_report_start(tokens: Sequence[Token], i: int) -> bool:
    """After the comma at i, a clause that starts like a main clause (subject first)."""
    if i + 2 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.lower in _CLAUSE_OPENERS and nxt.lower not in ("der", "die", "das", "den", "dem"):
        return False
    if not nxt.is_word or nxt.lower in _W_WORDS_ALL:
        return nxt.lower in _W_WORDS_ALL  # "sagte, warum …": the speaker's question
    if nxt.lower in ("der", "die", "das", "den", "dem"):
        # an article before its noun, not a relative pronoun ("sagte der Coach, der zufrieden …")
        return tokens[i + 2].is_upper_initial or (
            i + 3 < len(tokens) and tokens[i + 3].is_upper_initial)
    return (nxt.lower in _DETERMINERS or nxt.lower in _PRONOUNS or nxt.lower in _SUBJECTS
            or nxt.is_upper_initial
            # an adjective before its noun: "wandte ein, pauschale Tempolimits gingen …"
            or (tokens[i + 2].is_upper_initial and tokens[i + 2].is_word
                and nxt.lower.endswith(("e", "en", "er", "es", "em")) and nxt.lemma != nxt.lower
                and nxt.lower.startswith(nxt.lemma)))  # inflected, not "leider Ruhe"


# nouns of a view or feeling whose "dass" clause gives it: "haben das Gefühl, dass …"
_VIEW_NOUNS = frozenset({"gefühl", "eindruck", "ansicht", "meinung", "auffassung", "überzeugung",
                         "befürchtung", "verdacht", "hoffnung", "sorge", "angst"})


# a named party's expectation whose "dass" clause gives it: "Der Konzern erwartet, dass …"
# (and "rechnet damit, dass …": ``_expects_that``)
_EXPECTING_VERBS = frozenset({"erwarten", "befürchten", "prognostizieren", "hoffen"})
# … and its estimate: "Branchenkenner schätzen, dass … fällig geworden sein dürfte" (only with a
# "dass" clause: the object of "schätzen" is often what the party values, "schätzen den Service")
_VIEW_VERBS = _EXPECTING_VERBS | {"schätzen"}


def _expects_that(clause: Sequence[Token]) -> bool:
    """"… rechnet damit, dass …": "damit" here points to the expectation, not to a means."""
    return bool(clause) and clause[-1].lower == "damit" and any(t.lemma == "rechnen"
                                                                for t in clause)


def _holds_view(clause: Sequence[Token], after_name: bool = False) -> bool:
    """A named party holds a view that the next "dass" clause gives: "Viele Anwohner haben das
    Gefühl", "Der Verband geht davon aus", "Sie ist der Auffassung", "Das Landesamt rechnet
    damit", "Der Konzern erwartet", "Die Hebamme weiß" (also in a relative clause after the
    name: "mit Ute Brandner, die weiß, dass …"). Not the author ("Wir haben den Eindruck"),
    nobody ("Es besteht die Sorge") nor everybody ("Jeder weiß, dass …")."""
    lows = {t.lower for t in clause}
    if lows & _SELF_OR_IMPERSONAL:
        return False
    lemmas = set(map(_LEMMA, clause))
    knows = not lows.isdisjoint(_KNOWS) and lows.isdisjoint(_EVERYBODY)
    view = ({"davon", "aus"} <= lows and "gehen" in lemmas) or any(
        t.is_upper_initial and t.lower in _VIEW_NOUNS for t in clause) or _expects_that(clause) or (
        not lemmas.isdisjoint(_VIEW_VERBS) and clause[0].lemma not in _VIEW_VERBS) or (
        knows and clause[0].lower not in _KNOWS)
    # (not "Erwarten Sie, dass …": the verb first asks or tells the reader)
    if knows and after_name and clause[0].lower in ("der", "die"):
        return True  # the relative pronoun stands for the name before the comma
    return view and any(t.lower in {"er", "sie"} or (
        t.is_upper_initial and t.lower not in _DETERMINERS and t.lower not in _VIEW_NOUNS
        and t.lower not in _KNOWS)
        for t in clause)


# "Die Hebamme weiß, dass …": what a named party knows is given from that party's view
_KNOWS = frozenset({"weiß", "wusste", "wussten", "wissen"})
# … not everybody's knowledge, nor the author's inference or insinuation about what someone knows
# ("Der Minister dürfte wissen, dass …", "Die Dienste wissen sehr wohl, dass …")
_EVERYBODY = frozenset({"jeder", "jede", "alle", "niemand", "keiner", "wer", "jedermann",
                        "viele", "bekanntlich", "schließlich", "längst", "ja", "doch", "wohl",
                        "genau", "natürlich", "dürfte", "dürften", "müsste", "müssten", "sollte",
                        "sollten", "muss", "müssen", "nur", "nicht"})


# verbs whose comma clause with "zu" + infinitive is the demand or advice itself
_DEMANDING = frozenset({"fordern", "verlangen", "appellieren", "empfehlen", "raten", "mahnen",
                        "drängen", "plädieren", "bitten", "vorschlagen", "anregen", "warnen",
                        "versprechen", "ankündigen", "drohen", "auffordern", "aufrufen",
                        "zusagen", "zusichern"})
# "nannte es „kurzsichtig“, ausgerechnet dort zu sparen": the infinitive clause is what the
# speaker rates, "es" points to it
_RATES_IT = frozenset({"nennen", "bezeichnen", "finden", "halten"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
_INFINITIVE = re.compile(r"^\w+zu\w+(?:en|ern|eln)$")


_INTERRUPTION_MAX = 30
# what opens a clause that interrupts the object before its infinitive: a relative clause
_RELATIVE_OPENERS = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "denen",
                               "welche", "welcher", "welches", "wo"})
_NOT_INTERRUPTION = frozenset({"dass", "daß", "ob", "weil", "um", "ohne", "statt", "anstatt",
                               "wenn", "aber", "doch", "sondern", "jedoch", ";", ":", "–", "—"})


def _interrupted_infinitive(tokens: Sequence[Token], comma: int) -> int | None:
    """End index of an infinitive clause after the comma at ``comma`` whose object is
    interrupted by brackets or a relative clause ("hat angekündigt, das Ostgeschäft (CEE), das
    derzeit zur Tochter gehört, abzuziehen und das Filialnetz massiv zurückzufahren"): the
    sentence's last clause is the infinitive, and everything between is brackets or relative
    clauses. None otherwise."""
    n = len(tokens)
    end = n
    while end > comma + 1 and not tokens[end - 1].is_word:
        end -= 1
    last = max((k for k in range(comma + 1, end) if tokens[k].text == ","), default=None)
    if last is None or last - comma > _INTERRUPTION_MAX \
            or not _infinitive_clause(tokens[last + 1:end]):
        return None
    middle = tokens[comma + 1:last]
    if not _NOT_INTERRUPTION.isdisjoint(map(_LOWER, middle)):
        return None
    for k, t in enumerate(middle):
        if t.text == "," and k + 1 < len(middle) and middle[k + 1].lower not in _RELATIVE_OPENERS:
            return None  # another clause, not an interruption of the object
    return end


def _infinitive_clause(clause: Sequence[Token]) -> bool:
    """A clause ending in "zu" + infinitive ("die Boni zu streichen", "sie abzuschaffen"),
    not a purpose or manner clause ("um … zu", "ohne … zu", "statt … zu")."""
    words = [t for t in clause if t.is_word]
    if len(words) < 2 or (words[0].lower in _CLAUSE_OPENERS and words[0].lower not in _ARTICLES):
        return False  # "um … zu"; an article opens the object ("die Boni zu streichen")
    last = words[-1]
    if last.is_upper_initial:
        return False
    return words[-2].lower == "zu" or bool(_INFINITIVE.match(last.lower))


_W_WORDS_ALL = frozenset({"warum", "weshalb", "wieso", "weswegen", "wann", "welche", "welcher",
                          "welches", "wohin", "woher"})


_COMPLEMENT_TRIGGERS: list[tuple[SpeechCues, frozenset[str], frozenset[str]]] = []


# verbs of pleading for something, whose "dafür"/"darum" infinitive clause is the demand: "Der
# Bürgermeister plädierte dafür, die Debatte „mit kühlem Kopf“ zu führen", "warb darum, …"
_PLEADING = frozenset({"plädieren", "werben"})
_PLEADED_FOR = frozenset({"dafür", "darum"})


def _pleads_at(tokens: Sequence[Token], i: int) -> bool:
    """A verb of pleading at i with "dafür"/"darum" right after it and a comma after that."""
    tok = tokens[i]
    return (tok.lemma in _PLEADING and not tok.is_upper_initial and i + 2 < len(tokens)
            and tokens[i + 1].lower in _PLEADED_FOR and tokens[i + 2].text == ",")


def _complement_triggers(cues: SpeechCues) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case forms, lemmas) of which ``reported_complements`` needs one before it can
    find anything: a verb of saying (``SpeechCues.verb_at``), an attitude, "hieß", a verb of
    concluding, or a view ("davon", a view noun, an expectation: ``_holds_view``). Built once
    per cue lists."""
    if not _COMPLEMENT_TRIGGERS or _COMPLEMENT_TRIGGERS[0][0] is not cues:
        lows = frozenset(cues.verbs | _ATTITUDE | _REFLEXIVE_VIEW | _HEISST | _VIEW_NOUNS | _KNOWS
                         | {"davon"})
        lemmas = frozenset(cues.verbs | cues.joined | cues.split.keys() | _CONCLUDING
                           | _VIEW_VERBS | _PLEADING | {"rechnen"})
        _COMPLEMENT_TRIGGERS[:] = [(cues, lows, lemmas)]
    _, lows, lemmas = _COMPLEMENT_TRIGGERS[0]
    return lows, lemmas


def _closes_quote(tokens: Sequence[Token], first: int, k: int) -> bool:
    """tokens[k] is a closing quotation mark whose opening mark lies in tokens[first:k]: the
    reported clause ends with a quoted phrase ("hieß es, die Abstände würden „eingehalten“"),
    marks included."""
    return tokens[k].text in _CLOSING_MARKS and any(
        t.text in OPENING_MARKS for t in tokens[first:k])


# the quotation marks of text.OPEN_QUOTES / CLOSERS, without the apostrophe and the single marks
# that double as one („geht's“, ‹ › ’) and without brackets
OPENING_MARKS = OPEN_QUOTES - {"'", "‘", "‹", "›"}
_CLOSING_MARKS = CLOSERS - {"'", "’", "‹", "›", ")", "]"}


# an example appended to what someone says, demands or recommends: "…, etwa …", "…, zum
# Beispiel …", "…, vor allem …"
_EXAMPLE_OPENERS = frozenset({"etwa", "beispielsweise", "insbesondere", "namentlich"})
_EXAMPLE_PAIRS = frozenset({("zum", "beispiel"), ("vor", "allem"), ("wie", "etwa")})


def _example_follows(tokens: Sequence[Token], k: int) -> bool:
    """Token k opens an example ("etwa", "zum Beispiel", "vor allem"), not the author's
    comment ("zum Ärger der Anwohner")."""
    if tokens[k].lower in _EXAMPLE_OPENERS:
        return True
    return k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) in _EXAMPLE_PAIRS


# question words that open what someone explains or asks: "Sie erklärt, warum …", "Er fragte
# sich, wer …" – right after the verb of saying; not those that also open a relative clause on
# what came before ("hat den Fehler zugegeben, was selten vorkommt", "…, weshalb …", "…, wo …":
# the author's comment)
_W_OPENERS = frozenset({"warum", "wieso", "wer", "wen", "wem", "wann", "woher", "wohin",
                        "welche", "welcher", "welches", "welchen", "welchem"})
# "was" goes on a report only in a list of questions ("…, wie …, was … und warum …")
_LIST_OPENERS = _W_OPENERS | {"was"}
_OPENS_RIGHT_AFTER = frozenset({"sich", "uns", "mir", "auch"})
# what goes on a report after a comma: another "dass"/"ob" clause or a question word that opens
# no relative clause; the others only in a list of questions ("…, was … und warum …")
_CHAIN_OPENERS = _COMPLEMENT_OPENERS | {"wie", "warum", "wieso", "wann"}
_LISTED = frozenset({"und", "oder", "sowie"})
def _next_break(tokens: Sequence[Token], k: int) -> int:
    return next((j for j in range(k, len(tokens)) if tokens[j].text in _CLAUSE_BREAKS),
                len(tokens))


def _comparative_before(tokens: Sequence[Token], end: int) -> bool:
    """The clause before ``end`` compares ("dass der Beruf härter ist", "mehr kostet"), so an
    "als" clause after it finishes the comparison: "…, dass der Beruf härter ist, als man
    denkt" is the speaker's whole thought."""
    k = end - 1
    while k >= 0 and tokens[k].text not in _CLAUSE_BREAKS:
        low = tokens[k].lower
        if low in _COMPARATIVE_WORDS or (not tokens[k].is_upper_initial and len(low) > 4
                                         and low.endswith(("er", "eren", "erer"))
                                         and low not in _NOT_COMPARATIVE):
            return True
        k -= 1
    return False


# comparison words that do not end in "-er"; lower-case words in "-er" that are no comparatives
_COMPARATIVE_WORDS = frozenset({"mehr", "weniger", "anders", "lieber", "eher", "besser"})
_NOT_COMPARATIVE = frozenset({"immer", "wieder", "aber", "oder", "sicher", "unser", "euer", "hinter",
                              "unter", "über", "jeder", "dieser", "jener", "welcher", "solcher",
                              "keiner", "einer", "seiner", "ihrer", "meiner", "deiner", "wer",
                              "nimmer", "ander", "anderer", "außer", "zuvor"})


def _complement_chain_end(tokens: Sequence[Token], end: int) -> int:
    """Where a reported "dass"/"wie" clause ending at ``end`` really ends: it goes on through
    further clauses of the same report ("…, wie Modelle trainiert werden, was ein „Token“ ist
    und warum ein System, das auf Zustimmung getrimmt wurde, seinen Nutzern … redet"): through
    one more "dass" or question word, a relative clause on a noun, and, after such a relative
    clause, the rest of the clause it interrupted when that runs to the sentence's end."""
    relative = False
    while end + 1 < len(tokens) and tokens[end].text == ",":
        nxt = tokens[end + 1]
        after = _next_break(tokens, end + 2)
        if nxt.lower in _CHAIN_OPENERS or (nxt.lower == "als" and _comparative_before(
                tokens, end)) or (nxt.lower in _LIST_OPENERS and any(
                t.lower in _LISTED and (u.lower in _W_OPENERS or u.lower in _CHAIN_OPENERS)
                for t, u in pairwise(tokens[end + 2:after]))):
            relative = False
        elif tokens[end - 1].is_upper_initial and (nxt.lower in _RELATIVE_PRONOUNS or (
                nxt.lower in _PREPOSITIONS and end + 2 < len(tokens)
                and tokens[end + 2].lower in _RELATIVE_PRONOUNS)):
            relative = True
        elif relative and nxt.is_word and not nxt.is_upper_initial and after >= len(tokens) - 1:
            relative = False
        elif _listed_nouns(tokens, end, after):
            relative = False  # "…, dass allein für Catering, Blumen und Band … fällig … dürfte"
        else:
            break
        end = after
    return end


def _listed_nouns(tokens: Sequence[Token], comma: int, after: int) -> bool:
    """The comma at ``comma`` separates nouns of a list inside a clause that has not reached its
    verb: a noun before it, a noun after it, and "und"/"oder"/"sowie" before the next break
    ("dass allein für Catering, Blumen und Band ein … Betrag fällig … dürfte"). A "dass" clause
    ends on its verb, not on a noun."""
    before, nxt = tokens[comma - 1], tokens[comma + 1]
    return (before.is_word and before.is_upper_initial and nxt.is_word and nxt.is_upper_initial
            and nxt.lower not in _DETERMINERS and nxt.lower not in _PRONOUNS
            and any(t.lower in _LISTED for t in tokens[comma + 2:after]))


def _plural_predicates_end(tokens: Sequence[Token], said_at: int, end: int) -> int:
    """Where a reported main clause ending at ``end`` really ends: "Kolb sagte, die Maßnahmen
    gingen in die richtige Richtung, reichten aber bei Weitem nicht aus" goes on through the
    comma clauses that open with a plural finite verb after a singular verb of saying — such a
    verb cannot share the speaker's subject, so it shares the reported one. (A singular verb
    may be the speaker's own next act, "…, verschwieg aber, dass …", the author's account; a
    plural present form is also the infinitive, "…, sparen zu wollen", and is left alone.)"""
    if not tokens[said_at].lower.endswith(("t", "te")):
        return end
    while end + 2 < len(tokens) and tokens[end].text == ",":
        nxt = tokens[end + 1]
        if not (nxt.is_word and not nxt.is_upper_initial and nxt.lower.endswith("en")
                and nxt.lemma.endswith("en") and nxt.lemma != nxt.lower):
            break
        end = _next_break(tokens, end + 2)
    return end


def reported_complements(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of what a named speaker says, asks, demands or criticises in the
    indicative: the "dass"/"ob"/"wie" clause right after a clause with a verb of saying ("Sie
    kritisierte, dass die Regierung völlig versagt hat", "Die Zeugin schilderte, wie der Täter
    eiskalt …"), the plain clause after "sagte," or
    "hieß es," ("Er sagte, die Reform ist gescheitert"), and the infinitive clause after a verb
    of demanding ("Die Gewerkschaft fordert, die völlig überzogenen Boni zu streichen"), up to
    that clause's end; also the "dass" clause after a verb of concluding ("Daraus schließen die
    Forscher, dass … vermutlich …"). Not when the author speaks ("man muss zugeben, dass …") or the clause
    is generic ("Wer glaubt, dass …, irrt").
    """
    if "," not in map(_TEXT, tokens[:-1]):
        return []  # every range starts after a comma that has a token after it (performance)
    cues = speech_cues()
    lows, lemmas = _complement_triggers(cues)
    if lows.isdisjoint(map(_LOWER, tokens)) and lemmas.isdisjoint(map(_LEMMA, tokens)):
        return []  # nothing that could make the clause someone's (performance)
    out: list[tuple[int, int]] = []
    start = 0
    said = False
    saying = False  # a verb of saying proper, whose comma clause is the wording
    demanding = False  # a verb of demanding, whose infinitive clause is the demand
    jussive = False  # the clause is the author's "sei … betont"
    said_at = 0
    for i, tok in enumerate(tokens):
        if tok.text in _CLAUSE_BREAKS:
            if not said and tok.text == "," and i + 1 < len(tokens) \
                    and tokens[i + 1].lower in _COMPLEMENT_OPENERS and _holds_view(
                        tokens[start:i], after_name=start >= 2 and tokens[start - 1].text == ","
                        and tokens[start - 2].is_upper_initial):
                said = True  # "Viele Anwohner haben das Gefühl, dass …", "geht davon aus, dass"
            if (said and tok.text == "," and i + 1 < len(tokens)
                    and tokens[start].lower not in _GENERIC_OPENERS
                    and (tokens[i - 1].lower not in _NOT_SPEECH_COMPLEMENT
                         or _expects_that(tokens[start:i]))
                    and _SELF.isdisjoint(map(_LOWER, tokens[start:i]))):
                end = _next_break(tokens, i + 2)
                first = i + 1 if (tokens[i + 1].lower in _COMPLEMENT_OPENERS
                                  or ((tokens[i + 1].lower == "wie"
                                       or (tokens[i + 1].lower in _W_OPENERS
                                           and _OPENS_RIGHT_AFTER.issuperset(
                                               map(_LOWER, tokens[said_at + 1:i]))))
                                      and cues.verb_at(tokens, said_at))
                                  or (saying and _v2_report_start(tokens, i))
                                  or (demanding and _infinitive_clause(tokens[i + 1:end]))) \
                    else -1
                if first < 0 and demanding and (far := _interrupted_infinitive(tokens, i)):
                    first, end = i + 1, far  # "…, das Geschäft (CEE), das …, abzuziehen"
                while first >= 0 and end + 1 < len(tokens) and tokens[end].text == "," \
                        and _example_follows(tokens, end + 1):
                    # "empfiehlt, feste Regeln zu vereinbaren, etwa eine „Ladestation“ im Flur":
                    # the example is part of the recommendation
                    end = _next_break(tokens, end + 2)
                if first >= 0 and (tokens[first].lower in _CHAIN_OPENERS
                                   or tokens[first].lower in _W_OPENERS):
                    end = _complement_chain_end(tokens, end)
                elif first >= 0 and saying:
                    end = _plural_predicates_end(tokens, said_at, end)
                if first >= 0:
                    while end > first + 1 and not tokens[end - 1].is_word \
                            and not _closes_quote(tokens, first, end - 1):
                        end -= 1
                    out.append((tokens[first].start, tokens[end - 1].end))
            start, said, saying, demanding, jussive = i + 1, False, False, False, False
            continue
        hiess = tok.lower in _HEISST and any(
            t.lower == "es" for t in tokens[max(0, i - 1):i + 2])  # "hieß es, …"
        if tok.lower == "sei" and jussive_sei(tokens, i):
            jussive = True  # "Es sei betont, dass …": the author's own; no speaker in this clause
        if not said and not jussive and (cues.verb_at(tokens, i) or _attitude_at(tokens, i, start) or hiess
                         or _concludes_at(tokens, i)  # "Daraus schließen die Forscher, dass"
                         or _pleads_at(tokens, i)):  # "plädierte dafür, … zu …"
            said, said_at = True, i
            saying = _saying_v2_at(tokens, i, cues.split) or hiess
            demanding = not tok.is_upper_initial and (tok.lemma in _DEMANDING | _PLEADING or any(
                p + tok.lemma in _DEMANDING for p in cues.split.get(tok.lemma, ()))
                or (tok.lemma in _RATES_IT and "es" in map(_LOWER, tokens[i + 1:i + 3])))
        elif saying and tok.lower in _OBJECT_ARTICLES and tokens[i - 1].lower not in _PREPOSITIONS \
                and i + 1 < len(tokens) and tokens[i + 1].text not in _CLAUSE_BREAKS:
            saying = False  # "erklärte den Notstand, …": the verb has its object (not the
            # particle before the comma: "wandte ein, …")
    return out


# a named party's attitude: "Müller ist überzeugt, dass …", "Der Trainer war zufrieden: …";
# what follows is that party's view (participles of feeling, not "sicher" or "klar", which the
# author uses for his own certainty: "Es ist sicher, dass …")
_ATTITUDE = frozenset({"überzeugt", "zuversichtlich", "optimistisch", "pessimistisch",
                       "enttäuscht", "empört", "entsetzt", "verärgert", "besorgt", "stolz",
                       "froh", "zufrieden", "unzufrieden", "skeptisch", "begeistert", "erleichtert",
                       "schockiert", "fassungslos", "beunruhigt", "alarmiert", "sauer", "wütend",
                       "zornig", "glücklich", "traurig", "verbittert", "ratlos", "selbstbewusst",
                       "siegessicher", "kämpferisch"})
_NOT_A_PARTY = frozenset({"es", "das", "dies", "was", "wer", "man", "ich", "wir"})


def _attitude_at(tokens: Sequence[Token], i: int, start: int) -> bool:
    """An attitude adjective at i whose clause (from ``start``) has a third party as its
    subject: a noun or "er"/"sie" ("Die Eltern sind empört", "Er zeigte sich zuversichtlich");
    not the author ("Wir sind stolz", "Man ist froh") and not "es"/"das" ("Das ist erfreulich")."""
    if (tokens[i].lower not in _ATTITUDE and not (
            tokens[i].lower in _REFLEXIVE_VIEW and i > start and tokens[i - 1].lower == "sich")) \
            or (tokens[i].is_upper_initial and i > 0):
        return False  # (a party's reflexive certainty is a view: "Die Ärzte sind sich sicher")
    clause = tokens[start:i]
    if any(t.lower in _NOT_A_PARTY or t.lower in _FIRST_POSSESSIVES for t in clause):
        return False
    return any(t.lower in {"er", "sie"} or (t.is_upper_initial and t.lower not in _DETERMINERS)
               for t in clause)


# "sind sich sicher", "sind sich einig": with "sich", a third party's view, not the author's
_REFLEXIVE_VIEW = frozenset({"sicher", "einig", "gewiss", "uneins", "uneinig"})
# the preposition after an attitude that names what the attitude is about
_ATTITUDE_OBJECT = frozenset({"über", "von", "auf"})
# "Peinlich findet das auch der Klub.": the verdict fronted before "finden" is the finder's
_FINDS = frozenset({"findet", "fand", "finden", "fanden"})
_FOUND_OBJECT = frozenset({"das", "es", "dies", "diese", "dieses"})


def fronted_views(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character range of a verdict that opens the sentence before "findet das …" and a named
    party ("Peinlich findet das auch der Klub.", "Unnötig fand es die Trainerin"): the party's
    view, echoed by the author. Not the author's own ("… finde ich", "… findet man")."""
    if len(tokens) < 5 or tokens[1].lower not in _FINDS or tokens[2].lower not in _FOUND_OBJECT \
            or not tokens[0].is_word:
        return []
    rest = tokens[3:_clause_bounds(tokens, 1)[1]]
    if any(t.lower in _SELF or t.lower in _FIRST_PERSON for t in rest):
        return []
    if not any(t.is_upper_initial and t.is_word for t in rest):
        return []  # no party named: "Gut fand es nur jeder Zweite"
    return [(tokens[0].start, tokens[0].end)]


def attitude_objects(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of what a named party is reported to feel about, in its words.

    "Die Grünen zeigten sich empört über die skandalöse Entscheidung", "Fassungslos über so
    viel arrogante Unwissenheit zeigten sich die Sprecherinnen": the description of the object
    is the party's view (from the preposition to the clause end). Not the author's own ("Wir
    sind empört über …") and not without a party ("Empört über den Plan ist man nicht")."""
    if _ATTITUDE.isdisjoint(map(_LOWER, tokens)):
        return []
    out: list[tuple[int, int]] = []
    for i in range(len(tokens) - 2):
        tok = tokens[i]
        if tok.lower not in _ATTITUDE or (tok.is_upper_initial and i > 0) \
                or tokens[i + 1].lower not in _ATTITUDE_OBJECT:
            continue
        a, b = _clause_bounds(tokens, i)
        clause = tokens[a:b]
        if any(t.lower in _SELF or t.lower in _FIRST_POSSESSIVES
               or t.lower in _FIRST_PERSON for t in clause):
            continue
        before, after = tokens[a:i], tokens[i + 2:b]
        # the party before the attitude ("Die Eltern sind empört über"), or after it when the
        # attitude opens the clause ("Empört über … zeigte sich die Ministerin")
        party = any(t.lower in {"er", "sie"} or (t.is_upper_initial and t.lower not in _DETERMINERS)
                    for t in before) or (not before and "zeigen" in map(_LEMMA, after)
                                         and any(t.is_upper_initial or t.lower in {"er", "sie"}
                                                 for t in after))
        if party:
            last = b - 1
            while last > i + 1 and not tokens[last].is_word:
                last -= 1
            out.append((tokens[i + 1].start, tokens[last].end))
    return out


# how a party came across: "Die Beobachter zeigten sich wenig überrascht", "Der Verband gab sich
# erleichtert" — the reaction the report ascribes to them, not the author's "kein Wunder"
_REACTIONS = _ATTITUDE | frozenset({
    "überrascht", "unbeeindruckt", "gelassen", "erfreut", "verwundert", "irritiert", "befremdet",
    "bestürzt", "betroffen", "dankbar", "gefasst", "verunsichert", "verblüfft", "erstaunt",
    "zurückhaltend", "verständnisvoll", "versöhnlich", "gesprächsbereit"})
_SHOWING = frozenset({"zeigen", "geben"})
_REACTION_REACH = 5  # words between "sich" and the reaction ("zeigte sich am Abend wenig …")


def _third_party_clause(clause: Sequence[Token]) -> bool:
    """A clause about someone other than the author: no first person or "man", and a noun or
    "er"/"sie" in it."""
    if any(t.lower in _SELF or t.lower in _FIRST_PERSON or t.lower in _FIRST_POSSESSIVES
           for t in clause):
        return False
    return any(t.lower in {"er", "sie"} or (t.is_upper_initial and t.lower not in _DETERMINERS)
               for t in clause)


def shown_reactions(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a reaction a report ascribes to a named party, and what irks them.

    "Branchenbeobachter zeigten sich wenig überrascht" / "Wenig überrascht zeigte sich der
    Analyst": the words of the reaction ("wenig überrascht" is theirs, not the author's "kein
    Wunder"). "…, aber dennoch stört ihn die massive Polizeipräsenz": the clause is his
    grievance in his words. Not the author's own ("Wir zeigten uns überrascht", "Mich stört die
    massive Präsenz") and not a judgement of conduct ("zeigte sich völlig planlos": no reaction).
    """
    if _GRIEVANCE_VERBS.isdisjoint(map(_LOWER, tokens)) \
            and _SHOWING.isdisjoint(map(_LEMMA, tokens)):
        return []
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.is_upper_initial and i > 0:
            continue
        if tok.lower in _GRIEVANCE_VERBS and (
                (i + 1 < n and tokens[i + 1].lower in _THIRD_OBJECTS)
                or (i > 0 and tokens[i - 1].lower in _THIRD_OBJECTS)):
            a, b = _clause_bounds(tokens, i)
            if not any(t.lower in _FIRST_PERSON or t.lower in _FIRST_POSSESSIVES
                       for t in tokens[a:b]):
                out.append((tokens[a].start, tokens[b - 1].end))
            continue
        if tok.lemma not in _SHOWING or i + 2 >= n or tokens[i + 1].lower != "sich":
            continue
        a, b = _clause_bounds(tokens, i)
        if not _third_party_clause(tokens[a:b]):
            continue
        for k in range(i + 2, min(b, i + 2 + _REACTION_REACH)):
            t = tokens[k]
            if not t.is_word:
                break
            if t.lower in _REACTIONS and not t.is_upper_initial:
                out.append(_reaction_span(tokens, k, i + 2))
                break
        else:
            # "Wenig überrascht zeigte sich der Analyst": the reaction opens the clause
            k = next((k for k in range(a, i) if tokens[k].lower in _REACTIONS), None)
            if k is not None and i - a <= _REACTION_REACH \
                    and all(t.is_word for t in tokens[a:i]):
                out.append(_reaction_span(tokens, k, a))
    return out


# degree words that belong to the reported reaction ("wenig überrascht", "äußerst besorgt");
# other words before it stay the author's ("zeigten sich scheinheilig empört": the author's
# charge of hypocrisy)
_REACTION_DEGREES = frozenset({"wenig", "kaum", "nicht", "sehr", "äußerst", "ziemlich", "überaus",
                               "zutiefst", "tief", "höchst", "durchaus", "eher", "recht", "ganz",
                               "völlig", "gar", "so", "besonders", "weniger", "mehr", "erneut",
                               "zunächst", "sichtlich", "hörbar", "erst", "wieder"})


def _reaction_span(tokens: Sequence[Token], k: int, lo: int) -> tuple[int, int]:
    """The reaction at k with the degree words right before it (not before ``lo``)."""
    start = k
    while start > lo and tokens[start - 1].lower in _REACTION_DEGREES:
        start -= 1
    return tokens[start].start, tokens[k].end


_OBJECT_ARTICLES = frozenset({"den", "einen", "das", "ein", "diesen", "dieses"})
_PREPOSITIONS = frozenset({"in", "an", "auf", "mit", "vor", "für", "über", "nach", "bei", "zu",
                           "von", "aus", "gegen", "um", "durch", "unter", "hinter", "neben",
                           "zwischen", "ohne", "seit", "gegenüber"})
# the words that end a label run backwards (built once: tested at every step of the walk)
_DETERMINERS_OR_PREPOSITIONS = _DETERMINERS | _PREPOSITIONS


# verb lemma -> the particle or preposition after which the speaker's wording follows ("" = the
# object follows directly; "vor" of "werfen" closes the wording: "wirft dem Minister Zynismus vor")
_REPORTED_OBJECT = {"sprechen": "von", "werfen": "vor", "warnen": "vor", "danken": "für",
                    "loben": "", "kritisieren": "", "verurteilen": "", "bemängeln": "",
                    "beklagen": "", "würdigen": "", "anprangern": "", "bezeichnen": "als",
                    "finden": "", "gelten": "als", "halten": "für", "berichten": "von",
                    "schwärmen": "von", "reden": "von", "streiten": "ab", "weisen": "zurück",
                    "bestreiten": "", "dementieren": "", "schreiben": "von", "erzählen": "von",
                    "klagen": "über", "schimpfen": "über", "jammern": "über", "heben": "hervor",
                    "streichen": "heraus", "fordern": "", "verlangen": "", "versprechen": "",
                    "wittern": "", "kündigen": "an"}
_OBJECT_DEMANDS = frozenset({"fordern", "verlangen", "versprechen"})
_TOLL = ("opfer", "tote", "toten", "leben", "tribut", "verletzte")
# A promise is a party's or a programme's wording only when the clause names such a promiser
# ("Im Wahlprogramm verspricht die Partei eine gigantische Entlastung"); "Der Film verspricht
# grandiose Bilder" is the reviewer's own praise.
_PROMISERS = ("partei", "programm", "regierung", "koalition", "kandidat", "kandidatin", "minister",
              "ministerin", "kanzler", "kanzlerin", "meister", "meisterin", "präsident",
              "präsidentin", "petition", "brief", "initiative", "vertrag", "politiker",
              "politikerin", "konzern", "hersteller", "anbieter", "bündnis", "opposition")
# verbs whose particle closes the wording: "wirft dem Minister Zynismus vor", "streitet jede
# Verzögerungstaktik ab", "weist den Vorwurf der Vetternwirtschaft zurück" (the denied charge
# is the accusers' wording), "hob die grandiose Leistung hervor", "strichen … heraus", "kündigte
# den Weltuntergang an" (what someone announced is theirs to say)
# finite forms of "vorhalten" with the particle at the clause end ("hielt ihm vor, …")
_HELD = frozenset({"hält", "hielt", "hielten", "halten", "haltet"})
_CLOSING_PARTICLE = frozenset({"werfen", "streiten", "weisen", "heben", "streichen", "kündigen"})
# verbs whose particle may follow a long object: "bezeichnete die Situation in der Ukraine als …",
# "hält Kurz daher auch für den größten Verbündeten", "gilt der Film mittlerweile als …"
_FAR_PARTICLE = frozenset({"bezeichnen", "halten", "gelten"})
_SELF = frozenset({"ich", "wir", "man"})
# pronouns of someone other than the writer or "man" (built once, not per call)
_OTHER_PRONOUNS = _PRONOUNS - _SELF
# the subjects of a clause that speaks for the writer, everyone, or nobody in particular
_SELF_OR_IMPERSONAL = _SELF | _FIRST_PERSON | {"es"}


# how something was said, not what: "bemängelten hinter vorgehaltener Hand, …" (the phrase is
# the author's note that the source stays unnamed)
_MANNER_OF_SAYING = (("hinter", "vorgehaltener", "hand"), ("unter", "der", "hand"))


def _past_manner_of_saying(tokens: Sequence[Token], first: int, end: int) -> int:
    """The index after a manner-of-saying phrase that opens the stretch at ``first``, else
    ``first``."""
    for phrase in _MANNER_OF_SAYING:
        k = first + len(phrase)
        if k <= end and tuple(t.lower for t in tokens[first:k]) == phrase:
            while k < end and not tokens[k].is_word:
                k += 1
            return k
    return first


# "weist den Vorwurf zurück" and "weisen auf eine soziale Schieflage hin"
_POINTING = ("zurück", "hin")


def _pointed_to(tokens: Sequence[Token], first: int, verb: int, end: int) -> int:
    """Where the wording starts that a person or researchers point to ("Die Forscher weisen
    zudem auf eine soziale Schieflage hin": the word after "auf"), else ``end`` (nothing): a
    fact or a figure that points to something ("Alles weist auf einen Machtkampf hin") leaves
    the reading to the author."""
    if not any(t.is_upper_initial and (t.lower.endswith(_PERSON_TAILS) or t.lower in _RESEARCHERS
                                       or t.lower.endswith(_GROUP_HEADS))
               for t in tokens[first:verb]):
        return end
    return next((j + 1 for j in range(verb + 1, end) if tokens[j].lower == "auf"), end)


def reported_objects(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of wording a named speaker is reported to use, without quote marks.

    "Cazeneuve sprach von einem üblen Beigeschmack", "Die SPÖ wirft dem Minister Zynismus vor",
    "Die Partei streitet jede Verzögerungstaktik ab",
    "Jagland bezeichnete die Lage als äußerst instabil": the words after "sprach von" or
    "bezeichnete … als" (to the clause end) and between "wirft" and its "vor" are the speaker's,
    and so is the charge in a ", … zu" clause after "wirft … vor" or "vorgeworfen".
    Not when the author speaks ("wir sprechen von", "man spricht von").
    """
    if _REPORTED_OBJECT.keys().isdisjoint(map(_LEMMA, tokens)) \
            and _CHARGE_VERBS.isdisjoint(map(_LOWER, tokens)):
        return []
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        lemma = tok.lemma
        if tok.lower in _CHARGE_VERBS:
            a, b = _clause_bounds(tokens, i)
            if _SELF.isdisjoint(map(_LOWER, tokens[a:b])) \
                    and not _authors_modal_passive(tokens[a:b]):
                out.extend(_charge_clause(tokens, b))  # not "Spar muss gedrängt werden, …"
            if lemma not in _REPORTED_OBJECT:
                continue  # "fordert ein Ende der … Gebühren": the demanded object too, below
        particle = _REPORTED_OBJECT.get(lemma)
        if particle is None or (tok.is_upper_initial and i > 0):
            continue
        if lemma == "halten" and tok.lower in _HELD:
            a, b = _clause_bounds(tokens, i)
            if b - 1 > i and tokens[b - 1].lower == "vor" \
                    and _SELF.isdisjoint(map(_LOWER, tokens[a:b])):
                # "Die Union hielt der Regierung vor, das Vertrauen zu verspielen": the charge
                # is the accusers' wording, as after "warf … vor"
                out.extend(_charge_clause(tokens, b))
                continue
        if lemma == "gelten" and tok.lower not in _GILT:
            continue  # "die als „mangelhaft“ geltende …": the author's own distance
        clause = _clause_bounds(tokens, i)
        if not _SELF.isdisjoint(map(_LOWER, tokens[clause[0]:clause[1]])):
            continue
        if lemma == "bezeichnen" and _authors_modal_passive(tokens[clause[0]:clause[1]]):
            continue  # "kann dieser nicht anders als hervorragend bezeichnet werden"
        if particle == "":
            if lemma == "finden" and not _opinion_of_finding(tokens, clause):
                continue  # "fand eine Lösung für das Chaos": finding, not judging
            if lemma == "fordern" and any(t.lower.endswith(_TOLL) for t in
                                              tokens[i + 1:clause[1]]):
                continue  # "Der Sturm forderte zahlreiche Todesopfer": a toll, not a demand
            if lemma == "versprechen" and not any(
                    t.is_upper_initial and t.lower.endswith(_PROMISERS)
                    for t in tokens[clause[0]:clause[1]]):
                continue
            first = i + 1
            if lemma in _OBJECT_DEMANDS:
                # the demand starts at its object; an adverb before it is the author's framing
                # ("fordert wieder einmal gebetsmühlenartig die Streichung …")
                first = next((j for j in range(i + 1, clause[1])
                              if tokens[j].lower in _DETERMINERS or tokens[j].is_upper_initial),
                             clause[1])
            first = _past_manner_of_saying(tokens, first, clause[1])
            if first < clause[1]:
                out.append((tokens[first].start, tokens[clause[1] - 1].end))
        elif lemma not in _CLOSING_PARTICLE:
            reach = clause[1] if lemma in _FAR_PARTICLE else min(i + 4, clause[1])
            j = next((j for j in range(i + 1, reach) if tokens[j].lower == particle), None)
            if j is None and particle and i > 0:
                j = _past_subject(tokens, i, particle)
            if j is not None:
                # the wording runs on past commas ("sprach von einem unvollkommenen, unbeliebten
                # Abkommen") up to a dash, colon or semicolon or a clause the author adds ("…,
                # doch sie ist ein Desaster", "– dabei …")
                last = _wording_end(tokens, j)
                first = j
                if lemma in _FAR_PARTICLE:
                    # "hält ihn schlicht für einen Feigling": the degree word before "für"/"als"
                    # is the holder's too
                    while first - 1 > i and tokens[first - 1].is_word \
                            and not tokens[first - 1].is_upper_initial \
                            and tokens[first - 1].lower not in _DETERMINERS \
                            and tokens[first - 1].lower not in _PRONOUNS:
                        first -= 1
                out.append((tokens[first].start, tokens[last].end))
                continue
            # verb last: "hatten vor verhängnisvollen Folgen gewarnt", "die von einem
            # Skandal sprach": the wording lies between the particle and the verb
            j = next((j for j in range(i - 1, clause[0] - 1, -1) if tokens[j].lower == particle),
                     None)
            if j is not None and j + 1 < i:
                out.append((tokens[j].start, tokens[i - 1].end))
        else:
            closers = _POINTING if lemma == "weisen" else (particle,)
            end = next((j for j in range(clause[1] - 1, i, -1) if tokens[j].lower in closers),
                       None)
            start = i + 1
            if end is not None and tokens[end].lower == "hin":
                start = _pointed_to(tokens, clause[0], i, end)
            if end is not None and end > start:
                out.append((tokens[start].start, tokens[end - 1].end))
            if lemma == "werfen" and end is not None:
                out.extend(_charge_clause(tokens, clause[1]))
    return out


# verbs of accusing whose ", … zu"-clause states the charge: "Die Opposition hat dem Minister
# vorgeworfen, die Reform durchzudrücken" (also "wirft … vor, …": see reported_objects), and
# verbs of urging whose ", … zu"-clause states the demand: "Seit langem drängt der Verein die
# Stadt, endlich Klarheit zu schaffen" (the urgency is the urger's)
_CHARGE_VERBS = frozenset({"vorgeworfen", "vorwerfen", "vorzuwerfen", "beschuldigt",
                           "beschuldigte", "beschuldigten", "beschuldigen", "bezichtigt",
                           "bezichtigte", "bezichtigten", "bezichtigen", "vorgehalten",
                           "angelastet",
                           "drängt", "drängte", "drängten", "drängen", "gedrängt",
                           "aufgefordert", "auffordern", "appelliert", "appellierte",
                           "appellierten", "appellieren", "ermahnt", "ermahnte", "ermahnten",
                           "aufgerufen", "gebeten",
                           # a motion or demand whose ", … zu" clause is its content: "Die FDP
                           # hatte beantragt, wenigstens die erste halbe Stunde frei zu lassen"
                           "beantragt", "beantragte", "beantragten", "beantragen", "fordert",
                           "forderte", "forderten", "gefordert", "verlangt", "verlangte",
                           "verlangten", "vorgeschlagen", "empfahl", "empfahlen", "empfohlen",
                           "plädiert", "plädierte", "plädierten"})
_ZU_INFIX = re.compile(r"^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|frei|her|hin|los|mit|nach|"
                       r"um|vor|weg|zurück|zusammen|weiter|hoch|runter|rein|raus|"
                       # two-part particles: "vorbeizuplanen", "herunterzuspielen", "hinauszuzögern"
                       r"vorbei|hinweg|heraus|herunter|herum|hinaus|herein|hinein|davon|"
                       r"dazwischen|entgegen|zurecht|voran|vorweg|"
                       # the loaded ones: "kleinzurechnen", "schönzureden", "totzuschweigen"
                       r"klein|schön|schlecht|groß|kaputt|tot|schwarz|weis|madig|mies)zu\w+en$")


def _charge_clause(tokens: Sequence[Token], after: int) -> list[tuple[int, int]]:
    """The ", … zu"-infinitive clause right after an accusing clause (ending at ``after``)."""
    if after >= len(tokens) - 2 or tokens[after].text != ",":
        return []
    a, b = _clause_bounds(tokens, after + 1)
    if not any(t.lower == "zu" or _ZU_INFIX.match(t.lower) for t in tokens[a:b]):
        return []
    last = b - 1
    while last > a and not tokens[last].is_word:
        last -= 1
    return [(tokens[a].start, tokens[last].end)] if last >= a else []


# "kann … als hervorragend bezeichnet werden", "lässt sich als Erfolg bezeichnen": a modal
# passive without an agent ("von …") is the writer's own naming
_MODALS = frozenset({"kann", "können", "könnte", "könnten", "muss", "müssen", "müsste",
                     "darf", "dürfen", "lässt", "lassen", "ließe", "ließen"})
_AGENT = frozenset({"von", "vom"})


def _authors_modal_passive(clause: Sequence[Token]) -> bool:
    lows = [t.lower for t in clause]
    return not _MODALS.isdisjoint(lows) and _AGENT.isdisjoint(lows) and (
        "werden" in lows or "sich" in lows)


_SUBJECT_MAX = 10
_ADVERBS_AFTER_SUBJECT = 2
_PAREN_MAX = 5


def _past_subject(tokens: Sequence[Token], i: int, particle: str) -> int | None:
    """Index of ``particle`` after a verb-second verb at i whose long subject stands between
    them: "spricht die deutsche EU-Abgeordnete Julia Reda (Piraten) von einem …". The subject
    is an article, adjectives, capitalised words and at most one short bracket."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in _DETERMINERS:
        return None
    k = i + 1
    paren = noun = False
    adverbs = 0
    while k < len(tokens) and k <= i + _SUBJECT_MAX:
        t = tokens[k]
        if t.lower == particle:
            return k if k > i + 2 else None
        if t.text == "(" and not paren:
            close = next((m for m in range(k + 1, min(k + 1 + _PAREN_MAX, len(tokens)))
                          if tokens[m].text == ")"), None)
            if close is None:
                return None
            paren, k = True, close + 1
            continue
        if not t.is_word:
            return None
        if not (t.lower in _DETERMINERS or t.is_upper_initial or t.lower.endswith(_ADJ_SUFFIXES)):
            # an adverb or a short phrase after the subject's noun: "warnte der Geheimdienst
            # intern vor …", "sprach die Ministerin am Montag von …"
            adverbs += 1
            if not noun or adverbs > _ADVERBS_AFTER_SUBJECT:
                return None
        noun = noun or (t.is_upper_initial and k > i + 1)
        k += 1
    return None


# a comma before these opens the author's own clause after reported wording
_WORDING_STOP = frozenset({"aber", "doch", "jedoch", "dabei", "während", "obwohl", "obgleich",
                           "sondern", "denn", "weil", "und", "oder", "wobei", "allerdings",
                           "trotzdem", "dennoch", "zumal", "da", "wenngleich"})


def _wording_end(tokens: Sequence[Token], j: int) -> int:
    """Index of the last word of reported wording that starts at token j."""
    stop = len(tokens)
    for k in range(j + 1, len(tokens)):
        t = tokens[k]
        if t.text == "," and k + 2 < len(tokens) and tokens[k + 1].lower in {"und", "oder"} \
                and tokens[k + 2].lower in _COMPLEMENT_OPENERS:
            continue  # "…, und dass man …": the wording goes on
        if t.text in _SEGMENT_BREAKS or (t.text == "," and k + 1 < len(tokens)
                                         and tokens[k + 1].lower in _WORDING_STOP):
            stop = k
            break
    last = stop - 1
    while last > j and not tokens[last].is_word:
        last -= 1
    return last


_GILT = frozenset({"gilt", "galt", "gelten", "galten", "gelte"})


def _called_as(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of the label a verb of calling gives with "als", without quote marks:
    "kritisierte die Pläne als unsozial und respektlos", "hat den Widerruf als diffamierende
    Schande kritisiert", "nennt den Vorschlag als begrüßenswert" (after "als" to the clause end,
    or between "als" and the verb at the end). Not the author's own ("wir sehen das als …")."""
    if _CALLING_AS.isdisjoint(map(_LOWER, tokens)) \
            and _CALLED_AS_LEMMAS.isdisjoint(map(_LEMMA, tokens)):
        return []  # no verb of calling (``_calls_as``) and no "nennen"
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if not (_calls_as(tokens, i) or (tok.lemma == "nennen" and not tok.is_upper_initial)):
            continue
        a, b = _clause_bounds(tokens, i)
        if not _SELF.isdisjoint(map(_LOWER, tokens[a:b])):
            continue
        if tok.lemma == "nennen" and _fronted_label(tokens, a, i):
            out.append((tokens[a].start, tokens[i - 1].end))  # "Peinlich nannte sie den Auftritt"
        after = next((j for j in range(i + 1, b) if tokens[j].lower == "als"), None)
        before = next((j for j in range(i - 1, a, -1) if tokens[j].lower == "als"), None)
        if after is not None and after + 1 < b:
            lo, hi = after + 1, b
        elif before is not None and before + 1 < i:
            lo, hi = before + 1, i
        elif tok.lemma == "nennen" and i + 2 < b:
            lo, hi = i + 1, b  # "nannte die Entscheidung einen Skandal": object and name
        else:
            continue
        if any(c in _QUOTE_CHARS for t in tokens[lo:hi] for c in t.text):
            continue  # a quoted label: the quotation's own cues decide (it may be a scare quote)
        out.append((tokens[lo].start, tokens[hi - 1].end))
    return out


_FRONTED_LABEL_ARTICLES = frozenset({"ein", "eine", "einen", "kein", "keine", "keinen"})


def _fronted_label(tokens: Sequence[Token], a: int, i: int) -> bool:
    """The name a speaker gives stands before a finite "nennen" in the first position of a main
    clause and the speaker follows the verb: "Peinlich nannte die Oppositionschefin den
    Auftritt", "Enttäuschend und unverschämt nannte X …", "Einen Skandal nannte er das". Not the
    subject: "Die Ministerin nannte den Plan …" (a noun with a definite article or a name)."""
    words = [t for t in tokens[a:i] if t.is_word]
    if not words or i + 1 >= len(tokens) or (a > 0 and tokens[a - 1].text not in (":", "–", "—")):
        return False
    if words[0].lower in _FRONTED_LABEL_ARTICLES:
        return True
    # adjectives and adverbs only (no noun after the first word), joined by "und"/"oder"; not a
    # subject's article or pronoun
    return (words[0].lower not in _NP_ARTICLES and words[0].lower not in _PERSONAL_SUBJECTS
            and words[0].lower not in _SELF and words[0].lower not in _POSSESSIVES_AND_ARTICLES
            and not any(t.text[:1].isupper() for t in words[1:]))


def _opinion_of_finding(tokens: Sequence[Token], clause: tuple[int, int]) -> bool:
    """"findet den Streit besorgniserregend": the clause ends on a predicative adjective."""
    last = next((tokens[j] for j in range(clause[1] - 1, clause[0] - 1, -1)
                 if tokens[j].is_word), None)
    return last is not None and not last.is_upper_initial and last.lower not in ("statt", "sich")


def _clause_bounds(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    end = i + 1
    while end < len(tokens) and tokens[end].text not in _CLAUSE_OR_SENTENCE_BREAKS:
        end += 1
    return start, end


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of character ranges."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def speech_ranges(quotes: Sequence[QuoteSpan],
                  unmarked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Outermost character ranges of speech: quotations and unmarked direct speech, merged."""
    return merge_ranges([*((q.start, q.end) for q in quotes if q.speech), *unmarked])


def in_ranges(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    for s, e in ranges:  # noqa: SIM110 - a loop, not any(): called per token (performance)
        if s <= start and end <= e:
            return True
    return False


@lru_cache(maxsize=1)
def konjunktiv_i_forms() -> frozenset[str]:
    """Distinct Konjunktiv I forms (third person) from ``lexicons/konjunktiv_i.txt``."""
    path = lexicon_dir() / "konjunktiv_i.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line.lower())
    return frozenset(words)


_AMBIGUOUS_FIRST_PERSON = frozenset({"ich"})
# verbs of opinion whose inverted first person ("Das finde ich befremdlich", "Für falsch halte
# ich …") is a columnist's indicative, not a reported Konjunktiv I; "habe ich" is left out: in
# copy whose quote marks were lost it mostly goes on with a speaker's words
_OPINION_FIRST_PERSON = frozenset({"finde", "halte", "glaube", "fürchte", "denke", "bezweifle",
                                   "gestehe", "vermute", "wette", "behaupte"})
# The author's own subjunctive, not reported speech: "Gott sei Dank", "es sei erwähnt",
# "hier sei darauf hingewiesen", "wie dem auch sei".
_JUSSIVE_BEFORE = frozenset({"gott", "auch", "dem", "so"})
_JUSSIVE_AFTER = frozenset({"dank", "erwähnt", "gesagt", "angemerkt", "betont", "bemerkt",
                            "darauf", "hinzugefügt", "verwiesen", "erinnert", "angefügt",
                            "nochmals", "noch", "nur", "hier", "vorweg", "klargestellt"})
# "Ganz allgemein sei einmal mehr betont, dass …", "Es sei an dieser Stelle erwähnt": the
# author's jussive ends its clause on one of these participles
_JUSSIVE_PARTICIPLES = frozenset({"erwähnt", "gesagt", "angemerkt", "betont", "bemerkt",
                                  "hingewiesen", "hinzugefügt", "verwiesen", "erinnert",
                                  "angefügt", "klargestellt", "vorausgeschickt", "festgehalten",
                                  "vermerkt", "zugestanden", "nachgetragen", "ergänzt",
                                  "unterstrichen", "wiederholt"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})
# a clause ends at a clause break or the end of the sentence (built once, not per token)
_CLAUSE_OR_SENTENCE_BREAKS = _CLAUSE_BREAKS | {".", "!", "?"}
# "Man stelle sich vor", "man nehme", "man bedenke": instructions to the reader; other "Man
# habe …"/"Man entschuldige sich" at the sentence start are reported speech
_JUSSIVE_MAN = frozenset({"stelle", "nehme", "bedenke", "beachte", "vergleiche", "denke",
                          "vergesse", "sehe", "verzeihe", "möge"})


_JUSSIVE_REACH = 6


# the auxiliaries of a report that a sentence-opening "So" may carry
_SO_REPORTED = frozenset({"sei", "seien", "habe", "könne", "müsse", "solle", "werde", "dürfe",
                          "wolle", "gebe"})


def _so_not_reported(tokens: Sequence[Token], i: int) -> bool:
    """The "so" before the Konjunktiv I at i keeps it from reporting: "So sei es (denn)", the
    author's jussive, and "so" with an adjective that looks like one ("so irre, dass …"). A
    sentence-opening "So" before a reporting auxiliary opens what a source said: "So sei nicht
    auszuschließen, dass …", "So habe der Verein zu spät reagiert"."""
    if i >= 2 and tokens[i - 2].lower == "wer":
        return False  # "Wer so tue, als …, streue den Menschen Sand in die Augen": reported
    rest = [t.lower for t in tokens[i + 1:i + 4] if t.is_word]
    if rest[:1] == ["es"] and tokens[i].lower == "sei" and all(
            w in ("denn", "drum", "nun") for w in rest[1:2]):
        return True
    return not (i == 1 and tokens[i].lower in _SO_REPORTED)


def jussive_sei(tokens: Sequence[Token], i: int) -> bool:
    """The "sei" at i is the author's jussive: its clause ends on a participle of saying and
    has no "worden" ("Ganz allgemein sei einmal mehr betont, dass …"; not "Das sei schon oft
    betont worden")."""
    _, end = _clause_bounds(tokens, i)
    words = [t.lower for t in tokens[i + 1:end] if t.is_word]
    return bool(words) and words[-1] in _JUSSIVE_PARTICIPLES and "worden" not in words \
        and len(words) <= _JUSSIVE_REACH


_KI_CACHE: dict[int, tuple[Sequence[Token], int | None]] = {}  # see _per_sentence


def indirect_speech_start(tokens: Sequence[Token]) -> int | None:
    """Token index where indirect speech (Konjunktiv I) begins in this sentence, or None.

    The region runs from the start of the first clause with a Konjunktiv I verb to the sentence
    end: "Kritiker sagen, die Reform sei ein Skandal" → from "die".
    """
    return _per_sentence(_KI_CACHE, _indirect_speech_start, tokens)


# "Hier heißt es, Ruhe zu bewahren", "Jetzt heißt es, schnell zu sein": a must, not a statement
_MUST_BEFORE_HEISST = frozenset({"hier", "jetzt", "nun", "dann", "da", "zunächst", "künftig"})


def _heisst_es_comma(tokens: Sequence[Token], i: int) -> bool:
    """ "heißt es," at i, inserted ("Die Eltern, heißt es, hätten keine Zeit") or after the
    source it opens ("Darin heißt es, auf den Feldern würden …"): a Konjunktiv II after it is
    what is said. Not the must of "Hier heißt es, Ruhe zu bewahren, sonst hätten wir …"."""
    if tokens[i].lower not in _HEISST or i + 2 >= len(tokens) \
            or (tokens[i + 1].lower, tokens[i + 2].text) != ("es", ","):
        return False
    k = i - 1 if i > 0 and tokens[i - 1].lower == "so" else i
    if k > 0 and tokens[k - 1].text in {",", "–", "—"}:
        return True
    return not any(t.lower in _MUST_BEFORE_HEISST for t in tokens[:i])


def _indirect_speech_start(tokens: Sequence[Token]) -> int | None:
    forms = konjunktiv_i_forms()
    lows = list(map(_LOWER, tokens))
    if forms.isdisjoint(lows) and _KONJUNKTIV_II.isdisjoint(lows) and not any(
            low[-1:] == "e" and (lemma == low + "n" or lemma == low[:-1] + "n"
                                 or _contracted_ki(low, lemma))
            for low, lemma in zip(lows, map(_LEMMA, tokens), strict=True)):
        # no listed form, no Konjunktiv II, and no word ``_regular_ki`` could take for one (stem
        # + "e" whose lemma is the infinitive): most sentences (performance; the same answer)
        return None
    cues = speech_cues()
    clause_starts = [0]
    said = False  # a verb of saying in an earlier clause: "Er sagte, er würde …"
    for i, tok in enumerate(tokens):
        if tok.text in _CLAUSE_BREAKS and not _age_bracket(tokens, i):
            clause_starts.append(i + 1)
            continue
        clause_start = clause_starts[-1]
        if tok.lower in _KONJUNKTIV_II and said and clause_start > 0 and not any(
                t.lower in _AMBIGUOUS_FIRST_PERSON for t in tokens[clause_start:i + 1]):
            return clause_start
        if (tok.lower not in forms and not _regular_ki(tokens, i)) or (
                tok.is_upper_initial and i > 0):
            if cues.verb_at(tokens, i) or _heisst_es_comma(tokens, i):
                said = True
            continue  # not a form, or a noun ("Der Glaube an …", "eine Bleibe")
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if _sage_und_schreibe(tokens, i):
            continue  # "um sage und schreibe 40 Prozent": the author's idiom of astonishment
        if tok.lower == "meine" and nxt not in _AFTER_MEINE:
            continue  # the possessive: "wird meine Karriere großartig sein"
        if _attributive_homograph(tokens, i):
            continue  # the adjective: "ist heiße Luft", "eine weise Entscheidung"
        clause = tokens[clause_start:i + 1]
        if tok.lower != "sei" and tok.lower != "seien" and (
                (nxt in _AMBIGUOUS_FIRST_PERSON and tok.lower in _OPINION_FIRST_PERSON)
                or any(t.lower in _AMBIGUOUS_FIRST_PERSON for t in clause)):
            continue  # "ich finde" and the inverted "Das finde ich …": first person, indicative
        if i == clause_start:
            # Verb-first at the sentence start: an imperative, a question or a concessive ("Sei
            # es drum"). After a comma it continues reported speech: "Die Lage, so der
            # Minister, sei ernst" / "Gelinge das, sei es ein Erfolg".
            if i == 0 or nxt == "dem" or tokens[i - 1].text not in {",", "–", "—"} \
                    or (nxt == "es" and _concessive_sei_es(tokens, i)):
                continue
            return _before_insertion(tokens, clause_starts)
        if (tokens[i - 1].lower in _JUSSIVE_BEFORE
                and (tokens[i - 1].lower != "so" or _so_not_reported(tokens, i))) \
                or (tok.lower == "sei" and (nxt in _JUSSIVE_AFTER or jussive_sei(tokens, i))):
            continue  # "Gott sei Dank", "hier sei darauf hingewiesen"; not "sie verzichte darauf"
        if i == 1 and tokens[0].lower == "man" and tok.lower in _JUSSIVE_MAN:
            continue  # the author's jussive: "Man stelle sich das vor", "Man nehme …"
        if clause_start > 0 and _fronted_that_clause(tokens, i, forms):
            return 0
        if said and len(clause_starts) >= 3 and _relative_after_noun(tokens, clause_start) \
                and clause_starts[-2] >= 2 and tokens[clause_starts[-2] - 1].text == "," \
                and cues.verb_at(tokens, clause_starts[-2] - 2):
            # "argumentieren, ausgerechnet die Generation, die … verzichtet habe, solle …": the
            # first Konjunktiv I is in a relative clause; the report begins with its noun
            return clause_starts[-2]
        return clause_start
    return None


def _age_bracket(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a bracket around a number after a name, "Kalmbach (61)": no clause break."""
    return bracketed_number(tokens, i) or (tokens[i].text == ")"
                                           and bracketed_number(tokens, i - 2))


def _relative_after_noun(tokens: Sequence[Token], k: int) -> bool:
    """Token k opens a relative clause on the noun before its comma ("die Generation, die …",
    "der Verband, für den …")."""
    if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].is_upper_initial:
        return False
    first = tokens[k].lower
    return first in _RELATIVE_PRONOUNS or (
        first in _PREPOSITIONS and k + 1 < len(tokens) and tokens[k + 1].lower in _RELATIVE_PRONOUNS)


# a clause that opens the sentence and is the subject or condition of a later main clause
_FRONTED_OPENERS = frozenset({"dass", "daß", "ob", "wenn", "weil", "falls", "obwohl"})


def _fronted_that_clause(tokens: Sequence[Token], i: int, forms: frozenset[str]) -> bool:
    """The first Konjunktiv I (at i) sits in a relative clause inside a clause that opens the
    sentence, and the main clause after it is verb-first in Konjunktiv I: "Dass ausgerechnet ein
    Unternehmen, das mit dem Slogan … werbe, die Produktion abziehe, sei ein Schlag ins Gesicht".
    The opening clause belongs to the report too, from the sentence start."""
    k = 1 if tokens[0].lower in ("und", "aber") and len(tokens) > 1 else 0
    if tokens[k].lower not in _FRONTED_OPENERS:
        return False
    return any(tokens[j - 1].text == "," and tokens[j].lower in forms
               and not (tokens[j].lower == "sei" and j + 1 < len(tokens)
                        and tokens[j + 1].lower == "es")
               for j in range(i + 1, len(tokens)))


# what makes "sei es" after a comma the author's concession, not reported speech: "sei es drum",
# "sei es aus Angst oder aus Trotz", "sei es …, sei es …"
_CONCESSIVE_AFTER = frozenset({"drum", "darum", "oder", "sei", "nun"})


def _concessive_sei_es(tokens: Sequence[Token], i: int) -> bool:
    """Whether "sei es" at token i concedes ("…, sei es drum", "…, sei es aus Trotz oder aus
    Angst") rather than reports a claim in Konjunktiv I ("Da viele Nutzer Geld in Apps gesteckt
    hätten, sei es wahrscheinlich, dass …": the argument of those it reports). Another verb
    with "es" concedes only in "koste es, was es wolle", "komme es, wie es wolle"; "…, sagt
    er, werde es wohl wieder knapp" reports."""
    if tokens[i].lower != "sei":
        return i + 3 < len(tokens) and tokens[i + 2].text == "," \
            and tokens[i + 3].lower in _WHATEVER
    return any(t.lower in _CONCESSIVE_AFTER for t in tokens[i + 2:]) \
        or any(a.lower == "sei" and b.lower == "es" for a, b in pairwise(tokens[:i]))


_WHATEVER = frozenset({"was", "wie", "wer", "wo", "wann"})  # "koste es, was es wolle"


# after a comma, these open the author's answer to what was reported ("…, dabei ist …")
_AUTHOR_TURN = frozenset({"doch", "dabei", "jedoch", "allerdings", "dennoch", "trotzdem"})
# dashes around an inserted view or answer; the hyphen too, as exported copy often has it
_DASHES = frozenset({"–", "—", "-"})


def indirect_speech_end(tokens: Sequence[Token], start: int) -> int | None:
    """Character offset where indirect speech that begins at token ``start`` ends, or None
    (the sentence end).

    It ends before a dash or semicolon, or a comma and "doch"/"dabei"/"jedoch" …, when nothing
    after it is in the subjunctive any more: "Er sagte, die Reform sei gut – dabei ist sie ein
    Desaster" (the author answers); "Die Lage sei ernst – man müsse handeln" goes on.

    After a generic "Wer glaubt, …," it ends where the main clause begins: "Wer glaubt, damit
    sei alles gelöst, macht es sich zu leicht" (the author judges whoever believes it)."""
    skip_to = -1
    generic = _generic_believer(tokens, start)
    for k in range(start + 1, len(tokens) - 1):
        t = tokens[k]
        if k <= skip_to:
            continue
        if generic and t.text == "," and _main_clause_after(tokens, k):
            return t.start
        if t.text in _DASHES:
            close = next((m for m in range(k + 1, len(tokens) - 1) if tokens[m].text in _DASHES),
                         None)
            if close is not None and any(x.is_word for x in tokens[close + 1:]):
                # a pair of dashes encloses an insertion ("… den Bewohnern – die meisten über
                # 75 – angebliche Schäden gezeigt"): the speech goes on after the second one
                skip_to = close
                continue
        if not (t.text in {"–", "—", ";"}
                or (t.text == "," and tokens[k + 1].lower in _AUTHOR_TURN)):
            continue
        rest = tokens[k + 1:]
        if sum(1 for x in rest if x.is_word) < 2:
            continue
        if indirect_speech_start(rest) is None and not any(
                x.lower in _KONJUNKTIV_II or x.lower in _FIRST_PERSON for x in rest):
            return t.start
    return None


# conjunctions that may stand before a generic "wer" clause at the sentence start
_BEFORE_GENERIC = frozenset({"doch", "aber", "und", "denn", "nur", "auch"})
# after "Wer glaubt, …, " these continue the believed content or a subordinate clause
_NOT_MAIN_VERB = _CLAUSE_OPENERS | {"zu", "nicht", "auch", "noch", "sogar", "nur", "alles",
                                    "nichts", "es", "er", "sie", "man", "sich", "ein", "eine",
                                    "einen", "kein", "keine", "dann"}
_RESUMPTIVE = frozenset({"der", "dem", "den"})


def _generic_believer(tokens: Sequence[Token], start: int) -> bool:
    """The reported clause at ``start`` is what a generic "wer" believes or says ("Wer glaubt,
    …", "Doch wer meint, …"): the clause before it opens the sentence with "wer"."""
    k = 0
    while k < start and tokens[k].lower in _BEFORE_GENERIC:
        k += 1
    return k < start and tokens[k].lower == "wer" and any(
        t.text == "," for t in tokens[k + 1:start])


def _main_clause_after(tokens: Sequence[Token], k: int) -> bool:
    """The comma at k opens the main clause after a generic "wer" clause: a finite verb ("…,
    macht es sich zu leicht", "…, irrt") or a resumptive pronoun and its verb ("…, der irrt"),
    with no Konjunktiv after it (which would go on reporting)."""
    nxt = tokens[k + 1]
    if not nxt.is_word or nxt.is_upper_initial:
        return False
    if nxt.lower in _RESUMPTIVE:
        if k + 2 >= len(tokens) or not tokens[k + 2].is_word or tokens[k + 2].is_upper_initial \
                or tokens[k + 2].lower in _NOT_MAIN_VERB:
            return False
    elif nxt.lower in _NOT_MAIN_VERB:
        return False
    rest = tokens[k + 1:]
    return indirect_speech_start(rest) is None and not any(
        x.lower in _KONJUNKTIV_II for x in rest)


# Listed Konjunktiv I forms that are also adjectives: "heiße" (heiß), "weise" (weise).
_ADJECTIVE_HOMOGRAPHS = frozenset({"heiße", "weise"})
# a personal subject right before the form makes it the verb: "er heiße Müller", "man weise
# Vorwürfe zurück"
_PERSONAL_SUBJECTS = frozenset({"er", "sie", "es", "man", "wer", "jemand", "niemand"})


def _attributive_homograph(tokens: Sequence[Token], i: int) -> bool:
    """"ist heiße Luft", "die heiße Phase", "eine weise Entscheidung": the adjective before a
    noun, after a lower-case word that is not its subject. ("Der Minister weise Vorwürfe zurück"
    and "er heiße Müller" stay the verb: a noun or a personal pronoun is the subject.)"""
    if tokens[i].lower not in _ADJECTIVE_HOMOGRAPHS or i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return (nxt.is_upper_initial and prev.is_word and not prev.is_upper_initial
            and prev.lower not in _PERSONAL_SUBJECTS)


# "meine" is the verb ("er meine, …") only before these; otherwise the possessive
_AFTER_MEINE = frozenset({",", "dass", "daß", "das", "es", "er", "sie", "man", "auch", "nicht",
                          "damit", "dies", "wohl"})
# Homographs of a regular Konjunktiv I that are no verbs in running text ("bitte", "danke").
_NOT_KI = frozenset({"bitte", "danke"})


def _contracted_ki(low: str, lemma: str) -> bool:
    """The Konjunktiv I of an "-ern"/"-eln" verb without its "e": "bedaure" (bedauern),
    "sammle" (sammeln), "wandre" (wandern)."""
    return (low.endswith("re") and lemma == low[:-2] + "ern") or (
        low.endswith("le") and lemma == low[:-2] + "eln")


def _regular_ki(tokens: Sequence[Token], i: int) -> bool:
    """A Konjunktiv I form of any regular verb, not only the listed ones: stem + "e" whose
    lemma is the infinitive ("berge" -> "bergen", "beachte", "ändere" -> "ändern"); not an
    adjective before a noun ("die stille Nacht")."""
    tok = tokens[i]
    low = tok.lower
    if len(low) < 4 or not low.endswith("e") or tok.is_upper_initial or low in _NOT_KI:
        return False
    if tok.lemma != low + "n" and not (low.endswith(("ere", "ele")) and tok.lemma == low[:-1] + "n") \
            and not _contracted_ki(low, tok.lemma):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].is_upper_initial and not _noun_subject_before(tokens, i):
        return False
    if tokens[-1].text == "!":
        return False  # an imperative: "Erlange … & entziehe ihnen die Macht!"
    a, b = _clause_bounds(tokens, i)
    clause = tokens[a:b]
    if not _AMBIGUOUS_FIRST_PERSON.isdisjoint(map(_LOWER, clause)):
        return False  # "Vielleicht riskiere ich …": first person, the subject after the verb
    # a third-person subject in the clause: a noun or pronoun ("wiederhole fünf" has none), or
    # the infinitive clause before its comma ("Die Verantwortung abzuladen, greife zu kurz")
    return any((t.is_upper_initial and k != i) or t.lower in _SUBJECTS
               for k, t in enumerate(clause, a)) or _infinitive_subject(tokens, a, i)


def _infinitive_subject(tokens: Sequence[Token], a: int, i: int) -> bool:
    """The form at i opens its clause (from a) right after a comma, and the clause before the
    comma is a "zu" infinitive: that clause is its subject ("Die Verantwortung allein beim
    Handel abzuladen, greife zu kurz")."""
    if i != a or a < 2 or tokens[a - 1].text != ",":
        return False
    b = a - 1
    while b > 0 and tokens[b - 1].text not in _CLAUSE_OR_SENTENCE_BREAKS:
        b -= 1
    return _infinitive_clause(tokens[b:a - 1])


def _noun_subject_before(tokens: Sequence[Token], i: int) -> bool:
    """A noun right before the form at i, after its article, is its subject, so the form is the
    verb even before a noun: "Die Landesregierung betreibe Symbolpolitik" (not the adjective of
    "die stille Nacht", whose article stands right before it)."""
    return i >= 2 and tokens[i - 1].is_word and tokens[i - 1].is_upper_initial \
        and tokens[i - 1].lower not in _DETERMINERS and tokens[i - 2].lower in _DETERMINERS


_SUBJECTS = frozenset({"er", "sie", "es", "man", "das", "dies", "diese", "dieser", "dieses", "der",
                       "die", "wer", "was", "jeder", "jede", "niemand", "keiner", "keine", "alle",
                       "beide", "viele", "einige", "manche", "welche", "welcher", "jemand",
                       # the neuter pronouns: "vermutlich verstärke sich beides gegenseitig"
                       "beides", "alles", "vieles", "nichts"})


# Konjunktiv II forms that mark reported speech after a verb of saying ("Er sagte, er hätte …").
# "sollte", "wollte", "möchte" are left out: they are also plain past tense or modal.
_KONJUNKTIV_II = frozenset({"würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte",
                            "könnten", "müsste", "müssten", "dürfte", "dürften", "gäbe", "käme",
                            "kämen", "ginge", "bliebe", "blieben", "läge", "lägen"}) | _UMLAUT_II
_INSERTION_HEADS = frozenset({"so", "laut", "wie", "nach", "zufolge"})


def _before_insertion(tokens: Sequence[Token], clause_starts: Sequence[int]) -> int:
    """Start of reported speech for a verb-first clause: the clause before it, or before an
    inserted attribution ("Die Lage, so der Minister, sei ernst" → "Die Lage")."""
    prev = clause_starts[-2] if len(clause_starts) >= 2 else 0
    head = tokens[prev].lower if prev < len(tokens) else ""
    last = tokens[clause_starts[-1] - 2].lower if clause_starts[-1] >= 2 else ""
    if (head in _INSERTION_HEADS or last == "zufolge") and len(clause_starts) >= 3:
        return clause_starts[-3]
    return prev


def reported_predicates(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of clauses inside indirect speech whose own verb is in Konjunktiv I.

    A verb of saying there is part of what the speaker said ("Erst jetzt werde behauptet,
    dass …", "Übergriffe seien nicht kleinzureden"), not the author's choice of attribution
    verb; "…, behauptete er" after the reported clause stays the author's. So is a subordinate
    clause in Konjunktiv II there ("…, weil Eltern manches beschönigen könnten")."""
    start = indirect_speech_start(tokens)
    if start is None:
        return []
    out: list[tuple[int, int]] = []
    a = start
    for i in range(start, len(tokens) + 1):
        if i < len(tokens) and tokens[i].text not in _CLAUSE_BREAKS:
            continue
        clause = tokens[a:i]
        words = [t for t in clause if t.is_word]
        if words and (indirect_speech_start(clause) is not None
                      or (words[0].lower in _REPORTED_SUBORDINATORS
                          and any(t.lower in _KONJUNKTIV_II for t in words))):
            out.append((clause[0].start, words[-1].end))
        a = i + 1
    return out


# a subordinate clause in Konjunktiv II inside indirect speech is the speaker's reasoning too:
# "Protokolle seien ungenau, weil Eltern manches beschönigen könnten"
_REPORTED_SUBORDINATORS = frozenset({"weil", "da", "dass", "daß", "wenn", "falls", "ob",
                                     "obwohl", "sodass", "damit"})


# --- clauses that name a source or a view -----------------------------------------------------

def _clause_slices(tokens: Sequence[Token]) -> Iterator[Sequence[Token]]:
    """The clauses between clause breaks, in order (possibly empty)."""
    start = 0
    for i in range(len(tokens) + 1):
        if i < len(tokens) and tokens[i].text not in _CLAUSE_BREAKS:
            continue
        yield tokens[start:i]
        start = i + 1


def _clauses_where(tokens: Sequence[Token], marked: Callable[[Sequence[Token]], bool]
                   ) -> list[tuple[int, int]]:
    """Character ranges of the clauses (between clause breaks) for which ``marked`` holds."""
    return [(clause[0].start, clause[-1].end) for clause in _clause_slices(tokens)
            if clause and marked(clause)]


def _names_source(clause: Sequence[Token], wording: bool = False) -> bool:
    """A clause with "laut X", "X zufolge" or (unless ``wording``) "nach (eigenen) Angaben X".

    ``wording``: only the prepositions that give the source's claim ("Laut den Herstellern
    ist es extrem schnell"); "nach Angaben" sources the facts, while the description of them
    stays the author's ("Nach Angaben der Zeitung fand ein angespanntes Treffen statt"), unless
    the clause is in the subjunctive: then it gives the source's forecast or claim ("Ein Austritt
    würde das Land nach Angaben des Ministers vor äußerst große Probleme stellen")."""
    in_subjunctive = wording and subjunctive(clause)
    for k, t in enumerate(clause):
        nxt = clause[k + 1] if k + 1 < len(clause) else None
        if ((t.lower in ("laut", "gemäß", "gemäss") and nxt is not None
             and (nxt.is_upper_initial or nxt.lower in _DETERMINERS))
                or (t.lower == "zufolge" and k > 0)
                or ((not wording or in_subjunctive) and t.lower == "nach" and nxt is not None
                    and (nxt.lower == "angaben" or (nxt.lower == "eigenen" and k + 2 < len(clause)
                                                    and clause[k + 2].lower == "angaben")))
                or (not wording and t.lower == "nach" and _forecast_source(clause[k + 1:k + 4]))):
            return True
    return False


# The documents a forecast rests on: "Nach der Mittelfristplanung dürfte der Etat steigen",
# "nach Berechnungen der Kammer", "nach einer Hochrechnung" (also as a compound's end)
_FORECAST_SOURCES = ("schätzung", "schätzungen", "berechnung", "berechnungen", "rechnung",
                     "rechnungen", "prognose", "prognosen", "planung", "planungen", "studie",
                     "studien", "umfrage", "umfragen", "erhebung", "erhebungen", "auswertung",
                     "auswertungen", "gutachten", "analyse", "analysen", "statistik", "daten",
                     "finanzplan", "haushaltsplan", "budgetplan", "bericht", "berichten")


def _forecast_source(after: Sequence[Token]) -> bool:
    """"nach" + perhaps an article and adjectives + a noun naming a forecast's document (not
    "nach dem Urlaub"): a hedge in that clause is the document's estimate."""
    for t in after:
        if t.lower in _DETERMINERS or (t.is_word and not t.is_upper_initial):
            continue
        return t.is_upper_initial and t.lower.endswith(_FORECAST_SOURCES)
    return False


def sourced_clauses(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of clauses that name their source: "Die Kosten dürften sich laut dem
    Anwalt auf 6.000 Euro belaufen", "Dem Bericht zufolge dürfte …", "nach Angaben der
    Polizei". A hedge there is the source's estimate, not the author's conjecture."""
    return _clauses_where(tokens, _names_source)


# "Kräuter nannte als Beispiel das Heim X, wo … inakzeptable Zustände herrschen": what a
# named party cites as an example, reason or proof is given in its terms
_CITED_AS = frozenset({"beispiel", "beispiele", "grund", "gründe", "hauptgrund", "beleg", "belege",
                       "ursache", "ursachen", "begründung", "argument", "argumente", "problem",
                       "probleme", "vorbild"})
_NAMING = frozenset({"nannte", "nannten", "nennt", "nennen", "führte", "führten", "führt",
                     "brachte", "brachten", "bringt"})


def cited_examples(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of what a named party cites "als Beispiel", "als Grund" or "als Beleg"
    ("Die Volksanwältin nannte als Beispiel ein Heim, in dem inakzeptable Zustände
    herrschen"): from the example to the sentence end, the party's description. Not the author
    ("Ich nenne als Beispiel …", "Man nennt als Beispiel …")."""
    if "als" not in map(_LOWER, tokens) or _NAMING.isdisjoint(map(_LOWER, tokens)):
        return []
    out: list[tuple[int, int]] = []
    for k in range(1, len(tokens) - 3):
        t = tokens[k]
        if t.is_upper_initial or t.lower not in _NAMING or tokens[k + 1].lower != "als" \
                or tokens[k + 2].lower not in _CITED_AS:
            continue
        a, _ = _clause_bounds(tokens, k)
        if not _third_party_clause(tokens[a:k]):
            continue
        last = len(tokens) - 1
        while last > k + 3 and not tokens[last].is_word:
            last -= 1
        out.append((tokens[k + 3].start, tokens[last].end))
    # inverted: "Als Beispiele nennt er Erlebnisökonomie oder Hotels für Forscher – eben …"
    if len(tokens) > 5 and tokens[0].lower == "als" and tokens[1].lower in _CITED_AS \
            and tokens[2].lower in _NAMING and _third_party_clause(tokens[3:4]):
        last = len(tokens) - 1
        while last > 4 and not tokens[last].is_word:
            last -= 1
        out.append((tokens[4].start, tokens[last].end))
    return out


# "Gier ist der Titel dieser Folge", "Zorn lautet der Name der Ausstellung": the words before are
# a title, quoted without marks
_TITLE_NOUNS = frozenset({"titel", "arbeitstitel", "untertitel", "name", "motto", "leitmotiv"})
_TITLE_LINKS = frozenset({"ist", "war", "lautet", "lautete", "heißt", "hieß"})
_TITLE_WORDS_MAX = 5


def titles_named(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a title named as such at the start of a clause: "Gier ist der Titel
    dieser Tatort-Folge" (the episode's title, not the author's charge of greed). Only a short
    run of words right before "ist/lautet der Titel"; "Gier ist der Antrieb" stays the author's."""
    if _TITLE_NOUNS.isdisjoint(map(_LOWER, tokens)):
        return []
    out: list[tuple[int, int]] = []
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower not in _TITLE_LINKS or tokens[k + 1].lower not in {"der", "das"} \
                or tokens[k + 2].lower not in _TITLE_NOUNS:
            continue
        a, _ = _clause_bounds(tokens, k)
        if 0 < k - a <= _TITLE_WORDS_MAX and all(t.is_word for t in tokens[a:k]):
            out.append((tokens[a].start, tokens[k - 1].end))
    return out


# verbs of a figure's change: "ist drastisch gestiegen", "sank massiv", "brach regelrecht ein"
_CHANGE_VERBS = frozenset({"steigen", "sinken", "fallen", "zunehmen", "abnehmen", "zurückgehen",
                           "ansteigen", "anwachsen", "wachsen", "einbrechen", "schrumpfen",
                           "explodieren", "klettern", "zulegen", "verdoppeln", "verdreifachen",
                           "erhöhen", "verringern", "gestiegen", "gesunken", "gefallen",
                           "zugenommen", "abgenommen", "zurückgegangen", "angestiegen",
                           "angewachsen", "gewachsen", "eingebrochen", "geschrumpft",
                           "explodiert", "geklettert", "zugelegt", "verdoppelt", "verdreifacht",
                           "erhöht", "verringert"})
_CHANGE_DEGREE_MAX = 3


def sourced_changes(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of how much a figure changed, in a clause that names where the figure
    comes from: "Die Zahl ist nach Angaben der Polizei drastisch gestiegen" (the source's
    magnitude, not the author's exaggeration). Only the degree words right before the verb of
    change; other words in the clause stay the author's ("nach Angaben der Zeitung fand ein
    angespanntes Treffen statt"), and so does a change without a source ("ist drastisch
    gestiegen")."""
    out: list[tuple[int, int]] = []
    if "angaben" not in map(_LOWER, tokens):
        return out
    for a, b in _clauses_where(tokens, _names_source) if tokens else ():
        idx = [k for k, t in enumerate(tokens) if a <= t.start and t.end <= b]
        for k in idx:
            t = tokens[k]
            if t.is_upper_initial or not (t.lemma in _CHANGE_VERBS or t.lower in _CHANGE_VERBS):
                continue
            lo = k
            while lo - 1 >= idx[0] and k - lo < _CHANGE_DEGREE_MAX \
                    and not tokens[lo - 1].is_upper_initial and tokens[lo - 1].is_word \
                    and tokens[lo - 1].lower not in _FINITE_AUX:
                lo -= 1
            if lo < k:
                out.append((tokens[lo].start, t.end))
    return out


_OPINION_NOUNS = frozenset({"ansicht", "meinung", "einschätzung", "auffassung", "überzeugung",
                            "bekunden", "darstellung", "worten", "urteil", "einschätzungen",
                            "aussage", "aussagen", "lesart"})
# a third party's possessive before the opinion noun ("nach seinen Worten"; not "nach meiner
# Meinung", the author's own)
_THEIR = frozenset({"seinen", "seiner", "ihren", "ihrer", "eigenen", "eigener", "dessen", "deren"})
_SO_SOURCE = frozenset({"der", "die", "das", "dem", "den", "des", "sein", "seine", "seiner",
                        "seines", "ihr", "ihre", "ihrer", "ihres"})


def _inserted_source(tokens: Sequence[Token]) -> bool:
    """An inserted attribution ", so seine Selbsteinschätzung," / ", so die Kritiker,": the
    sentence gives that source's words."""
    for k in range(1, len(tokens) - 3):
        if (tokens[k - 1].text == "," and tokens[k].lower == "so"
                and tokens[k + 1].lower in _SO_SOURCE and tokens[k + 2].is_upper_initial
                and "," in map(_TEXT, tokens[k + 3:k + 7])):
            return True
    return False


# people whose view "Für die Nachbarn war er ein Querulant" gives (not "Für die Stadt ist das
# teuer": an impact, the author's statement)
_VIEW_HOLDERS = frozenset({
    "opposition", "nachbar", "nachbarn", "anwohner", "anrainer", "kritiker", "gegner",
    "befürworter", "eltern", "fan", "fans", "anhänger", "gewerkschaft", "gewerkschaften", "mieter",
    "bauer", "bauern", "landwirt", "landwirte", "händler", "wirt", "wirte", "bürger", "bewohner",
    "einwohner", "dorfbewohner", "schüler", "lehrer", "ärzte", "patient", "patienten",
    "umweltschützer", "naturschützer", "tierschützer", "kollege", "kollegen", "familie", "mutter",
    "vater", "tante", "onkel", "freund", "freunde", "freundin", "spieler", "trainer", "experte",
    "experten", "beobachter", "wähler", "wählerin", "wählerinnen", "basis", "konservativen",
    "grünen", "linken", "liberalen", "sozialdemokraten", "dorf", "nachbarschaft", "verein",
    # parties to a case and bodies that take a position (not those a label mostly befalls:
    # "Für die Opfer ist das ein schwacher Trost" is the author's)
    "nebenklage", "verteidigung", "anklage", "staatsanwaltschaft", "kläger", "klägerin",
    "betriebsrat", "analysten", "ökonomen",
    # council and parliament groups: "Für die Mehrheit aus SPD, Grünen und FDP ist das ein …",
    # "Für die Fraktion der Freien Wähler ist die Steuer eine Abzocke" (a party's name alone
    # is mostly an impact: "Für die SPD sind die Umfragen eine Katastrophe")
    "mehrheit", "minderheit", "fraktion", "fraktionen", "ratsmehrheit",
})
# (fewer than ``_COPULA_FORMS``: "Für die Anwohner wird das …" is a forecast, no view)
_FOR_THEM_COPULAS = frozenset({"ist", "war", "sind", "waren", "bleibt", "blieb", "wäre", "wären"})
_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einen", "eines", "einem"})
_VIEW_DETERMINERS = _DETERMINERS | frozenset({"viele", "manche", "einige", "seine", "seinen",
                                              "ihre", "ihren", "deren", "dessen"})


# compound heads of groups and bodies that hold views: Seniorenvertretung, Elternvertreter,
# Mieterbund, Bürgerinitiative, Tierschutzverband, Oppositionsfraktion
_VIEW_HOLDER_HEADS = ("vertretung", "vertreter", "verband", "verbände", "bund", "initiative",
                      "fraktion", "gewerkschaft", "vereinigung", "verein", "schützer", "kritiker",
                      "gegner", "befürworter", "anwohner", "bewohner", "eltern", "aktivisten")


def _view_holder_compound(word: str) -> bool:
    """A compound whose head is a group or body that holds views (not the bare head)."""
    return any(word.endswith(h) and len(word) > len(h) + 2 for h in _VIEW_HOLDER_HEADS)


def _bare_label(words: Sequence[Token]) -> bool:
    """A label without an article: a strong adjective right before its noun ("blanker Hohn",
    "reine Schikane", "pure Provokation"), not after an article ("die reine Lehre")."""
    for k in range(len(words) - 1):
        adj, noun = words[k], words[k + 1]
        if not adj.is_upper_initial and noun.is_upper_initial \
                and adj.lower.endswith(("er", "e", "es")) and adj.lower not in _DETERMINERS \
                and adj.lower not in _VIEW_DETERMINERS and len(adj.lower) > 3 \
                and (k == 0 or words[k - 1].lower not in _ARTICLE_FORMS):
            return True
    return False


# the articles ("das" left out: a pronoun subject in "ist das reine Schikane")
_ARTICLE_FORMS = (_ARTICLES | {"des"} | _INDEFINITE_ARTICLES) - {"das"}


# a conjunction or focus particle before the view's "für"
_BEFORE_FOR = frozenset({"doch", "aber", "und", "denn", "auch", "jedoch", "nur", "gerade"})


def _for_them(clause: Sequence[Token]) -> bool:
    """"Für die Nachbarn war er ein Querulant", "Für die Opposition ist das ein Skandal" (or
    "viel zu wenig"): a clause opening with "für" and a group of people before its copula, with
    a label or a "zu" rating after it, gives their view. (A name there is mostly an impact:
    "Für Trainer X ist der Ausfall besonders schmerzhaft"; so is the author's image: "Für die
    Opposition ist die Messe gelesen".)"""
    words = [t for t in clause if t.is_word]
    while words and words[0].lower in _BEFORE_FOR:
        words = words[1:]  # "Doch für die Anwohner ist das Projekt ein Albtraum"
    if len(words) < 4 or words[0].lower != "für":
        return False
    # the group may run to seven words: "Für die Mehrheit aus SPD, Grünen und FDP ist …"
    for k in range(1, min(len(words) - 1, 9)):
        if words[k].lower in _FOR_THEM_COPULAS:
            group = words[1:k]
            # a label given with an indefinite article ("… ein Querulant", "… ein Skandal"), not
            # the author's image of what happened to them ("ist die Messe gelesen", "der GAU")
            # or with a bare adjective and noun ("… ist diese Einlassung blanker Hohn")
            labelled = any(t.lower in _INDEFINITE_ARTICLES for t in words[k + 1:k + 6]) \
                or _bare_label(words[k + 1:k + 6]) or any(
                    a.lower == "zu" and not b.is_upper_initial
                    for a, b in pairwise(words[k + 1:k + 6]))  # "ist das viel zu wenig"
            if not group or not (group[0].lower in _VIEW_DETERMINERS or group[0].is_upper_initial):
                return False
            # a person named with a role who rates "das" with "ein …" or a degree: "Für Neffe
            # Ralf M. ist das ein Skandal", "Für Tierärztin Dr. Katrin Wolf ist das weniger
            # rätselhaft" (not an impact: "Für Trainer X ist der Ausfall ein herber Schlag")
            rates = _role_and_first_name(group) and words[k + 1].lower in {"das", "dies", "es"} \
                and any(t.lower in _INDEFINITE_ARTICLES or t.lower in _RATING_DEGREES
                        for t in words[k + 2:k + 4])
            if not labelled:
                return rates
            return rates or any(
                t.is_upper_initial and (t.lower in _VIEW_HOLDERS or t.lemma in _VIEW_HOLDERS
                                        or _view_holder_compound(t.lower)) for t in group)
    return False


# a named person's rating of "das" by degree or negation: "Für Tierärztin Dr. Katrin Wolf ist das
# weniger rätselhaft, als es klingt", "… ist das kein Problem"
_RATING_DEGREES = frozenset({"weniger", "mehr", "kein", "keine", "nicht", "kaum", "eher"})


def _role_and_first_name(group: Sequence[Token]) -> bool:
    """A role or kinship noun followed by a first name: "Neffe Ralf M.", "Wirtin Anna Gruber"."""
    from .entities import NAME, NOUN, word_class  # the name lists load only when needed

    return any(a.is_upper_initial and b.is_upper_initial and word_class(a.text) == NOUN
               and word_class(b.text) == NAME for a, b in pairwise(group))


def for_them(tokens: Sequence[Token]) -> bool:
    """The sentence opens with a view given to a group ("Für die Seniorenvertretung ist die
    Erhöhung eine …"): see ``_for_them``; its first clause, up to a comma or dash, or with the
    group's apposition left out (``apposed_view``)."""
    return listed_view(tokens) is not None or apposed_view(tokens) is not None


def listed_view(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The character range of the first clause when it gives a group's view (``_for_them``);
    commas inside a list of names do not end it ("Für die Mehrheit aus SPD, Grünen und FDP ist
    das ein …")."""
    cut = _view_break(tokens, lists=True)
    if cut == 0 or not _for_them(tokens[:cut]):
        return None
    return tokens[0].start, tokens[cut - 1].end


def _list_comma(tokens: Sequence[Token], k: int) -> bool:
    """A comma inside a list of names ("aus SPD, Grünen und FDP"): capitalised words on both
    sides and an "und" / "sowie" within the next three tokens."""
    return tokens[k].text == "," and 0 < k < len(tokens) - 2 \
        and tokens[k - 1].is_upper_initial and tokens[k + 1].is_upper_initial \
        and any(t.lower in ("und", "sowie") for t in tokens[k + 2:k + 5])


_VIEW_BREAKS = (",", "–", "—", ";", ":")


def _view_break(tokens: Sequence[Token], start: int = 0, lists: bool = False) -> int:
    """Index of the first comma, dash, semicolon or colon at or after ``start`` (``len(tokens)``
    if none); with ``lists``, a comma inside a list of names (``_list_comma``) does not count."""
    return next((k for k in range(start, len(tokens)) if tokens[k].text in _VIEW_BREAKS
                 and not (lists and _list_comma(tokens, k))), len(tokens))


def apposed_view(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """"Für den Vater, einen verbitterten Witwer, ist die Tochter eine Verräterin": the view of
    ``_for_them`` with the group's apposition between commas; the character range of the clause
    after the apposition (the view itself), or None."""
    cut = _view_break(tokens)
    if cut + 1 >= len(tokens) or tokens[cut].text != "," \
            or tokens[cut + 1].lower not in _APPOSITION_OPENERS:
        return None
    close = _view_break(tokens, cut + 1)
    if close + 1 >= len(tokens) or tokens[close].text != ",":
        return None
    rest = _view_break(tokens, close + 1)
    if not _for_them([*tokens[:cut], *tokens[close + 1:rest]]):
        return None
    return tokens[close + 1].start, tokens[rest - 1].end


# an apposition's first word: "Für den Vater, einen verbitterten Witwer, …", "…, der Bürgermeister, …"
_APPOSITION_OPENERS = frozenset({"ein", "eine", "einen", "einem", "einer", "der", "die", "den",
                                 "dem", "des", "seit", "selbst"})


# verbs of expecting and fearing whose object is the party's expectation: "Die Branche rechnet
# mit einem Riesenerfolg", "Im Rathaus befürchtet man ein Chaos"
# (the verbs of ``_EXPECTING_VERBS`` without the hope, and "fürchten")
_EXPECTATION_VERBS = (_EXPECTING_VERBS - {"hoffen"}) | {"fürchten"}
_PLACE_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "an", "am", "aus"})
_PASSIVE_AUX = _PASSIVE - {"worden"}  # the finite auxiliaries of the passive


def _expected_from(clause: Sequence[Token]) -> int | None:
    """Where a third party's expectation begins in the clause: the object after a verb of
    expecting or fearing ("Die Branche rechnet mit einem Riesenerfolg", "Die Anwohner befürchten
    ein Chaos"; not a hope, whose object the author often names: "hofft auf die Eitelkeit der
    Spieler"), from its first article or adjective on – not the adverbs before it, which are the
    author's ("fürchtet offenbar …"). Not when the subject is the author ("wir", "ich") or a bare
    "man" ("In der Branche rechnet man mit …" has a place, so a party), not "ist zu erwarten"
    and not the passive ("wird erwartet": nobody's in particular). Also what a party sees in
    something ("Die Forscherin sieht in dem Fall ein typisches Muster", "sieht darin einen
    Angriff"), from the indefinite article of what is seen on."""
    lows = [t.lower for t in clause]
    verb = next((k for k, t in enumerate(clause) if not t.is_upper_initial and (
        t.lemma in _EXPECTATION_VERBS or (t.lemma == "rechnen" and "mit" in lows[k + 1:])
        or (t.lemma == "sehen" and not _SEEN_IN.isdisjoint(lows[k + 1:k + 3])))
        and (k == 0 or lows[k - 1] != "zu")), None)
    if verb is None or not (_FIRST_PERSON.isdisjoint(lows) and _FIRST_POSSESSIVES.isdisjoint(lows)):
        return None
    if clause[verb].lower.endswith("et") and not _PASSIVE_AUX.isdisjoint(lows):
        return None
    if "man" in lows:
        party = lows[0] in _PLACE_PREPOSITIONS
    else:
        from .entities import NAME, NOUN, word_class  # the name lists load only when needed

        # a noun or name as the subject before the verb ("Die Branche rechnet"), or right after
        # it ("Damit rechnet die Branche"; not a capitalized first word such as "Für")
        party = any(t.is_upper_initial and t.is_word
                    and (k > 0 or word_class(t.text) in (NOUN, NAME))
                    for k, t in enumerate(clause[:verb])) or (
            verb + 2 < len(clause) and lows[verb + 1] in _DETERMINERS
            and clause[verb + 2].is_upper_initial)
    if not party:
        return None
    if clause[verb].lemma == "sehen":
        return next((k for k in range(verb + 1, len(clause)) if lows[k] in _SEEN_AS), None)
    return next((k for k in range(verb + 1, len(clause)) if lows[k] in _DETERMINERS
                 or lows[k] in _EXPECTED_STARTS), None)


# "sieht in dem Fall / darin ein …": what a party sees in something, and where it begins
_SEEN_IN = frozenset({"in", "darin"})  # not "im": "sehen im Stadion ein Spiel"
_SEEN_AS = frozenset({"ein", "eine", "einen", "einem", "einer", "kein", "keine", "keinen"})


# what opens the expected thing after the verb ("mit einer saftigen Strafe", "das Schlimmste",
# "noch mehr Verkehr", "auf weitere Kürzungen")
_EXPECTED_STARTS = frozenset({"mehr", "weitere", "weiteren", "neue", "neuen", "hohe", "hohen",
                              "deutliche", "deutlichen", "massive", "massiven", "starke",
                              "starken", "große", "großen", "kein", "keine", "keinen"})


def _expectations(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of what a third party expects or fears (``_expected_from``): evaluative
    words there are the party's expectation, not the author's."""
    out: list[tuple[int, int]] = []
    for clause in _clause_slices(tokens):
        k = _expected_from(clause) if clause else None
        if k is not None:
            out.append((clause[k].start, clause[-1].end))
    return out


_MANY_OWNERS = frozenset({"vieler", "mancher", "einiger", "etlicher", "zahlreicher", "mehrerer"})


def _gives_view(clause: Sequence[Token]) -> bool:
    """"nach Ansicht der Forscher", "aus Sicht der Grünen", "in den Augen der Kritiker", and a
    feeling reported of others: "Die Anwohner fühlen sich im Stich gelassen" (theirs, not the
    author's charge)."""
    if any(a.lemma == "fühlen" and b.lower == "sich" for a, b in pairwise(clause)):
        return True
    if _for_them(clause):
        return True
    for k in range(len(clause) - 2):
        head, noun = clause[k].lower, clause[k + 1].lower
        owner = clause[k + 2]
        named = (owner.lower in _DETERMINERS or owner.is_upper_initial
                 or owner.lower in ("seines", "seiner", "ihres", "ihrer", "von")
                 # "Aus Sicht vieler Anwohner ist das …" opening the clause (not "ein nach
                 # Ansicht vieler Beobachter sauberer Check" inside a noun phrase)
                 or (k == 0 and owner.lower in _MANY_OWNERS))
        if head == "nach" and noun in _OPINION_NOUNS and named:
            return True
        if head == "nach" and noun in _THEIR and owner.lower in _OPINION_NOUNS:
            return True  # "nach seinen Worten", "nach eigener Einschätzung"
        if head == "nach" and clause[k + 1].is_upper_initial and len(noun) > 3 \
                and noun.endswith(("s", "'")) and owner.lower in _OPINION_NOUNS:
            return True  # "nach Apples Darstellung", "nach Müllers Worten"
        if head == "aus" and noun == "sicht" and named and owner.lower not in _OWN_VIEW:
            return True
        if head == "aus" and noun in _THEIR_VIEW and owner.lower == "sicht":
            return True  # "Aus ihrer Sicht trifft die Steuer ausgerechnet …": the group's view
        if (head, noun) == ("in", "den") and owner.lower == "augen" and k + 3 < len(clause) \
                and (clause[k + 3].lower in _EYES_OWNERS or clause[k + 3].is_upper_initial):
            return True  # not "Mit Tränen in den Augen verabschiedete sie sich"
    for a, b in pairwise(clause):
        # "aus Anlegersicht", "aus Mobstersicht": a compound of the same view
        if a.lower == "aus" and b.is_upper_initial and b.lower.endswith("sicht") \
                and len(b.lower) > len("sicht") + 2 and b.lower not in _SICHT_WORDS:
            return True
    return False


# verbs of a feeling a fact causes in someone ("Das wundert Experten wenig", "ärgert viele
# Eltern"); not "stören", which also disrupts ("stört die Herrschenden bei der Verbreitung …"),
# nor "begeistern", "beeindrucken", "enttäuschen", whose subject is judged ("Die Band begeisterte
# die Zuschauer": the author's praise of the band)
_REACTION_VERBS = frozenset({"wundern", "verwundern", "überraschen", "erstaunen", "freuen",
                             "erfreuen", "ärgern", "verärgern", "beunruhigen", "irritieren",
                             "empören", "nerven", "erschrecken", "schockieren", "befremden",
                             "verunsichern"})
# what makes the word no finite verb of the clause ("reibt sich verwundert die Augen", "ist
# verärgert", "zeigte sich überrascht")
_NOT_FINITE_BEFORE = frozenset({"sich", "ist", "war", "sind", "waren", "wirkt", "wirkte",
                                "scheint", "schien", "zeigt", "zeigte", "sichtlich", "sehr",
                                "etwas", "leicht", "ganz", "eher", "recht", "so", "zu"})
# object pronouns of a third person: the grievance check's, and "sie" (only before the clause's
# end or an adverb, not before another noun phrase: "stört sie die Abläufe"); not "er", always
# the subject
_REACTION_OBJECTS = _THIRD_OBJECTS | {"sie"}
_BEFORE_PEOPLE = frozenset({"die", "den", "der", "viele", "vielen", "manche", "manchen", "einige",
                            "einigen", "alle", "allen", "beide", "beiden", "etliche", "zahlreiche",
                            "mehrere", "seine", "ihre", "unsere"})
# endings of nouns for people ("Experten", "Anwohner", "Kundinnen", "Eltern", "Fans", "Nachbarn")
_PEOPLE_ENDINGS = ("en", "er", "ern", "in", "innen", "leute", "eltern", "fans", "barn")
_NOT_PEOPLE = frozenset({"augen", "ohren", "nerven", "sinne"})


def _their_reactions(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges from a verb of a feeling caused in a third person or group to the
    clause's end: "Das wundert Experten wenig", "Die Entscheidung ärgert viele Eltern", "Das
    überrascht sie nicht". The reaction is theirs, not the author's ("Das wundert wenig" with
    no one named stays the author's; so do the words before the verb: "Das Gezerre ärgert …")."""
    if not any(t.lemma in _REACTION_VERBS for t in tokens):
        return []  # most sentences: no such verb, no need to slice them into clauses
    out: list[tuple[int, int]] = []
    for clause in _clause_slices(tokens):
        for k, t in enumerate(clause):
            if (t.is_upper_initial and k > 0) or t.lemma not in _REACTION_VERBS \
                    or t.lower.endswith(("end", "ende", "enden", "ender")) \
                    or (k > 0 and clause[k - 1].lower in _NOT_FINITE_BEFORE):
                continue
            j = k + 1
            if j >= len(clause):
                continue
            nxt = clause[j]
            if nxt.lower in _REACTION_OBJECTS:
                after = clause[j + 1] if j + 1 < len(clause) else None
                if after is None or not (after.is_upper_initial or after.lower in _DETERMINERS):
                    out.append((t.start, clause[-1].end))
                continue
            if nxt.lower in _BEFORE_PEOPLE:
                j += 1
            if j < len(clause) and clause[j].is_upper_initial and clause[j].is_word \
                    and clause[j].lower.endswith(_PEOPLE_ENDINGS) \
                    and clause[j].lower not in _NOT_PEOPLE:
                out.append((t.start, clause[-1].end))
    return out


# "aus ihrer / seiner / deren Sicht": the view of the group or person just named
_THEIR_VIEW = frozenset({"ihrer", "seiner", "deren", "dessen"})
# "aus unserer Sicht", "in meinen Augen": the author's own view stays the author's
_OWN_VIEW = frozenset({"unserer", "meiner", "unseren", "meinen"})
# whose eyes a view is given in: "in den Augen der Kritiker / vieler Wähler / von Experten"
# ("in den Augen Merkels" by the capital); "mit Tränen in den Augen verließ sie …" is no view
_EYES_OWNERS = frozenset({"der", "des", "von", "vom", "vieler", "mancher", "einiger", "etlicher",
                          "zahlreicher", "mehrerer", "aller", "beider", "dieser", "jener", "eines",
                          "einer", "seiner", "ihrer", "deren", "dessen"})
# nouns in -sicht that are no one's view: "aus Rücksicht", "aus Vorsicht"
_SICHT_WORDS = frozenset({"rücksicht", "absicht", "aussicht", "einsicht", "übersicht",
                          "vorsicht", "nachsicht", "hinsicht", "zuversicht", "voraussicht",
                          "weitsicht", "umsicht", "durchsicht", "ansicht", "draufsicht",
                          "rundsicht", "fernsicht", "vorderansicht", "seitenansicht"})


def opinion_clauses(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of clauses that give a named view: "Nach Ansicht der Forscher handelt
    es sich um einen beispiellosen Fund", "nach Bekunden seines Arztes bei exzellenter
    Gesundheit", a clause that gives a source's claim ("Laut den Herstellern ist das Gerät
    extrem schnell", "dem Bericht zufolge"), two camps' views side by side ("Für die einen …,
    für die anderen …"), or the whole sentence with an inserted ", so seine
    Selbsteinschätzung,". Evaluative words there are the source's
    judgement, not the author's."""
    if _inserted_source(tokens):
        return [(tokens[0].start, tokens[-1].end)]
    apposed, listed = apposed_view(tokens), listed_view(tokens)
    return [*_clauses_where(tokens, lambda c: _gives_view(c) or _names_source(c, wording=True)),
            *_inserted_views(tokens), *charge_contents(tokens), *([apposed] if apposed else []),
            *([listed] if listed else []), *_expectations(tokens), *_two_camps(tokens),
            *_passive_assessments(tokens), *_view_past_relative(tokens), *_their_reactions(tokens)]


def _view_past_relative(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The main clause after a fronted view or source and a relative clause on its owner:
    "Nach Einschätzung einer Tierärztin, die den Kater untersuchte, hat er die Tortur gut
    überstanden" – the relative clause splits the view from the clause it governs (the verb
    comes second, right after the relative clause; ``_NOT_MAIN_VERB`` are the words that are
    not that verb), which is the view's as without it."""
    if not tokens or tokens[0].lower not in ("nach", "laut"):
        return []  # most sentences: no fronted view, no need to slice them into clauses
    clauses = list(_clause_slices(tokens))
    if len(clauses) < 3 or not clauses[0] or not clauses[1] or not clauses[2]:
        return []
    view, relative, main = clauses[0], clauses[1], clauses[2]
    if relative[0].lower not in _RELATIVE_PRONOUNS:
        return []
    if not (_gives_view(view) or _names_source(view, wording=True)):
        return []
    verb = main[0]
    if not verb.is_word or verb.is_upper_initial or verb.lower in _NOT_MAIN_VERB:
        return []
    return [(main[0].start, main[-1].end)]


# participles of assessing whose "als …" a passive gives as someone's rating
_ASSESSED = frozenset({"gesehen", "bewertet", "betrachtet", "eingeschätzt", "eingestuft",
                       "beurteilt", "gewertet", "empfunden", "wahrgenommen"})
# where or by whom: "Am Markt wird …", "In der Branche wird …", "von Fachleuten"
_ASSESSING_PLACES = frozenset({"von", "vom", "am", "im", "in", "bei", "beim", "unter"})


def _passive_assessments(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of a rating that a passive gives to the people of a place or to an
    agent: "Am Markt wird der Schritt überwiegend als folgerichtig gesehen", "In der Branche
    wurde das als Befreiungsschlag gewertet" – from "als" to the participle. Their rating,
    not the author's."""
    out: list[tuple[int, int]] = []
    for clause in _clause_slices(tokens):
        lows = [t.lower for t in clause]
        if _PASSIVE_AUX.isdisjoint(lows) or "als" not in lows:
            continue
        k = lows.index("als")
        end = next((j for j in range(k + 1, len(lows)) if lows[j] in _ASSESSED), None)
        if end is not None and not _ASSESSING_PLACES.isdisjoint(lows[:k]):
            out.append((clause[k].start, clause[end].end))
    return out


def _two_camps(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """"Für die einen ist sie ein Versprechen, für die anderen der Anfang vom Ende": the
    sentence sets the views of two camps side by side; both are theirs, not the author's."""
    lows = [t.lower for t in tokens]
    first = next((k for k in range(len(lows) - 2) if lows[k] == "für"
                  and lows[k + 1] == "die" and lows[k + 2] == "einen"), None)
    if first is None or not any(lows[k] == "für" and lows[k + 1] == "die"
                                and lows[k + 2] == "anderen" for k in range(first + 3,
                                                                             len(lows) - 2)):
        return []
    return [(tokens[first].start, tokens[-1].end)]


# nouns of a suspicion, charge or claim whose "dass" clause gives its content
_SUSPICION_NOUNS = frozenset({"verdacht", "vorwurf", "vorwürfe", "behauptung", "behauptungen",
                              "anschuldigung", "anschuldigungen", "unterstellung", "gerücht",
                              "gerüchte", "vermutung", "anklage"})
# verbs by which something suggests a view the text then rejects or examines: "Die Rekorde
# implizieren, es gehe dem Tourismus wunderbar"
_SUGGESTING = frozenset({"implizieren", "suggerieren"})
# (the content clause opens with one of _CONTENT_OPENERS, defined above with the reported complements)


def charge_contents(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of what a suspicion, charge or claim says: "Ursprünglich stand der
    Verdacht im Raum, … : dass er seine Freundin absichtlich überfahren hat", a suspicion "auf"
    something ("Verdacht auf Rippenbrüche, vielleicht eine Verletzung der Lunge": the medics'
    first diagnosis, hedged by them), and what a thing
    "impliziert" or "suggeriert" ("Die Rekorde implizieren, es geht allen wunderbar"). The
    content is the suspicion's, not the author's claim; not the author's own suspicion ("Ich habe
    den Verdacht, dass …")."""
    lows = [t.lower for t in tokens]
    out: list[tuple[int, int]] = list(_promised(tokens, lows))
    for i, t in enumerate(tokens):
        noun = t.is_upper_initial and t.lower in _SUSPICION_NOUNS
        verb = not t.is_upper_initial and t.lemma in _SUGGESTING
        if not (noun or verb) or not _SELF.isdisjoint(lows[:i]):
            continue
        if noun and i + 1 < len(tokens) and lows[i + 1] == "auf":
            # "Verdacht auf Rippenbrüche, vielleicht eine Verletzung der Lunge": what is
            # suspected, up to a clause that is no further item of the list
            end = _suspected_items_end(tokens, i + 2)
            if end > i + 2:
                out.append((tokens[i + 2].start, tokens[end - 1].end))
            break
        if noun:
            j = next((k for k in range(i + 1, len(tokens)) if lows[k] in _CONTENT_OPENERS), None)
        else:
            j = next((k + 1 for k in range(i + 1, min(len(tokens), i + 3))
                      if tokens[k].text in {",", ":"}), None)
        if j is not None and j < len(tokens):
            out.append((tokens[j].start, tokens[-1].end))
        break
    return out




# nouns of a promise or demand whose "zu" clause gives its content: "mit dem Versprechen,
# endlich Schluss zu machen", "die Forderung, sofort zu handeln"
_PROMISE_NOUNS = frozenset({"versprechen", "ankündigung", "zusage", "forderung", "forderungen",
                            "appell", "aufruf", "versprechungen"})


def _promised(tokens: Sequence[Token], lows: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Ranges of what a promise or demand says ("dem Versprechen, endlich Schluss zu machen
    mit …"): the "zu" clause after the noun's comma, up to the next clause break — the
    promiser's words, not the author's "endlich" (not the author's own: "Ich verspreche …")."""
    for i, t in enumerate(tokens[:-2]):
        if not (t.is_upper_initial and t.lower in _PROMISE_NOUNS and tokens[i + 1].text == ","):
            continue
        if not _SELF.isdisjoint(lows[:i]):
            continue
        end = next((k for k in range(i + 2, len(tokens)) if tokens[k].text in _CLAUSE_BREAKS),
                   len(tokens))
        if "zu" in lows[i + 2:end]:
            words = [x for x in tokens[i + 2:end] if x.is_word]
            if words:
                yield words[0].start, words[-1].end


# what may open a further item of a suspected list: "…, vielleicht eine Verletzung der Lunge"
_ITEM_OPENERS = frozenset({"vielleicht", "möglicherweise", "eventuell", "womöglich", "wohl",
                           "auch", "zudem", "dazu", "ein", "eine", "einer", "einem", "einen"})
_ITEM_VERB_LEMMAS = frozenset({"sein", "haben", "werden"})


def _suspected_items_end(tokens: Sequence[Token], j: int) -> int:
    """Token index after the items of "Verdacht auf …": the first phrase and each comma-joined
    phrase that opens like a further item and has no verb of its own."""
    k = j
    while k < len(tokens) and tokens[k].text not in _CLAUSE_BREAKS:
        k += 1
    while k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens) \
            and tokens[k + 1].lower in _ITEM_OPENERS:
        m = k + 1
        while m < len(tokens) and tokens[m].text not in _CLAUSE_BREAKS:
            m += 1
        if any(t.lemma in _ITEM_VERB_LEMMAS for t in tokens[k + 1:m]):
            break
        k = m
    return k


def _inserted_views(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """A view set between dashes governs the clause around it: "Das Ende ist – zumindest aus
    Sicht der Gangster – ernüchternd" (the gangsters' verdict, not the author's). The clause
    runs from the break before the first dash to the break after the second."""
    out: list[tuple[int, int]] = []
    for d1, tok in enumerate(tokens):
        if tok.text not in _DASHES:
            continue
        d2 = next((k for k in range(d1 + 1, min(len(tokens), d1 + 2 + _INSERTION_MAX))
                   if tokens[k].text in _CLAUSE_BREAKS), None)
        if d2 is None or tokens[d2].text not in _DASHES or not _gives_view(tokens[d1 + 1:d2]):
            continue
        a = max((k + 1 for k in range(d1) if tokens[k].text in _CLAUSE_BREAKS), default=0)
        b = next((k for k in range(d2 + 1, len(tokens)) if tokens[k].text in _CLAUSE_BREAKS),
                 len(tokens))
        if a < d1 and d2 + 1 < b:
            out.append((tokens[a].start, tokens[b - 1].end))
    return out


# --- "hieß es" after a named source ----------------------------------------------------------

_HEISST = frozenset({"heißt", "hieß", "heisst", "hiess"})
# subjects of saying that name nobody: "Kritiker sagen", "Insider berichten", "Kreise"
_NAMELESS = ("kritiker", "experte", "insider", "beobachter", "kreise", "medienbericht",
             "bericht", "gerücht", "stimmen", "viele", "manche", "einige", "man", "jemand",
             "quelle", "informant")
# the lower-case ones among them (a lower-case "berichtet" is a named paper's verb)
_NAMELESS_PRONOUNS = ("viele", "manche", "einige", "man", "jemand")
_HEARSAY_LOOKBACK = 3
# a turn against what was said before: the "hieß es" after it has another source
_CONTRAST_TURNS = frozenset({"aber", "doch", "jedoch", "dagegen", "hingegen", "allerdings",
                             "indes", "indessen"})


def _heisst_es(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Token range of a bare "hieß es" / "wie es heißt" (no "in …"/"aus …" after it)."""
    for k, t in enumerate(tokens):
        if t.lower not in _HEISST:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower == "es":
            a, b = k, k + 2
        elif k > 0 and tokens[k - 1].lower == "es":
            a, b = k - 1, k + 1
            if a > 0 and tokens[a - 1].lower == "wie":
                a -= 1
        else:
            continue
        if b < len(tokens) and tokens[b].is_word:
            continue  # "hieß es in der Mitteilung", "heißt es aus Kreisen": named or not, not bare
        return a, b
    return None


def _unquoted(tokens: Sequence[Token]) -> list[Token]:
    """The tokens outside quotation marks („…“, »…«, "…"): a mark that opens and the next one
    that closes; an unclosed quotation runs to the end."""
    out: list[Token] = []
    inside = False
    for t in tokens:
        if not inside and t.text in OPENING_MARKS:
            inside = True
        elif inside and t.text in _CLOSING_MARKS:
            inside = False
        elif not inside:
            out.append(t)
    return out


# the longest apposition between a speaker's name and their verb of saying, and the longest
# that is itself the speaker's name ("…, Frank Seibold, sagte")
_APPOSITION_REACH = 12
_NAME_APPOSITION_MAX = 4


def _full_name(tokens: Sequence[Token]) -> bool:
    """The words hold a person's first and family name: "Der frühere Weltmeister Thomas Eckl"."""
    from .entities import NAME, word_class  # the name lists load only when needed

    return any(a.is_upper_initial and b.is_upper_initial and b.is_word
               and word_class(a.text) == NAME for a, b in pairwise(tokens))


def _names_speaker(tokens: Sequence[Token], speaker_only: bool = False) -> bool:
    """The sentence names whose words it gives: "laut Polizei", "nach Angaben der Stadt", an
    attribution after or before the words ("…, sagte der Sprecher", "Wie die Stadt mitteilte,"),
    or a verb of saying in its first clause ("Die Polizei teilte mit, …"), by a speaker who is
    not a nameless group. A verb of saying deeper in the sentence may be part of the report."""
    if sourced_clauses(tokens):
        return True
    cues = speech_cues()
    first = _first_break(tokens)
    if first < len(tokens) and tokens[first].text == ",":
        # an apposition between the speaker and the verb of saying: the speaker's name ("Der
        # Vorsitzende des Vereins, Frank Seibold, sagte, …", whatever the reported words say
        # after it: "…, man habe …"), or the role of a speaker named before it ("Der frühere
        # Weltmeister Thomas Eckl, heute als Experte für das Fernsehen tätig, sagte, …": that
        # "Experte" is no nameless source)
        second = next((k for k in range(first + 1, min(len(tokens), first + _APPOSITION_REACH))
                       if tokens[k].text == ","), None)
        if second is not None and second > first + 1 and second + 1 < len(tokens) \
                and cues.verb_at(tokens, second + 1) \
                and not any(t.lower.startswith(_NAMELESS) for t in tokens[:first]):
            apposition = tokens[first + 1:second]
            if (len(apposition) < _NAME_APPOSITION_MAX
                    and all(t.is_word and t.is_upper_initial for t in apposition)) \
                    or (_full_name(tokens[:first])
                        and not any(c in _QUOTE_CHARS for t in apposition for c in t.text)):
                return True
    # ``speaker_only``: look for a nameless speaker only in the first clause when its verb of
    # saying opens the sentence ("Stadtrat X sagte, man hätte …": the reported words' own "man"
    # is theirs); else in the whole sentence outside quote marks
    speaker = _unquoted(tokens)
    if speaker_only and first < len(tokens) and tokens[first].text == "," \
            and tokens[0].text not in OPENING_MARKS \
            and any(cues.verb_at(tokens, k) for k in range(first)):
        speaker = tokens[:first]
    if any(t.lower.startswith(_NAMELESS if t.is_upper_initial else _NAMELESS_PRONOUNS)
           or t.lower in _HEISST for t in speaker):
        return False  # a nameless noun or pronoun; not the verb "berichtet" (of a named paper),
        # nor the quoted words' own "man" („Das kann man ihm nicht vorwerfen“, sagte X)
    if trailing_attribution(tokens) is not None or leading_attribution(tokens) is not None:
        return True
    if any(cues.verb_at(tokens, k) for k in range(first)):
        return True
    # a forecast after the body's name, past an acronym in brackets ("Das Bundesamt (BSH)
    # rechnet mit …"): the first clause break that is no bracket (none lies before ``first``)
    opening = next((k for k in range(first, len(tokens))
                    if tokens[k].text in _CLAUSE_BREAKS and tokens[k].text not in _BRACKETS),
                   len(tokens))
    return any(tokens[k].lower in _FORECAST_VERBS for k in range(opening))


_BRACKETS = frozenset({"(", ")"})
# a named body's forecast or estimate opens the statement that "hieß es" then continues ("Das
# Bundesamt rechnet mit einer Sturmflut. Das Wasser könne 2 Meter steigen, hieß es.")
_FORECAST_VERBS = frozenset({"rechnet", "rechnete", "rechnen", "rechneten", "erwartet",
                             "erwartete", "erwarten", "erwarteten", "prognostiziert",
                             "prognostizierte", "schätzt", "schätzte", "warnt", "warnte"})


def named_hearsay(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character ranges of a bare "hieß es" whose source the text has just named.

    "Die Polizei teilte mit, der Fahrer sei betrunken gewesen. Er habe keinen Führerschein,
    hieß es." — the "hieß es" continues the police's statement; it hides no source. The source
    counts when it is named in the same sentence or in the sentence before, looking past
    sentences of indirect speech that continue it (at most three, within the paragraph) and,
    when the "hieß es" closes indirect speech, past one indicative sentence.
    """
    out: list[tuple[int, int]] = []
    for i, sent in enumerate(sentences):
        found = _heisst_es(sent.tokens)
        if found is None:
            continue
        a, b = found
        named = bool(sourced_clauses(sent.tokens[:a]))  # "Laut Organisatoren …, hieß es"
        if not named and any(t.lower in _CONTRAST_TURNS for t in sent.tokens[:a]) \
                and indirect_speech_start(sent.tokens[:a]) is None:
            continue  # "Hinter den Kulissen brodelt es aber, wie es heißt": an indicative turn
            # against the source just quoted, so another, unnamed one (not "Pläne gebe es aber
            # nicht, hieß es": the source's own reported words)
        # a "hieß es" that closes reported speech may look past one indicative sentence: "Das
        # teilte das Unternehmen mit. Betroffen sind 1.200 Beschäftigte. Der Betrieb laufe
        # weiter, hieß es." (the statement's facts between its source and its close)
        gap = indirect_speech_start(sent.tokens[:a]) is not None
        j = i
        while not named and j > 0 and i - j < _HEARSAY_LOOKBACK:
            prev = sentences[j - 1]
            if not _same_paragraph(text, prev, sentences[j]):
                break
            named = _names_speaker(prev.tokens)
            if indirect_speech_start(prev.tokens) is None:
                if named or not gap or _heisst_es(prev.tokens) is not None:
                    break  # an indicative sentence of the author's ends the chain
                gap = False
            j -= 1
        if not named and indirect_speech_start(sent.tokens[:a]) is not None:
            named = _speaker_is_topic(text, sentences, i) or _body_subject(sent.tokens[:a]) \
                or any(_body_subject(s.tokens) for s in _paragraph_before(text, sentences, i))
        if named:
            out.append((sent.tokens[a].start, sent.tokens[b - 1].end))
    out.extend(named_vague_sources(sentences, _teaser_length(text, sentences)))
    return out


_TOPIC_ARTICLES = frozenset({"der", "die", "das"})


def _paragraph_before(text: str, sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    """The sentences before sentence ``i`` in its paragraph, the nearest first, at most
    ``_HEARSAY_LOOKBACK``: "Der Landkreis rief den Katastrophenfall aus. Damit können … Mehr
    als 900 Helfer seien im Einsatz, hieß es." (the district's statement, two sentences on)."""
    out: list[Sentence] = []
    j = i
    while j > 0 and len(out) < _HEARSAY_LOOKBACK and _same_paragraph(text, sentences[j - 1],
                                                                     sentences[j]):
        out.append(sentences[j - 1])
        j -= 1
    return out


def _body_subject(tokens: Sequence[Token]) -> bool:
    """The sentence opens with an office as its subject: "Das Landratsamt richtete ein
    Bürgertelefon ein. Die Lage werde laufend neu bewertet, hieß es." (the office's statement),
    "Die Stadt stehe mit dem Land in Kontakt, hieß es." (the city's)."""
    return len(tokens) > 2 and tokens[0].lower in _TOPIC_ARTICLES and tokens[1].is_upper_initial \
        and (tokens[1].lower.endswith(_NAMED_BODY_ENDINGS) or tokens[1].lower in _BODY_WORDS)


def _speaker_is_topic(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """A "hieß es" closing indirect speech in a paragraph about a body the text has already
    quoted: "…, wie die Genossenschaft mitteilte. (…) Die Genossenschaft verarbeitet … Der
    Markenbereich laufe stabil, hieß es." — the paragraph opens with that body as its subject
    (within ``_HEARSAY_LOOKBACK`` sentences), so the "hieß es" continues its statement."""
    p = i - len(_paragraph_before(text, sentences, i))
    if p == i or (p > 0 and _same_paragraph(text, sentences[p - 1], sentences[p])):
        return False  # not the paragraph's first sentence, or the "hieß es" sentence itself
    head = sentences[p].tokens[:2]
    if len(head) < 2 or head[0].lower not in _TOPIC_ARTICLES or not head[1].is_upper_initial:
        return False
    body = head[1].lower
    return any(_names_speaker(s.tokens) and any(t.lower == body for t in s.tokens)
               for s in sentences[:p])


def _teaser_length(text: str, sentences: Sequence[Sentence]) -> int:
    """How many sentences open the text as headline and lead: those of its first two paragraphs
    when it has paragraph breaks (a headline split at its „?“ and a two-sentence lead make four),
    at most ``_TEASER_MAX``; else ``_TEASER_SENTENCES``."""
    breaks = [i for i in range(1, len(sentences))
              if not _same_paragraph(text, sentences[i - 1], sentences[i])]
    if len(breaks) < 2:
        return _TEASER_SENTENCES
    return max(_TEASER_SENTENCES, min(breaks[1], _TEASER_MAX))


# a lead paragraph longer than this is body copy, not a teaser
_TEASER_MAX = 5


# vague sources that a text may go on to name: "Medienberichten zufolge", "kritische Stimmen",
# "sagen Experten", "Beobachter rechnen" (word beginnings, upper-case nouns)
_VAGUE_SOURCE_STEMS = ("medienbericht", "zeitungsbericht", "pressebericht", "bericht", "stimmen",
                       "kritiker", "experte", "experten", "beobachter", "insider", "analyst",
                       "fachleute", "kenner", "gegner")  # "Gemeinderat sagt Ja – Gegner fordern …"
_REPORT_STEMS = ("medienbericht", "zeitungsbericht", "pressebericht", "bericht")
# a medium named as the source of a report: "Der Nachrichtenagentur X zufolge", "Wie die
# Zeitung X berichtete"
_MEDIA_ENDINGS = ("agentur", "zeitung", "blatt", "magazin", "sender", "portal", "fernsehen",
                  "rundfunk", "journal", "news", "times", "post", "zeitschrift", "radio", "tv")
# how many tokens around the vague word its phrase may reach ("sagen Experten zufolge")
_VAGUE_REACH = 3
# headline, subtitle and lead (the first ``teaser`` sentences, see ``_teaser_length``): a summary
# whose sources the body names
# a teaser's unnamed experts count as named when the body quotes this many named people
_BODY_SPEAKERS_MIN = 2
# bodies a "wie im Sozialministerium zu erfahren ist" names (word endings)
# (not "aus der Partei", "aus der Regierung", "aus der Behörde": people inside, left unnamed)
_NAMED_BODY_ENDINGS = ("ministerium", "ministeriums", "amt", "amts", "rathaus", "polizei",
                       "gericht", "gerichts", "staatsanwaltschaft", "kommission", "präsidium",
                       "verwaltung", "landkreis")
# administrations named by a short word that, as a compound's head, names a place ("Die
# Hauptstadt"): only the word itself; and the bodies a report quotes by their plain name ("Die
# Ermittler gehen von Brandstiftung aus. Der Schaden liege bei …, hieß es.")
_BODY_WORDS = frozenset({"stadt", "gemeinde", "kreis", "bezirk", "ermittler", "feuerwehr", "bahn",
                         "veranstalter", "betreiber", "behörde", "klinik", "rettungskräfte"})


def _vague_words(tokens: Sequence[Token]) -> list[int]:
    return [k for k, t in enumerate(tokens) if t.is_upper_initial and t.is_word
            and t.lower.startswith(_VAGUE_SOURCE_STEMS) and not t.lower.startswith("berichtet")]


def _nameless(tokens: Sequence[Token]) -> bool:
    return any(t.lower.startswith(_NAMELESS if t.is_upper_initial else _NAMELESS_PRONOUNS)
               for t in tokens)


def _opens_with_source(tokens: Sequence[Token], media: bool) -> bool:
    """The sentence names its source at its start or a named expert gives its words: "Der
    Nachrichtenagentur X zufolge …", "Wie die Zeitung X anmerkte, …", "…, sagte der Politologe
    Y Z." — nobody nameless ("Weiteren Berichten zufolge"). With ``media`` (the vague source
    was media reports) the source must be a medium: "Dem Militär zufolge" after
    "Medienberichten zufolge" is another source for another claim."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    if not tokens:
        return False
    first = next((k for k, t in enumerate(tokens) if t.text in _CLAUSE_BREAKS), len(tokens))
    lead = tokens[:first]
    opens = not _nameless(lead) and (
        any(a < (lead[-1].end if lead else 0) for a, _ in sourced_clauses(tokens))
        or leading_attribution(tokens) is not None)
    if media:
        return opens and any(t.lower.endswith(_MEDIA_ENDINGS) for t in lead)
    if opens or _named_expert_subject(lead):
        return True  # … or "Der Toxikologe Martin Oberholzer, der …, hält die Arbeit für …"
    k = trailing_attribution(tokens)
    if k is None or _nameless(tokens[k:]):
        return False
    tail = tokens[k:]
    if any(a.is_upper_initial and a.lower.endswith(_EXPERT_TITLES)
           and tail[j + 1].is_upper_initial and any(
               t.is_upper_initial and word_class(t.text) == NAME for t in tail[j + 1:j + 3])
           for j, a in enumerate(tail[:-1])):
        return True
    # "…, sagte Birte Sandmann vom Bankhaus Merzig": a full name with the firm or institute
    # the expert speaks for
    return any(a.is_upper_initial and tail[j + 1].is_upper_initial
               and _names_person(tail[j:j + 2]) and not a.lower.endswith(_PERSON_TAILS)
               and tail[j + 2].lower in _AFFILIATION and tail[j + 3].is_upper_initial
               for j, a in enumerate(tail[:-3]))


_AFFILIATION = frozenset({"vom", "von", "der", "des", "bei", "beim"})


def _named_expert_subject(lead: Sequence[Token]) -> bool:
    """The sentence opens with an expert by title and full name, or by full name and the
    institution they speak for: "Der Toxikologe Martin Oberholzer", "Die Ökonomin Eva Brandl",
    "Sabine Gerlach von der Privatbank Hollwede" (then the expert's view follows)."""
    k = 1 if lead and lead[0].lower in ("der", "die") else 0
    if len(lead) >= k + 3 and lead[k].is_upper_initial \
            and lead[k].lower.endswith(_EXPERT_TITLES) and lead[k + 1].is_upper_initial \
            and lead[k + 2].is_upper_initial and _names_person(lead[k + 1:k + 3]):
        return True
    return k == 0 and len(lead) >= 4 and lead[0].is_upper_initial and lead[1].is_upper_initial \
        and _names_person(lead[:2]) and not lead[0].lower.endswith(_PERSON_TAILS) \
        and lead[2].lower in _AFFILIATION and any(t.is_upper_initial for t in lead[3:5])


# academic titles between an expert's field and name: "der Epidemiologe Prof. Dr. Klaus Harnisch"
_ACADEMIC = frozenset({"prof.", "dr.", "prof", "dr", "med.", "dipl.-ing.", "mag."})


def _names_expert(tokens: Sequence[Token]) -> bool:
    """The sentence names an expert by field and full name anywhere: "Die Infektiologin Dr.
    Sabine Reinholz vom …", "Vorsichtiger äußerte sich der Epidemiologe Prof. Dr. Klaus
    Harnisch" (a body that names them answers a lead's "Unabhängige Fachleute …")."""
    n = len(tokens)
    for j, t in enumerate(tokens):
        if not (t.is_upper_initial and t.lower.endswith(_EXPERT_TITLES)):
            continue
        k = j + 1
        while k < n and tokens[k].lower in _ACADEMIC:
            k += 1
        if k + 1 < n and tokens[k].is_upper_initial and tokens[k + 1].is_upper_initial \
                and _names_person(tokens[k:k + 2]):
            return True
    return False


def _named_speaker_opens(tokens: Sequence[Token], cues: SpeechCues) -> bool:
    """A named person opens the sentence and speaks in it: "Kreisrat Anton Weißgerber, selbst
    Notarzt, mahnte, man dürfe …"."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    head = [t for t in tokens[:6] if t.is_word][:4]
    return cues.has_verb(tokens) and any(
        t.is_upper_initial and word_class(t.text) == NAME for t in head)


def _named_person_speaks(tokens: Sequence[Token]) -> bool:
    """A closing attribution with a name: "…, sagt Siller", "…, sagte Anna Berger"."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    k = trailing_attribution(tokens)
    if k is None:
        return False
    tail = [t for t in tokens[k + 2:] if t.is_word]
    return any(t.is_upper_initial and (word_class(t.text) == NAME or (
        j == 0 and t.lower not in _DETERMINERS)) for j, t in enumerate(tail[:4]))


def named_vague_sources(sentences: Sequence[Sentence], teaser: int) -> list[tuple[int, int]]:
    """Character ranges of vague attributions whose source the text names, so that they hide
    nobody.

    - the next sentence opens with the named source or quotes a named expert: "Medienberichten
      zufolge ermittelt … Der Nachrichtenagentur X zufolge …", "… mit kritischen Stimmen
      befassen. Wie die Zeitung X anmerkte, …", "Beobachter rechnen mit … „…“, sagte der
      Politologe Y Z.";
    - a headline, subtitle or lead (the first ``teaser`` sentences) sums up what the body gives
      by name: the same vague word named later, or two named people quoted in the body ("…,
      sagen Experten." then "…, sagt Siller", "…, sagt Braun");
    - a named paper's or agency's own sourcing in the same sentence ("…, berichtet die Zeitung X
      unter Berufung auf Geheimdienstquellen");
    - a named body in the phrase itself ("wie im Sozialministerium zu erfahren ist").
    """
    out: list[tuple[int, int]] = []
    vague = [_vague_words(s.tokens) for s in sentences]
    named_at: set[int] = set()
    for i, sent in enumerate(sentences):
        toks = sent.tokens
        if vague[i] and i + 1 < len(sentences) and _opens_with_source(
                sentences[i + 1].tokens, media=any(toks[k].lower.startswith(_REPORT_STEMS)
                                                   for k in vague[i])):
            named_at.add(i)
        lows = [t.lower for t in toks]
        for k in range(1, len(toks) - 1):
            if lows[k] == "berufung" and lows[k - 1] == "unter" and lows[k + 1] == "auf" \
                    and _names_speaker(toks[:k - 1]):
                end = next((j for j in range(k + 2, len(toks)) if toks[j].text in _CLAUSE_BREAKS
                            or toks[j].text in {".", "!", "?"}), len(toks))
                out.append((toks[k - 1].start, toks[end - 1].end))
            if lows[k] == "erfahren" and lows[k - 1] == "zu":
                before = toks[max(0, k - 5):k - 1]
                if any(t.is_upper_initial and t.lower.endswith(_NAMED_BODY_ENDINGS)
                       and not t.lower.startswith(_NAMELESS) for t in before):
                    out.append((before[0].start, toks[min(k + 1, len(toks) - 1)].end))
    speakers: list[int] = []  # named people speaking in the body, counted at first need

    def body_speakers() -> int:
        if not speakers:
            speakers.append(sum(1 for s in sentences[teaser:]
                                if _named_person_speaks(s.tokens) or _names_expert(s.tokens)))
        return speakers[0]

    for i in range(min(teaser, len(sentences))):
        if not vague[i] or i in named_at:
            continue
        stems = {sentences[i].tokens[k].lemma for k in vague[i]}
        if body_speakers() >= _BODY_SPEAKERS_MIN or any(
                j in named_at and stems & {sentences[j].tokens[k].lemma for k in vague[j]}
                for j in range(teaser, len(sentences))):
            named_at.add(i)
    for i in sorted(named_at):
        toks = sentences[i].tokens
        for k in vague[i]:
            a, b = max(0, k - _VAGUE_REACH), min(len(toks), k + _VAGUE_REACH + 1)
            out.append((toks[a].start, toks[b - 1].end))
    return out


# hedges that mark a reported fact as inferred ("offenbar ausgeblieben"), unlike a forecast
# ("dürfte") or a guess at motives: only these lean on the source of the next sentence
_EVIDENTIAL = frozenset({"offenbar", "anscheinend", "augenscheinlich", "offensichtlich"})
# the estimate hedge of a report on research: "Astronomen haben Hinweise auf junge Planeten
# gefunden. Vier Sterne, um die sich Planeten gebildet haben dürften." – the researchers' caution
_ESTIMATE_HEDGES = frozenset({"dürfte", "dürften"})
# how many sentences after a research report its estimates may still run (each one must go on
# with their reported speech or another estimate)
_RESEARCH_RUN = 3
_RESEARCHERS = frozenset({"forscher", "forscherin", "forscherinnen", "wissenschaftler",
                          "wissenschaftlerin", "wissenschaftlerinnen", "astronom", "astronomin",
                          "astronomen", "forscherteam", "forschungsteam", "studienautor",
                          "studienautorin", "studienautoren", "archäologe", "archäologen",
                          "biologe", "biologen", "physiker", "geologe", "geologen", "mediziner",
                          "wissenschafter", "wissenschafterin", "wissenschafterinnen"})
_FINDING = frozenset({"finden", "entdecken", "nachweisen", "beobachten", "messen", "hinweis",
                      "indiz", "anzeichen", "beleg", "spur"})
# the hedges that may rest on a neighbouring sentence's source (see ``sourced_next``)
# the hedges of an investigation's findings: "Dabei übersah sie vermutlich den Transporter"
# after "Nach bisherigen Erkenntnissen der Polizei wollte die Frau …"
_INVESTIGATION_HEDGES = frozenset({"vermutlich", "mutmaßlich", "offenbar", "wohl",
                                   "möglicherweise", "offensichtlich", "anscheinend"})
EVIDENTIAL_HEDGES = _EVIDENTIAL | _ESTIMATE_HEDGES | _INVESTIGATION_HEDGES
# investigators whose findings a sentence may cite ("Nach Erkenntnissen der Polizei …")
_INVESTIGATORS = ("polizei", "ermittler", "staatsanwalt", "feuerwehr", "kripo",
                  "kriminalpolizei", "unfallermittler", "landeskriminalamt", "brandermittler",
                  "polizeisprecher", "polizeisprecherin")
_FINDINGS_MARKS = frozenset({"erkenntnissen", "angaben", "ermittlungen", "informationen",
                             "darstellung", "schilderung"})
# a forecast is the author's again: "Laut Polizei … Vermutlich wird der Prozess lange dauern"
_FORECAST = frozenset({"wird", "werden", "würde", "würden", "dürfte", "dürften"})


def sourced_next(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of sentences with an evidential hedge whose next sentence opens by naming its
    source (or, for an investigation's hedges, whose sentence before cites the investigators).

    "Ein Ansturm auf die Bankomaten ist offenbar ausgeblieben. Nach Angaben aus Bankenkreisen
    wurden …": the hedge rests on the account the next sentence cites; it is the report's
    caution, not the author's guess. The source counts when the next sentence's first clause
    names it ("nach Angaben", "laut", "… zufolge") or when it opens with "Wie X berichtete,".
    A quotation attributed afterwards ("…, sagte ein Sprecher") counts only when it shares a
    noun with the hedged sentence (``_quote_backs``): on the judged set it was mostly about
    another point. Also sentences with the estimate "dürfte(n)" after a
    sentence in which researchers report a finding, up to ``_RESEARCH_RUN`` sentences on while
    each one goes on with their estimates or their indirect speech (their hedge, repeated).
    """
    out: set[int] = set()
    run = 0  # sentences left in the researchers' account that a research report opened
    for i in range(1, len(sentences)):
        if _reports_research(sentences[i - 1].tokens):
            run = _RESEARCH_RUN
        toks = sentences[i].tokens
        if run and not _ESTIMATE_HEDGES.isdisjoint(map(_LOWER, toks)):
            out.add(i)  # "… Hinweise gefunden. Vermutlich sei … Die Wolke dürfte …"
        elif not (run and indirect_speech_start(toks) is not None):
            run = 0  # the account ends where neither their estimate nor their speech goes on
        run = max(run - 1, 0)
    for i, sent in enumerate(sentences):
        if not _EVIDENTIAL.isdisjoint(map(_LOWER, sent.tokens)) and sourced_clauses(sent.tokens):
            out.add(i)  # "…, da sie offenbar ohne Ausschreibung …, und der Schaden laut DNA …"
    for i in range(len(sentences) - 1):
        if _EVIDENTIAL.isdisjoint(map(_LOWER, sentences[i].tokens)):
            continue  # only these hedges lean on the next sentence's source
        toks = sentences[i + 1].tokens
        if not toks:
            continue
        first_comma = next((t.start for t in toks if t.text == ","), toks[-1].end)
        if (any(a <= first_comma for a, _ in sourced_clauses(toks))
                or leading_attribution(toks) is not None):
            out.add(i)
        elif i + 2 < len(sentences) and _first_last_name(toks) \
                and _speaks_first(sentences[i + 2].tokens):
            out.add(i)  # "… machen offenbar Probleme. Betroffen ist der Investor X. Er erklärt …"
    for i in range(len(sentences) - 1):
        if not _ESTIMATE_HEDGES.isdisjoint(map(_LOWER, sentences[i].tokens)) and any(
                _experts_estimate(s.tokens) for s in sentences[i + 1:i + 1 + _ESTIMATES_WITHIN]):
            out.add(i)  # "… dürfte teurer werden. … Die Schätzungen der befragten Experten …"
    for i in range(len(sentences) - 1):
        if not EVIDENTIAL_HEDGES.isdisjoint(map(_LOWER, sentences[i].tokens)) \
                and _quote_backs(sentences[i].tokens, sentences[i + 1].tokens):
            out.add(i)
    for i in range(1, len(sentences)):
        lows = set(map(_LOWER, sentences[i].tokens))
        if not _INVESTIGATION_HEDGES.isdisjoint(lows) and _FORECAST.isdisjoint(lows) \
                and _cites_investigators(sentences[i - 1].tokens):
            out.add(i)  # "Nach Erkenntnissen der Polizei … Dabei übersah sie vermutlich …"
    return frozenset(out)


# a bracket right after a name holds a party, age or place ("Stadtrat Werner Düll (Freie
# Wähler) sagte, …"), not the end of the speaker's clause
_BRACKET_REACH = 8


def _first_break(tokens: Sequence[Token]) -> int:
    """Index of the sentence's first clause break, passing over a short bracket ("(Freie
    Wähler)", "(48)"); ``len(tokens)`` if there is none."""
    k = 0
    while k < len(tokens):
        if tokens[k].text == "(":
            close = next((m for m in range(k + 1, min(len(tokens), k + _BRACKET_REACH))
                          if tokens[m].text == ")"), None)
            if close is not None and k > 0:
                k = close + 1
                continue
        if tokens[k].text in _CLAUSE_BREAKS:
            return k
        k += 1
    return len(tokens)


def _opening_clause(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens before the sentence's first clause break (comma, colon, dash, bracket …)."""
    first = _first_break(tokens)
    return tokens[:first]


def _cites_investigators(tokens: Sequence[Token]) -> bool:
    """The sentence opens by citing investigators' findings: "Nach bisherigen Erkenntnissen der
    Polizei …", "Laut Polizei …", "Den Angaben der Feuerwehr zufolge …", "Wie die Polizei
    mitteilte, …" (in its first clause)."""
    clause = _opening_clause(tokens)
    if not any(t.lower.startswith(_INVESTIGATORS) or t.lower.endswith("polizei") for t in clause):
        return False
    lows = [t.lower for t in clause]
    return bool(lows) and (
        (lows[0] == "nach" and not _FINDINGS_MARKS.isdisjoint(lows))
        or lows[0] == "laut" or "zufolge" in lows
        or (lows[0] == "wie" and any(cue in lows for cue in ("mitteilte", "berichtete",
                                                             "sagte", "erklärte"))))


# estimates of experts or a named body that a "dürfte" may sum up, within the next two sentences
_ESTIMATE_NOUNS = frozenset({"schätzung", "schätzungen", "prognose", "prognosen", "berechnung",
                             "berechnungen", "kalkulation", "kalkulationen", "einschätzung"})
_ESTIMATES_WITHIN = 2


def _experts_estimate(tokens: Sequence[Token]) -> bool:
    """Estimates with their makers: "Die Schätzungen der von der APA befragten Experten …"."""
    if _ESTIMATE_NOUNS.isdisjoint(map(_LOWER, tokens)):
        return False
    return any((t.lemma in _NAMED_GROUPS or _institution(t)
                or (t.is_upper_initial and t.text.isupper() and len(t.text) > 1)) for t in tokens)


def _first_last_name(tokens: Sequence[Token]) -> bool:
    """A first and a last name after the sentence's first word: "der Investor Byron Deeter"."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    for a, b in pairwise(tokens[1:]):
        if a.is_upper_initial and b.is_upper_initial and a.is_word and b.is_word:
            kinds = (word_class(a.text), word_class(b.text))
            if "noun" not in kinds and NAME in kinds:
                return True
    return False


def _speaks_first(tokens: Sequence[Token]) -> bool:
    """A verb of saying in the first clause, by no nameless speaker: "Er erklärt gegenüber …"."""
    first = _first_break(tokens)
    if not tokens or _nameless(tokens[:first]):
        return False
    cues = speech_cues()
    return any(cues.verb_at(tokens, k) for k in range(first))


# shorter nouns ("Jahr", "Zeit", "Land") are shared by chance
_BACKING_NOUN_MIN = 6


def _content_nouns(tokens: Sequence[Token]) -> set[str]:
    """Lemmas of the common nouns of a stretch (names and the first word left out)."""
    from .entities import NAME, word_class  # the name lists load only when a text needs them

    return {t.lemma for k, t in enumerate(tokens) if k and t.is_word and t.is_upper_initial
            and len(t.lower) >= _BACKING_NOUN_MIN and word_class(t.text) != NAME}


def _quote_backs(hedged: Sequence[Token], nxt: Sequence[Token]) -> bool:
    """The next sentence gives someone's words on the same matter, attributed after them: "Das
    Verfahren dürfte langwierig werden. Wir rechnen mit einem umfangreichen Verfahren, sagte
    Staatsanwalt X." The hedge sums up the speaker's expectation. Without a noun both share
    ("…, sagte ein Sprecher" about another point) the hedge stays the author's."""
    k = trailing_attribution(nxt)
    if k is None or sum(1 for t in nxt[:k] if t.is_word) < 3:
        return False
    return bool(_content_nouns(hedged) & _content_nouns(nxt[:k]))


def _reports_research(tokens: Sequence[Token]) -> bool:
    """Researchers report a finding: "Astronomen um … haben Hinweise auf … gefunden"."""
    return _mentions_researchers(tokens) and not _FINDING.isdisjoint(map(_LEMMA, tokens))


# unnamed groups that a vague attribution hides and the next sentence may name
VAGUE_GROUPS = frozenset({"experte", "expertin", "experten", "kritiker", "kritikerin", "beobachter",
                          "beobachterin", "analyst", "analystin", "ökonom", "ökonomin", "ökonomen",
                          "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin",
                          "fachleute", "fachleut", "fachmann", "fachfrau", "insider", "kenner",
                          "kennerin",  # ("fachleut": the lemmatizer's lemma of "Fachleute")
                          "juristen", "jurist", "juristin", "mediziner", "medizinerin",
                          *{"umfrage", "studie", "untersuchung", "erhebung", "befragung"}})
# the unnamed studies among them: a study is named by its maker ("eine Studie der IT-Beratung
# Crisp Research", "die Umfrage des Instituts …", "im Auftrag von …"), not by a person
_STUDIES = frozenset({"umfrage", "studie", "untersuchung", "erhebung", "befragung"})
_NAMED_GROUPS = VAGUE_GROUPS - _STUDIES  # built once: named_next tests it at every token
# compound heads of such groups: "Branchenkenner", "Gesundheitsexperten", "Marktbeobachter"
_GROUP_HEADS = ("experte", "experten", "expertin", "expertinnen", "kenner", "beobachter",
                "analyst", "analysten", "ökonom", "ökonomen", "forscher", "kritiker",
                "wissenschaftler", "vertreter", "vertreterinnen",  # "Fahrgastvertreter"
                "schützer", "schützerinnen",  # "Verbraucherschützer", "Datenschützerinnen"
                "politiker", "politikern", "politikerinnen")  # "Kommunalpolitiker"


def hides_group(span: Sequence[Token]) -> bool:
    """A vague attribution that the next sentence's named person can name: a group word
    (``vague_group_word``), but not "Kreise" ("In Parteikreisen hieß es" stays an anonymous
    source, whoever speaks next)."""
    return (any(map(vague_group_word, span)) or _not_all(span) or _doubts_exist(span)) \
        and not any("kreise" in t.lower and t.lemma not in VAGUE_GROUPS for t in span)


def _doubts_exist(tokens: Sequence[Token]) -> bool:
    """ "Auch aus der Fraktion gab es Bedenken. Kreisrat X mahnte, …": doubts whose holders
    the next sentence's named person stands for."""
    words = {t.lower for t in tokens}
    return bool(words & {"zweifel", "bedenken"}) and bool(words & {"gibt", "gab"})


def _not_all(tokens: Sequence[Token]) -> bool:
    """ "Nicht alle waren zufrieden": an unnamed part of a group that the next sentence's named
    person may stand for."""
    return any(a.lower == "nicht" and b.lower == "alle" for a, b in pairwise(tokens))


def vague_group_word(tok: Token) -> bool:
    """A word for an unnamed group that a vague attribution may hide and the next sentence may
    name: "Experten", "Fachleute", also as a compound's head ("Branchenkenner"), "man", or the
    "heißt es" of a place ("Im Rathaus heißt es, … . „…“, sagte Bürgermeister …")."""
    return tok.lemma in VAGUE_GROUPS or tok.lower == "man" or tok.lower in _HEISST or (
        tok.is_upper_initial and len(tok.lower) > 8 and tok.lower.endswith(_GROUP_HEADS)) \
        or _association_group(tok) or (tok.is_upper_initial and (
            tok.lower in _LAY_GROUPS or tok.lemma in _LAY_GROUPS))  # "bei Bürgern"


# people of a place or trade that a report cites as a group ("Nachbarn erzählen, …", "Händler
# berichten …"); a neighbour or trader named next gives their words
_LAY_GROUPS = frozenset({
    "händler", "makler", "nachbarn", "anwohner", "anrainer", "gewerkschafter", "wirte",
    "gastronomen", "hoteliers", "landwirte", "bauern", "sozialarbeiter", "mitarbeiter",
    "beschäftigte", "angestellte", "pflegekräfte", "pädagogen", "touristiker", "spediteure",
    "vermieter", "fahrgäste", "pendler", "winzer", "förster", "jäger", "steuerberater",
    "unternehmer", "bewohner", "eltern", "lehrer", "ärzte", "kunden", "besucher", "bürger",
    "bürgerinnen", "einwohner"})


# unnamed associations ("Umweltverbände forderten …", "Hilfsorganisationen warnen"): the next
# sentence may name one of them ("Der Verein Lebendige Flüsse verlangte, …")
_ASSOCIATION_GROUPS = ("verbände", "verbänden", "organisationen", "vereine", "vereinen",
                       "initiativen", "bündnisse", "bündnissen",
                       # "Ärztevertreter reagierten zurückhaltend. Ein Sprecher des
                       # Fachärzteverbands Nord …": the representatives speak for it
                       "vertreter", "vertretern")
# the head of a named association's word: "Verein", "Fahrgastverband", "Bürgerinitiative"
_ASSOCIATION_HEADS = ("verein", "verband", "initiative", "organisation", "bündnis", "netzwerk",
                      "stiftung", "gewerkschaft")
# … and their genitives after an officer: "eine Sprecherin des Tierschutzvereins"
_ASSOCIATION_GENITIVES = (*_ASSOCIATION_HEADS, "vereins", "vereines", "verbands", "verbandes",
                          "bündnisses", "netzwerks", "netzwerkes")


def _association_group(tok: Token) -> bool:
    return tok.is_upper_initial and tok.lower.endswith(_ASSOCIATION_GROUPS)


# unnamed camps that a named association may speak for: "Kritiker einer Helmpflicht
# argumentieren, … Der Radfahrerverband Pro Velo sprach sich erneut dagegen aus"
_PARTISANS = frozenset({"kritiker", "gegner", "befürworter", "skeptiker", "unterstützer"})


def _partisan_group(tok: Token) -> bool:
    return tok.is_upper_initial and (tok.lower in _PARTISANS or tok.lower.endswith("schützer"))


# acronyms of parties, which name no association ("Die SPD sprach von …")
_PARTY_ACRONYMS = frozenset({"CDU", "CSU", "SPD", "FDP", "BSW", "ÖVP", "SPÖ", "FPÖ", "NEOS", "SVP",
                             "FDJ", "NPD", "DKP", "KPÖ", "BZÖ"})


def _association_speaks(tokens: Sequence[Token], cues: SpeechCues) -> bool:
    """The first clause has a named association say or demand something: "Der Verein Lebendige
    Flüsse verlangte, …", "Der Fahrgastverband Pro Bahn forderte …", "Der BUND kritisierte …"."""
    clause = _opening_clause(tokens)
    named = any(
        (t.is_upper_initial and t.lower.endswith(_ASSOCIATION_HEADS) and k + 1 < len(clause)
         and clause[k + 1].is_upper_initial and clause[k + 1].is_word)
        or (len(t.text) >= 3 and t.text.isalpha() and t.text.isupper()  # "BUND", "NABU"
            and t.text not in _PARTY_ACRONYMS)
        for k, t in enumerate(clause))
    return named and cues.has_verb(clause)


# an association's officers whose words name the unnamed associations before them
_OFFICER_STEMS = ("sprecher", "vorsitzend", "chef", "präsident", "leiter", "vertreter",
                  "geschäftsführer", "vorstand", "obmann", "obfrau")


def _officer_speaks(tokens: Sequence[Token], cues: SpeechCues) -> bool:
    """The sentence gives the words of a named association's officer or branch: "Der Rückgang
    sei ein gutes Signal, erklärte eine Sprecherin des Naturschutzbundes Weserbergland", "Der
    Landesverband des Naturschutzbunds Wernland forderte …" — after "Umweltverbände begrüßten
    die Entwicklung" the associations speak through them."""
    if not cues.has_verb(tokens):
        return False
    for k, t in enumerate(tokens[:-2]):
        if not (t.is_upper_initial and (t.lower.startswith(_OFFICER_STEMS)
                                        or t.lower.endswith(_ASSOCIATION_HEADS))):
            continue
        if tokens[k + 1].lower in _MAKER_LINKS and any(
                u.is_upper_initial and (_institution(u) or u.lower.endswith(_ASSOCIATION_GENITIVES)
                                        or u.lower.endswith(("bund", "bunds", "bundes")))
                for u in tokens[k + 2:k + 4]):
            return True
    return False


def _lay_teaser(sentences: Sequence[Sentence], i: int, cues: SpeechCues) -> bool:
    """A headline or subhead sums up what lay people say in a body that gives several named
    speakers: "Radweg beschlossen. Händler befürchten Umsatzeinbußen." over a council report
    quoting the traders' spokesman and the councillors — not a hidden source."""
    if i >= _TEASER_SENTENCES or not any(
            t.is_upper_initial and (t.lower in _LAY_GROUPS or _association_group(t)
                                    or t.lower.endswith(("schützer", "schützerinnen")))
            for t in sentences[i].tokens):
        return False  # "Händler befürchten …", "Sozialverbände halten die Pläne für …",
        # "Verbraucherschützer kritisieren mangelnde Transparenz" (the advocates' body speaks)
    return sum(1 for s in sentences[_TEASER_SENTENCES:]
               if _named_person_speaks(s.tokens) or _names_expert(s.tokens)
               or _person_named(s.tokens, cues)) >= _BODY_SPEAKERS_MIN


_MAKER_LINKS = frozenset({"der", "des", "von", "vom"})
# a lead's unnamed survey whose maker the next sentences give ("Laut einer Umfrage … Besonders
# Junge … Die Erhebung des Instituts Forsa …"): the sentence itself and the three after it
_STUDY_NAMED_WITHIN = 4


def named_next(sentences: Sequence[Sentence], people: frozenset[str] = frozenset()
               ) -> frozenset[int]:
    """Indices of sentences naming an unnamed group (``VAGUE_GROUPS``) whose next sentence (also
    the first of the next paragraph) gives a named person's words: "Experten sehen das anders.
    Ökonom Bernd Hollweg rechnet vor: …" — the experts are named at once, the attribution hides
    no one. A person, not an institution ("Die Polizei teilte mit" does not name the experts).
    Also a group the text has introduced before and now names with a definite article ("Die
    Forscher gehen davon aus, …"), and studies right after a sentence on researchers ("…
    berichten Forscher um X. Genauere Untersuchungen bestätigten …"). An unnamed study or
    survey ("einer Umfrage zufolge") is named when the sentence itself or
    one of the next three gives its maker ("…, wie eine Studie der IT-Beratung Crisp Research zeigt").
    ``people`` (see ``surnames``): an expert among them whom the text introduced by title speaks
    next by family name alone ("…, sagte Brecht.")."""

    out: set[int] = set()
    cues = speech_cues()
    experts = _expert_surnames(sentences, people) if people else frozenset()
    introduced = False  # a group or researchers mentioned before: "die Forscher" refers back
    for i, sent in enumerate(sentences):
        toks = sent.tokens
        if not _STUDIES.isdisjoint(map(_LEMMA, toks)) and any(
                _names_study(s.tokens) for s in sentences[i:i + _STUDY_NAMED_WITHIN]):
            out.add(i)  # "… einer Umfrage zufolge … Studie der IT-Beratung Crisp Research"
        if i and not _STUDIES.isdisjoint(map(_LEMMA, toks)) and _mentions_researchers(
                sentences[i - 1].tokens):
            out.add(i)  # "… berichten Forscher um X. Genauere Untersuchungen bestätigten …"
        if i and _mentions_researchers(toks) \
                and not _STUDIES.isdisjoint(map(_LEMMA, sentences[i - 1].tokens)) \
                and any(_names_study(s.tokens) for s in sentences[i + 1:i + _STUDY_NAMED_WITHIN]):
            out.add(i)  # "Studie: Kinder essen zu viel Zucker / Forscher sehen … / … geht aus
            # einer Studie der Universität Lindenau hervor": the study's own researchers
        if i < _TEASER_SENTENCES and _mentions_researchers(toks) and any(
                _names_research_body(s.tokens) for s in sentences[i + 1:i + _STUDY_NAMED_WITHIN]):
            out.add(i)  # "Pilotprojekt ausgewertet – Forscher warnen vor voreiligen Schlüssen /
            # … die das Institut für Arbeit und Organisation vorgestellt hat": the headline's
            # researchers are the institute's the lead names
        if introduced and _refers_back(toks):
            out.add(i)  # "Die Wiener Forscher gehen davon aus": the ones just reported on
        introduced = introduced or _mentions_researchers(toks) \
            or not _NAMED_GROUPS.isdisjoint(map(_LEMMA, toks))
    for i, sent in enumerate(sentences):
        if not _NAMED_GROUPS.isdisjoint(map(_LEMMA, sent.tokens)) \
                and _institution_source(sent.tokens):
            out.add(i)  # "Experten zufolge …, nach Angaben des Versicherungsverbands …"
    for i in range(len(sentences) - 1):
        if _doubts_exist(sentences[i].tokens) and (
                _named_person_speaks(sentences[i + 1].tokens)
                or _named_speaker_opens(sentences[i + 1].tokens, cues)):
            out.add(i)  # "Auch aus der Fraktion gab es Bedenken. Kreisrat X mahnte, …"
            continue
        if not any(vague_group_word(t) for t in sentences[i].tokens if t.lemma not in _STUDIES) \
                and not _not_all(sentences[i].tokens):
            continue  # no unnamed group (or "man": "Im Rathaus sieht man das anders") to name
        if _institution_expects(sentences[i + 1].tokens) \
                or (any(t.lemma in _ADVISING for t in sentences[i].tokens)
                    and _institution_expects(sentences[i + 1].tokens, _ADVICE_GIVING)) \
                or _institution_view(sentences[i + 1].tokens) \
                or ((any(map(_association_group, sentences[i].tokens))
                     or any(map(_partisan_group, sentences[i].tokens)))
                    and (_association_speaks(sentences[i + 1].tokens, cues)
                         or _officer_speaks(sentences[i + 1].tokens, cues))) \
                or _lay_teaser(sentences, i, cues) or any(
                _expert_named(s.tokens) for s in sentences[i + 1:i + 1 + _EXPERT_NAMED_WITHIN]) \
                or _kindred_body_speaks(sentences[i].tokens, sentences[i + 1].tokens):
            out.add(i)  # "… erwarten Ökonomen nicht. Das Institut für … rechnet damit, …"
            continue
        if _person_named(sentences[i + 1].tokens, cues) \
                or _known_person_speaks(sentences[i + 1].tokens, experts, cues):
            out.add(i)
        elif i + 2 < len(sentences) and indirect_speech_start(sentences[i + 1].tokens) == 0 \
                and not _names_speaker(sentences[i + 1].tokens) \
                and _person_named(sentences[i + 2].tokens, cues):
            out.add(i)  # "Kritiker werfen der Stadt vor, zu spät geplant zu haben. Der Bedarf
            # sei seit Jahren bekannt. Stadtrat X sagte, …": their words, then the named critic
    return frozenset(out)


_KINDRED_PREFIX = 6  # "Verbraucherschützer" / "Verbraucherzentrale": "verbra…"


def _kindred_body_speaks(group_toks: Sequence[Token], toks: Sequence[Token]) -> bool:
    """The next sentence closes with a speaker of a body named after the same people as the
    unnamed group: "Verbraucherschützer fordern mehr Aufklärung. „…“, sagte eine Sprecherin der
    Verbraucherzentrale Niedersachsen." – the group's words, now with their source."""
    k = trailing_attribution(toks)
    if k is None:
        return False
    groups = [t.lower for t in group_toks
              if t.is_upper_initial and vague_group_word(t) and len(t.lower) > _KINDRED_PREFIX]
    tail = toks[k + 2:]
    return any(t.is_upper_initial and t.lower.endswith(_BODY_HEADS)
               and t.lower[:_KINDRED_PREFIX] == g[:_KINDRED_PREFIX]
               and _definite_before(tail, j) for j, t in enumerate(tail) for g in groups)


# the heads of a body's name: "Verbraucherzentrale", "Tierschutzbund", "Ärztekammer"
_BODY_HEADS = ("zentrale", "verband", "verbands", "verbandes", "bund", "bundes", "kammer",
               "institut", "instituts", "verein", "vereins", "gewerkschaft", "stiftung",
               "organisation", "behörde")


def _definite_before(tail: Sequence[Token], j: int) -> bool:
    """The article nearest before tail[j] is definite ("der Verbraucherzentrale Hessen"), so
    the body is the one, not "einer Umweltorganisation"."""
    art = next((t.lower for t in reversed(tail[:j]) if t.lower in _DETERMINERS), None)
    return art in _DEFINITE_ARTICLES


_DEFINITE_ARTICLES = frozenset({"der", "des", "dem", "den", "die"})


def _known_person_speaks(toks: Sequence[Token], experts: frozenset[str], cues: SpeechCues) -> bool:
    """The sentence gives the words of an expert the text has introduced before by title and
    name, now by the family name alone: "Analyst Tobias Brecht … Experten halten weitere
    Erhöhungen für wahrscheinlich. …, sagte Brecht." (``experts``: ``_expert_surnames``; a
    coach or a doctor of a reportage speaking next does not name the experts)."""
    return any(t.text in experts and ((k > 0 and cues.verb_at(toks, k - 1))
                                      or (k + 1 < len(toks) and cues.verb_at(toks, k + 1)))
               for k, t in enumerate(toks))


def _expert_surnames(sentences: Sequence[Sentence], people: frozenset[str]) -> frozenset[str]:
    """The family names of ``people`` whom the text introduces with an expert title ("Analyst
    Tobias Brecht", "Ökonomin Petra Lind")."""
    out: set[str] = set()
    for sent in sentences:
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.is_upper_initial and t.lower.endswith(_EXPERT_TITLES):
                out.update(u.text for u in toks[k + 1:k + 4] if u.text in people)
    return frozenset(out)


# what may follow a name in the sentence: "…, warnt der Anwalt Hendrik Brause, der …"
_NAME_ENDS = frozenset({",", ".", ":", ";", "(", "!", "?"})


def _person_named(toks: Sequence[Token], cues: SpeechCues) -> bool:
    """The sentence gives a named person's words: a first name right after the verb of saying
    ("…“, sagte Katrin Oberdorf"), after a role ("Stadtrat Jürgen Pohl sagte, …") or between
    commas ("Die Sprecherin …, Petra Kahl, erklärt"), whatever the family name looks like."""
    from .entities import NAME, NOUN, OTHER, word_class  # the name lists load only when needed

    if not (_names_speaker(toks, speaker_only=True) or colon_introduction(toks) is not None):
        return False
    return any(a.is_upper_initial and b.is_upper_initial and word_class(a.text) == NAME
               and (word_class(b.text) == NAME or _initial(b) or (k > 0 and cues.verb_at(toks, k - 1))
                    or (k > 0 and toks[k - 1].is_upper_initial
                        and word_class(toks[k - 1].text) == NOUN
                        and (word_class(b.text) not in (NOUN, OTHER)
                             # a family name that is also a noun ("Anwalt Hendrik Brause,",
                             # "Trainerin Sandra Klein sagte")
                             or (k + 2 < len(toks) and (toks[k + 2].text in _NAME_ENDS
                                                        or cues.verb_at(toks, k + 2)))))
                    or (k > 0 and toks[k - 1].text == "," and k + 2 < len(toks)
                        and toks[k + 2].text in {",", ":"})
                    # the name opens the sentence before its apposition: "Jens Voigt, der an
                    # der Allee wohnt, sagte, …"
                    or (k == 0 and k + 2 < len(toks) and toks[k + 2].text == ","))
               for k, (a, b) in enumerate(pairwise(toks)))


def _initial(tok: Token) -> bool:
    """A family name abbreviated to its initial, as tabloids do: "Nachbarin Gisela T."."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


# bodies whose forecasts and statements name the experts a sentence before left unnamed: word
# endings ("Wirtschaftsforschungsinstitut", "Bundesbank", "Arbeiterkammer") and short names
_INSTITUTION_ENDINGS = ("institut", "instituts", "bank", "verband", "verbands", "kammer",
                        "kommission", "fonds", "forschungsstelle", "sachverständigenrat",
                        "agentur", "bundesamt", "landesamt",
                        # associations of advocates: Tierschutzbund, Kinderschutzbund, Mieterbund
                        "schutzbund", "mieterbund")
_INSTITUTION_NAMES = frozenset({"ifo", "diw", "iw", "iwh", "rwi", "wifo", "ihs", "ezb", "iwf",
                                "oecd", "destatis", "eurostat", "statistik"})
# verbs by which such a body gives its expectation or its view: "rechnet damit", "geht davon
# aus", "erwartet", "spricht von weißen Flecken", "beklagt"
_EXPECTING = frozenset({"rechnen", "erwarten", "prognostizieren", "gehen", "schätzen",
                        "vorhersagen", "befürchten", "voraussagen", "kalkulieren", "warnen",
                        "sehen", "sprechen", "beklagen", "kritisieren", "bemängeln"})
# advice that unnamed experts give and a named body gives next: "Experten raten, … Der
# Tierschutzbund betont seit Jahren, …" (not "Experten weisen darauf hin, … Der Verband
# empfiehlt …": a fact pointed out is not the body's advice)
_ADVISING = frozenset({"raten", "empfehlen"})
_ADVICE_GIVING = frozenset({"raten", "empfehlen", "betonen", "mahnen", "warnen", "fordern"})
# a named economist or expert within the next two sentences: "… sagte Konjunkturexperte Markus
# Riedel" after "erwarten Ökonomen" and a sentence on the institute's forecast
_EXPERT_TITLES = ("experte", "expertin", "ökonom", "ökonomin", "analyst", "analystin",
                  "politologe", "politologin", "soziologe", "soziologin", "historiker",
                  "historikerin", "jurist", "juristin", "politikwissenschaftler",
                  "politikwissenschaftlerin",
                  "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "volkswirt",
                  "volkswirtin", "chefvolkswirt", "chefvolkswirtin",
                  # physicians and scientists of a field: "…, sagte der HNO-Arzt Stefan Leuthold"
                  "arzt", "ärztin", "mediziner", "medizinerin", "psychologe", "psychologin",
                  "biologe", "biologin", "virologe", "virologin", "epidemiologe",
                  "epidemiologin", "chemiker", "chemikerin", "physiker", "physikerin",
                  "professor", "professorin",
                  # any "-loge"/"-login" of a field: Toxikologe, Kardiologin, Geologe
                  "loge", "login",
                  # lawyers of a field: Verfassungsrechtler, Staatsrechtlerin, Fachanwalt
                  "rechtler", "rechtlerin", "anwalt", "anwältin",
                  # consultants of a trade: "Die Hamburger Modeberaterin Carla Wendt hält …"
                  "berater", "beraterin")
_EXPERT_NAMED_WITHIN = 2


def _institution_expects(tokens: Sequence[Token], verbs: frozenset[str] = _EXPECTING) -> bool:
    """The first clause has a named research body, bank or association give its view: "Das
    Institut für Wirtschaftsforschung in Halle rechnet damit, …", "Die Bundesbank geht davon aus,
    …", "Der Landesverband der Hebammen spricht von …" (or, with ``verbs``, its advice)."""
    clause = _opening_clause(tokens)
    if not any(_institution(t) for t in clause):
        return False
    # a view on what is coming, not any statement ("Die Bank teilte mit, ihr Gewinn sei …")
    lows = {t.lower for t in clause}
    return any(not t.is_upper_initial and (t.lemma in verbs or t.lower in verbs)
               and (t.lemma != "gehen" or {"davon", "aus"} <= lows)
               and (t.lemma != "sprechen" or "von" in lows) for t in clause)


_SOURCE_MARKS = frozenset({"angaben", "laut", "zufolge", "schätzung", "schätzungen",
                           "berechnungen", "prognose", "prognosen"})
_SOURCE_MARK_REACH = 4


def _institution(tok: Token) -> bool:
    return tok.is_upper_initial and tok.is_word and (tok.lower.endswith(_INSTITUTION_ENDINGS)
                                                     or tok.lower in _INSTITUTION_NAMES)


def _institution_near(tokens: Sequence[Token], marks: frozenset[str], before: int,
                      after: int) -> bool:
    """A word of ``marks`` with a named body within ``before`` tokens before it or ``after``
    tokens after it."""
    return any(t.lower in marks and any(
        _institution(u) for u in tokens[max(0, k - before):k + after + 1])
        for k, t in enumerate(tokens))


def _institution_source(tokens: Sequence[Token]) -> bool:
    """The sentence names a research body or bank as its source: "Experten zufolge ist der
    Schaden enorm, nach Angaben des Versicherungsverbands liegt er bei …"."""
    return _institution_near(tokens, _SOURCE_MARKS, _SOURCE_MARK_REACH, _SOURCE_MARK_REACH)


_VIEW_MARKS = frozenset({"einschätzung", "einschätzungen", "ansicht", "auffassung", "sicht"})
_VIEW_MARK_REACH = 6  # "Einschätzung von Analysten des Kieler Instituts": the body follows


def _institution_view(tokens: Sequence[Token]) -> bool:
    """The sentence gives a named body's view: "Nach Einschätzung von Analysten des Kieler
    Instituts für Agrarökonomie dürfte …", "Aus Sicht der Bundesbank …". (Not "nach Angaben
    des Bundesamts": figures from an office do not name the experts before.)"""
    return _institution_near(tokens, _VIEW_MARKS, 0, _VIEW_MARK_REACH)


def _expert_named(tokens: Sequence[Token]) -> bool:
    """A sentence gives the words of an expert by title and name: "…, sagte Konjunkturexperte
    Markus Riedel", "Ökonomin Petra Lindner erwartet …"."""
    from .entities import NAME, NOUN, OTHER, word_class  # the name lists load only when needed

    cues = speech_cues()
    if not _names_speaker(tokens) and not any(
            (t.lemma in _EXPECTING or t.lemma in _RATING) and not t.is_upper_initial
            for t in tokens) and not cues.has_verb(tokens) and not _holds_for(tokens):
        return False  # (a verb of saying after a relative clause: "Der Entomologe X, der …,
        # bezeichnete sie als …")
    for k, a in enumerate(tokens[:-1]):
        if not (a.is_upper_initial and a.lower.endswith(_EXPERT_TITLES)):
            continue
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].lower in _ACADEMIC_ABBREVIATIONS:
            j += 1  # "Klimatologe Prof. Dr. Henrik Olsen"
        b = tokens[j]
        if not b.is_upper_initial:
            continue
        if word_class(b.text) == NAME:
            return True
        # a first and a family name the name lists do not know: two capitalized words that are
        # no nouns ("Henrik Olsen"), after a title
        if j + 1 < len(tokens) and tokens[j + 1].is_upper_initial and all(
                word_class(t.text) not in (NOUN, OTHER) for t in tokens[j:j + 2]):
            return True
    # the title as an apposition after the name: "…, sagte Martin Kersting, Autoanalyst beim …"
    return any(a.is_upper_initial and word_class(a.text) == NAME and b.is_upper_initial
               and c.text == "," and d.is_upper_initial and d.lower.endswith(_EXPERT_TITLES)
               for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def _holds_for(tokens: Sequence[Token]) -> bool:
    """A rating with "halten … für": "Die Beraterin X hält die Schnitte für solide"."""
    lows = set(map(_LOWER, tokens))
    return "für" in lows and any(t.lemma == "halten" and not t.is_upper_initial for t in tokens)


# an expert's verdict: "Der Entomologe X … bezeichnete sie als methodisch sauber"
_RATING = frozenset({"bezeichnen", "nennen", "bewerten", "beurteilen", "loben", "kritisieren",
                     "urteilen", "einschätzen"})
_ACADEMIC_ABBREVIATIONS = frozenset({"prof", "prof.", "dr", "dr.", ".", "med.", "rer.", "nat.",
                                     "phil.", "habil.", "ing."})


_ANAPHORIC = frozenset({"die", "diese", "dieser", "diesen", "jene", "jener", "den", "der"})


def _mentions_researchers(tokens: Sequence[Token]) -> bool:
    return not (_RESEARCHERS.isdisjoint(map(_LOWER, tokens))
                and _RESEARCHERS.isdisjoint(map(_LEMMA, tokens)))


def _refers_back(tokens: Sequence[Token]) -> bool:
    """A group with a definite article or demonstrative, at most one word between them ("die
    Forscher", "diese Experten", "die Wiener Forscher"): the group the text has already
    introduced, not an unnamed new source."""
    for k, t in enumerate(tokens):
        if t.lemma not in _NAMED_GROUPS or not t.is_upper_initial or k == 0:
            continue
        if tokens[k - 1].lower in _ANAPHORIC or (
                k > 1 and tokens[k - 2].lower in _ANAPHORIC and tokens[k - 1].is_word
                and tokens[k - 1].lower not in _DETERMINERS):
            return True
    return False


# research bodies that make a study when the sentence about it names one: "Für die Untersuchung
# haben Forschende der Universität Greifenberg … ausgewertet"
_RESEARCH_BODIES = ("universität", "hochschule", "institut", "uniklinik", "klinikum",
                    "akademie", "forschungszentrum")


def _names_research_body(tokens: Sequence[Token]) -> bool:
    """A university or institute by name: "das Institut für Arbeit und Organisation",
    "die Universität Bielefeld", "Forschende der Hochschule Trier"."""
    return any(t.is_upper_initial and t.lower.startswith(_RESEARCH_BODIES) and k + 1 < len(tokens)
               and ((tokens[k + 1].is_upper_initial and tokens[k + 1].is_word)
                    or tokens[k + 1].lower == "für")
               for k, t in enumerate(tokens))


def _names_study(tokens: Sequence[Token]) -> bool:
    """A study or survey named by its maker: "Studie der IT-Beratung Crisp Research", "eine
    Umfrage des Meinungsforschungsinstituts Forsa", "Erhebung von Statistik Austria"; or a
    sentence on the study that names the university or institute doing it ("Für die
    Untersuchung haben Forschende der Universität Greifenberg …")."""
    if any(t.is_upper_initial and t.lower.startswith(_RESEARCH_BODIES) and k + 1 < len(tokens)
           and tokens[k + 1].is_upper_initial and tokens[k + 1].is_word
           and k > 0 and tokens[k - 1].lower in {"der", "des", "am", "an", "vom", "von"}
           for k, t in enumerate(tokens)) and not _STUDIES.isdisjoint(map(_LEMMA, tokens)):
        return True
    for k, t in enumerate(tokens[:-2]):
        if t.lemma not in _STUDIES or tokens[k + 1].lower not in _MAKER_LINKS:
            continue
        j = k + 2
        if tokens[j].lower in {"der", "dem", "den"} and j + 1 < len(tokens):
            j += 1
        if tokens[j].is_word and tokens[j].is_upper_initial:
            return True
    return False


# --- embedded questions -----------------------------------------------------------------------

# Words whose clause, when a w-word follows, holds an open question: "unklar ist, warum …"
_ASKING = frozenset({"fragen", "frage", "wissen", "klären", "prüfen", "untersuchen", "unklar",
                     "offen", "ungeklärt", "rätseln", "diskutieren", "diskussion", "debatte",
                     "streit", "streiten", "ermitteln", "offenlassen"})
_W_WORDS = frozenset({"warum", "weshalb", "wieso", "inwiefern", "inwieweit"})
# hedges and certainty markers whose claim an embedded question does not make
QUESTIONED_CATEGORIES = frozenset({"speculation", "certainty"})


def open_questions(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character ranges of embedded questions: an "ob" clause ("Offen ist, ob die Polizei
    möglicherweise Fehler gemacht hat") or a "warum" clause after a word of asking or not
    knowing. A hedge in them is the open question, not the author's speculation; not when the
    author asks ("man fragt sich, ob …", "wir wissen nicht, ob …").
    """
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        low = tok.lower
        if low != "ob" and low not in _W_WORDS:
            continue
        if i > 0 and tokens[i - 1].text not in _CLAUSE_BREAKS and tokens[i - 1].lower not in {
                "und", "oder", "darüber", "danach", "davon"}:
            continue  # "ob" as preposition ("ob der Kritik"), a w-word inside a clause
        if low in _W_WORDS:
            before = tokens[max(0, i - 8):i]
            if not any(t.lemma in _ASKING or t.lower in _ASKING for t in before):
                continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in _CLAUSE_BREAKS
                    and not (j + 1 < len(tokens) and tokens[j + 1].lower in {"um", "oder"})),
                   len(tokens))
        if end - 1 <= i:
            continue
        outside = (*tokens[:i], *tokens[end:])
        if not _SELF.isdisjoint(map(_LOWER, outside)) or not any(t.is_word for t in outside) or (
                i == 0 and tokens[-1].text == "?"):
            continue  # the author asks: "man fragt sich, ob …", "Ob da vielleicht …?"
        out.append((tok.start, tokens[end - 1].end))
    return out


# --- interviews ------------------------------------------------------------------------------

INTERVIEW_MIN_TURNS = 3
_LABEL_MAX_WORDS = 3


def _turn_label(tokens: Sequence[Token]) -> str | None:
    """"Poposki:" / "STANDARD:" / "Ursula von der Leyen:" at the start of a sentence, also with
    a stage direction: "Kofler (lacht):"."""
    for k, tok in enumerate(tokens[:_LABEL_MAX_WORDS + 2]):
        if tok.text == "(" and k:
            close = next((j for j in range(k + 1, min(len(tokens), k + 5))
                          if tokens[j].text == ")"), None)
            if close is None or close + 1 >= len(tokens) or tokens[close + 1].text != ":" or not all(
                    t.is_word for t in tokens[k + 1:close]):
                return None
            tok = tokens[close + 1]
        if tok.text == ":":
            words = tokens[:k]
            if 1 <= len(words) <= _LABEL_MAX_WORDS and words[0].is_upper_initial and all(
                    t.is_word for t in words):
                return " ".join(t.text for t in words)
            return None
        if not tok.is_word:
            return None
    return None


def interview_turns(sentences: Sequence[Sentence]) -> list[str | None]:
    """Speaker of each sentence when the text is an interview, else all None.

    An interview has at least three sentences opening with a speaker label ("STANDARD:",
    "Poposki:") and at least two labels that each open two or more turns (a commentary's
    "Denn:", "Oder:", "Im Gegenteil:" occur once each); a turn runs until the next label. Questions
    in it are the interviewer's questions, answers belong to the interviewee.
    """
    labels = [_turn_label(s.tokens) for s in sentences]
    found = [lab for lab in labels if lab is not None]
    repeated = {lab for lab in found if found.count(lab) >= 2}
    if len(found) < INTERVIEW_MIN_TURNS or len(repeated) < 2:
        return [None] * len(sentences)
    turns: list[str | None] = []
    current: str | None = None
    for lab in labels:
        if lab is not None:
            current = lab
        turns.append(current)
    return turns




def _paragraphs(text: str, sentences: Sequence[Sentence]) -> list[list[int]]:
    """The sentence indices of each paragraph (a line break between two sentences parts them)."""
    paragraphs: list[list[int]] = []
    for i, sent in enumerate(sentences):
        if i and _same_paragraph(text, sentences[i - 1], sent):
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    return paragraphs


# an interview's question paragraph has at most this many sentences
_QUESTION_MAX_SENTENCES = 3


def _short_question(text: str, sentences: Sequence[Sentence], para: Sequence[int]) -> bool:
    """A paragraph short enough for an interview's question that ends in "?"."""
    return len(para) <= _QUESTION_MAX_SENTENCES and _ends_in_question(text, sentences, para)


def unlabelled_questions(text: str, sentences: Sequence[Sentence],
                         turns: Sequence[str | None]) -> list[str | None]:
    """``turns`` (from ``interview_turns``) with the interviewer's questions that carry no label
    marked "?": an interview whose labels stop halfway ("Frage: … / Ortleb: …", then "Wo bleibt
    das Geld?" / "Das müssen Sie die Molkereien fragen.") runs every later paragraph into the
    last labelled answer. A paragraph of at most three sentences inside another speaker's turn,
    opening with no label and ending in "?", with a paragraph after it, is the interviewer's
    question again (only when the interviewer's label is known: it mostly asks); so is a
    question put as a statement inside the turn (``_put_as_statement``)."""
    labels = _speaker_labels(turns)
    if not labels:
        return list(turns)
    askers = _askers(sentences, turns, _labelled_runs(sentences, turns, labels))
    if not askers:
        return list(turns)
    paragraphs = _paragraphs(text, sentences)
    out = list(turns)
    for k, para in enumerate(paragraphs[:-1]):
        turn = turns[para[0]]
        if turn is None or turn in askers or not (
                _short_question(text, sentences, para)
                or (k > 0 and turns[paragraphs[k - 1][0]] == turn
                    and _put_as_statement(sentences, para, paragraphs[k + 1]))) \
                or _turn_label(sentences[para[0]].tokens) is not None \
                or turns[paragraphs[k + 1][0]] != turn \
                or _turn_label(sentences[paragraphs[k + 1][0]].tokens) is not None:
            continue
        for i in para:
            out[i] = "?"
    return out


# share of a label's turns that must end in a question for the label to be the interviewer's
_ASKING_SHARE = 0.6


def _labelled_runs(sentences: Sequence[Sentence], turns: Sequence[str | None],
                   labels: set[str]) -> list[list[int]]:
    """The sentences of each labelled turn, in order."""
    runs: list[list[int]] = []
    for i, turn in enumerate(turns):
        if turn in labels and (not runs or turns[runs[-1][0]] != turn
                               or _turn_label(sentences[i].tokens)):
            runs.append([i])
        elif turn in labels:
            runs[-1].append(i)
    return runs


def _speaker_labels(turns: Sequence[str | None]) -> set[str]:
    """The speaker labels among ``turns`` (not the unlabelled question "?" or "answer")."""
    return {turn for turn in turns if turn is not None and turn not in {"?", "answer"}}


def _askers(sentences: Sequence[Sentence], turns: Sequence[str | None],
            runs: list[list[int]]) -> set[str]:
    """The labels whose turns (``runs``) mostly end in a question: the interviewer's
    ("STANDARD", "Frage")."""
    asked: dict[str, list[bool]] = {}
    for run in runs:
        asked.setdefault(turns[run[0]] or "", []).append(sentences[run[-1]].tokens[-1].text == "?")
    return {lab for lab, ends in asked.items()
            if len(ends) >= 2 and sum(ends) >= _ASKING_SHARE * len(ends)}


def interviewer_sentences(sentences: Sequence[Sentence],
                          turns: Sequence[str | None]) -> frozenset[int]:
    """The sentences of an interview's questions (``turns`` from ``interview_turns`` or
    ``question_answer_turns``): unlabelled question paragraphs ("?"), and in the turns of the
    label whose turns mostly end in a question ("STANDARD:", "Frage:") the sentences up to the
    turn's first question. They are the outlet's voice. What follows a question inside such a
    turn, and a sentence holding another speaker's label, is left to the interviewee (a label
    the text lost in an ellipsis or a run-on paragraph: "… weil ... Zeidler: ... weil …")."""
    out = {i for i, turn in enumerate(turns) if turn == "?"}
    labels = _speaker_labels(turns)
    if not labels:
        return frozenset(out)
    runs = _labelled_runs(sentences, turns, labels)
    askers = _askers(sentences, turns, runs)
    for run in runs:
        if turns[run[0]] not in askers:
            continue
        others = labels - {turns[run[0]]}
        for i in run:
            toks = sentences[i].tokens
            if any(t.text in others and k + 1 < len(toks) and toks[k + 1].text == ":"
                   for k, t in enumerate(toks[1:], 1)):
                break  # another speaker's label inside: the answer has begun
            out.add(i)
            if toks[-1].text == "?":
                break  # the question is put; what follows in the turn is no longer the asker's
    return frozenset(out)


def _ends_in_question(text: str, sentences: Sequence[Sentence], para: Sequence[int]) -> bool:
    """The paragraph's last sentence ends in "?" (closing quote marks aside)."""
    last = sentences[para[-1]]
    return text[last.start:last.end].rstrip(" “”\"»«").endswith("?")


def question_answer_turns(text: str, sentences: Sequence[Sentence]) -> list[str | None]:
    """Speaker of each sentence of an interview whose questions carry no label, else all None.

    "Herr Kessler, was war da los?" / "Kessler: Wir haben uns blamiert." — a paragraph that
    opens with a speaker label and follows a paragraph ending in a question is an answer; with
    at least two such pairs for the same label the text is an interview. The answer paragraph
    is the interviewee's, the question paragraph before it the interviewer's ("?"); the
    author's introduction and closing paragraphs stay the author's.
    """
    paragraphs = _paragraphs(text, sentences)
    labels = [_turn_label(sentences[para[0]].tokens) for para in paragraphs]
    answered = [k for k in range(1, len(paragraphs)) if labels[k] is not None
                and _ends_in_question(text, sentences, paragraphs[k - 1])]
    per_label = {labels[k]: sum(1 for j in answered if labels[j] == labels[k]) for k in answered}
    if not per_label or max(per_label.values()) < 2:
        return _unlabelled_turns(text, sentences, paragraphs)
    turns: list[str | None] = [None] * len(sentences)
    for k in answered:
        for i in paragraphs[k]:
            turns[i] = labels[k]
        for i in paragraphs[k - 1]:
            turns[i] = "?"
    # once the text is an interview, the interviewee's label opens an answer also after a
    # question put as a statement ("Sie bekommen dafür viel Gegenwind." / "Lenzen: Ja, leider.");
    # that statement stays the author's
    speaker = max(per_label, key=per_label.__getitem__)
    first = min(answered)
    for k in range(first + 1, len(paragraphs)):
        if labels[k] == speaker and turns[paragraphs[k][0]] is None:
            for i in paragraphs[k]:
                turns[i] = speaker
    _unlabelled_answers(text, sentences, paragraphs, labels, turns, first, speaker)
    return turns


def _unlabelled_answers(text: str, sentences: Sequence[Sentence],
                        paragraphs: Sequence[Sequence[int]], labels: Sequence[str | None],
                        turns: list[str | None], first: int, speaker: str) -> None:
    """Once labelled answers make the text an interview, the labels may stop: a short
    unlabelled paragraph ending in "?" followed by an unlabelled one is a question and its
    answer ("Wie haben Sie den Einsatz erlebt?" / "Wir waren nach 14 Minuten vor Ort."). The
    answer runs up to the next question or label; after the last question only paragraphs in the
    first person follow it (the author's closing lines stay the author's)."""
    def open_(k: int) -> bool:
        return labels[k] is None and turns[paragraphs[k][0]] is None

    def question(k: int) -> bool:
        return open_(k) and _short_question(text, sentences, paragraphs[k])

    asked = [k for k in range(first + 1, len(paragraphs) - 1)
             if question(k) and open_(k + 1) and not question(k + 1)]
    def spoken(j: int) -> bool:
        return _speaks_as(sentences, paragraphs[j], _SPEAKER_VOICES)

    def ends(j: int) -> bool:  # the answer ends at a label, a turn taken or the next question
        return not open_(j) or question(j)

    _assign_answers(paragraphs, turns, asked, speaker, ends=ends, spoken=spoken)
    # After an answer, an unlabelled paragraph in the first person is the answer running on
    # ("Roth: Die Abwehr. …" / "Ich habe mit jedem Spieler gesprochen …"); a short one in nobody's
    # first person followed by one in the first person is a question put as a statement and its
    # answer ("Kritiker werfen Ihnen vor, …" / "Da ist etwas dran. Wir hätten …").
    for k in range(first + 1, len(paragraphs)):
        if turns[paragraphs[k - 1][0]] != speaker or not open_(k) or question(k):
            continue
        if spoken(k):
            for i in paragraphs[k]:
                turns[i] = speaker
        elif k + 1 < len(paragraphs) and open_(k + 1) and not question(k + 1) \
                and _put_as_statement(sentences, paragraphs[k], paragraphs[k + 1]):
            _assign_answers(paragraphs, turns, [k], speaker, ends=ends, spoken=spoken)


def _put_as_statement(sentences: Sequence[Sentence], para: Sequence[int],
                      after: Sequence[int]) -> bool:
    """An interviewer's question put as a statement ("Kritiker sagen, die Liga verdiene zu
    wenig." / "Kritiker werfen Ihnen vor, …"): a short paragraph in nobody's first person that
    addresses the interviewee or reports someone's words, and the paragraph after it answers in
    the first person."""
    if len(para) > _QUESTION_MAX_SENTENCES or _speaks_as(sentences, para, _SPEAKER_VOICES) \
            or not _speaks_as(sentences, after, _SPEAKER_VOICES):
        return False
    cues = speech_cues()
    return any(_addresses_someone(sentences[i]) or cues.has_verb(sentences[i].tokens)
               for i in para)


def _speaks_as(sentences: Sequence[Sentence], para: Sequence[int], voices: frozenset[str]) -> bool:
    """The paragraph has a word of ``voices`` ("ich", "wir" …): someone speaks in it."""
    return any(t.lower in voices for i in para for t in sentences[i].tokens)


def _assign_answers(paragraphs: Sequence[Sequence[int]], turns: list[str | None],
                    asked: Sequence[int], label: str, ends: Callable[[int], bool],
                    spoken: Callable[[int], bool]) -> None:
    """Mark each asked paragraph as the question ("?") and the paragraphs after it as
    ``label``'s answer, up to the first where ``ends``; after the last question only paragraphs
    where ``spoken`` (the author's closing lines stay the author's)."""
    for n, k in enumerate(asked):
        for i in paragraphs[k]:
            turns[i] = "?"
        last = n + 1 == len(asked)
        for j in range(k + 1, len(paragraphs)):
            if ends(j) or (last and j > k + 1 and not spoken(j)):
                break
            for i in paragraphs[j]:
                turns[i] = label


# formal address of the interviewee inside a question: "Sie", "Ihnen", "Ihre" (capitalized)
_FORMAL_ADDRESS = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
_INTERVIEW_WORDS = ("interview", "gespräch")
# an interview announced in its lead asks its first question within its first paragraphs
_LEAD_QUESTION_PARAGRAPH = 3
# without the word "Interview" or "Gespräch" before the first question, this many pairs
_UNLABELLED_MIN_PAIRS = 3


def _addresses_someone(sent: Sentence) -> bool:
    """The formal "Sie"/"Ihnen"/"Ihre" inside the sentence, or "Herr X," / "Frau X," at its
    start: a question put to the interviewee."""
    toks = sent.tokens
    if len(toks) > 2 and toks[0].lower in {"herr", "frau"} and toks[1].is_upper_initial:
        return True
    return any(t.text[:1].isupper() and t.lower in _FORMAL_ADDRESS for t in toks[1:])


# the interviewer's credit closing a print interview: "Interview: Jonas Kern", "Das Gespräch
# führte Eva Brandl"
_INTERVIEW_CREDIT = re.compile(r"\s*(?:(?:Das\s+)?(?:Interview|Gespräch)\s*(?::|führten?\b|von\b)"
                               r"|Interview\s+und\s+Fotos?\s*:)")


def _announced_interview(text: str, sentences: Sequence[Sentence],
                         paragraphs: Sequence[Sequence[int]]) -> bool:
    """The text says it is an interview before its first paragraph ends or in its last one: a
    teaser "Direktorin Anna Kern über …" in the lead, or the interviewer's credit at the end."""
    if paragraphs and _INTERVIEW_CREDIT.match(text, sentences[paragraphs[-1][0]].start):
        return True
    return any(teaser_topic(sentences[i].tokens) is not None
               or _explains_teaser(sentences[i].tokens)
               for i in range(min(len(sentences), _teaser_length(text, sentences))))


# "Die Jägerin Annette Krüger erklärt, warum …": a lead that announces what a named person
# explains is an interview's teaser
_EXPLAINS = frozenset({"erklärt", "erläutert", "verrät", "erzählt", "schildert", "sagt"})
_ASKED_ABOUT = frozenset({"warum", "wieso", "weshalb", "wie", "was", "wo", "wann", "ob",
                          "welche", "welcher", "welches", "wer"})
# … and "Die Imkerin Brigitte Aschenbrenner aus Haldenweiler spricht über leere Waben, …"
_TALKS_ABOUT = frozenset({"spricht", "erzählt", "redet", "berichtet"})
_HOME_PLACE = frozenset({"aus", "von", "vom"})
_TEASER_LABEL_MAX = 6  # "Imkerin Brigitte Aschenbrenner aus Haldenweiler"


def _explains_teaser(tokens: Sequence[Token]) -> bool:
    """A lead sentence "(Die) <role> <name> erklärt, warum …" or "… spricht über …": a person
    named by role or full name (and home place: "aus Haldenweiler") explains questions the text
    then puts to her."""
    k = 1 if tokens and tokens[0].lower in _DETERMINERS else 0
    j = next((j for j in range(k + 1, min(k + 1 + _TEASER_LABEL_MAX, len(tokens) - 2))
              if tokens[j].lower in _EXPLAINS or tokens[j].lower in _TALKS_ABOUT), None)
    if j is None:
        return False
    explains = tokens[j].lower in _EXPLAINS and tokens[j + 1].text == "," \
        and tokens[j + 2].lower in _ASKED_ABOUT
    talks = tokens[j].lower in _TALKS_ABOUT and tokens[j + 1].lower in {"über", "von"}
    if not (explains or talks):
        return False
    return _person_label_at_home(tokens[k:j])


def _unlabelled_turns(text: str, sentences: Sequence[Sentence],
                      paragraphs: Sequence[Sequence[int]]) -> list[str | None]:
    """Turns of an interview whose questions and answers both carry no label (common in print
    interviews): a short paragraph that ends in "?" and addresses someone ("Sie", "Herr X,")
    followed by a paragraph in the first person singular is a question and its answer. With
    two such pairs after the word "Interview"/"Gespräch" (or three without it) the answer runs
    up to the next question; after the last question only first-person paragraphs follow."""
    none: list[str | None] = [None] * len(sentences)

    def question(k: int) -> bool:
        para = paragraphs[k]
        return _short_question(text, sentences, para) and any(
            _addresses_someone(sentences[i]) for i in para)

    asked_to = [question(k) for k in range(len(paragraphs))]
    questions = [k for k in range(len(paragraphs) - 1) if asked_to[k] and not asked_to[k + 1]]
    if not questions:
        return none  # most texts: no question put to someone, no interview to look for
    # the word "Interview"/"Gespräch" before the first question ("Ein Gespräch über …"), a
    # teaser or a closing credit says the text is an interview
    said = any(w in text[:sentences[paragraphs[questions[0]][0]].start].lower()
               for w in _INTERVIEW_WORDS)
    marked = said or _announced_interview(text, sentences, paragraphs)
    # the interviewee speaks as "ich", and for an institution as "wir" once the text says it
    # is an interview (a newsroom's "wir" answers no question put to "Sie")
    voices = _SPEAKER_VOICES if marked else _FIRST_SINGULAR

    def first_person(k: int) -> bool:
        return _speaks_as(sentences, paragraphs[k], voices)

    asked = [k for k in questions if first_person(k + 1)]
    if not marked and len(asked) >= _UNLABELLED_MIN_PAIRS:
        # three questions put to someone and answered in the first person make the text an
        # interview as surely as a teaser does ("Tobias Hallwachs, Braumeister der …,
        # erklärt, warum …" escapes the teaser forms): read it as announced, so the answers
        # given as "wir" and the short questions without "Sie" count too
        marked, voices = True, _SPEAKER_VOICES
        asked = [k for k in questions if first_person(k + 1)]
    # an interview announced in its lead ("Ein Gespräch über …") that opens with a question put
    # to the interviewee: its answers need not speak in the first person ("Zurzeit 41. Vor zehn
    # Jahren waren es noch 58.")
    # (or by a teaser "Schulleiterin Birgit Obermann über Ängste, …" or a closing credit: the
    # text is ``marked``)
    announced = questions[0] <= _LEAD_QUESTION_PARAGRAPH and marked
    if not asked and not announced:
        return none
    first = asked[0] if asked else questions[0]
    lead = text[:sentences[paragraphs[first][0]].start].lower()
    needed = 2 if marked or any(w in lead for w in _INTERVIEW_WORDS) else _UNLABELLED_MIN_PAIRS
    relaxed = False  # set below for an announced interview

    def put(k: int) -> bool:
        """Once the text is an interview, a short paragraph ending in "?" that a first-person
        answer follows is a question too, without "Sie" ("Ihr Vertrag läuft aus. Gibt es
        Gespräche?", "Und danach?"); in an announced interview also a short statement put to
        the interviewee ("Sie haben auch eine Kinderfeuerwehr gegründet.")."""
        para = paragraphs[k]
        return asked_to[k] or _short_question(text, sentences, para) or (
            relaxed and len(para) <= _QUESTION_MAX_SENTENCES
            and any(_addresses_someone(sentences[i]) for i in para)
            and not _speaks_as(sentences, para, _SPEAKER_VOICES))

    if announced:
        # every short question (or statement put to "Sie") followed by a paragraph that is
        # none, from the first question on
        relaxed, first = True, questions[0]
        pairs = [k for k in range(first, len(paragraphs) - 1) if put(k) and not put(k + 1)]
        if len(pairs) < _UNLABELLED_MIN_PAIRS:
            relaxed, first = False, asked[0] if asked else first
    if not relaxed and (not asked or len(asked) < needed):
        return none

    asked = [k for k in range(first, len(paragraphs) - 1)
             if put(k) and not put(k + 1) and (relaxed or first_person(k + 1))]
    turns = list(none)
    _assign_answers(paragraphs, turns, asked, "answer", ends=put, spoken=first_person)
    return turns


# --- whose "wir" ------------------------------------------------------------------------------

# "unsere Redaktion", "unser Reporter": the newsroom speaking about its own work.
_NEWSROOM_NOUNS = ("redaktion", "redakteur", "reporter", "frage", "interview", "gespräch",
                   "informationen",  # "nach unseren Informationen": the newsroom's reporting
                   "korrespondent", "zeitung", "blatt", "team",
                   "leser", "anfrage", "recherche", "kolleg", "mitarbeiter", "fotograf", "autor",
                   "ausgabe", "website", "webseite", "podcast", "newsletter", "sender",
                   "magazin", "umfrage", "archiv", "berichterstattung", "liveticker", "ticker",
                   "kommentator", "kolumn", "gastautor", "experte", "userin", "user", "forum",
                   "chefredakt", "nutzer", "plattform", "sendung", "studio", "onlineausgabe",
                   "printausgabe", "zuseher", "zuschauer", "hörer",
                   # the local paper's home area: "in vielen Dörfern unseres Landkreises"
                   "landkreis", "verbreitungsgebiet")
# verbs around "wir"/"uns" that describe reporting work: "wie wir berichteten", "sagte uns"
_NEWSROOM_VERBS = ("berichte", "berichtet", "nachgefragt", "angefragt", "recherchiert",
                   "erfuhren", "erfahren", "vorliegen", "vorliegt", "vorliegend", "vorlag",
                   "vorlagen", "gegenüber", "mitgeteilt", "bestätigt", "dokumentiert",
                   "veröffentlicht", "exklusiv")
_SPEECH_TO_US = frozenset({"sagte", "sagt", "erklärte", "schrieb", "bestätigte", "teilte",
                           "antwortete", "erzählte", "verriet", "schreibt", "schreiben",
                           "schrieben", "erzählt", "meldet", "meldete", "mailte", "teilt"})
# a sentence about the newsroom's own channel: "Wir beenden unseren Ticker für heute", "Wir
# haben den Abend im Liveticker begleitet", "Wir halten Sie auf dem Laufenden"
_NEWSROOM_CHANNELS = frozenset({"ticker", "liveticker", "newsticker", "newsletter", "podcast",
                                "redaktion", "livestream", "Laufenden"})
# A forecaster's "wir": "Wir erwarten für Dienstag Regen".
_WEATHER = ("regen", "schnee", "gewitter", "sonne", "wolken", "temperatur", "grad", "wind",
            "frost", "niederschl", "schauer", "hitze", "nebel", "glätte", "sturm")
# the forms of "wir" (negation.py asks the same of its appeal senses)
WE_FORMS = frozenset({"wir", "uns", "unser", "unsere", "unserer", "unserem", "unseren", "unseres"})
# an interviewee speaks as "ich" or, for an institution, as "wir"
_SPEAKER_VOICES = _FIRST_SINGULAR | WE_FORMS
# set phrases with "wir"/"unser" that speak for no one: dates and eras
_SET_PHRASES_WE = frozenset({("wir", "schreiben", "das", "jahr"), ("unserer", "zeitrechnung"),
                             ("unsere", "zeitrechnung"),
                             # the newsroom's sign-off: "Wir bleiben dran!"
                             ("wir", "bleiben", "dran")})


# --- text that is not the author's German copy ----------------------------------------------

_EMBED = re.compile(r"pic\.twitter\.com/|https?://t\.co/|\(@\w{2,}\)|(?:^|\s)@\w{2,}\b")
_ENGLISH = frozenset({"the", "a", "an", "of", "and", "for", "to", "on", "with", "is", "are",
                      "was", "my", "your", "our", "you", "i", "it", "its", "this", "that", "in",
                      "not", "no", "be", "have", "has", "who", "what", "let", "me", "we", "they",
                      "just", "so", "love", "get", "at", "by", "if", "can", "will", "do", "don't"})


_GERMAN = frozenset({"der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "war", "ein",
                     "eine", "nicht", "mit", "von", "zu", "auf", "für", "sich", "auch", "es",
                     "wird", "hat", "dass", "sie", "er", "wir", "ich"})


def foreign_or_embedded(tokens: Sequence[Token]) -> bool:
    """An embedded social-media post (pic.twitter.com, t.co links, @handles) or a sentence in
    English: quoted material in online copy, not the author's German wording."""
    n_words = sum(map(_IS_WORD, tokens))
    if not n_words:
        return False
    text = " ".join(map(_TEXT, tokens))
    # every alternative of ``_EMBED`` holds "/" or "@": most sentences need no regex search
    if (("/" in text or "@" in text) and _EMBED.search(text)) \
            or ("#" in text and sum(t.text.startswith("#") for t in tokens) >= 2):
        return True
    if n_words < 3:
        return False
    lows = [t.lower for t in tokens if t.is_word]
    english = sum(map(_ENGLISH.__contains__, lows))
    if english < 2:
        return False  # most sentences: the German count is not needed
    german = sum(map(_GERMAN.__contains__, lows))
    return english >= 0.3 * n_words and german < 2


_MUST = frozenset({"muss", "müsste", "müsse", "sollte"})
_PRICE = frozenset({"euro", "dollar", "franken", "cent", "prozent"})


# the steps of an instruction: "Zuerst muss der Ordner geleert werden. Anschließend muss man …"
_STEP_MARKERS = frozenset({"zuerst", "zunächst", "anschließend", "danach", "abschließend"})


def practical_must(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"Man muss" that states a price or a step of an instruction, not a demand on the reader
    ("Für das große Modell muss man 849 Euro hinblättern", "Anschließend muss man zur
    Kommandozeile wechseln"). A purpose clause is no such sign: "Man muss handeln, um die
    Klimaziele zu erreichen" is an appeal."""
    if _MUST.isdisjoint(map(_LOWER, tokens[start:end])):
        return False
    if not _STEP_MARKERS.isdisjoint(map(_LOWER, tokens[max(0, start - 2):start])):
        return True
    return any(t.lower in _PRICE or t.text[:1].isdigit() for t in tokens[end:end + 6])


def newsroom_we(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the "wir/uns/unser" in tokens[start:end] is the newsroom, a forecaster or part
    of a set phrase.

    Reporting on its own work ("wie wir berichteten", "unsere Redaktion", "sagte uns",
    "liegt uns vor") is not the inclusive "we" that draws readers into a view; nor is a weather
    forecast's "wir erwarten … Regen", nor "vor unserer Zeitrechnung" or "Wir schreiben das
    Jahr 1983". "Wir können davon ausgehen" stays a finding: it speaks for the reader.
    """
    for i in range(start, end):
        tok = tokens[i]
        if tok.lower not in WE_FORMS:
            continue
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if any(tuple(t.lower for t in tokens[i:i + n]) in _SET_PHRASES_WE for n in (2, 3, 4)):
            return True
        if tok.lower.startswith("unser") and nxt.startswith(_NEWSROOM_NOUNS):
            return True
        window = tokens[max(0, i - 3):i + 5]
        if any(t.lower.startswith(_NEWSROOM_VERBS) for t in window):
            return True
        if tok.lower == "wir" and any(a.lower == "im" and b.text.isupper() and len(b.text) >= 4
                                      for a, b in pairwise(window)):
            return True  # "schreiben wir im STANDARD nur IS": the paper's own usage
        if tok.lower == "uns":
            # "sagte uns"; with "zu"/"gegenüber" the verb may stand further back: "sagte sie am
            # Sonntag zu uns" (the paper as the interviewer)
            reach = 8 if i > 0 and tokens[i - 1].lower in {"zu", "gegenüber"} else 3
            if not _SPEECH_TO_US.isdisjoint(map(_LOWER, tokens[max(0, i - reach):i])):
                return True
        if tok.lower in {"wir", "uns"} and any(
                t.text == "Laufenden" if t.lower == "laufenden" else t.lower in _NEWSROOM_CHANNELS
                for t in tokens):
            return True  # the newsroom about its ticker, stream or newsletter
        if tok.lower == "uns" and i > 0 and tokens[i - 1].lower in {"liegt", "liegen", "lag", "lagen"} \
                and "vor" in map(_LOWER, tokens[i + 1:i + 8]):
            return True  # "das Schreiben liegt uns vor"
        if tok.lower == "wir" and nxt in {"erwarten", "rechnen"} and any(
                t.lower.startswith(_WEATHER) for t in tokens):
            return True
    return False
