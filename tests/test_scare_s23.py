"""Scare-quote fixes of the nineteenth session (2026-12-02). Sentences written for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes


def _scare(text: str) -> bool:
    return bool(author_scare_quotes(text))


def test_a_name_the_text_also_writes_without_quote_marks_is_a_name() -> None:
    """„Rosi“ in a headline and Kuh Rosi in the body: the animal's name, not distance. A quoted
    common noun, and a name the text never writes plainly, stay findings."""
    assert not _scare("Entlaufene „Rosi“ stoppt den Zug\n\nKuh Rosi (6) stand am Montag auf den "
                      "Gleisen. Rosi ließ sich erst nach einer Stunde wegführen.")
    assert not _scare("Bauernhof\n\nDer Bauer feiert seine „Rosi“ auf dem Hof. Rosi kam am Montag "
                      "zurück.")
    assert _scare("Bahn\n\nDer Stadtrat feiert die „Reform“ der Buslinien. Die Reform kam am "
                  "Montag, sie kostet viel.")
    assert _scare("Kuh\n\nDer Bauer feiert seine „Rosi“ auf dem Hof. Am Montag kam die Kuh "
                  "zurück.")


def test_a_work_title_after_the_authors_genitive_at_a_theatre_is_a_title() -> None:
    """„Woyzeck“ after „Büchners“ in a sentence that names the stage or the director: the play's
    title, not distance."""
    assert not _scare("Regisseur Jan Pohl bringt Büchners „Woyzeck“ am Landestheater Kessel auf "
                      "die Bühne.")
    assert not _scare("Am Schauspielhaus Linden zeigt die Regisseurin Schillers „Räuber“ als "
                      "Bandenkrieg.")


def test_a_word_quoted_inside_grumbled_indirect_speech_is_the_grumblers() -> None:
    """„Die Nachbarn murren, der Verein hätte ja auch mal „nachfragen“ können“: the quoted word
    belongs to the grumblers' reported words (murren, nörgeln, meckern are verbs of saying)."""
    assert not _scare("Die Nachbarn murren, der Verein hätte ja auch mal „nachfragen“ können.")
    assert _scare("Der Verein hätte ja auch mal „nachfragen“ können.")
