"""Each kind of evaluative wording in issue 8's table: a true finding and a neutral counterpart.

The sentences are written for these tests. A loaded sentence must carry an author-voice finding
of the expected category on the loaded word; its neutral twin must have none on the word that
replaces it (with the shipped engine), and no finding at all from the lexicon and rules.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from analyzer import analyze
from analyzer.results import DocumentResult

HAS_WORD_MODEL_SWITCH = "word_model" in inspect.signature(analyze).parameters


def run(text: str, **kwargs: Any) -> DocumentResult:
    return analyze(text, classifier=None, min_weight=0, **kwargs)


def lexicon_only(text: str) -> DocumentResult:
    """Lexicon and rules alone (the word model, where present, switched off)."""
    return run(text, word_model=False) if HAS_WORD_MODEL_SWITCH else run(text)


def on_word(result: DocumentResult, text: str, word: str) -> list[str]:
    """Categories of author-voice findings overlapping ``word``."""
    start = text.index(word)
    end = start + len(word)
    return [f.category for f in result.findings
            if f.voice == "author" and f.start < end and start < f.end]


# kind, loaded sentence, loaded word, expected categories, neutral sentence, neutral word
CASES = [
    ("scare_quote", "Diese „Sanierung“ der Schule kostet zwei Millionen Euro.", "„Sanierung“",
     {"scare_quote"}, "Die Sanierung der Schule kostet zwei Millionen Euro.", "Sanierung"),
    ("rhetorical", "Warum baut die Stadt keine Radwege?", "Warum baut die Stadt keine Radwege?",
     {"rhetorical"}, "Die Stadt baut keine Radwege.", "Die Stadt baut keine Radwege."),
    ("stance", "Bedauerlicherweise schließt das Hallenbad im Mai.", "Bedauerlicherweise",
     {"stance"}, "Das Hallenbad schließt im Mai.", "Das Hallenbad"),
    ("speculation", "Die Firma hat die Zahlen vermutlich korrigiert.", "vermutlich",
     {"speculation"}, "Die Firma hat die Zahlen im März korrigiert.", "im März"),
    ("framing_verb", "Die Landrätin keilte gegen die Bahn aus.", "keilte",
     {"speech_verb"}, "Die Landrätin kritisierte die Bahn.", "kritisierte"),
    ("framing_verb", "Der Senator schiebt die Schuld den Bezirken zu.", "schiebt die Schuld",
     {"loaded_language"}, "Der Senator sieht die Bezirke in der Pflicht.", "sieht"),
    ("framing_verb", "Die Koalition feiert sich für die neue Kita.", "feiert sich",
     {"loaded_language"}, "Die Koalition verweist auf die neue Kita.", "verweist"),
    ("labeling_noun", "Die Betonköpfe im Vorstand lehnen den Plan ab.", "Betonköpfe",
     {"labeling"}, "Die Mitglieder im Vorstand lehnen den Plan ab.", "Mitglieder"),
    ("labeling_noun", "Die Krawallmacher zogen durch die Innenstadt.", "Krawallmacher",
     {"labeling"}, "Die Demonstrierenden zogen durch die Innenstadt.", "Demonstrierenden"),
    ("evaluative_adjective", "Der Umbau des Bahnhofs ist halbherzig.", "halbherzig",
     {"loaded_language"}, "Der Umbau des Bahnhofs ist kleiner als geplant.", "kleiner"),
    ("evaluative_adjective", "Die Antwort der Behörde war nebulös.", "nebulös",
     {"loaded_language"}, "Die Antwort der Behörde war kurz.", "kurz"),
    ("evaluative_adjective", "Ein dubioser Händler bot die Tickets an.", "dubioser",
     {"doubt"}, "Ein örtlicher Händler bot die Tickets an.", "örtlicher"),
    ("idiom", "Die Gemeinde schiebt den Radweg auf die lange Bank.", "auf die lange Bank",
     {"loaded_language"}, "Die Gemeinde verschiebt den Radweg.", "verschiebt"),
    ("idiom", "Der Trainer hinterlässt einen Scherbenhaufen.", "Scherbenhaufen",
     {"loaded_language"}, "Der Trainer hinterlässt eine junge Mannschaft.", "junge Mannschaft"),
    ("idiom", "Der Bürgermeister redet um den heißen Brei herum.", "um den heißen Brei",
     {"loaded_language"}, "Der Bürgermeister äußert sich nicht zu der Frage.", "nicht"),
    ("compound", "Der Heizungshammer belastet viele Mieter.", "Heizungshammer",
     {"loaded_language"}, "Das Heizungsgesetz belastet viele Mieter.", "Heizungsgesetz"),
    ("colloquial", "Die neue Software ist Murks.", "Murks",
     {"loaded_language"}, "Die neue Software ist fehlerhaft.", "fehlerhaft"),
    ("colloquial", "Um das Jubiläum wurde viel Tamtam gemacht.", "Tamtam",
     {"loaded_language"}, "Um das Jubiläum wurde viel Werbung gemacht.", "Werbung"),
    ("sarcasm", "Na toll, die Baustelle bleibt bis Weihnachten.", "Na toll",
     {"stance"}, "Die Baustelle bleibt bis Weihnachten.", "Die Baustelle"),
    # tabloid and regional-daily wording (lexicons/tabloid.jsonl)
    ("tabloid", "In der Koalition kracht es wieder.", "kracht es",
     {"loaded_language"}, "In der Koalition gibt es wieder Streit über den Haushalt.", "Streit"),
    ("tabloid", "Die Ministerin knickt vor der Lobby ein.", "knickt",
     {"loaded_language"}, "Die Ministerin gibt der Lobby nach.", "gibt"),
    ("tabloid", "Die Stadt verhängt eine saftige Strafe.", "saftige",
     {"intensifier"}, "Die Stadt verhängt eine Strafe von 500 Euro.", "Strafe"),
    ("regional", "Die Baustelle ist ein Dauerärgernis für die Anwohner.", "Dauerärgernis",
     {"loaded_language"}, "Die Baustelle dauert für die Anwohner bis Juni.", "dauert"),
    ("regional", "Die Mieter schauen in die Röhre.", "in die Röhre",
     {"loaded_language"}, "Die Mieter erhalten keinen Zuschuss.", "keinen Zuschuss"),
    ("sarcasm", "Glückwunsch auch, die Stadt hat wieder Schulden gemacht.", "Glückwunsch auch",
     {"stance"}, "Die Stadt hat neue Schulden aufgenommen.", "Die Stadt"),
]


@pytest.mark.parametrize(("kind", "loaded", "word", "categories", "neutral", "neutral_word"),
                         CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_loaded_word_flagged_neutral_counterpart_not(kind: str, loaded: str, word: str,
                                                      categories: set[str], neutral: str,
                                                      neutral_word: str) -> None:
    found = on_word(run(loaded), loaded, word)
    assert set(found) & categories, f"{kind}: {word!r} not flagged as {categories}: {found}"
    assert not on_word(run(neutral), neutral, neutral_word), f"{kind}: {neutral_word!r} flagged"
    assert not lexicon_only(neutral).findings, f"{kind}: lexicon/rules flag {neutral!r}"


@pytest.mark.parametrize("text", [
    "Hunde müssen im Bus einen Maulkorb tragen.",
    "Der Kindergarten in der Schulstraße bekommt einen neuen Spielplatz.",
    "Ein Eigentor in der Nachspielzeit entschied die Partie.",
    "Sie achtete peinlich genau auf die Abrechnung.",
    "Auf der Hauptversammlung herrschte eitel Sonnenschein.",
    "Das Gas ist farblos und geschmacklos und daher gefährlich.",
    "Der Angeklagte wurde wegen fahrlässiger Tötung verurteilt.",
    "Die Einbrecher hebelten das Fenster mit einer Brechstange auf.",
    "Am Nachmittag wird es windig, abends regnet es.",
    # literal senses next to the tabloid entries
    "Die Tafel teilte am Samstag Lebensmittel an Bedürftige aus.",
    "Er hat 500 Euro am Automaten abgehoben.",
    "Die Abfuhr der Biotonne erfolgt am Dienstag.",
    "Der Sturm knickte mehrere Bäume ein.",
    "Die Birnen sind saftig und süß.",
    "Das Kasperltheater kommt in die Bücherei.",
    "Der Angeklagte schlug im Streit mit der Faust auf den Tisch.",
    "Die Polizei winkte die Autos an der Grenze nach kurzer Prüfung durch.",
    "Draußen tobt seit Stunden ein Sturm.",
    "Die Fallschirmspringer befanden sich rund eine Minute im freien Fall.",
    "Nach der Pfeife des Schiedsrichters stürmten die Fans den Platz.",
    "Kurz vor dem Zusammenbruch der DDR floh die Familie nach Westen.",
])
def test_wrong_senses_stay_unflagged_by_the_lexicon(text: str) -> None:
    """Literal senses of words that the new entries treat as evaluative elsewhere."""
    assert not lexicon_only(text).findings, [f.id for f in lexicon_only(text).findings]


# --- compounds through the word model (issue 8, part 2) --------------------------------------

def _model_or_skip(text: str) -> DocumentResult:
    if not HAS_WORD_MODEL_SWITCH:
        pytest.skip("engine without the word model")
    from analyzer.classifier import ClassifierError

    try:
        return run(text, word_model=True)
    except ClassifierError as exc:  # WordModelError: model files not installed
        pytest.skip(f"word model not available: {exc}")


@pytest.mark.parametrize(("loaded", "word", "neutral", "neutral_word"), [
    ("Die Monster-Steuer trifft vor allem Pendler.", "Monster-Steuer",
     "Die Pendlerpauschale gilt vor allem für Pendler.", "Pendlerpauschale"),
    ("Das Irrsinns-Gesetz tritt im Mai in Kraft.", "Irrsinns-Gesetz",
     "Das Katastrophenschutzgesetz tritt im Mai in Kraft.", "Katastrophenschutzgesetz"),
    ("Der Knall-Rücktritt überrascht die Partei.", "Knall-Rücktritt",
     "Der Rücktritt überrascht die Partei.", "Rücktritt"),
])
def test_new_loaded_compound_from_the_model(loaded: str, word: str, neutral: str,
                                            neutral_word: str) -> None:
    result = _model_or_skip(loaded)
    hits = [f for f in result.findings if f.text == word and f.voice == "author"]
    assert hits and hits[0].id.startswith("compound."), [f.id for f in result.findings]
    head = word.split("-")[-1]
    assert hits[0].suggestion is not None and head in hits[0].suggestion
    assert not on_word(_model_or_skip(neutral), neutral, neutral_word)
    assert not lexicon_only(loaded).findings  # the lexicon does not know these coinages


@pytest.mark.parametrize("text", ["Der Katastrophenschutz übte am Wochenende.",
                                  "Das Sanktionsregime gegen Russland wurde verlängert.",
                                  "Die Knallkörper lagen im Keller.",
                                  "Die knallrote Jacke hing am Haken.",
                                  "Die Reitpeitsche hing im Stall.",
                                  "Die Straßenwalze verdichtet den Asphalt."])
def test_neutral_compounds_stay_unflagged_with_the_model(text: str) -> None:
    result = _model_or_skip(text)
    word = text.split()[1]
    assert not on_word(result, text, word)


def test_tabloid_weather_compound_gets_a_neutral_head() -> None:
    """Tabloid weather words ("Kältepeitsche") are found and the suggestion names the weather."""
    text = "Die Kältepeitsche trifft am Wochenende den Süden."
    hits = [f for f in _model_or_skip(text).findings if f.text == "Kältepeitsche"]
    assert hits and hits[0].id.startswith("compound."), [f.id for f in hits]
    assert hits[0].suggestion is not None and "welle" in hits[0].suggestion.lower()
    assert not on_word(_model_or_skip("Die Kältewelle trifft am Wochenende den Süden."),
                       "Die Kältewelle trifft am Wochenende den Süden.", "Kältewelle")


# --- sports and culture desks (issue 8, session 7): match reports and reviews -------------------

@pytest.mark.parametrize(("loaded", "word", "neutral", "neutral_word"), [
    ("Die Abwehr der Gastgeber war ein einziger Trümmerhaufen.", "Trümmerhaufen",
     "Nach dem Brand war die Scheune ein Trümmerhaufen.", "Trümmerhaufen"),
    ("Die Volleyballerinnen fegten den Tabellenführer aus der Halle.", "fegten",
     "Der Hausmeister fegte nach dem Turnier die Halle.", "fegte"),
    ("Gegen Kiel sahen die Zuschauer Langeweile pur.", "Langeweile pur",
     "Der Gast bestellte einen Whisky pur.", "pur"),
    ("Die Gastgeber ließen sich vom Aufsteiger vorführen.", "vorführen",
     "Der Betriebsrat ließ sich die neue Maschine vorführen.", "vorführen"),
    ("Der Favorit kam in Bremen unter die Räder.", "Räder",
     "Ein Radfahrer kam unter die Räder eines Lastwagens.", "Räder"),
    ("Die Komödie bleibt seichte Unterhaltung ohne Tiefgang.", "seichte Unterhaltung",
     "Im seichten Wasser am Ufer spielen Kinder.", "seichten Wasser"),
    ("Der Auftritt des Tenors war ein Abend zum Vergessen.", "zum Vergessen",
     "Ein Kräutertee zum Einschlafen hilft vielen.", "zum Einschlafen"),
    ("Das Ende des Films wirkt konstruiert.", "konstruiert",
     "Die Brücke wurde 1920 konstruiert.", "konstruiert"),
])
def test_sports_and_culture_wording(loaded: str, word: str, neutral: str, neutral_word: str) -> None:
    """Evaluative match-report and review wording is found; the literal or plain twin is not."""
    assert on_word(run(loaded), loaded, word), [(f.id, f.text) for f in run(loaded).findings]
    assert not on_word(run(neutral), neutral, neutral_word), \
        [(f.id, f.text) for f in run(neutral).findings]


@pytest.mark.parametrize("text", [
    "Die Löwen verloren 0:2, das zweite Tor fiel nach einem Konter.",
    "Der Treffer wurde wegen Abseits aberkannt.",
    "Der Treffer wurde als Eigentor gewertet.",
    "Die Oper lädt am Freitag zur Galavorstellung zugunsten der Kinderhilfe.",
    "Der SV Hemmingen spielt seit Jahren in der Kreisliga.",
    "Die Slapstick-Komödie läuft ab Donnerstag im Kino.",
])
def test_plain_sports_and_culture_reports_stay_unflagged(text: str) -> None:
    """Results, technical terms and event notices are reports, not judgements."""
    assert not [f.id for f in run(text).findings if f.voice == "author"]


def test_quoted_verdict_of_a_coach_is_not_the_authors() -> None:
    """A coach's 'Zitterpartie' in quotation marks is the coach's word, not the author's."""
    text = "„Das war eine Zitterpartie“, sagte Trainer Weber nach dem Spiel."
    assert not on_word(run(text), text, "Zitterpartie")
    own = "Der Sieg gegen Kiel war eine Zitterpartie."
    assert on_word(run(own), own, "Zitterpartie")


