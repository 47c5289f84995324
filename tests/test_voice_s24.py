"""Voice fixes of the twentieth session (2026-12-02). Texts written for these tests."""

from __future__ import annotations

from .conftest import finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_main_clause_after_a_generic_believer_is_the_authors() -> None:
    """"Wer glaubt, X sei Y, macht es sich zu leicht": the Konjunktiv clause is what a generic
    someone believes, the main clause after it is the commentator's verdict on that belief."""
    text = ("Die Stadt will den Busverkehr am Wochenende halbieren. Wer glaubt, damit sei das "
            "Defizit der Verkehrsbetriebe gelöst, macht es sich zu leicht.")
    assert "macht es sich zu leicht" in _author(text)
    resumed = ("Der Landrat verspricht schnelles Internet bis 2027. Doch wer meint, das sei schon "
               "beschlossene Sache, der irrt gewaltig.")
    assert "gewaltig" in _author(resumed)


def test_reported_generic_believer_stays_the_speakers() -> None:
    """The same figure inside reported speech stays the speaker's: "Der Bürgermeister sagte,
    wer glaube, …, irre sich gewaltig"."""
    text = ("Der Bürgermeister sagte, wer glaube, die Sanierung sei billig zu haben, irre sich "
            "gewaltig.")
    assert "gewaltig" not in _author(text)
    assert "gewaltig" in _quoted(text)


def test_believed_content_itself_is_not_the_authors() -> None:
    """The believed content stays reported: in "Wer glaubt, die Reform sei ein völlig neuer
    Anfang, irrt" the "völlig" is the believer's wording, not the author's."""
    text = "Wer glaubt, die Reform sei ein völlig neuer Anfang, irrt."
    assert "völlig" not in _author(text)
    assert "irrt" in _author(text)
