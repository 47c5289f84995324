"""Voice fixes of the twenty-sixth session (2026-12-03) after the desk48 and desk49/desk50
verdicts: unnamed critics named at once by a person whose role an apposition gives, a „hieß es“
after an administration, consumer advocates named by the next speaker, a story figure's moral
trait in a review, „versichern beide“. Sentences written for these tests."""

from __future__ import annotations

from .conftest import finding_ids, voice_of_span


def test_a_named_speaker_with_a_role_apposition_names_the_critics_before() -> None:
    """"Kritiker bemängeln … Der frühere Meister Jan Roth, heute als Experte im Fernsehen tätig,
    sagte, …": the apposition's "Experte" is the named man's role, and he names the critics.
    An unnamed speaker with the same apposition names no one."""
    assert "vague_attribution.kritiker_sagen" not in finding_ids(
        "Kritiker bemängeln seit Jahren, dass der Verband zu wenig in die Jugend investiere. "
        "Der frühere Olympiasieger Jan Roth, heute als Experte im Fernsehen tätig, sagte in "
        "Inzell, es fehle eine ganze Generation.")
    assert "vague_attribution.kritiker_sagen" in finding_ids(
        "Kritiker bemängeln seit Jahren, dass der Verband zu wenig in die Jugend investiere. "
        "Ein früherer Olympiasieger, heute als Experte im Fernsehen tätig, sagte in Inzell, es "
        "fehle eine ganze Generation.")


def test_a_hearsay_close_after_an_administration_as_subject_is_its_statement() -> None:
    """"Die Gemeinde stehe mit dem Land in Kontakt, hieß es.": the reported words open with the
    administration itself. Also two sentences after "Der Landkreis rief … aus". A place that is
    no administration ("Die Hauptstadt") names no one."""
    assert "vague_attribution.hiess_es" not in finding_ids(
        "Die Sanierung wird teurer. Die Gemeinde stehe dazu mit dem Land in Kontakt, hieß es.")
    assert "vague_attribution.hiess_es" not in finding_ids(
        "Der Landkreis rief am Abend den Katastrophenfall aus. So können Helfer aus anderen "
        "Regionen kommen. Rund 400 Einsatzkräfte seien unterwegs, hieß es.")
    assert "vague_attribution.hiess_es" in finding_ids(
        "Die Hauptstadt wächst seit Jahren. Viele Mieten seien kaum noch bezahlbar, hieß es.")


def test_consumer_advocates_named_by_the_next_speaker_hide_no_source() -> None:
    """"Verbraucherschützer warnen … „…“, sagt Jana Roth von der Verbraucherzentrale.": the
    warning's source is named at once; without her the group stays unnamed."""
    text = ("Verbraucherschützer warnen seit Jahren vor solchen Angeboten. „Was zu billig ist, "
            "ist meistens gefälscht“, sagt Jana Roth von der Verbraucherzentrale.")
    assert not any(i.startswith("vague_attribution") for i in finding_ids(text))
    assert any(i.startswith("vague_attribution") for i in finding_ids(
        "Verbraucherschützer warnen seit Jahren vor solchen Angeboten. Die Polizei ermittelt."))


def test_a_moral_trait_of_a_story_figure_in_a_review_is_the_storys() -> None:
    """"ein Nebenstrang um einen korrupten Stadtrat" in a film review: a figure of the plot, not
    the critic's label; the same words in news copy stay the author's."""
    review = ("Der neue Thriller von Regisseurin Mara Lenz hält die Spannung lange. Im letzten "
              "Drittel franst er aus, ein Nebenstrang um einen korrupten Stadtrat bleibt blass.")
    assert voice_of_span(review, "korrupten") == "quote"
    assert voice_of_span("Der Prozess gegen einen korrupten Stadtrat beginnt im Mai.",
                         "korrupten") == "author"


def test_both_named_speakers_after_their_words_make_them_theirs() -> None:
    """"Erst mal nichts Verrücktes, versichern beide.": the couple's words, reported without
    marks; "beide" is the speakers, as "die beiden" would be."""
    assert voice_of_span("Die Gewinner waren gerührt. Erst mal nichts Verrücktes, versichern "
                         "beide.", "Verrücktes") == "quote"


def test_not_all_named_at_once_by_the_next_speaker_hide_no_source() -> None:
    """"Nicht alle waren zufrieden. Trainerin Ida Brandl kritisierte die Jury.": the discontent
    has a named voice at once; without her it stays an unnamed part of the group."""
    assert "vague_attribution.s18k_nicht_alle" not in finding_ids(
        "Nicht alle waren mit der Jury zufrieden. Die österreichische Cheftrainerin Ida Brandl "
        "kritisierte die Wertung scharf.")
    assert "vague_attribution.s18k_nicht_alle" in finding_ids(
        "Nicht alle waren mit der Jury zufrieden. Die Wertung wurde am Abend bestätigt.")


def test_the_critics_own_listening_in_a_review_is_no_unnamed_source() -> None:
    """"…, und man hört, dass er …" in an opera review: what the critic hears on stage. The same
    words in business news are hearsay."""
    review = ("Die Inszenierung von Regisseurin Ute Kramm verlegt die Oper in ein Hotel. Der "
              "Bariton singt die Partie zum ersten Mal, und man hört, dass er mit ihr noch ringt.")
    assert "vague_attribution.wie_man_hoert" not in finding_ids(review)
    assert "vague_attribution.wie_man_hoert" in finding_ids(
        "Die Brauerei schreibt Verluste, und man hört, dass sie verkauft werden soll.")


def test_a_loaded_separable_verb_in_a_charge_clause_is_the_accusers() -> None:
    """"… warf der Stadt vor, die Kosten kleinzurechnen": the charge after „vorwerfen“ is the
    accuser's wording, also with the „zu“ inside a separable verb."""
    assert voice_of_span("Die Opposition lehnte den Plan ab. Fraktionschef Karl Weber warf der "
                         "Stadt vor, die Kosten kleinzurechnen.", "kleinzurechnen") == "quote"


def test_a_speaker_named_at_the_sentence_start_before_an_apposition_names_the_critics() -> None:
    """"Kritiker werfen der Stadt vor, … Jonas Pohl, der an der Allee wohnt, sagte, …": the
    name opens the next sentence, its relative clause comes before the verb of saying."""
    assert "vague_attribution.kritiker_sagen" not in finding_ids(
        "Kritiker werfen der Stadt vor, die Anwohner zu spät informiert zu haben. Jonas Pohl, "
        "der seit Jahren an der Allee wohnt, sagte, er habe aus der Zeitung davon erfahren.")
    assert "vague_attribution.kritiker_sagen" in finding_ids(
        "Kritiker werfen der Stadt vor, die Anwohner zu spät informiert zu haben. Die Stadt "
        "verweist auf eine Mitteilung vom März.")
