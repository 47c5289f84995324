"""One-click fixes for the editor's cards: drop-in replacements and occurrence keys.

A replacement is offered only where the lexicon's suggestion names a concrete word that can take
the found word's place in the sentence: loaded speech verbs ("behauptete" → "sagte", inflected to
the found form: "behauptet" → "sagt", "behaupteten" → "sagten", "hat behauptet" → "gesagt") and
suggestions that start with, or say "durch „X“ ersetzen" about, a single word. Advice such as
"den Beleg nennen" never becomes a button. Pure functions, no Streamlit: tested directly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from analyzer import Finding

QUOTED = re.compile(r"„([^“”\"]+)[“”\"]")
REPLACE_BY = re.compile(r"durch „([^“”\"]+)[“”\"] ersetzen")
WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+$")
MAX_REPLACEMENTS = 2

# Strong or irregular verbs that suggestions name, by form (weak verbs are built by rule).
IRREGULAR: dict[str, dict[str, str]] = {
    "bestritt": {"past_sg": "bestritt", "past_pl": "bestritten", "pres_sg": "bestreitet",
                 "plural": "bestreiten", "participle": "bestritten"},
    "wies zurück": {},  # separable: no single-word drop-in
}
# Inseparable prefixes: their participles take no "ge-" (erklärt, bestätigt, versichert).
INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
# Auxiliaries that make a following "-t" form a participle ("hat behauptet").
AUXILIARIES = frozenset({"hat", "habe", "hatte", "hatten", "haben", "hätte", "hätten", "hast",
                         "habt", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
                         "wurden", "worden", "sei", "seien"})


def verb_form(word: str, before: Sequence[str] = ()) -> str | None:
    """Classify a finite or participle form of a weak verb by its ending: past_sg, past_pl,
    pres_sg, plural, participle; None when the form is not recognizable."""
    w = word.lower()
    if not WORD.match(w) or len(w) < 4:
        return None
    if w.endswith("ten"):
        return "past_pl"
    if w.endswith("te"):
        return "past_sg"
    if w.endswith("t"):
        if w.startswith("ge") or any(b.lower() in AUXILIARIES for b in before):
            return "participle"
        return "pres_sg"
    if w.endswith("en"):
        return "plural"
    return None


def inflect(past_sg: str, form: str) -> str | None:
    """The form of the verb whose 3rd person singular past is ``past_sg`` (sagte → sagten,
    sagt, sagen, gesagt; erklärte → erklärt; kritisierte → kritisiert)."""
    if past_sg in IRREGULAR:
        return IRREGULAR[past_sg].get(form)
    if not past_sg.endswith("te") or not WORD.match(past_sg):
        return None
    stem = past_sg[:-3] if past_sg.endswith(("dete", "tete")) else past_sg[:-2]
    e = "e" if stem.endswith(("d", "t")) else ""
    if form == "past_sg":
        return past_sg
    if form == "past_pl":
        return past_sg + "n"
    if form == "pres_sg":
        return stem + e + "t"
    if form == "plural":
        return stem + "en"
    if form == "participle":
        plain = stem.startswith(INSEPARABLE) or stem.endswith("ier")
        return ("" if plain else "ge") + stem + e + "t"
    return None


def _candidates(suggestion: str) -> list[str]:
    """Single-word replacements the suggestion names explicitly."""
    explicit = [m.group(1) for m in REPLACE_BY.finditer(suggestion)]
    words = [m.group(1) for m in QUOTED.finditer(suggestion)]
    if explicit:
        words = explicit
    elif not suggestion.lstrip().startswith("„") and "einleiten" not in suggestion:
        return []  # advice ("den Beleg nennen …") – quoted words are examples, not drop-ins
    return [w for w in dict.fromkeys(words) if WORD.match(w)]


def replacements(f: Finding, before: Sequence[str] = ()) -> list[str]:
    """Up to two drop-in replacements for finding ``f`` (empty if none fits).

    ``before`` are the words preceding the finding in its sentence (to tell "hat behauptet"
    from "behauptet"). A finding may carry its own ``replacements`` (a lexicon field); those
    are used as given."""
    own = getattr(f, "replacements", None)
    if own:
        return [str(x) for x in own][:MAX_REPLACEMENTS]
    text = f.text.strip()
    if not f.suggestion or not WORD.match(text):
        return []
    out: list[str] = []
    form = verb_form(text, before[-4:]) if f.category == "speech_verb" else None
    if form:
        for cand in _candidates(f.suggestion):
            word = inflect(cand, form)
            if word:
                out.append(word)
    else:  # adverbs and adjectives ("gebetsmühlenartig" → "wiederholt") are taken as named
        out = [w for w in _candidates(f.suggestion) if f.category != "speech_verb"
               or inflect(w, "past_sg") is None]
    if text[:1].isupper() and not text.isupper():
        out = [w[:1].upper() + w[1:] for w in out]
    out = [w for w in dict.fromkeys(out) if w.lower() != text.lower()]
    return out[:MAX_REPLACEMENTS]


def occurrence_keys(sentence_text: str, findings: Sequence[Finding]) -> list[str]:
    """A key per finding that survives edits elsewhere in the draft: rule, found words, the
    sentence's text and the how-manieth such finding in it ("Hier ignorieren")."""
    digest = hashlib.sha1(" ".join(sentence_text.split()).encode("utf-8")).hexdigest()[:12]
    seen: dict[tuple[str, str], int] = {}
    keys = []
    for f in findings:
        k = (f.id, f.text)
        seen[k] = seen.get(k, 0) + 1
        keys.append(f"{f.id}|{f.text}|{digest}|{seen[k]}")
    return keys
