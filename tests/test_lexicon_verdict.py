"""Review and commentary verdicts (lexicons/verdict.jsonl): the author's verdict is found, the same
words in a quote, a literal sense or a neutral report are not. Texts written for these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze


def _author_ids(text: str) -> set[str]:
    return {f.id for f in analyze(text, classifier=None).findings if f.voice == "author"}


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Wer nach fünfzig Seiten aufgibt, verpasst einen der mutigsten Filme dieses Winters.",
         "puffery.ver_einer_der_besten_werke"),
        ("Der Kommissar bleibt über drei Folgen seltsam blass.", "loaded_language.ver_blass_figur"),
        ("Die Rathausspitze verschiebt die Sanierung erneut. Das ist ein Fehler.",
         "loaded_language.ver_das_ist_ein_fehler"),
        ("Der neue Zuschuss ist ein Pflaster auf einem Beinbruch.",
         "loaded_language.ver_pflaster_beinbruch"),
        ("Zum Jahreswechsel langen die Stadtwerke kräftig zu.", "loaded_language.ver_firmen_langen_zu"),
    ],
)
def test_author_verdict_is_found(text: str, entry_id: str) -> None:
    assert entry_id in _author_ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # the verdict is the quoted speaker's, not the author's
        ("„Das ist ein Fehler“, sagte die Bürgermeisterin.", "loaded_language.ver_das_ist_ein_fehler"),
        # a superlative ranking of people or firms, not of a work
        ("Sie gilt als eine der besten Torhüterinnen des Landes.", "puffery.ver_einer_der_besten_werke"),
        # a pale face, a technical error, a literal plaster, guests at a buffet
        ("Der Angeklagte war seltsam blass im Gesicht.", "loaded_language.ver_blass_figur"),
        ("Es war ein Fehler im Stellwerk, teilte die Bahn mit.", "loaded_language.ver_das_ist_ein_fehler"),
        ("Die Sanitäterin klebte ein Pflaster auf die Schürfwunde.",
         "loaded_language.ver_pflaster_beinbruch"),
        ("Beim Empfang langten die Gäste kräftig zu.", "loaded_language.ver_firmen_langen_zu"),
    ],
)
def test_neutral_use_is_not_an_author_verdict(text: str, entry_id: str) -> None:
    assert entry_id not in _author_ids(text)
