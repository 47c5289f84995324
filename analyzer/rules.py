"""Rule-based findings that no word list can express: scare quotes and rhetorical punctuation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from .entities import KNOWN, NAME, word_class
from .lexicon import lexicon_dir
from .results import Finding, SentenceResult
from .text import CLOSERS, Sentence, Token, is_known, lemma_of, segment
from .voice import (
    QuoteSpan,
    in_ranges,
    indirect_speech_start,
    speech_cues,
    trailing_attribution,
)

SCARE_QUOTE_MAX_WORDS = 5
SCARE_QUOTE_MAX_CHARS = 60
SCARE_QUOTE_WEIGHT = 0.7
# Weaker evidence (four or five words, a capitalized phrase, a gloss in brackets): still
# distance, but more often a term or a partial quotation without attribution.
SCARE_QUOTE_WEAK_WEIGHT = 0.5
# Separate ids, so the calibration measures each kind of evidence on its own
# (lexicons/precision.json): marked distance ("sogenannt", "angeblich", "als „…“", one quoted
# adjective, participle or verb: the word's own meaning is put in doubt) and a quoted noun or
# short term without such a mark, which is distance about as often as it is a term, a name or
# someone's words (and the two kinds below).
SCARE_QUOTE_ID = "rule.scare_quote"
SCARE_QUOTE_TERM_ID = "rule.scare_quote_term"
# A quoted noun or phrase pointed at by a demonstrative or possessive ("diese „Reform“", "ihr
# „Festtag“", "Was ist das für eine „Strategie“?"): the author singles out someone's term to
# hold it up, which is distance far more often than a bare quoted term (a name or a
# partial quotation rarely takes "diese" or "ihr"). Own id, so the calibration weighs it apart.
SCARE_QUOTE_POINTED_ID = "rule.scare_quote_pointed"
# A bare quoted phrase of ``SCARE_QUOTE_PHRASE_WORDS`` or more words (die „soziale
# Spaltung der Gesellschaft“): a scare quote marks a word or a short term; a longer phrase
# without attribution is more often lifted from a source cited nearby. Own id, weighed apart.
SCARE_QUOTE_PHRASE_ID = "rule.scare_quote_phrase"
SCARE_QUOTE_PHRASE_WORDS = 3
# Someone's term (a firm's, an office's, a politician's: the quote is their words) that the
# author holds up to contest it: "Was der Konzern „Effizienzprogramm“ nennt, kostet 800
# Stellen", "Die Post meldete einen „Zustellversuch“, dabei war niemand an der Tür". The
# quotation is theirs, the framing is the author's distance. Own id, weighed apart.
SCARE_QUOTE_HELD_UP_ID = "rule.scare_quote_held_up"
SCARE_QUOTE_HELD_UP_WORDS = 3
# A bare quoted term (``SCARE_QUOTE_TERM_ID``) in a sentence where nothing else is the author's
# evaluative wording: no loaded word, label, hedge, question or second scare quote. Distance is
# the author's evaluation, and it rarely comes alone; a quoted term in an otherwise neutral
# sentence is more often a term, a name or wording lifted from a cited report, law or programme
# Company in the sentence before or after counts too (on the judged set: right 50 % without
# any, 73 % with it). Own id, weighed apart, at the weak prior.
SCARE_QUOTE_BARE_ID = "rule.scare_quote_bare"
# A bare quoted term with a source of wording nearby: a report, study, paper or medium, its
# author, or a literature reference ("(Müller, 2019)") named before it in the sentence, or a
# document quoted word for word ("lautet: „…“", "heißt es") in the sentence before or after in
# the paragraph. The quote is then more often lifted from that source than the author's
# distance. Own id, weighed apart, at the weak prior.
SCARE_QUOTE_SOURCED_ID = "rule.scare_quote_sourced"
# A quoted term shaped like a name: a capitalized term in a clause that names an organisation,
# movement, event or programme ("Es gibt mit der „Alternative“ eine kleine Gewerkschaft", "Als
# Bewegung versteht sich „Ancora“"), or a capitalized phrase with a capitalized adjective
# („Einzigen Weltmacht“, „Großer Austausch“): a name or a set term about as often as distance.
# Own id, weighed apart, at the weak prior.
SCARE_QUOTE_NAMED_ID = "rule.scare_quote_named"
QUESTION_WEIGHT = 0.5
# Where the question stands in its paragraph tells a device from a signpost. Closing a paragraph
# (nothing after it there) it leaves the reader with the suggested reading: 22 of 22 such
# questions were judged right. Opening a paragraph that goes on, it mostly hands over to the
# answer the paragraph gives: 16 of 60 right (twenty-first session, judged set). Own ids, so
# the calibration weighs them apart; a question inside a paragraph, or standing alone as one (a
# one-sentence text), keeps the plain id.
QUESTION_CLOSING_ID = "rule.rhetorical_question_closing"
QUESTION_OPENING_ID = "rule.rhetorical_question_opening"
# A one- or two-word question that echoes someone's quoted word just before ("… sei man ihr
# „sehr dankbar“. Dankbar? Davon will sie nichts wissen."): the author holds the word up to doubt
# it. Own id, weighed apart.
QUESTION_ECHO_ID = "rule.rhetorical_question_echo"
# disabling the plain id disables its variants too (``--disable rule.rhetorical_question``)
ID_FAMILY = {QUESTION_CLOSING_ID: "rule.rhetorical_question",
             QUESTION_OPENING_ID: "rule.rhetorical_question",
             QUESTION_ECHO_ID: "rule.rhetorical_question"}
QUESTION_CLOSING_WEIGHT = 0.55
QUESTION_OPENING_WEIGHT = 0.3
EXCLAMATION_WEIGHT = 0.45

# A quoted word right after these is a name, title or mention, not distance: die Zeitung „Bild“,
# das Wort „Sieg“, die Aktion „Sauberes Dorf“ (the nouns: lexicons/name_nouns.txt), or a
# label given by someone: genannt „Sieg“, namens „Linde“. ("sogenannt" and "als" are not here:
# die sogenannte „Reform“, als „Reform“ verkauft are the author's distance.)
_MENTION_VERBS = frozenset({"genannt", "nennen", "heißen", "namens", "laut", "sprechen", "lauten",
                            "rede", "reden", "bezeichnen", "taufen", "schreiben", "titeln",
                            "twittern", "posten", "name",
                            # an appeal reported with its key word: warb um „Vertrauen“,
                            # mahnte zur „Besonnenheit“, appellierte an die „Vernunft“
                            "werben", "warb", "wirbt", "mahnen", "mahnte", "mahnt",
                            "appellieren", "appellierte", "appelliert",
                            # a word uttered: murmelt ein „Tschuldigung“, rief „Hilfe“
                            "murmeln", "rufen", "flüstern", "stammeln", "brüllen", "schreien",
                            "seufzen", "zischen", "hauchen", "nuscheln", "sagen"})
# "Auf dem Transparent stand „…“", "auf dem Schild steht „…“": the text written on something
_WRITTEN_ON = frozenset({"stand", "steht", "standen", "stehen", "prangt", "prangte", "prangten"})
# right before the quote ("Name" itself is one of the name nouns)
_NAMING_WORDS = _MENTION_VERBS - {"name"}
# Name nouns this short match only as whole words (Hof, Bar, Hit), not as compound ends.
_NAME_NOUN_MIN_SUFFIX = 4


@lru_cache(maxsize=1)
def name_nouns() -> frozenset[str]:
    """The nouns that introduce a name, title or mentioned word (``lexicons/name_nouns.txt``)."""
    path = lexicon_dir() / "name_nouns.txt"
    words = set()
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if word != word.lower() or " " in word:
            raise ValueError(f"{path}:{no}: expected one lower-case word, got {word!r}")
        words.add(word)
    return frozenset(words)


def _names_what_follows(tok: Token) -> bool:
    """A word right before a quote that makes the quote a name, title or mention: a name noun
    (also as the end of a compound: Heimatverein, Supermarkt) or a naming word (namens, genannt)."""
    if tok.lemma in _NAMING_WORDS or tok.lower in _NAMING_WORDS:
        return True
    if not tok.is_upper_initial:
        return False
    nouns = name_nouns()
    if tok.lemma in nouns or tok.lower in nouns or tok.lower.endswith(_MENTION_SUFFIXES):
        return True
    word = tok.lower
    return any(word.endswith(n) for n in nouns if len(n) >= _NAME_NOUN_MIN_SUFFIX
               and len(word) > len(n))


# heads that make a quoted compound a venue's or vehicle's own name („Waldstadion“,
# „Mondexpress“, „Eisarena“): the word names itself
_SELF_NAMING_HEADS = ("stadion", "arena", "express", "halle", "hütte")


def _self_naming(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(h) and len(low) > len(h) + 2 for h in _SELF_NAMING_HEADS)


# compounds ending in an introducing noun: Kurzfilm, IS-Magazins, Nachfolge-Sendung, Miliz
_MENTION_SUFFIXES = ("film", "films", "magazin", "magazins", "sendung", "show", "serie", "zeitung",
                     "miliz", "organisation", "gruppe", "partei", "stück", "stücks", "drama",
                     "komödie", "roman", "album", "single", "festival", "kampagne", "projekt",
                     "programm", "gesetz", "verordnung", "liste", "initiative", "bewegung",
                     "-app", "warnapp")
_MENTION_AFTER_LEMMAS = frozenset({"sprechen", "rede", "nennen", "bezeichnen", "heißen", "taufen",
                                   "gesprochen", "genannt", "bezeichnet", "getauft", "bedeuten",
                                   "bedeutet", "antworten", "ankreuzen",
                                   "stimmen", "beantworten", "angeben", "lauten",
                                   "erklären", "erklärt", "erklärte", "ausrufen", "küren",
                                   # an insult reported: als „Lügner“ beschimpft (not
                                   # "brandmarken", "diffamieren": there the author disputes
                                   # the label the quote marks)
                                   "beschimpfen", "beschimpft", "beleidigen", "beleidigt",
                                   "verspotten", "verspottet", "titulieren", "tituliert",
                                   # the quote is the wording of a promise, announcement or
                                   # demand: hatte eine „spürbare Entlastung“ versprochen
                                   "versprechen", "versprochen", "versprach", "versprachen",
                                   "ankündigen", "angekündigt", "zusagen", "zugesagt",
                                   "fordern", "gefordert", "verlangen", "verlangt"})
# a label others acclaim someone with: "wird im Netz als „Pokalheld“ gefeiert" (not "Was die
# Regierung als „Durchbruch“ feiert, …": the author holds it up to contest it)
_ACCLAIMED = frozenset({"gefeiert", "bejubelt"})
_LIST_JOINERS = frozenset({",", "und", "oder", "sowie", "bzw.", "/", "&"})
_LIST_PARTICLES = frozenset({"gar", "sogar", "auch", "eben"})
_STANDALONE_BEFORE = frozenset({"–", "—", "-", ":", ";", "("})
# Function words of English (and other languages) that German text does not use: a quoted
# phrase with them is a foreign title or term.
_FOREIGN = frozenset({"the", "of", "and", "for", "to", "on", "with", "is", "my", "your", "our",
                      "la", "le", "les", "el", "los", "del", "di"})
_SO_CALLED = ("sogenannt", "so-genannt", "sog.")
# Words that put the following quote in doubt: die angebliche „Reform“, selbst ernannte „Experten“
_DISTANCE = ("angeblich", "vermeintlich", "selbsternannt", "sogenannt", "so-genannt", "sog.")
# Nouns that name a wording: "der Spruch von der „Zeitenwende“", "das Gerede von „…“"
_WORDING_NOUNS = frozenset({"gerede", "spruch", "sprüche", "rede", "begriff", "wort", "schlagwort",
                            "parole", "slogan", "motto", "floskel", "formel"})
# An indicative auxiliary right after a quoted participle phrase („beim Nachbarn abgegeben“
# wurde) finishes the author's clause: the quote is not the end of someone's sentence.
# (Konjunktiv forms – sei, habe, worden after sei – belong to indirect speech and stay out.)
_INDICATIVE_AUXILIARIES = frozenset({"wurde", "wurden", "wird", "werden", "ist", "sind", "war",
                                     "waren", "hat", "haben", "hatte", "hatten"})
# Words a quoted clause fragment may end with and still be a phrase: "an oder mit"
_FUNCTION_WORDS = frozenset({"an", "mit", "oder", "und", "in", "auf", "von", "zu", "für", "bei",
                             "nach", "aus", "um", "über", "unter", "vor", "nicht", "auch", "so"})
_ADJ_ENDINGS = frozenset({"e", "er", "es", "en", "em"})
# German function words are capitalized only at the start of a sentence or of a title: a quote
# that starts with one in mid-sentence is a title or someone's sentence („Die kleine Hexe“,
# „Zur Linde“, „Wer wird Millionär“), not a word the author holds at a distance.
_TITLE_STARTERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "mein", "meine", "dein", "deine", "unser", "unsere", "euer", "eure",
    "ich", "du", "wir", "ihr", "man", "wer", "was", "wie", "wo", "warum", "wann", "wohin",
    "zur", "zum", "im", "am", "ans", "ins", "vom", "beim", "an", "auf", "in", "ohne", "mit", "für",
    "von", "bei", "aus", "nach", "über", "unter", "vor", "hinter", "neben", "zwischen", "gegen",
    "durch", "und", "oder", "aber", "nicht", "kein", "keine", "alle", "alles", "nur", "noch",
    "immer", "nie", "so", "wenn", "als", "da", "hier", "dort",
})
# One quoted first- or second-person pronoun or adverb („wir“, »insbesondere«) is a scrap of
# someone's sentence, not a word whose meaning the author doubts. (Not „sie“: was „sie“ wollen
# – the powers that be – is the author's irony.)
_SCRAP_WORDS = frozenset({
    "ich", "du", "wir", "ihr", "uns", "euch", "mich", "mir", "dich", "dir", "insbesondere",
    "besonders", "auch", "noch", "nicht", "sehr", "ja", "nein", "doch", "so", "da", "hier", "dort",
    "dann", "zunächst", "zuerst", "ganz", "gar", "eben",
})  # not „bald“, „nur“, „sofort“: die Straße kommt „bald“ is irony
# A scare quote marks the term, not its article: „eine kurze Zeit“, „den wachsenden Unmut“
# in quotes is a phrase lifted from someone's sentence.
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                       "einer", "eines", "diese", "dieser", "dieses", "diesen", "diesem"})
# Words of staging, screening and publishing: a quoted capitalized word or phrase in a sentence
# with one of them is the title of a work ("Im Herbst kam „…“ in die Kinos", "Das Theater zeigt
# „…“ in einer Neuinszenierung", "unter der Regie von …").
_WORK_CONTEXT = frozenset({
    "kino", "kinos", "kinostart", "premiere", "uraufgeführt", "uraufführung", "aufführung",
    "ausgestrahlt", "ausstrahlung", "verfilmt", "verfilmung", "neuinszenierung", "wiederaufnahme",
    "spielplan", "neuerscheinung", "leinwand", "netflix", "streamingdienst", "mediathek",
    "bestsellerliste", "charts", "hitparade",
    # the stage that plays the work and the people who make it: Goethes „Faust“ am
    # Staatstheater, die Regisseurin verlegt „Woyzeck“ …
    "staatstheater", "stadttheater", "landestheater", "schauspielhaus", "opernhaus",
    "staatsoper", "volksoper", "burgtheater", "volkstheater", "regisseurin", "regisseur",
    "intendantin", "intendant", "dirigentin", "dirigent", "spielzeit",
})  # not "inszeniert", "aufgeführt", "erschienen", "Regie": als Erfolg inszeniert, oben
# aufgeführt, nicht erschienen, in eigener Regie
# A colour in quotes is a status or level (die Ampel steht auf „Gelb“, Warnstufe „Rot“ gilt),
# not a word held at a distance.
_STATUS_COLOURS = frozenset({"rot", "gelb", "grün", "orange", "blau", "schwarz", "weiß", "violett",
                             "lila", "dunkelrot", "hellgrün", "dunkelgrün"})
# Nouns of a level or status scale (also as compound ends: Warnstufe, Alarmstufe): a quoted
# lower-case word set "auf" or "von" is a value on the scale (not "als": "mit unbekanntem
# Impfstatus als „ungeimpft“ gewertet" is the author's doubt).
# analysts' ratings of a share, quoted as names: "von „Halten“ auf „Verkaufen“ abgestuft"
_RATINGS = frozenset({"kaufen", "halten", "verkaufen", "übergewichten", "untergewichten",
                      "marktgewichten", "neutral", "akkumulieren", "reduzieren", "outperform",
                      "underperform", "buy", "hold", "sell", "overweight", "underweight"})
_RATING_CONTEXT = ("stuft", "stufte", "stuften", "gestuft", "abgestuft", "hochgestuft",
                   "herabgestuft", "kursziel", "empfehlung", "einstufung", "rating", "aktie",
                   "analyst")
_LEVEL_NOUNS = ("stufe", "status", "level", "niveau", "einstufung", "gefahrenlage",
                "warnlage")
# A quote right after these names a charge: wegen „gefährlicher Körperverletzung“, unter dem
# Verdacht der „Untreue“ – the legal term, not distance ("wegen" only next to police or court).
_CHARGE_NOUNS = frozenset({"verdacht", "verdachts", "tatverdacht", "tatverdachts", "vorwurf",
                           "vorwurfs", "vorwürfe", "tatvorwurf", "anklage", "anzeige", "delikt"})
_LEGAL_CONTEXT = ("ermitt", "staatsanwalt", "anklag", "angeklagt", "verurteil", "polizei",
                  "festgenommen", "festnahme", "angezeigt", "beschuldig", "strafbefehl",
                  "strafverfahren", "strafanzeige", "gerichtsverfahren", "prozess")
# exact words (a prefix "gericht" would take in "gerichtet", "haft" "haftbar")
_LEGAL_WORDS = frozenset({"gericht", "gerichts", "landgericht", "amtsgericht", "haft", "urteil",
                          "anzeige", "strafe", "verfahren", "verfahrens"})
# The maker of a work right before its title: der Autor des „Grüffelo“, die Regisseurin von
# „Heimat“ – the quote is the work's title.
_MAKERS = frozenset({"autor", "autorin", "autoren", "regisseur", "regisseurin", "verfasser",
                     "verfasserin", "komponist", "komponistin", "sänger", "sängerin", "macher",
                     "macherin", "erfinder", "erfinderin", "gründer", "gründerin",
                     "initiator", "initiatorin", "herausgeber", "herausgeberin", "moderator",
                     "moderatorin", "star", "stars", "darsteller", "darstellerin", "schöpfer",
                     "schöpferin", "produzent", "produzentin", "interpret", "interpretin",
                     # who runs a shop, club or group: der Wirt des „Goldenen Hirschen“, die
                     # Sprecherin der „Bürgerinitiative Nord“ (not "Mitglieder", "Anhänger":
                     # die Mitglieder der „Elite“ may be irony)
                     "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender",
                     "leiter", "leiterin", "betreiber", "betreiberin", "inhaber", "inhaberin",
                     "wirt", "wirtin", "geschäftsführer", "geschäftsführerin", "veranstalter",
                     "veranstalterin", "pächter", "pächterin", "besitzer", "besitzerin",
                     "aktivist", "aktivisten", "aktivistin", "aktivistinnen"})
# A gloss or translation before the quote: "bedeutet so viel wie „platziert“", "auf Deutsch
# „Heimat“", "übersetzt „Frieden“", "auch bekannt als „…“" – a mentioned word or an alias.
_GLOSS_BEFORE = (("so", "viel", "wie"), ("soviel", "wie"), ("auf", "deutsch"), ("übersetzt",),
                 ("bekannt", "als"), ("wörtlich",))
# An official classification after "als": als „Totschlag“ eingestuft, als „Risikogebiet“
# ausgewiesen – a category someone assigns, not the author's irony.
_CLASSIFYING = ("einstuf", "eingestuft", "eingeordnet", "klassifizier", "deklarier",
                "ausgewiesen", "auswies", "anerkannt", "registriert", "zugelassen", "eingetragen",
                "zertifiziert", "gelistet")
# the finite forms of separable "einstufen", "einordnen", "ausweisen" (stufte … als „…“ ein);
# exact words, since "wies" also starts "Wiese"
_CLASSIFYING_FORMS = frozenset({"stuft", "stufte", "stuften", "ordnet", "ordnete", "ordneten",
                                "weist", "wies"})

# Verbs of judging before "als „…“" that the voice module's verbs of calling lack: the quote is
# the judgement of the sentence's subject ("Der Verband begrüßte die Entscheidung als
# „überfällig“"), not the author's distance ("als „Reform“ verkauft" stays).
_JUDGING_AS = frozenset({"begrüßen", "begrüßte", "begrüßten", "begrüßt", "würdigen", "würdigte",
                         "gewürdigt", "kommentieren", "kommentierte", "kommentiert",
                         "empfinden", "empfand", "empfanden", "empfunden"})

# Determiners that point at the quoted term: demonstratives and possessives (see
# SCARE_QUOTE_POINTED_ID). Not the articles: "die „Reform“" stays a bare term.
_POINTING = frozenset({
    "diese", "dieser", "dieses", "diesen", "diesem", "jene", "jener", "jenes", "jenen", "jenem",
    "solche", "solcher", "solches", "solchen", "solchem",
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
})
# a record and its songs under review: a capitalized quoted phrase of up to four words in such a
# text is a title ("Auch „Dachrinne“ überzeugt"), not the author's distance. The text must name
# an album and speak of records or songs at least three times (a stray "Single" does not do).
_RECORD_WORDS = re.compile(r"\b(?:Studio|Debüt|Live|Doppel)?[Aa]lbums?\b|\bSongs?\b|\bTracks?\b"
                           r"|\bLied(?:er)?\b|\bPlatte\b|\bTracklist\b")
_ALBUM = re.compile(r"[Aa]lbum")
_RECORD_MENTIONS = 3
_SONG_TITLE_WORDS = 4


@lru_cache(maxsize=8)
def _record_review(text: str) -> bool:
    """The text reviews a record: it names an album and speaks of records or songs at least
    three times. (Cached: asked for every quote of the text.)"""
    if _ALBUM.search(text) is None:
        return False
    mentions = _RECORD_WORDS.finditer(text)
    return all(next(mentions, None) is not None for _ in range(_RECORD_MENTIONS))


# A concert, opera, theatre, dance, film, exhibition or book review speaks of its works and their
# performance again and again; there a capitalized word quoted after a bare genitive name is a
# work's title (Beethovens „Pastorale“, Ibsens „Volksfeind“), not distance as "Trumps „Deal“" in
# the news.
_STAGE_WORDS = re.compile(
    r"\b(?:Orchester|Sinfonie|Symphonie|(?:Chef)?[Dd]irigent(?:in)?|Inszenierung|Premiere"
    r"|Uraufführung|Aufführung|Ouvertüre|Arie|Sopran|Tenor|Bariton|Ensemble|Solist(?:in)?"
    r"|Streicher|Bläser|Holzbläser|Regisseur(?:in)?|Spielzeit|Bühne|Schauspieler(?:in)?"
    r"|Roman|Lesung|Konzert|Oper|Theater|Stadttheater|Staatstheater|Ballett"
    r"|Choreograf(?:in|ie)?|Tänzer(?:in|innen)?|Ballettdirektor(?:in)?|Film|Kino"
    r"|Regie|Ausstellung|Kurator(?:in)?|Galerie|Gemälde)(?:s|n|en|e)?\b")
_STAGE_MENTIONS = 3
_STAGE_WORDS_PER_MENTION = 200  # a review mentions its works at least this densely


@lru_cache(maxsize=8)
def _stage_review(text: str) -> bool:
    """The text is about performed or written works: stage, concert, film or book words at least
    three times and at least once per 200 words (a long political piece that mentions a
    theatre or a film three times is no review)."""
    mentions = sum(1 for _ in _STAGE_WORDS.finditer(text))
    return mentions >= max(_STAGE_MENTIONS, len(text.split()) / _STAGE_WORDS_PER_MENTION)


def _work_by_name(text: str, before: Sequence[Token], words: Sequence[str]) -> bool:
    """„Pastorale“ after "Beethovens" in a review: a bare genitive family name before a short
    capitalized quote in a text about works (``_stage_review``)."""
    return (bool(before) and _genitive_shaped(before[-1])
            and before[-1].lower not in _SENTENCE_STARTERS and len(words) <= _SONG_TITLE_WORDS
            and words[0][:1].isupper() and _stage_review(text))


_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
# "„…“, wie sie der Kanzler ausrief" / "„…“ – so wie es die Regierung sieht": the term is
# handed back to those who use it (the verb need not be one of saying: sehen, erheben, …).
_ATTRIBUTING_WIE = frozenset({"sie", "es", "ihn", "das"})
# "Ein „Geisterspiel“ ist ein Spiel ohne Zuschauer": a term being defined.
_DEFINING_VERBS = frozenset({"ist", "sind", "bezeichnet", "beschreibt", "meint", "bedeutet"})
# (not "das": "Eine „Reform“ ist das nicht." is the author's irony)
_DEFINING_NEXT = _INDEFINITE | {"im", "laut", "umgangssprachlich", "juristisch", "fachsprachlich"}
# Person nouns (also as compound ends) for "Für den Verbandschef geht es um „Fairness“": a
# viewpoint given to someone, whose wording the quote then carries.
_PERSON_ENDS = ("chef", "chefin", "sprecher", "sprecherin", "leiter", "leiterin", "minister",
                "ministerin", "experte", "expertin", "präsident", "präsidentin", "trainer",
                "trainerin", "meister", "meisterin", "rat", "rätin", "direktor", "direktorin",
                "vorsitzende", "vorsitzenden", "kritiker", "kritikerin", "forscher", "forscherin",
                "ökonom", "ökonomin", "anwalt", "anwältin", "politiker", "politikerin")
# prepositions a left-out verb of saying leaves behind: "…, die Opposition von „Stillstand“"
_SHARED_PREPS = frozenset({"von", "vor", "über", "als", "gegen", "für"})
# offenders, their method and their spoils: the sentence reports a crime
_CRIME_WORDS = frozenset({"täter", "täterin", "täterinnen", "tätern", "betrüger", "betrügerin",
                          "betrügerinnen", "betrügern", "erbeutet", "erbeutete", "erbeuteten",
                          "diebe", "einbrecher", "masche", "trickbetrüger", "trickbetrügern"})
# a manhunt: the police's description of whom they seek ("sucht nach einem Mann mit „…“")
_POLICE = frozenset({"polizei", "ermittler", "fahnder", "kripo", "kriminalpolizei", "lka", "bka"})
_MANHUNT = frozenset({"sucht", "suchen", "fahndet", "fahnden", "fahndung", "gesucht",
                      "personenbeschreibung", "täterbeschreibung", "zeugenaufruf"})
# word classes of a person's given and family name (see entities.word_class)
_NAME_LIKE = frozenset({NAME, KNOWN})


@dataclass(frozen=True, slots=True)
class RuleHit:
    id: str
    category: str
    start: int
    end: int
    weight: float
    explanation: str
    suggestion: str | None
    # the quoted words are someone else's, but the author frames them (a held-up term): the
    # finding is the author's although the quote is speech
    author_framed: bool = False


def _in_brackets(tokens: Sequence[Token], pos: int) -> bool:
    depth = 0
    for t in tokens:
        if t.start >= pos:
            break
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _gap_is_joiner(text: str, a: QuoteSpan, b: QuoteSpan) -> bool:
    """Only joiners between two quotes, perhaps with a particle that adds a second item
    ("„platziert“ oder gar „eingeschleust“", "„Aufbruch“ und auch „Wende“")."""
    gap = text[a.end:b.start].split()
    if len(gap) == 2 and gap[0] in _LIST_JOINERS and gap[1] in _LIST_PARTICLES:
        return True
    return len(gap) <= 2 and all(g in _LIST_JOINERS for g in gap)


def _in_list(text: str, q: QuoteSpan, others: Sequence[QuoteSpan]) -> bool:
    """„Berichte im Internet“ und „gelöschte Nutzerkonten“: quoted items of a list are mentions."""
    for o in others:
        if o is q:
            continue
        a, b = (o, q) if o.end <= q.start else (q, o)
        if a.end <= b.start and _gap_is_joiner(text, a, b):
            return True
    return False


def _bracket_gloss(after: Sequence[Token]) -> bool:
    """„Kurzarbeit“ (KUA), „Homeoffice“ (engl. …): a term being introduced."""
    if len(after) < 2 or after[0].text != "(":
        return False
    first = after[1].text
    return (first.isupper() and len(first) >= 2) or first.lower().rstrip(".") in {
        "engl", "lat", "kurz", "auch", "abgekürzt", "abk", "franz", "ital", "span", "d"}


def _name_shaped(word: str) -> bool:
    """A capital inside the word or a hyphenated/dotted word with a capital after the first
    part: the shape of product, brand and show names rather than of ironic common nouns."""
    camel = any(c.isupper() and word[k].islower() for k, c in enumerate(word[1:]))
    parts = word.split("-")
    mixed = len(parts) > 2 and any(p[:1].islower() for p in parts[1:-1])
    return (camel and not word.isupper()) or mixed or (
        "." in word.strip(".") and not word.endswith("."))


def _genitive_shaped(tok: Token) -> bool:
    """A capitalized word in the form of a name's genitive ("Ibsens", "Beethovens")."""
    return tok.is_upper_initial and tok.text.endswith("s") and len(tok.text) > 3


