"""Voice fixes of the sixteenth session (2026-12-02), chosen from the verdicts on the blind
desk19 round. Sentences written for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes, finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_a_party_given_a_bare_label_holds_the_view() -> None:
    """"Für die Verteidigung ist dieses Gutachten purer Zynismus": the defence's view, though
    the label has no article; the same label without the party is the author's."""
    assert "Zynismus" in _quoted("Für die Verteidigung ist dieses Gutachten purer Zynismus.")
    assert "Zynismus" not in _author("Für die Verteidigung ist dieses Gutachten purer Zynismus.")
    assert "Zynismus" in _author("Dieses Gutachten ist purer Zynismus.")
    assert "blanker Hohn" in _quoted("Für den Betriebsrat ist der Sparplan blanker Hohn.")
    assert "blanker Hohn" in _author("Der Sparplan ist blanker Hohn.")


def test_a_quote_ending_a_reported_clause_is_the_sources_wording() -> None:
    """"…, hieß es, die Werte würden „klar eingehalten“": the office's words, not the author's
    distance (the reported clause ends at the last word, before the closing mark)."""
    sourced = "Aus dem Landratsamt hieß es, die Lärmwerte würden „klar eingehalten“."
    assert not any("eingehalten" in t for t in _author(sourced))
    assert author_scare_quotes("Die „Reform“ der Kreisverwaltung bringt den Mietern nichts.")


def test_the_verb_meinen_is_no_first_person() -> None:
    """"Kritiker meinen, …" after a question is the author's vague source, not a speaker going
    on in the first person ("meinen" the possessive: "meinen Vater")."""
    text = "Wer glaubt das noch? Kritiker meinen, der Kreis stopfe damit nur Haushaltslöcher."
    assert any(t.startswith("Kritiker") for t in _author(text))


def test_a_label_that_befalls_a_group_stays_the_authors() -> None:
    """"Für die Opfer ist das ein schwacher Trost": what it means for them, in the author's words."""
    assert "ein schwacher Trost" in _author("Für die Opfer ist das Urteil ein schwacher Trost.")


def test_a_group_with_an_apposition_holds_the_view() -> None:
    """"Für die Mieter, die seit Monaten warten, ist der Vermieter ein Abzocker": their view,
    the relative clause between commas notwithstanding."""
    text = "Für die Mieter, die seit Monaten warten, ist der Vermieter ein Abzocker."
    assert "Abzocker" in _quoted(text) and "Abzocker" not in _author(text)
    assert "Abzocker" in _author("Der Vermieter ist ein Abzocker.")


def test_experts_named_in_the_next_sentence_are_no_vague_source() -> None:
    vague = "Unabhängige Fachleute halten das Verfahren für sicher."
    named = vague + " Der Kieler Toxikologe Jens Albers sagt, die Daten seien eindeutig."
    assert any(t.startswith("Unabhängige Fachleute") for t in _author(vague))
    assert not any(t.startswith("Unabhängige Fachleute") for t in _author(named))


def test_a_crowds_murmur_and_a_shooting_record_are_no_judgement() -> None:
    assert not _author("Als das Urteil fiel, ging ein Raunen durch den Saal.")
    assert "raunte" in _author("„Das wird teuer“, raunte ein Beamter.")
    assert not _author("Im Stehendschießen leistete sich der Norweger zwei Fehler, danach "
                       "blieb er makellos.")
    assert any("Fehler" in t for t in _author(
        "Im Finale leistete sich der Torwart einen peinlichen Fehler."))


def test_a_statute_named_in_the_genitive_is_no_scare_quote() -> None:
    assert not _author("Der Entwurf des sogenannten „Klimaanpassungsgesetzes“ liegt seit Mai vor.")
    assert "„Klimaschutz“" in _author("Der sogenannte „Klimaschutz“ der Regierung kostet nur Geld.")


def test_aus_ihrer_sicht_gives_the_groups_view() -> None:
    text = ("Ganz anders sehen das die Wirte. Aus ihrer Sicht trifft die Abgabe ausgerechnet "
            "die Gastronomie.")
    assert "ausgerechnet" in _quoted(text) and "ausgerechnet" not in _author(text)
    assert "ausgerechnet" in _author("Die Abgabe trifft ausgerechnet die Gastronomie.")


def test_analysts_named_after_a_quote_with_man_are_no_vague_source() -> None:
    """The quoted words' own "man" does not make the next sentence's speaker nameless."""
    vague = "Analysten zeigten sich uneins."
    named = vague + (" „Das Wetter kann man dem Vorstand nicht vorwerfen“, sagte Petra Hollbach "
                     "von der Landesbank.")
    assert "Analysten" in _author(vague)
    assert "Analysten" not in _author(named)


def test_plural_koennten_continues_reported_speech() -> None:
    """"sie könnten" stands in for the Konjunktiv I "sie können" (equal to the indicative): after
    a reported sentence the speaker goes on; without one it is the author's own hedge."""
    text = ("Ersatz für eine Bronzefigur koste schnell 1500 Euro, sagt der Steinmetz. Viele Familien "
            "könnten sich das schlicht nicht leisten.")
    assert "schlicht" not in _author(text) and "schlicht" in _quoted(text)
    assert "schlicht" in _author("Die Kosten steigen weiter. Die Gemeinden könnten schlicht "
                                 "pleitegehen.")
