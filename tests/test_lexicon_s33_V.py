"""Author V, session 33 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r70–r71 – tabloid formulas („die ganze
Szene spricht über …“, „kennt nur noch ein Thema“, „wie sie verschmitzt erzählt“ / „sagt er
diplomatisch“, „Gönner“ / „Wohltäter“, „an die Luft gesetzt“ / „wirft den Kritiker raus“,
„Gourmet-Star“ / „Küchenstar“, „Huber tobt: …“, „Doch dann der Gipfel: …“, „dann geschah das
Wunder“, „standesgemäß“ / „stilecht“, „es spielten sich tumultartige Szenen ab“), commentary
formulas („Es war einmal eine …“, „so etwas wie Euphorie kam auf“, „dasselbe Theater“ / „und wieder
lautet die Ausrede gleich“, „tut für kleine Pensionen richtig weh“, „Das Problem ist die …“, „ein
rares Gut“, „mehr Geld für weniger Züge“, „So verhandelt niemand, der …“, „Die Lösung wäre so
einfach“ / „Dabei lägen die Alternativen auf der Hand“, „Das erklärt einiges“, „die Zahlen erzählen
eine andere Geschichte“, „hockt seit Jahren in …“, „Daraus wird nichts“, „So ist das eben im …“,
„ein heftiger Schlagabtausch“, „Ein schönes Wort, solange …“), unnamed sources („In der Baubranche
sieht man das skeptisch“, „Besucher berichten von …“, „Ein Finanzminister eines Bundeslandes sagte
…“, „Manche Psychologen vergleichen …“), certainty („…, das zeigt die Erfahrung, …“, „da bin ich mir
sicher“), idioms („hat die Niederlage nie verdaut“, „die Visitenkarte der Stadt“, „zur Chefsache
erklärt“ / „wird zum Politikum“, „Minuten, die sich wie Stunden anfühlen“), colloquial words
(„Papierkram“, „eine spitze Bemerkung“), review verdicts („der Chor, der die Premiere rettet“, „mit
hörbarer Spielfreude“, „das eigentliche Ereignis war die Zugabe“, „zart, aber nie sentimental“ /
„ohne ins Kitschige abzugleiten“, „von einer seltenen Leichtigkeit“, „geriet zur Pflichtübung“,
„bleibt unterbelichtet“, „macht vieles richtig“, „scheitert an den eigenen Ambitionen“, „Melodien,
die man nicht mehr loswird“, „ein feines Ohr für …“, „dass man beim Lesen förmlich … riecht“,
„Überzeugend ist sie, wenn …“, „erstaunlich vorhersehbar“, „die spielerisch mit Genres umgeht“, „ein
wirklich gutes Album“, „darf man sich mehr Mut wünschen“ / „man hätte ihr einen strengeren Lektor
gewünscht“, „ein Buch, das man lesen sollte“, „hat man früh erraten“) and sports wording („drehte
mächtig auf“, „entscheidenden Anteil am Aufstieg“, „Bitter verlief der Abend für …“, „ein Konter aus
dem Lehrbuch“) – written as families (ids ``<category>.s33v_*``).

Five older entries took forms their families missed on the same rounds (``WIDENED``): „überschlagen
sich im Netz die Kommentare“, „Dabei begann alles vielversprechend“ (without „so“), „Von <Vorname
Name> wird man noch hören“, a sentence-final „… ist ein harter Schlag.“ and „Branchenbeobachter
hatten … eingeschätzt“.

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s33v_"
LL = "loaded_language.s33v_"
PU = "puffery.s33v_"
VA = "vague_attribution.s33v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    ("intensifier.s33v_ganze_stadt_spricht", "Die ganze Kulturszene redet über den Rücktritt.",
     "Die ganze Klasse fuhr nach Wien."),
    ("speech_verb.s33v_redeverb_mit_verschmitzt",
     "Die Hütte sei ein Erbstück, wie der Senner verschmitzt erzählt.",
     "Wie sie erzählt, beginnt die Führung um zehn."),
    (PU + "goenner_wohltaeter", "Ein unbekannter Wohltäter hat die Orgel bezahlt.",
     "Der Wohlfahrtsverband sucht Freiwillige."),
    (LL + "an_die_luft_gesetzt", "Nach dem Abstieg setzte der Klub den Sportdirektor an die Luft.",
     "Der Postbote stellte das Paket vor die Tür."),
    (PU + "star_beruf", "Der Küchenstar kocht heute im Fernsehen.",
     "Der Koch arbeitet seit zehn Jahren im Gasthaus."),
    (LL + "tobt_doppelpunkt", "Wirtin Huber tobt: Der Schanigarten muss weg.",
     "Am Spielplatz toben die Kinder."),
    (LL + "gipfel_doppelpunkt", "Doch der Gipfel: Die Rechnung kam zweimal.",
     "Beim Gipfel in Genf trafen sich die Minister."),
    (LL + "wunder_geschieht", "Dann passierte das kleine Wunder: Die Katze lebte.",
     "Das Museum zeigt die Wunder der Antike."),
    (ST + "standesgemaess", "Die Winzerin feierte stilecht im Weinkeller.",
     "Der Stil des Architekten ist nüchtern."),
    (LL + "szenen_spielten_sich_ab", "Beim Ausverkauf spielten sich wüste Szenen ab.",
     "Die letzte Szene spielt im Zug."),
    # commentary
    (ST + "es_war_einmal", "Es war einmal ein Bahnhof mit Schalter und Wartesaal.",
     "Es war einmal mehr die Abwehr, die den Ball verlor."),
    (ST + "so_etwas_wie_stimmung", "Am Ende keimte so etwas wie Zuversicht.",
     "Die Karte ist so etwas wie ein Fahrschein."),
    (LL + "immer_dasselbe_schauspiel", "Im Herbst beginnt das ewige Ritual der Budgetverhandlungen.",
     "Das Ritual der Teezeremonie dauert eine Stunde."),
    (LL + "tut_im_geldboersel_weh", "Die neue Gebühr tut im Börsel weh.",
     "Der Zahn tut seit Tagen weh."),
    (ST + "das_problem_ist", "Das Problem ist der Zeitplan.",
     "Das Problem wurde am Dienstag gemeldet."),
    (ST + "ein_rares_gut", "Geduld ist in der Politik ein kostbares Gut.",
     "Das Gut Rosenhof bietet Zimmer an."),
    (LL + "mehr_geld_weniger_leistung", "Die Mieter zahlen mehr und bekommen weniger Service.",
     "Mehr Geld bekommen die Pflegekräfte ab Jänner."),
    (ST + "so_redet_niemand", "So regiert nur, wer die nächste Wahl fürchtet.",
     "So spricht man das Wort richtig aus."),
    (ST + "dabei_waere_es_einfach", "Die Lösung wäre so einfach: ein zweiter Bus.",
     "Die Lösung der Aufgabe steht hinten im Heft."),
    (ST + "erklaert_manches", "Das erklärt einiges.",
     "Das erklärt der Bürgermeister in einem Brief."),
    ("doubt.s33v_erzaehlt_eine_andere_geschichte",
     "Die Messwerte erzählen eine ganz andere Geschichte.",
     "Die Fotos zeigen den Bürgermeister beim Spatenstich."),
    (LL + "hocken_figurativ", "Der Verband hockt auf seinen Millionen.",
     "Die Spatzen hocken auf der Dachrinne."),
    (ST + "daraus_wird_nichts", "Aus dem neuen Hallenbad wird also nichts.",
     "Aus dem Holz wird ein Tisch gebaut."),
    (ST + "so_ist_das_eben", "So funktioniert das eben in der Politik.",
     "So funktioniert das Gerät: Man drückt den Knopf."),
    (LL + "schlagabtausch", "Die Klubchefs lieferten sich einen heftigen Schlagabtausch.",
     "Der Austausch mit der Partnerstadt beginnt im Juni."),
    (ST + "schoenes_wort", "Nachhaltigkeit. Ein feines Wort, solange niemand nachrechnet.",
     "Die Schülerin schrieb ein schönes Gedicht."),
    # unnamed sources
    (VA + "in_der_branche_sieht_man", "In der Ärzteschaft sieht man das kritisch.",
     "In der Ferne sieht man die Alpen."),
    (VA + "gaeste_berichten", "Stammgäste schildern einen überforderten Wirt.",
     "Die Stammgäste feiern am Samstag ein Fest."),
    (VA + "ein_minister_eines_landes",
     "Ein Manager eines Stahlkonzerns klagte, die Aufträge brächen ein.",
     "Ein Manager des Konzerns präsentierte die Zahlen."),
    (VA + "einige_mediziner_vergleichen", "Einige Historiker ziehen Parallelen zur Weimarer Republik.",
     "Die Historiker der Universität nennen drei Gründe."),
    # certainty
    ("certainty.s33v_die_erfahrung_zeigt", "Die Praxis zeigt, dass Verbote wenig bringen.",
     "Die Praxis zeigt sich am Montag geschlossen."),
    ("certainty.s33v_da_bin_ich_sicher", "Der Plan scheitert, davon bin ich überzeugt.",
     "Ich bin mit dem Rad sicher heimgekommen."),
    # idioms
    (LL + "nicht_verdaut", "Die Partei hat die Wahlschlappe bis heute nicht verdaut.",
     "Das Schwein verdaut die Eicheln schnell."),
    (PU + "visitenkarte", "Das Foyer gilt als Visitenkarte des Hauses.",
     "Er zog eine Visitenkarte aus der Tasche."),
    (LL + "chefsache_politikum", "Der Landeshauptmann machte die Spitalsreform zur Chefsache.",
     "Die Chefsekretärin hat Urlaub."),
    ("intensifier.s33v_wie_stunden_anfuehlen", "Die Fahrt im Lift kam allen wie Stunden vor.",
     "Die Fahrt dauerte zwei Stunden."),
    # colloquial
    (LL + "papierkram", "Vom Behördenkram hat die Bäuerin genug.",
     "Das Papier stammt aus der Fabrik in Steyrermühl."),
    (LL + "spitze_bemerkung", "Der Abgeordnete setzte noch eine spitze Bemerkung nach.",
     "Der Bleistift ist spitz."),
    # review
    (PU + "rettet_den_abend", "Es ist die Hauptdarstellerin, die den Film rettet.",
     "Die Feuerwehr rettete den Kater am Abend."),
    (PU + "hoerbares_engagement", "Die Kapelle spielte mit sichtbarem Vergnügen.",
     "Das Dach wurde mit sichtbarem Aufwand repariert."),
    (PU + "ereignis_des_abends", "Der Chor war der Lichtblick des Konzerts.",
     "Das Ereignis beginnt um 19 Uhr."),
    (PU + "aber_nie_suesslich", "Die Inszenierung ist opulent, aber nie plakativ.",
     "Der Tee ist süß, aber nicht heiß."),
    (PU + "von_einer_seltenen_natuerlichkeit", "Das Adagio ist von einer berückenden Zärtlichkeit.",
     "Das Haus ist von einer Hecke umgeben."),
    (LL + "geraet_zur_pflichtuebung", "Die Gala wurde zur Leistungsschau der Sponsoren.",
     "Er wurde zum Kassier gewählt."),
    (LL + "bleibt_unterbelichtet", "Die Mutter bleibt als Figur schemenhaft.",
     "Das Bild ist unterbelichtet und unscharf."),
    (ST + "macht_vieles_richtig", "Das Update macht einiges falsch.",
     "Die Lehrerin macht vieles selbst."),
    (LL + "scheitert_am_eigenen_anspruch", "Der Film scheitert an seinem eigenen Konzept.",
     "Die Gemeinde scheiterte an der Finanzierung."),
    (PU + "nicht_mehr_loswird", "Das Album hat Melodien, die man so schnell nicht mehr loswird.",
     "Es gibt Gerüche, die man nicht mehr loswird."),
    (PU + "feines_gespuer", "Der Regisseur hat ein genaues Gespür für Gesichter.",
     "Die Nachbarin hat ein Auge auf das Haus."),
    (PU + "beim_lesen_foermlich", "Man glaubt, den Regen zu riechen.",
     "Der Spürhund riecht das Rauschgift."),
    (PU + "stark_ist_sie_wenn", "Überzeugend ist sie immer dann, wenn sie leise spielt.",
     "Stark ist der Verkehr, wenn die Schule beginnt."),
    (LL + "vorhersehbar_urteil", "Der Twist ist leider früh vorhersehbar.",
     "Die Ernte ist gut vorhersehbar, sagt der Bauernbund."),
    (PU + "sicher_mit_sprache", "Eine Autorin, die mühelos mit Formen spielt.",
     "Die Kinder spielen mit Formen aus Holz."),
    (PU + "sehr_guter_roman", "Das ist ein richtig gutes Debüt.",
     "Ein gutes Buch liegt auf dem Nachttisch."),
    (ST + "darf_man_sich_wuenschen", "Vom Ensemble darf man sich künftig weniger Routine wünschen.",
     "Zu Weihnachten darf man sich ein Buch wünschen."),
    (PU + "das_man_lesen_sollte", "Das ist ein Sachbuch, das man unbedingt lesen sollte.",
     "Das Formular ist ein Text, den man lesen muss."),
    (LL + "wer_liest_ahnt_frueh", "Die Auflösung hat man schnell nach dem Prolog durchschaut.",
     "Die Polizei hat den Fall nach drei Tagen gelöst."),
    # sports
    (PU + "drehte_auf", "Im Schlussviertel drehte Salzburg richtig auf.",
     "Der Installateur drehte das Ventil auf."),
    (ST + "groesster_anteil_am_sieg", "Maßgeblichen Anteil am Derbysieg hatte die Abwehr.",
     "Der Anteil am Gewinn liegt bei zehn Prozent."),
    (LL + "bitter_fuer", "Bitter endete das Turnier für die Gastgeberinnen.",
     "Die Medizin schmeckt bitter."),
    (PU + "aus_dem_lehrbuch", "Der Ausgleich war lehrbuchreif herausgespielt.",
     "Das Lehrbuch kostet 25 Euro."),
]

WIDENED = [
    # older entries that took forms their families missed on r70–r71
    ("loaded_language.s24v_ueberschlagen_sich",
     "Am Wochenende überschlugen sich im Forum die Postings.",
     "Der Wagen überschlug sich im Straßengraben."),
    ("loaded_language.s30u_fing_so_schoen_an", "Dabei begann alles idyllisch.",
     "Alles begann am Montag um acht."),
    ("puffery.s30u_wird_man_noch_hoeren", "Von Tobias Wendl wird man noch einiges hören.",
     "Von Anna Berger hört man seit Jahren nichts."),
    ("loaded_language.s24v_schwerer_schlag",
     "Die Sperre der Brücke ist für die Wirte ein herber Schlag.",
     "Ein harter Schlag traf den Boxer am Kinn."),
    ("vague_attribution.s17_analysten_hatten",
     "Branchenkenner hatten den Zusammenschluss als wahrscheinlich eingestuft.",
     "Die Marktbeobachter der Behörde hatten die Preise erhoben."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s33v_")
