"""Findings an editor can trust (issue 9): each false alarm next to the true finding it resembles.

Every case is German text written for this test in the style of agency and newspaper copy. The
first text of a pair must not give the author-voice finding; the second must.
"""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.results import Finding

from .conftest import author_scare_quotes


def author(text: str) -> list[Finding]:
    """Author-voice findings as the rules and entries decide them, before the calibration (whose
    floors hide the weak kinds, scare quotes among them)."""
    from .conftest import _uncalibrated

    return [f for f in _uncalibrated().analyze(text).findings if f.voice == "author"]


def author_ids(text: str) -> set[str]:
    return {f.id for f in author(text)}


def author_categories(text: str) -> set[str]:
    return {f.category for f in author(text)}


# (false alarm, true finding, category)
PAIRS = [
    # quoted speech without marks: a closing attribution makes it the speaker's
    ("Wir haben unser Ziel nicht erreicht, sagte der Trainer nach dem Spiel.",
     "Wir haben unser Ziel nicht erreicht. Die Mannschaft verlor in Linz.", "appeal"),
    ("Das ist äußerst bitter für uns, so Bürgermeisterin Anna Berger.",
     "Das ist äußerst bitter für die Gemeinde.", "intensifier"),
    # speech after a colon that follows a verb of saying
    ("Der Landeshauptmann meinte: Wir müssen jetzt zusammenhalten.",
     "Fazit: Wir müssen jetzt zusammenhalten.", "appeal"),
    # neighbours of an attributed sentence in first person belong to the same speaker
    ("Wir brauchen Tore. Für uns wird der Knoten platzen, sagt der Trainer.",
     "Wir brauchen Reformen. Die Regierung zögert seit Jahren.", "appeal"),
    # indirect speech: Konjunktiv I after an inserted "so …" clause
    ("Die Lage, so der Minister, sei leider dramatisch.",
     "Die Lage ist leider dramatisch.", "stance"),
    # indirect speech in Konjunktiv II after a verb of saying
    ("Der Sprecher sagte, die Firma würde leider schließen müssen.",
     "Die Firma wird leider schließen müssen.", "stance"),
    # the newsroom's own "wir" is not an appeal to readers
    ("Wie wir bereits berichteten, wurde die Brücke gesperrt.",
     "Wir alle müssen jetzt Verantwortung übernehmen.", "appeal"),
    ("Unsere Redaktion hat beim Ministerium nachgefragt.",
     "Unsere Kinder verdienen bessere Schulen.", "appeal"),
    ("Das Schreiben liegt uns vor.", "Die Krise trifft uns alle.", "appeal"),
    # a forecaster's "wir"
    ("Wir erwarten für Dienstag Regen und Temperaturen um zehn Grad.",
     "Wir erwarten von der Regierung endlich Antworten.", "appeal"),
    # wrong sense: an idiom is not the word's judgement
    ("Die Mannschaft will die Statistik Lügen strafen.",
     "Die Behauptung war eine Lüge.", "loaded_language"),
    # a survey answer is not the author's speculation
    ("34 Prozent der Befragten halten es für wahrscheinlich, dass die Preise steigen.",
     "Die Preise werden wahrscheinlich steigen.", "speculation"),
    # an interview question is not a rhetorical question
    ("Wie beurteilen Sie die neue Regelung?",
     "Wer soll diese Regelung noch ernst nehmen?", "rhetorical"),
]


@pytest.mark.parametrize(("false_alarm", "true_finding", "category"), PAIRS)
def test_false_alarm_and_true_finding(false_alarm: str, true_finding: str, category: str) -> None:
    assert category not in author_categories(false_alarm), false_alarm
    assert category in author_categories(true_finding), true_finding


# (not a scare quote, a real scare quote)
SCARE_PAIRS = [
    # the object of a verb of naming or saying
    ("Die Opposition sprach von einer „Katastrophe“.", "Die „Katastrophe“ blieb aus."),
    ("Der Minister bezeichnete das Paket als „Durchbruch“.",
     "Die Regierung verkaufte die Kürzung als „Reform“."),
    # names introduced by their noun
    ("Die Liste „Klartext“ gewann fünf Mandate.", "Die Grünen versprechen „Klartext“."),
    ("Der Laden „Kleine Freiheit“ schließt im Mai.", "Die „Neue Normalität“ kehrt ein."),
    # terms in brackets and quoted items of a list
    ("Die Kammer (sie nennt sich „Forum“) tagt am Montag.", "Das „Forum“ tagt am Montag."),
    ("Zur Wahl standen „ja“, „eher ja“ und „nein“.", "Der Plan war „alternativlos“."),
    # partial quotation with a source in the sentence
    ("Laut Polizei ist der Verletzte „stabil“.", "Der Verletzte ist „stabil“."),
    # doubled marks from exported text
    ('Die Regierung ging den ""Weg"" zu Ende.', "Die Regierung ging ihren „Weg“ zu Ende."),
    # "sogenannt" and longer phrases are the author's distance
    ("Das Wort „Reform“ fiel oft.", "Die sogenannte „Reform“ kostet Milliarden."),
    ("Er sagte: „Das ist eine Politik der ruhigen Hand.“",
     "Die Koalition setzt auf eine „Politik der ruhigen Hand“."),
]