def _genitive_name(before: Sequence[Token], words: Sequence[str] = ()) -> bool:
    """A proper name in the genitive right before the quote: "Werner Schwabs „…“"; a bare
    family name too ("in Becketts „Glückliche Tage“", "mit Mahlers „Lied von der Erde“") when
    the quote is title-shaped: several words, the first capitalized. (A single quoted word after
    a bare genitive stays open: "Trumps „Deal“" may hold the word at a distance.)"""
    if not _genitive_shaped(before[-1]):
        return False
    if len(before) >= 2 and before[-2].is_upper_initial and before[-2].lower not in _SENTENCE_STARTERS:
        return True
    prev = before[-2] if len(before) >= 2 else None
    return (len(words) >= 2 and words[0][:1].isupper()
            and (prev is None or (not prev.is_upper_initial and prev.lower not in _GENITIVE_ARTICLES)))


def _role_in_work(toks: Sequence[Token], before: Sequence[Token], words: Sequence[str]) -> bool:
    """"Sie spielte die Marthe in „Zerbrochener Krug“", "sang den Ochs in „Rosenkavalier“": a
    role, then "in" and a capitalized quote, in a sentence about playing or singing a part – the
    title of the work the role belongs to. (Not "spielte in „Krisenzeiten“ eine Rolle": no
    capitalized role right before "in".)"""
    if len(before) < 2 or before[-1].lower != "in" or not words[0][:1].isupper():
        return False
    if not before[-2].is_upper_initial:
        return False
    return any(t.lemma in _ROLE_VERBS or t.lower in _ROLE_WORDS for t in toks)


def _cast_of_show(before: Sequence[Token], words: Sequence[str]) -> bool:
    """"Das TV-Paar aus „Liebe unter Palmen“", "der Sieger aus „Das große Backen“": a person
    named by the show, series or film they appear in, then "aus" and a capitalized title of two
    or more words."""
    if len(before) < 2 or before[-1].lower != "aus" or len(words) < 2 or not words[0][:1].isupper():
        return False
    noun = before[-2]
    return noun.is_upper_initial and noun.lower.endswith(_CAST_NOUNS)


# people known from a show or film (word endings: TV-Paar, Reality-Star, Dschungelkönigin)
_CAST_NOUNS = ("paar", "star", "stars", "sternchen", "kandidat", "kandidatin", "kandidaten",
               "sieger", "siegerin", "gewinner", "gewinnerin", "teilnehmer", "teilnehmerin",
               "moderator", "moderatorin", "juror", "jurorin", "darsteller", "darstellerin",
               "schauspieler", "schauspielerin", "könig", "königin", "familie", "clan", "duo")


_ROLE_VERBS = frozenset({"spielen", "singen", "tanzen", "verkörpern", "debütieren", "geben"})
_ROLE_WORDS = frozenset({"rolle", "titelrolle", "hauptrolle", "nebenrolle", "partie",
                         "titelpartie", "spielte", "sang", "tanzte", "verkörperte", "gab"})


# an article before the genitive makes it a common noun ("des Landes „Neue Mitte“")
_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes", "meines", "seines", "ihres",
                                "unseres", "jedes"})


_SENTENCE_STARTERS = frozenset({"der", "die", "das", "ein", "eine", "des", "dem", "den"})


def _foreign(inner: str) -> bool:
    """A phrase in another language: English function words („Urban Change in Time“) or no
    word that the German dictionary knows, in lower case but for the first („cordon
    sanitaire“, „laissez faire“, „Patria oppressa“): a foreign term or title, not distance (a
    German coinage has known parts)."""
    words = inner.lower().split()
    if len(words) < 2:
        return False
    if any(w in _FOREIGN for w in words) and not any(
            w in {"die", "der", "das", "und", "den", "dem"} for w in words):
        return True
    bare = [w.strip(".,;:!?…'’") for w in inner.split()]
    # the first word may be capitalized: a foreign title („Patria oppressa“, „Nessun dorma“)
    return all(w.isalpha() and (w[:1].islower() or k == 0) and not is_known(w.lower())
               for k, w in enumerate(bare))


def _capitalized_adjective(word: str) -> bool:
    lower = word.lower()
    lemma = lemma_of(lower)
    return lemma != lower and lower.startswith(lemma) and lower[len(lemma):] in _ADJ_ENDINGS