@pytest.mark.parametrize(("loaded", "word", "neutral", "neutral_word"), [
    ("Seit Jahren verschleppt die Verwaltung die Sanierung der Turnhalle.", "verschleppt",
     "Die Entführer haben die Geiseln in ein Lager verschleppt.", "verschleppt"),
    ("Die Fußgängerzone verödet zusehends.", "verödet",
     "Die Ärztin erklärte, wie man Krampfadern verödet.", "verödet"),
    ("Die Stadt hat die Brücke jahrelang verrotten lassen.", "verrotten",
     "Das Laub verrottet im Kompost.", "verrottet"),
    ("Die Stadt melkt die Autofahrer.", "melkt",
     "Der Bauer melkt die Kühe zweimal am Tag.", "melkt"),
    ("Seit dem Streit herrscht zwischen Stadt und Verein Funkstille.", "Funkstille",
     "Nach sieben Monaten Funkstille meldete sich die Sonde wieder.", "Funkstille"),
    ("Durch die Hintertür wird die Grundsteuer erhöht.", "Hintertür",
     "Der Einbrecher floh durch die Hintertür in den Garten.", "Hintertür"),
    ("Die Probleme im Bauamt sind hausgemacht.", "hausgemacht",
     "Im Café gibt es hausgemachte Kuchen.", "hausgemachte"),
    ("Geschlagene drei Stunden dauerte die Sitzung des Bauausschusses.", "Geschlagene",
     "Die geschlagenen Gäste reisten am Abend ab.", "geschlagenen"),
])
def test_regional_daily_wording(loaded: str, word: str, neutral: str, neutral_word: str) -> None:
    """Town-hall and local wording of regional dailies is found; the literal twin is not."""
    assert on_word(run(loaded), loaded, word), [(f.id, f.text) for f in run(loaded).findings]
    assert not on_word(run(neutral), neutral, neutral_word), \
        [(f.id, f.text) for f in run(neutral).findings]


def test_quoted_regional_wording_is_the_speakers() -> None:
    """'Zähes Ringen' in a councillor's quotation is the speaker's word; in author voice it is found."""
    quoted = "„Das war ein zähes Ringen um jeden Euro“, sagte Kämmerin Weber."
    assert not on_word(run(quoted), quoted, "zähes Ringen")
    own = "Im Ausschuss gab es ein zähes Ringen um jeden Euro."
    assert on_word(run(own), own, "zähes Ringen")
