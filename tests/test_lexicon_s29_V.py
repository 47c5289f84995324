"""Author V, session 29 (issue 8): recall families for evaluative wording careful editors mark in
the author's voice and the engine missed – the commentator's weighing of arguments („der Einwand
trägt nicht weit“, „ebenso schwach ist das Argument“, „ganz falsch ist es nicht“, „beide haben ein
bisschen recht“, „… ist kein Schimpfwort“, „Das ist ungerecht.“, „Es ist Bequemlichkeit.“, „dabei
liegt die Lösung auf der Hand“, „dass es so weit kommen musste“, „als ginge es um …“, „ein Gesetz,
das niemandem wehtut“, „und die Welt ist nicht untergegangen“, „spart am falschen Ende“), loaded
phrases („sehenden Auges“, „ein Vertrauensbruch“, „so zuverlässig wie die Grippewelle“, „wie es so
schön heißt“, „ein winziger Bruchteil“, „eine Leerformel“), review verdicts („liest sich wie ein
Werbeprospekt“, „hält den Abend zusammen“, „glänzend einstudiert“, „verliert an Substanz“,
„Ausgezeichnet ist dagegen …“, „szenisch eine Enttäuschung“, „verspricht mehr, als er hält“, „mit
einer Leichtigkeit, die …“, „einer der schönsten Momente“, „von karger Schönheit“, „ein zäher
Auftakt“, „wie ein Steinbruch“, „erstickt an der eigenen Cleverness“, „wickelt das Publikum um den
Finger“, „die Pointe hört man kommen“, „hier bleibt der Entwurf schwach“), tabloid wording
(„Tiebreak-Krimi“, „hat es in sich“, „jetzt geht es um alles“, „die Kohle“, „macht dicht“, „im
Lotto abgeräumt“, „die blonde Moderatorin“, „ein gefürchteter Freistoß“, „der ganze Rummel“, „hat
sich quergestellt“) and unnamed sources („Kritiker des Projekts verweisen“, „viele Verbraucher
fragen sich“, „…, erzählen Mitarbeiter“, „ein Profi soll gesagt haben“, „mehrere Trainer
kritisierten“) – written as families (ids ``<category>.s29v_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s29v_"
LL = "loaded_language.s29v_"
PU = "puffery.s29v_"
IN = "intensifier.s29v_"
CE = "certainty.s29v_"
DO = "doubt.s29v_"
VA = "vague_attribution.s29v_"
LA = "labeling.s29v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (ST + "traegt_nicht_weit", "Der Vergleich mit Dänemark trägt nicht weit.",
     "Das Seil trägt nicht mehr als achtzig Kilo."),
    (ST + "schwach_ist_das_argument", "Genauso dünn ist der Verweis auf die Tradition.",
     "Schwach ist der Empfang nur im Keller."),
    (ST + "ganz_falsch_ist_es_nicht", "Ganz falsch liegt die Gewerkschaft damit nicht.",
     "Die Rechnung war falsch adressiert."),
    (ST + "beide_haben_recht", "Im Grunde haben beide ein bisschen recht.",
     "Beide haben das Recht, Berufung einzulegen."),
    (ST + "welt_nicht_untergegangen", "Die Wirte murrten, aber die Welt ist davon nicht untergegangen.",
     "Im Roman geht die Welt in einer Flut unter."),
    (ST + "kein_schimpfwort", "Verzicht ist kein Schimpfwort.",
     "Der Angeklagte rief dem Polizisten ein Schimpfwort nach."),
    (ST + "das_ist_ungerecht", "Das ist zutiefst unfair.",
     "Die Spieler fanden die Entscheidung unfair."),
    (ST + "es_ist_bequemlichkeit", "Das ist reine Feigheit.",
     "Feigheit vor dem Feind war ein Straftatbestand."),
    (CE + "liegt_auf_der_hand", "Die Alternative liegt doch auf der Hand.",
     "Die Alternative zum Bus ist das Fahrrad."),
    (LL + "sehenden_auges", "Die Gemeinde hat sehenden Auges weitergebaut.",
     "Ihr rechtes Auge ist seit dem Unfall blind."),
    (ST + "so_weit_kommen_musste", "Dass es so weit kommen konnte, ist beschämend.",
     "Die Wanderer kamen so weit wie nie."),
    (ST + "als_ginge_es_um", "Die Sitzung wurde inszeniert, als ginge es um die Rettung des Abendlandes.",
     "Als es um das Budget ging, wurde abgestimmt."),
    (ST + "tut_niemandem_weh", "Herausgekommen ist eine Reform, die niemandem wehtut.",
     "Die Reform tritt im Jänner in Kraft."),
    (LL + "vertrauensbruch", "Politisch ist das ein klarer Vertrauensbruch.",
     "Das Vertrauen in die Justiz ist laut Umfrage gestiegen."),
    (LL + "so_zuverlaessig_wie", "Die Klage über das Sommerloch kommt so zuverlässig wie das Amen im Gebet.",
     "Das Gerät misst so zuverlässig wie das Vorgängermodell, schreibt der Hersteller."),
    (DO + "wie_es_so_schoen_heisst",
     "Die Stellen werden nachbesetzt, wie es im Amtsdeutsch so schön heißt, „bedarfsorientiert“.",
     "Der Park ist im Herbst besonders schön."),
    (IN + "winziger_bruchteil", "Nur ein verschwindender Bruchteil der Anzeigen endet vor Gericht.",
     "Ein Bruchteil der Anzeigen, rund zwölf Prozent, endet vor Gericht."),
    (LL + "liest_sich_wie", "Der Jahresbericht liest sich wie eine Imagebroschüre.",
     "Der Bürgermeister las den Jahresbericht vor."),
    (PU + "haelt_den_abend_zusammen", "Am Ende ist es die Sängerin, die den Abend zusammenhält.",
     "Ein Gummiband hält den Stapel zusammen."),
    (PU + "glaenzend_einstudiert", "Die Kinderchöre sind glänzend einstudiert.",
     "Die Karosserie glänzt nach der Politur."),
    (ST + "verliert_an_substanz", "Nach der Pause verliert die Inszenierung spürbar an Kontur.",
     "Die Währung verlor an Wert."),
    (ST + "fronted_verdict_ist", "Hervorragend ist dagegen das Orchester.",
     "Ausgezeichnet wurde das Orchester im Mai."),
    (LL + "enttaeuschung_szenisch", "Inhaltlich ist das Buch eine Enttäuschung.",
     "Die Enttäuschung der Fans war groß, sagt der Trainer."),
    (ST + "verspricht_mehr_als_haelt", "Das Plakat verspricht mehr, als die Ausstellung hält.",
     "Die Partei verspricht mehr Polizei auf den Straßen."),
    (PU + "mit_einer_leichtigkeit", "Sie tanzt mit einer Leichtigkeit, die verblüfft.",
     "Die Leichtigkeit des Rahmens spart Treibstoff."),
    (PU + "einer_der_schoensten_momente", "Das Duett ist einer der ergreifendsten Momente der Saison.",
     "Eine der Szenen wurde in Graz gedreht."),
    (PU + "von_einer_schoenheit", "Das Album ist von stiller Schönheit.",
     "Der Preis für Schönheit und Pflege geht an einen Salon."),
    (LL + "zaeher_auftakt", "Nach einem zähen Beginn kommt der Abend in Fahrt.",
     "Der Teig ist zäh und muss ruhen."),
    (LL + "wie_ein_steinbruch", "Der Regisseur behandelt Schiller wie einen Steinbruch.",
     "Der Steinbruch liefert Kalk für das Zementwerk."),
    (LL + "erstickt_an_eigener", "Die Serie erstickt an ihrem eigenen Anspruch.",
     "Die Feuerwehr erstickte die Flammen mit einer Decke."),
    (LL + "um_den_finger_wickeln", "Der Kabarettist wickelt den Saal um den Finger.",
     "Die Schneiderin wickelte das Maßband um den Finger."),
    (LL + "sport_krimi", "Der Elfmeter-Krimi ging an Salzburg.",
     "Der neue Krimi der Autorin spielt in Triest."),
    (LL + "hat_es_in_sich", "Der Brief der Behörde hat es in sich.",
     "Der Brief hat drei Seiten."),
    (LL + "geht_um_alles", "Im letzten Spiel geht es für Sturm jetzt um alles.",
     "Im Gespräch ging es um alle offenen Fragen."),
    (LL + "kohle_geld", "Der Investor will nur die Kohle kassieren.",
     "Die Kohle für das Kraftwerk kommt aus Australien."),
    (LL + "macht_dicht", "Das Kino am Hauptplatz macht dicht.",
     "Das Kino zeigt am Hauptplatz einen Stummfilm."),
    (LL + "im_lotto_abgeraeumt", "Die Pensionistin hat beim Lotto kräftig abgeräumt.",
     "Nach dem Fest wurde der Saal abgeräumt."),
    (LA + "blonde_frau", "Die blonde Influencerin meldet sich zu Wort.",
     "Die Influencerin Lisa Maier meldet sich zu Wort."),
    (PU + "gefuerchteter_jaeger", "Der gefürchtete Distanzschuss des Kapitäns blieb aus.",
     "Die gefürchtete Lawinengefahr ist laut Warndienst gesunken."),
    (LL + "rummel_um", "Den ganzen Rummel versteht die Familie nicht.",
     "Der Rummel im Prater öffnet um zehn Uhr."),
    (LL + "quergestellt", "Die Landeshauptleute haben sich quergestellt.",
     "Ein Sattelzug hat sich auf der A1 quergestellt."),
    (ST + "am_falschen_ende_sparen", "Beim Winterdienst wird am falschen Ende gespart.",
     "Das Land spart beim Winterdienst vier Millionen Euro."),
    (LL + "leerformel", "Mehr als eine Leerformel ist der Leitantrag nicht.",
     "Die Chemikerin schrieb die Formel an die Tafel."),
    (LL + "hoert_man_kommen", "Das Finale hört man schon von weitem kommen.",
     "Man hört die Kinder im Hof spielen."),
    (ST + "hier_bleibt_schwach", "Dort bleibt der Roman merkwürdig blass.",
     "Dort bleibt der Supermarkt bis Montag geschlossen."),
    (VA + "kritiker_des_projekts", "Gegner des Vorhabens befürchten mehr Verkehr.",
     "Der Gegner des Vorhabens, Anrainer Josef Huber, befürchtet mehr Verkehr."),
    (VA + "viele_fragen_sich", "Viele Pendler fragen sich, warum der Zug ausfällt.",
     "Viele Pendler fahren mit dem Zug."),
    (VA + "erzaehlen_mitarbeiter", "Im Lager herrsche oft Chaos, erzählen Beschäftigte.",
     "Die Beschäftigten erzählen im Film von ihrer Arbeit."),
    (VA + "ein_x_soll_gesagt_haben", "Ein Abgeordneter soll im Klub gescherzt haben, die Reform sei tot.",
     "Ein Abgeordneter sagte, die Reform sei tot."),
    (VA + "mehrere_kritisierten", "Zahlreiche Leser kritisierten die Entscheidung.",
     "Zahlreiche Leser schrieben an die Redaktion."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
