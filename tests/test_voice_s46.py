"""Fixes after the forty-second session's blind rounds (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import author_ids


# A player no defence could stop ("war kaum zu halten") is a match report's praise, not the
# author's verdict that a plan cannot be kept; a speaker hard to hear in the back rows is
# acoustics. A plan that can hardly be kept stays a stance.
@pytest.mark.parametrize("text", [
    "Vor allem die Kreisläuferin der Gastgeberinnen war kaum zu halten.",
    "In den hinteren Reihen war der Autor zeitweise kaum zu verstehen.",
])
def test_unstoppable_player_and_acoustics_are_no_stance(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "stance.s17j_kaum_noch_zu") == []


@pytest.mark.parametrize("text", [
    "Der Zeitplan für den Neubau der Grundschule ist kaum noch zu halten.",
    "Den Pendlern ist diese Entscheidung kaum zu vermitteln.",
])
def test_plan_that_cannot_be_kept_is_stance(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "stance.s17j_kaum_noch_zu") == ["stance.s17j_kaum_noch_zu"]


def test_unstoppable_player_is_match_report_praise(engine: Analyzer) -> None:
    text = "Vor allem die Kreisläuferin der Gastgeberinnen war kaum zu halten."
    assert author_ids(engine, text, "puffery.s32v_nicht_zu_stoppen") \
        == ["puffery.s32v_nicht_zu_stoppen"]


# The upper water of a lock is a technical term; having "Oberwasser" is the idiom.
def test_upper_water_of_a_lock_is_no_idiom(engine: Analyzer) -> None:
    text = "Drei Sportboote warten im Oberwasser, ein Kanuverein hat sich angekündigt."
    assert author_ids(engine, text, "loaded_language.s12_oberwasser") == []


def test_having_the_upper_hand_is_an_idiom(engine: Analyzer) -> None:
    text = "Nach dem Sieg in der Kreistagswahl hat die Koalition wieder Oberwasser."
    assert author_ids(engine, text, "loaded_language.s12_oberwasser") \
        == ["loaded_language.s12_oberwasser"]


# Experts who know such cases well are no critic's weariness; "kennt man zur Genüge" is.
def test_experts_knowing_cases_is_no_verdict(engine: Analyzer) -> None:
    text = "Fachanwälte für Erbrecht kennen solche Fälle zur Genüge."
    assert author_ids(engine, text, "loaded_language.s18o_schon_zu_oft") == []


def test_motif_known_to_weariness_is_a_verdict(engine: Analyzer) -> None:
    text = "Dieses Motiv der verlorenen Tochter kennt man zur Genüge."
    assert author_ids(engine, text, "loaded_language.s18o_schon_zu_oft") \
        == ["loaded_language.s18o_schon_zu_oft"]


# A championship "so stark besetzt wie lange nicht" has a full field; a series "hervorragend
# besetzt" has a good cast.
def test_full_field_is_no_praise(engine: Analyzer) -> None:
    text = "Die Stadtmeisterschaft war mit 64 Teilnehmern so stark besetzt wie lange nicht."
    assert author_ids(engine, text, "puffery.s18o_gut_gespielt") == []


def test_good_cast_is_praise(engine: Analyzer) -> None:
    text = "Die neue Anwaltsserie ist hervorragend besetzt."
    assert author_ids(engine, text, "puffery.s18o_gut_gespielt") == ["puffery.s18o_gut_gespielt"]


# In a review "trotzig" describes how an aria or a role sounds; after a verb of saying it frames
# someone's words.
_REVIEW = ("Händels „Rodelinda“ in der Klosterkirche\n\n"
           "Die Inszenierung von Regisseurin Mara Ostheim verzichtet auf Kulissen, gespielt wird "
           "auf Originalinstrumenten. Die Sopranistin Lena Hart singt die Titelpartie mit klarer, "
           "schlanker Stimme. Ihre große Klage im ersten Akt ist ein Lamento ohne Selbstmitleid, "
           "fast schon trotzig. Das Publikum dankte mit langem Applaus.")


def test_defiant_aria_in_a_review_is_no_speech_verb(engine: Analyzer) -> None:
    assert author_ids(engine, _REVIEW, "speech_verb.trotzig") == []


def test_defiant_words_are_a_speech_verb(engine: Analyzer) -> None:
    text = ("Ralf K. will nicht klein beigeben. Den Porsche behalte er, sagt er trotzig. Und "
            "Lotto? „Spiel ich weiter.“")
    assert author_ids(engine, text, "speech_verb.trotzig") == ["speech_verb.trotzig"]


# The teaser question of an interview ("Was wird aus ihren Orgeln? … Ein Gespräch über …") is
# the one the interview answers; the same question left to the reader stays rhetorical.
def test_interview_teaser_question_is_not_rhetorical(engine: Analyzer) -> None:
    text = ("„Eine Orgel stirbt nicht laut“\n\n"
            "Immer mehr Kirchen werden verkauft oder abgerissen. Was wird aus ihren Orgeln? "
            "Orgelbaumeister Jan Brück, 58, führt eine Werkstatt im Münsterland. Ein Gespräch "
            "über Pfeifen im Container.\n\n"
            "Herr Brück, wie oft ruft eine Gemeinde bei Ihnen an?\n\n"
            "Fast jede Woche. Meistens jemand aus dem Kirchenvorstand.")
    assert author_ids(engine, text, "rule.rhetorical") == []


def test_question_left_to_the_reader_is_rhetorical(engine: Analyzer) -> None:
    text = ("Die Kirchen leeren sich\n\n"
            "Immer mehr Kirchen werden verkauft oder abgerissen. Was wird aus ihren Orgeln? "
            "Niemand scheint sich dafür zu interessieren.")
    assert author_ids(engine, text, "rule.rhetorical") == ["rule.rhetorical_question"]


# Fixes after desk160–desk163 (not judged blind again).

# "Man muss nicht X, um Y zu …" says what one need not do, no demand; "Man muss kein Experte
# sein, um zu ahnen, …" is the writer's argument that anyone can see it.
@pytest.mark.parametrize("text", [
    "Man muss nicht wissen, was Abseits ist, um dieses Musical zu verstehen.",
    "Man muss nicht viel Platz haben, um im Kellerclub Raum für Musik zu schaffen.",
])
def test_what_one_need_not_do_is_no_appeal(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "appeal.man_muss") == []


def test_anyone_can_see_it_stays_an_appeal(engine: Analyzer) -> None:
    text = "Man muss kein Verkehrsexperte sein, um zu ahnen, wie das Gutachten ausfallen wird."
    assert author_ids(engine, text, "appeal.man_muss") == ["appeal.man_muss"]


# Glue sold as a product is no protest label; "Klima-Kleber" is.
def test_eyelash_glue_is_no_label(engine: Analyzer) -> None:
    text = "Darunter drei Lippenstifte, ein Serum und eine Packung Wimpernkleber."
    assert [f.id for f in engine.analyze(text).findings if f.category == "labeling"] == []


def test_climate_glue_protesters_are_labelled(engine: Analyzer) -> None:
    text = "Die Klima-Kleber blockierten erneut die Kreuzung am Rathaus."
    assert [f.id for f in engine.analyze(text).findings if f.category == "labeling"] \
        == ["labeling.klimakleber"]


# In the story of a goat or a bird its bleating and puffing up are literal; a person who
# "meckert" or "plustert sich auf" is framed, also over a quote inside an animal story.
_GOAT = ("Ziege Frieda wird Trauzeugin\n\nEin Paar aus dem Allgäu hat geheiratet – mit einer "
         "Ziege als Zeugin.\n\nAls die Standesbeamtin die entscheidende Frage stellte, meckerte "
         "Frieda lautstark dazwischen. Die Gäste lachten.")
_ROOSTER = ("Kikeriki-Krieg im Dorf\n\nRentner verklagt Nachbars Hahn.\n\nUnd Gustav? Der "
            "stolziert unbeeindruckt durch seinen Garten, pickt Körner, plustert sich auf.")


def test_animal_noises_in_an_animal_story_are_literal(engine: Analyzer) -> None:
    assert author_ids(engine, _GOAT, "speech_verb.fv_meckert") == []
    assert author_ids(engine, _ROOSTER, "loaded_language.fv_plustert_sich_auf") == []


def test_people_who_grumble_and_posture_are_framed(engine: Analyzer) -> None:
    text = ("Streit im Stadtrat um die Parkgebühren\n\nDie Opposition ist unzufrieden.\n\nDer "
            "Fraktionschef plustert sich auf und meckert über die Verwaltung.")
    assert author_ids(engine, text, "loaded_language.fv_plustert_sich_auf") \
        == ["loaded_language.fv_plustert_sich_auf"]
    assert author_ids(engine, text, "speech_verb.fv_meckert") == ["speech_verb.fv_meckert"]
    quoted = _GOAT + " „Das Essen war kalt“, meckerte ein Gast danach."
    assert author_ids(engine, quoted, "speech_verb.fv_meckert") == ["speech_verb.fv_meckert"]


def test_pension_story_is_no_animal_story(engine: Analyzer) -> None:
    text = ("Ärger um die Rente mit 70\n\nDie Studenten und Patienten protestieren.\n\nDer "
            "Fraktionschef meckert über die Pläne der Ministerin.")
    assert author_ids(engine, text, "speech_verb.fv_meckert") == ["speech_verb.fv_meckert"]
