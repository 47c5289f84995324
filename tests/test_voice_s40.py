"""Fixes after the thirty-sixth session's blind rounds desk110/desk111 (issue 9: precision on
unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import voices


def _negated(engine: Analyzer, text: str, entry: str) -> list[bool]:
    return [f.negated for f in engine.analyze(text).findings if f.id == entry]


# A predicate noun fronted with "ein" and negated at the clause's end ("Ein Totalausfall ist das
# nicht") is negated like "kein Totalausfall"; "nicht nur" adds and the plain sentence judges.
@pytest.mark.parametrize("text, entry", [
    ("Ein Totalausfall ist der Abend nicht, dafür sind die Sänger zu gut.",
     "intensifier.ex_totales"),
    ("Aber eine Katastrophe war die Saison nicht.", "loaded_language.katastrophe"),
])
def test_fronted_predicate_noun_negated_at_clause_end(engine: Analyzer, text: str,
                                                      entry: str) -> None:
    assert _negated(engine, text, entry) == [True]


@pytest.mark.parametrize("text, entry", [
    ("Der Abend ist ein Totalausfall, die Sänger sind überfordert.", "intensifier.ex_totales"),
    ("Ein Skandal ist das nicht nur für die Anwohner.", "loaded_language.skandal"),
    ("Eine Katastrophe war die Saison.", "loaded_language.katastrophe"),
])
def test_fronted_noun_without_clause_final_negation_stays(engine: Analyzer, text: str,
                                                          entry: str) -> None:
    assert _negated(engine, text, entry) == [False]


# "ließe"/"ließen" replace the Konjunktiv I of "lassen" when an account goes on in the
# Konjunktiv II; the same hedge in the author's own sentence stays the author's.
def test_lassen_in_konjunktiv_ii_continues_the_account(engine: Analyzer) -> None:
    text = ("Die Umfrage zeige nur einen Trend, heißt es in dem Bericht. Befragt worden seien "
            "vor allem Pendler. Die Zahlen ließen sich daher möglicherweise nicht auf das "
            "ganze Land übertragen.")
    assert voices(engine, text, "speculation.womoeglich") == ["quote"]


def test_lassen_in_the_authors_own_sentence_stays(engine: Analyzer) -> None:
    text = "Die Zahlen lassen sich möglicherweise nicht auf das ganze Land übertragen."
    assert voices(engine, text, "speculation.womoeglich") == ["author"]


# Where a staging or film sets its plot ("verlegt die Handlung in ein heruntergekommenes
# Hotel") describes the set; the same adjective about a real place is the author's word.
def test_setting_of_a_staging_is_no_loaded_word(engine: Analyzer) -> None:
    text = "Die Regisseurin verlegt die Handlung in ein heruntergekommenes Hotel am Meer."
    assert voices(engine, text, "loaded_language.adj_desolat") == []


def test_run_down_real_place_stays_loaded(engine: Analyzer) -> None:
    text = "Die Stadt verlegt den Wochenmarkt in ein heruntergekommenes Parkhaus am Bahnhof."
    assert voices(engine, text, "loaded_language.adj_desolat") == ["author"]


# "Walzerseligkeit" names the music's mood in an operetta review; the "-seligkeit" of a stance
# still mocks.
def test_waltz_bliss_is_the_musics_mood(engine: Analyzer) -> None:
    text = "Die Walzerseligkeit der Partitur hat immer auch etwas Verzweifeltes."
    assert voices(engine, text, "loaded_language.s32v_seligkeit") == []


def test_bliss_compound_about_a_stance_stays(engine: Analyzer) -> None:
    text = "Die Technikseligkeit der Landesregierung hat etwas Rührendes."
    assert voices(engine, text, "loaded_language.s32v_seligkeit") == ["author"]


# An unnamed "Branchenkenner" or "Marktbeobachter" is a vague source like "ein Insider"; named,
# he is not.
@pytest.mark.parametrize("text", [
    "Ein Branchenkenner sagt, die Brauerei sei ohne Käufer nicht zu halten.",
    "Ein Marktbeobachter meint: Die Preise steigen weiter.",
])
def test_unnamed_industry_expert_is_a_vague_source(engine: Analyzer, text: str) -> None:
    assert voices(engine, text, "vague_attribution.s15d_ein_insider_verraet") == ["author"]


def test_named_industry_expert_is_no_vague_source(engine: Analyzer) -> None:
    text = "Der Branchenkenner Holger Brandt sagt, die Brauerei sei ohne Käufer nicht zu halten."
    assert voices(engine, text, "vague_attribution.s15d_ein_insider_verraet") == []


# After a quote, sobbing, giggling or hissing paints the speaker's mood ("schluchzte er"); the
# mocking verbs keep their own, stronger entries ("lästerte sie": speech_verb.laesterte), and a
# literal sob is no speech verb.
@pytest.mark.parametrize("text, entry", [
    ("„Ich habe es wirklich versucht“, schluchzte er im Dschungeltelefon.",
     "speech_verb.s40_nachgestellt_affekt"),
    ("„Der tut doch nichts“, lästerte sie über ihren Mitbewohner.", "speech_verb.laesterte"),
    ("„Wieder nichts gefangen“, spottet ein Angler am Ufer.", "speech_verb.spottete"),
])
def test_affect_and_mocking_verbs_after_a_quote(engine: Analyzer, text: str, entry: str) -> None:
    assert voices(engine, text, entry) == ["author"]


def test_literal_sobbing_is_no_speech_verb(engine: Analyzer) -> None:
    text = "Das Kind schluchzte die halbe Nacht, bis der Vater kam."
    assert voices(engine, text, "speech_verb.s40_nachgestellt_affekt") == []


def test_biting_present_after_a_quote_and_literal_acid(engine: Analyzer) -> None:
    assert voices(engine, "„Doppelt kassiert, wie immer“, ätzt ein Nutzer.",
                  "speech_verb.aetzte") == ["author"]
    assert voices(engine, "Die Säure ätzt das Metall in wenigen Minuten an.",
                  "speech_verb.aetzte") == []


# Three questions put to "Sie" and answered in the first person make an unlabelled text an
# interview even when its teaser escapes the known forms ("Martina Oberhauser, Sennerin auf …,
# erklärt, warum …"): the answers given as "wir" and after questions without "Sie" are the
# interviewee's too; the outlet's own unnamed source in a question stays the author's.
_UNANNOUNCED_INTERVIEW = (
    "„Käse braucht Geduld“\n\n"
    "Bergkäse aus dem Allgäu ist gefragt wie nie. Martina Oberhauser, Sennerin auf der Alpe "
    "Hochgrat oberhalb von Oberstaufen, erklärt, warum ihr Käse nicht billiger werden "
    "kann.\n\n"
    "Frau Oberhauser, wie viele Laibe machen Sie in einem Sommer?\n\n"
    "Etwa dreihundert. Ich stehe jeden Morgen um fünf im Kessel, sieben Tage die Woche.\n\n"
    "Und die Kühe?\n\n"
    "Die gehören vier Bauern aus dem Tal. Wir melken zweimal am Tag, das ist eine Plackerei, "
    "ehrlich gesagt.\n\n"
    "Verkaufen Sie direkt ab Hütte?\n\n"
    "Ich würde sagen: gerade so. Die Wanderer zahlen gern, aber der Großhandel drückt die Preise.\n\n"
    "Kritiker sagen, Alpkäse sei ein völlig überteuertes Luxusprodukt. Haben die recht?\n\n"
    "Nein. Wir rechnen jeden Laib durch, da ist nichts überteuert.\n\n"
    "Was macht Ihnen am meisten Sorgen?\n\n"
    "Das Wetter. Ich habe in diesem Sommer zwei Wochen lang kaum Gras gehabt."
)


def test_interview_confirmed_by_three_answers_gives_all_answers_away(engine: Analyzer) -> None:
    found = {(f.id, f.voice) for f in engine.analyze(_UNANNOUNCED_INTERVIEW).findings}
    assert ("loaded_language.s21u_knochenjob", "author") not in found
    assert ("appeal.wir", "author") not in found
    assert ("loaded_language.s21u_knochenjob", "quote") in found


def test_interviewers_unnamed_source_stays_the_outlets(engine: Analyzer) -> None:
    assert voices(engine, _UNANNOUNCED_INTERVIEW, "vague_attribution.kritiker_sagen") == [
        "author"]


# After a sentence that ends in others' guessing ("…, wird getuschelt."), the questions that
# follow are theirs, in free indirect speech; after a guess the sentence reports, the author's
# question doubts it.
def test_questions_after_village_gossip_are_the_villagers(engine: Analyzer) -> None:
    text = ("Im Ort wird seit Tagen gerätselt und getuschelt. Wer hat plötzlich ein neues Boot? "
            "Und warum war die Apothekerin so gut gelaunt?")
    assert not {"rule.rhetorical_question", "rule.rhetorical_question_closing"} & {
        f.id for f in engine.analyze(text).findings}


def test_question_after_a_reported_guess_stays_the_authors(engine: Analyzer) -> None:
    text = "Im Rathaus wird spekuliert, die Kämmerin trete zurück. Wer soll das glauben?"
    assert voices(engine, text, "rule.rhetorical_question_closing") == ["author"]


# "wegen übertriebener Härte" is the ice-hockey penalty's name; the police's "übertriebene Härte"
# is the author's verdict.
def test_roughing_penalty_is_no_verdict(engine: Analyzer) -> None:
    text = "Kessler musste wegen übertriebener Härte für zwei Minuten auf die Strafbank."
    assert voices(engine, text, "loaded_language.adj_uebertrieben") == []


def test_excessive_force_stays_a_verdict(engine: Analyzer) -> None:
    text = "Die Polizei ging mit übertriebener Härte gegen die Demonstranten vor."
    assert voices(engine, text, "loaded_language.adj_uebertrieben") == ["author"]


# "inszeniert <work> <at the theatre> als <concept>" names the staging's concept even with the
# work and the house between verb and "als"; a real person called a drama queen stays labelled.
def test_staging_concept_after_a_long_object_is_no_loaded_word(engine: Analyzer) -> None:
    text = ("Jana Roth inszeniert Lessings „Emilia Galotti“ am Landestheater Coburg als "
            "Influencer-Drama.")
    assert voices(engine, text, "loaded_language.s18l_drama_kompositum") == []


def test_drama_compound_about_real_events_stays(engine: Analyzer) -> None:
    text = "Im Rathaus von Coburg spielte sich am Dienstag ein echtes Haushalts-Drama ab."
    assert voices(engine, text, "loaded_language.s18l_drama_kompositum") == ["author"]
