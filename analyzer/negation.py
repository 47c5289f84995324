"""Negation scope: "kein Skandal", "nicht besonders" must not silently read as the plain phrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import pairwise

from .text import CLOSERS, Token
from .voice import OPENING_MARKS, WE_FORMS
from .wordmodel import is_content, polarity_table

NEGATORS = frozenset({
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "nirgends", "keineswegs", "keinesfalls", "ohne",
})
# "nicht nur ein Skandal" adds, it does not negate.
_NOT_NEGATING_NEXT = frozenset({"nur", "bloß", "allein", "einmal", "zuletzt", "umsonst", "selten"})
_SCOPE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", "»", "«", "?", "!", "."})
LOOKBACK = 3


def negator_before(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Index of a negator governing tokens[start:end], or None.

    Looks back up to three tokens within the clause; a negator inside the match itself
    (a litotes entry like "nicht ganz unumstritten") is part of the phrase, not a negation of it.
    """
    if any(t.lower in NEGATORS for t in tokens[start:end]):
        return None
    if start > 0 and tokens[start - 1].lower == "zu":
        found = _ohne_zu(tokens, start)
        if found is not None:
            return found
    for k in range(start - 1, max(-1, start - 1 - LOOKBACK), -1):
        tok = tokens[k]
        if tok.text in _SCOPE_BREAKS:
            return _rejected_reason(tokens, start, end)
        if tok.lower in NEGATORS:
            if k + 1 < len(tokens) and tokens[k + 1].lower in _NOT_NEGATING_NEXT:
                return None
            if k > 0 and tokens[k - 1].lower in NEGATORS:
                return None  # "nicht ohne Hintergedanken": a double negative affirms
            return k
    return _rejected_reason(tokens, start, end)


# "ohne sie je zu verhöhnen": "ohne" governs its whole zu-infinitive clause
_OHNE_ZU_REACH = 7


def inside_ohne_zu(tokens: Sequence[Token], start: int, end: int) -> bool:
    """tokens[start:end] stand inside a zu-infinitive clause that "ohne" opens, before its "zu"
    ("ohne ihre Leser für dumm zu verkaufen"): negated, though no negator stands right before."""
    if end + 1 >= len(tokens) or tokens[end].lower != "zu" or tokens[end + 1].text in _SCOPE_BREAKS:
        return False
    found = _ohne_zu(tokens, end + 1)
    return found is not None and found < start


def _ohne_zu(tokens: Sequence[Token], start: int) -> int | None:
    """Index of the "ohne" that opens the zu-infinitive clause ending in tokens[start:]
    ("…, ohne sie je zu verhöhnen"), or None."""
    for k in range(start - 2, max(-1, start - 2 - _OHNE_ZU_REACH), -1):
        if tokens[k].text in _SCOPE_BREAKS:
            return None
        if tokens[k].lower == "ohne":
            return k
    return None


# "Ein Totalausfall ist das nicht, dafür …", "Eine Katastrophe war der Abend nicht": the noun
# fronted as the predicate with "ein", the copula, a short subject and "nicht" ending the clause
_FRONT_ARTICLES = frozenset({"ein", "eine", "einen"})
_FRONT_OPENERS = frozenset({"und", "aber", "doch", "denn", "nur", "also"})
_FRONT_COPULAS = frozenset({"ist", "war", "wäre", "sind", "waren", "wären", "wird", "wurde"})
_FRONT_SUBJECT_REACH = 3  # "das", "es", "der Film", "die neue Regelung"
# words that open a clause as its comment, not as its predicate ("Natürlich sind sie das nicht")
_SENTENCE_ADVERBS = frozenset({"natürlich", "offenbar", "offensichtlich", "sicher", "sicherlich",
                               "vermutlich", "wahrscheinlich", "tatsächlich", "eigentlich",
                               "angeblich", "leider", "immerhin", "zweifellos", "bestimmt",
                               "selbstverständlich", "klar", "gewiss", "wohl", "vielleicht",
                               "möglicherweise", "freilich", "allerdings", "ehrlich"})
_FRONT_ADJECTIVES = 2  # "Ein echter Totalausfall"


