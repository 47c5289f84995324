"""Who speaks: direct quotations, indirect speech in Konjunktiv I, and the author.

Findings inside a quotation belong to the quoted speaker, not to the newsroom; an editor must
still see them, but they weigh far less. Quotation marks are paired by German, Swiss, English and
typewriter conventions; a short quoted word that is not introduced as speech is not a quotation
but a candidate scare quote (see ``rules``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicon_dir
from .text import Sentence, Token

# closing mark for each opening mark
_PAIRS = {"„": "“”", "»": "«", "«": "»", "‚": "‘’", "“": "”", "‘": "’", '"': '"', "‹": "›",
          "›": "‹"}
_QUOTE_CHARS = frozenset("„“”»«‚‘’\"‹›")
# A quotation with at least this many words is speech, whatever introduces it.
SPEECH_MIN_WORDS = 4
SPEECH_INTRO_LEMMAS = frozenset({
    "sagen", "erklären", "betonen", "meinen", "schreiben", "fragen", "antworten", "rufen",
    "sprechen", "mitteilen", "ergänzen", "fordern", "warnen", "kritisieren", "behaupten",
    "versichern", "bekräftigen", "unterstreichen", "hinweisen", "zitieren", "twittern",
    "posten", "kommentieren", "verkünden", "ankündigen", "berichten", "beteuern", "klagen",
    "so", "laut", "zufolge", "heißen", "sprach", "formulieren", "nennen", "bezeichnen",
    "wetteren", "wettern", "schimpfen", "jubeln", "erwidern", "entgegnen", "zugeben",
})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A paired quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    words: int
    speech: bool = False


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after in " .,;:!?")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Pair quotation marks; unclosed marks at a paragraph end are dropped, not guessed."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and i + 1 < n and text[i + 1] in "\n\r":
            stack.clear()
        elif ch in _QUOTE_CHARS:
            if ch in "’‘" and _is_apostrophe(text, i) and not (stack and ch in _PAIRS[stack[-1][0]]
                                                                 and stack[-1][0] in "‚‘"):
                i += 1
                continue
            if stack and ch in _PAIRS[stack[-1][0]]:
                _opener, pos = stack.pop()
                spans.append((pos, i + 1))
            elif ch == '"' and any(o == '"' for o, _ in stack):
                while stack and stack[-1][0] != '"':
                    stack.pop()
                _, pos = stack.pop()
                spans.append((pos, i + 1))
            elif ch in _PAIRS and ch not in "”’":
                stack.append((ch, i))
        i += 1
    spans.sort()
    result = []
    for s, e in spans:
        inner = text[s + 1:e - 1]
        result.append(QuoteSpan(s, e, s + 1, e - 1, sum(1 for w in inner.split() if _wordy(w))))
    return result


def _wordy(w: str) -> bool:
    return any(c.isalnum() for c in w)


def classify_quotes(text: str, quotes: Sequence[QuoteSpan],
                    sentences: Sequence[Sentence]) -> list[QuoteSpan]:
    """Mark quotations that are speech: long, sentence-like, or introduced by a speech cue."""
    out = []
    for q in quotes:
        inner = text[q.inner_start:q.inner_end].strip()
        speech = (q.words >= SPEECH_MIN_WORDS or inner[-1:] in ".!?…"
                  or _introduced_as_speech(text, q, sentences))
        out.append(QuoteSpan(q.start, q.end, q.inner_start, q.inner_end, q.words, speech))
    return out


def _introduced_as_speech(text: str, q: QuoteSpan, sentences: Sequence[Sentence]) -> bool:
    before = text[max(0, q.start - 3):q.start].rstrip()
    if before.endswith(":"):
        return True
    sent = next((s for s in sentences if s.start <= q.start < s.end), None)
    if sent is None:
        return False
    toks = sent.tokens
    idx = next((k for k, t in enumerate(toks) if t.start >= q.end), None)
    # „Nein“, sagte er. / „Nein“, so der Minister.
    return (idx is not None and toks[idx].text == "," and idx + 1 < len(toks)
            and toks[idx + 1].lemma in SPEECH_INTRO_LEMMAS)


def speech_ranges(quotes: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Outermost character ranges of speech quotations, merged."""
    ranges: list[tuple[int, int]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        if not q.speech:
            continue
        if ranges and q.start < ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], q.end))
        else:
            ranges.append((q.start, q.end))
    return ranges


def in_ranges(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


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
# The author's own subjunctive, not reported speech: "Gott sei Dank", "es sei erwähnt",
# "hier sei darauf hingewiesen", "wie dem auch sei".
_JUSSIVE_BEFORE = frozenset({"gott", "auch", "dem", "so"})
_JUSSIVE_AFTER = frozenset({"dank", "erwähnt", "gesagt", "angemerkt", "betont", "bemerkt",
                            "darauf", "hinzugefügt", "verwiesen", "erinnert", "angefügt",
                            "nochmals", "noch", "nur", "hier", "vorweg", "klargestellt"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})


def indirect_speech_start(tokens: Sequence[Token]) -> int | None:
    """Token index where indirect speech (Konjunktiv I) begins in this sentence, or None.

    The region runs from the start of the first clause with a Konjunktiv I verb to the sentence
    end: "Kritiker sagen, die Reform sei ein Skandal" → from "die".
    """
    forms = konjunktiv_i_forms()
    clause_start = 0
    for i, tok in enumerate(tokens):
        if tok.text in _CLAUSE_BREAKS:
            clause_start = i + 1
            continue
        if tok.lower in forms:
            clause = tokens[clause_start:i + 1]
            if tok.lower != "sei" and tok.lower != "seien" and any(
                    t.lower in _AMBIGUOUS_FIRST_PERSON for t in clause):
                continue
            # verb-first clauses are imperatives, questions or concessives ("sei es …")
            if i == clause_start:
                continue
            if tokens[i - 1].lower in _JUSSIVE_BEFORE or (
                    i + 1 < len(tokens) and tokens[i + 1].lower in _JUSSIVE_AFTER):
                continue
            return clause_start
    return None


# --- interviews ------------------------------------------------------------------------------

INTERVIEW_MIN_TURNS = 3
_LABEL_MAX_WORDS = 3


def _turn_label(tokens: Sequence[Token]) -> str | None:
    """"Poposki:" / "STANDARD:" / "Ursula von der Leyen:" at the start of a sentence."""
    for k, tok in enumerate(tokens[:_LABEL_MAX_WORDS + 2]):
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
    "Poposki:") and at least two distinct labels; a turn runs until the next label. Questions
    in it are the interviewer's questions, answers belong to the interviewee.
    """
    labels = [_turn_label(s.tokens) for s in sentences]
    found = [lab for lab in labels if lab is not None]
    if len(found) < INTERVIEW_MIN_TURNS or len(set(found)) < 2:
        return [None] * len(sentences)
    turns: list[str | None] = []
    current: str | None = None
    for lab in labels:
        if lab is not None:
            current = lab
        turns.append(current)
    return turns
