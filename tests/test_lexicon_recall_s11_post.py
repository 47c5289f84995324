"""Short plain-sentence verdicts blind judges listed as missed (issue 8, session 11 post): fronted
verdicts ("Gerecht ist das nicht"), "Das ist bequem", "ist ein schwerer Fehler", review verdicts
("eher bieder als mitreißend", "der Höhepunkt des Abends"), sports grades ("solide Leistung",
"bescheidene 13 Punkte"), framing of achievements, appeals to an unnamed majority and obituary
tributes are found in the author's voice; the same words in a literal sense are not. Every
passage was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Gebühr trifft vor allem Studierende. Fair ist das nicht.",
         "loaded_language.s11p_adj_ist_es_nicht"),
        ("Der Stadtrat verweist auf das Land. Das ist bequem.",
         "loaded_language.s11p_das_ist_bequem"),
        ("Die Streichung der Nachtzüge ist ein kapitaler Fehler.",
         "loaded_language.s11p_ist_ein_schwerer_fehler"),
        ("Die Kammer sollte diese falsche Entscheidung korrigieren.",
         "loaded_language.s11p_ist_ein_schwerer_fehler"),
        ("Die Förderung ist ein klares Signal an die Gemeinden.",
         "loaded_language.s11p_klares_signal"),
        ("Die eigentlichen Verlierer der Reform sind die Pendler.",
         "loaded_language.s11p_die_wahren_probleme"),
        ("Die Kadenz im Finale war der Höhepunkt des Konzerts.",
         "puffery.s11p_hoehepunkt_des_abends"),
        ("Die Inszenierung blieb eher brav als originell.", "loaded_language.s11p_eher_als"),
        ("Das Finale zog sich quälend lange hin.", "loaded_language.s11p_quaelend"),
        ("Dem Bezirksklub gelang ein historischer Erfolg.", "puffery.s11p_historischer_erfolg"),
        ("Der Tabellenletzte spielte überraschend souverän.",
         "loaded_language.s11p_spielte_ueberraschend_stark"),
        ("Die Liste kam auf kümmerliche 3 Prozent.", "loaded_language.s11p_bescheidene_zahl"),
        ("Der Verteidiger zeigte eine couragierte Leistung.",
         "loaded_language.s11p_solide_leistung"),
        ("Zwei vermeidbare Gegentore kosteten den Sieg.", "loaded_language.s11p_vermeidbar"),
        ("Die meisten wissen doch, dass die Umfahrung nie gebaut wird.",
         "appeal.s11p_die_meisten_wissen"),
        ("Der Vorfall wurde zum Skandal hochstilisiert.", "loaded_language.s11p_hochstilisiert"),
        ("Das Land pfuscht der Gemeinde bei der Planung hinein.",
         "loaded_language.s11p_hineinpfuschen"),
        ("Das Quiz ist ein Abend für Politjunkies.", "labeling.s11p_polit_junkie"),
        ("Die Bürgerliste wittert ihre Chance.", "speculation.s11p_wittert_chance"),
        ("Der frühere Intendant ließ die Zügel schleifen.",
         "loaded_language.s11p_zuegel_schleifen"),
        ("Er war ein Meister der Ironie.", "puffery.s11p_meisterin_der"),
    ],
)
def test_verdict_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Die Matratze ist bequem.", "loaded_language.s11p_das_ist_bequem"),
        ("Das Erbe wurde gerecht verteilt.", "loaded_language.s11p_adj_ist_es_nicht"),
        ("Beim Abbiegen ist ihm ein schwerer Fehler unterlaufen.",
         "loaded_language.s11p_ist_ein_schwerer_fehler"),
        ("Das Funkgerät empfängt ein schwaches Signal.", "loaded_language.s11p_klares_signal"),
        ("Wir kommen eher früher als später.", "loaded_language.s11p_eher_als"),
        ("Sie leidet an quälenden Schmerzen.", "loaded_language.s11p_quaelend"),
        ("Die historische Brücke wird saniert.", "puffery.s11p_historischer_erfolg"),
        ("Die Mieten stiegen überraschend stark.",
         "loaded_language.s11p_spielte_ueberraschend_stark"),
        ("Die Liste kam auf 3 Prozent.", "loaded_language.s11p_bescheidene_zahl"),
        ("Die Anlage hat eine Leistung von 20 Megawatt.", "loaded_language.s11p_solide_leistung"),
        ("Die meisten Teilnehmer wissen das Ergebnis noch nicht.",
         "appeal.s11p_die_meisten_wissen"),
        ("Der Hund wittert das Reh.", "speculation.s11p_wittert_chance"),
        ("Die Reiterin nahm die Zügel kurz.", "loaded_language.s11p_zuegel_schleifen"),
        ("Der Klub wurde Meister der Regionalliga.", "puffery.s11p_meisterin_der"),
    ],
)
def test_literal_sense_not_flagged(text: str, prefix: str) -> None:
    assert not any(i == prefix for i in _ids(text) | _ids(text, "quote"))


def test_quoted_verdict_is_not_the_authors() -> None:
    text = "„Das ist ein schwerer Fehler“, sagte die Gewerkschafterin."
    assert "loaded_language.s11p_ist_ein_schwerer_fehler" not in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Schauspielerin war eine Meisterin der kurzen Geste.", "puffery.s11p_meisterin_der"),
        ("Der Tabellenführer feierte einen verdienten Auswärtssieg.",
         "puffery.s11p_verdienter_sieg"),
        ("Sein Auftritt als Mephisto bleibt unvergessen.", "puffery.s11p_unvergessen"),
        ("Mit seinem Tod hinterlässt er eine schmerzliche Lücke.",
         "puffery.s11p_hinterlaesst_luecke"),
        ("Das Gastspiel war eine herbe Enttäuschung.",
         "loaded_language.s11p_war_eine_enttaeuschung"),
    ],
)
def test_sports_and_obituary_verdicts(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Der Verein ehrte verdiente Mitglieder.", "puffery.s11p_verdienter_sieg"),
        ("Die Senkung der Abgabe reißt eine große Lücke in das Budget.",
         "puffery.s11p_hinterlaesst_luecke"),
        ("Die Enttäuschung über das Urteil war groß.",
         "loaded_language.s11p_war_eine_enttaeuschung"),
    ],
)
def test_sports_and_obituary_literal_senses(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text) | _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Der Bund gibt eine Million. Das ist entschieden zu wenig.",
         "loaded_language.s11p_das_ist_zu_wenig"),
        ("Die Gemeinde verspricht Gespräche. Das genügt nicht.",
         "loaded_language.s11p_das_ist_zu_wenig"),
        ("Die Schließung der Ambulanz wäre der falsche Weg.", "stance.s11p_der_falsche_weg"),
        ("Die Absage kam ohne Begründung. Das ist völlig unverständlich.",
         "loaded_language.s11p_das_ist_unverstaendlich"),
        ("Für die Bürgerliste ist der Rücktritt kein gutes Zeichen.",
         "stance.s11p_kein_gutes_zeichen"),
    ],
)
def test_short_das_ist_verdicts(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Das Futter reicht nicht für den ganzen Winter.", "loaded_language.s11p_das_ist_zu_wenig"),
        ("Die Umleitung ist der kürzeste Weg zur Autobahn.", "stance.s11p_der_falsche_weg"),
        ("Das ist der richtige Weg zum Rathaus.", "stance.s11p_der_falsche_weg"),
        ("Die Beschriftung der Tasten war unverständlich.",
         "loaded_language.s11p_das_ist_unverstaendlich"),
    ],
)
def test_short_das_ist_literal_senses(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text) | _ids(text, "quote")
