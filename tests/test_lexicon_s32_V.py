"""Author V, session 32 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed (blind rounds r66–r67) – tabloid wording („splitternackt“,
„Schlammwüste“, „es kracht privat“, „verriet uns“, „Weniger romantisch findet das …“, „Aber gut.“,
„Romantik geht anders.“, „Das kann dauern.“, „Klingt tapfer.“, „der treueste Mann im Landkreis“,
„viel mehr als nur …“, „musste erst mal schlucken“), commentary formulas („Wer das gerecht findet,
muss lange suchen“, „wie Verwaltungen eben reagieren“, „klingt heute wie Hohn“, „Dabei war
absehbar, was …“, „Erstens sollte …, zweitens braucht es …“, „Die Zahlen gehören auf den Tisch“,
„der fairere Weg“, „verspielt Vertrauen“, „so viel Ärger ausgelöst“, „böse Überraschung“, „in
Rage“, „von der man nicht wusste, dass man sie braucht“, „sehen schwarz“, „auf den Kopf
gestellt“, „das ganz große Glück“, „gibt den Geist auf“), review verdicts („begeistert beim
Festival“, „Was dieses Trio auszeichnet, ist …“, „kommt ohne Pathos aus“, „Zurückhaltung wäre gefragt
gewesen“, „dann aber bitte ohne …“, „ist der Bann wieder da“, „der einzige Moment, in dem … wirklich
berührt“, „reißt jede Szene an sich“, „wenn auch ohne Überraschungen“, „an nichts wurde
gespart“, „ein ehrenwertes Ziel“, „und das ist nicht wenig“, „verschenkt seine beste Idee“, „den
Rest mitschreiben“, „Ganz verstehen konnte ich … nicht“, „Das ist große Kunst“, „nicht so schnell
vergessen wird“, „Wer … sucht, ist hier richtig“, „Wer mehr erwartet, geht leer aus“,
„angenehm, aber schnell vergessen“, „Leicht ist das Geschäft nicht“, „die eigentlich spannende
Frage“, „streift das Stück nur“, „Lieber wird noch … eingeschoben“, „plätschert zwischen“,
„Operettenseligkeit“, „eine warme Stimme“, „ohne je eine eigene Handschrift“), sports wording („zittern sich ins Halbfinale“, „Start nach Maß“, „eine Auszeit nach
der anderen“, „kaum noch zu stoppen“, „schlug die Stunde des …“, „Verzweiflungswurf“, „schenkten
sich nichts“, „praktisch im Alleingang“, „vor unlösbare Aufgaben“, „Gold wert“, „Durchatmen kann
… nicht“) and unnamed sources („Befürworter der Schließung sagen“, „nach Angaben von
Sitznachbarn“, „Für viele im Dorf ist …“) – written as families (ids ``<category>.s32v_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s32v_"
LL = "loaded_language.s32v_"
PU = "puffery.s32v_"
IN = "intensifier.s32v_"
VA = "vague_attribution.s32v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (IN + "splitternackt", "Ein Urlauber badete splitternackt im Dorfteich.",
     "Im Museum hängt ein Akt eines nackten Mannes."),
    (LL + "wueste_kompositum", "Der Bahnhofsvorplatz ist eine trostlose Parkplatzwüste.",
     "Die Forscherin reist im Herbst in die Wüste Namib."),
    (LL + "kracht_privat", "Bei dem Schlagerpaar kracht es auch privat.",
     "Bei dem Unfall krachte es an der Ampel."),
    ("speech_verb.s32v_verriet_uns", "Die Nachbarin verriet uns, dass die beiden heiraten.",
     "Der Agent verriet Geheimnisse an eine fremde Macht."),
    (ST + "weniger_lustig", "Weniger amüsant fand das die Versicherung.",
     "Weniger Schnee als im Vorjahr fiel im Jänner."),
    (ST + "aber_gut", "Der Bus kam wieder eine halbe Stunde zu spät. Nun gut.",
     "Nun gut ein Jahr später öffnet das Bad wieder."),
    (ST + "x_geht_anders", "Der Bürgermeister erfuhr es aus der Zeitung. Kommunikation geht anders.",
     "Der Wanderweg geht anders als früher über die Alm."),
    ("speculation.s32v_das_kann_dauern", "Die Versicherung prüft den Fall. Das kann dauern.",
     "Die Reparatur kann bis zu drei Wochen dauern."),
    (ST + "klingt_tapfer", "„Wir schaffen das“, sagte der Obmann. Klingt trotzig.",
     "Die Geige klang im zweiten Satz trotzig und hell, schrieb ein Zuhörer."),
    (PU + "superlativ_im_ort", "Die fleißigste Bäuerin im Tal feiert ihren Achtziger.",
     "Die älteste Linde im Tal wird gefällt."),
    (PU + "mehr_als_nur", "Das Wirtshaus ist für die Alten viel mehr als nur ein Lokal.",
     "Die Miete stieg um mehr als nur ein paar Prozent."),
    (LL + "erst_mal_schlucken", "Als der Anruf kam, musste die Lehrerin erst einmal schlucken.",
     "Der Bub musste die bittere Medizin schlucken."),
    # commentary
    (ST + "muss_lange_suchen", "Wer darin einen Plan erkennt, muss lange suchen.",
     "Der Förster musste lange nach dem verletzten Reh suchen."),
    (ST + "wie_x_eben", "Das Amt reagierte, wie Ämter eben reagieren: mit Schweigen.",
     "Wie Bienen überwintern, erklärt die Imkerin."),
    (LL + "klingt_wie_hohn", "Für die gekündigten Arbeiter klingt das Lob wie Hohn.",
     "Der Glockenturm klingt wie eh und je."),
    ("certainty.s32v_war_absehbar_was", "Dabei war absehbar, wie das Projekt endet.",
     "Das Ende der Sperre ist nicht absehbar."),
    (ST + "aufzaehlung_forderung", "Drittens müsste der Bund die Pflege besser bezahlen.",
     "Drittens kam noch ein Unwetter dazu."),
    (ST + "gehoert_auf_den_tisch", "Die Kalkulation der Stadtwerke gehört auf den Tisch.",
     "Die Vase gehört auf den Tisch im Vorzimmer."),
    (ST + "der_bessere_weg", "Eine offene Ausschreibung wäre der sauberere und der ehrlichere Weg.",
     "Der Weg über den Pass ist der kürzere."),
    (LL + "verspielt_vertrauen", "Wer so vergibt, verspielt Kredit.",
     "Der Bub verspielte sein ganzes Geld am Automaten."),
    (LL + "so_viel_aerger", "Selten hat eine Parkregel so viel Wirbel ausgelöst.",
     "Viel Ärger gab es nach dem Spiel nicht, sagt die Polizei."),
    (LL + "boese_ueberraschung", "Beim Blick auf die Stromrechnung folgte die böse Überraschung.",
     "Zum Geburtstag gab es eine Überraschung."),
    (LL + "in_rage", "Die Absage brachte die Eltern in Rage.",
     "Der Fahrer geriet auf der Brücke ins Schleudern."),
    (VA + "befuerworter_sagen", "Befürworter des Tempolimits argumentieren, es rette Leben.",
     "Befürworter des Tempolimits trafen sich am Montag im Landtag."),
    (VA + "nach_angaben_von_zeugen", "Der Hund soll nach Angaben von Passanten stundenlang gebellt haben.",
     "Nach Angaben der Feuerwehr brannte der Stadel völlig aus."),
    (VA + "fuer_viele_im_ort", "Für viele im Viertel ist die Trafik ein Treffpunkt.",
     "Für viele Schüler beginnt die Schule um acht."),
    (ST + "nicht_wusste_dass_braucht",
     "Der Markt bietet Gadgets, von denen man nicht wusste, dass man sie braucht.",
     "Der Mieter wusste nicht, dass er eine Genehmigung braucht."),
    (LL + "schwarz_sehen", "Für die Wintersaison sehen die Liftbetreiber schwarz.",
     "Die Fassade sieht nach dem Brand schwarz aus."),
    (LL + "auf_den_kopf_gestellt", "Die neue Chefin stellt den ganzen Betrieb auf den Kopf.",
     "Der Akrobat stand eine Minute lang auf dem Kopf."),
    (IN + "das_ganz_grosse", "Sie träumt vom ganz großen Geld.",
     "Das Haus hat einen ganz großen Garten."),
    (LL + "geist_aufgeben", "Nach zwei Wintern gab die Pumpe den Geist auf.",
     "Der Geist der Aufklärung prägt das Museum."),
    # reviews
    (PU + "begeistert_beim", "Der Knabenchor begeistert beim Adventsingen in der Stiftskirche.",
     "Die Gäste waren begeistert vom Buffet."),
    (PU + "was_auszeichnet", "Was diesen Roman auszeichnet, ist sein trockener Humor.",
     "Was der Bund auszahlt, hängt vom Einkommen ab."),
    (PU + "kommt_ohne_aus", "Der Dokumentarfilm kommt ohne jede Effekthascherei aus.",
     "Die Firma kommt ohne Kredit aus."),
    (ST + "wo_gefragt_waere", "Hier wäre Zurückhaltung gefragt gewesen.",
     "Die Handwerker sind derzeit sehr gefragt."),
    (ST + "dann_aber_bitte", "Ein Denkmal ist eine gute Idee, dann aber bitte ohne Kitsch.",
     "Bitte stellen Sie die Räder in den Hof."),
    (PU + "der_bann", "Beim letzten Lied ist der Bann wieder da.",
     "Der Bann über den Autor wurde nach Jahren aufgehoben."),
    (ST + "einzige_moment_beruehrt",
     "Es bleibt die einzige Szene, in der die Serie wirklich berührt.",
     "Die einzige Szene im Freien wurde in Tirol gedreht."),
    (PU + "reisst_an_sich", "Die junge Schauspielerin reißt jede Szene an sich.",
     "Der Räuber riss das Geld an sich."),
    (ST + "wenn_auch_ohne", "Der Chor singt sauber, wenn auch ohne Glanz.",
     "Die Wahl verlief ohne Zwischenfälle."),
    (LL + "an_nichts_gespart", "Bei der Eröffnung wurde an nichts gespart.",
     "Bei der Eröffnung wurde an der Kassa gespart."),
    (ST + "ehrenwertes_ziel", "Hinter dem Projekt steht ein löbliches Anliegen.",
     "Das Ziel der Etappe ist Kitzbühel."),
    (ST + "das_ist_nicht_wenig", "Die Schule hat zehn neue Lehrer, und das ist nicht wenig.",
     "Die Schule hat zehn neue Lehrer."),
    (LL + "verschenkt_beste", "Die Serie verschenkt ihre originellste Figur.",
     "Der Verein verschenkt seine alten Trikots an Schulen."),
    (ST + "rest_mitschreiben", "Den Rest kann man sich denken.",
     "Den Rest des Weges fuhr sie mit dem Taxi."),
    (ST + "ich_verstehe_nicht", "Nachvollziehen konnte ich diesen Applaus nicht.",
     "Verstehen konnte man den Redner im hinteren Saal kaum, sagt ein Besucher."),
    (PU + "grosse_kunst", "Das ist große Erzählkunst.",
     "Das Museum zeigt große Kunst aus Flandern."),
    (PU + "nicht_so_schnell_vergessen", "Diese Aufführung wird man nicht so schnell vergessen können.",
     "Den Schirm hat sie im Zug vergessen."),
    (PU + "wer_sucht_ist_hier_richtig", "Wer gute Hausmannskost sucht, ist hier goldrichtig.",
     "Wer hier falsch parkt, zahlt 50 Euro."),
    (LL + "wer_mehr_erwartet", "Wer Tiefgang sucht, bleibt hungrig.",
     "Wer mehr verdient, zahlt mehr Beitrag."),
    (LL + "schnell_vergessen", "Das Album ist gefällig, aber schnell vergessen.",
     "Der Code war schnell vergessen, sagt die Schülerin."),
    (ST + "leicht_ist_nicht", "Rosig ist die Lage der Bauern nicht.",
     "Leicht verletzt wurde ein Radfahrer."),
    (ST + "eigentlich_spannende_frage", "Die eigentlich interessante Frage stellt der Film nicht.",
     "Die Frage der Journalistin war eigentlich kurz."),
    (ST + "nur_gestreift", "Die Rolle der Kirche streift die Doku nur.",
     "Der Bus streifte einen Laternenmast."),
    (ST + "lieber_wird", "Lieber wird noch eine Tanzszene eingebaut.",
     "Lieber würde er in Graz bleiben, sagt der Student."),
    (LL + "plaetschert_zwischen", "Die zweite Hälfte plätschert zwischen Kammerspiel und Krimi.",
     "Der Brunnen plätschert zwischen den Linden."),
    (LL + "seligkeit", "Der Roman badet in Nostalgieseligkeit.",
     "Die Seligsprechung wird im Mai gefeiert."),
    (PU + "warme_stimme", "Die Sängerin hat einen betörenden Sopran.",
     "Mit leiser Stimme bat der Angeklagte um Entschuldigung."),
    (ST + "eigene_handschrift", "Die Regisseurin bedient alle Genres, ohne je eine eigene Linie zu finden.",
     "Die Linie 5 fährt ohne Halt bis zum Bahnhof."),
    # sports
    (LL + "zittert_sich_ins", "Die Handballerinnen zittern sich ins Viertelfinale.",
     "Die Zuschauer zitterten im Regen."),
    (PU + "start_nach_mass", "Die Steirer erwischten einen Saisonstart nach Maß.",
     "Die Tischlerei fertigt Küchen nach Maß."),
    (IN + "x_nach_dem_anderen", "Die Abwehr leistete sich einen Patzer nach dem anderen.",
     "Die Läufer kamen einer nach dem anderen ins Ziel."),
    (PU + "nicht_zu_stoppen", "Die Kapitänin war im Schlussviertel nicht mehr zu stoppen.",
     "Der Lkw war nicht mehr zu stoppen."),
    (PU + "stunde_des", "In der Verlängerung schlug die Stunde des Jokers.",
     "Die Uhr am Rathaus schlug sechs."),
    (LL + "verzweiflungs_kompositum", "Der Verzweiflungsschuss aus 30 Metern flog weit vorbei.",
     "Der Schuss aus 30 Metern flog weit vorbei."),
    (LL + "schenkten_sich_nichts", "Im Derby schenkten sich beide Teams nichts.",
     "Die Eheleute schenken sich zum Jahrestag nichts."),
    (PU + "im_alleingang_sport", "Der Routinier drehte die Partie fast im Alleingang.",
     "Die Seglerin umrundete die Welt im Alleingang."),
    (LL + "unloesbare_aufgaben", "Der Linksaußen stellte die Verteidigung vor unlösbare Probleme.",
     "Die Aufgaben des Vereins sind in den Statuten geregelt."),
    (PU + "gold_wert", "Der Auswärtspunkt ist Gold wert.",
     "Der Ring ist aus Gold."),
    (LL + "durchatmen", "Durchatmen dürfen die Kärntner aber noch nicht.",
     "Nach dem Lauf atmete sie tief durch, sagt die Trainerin."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
