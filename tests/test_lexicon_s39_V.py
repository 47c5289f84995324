"""Author V, session 39 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r107–r109 – tabloid wording („der Lappen
ist weg“, „mit 160 Sachen“, „Millionen-Kicker“, „donnerte mit 104 km/h“ / „in die Radarfalle
getappt“, „kam mit einem Bußgeld davon“, „ist ihm die Lust am Feiern
vergangen“, „Dann der große Moment:“, „Glück im Unglück“, „der frischgebackene Ehemann“, „tat kaum
ein Auge zu“), commentary verdicts („Die Zahlen sprechen gegen …“, „nicht beseitigt, nur verlagert“,
„… ist kein Einzelfall.“, „braucht keine Statistik“, „bestätigt nur, was jeder längst weiß“, „Heute
wissen wir, …“, „muss mehr tun, als …“, „ob es ihm ernst ist“, „Andere Städte zeigen, dass …“, the
fragments „Noch.“, „Warum auch nicht.“, „Ein Anfang wäre es.“ and „Eine gute Idee.“, „zu einem
ungünstigen Zeitpunkt“, „schwört, er habe …“, „nicht aus der Verantwortung zu entlassen“), review verdicts („darin liegt die Kraft dieses Films“, „Getragen wird er von …“, „kein
Wort zu viel“, „wirken wie Platzhalter“, „es bleibt Dekoration“, „klingt, als hätte man sie schon
gehört“, „…, die dem Abend sonst fehlt“, „mit warmem Bariton“, „setzt klug auf“, „wie wenig die
Geschichte trägt“, „Der Mut ist anzuerkennen.“, „ein Abend zum Wiederkommen“, „sollte trotzdem
hingehen“ / „…, verpasst die Hälfte“, „Die Stimmen überzeugen“, „hat ein Gespür für“, „zu sehr auf …
bedacht“), idioms („die einem die Luft abschnürt“, „mit der Sorgfalt eines Bombenentschärfers“) and
sports wording („behielt die Nerven“, „hielt es niemanden mehr auf den Sitzen“, „macht den Deckel
drauf“, „ohrenbetäubend“) – written as families (ids ``<category>.s39v_*``).
Twenty-two older families gained the forms the same rounds showed missing (``WIDENED``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s39v_"
LL = "loaded_language.s39v_"
PU = "puffery.s39v_"
IN = "intensifier.s39v_"
SV = "speech_verb.s39v_"
VA = "vague_attribution.s39v_"
LA = "labeling.s39v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "lappen_weg", "Nach der Raserei ist die Sängerin ihren Lappen los.",
     "Mit einem nassen Lappen wischte sie die Theke ab."),
    (LL + "mit_sachen", "Mit 140 Sachen durch die Baustelle: Der Lenker muss zahlen.",
     "Mit 140 km/h fuhr der Lenker durch die Baustelle."),
    (LA + "millionen_kicker", "Der Millionenkicker fährt jetzt mit dem Rad.",
     "Der Stürmer verdient zwei Millionen Euro im Jahr."),
    (LL + "brettern_rasen", "Der Sportwagen ist in die Radarfalle gerauscht.",
     "Der Sportwagen ist in eine Radarkontrolle geraten."),
    (LL + "davongekommen", "Der Wirt kam mit einer Ermahnung davon.",
     "Der Wirt kam mit einer Ermahnung des Amtes in die Sitzung."),
    (LL + "lust_vergangen", "Nach dem Streit ist der Wirtin die Lust am Kochen vergangen.",
     "Die Lust am Kochen wächst, zeigt eine Umfrage."),
    (PU + "der_grosse_moment", "Um Mitternacht dann der große Moment: Der Schlüssel passt.",
     "Die große Halle öffnet um Mitternacht."),
    (LL + "glueck_im_unglueck", "Glück im Unglück hatte der Fahrer des Traktors.",
     "Das Glück kam für den Fahrer im Mai."),
    (LL + "frischgebacken", "Die frischgebackene Ehefrau tanzte auf dem Tisch.",
     "Auf dem Tisch lagen frischgebackene Brezen."),
    (LL + "kein_auge_zu", "Die Nachbarn taten in dieser Nacht kein Auge zu.",
     "Das Kind hielt ein Auge zu, um besser zu zielen."),
    # commentary
    (ST + "zahlen_sprechen_gegen", "Die Statistik spricht klar gegen den Umbau.",
     "Der Bürgermeister spricht heute vor dem Gemeinderat."),
    (ST + "problem_nur_verlagert", "Der Lärm wird so nicht beseitigt, sondern bloß verlagert.",
     "Der Markt wird in die Hauptstraße verlagert."),
    (ST + "ist_kein_einzelfall", "Der Wasserschaden in der Schule ist längst kein Einzelfall.",
     "Ob der Wasserschaden ein Einzelfall bleibt, prüft die Stadt."),
    (ST + "braucht_keine_statistik", "Für diese Erkenntnis braucht man keine Glaskugel.",
     "Für diese Erkenntnis braucht die Behörde neue Daten."),
    (ST + "was_alle_laengst_wissen", "Das Gutachten zeigt nur, was alle Eltern längst wissen.",
     "Was die Eltern wissen wollen, steht im Brief."),
    (ST + "heute_wissen_wir", "Mittlerweile wissen wir, dass die Brücke zu schmal ist.",
     "Mittlerweile wissen die Anrainer, wann die Brücke gesperrt wird."),
    (ST + "mehr_tun_als", "Das Land müsste schon mehr tun, als Prospekte zu verteilen.",
     "Das Land verteilt mehr Prospekte als im Vorjahr."),
    (ST + "ob_es_ernst_ist", "Beim Budget wird man sehen, ob es der Koalition ernst ist.",
     "Beim Budget wird man sehen, ob Geld für die Schule übrig bleibt."),
    (VA + "andere_staedte_zeigen", "Andere Gemeinden zeigen, wie es geht.",
     "Die Gemeinden zeigen ihre Pläne im Amtsblatt."),
    (ST + "fragment_noch", "Das Kino im Ort hat jeden Abend geöffnet. Noch.",
     "Das Kino hat noch jeden Abend geöffnet."),
    (ST + "warum_auch_nicht", "Jetzt gibt es Lesungen im Hallenbad. Warum auch nicht.",
     "Warum auch die Sauna nicht öffnet, erklärt der Betreiber."),
    (ST + "waere_ein_anfang", "Ein neuer Fahrplan wäre immerhin ein Anfang, das wäre zumindest ein Anfang.",
     "Am Anfang des Fahrplans steht der Frühzug."),
    (ST + "ungünstiger_zeitpunkt".replace("ü", "ue"),
     "Die Sperre der Bahnstrecke kommt zu einem äußerst ungünstigen Zeitpunkt.",
     "Die Sperre der Bahnstrecke beginnt zu einem späteren Zeitpunkt."),
    (SV + "schwoert_komma", "Der Nachbar schwört, er habe den Luchs gesehen.",
     "Der neue Gemeinderat schwört am Montag den Eid."),
    (ST + "aus_verantwortung_entlassen", "Die Betreiber sind nicht aus der Verantwortung zu entlassen.",
     "Die Betreiber wurden aus der Haft entlassen."),
    (ST + "eine_gute_idee", "Der Verein will den Platz für alle öffnen. Eine kluge Entscheidung.",
     "Eine kluge Entscheidung traf der Verein im Mai, sagt der Obmann."),
    # review
    (PU + "darin_liegt_die_kraft", "Hierin liegt der Charme der Inszenierung.",
     "Hierin liegt der Fehler der Rechnung, sagt der Prüfer."),
    (PU + "kein_wort_zu_viel", "Die Erzählung hat keinen Satz zu viel.",
     "Der Bescheid enthält einen Satz zu wenig, sagt der Anwalt."),
    (LL + "wirkt_wie_platzhalter", "Die Nebenrollen wirken wie Abziehbilder.",
     "Die Salbe wirkt wie ein Schutzfilm."),
    (LL + "bleibt_dekoration", "Die Musik bleibt bloße Staffage.", "Die Staffage wird im Mai abgebaut."),
    (LL + "als_haette_man", "Der Schluss kommt so abrupt, als hätte man keine Ideen mehr gehabt.",
     "Als man die Ideen gesammelt hatte, begann die Planung."),
    (LL + "die_sonst_fehlt", "Sie bringt eine Wärme, die dem Stück sonst fehlt.",
     "Dem Stück fehlt noch ein Titel."),
    (PU + "setzt_klug_auf", "Die Regisseurin setzt geschickt auf Stille.",
     "Die Gemeinde setzt auf Solarstrom."),
    (LL + "traegt_nicht", "Man sieht, wie wenig der Plot trägt.", "Der Kran trägt zwölf Tonnen."),
    (ST + "mut_anzuerkennen", "Der Ehrgeiz ist anzuerkennen, das Ergebnis nicht.",
     "Der Ehrgeiz der Schülerin wurde mit einem Preis belohnt."),
    (PU + "zum_wiederkommen", "Das Lokal ist ein Ort zum Wohlfühlen.", "Das Lokal schließt zum Monatsende."),
    (ST + "sollte_hingehen", "Wer Jazz mag, sollte unbedingt hingehen.",
     "Die Kinder sollten um neun Uhr hingehen."),
    (PU + "stimmen_ueberzeugen", "Das Bühnenbild überzeugt, die Regie nicht.",
     "Das Gericht überzeugte sich vom Schaden."),
    (PU + "hat_ein_gespuer", "Die Autorin hat ein Gespür für Zwischentöne.",
     "Die Autorin hat einen Verlag für ihr zweites Buch."),
    (LL + "zu_sehr_bedacht", "Die Inszenierung ist zu sehr auf Pointen aus.",
     "Die Inszenierung ist auf drei Stunden angelegt."),
    # idioms
    (LL + "luft_abschnueren", "Die Enge der Szene schnürt dem Publikum die Kehle zu.",
     "Der Bergsteiger schnürte die Stiefel zu."),
    (LL + "mit_der_sorgfalt_eines", "Sie faltete den Brief mit der Akribie eines Archivars.",
     "Die Firma muss mit der Sorgfalt eines ordentlichen Kaufmanns wirtschaften."),
    # sports
    (PU + "behielt_die_nerven", "Im Elfmeterschießen behielt die Torhüterin die Nerven.",
     "Im Unfall wurden Nerven im Bein verletzt."),
    (LL + "deckel_drauf", "Mit dem vierten Tor macht die Kapitänin den Deckel drauf.",
     "Der Deckel passt nicht auf das Glas."),
    (IN + "ohrenbetaeubend", "Der Jubel in der Halle war ohrenbetäubend.",
     "Der Jubel in der Halle war laut."),
]

# older families widened by forms the rounds r107–r109 showed missing
WIDENED = [
    ("loaded_language.s21s_ausbuexen", "Ausgebüxter Hase hoppelt durch den Supermarkt.",
     "Der Hase lief durch den Supermarkt."),
    ("loaded_language.s17i_faden_verloren", "Nach der Pause riss bei den Gästen der Faden.",
     "Beim Nähen riss ihr ein Faden."),
    ("loaded_language.s16e_sport_idiome", "Die Siegerin ließ gegen die Aufsteigerin nichts anbrennen.",
     "Die Köchin ließ das Fleisch in der Pfanne anbraten."),
    ("loaded_language.s18m_unbeschriebenes_blatt", "Die Mannschaft geht mit weißer Weste in die Pause.",
     "Der Gesuchte war mit weißer Weste und Jeans bekleidet."),
    ("puffery.adj_souveraen", "Nach einem souverän gewonnenen Auftaktmatch ging es bergab.",
     "Nach einem gewonnenen Auftaktmatch ging es bergab."),
    ("puffery.ver_eine_entdeckung", "Dabei ist der Tenor im Finale eine wahre Entdeckung.",
     "Die Entdeckung der Tenorin gelang einem Agenten."),
    ("speech_verb.s33t_raeumte_nachgestellt", "Die Zahlen seien vorläufig, räumen die Forscher ein.",
     "Die Forscher räumen das Labor aus."),
    ("stance.s38t_freude_nicht_ungetruebt", "Ganz unbeschwert war die Stimmung beim Fest nicht.",
     "Die Kinder spielten unbeschwert im Garten."),
    ("loaded_language.s38t_herz_machte_satz", "Ihr Herz hüpfte, als der Brief kam.",
     "Das Herz schlägt beim Sport schneller."),
    ("loaded_language.ver_verliert_sich", "Im zweiten Teil verliert sich der Autor in Anekdoten.",
     "Im Nebel verliert sich der Pfad."),
    ("puffery.s15d_hallt_nach", "Es ist ein Roman, der nachklingt.",
     "Es ist ein Roman, der im Mai erscheint."),
    ("stance.man_wuenscht_sich", "Man wünscht dem Ensemble ein größeres Haus.",
     "Wenn man dem Ensemble etwas wünscht, dann Geld."),
    ("stance.gute_nachricht", "Die gute Nachricht für die Pendler: Der Zug fährt wieder.",
     "Die Nachricht für die Pendler kam am Abend: Der Zug fährt wieder."),
    ("loaded_language.tab_steht_kopf", "Beim Zieleinlauf stehen die Zuschauer an der Strecke Kopf.",
     "Die Läufer liegen Kopf an Kopf."),
    ("loaded_language.s18l_ganzes_dorf", "Ganz Steyr hat in der Nacht nach dem Buben gesucht.",
     "In ganz Steyr wurde gestern Strom gespart."),
    ("puffery.s32t_waerme_und_praezision", "Die Kapelle spielt mit Elan und Witz.",
     "Die Kapelle spielt am Sonntag mit Elan im Park."),
    ("loaded_language.rv_huebsch_aber", "Das Bühnenbild ist nett, aber es erzählt nichts.",
     "Die Nachbarin ist nett und hilft beim Einkaufen."),
    ("loaded_language.s28z_hielt_es_niemanden",
     "Beim Schlusspfiff hielt es auf der Tribüne des alten Stadions keinen mehr auf den Plätzen.",
     "Die Ordner hielten die Fans auf den Plätzen."),
    ("puffery.s15d_getragen_von", "Getragen wird sie vor allem von ihrer Hauptdarstellerin.",
     "Die Mehrkosten werden von der Gemeinde getragen."),
    ("puffery.s32v_warme_stimme", "Der Abend gehört dem Bassbariton mit volltönendem Organ.",
     "Der Bassbariton sang die Partie des Vaters."),
    ("loaded_language.tab_packt_aus", "Ein Vertrauter des Wirts, der anonym bleiben will, packt aus.",
     "Die Kinder packen die Geschenke aus."),
    ("loaded_language.s38t_drehte_auf", "Im Schlussdrittel drehte Stürmerin Anna Berg gewaltig auf.",
     "Im Keller drehte der Installateur den Haupthahn auf."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s39v_")
