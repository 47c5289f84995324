"""Author T, session 31 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed – the commentator's verdicts and decoding formulas („kommt
Jahre zu spät“, „lässt die Gemeinden mit den Kosten allein“, „Gelöst ist damit nichts“, „Eine
Hotline ersetzt keine Beratung“, „Ganz so unwichtig scheint … nicht zu sein“, „Da hilft nur eines“,
„Man möchte es gern glauben“, „Allein, es fehlt …“, „Die Antwort ist ernüchternd“, „auf Verschleiß
gefahren“, „Das Schlagwort ist abgegriffen“, „was nichts anderes heißt als“, „eine halbe Sache“,
„Genau das ist ja die Frage“, „Das Problem ist nicht X, sondern Y“, „Lückenbüßer“, „treibt zur
Verzweiflung“, „die vielgepriesene …“, „ein wunder Punkt“, „ist ein Alarmsignal“, „hat eine
angenehme Seite“, „hat gut daran getan“, „braucht keine X, sondern Y“, „die Welt ist noch in
Ordnung“, „keine befriedigende Antwort“, „ein bitterer Beigeschmack“, „Man kennt den Ablauf“, „ist
eine Geduldsprobe“, „hat keine Augen im Kopf“), review verdicts („weiß wenig damit anzufangen“,
„Selten klang … so frisch“, „belohnt die Geduld“, „ist klug gedacht“, „stößt hörbar an Grenzen“,
„die stärksten Szenen“, „ist ein Vergnügen“, „tut dem Film gut“, „Schwächer wirken …“, „trägt den
Abend im Alleingang“), tabloid and sports wording („ein Batzen Geld“, „gepanscht“, „die Geprellten“,
„rasen vor Wut“, „die Reise ihres Lebens“, „mehr war nicht drin“, „Sonne satt“, „Respekt!“,
„Windlotto“) and unnamed sources („Händler berichten“, „als gemeinhin angenommen“, „Beobachter im
Ort glauben“) – written as families (ids ``<category>.s31t_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s31t_"
LL = "loaded_language.s31t_"
PU = "puffery.s31t_"
DO = "doubt.s31t_"
LA = "labeling.s31t_"
VA = "vague_attribution.s31t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # commentary
    (ST + "jahre_zu_spaet", "Das Rauchverbot in Lokalen kam Jahrzehnte zu spät.",
     "Der Flieger landete eine Stunde zu spät in Salzburg."),
    (ST + "laesst_mit_allein", "Der Bund ließ die Länder mit der Pflege allein.",
     "Der Vater ließ den Buben kurz mit dem Hund allein."),
    (ST + "geloest_ist_damit_nichts", "Geklärt ist damit nichts.",
     "Geklärt ist inzwischen, wer den Unfall verursacht hat."),
    (ST + "ersetzt_kein", "Eine Hotline ersetzt keine Beratung vor Ort.",
     "Die neue Brücke ersetzt die alte Holzbrücke über die Enns."),
    (ST + "ganz_so_nicht", "Ganz so freiwillig scheint der Rückzug des Obmanns nicht zu sein.",
     "Ganz so wie geplant verlief der Umzug der Bibliothek."),
    (ST + "hilft_nur_eines", "Gegen die Wohnungsnot hilft nur eines: bauen.",
     "Die Stiftung hilft nur einem von zehn Antragstellern."),
    (DO + "moechte_es_glauben", "Man würde es den Managern gerne glauben.",
     "Viele Kinder glauben gerne an das Christkind."),
    (ST + "allein_es_fehlt", "Allein, es fehlt an Personal.",
     "Allein im Bezirk Gänserndorf fehlen 40 Ärzte."),
    (ST + "antwort_ist_bitter", "Die Antwort ist so banal wie beschämend.",
     "Die Antwort der Behörde ist am Dienstag eingelangt."),
    (LL + "auf_verschleiss", "Die Kraftwerke wurden jahrzehntelang auf Verschleiß betrieben.",
     "Bei der Überprüfung wurde Verschleiß an den Bremsscheiben festgestellt."),
    (LL + "wort_abgegriffen", "Der Begriff Nachhaltigkeit ist längst abgenutzt.",
     "Der Begriff stammt aus der Forstwirtschaft."),
    (ST + "nichts_anderes_als", "Das ist nichts anderes als eine Kürzung durch die Hintertür.",
     "Sie wollte nach dem Studium nichts anderes als unterrichten."),
    (LL + "halbe_sache", "Die Sanierung der Schule bleibt eine halbe Sache.",
     "Die Sache wird im Frühjahr vor Gericht verhandelt."),
    (ST + "genau_das_ist_die_frage", "Doch genau das ist ja die Frage.",
     "Die Frage ist, ob der Bus am Sonntag fährt, sagt der Anrainer."),
    (ST + "problem_ist_nicht_sondern",
     "Das Problem ist nicht die Zahl der Betten, sondern das fehlende Personal.",
     "Das Problem mit der Heizung trat am Montag auf."),
    (LL + "lueckenbuesser", "Die Leiharbeiter dienen dem Konzern als Lückenbüßer.",
     "Die Lücke in der Lärmschutzwand wird im Mai geschlossen."),
    (LL + "zur_verzweiflung_treiben", "Die neuen Meldepflichten treiben die Wirte zur Verzweiflung.",
     "Die Strömung treibt das Boot in den Hafen."),
    (DO + "vielgepriesen", "Der vielbeschworene Aufschwung lässt auf sich warten.",
     "Die Wirtin wurde für ihre Küche oft gelobt."),
    (LL + "wunder_punkt", "Die Prüfer legen den Finger auf einen wunden Punkt.",
     "Die Haut an der Ferse ist wund."),
    (LL + "alarmsignal", "Der Rückgang der Impfquote ist ein Alarmsignal.",
     "Der Rauchmelder gab ein Alarmsignal ab."),
    (ST + "angenehme_seite", "Für Pendler hat der Streik sogar eine gute Seite.",
     "Das Formular hat eine Seite für die Unterschrift."),
    (ST + "gut_daran_getan", "Die Intendantin hat gut daran getan, das Stück abzusetzen.",
     "Die Intendantin hat das Stück abgesetzt."),
    (ST + "braucht_kein_sondern", "Die Schule braucht keinen neuen Erlass, sondern Lehrkräfte.",
     "Das Auto braucht keinen Service vor dem Sommer."),
    (LL + "welt_in_ordnung", "Im Bergdorf ist die Welt noch in Ordnung.",
     "Die Messwerte sind in Ordnung, sagt der Techniker."),
    (ST + "keine_befriedigende_antwort", "Auf diese Frage gibt der Bericht keine schlüssige Antwort.",
     "Die Antwort des Ministeriums steht noch aus."),
    (LL + "bitterer_beigeschmack", "Die Postenbesetzung hinterlässt einen bitteren Beigeschmack.",
     "Die Sauce hat einen leicht bitteren Geschmack."),
    (ST + "man_kennt_den_ablauf", "Man kennt das Prozedere aus früheren Budgetrunden.",
     "Den Ablauf der Wahl erklärt die Gemeinde auf ihrer Website."),
    (LL + "geduldsprobe", "Die Suche nach einem Kassenarzt ist eine Geduldsprobe.",
     "Die Geduld der Fahrgäste wurde am Montag auf die Probe gestellt, sagt der Sprecher."),
    (LL + "keine_augen_im_kopf", "Wer diese Mängel übersieht, hat keine Augen im Kopf.",
     "Die Figur aus Holz hat keine Augen."),
    # review
    (ST + "weiss_wenig_anzufangen", "Mit der Vorlage weiß der Regisseur wenig anzufangen.",
     "Der Regisseur weiß, wie man eine Massenszene baut."),
    (PU + "selten_so", "Selten klang Schubert so zärtlich.",
     "Selten war der Neusiedler See so seicht wie in diesem Sommer."),
    (PU + "belohnt_geduld", "Die Inszenierung belohnt die Geduld des Publikums.",
     "Die Polizei belohnt Hinweise zu dem Einbruch."),
    (ST + "gut_gedacht", "Die Idee ist originell gedacht.",
     "Das Geld ist für die Sanierung der Turnhalle gedacht."),
    (ST + "hoerbar_an_grenzen", "Die Sopranistin stößt in der Höhe hörbar an ihre Grenzen.",
     "Die Feuerwehr stößt bei Großbränden an ihre Grenzen, sagt der Kommandant."),
    (ST + "staerkste_kapitel", "Die stärksten Passagen handeln von der Kindheit in Linz.",
     "Die Passagen sind nach Jahrzehnten geordnet."),
    (PU + "ist_ein_vergnuegen", "Der Roman ist ein Lesevergnügen.",
     "Der Vergnügungspark öffnet im April."),
    (PU + "tut_dem_film_gut", "Die Straffung tut dem Stück sichtlich gut.",
     "Der Film lief gut in den Kinos."),
    (PU + "traegt_im_alleingang", "Der junge Tenor trägt die Aufführung im Alleingang.",
     "Die Gemeinde trägt die Kosten für die Aufführung allein."),
    (ST + "schwaecher_wirken", "Etwas schwächer wirkt die zweite Hälfte des Albums.",
     "Schwächer war die Nachfrage nach Heizöl."),
    # tabloid and sports
    (LL + "batzen", "Der Umbau verschlingt einen schönen Batzen Steuergeld.",
     "Der Bildhauer knetet einen Batzen Lehm."),
    (LL + "gepanscht", "Der gepanschte Wein landete in Supermärkten.",
     "Die Kinder pantschen im Brunnen."),
    (LA + "geprellte", "Die geprellten Kunden gehen leer aus.",
     "Die Torfrau hat sich das Handgelenk geprellt."),
    (LL + "vor_wut_rasen", "Die Fans rasen vor Wut.",
     "Die Fans rasen nach dem Spiel über die Autobahn."),
    (LL + "x_seines_lebens", "Der Schüler landete den Coup seines Lebens.",
     "Den Großteil seines Lebens verbrachte er in Vorarlberg."),
    (LL + "mehr_war_nicht_drin", "Ein Punkt in Graz, mehr war nicht drin.",
     "Mehr Personal ist im Budget nicht vorgesehen."),
    (PU + "sonne_satt", "Am Wochenende gibt es Spannung satt.",
     "Nach dem Mittagessen waren die Kinder satt."),
    (ST + "interjektion_respekt", "Mit 85 Jahren fährt sie noch jeden Tag Rad. Respekt!",
     "Respekt vor den Einsatzkräften fordert die Polizei."),
    (LL + "lotto_kompositum", "Das Springen in Planica wurde zum Windlotto.",
     "Im Lotto gab es am Sonntag keinen Sechser."),
    # unnamed sources
    (VA + "gruppe_berichtet", "Hoteliers klagen über fehlendes Personal.",
     "Die Hoteliers der Region treffen sich am Montag in Zell am See."),
    (VA + "vielfach_angenommen", "Die Strafen sind milder als vielfach behauptet.",
     "Der Antrag der Grünen wurde einstimmig angenommen."),
    (VA + "beobachter_im_ort", "Beobachter im Dorf rechnen mit einem Rücktritt.",
     "Die Beobachter der Wahl wurden im Rathaus empfangen."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
