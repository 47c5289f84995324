"""Someone's term held up by the author to contest it (issue 9, session 10): "Was der Konzern
„…“ nennt, …", "Die Post meldete einen „…“, dabei …". The quotation is the firm's, office's or
speaker's; the framing is the author's distance. Each next to the non-ironic quote it resembles.

Every sentence is German text written for this test in the style of newspaper copy.
"""

from __future__ import annotations

import pytest

from analyzer.rules import SCARE_QUOTE_HELD_UP_ID

from .conftest import author_scare_quotes

scare = author_scare_quotes


def scare_texts(text: str) -> list[str]:
    return [t for t, _ in scare(text)]


PAIRS = [
    # "Was X „…“ nennt, …": the author holds someone's label up to contest it; "Was „…“
    # bedeutet" asks about a word
    ("Was „Resilienz“ bedeutet, erklärt die Psychologin Anna Berg im Interview.",
     ("Was der Konzern „Effizienzprogramm“ nennt, kostet 800 Stellen.",
      "„Effizienzprogramm“")),
    ("Die Stadtwerke bezeichnen die Erhöhung als „Tarifpflege“.",
     ("Was die Stadtwerke als „Tarifpflege“ bezeichnen, ist eine Preiserhöhung um zwölf Prozent.",
      "„Tarifpflege“")),
    # "…, dabei …" contradicts the quoted claim; "…, dabei handelt es sich um …" explains it
    ("Die Firma nennt das Programm „Aufbruch“, dabei handelt es sich um ein Sparpaket.",
     ("Der Paketdienst meldete einen „Zustellversuch“, dabei war den ganzen Tag jemand zu Hause.",
      "„Zustellversuch“")),
    ("Die Ministerin sprach von einem „Neuanfang“, das Kabinett stimmte am Abend zu.",
     ("Die Bahn meldete eine „kurze Verzögerung“, in Wahrheit fiel der Zug ganz aus.",
      "„kurze Verzögerung“")),
]


@pytest.mark.parametrize(("not_scare", "scare_case"), PAIRS)
def test_false_alarm_and_true_scare_quote(not_scare: str, scare_case: tuple[str, str]) -> None:
    assert scare_texts(not_scare) == [], not_scare
    text, quoted = scare_case
    assert scare_texts(text) == [quoted], text


def test_a_held_up_term_is_the_authors_finding_with_its_own_id() -> None:
    found = scare("Was die Verwaltung „Bürgernähe“ nennt, ist ein Formular mit 14 Seiten.")
    assert found == [("„Bürgernähe“", SCARE_QUOTE_HELD_UP_ID)]


def test_a_whole_sentence_quoted_before_dabei_stays_speech() -> None:
    text = "„Wir haben alles versucht“, sagte die Sprecherin, dabei klang sie müde."
    assert scare_texts(text) == []


def test_the_quote_inside_indirect_speech_is_not_held_up() -> None:
    text = ("Die Sprecherin sagte, man habe einen „Zustellversuch“ unternommen, dabei sei "
            "niemand angetroffen worden.")
    assert scare_texts(text) == []
