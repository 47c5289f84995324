"""Fixes after the forty-third session's blind round (issue 9: precision on unseen copy).

Each case pairs the false alarm with a true finding of the same entry or check, so a fix cannot
pass by silencing it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import author_ids, context_flagged


# A place name that begins like the intensifier („Immenstaad“) is no intensifier.
def test_place_name_is_no_intensifier(engine: Analyzer) -> None:
    text = "Das Boot schiebt sich aus dem kleinen Hafen von Immenstaad."
    assert author_ids(engine, text, "intensifier.immens") == []


def test_immense_costs_stay_an_intensifier(engine: Analyzer) -> None:
    text = "Die Kosten für den Umbau des Hafens sind immens."
    assert author_ids(engine, text, "intensifier.immens") == ["intensifier.immens"]


# Cheese a dairy sells is cheese; "alles Käse" is the colloquial verdict.
@pytest.mark.parametrize("text", [
    "Die Käserei hat im vergangenen Jahr 41 Tonnen Käse nach Japan geliefert.",
    "Der Käse für Japan lagert zwölf statt acht Monate im Keller.",
    "Die Einkäuferin hatte den Käse auf einer Messe probiert.",
])
def test_cheese_from_a_dairy_is_literal(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "loaded_language.ugs_schmarrn") == []


@pytest.mark.parametrize("text", [
    "Was der Stadtrat da beschlossen hat, ist doch alles Käse.",
    "So ein Käse!",
])
def test_nonsense_called_cheese_stays(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "loaded_language.ugs_schmarrn") \
        == ["loaded_language.ugs_schmarrn"]


def test_defence_like_swiss_cheese_is_an_image(engine: Analyzer) -> None:
    text = "Am Samstag das nächste Debakel: eine Abwehr wie ein Schweizer Käse."
    assert author_ids(engine, text, "loaded_language.ugs_schmarrn") == []
    assert author_ids(engine, text, "loaded_language.s47_schweizer_kaese") \
        == ["loaded_language.s47_schweizer_kaese"]


# Recorders in a concert are instruments; the old slur for bloc-party members stays.
def test_recorders_in_a_concert_are_no_label(engine: Analyzer) -> None:
    text = "Die Sonatina mit ihren zwei Blockflöten verzeiht keinen unsauberen Einsatz."
    assert author_ids(engine, text, "labeling.spottnamen_parteien") == []


def test_former_bloc_party_members_labelled_stay(engine: Analyzer) -> None:
    text = "Im Kreistag sitzen noch immer ehemalige Blockflöten und halten zusammen."
    assert author_ids(engine, text, "labeling.spottnamen_parteien") \
        == ["labeling.spottnamen_parteien"]


# A boxer counted by the referee is the literal count; a coach "angezählt" is tabloid judgement.
@pytest.mark.parametrize("text", [
    "Sie kassierte in Runde zwei einen Wirkungstreffer und wurde angezählt.",
    "Der Ringrichter brach ab, nachdem ihre Gegnerin zweimal angezählt worden war.",
])
def test_boxer_counted_is_literal(engine: Analyzer, text: str) -> None:
    assert author_ids(engine, text, "loaded_language.tab_angezaehlt") == []


def test_coach_under_pressure_stays_angezaehlt(engine: Analyzer) -> None:
    text = "Nach der vierten Niederlage in Folge ist der Trainer angezählt."
    assert author_ids(engine, text, "loaded_language.tab_angezaehlt") \
        == ["loaded_language.tab_angezaehlt"]


# A promoted team "spielt erstklassig" in the first division; a team that played superbly is
# praised.
def test_first_division_is_no_praise(engine: Analyzer) -> None:
    text = "Der Aufstieg ist perfekt: In der kommenden Saison spielen die Frauen erstklassig."
    assert author_ids(engine, text, "puffery.erstklassig") == []


def test_team_playing_superbly_stays_praise(engine: Analyzer) -> None:
    text = "Die Gastgeberinnen spielten vor der Pause erstklassig und führten verdient."
    assert author_ids(engine, text, "puffery.erstklassig") == ["puffery.erstklassig"]


# Citizens paying out of their own pocket is no one reaching into theirs.
def test_citizens_paying_themselves_is_no_grab(engine: Analyzer) -> None:
    text = "Weil die Stadt kein Geld für die Reparatur hat, greifen die Bürger selbst in die Tasche."
    assert author_ids(engine, text, "loaded_language.ugs_in_die_tasche") == []


def test_state_reaching_into_pockets_stays(engine: Analyzer) -> None:
    text = "Mit der neuen Abgabe greift die Stadt den Bürgern erneut in die Tasche."
    assert author_ids(engine, text, "loaded_language.ugs_in_die_tasche") \
        == ["loaded_language.ugs_in_die_tasche"]


# "Die Nacht gehört den Lastwagenfahrern" sets a scene; a period of the match that belonged to
# the guests is the match report's image.
def test_the_night_belonging_to_truckers_is_a_scene(engine: Analyzer) -> None:
    text = "Die Nacht gehört den Lastwagenfahrern, die auf dem Parkplatz schlafen."
    assert author_ids(engine, text, "loaded_language.s39t_gehoerte_den_gaesten") == []


def test_second_half_belonging_to_the_guests_stays(engine: Analyzer) -> None:
    text = "Die Schlussphase gehörte klar den Gästen aus Hameln."
    assert author_ids(engine, text, "loaded_language.s39t_gehoerte_den_gaesten") \
        == ["loaded_language.s39t_gehoerte_den_gaesten"]


# Callers left on hold wait in a real queue; a reform "in der Warteschleife" is an image.
def test_callers_on_hold_are_literal(engine: Analyzer) -> None:
    text = ("Gebraucht wird eine Hotline, die Anrufer nicht eine halbe Stunde in der "
            "Warteschleife hängen lässt.")
    assert author_ids(engine, text, "loaded_language.s18m_im_wartezimmer") == []


def test_reform_on_hold_stays_an_image(engine: Analyzer) -> None:
    text = "Die Reform der Pflegeversicherung hängt seit zwei Jahren in der Warteschleife."
    assert author_ids(engine, text, "loaded_language.s18m_im_wartezimmer") \
        == ["loaded_language.s18m_im_wartezimmer"]


# A farmer who "schilderte die Landung als dramatisch" gives his description; the author's own
# "dramatisch" stays an intensifier.
def test_description_someone_gave_is_theirs(engine: Analyzer) -> None:
    text = "Ein Landwirt, dem das Feld gehört, schilderte die Landung als dramatisch."
    assert author_ids(engine, text, "intensifier.dramatisch") == []


def test_authors_dramatic_stays(engine: Analyzer) -> None:
    text = "Die Lage auf dem Feld hat sich am Abend dramatisch verschlechtert."
    assert author_ids(engine, text, "intensifier.dramatisch") == ["intensifier.dramatisch"]


# In a concert review "Man hörte, dass …" is the critic's listening; "Wie man hört" in a news
# item stays hearsay from an unnamed source.
CONCERT = (
    "Bach in der Klosterkirche\n\n"
    "Das Ensemble spielte die Kantate mit weichem Ton, der Chor sang schlank und klar. "
    "Man hörte, dass hier nicht nur Noten, sondern ein Gedanke geprobt worden war.")


def test_critic_listening_in_a_concert_review(engine: Analyzer) -> None:
    assert author_ids(engine, CONCERT, "vague_attribution.wie_man_hoert") == []


def test_hearsay_in_a_news_item_stays(engine: Analyzer) -> None:
    text = "Wie man hört, soll die Reform der Musikschulen verschoben werden."
    assert author_ids(engine, text, "vague_attribution.wie_man_hoert") \
        == ["vague_attribution.wie_man_hoert"]


# Clapping hands is clapping, no tabloid word for a heavy defeat ("Klatsche").
def test_clapping_is_no_defeat(engine: Analyzer) -> None:
    text = "Zweimal hat er den Reiher schon vertrieben – mit lautem Händeklatschen."
    assert author_ids(engine, text, "compound.") == []


def test_defeat_called_klatsche_stays(engine: Analyzer) -> None:
    text = "Nach der Heimklatsche muss der Trainer um seinen Posten bangen."
    assert author_ids(engine, text, "compound.") == ["compound.heimklatsche"]


# The contextual word model: light verbs and a reaction as seen are no judgement of their own.
def test_context_model_skips_light_verbs_and_reactions() -> None:
    from analyzer.contextmodel import _LIGHT_VERBS, _OBSERVED

    flagged = context_flagged("Ausnahmen kann nur die Behörde genehmigen – und das tut sie "
                              "selten. Die Oma ist irritiert. Bleibt die Frage, was der Abend "
                              "gekostet hat.")
    assert not flagged & {"tut", "irritiert", "bleibt"}
    assert {"tun", "bleiben"} <= _LIGHT_VERBS and "irritiert" in _OBSERVED


# Fixes after desk168–desk171 (not judged blind again).

# An owl that hisses in its own story is an animal; a mayor who hisses at a councillor is framed.
OWL = ("Eule im Kamin: Schornsteinfeger rettet verrußten Kauz\n\n"
       "Drei Nächte lang kratzte es in der Wand. Dann holte der Kaminkehrer den Vogel heraus. "
       "Der Kauz wehrte sich nach Kräften, hackte, fauchte, klapperte mit dem Schnabel.")


def test_hissing_owl_is_literal(engine: Analyzer) -> None:
    assert author_ids(engine, OWL, "speech_verb.bellte") == []


def test_hissing_mayor_stays_framed(engine: Analyzer) -> None:
    text = "„Das geht Sie nichts an“, fauchte der Bürgermeister in Richtung der Opposition."
    assert author_ids(engine, text, "speech_verb.bellte") == ["speech_verb.bellte"]


def test_animal_story_needs_an_animal_not_a_club() -> None:
    from analyzer.negation import animal_story
    from analyzer.text import segment

    def story(text: str) -> bool:
        return animal_story([s.tokens for s in segment(text).sentences])

    assert story(OWL)
    assert story("Dackel Bruno wacht am Krankenbett\n\nEr wich nicht von der Seite.")
    assert not story("Mit der Keule gegen die Opposition\n\nDer Ton im Landtag wird rauer.")


# A missed serve ("ein verschlagener Aufschlag") is volleyball, not a sly person.
def test_missed_serve_is_no_slyness(engine: Analyzer) -> None:
    text = "Dann folgte ein Einbruch: ein verschlagener Aufschlag, ein Block gegen Sauter."
    assert author_ids(engine, text, "loaded_language.adj_unaufrichtig") == []


def test_sly_dealer_stays(engine: Analyzer) -> None:
    text = "Der verschlagene Händler hatte die Käufer monatelang hingehalten."
    assert author_ids(engine, text, "loaded_language.adj_unaufrichtig") \
        == ["loaded_language.adj_unaufrichtig"]


def test_context_model_skips_noises_heard() -> None:
    from analyzer.contextmodel import _OBSERVED

    assert {"fiepen", "rumpeln", "klappern"} <= _OBSERVED
    flagged = context_flagged("Es kratzte. Es fiepte. Es rumpelte. Drei Tage lang hörte sie das "
                              "Tier in der Wand.")
    assert not flagged & {"fiepte", "rumpelte"}
