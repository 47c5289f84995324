"""Quotation pairing, speech vs mention, and Konjunktiv I indirect speech."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.text import segment
from analyzer.voice import classify_quotes, find_quotes, indirect_speech_start


def quoted(text: str) -> list[tuple[str, bool]]:
    spans = classify_quotes(text, find_quotes(text), segment(text).sentences)
    return [(text[q.start:q.end], q.speech) for q in spans]


@pytest.mark.parametrize(("text", "expected"), [
    ("Er sagte: „Wir kommen morgen.“", [("„Wir kommen morgen.“", True)]),
    ("Sie rief »Nein!« und ging.", [("»Nein!«", True)]),
    ("Die Schweizer «Weltwoche» schrieb.", [("«Weltwoche»", False)]),
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
