"""Author U, session 30 (issue 8): recall families for evaluative wording careful editors mark in
the author's voice and the engine missed – the commentator's weighing and advice („Da hat sie einen
Punkt“, „Fair ist aber auch: …“, „Man kann das tröstlich finden“, „Diesen Luxus kann sich das Land
nicht leisten“, „ein Widerspruch, den niemand gern ausspricht“, „Die Stadt macht es ihren Gegnern
leicht“, „wäre immerhin ein Anfang“, „Man möchte fragen: …“, „Geht es auch eine Nummer kleiner?“,
„Man kann ihm nicht böse sein“, „ließ lediglich mitteilen“, „Kaum ein Beruf ist so bedroht wie …“),
loaded phrases („die Verbände klatschen Beifall“, „zwei Fliegen mit einer Klappe“, „an der Reform
wird gebastelt“, „die Politik muss ihre Hausaufgaben machen“), review verdicts („nicht ohne
Schwächen“, „Doch es gibt Schwächen.“, „der Schluss wirkt gehetzt“, „in einer Vitrine
abgehandelt“, „am Ende bleibt ein zwiespältiger Eindruck“, „Nicht alles an diesem Abend gelingt“,
„gerät zu einem Ereignis“, „die man ihnen kaum zugetraut hätte“,
„ein würdiger Abschluss“, „von ihr wird man noch hören“, „wie aus dem Baukasten“, „der beste Moment
des Abends“, „bedient sich freimütig bei …“), tabloid wording („Dabei fing alles so schön an“,
„haust in einem Container“, „schuftet“, „Klunker“, „ein Traum in Weiß“, „Hach!“, „ein Häufchen
Elend“, „flattern ins Haus“, „dicke Freunde“, „die dunkelste Zeit ihres Lebens“, „der glücklichste
Mann der Welt“, „übel angefeindet“, „ihr großes Comeback“, „Dann der Knall:“,
„Schlager-Sonnenschein“, „Ganz Österreich spricht über …“) and unnamed sources
(„Beobachter hatten ihr kaum Chancen gegeben“, „Wissenschaftler machen … verantwortlich“,
„Ehemalige Mitarbeiter berichten …“) – written as families (ids ``<category>.s30u_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s30u_"
LL = "loaded_language.s30u_"
PU = "puffery.s30u_"
IN = "intensifier.s30u_"
LA = "labeling.s30u_"
VA = "vague_attribution.s30u_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # commentary
    (LL + "beifall_klatschen", "Der Handelsverband klatscht Beifall, die Arbeiterkammer schäumt.",
     "Nach der Premiere klatschten die Gäste lange Beifall."),
    (LL + "zwei_fliegen_klappe", "Mit der Abgabe will das Land zwei Fliegen mit einer Klappe schlagen.",
     "Auf der Terrasse kreisen zwei Fliegen um den Kuchen."),
    (ST + "niemand_gern_ausspricht", "Es bleibt eine Wahrheit, die keiner gern ausspricht.",
     "Niemand wurde bei dem Brand verletzt."),
    (ST + "luxus_nicht_leisten", "Solchen Luxus kann sich eine Gemeinde mit leeren Kassen nicht leisten.",
     "Die Gemeinde kann sich den Neubau der Halle nicht leisten."),
    (ST + "man_kann_das_finden", "Man kann das konsequent finden.",
     "Man kann das Rezept auf der Website finden."),
    (ST + "hat_einen_punkt", "Damit hat der Rechnungshof durchaus einen Punkt.",
     "Damit hat der LASK einen Punkt Rückstand auf den Leader."),
    (ST + "macht_es_gegnern_leicht", "Die Koalition macht es ihren Kritikern wieder einmal leicht.",
     "Die Kritiker der Koalition treffen sich am Abend in Linz."),
    (LL + "basteln_an", "Seit dem Sommer wird an einem Sparpaket gebastelt.",
     "Im Werkraum wird an einem Modellflugzeug gebastelt."),
    (LL + "hausaufgaben_machen", "Die Regierung muss endlich ihre Hausaufgaben machen.",
     "Die Volksschüler machen im Hort ihre Hausaufgaben."),
    (ST + "waere_ein_anfang", "Ein eigenes Budget für die Pflege wäre zumindest ein Anfang.",
     "Der Anfang des Konzerts verzögerte sich um zehn Minuten."),
    (ST + "fair_ist_aber_auch", "Redlich ist aber auch: Die Opposition hat keinen besseren Plan.",
     "Der Wettkampf verlief fair, sagt die Jury."),
    (ST + "kann_nicht_boese_sein", "Man kann der Stadt deswegen kaum böse sein.",
     "Man kann das Museum am Sonntag kostenlos besuchen."),
    (ST + "man_moechte_zurufen", "Man möchte den Verantwortlichen zurufen, dass der Winter jedes Jahr kommt.",
     "Die Firma möchte die Beschäftigten im Herbst befragen, sagt die Sprecherin."),
    (IN + "kaum_ein_so_wie", "Kaum eine Branche hat so unter der Krise gelitten wie die Gastronomie.",
     "Kaum ein Besucher kam am Montag ins Museum."),
    (ST + "eine_nummer_kleiner", "Es ginge auch eine Nummer kleiner.",
     "Die Schuhe hat das Geschäft nur eine Nummer kleiner lagernd."),
    (ST + "liess_lediglich_mitteilen", "Die Firma ließ lediglich ausrichten, man prüfe den Fall.",
     "Die Firma ließ ausrichten, man prüfe den Fall."),
    # review
    (ST + "nicht_ohne_schwaechen", "Auch die Neuübersetzung ist nicht ohne Mängel.",
     "Ohne Mängel wurde die Anlage abgenommen, teilt der TÜV mit."),
    (ST + "es_gibt_schwaechen", "Aber es gibt Längen.",
     "Aber es gibt Karten an der Abendkasse."),
    (LL + "wirkt_gehetzt", "Das letzte Kapitel wirkt zusammengeschustert.",
     "Das letzte Kapitel erscheint im Frühjahr."),
    (LL + "abgehandelt", "Die Rolle der Frauen wird in einem Nebensatz abgehandelt.",
     "Der Antrag der Grünen wird am Ende der Sitzung abgehandelt."),
    (ST + "bleibt_eindruck", "Von der Saison bleibt ein zwiespältiger Eindruck.",
     "Vom Budget bleibt ein Rest von zwei Millionen Euro."),
    (ST + "nicht_alles_gelingt", "Nicht alles in diesem Debütroman glückt.",
     "Nicht alles in der Wohnung ist versichert, sagt der Makler."),
    (PU + "geraet_zum_ereignis", "Das Duett im zweiten Akt gerät zur Sternstunde.",
     "Das Boot geriet in einen Sturm."),
    (PU + "kaum_zugetraut", "Sie singt mit einer Kraft, die ihr kaum jemand zugetraut hätte.",
     "Die Trainerin hat ihr die Kapitänsrolle zugetraut, sagt die Spielerin."),
    (PU + "wuerdiger_abschluss", "Ein würdiger Abschluss einer langen Karriere.",
     "Bewerben können sich Personen mit einem passenden Abschluss in Chemie."),
    (PU + "wird_man_noch_hoeren", "Von diesem Quartett wird man noch hören.",
     "Man hört das Quartett am Sonntag im Radio."),
    (LL + "aus_dem_baukasten", "Die Melodien klingen wie aus dem Baukasten.",
     "Der Kleinwagen stammt aus dem Baukasten des Herstellers."),
    (PU + "bester_moment_des_abends", "Das ist die beste Szene des Films.",
     "Die ersten Minuten des Spiels verliefen ruhig."),
    (LL + "bedient_sich_freimuetig", "Das Album bedient sich ungeniert bei den Beatles.",
     "Die Kinder bedienen sich am Obstkorb."),
    # tabloid
    (LL + "fing_so_schoen_an", "Dabei hatte alles so romantisch begonnen.",
     "Die Feier begann um sieben Uhr."),
    (LL + "hausen", "Seit dem Brand hausen die Mieter in einer Turnhalle.",
     "Im Kirchturm hausen Dohlen."),
    (LL + "schuften", "Die Erntehelfer schuften bei 35 Grad auf dem Feld.",
     "Die Erntehelfer arbeiten bei 35 Grad auf dem Feld."),
    (LL + "klunker", "Den Klunker hat ihr der Fußballer zur Verlobung geschenkt.",
     "Den Ring hat ihr der Fußballer zur Verlobung geschenkt."),
    (PU + "traum_in_weiss", "Die Torte war ein Traum in Rosa.",
     "Die Torte war rosa und dreistöckig."),
    (ST + "interjektion_hach", "Ein Picknick am See, ein Antrag bei Sonnenuntergang. Hach!",
     "Ein Picknick am See ist am Sonntag geplant."),
    (LL + "haeufchen_elend", "Nach dem Aus war die Torfrau nur noch ein Häufchen Elend.",
     "Nach dem Sturm lag ein Häufchen Äste vor dem Haus."),
    (LL + "flattert_ins_haus", "Vielen Autofahrern flattert jetzt ein Strafbescheid ins Haus.",
     "Über dem Rathaus flattert die Fahne."),
    (LL + "dicke_freunde", "Die beiden Minister waren einst dicke Kumpel.",
     "Die beiden Minister kennen sich aus dem Studium."),
    (LL + "dunkelste_zeit_des_lebens", "Der Schauspieler spricht über die schwersten Jahre seines Lebens.",
     "Der Schauspieler verbrachte die Jahre seiner Kindheit in Linz."),
    (IN + "gluecklichste_mensch", "Seit Sonntag ist er der stolzeste Papa der Welt.",
     "Die Studie sucht die glücklichsten Länder der Welt."),
    (LL + "uebel_angefeindet", "Die Politikerin wurde in den Kommentaren übel beschimpft.",
     "Die Politikerin wurde in den Kommentaren kritisiert."),
    (PU + "grosses_comeback", "Im Frühjahr feiert die Band ihr großes Comeback.",
     "Ein Comeback der Band ist nicht geplant."),
    (LL + "dann_der_knall", "Dann der Paukenschlag: Der Trainer wirft hin.",
     "Dann der Bericht der Rechnungsprüfer, dann die Entlastung."),
    (LA + "sonnenschein_etikett", "TV-Sonnenschein Lena Hofstätter ist zurück.",
     "Die Moderatorin Lena Hofstätter ist zurück."),
    (IN + "ganz_ort_spricht", "Ganz Tirol schwärmt von der Skirennläuferin.",
     "Ganz vorne im Feld liegt die Skirennläuferin aus Tirol."),
    # unnamed sources
    (VA + "beobachter_hatten", "Branchenkenner hatten mit einem Verkauf an die Konkurrenz gerechnet.",
     "Die Wahlbeobachter hatten keinen Zugang zu den Urnen."),
    (VA + "machen_verantwortlich", "Landwirte machen den Wolf für die Verluste verantwortlich.",
     "Die Bäuerin Eva Huber macht den Wolf für die Verluste verantwortlich."),
    (VA + "ehemalige_berichten", "Ehemalige Spieler schildern ein Klima der Angst.",
     "Ehemalige Bahnhöfe werden zu Kulturzentren umgebaut."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