def scare_quotes(text: str, sentence: Sentence, quotes: Sequence[QuoteSpan],
                 partial_from: int | None = None,
                 people: frozenset[str] = frozenset()) -> list[RuleHit]:
    """Short quoted words not introduced as speech, e.g. seinen „Sieg“, die „Reform“.

    Scare quotes: after "sogenannt", after "als" ("als „Reform“ verkauft"), up to five words,
    capitalized phrases with an adjective („Großer Austausch“). Not scare quotes: speech and
    partial quotations (see ``voice.classify_quotes``), names and titles after the noun that
    introduces them (die Zeitung „Bild“, die Liste „Klartext“, die „Alan Kurdi“), mentions (das
    Wort „Sieg“), terms glossed in brackets or quoted inside brackets, quoted items of a list,
    survey answers, doubled marks from exported text (""Wort""), compounds
    („Amplifikations“-Zyklen), the end of someone's clause („Verfolger abzuhängen“) and partial
    quotations inside indirect speech from ``partial_from`` on (er brauche „einige Zeit“).
    Not scare quotes either: a term handed back right after the quote („…“, wie sie X
    ausrief), defined („Ein „…“ ist ein …“), in someone's view ("Für den Verbandschef geht es
    um „…“").
    Not scare quotes either: a foreign phrase („cordon sanitaire“), a work staged by a maker
    named in the sentence, a quote whose predicate is a motto or theme („…“ ist Thema …).
    Marked distance gets ``SCARE_QUOTE_ID``, a quoted noun or phrase pointed at by a
    demonstrative or possessive ``SCARE_QUOTE_POINTED_ID``, an unmarked quote with a source of
    wording nearby ``SCARE_QUOTE_SOURCED_ID``, a bare phrase of three or more words
    ``SCARE_QUOTE_PHRASE_ID``, a name-shaped term ``SCARE_QUOTE_NAMED_ID``, a bare quoted noun
    or short term ``SCARE_QUOTE_TERM_ID``, so each is weighted by its own measured precision.
    """
    hits = []
    toks = sentence.tokens
    in_sentence = [q for q in quotes if sentence.start <= q.start and q.end <= sentence.end]
    for q in in_sentence:
        if partial_from is not None and q.start >= partial_from:
            continue
        if q.speech:
            if q.words <= SCARE_QUOTE_HELD_UP_WORDS and _held_up(text, toks, q):
                inner = text[q.inner_start:q.inner_end].strip()
                hits.append(RuleHit(
                    id=SCARE_QUOTE_HELD_UP_ID, category="scare_quote", start=q.start,
                    end=q.end, weight=SCARE_QUOTE_WEIGHT, explanation=(
                        f"„{inner}“ ist die Wortwahl eines anderen, die der Text vorführt, um ihr "
                        "zu widersprechen („Was X … nennt“, „…, dabei …“): Distanz oder Ironie "
                        "des Autors."),
                    suggestion=("Den Widerspruch sachlich benennen: was angekündigt oder "
                                "gemeldet wurde und was tatsächlich geschah."),
                    author_framed=True))
            continue
        if text[q.start:q.inner_start] == '""' or q.inner_end == q.end:
            continue  # doubled marks from exported text; a quotation running over a paragraph
        if text[q.end:q.end + 1] in {"-", "‐"}:
            continue  # the first part of a compound: „Amplifikations“-Zyklen
        if text[q.start - 1:q.start] in {"-", "‐"} and not text[q.end:q.end + 1].isspace() \
                and text[q.end:q.end + 1] not in {".", ",", ";", ":", "!", "?", ")", ""}:
            continue  # a compound continuing after the quote
        inner = text[q.inner_start:q.inner_end].strip()
        if not inner or q.words == 0 or q.words > SCARE_QUOTE_MAX_WORDS:
            continue
        if len(inner) > SCARE_QUOTE_MAX_CHARS or inner.isupper() or any(c.isdigit() for c in inner):
            continue
        if "&" in inner or "(" in inner:
            continue  # „sanft & sorgfältig“, „Hausmeister (m/w/d)“: a title, brand or ad
        if q.start <= sentence.start + 1 and q.end >= sentence.end - 1:
            continue  # the whole sentence is quoted
        before = [t for t in toks if t.end <= q.start][-3:]
        after = [t for t in toks if t.start >= q.end][:3]
        # "sogenannt" is distance, unless a name or title follows (die sogenannten „Bonner
        # Gespräche“, der sogenannte „Rechtsakt zur Energiewende“)
        so_called = any(t.lower.startswith(_SO_CALLED) for t in before[-2:]) and not (
            q.words > 1 and _title_shaped(inner.split()))
        distance = so_called or any(t.lower.startswith(_DISTANCE) for t in before[-2:]) or (
            len(before) >= 2 and before[-2].lower == "selbst" and before[-1].lower.startswith("ernannt")
        ) or (len(before) >= 2 and (before[-2].lower, before[-1].lower) == ("von", "wegen"))
        after_als = bool(before) and before[-1].lower == "als"
        weak = q.words > 3
        words = inner.split()
        if len(words) >= 2 and words[0] in _ARTICLES:
            continue  # „eine kurze Zeit“: quoted with its article, a scrap of someone's sentence
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _STATUS_COLOURS:
            continue  # steht auf „Gelb“: a status or level
        if len(words) == 1 and words[0].lower() in _RATINGS and any(
                t.lower.startswith(_RATING_CONTEXT) for t in toks):
            continue  # stufte die Aktie von „Halten“ auf „Verkaufen“ ab: an analyst's rating
        if so_called and len(words) == 1 and _official_name(inner, after):
            continue  # das sogenannte „Wärmenetz-Beschleunigungsgesetz“: agency copy naming a law
        if before and before[-1].lower in {"auf", "von"} and words[0][:1].islower() \
                and any(t.lower.endswith(_LEVEL_NOUNS) for t in toks if t.end <= q.start):
            continue  # "die Warnstufe auf „hoch“ gesetzt": a level, not distance
        if len(words) == 1 and words[0].lower() in _SCRAP_WORDS:
            continue  # „wir“, »insbesondere«: a scrap of someone's sentence
        predicate = _author_predicate(words, before, after)
        if q.words >= 2 and _ends_like_clause(words) and not predicate:
            continue  # „vom Völkerrecht kommt“: the end of someone's sentence, not a phrase
            # (but „beim Nachbarn abgegeben“ wurde: the author's own clause goes on around it)
        if not so_called:
            if _in_brackets(toks, q.start) or _in_list(text, q, in_sentence):
                continue
            if before and before[-1].lower == "wie" and len(before) > 1 and \
                    before[-2].is_upper_initial:
                continue  # examples: "Botschaften wie „…“", "Begriffe wie „Remigration“"
            if not before or before[-1].text in _STANDALONE_BEFORE:
                continue  # a quotation standing alone (headline, after a dash): someone's words
            if _foreign(inner):
                continue  # „Urban Change in Time“: a title or term in another language
            # an introducing noun right before the quote (die Zeitung „Bild“, das Wort „Sieg“);
            # a naming verb a little further away (nannte es „Sieg“)
            if before and _names_what_follows(before[-1]) and not predicate:
                continue  # (not "das Paket „beim Nachbarn abgegeben“ wurde": the predicate)
            if len(words) == 1 and words[0][:1].isupper() and _self_naming(words[0]):
                continue  # das bisherige „Waldstadion“, der „Mondexpress“: a venue's or train's name
            if _word_is_subject(toks, before) or _wording_predicate(toks, q):
                continue  # "Das Jugendwort des Jahres ist „…“", "Ihr Motto war „…“;
                # "„…“ ist das Motto der Messe", "Die „…“ ist Thema einer Ausstellung"
            if words[0][:1].isupper() and words[0].lower() in _TITLE_STARTERS:
                continue  # „Die kleine Hexe“, „Zur Linde“: a title or someone's sentence
            if words[0][:1].isupper() and any(t.lower in _WORK_CONTEXT for t in toks
                                              if not q.start <= t.start < q.end):
                continue  # „Goodfellas“ kam in die Kinos: the title of a work
            if words[0][:1].isupper() and _work_apposition(toks, q):
                continue  # "Dann spielt sie „Spulen“, ein Lied über die Fabrik": a title
            if words[0][:1].isupper() and _staged_by_maker(toks, q):
                continue  # "die Regisseurin, die zuletzt einen „Wozzeck“ inszeniert hatte"
            if _production_of(before, words):
                continue  # "mit einer gefeierten „Medea“": a production of the play
            if words[0][:1].isupper() and len(words) <= _SONG_TITLE_WORDS and (
                    _record_review(text) or (not (distance or after_als or _pointed(toks, before))
                                             and _stage_review(text))):
                continue  # in a record review, „Dachrinne“ and „Abraum“ are its songs; in a
                # stage, film or book review „Schwanensee“ and „Medea“ are titles (of some 20
                # such quotes judged in reviews one was distance)
            if _made_by(before) or _glossed(before):
                continue  # der Autor des „Grüffelo“; bedeutet so viel wie „platziert“
            if _charge(toks, before):
                continue  # wegen „Beihilfe zum Betrug“: the legal term of the charge
            if _cast_of_show(before, words):
                continue  # "Das TV-Paar aus „Liebe unter Palmen“": the show they come from
            if before and (_genitive_name(before, words) or _role_in_work(toks, before, words)
                           or _work_by_name(text, before, words)):
                continue  # "Heiner Müllers „Erinnerung an eine Revolution“": a work's title
            if not (distance or after_als) and words[0][:1].isupper() \
                    and _named_earlier(text, q, quotes, inner):
                continue  # "Ibsens „Nora“ … diese „Nora“": the title again, not distance
            if any(t.lemma in _MENTION_VERBS or t.lower in _MENTION_VERBS for t in before):
                continue
            if any(t.lower in _WRITTEN_ON for t in before) \
                    and any(t.lower == "auf" for t in toks if t.end <= q.start):
                continue  # "Auf einem Plakat stand „Bücher statt Beton“": text written on it
            if any((t.lemma in _WORDING_NOUNS or t.lower in _WORDING_NOUNS) and t.is_upper_initial
                   and nxt.lower == "von" for t, nxt in pairwise(before)):
                continue  # "der Spruch von der „Zeitenwende“": a wording mentioned
            if after and after[0].text == "(":
                if _bracket_gloss(after):
                    continue
                weak = True
            if after and after[0].text == "-":
                continue
            if any(t.lemma in _MENTION_AFTER_LEMMAS or t.lower in _MENTION_AFTER_LEMMAS
                   for t in after):
                continue
            if after_als and any(t.lower in _ACCLAIMED for t in after) \
                    and toks[0].lower != "was" and not _held_up(text, toks, q):
                continue  # im Netz als „heimlicher Pokalheld“ gefeiert: the fans' label
            if _SO_NAMED.search(text, q.end, sentence.end):
                continue  # "einen „Herzensgruß“ gebucht – so heißt das Angebot": its name
            if q.words <= 2 and _about_the_word(toks, q.start):
                continue  # "Der Begriff ist schlecht gewählt, schließt „Unglück“ doch …"
            if any(t.lemma == "stehen" and nxt.lower == "für" for t, nxt in pairwise(after)):
                continue  # „ÖPNV“ steht für …: a mentioned word (not "… der Stadt stehen")
            if before and after and q.words <= 2 and after[0].is_upper_initial \
                    and before[-1].is_upper_initial and word_class(before[-1].text) == NAME:
                continue  # Karl-Heinz „Kalle“ Müller: a nickname between given and family name
            if len(after) >= 2 and after[0].lower in {"zum", "zur", "als"} \
                    and after[1].is_upper_initial and after[1].lemma in name_nouns():
                continue  # „Gemeinsam stark“ zum Motto gewählt: a name given to something
            if _survey_answer(toks, before):
                continue
            if _proposal_named(before):
                continue  # "Ihr Vorschlag einer „Kennzeichnungspflicht“": the proposal's name
            if _attributed_after(toks, q.end) or _defined(before, after) \
                    or _viewpoint(toks, q.start) or _parallel_to_speech(toks, q, in_sentence):
                continue  # „…“, wie sie X ausrief; Ein „…“ ist …; Für X geht es um „…“;
                # "X sprach von einem „…“, Y von „…“"
            if len(words) == 1 and _name_shaped(inner):
                continue  # „All-in-Rechner“, „KommuniAktion“, „tt.com“: a product or brand name
            if len(words) == 1 and _name_used_plainly(text, quotes, inner):
                continue  # Ausgebüxter „Benno“ … Esel Benno (9): the animal's or person's name
            if len(words) == 1 and _official_name(inner, after) and not any(
                    t.lower.startswith(_POINTERS) for t in before[-2:]):
                continue  # „Anna-Reichert-Straße“, „Grünanlagensatzung“, „Servicepauschale“ von 2,90
            if _cited_ground(before, toks, q):
                continue  # "mit dem Hinweis auf „fehlende Rechtsgrundlagen“", "nach dem
                # Pauschalreiserecht … „unvermeidbare Umstände“": an office's or a law's wording
            # the formal "Ihr"/"Sie" inside the quote is a firm's or office's address to its
            # customers („Filiale in Ihrer Nähe“), not a capitalized title word
            capitalized = [w for k, w in enumerate(words) if w[:1].isupper()
                           and not (k > 0 and w.strip(".,;:!?") in _ADDRESS_CASED)]
            if len(capitalized) >= 2 and all(w[:1].isupper() or len(w) <= 3 for w in words) \
                    and len(capitalized) < len(words) and len(capitalized) == sum(
                        w[:1].isupper() for w in words):
                continue  # a title: „Zeit im Bild“, „Urban Change in Time“
            if len(words) > 1 and len(capitalized) == len(words):
                if not any(_capitalized_adjective(w) for w in words[:-1]) or (
                        lemma_of(words[-1].lower()) in name_nouns()):
                    continue  # a name or title: „Alan Kurdi“, «Lucky Loser»
                if len(after) >= 2 and all(t.is_upper_initial and word_class(t.text) in _NAME_LIKE
                                           for t in after[:2]):
                    continue  # an epithet before the name: die „Eiserne Lady“ Margaret Thatcher
                weak = True  # „Großer Austausch“, „Neue Normalität“
        if after_als and any(t.lower.startswith(_CLASSIFYING) or t.lower in _CLASSIFYING_FORMS
                             for t in toks):
            continue  # als „Totschlag“ eingestuft: an official category
        if _officially_shown(toks, q):
            continue  # "Der Dürremonitor weist eine «extreme» Dürre aus": a monitor's category
        if after_als and any(t.lemma in _JUDGING_AS or t.lower in _JUDGING_AS
                             for t in toks if t.end <= q.start and not t.is_upper_initial):
            continue  # "begrüßte die Entscheidung als „überfällig“": the subject's judgement
        if not (distance or after_als or _doubted_word(words) or _pointed(toks, before)) \
                and _named_subject_quoted(toks, in_sentence):
            continue  # "Putin demonstrierte, wie eine „…“, gepaart mit „…“, …": their wording
        if not (distance or after_als or _doubted_word(words)) and _quotes_someone(toks, q,
                                                                                   in_sentence):
            continue  # the sentence quotes someone: a further quoted term is theirs too
        if not distance and _speaker_before(toks, q.start, people):
            continue  # "erklärte Putin, worum es mit der „Operation“ gehe": the speaker's term
        if not distance and _spoken_of(toks, q):
            continue  # "hatte Trainer X über die „Disziplin“ … gelästert": the speaker's word
        weight = SCARE_QUOTE_WEIGHT if (so_called or after_als or not weak) else \
            SCARE_QUOTE_WEAK_WEIGHT
        unquote = ("Anführungszeichen entfernen und neutral benennen – oder die Quelle "
                   f"nennen, die von „{inner}“ spricht.")
        pointed = _pointed(toks, before)
        marked = distance or after_als or _doubted_word(words)
        if so_called and not after_als and _policy_term(words) and not any(
                t.lower.startswith(_DISTANCE[:3]) for t in before[-2:]):
            marked = False  # der sogenannte „Mietpreisdeckel“: agency copy introducing a term
        sourced = None  # ``_source_nearby``, asked at most once (it segments the paragraph)
        if marked and not (distance or after_als):
            sourced = _source_nearby(text, sentence, q, in_sentence)
            marked = not sourced  # "der Autor predigt, bis die Beziehungen „stinknormal“ werden"
        if marked:
            kind, why, advice = SCARE_QUOTE_ID, (
                f"Die Anführungszeichen um „{inner}“ zitieren niemanden; sie signalisieren "
                "Distanz oder Ironie des Autors."), unquote
        elif not pointed and _crime_report(toks, q):
            continue  # „Enkeltrick“, „Schockanruf“ in a police report: the name of the method
        elif pointed:
            kind, why, advice = SCARE_QUOTE_POINTED_ID, (
                f"„{inner}“ steht in Anführungszeichen und wird eigens hervorgehoben („diese“, "
                "„ihr“ …), ohne dass eine Quelle genannt wird: Das signalisiert meist Distanz "
                "oder Ironie des Autors."), unquote
        elif sourced if sourced is not None else _source_nearby(text, sentence, q, in_sentence):
            kind, weight, why, advice = SCARE_QUOTE_SOURCED_ID, SCARE_QUOTE_WEAK_WEIGHT, (
                f"„{inner}“ steht in Anführungszeichen; in der Nähe wird eine Quelle genannt "
                "(Bericht, Studie, Medium, Autor): Meist ist das deren Wortlaut, seltener Distanz "
                "des Autors."), (
                "Stammt die Wendung aus der Quelle: sie ausdrücklich zuschreiben. Ist Distanz "
                "gemeint: neutral benennen.")
        elif q.words >= SCARE_QUOTE_PHRASE_WORDS:
            kind, weight, why, advice = SCARE_QUOTE_PHRASE_ID, SCARE_QUOTE_WEAK_WEIGHT, (
                f"„{inner}“ steht in Anführungszeichen, ohne dass eine Quelle genannt wird: Eine "
                "längere Wendung in Anführungszeichen ist oft ein Zitat, dessen Urheber fehlt – "
                "seltener Distanz des Autors."), (
                "Wird zitiert: die Quelle nennen. Ist Distanz gemeint: neutral benennen.")
        elif _name_like(toks, q, words):
            kind, weight, why, advice = SCARE_QUOTE_NAMED_ID, SCARE_QUOTE_WEAK_WEIGHT, (
                f"„{inner}“ steht in Anführungszeichen und sieht aus wie ein Name oder fester "
                "Begriff (Organisation, Bewegung, Veranstaltung, Programm): Das ist oft keine "
                "Distanz des Autors."), (
                "Ist es ein Name: Anführungszeichen können bleiben oder entfallen. Ist Distanz "
                "gemeint: neutral benennen.")
        else:
            kind, why, advice = SCARE_QUOTE_TERM_ID, (
                f"„{inner}“ steht in Anführungszeichen, ohne dass eine Quelle genannt wird: Das "
                "kann Distanz des Autors signalisieren – oder es ist ein Begriff, Name oder Zitat, "
                "dessen Urheber fehlt."), (
                "Ist Distanz gemeint: neutral benennen. Wird zitiert: die Quelle nennen, die von "
                f"„{inner}“ spricht.")
        hits.append(RuleHit(id=kind, category="scare_quote", start=q.start, end=q.end,
                            weight=weight, explanation=why, suggestion=advice))
    return hits


# Staging verbs that make a capitalized quote a work's title when the sentence also names its
# maker ("die Regisseurin, die zuletzt einen „Wozzeck“ inszeniert hatte"); alone they are not
# enough ("als Erfolg inszeniert", see ``_WORK_CONTEXT``).
_STAGING = frozenset({"inszeniert", "inszenierte", "inszenierten", "inszenieren", "dirigiert",
                      "dirigierte", "dirigierten", "choreografiert", "choreografierte",
                      "komponiert", "komponierte", "verfilmte", "produziert", "produzierte"})
_STAGE_MAKERS = frozenset({"intendant", "intendantin", "dirigent", "dirigentin", "choreograf",
                           "choreografin", "choreograph", "choreographin", "ensemble"})


# the ends of names a quote may carry without any distance: streets, statutes, fees
_STREET_ENDS = ("straße", "strasse", "weg", "platz", "allee", "gasse", "damm", "chaussee", "ufer")
_STATUTE_ENDS = ("gesetz", "gesetzes", "satzung", "verordnung", "ordnung", "richtlinie",
                 "abkommen", "abkommens")
_FEE_ENDS = ("pauschale", "gebühr", "gebühren", "zuschlag", "abgabe", "entgelt", "aufschlag")
_GROUND_NOUNS = frozenset({"hinweis", "verweis", "berufung"})
# … unless the author points at the name as someone's own (ihr „Entlastungsgesetz“)
_POINTERS = ("sein", "ihr", "dies", "jen", "solch", "unser")
_LAW_ENDS = ("recht", "rechts", "gesetz", "gesetzes", "verordnung", "richtlinie", "satzung")


def _official_name(word: str, after: Sequence[Token]) -> bool:
    """One quoted compound that names a street or a statute, or a fee with its amount after it
    („Servicepauschale“ von 2,90 Euro): a name, no distance."""
    low = word.lower()
    if (low.endswith(_STREET_ENDS) and "-" in word) or low.endswith(_STATUTE_ENDS):
        return True
    return low.endswith(_FEE_ENDS) and len(after) >= 2 and after[0].lower == "von" \
        and after[1].text[:1].isdigit()


def _cited_ground(before: Sequence[Token], toks: Sequence[Token], q: QuoteSpan) -> bool:
    """The quote is the wording of a ground someone cites ("mit dem Hinweis auf „…“") or of a
    law named before it in the sentence ("Nach dem Pauschalreiserecht …, wenn „…“ auftreten")."""
    if len(before) >= 2 and before[-1].lower == "auf" and before[-2].lower in _GROUND_NOUNS:
        return True
    head = [t for t in toks if t.end <= q.start]
    return any(t.lower in {"nach", "laut", "gemäß"} and any(
        u.is_upper_initial and u.lower.endswith(_LAW_ENDS) for u in head[k + 1:k + 4])
        for k, t in enumerate(head))


