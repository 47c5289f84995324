"""The story's world vs. the reviewer's verdict (issue 9): in a review or preview of a film,
series, play or novel, the traits of a character cast with an actor and the role an actor
plays belong to the story, while the reviewer's verdict on the work, the figures and the acting
stays the author's. Each test holds both, on German text written here."""

from __future__ import annotations

import pytest

from analyzer.text import segment
from analyzer.voice import fiction_review, story_roles

from .conftest import voice_of_span as voice_of

_KRIMI = ("Der neue Krimi im Ersten ist ein überragender Film: Die skrupellose Bankerin Vera Hahn "
          "(Maren Kroymann) treibt ihre Familie an den Abgrund. Regie führte Anna Berg.")
_SERIE = ("Zum Start der zweiten Staffel: Die Serie bleibt sehenswert. Jonas Weber übernimmt die "
          "Rolle des gewissenlosen Lobbyisten, und die Figuren bleiben leider blass. Das Drehbuch "
          "ist schwach.")
_BUEHNE = ("Die Premiere im Burgtheater: In der Inszenierung von Anna Berg spielt Jonas Weber die "
           "Rolle des gewissenlosen Lobbyisten, eine grandiose Leistung.")


@pytest.mark.parametrize("text, story, verdict", [
    (_KRIMI, "skrupellose", "überragender"),
    (_SERIE, "gewissenlosen", "sehenswert"),
    (_SERIE, "gewissenlosen", "Figuren bleiben leider blass"),
    (_BUEHNE, "gewissenlosen", "grandiose Leistung"),
])
def test_character_traits_are_the_story_the_verdict_the_reviewers(
        text: str, story: str, verdict: str) -> None:
    assert voice_of(text, story) == "quote"
    assert voice_of(text, verdict) == "author"


def test_the_same_description_in_news_stays_the_authors() -> None:
    # a party in brackets, no film or series anywhere: a real person, the author's label
    text = ("Die Koalition berät am Montag über das Budget. Die skrupellose Abgeordnete Vera Hahn "
            "(Team Stronach) stimmte dagegen. Die Rolle des gewissenlosen Lobbyisten spielte ihr "
            "Berater.")
    assert voice_of(text, "skrupellose") == "author"
    assert voice_of(text, "gewissenlosen") == "author"


def test_a_review_needs_two_words_of_the_trade() -> None:
    one = segment("Der Film läuft am Freitag. Die Abgeordnete Vera Hahn (Team Stronach) fehlte.")
    two = segment("Der Film läuft am Freitag, Regie führte Anna Berg.")
    assert not fiction_review(one.sentences)
    assert fiction_review(two.sentences)
    # "Regierung" is no "Regie"; a relay team and a winning streak are no series
    politics = segment("Die Regierung tritt ab. Die Bühne der Politik bleibt leer.")
    sport = segment("Die Staffel gewann erneut, die Serie hält seit Mai.")
    assert not fiction_review(politics.sentences)
    assert not fiction_review(sport.sentences)


@pytest.mark.parametrize("sentence, expected", [
    # the description before a character and its actor, not the words before it
    ("Klug besetzt ist die eiskalte und berechnende Ärztin Eva Roth (Nina Kunzendorf).",
     ["eiskalte und berechnende Ärztin Eva Roth"]),
    # a bracket with a party or an article is no actor
    ("Es sprach die umstrittene Ministerin Eva Roth (Die Grünen).", []),
    ("Es sprach die umstrittene Ministerin Eva Roth (ÖVP).", []),
    # no article before the name: nothing to attach the description to
    ("Eiskalt wirkt Eva Roth (Nina Kunzendorf) in jeder Szene.", []),
    # the role an actor plays
    ("Kunzendorf gibt die Rolle der eiskalten Ärztin.", ["eiskalten Ärztin"]),
])
def test_story_roles_spans(sentence: str, expected: list[str]) -> None:
    sent = segment(sentence).sentences[0]
    assert [sentence[a:b] for a, b in story_roles(sent.tokens)] == expected


# --- a lead's hedge that the next sentence's quote backs ------------------------------------

@pytest.mark.parametrize("text, word, voice", [
    # the speaker's expectation, summed up before his words on the same matter
    ("Berlin – Der Prozess gegen den Firmengründer dürfte lange dauern. „Wir rechnen mit einem "
     "aufwendigen Prozess“, sagte Staatsanwältin Vera Lindner am Montag.", "dürfte", "quote"),
    ("Der Anschlag war offenbar lange geplant. Wer den Anschlag verübt habe, habe das Gebäude "
     "vorher ausgekundschaftet, sagte Ermittler Karl Hofer.", "offenbar", "quote"),
    # the quote is about another matter: the hedge stays the author's
    ("Berlin – Der Prozess gegen den Firmengründer dürfte lange dauern. „Wir sind mit der "
     "Anklage zufrieden“, sagte Staatsanwältin Vera Lindner am Montag.", "dürfte", "author"),
    # no one's words follow: the author's own estimate and its continuation
    ("Der Prozess gegen den Firmengründer dürfte lange dauern. Der Prozess beginnt im Mai vor "
     "dem Landgericht.", "dürfte", "author"),
])
def test_hedge_backed_by_the_next_quote(text: str, word: str, voice: str) -> None:
    assert voice_of(text, word) == voice


# --- a view set between dashes, and "aus …sicht" compounds ----------------------------------

@pytest.mark.parametrize("text, word, voice", [
    # someone's perspective inserted between dashes governs the clause around it
    ("Der Schluss ist – jedenfalls aus Sicht der Schmuggler – ernüchternd.", "ernüchternd",
     "quote"),
    ("Der Schluss ist – jedenfalls aus Schmugglersicht – ernüchternd.", "ernüchternd", "quote"),
    ("Aus Anlegersicht ist die Bilanz enttäuschend.", "enttäuschend", "quote"),
    # the author's own view, a dash pair without a view, and "aus Vorsicht" stay the author's
    ("Der Schluss ist – jedenfalls aus meiner Sicht – ernüchternd.", "ernüchternd", "author"),
    ("Der Schluss ist – wie so oft bei ihm – ernüchternd.", "ernüchternd", "author"),
    ("Aus Vorsicht blieb die Bilanz enttäuschend.", "enttäuschend", "author"),
])
def test_inserted_and_compound_views(text: str, word: str, voice: str) -> None:
    assert voice_of(text, word) == voice
