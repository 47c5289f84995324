"""Quoted words that are uttered or written, not held at a distance (eighteenth session, from
desk23's verdicts): a word someone murmurs or calls out, and the text on a placard or sign.
Sentences written for this test; the distancing use beside each stays."""

from __future__ import annotations

from functools import cache

from analyzer.pipeline import Analyzer

from .conftest import scare_ids as _scare_ids


@cache
def _engine() -> Analyzer:
    return Analyzer(classifier=None, min_weight=0)


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


def test_a_monitors_category_in_quote_marks_is_its_level() -> None:
    """"Der Dürremonitor weist eine «extreme» bis «außergewöhnliche» Dürre aus": the official
    categories of an index; the same word held up in the author's own sentence stays."""
    assert not scare_ids("Der Dürremonitor weist in weiten Teilen des Landes eine «extreme» bis "
                         "«außergewöhnliche» Dürre aus.")
    assert scare_ids("Die sogenannte „extreme“ Dürre ist in Wahrheit ein trockener Sommer.")
