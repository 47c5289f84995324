"""Rule-based findings that no word list can express: scare quotes and rhetorical punctuation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .text import Sentence
from .voice import QuoteSpan, in_ranges

SCARE_QUOTE_MAX_WORDS = 3
SCARE_QUOTE_MAX_CHARS = 40
SCARE_QUOTE_WEIGHT = 0.7
QUESTION_WEIGHT = 0.5
EXCLAMATION_WEIGHT = 0.45

# A quoted word after these is a name, title or mention, not distance: die Zeitung „Bild“,
# das Wort „Sieg“, die Operation „Wüstensturm“.
_MENTION_LEMMAS = frozenset({
    "zeitung", "magazin", "blatt", "sender", "sendung", "film", "buch", "roman", "titel",
    "motto", "slogan", "schlagzeile", "kampagne", "aktion", "operation", "projekt", "programm",
    "initiative", "bewegung", "partei", "verein", "band", "album", "lied", "song", "serie",
    "show", "podcast", "zeitschrift", "app", "plattform", "marke", "unternehmen", "firma",
    "portal", "stichwort", "begriff", "wort", "ausdruck", "unwort", "genannt", "nennen",
    "heißen", "namens", "name", "hashtag", "laut", "ausstellung", "stück", "oper", "kolumne",
    "rubrik", "gruppe", "bündnis", "festival", "preis", "spiel", "modell", "typ", "reihe",
    "studie", "bericht", "report", "gesetz", "paket", "plan", "konzept", "strategie", "mission",
    "verfahren", "kürzel", "abkürzung", "parole", "losung", "ruf", "sogenannt", "so", "als",
    "bezeichnen", "taufen", "schlagwort", "zitat", "formel", "tv-sendung", "talkshow",
    "dokumentation", "doku", "restaurant", "hotel", "lokal", "schiff", "netzwerk", "fraktion",
    "satire", "magazins", "newsletter", "blog", "kanal", "account", "konto", "profil",
    "sprechen", "lauten", "rede", "reden", "schreiben", "titeln", "twittern", "posten",
})


@dataclass(frozen=True, slots=True)
class RuleHit:
    id: str
    category: str
    start: int
    end: int
    weight: float
    explanation: str
    suggestion: str | None


_MENTION_AFTER_LEMMAS = frozenset({"sprechen", "rede", "nennen", "bezeichnen", "heißen", "taufen",
                                   "gesprochen", "genannt", "bezeichnet", "getauft"})


def scare_quotes(text: str, sentence: Sentence, quotes: Sequence[QuoteSpan],
                 partial_from: int | None = None) -> list[RuleHit]:
    """Short quoted words not introduced as speech, e.g. seinen „Sieg“, die „Reform“.

    Not scare quotes: names and titles („Alan Kurdi“, die Zeitung „Bild“), mentions (das Wort
    „Sieg“, von einem „Erfolg“ sprechen), compounds („Amplifikations“-Zyklen) and partial
    quotations inside indirect speech from ``partial_from`` on (er brauche „einige Zeit“).
    """
    hits = []
    for q in quotes:
        if q.speech or not (sentence.start <= q.start and q.end <= sentence.end):
            continue
        if partial_from is not None and q.start >= partial_from:
            continue
        if text[q.end:q.end + 1] in {"-", "‐"} or text[q.start - 1:q.start] in {"-", "‐"}:
            continue
        inner = text[q.inner_start:q.inner_end].strip()
        if not inner or q.words == 0 or q.words > SCARE_QUOTE_MAX_WORDS:
            continue
        if len(inner) > SCARE_QUOTE_MAX_CHARS or inner.isupper() or any(c.isdigit() for c in inner):
            continue
        if q.start <= sentence.start + 1 and q.end >= sentence.end - 1:
            continue  # the whole sentence is quoted
        before = [t for t in sentence.tokens if t.end <= q.start][-3:]
        if any(t.lemma in _MENTION_LEMMAS or t.lower in _MENTION_LEMMAS for t in before):
            continue
        after = [t for t in sentence.tokens if t.start >= q.end][:3]
        if after and after[0].text in {"(", "-"}:
            continue
        if any(t.lemma in _MENTION_AFTER_LEMMAS or t.lower in _MENTION_AFTER_LEMMAS for t in after):
            continue
        words = inner.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            continue  # a name or title: „Alan Kurdi“, «Lucky Loser»
        hits.append(RuleHit(
            id="rule.scare_quote", category="scare_quote", start=q.start, end=q.end,
            weight=SCARE_QUOTE_WEIGHT,
            explanation=(f"Die Anführungszeichen um „{inner}“ zitieren niemanden; sie signalisieren "
                         "Distanz oder Ironie des Autors."),
            suggestion=("Anführungszeichen entfernen und neutral benennen – oder die Quelle "
                        f"nennen, die von „{inner}“ spricht."),
        ))
    return hits


def rhetorical(text: str, sentence: Sentence, speech: Sequence[tuple[int, int]]) -> list[RuleHit]:
    """A question or exclamation in the author's voice."""
    toks = sentence.tokens
    last = next((t for t in reversed(toks) if t.text not in {"“", "”", "«", "»", '"', ")", "’", "‘"}),
                None)
    if last is None or not ("?" in last.text or "!" in last.text):
        return []
    if in_ranges(last.start, last.end, speech):
        return []
    words = sum(1 for t in toks if t.is_word)
    if words < 2:
        return []
    if "?" in last.text:
        return [RuleHit(
            id="rule.rhetorical_question", category="rhetorical", start=sentence.start,
            end=sentence.end, weight=QUESTION_WEIGHT,
            explanation=("Eine Frage in Autorenstimme legt der Leserschaft eine Deutung nahe, "
                         "statt sie zu belegen."),
            suggestion="Als Aussage formulieren und belegen oder die Frage einer Quelle zuschreiben.",
        )]
    return [RuleHit(
        id="rule.exclamation", category="rhetorical", start=sentence.start, end=sentence.end,
        weight=EXCLAMATION_WEIGHT,
        explanation="Ein Ausruf in Autorenstimme drückt Emotion aus, nicht Information.",
        suggestion="Mit Punkt als sachliche Aussage formulieren.",
    )]
