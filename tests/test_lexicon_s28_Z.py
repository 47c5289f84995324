"""Author Z, session 28 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed – the commentator's formulas („das bestreitet niemand“, „dabei
wird gern vergessen“, „man würde gern wissen“, „man darf erwarten“, „so bleibt der Eindruck, dass“,
„tut, was sie am besten kann“, „ein Anfang, mehr aber auch nicht“, „die gern bemühte …“, „ein ernst
zu nehmender Einwand“, „der übliche Aufschrei“, „den Mangel verwalten“, „das lenkt ab“, „kein
schlechter Tausch“, „mit Fairness hat das wenig zu tun“, „die fragt ohnehin niemand“, „das ist ja das
Unbequeme“, „nichts davon ist neu“, „das mag rechtlich sauber sein“, „niemand verlangt von …“, „da
passt es ins Bild“, „das rächt sich jetzt“, „macht es sich einfach“, „das macht Hoffnung“, „kommt spät,
aber sie kommt“, „schießt scharf zurück“, „so sicher wie das Amen im Gebet“), review verdicts („das
Rennen des Abends“, „die Ironie nutzt sich ab“, „das hat man schon oft gesehen“, „wirkt wie eine
Drohung“, „handwerklich sauber“, „fehlt die letzte Durchschlagskraft“, „ist eine Entdeckung“,
„erstaunlich konventionell“, „hat seine liebe Not“, „das sieht man nicht alle Tage“), praise („wovon
andere nur träumen“, „ein kleines Wunder“, „solche Geschichten braucht das Land“, „muss man gesehen
haben“), tabloid drama („Riesen-“, „bitteres Ende“, „die Halle stand Kopf“, „hielt es niemanden auf den
Sitzen“, „ging es richtig zur Sache“, „alles stehen und liegen“, „felsenfest an ihrer Seite“, „der
nächste Hammer“, „die ganze Stadt feiert“, „sieben lange Minuten“), idioms („wie aus der Pistole
geschossen“, „auf halbem Weg stehen bleiben“), the norm „wie es sich gehört“ and unnamed sources
(„Kritiker weisen darauf hin“, „einige Anrainer hatten sich beschwert“) – written as families (ids
``<category>.s28z_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s28z_"
LL = "loaded_language.s28z_"
PU = "puffery.s28z_"
IN = "intensifier.s28z_"
CE = "certainty.s28z_"
VA = "vague_attribution.s28z_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (IN + "riesen_kompositum", "Nach dem Schlusspfiff gab es einen Riesen-Krawall.",
     "Die Riesen des Märchens wohnen in einer Höhle."),
    (CE + "bestreitet_niemand", "Das Spital braucht mehr Personal, das bestreitet keiner.",
     "Die Beschuldigte bestreitet das entschieden."),
    (ST + "gern_vergessen", "Dabei wird allzu gern übersehen, wer die Pflege leistet.",
     "Den verpatzten Start würde die Läuferin gern vergessen."),
    (ST + "wuerde_gern_wissen", "Man würde schon gern wissen, wer die Gutachten bezahlt hat.",
     "Die Anrainer würden gern wissen, wann gebaut wird."),
    (ST + "man_darf_erwarten", "Von einer Landesregierung darf man wohl erwarten, dass sie rechnen kann.",
     "Am Wochenende kann man Regen erwarten."),
    (ST + "bleibt_der_eindruck", "So bleibt der Eindruck, dass die Aufsicht weggeschaut hat.",
     "Von der Messe bleibt der Eindruck eines vollen Hauses."),
    (LL + "was_am_besten_kann", "Die Kammer tut, was sie am besten kann: Sie bremst.",
     "Der Sanitäter tat, was er konnte."),
    (ST + "mehr_aber_nicht", "Der Bonus ist eine Geste, mehr aber auch nicht.",
     "Mehr Platz gibt es im Altbau aber auch nicht."),
    (LL + "gern_bemueht", "Der gern strapazierte Standortwettbewerb muss wieder herhalten.",
     "Die Feuerwehr hat sich lange um den Verletzten bemüht."),
    (ST + "ernst_zu_nehmender_einwand", "Die Sorge der Bauern ist ein ernst zu nehmender Einwand.",
     "Die Lehrerin nimmt die Beschwerde ernst."),
    (LL + "der_uebliche_aufschrei", "Auf die Studie folgte der übliche Aufschrei.",
     "Der übliche Weg zur Schule führt über die Brücke."),
    (LL + "mangel_verwalten", "Die Schulbehörde kann nur noch den Mangel verwalten.",
     "Ein Verein verwaltet den Sportplatz."),
    (LL + "lenkt_ab", "Die Debatte über Fahnen lenkt vom wirklichen Problem ab.",
     "Der Fahrer ließ sich vom Navi ablenken, sagt die Polizei."),
    (ST + "kein_schlechter_tausch", "Für den Klub ist der Wechsel kein schlechter Deal.",
     "Der Deal wurde am Freitag unterschrieben."),
    (ST + "hat_wenig_zu_tun", "Mit Ortsentwicklung hat das wenig zu tun.",
     "Im Jänner hat der Gärtner wenig zu tun."),
    (LL + "fragt_niemand", "Und die Lehrlinge? Die fragt ja niemand.",
     "Der Arzt fragt jeden Patienten nach Allergien."),
    (ST + "das_ist_ja_das", "Das ist ja das Tragische.",
     "Das Tragische am Unfall schildert der Bericht nüchtern."),
    (ST + "nichts_davon_neu", "Neu ist das nicht.",
     "Der Bahnhof ist neu eröffnet worden."),
    (ST + "mag_rechtlich_sauber", "Die Vergabe mag juristisch korrekt sein, klug ist sie nicht.",
     "Die Vergabe ist juristisch korrekt, sagt die Prüferin."),
    (ST + "niemand_verlangt", "Niemand verlangt von den Ländern, alles allein zu stemmen.",
     "Das Land verlangt für die Bewilligung eine Gebühr."),
    (ST + "passt_ins_bild", "Dazu passt ins Bild, dass der Bericht verschwunden ist.",
     "Das neue Dach passt ins Bild des Ortskerns."),
    (LL + "raecht_sich", "Die Versäumnisse der Stadtplanung rächen sich heute.",
     "Im Drama will der Sohn den Vater rächen."),
    (CE + "amen_im_gebet", "Die nächste Erhöhung kommt so sicher wie das Amen im Gebet.",
     "Die Kirche ist am Sonntag gut besucht."),
    (ST + "macht_es_sich_einfach", "Der Vorstand macht es sich damit recht einfach.",
     "Die Wanderer machten es sich auf der Hütte bequem."),
    (ST + "macht_hoffnung", "Die ersten Zahlen machen immerhin Hoffnung.",
     "Die Nachricht machte der Familie Hoffnung, erzählt die Mutter."),
    (ST + "spaet_aber_sie_kommt", "Die Reform kommt spät, aber sie kommt.",
     "Die Post kommt heute spät."),
    (LL + "schiesst_scharf_zurueck", "Der Parteichef schießt nun giftig zurück.",
     "Der Jäger schoss zurück ins Gebüsch, berichtet die Polizei."),
    (PU + "des_abends", "Der Moment des Abends war das Solo der Geigerin.",
     "Im Laufe des Abends kühlte es ab."),
    (LL + "nutzt_sich_ab", "Die Selbstironie nutzt sich bald ab.",
     "Die Reifen nutzen sich im Winter schneller ab."),
    (LL + "schon_oft_gesehen", "Dergleichen hat man schon allzu oft gesehen.",
     "Den Bären hat man im Tal schon gesehen, melden Jäger."),
    (LL + "wie_eine_drohung", "Die angekündigte Fortsetzung klingt eher wie eine Drohung.",
     "Die Drohung ging per E-Mail ein."),
    (ST + "handwerklich", "Die Serie ist handwerklich tadellos, aber ohne Herz.",
     "Die Berufsschule bietet handwerkliche Kurse an."),
    (ST + "fehlt_die_letzte", "Dem Tenor fehlt die letzte Souveränität.",
     "Es fehlt noch die letzte Rate des Kredits."),
    (PU + "ist_eine_entdeckung", "Die junge Bratschistin ist eine Entdeckung.",
     "Die Entdeckung des Fossils gelang einer Schülerin."),
    (ST + "erstaunlich_adj", "Der Roman bleibt erstaunlich mutlos.",
     "Der Sommer war erstaunlich mild."),
    (LL + "liebe_not", "Mit dem Druck hatte der Aufsteiger seine liebe Not.",
     "Die Caritas hilft Menschen in Not."),
    (PU + "sieht_man_nicht_alle_tage", "Einen solchen Sprung sieht man nicht alle Tage.",
     "Den Bürgermeister sieht man am Markt jede Woche."),
    (PU + "nur_traeumen_koennen", "Der Klub hat ein Budget, wovon die Konkurrenz nur träumen kann.",
     "Das Kind hat von einem Pony geträumt."),
    (PU + "kleines_wunder", "Dass die Orgel wieder spielt, ist ein kleines Wunder.",
     "Das Buch erzählt vom Wunder von Bern."),
    (PU + "braucht_das_land", "Solche Lehrerinnen braucht das Land.",
     "Das Land braucht für den Bau eine Genehmigung."),
    (PU + "gesehen_haben_muss", "Die Schau muss man gesehen haben.",
     "Der Nachbar will den Einbrecher gesehen haben."),
    (LL + "bitteres_ende", "Für den Traditionsbetrieb kam jetzt das bittere Aus.",
     "Die Schokolade hat einen bitteren Geschmack."),
    (LL + "halle_stand_kopf", "Beim Siegtreffer stand die ganze Stadthalle Kopf.",
     "Im Yogakurs stand die Trainerin Kopf."),
    (LL + "hielt_es_niemanden", "Nach der Zugabe hielt es niemanden mehr auf den Stühlen.",
     "Die Stühle im Saal wurden ausgetauscht."),
    (LL + "ging_zur_sache", "Im Gemeinderat ging es ordentlich zur Sache.",
     "Die Ministerin kam gleich zur Sache."),
    (LL + "wie_aus_der_pistole", "Die Antwort der Schülerin kam wie aus der Pistole geschossen.",
     "Die Pistole wurde im Wald gefunden."),
    (LL + "alles_stehen_und_liegen", "Die Nachbarin ließ alles stehen und liegen und rannte los.",
     "Das Fahrrad blieb vor dem Haus stehen."),
    (LL + "felsenfest_an_der_seite", "Seine Frau steht treu an seiner Seite.",
     "An seiner Seite saß die Dolmetscherin."),
    (LL + "naechste_hammer", "Dann kam der nächste Paukenschlag: Auch der Trainer geht.",
     "Der nächste Zug fährt um acht Uhr."),
    (IN + "die_ganze_stadt", "Seit dem Titel spricht die ganze Stadt von der Mannschaft.",
     "Die ganze Stadt ist mit Radwegen erschlossen."),
    (IN + "lange_minuten", "Vier lange Stunden harrten die Passagiere im Zug aus.",
     "Der Lauf dauerte vier Stunden."),
    (LL + "auf_halbem_weg", "Das Klimagesetz blieb auf halbem Weg stecken.",
     "Auf halbem Weg zum Gipfel steht eine Hütte."),
    (ST + "wie_es_sich_gehoert", "Die Verliererin gratulierte, wie es sich gehört.",
     "Der Wald gehört seit 1950 der Gemeinde."),
    (VA + "kritiker_satzanfang", "Kritiker merken dazu an, dass die Daten veraltet sind.",
     "Die Kritikerin Anna Berger lobte den Film."),
    (VA + "einige_buerger", "Manche Pendler haben die neuen Fahrpläne kritisiert.",
     "Zwölf Pendler haben die neuen Fahrpläne kritisiert."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
