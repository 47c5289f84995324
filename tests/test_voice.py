"""Quotation pairing, speech vs mention, and Konjunktiv I indirect speech."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.text import segment
from analyzer.voice import (
    classify_quotes,
    find_quotes,
    indirect_speech_start,
    newsroom_we,
    reported_objects,
    unmarked_speech,
)


def quoted(text: str) -> list[tuple[str, bool]]:
    spans = classify_quotes(text, find_quotes(text), segment(text).sentences)
    return [(text[q.start:q.end], q.speech) for q in spans]


@pytest.mark.parametrize(("text", "expected"), [
    ("Er sagte: „Wir kommen morgen.“", [("„Wir kommen morgen.“", True)]),
    ("Sie rief »Nein!« und ging.", [("»Nein!«", True)]),
    ("Die Schweizer «Weltwoche» schrieb.", [("«Weltwoche»", True)]),  # the speaker: not the author's words
    ('Er nannte es "Sieg".', [('"Sieg"', True)]),  # the object of a naming verb: a mention
    ("Der ‚Plan‘ scheiterte.", [("‚Plan‘", False)]),
    ("„Nein“, sagte der Minister.", [("„Nein“", True)]),
    ("He said “we will win the whole thing”.", [("“we will win the whole thing”", True)]),
])
def test_quote_pairing_and_speech(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quoted(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    assert quoted("Wie geht’s? Das war’s, sagt’s ihm.") == []


def test_unclosed_quote_is_dropped_at_paragraph_end() -> None:
    assert quoted("Er sagte: „Das ist\n\nNeuer Absatz ohne Ende.") == []


def ki(text: str) -> str | None:
    toks = segment(text).sentences[0].tokens
    i = indirect_speech_start(toks)
    return None if i is None else text[toks[i].start:]


@pytest.mark.parametrize(("text", "region"), [
    ("Kritiker sagen, die Reform sei ein Skandal.", "die Reform sei ein Skandal."),
    ("Der Minister erklärte, er habe davon nichts gewusst.", "er habe davon nichts gewusst."),
    ("Die Lage sei dramatisch, sagte die Sprecherin.", "Die Lage sei dramatisch, sagte die Sprecherin."),
    ("Ich habe das nie gesagt.", None),
    ("Gott sei Dank ging alles gut.", None),
    ("Hier sei erwähnt, dass die Brücke alt ist.", None),
    ("Sei es drum, wir machen weiter.", None),
    ("Die Regierung ist gescheitert.", None),
])
def test_konjunktiv_i_region(text: str, region: str | None) -> None:
    assert ki(text) == region


def test_partial_quote_in_indirect_speech_is_not_a_scare_quote() -> None:
    result = analyze("Der Prozess brauche „einige Zeit“, sagte die Ministerin.")
    assert "scare_quote" not in {f.category for f in result.findings}


@pytest.mark.parametrize("text", [
    "Die „Alan Kurdi“ lief am Morgen aus.",
    "Der Test läuft über 45 „Amplifikations“-Zyklen.",
    "Sie sprach von einem „Erfolg“ der Gespräche.",
    "Das Unwort des Jahres lautet „Remigration“.",
])
def test_names_compounds_and_mentions_are_not_scare_quotes(text: str) -> None:
    assert "scare_quote" not in {f.category for f in analyze(text).findings}


def test_double_negation_is_not_negated() -> None:
    findings = analyze("Der Vorschlag kam nicht ohne Hintergedanken.").findings
    assert all(not f.negated for f in findings)


INTERVIEW = (
    "Der Außenminister spricht über die Grenze. STANDARD: Wie wird Mazedonien reagieren? "
    "Poposki: Wir müssen offensichtlich diese Maßnahmen umsetzen. Das ist ein Skandal. "
    "STANDARD: Kommen mehr Beamte? Poposki: Es ist sehr wahrscheinlich."
)


def test_interview_turns_are_quoted_and_questions_are_not_rhetorical() -> None:
    result = analyze(INTERVIEW, classifier=None)
    assert "rhetorical" not in {f.category for f in result.findings}
    turn = [f for f in result.findings if f.start > INTERVIEW.index("Poposki")]
    assert turn and all(f.voice == "quote" for f in turn)
    assert not [f for f in turn if f.category == "appeal"]  # the speaker's "wir" is theirs


def test_one_label_does_not_make_an_interview() -> None:
    text = "Fazit: Das ist ein Skandal. Wie lange will die Regierung noch zusehen?"
    result = analyze(text, classifier=None)
    assert {f.voice for f in result.findings} == {"author"}
    assert "rhetorical" in {f.category for f in result.findings}


# --- pairing on real copy (issue 9) -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a stray straight mark does not flip the rest: the next pair is read by direction
    ('Er sprach von einem "Neuanfang. Die "Reform" kam nie.', [('"Reform"', False)]),
    # nesting: ‚…‘ inside „…“ and '…' inside "…"
    ("Sie sagte: „Das ist kein ‚Sieg‘, das ist Pech.“",
     [("„Das ist kein ‚Sieg‘, das ist Pech.“", True), ("‚Sieg‘", True)]),
    ('Sie sagte: "Das ist kein \'Sieg\', das ist Pech."',
     [('"Das ist kein \'Sieg\', das ist Pech."', True), ("'Sieg'", True)]),
    # doubled marks from exported text are one mark
    ('Der Text ""Fakt ist, dass es gut ist"" stand da.', [('""Fakt ist, dass es gut ist""', True)]),
    # a quotation opening a paragraph without closing runs to the paragraph end
    ("„Wir wissen noch nicht, was da drinnen ist.\n\nDie Polizei sperrte ab.",
     [("„Wir wissen noch nicht, was da drinnen ist.", True)]),
])
def test_pairing_on_real_copy(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quoted(text) == expected


def test_quotation_continued_in_the_next_paragraph() -> None:
    text = "Sie sagte: „Der erste Teil.\n\n„Und der zweite“, sagte sie."
    assert quoted(text) == [("„Der erste Teil.", True), ("„Und der zweite“", True)]


@pytest.mark.parametrize(("text", "speech"), [
    ("Die Opposition sprach von einer „Katastrophe“.", True),
    ("Er warnte vor einem „Flächenbrand“.", True),
    ("Die Kritik an der „Willkür“ wächst.", True),
    ("Laut Polizei ist er „stabil“.", True),
    ("„Stabil“, sagte der Arzt.", True),
    ("Der „Sieg“ war teuer.", False),
    ("Die „Reform“ kam als „Befreiung“ daher.", False),
])
def test_short_quote_with_a_speech_cue_is_someone_elses(text: str, speech: bool) -> None:
    assert {s for _, s in quoted(text)} == {speech}


def speech_text(text: str) -> list[str]:
    return [text[s:e] for s, e in unmarked_speech(text, segment(text).sentences)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Das ist für uns kein Gewinn, sagte ein Sprecher.", ["Das ist für uns kein Gewinn"]),
    ("Das ist bitter, so Ulamec.", ["Das ist bitter"]),
    ("Wir sind zufrieden, wie der Trainer der Zeitung sagte.", ["Wir sind zufrieden"]),
    ("Der Preis steigt, hieß es.", ["Der Preis steigt"]),
    ("Der Minister meinte: Man muss abwarten.", ["Man muss abwarten."]),
    ("Wir brauchen Tore. Das wird schon, sagt Foda.", ["Wir brauchen Tore.", "Das wird schon"]),
    # no attribution: the author's sentence
    ("Er ging nach Hause, sagte aber nichts.", []),
    ("Eines steht fest: Die Kasse ist leer.", []),
    ("Die Regierung zögert. Das wird teuer, sagt der Experte.", ["Das wird teuer"]),
])
def test_unmarked_direct_speech(text: str, expected: list[str]) -> None:
    assert speech_text(text) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("Die Lage, so der Minister, sei ernst.", "Die Lage, so der Minister, sei ernst."),
    ("Gelinge das, sei die Reform ein Erfolg.", "Gelinge das, sei die Reform ein Erfolg."),
    ("Er sagte, er würde sofort zurücktreten.", "er würde sofort zurücktreten."),
    ("Sie erklärten, sie hätten nichts gewusst.", "sie hätten nichts gewusst."),
    ("Wenn es regnet, würde die Feier ausfallen.", None),
    ("Sei es aus Trotz, sei es aus Angst: er schwieg.", None),
])
def test_indirect_speech_after_insertions_and_in_konjunktiv_ii(text: str, region: str | None) -> None:
    assert ki(text) == region


def we(text: str) -> bool:
    toks = segment(text).sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if t.lower in {"wir", "uns"} or t.lower.startswith("unser"))
    return newsroom_we(toks, i, i + 1)


@pytest.mark.parametrize(("text", "newsroom"), [
    ("Wie wir berichteten, ist die Straße gesperrt.", True),
    ("Unser Reporter war vor Ort.", True),
    ("Der Sprecher sagte uns, die Lage sei ruhig.", True),
    ("Das Protokoll liegt uns vor.", True),
    ("Wir erwarten am Wochenende Schnee bis in tiefe Lagen.", True),
    ("Wir können davon ausgehen, dass die Preise steigen.", False),
    ("Es liegt an uns, die Zukunft zu gestalten.", False),
    ("Unsere Kinder verdienen mehr.", False),
    # a live ticker's housekeeping and readers' messages
    ("Wir beenden den Ticker für heute und melden uns morgen früh wieder.", True),
    ("Wir halten Sie hier über alle Entwicklungen auf dem Laufenden.", True),
    ("Ein Leser aus dem Nachbarort schreibt uns, die Brücke sei gesperrt.", True),
    ("Im laufenden Jahr werden wir alle mehr zahlen.", False),
    ("Wir müssen uns auf härtere Zeiten einstellen.", False),
])
def test_newsroom_we(text: str, newsroom: bool) -> None:
    assert we(text) is newsroom


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Antwort im Wortlaut: Wir bedauern den Fehler.", ["Wir bedauern den Fehler."]),
    ("Es war eine schwere Entscheidung, wurde der Trainer zitiert.",
     ["Es war eine schwere Entscheidung"]),
    ("Wir haben Stärken, sagte der Coach, der zufrieden wirkte: Wir gehen den richtigen Weg.",
     ["Wir haben Stärken", "Wir gehen den richtigen Weg."]),
    # the speaker's chain runs past reported speech (Konjunktiv I) of the same speaker
    ("Die Lage ist schlecht, betonte die Ökonomin. Die Konjunktur werde unterschätzt. "
     "Wir haben eine negative Stimmung.",
     ["Die Lage ist schlecht", "Wir haben eine negative Stimmung."]),
])
def test_more_unmarked_speech(text: str, expected: list[str]) -> None:
    assert speech_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Minister sprach von einem üblen Beigeschmack.", ["von einem üblen Beigeschmack"]),
    ("Die Opposition wirft dem Minister Zynismus vor.", ["dem Minister Zynismus"]),
    ("Wir sprechen von einem Skandal.", []),  # the author's own words
])
def test_reported_wording_without_marks(text: str, expected: list[str]) -> None:
    toks = segment(text).sentences[0].tokens
    assert [text[s:e] for s, e in reported_objects(toks)] == expected


@pytest.mark.parametrize(("text", "speech"), [
    ("Minister sieht „gefährlichen Zusammenhang“ mit der Liste.", True),
    ("Griechische Regierung: Der Vorfall war eine „organisierte Aktion“.", True),
    ("Die Partei hat einen „gefährlichen Zusammenhang“ erfunden.", False),
])
def test_opinion_verbs_and_labels_attribute_quotes(text: str, speech: bool) -> None:
    assert {s for _, s in quoted(text)} == {speech}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Organisation sprach von einem unbeliebten, gefährlichen Abkommen.",
     ["von einem unbeliebten, gefährlichen Abkommen"]),
    ("Der Bischof dankte dem Polizeichef für sein äußerst kompetentes Handeln.",
     ["für sein äußerst kompetentes Handeln"]),
    ("Die Kanzlerin verurteilte den feigen Anschlag.", ["den feigen Anschlag"]),
    ("Wir verurteilen den feigen Anschlag.", []),
])
def test_wording_of_praise_and_condemnation_is_the_speakers(text: str, expected: list[str]) -> None:
    toks = segment(text).sentences[0].tokens
    assert [text[s:e] for s, e in reported_objects(toks)] == expected


def test_embedded_posts_and_english_sentences_are_not_the_authors_copy() -> None:
    from analyzer import analyze

    text = ("Im Netz kursieren die Bilder längst. No way I will pay for this! "
            "Who let you in here?? #Gipfel #Wien pic.twitter.com/abc123\n\n"
            "Die Reaktion der Regierung war ein Desaster!")
    result = analyze(text, classifier=None)
    voices = {f.text: f.voice for f in result.findings}
    assert voices.get("No way I will pay for this!") in (None, "quote")
    assert all(v == "quote" for t, v in voices.items() if "?" in t or "pay" in t)
    assert voices.get("Desaster") == "author"
    # English titles inside a German sentence do not make it foreign
    german = analyze("Die Band spielte „Let It Be“ – ein Desaster war das.", classifier=None)
    assert {f.text: f.voice for f in german.findings}.get("Desaster") == "author"