@pytest.mark.parametrize(("not_scare", "scare"), SCARE_PAIRS)
def test_scare_quote_decision_both_ways(not_scare: str, scare: str) -> None:
    # the rule's decision (conftest.author_scare_quotes: before the calibration's floor)
    assert author_scare_quotes(not_scare) == [], not_scare
    assert author_scare_quotes(scare), scare


def test_lexicon_words_inside_a_scare_quote_are_not_read_literally() -> None:
    text = "Die Regierung feiert ihre „großartige“ Bilanz."
    quote_start = text.index("„")
    quote_end = text.index("“") + 1
    inside = [f for f in author(text) if f.start < quote_end and quote_start < f.end]
    assert [(f.category, f.text) for f in inside] == [("scare_quote", "„großartige“")]
    # the same word without quotes is the author's praise
    assert "puffery" in author_categories("Die Regierung legt eine großartige Bilanz vor.")


def test_quotation_running_over_a_paragraph_break_stays_speech() -> None:
    text = ("Die Ministerin sagte: „Wir werden die Schulen sanieren. Das ist leider überfällig.\n\n"
            "„Wir fangen im Herbst an“, sagte sie. Die Opposition blieb skeptisch.")
    found = author(text)
    assert not [f for f in found if f.category in {"appeal", "stance"}]
    quoted = {f.category for f in analyze(text, classifier=None, min_weight=0).findings if f.voice == "quote"}
    assert "stance" in quoted  # still shown, but as the speaker's words


def test_stray_straight_mark_does_not_flip_the_paragraph() -> None:
    text = ('Der Bürgermeister sprach von einem "Neuanfang. Die Stadt hat leider kein Geld. '
            'Die "Reform" kam nie.')
    found = author(text)
    assert "stance" in {f.category for f in found}  # "leider" stays the author's
    assert "„Reform“" not in {f.text for f in found}
    assert '"Reform"' in {f.text for f in found if f.category == "scare_quote"}


def test_attribution_stays_the_authors_choice() -> None:
    # the reported claim is the speaker's, the loaded speech verb is the author's framing
    text = "Die Reform sei leider gescheitert, behauptete er."
    cats = author_categories(text)
    assert "speech_verb" in cats
    assert "stance" not in cats


def test_spans_do_not_take_trailing_punctuation() -> None:
    for text, word in [("Der Minister räumte Fehler ein, wie erwartet.", "ein"),
                       ("Es ist offenbar: Die Kasse ist leer.", "offenbar")]:
        spans = [f.text for f in author(text)]
        assert spans and all(s.endswith(word) for s in spans), spans


@pytest.mark.parametrize("text", [
    "Die Firma beschäftigt 15 (sic!) Mitarbeiter in Wien.",
    "Er sagte, er werde . . . Ordnung schaffen.",
    "Sie schrieb, die Lage sei … Katastrophe genug.",
])
def test_sic_and_spaced_ellipses_keep_one_sentence(text: str) -> None:
    assert len(analyze(text, classifier=None, min_weight=0).sentences) == 1


def test_headline_and_lead_quotes_are_partial_quotations() -> None:
    # before the agency dateline the quoted word is what the named person said
    text = "Kanzler „nur zuversichtlich“ bei mehr Personal. Wien – Der Kanzler bezweifelt die Pläne."
    assert "scare_quote" not in author_categories(text)
    # in the body the same construction is the author's distance
    body = "Wien – Der Kanzler ist „nur zuversichtlich“ bei mehr Personal. Die Pläne stocken."
    assert "scare_quote" in author_categories(body)


def test_sogenannt_before_a_name_is_no_scare_quote() -> None:
    assert "scare_quote" not in author_categories("Die sogenannten „Bonner Gespräche“ beginnen.")
    assert "scare_quote" in author_categories("Die sogenannte „Reform“ kostet Milliarden.")
