"""Fixes after the thirty-first session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry, so a fix cannot pass by
silencing the entry. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import context_flagged, ids


# A separable particle at a pattern's end is the verb's particle only where the clause ends or
# goes on with a conjunction or a preposition; before a noun phrase it is a preposition or the
# article ("bremsen, aus alter Gewohnheit"; "Beim Dreschen ist ein Funke …").
@pytest.mark.parametrize("text", [
    "Ich werde an der Ampel wohl trotzdem bremsen, aus alter Gewohnheit.",
    "Die Fahrerin bremst kurz vor der Kurve aus voller Fahrt.",
])
def test_particle_before_a_noun_phrase_is_a_preposition(engine: Analyzer, text: str) -> None:
    assert "loaded_language.s15c_ausbremsen" not in ids(engine, text)


@pytest.mark.parametrize("text", [
    "Die Länder bremsen den Bund seit Monaten aus.",
    "Die Länder bremsen den Bund aus, wo sie nur können.",
    "Die Kammer bremste die Ministerin aus und vertagte die Reform.",
])
def test_particle_at_the_clause_end_still_matches(engine: Analyzer, text: str) -> None:
    assert "loaded_language.s15c_ausbremsen" in ids(engine, text)


def test_article_ein_is_no_particle(engine: Analyzer) -> None:
    assert "loaded_language.s15c_dreschen" not in ids(
        engine, "Beim Dreschen ist ein Funke aus der Maschine gesprungen.")
    assert "loaded_language.s15c_dreschen" in ids(
        engine, "Die Opposition drischt auf den Minister ein.")


def test_particle_before_a_preposition_is_still_the_particle(engine: Analyzer) -> None:
    assert "loaded_language.fv_rastet_aus" in ids(engine, "Der Trainer rastete aus vor Wut.")


# A yes/no question about "er"/"sie" that he or she answers in a quote within the next two
# statements is the reporter's question put to the person, not the author's device.
BEFORE = "Heute wohnt der frühere Wirt in einer kleinen Mietwohnung am Stadtrand. "


@pytest.mark.parametrize("answer", [
    "Hartmann rührt lange in seinem Kaffee. „Die Gäste“, sagt er dann. „Nur die Gäste.“",
    "Da muss er lachen: „Keinen einzigen Tag.“",
])
def test_question_the_person_answers_is_no_device(engine: Analyzer, answer: str) -> None:
    text = BEFORE + "Vermisst er sein altes Leben? " + answer
    assert "rule.rhetorical_question" not in ids(engine, text)


@pytest.mark.parametrize("answer", [
    "Hartmann rührt lange in seinem Kaffee. „Bestimmt nicht“, sagt seine Nachbarin.",
    "Das weiß niemand. Die Kneipe ist jedenfalls zu.",
])
def test_question_someone_else_answers_stays_the_authors(engine: Analyzer, answer: str) -> None:
    text = BEFORE + "Vermisst er sein altes Leben? " + answer
    assert "rule.rhetorical_question" in ids(engine, text)


def voices(engine: Analyzer, text: str, entry: str) -> list[str]:
    return [f.voice for f in engine.analyze(text).findings if f.id == entry]


# An age in brackets after a name ("Kalmbach (61)", tabloid and local copy) does not break the
# inserted attribution: what follows in Konjunktiv I is the named person's.
def test_inserted_attribution_with_an_age_reports(engine: Analyzer) -> None:
    text = ("Vermutlich, so Hausmeister Egon Brantl (63), sei der Hund durch das offene Tor "
            "in den Keller gelaufen.")
    assert voices(engine, text, "speculation.vermutlich") == ["quote"]
    own = "Vermutlich ist der Hund durch das offene Tor in den Keller gelaufen."
    assert voices(engine, own, "speculation.vermutlich") == ["author"]


# A listed technical term stays neutral in its inflected forms ("Schockräumen", "Knalltraumata"
# as the plural of "Knalltrauma" is the lemma's business).
def test_listed_neutral_compound_inflected(engine: Analyzer) -> None:
    from analyzer.compounds import analyze_compound, is_neutral

    assert is_neutral("Schockräumen") and analyze_compound("Schockräumen") is None
    assert analyze_compound("Schockzahlen") is not None
    found = ids(engine, "Die Klinik hat zwei Schockräumen und zwölf Behandlungsplätze.")
    assert not any(i.startswith("compound.") for i in found)
    assert any(i.startswith("compound.") for i in ids(
        engine, "Die Kasse meldet Schockzahlen für das dritte Quartal."))


# "den Kürzeren ziehen" in a game only says who lost; about people hit by a policy it judges.
@pytest.mark.parametrize("text", [
    "Die Nummer zwei zog gegen den Tschechen im Entscheidungssatz mit 9:11 den Kürzeren.",
    "Im Zielsprint zog die Titelverteidigerin knapp den Kürzeren.",
])
def test_kuerzeren_in_a_game_is_losing(engine: Analyzer, text: str) -> None:
    assert "loaded_language.s18m_zeche_ausbaden" not in ids(engine, text)


def test_kuerzeren_for_people_hit_judges(engine: Analyzer) -> None:
    assert "loaded_language.s18m_zeche_ausbaden" in ids(
        engine, "Am Ende ziehen die Mieter den Kürzeren, weil die Vermieter die Kosten weitergeben.")


def test_verpufft_play_is_the_sports_word(engine: Analyzer) -> None:
    assert "loaded_language.s16e_verpufft" not in ids(
        engine, "Der letzte Einwurf der Gäste verpuffte, dann ertönte die Sirene.")
    assert "loaded_language.s16e_verpufft" in ids(
        engine, "Die Millionen für die Innenstadt sind wirkungslos verpufft.")


# An interviewer's question puts a stance or a word to the guest; what it charges in its own
# words (an unnamed source, a loaded word) stays the outlet's.
INTERVIEW = (
    "„Die Schließung trifft uns alle“\n\n"
    "Seit 30 Jahren begleitet Ilse Warnke Geburten im Kreiskrankenhaus. Ein Gespräch über das "
    "Ende der Station.\n\n"
    "Frau Warnke, wie geht es Ihnen?\n\n"
    "Ich bin traurig. Hier sind Tausende Kinder zur Welt gekommen.\n\n"
    "Der Träger begründet die Schließung mit den Geburtenzahlen. Ist das nicht nachvollziehbar?\n\n"
    "Die Zahlen stimmen, das bestreite ich nicht. Aber die Wege werden lang.\n\n"
    "Kritiker sagen, Sie hätten die Station zu lange schöngeredet. Ist das Abzocke der Träger?\n\n"
    "Nein. Ich habe nur für meine Frauen gekämpft, und das tue ich weiter.\n"
)


def test_interviewers_question_puts_no_stance(engine: Analyzer) -> None:
    found = {(f.id, f.voice) for f in engine.analyze(INTERVIEW).findings}
    assert ("doubt.adj_unplausibel", "author") not in found
    assert ("vague_attribution.kritiker_sagen", "author") in found


def test_same_question_outside_an_interview_doubts(engine: Analyzer) -> None:
    text = ("Der Träger begründet die Schließung mit den Geburtenzahlen. Ist das nicht "
            "nachvollziehbar? Die Wege für die Schwangeren werden jedenfalls lang.")
    assert "doubt.adj_unplausibel" in ids(engine, text)


def test_short_follow_up_answered_by_a_bare_quote(engine: Analyzer) -> None:
    text = ("Im Herbst will die 81-Jährige beim Halbmarathon starten. Und mit 85? „Da lauf ich "
            "noch mal die ganze Strecke.“")
    assert "rule.rhetorical_question" not in ids(engine, text)
    jab = ("Die Stadt verspricht seit Jahren Besserung. Und die Politik? Die hatte alles "
           "versprochen.")
    assert "rule.rhetorical_question" in ids(engine, jab)


def test_full_to_the_last_seat_is_the_stock_phrase(engine: Analyzer) -> None:
    assert "intensifier.s15d_brechend_voll" not in ids(
        engine, "Der Sitzungssaal war bis auf den letzten Platz gefüllt, 70 Zuhörer standen.")
    assert "intensifier.s15d_brechend_voll" in ids(engine, "Das Festzelt war wieder rappelvoll.")


def test_vielleicht_before_our_proposal_guesses_nothing(engine: Analyzer) -> None:
    found = ids(engine, "Das Kind hatte einfach zugehört. Vielleicht sollten wir das auch einmal "
                        "probieren.")
    assert "speculation.vielleicht" not in found and "appeal.wir_muessen" in found
    assert "speculation.vielleicht" in ids(
        engine, "Vielleicht steckt hinter dem Rückzug des Trainers mehr als Müdigkeit.")


# What a reporter sees people do or show is no judgement for the contextual word model.
def test_context_model_skips_observed_behaviour() -> None:
    from analyzer.contextmodel import _OBSERVED

    flagged = context_flagged("Ob das Tattoo mit der Trennung zu tun hat? Die Schauspielerin "
                              "lächelt nur und schweigt. Im Ziel winkt die Rentnerin noch "
                              "fröhlich in die Kameras.")
    assert not flagged & {"lächelt", "schweigt", "fröhlich"}
    assert {"lächeln", "schweigen", "fröhlich"} <= _OBSERVED and "müde" not in _OBSERVED


# The clause after a verb of saying and its comma is what was said, also when it opens with an
# adjective, its verb is split from the particle ("wandte ein, …") or it is in the past tense.
@pytest.mark.parametrize("text", [
    "Der Verband wandte ein, pauschale Tempolimits gingen an der Realität vorbei.",
    "Der Verband sagte, pauschale Tempolimits gingen an der Realität vorbei.",
    "Pauschale Tempolimits gingen an der Realität vorbei, wandte der Verband ein.",
])
def test_clause_after_a_verb_of_saying_is_reported(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "loaded_language.s17i_an_vorbei") == ["quote"]


def test_same_clause_without_a_speaker_is_the_authors(engine: Analyzer) -> None:
    text = "Die Kammer wandte sich ab, pauschale Verbote gehen an der Realität vorbei."
    assert voices(engine, text, "loaded_language.s17i_an_vorbei") == ["author"]


def test_generic_wer_in_konjunktiv_after_a_speaker_is_reported(engine: Analyzer) -> None:
    text = ("Die Abgeordnete erinnerte daran, dass der Mangel ein bundesweites Problem sei. Wer "
            "so tue, als ließe er sich rasch lösen, streue den Menschen Sand in die Augen.")
    assert voices(engine, text, "loaded_language.idiom_sand_in_die_augen") == ["quote"]
    own = ("Wer so tut, als ließe sich das rasch lösen, streut den Menschen Sand in die Augen.")
    assert voices(engine, own, "loaded_language.idiom_sand_in_die_augen") == ["author"]


SUBHEAD = (
    "Fernwärme wird teurer\n\n"
    "Die Stadtwerke heben den Preis um 18 Prozent an – Verbraucherschützer kritisieren mangelnde "
    "Transparenz\n\n"
    "Für rund 11.500 Haushalte wird das Heizen im kommenden Jahr teurer. Das teilte "
    "Geschäftsführer Jens Hollmann am Montag mit. „Wir geben nur gestiegene Kosten weiter“, sagte "
    "Hollmann. Bei der Verbraucherzentrale stößt das auf Kritik. „Die Kunden können nicht "
    "wechseln“, sagte Energieberaterin Katrin Sommer. Die Stadtwerke wollen ihre Kalkulation "
    "offenlegen, sagte Hollmann.\n"
)


def test_subhead_advocates_over_a_body_naming_them(engine: Analyzer) -> None:
    assert "vague_attribution.s24v_schuetzer_warnen" not in ids(engine, SUBHEAD)
    body = ("Die Stadtwerke heben den Preis um 18 Prozent an. Verbraucherschützer kritisieren "
            "mangelnde Transparenz. Die Kunden können den Anbieter nicht wechseln.")
    assert "vague_attribution.s24v_schuetzer_warnen" in ids(engine, body)
