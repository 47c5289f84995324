"""Scare quotes at a firm's or an office's own wording (issue 9, session 10): the author mocking a
service formula or a delivery notice – each next to the non-ironic quote it resembles (titles,
partial quotes in indirect speech, a name after the noun that introduces it, a sentence stitched
from a named person's words). Held-up terms („Was X … nennt“, „…, dabei …“):
tests/test_scare_quotes_held_up.py.

Every sentence is German text written for this test in the style of newspaper copy and glosses.
"""

from __future__ import annotations

import pytest

from analyzer.rules import SCARE_QUOTE_ID, SCARE_QUOTE_NAMED_ID

from .conftest import author_scare_quotes

scare = author_scare_quotes


def scare_texts(text: str) -> list[str]:
    return [t for t, _ in scare(text)]


# (false alarm, (true finding, quoted words)): the first gives no author-voice scare quote,
# the second exactly the words shown
PAIRS = [
    # the formal "Ihr"/"Ihrer" inside a quote is a firm addressing its customers, not a title
    ("Die Sendung „Zeit im Bild“ beginnt um halb acht.",
     ("Die Sendung liegt jetzt in einer „Abholstation in Ihrer Nähe“, 14 Kilometer entfernt.",
      "„Abholstation in Ihrer Nähe“")),
    # a quoted participle phrase inside the author's passive clause („…“ wurde) is held up; the
    # same words at the end of someone's indirect speech (sei … worden) are their words
    ("Der Fahrer sagte, das Paket sei „beim Nachbarn abgegeben“ worden.",
     ("Das Paket wurde angeblich „beim Nachbarn abgegeben“, den es im Haus nicht gibt.",
      "„beim Nachbarn abgegeben“")),
    ("Der Bürgermeister versprach, der Radweg werde „zügig umgesetzt“.",
     ("Der Radweg wurde „zügig umgesetzt“, nach elf Jahren Planung.", "„zügig umgesetzt“")),
    # "das Paket" before a quoted predicate is not a name noun introducing a title
    ("Das Paket „Fit für morgen“ enthält zwölf Maßnahmen.",
     ("Am Abend lag ein Zettel im Briefkasten, nach dem das Paket „persönlich übergeben“ wurde.",
      "„persönlich übergeben“")),
    # a sentence that opens with a named person and is stitched from two quoted fragments
    # reports that person's wording; a forecast about the person is the author's
    ("Scholz lobte die „Zeitenwende“ und den „Wumms“ des Pakets.",
     ("Scholz wird „Zugeständnisse“ machen müssen, die Partei wartet schon.",
      "„Zugeständnisse“")),
    ("Kanzlerin Merkel hält die „Reform“ für einen „Etikettenschwindel“.",
     ("Die Regierung hält die „Reform“ für einen großen Wurf.", "„Reform“")),
    # the founders, authors or heads of „…“ (also in the dative plural) introduce its name
    ("Zu den Gründern des „Freundeskreises“ gehört eine Richterin.",
     ("Zu den Gewinnern der „Entlastung“ gehört vor allem der Finanzminister.",
      "„Entlastung“")),
    # a label on a file or letter, and a word or motto as the subject of "ist": its wording
    ("Der Ausschuss hat den Entwurf mit dem Vermerk „dringlich“ weitergeleitet.",
     ("Der Ausschuss hat den „dringlichen“ Entwurf drei Monate liegen lassen.", "„dringlichen“")),
    ("Das Jugendwort des Jahres ist „Aura“.",
     ("Die Reform des Jahres ist „Entlastung“ für alle, außer für Familien.", "„Entlastung“")),
]


@pytest.mark.parametrize(("not_scare", "scare_case"), PAIRS)
def test_false_alarm_and_true_scare_quote(not_scare: str, scare_case: tuple[str, str]) -> None:
    assert scare_texts(not_scare) == [], not_scare
    text, quoted = scare_case
    assert scare_texts(text) == [quoted], text


@pytest.mark.parametrize(("text", "expected"), [
    # "sogenannt" before a compound that names a measure or law introduces the term as often
    # as it doubts it: an unmarked term; before a plain noun or a group of people it is distance
    # (in a sentence without other evaluation: the measure's name, rules.unsupported_terms)
    ("Der sogenannte „Mietpreisdeckel“ gilt ab Januar für 400.000 Haushalte.",
     SCARE_QUOTE_NAMED_ID),
    ("Die sogenannten „Experten“ lagen wieder daneben.", SCARE_QUOTE_ID),
    ("Die sogenannte „Reform“ kostet die Länder Milliarden.", SCARE_QUOTE_ID),
    ("Das angebliche „Entlastungspaket“ kostet die Länder Milliarden.", SCARE_QUOTE_ID),
])
def test_so_called_policy_compound_is_a_term(text: str, expected: str) -> None:
    assert [i for _, i in scare(text)] == [expected], text
