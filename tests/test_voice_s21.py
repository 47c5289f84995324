"""Voice fixes of the seventeenth session (2026-12-02), from the weak spots the blind desk21
round showed. Sentences written for these tests."""

from __future__ import annotations

from .conftest import finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_a_council_group_listed_by_its_parties_holds_the_view() -> None:
    """"Für die Mehrheit aus SPD, Grünen und FDP ist das …": the list's commas do not end the
    group, and a council majority or group holds the view; the same label alone is the
    author's."""
    listed = "Für die Mehrheit aus SPD, Grünen und FDP ist die Abgabe eine Abzocke."
    assert "Abzocke" in _quoted(listed)
    assert "Abzocke" not in _author(listed)
    group = "Für die Fraktion der Freien Wähler ist die Steuer schlicht eine Abzocke."
    assert "Abzocke" in _quoted(group)
    assert "Abzocke" in _author("Die Steuer ist schlicht eine Abzocke.")


def test_an_impact_on_a_coalition_stays_the_authors_verdict() -> None:
    """"Für die Koalition ist das ein herber Rückschlag" judges what befell the coalition: the
    author's wording (a coalition is no view holder), as is a list of places or a party alone."""
    assert "herber Rückschlag" in _author("Für die Koalition ist das ein herber Rückschlag.")
    assert "Abzocke" in _author("Für Bonn, Köln und Aachen ist das eine Abzocke.")
    assert "Katastrophe" in _author("Für die SPD sind die Umfragen eine Katastrophe.")


def test_an_actor_playing_it_with_restraint_is_the_critics_praise() -> None:
    """"… spielt das mit bewundernswerter Zurückhaltung": "das" is the object, not the article
    of a role, so the praise after it stays the reviewer's; a role played stays the story's."""
    review = ("In der Serie kehrt Ronja in ihr Heimatdorf zurück. Der Pfarrer hält sie für eine "
              "Unruhestifterin, die alte Geschichten aufwärmt. Ronja muss sich dort wieder "
              "einleben, und die Schauspielerin Lene Haid spielt das mit bewundernswerter "
              "Zurückhaltung.")
    assert any("bewundernswerter" in t for t in _author(review))


def test_a_slap_for_the_mayor_is_the_authors_verdict() -> None:
    """"eine schallende Ohrfeige für den Bürgermeister": the noun before "für" is a verdict on
    what befell him, not his view; "ist für den Bürgermeister ein Skandal" stays his view."""
    assert "Ohrfeige" in _author("Das Votum ist eine schallende Ohrfeige für den Bürgermeister.")
    assert "Skandal" in _quoted("Das Votum ist für den Bürgermeister ein Skandal.")


def test_a_columnists_inverted_opinion_verb_is_no_reported_speech() -> None:
    """"Das finde ich befremdlich": "finde" with "ich" after it is the indicative of the first
    person, not a Konjunktiv I that would make the sentence someone's reported words."""
    column = ("Ich gebe zu, ich war skeptisch. Drei Wochen lang habe ich jeden Morgen den Bus "
              "genommen. Das finde ich befremdlich. Für falsch halte ich vor allem die Taktung.")
    assert any("befremdlich" in t for t in _author(column))
    assert any("halte ich" in t for t in _author(column))


def test_a_teasers_experts_named_in_the_body_hide_no_one() -> None:
    """A headline split at its question mark and a two-sentence lead: the lead's "Unabhängige
    Fachleute raten …" sums up the experts the body quotes by name, as a three-sentence teaser
    would; in a body paragraph the same words stay a vague source."""
    body = ("Eine Gruppe der Universität Kranzberg hat 300 Menschen über zwei Jahre begleitet.\n\n"
            "„Der Effekt ist klein, aber messbar“, sagt die Ernährungsmedizinerin Ulrike Seibold. "
            "„Für Empfehlungen ist es zu früh“, sagt der Biologe Tobias Rennert.")
    teaser = ("Kimchi fürs Herz? Studie findet kleinen Effekt\n\n"
              "Wer oft Fermentiertes isst, hat womöglich bessere Blutwerte. Unabhängige Fachleute "
              "raten dennoch zur Vorsicht\n\nVon Lea Brandt\n\n")
    assert not any("Fachleute" in t for t in _author(teaser + body))
    late = ("Kimchi fürs Herz? Studie findet kleinen Effekt\n\nWer oft Fermentiertes isst, hat "
            "womöglich bessere Blutwerte.\n\n" + body + "\n\nUnabhängige Fachleute raten "
            "dennoch zur Vorsicht.")
    assert any("Fachleute" in t for t in _author(late))