# a work named in an apposition right after its quoted title („Spulen“, ein Lied über …;
# „Nachtfahrt“, ihr drittes Album); as compound heads too (Liebeslied, Debütroman)
_WORK_APPOSITION_HEADS = (
    "lied", "song", "ballade", "album", "single", "roman", "film", "gedicht", "oper", "musical",
    "serie", "buch", "gemälde", "installation", "essay", "hörspiel", "podcast", "ausstellung",
    "inszenierung", "erzählung", "novelle", "komödie", "tragödie", "krimi", "dokumentation",
    "sendung", "zyklus", "sinfonie", "symphonie", "kantate", "fotografie", "skulptur",
    "zeichnung", "comic", "kurzgeschichte", "theaterstück", "musikstück", "bühnenstück")
# … and as whole words only (not "Flickwerk", "Feindbild", "Grundstück")
_WORK_APPOSITION_WORDS = frozenset({"stück", "werk", "bild", "titel", "hit", "band", "track",
                                    "nummer", "stücke", "werke", "bilder"})
_APPOSITION_OPENERS = frozenset({"ein", "eine", "einem", "einer", "einen", "das", "der", "die",
                                 "dem", "den", "sein", "seine", "seinem", "seinen", "ihr", "ihre",
                                 "ihrem", "ihren", "deren", "dessen"})
_APPOSITION_REACH = 3  # words between the article and the work noun ("ihr drittes, ruhiges Album")


def _work_apposition(toks: Sequence[Token], q: QuoteSpan) -> bool:
    """The quote is followed by ", <article> … <work>": the title of a song, book or film."""
    after = [t for t in toks if t.start >= q.end]
    if len(after) < 3 or after[0].text != "," or after[1].lower not in _APPOSITION_OPENERS:
        return False
    for t in after[2:2 + _APPOSITION_REACH + 1]:
        if t.is_upper_initial and t.is_word:
            return (t.lower.endswith(_WORK_APPOSITION_HEADS)
                    or t.lemma.endswith(_WORK_APPOSITION_HEADS)
                    or t.lower in _WORK_APPOSITION_WORDS)
    return False


def _production_of(before: Sequence[Token], words: Sequence[str]) -> bool:
    """A single quoted name after an indefinite article, perhaps with an adjective between
    ("einer gefeierten „Medea“", "einen neuen „Hamlet“"): a production of the work named after
    its hero, not the author's distance."""
    if len(words) != 1 or not before or word_class(words[0].strip(_NAME_STRIP)) != NAME:
        return False
    last = [t for t in before[-2:] if t.is_word]
    return bool(last) and (last[-1].lower in _INDEFINITE or (
        len(last) == 2 and last[0].lower in _INDEFINITE and not last[1].is_upper_initial))


def _staged_by_maker(toks: Sequence[Token], q: QuoteSpan) -> bool:
    """A staging verb and a maker of the work (Regisseurin, Dirigent, …) in the sentence."""
    outside = [t for t in toks if not q.start <= t.start < q.end]
    if not any(t.lower in _STAGING for t in outside):
        return False
    return any(t.is_upper_initial and t.lower.split("-")[-1].rstrip("s") in
               (_MAKERS | _STAGE_MAKERS) for t in outside)


# Sources of wording: documents and media, and who writes them. Before a quoted term in the
# same sentence ("Lokale Medien wurden auf Obamas „…“ aufmerksam", "So förderten Recherchen der
# Zeitung „…“ zu Tage", "Der Autor untersucht, wie die „…“ …"), the quote is more often
# the source's wording than the author's distance. Lemmas, also as compound ends
# (Bildungsbericht, Botschaftsdepeschen). Not "Presse": "in der Presse häufen sich die „…“".
_DOCUMENT_NOUNS = ("bericht", "studie", "evaluation", "gutachten", "analyse", "untersuchung",
                   "papier", "depesche", "leitartikel", "recherche", "umfrage", "dokument",
                   "protokoll", "erhebung", "auswertung", "expertise")
_SOURCE_NOUNS = (
    *_DOCUMENT_NOUNS, "medium", "medien", "zeitung", "autor", "autorin", "kommentator", "kommentatorin",
    "journalist", "journalistin", "publizist", "publizistin", "historiker", "historikerin")
# Verbs by which a document is quoted word for word: "Der Schlüsselsatz lautet: „…“", "Im
# Bericht heißt es …", "Dort steht …", "dem Gutachten zufolge".
_DOCUMENT_CITING = frozenset({"lautet", "lauten", "lautete", "lauteten", "zufolge", "laut",
                              "steht", "stand", "stehen", "standen"})
# a literature reference: "(Müller, 2019)", "(Alley, 2000; Cuffey und Clow, 1997)",
# "(Schmidt et al. 2021)"
_REFERENCE = re.compile(r"\([A-ZÄÖÜ][\w.\- ]{0,40}(?:,| et al\.?)\s*(?:1[6-9]|20)\d\d[a-z]?"
                        r"(?:;[^()]{0,80})?\)")


def _source_noun(tok: Token, nouns: Sequence[str]) -> bool:
    if not tok.is_upper_initial:
        return False
    for word in {tok.lower.split("-")[-1], tok.lemma.split("-")[-1]}:
        if any(word == n or (word.endswith(n) and len(word) >= len(n) + 3) for n in nouns):
            return True
    return False


def _cites_document(toks: Sequence[Token], text: str) -> bool:
    """A sentence that quotes a document word for word: a document noun, a citing verb ("lautet",
    "heißt es", "steht", "zufolge") and a quotation mark."""
    if not any(c in text for c in "„“\"»«"):
        return False
    lows = [t.lower for t in toks]
    citing = any(w in _DOCUMENT_CITING for w in lows) or any(
        a in {"heißt", "hieß"} and b == "es" for a, b in pairwise(lows))
    return citing and any(_source_noun(t, _DOCUMENT_NOUNS) for t in toks)


