"""Lexicon changes after the desk39 verdicts (twenty-third session): three families lose a form
that news copy mostly uses literally or as a prompt, and one family is new. Each: one sentence
the family must find, one it must leave alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

CASES = [
    # the audience's cheering is what happened, not a verdict on praise; "hochjubeln" still is
    ("speech_verb.fv_lobhudelt",
     "Die Parteizeitung hat den neuen Landrat monatelang hochgejubelt.",
     "Die Fans bejubelten den Ausgleich in der Nachspielzeit."),
    # "Man sagt doch/ja, …" calls up a common saying to test it (an interviewer's prompt)
    ("vague_attribution.man_sagt",
     "Man sagt, der Verein stehe vor dem Verkauf.",
     "Man sagt doch, Wölfe meiden Menschen. Stimmt das nicht?"),
    # "Stubentiger" is the ordinary playful word for a house cat; "Fellnase" stays cute talk
    ("loaded_language.s21s_tierisch",
     "Die Fellnase hat nach drei Tagen endlich ein neues Zuhause gefunden.",
     "Der Stubentiger hatte sich hinter dem Schrank versteckt."),
    # the manner adverb after the verb of saying and its subject is the author's reading
    # "versteht sich eher als …" is how someone sees herself, not "selbstverständlich"
    ("certainty.selbstverstaendlich",
     "Dass der Zuschlag an den Konzern ging, versteht sich von selbst.",
     "Der Schlagzeuger versteht sich eher als Begleiter denn als Solist."),
    ("speech_verb.s27_redeweise_nachgestellt",
     "„Ich hatte einfach Glück“, sagte die Siegerin bescheiden.",
     "„Wir müssen bescheiden bleiben“, sagte die Siegerin."),
]


@pytest.mark.parametrize(("entry_id", "evaluative", "neutral"), CASES)
def test_family(entry_id: str, evaluative: str, neutral: str) -> None:
    assert_family(evaluative, entry_id, True)
    assert_family(neutral, entry_id, False)


def test_a_voice_or_tears_described_is_no_finding() -> None:
    """„mit zitternder Stimme“, „mit Tränen in den Augen“: judged blind, the family that flagged
    them was right once in ten (a description of what the reporter saw), so it was removed."""
    from .conftest import finding_ids

    for text in ("Mit Tränen in den Augen bedankte sich die Tochter bei den Rettern.",
                 "Mit zitternder Stimme las der Zeuge seine Aussage vor."):
        assert not any(i.startswith("loaded_language.") for i in finding_ids(text))
