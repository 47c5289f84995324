"""Voice and sense fixes of the twenty-seventh session (2026-12-03). Sentences written for
these tests."""

from __future__ import annotations

from .conftest import finding_ids, voice_of_span


def test_unnamed_experts_who_only_name_a_quoted_term_hide_no_source() -> None:
    """"Fachleute sprechen vom „Netz der Sensoren“.": the experts give a thing its name, they
    pass on no view. A quoted judgement ("„Abzocke“") or a term inside a longer claim keeps the
    vague source."""
    assert "vague_attribution.experten_satzanfang" not in finding_ids(
        "Fachleute sprechen vom „Netz der Sensoren“.")
    assert "vague_attribution.experten_satzanfang" not in finding_ids(
        "Forscher sprechen von der sogenannten „Stunde null“.")
    assert "vague_attribution.kritiker_sagen" in finding_ids(
        "Kritiker sprechen von „Abzocke“.")
    assert "vague_attribution.experten_satzanfang" in finding_ids(
        "Fachleute sprechen von einem „Jahrhundertsommer“, der die Ernte vernichten werde.")


def test_a_pets_name_in_quotes_after_its_kind_is_a_name() -> None:
    """"Kater „Mogli“ ist wieder da": the quote marks give the animal's name, no distance;
    later the bare „Mogli“ is that name again."""
    text = ("Kater „Mogli“ ist nach einem Jahr wieder zu Hause. Die Nachbarin hatte ihn im "
            "Garten entdeckt. Wie „Mogli“ den Weg zurückfand, weiß niemand.")
    assert not any(i.startswith("rule.scare_quote") for i in finding_ids(text))
    assert any(i.startswith("rule.scare_quote") for i in finding_ids(
        "Die Stadt nennt den Umbau eine Verbesserung. Die Anwohner erleben den „Fortschritt“ "
        "jeden Morgen im Stau."))


def test_hearing_a_sound_is_no_unnamed_source() -> None:
    """"Unter dem Helm hört man nur das Brummen der Motoren": hearing, not hearsay. "Aus der
    Fraktion hört man Kritik" stays a vague source."""
    assert "vague_attribution.wie_man_hoert" not in finding_ids(
        "Unter dem Helm hört man nur das Brummen der Motoren.")
    assert "vague_attribution.wie_man_hoert" in finding_ids(
        "Aus der Fraktion hört man Kritik am Kurs der Spitze.")


def test_a_family_name_that_is_also_a_word_names_the_observers() -> None:
    """"Beobachter hatten … Trainerin Sandra Klein sagte …": "Klein" is her family name, and
    the named coach names the observers. An unnamed coach next names no one."""
    assert "vague_attribution.s18k_gruppe_urteilt" not in finding_ids(
        "Beobachter hatten der Abwehr einiges zugetraut. Trainerin Maria Klein sagte nach "
        "dem Spiel, die Mannschaft sei gewachsen.")
    assert "vague_attribution.s18k_gruppe_urteilt" in finding_ids(
        "Beobachter hatten der Abwehr einiges zugetraut. Die Trainerin sagte nach dem Spiel, "
        "die Mannschaft sei gewachsen.")


def test_an_advocates_association_that_gives_the_advice_names_the_experts() -> None:
    """"Fachleute raten … Der Kinderschutzbund empfiehlt seit Jahren, …": the association
    gives the advice the experts were credited with. Without it they stay unnamed."""
    assert "vague_attribution.experten_sagen" not in finding_ids(
        "Experten raten, Kinder nie allein am Wasser spielen zu lassen. Der Deutsche "
        "Kinderschutzbund betont seit Jahren, dass Schwimmkurse früh beginnen sollten.")
    assert "vague_attribution.experten_sagen" in finding_ids(
        "Experten raten, Kinder nie allein am Wasser spielen zu lassen. Viele Eltern "
        "unterschätzen die Gefahr.")


def test_a_hedge_in_what_medics_suspect_is_their_diagnosis() -> None:
    """"Verdacht auf einen Beinbruch, vielleicht auch eine Gehirnerschütterung.": the crew's
    first diagnosis, hedged by them. A new clause after it is the author's again."""
    assert voice_of_span("Verdacht auf einen Beinbruch, vielleicht auch eine "
                         "Gehirnerschütterung.", "vielleicht") == "quote"
    assert voice_of_span("Die Polizei ermittelt wegen Verdacht auf Untreue, der Schaden ist "
                         "vermutlich hoch.", "vermutlich") == "author"


def test_loaded_words_in_a_reviews_list_of_plot_motifs_belong_to_the_story() -> None:
    """"Das Drehbuch häuft Motiv auf Motiv: …, eine vertuschte Affäre, …": the story's
    elements, listed by the critic. Without the work and its motifs the word is the author's."""
    assert "loaded_language.vertuschung" not in finding_ids(
        "Das Drehbuch häuft Motiv auf Motiv: ein Erbstreit, eine vertuschte Bestechung, ein "
        "verschwundener Bruder.")
    assert "loaded_language.vertuschung" in finding_ids(
        "Der Gemeinderat hat ein Problem: eine vertuschte Bestechung.")


def test_a_speech_verb_in_the_reported_reasoning_is_the_speakers() -> None:
    """"Die Angaben seien unsicher, weil Befragte manches beschönigen könnten": the study
    authors' reasoning in indirect speech. The author's own "beschönigte" stays a finding."""
    assert voice_of_span("Die Angaben seien unsicher, weil Befragte manches vergessen oder "
                         "beschönigen könnten.", "beschönigen") == "quote"
    assert voice_of_span("Der Sprecher beschönigte die Zahlen, weil er sonst Ärger bekommen "
                         "könnte.", "beschönigte") == "author"


def test_researchers_in_a_study_reports_subhead_are_the_studys_authors() -> None:
    """Headline "Studie: …", subhead "Forscher sehen …", then the lead names the institute
    behind the study: the researchers are named. Without the named study they are not."""
    head = ("Studie: Jugendliche schlafen zu wenig\n\nForscher sehen Zusammenhang mit "
            "nächtlicher Handynutzung\n\n")
    assert "vague_attribution.experten_sagen" not in finding_ids(
        head + "Jugendliche schlafen im Schnitt sieben Stunden. Das geht aus einer Studie des "
        "Instituts für Schlafmedizin der Universität Wendelburg hervor.")
    assert "vague_attribution.experten_sagen" in finding_ids(
        head + "Jugendliche schlafen im Schnitt sieben Stunden. Viele nutzen das Handy bis "
        "Mitternacht.")


def test_two_camps_side_by_side_give_their_views() -> None:
    """"Für die einen ist es ein Fortschritt, für die anderen der Anfang vom Ende": both views
    belong to camps the sentence sets side by side. The author's own verdict stays."""
    assert voice_of_span("Für die einen ist das Gesetz ein Fortschritt, für die anderen der "
                         "Anfang vom Ende der Vertragsfreiheit.", "Anfang vom Ende") == "quote"
    assert voice_of_span("Das Gesetz ist der Anfang vom Ende der Vertragsfreiheit.",
                         "Anfang vom Ende") == "author"
