"""Voice and sense fixes of the fourteenth session (2026-12-01, eighth session of the day)."""

from __future__ import annotations

from .conftest import finding_texts

_author = finding_texts


def _quote(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_tears_in_the_eyes_is_no_one_elses_view() -> None:
    """"in den Augen der Kritiker" gives their view; "mit Tränen in den Augen" describes a
    face, so the author's emotive wording in the sentence stays the author's. (The phrase itself
    is no finding since session 27: judged blind, it was right once in ten.)"""
    text = ("Mit Tränen in den Augen verabschiedete sich die Trainerin von ihrer grandiosen "
            "Mannschaft.")
    assert any("grandios" in t for t in _author(text))
    assert "Skandal" in _quote("In den Augen der Kritiker ist die Reform ein Skandal.")
    assert "Skandal" in _quote("In den Augen vieler Anwohner ist die Sperrung ein Skandal.")
    assert "Skandal" in _author("In meinen Augen ist die Reform ein Skandal.")


def test_districts_are_no_circle_of_sources() -> None:
    assert any("Verbandskreisen" in t for t in _author("Das erfuhr die Zeitung aus Verbandskreisen."))
    assert not any("kreisen" in t for t in _author(
        "Helfer aus Nachbarlandkreisen unterstützten die Feuerwehr beim Löschen."))


def test_a_body_named_by_a_compound_gives_its_view() -> None:
    """"Für die Elternvertretung ist …" gives the body's view like "Für die Eltern ist …"; its
    quoted wording is theirs too, while "Für die Region ist …" stays the author's judgement."""
    assert "Abzocke" in _quote("Für die Elternvertretung ist die neue Gebühr eine dreiste Abzocke.")
    assert not _author("Für den Mieterbund ist die Reform ein einziger „Etikettenschwindel“.")
    assert "Desaster" in _author("Für die Region ist die Schließung ein Desaster.")


def test_a_plural_noun_is_no_lemma_of_a_verb() -> None:
    """"Arten, die aus dem Süden stammen" is no "ausarten"; "jeden Meter kennen" no appeal."""
    assert not _author("Robust zeigten sich Arten, die aus wärmeren Regionen stammen.")
    assert not _author("Der Seiler kennt jeden Meter seiner Bahn.")
    assert any("artet" in t for t in _author("Der Streit artete in eine Schlägerei aus."))


def test_what_was_intended_or_staged_is_no_verdict() -> None:
    """"Was als Albtraum gedacht ist" names an intent; "den der Schauspieler als schmierigen
    Kassierer gibt" a role as played. The plain verdict stays the author's."""
    assert not _author("Was als Albtraum gedacht ist, wirkt eher wie ein Partykeller.")
    assert not _author("Den Bösewicht gibt der Bariton als schmierigen Kassierer mit Megafon.")
    assert "Albtraum" in _author("Die neue Parkordnung ist ein Albtraum für die Anwohner.")
    assert any("schmierig" in t for t in _author("Die schmierigen Geschäfte des Investors ärgern die Stadt."))
    assert any("Orgie" in t for t in _author(
        "In den letzten Jahren gab es nichts Geringeres als eine Orgie der Gewalt."))


def test_a_characters_apposition_in_a_review_is_the_storys() -> None:
    """In a review, "Max, der glücklose Jägerbursche, …" draws a figure of the story; outside a
    review the same apposition about a real person stays the author's label."""
    review = ("Die Regisseurin verlegt die Oper in ein Vereinsheim, die Darsteller spielen im "
              "Trainingsanzug. Max, der glücklose Jägerbursche, hat seit Wochen nichts "
              "getroffen. Die Inszenierung bleibt leider blass.")
    assert "glücklose" in _quote(review) and "glücklose" not in _author(review)
    assert "glücklose" in _author("Der Stadtrat tagte. Müller, der glücklose Bürgermeister, "
                                  "trat zurück.")
