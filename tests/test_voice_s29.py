"""Voice fixes of the twenty-fifth session (2026-12-03) after the desk46 verdicts: a vague source
inside a reported clause in the subjunctive is the speaker's; a named association names the
unnamed associations of the sentence before; a hedge in a question the text answers at once
asks, it does not guess; a review's „…, die er sich nicht zutraut“ is no praise. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import finding_ids, voice_of_span


def test_a_vague_source_in_a_reported_subjunctive_clause_is_the_speakers() -> None:
    """"Der Wald sei …, und für den Bau müssten nach ersten Schätzungen …": the estimate and its
    unnamed source are part of what the councillor says. The author's own indicative sentence
    after the report keeps the vague source."""
    text = ("Ratsherr Kolb erklärte, man lehne den Standort ab. Die Lichtung sei ein beliebtes "
            "Ausflugsziel, und für die Zufahrt müssten nach ersten Schätzungen zwei Hektar Wald "
            "gerodet werden.")
    assert voice_of_span(text, "nach ersten Schätzungen") == "quote"
    text = ("Ratsherr Kolb erklärte, man lehne den Standort ab. Nach ersten Schätzungen müssen "
            "für die Zufahrt zwei Hektar Wald gerodet werden.")
    assert voice_of_span(text, "Nach ersten Schätzungen") == "author"


def test_a_named_association_names_the_unnamed_associations_before() -> None:
    """"Umweltverbände forderten … Der Verein Saubere Bäche verlangte, …": the associations are
    named at once. Without a named association after it, or for unnamed experts, the vague
    source stays."""
    assert "vague_attribution.s24v_schuetzer_warnen" not in finding_ids(
        "Umweltverbände forderten nach dem Bericht strengere Grenzwerte. Der Verein Saubere "
        "Bäche verlangte, alle Klärwerke bis 2030 nachzurüsten.")
    assert "vague_attribution.s24v_schuetzer_warnen" not in finding_ids(
        "Umweltverbände kritisierten die Pläne. Der NABU sprach von einem Rückschritt.")
    assert "vague_attribution.s24v_schuetzer_warnen" in finding_ids(
        "Umweltverbände forderten nach dem Bericht strengere Grenzwerte. Das Ministerium will "
        "die Zahlen zunächst prüfen.")
    assert "vague_attribution.experten_sagen" in finding_ids(
        "Experten kritisierten die Pläne. Der Verein Saubere Bäche verlangte, alle Klärwerke "
        "nachzurüsten.")


def test_a_hedge_in_a_question_answered_at_once_is_no_speculation() -> None:
    """"War der Auftritt vielleicht abgesprochen? Nein, sagt die Agentur.": the text asks and
    answers. The same hedge in a statement, or in a question left open, stays the author's."""
    assert "speculation.vielleicht" not in finding_ids(
        "War der Auftritt vielleicht abgesprochen? Nein, sagt die Agentur des Sängers.")
    assert "speculation.vielleicht" in finding_ids(
        "Vielleicht war der Auftritt abgesprochen. Die Agentur des Sängers bestreitet das.")
    assert "speculation.vielleicht" in finding_ids(
        "War der Auftritt vielleicht abgesprochen? Vieles deutet darauf hin.")


def test_what_a_novel_does_not_dare_is_no_praise() -> None:
    """"…, den er sich dann nicht zutraut" criticises; "…, die ihrem Publikum einiges zutraut"
    praises."""
    assert "puffery.s19q_abend_der_nachwirkt" not in finding_ids(
        "Der Roman deutet einen Bruch in der Familie an, den er sich dann nicht zutraut.")
    assert "puffery.s19q_abend_der_nachwirkt" in finding_ids(
        "Es ist eine Inszenierung, die ihrem Publikum eine Menge zutraut.")


def test_a_hiess_es_after_an_office_as_subject_continues_its_statement() -> None:
    """"Das Landratsamt richtete ein Bürgertelefon ein. Die Lage werde …, hieß es.": the office
    speaks. After a sentence without an office, or for an indicative statement, the bare "hieß
    es" still hides its source."""
    assert "vague_attribution.hiess_es" not in finding_ids(
        "Das Ordnungsamt sperrte die Uferstraße. Die Sperrung gelte bis auf Weiteres, hieß es.")
    assert "vague_attribution.hiess_es" in finding_ids(
        "Der Fluss stieg am Abend weiter. Die Sperrung gelte bis auf Weiteres, hieß es.")


def test_a_label_others_pass_around_is_theirs() -> None:
    """"wird … als neues Wunderkind herumgereicht": the arts pages' label, which the critic
    reports; the same word as the critic's own predicate stays the author's praise."""
    assert voice_of_span("Seit Monaten wird die Geigerin auf Festivals als neues Wunderkind "
                         "herumgereicht.", "Wunderkind") == "quote"
    assert voice_of_span("Die Geigerin ist ein Wunderkind.", "Wunderkind") == "author"
