"""Quoted words that are uttered or written, not held at a distance (eighteenth session, from
desk23's verdicts): a word someone murmurs or calls out, and the text on a placard or sign.
Sentences written for this test; the distancing use beside each stays."""

from __future__ import annotations

from functools import cache

from analyzer.pipeline import Analyzer

from .conftest import scare_ids as _scare_ids


@cache
def _engine() -> Analyzer:
    return Analyzer(classifier=None)


def scare_ids(text: str) -> list[tuple[str, str]]:
    return _scare_ids(_engine(), text)


def test_a_word_murmured_or_called_out_is_speech() -> None:
    assert not scare_ids('Beim Aussteigen murmelt einer ein "Tschuldigung". Der Fahrer nickt.')
    assert not scare_ids("Der Junge rief „Hilfe“, dann war es still.")
    assert scare_ids("Die sogenannte „Entlastung“ kommt bei den Familien nie an.")


def test_the_text_on_a_placard_is_what_it_says() -> None:
    assert not scare_ids('Viele hatten Plakate dabei. Auf einem stand "Schulen statt Straßen".')
    assert not scare_ids("Auf dem Transparent stand „Hände weg von unserem Bad“.")
    assert scare_ids("Die „Entlastung“ steht auf wackligen Beinen.")
