"""Author V, session 37 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r94–r95 – tabloid wording (news that
spreads „wie ein Lauffeuer“, „ließ ihn zappeln“ / „auf die Folter spannen“, „findet das gar nicht
lustig“, „Das Internet vergisst nichts“, „Sicher ist sicher“ / „Vorbei ist vorbei“, „moderierte
tapfer weiter“, hyphenated uproar words such as „Steuer-Ärger“, „Rathaus-Krach“, „Live-Panne“,
„Jetzt wird's eng für“, „seelenruhig“ / „in aller Seelenruhe“, „stürmte die Hitparaden“, „von der
viele nur träumen können“, „die ihren Augen kaum traute“, „über den er noch lange reden wird“),
the commentator's demands and verdicts („darf nicht monatelang warten“, „das Ergebnis von
Versäumnissen, die sich beheben ließen“, „hört man seit Jahren“, „beginnt das Spiel von vorn“, „Man
darf ihn beim Wort nehmen“, „Schon die Einfahrt ist eine Prüfung“, „Man möchte … Respekt zollen“,
„klingt verdächtig nach“, „dann kam die Ernüchterung“, „passt nicht so ganz ins Bild“, „dafür ist
es jetzt zu spät“, „Getrübt wurde …“ / „trübte die Freude“, „Hoffnung null“ / „gleich null“, „nicht
immer klug“, „erhebt keinen Anspruch auf Tiefgang“, „wird oft unterschätzt“), unnamed sources („Ein
Steuerrechtler, den diese Zeitung befragt hat“, „Manche Anwohner fordern“), review praise and
censure („mit einer kleinen Einschränkung“ / „mit Abstrichen“, „perlender Anschlag“, „nie
aufdringlich“, „der Klang wurde zum Brei“, „der eigentliche Höhepunkt“ / „der heimliche Star“,
„geriet zu einem wahren Feuerwerk“, „riss die Mitspieler mit“, „meisterte die vertrackten Läufe“,
„Der Beifall war stürmisch“, „hat den Saal in der Hand“, „empfiehlt sich für größere Rollen“, „der
zweite Teil verliert an Schwung“ / „bis das Finale wieder Fahrt aufnimmt“, „eine hübsche Pointe“,
„Wer … sucht, wird sie bekommen“, „ist eine andere Frage“), local superlatives („den schönsten
Schulhof der Stadt“), „sehnlich erwartet“ and sports wording („feierten, als wäre die Meisterschaft
gewonnen“, „rangen den Gegner nieder“, „diktierte das Geschehen“, „punktete nach Belieben“, „nichts
für schwache Nerven“, „schrien ihn über die Linie“) – written as families (ids
``<category>.s37v_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s37v_"
LL = "loaded_language.s37v_"
PU = "puffery.s37v_"
VA = "vague_attribution.s37v_"
SP = "speculation.s37v_"
DO = "doubt.s37v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "wie_ein_lauffeuer", "Die Meldung von der Hochzeit ging wie ein Lauffeuer durch die Gemeinde.",
     "Der Brand breitete sich über das trockene Feld aus."),
    (LL + "zappeln_lassen", "Der Trainer ließ die Spieler bis zur letzten Minute zappeln.",
     "Die Forelle zappelte an der Angel."),
    (ST + "gar_nicht_lustig", "Die Direktion fand den Streich überhaupt nicht witzig.",
     "Die Direktion fand den Schlüssel im Büro."),
    (LL + "internet_vergisst_nicht", "Das Netz vergisst nichts, und so kursiert der Clip bis heute.",
     "Das Netz der Bahn wird bis 2030 ausgebaut."),
    (ST + "sicher_ist_sicher", "Der Bäcker sperrt die Tür zweimal ab. Sicher ist sicher.",
     "Sicher ist, dass die Bäckerei im Herbst schließt."),
    (PU + "tapfer_weiter", "Die Sängerin sang nach dem Stromausfall tapfer weiter.",
     "Nach dem Stromausfall sang die Sängerin weiter."),
    (LL + "bindestrich_krach", "Der Gemeinderats-Krach geht in die nächste Runde.",
     "Der Gemeinderat tagt in der nächsten Woche."),
    (LL + "wirds_eng", "Jetzt wird's eng für den Bürgermeister.",
     "Die Gasse ist für den Bus zu eng."),
    (LL + "seelenruhig", "Der Fuchs spazierte in aller Seelenruhe über den Marktplatz.",
     "Der Fuchs lief über den Marktplatz."),
    (PU + "stuermte_charts", "Ihr zweites Album stürmte die Charts.",
     "Ihr zweites Album stieg auf Platz fünf der Charts ein."),
    (PU + "wovon_nur_traeumen", "Der Verein hat einen Etat, von dem die Konkurrenz nur träumen kann.",
     "Der Verein hat einen Etat von zwei Millionen Euro."),
    (LL + "traute_augen_nicht", "Ein Wanderer, der seinen Augen kaum traute, fotografierte den Luchs.",
     "Ein Wanderer fotografierte den Luchs am Waldrand."),
    (SP + "noch_lange_reden", "Es war ein Fest, von dem man im Dorf noch lange sprechen wird.",
     "Das Fest dauerte bis in die Nacht."),
    # commentary
    (ST + "darf_nicht_laenger_warten", "Die Stadt darf nicht länger zusehen, wie die Schule verfällt.",
     "In der Ordination darf man nicht länger als zehn Minuten parken."),
    (LL + "ergebnis_von_versaeumnissen", "Der Lehrermangel ist die Folge jahrelanger Fehlplanung.",
     "Der Lehrermangel ist Thema der Sitzung am Montag."),
    (ST + "hoert_man_seit_jahren", "Dass der Radweg kommt, hört man seit Jahren.",
     "Den Verkehr hört man seit Montag kaum noch."),
    (LL + "spiel_von_vorn", "Fehlt ein Stempel, geht das ganze Prozedere von vorne los.",
     "Das Spiel beginnt um 19.30 Uhr."),
    (ST + "beim_wort_nehmen", "Man sollte die Landesrätin beim Wort nehmen.",
     "Die Opposition will die Landesrätin beim Wort nehmen."),
    (LL + "ist_eine_pruefung", "Schon die Parkplatzsuche ist eine Tortur.",
     "Die Prüfung findet im Mai statt."),
    (ST + "man_moechte_respekt", "Man möchte den Veranstaltern applaudieren.",
     "Die Veranstalter möchten den Helfern danken."),
    (LL + "verdaechtig_nach", "Die Reform sieht verdächtig nach einem Geschenk an die Bauern aus.",
     "Im Stiegenhaus riecht es verdächtig nach Gas."),
    (LL + "kam_die_ernuechterung", "Nach der Eröffnung folgte schnell die Ernüchterung.",
     "Nach der Eröffnung folgte ein Empfang im Rathaus."),
    (ST + "passt_nicht_ins_bild", "Die teure Dienstreise passt da nicht so recht ins Bild.",
     "Der neue Turm passt nicht ins Bild der Altstadt, sagt der Denkmalschutz."),
    (ST + "dafuer_zu_spaet", "Eine frühere Warnung hätte geholfen – dafür ist es jetzt zu spät.",
     "Für die Anmeldung zum Kurs ist es zu spät."),
    (ST + "getruebte_freude", "Ein Wasserrohrbruch trübte die Vorfreude auf die Eröffnung.",
     "Das Wasser im Teich ist nach dem Regen getrübt."),
    (LL + "chancen_gleich_null", "Die Chancen auf eine Einigung sind gleich null.",
     "Die Teuerung lag im Mai bei null."),
    (ST + "nicht_immer_klug", "Die Satire ist frech und nicht immer geschmackvoll.",
     "Die Seilbahn ist nicht immer in Betrieb."),
    (ST + "kein_anspruch_tiefgang", "Ein Film, der keinen Anspruch auf Originalität erhebt.",
     "Die Aufzählung erhebt keinen Anspruch auf Vollständigkeit."),
    (ST + "oft_unterschaetzt", "Die Arbeit der Schulwarte wird oft unterschätzt.",
     "Die Baukosten wurden um 30 Prozent unterschätzt, teilte der Rechnungshof mit."),
    # unnamed sources
    (VA + "diese_zeitung_befragt", "Ein Arbeitsrechtler, den diese Zeitung befragt hat, hält die Kündigung für unwirksam.",
     "Die Arbeitsrechtlerin Eva Maier hält die Kündigung für unwirksam."),
    (VA + "manche_anwohner_fordern", "Etliche Anrainer fordern eine Tempo-30-Zone.",
     "Die Anrainer des Lindenwegs fordern in einer Petition mit 212 Unterschriften eine Tempo-30-Zone."),
    # review
    (ST + "kleine_einschraenkung", "Die Aufführung überzeugt – mit einer kleinen Einschränkung.",
     "Der Busverkehr läuft mit Einschränkungen."),
    (PU + "perlend", "Die Pianistin spielt die Läufe perlend und leicht.",
     "Zum Dessert gibt es perlenden Wein."),
    (PU + "nie_aufdringlich", "Die Musik zum Film ist zurückhaltend und niemals kitschig.",
     "Die Musik im Supermarkt ist nie laut."),
    (LL + "klangbrei", "In der Halle verschwimmt der Chor zu einem Brei.",
     "Zum Frühstück gibt es Haferbrei."),
    (PU + "eigentlicher_hoehepunkt", "Der heimliche Held des Abends war der Souffleur.",
     "Der Höhepunkt des Festes ist der Umzug."),
    (PU + "wahres_feuerwerk", "Die zweite Halbzeit geriet zu einem wahren Feuerwerk.",
     "Das Feuerwerk zu Silvester wurde abgesagt."),
    (PU + "riss_mit", "Die Dirigentin riss das Orchester mit.",
     "Die Flut riss das Geländer mit."),
    (PU + "meistert_bravouroes", "Der Tenor meisterte die gefürchteten Spitzentöne.",
     "Die Gemeinde muss die Umstellung meistern."),
    (PU + "applaus_stuermisch", "Am Ende gab es stürmischen Beifall für die Solistin.",
     "Für die Nacht ist stürmisches Wetter angesagt."),
    (PU + "publikum_in_der_hand", "Vom ersten Lied an hat die Sängerin das Publikum in der Hand.",
     "Die Sängerin hatte ein Mikrofon in der Hand."),
    (PU + "empfiehlt_sich_fuer", "Der junge Bariton empfiehlt sich für größere Partien.",
     "Es empfiehlt sich, die Karten vorab zu reservieren."),
    (LL + "teil_verliert_schwung", "Die zweite Hälfte verliert deutlich an Tempo.",
     "Die Wirtschaft verliert an Schwung."),
    (PU + "nimmt_fahrt_auf_werk", "Erst im letzten Akt nimmt die Handlung endlich Fahrt auf.",
     "Der Zug nimmt hinter dem Tunnel wieder Fahrt auf."),
    (PU + "huebsche_pointe", "Die Autorin hat ein paar hübsche Pointen eingebaut.",
     "Die Pointe erklärte der Lehrer erst am Ende."),
    (ST + "wer_sucht_bekommt", "Wer einen unterhaltsamen Abend sucht, wird ihn bekommen.",
     "Wer einen Parkplatz sucht, muss früh kommen."),
    (DO + "andere_frage", "Ob das Konzept aufgeht, ist eine andere Frage.",
     "Der Schüler stellte eine andere Frage."),
    # local superlatives, longing
    (PU + "schoenste_der_stadt", "Hier steht die schönste Linde der Altstadt.",
     "Hier steht die älteste Linde der Altstadt."),
    (LL + "sehnlich_erwartet", "Die Bäuerinnen haben den Regen sehnlich erwartet.",
     "Regen wird für Donnerstag erwartet."),
    # sports
    (LL + "feierten_als_haetten", "Die Fans jubelten, als wäre der Aufstieg schon gewonnen.",
     "Die Fans jubelten, als der Bus ankam."),
    (LL + "niederringen", "Nach fünf Sätzen rang der TSV den Tabellenführer nieder.",
     "Zwei Passanten rangen den Räuber nieder."),
    (PU + "diktierte_geschehen", "Der Meister diktierte in der ersten Hälfte das Geschehen.",
     "Die Ärztin diktierte den Befund."),
    (PU + "punktete_nach_belieben", "Die Angreiferin punktete im zweiten Satz nach Belieben.",
     "Den Salat nach Belieben mit Kresse bestreuen."),
    (LL + "schwache_nerven", "Das Elfmeterschießen war nichts für schwache Nerven.",
     "Die Nerven im Knie wurden bei der Operation geschont."),
    (LL + "ueber_die_linie_schreien", "Die Heimfans schrien sie förmlich über die Ziellinie.",
     "Sie lief nach 2:31 Stunden über die Ziellinie."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, [], ".s37v_")
