"""Author X, session 26 (issue 8): recall families for evaluative wording careful editors mark in
the author's voice and the engine missed – the commentator's formulas („macht es sich ebenso
bequem“, „Das wäre ehrlicher“, „Trotzdem wäre es falsch“, „Halbe Sachen helfen niemandem“, „löst
kaum eines der Probleme“, „weder neu noch originell“, „Schöner lässt sich … kaum verpacken“, „Was
fehlt, ist …“, „Die Begründungen kennt man“, „Man ist versucht zu sagen“, „die sonst so gern von
… spricht“, „ist nichts Besseres eingefallen“, „Das ist keine Strafe, das ist …“, „Aber egal:“,
„So gewinnt man kein Vertrauen“, „der seinen Namen verdient“), review verdicts („zieht sich
merklich“, „verliert an Spannung“, „Dem Drehbuch fehlt die Kraft“, „die Stärke/Schwäche des
Films“, „der stärkste Moment“, „ein starkes Bild“, „wie man sie lange nicht gehört hat“, „über
weite Strecken gelungen“, „die Idee trägt weit“, „Wer X mag, wird hier fündig“, „Der Beifall
blieb höflich“), idioms and loaded phrases („aneinander vorbeireden“, „Zeit absitzen“, „Augen zu
und durch“, „hinter den Kulissen kracht es“, „wie durch ein Wunder“, „dünne Argumentation“,
„Kavaliersdelikt“, „ein teures Symbol“, „bloß Marketing“), tabloid labels („Streithähne“,
„Super-Oma“, „sturzbetrunken“, „zu Schrott gefahren“) and unnamed sources („unter Experten
umstritten“, „als viele glauben“, „Kritik wurde laut“, „Im Rathaus spricht man von“, „gilt als
fix“) – written as families (ids ``<category>.s26x_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s26x_"
SP = "speculation.s26x_"
LL = "loaded_language.s26x_"
PU = "puffery.s26x_"
VA = "vague_attribution.s26x_"
LA = "labeling.s26x_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (ST + "ebenso_bequem", "Der Verband macht es sich genauso bequem.",
     "Die Katze machte es sich auf dem Sofa bequem."),
    (ST + "waere_ehrlicher", "Eine klare Steuer wäre ehrlicher als die vielen Gebühren.",
     "Die Zeugin wäre gern früher gekommen."),
    (ST + "waere_es_falsch", "Es wäre fatal, die Warnungen der Feuerwehr zu ignorieren.",
     "Die Hausnummer auf dem Bescheid war falsch."),
    (ST + "halbe_sachen", "Halbe Lösungen bringen beim Hochwasserschutz nichts.",
     "Im Ausverkauf gab es Sachen zum halben Preis."),
    (ST + "loest_kein_problem", "Die neue Behörde löst kein einziges Problem der Mieter.",
     "Der Fehlalarm löste keine Probleme aus."),
    (ST + "weder_neu_noch", "Der Plan ist weder neu noch sonderlich mutig.",
     "Das Fahrrad ist neu lackiert."),
    (ST + "schoener_kaum", "Schöner lässt sich ein Sparpaket kaum verpacken.",
     "Die Geschenke lassen sich im Laden verpacken."),
    (ST + "was_fehlt_ist", "Was fehlt, ist ein Zeitplan für die Sanierung.",
     "Die Mutter fragt, was fehlt."),
    (ST + "muss_liefern", "Jetzt, nach der Wahl, muss die Landesregierung liefern.",
     "Die Molkerei muss täglich Milch an drei Schulen liefern."),
    (ST + "debatte_wert", "Die Frage wäre eine ehrliche Debatte wert.",
     "Das Gemälde wäre heute eine Million wert."),
    (ST + "so_nicht", "So schafft man keine neuen Wohnungen.",
     "So schafft man den Aufstieg zur Hütte: erst links, dann steil bergauf."),
    (ST + "kennt_man", "Die Einwände kennt man.",
     "Die Ergebnisse der Wahl kennt man seit Sonntag."),
    (ST + "man_ist_versucht", "Man ist versucht, von einem Schildbürgerstreich zu sprechen.",
     "Der Einbrecher hatte versucht, das Schloss zu öffnen."),
    (ST + "sonst_so_gern", "Die Partei, die sonst so gerne Sparsamkeit predigt, gönnt sich neue Dienstwagen.",
     "Die Kinder spielen gern im Hof."),
    (ST + "nichts_besseres", "Der Stadtregierung fällt zur Hitze nichts Besseres ein als Sprühnebel.",
     "Mir fiel der Name nicht ein."),
    (ST + "keine_x_das_ist", "Das ist keine Sparmaßnahme, das ist ein Rechentrick.",
     "Das ist keine Übung."),
    (ST + "aber_egal", "Aber egal: Die Fassade glänzt.",
     "Aber egal, wer gewinnt: Die Liga ist spannend."),
    (ST + "eher_nach_als_nach", "Der Dialog klingt eher nach Pressemitteilung als nach Leben.",
     "Der Keller riecht nach Moder."),
    (ST + "absicht_verstimmt", "Bei so viel Symbolik merkt man die Absicht.",
     "Die Absicht des Käufers ist nicht bekannt."),
    (ST + "nicht_falsch", "Auch dieser Einwand ist nicht ganz falsch.",
     "Die Kinder haben die Aufgabe nicht falsch verstanden."),
    (ST + "verdient_namen", "Erst mit Bäumen verdient der Platz seinen Namen.",
     "Den Namen verdankt die Straße einem Bürgermeister."),
    (ST + "schon_erstaunlich", "Es ist schon bemerkenswert, wie still die Kammer geworden ist.",
     "Es ist schon dunkel, wenn der Bus fährt."),
    (SP + "nicht_den_eindruck", "Man hat nicht den Eindruck, dass die Behörde vorbereitet ist.",
     "Der Besuch hinterließ bei den Schülern einen bleibenden Eindruck."),
    (ST + "eine_spur_zu", "Die Pointen kommen eine Spur zu zögerlich.",
     "Die Ermittler verfolgen eine Spur zu einem Händler."),
    (ST + "applaus_hoeflich", "Nach dem zweiten Akt gab es nur pflichtschuldigen Applaus.",
     "Der Applaus dauerte fünf Minuten."),
    (ST + "wer_wird_fuendig", "Wer leise Komödien mag, kommt hier auf seine Kosten.",
     "Die Taucher wurden im See fündig."),
    (ST + "klingt_gut", "Das klingt zunächst verlockend, hat aber einen Haken.",
     "Die neue Orgel klingt hell."),
    (LL + "zieht_sich", "Die Rückblende zieht sich mühsam.",
     "Der Konzern zieht sich spürbar aus Russland zurück."),
    (LL + "verliert_an_spannung", "Im zweiten Teil verliert die Serie an Witz.",
     "Die Aktie verliert an Wert."),
    (LL + "fehlt_die_kraft", "Der Inszenierung fehlt am Ende jede Zuspitzung.",
     "Der Läuferin fehlt nach der Verletzung noch die Kraft."),
    (PU + "staerke_des_films", "Die Musik ist die größte Stärke des Films.",
     "Das Beben hatte eine Stärke von 4,8."),
    (LL + "schwaeche_des_films", "Die Schwäche dieses Romans liegt im Tempo.",
     "Die Schwäche der Währung verteuert Importe."),
    (PU + "staerkste_moment", "Die Tanzszene ist der schönste Moment des Abends.",
     "Das stärkste Gewitter des Sommers zog über Linz."),
    (PU + "starkes_bild", "Am Ende steht ein starkes, beklemmendes Bild.",
     "Im Flur hängt ein großes Bild."),
    (PU + "erwarten_darf", "Ein Regisseur, von dem man noch viel erwarten darf.",
     "Von der Stadt war keine Stellungnahme zu erwarten."),
    (PU + "lange_nicht_gehoert", "Sie singt mit einer Wärme, wie man sie selten hört.",
     "Wie man den Antrag stellt, erklärt die Website."),
    (ST + "ueber_weite_strecken", "Die Serie ist über weite Strecken hölzern gespielt.",
     "Die Straße ist über weite Strecken unbeleuchtet."),
    (ST + "idee_traegt", "Die Prämisse trägt überraschend weit.",
     "Der Einfall trägt den Titel Sommerfrische."),
    (LL + "aneinander_vorbei", "In der Sendung redeten die Gäste nur aneinander vorbei.",
     "Die Boote glitten aneinander vorbei."),
    (LL + "zeit_absitzen", "Der Ausschuss scheint nur noch Zeit abzusitzen.",
     "Der Verurteilte muss drei Jahre absitzen."),
    (LL + "augen_zu_und_durch", "Die Stadt macht weiter nach dem Prinzip Augen zu und durch.",
     "Sie hielt beim Impfen die Augen zu."),
    (LL + "woertchen_mitreden", "Beim Standort will auch die Gemeinde ein Wörtchen mitreden.",
     "Die Gemeinde redet beim Standort mit."),
    (LL + "wie_durch_ein_wunder", "Die Familie überlebte den Brand wie durch ein Wunder.",
     "Die Ausstellung zeigt das Wunder der Natur."),
    (LL + "wie_streichhoelzer", "Die Masten knickten wie Zündhölzer.",
     "Die Streichhölzer lagen neben dem Herd."),
    (LL + "hinter_kulissen_kracht", "Hinter den Kulissen hatte es im Vorstand lange gebrodelt.",
     "Hinter den Kulissen warten die Tänzer auf ihren Auftritt."),
    (LL + "hagelt_es", "Nach der Absage hagelte es Reklamationen.",
     "Am Nachmittag hagelte es im Mühlviertel."),
    (LL + "kavaliersdelikt", "Schwarzfahren wird oft wie ein Kavaliersdelikt behandelt.",
     "Er wurde wegen Falschparkens angezeigt."),
    (LL + "duenne_argumentation", "Die Anklage beruht auf einer dünnen Indizienlage.",
     "Das Eis auf dem See ist dünn."),
    (LL + "so_gut_wie_sarkasmus",
     "Das Alkoholverbot klappt ungefähr so gut wie ein Rauchverbot im Wirtshaus.",
     "Das reparierte Radio klappt so gut wie vorher."),
    (LL + "teures_symbol", "Die neue Grenzstation ist ein teures Symbol.",
     "Die Taube gilt als Symbol des Friedens."),
    (LL + "bloss_marketing", "Die Klimaneutralität des Fluges ist reines Marketing.",
     "Die Abteilung Marketing zieht in den dritten Stock."),
    (LL + "nur_schlagworte", "Die Regierung liefert nur Parolen statt Konzepte.",
     "Die Agentur liefert Fotos und Texte."),
    (LL + "sperriger_name", "Das Programm trägt den sperrigen Titel Qualitätssicherungsoffensive.",
     "Das sperrige Paket passte nicht ins Auto."),
    (LL + "als_hinge", "Sie streiten um den Parkplatz, als hinge ihr Seelenheil davon ab.",
     "Das Bild hing schief an der Wand."),
    (LL + "herumschleichen", "Der Vorstand redet seit Wochen um das Problem herum.",
     "Der Fuchs schleicht um den Hühnerstall herum."),
    (PU + "jeder_handgriff_sitzt", "In der Backstube sitzt jeder Griff.",
     "Im Bus sitzt jeder Schüler angeschnallt."),
    (LL + "nur_lachen", "Darüber können die Bauern nur lachen.",
     "Der Clown brachte die Kinder zum Lachen."),
    (LA + "streithaehne", "Die Streithähne aus dem Gemeinderat einigten sich doch.",
     "Der Hahn des Nachbarn kräht um fünf."),
    (LL + "sturzbetrunken", "Der Lenker war stockbetrunken.",
     "Der Lenker hatte 2,1 Promille im Blut."),
    (LL + "zu_schrott", "Die Diebe haben den Wagen zu Schrott gefahren.",
     "Der Wagen kam zur Verschrottung."),
    (LL + "super_oma", "Die Rekord-Oma schwamm den Bodensee.",
     "Die Oma schwamm im Bodensee."),
    (ST + "das_unglaubliche", "Das Unfassbare: Der Zug fuhr ohne Lokführer weiter.",
     "Die Zeugen schilderten das Unfassbare."),
    (VA + "unter_experten_umstritten", "Die Wirkung der Steuer ist unter Ökonomen umstritten.",
     "Unter den Ökonomen auf dem Podium saß auch eine Nobelpreisträgerin."),
    (VA + "als_viele_glauben", "Die Stadt ist sicherer, als viele Pendler glauben.",
     "Es gab mehr Anmeldungen, als Plätze frei waren."),
    (VA + "kritik_laut_geworden", "Zuletzt waren Zweifel an der Finanzierung laut geworden.",
     "Die Musik im Lokal wurde laut."),
    (VA + "nennt_man_das", "Im Rathaus spricht man von einem vollen Erfolg.",
     "In Tirol spricht man einen eigenen Dialekt."),
    (VA + "gilt_als_sicher", "Seine Nominierung gilt als gesetzt.",
     "Der Tunnel gilt seit der Sanierung als sicher."),
    (PU + "verdienst", "Dass der Verein noch besteht, ist allein das Verdienst der Kassierin.",
     "Der Verdienst der Erntehelfer ist gering."),
    (PU + "grosses_vor", "Der Aufsteiger hat Großes vor.",
     "Er hat einen großen Hund."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
