"""Author V, session 24 (issue 8): recall families for evaluative wording careful editors mark in
the author's voice and the engine missed – verdict formulas of commentary („Richtig ist:“, „hat
Besseres verdient“, „trifft den Kern“, „Mut sieht anders aus“, „Aber das reicht nicht.“, „Der
bessere Weg wäre“, „gehört abgeschafft“), certainty („daran ist wenig zu deuteln“, „nicht ob,
sondern wann“), newsroom idioms („kein Stein auf dem anderen“, „aus dem Lot“, „schlagen Alarm“,
„das Ende vom Lied“, „Zukunftsmusik“, „mit offenen Karten“, „liefert Munition“), a quote introduced
as apt („bringt es auf den Punkt“), unnamed groups („Kritiker wenden ein“, „Naturschützer warnen“,
„Es gibt Kritiker, die“, „wird getuschelt“), review verdicts („nutzt sich ab“, „sprüht vor Witz“,
„eine Reise wert“) and „Riesen-“ compounds – written as families (ids ``<category>.s24v_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal or
neutral use of its words beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s24v_"
CE = "certainty.s24v_"
LL = "loaded_language.s24v_"
SV = "speech_verb.s24v_"
VA = "vague_attribution.s24v_"
PU = "puffery.s24v_"
DO = "doubt.s24v_"
IN = "intensifier.s24v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    (ST + "richtig_ist_doppelpunkt", "Richtig ist: Das Land hat die Förderung zu spät beschlossen.",
     "Ob die Rechnung richtig ist, prüft der Landesrechnungshof."),
    (ST + "hat_besseres_verdient", "Die Schülerinnen und Schüler haben Besseres verdient.",
     "Die Bäckerei hat im Sommer besser verdient als im Winter."),
    (ST + "hat_besseres_verdient", "Die Heimfans hätten einen besseren Abschied verdient.",
     "Die Heimfans hatten einen besseren Platz reserviert."),
    (ST + "trifft_den_kern", "Der Einwand der Opposition trifft den Kern der Sache.",
     "Die Außenminister treffen sich in Genf."),
    (ST + "trifft_den_kern", "Die Debatte über Tempolimits geht am eigentlichen Problem vorbei.",
     "Der Radweg geht am Bahnhof vorbei."),
    (ST + "sieht_anders_aus", "Weitsicht sieht anders aus.",
     "Der Hauptplatz sieht seit dem Umbau anders aus."),
    (ST + "so_tun_als", "Die Landesregierung tut so, als hätte es nie eine Warnung gegeben.",
     "Die Lehrerin tut das so, wie es im Lehrplan steht."),
    (ST + "als_ob_satz", "Als ob eine weitere Kommission etwas ändern würde.",
     "Der Himmel wirkt, als ob es gleich schneit."),
    (ST + "den_mut_haben", "Die Bürgermeisterin sollte den Mut haben, die Gebühren offen zu erhöhen.",
     "Der Feuerwehrmann hatte den Mut, in das brennende Haus zu gehen."),
    (ST + "das_reicht_nicht", "Doch das reicht nicht.",
     "Das Wasser reicht nicht bis zum Dach."),
    (ST + "nur_auf_den_ersten_blick", "Die Senkung der Gebühren wirkt nur auf den ersten Blick großzügig.",
     "Auf den ersten Blick erkannte die Zeugin den Wagen wieder."),
    (ST + "ganz_unrecht_nicht", "So unrecht haben die Anrainer damit nicht.",
     "Ein Recht auf Akteneinsicht haben alle Parteien."),
    (ST + "man_ist_froh", "Man ist froh, dass dieser Abend nicht länger dauert.",
     "Die Bauern sind froh, dass es endlich regnet."),
    (ST + "faellt_kaum_ins_gewicht", "Die kleinen Patzer im Mittelteil fallen kaum ins Gewicht.",
     "Das Gewicht fiel dem Arbeiter auf den Fuß."),
    (ST + "gehoert_abgeschafft", "Diese Ausnahme gehört abgeschafft.",
     "Das Grundstück gehört seit 1980 der Gemeinde."),
    (ST + "eigentliche_punkt", "Das ist der springende Punkt.",
     "Der Punkt am Ende des Satzes fehlt."),
    (ST + "bessere_weg_waere", "Die klügere Lösung wäre ein gemeinsamer Einkauf.",
     "Der kürzere Weg führt über den Sattel."),
    (ST + "und_siehe_da", "Und siehe da: Plötzlich war Geld für die Sanierung da.",
     "Siehe dazu auch die Grafik unten."),
    (ST + "wer_genau_hinsieht", "Wer genauer hinsieht, entdeckt im Budget alte Posten unter neuem Namen.",
     "Die Optikerin sieht sich die Brille genau an."),
    (ST + "ein_wort_urteil", "Der Klub zahlt die Ablöse ein zweites Mal. Peinlich.",
     "Die Lage im Verein ist peinlich genau dokumentiert."),
    (ST + "das_gegenteil_von", "Eine Reform hinter verschlossenen Türen wäre das Gegenteil von Bürgernähe.",
     "Das Gegenteil trat ein, die Mieten stiegen."),
    (ST + "ist_kein_luxus", "Ein funktionierender Nahverkehr ist kein Luxus.",
     "Das Hotel am See bietet keinen Luxus."),
    (ST + "niemandem_geholfen", "Mit neuen Formularen ist niemandem geholfen.",
     "Den Verletzten wurde rasch geholfen."),
    (CE + "wenig_zu_deuteln", "An diesem Befund ist wenig zu deuteln.",
     "An diesem Befund arbeitet das Labor seit Wochen."),
    (CE + "nicht_ob_sondern_wann", "Es geht nicht darum, ob, sondern wann die Brücke gesperrt wird.",
     "Die Lenkerin fragte, ob und wann die Brücke gesperrt wird."),
    (LL + "kein_stein", "Im Kader bleibt nach der Saison kein Stein auf dem anderen.",
     "Die Steine liegen auf dem anderen Ende des Hofes."),
    (LL + "aus_dem_lot", "Das Verhältnis zwischen Bund und Ländern ist aus dem Lot geraten.",
     "Der Zimmermann prüft die Wand mit dem Lot."),
    (LL + "schlagen_alarm", "Die Kinderärzte schlagen Alarm.",
     "Die Alarmanlage schlug um Mitternacht Alarm."),
    (LL + "ende_vom_lied", "Das Ende vom Lied: Die Anrainer zahlen doppelt.",
     "Das Lied endet mit einem Chor."),
    (LL + "geld_baeumen", "Die Kassen sind leer, und Geld wächst nicht auf Bäumen.",
     "Auf den Bäumen im Garten wachsen Birnen."),
    (LL + "offene_karten", "Der Stadtrat hat nicht mit offenen Karten gespielt.",
     "Im Gasthaus spielen die Pensionisten Karten."),
    (LL + "keines_blickes", "Keines Blickes würdigte die Sängerin die Fotografen.",
     "Ein Blick auf die Karte zeigt den Weg."),
    (LL + "gunst_der_stunde", "Die Konkurrenz nutzte die Gunst der Stunde.",
     "Die Kandidatin wirbt um die Gunst der Jungwähler."),
    (LL + "liefert_munition", "Mit diesem Fehler liefert das Ministerium den Gegnern der Reform Munition.",
     "Die Armee liefert der Grenzpolizei Munition."),
    (LL + "zukunftsmusik", "Ein Zug im Halbstundentakt ist vorerst Zukunftsmusik.",
     "Das Festival zeigt Musik aus Zukunft und Vergangenheit."),
    (LL + "zum_selbstzweck", "Die Digitalisierung der Ämter darf kein Selbstzweck werden.",
     "Der Zweck der Sammlung ist die Forschung."),
    (LL + "tiefer_in_die_tasche",
     "Für das Parkpickerl müssen Autofahrer künftig tiefer in die Tasche greifen.",
     "Der Polizist steckte den Block in die Tasche."),
    (LL + "pendel_extrem", "Die Schulpolitik schwankt von einem Extrem ins andere.",
     "Bei extremer Hitze bleibt das Bad offen."),
    (LL + "ins_leere", "Die Mietpreisbremse läuft weitgehend ins Leere.",
     "Das Lokal steht seit Monaten leer."),
    (LL + "nutzt_sich_ab", "Der Trick mit den vertauschten Rollen nutzt sich rasch ab.",
     "Die Bremsbeläge nutzen sich bei Bergfahrten schneller ab."),
    (LL + "uebertreibt_es", "Die Regie übertreibt es mit dem Nebel.",
     "Die Schätzung der Polizei war übertrieben, sagte der Veranstalter."),
    (LL + "ueberbieten_sich", "Im Wahlkampf überbieten sich die Parteien mit Versprechen.",
     "Zwei Sammler überboten sich bei der Versteigerung."),
    (LL + "ueberschlagen_sich", "Seit dem Rücktritt überschlagen sich die Ereignisse.",
     "Der Lieferwagen überschlug sich auf der Autobahn."),
    (LL + "schwerer_schlag", "Die Schließung des Werks ist ein schwerer Schlag für die Region.",
     "Der Boxer landete einen Schlag am Kinn."),
    (LL + "wie_ein_anfaenger", "Der Torhüter ließ den Ball durchrutschen wie ein Anfänger.",
     "Der Skikurs ist für Anfänger und Fortgeschrittene."),
    (LL + "rausschmeissen", "Der Klub schmeißt den Sportdirektor nach drei Monaten raus.",
     "Der Klub trennt sich vom Sportdirektor."),
    (LL + "liess_keine_chance", "Die Titelverteidigerin ließ der Qualifikantin keine Chance.",
     "Die Chance auf Schnee steigt am Wochenende."),
    (SV + "bringt_auf_den_punkt", "Ein Pendler bringt es auf den Punkt: „Ohne Auto geht hier nichts.“",
     "Das Steak wird auf den Punkt gebraten."),
    (VA + "kritiker_wenden_ein", "Kritiker wenden ein, die Studie sei zu klein.",
     "Die Kritikerin der Zeitung wendet sich an den Presserat."),
    (VA + "schuetzer_warnen", "Tierschützer warnen vor dem Einsatz von Giftködern.",
     "Der Tierschutzverein warnt vor dem Einsatz von Giftködern."),
    (VA + "es_gibt_kritiker", "Es gibt Kritiker, die das Projekt für überdimensioniert halten.",
     "Es gibt Karten nur an der Abendkasse."),
    (VA + "wird_getuschelt", "Im Rathaus wird seit Wochen getuschelt.",
     "Die Schülerinnen tuschelten in der letzten Reihe."),
    (PU + "reise_wert", "Das kleine Museum ist eine Reise wert.",
     "Die Reise nach Triest dauert vier Stunden."),
    (PU + "mehr_lesen_moechte", "Ein Debüt, von dem man mehr lesen möchte.",
     "Von der Versicherung will man mehr Auskunft."),
    (PU + "spruehte_vor", "Das Ensemble sprüht vor Spielfreude.",
     "Die Gemeinde sprüht Salz auf die Straßen."),
    (PU + "angenehm_ueberrascht", "Wer einen braven Krimi erwartet, wird angenehm überrascht.",
     "Die Gäste waren von dem Regen überrascht."),
    (DO + "nimmt_nicht_ab", "Diese Kehrtwende nimmt ihr kaum jemand ab.",
     "Die Polizei nahm dem Lenker den Führerschein ab."),
    (IN + "riesen_kompositum", "Der Wechsel bringt dem Klub einen Riesenvorteil.",
     "Im Prater dreht sich das Riesenrad."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
