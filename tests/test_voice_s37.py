"""Fixes after the thirty-third session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer
from analyzer.text import segment

from .conftest import ids, voices


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text).sentences]


# A tabloid's shortened surname ("Horst K.") ends a sentence when a sentence opener follows;
# before a surname it stays an initial.
def test_initial_before_a_sentence_opener_ends_the_sentence() -> None:
    text = "„Wir ziehen nicht weg“, sagt Monika B. Und ihr Mann? Der schweigt."
    assert sentences(text) == ["„Wir ziehen nicht weg“, sagt Monika B.", "Und ihr Mann?",
                               "Der schweigt."]


@pytest.mark.parametrize("text", [
    "Das Konzert dirigierte Johann S. Bachmann aus Leipzig.",
    "Gegen den festgenommenen Karim N. Anklage zu erheben, dauerte Wochen.",
])
def test_initial_before_a_name_stays_inside(text: str) -> None:
    assert sentences(text) == [text]


def test_reporters_transition_question_is_no_longer_glued_to_a_quote(engine: Analyzer) -> None:
    text = ("Der Streit geht weiter. „Ich gebe nicht nach“, sagt Horst K. Und Sabine W.? „Die "
            "Hecke bleibt, basta.“")
    assert not any(f.category == "rhetorical" and "„" in f.text
                   for f in engine.analyze(text).findings)


# A plural finite verb after the comma of a reported main clause cannot share the singular
# speaker's subject: it goes on with the reported one. A singular verb there is the speaker's
# own next act, told by the author.
def test_plural_predicate_continues_the_report(engine: Analyzer) -> None:
    text = ("Verbandschef Kolb sagte, die neuen Stellen gingen in die richtige Richtung, "
            "reichten aber bei Weitem nicht aus.")
    assert voices(engine, text, "intensifier.s13b_bei_weitem") == ["quote"]


def test_singular_predicate_after_the_report_is_the_author(engine: Analyzer) -> None:
    text = ("Der Minister sagte, die Preise stiegen, verschwieg aber die völlig überzogenen "
            "Kosten.")
    assert voices(engine, text, "loaded_language.adj_ueberzogen") == ["author"]


# "vorschwärmen" is a verb of saying: what she gushed about is hers.
def test_gushing_to_followers_reports_her_words(engine: Analyzer) -> None:
    text = "Wochenlang hat die Sängerin ihren Fans vorgeschwärmt, wie traumhaft ihre Villa ist."
    assert voices(engine, text, "puffery.traumhaft") == ["quote"]
    assert voices(engine, "Die Aussicht von der Terrasse ist traumhaft.",
                  "puffery.traumhaft") == ["author"]


# "hört man" with a heard object is perception; "so hört man" and "… ist zu hören, …" pass on
# what unnamed people say.
@pytest.mark.parametrize("text", [
    "Auf der Aufnahme hört man im Hintergrund deutlich einen Laubbläser.",
    "Am Morgen ist nur das Rauschen des Baches zu hören.",
])
def test_hearing_a_sound_is_no_source(engine: Analyzer, text: str) -> None:
    assert "vague_attribution.wie_man_hoert" not in ids(engine, text)


@pytest.mark.parametrize("text", [
    "Der Bürgermeister, so hört man, will im Frühjahr zurücktreten.",
    "Aus dem Vorstand ist zu hören, die Fusion sei geplatzt.",
])
def test_hearsay_stays_a_vague_source(engine: Analyzer, text: str) -> None:
    assert "vague_attribution.wie_man_hoert" in ids(engine, text)


# An expert who "ist wenig überrascht:" reacts, and his quote follows; "Wenig überraschend:" is
# the author's shrug.
def test_a_persons_surprise_is_no_certainty(engine: Analyzer) -> None:
    assert "certainty.kein_wunder" not in ids(
        engine, "Die Verkehrsforscherin Jana Roth ist wenig überrascht: „Das sehen wir oft.“")
    assert "certainty.kein_wunder" in ids(
        engine, "Wenig überraschend: Auch in diesem Jahr steigen die Gebühren.")


# "ohne große Worte" is without fuss; "große Worte" doubts promises.
def test_without_many_words_is_no_doubt(engine: Analyzer) -> None:
    assert "doubt.s13b_schoene_worte" not in ids(
        engine, "Die Nachbarin räumt ohne große Worte den Schnee vom Gehweg.")
    assert "doubt.s13b_schoene_worte" in ids(
        engine, "Der Stadtrat machte große Worte, getan hat sich seither nichts.")


# "Man verzeihe mir …" and "Man möge mir verzeihen …" ask the reader's pardon (a jussive, like
# "Man stelle sich vor"); a "man" clause after "sagte" stays reported speech.
@pytest.mark.parametrize("text", [
    "Man verzeihe mir die Bemerkung, aber dieser Fahrplan ist ein einziger Murks.",
    "Man möge mir verzeihen, aber dieser Fahrplan ist ein einziger Murks.",
])
def test_asking_the_readers_pardon_is_the_author(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "loaded_language.stuemperhaft") == ["author"]


def test_man_after_a_verb_of_saying_stays_reported(engine: Analyzer) -> None:
    text = "Der Sprecher sagte, man verzeihe ihm das nicht, der Fahrplan sei Murks."
    assert voices(engine, text, "loaded_language.stuemperhaft") == ["quote"]


# "…, verrät er – und …": the attribution closed by a dash; the words before it and the
# fragment after the dash are the speaker's. Without the dash-and-"und" the author goes on.
def test_dash_after_an_attribution_resumes_the_speaker(engine: Analyzer) -> None:
    text = ("Und was plant die Sängerin jetzt? Eine Pause, verrät sie – und vielleicht endlich "
            "mal ein eigenes Album.")
    assert voices(engine, text, "speculation.vielleicht") == ["quote"]


def test_the_authors_guess_after_a_plain_sentence_stays(engine: Analyzer) -> None:
    text = "Die Sängerin macht eine Pause. Vielleicht kommt danach endlich ein eigenes Album."
    assert voices(engine, text, "speculation.vielleicht") == ["author"]


# "offener Schlagabtausch" is the sports page's stock phrase for an even game; a heated debate
# stays loaded wording.
def test_an_even_game_is_no_loaded_exchange(engine: Analyzer) -> None:
    assert "loaded_language.s33v_schlagabtausch" not in ids(
        engine, "Nach dem Seitenwechsel entwickelte sich ein offener Schlagabtausch.")
    assert "loaded_language.s33v_schlagabtausch" in ids(
        engine, "Im Landtag lieferten sich Regierung und Opposition einen heftigen Schlagabtausch.")


# "begrüßten … als längst überfälligen Weckruf": the label a group gives with "als" is theirs;
# the author's own welcome ("Wir begrüßen … als …") stays the author's.
def test_what_a_group_welcomes_as_is_their_label(engine: Analyzer) -> None:
    entry = "stance.ein_schritt_in_die_richtige_richtung"
    assert voices(engine, "Die Elternvertreter begrüßten den Beschluss als längst überfälligen "
                  "Schritt.", entry) == ["quote"]
    assert voices(engine, "Wir begrüßen den Beschluss als längst überfälligen Schritt.",
                  entry) == ["author"]


# "…, so viele wie nie zuvor" after a count states a record; "wie nie zuvor" on its own
# dramatises.
def test_a_record_count_is_no_intensifier(engine: Analyzer) -> None:
    assert "intensifier.nie_dagewesen" not in ids(
        engine, "Rund 800 Gäste kamen zum Dorffest, so viele wie nie zuvor.")
    assert "intensifier.nie_dagewesen" in ids(
        engine, "Die Mieten in der Innenstadt steigen wie nie zuvor.")