def _paragraph_end(text: str, i: int) -> int:
    """Offset of the line break that ends the paragraph around offset i (or the text's end)."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _source_nearby(text: str, sentence: Sentence, q: QuoteSpan,
                   quotes: Sequence[QuoteSpan]) -> bool:
    """A source of the quoted wording named nearby (``SCARE_QUOTE_SOURCED_ID``): a source noun
    before the quote in its sentence (not itself quoted: "was als „Analyse“ durchgeht"), a
    literature reference in the sentence or its neighbours in the paragraph, or a neighbouring
    sentence that quotes a document word for word."""
    quoted = [(o.start, o.end) for o in quotes]
    if any(_source_noun(t, _SOURCE_NOUNS) and not in_ranges(t.start, t.end, quoted)
           for t in sentence.tokens if t.end <= q.start):
        return True
    para_start = text.rfind("\n", 0, sentence.start) + 1
    para = text[para_start:_paragraph_end(text, sentence.end)]
    sents = segment(para).sentences
    here = [i for i, s in enumerate(sents)
            if s.start + para_start <= q.start < s.end + para_start]
    if not here:
        return bool(_REFERENCE.search(text[sentence.start:sentence.end]))
    i = here[0]
    for j in (i - 1, i, i + 1):
        if not 0 <= j < len(sents):
            continue
        chunk = para[sents[j].start:sents[j].end]
        if _REFERENCE.search(chunk):
            return True
        if j != i and _cites_document(sents[j].tokens, chunk):
            return True
    return False


# Heads of nouns naming an organisation, movement, event or programme (also as compound ends:
# Kleingewerkschaft, Bürgerbewegung): in the same clause as a capitalized quoted term they make
# it a name ("Es gibt mit der „Alternative“ eine kleine Gewerkschaft").
_ORGANISATION_HEADS = ("gewerkschaft", "partei", "bewegung", "verein", "initiative", "bündnis",
                       "organisation", "verband", "stiftung", "netzwerk", "festival",
                       "kampagne", "operation", "doktrin", "programm", "plattform",
                       "konzern", "firma", "genossenschaft", "fraktion")
# (not "Projekt": "in „Phase zwei“ eines Projekts" is any undertaking)
# an activity, not a body: "die Organisation von „…“", "eine Kampagne für „…“"
_ACTIVITY_NEXT = frozenset({"von", "vom", "für", "gegen"})
_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _name_like(toks: Sequence[Token], q: QuoteSpan, words: Sequence[str]) -> bool:
    """A name-shaped quoted term (``SCARE_QUOTE_NAMED_ID``): a capitalized phrase with every word
    capitalized, or one or two capitalized words in a clause that classifies something as an
    organisation, movement, event or programme ("als Bewegung", "eine kleine Gewerkschaft")."""
    if not words[0][:1].isupper():
        return False
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return True
    if len(words) > 2:
        return False
    inside = [k for k, t in enumerate(toks) if q.start <= t.start < q.end]
    if not inside:
        return False
    lo, hi = inside[0], inside[-1]
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_BOUNDARIES:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].text not in _CLAUSE_BOUNDARIES:
        hi += 1
    being = any(t.lower in _BEING_VERBS for t in toks[lo:hi + 1])
    return any(_source_noun(t, _ORGANISATION_HEADS) and _classifying(toks, k, being) and not (
        k + 1 < len(toks) and toks[k + 1].lower in _ACTIVITY_NEXT)
        for k, t in enumerate(toks) if lo <= k <= hi and k not in inside)


# verbs that say what something is: "„…“ ist eine Bürgerbewegung", "Es gibt mit der „…“ eine
# kleine Gewerkschaft"
_BEING_VERBS = frozenset({"ist", "sind", "war", "waren", "wird", "wurde", "bleibt", "blieb", "gibt",
                          "gab", "gilt", "galt"})


def _classifying(toks: Sequence[Token], k: int, being: bool) -> bool:
    """The noun at ``k`` says what something is: "als" up to three words before it ("Als
    Bewegung versteht sich …"), or an indefinite article there in a clause with a verb of being
    ("Es gibt mit der „…“ eine kleine Gewerkschaft"; not "… übernahm ein Verein")."""
    near = toks[max(0, k - 3):k]
    return any(t.lower == "als" for t in near) or (
        being and any(t.lower in _INDEFINITE for t in near))


def _supports(findings: Sequence[Finding]) -> bool:
    """The author's evaluative wording of another kind than a scare quote."""
    return any(f.voice == "author" and f.category != "scare_quote" for f in findings)


def unsupported_terms(findings: Sequence[Finding], supported: bool = False) -> list[Finding]:
    """One sentence's findings, with each bare quoted term (``SCARE_QUOTE_TERM_ID``) that no
    other author-voice finding of the sentence supports re-marked ``SCARE_QUOTE_BARE_ID`` at the
    weak prior, so the calibration weighs it by its own (lower) precision; a bare compound naming
    a measure („Mietpreisdeckel“) becomes ``SCARE_QUOTE_NAMED_ID`` instead.

    Called with all of a sentence's findings (lexicon, rules, learned words) before calibration;
    ``supported``: a neighbouring sentence has such wording (``neighbour_supported``).
    """
    if supported or _supports(findings):
        return list(findings)
    out = []
    for f in findings:
        if f.id == SCARE_QUOTE_TERM_ID and f.voice == "author":
            inner = f.text.strip("\"„“”»«‚‘’ ")
            factor = f.weight / f.base_weight if f.base_weight else 1.0
            if _policy_term(inner.split()):
                out.append(_named_measure(f, inner, factor))
                continue
            f = replace(
                f, id=SCARE_QUOTE_BARE_ID, base_weight=SCARE_QUOTE_WEAK_WEIGHT,
                weight=SCARE_QUOTE_WEAK_WEIGHT * factor,
                explanation=(f"„{inner}“ steht in Anführungszeichen, ohne dass eine Quelle genannt "
                             "wird, und sonst wertet nichts im Satz: Meist ist das ein Begriff, "
                             "Name oder Zitat, dessen Urheber fehlt – seltener Distanz des "
                             "Autors."),
                suggestion=("Wird zitiert: die Quelle nennen. Ist Distanz gemeint: neutral "
                            "benennen. Ein Fachbegriff oder Name braucht keine Anführungszeichen."))
        out.append(f)
    return out


def _named_measure(f: Finding, inner: str, factor: float) -> Finding:
    """A bare quoted compound naming a measure, law or programme („Mietpreisdeckel“,
    „Haushaltsregel“) in a sentence without other evaluation: its name, about as often as
    distance (``SCARE_QUOTE_NAMED_ID``, weak prior)."""
    return replace(
        f, id=SCARE_QUOTE_NAMED_ID, base_weight=SCARE_QUOTE_WEAK_WEIGHT,
        weight=SCARE_QUOTE_WEAK_WEIGHT * factor,
        explanation=(f"„{inner}“ steht in Anführungszeichen, sonst wertet nichts im Satz, und das "
                     "Wort benennt eine Maßnahme, Regel oder ein Programm: Meist ist das deren "
                     "Name, seltener Distanz des Autors."),
        suggestion=("Ist es der Name der Maßnahme: Anführungszeichen können entfallen. Ist "
                    "Distanz gemeint: neutral benennen."))


def _bare_kind(f: Finding) -> bool:
    """A quoted term that ``unsupported_terms`` re-marked for lack of company."""
    return f.id == SCARE_QUOTE_BARE_ID or (
        f.id == SCARE_QUOTE_NAMED_ID and _policy_term(f.text.strip("\"„“”»«‚‘’ ").split()))


def neighbour_supported(sentences: Sequence[SentenceResult]) -> list[int]:
    """Indices of sentences with a bare quoted term (``SCARE_QUOTE_BARE_ID``) whose sentence
    before or after has the author's evaluative wording: the distance has company there, so the
    term counts as ``SCARE_QUOTE_TERM_ID`` (the caller analyzes these sentences again)."""
    out = []
    for i, s in enumerate(sentences):
        if any(_bare_kind(f) for f in s.findings) and any(
                _supports(sentences[j].findings) for j in (i - 1, i + 1)
                if 0 <= j < len(sentences)):
            out.append(i)
    return out


# "„Nora oder Ein Puppenheim“ … diese „Nora“": a title given with its alternative or subtitle
_SUBTITLE_JOINS = (" oder ", ": ", " – ", " - ", ". ")


_SHOWS_OUT = frozenset({"weist", "wies", "weisen", "wiesen"})


def _officially_shown(tokens: Sequence[Token], q: QuoteSpan) -> bool:
    """A category a monitor, index or statistic shows („weist … eine «extreme» Dürre aus“,
    „ausgewiesen als „hoch““): the quoted word is the official level, not distance."""
    if any(t.lower == "ausgewiesen" or t.lower.startswith("auszuweisen") for t in tokens):
        return True
    verb = next((k for k, t in enumerate(tokens) if t.lower in _SHOWS_OUT and t.end <= q.start),
                None)
    return verb is not None and any(t.lower == "aus" for t in tokens[verb + 1:]
                                    if t.start >= q.end)


_NAME_STRIP = ".,;:!?…'’"


def _name_used_plainly(text: str, quotes: Sequence[QuoteSpan], inner: str) -> bool:
    """A single quoted word that is a name (out of context: not a dictionary word) and that the
    document also writes without quote marks: "Ausgebüxter „Benno“ legt Verkehr lahm" with "Esel
    Benno (9)" in the body. A word held at a distance is quoted wherever the author uses it."""
    word = inner.strip().strip(_NAME_STRIP)
    if not word.isalpha() or (word_class(word) != NAME
                              and (is_known(word) or not word[:1].isupper())):
        return False  # (a word no dictionary knows, "„Feldkind“" for a restaurant, is a name too)
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if not any(o.start <= m.start() < o.end for o in quotes):
            return True
    return False


# the text says after the quote that this is what the thing is called: "– so heißt das Angebot
# tatsächlich", "so nennt sich die Aktion"
_SO_NAMED = re.compile(r"\bso\s+(?:heißt|hieß|heißen|hießen|nennt|nannte|nennen)\b")


def _named_earlier(text: str, q: QuoteSpan, quotes: Sequence[QuoteSpan], inner: str) -> bool:
    """The document quoted the same words before as a name or title: right after the noun or
    maker that introduces it ("das Stück „Nora“", "Ibsens „Nora“", "der Regisseur des „…“"), with
    its own capitalized article in mid-sentence ("Webers „Der Freischütz“" … "der „Freischütz“"),
    as the full name whose last words the quote repeats ("Das Lokal „Connys Sonnendeck“" …
    "mit dem „Sonnendeck“"), as the first part of a title with its subtitle („Nora oder Ein
    Puppenheim“), or with "so heißt …" after it. A title quoted again ("diese „Nora“" for the
    production) is that name, not the author's distance; a term first held up in quotes stays a
    finding every time."""
    for o in quotes:
        if o.end > q.start:
            continue
        earlier = text[o.inner_start:o.inner_end].strip()
        first, _, rest = earlier.partition(" ")
        if earlier != inner and not (rest == inner and first.lower() in _ARTICLES
                                     and first[:1].isupper()) \
                and not (inner[:1].isupper() and earlier.endswith(" " + inner)):
            if earlier.startswith(inner) and any(
                    earlier[len(inner):].startswith(j) and earlier[len(inner) + len(j):][:1].isupper()
                    for j in _SUBTITLE_JOINS):
                return True
            continue  # (a title with its article, „Der Freischütz“, is der „Freischütz“ later)
        stop = text.find(".", o.end)
        if _SO_NAMED.search(text, o.end, stop if stop != -1 else len(text)):
            return True  # "einen „Herzensgruß“ gebucht – so heißt das Angebot": named there
        lead = text[max(0, o.start - 200):o.start]
        seg = segment(lead)
        if not seg.sentences:
            continue
        before = list(seg.sentences[-1].tokens[-3:])
        if not before or before[-1].text in _STANDALONE_BEFORE or any(
                t.lower in _HOLD_UP_FORMS or t.lemma in _HOLD_UP_VERBS for t in before):
            continue  # (a label someone gives, "nennt es „Die Wende“", may be held up later)
        if _names_what_follows(before[-1]) or _genitive_name(before) or _made_by(before) \
                or _work_by_name(text, before, inner.split()) or (
                first[:1].isupper() and first.lower() in _TITLE_STARTERS):
            return True  # (a capitalized article or preposition in mid-sentence: a title)
    return False


def _pointed(toks: Sequence[Token], before: Sequence[Token]) -> bool:
    """"diese „Reform“", "ihr „Festtag“", "ihre hochgesteckten „Klimaziele“", "Was ist das für
    eine „Strategie“": a demonstrative or possessive points at the term (one lower-case
    adjective may stand between), or a "Was … für ein" question holds it up."""
    if not before:
        return False
    if before[-1].lower in _POINTING:
        return True
    if len(before) >= 2 and before[-2].lower in _POINTING and (
            before[-1].text[:1].islower() or before[-1].text.endswith("-")):
        return True
    return (len(before) >= 2 and before[-1].lower in _INDEFINITE and before[-2].lower == "für"
            and any(t.lower == "was" for t in toks if t.end <= before[-2].start))


# "Was X „…“ nennt, …": verbs by which someone labels or sells a thing, the author quoting
# the label to contest it
_HOLD_UP_VERBS = frozenset({"nennen", "bezeichnen", "taufen", "verkaufen", "feiern", "preisen",
                            "anpreisen", "bewerben", "vermarkten", "titulieren"})
_HOLD_UP_FORMS = frozenset({"nennt", "nennen", "nannte", "nannten", "bezeichnet", "bezeichnen",
                            "bezeichnete", "bezeichneten", "tauft", "taufte", "verkauft",
                            "verkaufen", "verkaufte", "feiert", "feiern", "feierte", "preist",
                            "pries", "bewirbt", "bewarb", "vermarktet", "tituliert"})
_OPENERS = frozenset({"und", "doch", "aber", "denn"})
# "…, dabei …": the author's contradiction of what the quote claims (not "dabei handelt es sich
# um …", "dabei geht es um …": an explanation; not "dabei zu sein")
_CONTRADICTING = frozenset({"dabei"})
_NOT_CONTRADICTING_NEXT = frozenset({"handelt", "handelte", "geht", "ging", "zu", "sein",
                                     "helfen", "bleiben", "gewesen"})
_IN_TRUTH = (("in", "wahrheit"), ("in", "wirklichkeit"), ("tatsächlich", "aber"))


def _held_up(text: str, toks: Sequence[Token], q: QuoteSpan) -> bool:
    """Someone's quoted term that the author holds up to contest: "Was die Bahn „…“ nennt,
    …" / "Was die Bahn als „…“ bezeichnet, …" (the sentence opens with "Was", the labelling verb
    follows the quote in the same clause), or "Die Post meldete einen „…“, dabei war …" / "…,
    in Wahrheit …" (the author contradicts it in the next clause)."""
    inner = text[q.inner_start:q.inner_end].strip()
    if not inner or inner[-1:] in ".!?…,:;":
        return False
    head = [t for t in toks if t.end <= q.start]
    tail = [t for t in toks if t.start >= q.end]
    words = [t for t in head if t.is_word]
    if words and words[0].lower in _OPENERS:
        words = words[1:]
    if words and words[0].lower == "was" and not any(t.text == "," for t in head):
        for t in tail[:3]:
            if t.text in {",", ";", "–", "—"}:
                break
            if t.lower in _HOLD_UP_FORMS or t.lemma in _HOLD_UP_VERBS:
                return True
    for k, t in enumerate(tail[:-1]):
        if t.text in {".", "!", "?"}:
            break
        if t.text not in {",", ";", "–", "—"}:
            continue
        nxt = tail[k + 1]
        after = tail[k + 2] if k + 2 < len(tail) else None
        if nxt.lower in _CONTRADICTING and (after is None or after.lower
                                             not in _NOT_CONTRADICTING_NEXT):
            return True
        # only the clause right after the quote counts
        return after is not None and (nxt.lower, after.lower) in _IN_TRUTH
    return False


# a sentence opening with a named person and carrying this many quotations reports their words
_NAMED_SUBJECT_QUOTES = 2
# "Macron wird „Zugeständnisse“ machen müssen": the author's forecast about the person
_FORECAST = frozenset({"wird", "werden", "muss", "müssen", "müsste", "müssten", "dürfte",
                       "dürften", "könnte", "könnten", "sollte", "sollten", "würde", "würden"})


def _named_subject_quoted(toks: Sequence[Token], in_sentence: Sequence[QuoteSpan]) -> bool:
    """The sentence opens with a named person (perhaps after a title: "Kanzlerin Berger …") and
    carries two or more quoted fragments: a sentence about what that person said, wrote or
    showed, stitched from their wording, not the author's distance. (Not a forecast about the
    person: "Macron wird „Zugeständnisse“ machen müssen, doch diese „Zumutungen“ …".)"""
    if len(in_sentence) < _NAMED_SUBJECT_QUOTES:
        return False
    words = [t for t in toks if t.is_word][:4]
    for k, t in enumerate(words[:3]):
        if not t.is_upper_initial or t.lower in _ARTICLES:
            return False
        if word_class(t.text) in _NAME_LIKE:
            nxt = words[k + 1] if k + 1 < len(words) else None
            return nxt is not None and nxt.lower not in _FORECAST
    return False


def _attributed_after(toks: Sequence[Token], q_end: int) -> bool:
    """"„…“, wie sie der Kanzler ausrief", "„…“ der Integration, wie sie X zum Ziel erhob",
    "„…“ – so wie das Berlin sieht": the term is given back to someone right after the quote
    (up to three words of its noun phrase may come first). The one who uses it follows as an
    article or a name ("wie das nach dem Krieg der Fall war" is a comparison)."""
    after = [t for t in toks if t.start >= q_end][:9]
    k = next((j for j, t in enumerate(after[:4]) if t.text in {",", "–", "—", "-"}), None)
    if k is None:
        return False
    k += 1
    if k < len(after) and after[k].lower == "so":
        k += 1
    return k + 2 < len(after) and after[k].lower == "wie" \
        and after[k + 1].lower in _ATTRIBUTING_WIE \
        and (after[k + 2].lower in _ARTICLES or after[k + 2].is_upper_initial)


def _parallel_to_speech(toks: Sequence[Token], q: QuoteSpan,
                        in_sentence: Sequence[QuoteSpan]) -> bool:
    """"Die Koalition sprach von einem „Aufbruch“, die Opposition von „Stillstand“": a quote
    after the same preposition as an earlier quotation of the sentence that is speech shares
    its verb of saying (the verb is left out in the second clause)."""
    def prep_before(start: int) -> str | None:
        head = [t for t in toks if t.end <= start][-3:]
        return next((t.lower for t in reversed(head) if t.lower in _SHARED_PREPS), None)

    mine = prep_before(q.start)
    return mine is not None and any(
        o.speech and o.end <= q.start and prep_before(o.start) == mine
        and any(t.text == "," and o.end <= t.start < q.start for t in toks)
        for o in in_sentence)


def _quotes_someone(toks: Sequence[Token], q: QuoteSpan, in_sentence: Sequence[QuoteSpan]
                    ) -> bool:
    """Another quotation of the sentence is someone's speech (not a title after the noun that
    introduces it: "Unter der Überschrift „Wir brauchen …“"), so a quoted term beside it is
    most likely lifted from the same speaker."""
    for o in in_sentence:
        if o is q or not o.speech:
            continue
        head = [t for t in toks if t.end <= o.start]
        inner = [t.text for t in toks if o.inner_start <= t.start < o.inner_end]
        if not head or not _names_what_follows(head[-1]) or (
                len(inner) >= 2 and _ends_like_clause(inner)):
            return True  # (die Partei „Antworten … finden“: a clause, not the party's name)
    return False


# Nouns for a word or wording: a sentence that talks about one ("Der Begriff ist schlecht
# gewählt, schließt „Unglück“ doch …") mentions the quoted word rather than using it.
_WORD_TOPIC = frozenset({"begriff", "wort", "bezeichnung", "ausdruck", "formulierung",
                         "wortwahl", "vokabel"})
_WORD_TOPIC_DETERMINERS = frozenset({"der", "die", "das", "dieser", "diese", "dieses", "jener",
                                     "jene", "jenes"})


_COPULAS = frozenset({"ist", "sind", "war", "waren", "wird", "wurde", "bleibt", "blieb"})
# a word, motto or title as the subject: what the copula gives is its wording
_WORDING_SUBJECTS = frozenset({"motto", "slogan", "titel", "name", "parole", "losung", "devise",
                               "hashtag", "kürzel", "abkürzung", "bezeichnung", "begriff",
                               "leitspruch", "wahlspruch", "arbeitstitel", "untertitel"})


def _word_is_subject(toks: Sequence[Token], before: Sequence[Token]) -> bool:
    """"Das Jugendwort des Jahres ist „…“", "Das Motto der Messe war „…“": a copula right
    before the quote, and a noun for a word, motto or title heads the clause before it, so the
    quote gives that wording (not "Die Reform ist „gerecht“")."""
    if not before or before[-1].lower not in _COPULAS:
        return False
    head = [t for t in toks if t.end <= before[-1].start]
    if any(t.text in {",", ";", ":"} for t in head):
        return False
    for t in head[:4]:
        if t.is_upper_initial and (t.lower in _WORDING_SUBJECTS or t.lemma in _WORDING_SUBJECTS
                                   or (t.lower.endswith(("wort", "motto", "slogan", "titel"))
                                       and t.lower != "wort")):
            return True  # (not "Das Wort des Ministers ist …": his promise)
    return False


# what a quoted subject can be the wording of: a motto, title, theme
_THEME_NOUNS = _WORDING_SUBJECTS | {"thema", "leitthema", "schwerpunkt", "gegenstand",
                                    "programm", "leitmotiv"}
_WORDING_PREDICATE_REACH = 5


def _wording_predicate(toks: Sequence[Token], q: QuoteSpan) -> bool:
    """"„Grenzenlos“ ist das Motto der Messe", "Die „…“ rund um den See ist Thema eines
    Projekts": the quote is the subject of a copula whose predicate is a motto, title or theme,
    so the quote gives its wording (not "Die „Reform“ ist ein Thema für Spott")."""
    after = [t for t in toks if t.start >= q.end][:_WORDING_PREDICATE_REACH + 2]
    for k, t in enumerate(after[:_WORDING_PREDICATE_REACH]):
        if t.text in _CLAUSE_BOUNDARIES:
            return False
        if t.lower in _COPULAS:
            rest = [x for x in after[k + 1:k + 3] if x.lower not in {"das", "der", "die"}]
            return bool(rest) and rest[0].is_upper_initial and (
                rest[0].lower in _THEME_NOUNS or rest[0].lemma in _THEME_NOUNS)
    return False


def _about_the_word(toks: Sequence[Token], q_start: int) -> bool:
    """The sentence has "der Begriff", "das Wort", "diese Formulierung" before the quote (not
    "das Wort des Kanzlers": someone's word as a promise), so the quote is a mentioned word."""
    head = [t for t in toks if t.end <= q_start]
    for k, t in enumerate(head):
        if not (t.is_upper_initial and t.lower in _WORD_TOPIC and k > 0
                and head[k - 1].lower in _WORD_TOPIC_DETERMINERS):
            continue
        if k + 1 < len(head) and head[k + 1].lower in {"des", "der", "von", "vom"}:
            continue
        return True
    return False


_NEGATING = frozenset({"nicht", "nichts", "kein", "keine", "keinen", "nie", "niemals"})
# verbs of uttering missing from lexicons/speech_cues.txt ("äußerte sich zuversichtlich, dass …")
_UTTERING = frozenset({"äußern"})


def _speaker_before(toks: Sequence[Token], q_start: int,
                    people: frozenset[str] = frozenset()) -> bool:
    """A verb of saying with a named person right beside it earlier in the sentence, and a
    comma between it and the quote: "erklärte Wladimir Putin in Sankt Petersburg, worum es mit
    der „Spezialoperation“ gehe", "sagte Lawrow, einige Länder wollten die Ukraine
    „weißwaschen“" – the quote stands in what the person is reported to have said. (Without a
    name – "Die Regierung erklärte, …" – the rule does not decide; that is voice attribution.)
    ``people``: surnames the text introduced in full ("die Psychologin Anja Reinholz" …
    "Reinholz empfiehlt feste Regeln, etwa eine „handyfreie Stunde“")."""
    cues = speech_cues()
    head = [t for t in toks if t.end <= q_start]
    for k, t in enumerate(head):
        if not (cues.verb_at(toks, k) or (t.lemma in _UTTERING and not t.is_upper_initial)):
            continue
        nxt = head[k + 1] if k + 1 < len(head) else None
        if nxt is not None and nxt.is_upper_initial and word_class(nxt.text) not in _NAME_LIKE:
            continue  # an attributive participle: "die oben zitierte Erklärung des RKI"
        near = head[max(0, k - 3):k] + head[k + 1:k + 5]
        named = any(n.is_upper_initial and (word_class(n.text) == NAME or n.text in people)
                    for n in near)
        comma = next((j for j in range(k + 1, len(head)) if head[j].text == ","), None)
        if named and comma is not None and not any(
                x.lower in _NEGATING for x in head[max(0, k - 3):comma]):
            return True  # (not "Berger äußerte sich nicht, die Truppen sind „…“")
    return False


# verbs of talking about something ("über"/"von" + what is talked about), closing the clause
_TALKING_OF = frozenset({"lästern", "spotten", "schimpfen", "klagen", "sprechen", "reden",
                         "witzeln", "schwärmen", "herziehen", "jammern", "stöhnen", "meckern",
                         "berichten", "erzählen", "ätzen", "beschweren"})
_TALKED_OF_PREPS = frozenset({"über", "von", "vom"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "–", "—"})


def _spoken_of(toks: Sequence[Token], q: QuoteSpan) -> bool:
    """A quoted word after "über"/"von" whose clause ends in a verb of talking, with a named
    person earlier in the sentence: "Trainer Uwe Kasparek hatte öffentlich über die „Disziplin“
    seines Schützlings gelästert" – the quote gives the speaker's word, not the author's irony."""
    head = [t for t in toks if t.end <= q.start]
    if not any(t.lower in _TALKED_OF_PREPS for t in head[-3:]):
        return False
    tail = [t for t in toks if t.start >= q.end]
    end = next((j for j, t in enumerate(tail) if t.text in _CLAUSE_ENDS), len(tail))
    closing = [t for t in tail[:end][-2:] if not t.is_upper_initial]
    if not any(t.lemma in _TALKING_OF for t in closing):
        return False
    return any(t.is_upper_initial and word_class(t.text) == NAME for t in head)


def _crime_report(toks: Sequence[Token], q: QuoteSpan) -> bool:
    """A sentence about offenders and their spoils: a quoted term there names their method
    („Enkeltrick“, „Schockanruf“), not the author's distance. (Police or court words alone do
    not count: "nach der „Feier“ festgenommen" is the author's irony.)"""
    outside = [t for t in toks if not q.start <= t.start < q.end]
    if any(t.lower in _CRIME_WORDS for t in outside):
        return True
    return any(t.lower in _POLICE for t in outside) and any(t.lower in _MANHUNT for t in outside)


def _defined(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """"Ein „Geisterspiel“ ist ein Spiel ohne Zuschauer": the quoted term is the subject of its
    definition (an indefinite article or nothing before it)."""
    if before and before[-1].lower not in _INDEFINITE:
        return False
    if len(before) >= 2 and before[-2].lower == "was" and after \
            and after[0].lower in ("ist", "sei", "bedeutet", "heißt"):
        return True  # "Was ein „Vetospieler“ ist, erfährt man im vierten Kapitel": a term
    if before and len(before) >= 2 and before[-2].is_word:
        return False  # "Es gibt eine „Reform“, die …": not at the start of the sentence
    return len(after) >= 2 and after[0].lower in _DEFINING_VERBS \
        and after[1].lower in _DEFINING_NEXT


def _viewpoint(toks: Sequence[Token], q_start: int) -> bool:
    """"Für den Verbandschef geht es um „Fairness“", "Für Müller ist das „Augenwischerei“":
    the sentence gives someone's view, so the quote carries that person's wording."""
    head = [t for t in toks if t.end <= q_start]
    if not head or head[0].lower != "für":
        return False
    for t in head[1:4]:
        if t.text == ",":
            return False
        if t.is_upper_initial and (word_class(t.text) == NAME or t.lower.endswith(_PERSON_ENDS)):
            return True
    return False


def _title_shaped(words: Sequence[str]) -> bool:
    """Capitalized words, perhaps joined by short function words, from the first word to the
    last: the shape of a name or title („Bonner Gespräche“, „Rechtsakt zur Energiewende“)."""
    return all(w[:1].isupper() or (len(w) <= 3 and w.isalpha() and w.islower()) for w in words) \
        and words[0][:1].isupper() and words[-1][:1].isupper()


def _doubted_word(words: Sequence[str]) -> bool:
    """One quoted lower-case word – an adjective, participle or verb ("das „neue“ Ministerium",
    "was tatsächlich „gelöscht“ wird"): its ordinary meaning is what the author doubts."""
    return len(words) == 1 and words[0][:1].islower() and words[0].isalpha()


def _ends_like_clause(words: Sequence[str]) -> bool:
    """Quoted words that end like someone's clause, not like a noun phrase: three or more
    ending in a lower-case content word ("vom Völkerrecht kommt"), four or more ending in any
    lower-case word ("das Auge isst mit"), or a noun followed by a verb ("Verfolger abzuhängen").
    "an oder mit" stays a phrase."""
    last = words[-1].strip(".,;:!?…")
    if not last[:1].islower():
        return False
    if len(words) >= 4:
        return True
    if len(words) == 2:
        return words[0][:1].isupper() and len(last) >= 4 and last.endswith(("en", "n", "t"))
    return len(words) >= 3 and len(last) >= 4 and last not in _FUNCTION_WORDS


# heads of compounds that name a measure, law or programme: "der sogenannte „Mietpreisdeckel“",
# "die sogenannte „Übergewinnsteuer“" introduce the term as often as they doubt it
_POLICY_HEADS = ("deckel", "bremse", "gesetz", "paket", "steuer", "abgabe", "regel", "regelung",
                 "verordnung", "prämie", "geld", "zulage", "pflicht", "quote", "grenze", "klausel",
                 "verfahren", "programm", "modell", "richtlinie", "garantie", "zuschlag")


def _policy_term(words: Sequence[str]) -> bool:
    """One capitalized compound whose head names a measure, law or programme (at least four
    letters before the head: „Mietpreisdeckel“, not „Paket“ or „Regel“)."""
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    low = words[0].lower().strip(".,;:!?")
    return any(low.endswith(h) and len(low) >= len(h) + 4 for h in _POLICY_HEADS)


def _author_predicate(words: Sequence[str], before: Sequence[Token],
                      after: Sequence[Token]) -> bool:
    """A quoted lower-case phrase ending in a participle, with an indicative auxiliary of the
    author's sentence right before (one word may stand between) or after it: "das Paket „beim
    Nachbarn abgegeben“ wurde", "wurde angeblich „zeitnah bearbeitet“". The quote sits inside
    the author's own clause (not at the end of someone's sentence, not a name after "das
    Paket")."""
    if len(words) < 2 or not words[0][:1].islower():
        return False
    last = words[-1].strip(".,;:!?…")
    if not (last[:1].islower() and last.isalpha() and last.endswith(("t", "en"))):
        return False
    return bool((after and after[0].lower in _INDICATIVE_AUXILIARIES)
                or any(t.lower in _INDICATIVE_AUXILIARIES for t in before[-2:]))


def _made_by(before: Sequence[Token]) -> bool:
    """"der Autor des „…“", "der Vereinschef des „…“": a work's title after its maker, the
    name of a shop, club or group after who runs it."""
    if len(before) < 2 or before[-1].lower not in {"des", "der", "von", "vom"} \
            or not before[-2].is_upper_initial:
        return False
    word = before[-2].lower.split("-")[-1]
    if word.endswith("n") and word[:-1] in _MAKERS:
        word = word[:-1]  # the dative plural: "zu den Gründern des „…“"
    return word in _MAKERS or any(word.endswith(m) for m in _MAKERS if len(m) >= 4)


def _glossed(before: Sequence[Token]) -> bool:
    """"bedeutet so viel wie „…“", "auch bekannt als „…“": a gloss, translation or alias."""
    lows = tuple(t.lower for t in before)
    return any(lows[-len(g):] == g for g in _GLOSS_BEFORE if len(lows) >= len(g))


def _charge(tokens: Sequence[Token], before: Sequence[Token]) -> bool:
    """Verdacht der „Untreue“, Anklage wegen „Betrugs“: the quote names a charge. "wegen" alone
    counts only in a sentence about police, prosecutors or courts (wegen „Umbauarbeiten“ may be
    irony)."""
    if not before:
        return False
    last = before[-1].lower
    if last in _CHARGE_NOUNS or (len(before) >= 2 and before[-2].lower in _CHARGE_NOUNS
                                 and last in {"der", "des", "auf", "einer", "eines", "wegen"}):
        return True
    return last == "wegen" and any(t.lower.startswith(_LEGAL_CONTEXT) or t.lower in _LEGAL_WORDS
                                   for t in tokens)


# a proposal, plan or demand and its content in the genitive: "Ihr Vorschlag einer
# „Kennzeichnungspflicht für alle Texte“", "die Idee eines „Bürgerrats“" – the quote names what
# was proposed, in the proposer's words
_PROPOSAL_NOUNS = frozenset({"vorschlag", "idee", "forderung", "plan", "konzept", "modell",
                             "einführung", "schaffung", "vorstoß", "entwurf"})


def _proposal_named(before: Sequence[Token]) -> bool:
    return len(before) >= 2 and before[-1].lower in {"einer", "eines"} \
        and before[-2].is_upper_initial and before[-2].lemma in _PROPOSAL_NOUNS


def _survey_answer(tokens: Sequence[Token], before: Sequence[Token]) -> bool:
    """„42 Prozent antworteten mit „eher ja“": an answer option, not distance."""
    return bool(before) and before[-1].lower in {"mit", "für"} and any(
        t.lower in {"prozent", "%", "befragte", "befragten", "umfrage"} for t in tokens)


# what may stand after a sentence's last mark: the closing quotes and the round bracket of
# text.CLOSERS (not the apostrophe, the single guillemets or the square bracket)
_LAST_MARK_CLOSERS = CLOSERS - {"'", "]", "›", "‹"}


BARE_DENIAL_ID = "stance.s17j_kurze_verneinung"
_NOTHING = frozenset({"nichts", "niemand", "nirgends"})


def narrated_nothing(text: str, sentence: Sentence) -> bool:
    """„Die Familie sucht tagelang, klingelt bei allen Nachbarn. Nichts.“: a one-word "Nichts",
    "Niemand" or "Nirgends" after a statement, not after a question, tells that the search came
    to nothing; it answers no question of the author's ("Wer hat profitiert? Niemand." does)."""
    words = [t for t in sentence.tokens if t.is_word]
    if len(words) != 1 or words[0].lower not in _NOTHING:
        return False
    return not text[:sentence.start].rstrip().rstrip("“”\"»«").endswith("?")


def answered_question(text: str, sentence: Sentence) -> bool:
    """The sentence is a question that the text answers at once (as for ``rhetorical``): a
    hedge in it asks, it does not guess ("Doch war der Streit vielleicht nur inszeniert? Nein,
    sagt der Sender.")."""
    last = next((t for t in reversed(sentence.tokens) if t.text not in _LAST_MARK_CLOSERS), None)
    return last is not None and "?" in last.text and _answered(text, sentence)


def rhetorical(text: str, sentence: Sentence, speech: Sequence[tuple[int, int]],
               echo: bool = False) -> list[RuleHit]:
    """A question or exclamation in the author's voice. ``echo``: the sentence is an
    ``echo_question`` (the caller asks once, as it also gives the echoed word to its speaker)."""
    toks = sentence.tokens
    last = next((t for t in reversed(toks) if t.text not in _LAST_MARK_CLOSERS), None)
    if last is None or not ("?" in last.text or "!" in last.text):
        return []
    if in_ranges(last.start, last.end, speech):
        return []
    words = sum(1 for t in toks if t.is_word)
    if "?" in last.text and echo:
        inner = text[sentence.start:sentence.end].strip()
        return [RuleHit(
            id=QUESTION_ECHO_ID, category="rhetorical", start=sentence.start, end=sentence.end,
            weight=QUESTION_WEIGHT, explanation=(
                f"„{inner}“ greift das eben zitierte Wort als Frage auf und stellt es in "
                "Zweifel: eine rhetorische Frage des Autors."),
            suggestion=("Den Widerspruch mit Tatsachen belegen, statt das Zitat mit einer Frage "
                        "in Zweifel zu ziehen."))]
    if words < 2:
        return []
    if "?" in last.text and (_addresses_someone(toks) or _labelled(toks)):
        return []  # an interview question ("Wie beurteilen Sie …?") or a labelled speaker's turn
    if "?" in last.text and (_answered(text, sentence) or _listed(text, sentence)
                             or _signposted(text, sentence)):
        return []  # an explainer's question the text answers, or others' questions listed
    if "?" in last.text and _interview_teaser(text, sentence):
        return []  # "Was wird aus ihren Orgeln? … Ein Gespräch über …": the interview answers it
    if "?" in last.text and _stray_question_mark(toks):
        return []  # a statement with an embedded question: "Oft wird gestritten, wann …?"
    if "?" in last.text and (_asked_by_someone(toks) or _list_item(toks)):
        return []  # "Wer ist gemeint?, fragt er, und …?"; "Die Themen: … 2) Was ist konservativ?"
    ki = indirect_speech_start(toks)
    if ki is not None and toks[ki].start <= last.start:
        return []  # "Die wichtigste Empfehlung sei: Denkt nach!": the speaker's, in reported speech
    if "?" in last.text and _reported_speech_goes_on(text, sentence):
        return []  # "Was wüssten die in Berlin schon? Die Windräder, die seien von dort gekommen."
    start = _after_dateline(text, sentence)
    if "?" in last.text:
        rule_id, weight, explanation = "rule.rhetorical_question", QUESTION_WEIGHT, (
            "Eine Frage in Autorenstimme legt der Leserschaft eine Deutung nahe, statt sie zu "
            "belegen.")
        place = question_id(text, sentence)
        if place == QUESTION_CLOSING_ID:
            rule_id, weight, explanation = QUESTION_CLOSING_ID, QUESTION_CLOSING_WEIGHT, (
                "Eine Frage am Ende eines Absatzes lässt der Leserschaft eine Deutung stehen, "
                "statt sie zu belegen: ein rhetorisches Mittel des Autors.")
        elif place == QUESTION_OPENING_ID:
            rule_id, weight, explanation = QUESTION_OPENING_ID, QUESTION_OPENING_WEIGHT, (
                "Eine Frage am Anfang eines Absatzes leitet oft nur zur Antwort über; wertend "
                "ist sie, wenn sie eine Deutung nahelegt, die der Text nicht belegt.")
        return [RuleHit(
            id=rule_id, category="rhetorical", start=start, end=sentence.end, weight=weight,
            explanation=explanation,
            suggestion="Als Aussage formulieren und belegen oder die Frage einer Quelle zuschreiben.",
        )]
    if _SIGN_OFF.match(text, sentence.start, sentence.end):
        return []  # "Wir bleiben dran!": the newsroom's promise to report on, no emotion
    mark_at = toks.index(last)
    glued = toks[mark_at - 1].text if mark_at > 0 and toks[mark_at - 1].end == last.start else ""
    if sum(c.isdigit() for c in glued) >= 2 and sum(c.isalpha() for c in glued) >= 3:
        return []  # "landet bei Sommer2024! und Herbst2024!": the mark belongs to a password
        # or a product name, no exclamation ("Muh-Alarm auf der A7!" stays one)
    return [RuleHit(
        id="rule.exclamation", category="rhetorical", start=start, end=sentence.end,
        weight=EXCLAMATION_WEIGHT,
        explanation="Ein Ausruf in Autorenstimme drückt Emotion aus, nicht Information.",
        suggestion="Mit Punkt als sachliche Aussage formulieren.",
    )]


# a newsroom's sign-off after a story that goes on: "Wir bleiben dran!", "BILD bleibt am Ball!"
_SIGN_OFF = re.compile(r"\s*(?:Wir|[A-ZÄÖÜ]+)\s+bleib(?:en|t)\s+(?:für\s+(?:Sie|euch)\s+)?"
                       r"(?:dran|am\s+Ball)\s*!\s*$")
_AFTER_A_SENTENCE = "".join(sorted(CLOSERS)) + " \t"  # closing marks and spaces
_ECHO_MAX_WORDS = 4
_ECHO_REACH = 400  # characters before the question in which the quoted word must stand


def echo_question(text: str, sentence: Sentence, quotes: Sequence[QuoteSpan]) -> bool:
    """"Dankbar?", "Alternativlos?", "Nicht akut genug?" right after someone's quote holding
    those words („sehr dankbar“, „alternativlos“, „nicht akut genug“) in the same or the previous
    paragraph: the question repeats the quoted words (up to four) to doubt them (the words
    themselves stay the quoted speaker's)."""
    if not sentence.tokens or not sentence.tokens[-1].text.endswith("?"):
        return False
    words = [t.lower for t in sentence.tokens if t.is_word]
    if not words or len(words) > _ECHO_MAX_WORDS or not all(len(w) > 3 for w in words):
        return False
    # the quotations (as the document paired them) of the question's paragraph, and of the
    # previous one when the question opens its paragraph
    start = text.rfind("\n", 0, sentence.start) + 1
    if not text[start:sentence.start].strip():
        end = len(text[:start].rstrip())
        start = text.rfind("\n", 0, end) + 1 if end else start
    start = max(start, sentence.start - _ECHO_REACH)
    found = {w for q in quotes if start <= q.start and q.end <= sentence.start
             for w in re.findall(r"\w+", text[q.inner_start:q.inner_end].lower())}
    return all(w in found for w in words)


class _Span(Protocol):
    start: int
    end: int


def question_id(text: str, span: _Span) -> str:
    """The rhetorical question's id by its place in the paragraph: closing it
    (``QUESTION_CLOSING_ID``), opening a paragraph that goes on (``QUESTION_OPENING_ID``), or
    the plain id inside a paragraph or standing alone. Also used to give earlier engines'
    findings today's id (research/blind_rows.py)."""
    closes, opens = _closes_paragraph(text, span), _opens_paragraph(text, span)
    if closes != opens:
        return QUESTION_CLOSING_ID if closes else QUESTION_OPENING_ID
    return "rule.rhetorical_question"


def _closes_paragraph(text: str, sentence: _Span) -> bool:
    """Nothing follows the sentence in its paragraph (closing quote marks aside)."""
    rest = text[sentence.end:].lstrip(_AFTER_A_SENTENCE)
    return not rest.strip() or rest.startswith(("\n", "\r"))


def _opens_paragraph(text: str, sentence: _Span) -> bool:
    """The sentence opens its paragraph (the text's first line or after a line break)."""
    before = text[:sentence.start].rstrip(" \t")
    return not before or before.endswith(("\n", "\r"))


# a place line and its dash: "Köln –", "Halle an der Saale (dpa) –" (see the two uses below)
_PLACE_LINE = (r"[A-ZÄÖÜ][\w.-]*(?:\s+(?:am|an|der|im|ob|bei|in|\(\w+\)|[A-ZÄÖÜ][\w.-]*)){0,3}"
               r"\s+[–—]")
# a dateline opening the sentence ("Köln – ", "Halle (dpa) – "): the place, not the question
_LEADING_DATELINE = re.compile(_PLACE_LINE + r"\s+(?=\S)")


def _after_dateline(text: str, sentence: Sentence) -> int:
    """Where the question or exclamation starts: after a leading dateline, if any."""
    m = _LEADING_DATELINE.match(text, sentence.start, sentence.end)
    return m.end() if m else sentence.start


def _asked_by_someone(tokens: Sequence[Token]) -> bool:
    """"Wer ist ein Experte?, fragt er, und was heißt …?": a verb of asking right after a
    question mark inside the sentence – the questions are the speaker's (their quote marks may
    be lost), not the author's."""
    return any(a.text == "?" and b.text == "," and c.lemma == "fragen" and c.lower != "fragen"
               for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))


def _list_item(tokens: Sequence[Token]) -> bool:
    """"Die Themen: 1) … 2) Was ist konservativ?": the question is an item of a numbered list
    (a programme, an agenda), right after its number."""
    for k in range(len(tokens) - 2, 0, -1):
        t = tokens[k]
        if t.text in {".", ":", ";", "!", "?"}:
            return False
        num = tokens[k - 1].text
        if t.text == ")" and num.isdigit() and len(num) <= 2 and (
                k == 1 or tokens[k - 2].text in {"(", ":", ";", "."}):
            return True  # (not a citation before the mark: "(Alley, 2000)?")
    return False


_INTERROGATIVES = frozenset({
    "wer", "wen", "wem", "wessen", "was", "wann", "wo", "wie", "warum", "weshalb", "wieso",
    "weswegen", "wohin", "woher", "womit", "wofür", "worüber", "worauf", "woran", "wovon",
    "wozu", "welche", "welcher", "welches", "welchen", "welchem", "inwiefern", "inwieweit", "ob",
})
_LEADING_JOINERS = frozenset({"und", "aber", "oder", "doch", "denn", "also", "nur", "bloß"})


def _stray_question_mark(tokens: Sequence[Token]) -> bool:
    """A declarative main clause followed by an embedded question ("Oft wird darüber
    gestritten, wann die Frist beginnt?"): the mark belongs to the indirect question, the
    sentence asks the reader nothing. Not when the sentence itself opens as a question (a
    w-word, or a finite verb first: "Weiß jemand, wann …?") or is a statement used as a
    question without an embedded one ("Das soll eine Reform sein?")."""
    words = [t for t in tokens if t.is_word]
    while words and words[0].lower in _LEADING_JOINERS:
        words = words[1:]
    if len(words) < 4:
        return False
    first = words[0]
    verb_lemma = lemma_of(first.lower)  # lower case: "Weiß" is the colour, "weiß" the verb
    if first.lower in _INTERROGATIVES or (verb_lemma != first.lower and verb_lemma.endswith("n")):
        return False  # a w-question, or verb first (a yes/no question; lemma "sein", "werden")
    for k in range(1, len(tokens) - 2):
        if tokens[k].text == "," and tokens[k + 1].lower in _INTERROGATIVES:
            head = tokens[:k]
            if any(t.lower in _INTERROGATIVES for t in head):
                return False  # a w-word before the comma: the main clause asks
            return sum(1 for t in head if t.is_word) >= 3
    return False


# Formal and familiar address: a question put to an interviewee or a reader's question in a
# Q&A, not the author's rhetorical device.
_ADDRESS_CASED = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren", "Ihres"})
_ADDRESS_LOWER = frozenset({"du", "dir", "dich", "euch", "dein", "deine", "deinen", "deinem",
                            "deiner", "euer", "eure"})


def _addresses_someone(tokens: Sequence[Token]) -> bool:
    for k, t in enumerate(tokens):
        if t.lower in _ADDRESS_LOWER:
            return True
        if k > 0 and t.text in _ADDRESS_CASED and tokens[k - 1].text not in {":", "„", "\"", "»",
                                                                                "(", "–"}:
            return True
    return False


_QUESTION_LABELS = frozenset({"frage", "leserfrage", "f", "publikumsfrage", "zuschauerfrage",
                              # a question stated as the goal or topic ("Ziel: Wie lässt sich …?")
                              "ziel", "thema", "leitfrage", "kernfrage", "streitfrage",
                              "forschungsfrage", "quizfrage"})


def _labelled(tokens: Sequence[Token]) -> bool:
    """"Korinna Hennig: Was ist denn anders?" / "FAQ: Wie …?" — a speaker or heading label."""
    for k, t in enumerate(tokens[:5]):
        if t.text == ":":
            label = tokens[:k]
            if not label or not all(x.is_upper_initial for x in label):
                return False
            # a name ("Korinna Hennig"), an acronym ("FAQ") or a question label; not "Fazit:"
            return len(label) >= 2 or label[0].text.isupper() or label[0].lower in _QUESTION_LABELS
        if not t.is_word:
            return False
    return False


# An explainer question is a signpost the text answers, not a device that suggests an answer:
# "Was war der Auslöser? Hier einige Antworten." / "Wie teuer wird das? DER STANDARD hat bei
# den Instituten nachgefragt." / "Rechnet sich das? Nein, sagt der Ökonom." (a named source).
_ANSWER_LEAD = re.compile(r"\b(?:Antwort(?:en)?|Überblick|nachgefragt|beantwortet|beantworten|"
                          r"Gründe|Erklärungen|Ursachen)\b")
# "Die Antwort bleibt der Landrat schuldig", "Eine Antwort gibt es nicht": the question stays
# open, so the text does not answer it (the author's point)
_NEGATIONS = "nie|niemals|nicht|kein|keine|keiner|niemand"
_NO_ANSWER = re.compile(rf"\b(?:schuldig|offen|unbeantwortet|{_NEGATIONS})\b")
# The first statement after the question takes it up: "Darüber berät der Gemeinderat am
# Dienstag.", "Dazu gibt es noch keinen Termin." – the text turns to what it reports.
_TAKES_UP = re.compile(r"^(?:Darüber|Dazu|Hierzu|Hierüber|Dafür|Davon)\b"
                       # "Kehrt die Bücherei zurück? Das hängt davon ab, ob …": it depends on
                       r"|^(?:Das|Dies|Es)\s+hängt\b[^.!?]{0,60}?\b(?:davon|von|vom)\b")
# … or lays out what was known so far, as an explainer does ("Bisher ging man davon aus, dass …")
_KNOWN_SO_FAR = re.compile(r"^(?:Bisher|Bislang|Lange(?:\s+Zeit)?)\s+(?:ging|gingen|nahm|nahmen|galt|"
                           r"glaubte|glaubten|dachte|dachten|war)\b")
# The next statement addresses the asker: an interview whose questions carry no label ("Das
# kommt darauf an, was Sie erwarten."), not the author's device. (Not "ich": a columnist's
# "Ich jedenfalls nicht." answers their own rhetorical question.)
_ANSWERING_VOICE = re.compile(r"\bIhnen\b|(?<=[^.!?:„\"»\s])\s+Sie\b")
_FIRST_ANSWER = re.compile(r"^(?:Diese|Die)\s+(?:[a-zäöü]\w*e\s+)?Frage\b")
# "Was sollten die Bauern tun? Eine Zeitung brachte eine Beilage, in der diese Frage behandelt
# wurde.": the next statement reports where the question was treated (not "diese Frage hat
# niemand beantwortet": the author's point that it stays open)
_QUESTION_TREATED = re.compile(
    r"\b(?:diese|dieser|jene|jener)\s+(?:[a-zäöü]\w*en?\s+)?Frage\s+nach\b"  # "ging … dieser Frage nach"
    r"|\b(?:diese|dieser|jene|jener)\s+(?:[a-zäöü]\w*en?\s+)?Frage\b[^.!?]{0,80}?\b(?:behandelt|"
    r"beantwortet|diskutiert|untersucht|erörtert|nachgegangen|nachgehen|gestellt|beschäftigt|"
    r"beschäftigte|beschäftigen|widmet|widmete)\b")
_FAQ_BEFORE = re.compile(r"\b(?:Hier (?:sind )?(?:einige |die wichtigsten |ein paar )?"
                         r"(?:Antworten|Fragen)|Fragen und Antworten|[Dd]ie wichtigsten Fragen)\b")
_SOURCE_ANSWER = re.compile(r",\s+(?:sagt|sagte|sagen|sagten|erklärt|erklärte|meint|meinte|"
                            r"antwortet|antwortete|entgegnet|entgegnete|kontert|konterte|"
                            r"winkt|winkte|wehrt|wehrte|so)\s+(?:der|die|das|ein|eine|\w*-?[A-ZÄÖÜ])")
# "Wer soll das bezahlen? Der Mathematiker X, der das Projekt unterstützt, antwortet: …": the
# first statement names someone answering (not "antwortet nicht": the question stays open)
_REPLY_NAMED = re.compile(r"\b(?:antwortet|antwortete|antworten|antworteten|entgegnet|entgegnete|"
                          r"entgegnen|entgegneten|bejaht|bejahte|bejahen|bejahten|verneint|"
                          r"verneinte|verneinen|verneinten)\b")
# "Wo soll es stehen? Stumpf: Das muss man sich anschauen.": an interview's answer under the
# speaker's name
_NAME_LABEL = re.compile(r"^[„“\"»]?[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w-]+)?:\s")
# "Ist die Serie also ein Meisterwerk? Wohl nicht ganz.": the author answers at once, in a word
# (only after a yes/no question: "Wer soll das glauben? Nein. Niemand." drives the point home)
_W_QUESTION = re.compile(r"^[„“\"»]?(?:(?:und|aber|doch|also|nur)\s+)?(?:wer|wen|wem|wessen|was|wie|"
                         r"wo|wann|warum|wieso|weshalb|weswegen|wozu|woher|wohin|welche[rsnm]?)\b",
                         re.IGNORECASE)
_SHORT_ANSWER = re.compile(r"^[„“\"»]?(?:Ja|Nein|Jein|Nicht ganz|Nicht unbedingt|Nicht wirklich|"
                           r"Wohl nicht(?: ganz)?|Eher nicht|Noch nicht|Teils, teils)\s*[.,!:–—-]")
# "Und was sagt der Versorger? Eine Sprecherin verweist auf …": the first statement opens with
# a spokesperson who speaks; the question only hands over to the party's answer
_SPEAKER_ANSWER = re.compile(r"^(?:\S+\s+){0,3}?[\w-]*(?:[Ss]precher|[Ss]precherin|[Ss]prechers)"
                             r"\b[^.!?]{0,60}?\b(?:sagt|sagte|erklärt|erklärte|verweist|verwies|"
                             r"betont|betonte|räumt|räumte|weist|wies|teilt|teilte|antwortet|"
                             r"antwortete|entgegnet|entgegnete|kontert|konterte|meint|meinte|"
                             r"begründet|begründete|spricht|sprach)\b")
# … when the question itself hands over: it opens with "Und" or asks what someone says ("Wer
# soll das noch glauben? Ein Sprecher sprach von Einzelfällen." stays the author's question)
_HANDOVER = re.compile(r"^(?:Und|Was sagt|Was sagen|Was meint|Was meinen)\b|\b(?:sagt|sagen|meint|"
                       r"meinen|antwortet|antworten)\s+(?:der|die|das|dazu)\b")
# "Wie gefährlich ist das Virus? Forscher haben das untersucht.": a study answers it (not "nie
# untersucht": a statement that nobody looked is the author's point)
_STUDY_ANSWER = re.compile(r"\b(?:untersucht|untersuchten|erforscht|analysiert|ausgewertet|"
                           r"herausgefunden|ermittelt|beziffert|bezifferte|veranschlagt|"
                           r"veranschlagte|kalkuliert|kalkulierte|prognostiziert|prognostizierte|"
                           r"rechnet\s+(?:\S+\s+){0,6}?mit|rechnete\s+(?:\S+\s+){0,6}?mit)\b")
_NOT = re.compile(rf"\b(?:{_NEGATIONS})\b")
# "Was soll da noch untersucht werden? Nach Informationen des STANDARD …": the newsroom answers
# from its own research at once
_RESEARCH_ANSWER = re.compile(r"^[„“\"»]?(?:Nach|Laut)\s+(?:\S+\s+){0,2}?[\w-]*(?:Informationen|"
                              r"Infos|Recherchen)\b")
# "Ob sie ans Aufhören denkt? Sie überlegt lange. „Jeder denkt mal dran“, sagt sie.": a bare
# "Ob …?" with no main clause is the reporter's question put to someone, answered in their quote
# (also after a colon: "…, dann bricht der Professor durch: Ob es Zufall war, dass …?")
_OB_QUESTION = re.compile(r"(?:^|:\s+)[„“\"»]?(?:(?:Und|Aber|Doch|Nur)\s+)?[Oo]b\s")
# a smile or laugh that answers (also before a quoted reply, ``_REACTION``)
_SMILE_VERBS = r"grinst|grinste|lacht|lachte|lächelt|lächelte"
_REPLY_VERBS = (r"(?:sagt|sagte|meint|meinte|antwortet|antwortete|erzählt|erzählte|erklärt|"
                rf"erklärte|sagen|sagten|{_SMILE_VERBS}|winkt|winkte)")
# the reply quoted (its quote marks may be lost: ", grinst Van der Bellen" names the speaker)
_QUOTED_REPLY = re.compile(rf"^[„“\"»]|[“”\"«»],\s+{_REPLY_VERBS}\b"
                           rf"|,\s+{_REPLY_VERBS}\s+(?:er|sie|[A-ZÄÖÜ][\w-]+)\b")
# "Bereut er etwas? Brömmel überlegt lange. „Die Strandbar“, sagt er dann.": a yes/no question
# about him or her (the verb first, then "er"/"sie") is the reporter's question put to the
# person, when he or she answers in a quote within the next two statements (not someone else:
# "Hat er kein Gewissen? „Nein“, sagt die Nachbarin." stays the author's jab)
_PERSON_QUESTION = re.compile(r"^[„“\"»]?(?:(?:Und|Aber|Doch)\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+(er|sie)\b"
                              r"[^?]*\?[“”\"«»]?$")


# a short follow-up question opening with "Und" ("Und mit 85?", "Und danach?") answered at once
# by a bare quote: the reporter asked, the person in the story answers
_SHORT_HANDOVER = re.compile(r"^Und\s+(?:\S+\s+){0,3}?\S+\?$")


# "Aus beruflichen Gründen? Raschke lacht. „Nee. …“": the person reacts, then answers in a
# quote – the reporter's question put to him or her in a Reportage (not "lächelt nur
# vielsagend": the answer withheld keeps the tabloid's question)
_REACTION = re.compile(rf"^(?:[A-ZÄÖÜ][\w-]+|Er|Sie)\s+(?:{_SMILE_VERBS}|"
                       r"schmunzelt|schmunzelte|zögert|zögerte|überlegt|überlegte|nickt|nickte|"
                       r"winkt\s+ab|winkte\s+ab|schüttelt\s+den\s+Kopf|schüttelte\s+den\s+Kopf|"
                       r"zuckt\s+mit\s+den\s+Schultern|zuckte\s+mit\s+den\s+Schultern)"
                       r"(?:\s+\w+){0,2}[.:]$")


def _asked_person_replies(question: str, nxt: str) -> bool:
    m = _PERSON_QUESTION.match(question)
    if m is None or _W_QUESTION.match(question):
        return False
    pron = m.group(1)
    return re.search(rf"[“”\"«»],\s+{_REPLY_VERBS}\s+{pron}\b|\b{pron}\b[^.!?„\"»]{{0,60}}:\s*[„\"»]",
                     nxt) is not None


# The author answers at once (a narrative transition, not a suggestion left to the reader):
# "Warum wollte sie gerade ihn? Weil …" / "… ? Der Grund: …"; after a why-question also a reason
# named outright ("Es ist seine Ruhe."); "Und jetzt? Jetzt wird …" echoes the question's adverb.
# ("Und die Politik? Die hatte … versprochen." is no echo: the author's jab stays a finding.)
_BECAUSE = re.compile(r"^[„“\"»]?(?:Weil|Der Grund|Grund dafür|Grund:)\b")
_WHY = re.compile(r"^[„“\"»]?(?:(?:und|aber|doch|also|nur)\s+)?(?:warum|wieso|weshalb|weswegen)\b",
                  re.IGNORECASE)
_REASON_NAMED = re.compile(r"^[„“\"»]?Es (?:ist|war|sind|waren) (?:sein|seine|ihr|ihre|die|der|das)\b")
_ECHO_ADVERB = re.compile(r"\b(jetzt|heute|nun|dann|danach|später|morgen|damals|inzwischen|"
                          r"künftig)\s*\?[“”\"»«]?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# An agency dateline opening the body: "Blacksburg – ", "Halle an der Saale (dpa) – ". A
# question before the first dateline, within the first few hundred characters, is the headline
# or the lead; the article below takes it up.
_DATELINE = re.compile(r"(?:(?<=[.!?])\s+|\n\s*|^)(?!(?:Die|Der|Das|Den|Dem|Ein|Eine|Es|Er|Sie|Wir|"
                       r"Ich|Man|Und|Aber|Doch|So|Dann|Nun|Auch)\b)" + _PLACE_LINE + r"\s")
_HEADLINE_REACH = 400
_STATEMENT_END = re.compile(r"[.!]\s")  # text before a headline question holds no statement


def _name_label(nxt: str, before: str) -> bool:
    """The statement opens with a speaker's name and a colon, a name the text used before in the
    middle of a sentence ("…, sagt Stumpf. … ? Stumpf: …"); not "Natürlich: …", "Klar: …"."""
    m = _NAME_LABEL.match(nxt)
    if m is None:
        return False
    name = nxt[:m.end()].lstrip("„“\"»").split(":")[0].split()[-1]
    return re.search(rf"[\w,] {re.escape(name)}\b", before) is not None


def _answered(text: str, sentence: Sentence) -> bool:
    """The next statement after the question (and any questions that follow it) answers it:
    an answer or overview is announced, the newsroom says it asked, or a source is quoted;
    or the article announced its questions and answers before."""
    if _FAQ_BEFORE.search(text, max(0, sentence.start - 3000), sentence.start):
        return True
    if not text[:sentence.start].strip() and "\n" in text[sentence.end:sentence.end + 3] \
            and _SENTENCE_END.search(text, sentence.end + 3):
        return True  # a headline question the article below takes up: a teaser
    if sentence.start < _HEADLINE_REACH and not _STATEMENT_END.search(text, 0, sentence.start) \
            and _DATELINE.search(text, sentence.end, sentence.end + _HEADLINE_REACH):
        return True  # … also when the headline (its questions only) runs on into the dateline
    rest = text[sentence.end:sentence.end + 1500].strip()
    following = _SENTENCE_END.split(rest, maxsplit=6)
    question = text[sentence.start:sentence.end].strip()
    statements = 0
    for k, nxt in enumerate(following[:6]):
        if _ANSWER_LEAD.search(nxt) and not (statements == 0 and _NO_ANSWER.search(nxt)):
            return True
        if nxt.rstrip(" “”\"»«").endswith("?"):
            continue  # a run of questions: the answer follows the last one
        if statements == 0 and _enumerates(nxt, rest):
            return True  # "Was wäre zu tun? Erstens … Zweitens …": the author's own answer
        if k == 0 and _picks_up(question, nxt):
            return True  # "Und die Tür? Die gibt es hier nicht.": the author answers at once
        if k == 0 and _topic_question(question, text[:sentence.start]) \
                and not _JAB_ANSWER.search(_lower_first(nxt)) and not _STAYS_OPEN.search(nxt):
            return True  # "Und die TV-Karriere? Auch da wird es eng!": a turn to the next topic
        if statements == 0 and _embedded_question(question) and not _STAYS_OPEN.search(nxt):
            return True  # "Was er vermissen wird? Er muss nicht lange überlegen.": a teaser
        if statements == 0 and (_SOURCE_ANSWER.search(nxt) or _FIRST_ANSWER.search(nxt)
                                or (_SPEAKER_ANSWER.search(nxt) and _HANDOVER.search(
                                    text[sentence.start:sentence.end].strip()))):
            return True  # the first statement after the question(s) quotes a source
        if statements == 0 and (_name_label(nxt, text[:sentence.start])
                                or (_SHORT_ANSWER.search(nxt) and not _W_QUESTION.search(question))
                                or (_REPLY_NAMED.search(nxt) and not _NOT.search(nxt))):
            return True  # … an interview answer, a one-word answer, someone named answering
        if statements == 0 and _QUESTION_TREATED.search(nxt) and not _NOT.search(nxt):
            return True  # … reports where the question was treated
        if statements == 0 and (_TAKES_UP.search(nxt) or _ANSWERING_VOICE.search(nxt)
                                or _KNOWN_SO_FAR.search(nxt)):
            return True  # … takes the question up, or someone asked answers it
        if statements == 0 and _STUDY_ANSWER.search(nxt) and not _NOT.search(nxt):
            return True  # … or reports that someone studied it
        if statements == 0 and _RESEARCH_ANSWER.search(nxt):
            return True  # … or answers from the newsroom's research ("Nach Informationen …")
        if _OB_QUESTION.search(question) and _QUOTED_REPLY.search(nxt):
            return True  # "Ob sie ans Aufhören denkt? … „Jeder denkt mal dran“, sagt sie."
        if statements == 0 and _QUOTED_REPLY.match(nxt) and _QUOTED_REPLY.search(nxt, 1):
            return True  # "Singen im Chor? „Eher nicht mein Ding“, sagte er.": a quoted reply
        if statements == 0 and _answers_at_once(text[sentence.start:sentence.end].strip(), nxt):
            return True  # … or the author answers at once ("Weil …", "Und jetzt? Jetzt …")
        if _asked_person_replies(question, nxt):
            return True  # "Bereut er etwas? … „Die Strandbar“, sagt er dann."
        if statements == 0 and _REACTION.match(nxt) and " nur" not in nxt \
                and k + 1 < len(following) and following[k + 1].startswith(("„", "»", '"')):
            return True  # "Aus beruflichen Gründen? Raschke lacht. „Nee. …“": asked, answered
        if statements == 0 and k == 0 and _SHORT_HANDOVER.match(question) \
                and nxt.startswith(("„", "»")):
            return True  # "Und mit 85? „Da lauf ich noch mal die ganze Strecke.“": her answer
        statements += 1
        if statements == 2:
            break
    return False


# The answer laid out as a list: "Was wäre also zu tun? Erstens … Zweitens …", "… ? Zum einen
# …, zum anderen …" – the author answers the question point by point (only when the second
# point follows, so a lone "Erstens" in a jab does not count).
_FIRST_POINT = re.compile(r"^[„“\"»]?(?:Erstens|Zum einen|Zum Ersten|Als Erstes|Zuallererst)\b")
_NEXT_POINT = re.compile(r"\b(?:[Zz]weitens|[Zz]um anderen|[Zz]um Zweiten|[Aa]ls Zweites)\b")


def _enumerates(nxt: str, rest: str) -> bool:
    """The statement after the question opens a list of points that goes on ("Erstens …
    Zweitens …"): the author answers the question, it suggests nothing."""
    first = _FIRST_POINT.search(nxt)
    if first is None:
        return False
    return _NEXT_POINT.search(rest, max(0, rest.find(nxt)) + first.end()) is not None


# A question of a noun phrase only, a transition in a story: "Und die Tür?", "Und Jana?",
# "Aber die Kinder?" (an article or possessive, perhaps an adjective, then capitalized words)
_NOUN_QUESTION = re.compile(
    r"^[„“\"»]?(?:(?:Und|Aber|Doch)\s+(?:was\s+ist\s+mit\s+)?|Was\s+ist\s+mit\s+)?"
    r"(?:(?P<det>der|die|das|den|dem|sein|seine|ihr|ihre|unser|unsere)\s+)?"
    r"[„“\"»]?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})[“”\"«]?"
    # … and where it stands: "Und das alte Gerät vor der Schule?"
    r"(?(det)(?:\s+(?:vor|an|am|in|im|auf|hinter|neben|bei|beim|aus|von|vom|zum|zur|für|über|"
    r"unter)\s+(?:(?:der|die|das|den|dem|des)\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*)?|)"
    r"\s*\?[“”\"«]?$")
# The pronouns that take up the phrase at the start of the answer, by its article (a
# possessive or a bare name may be taken up by any of them)
_PICK_UP = {"der": ("Der", "Er"), "den": ("Der", "Er", "Die", "Sie"),
            "dem": ("Der", "Er", "Das", "Es"), "die": ("Die", "Sie"), "das": ("Das", "Es")}
_ANY_PICK_UP = ("Der", "Die", "Das", "Er", "Sie", "Es")
# ... unless the answer is the author's jab: a promise recalled ("Die hatte … versprochen"), a
# silence or evasion ("Der schweigt", "Die schaut weg"), a particle of reproach ("doch", "wieder
# einmal"), quote marks held up
_JAB_ANSWER = re.compile(
    r"\b(?:versprochen|versprach|versprachen|verspricht|versprechen|angekündigt|zugesagt|"
    r"beteuert|beteuerte|beteuerten|gelobt|gelobte|schweigt|schweigen|schwieg|schwiegen|"
    r"duckt|duckte|duckten|wiegelt|wiegelte|mauert|mauerte|mauern|doch|natürlich|lieber|"
    r"niemand|ohnehin|sowieso|"  # "Und die Tiere im Park? Die fragt ohnehin niemand."
    r"wieder\s+einmal|mal\s+wieder|wie\s+immer|wie\s+üblich|"
    r"(?:schaut|schaute|schauen|sieht|sah|sehen|blickt|blickte)\s+(?:\w+\s+)?weg|"
    r"(?:taucht|tauchte|tauchen)\s+ab|(?:hält|hielt|halten)\s+sich\s+bedeckt)\b"
    r"|[„“\"»«](?:\S+\s+){0,2}\S+[“”\"«»]")  # (a short quoted term, not a quoted reply)
# (An exclamation after the question is no jab: "Und die Braut? Einfach umwerfend!" – the
# tabloid's answer, judged on its own words; four of four such questions were judged wrong.)


# Words that open a noun-phrase question without naming a topic: an indefinite or negated
# phrase suggests a reading ("Ein Widerspruch?"), a preposition asks about one point among others
# ("Beim Nahverkehr?")
_NOT_A_TOPIC = frozenset({"ein", "eine", "einen", "einem", "einer", "kein", "keine", "keinen",
                          "keinem", "keiner", "beim", "im", "am", "vom", "zum", "zur", "ins", "ans"})
_PREVIOUS_QUESTION = re.compile(r"\?[“”\"«»]?\s*$")


def _lower_first(statement: str) -> str:
    """"Schweigt." as "schweigt.": an answer's first word is capitalized as the sentence start."""
    return statement[:1].lower() + statement[1:]


def _topic_question(question: str, before: str) -> bool:
    """"Und die TV-Karriere?", "Die Trauzeugen?": a question of a definite noun phrase or a name
    alone turns the story to its next topic, which the next sentence takes up; whatever judging
    there is lies in that answer, which gets its own findings. Not an indefinite phrase ("Ein
    Widerspruch?"), not one of a run of questions, not when the answer is a jab or says the
    question stays open ("Das wird sich zeigen."; the caller)."""
    m = _NOUN_QUESTION.match(question)
    if m is None or _PREVIOUS_QUESTION.search(before):
        return False
    words = question.lstrip("„“\"»").split()
    while words and words[0] in {"Und", "Aber", "Doch"}:
        words = words[1:]
    return bool(words) and words[0].lower() not in _NOT_A_TOPIC


# "Was er vermissen wird?", "Warum die Schaukel nicht repariert wird?", "Wie lange er das noch
# machen will?", "Wer dann im Tor steht?": a w-word with the verb at the end (a subject or object
# pronoun, an article or "dann" right after it, not the finite verb) is the reporter's question
# put before its answer – unless the next statement says it stays open
_EMBEDDED_QUESTION = re.compile(
    r"^[„“\"»]?(?:(?:Und|Aber|Doch)\s+)?(?:[Ww]er|[Ww]en|[Ww]em|[Ww]as|[Ww]arum|[Ww]ieso|[Ww]eshalb|"
    r"[Ww]ie(?:\s+(?:lange|viel|viele|oft|weit))?|[Ww]o|[Ww]ann|[Ww]ohin|[Ww]oher|[Ww]omit|[Ww]ofür|"
    r"[Ww]orüber|[Ww]orauf|[Ww]ozu)\s+"
    r"(?:er|sie|es|man|wir|ich|der|die|das|den|dem|sein|seine|ihr|ihre|sich|dieser|diese|"
    r"dieses|ihn|ihm|dann)\s+\S")
_STAYS_OPEN = re.compile(
    r"\b(?:keine|kaum\s+eine|wenig)\b[^.!?]{0,30}\bAntwort|\bunbeantwortet\b"
    r"|\b(?:bleibt|ist)\s+(?:\w+\s+)?(?:unklar|offen|ein\s+Rätsel)\b"
    r"|\b(?:weiß|wissen)\s+(?:\w+\s+)?(?:niemand|keiner|nicht)\b|\bniemand\s+(?:\w+\s+)?weiß\b"
    r"|\bwird\s+sich\s+(?:\w+\s+)?zeigen\b|\bsteht\s+in\s+den\s+Sternen\b")


def _embedded_question(question: str) -> bool:
    return _EMBEDDED_QUESTION.match(question) is not None


def _picks_up(question: str, nxt: str) -> bool:
    """"Und die Tür? Die gibt es in diesem Haus nicht." / "Und Jana? Die meldete sich am
    Sonntag.": a question of a noun phrase only, and the next sentence opens with a pronoun
    that takes it up (a verb or adverb after it, not a new noun: "Die Jury …") or with the noun
    itself – the author answers at once. Not when the answer is a jab ("Und die Verwaltung? Die
    hatte Hilfe versprochen.")."""
    m = _NOUN_QUESTION.match(question)
    if m is None or _JAB_ANSWER.search(nxt):
        return False
    det = (m.group("det") or "").lower()
    pronouns = _PICK_UP.get(det, _ANY_PICK_UP)
    first, _, tail = nxt.lstrip("„“\"»").partition(" ")
    if first in pronouns and tail[:1].islower():
        return True
    if _elliptic_answer(first, tail):
        return True  # "Und der Sender? Muss jetzt Schadensbegrenzung betreiben.": the subject
        # left out, the author answers at once
    noun = m.group("noun")
    return re.match(rf"(?:(?:der|die|das|den|dem)\s+)?{re.escape(noun)}\b", nxt.lstrip("„“\"»"),
                    re.IGNORECASE) is not None


# an answer that opens with the finite verb, its subject left out: an auxiliary or modal, or a
# verb followed by a word that only follows verbs ("Lachen sich …", "Machen weiter", "Tauchen ab")
_FINITE_OPENERS = frozenset({
    "muss", "müssen", "musste", "mussten", "kann", "können", "konnte", "konnten", "soll", "sollen",
    "sollte", "sollten", "will", "wollen", "wollte", "wollten", "darf", "dürfen", "durfte",
    "durften", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden",
    "wurde", "wurden", "bleibt", "bleiben", "blieb", "blieben", "gibt", "geben", "schweigt",
    "schweigen", "schwieg", "schwiegen", "sitzt", "sitzen", "saß", "saßen", "steht", "stehen"})
_AFTER_VERB = frozenset({"sich", "weiter", "ab", "auf", "aus", "zu", "nichts", "weg", "mit",
                         "davon", "dazu", "darüber", "derweil", "unterdessen", "indes"})


def _elliptic_answer(first: str, tail: str) -> bool:
    """The answer opens with the finite verb, its subject left out ("Muss jetzt …")."""
    if not first[:1].isupper() or not tail[:1].islower():
        return False
    word = first.lower().rstrip(".,;:!")
    if word in _FINITE_OPENERS:
        return True
    second = tail.split(" ", 1)[0].rstrip(".,;:!").lower()
    return word.endswith(("en", "t", "te", "ten")) and second in _AFTER_VERB


_NEXT_SENTENCE = re.compile(r"\s*([^\n]*?[.!?…](?=[\s“”\"»«]|$)[“”\"»«]?)")


def _reported_speech_goes_on(text: str, sentence: Sentence) -> bool:
    """The next sentence of the paragraph goes on in Konjunktiv I with no new verb of saying:
    the question belongs to the reported speech around it (villagers' free indirect speech),
    not to the author. "Wer soll das glauben? Der Minister sagt, er habe …" and "…? Die Stadt
    habe kein Geld, heißt es." attribute anew: the question stays the author's."""
    m = _NEXT_SENTENCE.match(text, sentence.end)
    if m is None or "?" in m.group(1) or "\n" in text[sentence.end:m.start(1)]:
        return False  # (a new paragraph: "…?\n\nBleibt das Argument, die Mehrheit wolle …")
    seg = segment(m.group(1))
    if not seg.sentences:
        return False
    toks = seg.sentences[0].tokens
    ki = indirect_speech_start(toks)
    if ki is None or trailing_attribution(toks) is not None:
        return False
    if any(t.lemma in _CLAIM_NOUNS for t in toks[:ki]):
        return False  # "Bleibt das Argument, …", "Der Vorwurf, …": attributed anew
    return not speech_cues().has_verb(toks)


# nouns that attribute the Konjunktiv I after them to someone's claim
_CLAIM_NOUNS = frozenset({"argument", "vorwurf", "behauptung", "einwand", "hinweis", "begründung",
                          "forderung", "kritik", "klage", "warnung", "versprechen", "zusage"})


# A verbless question naming what comes next hands over to the answer: "Der Grund? …",
# "Die Folge? …", "Die weiteren Szenarien? …" (a narrative transition the author answers at once)
_HANDOVER_NOUN = re.compile(
    r"^[„“\"»]?(?:(?:und|aber|doch|nur)\s+)?(?:der|die|das|dessen|deren)\s+(?:\w+\s+)?"
    r"(?:grund|gründe|folge|folgen|ergebnis|ergebnisse|antwort|haken|bilanz|szenario|szenarien|"
    r"konsequenz|konsequenzen|lösung|ursache|ursachen|fazit|motiv|motive|preis|plan|pläne|ziel|"
    r"ziele|alternative|alternativen|aussichten|perspektive|reaktion|reaktionen|erklärung)"
    r"\s*\?[“”\"»«]?\s*$", re.IGNORECASE)


# a question of a temporal adverb alone hands over to the sentence that follows
_BARE_ADVERB_QUESTION = re.compile(r"^[„“\"»]?(?:(?:und|aber|doch)\s+)?(?:jetzt|nun|danach|dann|"
                                   r"später|morgen|künftig|anschließend)\s*\?[“”\"»«]?\s*$",
                                   re.IGNORECASE)
_ONE_WORD_ANSWER = re.compile(r"^[„“\"»]?[\w-]+(?:\s+[\w-]+)?[.!]?[“”\"«]?$")


def _answers_at_once(question: str, nxt: str) -> bool:
    """The statement right after the question gives its answer: a reason ("Weil …"), the
    question's temporal adverb taken up ("Und jetzt? Jetzt wird …"), or what a verbless handover
    question names ("Der Grund? Angeblich …")."""
    if _BECAUSE.search(nxt) or (_WHY.search(question) and _REASON_NAMED.search(nxt)):
        return True
    if _HANDOVER_NOUN.search(question):
        return True
    if (_NOUN_QUESTION.match(question) or _NOUN_QUESTION.match(question[:1].lower() + question[1:])) \
            and _ONE_WORD_ANSWER.match(nxt) \
            and not _JAB_ANSWER.search(nxt[:1].lower() + nxt[1:].rstrip().rstrip("!")):
        # "Der seelische Schaden? Unbezahlbar.", "Und die Braut? Einfach umwerfend!": the
        # author's verdict follows at once (an exclamation there is a finding of its own)
        return True
    if _BARE_ADVERB_QUESTION.match(question) and not _JAB_ANSWER.search(nxt):
        return True  # "Und danach? Insider munkeln …": a handover (not "Und jetzt? … schaut weg")
    echo = _ECHO_ADVERB.search(question)
    return bool(echo) and re.match(rf"[„“\"»]?{echo.group(1)}\b", nxt, re.IGNORECASE) is not None


# The explainer's signposts: "Aber was ist dran an der Kritik?", "Was bedeutet das für Mieter?",
# "Was folgt daraus?", "Wie geht es weiter?" announce the topic the text goes on to treat; they
# suggest no answer. The
# questions that follow one in a run ("… dran an der Kritik? Sind die Flüchtlinge wirklich ein
# gutes Geschäft?") unfold it.
_SIGNPOST = re.compile(
    r"^[„“\"»]?(?:(?:und|aber|doch|nur|also|nun)\s+)?(?:"
    r"was\s+ist\s+(?:da\s+|denn\s+)?dran\b|was\s+steckt\s+(?:da\s+|denn\s+)?(?:dahinter|hinter)\b|"
    r"was\s+(?:bedeutet|heißt)\s+(?:das|dies)\s+(?:nun\s+|jetzt\s+|konkret\s+)?(?:für|im)\b|"
    r"was\s+(?:bedeutet|heißt)\s+(?:das|dies)(?:\s+(?:nun|jetzt|konkret|also))?\s*\?|"
    r"was\s+folgt\s+(?:nun\s+|jetzt\s+|also\s+)?(?:daraus|darauf)\b|"
    r"wie\s+geht\s+es\s+(?:nun\s+|jetzt\s+|damit\s+)?weiter\b|wie\s+funktioniert\b|"
    r"was\s+ändert\s+sich\b|worum\s+geht\s+es\b|wie\s+kam\s+es\s+(?:dazu|zu)\b|"
    r"wer\s+ist\s+(?:davon\s+)?betroffen\b|"
    r"was\s+(?:ist|wäre|bleibt)\s+(?:also\s+|nun\s+|jetzt\s+|da\s+|dann\s+|konkret\s+)?zu\s+tun\b|"
    r"was\s+tun\s*\?|"
    # an open race a report or live ticker is about: "Wer wird neuer Oberbürgermeister?"
    r"wer\s+(?:wird|werden)\s+(?:neuer|neue|neues|nächster|nächste|nächstes)\b|"
    r"wer\s+(?:gewinnt|holt|siegt)\b)", re.IGNORECASE)
_RUN_REACH = 4
# a dateline the sentence begins with: "Halbersfeld – Wer wird …?", "Berlin (dpa) – …"
_OPENING_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.\-]*(?:\s+[\w.\-]+){0,3}(?:\s+\([\w/ ]+\))?\s+[–—-]\s+")


# The teaser of an interview announces it ("Ein Gespräch über …", "Im Interview erklärt sie …"):
# its questions are the ones the interview goes on to answer (judged blind: every such teaser
# question flagged was wrong).
_INTERVIEW_ANNOUNCED = re.compile(r"\b(?:Ein|Im) (?:Gespräch|Interview)\b")


def _interview_teaser(text: str, sentence: Sentence) -> bool:
    """The question sits in a paragraph that goes on to announce an interview."""
    return bool(_INTERVIEW_ANNOUNCED.search(text, sentence.end,
                                            _paragraph_end(text, sentence.end)))


def _signposted(text: str, sentence: Sentence) -> bool:
    """The question is an explainer's signpost, or follows one in a run of questions."""
    own = _OPENING_DATELINE.sub("", text[sentence.start:sentence.end].strip(), count=1)
    if _SIGNPOST.search(own):
        return True
    pos = sentence.start
    for _ in range(_RUN_REACH):
        head = text[max(0, pos - 400):pos]
        prev = _PREVIOUS.search(head)
        if not prev or not prev.group(1).endswith("?"):
            return False
        if _SIGNPOST.search(prev.group(1).strip()):
            return True
        pos = pos - len(head) + prev.start(1)
    return False


# "Die Fragen sind immer die gleichen: Schreiben Sie mit der Hand? Oder am PC?": questions after a
# colon that announces questions are the questions of others, listed; so are the ones that follow.
# So are the sides of a debate laid out after a colon ("…, über dessen Jubel gestritten wird:
# echter Triumph oder verordnete Freude?"): the question is the debate's, not the author's; and
# what watchers wonder after "Die Blicke wandern zur Tür:".
_QUESTION_LIST = re.compile(r"\b(?:Fragen?|fragt|fragte|fragten|fragen|gefragt|wissen wollen|"
                            r"will wissen|wollen wissen|wollte wissen|wollten wissen|gestritten|"
                            r"streiten|streitet|stritten|debattiert|diskutiert|umstritten|"
                            # the watchers' own questions: "Die Blicke wandern zur Tür: Kommt
                            # da jemand heraus?"
                            r"Blicke)\b"
                            r"[^.!?:]*[:–—]\s*$")
_PREVIOUS = re.compile(r"(?:^|(?<=[.!?]))\s*([^.!?]*[.!?])\s*$")
# a sentence about others' guesses ("In den Netzwerken schießen die Theorien ins Kraut."): the
# run of bare noun-phrase questions after it lists their guesses ("Ein Lottomillionär? Oder gar
# ein Fernsehteam?"), it does not ask the author's own question
_GUESSING_VERBS = (r"rätselt|rätseln|rätselte|rätselten|gerätselt|spekuliert|spekulieren|"
                   r"spekulierte|spekulierten|getuschelt|tuscheln|tuschelt|gemunkelt|munkeln|"
                   r"munkelt")
_GUESSES = re.compile(r"\b(?:Theorien|Spekulationen|Gerüchte|Vermutungen|Mutmaßungen|"
                      r"Gerüchteküche|" + _GUESSING_VERBS + r")\b[^.!?]*\.\s*$")
_GUESS = re.compile(r"\s*(?:(?:Oder|Und|oder|gar|etwa|vielleicht|womöglich|doch)\s+)*"
                    r"(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s")
# … and the questions the guessers ask, in free indirect speech, after a sentence that ends in
# their guessing ("Seit Montag wird spekuliert, getuschelt. Wer fährt plötzlich ein neues Auto?
# Und warum brannte so lange Licht?"); not after a guess it reports ("Es wird spekuliert, der
# Bürgermeister trete zurück. Wer soll das glauben?" is the author's doubt)
_GUESSING_ENDS = re.compile(r"\b(?:" + _GUESSING_VERBS + r")\b[^.!?,:]*\.\s*$")
_GUESS_QUESTION = re.compile(r"\s*(?:(?:Oder|Und|oder|doch)\s+)*"
                             r"(?:[Ww]er|[Ww]as|[Ww]arum|[Ww]ieso|[Ww]eshalb|[Ww]o|[Ww]ann|"
                             r"[Ww]em|[Ww]en)\s")


def _listed(text: str, sentence: Sentence) -> bool:
    """The question, or the run of questions it continues, follows a colon that announces
    questions: "Die Fragen sind immer die gleichen: … ? Oder am PC?"; or a bare noun-phrase
    question in a run after a sentence about others' guesses (``_GUESSES``)."""
    own = text[sentence.start:sentence.end]
    # every colon: "Die zentrale Frage ist …: Was kann man – oder wahlweise: anrichten?"; or
    # dash: "Man kann über die Deutung streiten – ist der Jubel echt oder erzwungen?"
    if any(_QUESTION_LIST.search(own[:k + 1]) for k, ch in enumerate(own) if ch in ":–—"):
        return True
    pos = sentence.start
    for _ in range(8):  # walk back over the run of questions
        head = text[max(0, pos - 400):pos]
        colon = head.rfind(":")
        if _QUESTION_LIST.search(head) or (
                colon >= 0 and "?" not in head[colon:] and "." not in head[colon:]
                and _QUESTION_LIST.search(head[:colon + 1])):
            return True
        prev = _PREVIOUS.search(head)
        if prev and ((_GUESSES.search(prev.group(1)) and _GUESS.match(own))
                     or (_GUESSING_ENDS.search(prev.group(1)) and _GUESS_QUESTION.match(own))):
            return True  # "Die Theorien schießen ins Kraut. Ein Lottomillionär? Oder gar …?",
            # "Im Dorf wird getuschelt. Wer fährt plötzlich ein neues Auto?"
        if not prev or not prev.group(1).endswith("?"):
            return False
        inner = prev.group(1)
        colon = inner.rfind(":")
        if colon >= 0 and _QUESTION_LIST.search(inner[:colon + 1]):
            return True
        pos = pos - len(head) + prev.start(1)
    return False