def negated_fronted(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Index of the clause-final "nicht" that negates tokens[start:end], a predicate noun
    fronted with "ein" ("Ein Totalausfall ist das nicht") or a bare predicate word opening the
    clause ("Schonungslos ist dieser Roman gerade nicht"), or None. "… ist das nicht nur für
    die Anwohner" adds, it does not negate."""
    if end - start == 1 and (start == 0 or tokens[start - 1].text in _SCOPE_BREAKS) \
            and tokens[start].is_word and tokens[start].lower not in _FRONT_ARTICLES \
            and tokens[start].lower not in _SENTENCE_ADVERBS:
        j = _clause_final_nicht(tokens, end)
        if j is not None and j + 1 < len(tokens) and tokens[j + 1].lower == "mehr" and \
                j + 2 < len(tokens) and tokens[j + 2].text not in _SCOPE_BREAKS:
            return None  # "… ist Mut nicht mehr gefragt": the "nicht" negates "gefragt"
        return j
    art = start - 1
    while art >= 0 and start - art <= _FRONT_ADJECTIVES and tokens[art].lower not in _FRONT_ARTICLES:
        if tokens[art].text in _SCOPE_BREAKS or not tokens[art].is_word or tokens[art].is_upper_initial:
            return None
        art -= 1
    if art < 0 or tokens[art].lower not in _FRONT_ARTICLES:
        return None
    if art > 0 and tokens[art - 1].text not in _SCOPE_BREAKS \
            and tokens[art - 1].lower not in _FRONT_OPENERS:
        return None
    return _clause_final_nicht(tokens, end)


def _clause_final_nicht(tokens: Sequence[Token], end: int) -> int | None:
    """After a fronted predicate ending at ``end``: a copula, the subject and a "nicht" that
    closes the clause ("… ist das nicht.", "… ist dieser Roman gerade nicht –")."""
    if end >= len(tokens) or tokens[end].lower not in _FRONT_COPULAS:
        return None
    for j in range(end + 1, min(len(tokens), end + 3 + _FRONT_SUBJECT_REACH)):
        if tokens[j].text in _SCOPE_BREAKS:
            return None
        if tokens[j].lower == "nicht":
            if j == end + 1:
                return None  # "Ein Skandal ist nicht …": the subject follows, read on
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is None or after.text in _SCOPE_BREAKS or after.lower == "mehr":
                return j
            return None
    return None


# "Nicht, weil die Bahn ein Prestigeprojekt wäre, sondern weil …": a reason in the subjunctive
# after a fronted "nicht" is one the author rejects; so is "Nicht dass … wäre"
_REJECTED_OPENERS = frozenset({"weil", "dass", "daß"})
_COUNTERFACTUAL = frozenset({"wäre", "wären", "hätte", "hätten", "würde", "würden", "sei",
                             "seien", "sollte", "sollten"})
_FILLERS = frozenset({"etwa", "nur", "bloß", "also", "aber", "doch", ","})


def _rejected_reason(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Index of the "nicht" that rejects the subjunctive reason clause holding tokens[start:end]
    ("Nicht, weil … ein Prestigeprojekt wäre, sondern …"), or None."""
    k = start - 1
    while k >= 0 and tokens[k].text not in {",", ";", ":", "–", "—", "(", ".", "!", "?"} \
            and tokens[k].lower not in _REJECTED_OPENERS:
        k -= 1
    if k < 0 or tokens[k].lower not in _REJECTED_OPENERS:
        return None
    stop = next((j for j in range(end, len(tokens)) if tokens[j].text in _SCOPE_BREAKS),
                len(tokens))
    if not any(t.lower in _COUNTERFACTUAL for t in tokens[k + 1:stop]):
        return None  # "nicht, weil es ein Skandal ist" may still call it one
    j = k - 1
    while j >= 0 and tokens[j].lower in _FILLERS:
        j -= 1
    if j >= 0 and tokens[j].lower == "nicht" and (j == 0 or tokens[j - 1].text in _SCOPE_BREAKS
                                                  or tokens[j - 1].lower in {"und", "aber"}):
        return j
    return None


# --- Neutral senses that only the clause or sentence around a word reveals --------------------
# "eigentlich" with a date or weekday states a plan that changed ("wollten eigentlich am
# Mittwoch unterzeichnen"), not the author's view of how things should be.
_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_SCHEDULE_WORDS = frozenset({
    *_WEEKDAYS, "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "frühjahr", "frühling", "sommer", "herbst",
    "winter", "jahr", "jahres", "jahresende", "monat", "monats", "monatsende", "woche",
    "wochenende", "anfang", "mitte", "ende", "heuer", "morgen", "übermorgen", "termin",
})
# "eigentlich" with a verb of planning reports the subject's plan that did not come about
# ("Eigentlich wollte die Regierung die Speicher bis Oktober füllen", "war eigentlich für
# März vorgesehen"); "Eigentlich sollte die Brücke längst fertig sein" stays the author's norm.
_PLAN_WORDS = frozenset({"wollte", "wollten", "geplant", "vorgesehen", "angesetzt",
                         "terminiert", "angekündigt"})
# "was man eigentlich von anderen Herstellern gewohnt ist", "ist eigentlich für seine Telefone
# bekannt", "entspricht eigentlich dem Gewohnten": the filler of habit and familiarity ("usually",
# "mainly"), not the author's contrast of what should be with what is
_HABIT_WORDS = frozenset({
    "gewohnt", "gewohnte", "gewohnten", "gewohntem", "gewohnter", "gewohntes", "gewöhnt",
    "gewöhnlich", "üblich", "übliche", "üblichen", "üblicherweise", "normalerweise", "meist",
    "meistens", "hauptsächlich", "vorwiegend", "überwiegend",
})


def _habitual(clause: Sequence[Token]) -> bool:
    """A clause about what is usual or what something is known for."""
    if any(t.lower in _HABIT_WORDS for t in clause):
        return True
    return any(t.lower.startswith("bekannt") for t in clause) and any(
        t.lower == "für" for t in clause)


# "Dieses hätte eigentlich Teil der Reform werden sollen", "Das Spiel hätte eigentlich am Samstag
# stattfinden sollen": a plan that did not come about; "Man hätte eigentlich früher handeln sollen"
# (the author's norm) keeps its stance, so only verbs of becoming and taking place count
_PLANNED_INFINITIVES = frozenset({"werden", "stattfinden", "beginnen", "starten", "erscheinen",
                                  "eröffnen", "öffnen", "kommen", "fallen"})
_CONDITIONAL_AUX = frozenset({"hätte", "hätten", "sollte", "sollten"})


def _plan_not_realized(clause: Sequence[Token]) -> bool:
    """'hätte/sollte … werden sollen': the clause reports a plan, not the author's contrast."""
    words = [t.lower for t in clause]
    return any(w in _CONDITIONAL_AUX for w in words) and any(
        a in _PLANNED_INFINITIVES and b == "sollen"
        for a, b in pairwise(words))


# "zeigte sich äußerst kritisch", "gab sich sehr zuversichtlich", "zeigen sich von seinem
# unglaublichen Bild überzeugt": a degree word inside the reported attitude of the clause's subject
# describes how that person came across, not the author's exaggeration; "zeigt sich völlig
# unfähig" (no attitude word) stays the author's judgement
_SHOW_VERBS = frozenset({"zeigt", "zeigte", "zeigten", "zeigen", "gezeigt", "gab", "gaben", "gibt",
                         "geben", "gegeben", "äußerte", "äußerten", "äußert"})
_ATTITUDE_STEMS = (
    "zufrieden", "unzufrieden", "kritisch", "selbstkritisch", "skeptisch", "erfreut", "erleichtert",
    "besorgt", "enttäuscht", "überrascht", "beeindruckt", "überzeugt", "zuversichtlich",
    "optimistisch", "pessimistisch", "gesprächsbereit", "offen", "zurückhaltend", "verärgert",
    "empört", "bestürzt", "betroffen", "dankbar", "froh", "stolz", "gelassen", "kämpferisch",
    "versöhnlich", "angetan", "begeistert", "irritiert", "verwundert", "erstaunt", "zerknirscht",
)


# "X zog eine durchweg positive Bilanz": the praise or censure is the assessment X draws, not the
# author's (unless the author or "man" draws it)
_BALANCE_CATEGORIES = frozenset({"puffery", "loaded_language", "intensifier", "stance"})
_BALANCE_SELF = frozenset({"ich", "wir", "man"})


def _drawn_balance(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The match qualifies "Bilanz" right after it, and "ziehen" stands before it in the clause,
    with someone other than the author as subject."""
    nxt = tokens[end:end + 2]
    if not any(t.lower == "bilanz" for t in nxt):
        return False
    lo, _ = _clause(tokens, start, end)
    before = tokens[lo:start]
    return any(t.lemma == "ziehen" and not t.is_upper_initial for t in before) \
        and _BALANCE_SELF.isdisjoint(t.lower for t in before)


# "Was als Albtraum gedacht ist, wirkt wie ein Partykeller", "als Befreiungsschlag geplant": the
# noun names what someone intended, not the author's verdict; "den der Schauspieler als
# schmierigen Vereinskassierer gibt": the role as staged or played, not a label of a real person
_INTENT_WORDS = frozenset({"gedacht", "geplant", "gemeint", "angelegt", "konzipiert",
                           "intendiert", "beabsichtigt", "vorgesehen"})
_ROLE_VERBS = frozenset({"gibt", "gab", "geben", "spielt", "spielte", "spielen", "verkörpert",
                         "verkörperte", "mimt", "mimte", "singt", "sang", "zeichnet", "zeichnete",
                         "porträtiert", "porträtierte", "darstellt", "darstellte", "anlegt",
                         "anlegte", "inszeniert", "inszenierte"})
_STAGED_CATEGORIES = frozenset({"labeling", "loaded_language", "doubt", "puffery"})
_AS_REACH = 3  # words between "als" and the match ("als einen eher schmierigen …")
_AFTER_AS_REACH = 4  # words between the match and the intent or role verb
_BEFORE_AS_REACH = 10  # words between a role verb before the phrase and "als" ("inszeniert
# Schillers „Kabale und Liebe“ am Stadttheater Hollstein als grelles Influencer-Drama")


def _intended_or_staged(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The match sits in an "als …" phrase that ends in a word of intent ("als Albtraum
    gedacht") or a verb of playing a role ("als schmierigen Kassierer gibt", not "gibt sich
    als": that is someone's self-image)."""
    als = next((k for k in range(start - 1, max(-1, start - 1 - _AS_REACH), -1)
                if tokens[k].lower == "als"), None)
    if als is None or any(t.text in ",;:.!?" for t in tokens[als:start]):
        return False
    for k in range(end, min(len(tokens), end + _AFTER_AS_REACH + 1)):
        t = tokens[k]
        if t.text in ",;:.!?–":
            break
        if t.lower in _INTENT_WORDS:
            return True
        if t.lower in _ROLE_VERBS:
            return not any(x.lower == "sich" for x in tokens[max(0, als - 3):k])
    # the verb before the phrase: "Den Bösewicht gibt der Bariton als schmierigen Kassierer"
    before = tokens[max(0, als - _BEFORE_AS_REACH):als]
    cut = max((k for k, t in enumerate(before) if t.text in ",;:.!?–"), default=-1)
    before = before[cut + 1:]
    # not "sich" (a self-image: "gibt sich als Retter"), not "es gab" (there was: "es gab nichts
    # Geringeres als eine Orgie …")
    return any(t.lower in _ROLE_VERBS for t in before) \
        and all(t.lower not in ("sich", "es") for t in before)


# "Ausnahmen gibt es nur für Haushalte, die nachweislich selbst kompostieren", "wer nachweislich
# …", "muss nachweislich …": a condition of proof, not the author's claim of one
_CONDITION_WORDS = frozenset({"nur", "ausnahme", "ausnahmen", "ausgenommen", "sofern", "soweit",
                              "falls", "wer", "muss", "müssen", "wenn"})
_PROOF_REACH = 8


def _proof_required(tokens: Sequence[Token], start: int) -> bool:
    return tokens[start].lower == "nachweislich" and any(
        t.lower in _CONDITION_WORDS for t in tokens[max(0, start - _PROOF_REACH):start])


def _shown_attitude(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The degree word sits in 'X zeigte sich … <attitude>' (see ``_ATTITUDE_STEMS``)."""
    lo, hi = _clause(tokens, start, end)
    before = [t.lower for t in tokens[lo:start]]
    shown = any(w in _SHOW_VERBS and "sich" in before[k + 1:] for k, w in enumerate(before))
    if shown and any(t.lower.startswith(_ATTITUDE_STEMS) for t in tokens[end:hi]):
        return True
    # "zeigen sich von seinem unglaublichen Bild, dem … Design und … überzeugt": the "von" list
    # runs over commas to the attitude word at the end of the sentence
    if not shown or "von" not in before:
        return False
    rest = tokens[end:]
    stop = next((k for k, t in enumerate(rest) if t.text in {".", "!", "?", ";", ":"}), len(rest))
    return stop > 0 and rest[stop - 1].lower.startswith(_ATTITUDE_STEMS)


# "Der Roman soll sie auch bei uns bekannt machen", "ab März auch bei uns im Handel": "bei uns"
# as the market a product or work reaches (culture, tech and consumer copy), no community pressed
# on readers; "Bei uns wäre so etwas undenkbar" stays an appeal
_MARKET_WORDS = frozenset({
    "erhältlich", "verfügbar", "erschienen", "erscheint", "erscheinen", "bekannt", "veröffentlicht",
    "ausgestrahlt", "startet", "starten", "gestartet", "zu_kaufen", "im_handel", "in_den_handel",
    "auf_den_markt", "in_die_kinos", "im_kino", "in_den_kinos",
})


def _market_sense(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'bei uns' in a clause about a product's or work's release or availability."""
    lo, hi = _clause(tokens, start, end)
    words = [t.lower for k, t in enumerate(tokens[lo:hi], lo) if not start <= k < end]
    pairs = {f"{a}_{b}" for a, b in pairwise(words)}
    triples = {f"{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    return bool(_MARKET_WORDS.intersection(words) or _MARKET_WORDS & pairs
                or _MARKET_WORDS & triples)


# "was ist eigentlich passiert?", "die Frage, was VR eigentlich ist": the particle of a question
_QUESTION_WORDS = frozenset({
    "was", "wer", "wen", "wem", "wessen", "wie", "wo", "woher", "wohin", "warum", "wieso",
    "weshalb", "weswegen", "wozu", "wann", "ob", "welche", "welcher", "welches", "welchen",
    "welchem",
})
_ASKING = frozenset({
    "frage", "fragen", "fragt", "fragte", "fragten", "unklar", "offen", "wissen", "weiß",
    "wusste", "rätsel", "rätselt", "erklärt", "erklären", "zeigt",
})
# A real disaster named in the sentence makes "Katastrophe", "Desaster", "Tragödie" and
# "verheerend" literal ("Katastrophen wie Tsunamis", "das verheerende Erdbeben"); the
# entries' own explanations say the word is a judgement only where no such event is meant.
_DISASTER_PREFIXES = (
    "hurrikan", "tsunami", "erdbeben", "nachbeben", "sturmflut", "hochwasser", "überschwemm",
    "orkan", "taifun", "zyklon", "wirbelsturm", "tornado", "unwetter", "lawine", "vulkan",
    "hungersnot", "waldbrand", "großbrand", "feuersbrunst", "erdrutsch", "murenabgang",
    "flugzeugabsturz", "hubschrauberabsturz", "zugunglück", "grubenunglück", "explosion",
    "anschlag", "attentat", "terroranschlag", "reaktorunfall", "atomunfall", "havarie",
    "epidemie", "pandemie", "seuche", "todesopfer",
)
# whole words only: "Sturm Graz" is a club, "unglücklich" a mood, "Flut an Kritik" a metaphor
_DISASTER_WORDS = frozenset({
    "beben", "flut", "fluten", "flutwelle", "sturm", "stürme", "sturms", "dürre", "unglück",
    "unglücks", "tote", "toten",
})
# compounds by their head ("Verkehrsunfall", "Grubenunglück") and verbs of dying: the
# "Tragödie" of a regional report is the accident with its dead
_DISASTER_HEADS = ("unfall", "unfalls", "unfälle", "unglück", "unglücks", "erdbeben", "lawine",
                   "lawinen", "explosion", "anschlag", "anschlags", "anschläge", "attentat")
_DEATH_LEMMAS = frozenset({"sterben", "töten", "verunglücken", "ertrinken", "umkommen"})
_DISASTER_ENTRIES = frozenset({
    "loaded_language.katastrophe", "loaded_language.desaster", "loaded_language.tragoedie",
    "loaded_language.verheerend",
})


# A plot summary in a review: a work or its characters are shown doing something ("Der Film
# erzählt die Geschichte zweier Gauner", "zeichnet seinen Protagonisten als durchtriebenen …").
# The labels and loaded words of such a sentence describe the fiction, not real people; the
# reviewer's praise (puffery) stays a finding.
_DEPICT_LEMMAS = frozenset({
    "erzählen", "zeigen", "schildern", "porträtieren", "zeichnen", "verkörpern", "mimen",
    "interpretieren", "personifizieren", "inszenieren", "vorführen",
    # where a staging or film sets its plot: "verlegt die Handlung in ein heruntergekommenes
    # Varieté" (the set, not the reviewer's charge against a real place)
    "verlegen", "versetzen", "ansiedeln",
})
# separable depicting verbs whose particle stands at the clause end ("führt ihre Figuren nie vor")
_SPLIT_DEPICT = {"führen": "vor", "siedeln": "an"}
_WORK_WORDS = frozenset({
    "film", "films", "filme", "serie", "fernsehserie", "roman", "romans", "buch", "buches",
    "figur", "figuren", "hauptfigur", "titelfigur", "romanfigur", "filmfigur", "nebenfigur",
    "plot", "handlung", "staffel", "episode", "drehbuch", "geschichte", "erzählung", "novelle",
    "regisseur", "regisseurin", "darsteller", "darstellerin", "schauspieler", "schauspielerin",
    "erzähler", "erzählerin", "oper", "inszenierung",
})
_WORK_SUFFIXES = ("film", "filme", "films", "roman", "romans", "krimi", "thriller", "komödie",
                  "protagonist", "protagonisten", "protagonistin", "held", "helden", "heldin",
                  "darsteller", "darstellerin")
_FICTION_CATEGORIES = frozenset({"labeling", "loaded_language"})


def depicts_fiction(tokens: Sequence[Token]) -> bool:
    """True for a sentence that summarises a work: a verb of depicting and a work or role noun."""
    return ((any(t.lemma in _DEPICT_LEMMAS for t in tokens) or _split_depicting(tokens))
            and any(t.lower in _WORK_WORDS or (t.is_upper_initial and t.lower.endswith(_WORK_SUFFIXES))
                    for t in tokens))


# the ingredients of a plot that a colon then lists: "Das Drehbuch türmt Motiv auf Motiv: …"
_PLOT_STEMS = ("motiv", "handlungsstr", "erzählstr", "nebenstr", "versatzstück", "zutat",
               "subplot", "wendung", "konflikt")


def _plot_list(tokens: Sequence[Token], start: int) -> bool:
    """The match stands after a colon that lists a work's plot elements: "Das Drehbuch türmt
    Motiv auf Motiv: eine Erbschaft, ein vertuschter Bauskandal, …" (the story's scandal, not
    the reviewer's charge)."""
    colon = next((k for k in range(start - 1, -1, -1) if tokens[k].text == ":"), None)
    if colon is None:
        return False
    head = tokens[:colon]
    return any(t.lower in _WORK_WORDS or (t.is_upper_initial and t.lower.endswith(_WORK_SUFFIXES))
               for t in head) and any(t.lower.startswith(_PLOT_STEMS) for t in head)


def _split_depicting(tokens: Sequence[Token]) -> bool:
    """A separable verb of depicting with its particle at the clause end: "führt … vor"."""
    for k, t in enumerate(tokens):
        particle = _SPLIT_DEPICT.get(t.lemma)
        if particle is None:
            continue
        for j in range(k + 1, len(tokens) - 1):
            if tokens[j].text in _SCOPE_BREAKS:
                break
            if tokens[j].lower == particle and tokens[j + 1].text in _SCOPE_BREAKS:
                return True
    return False


# "Man muss auf die Leiter steigen, um das Bild zu sehen": the way to a thing, not a demand on
# the reader. Only purposes of seeing, reaching or using something count: "Man muss handeln,
# um die Klimaziele zu erreichen" stays an appeal.
_HOW_TO_GOALS = frozenset({
    "sehen", "entdecken", "erkennen", "hören", "betreten", "öffnen", "aktivieren",
    "installieren", "herunterladen", "anmelden", "einloggen", "buchen", "bezahlen",
    "freischalten", "lesen", "abrufen",
})
# not "kommen", "finden", "bekommen", "nutzen": "um zu einer Lösung zu kommen", "um die Chance
# zu nutzen" are goals a demand names


def _how_to_purpose(tokens: Sequence[Token]) -> bool:
    """An "um … zu <verb>" clause whose verb names access to a thing (see, find, use)."""
    for i, tok in enumerate(tokens):
        if tok.lower != "um":
            continue
        for k in range(i + 1, min(len(tokens) - 1, i + 10)):
            if tokens[k].text in _SCOPE_BREAKS and tokens[k].text != "–":
                break
            if tokens[k].lower == "zu" and tokens[k + 1].lemma in _HOW_TO_GOALS:
                return True
            if "zu" in tokens[k].lower[2:] and tokens[k].lower.replace("zu", "", 1) in _HOW_TO_GOALS:
                return True  # "um die App herunterzuladen"
    return False


# a definite experiencer after "für" names whose surprise it was ("für die Forscher"); not
# "für viele", "für mich", "für Beobachter"
_EXPERIENCER_ARTICLES = frozenset({"den", "die", "das", "der", "dem"})


def _experiencer_named(tokens: Sequence[Token], end: int) -> bool:
    """"Überraschend war für das Forschungsteam, dass …", "Erstaunlich ist für die Ärztin,
    wie …": the wonder is given to someone the text names, not the author's."""
    rest = tokens[end:end + 4]
    return len(rest) >= 3 and rest[0].lower == "für" and rest[1].lower in _EXPERIENCER_ARTICLES \
        and any(t.is_upper_initial and t.is_word for t in rest[2:4])


def _estimate_follows(tokens: Sequence[Token], end: int) -> bool:
    """A number or amount follows "vielleicht": "vielleicht zwei Meter", "vielleicht ein
    Dutzend", "eine Frau, vielleicht Mitte dreißig" (an estimate, no guess)."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    if nxt.text[:1].isdigit() or nxt.lower in _ESTIMATE_WORDS:
        return True
    if nxt.lower not in ("ein", "eine", "mitte", "anfang", "ende") or end + 1 >= len(tokens):
        return False
    amount = tokens[end + 1]
    return amount.text[:1].isdigit() or amount.lower in _ESTIMATE_WORDS or amount.lower in _DECADES


def _clause(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause around tokens[start:end] (punctuation delimits it)."""
    lo = start
    while lo > 0 and tokens[lo - 1].text not in _SCOPE_BREAKS:
        lo -= 1
    hi = end
    while hi < len(tokens) and tokens[hi].text not in _SCOPE_BREAKS:
        hi += 1
    return lo, hi


def _names_disaster(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.lower in _DISASTER_WORDS:
        # "Sturm Graz", "Sturm Hartberg": a club, not a storm
        return not (tok.lower == "sturm" and i + 1 < len(tokens) and tokens[i + 1].is_upper_initial)
    return (tok.lower.startswith(_DISASTER_PREFIXES) or tok.lower.endswith(_DISASTER_HEADS)
            or tok.lemma in _DEATH_LEMMAS)


_DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des", "vom", "zum", "beim", "im",
                       "diese", "dieser", "diesem", "dieses", "jene", "jener", "jenem"})


def disaster_topic(sentences: Sequence[Sequence[Token]]) -> bool:
    """True when at least two sentences of a document name a real disaster, accident or death.

    In such a report "die Katastrophe", "nach dem Desaster" refer back to the event even where
    their own sentence does not name it again.
    """
    seen = 0
    for tokens in sentences:
        if any(_names_disaster(tokens, i) for i in range(len(tokens))):
            seen += 1
            if seen >= 2:
                return True
    return False


# Animals whose noises and displays the tabloid's animal stories narrate: a goat that „meckerte
# dazwischen“, a rooster or swan that „plustert sich auf“ are literal (judged blind, all wrong as
# loaded words). Whole words, and stems that also end a compound ("Ziegenbock", "Haushahn");
# short stems only as whole words ("Ente", not "Rente"; "Vogel", not "Spaßvogel").
_ANIMALS = frozenset({"ziege", "ziegen", "geiß", "bock", "schaf", "hahn", "huhn", "ente", "enten",
                      "erpel", "taube", "tauben", "vogel", "vögel", "uhu", "eule", "pute", "hunde",
                      "katzen", "kater", "fuchs"})
_ANIMAL_ENDINGS = ("ziege", "ziegen", "ziegenbock", "zicklein", "gockel", "henne", "hühner",
                   "schwan", "pfau", "gans", "gänse", "storch", "möwe", "möwen", "papagei",
                   "sittich", "truthahn", "fasan", "kauz", "dackel", "welpe", "hund", "katze")
# (not "eule" as an ending: "Keule", "Beule"; the owl is a whole word in _ANIMALS)
# the noises and displays of those animals, as lexicon entries ("fauchte" of an owl, "bellte"
# of a dog: judged blind wrong 3 times of 3 as speech verbs, forty-third session and before)
_ANIMAL_NOISES = frozenset({"speech_verb.fv_meckert", "loaded_language.fv_plustert_sich_auf",
                            "speech_verb.bellte"})
_ANIMAL_LEAD = 3  # headline, teaser and first sentence name the story's animal


def animal_story(sentences: Sequence[Sequence[Token]]) -> bool:
    """True when the headline, teaser or first sentence names a goat, a bird, a dog or a cat: the
    text is the story of that animal, and its noises and displays are told literally."""
    return any(t.is_upper_initial and (t.lower in _ANIMALS or t.lower.endswith(_ANIMAL_ENDINGS))
               for tokens in sentences[:_ANIMAL_LEAD] for t in tokens)


def _animal_noise(tokens: Sequence[Token]) -> bool:
    """A noise or display in an animal story told without a quotation (a person who
    „meckert: …“ over a quote stays a speaker)."""
    return not any(c in "„“”»«\"" for t in tokens for c in t.text)


# verbs of talking whose manner "fast beiläufig" describes ("Sie spricht ruhig, fast beiläufig")
_TALKING = frozenset({"spricht", "sprach", "sagt", "sagte", "erzählt", "erzählte", "erwähnt",
                      "erwähnte", "fragt", "fragte", "antwortet", "antwortete", "redet", "redete",
                      "bemerkt", "bemerkte", "erklärt", "erklärte"})
_TALK_REACH = 4


def _talking(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A verb of talking among tokens[lo:hi] (clipped to the sentence)."""
    return not _TALKING.isdisjoint(t.lower for t in tokens[max(0, lo):hi])


def _any_form(tokens: Sequence[Token], words: frozenset[str]) -> bool:
    """One of the tokens is one of ``words``, as written or by its lemma."""
    return any(t.lower in words or t.lemma in words for t in tokens)


def _any_stem(tokens: Sequence[Token], stems: tuple[str, ...]) -> bool:
    """One of the tokens, lower-cased, begins with one of ``stems``."""
    return any(t.lower.startswith(stems) for t in tokens)
# "…kreisen" that are administrative districts, not circles of insiders ("aus Nachbarkreisen",
# "in den Landkreisen", "aus Wahlkreisen")
_DISTRICTS = ("nachbarkreis", "landkreis", "stadtkreis", "wahlkreis", "kirchenkreis",
              "umlandkreis", "randkreis", "flächenkreis")


def neutral_sense(entry_id: str, tokens: Sequence[Token], start: int, end: int,
                  category: str = "",
                  disaster_document: Callable[[], bool] = lambda: False,
                  first_person_document: Callable[[], bool] = lambda: False,
                  review_document: Callable[[], bool] = lambda: False,
                  animal_document: Callable[[], bool] = lambda: False) -> bool:
    """True when the words tokens[start:end] of ``entry_id`` are used in a neutral sense.

    Signals that a fixed pattern cannot see because they sit elsewhere in the clause or
    sentence: "eigentlich" with a date or in "hätte … werden sollen" (a changed plan) or inside
    a question; a degree word in an attitude a person showed ("zeigte sich äußerst kritisch"); "Katastrophe"
    and kin in a sentence that names a real disaster; "endlich" in a "bis" clause (the end of
    a sequence: "bis er endlich sprechen kann"); a label or loaded word of ``category``
    labeling/loaded_language in a plot summary; the senses of appeal, certainty and doubt
    entries in ``_weak_sense`` ("Müsste man …, ließe sich", "der natürlich mäandernde Fluss",
    "wegen angeblicher Geldwäsche"); words a text gives as someone's motto, sign or title
    ("Die Philosophie dahinter: …", "mit der Aufschrift …") and an appeal in a role's voice ("…, ihr
    Mädchen."); set phrases ("wegen übler Nachrede"). ``disaster_document`` (see ``disaster_topic``;
    asked only when needed, it reads the whole document) makes a definite "die Katastrophe"
    refer back to the document's disaster. ``first_person_document`` (see
    ``first_person_author``, asked only when needed) makes "unser Haus" a columnist's own house;
    ``review_document`` (``voice.fiction_review``, asked only when needed) makes "man hört" a
    critic's own listening; ``animal_document`` (``animal_story``, asked only when needed) makes a
    goat's „meckerte“, a rooster's „plustert sich auf“ and an owl's „fauchte“ literal.
    """
    category = category or entry_id.split(".", 1)[0]  # ids are "<category>.<slug>"
    if _judged_neutral(entry_id, category, tokens, start, end):
        return True
    if tokens[start].text == "Man" and start > 0 and tokens[start - 1].is_word \
            and tokens[start - 1].is_upper_initial:
        return True  # "Irrational Man behauptet", "Iron Man muss": a title or name, not "man"
    if category in _FICTION_CATEGORIES and (depicts_fiction(tokens) or _plot_list(tokens, start)):
        return True
    if category == "appeal" and _voiced_address(tokens):
        return True  # "Seht her, was unser Minister tut", "…, ihr Mädchen": a role's voice
    if category == "appeal" and _message_to_someone(tokens, start):
        return True  # "ein Signal an alle, die …: Auf uns ist kein Verlass": the sender's words
    if _named_wording(tokens, start, colon=category == "appeal"):
        return True  # "Die Philosophie dahinter: … unseren Geräten", "Schilder mit der Aufschrift …"
    if entry_id in _SELF_HEDGES and _about_the_author(tokens, start, end):
        return True  # "bei dem ich vermutlich auch keine Treppe mehr steigen würde"
    if category == "speech_verb" and end - start == 1 and (
            (start > 0 and tokens[start - 1].lower == "man")
            or (end < len(tokens) and tokens[end].lower == "man")):
        return True  # "Man ärgert sich, man schimpft, man trinkt ein Bier": anyone, no speaker
        # whose words the verb frames ("Man muss der Koalition zugestehen" stays)
    if entry_id == "speculation.wohl" and _wondering_wohl(tokens, start):
        return True  # "erraten müssen, was der Verstorbene wohl gewollt hätte": a particle of
        # wondering in an embedded question, no guess of the author's
    if entry_id == "loaded_language.s18m_laesst_auf_sich_warten" and any(
            a.lower == "nicht" and b.lower == "lange" for a, b in pairwise(tokens[start:end])):
        return True  # "Die Antwort ließ nicht lange auf sich warten": it came at once
    if entry_id == "vague_attribution.s18k_aus_kreisen" and any(
            t.lower.startswith(_DISTRICTS) for t in tokens[start:end]):
        return True  # "ob Kräfte aus Nachbarkreisen angefordert werden": districts, no milieu
    if entry_id == "puffery.s40w_fast_beilaeufig" and _talking(tokens, start - _TALK_REACH,
                                                                start):
        return True  # "Sie spricht ruhig, fast beiläufig": how someone talks, no praise
    if entry_id in _ANIMAL_NOISES and _animal_noise(tokens) and animal_document():
        return True  # "meckerte Frieda lautstark dazwischen" in the story of a goat
    if entry_id == "speech_verb.trotzig" \
            and not _talking(tokens, start - _TALK_REACH, end + _TALK_REACH) \
            and review_document():
        return True  # "eine Klage ohne Selbstmitleid, fast schon trotzig": a critic's word for
        # how a piece or a role sounds, no one's defiant words (judged blind: 0 of 4 in reviews)
    if entry_id == "loaded_language.idiom_showdown" and tokens[start].lower.startswith(
            "showdown") and review_document():
        return True  # "Der Showdown im Gewitter kommt zu hastig": a thriller's final duel
    if entry_id == "loaded_language.s18m_im_wartezimmer" and _on_hold(tokens, start, end):
        return True  # "lässt Anrufer eine halbe Stunde in der Warteschleife hängen": a phone line
    if entry_id == "loaded_language.tab_angezaehlt" and _any_stem(tokens, _BOXING):
        return True  # "vom Ringrichter in der zweiten Runde angezählt": the count in the ring
    if entry_id == "puffery.erstklassig" and _league_sense(tokens, start, end):
        return True  # "In der kommenden Saison spielen sie erstklassig": the first division
    if entry_id == "stance.erstaunlich_ist" and _experiencer_named(tokens, end):
        return True  # "Überraschend war für das Forschungsteam, dass …": their surprise
    if entry_id == "vague_attribution.kaum_jemand" and _talk_without_topic(tokens, end):
        return True  # "kaum jemand spricht, jeder Handgriff sitzt": silence, not a view
    if _set_phrase(entry_id, tokens, end):
        return True  # "wegen übler Nachrede", "unter dem Deckmantel der Anonymität"
    if entry_id == "appeal.bei_uns" and _market_sense(tokens, start, end):
        return True  # "soll sie auch bei uns bekannt machen": the market, not a community
    if category in _STAGED_CATEGORIES and _intended_or_staged(tokens, start, end):
        return True  # "Was als Albtraum gedacht ist", "als schmierigen Kassierer gibt"
    if category in _BALANCE_CATEGORIES and _drawn_balance(tokens, start, end):
        return True  # "Der Vorsitzende zog eine durchweg positive Bilanz": his assessment
    if entry_id == "certainty.zweifelsfrei" and _proof_required(tokens, start):
        return True  # "Ausnahmen nur für Haushalte, die nachweislich kompostieren": a condition
    if category == "intensifier" and _shown_attitude(tokens, start, end):
        return True  # "zeigte sich äußerst kritisch": the subject's attitude, reported
    if entry_id in _HEAD_CHECKED and descriptive_head(tokens, start, end):
        return True  # "äußerst geringe Höhe", "besonders gefährdet": a degree, no judgement
    if entry_id == "speculation.nur_um_zu" and _sequence_um(tokens, end):
        return True  # "stieg zunächst, nur um kurz darauf wieder zu fallen": what happened next
    if entry_id == "speech_verb.mahnte" and _standard_call(tokens, start, end):
        return True  # "mahnte zur Ruhe", "mahnte an, …": a call, reported (= forderte)
    if category in {"certainty", "speculation"} and _unreal_condition(tokens, start, end):
        return True  # "Es wäre einfacher, wenn eine Seite einfach falsch läge": a wish, no claim
    if entry_id == "speculation.duerfte" and _unreal_consequence(tokens, start):
        return True  # "Wenn es ihnen um X ginge, dürften sie …": permission in an unreal case
    if entry_id == "speculation.duerfte" and _should_not_happen(tokens, start, end):
        return True  # "ein Fehler, der bei 36 Euro nicht passieren dürfte": what ought not be
    if entry_id == "speculation.absichtlich" and _found_intent(tokens, start, end):
        return True  # "Spuren, die darauf hindeuteten, dass das Feuer absichtlich gelegt wurde"
    if entry_id == "stance.zu_recht" and _separable_zurecht(tokens, start, end):
        return True  # "kam mit der Defensive nicht zurecht": zurechtkommen (cope), not "rightly"
    if entry_id == "speech_verb.raeumte_ein" and (
            any(t.lower.endswith(("niederlage", "niederlagen")) for t in tokens[start:end])
            or _confession(tokens, start)):
        # "räumte die Niederlage ein" (conceding defeat) and "Der Angeklagte räumte die Tat ein"
        # (a confession): the standard verbs for both, not the author casting an admission
        return True
    if entry_id == "loaded_language.adj_unertraeglich" and _unstoppable_shot(tokens, start, end):
        return True  # "fälschte unhaltbar ab": a shot the keeper could not stop
    if entry_id == "intensifier.historisch_hype" and _period_sense(tokens, end):
        return True  # "den historischen Moment des Aufbegehrens", "die historische Wende 1989"
    if entry_id == "stance.schlicht" and (
            any(t.lower in _NAMING for t in tokens[end:end + 8])
            or (any(t.lemma == "nennen" for t in tokens[max(0, start - 6):start])
                and any(t.text in {"„", "\"", "»", "«", "“"} for t in tokens[end:end + 3]))):
        return True  # "auf der Karte schlicht „Heidschnucke, Heu“ genannt", "nennt man es
        # intern schlicht die „Wende“": plainly named
    if entry_id == "vague_attribution.wie_man_hoert" and _kind_of_talk_heard(tokens, start):
        return True  # "Solche Versprechen hört man oft": the author knows the kind of talk
    if entry_id == "vague_attribution.wie_man_hoert" and not any(
            t.lower in _HEARD_FROM for t in tokens[start:end + 1]) and review_document():
        return True  # "…, und man hört, dass er sich die Partie noch erobert": in a review the
        # critic's own listening, no unnamed source
    if category == "vague_attribution" and _testimony(tokens, start, end):
        return True  # "Als erste Zeugin sagte eine frühere Mitarbeiterin aus": a witness in court
    if category == "vague_attribution" and _coined_term(tokens, start, end):
        return True  # "Fachleute sprechen vom „Internet der Dinge“": a term, not a claim
    if entry_id == "vague_attribution.s18k_aus_kreisen" and any(
            t.lower.endswith(_ADMINISTRATIVE_KREISE) for t in tokens[start:end]):
        return True  # "Helfer aus Nachbarlandkreisen": districts, no unnamed circle of sources
    if entry_id == "vague_attribution.wie_man_hoert" and _sound_heard(tokens):
        return True  # "Man hört nur das Dröhnen der Rotoren": hearing, no unnamed source
    if entry_id in _LITERAL_SCENES and any(
            t.lemma.endswith(_LITERAL_SCENES[entry_id]) or t.lower.endswith(
                _LITERAL_SCENES[entry_id]) for t in tokens):
        return True  # "der sich die Finger verbrannt hat: … in heißem Fett": a real burn
    if entry_id == "speech_verb.behauptet" and any(
            t.lower in ("niemand", "keiner") for t in tokens[max(0, start - 4):start]):
        return True  # "Nun soll niemand behaupten, …": nobody's claim is framed
    if entry_id == "stance.man_reibt_sich_die_augen" and _rubs_own_eyes(tokens, start):
        return True  # "Schäfer stellt den Motor ab, reibt sich die Augen": a tired man's gesture
    if entry_id == "vague_attribution.s18k_gruppe_urteilt" and _separated_aus(tokens, start, end):
        return True  # "Forscher werteten Fallenfänge an 120 Standorten aus": they analysed data
    if entry_id == "vague_attribution.schaetzungen_zufolge" and any(
            t.lemma in _ESTIMATING for t in tokens[max(0, start - _ESTIMATOR_REACH):start]):
        return True  # "Versicherer rechnen nach ersten Schätzungen mit …": the subject estimates
    if entry_id == "loaded_language.s15c_ausbremsen" and any(
            t.lower.startswith(_RACING_STEMS) for t in _around(tokens, start, end)):
        return True  # "als er Hartley in der ersten Kurve ausbremste": a racing manoeuvre
    if entry_id == "loaded_language.s16e_kantersieg" and tokens[start].lower.startswith(
            "schützenfest") and not any(t.lower.startswith(_SCORE_STEMS) or t.lower in _SCORE_WORDS
                                        or t.lower.endswith(("stadion", "arena"))
                                        or ":" in t.text for t in _around(tokens, start, end)):
        return True  # "vor jedem Schützenfest": the village festival, not a lopsided score
    if entry_id == "loaded_language.s18m_zeche_ausbaden" and any(
            t.lower == "kürzeren" for t in tokens[start:end]) and any(
            _SCORE.fullmatch(t.text) or t.lower.startswith(_SCORE_STEMS)
            or t.lower in _SCORE_WORDS or t.lower in _CONTEST_WORDS
            for t in _around(tokens, start, end)):
        return True  # "verlor im Entscheidungssatz mit 9:11 und zog den Kürzeren": lost a game
    if entry_id == "speculation.vielleicht" and end + 1 < len(tokens) \
            and tokens[end].lower in ("sollten", "könnten", "müssten") \
            and tokens[end + 1].lower == "wir":
        return True  # "Vielleicht sollten wir das auch mal probieren": the proposal (an appeal
        # finding of its own) guesses at nothing
    if entry_id == "speculation.vielleicht" and _estimate_follows(tokens, end):
        return True  # "Das Abteil misst vielleicht zwei mal zwei Meter": about, no guess
    if entry_id == "stance.tab_schon_wieder" and end < len(tokens) \
            and tokens[end].lower in _BACK_AT and any(
                a.lower in ("am", "ab") and b.lower.startswith(_DAY_STEMS)
                for a, b in pairwise(tokens[max(0, start - 5):start])):
        return True  # "saß am Mittwoch schon wieder am Steuer": already back at work, no sigh
        # of "yet again" (not "Am Montag fiel der Zug schon wieder aus")
    if entry_id == "speech_verb.s18k_erklaerte_lediglich" and tokens[start].lower in (
            "heißt", "hieß", "heisst", "hiess") and "es" not in (
            tokens[start - 1].lower if start else "", tokens[start + 1].lower):
        return True  # "Aufkommensneutral heißt nur, dass die Summe gleich bleibt": it means
    if entry_id == "loaded_language.s17i_ueber_die_zeit" and any(
            _SCORE.fullmatch(t.text) or t.lower in _LEAD_WORDS for t in tokens) and not any(
            "schaukel" in t.lower for t in tokens[start:end]):
        return True  # "Grünhagen rettete das 1:0 über die Zeit": a lead held to the whistle
        # (not "schaukelten das 1:0 über die Zeit": the mockery of a team that only hangs on)
    if entry_id == "speech_verb.raunte" and tokens[start].is_upper_initial and start > 0 \
            and tokens[start - 1].lower in _NOUN_DETERMINERS:
        return True  # "ging ein Raunen durch das Stadion": the crowd's murmur, no verb of saying
    if entry_id in _SHOOTING_SENSE_ENTRIES and any(
            "schieß" in t.lower or t.lower.startswith(_SHOOTING_STEMS)
            for t in _around(tokens, start, end)):
        return True  # "Im Liegendschießen leistete sie sich einen Fehler, danach blieb sie
        # makellos": a biathlete's shooting record, not praise or blame
    if entry_id == "certainty.in_wahrheit" and end < len(tokens) \
            and tokens[end].lower in _NAMING_VERBS:
        return True  # "In Wahrheit heißt er Rainer K.": the real name behind an alias
    if entry_id == "vague_attribution.gilt_als" and _denied_label(tokens, start):
        return True  # "Keines davon gilt als Unrechtsstaat": a denial, no unnamed source
    if entry_id == "vague_attribution.gilt_als" and _comparative_als(tokens, start, end):
        return True  # "für die niedrigere Löhne gelten als im Konzern": rules apply, compared
    if entry_id in _PASSIVE_SOURCE_ENTRIES and _source_named(tokens, start, end):
        return True  # "Von der Polizei wird befürchtet", "Im Bericht wird …": the source is named
    if entry_id in {"speech_verb.gab_zu", "speech_verb.gestand"} and _confession(tokens, start):
        return True  # "Der Angeklagte hat den Diebstahl zugegeben": a confession in court copy
    if entry_id == "speech_verb.verkuendete" and _formal_announcement(tokens, start, end):
        return True  # "Als Facebook die Übernahme verkündete", "verkündete … ihre Kandidatur"
    if entry_id == "speech_verb.muerrisch" and _taste(tokens, start, end):
        return True  # "Der Riesling wirkt säuerlich": a taste, not a speaker's mood
    if entry_id == "speech_verb.predigte" and _church_sense(tokens):
        return True  # "Der Pfarrer predigte im Dom": the plain word for a sermon
    if entry_id == "doubt.scheinbar" and _apparent_property(tokens, end):
        return True  # "vereint scheinbar gegensätzliche Eigenschaften": an appearance, resolved
    if category == "doubt" and _reported_charge(tokens, start):
        return True  # "Behauptungen über fragwürdige Belege": what the allegations say
    if entry_id in _RINGING_ENTRIES and _alarm_bells(tokens, start):
        return True  # "lässt die Alarmglocken schrillen": bells ring, no strident voice
    if category in _CHARGE_CATEGORIES and _rejected_frame(tokens, start, end):
        return True  # "Das ist keine Zumutung, sondern Arithmetik": the frame is rejected
    if entry_id in _WEAK_SENSE_ENTRIES:
        return _weak_sense(entry_id, tokens, start, end, first_person_document)
    if entry_id == "stance.eigentlich":
        lo, hi = _clause(tokens, start, end)
        if _planned_should(tokens, start, end, lo, hi):
            return True  # "Eigentlich sollten sie zu viert sein": the roster, not a norm
        if _plan_not_realized(tokens[lo:hi]):
            return True  # "hätte eigentlich Teil der Reform werden sollen": a dropped plan
        if any(t.lower in _PLAN_WORDS for t in tokens[max(lo, start - 3):hi]):
            return True  # "Eigentlich wollte die Regierung …": a plan that changed
        if any(t.lower == "wollen" for t in tokens[end:hi]) and any(
                t.lower in _PAST_PERFECT_AUX for t in tokens[lo:hi]):
            return True  # "weil sie sich eigentlich auf Olympia hatte vorbereiten wollen"
        if _habitual(tokens[lo:hi]):
            return True  # "was man eigentlich von … gewohnt ist": "usually", no stance
        if _strictly_speaking(tokens, end) and not any(
                t.lower in _NORM_MODALS for t in tokens[lo:hi]):
            return True  # "eigentlich sind nur 17 Prozent betroffen, allerdings …": a fact, then
            # the catch
        for t in tokens[end:min(hi, end + 6)]:
            if t.lower == "seit":
                break  # "eigentlich gilt seit Februar …": a state, not a plan
            if t.lower in _SCHEDULE_WORDS or (t.text.isdigit() and len(t.text) == 4):
                return True
        if hi < len(tokens) and tokens[hi].text == "?":
            return True  # "Was ist eigentlich passiert?"
        if tokens[-1].text == "?" and tokens[0].lower in _QUESTION_WORDS:
            return True  # "Was ist ein solcher Plan eigentlich wert, wenn …?"
        # "die Frage, was VR eigentlich ist" (not the relative "was eigentlich verboten ist")
        return tokens[lo].lower in _QUESTION_WORDS and any(
            t.lower in _ASKING for t in tokens[:lo])
    if entry_id == "loaded_language.dammbruch" and tokens[start].lower.startswith("dammbruch"):
        # a dam that breaks in a flood report ("Videos, die angeblich einen Dammbruch zeigen");
        # "Tabubruch" is never literal
        return any(_names_disaster(tokens, i) for i in range(len(tokens))
                   if not start <= i < end) or disaster_document()
    if entry_id in _DISASTER_ENTRIES:
        if any(_names_disaster(tokens, i) for i in range(len(tokens)) if not start <= i < end):
            return True
        # in a disaster report, "die Katastrophe" refers back to the event; "ist eine
        # Katastrophe" stays a judgement
        return start > 0 and tokens[start - 1].lower in _DEFINITE and disaster_document()
    if entry_id == "loaded_language.s18o_schmilzt_dahin" and any(
            t.lower == "eis" or t.lower.startswith(_MELTING_STARTS)
            or t.lower.endswith(_MELTING_THINGS) for t in _around(tokens, start, end)):
        return True  # "Der Gletscher ist auf einen Rest zusammengeschmolzen": ice, literally
    if entry_id == "stance.endlich":
        lo, _ = _clause(tokens, start, end)
        if any(t.lower in _VOLITION for t in tokens[lo:start]) and not any(
                t.lower in _AUTHOR_SUBJECTS for t in tokens[lo:start]):
            return True  # "Werner will (mit dem Geld) endlich einen Wohnwagen": his wish
        if any(t.lower in _WISH_NOUNS for t in tokens[:lo]) and not any(
                t.lower in _AUTHOR_SUBJECTS or t.lower in _AUTHOR_POSSESSIVES for t in tokens[:lo]):
            return True  # "Einen Wunsch hat er: dass die Gemeinde endlich …": his wish
        return tokens[lo].lower == "bis"
    return False


# --- session 12: senses of stance, vague-attribution, speech-verb and doubt entries ------------
# "hatte/hätte … vorbereiten wollen": the double infinitive of a plan in the past (see _PLAN_WORDS)
_PAST_PERFECT_AUX = frozenset({"hatte", "hatten", "hätte", "hätten"})

# "gelten" = "apply" with a comparison: "für die niedrigere Löhne gelten als im Konzern", "Für
# Neubauten gelten strengere Regeln als für Altbauten". The comparison "als" is followed by a
# preposition or a time word, and a comparative stands near the verb; "gilt als Favorit" is not.
_COMPARISON_TAILS = frozenset({
    "im", "in", "bei", "beim", "für", "an", "am", "auf", "zuvor", "bisher", "bislang", "früher",
    "vorher", "sonst", "üblich", "erwartet", "geplant", "damals", "heute", "jetzt", "gegenüber",
    "unter", "vor", "nach", "zum", "zur", "ursprünglich", "anderswo", "woanders", "dort", "hier",
})
_NOT_COMPARATIVES = frozenset({
    "anderen", "anderer", "anderes", "unseren", "unserer", "unseres", "mehrere", "mehreren",
    "mehrerer", "eueren", "schwere", "schweren", "schwerer", "teuren", "teurer", "sauere",
    "leeren", "jeweiligen", "innerer", "äußerer", "oberer", "unterer", "hinterer", "vorderer",
})


def _comparative(tok: Token) -> bool:
    """A lower-case comparative ("niedrigere", "strengeren", "höher", "mehr", "weniger")."""
    w = tok.lower
    if not tok.is_word or tok.is_upper_initial or w in _NOT_COMPARATIVES:
        return False
    return w in {"mehr", "weniger", "höher", "höhere", "höheren", "besser", "bessere",
                 "besseren"} or (len(w) > 5 and w.endswith(("ere", "eren", "erer", "eres")))


def _comparative_als(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "gelten … als" where "als" compares: a comparison tail after "als" and a comparative
    within four words before it."""
    als = next((k for k in range(end - 1, start - 1, -1) if tokens[k].lower == "als"), None)
    if als is None or als + 1 >= len(tokens) or tokens[als + 1].lower not in _COMPARISON_TAILS:
        return False
    return any(_comparative(t) for t in tokens[max(0, start - 4):als])


# An impersonal passive ("wird befürchtet", "wird … verantwortlich gemacht") hides who holds the
# view, unless the clause names the agent ("von der Polizei", "seitens der EU") or the document
# that holds it ("Im Bericht wird befürchtet, dass …").
_PASSIVE_SOURCE_ENTRIES = frozenset({
    "vague_attribution.wird_befuerchtet", "vague_attribution.verantwortlich_gemacht",
})
_PASSIVE_AUX = frozenset({"wird", "wurde", "werden", "wurden", "werde"})
_AGENT_PREPS = frozenset({"von", "vom", "seitens"})
_DOCUMENT_HEADS = (
    "bericht", "studie", "papier", "schreiben", "brief", "analyse", "gutachten", "protokoll",
    "erklärung", "mitteilung", "report", "dossier", "memo", "urteil", "anklage", "anklageschrift",
    "antrag", "entwurf", "beschluss", "stellungnahme", "aussendung", "interview", "buch", "text",
    "artikel", "beitrag", "dokument", "dokumenten", "unterlagen", "papieren", "berichten",
    "studien", "schreibens", "berichts", "berichtes",
)


def _source_named(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The clause opens on "von/vom/seitens …" or on "in/im <document>", has no passive
    auxiliary (an active clause names its subject), or an agent follows the auxiliary within
    three words ("wird von der Opposition … verantwortlich gemacht")."""
    lo, hi = _clause(tokens, start, end)
    if tokens[lo].lower in _AGENT_PREPS:
        return True
    if tokens[lo].lower in {"in", "im"} and any(
            t.lower.endswith(_DOCUMENT_HEADS) for t in tokens[lo + 1:min(start, lo + 4)]):
        return True
    aux = next((k for k in range(lo, hi) if tokens[k].lower in _PASSIVE_AUX), None)
    if aux is None:
        return True  # "Die Ermittler machten ihn verantwortlich" (active): the subject says it
    return any(t.lower in _AGENT_PREPS for t in tokens[aux + 1:min(hi, aux + 4)])


# "verkünden" of a formal act (a takeover, a candidacy, a verdict, a result) is the plain verb for
# the announcement; as a tag of a statement ("…, verkündete er") or with "stolz" it casts it
_ANNOUNCED_ACTS = (
    "übernahme", "kandidatur", "rücktritt", "fusion", "einigung", "urteil", "entscheidung",
    "ergebnis", "beschluss", "sieger", "siegerin", "gewinner", "gewinnerin", "trennung",
    "ausstieg", "waffenruhe", "waffenstillstand", "verlobung", "geburt", "wechsel", "verkauf",
    "insolvenz", "schließung", "start", "comeback", "karriereende", "abschied", "hochzeit",
    "nominierung", "preisträger", "preisträgerin", "termin", "kauf", "zusammenschluss",
)


def _formal_announcement(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The clause names a formal act as the object of "verkünden" (not "stolz verkündete")."""
    lo, hi = _clause(tokens, start, end)
    clause = tokens[lo:hi]
    if any(t.lower in {"stolz", "triumphierend", "großspurig", "vollmundig", "feierlich"}
           for t in clause):
        return False
    return any(t.lower.endswith(_ANNOUNCED_ACTS) for t in clause if t.is_word)


# "predigen" of a priest, a bishop or in a service is the plain word for a sermon; of a
# politician or manager it casts their words as sermonising.
_CHURCH_MARKS = (
    "kirch", "gottesdienst", "pfarr", "priester", "papst", "päpst", "bischof", "bischöf",
    "kardinal", "pastor", "kanzel", "imam", "moschee", "rabbi", "synagog", "evangeli",
    "prediger", "mönch", "bibel", "koran", "kaplan", "kloster", "kathedral", "gläubige",
    "christus", "apostel", "andacht", "gemeindesaal", "seelsorg", "religiös",
)


def _church_sense(tokens: Sequence[Token]) -> bool:
    """A sentence about a church, a service or a cleric ("im Dom", "der Pfarrer")."""
    return any(any(m in t.lower for m in _CHURCH_MARKS)
               or (t.lower.endswith("dom") and t.lower != "kondom")
               for t in tokens if t.is_word)


# "scheinbar gegensätzliche Eigenschaften", "eine scheinbar einfache Frage": how a thing looks
# before the text resolves it, no doubt cast on anyone's claim ("scheinbar freiwillig" casts it)
_APPEARANCE_STEMS = (
    "gegensätzlich", "widersprüchlich", "paradox", "unvereinbar", "unlösbar", "unüberwindbar",
    "unmöglich", "mühelos", "endlos", "unendlich", "einfach", "simpel", "banal", "nebensächlich",
    "unscheinbar", "schwerelos", "zusammenhanglos", "unverbunden", "willkürlich",
)


def _apparent_property(tokens: Sequence[Token], end: int) -> bool:
    """ "scheinbar" right before an adjective of appearance."""
    return end < len(tokens) and tokens[end].lower.startswith(_APPEARANCE_STEMS)


# --- a motto, slogan, sign or title the text gives (issue 9) --------------------------------------
# "Die Philosophie dahinter: die Kunst, die auf unseren Geräten gefangen ist, …", "Seine Botschaft:
# Wir müssen die Grenzen sichern", "unter dem Motto Gewalt lässt uns nicht kalt", "Schilder mit der
# Aufschrift Nein zum Asylantenheim": the words are the firm's, party's or protesters', whose motto,
# sign or title the text quotes, not the author's appeal or label.
_MOTTO_WORDS = frozenset({
    "motto", "devise", "credo", "slogan", "losung", "parole", "parolen", "leitspruch",
    "wahlspruch", "werbespruch", "werbeslogan", "wahlslogan", "wahlkampfslogan", "kampfparole",
    "philosophie", "firmenphilosophie", "unternehmensphilosophie", "botschaft", "kernbotschaft",
    "mantra", "leitbild", "werbeversprechen", "aufschrift", "titel", "arbeitstitel", "buchtitel",
    "filmtitel", "schlagzeile", "überschrift",
})
# Only nouns that name someone else's words count after a colon; a sign or title noun needs the
# fixed "mit der Aufschrift", "unter dem Titel" ("auf dem Plakat" names a place, not wording).
_COLON_MOTTO_WORDS = frozenset({
    "motto", "devise", "credo", "slogan", "losung", "parole", "leitspruch", "wahlspruch",
    "werbespruch", "werbeslogan", "wahlslogan", "wahlkampfslogan", "kampfparole", "philosophie",
    "firmenphilosophie", "unternehmensphilosophie", "botschaft", "kernbotschaft", "mantra",
    "leitbild", "werbeversprechen",
})
# "Die Botschaft ist klar: Wir müssen …" is the author's own conclusion
_MOTTO_VERDICT = frozenset({"ist", "war", "bleibt", "scheint", "klar", "eindeutig", "einfach",
                            "simpel", "unmissverständlich"})
_MOTTO_PREPS = frozenset({"unter", "nach", "getreu", "gemäß", "mit"})
_MOTTO_ARTICLES = frozenset({"dem", "der", "den"})
_MOTTO_REACH = 8  # tokens of the motto after its noun


def _named_wording(tokens: Sequence[Token], start: int, colon: bool = False) -> bool:
    """tokens[start] within a few tokens after "unter dem Motto", "mit der Aufschrift", "unter dem
    Titel" or, with ``colon``, after a motto noun and a colon ("Seine Botschaft:", "Die Devise
    lautet:"): words the text quotes as a motto, sign or title."""
    for k in range(max(0, start - _MOTTO_REACH), start):
        word = tokens[k].lower
        if word not in _MOTTO_WORDS:
            continue
        if k >= 2 and tokens[k - 1].lower in _MOTTO_ARTICLES and tokens[k - 2].lower in _MOTTO_PREPS \
                and not any(t.text in _SCOPE_BREAKS and t.text not in {"„", "“", "»", "«", ":"}
                            for t in tokens[k + 1:start]):
            return True
        if not colon or word not in _COLON_MOTTO_WORDS:
            continue
        for j in range(k + 1, min(start, k + 4)):
            if tokens[j].text == ":":
                return True
            if tokens[j].lower in _MOTTO_VERDICT or tokens[j].text in _SCOPE_BREAKS:
                break
    return False


# a message sent to someone, whose words follow a colon: "ein fatales Signal an alle, die sich auf
# den Staat verlassen haben: Auf uns ist kein Verlass." – the sender's "uns", not the author's
_MESSAGE_NOUNS = frozenset({"signal", "zeichen", "warnsignal", "botschaft", "nachricht",
                            "ansage", "kampfansage", "weckruf", "appell", "aufruf"})


def _message_to_someone(tokens: Sequence[Token], start: int) -> bool:
    """tokens[start] follows a colon whose clause holds a message noun and its addressee
    ("Signal an …", "Botschaft an …")."""
    colon = next((k for k in range(start - 1, -1, -1) if tokens[k].text == ":"), None)
    if colon is None:
        return False
    return any(tokens[k].lower in _MESSAGE_NOUNS and tokens[k + 1].lower == "an"
               for k in range(colon - 1))


# A sentence that calls out to a group as "ihr" ("Sauce brauchen wir nicht, ihr Mädchen") or opens
# with a plural imperative of looking or listening ("Seht her, was unser Minister tut") speaks in a
# role (a persona, a mocked sender), not as the author to the readers, whom news copy addresses as
# "Sie"; its "wir/unser" is the role's.
_PLURAL_LOOK = frozenset({"seht", "hört", "schaut", "guckt", "schauts"})


def _voiced_address(tokens: Sequence[Token]) -> bool:
    """A vocative ", ihr <Noun>." or a sentence opening "Seht her", "Hört zu"."""
    if len(tokens) > 1 and tokens[0].lower in _PLURAL_LOOK and tokens[1].lower in {
            "her", "zu", "hin", "mal", ","}:
        return True
    # the vocative closes its clause: "…, ihr Mädchen." (not "…, ihr Plan gefährdet …")
    return any(tokens[k - 1].text == "," and tokens[k].text == "ihr"
               and tokens[k + 1].is_upper_initial and tokens[k + 1].is_word
               and tokens[k + 2].text in {".", "!", "?", ","}
               for k in range(1, len(tokens) - 2))


# A hedge in a clause whose subject is the author ("bei dem ich vermutlich auch keine Treppe mehr
# steigen würde", "Vielleicht bin ich zu ungeduldig") guesses at the author's own conduct or
# nature, not at facts or at others' motives (desk2 judging: a columnist's hypothetical).
_SELF_HEDGES = frozenset({
    "speculation.vermutlich", "speculation.wahrscheinlich", "speculation.womoeglich",
    "speculation.anscheinend", "speculation.offenbar", "speculation.vielleicht",
    "speculation.wohl", "speculation.duerfte", "speculation.duerfte_wohl",
})


# (not "wie", "wo": "…, wie es wohl jeder tun würde" is the author's guess)
_W_OPENERS = frozenset({"was", "wer", "wen", "wem", "wann", "warum", "wieso", "weshalb", "welche",
                        "welcher", "welches", "welchen", "ob", "wohin", "woher"})


def _wondering_wohl(tokens: Sequence[Token], start: int) -> bool:
    """"wohl" in a clause that a comma and a w-word or "ob" open ("…, was er wohl denkt"):
    the particle of an embedded question."""
    k = start - 1
    while k > 0 and tokens[k].text not in {",", ":", "–", ";"} and start - k <= 8:
        k -= 1
    return k >= 0 and k + 1 < start and tokens[k].text in {",", ":", "–", ";"} \
        and tokens[k + 1].lower in _W_OPENERS


_HAPPENING = frozenset({"passieren", "geschehen", "vorkommen"})


def _should_not_happen(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"dürfte nicht passieren/geschehen/vorkommen" in one clause: the norm (it ought not
    happen), not a guess ("dürfte kaum passieren" stays a guess)."""
    lo, hi = _clause(tokens, start, end)
    words = tokens[lo:hi]
    return any(t.lower == "nicht" for t in words) and _any_form(words, _HAPPENING)


def _about_the_author(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The clause around tokens[start:end] has "ich" as a word of its own."""
    lo, hi = _clause(tokens, start, end)
    return any(t.lower == "ich" for t in tokens[lo:hi])


# Set phrases whose words after the match make it neutral: the legal name of an offence ("wegen
# übler Nachrede verurteilt") and "unter dem Deckmantel der Anonymität" (anonymously, no pretext).
_SET_PHRASES_AFTER: dict[str, tuple[tuple[str, ...], ...]] = {
    "loaded_language.adj_fies": (("nachrede",),),
    "speculation.vorwand_zweck": (("der", "anonymität"),),
}
# the offence's name counts only in a sentence about charges or courts ("Die üble Nachrede hat
# Folgen" about gossip stays a finding)
_LEGAL_CONTEXT = ("wegen", "anzeige", "angezeigt", "klage", "geklagt", "verklagt", "verurteil",
                  "angeklagt", "anklage", "tatbestand", "strafantrag", "privatanklage", "gericht",
                  "freispruch", "freigesprochen", "verfahren", "paragraf", "paragraph", "§",
                  "strafgesetz", "stgb", "medienrecht", "staatsanwalt", "ermittl")
_LEGAL_TERM_ENTRIES = frozenset({"loaded_language.adj_fies"})


_TALK_VERBS = frozenset({"spricht", "redet", "sprach", "redete"})


def _talk_without_topic(tokens: Sequence[Token], end: int) -> bool:
    """"Kaum jemand spricht." – a verb of talking with nothing after it in its clause describes
    a silent room; "kaum jemand spricht davon" would hide whose view it is."""
    return tokens[end - 1].lower in _TALK_VERBS and (
        end == len(tokens) or tokens[end].text in {",", ".", ";", "–", "—", "!", ":"})


def _set_phrase(entry_id: str, tokens: Sequence[Token], end: int) -> bool:
    """The words right after tokens[:end] complete a neutral set phrase of ``entry_id``."""
    if not any(tuple(t.lower for t in tokens[end:end + len(words)]) == words
               for words in _SET_PHRASES_AFTER.get(entry_id, ())):
        return False
    return entry_id not in _LEGAL_TERM_ENTRIES or _any_stem(tokens, _LEGAL_CONTEXT)


# --- senses of the weak categories (appeal, certainty, doubt), from the judged set ------------
_ARTICLE_BEFORE = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                             "einem", "einer", "eines", "kein", "keine", "keinen", "keinem",
                             "keiner", "keines"})
_ADJ_ENDING = ("e", "en", "em", "er", "es")
# "wegen angeblicher Geldwäsche": the charge an accused faces, named with legal caution like
# "mutmaßlich" (Pressekodex Ziffer 13), not the author's doubt about someone's claim
_OFFENCE_HEADS = (
    "fälschung", "wäsche", "hinterziehung", "betrug", "betrugs", "bestechung", "bestechlichkeit",
    "untreue", "korruption", "veruntreuung", "unterschlagung", "missbrauch", "missbrauchs",
    "mord", "mordes", "totschlag", "totschlags", "körperverletzung", "vergewaltigung",
    "spionage", "landesverrat", "hochverrat", "diebstahl", "diebstahls", "erpressung",
    "nötigung", "bedrohung", "verleumdung", "beleidigung", "amtsmissbrauch", "vorteilsnahme",
    "vorteilsannahme", "bilanzfälschung", "insiderhandel", "insiderhandels", "schmuggel",
    "schmuggels", "verstoß", "verstoßes", "verstöße", "verstößen", "vergehen", "vergehens",
    "verbrechen", "verbrechens", "straftat", "straftaten", "delikt", "delikte", "delikten",
    "misshandlung", "kindesmissbrauch", "terrorfinanzierung", "kriegsverbrechen",
    "manipulation", "absprache", "absprachen", "preisabsprache", "preisabsprachen",
)
_CHARGE_PREPS = frozenset({"wegen", "aufgrund", "ob"})


def _sound_heard(tokens: Sequence[Token]) -> bool:
    """A sound in the sentence, as a whole word ("das Dröhnen", "die Bienen summen"; not
    "zustimmen", "aufatmen", the money „Summen“ or hearsay „Stimmen“) or as a verb named after
    "nur das" ("nur das Rupfen der Schafe ist zu hören"). Noun endings ("Motorengeräusch") are
    the literal scene of ``_LITERAL_SCENES``."""
    return any(t.lower in _HEARD_SOUND_FORMS or t.lemma in _HEARD_SOUND_VERBS for t in tokens) \
        or any(a.lower == "nur" and b.lower in ("das", "dem") and c.is_upper_initial
               and c.lower.endswith("en") for a, b, c in zip(tokens, tokens[1:], tokens[2:],
                                                             strict=False))


def _corrected_after(tokens: Sequence[Token], end: int) -> bool:
    """The sentence goes on to say what is true: "…, tatsächlich aber …", "in Wahrheit", "in
    Wirklichkeit" after the match (not a "tatsächlich" that only stresses: "regnete es
    tatsächlich erst herein")."""
    rest = tokens[end:]
    return any((t.lower == "tatsächlich" and k > 0 and (
                    rest[k - 1].text == "," or (k + 1 < len(rest)
                                                and rest[k + 1].lower in {"aber", "jedoch"})))
               or (t.lower in {"wahrheit", "wirklichkeit"} and k > 0 and rest[k - 1].lower == "in")
               for k, t in enumerate(rest))
# roles that telephone and doorstep fraudsters claim: "ein angeblicher Polizist", "falsche
# Handwerker", "die angebliche Enkelin" — the police report's word for the trick
_IMPOSTOR_ROLES = ("polizist", "polizistin", "polizisten", "kommissar", "kommissarin",
                   "beamter", "beamtin", "beamten", "handwerker", "handwerkerin", "enkel",
                   "enkelin", "neffe", "nichte", "techniker", "technikerin", "mitarbeiter",
                   "mitarbeiterin", "staatsanwalt", "staatsanwältin", "arzt", "ärztin",
                   "wasserwerker", "bankmitarbeiter", "bankberater", "spendensammler")
# "die undurchsichtige Lage": a situation hard to survey, not an insinuation about a thing
_UNCLEAR_SITUATIONS = ("situation", "gemengelage", "sachlage", "rechtslage", "datenlage",
                       "faktenlage", "nachrichtenlage", "informationslage", "quellenlage",
                       "ausgangslage")
_DATIVE_PRONOUNS = frozenset({"mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen"})
_CONDITIONAL_MODALS = frozenset({"müsste", "müssten", "sollte", "sollten", "muss", "müsse"})
_WEAK_SENSE_ENTRIES = frozenset({
    "appeal.man_muss", "appeal.wir", "appeal.uns", "appeal.unser", "appeal.jeder_von_uns",
    "certainty.natuerlich", "certainty.selbstverstaendlich",
    "certainty.evident", "certainty.gewiss", "doubt.angeblich", "doubt.ominoes",
})
# "ihr" is dative only where no noun phrase follows it as its possessor ("Ihr Sieg ist gewiss")
_AFTER_DATIVE_IHR = frozenset({"der", "die", "das", "den", "dem", "des", "auch", "nun", "jetzt",
                               "schon", "ja", "doch", "damit", "dabei", "diesmal", "wohl",
                               "sicher", "bereits", "wieder", "immer", "zumindest", "jedenfalls"})


def _attributive(tokens: Sequence[Token], start: int, end: int) -> bool:
    """An adjective or adverb between an article and the adjective or noun it describes ("der
    natürlich mäandernde Fluss", "das selbstverständliche Mitgefühl"); an article after a comma
    is a relative pronoun ("…, die natürlich nichts wusste") and does not count."""
    if start == 0 or tokens[start - 1].lower not in _ARTICLE_BEFORE:
        return False
    return start < 2 or tokens[start - 2].text not in _SCOPE_BREAKS or tokens[start - 2].text in {
        "„", "“", "»", "«", "("}


_COPULAS = frozenset({"ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien", "bleibt",
                      "bleiben", "blieb", "wird", "werden", "wurde", "gilt", "galt"})


def _after_copula(tokens: Sequence[Token], start: int) -> bool:
    """The article before tokens[start] opens a predicate noun phrase: "ist eine …"."""
    return start >= 2 and tokens[start - 2].lower in _COPULAS


# "Auf den Schmäh muss man fast ganz verzichten", "Dort muss man bis zum Ende scrollen", "Das
# Essen muss man sich selbst bestellen": what a situation, a work or a device leaves one to do,
# described; no demand the author puts to readers ("Man muss die Reform umsetzen" stays). Verb
# endings, so that particles count too ("runterscrollen", "durchklicken").
_CIRCUMSTANCE_VERBS = (
    "verzichten", "auskommen", "warten", "scrollen", "klicken", "tippen", "wischen", "bestellen",
    "anstehen", "blättern", "umsteigen", "zahlen", "einloggen", "registrieren",
)
_NOT_CIRCUMSTANCE = frozenset({"erwarten"})  # "Man muss erwarten, dass …" speaks for the reader
# "Um zu erzählen, warum …, muss man weit ausholen": the author's narration announcing its own
# detour, no demand
_NARRATION_VERBS = frozenset({"erzählen", "verstehen", "erklären", "begreifen", "nachvollziehen",
                              "einordnen", "beschreiben", "schildern"})


def _circumstance_must(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The verb governed by "muss man" (in its clause) is one of ``_CIRCUMSTANCE_VERBS``."""
    _, hi = _clause(tokens, start, end)
    return any(t.lower.endswith(_CIRCUMSTANCE_VERBS) and t.lower not in _NOT_CIRCUMSTANCE
               for t in tokens[end:hi])


def _narrative_must(tokens: Sequence[Token], start: int) -> bool:
    """A fronted "Um … zu <erzählen/verstehen/…>" clause before "muss man"."""
    if start == 0 or tokens[start - 1].text != ",":
        return False
    first = next((k for k in range(start) if tokens[k].lower == "um"), None)
    if first is None or first > 1:
        return False  # the purpose clause opens the sentence ("Um …" or "Und um …")
    return any((t.lower == "zu" and nxt.lower in _NARRATION_VERBS) or
               (t.lower.replace("zu", "", 1) in _NARRATION_VERBS and "zu" in t.lower[2:])
               for t, nxt in pairwise(tokens[first:start]))


def _conditional_must(tokens: Sequence[Token], start: int) -> bool:
    """"Müsste man einen Vergleich ziehen, ließe sich …": a verb-first conditional clause, the
    condition of the author's own comparison, not a demand. A verb-first question ("Sollte man
    das nicht ändern?") stays a finding."""
    lo, _ = _clause(tokens, start, start + 1)
    if start != lo or tokens[start].lower not in _CONDITIONAL_MODALS:
        return False
    if lo > 0 and tokens[lo - 1].text not in {".", "!", "?", ":", ";"}:
        return False  # "…, sollte man …" continues a clause; only a fronted condition counts
    for t in tokens[start + 1:]:
        if t.text == ",":
            return True
        if t.text in {".", "!", "?", ":", ";"}:
            return False
    return False


# --- the newsroom's and the literal "wir/uns/unser" (issue 9) ------------------------------------
# The plain "wir/uns/unser" entries; the fixed phrases ("wir alle", "wir müssen") keep their own
# sense.
_PLAIN_WE_ENTRIES = frozenset({"appeal.wir", "appeal.uns", "appeal.unser",
                               "appeal.jeder_von_uns"})
# Words of a newsroom's own work in the clause of "wir/uns/unser": a fact check or investigation
# reports what it did ("Wir haben die Zahlen überprüft", "die von uns gesichteten Unterlagen",
# "Unser Fazit:"). Complements voice.newsroom_we, which looks at a fixed window; verb forms only
# ("Prüfung" is also a trial everyone faces), and what was done, not the infinitive a demand
# takes ("Wir müssen unsere Politik überprüfen" stays an appeal; so does any clause with a modal).
_DEMAND_MODALS = frozenset({"müssen", "muss", "müssten", "müsste", "sollten", "sollte", "sollen",
                            "dürfen", "brauchen"})
_NEWSROOM_WORK = frozenset({
    "prüften", "prüfte", "geprüft", "geprüften", "überprüften", "überprüfte", "überprüft",
    "nachgeprüft", "recherchierten", "recherchierte", "recherchiert", "recherche", "recherchen",
    "sichteten", "sichtete", "gesichtet", "gesichteten", "nachgefragt", "nachgehakt",
    "angefragt", "anfrage", "nachgerechnet", "ausgewertet", "ausgewerteten", "werteten", "fazit",
    "faktencheck", "faktenchecks", "faktencheckerin", "redaktion", "kommentaren", "kommentar",
    "leserbriefe", "zuschriften",
    # asking for comment, testing, documenting, service formulas ("Wir haben das Unternehmen um eine
    # Stellungnahme gebeten", "Wir haben fünf Geräte getestet", "Wir dokumentieren die Rede im
    # Wortlaut", "Unser Tipp:")
    "stellungnahme", "redaktionsschluss", "getestet", "testeten", "ausprobiert", "probierten",
    "dokumentieren", "dokumentierten", "wortlaut", "veröffentlichen", "veröffentlichten",
    "interviewt", "interviewten", "befragt", "befragten", "tipp", "tipps", "lesetipp",
    "anonymisiert",
    # an interview's or reportage's intro: "Wir haben die Bergretter begleitet"
    "begleitet", "begleiteten", "besucht", "besuchten",
})
# "Wir haben mit Anrainern gesprochen", "Wir haben die Namen geändert", "Im Test hatten wir …": the
# newsroom's reporting only with both words in the clause ("Wir haben zu lange nicht darüber
# gesprochen" stays)
_NEWSROOM_PAIRS = (("gesprochen", "mit"), ("geändert", "namen"), ("geändert", "name"), ("test", "im"),
                   ("wollten", "wissen"),  # "…, wollten wir wissen": the newsroom asked
                   # "Wir haben ihn vor der Vorstellung im Foyer getroffen": the interview's intro
                   ("getroffen", "ihn"), ("getroffen", "sie"))
# separable verbs of the newsroom's work with the particle at the clause end: "stellen wir einige
# vor", "fragten wir beim Ministerium nach", "rechnen wir nach"
_NEWSROOM_SPLIT = {"stellen": "vor", "stellt": "vor", "stellte": "vor", "stellten": "vor",
                   "fragen": "nach", "fragte": "nach", "fragten": "nach", "rechnen": "nach",
                   "rechneten": "nach", "hakten": "nach", "liegt": "vor", "liegen": "vor",
                   "lag": "vor", "lagen": "vor", "forschen": "nach", "forschten": "nach"}
# the reader addressed apart from "wir": "Wir freuen uns auf Ihre Anekdoten"
_READER_ADDRESS = frozenset({"Ihnen", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Sie", "euch",
                             "eure", "euren", "eurem", "eurer"})


def _editorial_we(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"wir/uns/unser" in a clause about the newsroom's own work, or next to the reader addressed
    as "Sie/Ihre": the editorial "we" of a fact check, investigation or call for comments, which
    speaks for the newsroom, not for the reader. "Stellen wir uns vor" (imagine) stays."""
    lo, hi = _clause(tokens, start, end)
    clause = tokens[lo:hi]
    if not any(t.lower in WE_FORMS for t in tokens[start:end]) or any(
            t.lower in _DEMAND_MODALS for t in clause):
        return False
    if any(t.lower in _NEWSROOM_WORK for t in clause):
        return True
    words = {t.lower for t in clause}
    if any(a in words and b in words for a, b in _NEWSROOM_PAIRS):
        return True
    # the reader anywhere in the sentence ("Wir bedauern, dass Ihnen …"); a capital "Sie/Ihre"
    # counts only after a word, not at a sentence, quote or colon start where it may be "she"
    if any(t.text in _READER_ADDRESS and (t.lower in {"euch", "eure", "euren", "eurem", "eurer"}
                                          or (k > 0 and tokens[k - 1].is_word))
           for k, t in enumerate(tokens)):
        return True
    reflexive = sum(t.lower == "uns" for t in clause) > (tokens[start].lower == "uns")
    if clause and not reflexive:
        particle = clause[-1].lower
        return any(_NEWSROOM_SPLIT.get(t.lower) == particle for t in clause[:-1])
    return False


# A columnist's own house, street or family: "in unserer Straße", "unser Treppenhaus" are literal
# in a text whose author writes "ich" (see first_person_author), not the community's "unser Land".
_HOUSEHOLD = frozenset({
    "haus", "hause", "hauses", "häuser", "wohnung", "wohnungen", "straße", "gasse", "flur",
    "hausflur", "treppenhaus", "stiegenhaus", "küche", "wohnzimmer", "schlafzimmer",
    "kinderzimmer", "badezimmer", "bad", "garten", "balkon", "hof", "innenhof", "keller",
    "dachboden", "garage", "hausnummer", "briefkasten", "haustür", "wohnungstür", "tür",
    "küchentisch", "esstisch", "nachbar", "nachbarn", "nachbarin", "nachbarinnen", "nachbarschaft",
    "vermieter", "vermieterin", "hausverwaltung", "hausmeister", "hund", "hunde", "katze",
    "katzen", "auto", "wagen", "familie", "tochter", "sohn", "töchter", "söhne", "viertel",
    "kiez", "grätzel", "siedlung", "wohnblock", "block", "dorf", "urlaub", "ferienwohnung",
})


def _household(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"unser(e)" right before (or one adjective before) a noun of the author's own home,
    street or family; "unser gemeinsames Haus Europa" stays (a figure, not a place)."""
    k = end
    if k < len(tokens) and tokens[k].is_word and not tokens[k].is_upper_initial:
        if tokens[k].lower.startswith("gemeinsam"):
            return False
        k += 1  # "unser altes Haus"
    if k >= len(tokens) or tokens[k].lower not in _HOUSEHOLD:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (after is not None and after.is_word and after.is_upper_initial)  # "Haus Europa"


_FIRST_SINGULAR = frozenset({"ich", "mich", "mir", "mein", "meinem", "meiner", "meines"})


def first_person_author(sentences: Sequence[Sequence[Token]]) -> bool:
    """True when at least two sentences of the author's voice (speech already removed by the
    caller) use the first person singular: a column or feature whose "unser" can be the
    author's own household."""
    seen = 0
    for tokens in sentences:
        if any(t.lower in _FIRST_SINGULAR for t in tokens):
            seen += 1
            if seen >= 2:
                return True
    return False


# "Kommen wir zum Akku", "Wenden wir uns dem Preis zu", "Bleiben wir bei den Zahlen", "Werfen wir
# einen Blick auf …", "Und wenn wir schon beim Thema sind": a review's or essay's signpost, which
# leads the reader through the text and presses no view on them
_SIGNPOST_VERBS = frozenset({"kommen", "wenden", "bleiben", "werfen", "schauen", "blicken",
                             "gehen", "widmen", "springen", "kehren"})
_SIGNPOST_OPENERS = frozenset({"und", "doch", "nun", "also", "aber", "jetzt", "zuletzt", "zunächst",
                               "abschließend", "schließlich"})


def _signpost_we(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "wir" right after a clause-initial signpost verb, or "wenn wir schon bei(m) …"."""
    if tokens[start].lower != "wir":
        return False
    lo, _ = _clause(tokens, start, end)
    first = lo + (tokens[lo].lower in _SIGNPOST_OPENERS and start > lo + 1)
    if start == first + 1 and tokens[first].lower in _SIGNPOST_VERBS:
        return True
    nxt = [t.lower for t in tokens[end:end + 2]]
    return start > 0 and tokens[start - 1].lower == "wenn" and nxt[:1] == ["schon"] \
        and nxt[1:] in (["bei"], ["beim"])


# The past a first-person column narrates: "Wir waren jung genug", "hatten wir beschlossen",
# "Als die Diagnose über uns kam". Appeals speak in the present or with a modal ("Wir müssen",
# "Wir alle wissen"); a past-tense verb in the clause of "wir/uns/unser" in a text whose author
# writes "ich" tells what the author and the people of the story did.
_PAST_VERBS = frozenset({
    "waren", "war", "hatten", "hatte", "wollten", "konnten", "mussten", "durften", "wussten",
    "gingen", "ging", "kamen", "kam", "zogen", "hielten", "sagten", "fuhren", "saßen", "lebten",
    "merkten", "dachten", "brachten", "fanden", "standen", "liefen", "trafen", "sahen", "blieben",
    "wurden", "schrieben", "lasen", "aßen", "tranken", "gewesen", "geworden", "wohnten",
    "reisten", "lachten", "tasteten", "kannten", "fiel", "traf", "gab", "starb",
})
_NOT_PAST_TEN = frozenset({"sollten", "müssten", "könnten", "hätten", "würden", "dürften",
                           "möchten", "bräuchten", "wüssten", "guten", "letzten", "ersten",
                           "weiten", "rechten", "besten", "meisten", "nächsten", "zweiten"})


def _narrated_we(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A past-tense verb in the clause of "wir/uns/unser", in a sentence without "wir/uns
    alle"."""
    lo, hi = _clause(tokens, start, end)
    if any(a.lower in {"wir", "uns"} and b.lower in {"alle", "allen"}
           for a, b in pairwise(tokens)):
        return False  # "Als das Homeoffice über uns kam, dachten wir alle …": everyone, inclusive
    if any(t.lower in _PAST_VERBS for t in tokens[lo:hi]):
        return True
    if tokens[start].lower != "wir" and any(t.lower == "wir" for t in tokens) and any(
            t.lower in _PAST_VERBS for t in tokens):
        return True  # "Wir waren jung genug, uns den Taumel zu gönnen": the same narrated "wir"
    # a weak past tense next to "wir": "merkten wir", "wir tasteten uns"
    return any(t.lower.endswith("ten") and len(t.lower) > 5 and t.lower not in _NOT_PAST_TEN
               and not t.is_upper_initial for t in tokens[max(lo, start - 1):min(hi, end + 1)])


def _named_group_uns(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"uns" whose group the clause names before it as "X und ich" ("Mein Nachbar und ich
    grüßen uns im Treppenhaus") or as its subject "wir" ("Wir kennen uns seit Jahren"): the
    reciprocal or reflexive object of a concrete group, or the same "wir" once more, which is a
    finding of its own where it draws readers in. "Die Krise trifft uns" stays."""
    lo, _ = _clause(tokens, start, end)
    if end < len(tokens) and tokens[end].lower in {"zwei", "beide", "beiden", "drei", "vier"}:
        return True  # "für uns zwei", "uns beiden": a counted group, not the readers
    before = [t.lower for t in tokens[lo:start]]
    if "wir" in before:
        return True
    return any((a == "und" and b == "ich") or (a == "ich" and b == "und")
               for a, b in pairwise(before))


# "Die Aktie stieg um fünf Prozent, nur um kurz darauf wieder zu fallen", "…, nur um im Finale zu
# scheitern": "nur um … zu" with a word of sequence or a verb of decline or failure (what nobody
# aims at) narrates what came next ("only to"), it imputes no purpose; "nur um sein Image
# aufzupolieren" stays
_SEQUENCE_WORDS = frozenset({"dann", "danach", "später", "darauf", "anschließend", "hernach"})
_DECLINE_ENDINGS = ("fallen", "sinken", "kehren", "rutschen", "scheitern", "verlieren")


def _sequence_um(tokens: Sequence[Token], end: int) -> bool:
    """A word of sequence or a verb of decline in the "um … zu" clause after the match."""
    for t in tokens[end:end + 10]:
        if t.text in _SCOPE_BREAKS:
            return False
        if t.lower in _SEQUENCE_WORDS or t.lower.endswith(_DECLINE_ENDINGS):
            return True
    return False


def _standard_call(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"mahnte (daraufhin) zur Ruhe" or "mahnte … an" (anmahnen): a chair's or an official's
    standard call, as neutral as "forderte"; blind judges found every such "mahnte" wrong. The
    plain "…, mahnte der Bischof" stays a (weak) finding."""
    _, hi = _clause(tokens, start, end)
    if any(t.lower == "zur" for t in tokens[end:min(hi, end + 4)]):
        return True
    return tokens[end - 1].lower == "an" or (hi > end and tokens[hi - 1].lower == "an")


_SPOILER_VERBS = frozenset({"verraten", "gespoilert", "spoilern", "vorweggenommen", "vorwegnehmen"})


def _no_spoiler(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"natürlich nicht verraten": a negated verb of giving away the plot in the same clause."""
    lo, hi = _clause(tokens, start, end)
    clause = tokens[lo:hi]
    return any(t.lower in _SPOILER_VERBS for t in clause) and any(
        t.lower in NEGATORS for t in clause)


# Konjunktiv II forms that make a "wenn" clause unreal: "wenn eine Seite einfach falsch läge"
_UNREAL_VERBS = frozenset({"wäre", "wären", "hätte", "hätten", "würde", "würden", "läge",
                           "lägen", "könnte", "könnten", "käme", "kämen", "gäbe", "stünde",
                           "stünden", "ginge", "gingen", "täte", "täten", "bliebe", "blieben",
                           "fände", "fänden", "nähme", "nähmen", "ließe", "ließen", "hielte",
                           "hielten", "wüsste", "wüssten", "müsste", "müssten", "sähe", "sähen"})


def _unreal_condition(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The certainty phrase sits in a "wenn/falls" clause whose verb is Konjunktiv II: a
    hypothetical case the author imagines, not a fact declared certain. "Wenn das stimmt, ist es
    schlicht falsch" (indicative) stays."""
    lo, hi = _clause(tokens, start, end)
    if not any(t.lower in {"wenn", "falls"} for t in tokens[lo:start]):
        return False
    return any(t.lower in _UNREAL_VERBS for t in tokens[lo:hi])


def _unreal_consequence(tokens: Sequence[Token], start: int) -> bool:
    """"dürfte(n)" opens the main clause right after a "wenn/falls" clause in Konjunktiv II:
    "Wenn es ihnen um den Tierschutz ginge, dürften sie kein Fleisch kaufen" (would be allowed
    to), not the author's estimate. After an indicative condition ("Wenn das Wetter hält,
    dürfte das Spiel stattfinden") it stays a hedge."""
    if start < 2 or tokens[start - 1].text != ",":
        return False
    k = start - 2
    while k >= 0 and tokens[k].text not in _SCOPE_BREAKS:
        k -= 1
    cond = tokens[k + 1:start - 1]
    return bool(cond) and cond[0].lower in {"wenn", "falls"} and any(
        t.lower in _UNREAL_VERBS for t in cond)


# "absichtlich" in a finding of investigators or in the suspicion a text reports ("Spuren, die
# darauf hindeuteten, dass das Feuer absichtlich gelegt wurde", "der Verdacht, dass er sie
# absichtlich überfahren habe"): the intent is the source's finding, not imputed by the author;
# a fire "absichtlich gelegt" is the standard term for arson
_FINDING_STEMS = ("ermittl", "brandermittl", "hindeut", "verdacht", "vorwurf", "vorgeworfen",
                  "anklage", "angeklagt", "staatsanwalt", "gutacht", "sachverständig", "obduktion",
                  "spuren", "geständ", "gestand", "gestanden")
_ARSON_PARTICIPLES = frozenset({"gelegt", "gezündet", "entzündet", "angezündet", "entfacht"})


def _found_intent(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The word "absichtlich" qualifies arson or follows an investigators' or suspicion word in
    its sentence."""
    if tokens[start].lower != "absichtlich":
        return False
    if end < len(tokens) and tokens[end].lower in _ARSON_PARTICIPLES:
        return True
    return any(t.lower.startswith(_FINDING_STEMS) for t in tokens[:start])


# the finite forms of verbs with the particle "zurecht" (zurechtkommen, -finden, -legen, …):
# "Carolina kam mit der Defensive überhaupt nicht zurecht und …" - the lexicon's look-ahead
# cannot see a finite verb many words back
_ZURECHT_VERBS = frozenset({"kommen", "finden", "legen", "machen", "rücken", "biegen", "weisen",
                            "stutzen", "schneiden", "zupfen", "setzen", "stellen", "schieben",
                            "zimmern", "basteln", "kommt", "kam", "kamen", "komme", "kommst",
                            "findet", "fand", "fanden", "finde", "legt", "legte", "legten",
                            "macht", "machte", "machten", "rückt", "rückte", "weist", "wies"})


def _separable_zurecht(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"zurecht" closes its clause (or precedes "und/oder/aber") after a finite verb of the
    zurecht- family: the particle of a separable verb."""
    k = next((i for i in range(start, end) if tokens[i].lower == "zurecht"), None)
    if k is None:
        return False
    lo, hi = _clause(tokens, k, k + 1)
    if k + 1 < hi and tokens[k + 1].lower not in {"und", "oder", "aber", "sondern", "denn"}:
        return False
    return _any_form(tokens[lo:k], _ZURECHT_VERBS)


# "Das lässt in den Parteizentralen die Alarmglocken schrillen": bells ringing, the set idiom
# for causing alarm, not the adjective "schrill" (strident)
_RINGING_ENTRIES = frozenset({"loaded_language.adj_krawallig"})


def _alarm_bells(tokens: Sequence[Token], start: int) -> bool:
    """The matched word is the verb "schrillen" with bells or alarms as its subject."""
    if tokens[start].lower not in {"schrillen", "schrillt", "schrillte", "schrillten",
                                   "geschrillt"}:
        return False
    return any("glocke" in t.lower or "alarm" in t.lower or "sirene" in t.lower
               or "klingel" in t.lower for t in tokens[max(0, start - 6):start])


# "Das ist keine Zumutung, sondern Arithmetik", "kein Skandal, sondern ein Versäumnis": a charge
# or label the author rejects in favour of another word; the negation alone only lowers the
# weight ("kein Wunder, dass …" asserts), the "sondern" makes the rejection explicit
_CHARGE_CATEGORIES = frozenset({"loaded_language", "labeling"})


def _rejected_frame(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A negator right before the match and ", sondern" right after its phrase."""
    if start == 0 or not (tokens[start - 1].lower in NEGATORS
                          or (start > 1 and tokens[start - 2].lower in NEGATORS
                              and tokens[start - 1].is_word
                              and tokens[start - 1].lower not in _NOT_NEGATING_NEXT)):
        return False  # "nicht nur Hetze, sondern auch …" adds, it rejects nothing
    _, hi = _clause(tokens, start, end)
    return hi + 1 < len(tokens) and tokens[hi].text == "," and tokens[hi + 1].lower == "sondern" \
        and hi - end <= 4


# "Gegenstand der Prüfung sind Behauptungen über fragwürdige Belege", "Vorwürfe wegen dubioser
# Zahlungen": the doubt word gives the content of allegations the text reports, not the author's doubt
_ALLEGATION_STEMS = ("behauptung", "vorwurf", "vorwürf", "verdacht", "anschuldigung", "gerücht",
                     "hinweis", "anzeige")


def _reported_charge(tokens: Sequence[Token], start: int) -> bool:
    """The doubt word follows an allegation noun and "über/wegen/von/zu/auf"."""
    return start > 1 and tokens[start - 1].lower in {"über", "wegen", "von", "zu", "auf"} \
        and tokens[start - 2].lower.startswith(_ALLEGATION_STEMS)


# "Man muss nur auf die Homepage des Landes schauen": a pointer to a source, no demand
_LOOK_VERBS = ("schauen", "blicken", "sehen", "anschauen", "ansehen", "hinsehen", "hinschauen",
               "nachlesen", "lesen", "googeln", "werfen", "vergleichen")


def _only_look(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"man muss nur … schauen/blicken/nachlesen"."""
    _, hi = _clause(tokens, start, end)
    if not any(t.lower in {"nur", "bloß"} for t in tokens[end:min(hi, end + 2)]):
        return False
    return any(t.lower.endswith(_LOOK_VERBS) for t in tokens[end:hi])


def _soon_clear_must(tokens: Sequence[Token], end: int) -> bool:
    """"Man muss nicht lange suchen/zuhören (, um zu …)", "Da muss man nicht lange überlegen":
    the idiom for "it is soon clear", no demand on the reader."""
    return [t.lower for t in tokens[end:end + 2]] == ["nicht", "lange"]


def _needless_must(tokens: Sequence[Token], end: int) -> bool:
    """"Man muss nicht wissen, was Abseits ist, um … zu verstehen", "Man muss nicht viel Platz
    haben, um Raum zu schaffen": what one need not do to get something, no demand (judged blind,
    four of five such appeals were wrong). Not "Man muss kein Experte sein, um zu ahnen, …", the
    writer's argument that anyone can see it (judged right six times of seven)."""
    if end >= len(tokens) or tokens[end].lower != "nicht":
        return False
    rest = [t.lower for t in tokens[end + 1:]]
    return any(a == "," and b == "um" and "zu" in rest[k + 2:]
               for k, (a, b) in enumerate(pairwise(rest)))


def _imagine_must(tokens: Sequence[Token], end: int) -> bool:
    """"Man muss sich die Szene ungefähr so vorstellen: …", "Man muss sich Grünau nachts
    vorstellen: …": the writer sets a scene the colon then paints, nothing is urged. Not the
    outrage of "Man muss sich das mal vorstellen: …" (with "mal/einmal")."""
    if end >= len(tokens) or tokens[end].lower != "sich":
        return False
    k = next((k for k in range(end + 1, min(len(tokens) - 1, end + 8))
              if tokens[k].lower == "vorstellen"), None)
    return k is not None and tokens[k + 1].text == ":" and not any(
        t.lower in {"mal", "einmal"} for t in tokens[end:k])


def _conceded_must(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"Man muss diese Deutung nicht teilen, aber sie war konsequent": a negated "muss" conceding
    a point before "aber/doch", no demand."""
    _, hi = _clause(tokens, start, end)
    if not any(t.lower == "nicht" for t in tokens[end:hi]):
        return False
    return hi + 1 < len(tokens) and tokens[hi].text == "," and tokens[hi + 1].lower in {
        "aber", "doch", "jedoch", "allerdings"}


# "Eigentlich sollten sie zu viert sein", "Eigentlich sollte der Zug um acht ankommen": the
# roster or timetable (what was planned), not the author's norm ("Eigentlich sollte die Brücke
# längst fertig sein" stays)
_PLANNED_COUNT = frozenset({"zu zweit", "zu dritt", "zu viert", "zu fünft", "zu sechst"})
_COUNT_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                          "zehn", "elf", "zwölf", "zwanzig", "hundert", "tausend"})
_PLANNED_EVENTS = frozenset({"stattfinden", "beginnen", "starten", "erscheinen", "eröffnen",
                             "landen", "ankommen", "abfahren", "abheben", "anreisen", "antreten",
                             "spielen", "auftreten", "dienst", "schicht"})


def _planned_should(tokens: Sequence[Token], start: int, end: int, lo: int, hi: int) -> bool:
    """"eigentlich" next to "sollte(n)" in a clause about a count or a scheduled event."""
    near = [t.lower for t in tokens[max(lo, start - 1):min(hi, end + 1)]]
    if not any(w in {"sollte", "sollten"} for w in near):
        return False
    words = [t.lower for t in tokens[lo:hi]]
    if "man" in words:
        return False
    if any(f"{a} {b}" in _PLANNED_COUNT for a, b in pairwise(words)):
        return True
    if any(w in _COUNT_WORDS or w.isdigit() for w in words):
        return True  # "Eigentlich sollten vier Pflegekräfte auf der Station sein"
    return any(w in _PLANNED_EVENTS for w in words[-2:])


# "ist für viele selbstverständlich", "in der Vielfalt selbstverständlich ist", "gilt als
# selbstverständlich": predicative "taken for granted", a state of things, not the author's
# "of course"; a main-clause "Das ist selbstverständlich." keeps the certainty
_COPULA_FORMS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "wird",
                           "werden", "wurde", "wurden", "bleibt", "bleiben", "scheint", "scheinen",
                           "sein", "geworden", "gilt", "gelten", "galt"})


def _taken_for_granted(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The plain predicative "selbstverständlich" after "als", or before the clause-final copula
    of a subordinate clause, or with a "für …" experiencer in its clause."""
    if tokens[start].lower != "selbstverständlich" or end - start != 1:
        return False
    lo, hi = _clause(tokens, start, end)
    if start > lo and tokens[start - 1].lower == "als":
        return True
    if end < hi and tokens[end].lower in _COPULA_FORMS and end + 1 == hi:
        return lo > 0 and tokens[lo - 1].text == ","  # verb-final: a subordinate clause
    if end == hi and any(t.lower in _COPULA_FORMS for t in tokens[lo:start]):
        return any(t.lower == "für" for t in tokens[lo:start])
    return False


# --- a confession, a shot, a denial (issue 9) -----------------------------------------------------
# "Der Angeklagte räumte die Vorwürfe ein", "Die mitangeklagte Buchhalterin hatte eingeräumt,
# Zahlungen verschleiert zu haben": with an accused person as subject, "einräumen" is the standard
# word for a confession in court reports, not the author casting words as an admission.
_ACCUSED_STEMS = ("beschuldigt", "tatverdächtig", "verdächtige", "täter", "täterin")


# "schlicht" before these describes a plain name or title, not the author's curt verdict
_NAMING = frozenset({"genannt", "betitelt", "überschrieben", "heißt", "hieß", "heißen",
                     "nennt", "nannte", "nennen", "bezeichnet"})
# a fronted demonstrative object before "hört man": the kind of talk, not its content
_DEMONSTRATIVE_OBJECTS = frozenset({"diese", "dieser", "dieses", "diesen", "solche", "solches",
                                    "solcher", "derlei", "das", "dies", "sowas", "ähnliches"})
# a source in the fronted part keeps "hört man" an unnamed source: "Aus der Partei hört man …"
_HEARD_FROM = frozenset({"aus", "von", "vom", "bei", "beim", "in", "im", "unter"})


# callers on a phone line: "in der Warteschleife" is then where they literally wait
_PHONE_WORDS = ("anruf", "telefon", "hotline", "leitung", "durchwahl")


def _on_hold(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "…, die Anrufer nicht eine halbe Stunde in der Warteschleife hängen lässt": callers on
    hold, not a project put off ("Die Reform hängt in der Warteschleife" stays)."""
    return any(t.lower == "warteschleife" for t in tokens[start:end]) \
        and _any_stem(tokens, _PHONE_WORDS)


# the ring, where "angezählt" is the referee's count ("Runde" alone is also a round of talks)
_BOXING = ("ringrichter", "wirkungstreffer", "boxer", "boxring", "k.o.")
# (not "Niederschlag": also the rain of a weather report)


# what makes "erstklassig spielen" the first division: the season, the league, promotion
_LEAGUE_WORDS = frozenset({"saison", "spielzeit", "liga", "spielklasse", "aufstieg", "aufsteiger",
                           "künftig", "abstieg"})


def _league_sense(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "In der kommenden Saison spielen sie erstklassig": a team's division, no praise. The bare
    word with a form of "spielen" and a word of the league calendar in the sentence ("Die Elf
    spielte erstklassig" without one stays praise)."""
    if end - start != 1 or tokens[start].lower != "erstklassig":
        return False
    return any(t.lemma == "spielen" for t in tokens) and any(
        t.lower in _LEAGUE_WORDS or t.lower.endswith("liga") for t in tokens)


def _kind_of_talk_heard(tokens: Sequence[Token], start: int) -> bool:
    """ "Solche Versprechen hört man inzwischen oft", "Diese Drohung hört man seit Jahren": a
    demonstrative object fronted before "hört man" names a kind of talk whose speakers the text
    has given; no unnamed source brings in a view."""
    words = [t for t in tokens[:start] if t.is_word]
    return bool(words) and words[0].lower in _DEMONSTRATIVE_OBJECTS \
        and tokens[start].lower in {"hört", "hörte"} \
        and not any(t.lower in _HEARD_FROM for t in words)


def _confession(tokens: Sequence[Token], start: int) -> bool:
    """An accused person is named before "räumte ein" ("gab zu", "gestand") in the same
    clause."""
    lo, _ = _clause(tokens, start, start + 1)
    return any(t.lower.startswith(_ACCUSED_STEMS) or "angeklagt" in t.lower  # also mitangeklagt
               for t in tokens[lo:start])


# "fälschte unhaltbar ab", "schoss unhaltbar ins Eck": in sports copy "unhaltbar" is the keeper's
# view of a shot, no judgement of a position ("Die Lage ist unhaltbar" stays).
_SHOT_VERBS = frozenset({
    "schoss", "schießt", "fälschte", "fälscht", "abgefälscht", "traf", "trifft", "köpfte",
    "köpft", "verwandelte", "verwandelt", "zirkelte", "zirkelt", "hämmerte", "jagte", "versenkte",
    "schlenzte", "lenkte", "drosch", "netzte", "vollendete", "vollendet", "knallte", "zog",
})
_SHOT_AFTER = frozenset({"ab", "ins", "in", "zum", "zur", "unter", "neben"})


def _unstoppable_shot(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "unhaltbar" right after a shooting verb, or before "ab"/"ins …" after one in its clause."""
    if not tokens[start].lower.startswith("unhaltbar"):
        return False
    lo, hi = _clause(tokens, start, end)
    before = [t.lower for t in tokens[lo:start]]
    if not any(w in _SHOT_VERBS for w in before):
        return False  # (the verb may stand far before: "fälschte X einen Schuss … unhaltbar ab")
    return (start > lo and tokens[start - 1].lower in _SHOT_VERBS) or any(
        t.lower in _SHOT_AFTER for t in tokens[end:min(hi, end + 6)])


# "Keines davon gilt als Unrechtsstaat", "Niemand gilt deshalb als Verlierer": the subject denies
# the label; no claim rests on an unnamed source.
_NOBODY = frozenset({"keines", "keiner", "keine", "niemand", "nichts"})


# "den historischen Moment des Aufbegehrens", "die historische Wende 1989": a moment of history
# named by its genitive or its year (the period sense), no present event raised to history
_PERIOD_HEADS = ("moment", "momente", "momenten")


def _period_sense(tokens: Sequence[Token], end: int) -> bool:
    """A year follows the phrase, or a genitive follows a "Moment"."""
    nxt = tokens[end:end + 2]
    if any(t.text.isdigit() and len(t.text) == 4 for t in nxt):
        return True
    return bool(nxt) and tokens[end - 1].lower in _PERIOD_HEADS and nxt[0].lower in {"des", "der"}


# "Denn eigentlich sind nur 17 Prozent betroffen, allerdings kann ein Angreifer …": "strictly
# speaking", a fact the next clause qualifies; the author takes no stance with it
_CATCH_WORDS = frozenset({"allerdings", "jedoch"})
# "Eigentlich müsste die Stadt handeln, allerdings …" still sets a norm
_NORM_MODALS = frozenset({"müsste", "müssten", "sollte", "sollten", "dürfte", "dürften", "hätte",
                          "hätten", "wäre", "wären", "muss", "müssen", "soll", "sollen"})


def _strictly_speaking(tokens: Sequence[Token], end: int) -> bool:
    """A comma, then "allerdings"/"jedoch" opening the next clause of the sentence."""
    return any(a.text == "," and b.lower in _CATCH_WORDS for a, b in pairwise(tokens[end:]))


def _denied_label(tokens: Sequence[Token], start: int) -> bool:
    """The clause opens on "keines"/"niemand" at most three words before "gilt"."""
    lo, _ = _clause(tokens, start, start + 1)
    return start - lo <= 3 and tokens[lo].lower in _NOBODY

# "Natürlich geht man hin. Man muss ja.": the modal with nothing to do, resignation, no appeal
_BARE_MUST_PARTICLES = frozenset({"ja", "eben", "halt", "doch", "wohl", "schon", "einfach"})


def _bare_must(tokens: Sequence[Token], end: int) -> bool:
    """ "Man muss ja." closes the sentence on particles only: no infinitive, nothing urged."""
    rest = tokens[end:]
    return bool(rest) and rest[-1].text == "." and all(
        t.lower in _BARE_MUST_PARTICLES for t in rest[:-1])


# "erst" that opens a time clause or a limit, not a first step: "sollte man erst, wenn …"
_NOT_FIRST_STEP = frozenset({"wenn", "als", "seit", "nach", "dann", "recht", "ab", "am", "im",
                             "in", "mit", "zu", "bei", "danach", "später", "heute", "morgen"})


def _first_must(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Man muss sich erst an das Licht gewöhnen", "Man muss also erst Geld einwerfen, um …":
    the indicative "muss" with "erst (einmal)" later in its clause names a first step or a
    precondition, it urges nothing ("Darauf muss man erst mal kommen" is the sarcasm of
    ``stance.s25w_erst_mal_kommen``). "gar nicht erst" and "erst, wenn …" keep the appeal."""
    if not any(t.lower == "muss" for t in tokens[start:end]):
        return False
    _, hi = _clause(tokens, start, end)
    k = next((k for k in range(end, hi) if tokens[k].lower == "erst"), None)
    if k is None or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return tokens[k - 1].lower not in {"nicht", "gar"} and nxt.is_word \
        and nxt.lower not in _NOT_FIRST_STEP


def _weak_sense(entry_id: str, tokens: Sequence[Token], start: int, end: int,
                first_person_document: Callable[[], bool] = lambda: False) -> bool:
    """Neutral senses of appeal, certainty and doubt entries (see ``neutral_sense``)."""
    tok = tokens[start]
    if entry_id == "appeal.man_muss":
        return _how_to_purpose(tokens) or _conditional_must(tokens, start) \
            or _circumstance_must(tokens, start, end) or _narrative_must(tokens, start) \
            or _only_look(tokens, start, end) or _conceded_must(tokens, start, end) \
            or _bare_must(tokens, end) or _first_must(tokens, start, end) \
            or _soon_clear_must(tokens, end) or _imagine_must(tokens, end) \
            or _needless_must(tokens, end)
    if entry_id in _PLAIN_WE_ENTRIES and _editorial_we(tokens, start, end):
        return True  # "Wir haben die Behauptung überprüft", "Unser Fazit:": the newsroom at work
    if entry_id in _PLAIN_WE_ENTRIES and _signpost_we(tokens, start, end):
        return True  # "Kommen wir zum Akku", "Wenn wir schon beim Thema sind": the text's route
    if entry_id in _PLAIN_WE_ENTRIES and _narrated_we(tokens, start, end) \
            and first_person_document():
        return True  # a columnist's "Wir waren jung", "hatten wir beschlossen": the author and
        # the people the column is about, in a past the reader did not share
    if entry_id == "appeal.unser":
        return _household(tokens, start, end) and first_person_document()
    if entry_id == "appeal.uns":
        return _named_group_uns(tokens, start, end)
    if entry_id == "appeal.jeder_von_uns":
        return False
    if entry_id == "appeal.wir":
        # "haben wir es mit … zu tun": the essayist's presenting "we", no view pressed on readers;
        # "da sind wir wieder bei …" signposts the text
        nxt = [t.lower for t in tokens[end:end + 2]]
        before = [t.lower for t in tokens[max(0, start - 2):start]]
        if before[-1:] == ["sind"] and (
                (nxt[:1] in (["bei"], ["beim"]) and before[:1] in (["da"], ["damit"], ["hier"],
                                                                   ["somit"], ["womit"]))
                or (nxt[:1] == ["wieder"] and nxt[1:] in (["bei"], ["beim"]))):
            return True  # "da sind wir wieder beim Thema": the text's own signpost
        if before[-1:] == ["womit"] and nxt[:1] in (["bei"], ["beim"]) \
                and (start == 1 or not tokens[start - 2].is_word):
            return True  # "Womit wir bei den Inhalten wären": the same signpost, verb last
        if nxt == ["es", "mit"]:
            _, hi = _clause(tokens, start, end)
            return any(a.lower == "zu" and b.lower == "tun"
                       for a, b in zip(tokens[end:hi], tokens[end + 1:hi], strict=False))
        return False
    if entry_id == "certainty.natuerlich":
        if _no_spoiler(tokens, start, end):
            return True  # "die Auflösung, die hier natürlich nicht verraten wird": the review's
            # own courtesy to readers, no claim made certain
        # "der natürlich mäandernde Flusslauf": by nature, not "of course"
        return (_attributive(tokens, start, end) and end < len(tokens)
                and tokens[end].is_word and not tokens[end].is_upper_initial
                and tokens[end].lower.endswith(_ADJ_ENDING))
    if entry_id == "certainty.evident":
        # "der augenfälligste Unterschied": ranks what is most visible, claims no certainty
        # ("Das ist der augenfälligste Beweis" after a copula does)
        return tok.lower.endswith(("ste", "sten", "ster", "stes", "stem")) \
            and _attributive(tokens, start, end) and not _after_copula(tokens, start)
    if entry_id == "certainty.selbstverstaendlich" and _taken_for_granted(tokens, start, end):
        return True  # "in der Vielfalt selbstverständlich ist", "gilt als selbstverständlich"
    if entry_id == "certainty.selbstverstaendlich":
        # "das selbstverständliche Mitgefühl": describes a thing taken for granted ("Es ist eine
        # selbstverständliche Pflicht" after a copula declares it)
        return tok.lower.endswith(_ADJ_ENDING) and tok.lower != "selbstverständlich" \
            and _attributive(tokens, start, end) and not _after_copula(tokens, start)
    if entry_id == "certainty.gewiss" and tok.lower in {"gewiss", "gewiß"}:
        # "Diesmal sind ihr die Stimmen der ÖVP gewiss": assured to someone, not the author's
        # certainty; the clause ends on it and names whom it is assured to
        lo, hi = _clause(tokens, start, end)
        return hi == end and any(
            t.lower in _DATIVE_PRONOUNS
            and (t.lower != "ihr" or tokens[k + 1].lower in _AFTER_DATIVE_IHR)
            for k, t in enumerate(tokens[lo:start], lo))
    if entry_id == "doubt.angeblich":
        nxt = tokens[end].lower if end < len(tokens) else ""
        if nxt in OPENING_MARKS and end + 1 < len(tokens):
            nxt = tokens[end + 1].lower  # ein angeblicher „Kommissar Becker“
        if tok.lower != "angeblich" and nxt.endswith(_IMPOSTOR_ROLES):
            return True  # "ein angeblicher Polizist": the role a con man claimed, not a doubt
        if _corrected_after(tokens, end):
            return True  # "der angeblich Millionär ist, tatsächlich aber als Kellner jobbt": the
            # text states the truth; "angeblich" names the false claim, no open doubt
        # "wegen angeblicher Aktenfälschung unter Druck": the charge, named with legal caution
        if start == 0 or tokens[start - 1].lower not in _CHARGE_PREPS:
            return False
        return nxt.endswith(_OFFENCE_HEADS)
    if entry_id == "doubt.ominoes" and tok.lower.startswith("undurchsichtig"):
        # "die undurchsichtige Update-Situation", "die Lage ist undurchsichtig": unclear
        lo, hi = _clause(tokens, start, end)
        return any(t.lower.endswith(_UNCLEAR_SITUATIONS) or t.lower == "lage"
                   for t in tokens[max(lo, start - 4):min(hi, end + 1)])
    return False


# --- a degree word on a descriptive head (issue 9) -------------------------------------------------
# "fast völlig gelähmt", "äußerst geringe Höhe", "besonders gefährdet", "sehr zuckerhaltige Getränke",
# "zu völlig unterschiedlichen Preisen": a degree word amplifies a judgement only when its head is
# evaluative or emotional ("völlig absurd", "äußerst fragwürdig", "ziemlich peinlich"); on a
# measurable or descriptive head it reports a degree. Degree words strong on their own (extrem,
# massiv, enorm, gewaltig) are not checked: blind judges found them right nine times in ten.
_HEAD_CHECKED = frozenset({
    "intensifier.voellig", "intensifier.vollkommen", "intensifier.aeusserst",
    "intensifier.ziemlich", "intensifier.sehr", "intensifier.besonders", "intensifier.komplett",
    "intensifier.total", "intensifier.absolut", "intensifier.hoechst", "intensifier.ueberaus",
    "intensifier.ausserordentlich", "intensifier.ausgesprochen", "intensifier.hochgradig",
})
# words between a degree word and its head: "sehr, sehr gutes", "so sehr zu", "ganz besonders"
_DEGREE_WORDS = frozenset({
    "sehr", "so", "zu", "allzu", "ganz", "besonders", "äußerst", "äusserst", "ziemlich", "höchst",
    "überaus", "völlig", "total", "absolut", "ungemein", "außerordentlich", "recht", "noch",
})
# measurable, physical or comparative heads: the degree of a fact, not of a judgement (PolArt
# gives several of them a polarity: "gering", "heiß", "gesperrt")
_DESCRIPTIVE_HEADS = frozenset({
    "hoch", "niedrig", "gering", "groß", "klein", "lang", "kurz", "weit", "nah", "nahe", "fern",
    "tief", "flach", "breit", "schmal", "dick", "dünn", "schwer", "leicht", "heiß", "kalt", "warm",
    "kühl", "nass", "trocken", "hell", "dunkel", "laut", "leise", "jung", "alt", "früh", "spät",
    "schnell", "langsam", "viel", "viele", "wenig", "wenige", "selten", "häufig", "oft",
    "unterschiedlich", "verschieden", "ähnlich", "gleich", "anders", "uneinheitlich", "einheitlich",
    "empfindlich", "anfällig", "gefährdet", "gefährden", "betroffen", "lähmen", "gelähmt",
    "sperren", "gesperrt", "freigeben", "freigegeben", "geschlossen", "schließen", "leer", "voll",
    "gerade", "genau", "deutlich", "neu", "verbreitet", "bekannt", "beliebt",
})
# a degree word closing a clause after a verb of difference or disappearance: "Die Preise
# unterscheiden sich völlig.", "Das Dorf wurde komplett zerstört." reports how far, no judgement
_DESCRIPTIVE_VERBS = frozenset({
    "unterscheiden", "abweichen", "übereinstimmen", "decken", "gleichen", "ähneln", "verschwinden",
    "fehlen", "zerstören", "ausbrennen", "einstürzen", "sperren", "schließen", "erneuern",
})
# participles of building, clearing and stopping before which a degree word says how much was
# done ("muss komplett erneuert werden", "war vollständig ausverkauft", "wurde völlig zerstört")
_DESCRIPTIVE_PARTICIPLES = _DESCRIPTIVE_VERBS | frozenset({
    "sanieren", "abreißen", "umbauen", "renovieren", "ersetzen", "austauschen", "ausverkaufen",
    "ausverkauft", "ausgebucht", "räumen", "evakuieren", "evakuiert", "überfluten", "abbrennen",
    "abgebrannt", "ausgebrannt", "eingestürzt", "überarbeiten", "neugebaut", "streichen",
    "einstellen", "abschalten", "abgeschaltet", "stilllegen", "stillgelegt",
})
# "wasserintensiv", "zuckerhaltig", "CO2-intensiv": measured content ("-reich" is not: "erfolgreich",
# "lehrreich" judge)
_DESCRIPTIVE_SUFFIXES = ("intensiv", "intensive", "intensiven", "intensiver", "haltig", "haltige",
                         "haltigen", "haltiger")
_EVALUATIVE_CATEGORIES = frozenset({"loaded_language", "puffery", "labeling", "doubt"})


@cache
def _evaluative_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single-word patterns of the evaluative lexicons: forms and lemmas, and word prefixes of
    five or more letters (a shorter prefix would take in unrelated words)."""
    from .lexicon import TokenSpec, default_lexicon

    words: set[str] = set()
    prefixes: set[str] = set()
    for entry in default_lexicon().entries:
        if entry.category not in _EVALUATIVE_CATEGORIES:
            continue
        for pattern in entry.compiled:
            if len(pattern.elements) != 1 or not isinstance(pattern.elements[0], TokenSpec):
                continue
            spec = pattern.elements[0]
            words.update(spec.lowers, spec.lemmas, (c.lower() for c in spec.cased))
            prefixes.update(p for p in spec.prefixes if len(p) >= 5)
    return frozenset(words), tuple(sorted(prefixes))


# a subject's wish ("will endlich", "hofft endlich"): whose impatience it is, the clause says —
# unless the author's own "ich", "wir" or "man" wants it
_VOLITION = frozenset({"will", "wollen", "wollte", "wollten", "möchte", "möchten", "wünscht",
                       "wünschen", "hofft", "hoffen", "hoffte", "hofften", "sehnt", "sehnen"})
_AUTHOR_SUBJECTS = frozenset({"ich", "wir", "man"})
# a named party's wish or demand whose content clause follows ("Sein Wunsch: dass endlich …")
_WISH_NOUNS = frozenset({"wunsch", "wünsche", "forderung", "forderungen", "hoffnung", "bitte",
                         "appell", "traum"})
_AUTHOR_POSSESSIVES = frozenset({"mein", "meine", "meinen", "meiner", "unser", "unsere",
                                 "unseren", "unserer"})
# what melts literally: ice, snow, glaciers (not savings or a lead) — as a compound's start or
# head; "Eis" itself only as a whole word, not "Preis" or "Kreis"
_MELTING_STARTS = ("gletscher", "schnee")
_MELTING_THINGS = ("gletscher", "schnee", "firn", "permafrost", "meereis", "polareis", "packeis",
                   "eisberg", "eisberge", "eisschild", "eisdecke", "eiskappe", "schneedecke",
                   "butter", "schokolade", "wachs", "polkappe", "polkappen")


def _around(tokens: Sequence[Token], start: int, end: int) -> Iterator[Token]:
    """The sentence's tokens outside the match tokens[start:end] (its context words)."""
    yield from tokens[:start]
    yield from tokens[end:]


def _separated_aus(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The matched "werten/werteten" is "auswerten": its particle "aus" closes the clause."""
    if not any(t.lower in {"werten", "werteten"} for t in tokens[start:end]):
        return False
    hi = _clause(tokens, start, end)[1]
    return hi > end and tokens[hi - 1].lower == "aus"


# verbs by which the subject before "nach ersten Schätzungen" gives the estimate itself
_ESTIMATING = frozenset({"rechnen", "erwarten", "beziffern", "schätzen", "kalkulieren",
                         "prognostizieren", "veranschlagen"})
_ESTIMATOR_REACH = 3
# idioms whose literal scene the sentence names (a word or a compound's head, by its form or
# lemma): a kitchen or fire for burnt fingers, a traffic light or a driver for standing on the
# brake, a vessel for "randvoll", a lottery for the jackpot, a shot for the head held out,
# a power cut for groping in the dark, drinks for "kaltgestellt"
_LITERAL_SCENES = {
    "loaded_language.s13a_finger_verbrannt": (
        "fett", "herd", "topf", "pfanne", "ofen", "heiß", "brandblase", "brandwunde", "bügeleisen",
        "kerze", "grill", "flamme", "lagerfeuer", "verbrühen", "frittieren"),
    "loaded_language.s18m_auf_der_bremse": (
        "ampel", "autofahrer", "fahrer", "pedal", "kreuzung", "kurve", "lkw", "bremsweg"),
    "intensifier.s15d_brechend_voll": (
        "spülbecken", "waschbecken", "becken", "eimer", "tank", "glas", "gläser", "tonne",
        "wanne", "badewanne", "kanister", "flasche", "schüssel", "spüle", "kofferraum"),
    # a lottery win: "hat im Lotto den Jackpot geknackt" is the plain word for it
    "loaded_language.s21s_jackpot_knacken": (
        "lotto", "lotterie", "ziehung", "tippschein", "spielschein", "lottoschein",
        "gewinnzahl", "gewinnzahlen", "glückszahl", "glückszahlen", "superzahl",
        "tippgemeinschaft", "annahmestelle", "richtige"),
    # a ball or a shot at the head: the goalkeeper who "hielt den Kopf hin" really did
    "loaded_language.s18m_zeche_ausbaden": (
        "siebenmeter", "elfmeter", "strafstoß", "stirn", "schuss", "ball", "puck", "wurf"),
    # a dark stairwell in a power cut: people who "tappten im Dunkeln" really did
    "loaded_language.s16e_tappt_im_dunkeln": (
        "stromausfall", "treppenhaus", "treppenhäuser", "taschenlampe", "taschenlampen",
        "handylampe", "handylampen", "kerze", "kerzen", "keller", "blackout"),
    # a runner who hits a hurdle or slips: "blieb an der Hürde hängen, geriet ins Straucheln"
    "loaded_language.s12_straucheln": (
        "hürde", "hürden", "zielgerade", "glatteis", "treppe", "stufe", "bordstein", "sprinter",
        "sprinterin", "läufer", "läuferin", "hürdenlauf", "hürdensprint"),
    # a sound heard: "Im Helm hört man nur das Motorengeräusch" is hearing, no unnamed source
    # (noun endings only; verbs and short nouns as whole words: _HEARD_SOUND_FORMS, _VERBS)
    "vague_attribution.wie_man_hoert": (
        "geräusch", "geräusche", "gezwitscher", "lärm", "motor", "motoren", "rotor", "rotoren",
        "sirene", "sirenen", "glocke", "glocken"),
    # a play that came to nothing: "Der letzte Einwurf der Gäste verpuffte" is the sports page's
    # plain word (not "Die Förderung verpufft": a measure judged useless)
    "loaded_language.s16e_verpufft": (
        "einwurf", "freiwurf", "freistoß", "eckball", "konter", "torschuss", "distanzschuss",
        "powerplay", "überzahl", "flanke", "flanken", "schlussoffensive", "torchance",
        "sturmlauf", "angriffsbemühungen"),
    # a garden: "wippte mit der Gießkanne über die Beete" waters plants, no funding spread thin
    "loaded_language.idiom_giesskanne": (
        "beet", "beete", "garten", "gärten", "blume", "blumen", "rasen", "pflanze", "pflanzen",
        "tomate", "tomaten", "balkon", "gießen", "gießt", "goss", "gegossen"),
    # a team that defends "mit Mann und Maus": the sports page's stock tactic, no one belittled
    "loaded_language.s21t_hinz_und_kunz": ("verteidigen", "verteidigung", "abwehr", "defensive"),
    # figure skating's elements: "zwei gelungene Doppelaxel" were landed cleanly, no praise
    "puffery.adj_gelungen": (
        "axel", "doppelaxel", "rittberger", "salchow", "toeloop", "toe-loop", "lutz", "flip",
        "pirouette", "pirouetten", "todesspirale", "schrittfolge"),
    # drinks put on ice: "das Bier kaltgestellt" is chilled, no one sidelined
    "loaded_language.fv_kaltgestellt": (
        "bier", "wein", "sekt", "champagner", "getränk", "getränke", "flasche", "flaschen",
        "limonade", "prosecco", "kühlschrank", "eis"),
}
# sounds heard, as whole words: the word forms (the noun "Dröhnen", "Schritte", the one "Stimme",
# not hearsay „Stimmen“; not the money „Summen“) and the verbs by lemma ("summte", "knisterte")
_HEARD_SOUND_FORMS = frozenset({
    "dröhnen", "rauschen", "knacken", "knarzen", "knistern", "brummen", "zwitschern",
    "plätschern", "rattern", "piepen", "piepsen", "klappern", "klirren", "heulen", "bellen",
    "schritte", "stimme", "atmen", "ticken", "hupen", "wind"})
_HEARD_SOUND_VERBS = frozenset({
    "dröhnen", "rauschen", "knarzen", "knistern", "brummen", "summen", "zwitschern",
    "plätschern", "rattern", "piepen", "piepsen", "klappern", "klirren", "heulen", "bellen",
    "ticken", "hupen"})
# a race track around "ausbremsen": the driver's manoeuvre, not blocking someone's plans
_RACING_STEMS = ("kurve", "runde", "innenseite", "außenseite", "schikane", "überhol", "bremspunkt",
                 "boxenstopp", "boxengasse", "startplatz", "zielgerade", "windschatten",
                 "rennen", "rennstrecke", "haarnadel")


def _rubs_own_eyes(tokens: Sequence[Token], start: int) -> bool:
    """"…, reibt sich die Augen" as the next verb of a person's run of actions ("Schäfer stellt
    den Motor ab, reibt sich die Augen"): a gesture seen, not the author's astonishment. A "wer"
    clause before the comma is the idiom's own subject ("Wer das liest, reibt sich die Augen")."""
    return (start > 0 and tokens[start].lower == "reibt" and tokens[start - 1].text == ","
            and not any(t.lower == "wer" for t in tokens[:start]))


def _testimony(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The match's "sagte" is "aussagen" (to testify), its particle closing the clause right
    after the match: "Am zweiten Prozesstag sagte eine ehemalige Mitarbeiterin aus." — a witness
    named by their role in court, no anonymous source."""
    return end < len(tokens) and tokens[end].lower == "aus" \
        and (end + 1 == len(tokens) or not tokens[end + 1].is_word) \
        and any(t.lemma == "sagen" for t in tokens[start:end])


# the words before a quoted term after "sprechen von": "vom „…“", "von der (sogenannten) „…“"
_TERM_LEAD = frozenset({"von", "vom", "der", "dem", "den", "so", "genannten", "sogenannten"})
# the unnamed who coin terms: experts and researchers (insiders and critics characterize)
_TERM_COINERS = ("experte", "experten", "expertin", "fachleute", "fachmann", "fachleuten",
                 "forscher", "forscherin", "forschende", "wissenschaftler", "ökonomen",
                 "mediziner", "ingenieure", "techniker", "informatiker")
_TERM_MAX_WORDS = 4


def _coined_term(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The unnamed experts only give a thing its name: "Fachleute sprechen vom „Internet der
    Dinge“." — experts or researchers, "sprechen von" right after them, then a short quoted
    term (no "einem": "von einem „…“" characterizes) without an evaluative word that ends the
    sentence. No view is passed on, so no vague source is hidden."""
    if not any(t.lower.endswith(_TERM_COINERS) for t in tokens[start:end]):
        return False
    k = end
    if k < len(tokens) and tokens[k].lemma == "sprechen":
        k += 1
    if not any(t.lemma == "sprechen" for t in tokens[start:k]):
        return False
    if not (k < len(tokens) and tokens[k].lower in {"von", "vom"}):
        return False
    while k < len(tokens) and tokens[k].lower in _TERM_LEAD:
        k += 1
    if not (k < len(tokens) and tokens[k].text in OPENING_MARKS):
        return False
    words = 0
    for j in range(k + 1, len(tokens)):
        if tokens[j].text in CLOSERS or tokens[j].text in OPENING_MARKS:
            return all(not t.is_word for t in tokens[j + 1:])
        words += tokens[j].is_word
        if words > _TERM_MAX_WORDS or _evaluative(tokens[j]):
            return False  # "Kritiker sprechen von „Abzocke“": a judgement passed on
    return False


# determiners before a noun: "ein Raunen", "das Raunen"
_NOUN_DETERMINERS = frozenset({"ein", "das", "kein", "dem", "des", "leises", "lautes"})
# a shooting range around a biathlete's record ("Liegendschießen", "die fünfte Scheibe")
_SHOOTING_SENSE_ENTRIES = frozenset({"puffery.adj_makellos", "loaded_language.s12_fehler_geleistet"})
_SHOOTING_STEMS = ("scheibe", "schießstand", "schuss", "schüsse", "anschlag", "stehendanschlag",
                   "liegendanschlag", "strafrunde")


# a match around "Schützenfest" (the sports sense: a lopsided score); "6:0" has a colon token
_SCORE_STEMS = ("treffer", "sieg", "spiel", "partie", "gewann", "liga", "mannschaft", "halbzeit",
                "stürmer", "torjäger", "torschütz")
_SCORE_WORDS = frozenset({"tor", "tore", "toren", "elf", "team", "gegner", "aufsteiger"})
# the contests in which "den Kürzeren ziehen" only says who lost
_CONTEST_WORDS = frozenset({"satz", "sätzen", "entscheidungssatz", "tiebreak", "einzel", "doppel",
                            "duell", "match", "finale", "halbfinale", "zweikampf", "sprint",
                            "zielsprint", "fotofinish", "elfmeterschießen", "verlängerung",
                            "punktspiel", "wettkampf", "endspiel"})
# number words after "vielleicht" (an estimate: "vielleicht zwei Meter", "vielleicht ein Dutzend")
_ESTIMATE_WORDS = _COUNT_WORDS | {"dreißig", "vierzig", "fünfzig", "halb", "halbe", "halben",
                                  "dutzend", "anderthalb", "eineinhalb", "paar", "drittel",
                                  "viertel", "handvoll"}
# the decades of an age guessed by eye ("vielleicht Mitte dreißig", "Anfang zwanzig")
_DECADES = frozenset({"zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
                      "neunzig", "zwanzigern", "dreißigern", "vierzigern", "fünfzigern",
                      "sechzigern", "siebzigern", "achtzigern"})
# a day or time of day just before "schon wieder": already back ("am Mittwoch schon wieder")
_DAY_STEMS = (*_WEEKDAYS, "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "tags",
              "tag", "wochenende", "woche", "stunde", "minute")
# where someone is already back after "schon wieder": am Steuer, im Büro, auf dem Platz
_BACK_AT = frozenset({"am", "im", "hinterm", "hinter", "auf", "bei", "beim", "in"})
# a match score ("1:0", "2:1") and the lead a team holds: what "über die Zeit retten" keeps
_SCORE = re.compile(r"\d{1,3}:\d{1,3}")
_LEAD_WORDS = frozenset({"führung", "vorsprung", "sieg", "remis", "unentschieden", "punkt",
                         "punkte", "zähler", "nullnummer"})
# "In Wahrheit heißt er …": a real name behind an alias
_NAMING_VERBS = frozenset({"heißt", "hieß", "heißen", "hießen"})


# "-kreise" that are districts, not circles of people ("aus Nachbarlandkreisen", "in Wahlkreisen")
_ADMINISTRATIVE_KREISE = ("landkreisen", "wahlkreisen", "stadtkreisen", "kirchenkreisen",
                          "stimmkreisen", "bezirkskreisen", "verwaltungskreisen")


def _evaluative(tok: Token) -> bool:
    """An evaluative or emotional word: polar in PolArt or a single word of an evaluative
    lexicon entry."""
    table = polarity_table()
    for key in (tok.lemma, tok.lower):
        pol = table.get(key)
        if pol is not None and (pol[0] or pol[1]):
            return True
    words, prefixes = _evaluative_words()
    return tok.lower in words or tok.lemma in words or tok.lower.startswith(prefixes)


def descriptive_head(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The degree word tokens[start:end] bears on a descriptive head: the next word (past
    further degree words and "sehr, sehr") is measurable ("äußerst geringe Höhe"), not
    evaluative, or no adjective at all ("sehr zum Leidwesen", "so sehr, dass", "besonders durch").
    A degree word at a clause end ("entgleitet ihm völlig.") has no head here: not decided."""
    i = end
    while i < len(tokens):
        t = tokens[i]
        if t.lower in _DEGREE_WORDS:
            i += 1
        elif t.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in _DEGREE_WORDS \
                and tokens[i + 1].lower == tokens[end - 1].lower:
            i += 1  # "sehr, sehr gutes"
        else:
            break
    if i >= len(tokens) or not tokens[i].is_word:
        if i + 1 < len(tokens) and tokens[i].text == "," and tokens[i + 1].lower in {"dass", "daß"}:
            return True  # "so sehr, dass"
        lo, _ = _clause(tokens, start, end)
        return any(t.lemma in _DESCRIPTIVE_VERBS for t in tokens[lo:start])
    if tokens[end - 1].lower == "sehr" and start > 0 and tokens[start - 1].lower == "so" \
            and any(a.text == "," and b.lower in {"dass", "daß"}
                    for a, b in pairwise(tokens[end:])):
        return True  # "so sehr einschüchtern lässt, dass …": the degree of a consequence
    head = tokens[i]
    if head.lower == "frei":
        # "stand am zweiten Pfosten völlig frei": unmarked; "völlig frei erfunden" judges
        return not (i + 1 < len(tokens) and tokens[i + 1].lower.startswith(("erfund", "erlog")))
    if head.lower in _DESCRIPTIVE_HEADS or head.lemma in _DESCRIPTIVE_HEADS:
        return True
    if head.lemma in _DESCRIPTIVE_PARTICIPLES or head.lower in _DESCRIPTIVE_PARTICIPLES:
        return True
    if head.lower.endswith(_DESCRIPTIVE_SUFFIXES) and len(head.lower) > 8:
        return True
    if not is_content(head) and not _evaluative(head):
        return True  # "sehr zum Leidwesen", "besonders durch", "erinnert sehr an": no head word
    # a noun ("die komplette Saison", "völliger Unsinn"): its own polarity decides; adjectives
    # and verbs outside the measurable list stay findings (PolArt lacks many evaluative ones:
    # "erfolgreich", "heikel", "unverständlich")
    return head.is_upper_initial and not _evaluative(head)



# --- session 12b: senses the blind judges of round 12 and desk7 found wrong -----------------
# A praise word under "kein"/"nicht" is the reviewer's reservation, not praise ("kein
# Meisterwerk", "keine tapfere Optimistin"); "nie"/"niemals" stay out ("klang nie besser").
_PRAISE_NEGATORS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines"})
_NAME_WORDS = frozenset({"name", "namen", "namens", "beiname", "beinamen", "spitzname",
                         "spitznamen", "bezeichnung", "titel"})
_DRINKING = frozenset({"trinken", "schlürfen", "nippen", "kochen", "aufwärmen", "einschenken"})
_DRINKING_VESSELS = frozenset({"schluck", "tasse", "becher", "kanne", "thermoskanne", "glas"})


_CONCEDED_TO = frozenset({"ihm", "ihr", "ihnen", "dem", "der", "den"})


def _conceded_to(tokens: Sequence[Token], end: int) -> bool:
    """"Das muss man ihr lassen", "Mut muss man den Veranstaltern lassen": "lassen" closing the
    clause right after a dative pronoun or a dative article and its noun grants someone a
    quality; it asks nothing of the reader ("man muss den Kindern Zeit lassen" still does)."""
    if end >= len(tokens) or tokens[end].lower not in _CONCEDED_TO:
        return False
    k = end + 1 if tokens[end].lower.startswith("ih") else end + 2
    return k < len(tokens) and tokens[k].lower == "lassen" \
        and (k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isalnum())


_PAUSE_OPENERS = frozenset({"erstmals", "seit", "nach"})
_PAUSE_WORDS = frozenset({"jahren", "jahre", "monaten", "wochen", "langem", "langer", "zeit",
                          "jahrzehnten", "ewigkeiten", "pause"})


def _after_long_pause(tokens: Sequence[Token], start: int) -> bool:
    """"Erstmals seit zwei Jahren ging ein Spiel wieder einmal über drei Sätze", "nach langer
    Pause wieder einmal" (in the same clause): the recurrence after a long pause is news, not the
    author's sigh over a pattern."""
    before = [t.lower for t in tokens[_clause(tokens, start, start)[0]:start]]
    return any(w in _PAUSE_OPENERS and any(x in _PAUSE_WORDS for x in before[k + 1:k + 4])
               for k, w in enumerate(before))


# what a scam fakes: the roles its callers play and the things it invents ("vermeintliche
# Polizisten", "eine vermeintliche Kündigungshotline", "vermeintlich weibliche Nutzer")
_IMPERSONATED = ("polizist", "polizisten", "polizistin", "beamte", "beamten", "beamter",
                 "handwerker", "techniker", "mitarbeiter", "mitarbeiterin", "enkel", "enkelin",
                 "anrufer", "anruferin", "paketbote", "postbote", "käufer", "abnehmer", "kunde", "kunden",
                 "nutzer", "nutzern", "nutzerin", "nutzerinnen", "profil", "profile", "abo",
                 "abos", "abonnement", "hotline", "kundennummer", "rechnung", "rechnungen",
                 "mahnung", "mahnungen", "gewinnspiel", "lieferung", "paket", "spendensammler",
                 "staatsanwalt", "arzt", "ärztin", "verwandte", "verwandten")


def _impersonation(tokens: Sequence[Token], end: int) -> bool:
    """"vermeintlich" before what a scam fakes: the text states the fake as fact, it casts no
    doubt on anyone's claim ("die vermeintlichen Gewinne" of a fund still does)."""
    for t in tokens[end:end + 3]:
        if t.is_upper_initial:
            return t.lower.endswith(_IMPERSONATED) and "berechnung" not in t.lower
        if not t.is_word:
            return False
    return False


def _negated_praise(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The negator that governs the praise word (``negator_before``) is "kein"/"nicht"."""
    k = negator_before(tokens, start, end)
    return k is not None and k >= start - LOOKBACK and tokens[k].lower in _PRAISE_NEGATORS


# what science defines a quantity as ("gilt als Marker für Stress", "gelten als Risikofaktor
# für …") and a rule of thumb everyone knows ("Zehn Prozent gelten als Faustregel"): settled
# method or convention, no hidden judge
_MEASURE_HEADS = ("marker", "indikator", "risikofaktor", "risikofaktoren", "messgröße",
                  "faustregel", "faustformel", "richtwert", "grenzwert")


# where an audience sits ("Zuhörerplätze", "Sitzungssaal", "die Ränge", "die Tribüne")
_SEATS = ("plätze", "platz", "saal", "säle", "reihen", "ränge", "tribüne", "tribünen", "halle",
          "stühle", "bänke", "zelt", "kirche", "stadion", "arena")
# … and the venue a filled house is named by after the match ("im gut besetzten Kirchenschiff")
_VENUES = ("schiff", "dom", "haus", "theater", "kino", "kapelle", "aula", "basilika", "münster")
_AUDIENCE_PLACES = _SEATS + _VENUES
# where one sits or eats ("mit dem Rücken zur Wand essen"): a posture, not a firm in trouble
_BODY_POSTURE = frozenset({"essen", "sitzen", "setzen", "schlafen", "liegen", "lehnen", "sitzt",
                           "saß", "setzt", "isst", "aß"})
# words of the farm around "Mist" (manure, not rubbish)
_FARM = ("stall", "silage", "gülle", "kuh", "kühe", "rinder", "kalb", "kälber", "bauer",
         "bäuer", "landwirt", "scheune", "bauernhof", "mistgabel", "misthaufen", "schwein",
         "pferd", "dung", "melk")


def _noun_mid_sentence(tokens: Sequence[Token], start: int) -> bool:
    """A capitalised word after another word: a noun, where the entry means the verb or the
    adjective of the same letters ("drei Blechen", "die blonde Tolle")."""
    return tokens[start].is_upper_initial and start > 0 and tokens[start - 1].is_word


def _judged_neutral(entry_id: str, category: str, tokens: Sequence[Token], start: int,
                    end: int) -> bool:
    """Wrong kinds the blind judges of round 12 named, checked where a pattern cannot see."""
    if category == "puffery" and _negated_praise(tokens, start, end):
        return True  # "kein makelloses Debüt": a reservation, not praise
    words = [t.lower for t in tokens[start:end]]
    if entry_id == "vague_attribution.gilt_als" and any(
            t.lower.endswith(_MEASURE_HEADS) for t in tokens[end:end + 3]):
        return True  # "Cortisol gilt als ein Marker für Stress": a textbook definition
    if entry_id == "stance.s21u_gluecklicher_sieg" and words[:1] == ["pflichtsieg"] \
            and [t.lower for t in tokens[max(0, start - 2):start]] in (["nach", "einem"],
                                                                       ["nach", "dem"]):
        return True  # "sah alles nach einem Pflichtsieg aus": the expectation, then overturned
    if entry_id == "loaded_language.tab_blutige_nase" and "rücken" in words:
        lo, hi = _clause(tokens, start, end)
        if _any_form(tokens[lo:hi], _BODY_POSTURE):
            return True  # "mit dem Rücken zur Wand essen": where to sit, not a firm in trouble
    if entry_id == "loaded_language.tab_blechen" and _noun_mid_sentence(tokens, start):
        return True  # "mit drei Blechen Zwetschgendatschi": baking trays
    if entry_id == "loaded_language.ugs_blabla" and words == ["mist"] and any(
            t.lower.startswith(_FARM) or t.lower in {"heu", "hof", "höfe"} for t in tokens):
        return True  # "im Stall riecht es nach Heu, Silage und Mist": manure
    if entry_id == "puffery.adj_lobhudel_herrlich" and tokens[start].text == "Tolle" \
            and _noun_mid_sentence(tokens, start):
        return True  # "Die berühmte blonde Tolle: weg.": the quiff
    if entry_id == "puffery.s18o_gut_gespielt" and any(w.startswith("besetzt") for w in words):
        # "Die Zuhörerplätze waren so gut besetzt wie selten": seats taken, not a cast praised
        lo = _clause(tokens, start, end)[0]
        return any(t.lower.endswith(_SEATS) for t in tokens[lo:start]) or (
            end < len(tokens) and tokens[end].lower.endswith(_AUDIENCE_PLACES))  # "im gut
        # besetzten Kirchenschiff": the audience in the venue
    if entry_id == "appeal.man_muss":
        tail = [t.lower for t in tokens[end:end + 8]]
        # "Man muss der Regierung eines lassen": a concession, not an appeal to readers
        return any(w in {"eines", "eins"} and nxt == "lassen" for w, nxt in pairwise(tail)) \
            or _conceded_to(tokens, end)
    if entry_id == "doubt.vermeintlich":
        return _impersonation(tokens, end)  # "die vermeintliche Hotline": a scam's fake
    if entry_id == "stance.s15d_wieder_einmal" and words[:1] == ["wieder"]:
        return _after_long_pause(tokens, start)  # "erstmals seit Jahren wieder einmal"
    if entry_id == "stance.tab_schon_wieder" and words[:2] == ["schon", "wieder"]:
        # "konnten es am Sonntagmittag schon wieder verlassen": "already" by a time named just
        # before, a recovery, not the author's impatience with a repetition
        return any(_time_of_day(t.lower) for t in tokens[max(0, start - 3):start])
    if entry_id == "loaded_language.idiom_schnee_von_gestern" and "kaffee" in words:
        # "einen Schluck kalten Kaffee trinken": coffee, not an old story
        return any(t.lemma in _DRINKING or t.lower in _DRINKING_VESSELS for t in tokens)
    if entry_id == "speculation.kein_zufall" and "ungefähr" in words:
        # "Die Springmaus hat ihren Namen nicht von ungefähr": the text explains a name
        return (any(t.lower in _NAME_WORDS for t in tokens[max(0, start - 4):start])
                or any(t.lower in _NAMING_VERBS for t in tokens[end:end + 2]))
    if entry_id == "stance.nicht_einmal" and end < len(tokens):
        nxt = tokens[end].lower
        # "noch nicht einmal 20-jährige Spieler", "nicht einmal 30 Jahre alt": a plain number
        return nxt[:1].isdigit() or "jährig" in nxt
    if entry_id == "speech_verb.schwaermte":
        # "in riesigen Schwärmen", "zum Schwärmen bringen": the noun, no verb of saying
        return start > 0 and tokens[start].text.startswith("Schwärm")
    return False


_DAY_TIMES = ("morgen", "mittag", "abend", "nacht")  # word ends: "Nachmittag", "Sonntagabend"
_LATER = frozenset({"später", "danach", "darauf", "inzwischen", "mittlerweile", "wochenende"})


def _time_of_day(word: str) -> bool:
    """A time of day or a later point ("am Sonntagmittag", "am Nachmittag", "kurz darauf")."""
    return word.endswith(_DAY_TIMES) or word in _LATER


# "säuerlich" describes a taste in food and wine copy: "Der Riesling wirkt säuerlich", "eine
# säuerliche Note"; a speaker's mood only where someone reacts ("reagierte säuerlich")
_SOUR_FORMS = frozenset({"säuerlich", "säuerliche", "säuerlichen", "säuerlicher", "säuerliches"})
_REACTING = frozenset({"reagierte", "reagiert", "reagierten", "reagieren", "kommentierte",
                       "kommentiert", "antwortete", "antwortet", "meinte", "meint", "sagte", "sagt",
                       "erwiderte", "erwidert", "konterte", "kontert", "quittierte", "quittiert",
                       "bemerkte", "bemerkt", "merkte", "äußerte", "gab"})


def _taste(tokens: Sequence[Token], start: int, end: int) -> bool:
    """"säuerlich" with no verb of saying or reacting in its clause: a taste or smell."""
    if not any(t.lower in _SOUR_FORMS for t in tokens[start:end]):
        return False
    lo, hi = _clause(tokens, start, end)
    return not any(t.lower in _REACTING for t in tokens[lo:hi])

