"""Author T, session 33 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r68–r69 – tabloid wording (rescuers who
„rasten herbei“ or „stürmten in den Bus“, „in letzter Sekunde gerettet“, „das Netz explodierte“,
„nicht druckreif“, „der Übeltäter“, „Klub-Boss“, „Star-Stürmer“, a fronted „Bitter!“, „ihre
Retterin“ / „wurde zum Lebensretter“, „stürmt zum Etappensieg“, „hatte die Million schon in der
Tasche“), the commentator's verdicts and demands („Ein Verbot allein erzieht niemanden“, „Richtig
so – aber“, „die eigentliche Arbeit fängt erst an“, „weiß, wovon die Rede ist“, „Insofern ist es
gut, dass“, „standen am Ende allein da“, „ein großes Verdienst“, „muss das Ministerium nachlegen“,
„darf kein Projekttag sein“, „gehört fest in den Lehrplan“, „…, muss zugleich erklären, wie“, „ein
notwendiger Schritt“, „eben nur ein Schritt“, „hat sich eine schöne Schlagzeile verschafft“,
„Weniger erfreulich fiel … aus“, „mit bemerkenswerter Verlässlichkeit“, „wohlmeinende
Reformrhetorik“, „es sich mit niemandem verderben“, „Dafür hätte man ein Haus kaufen können“, „Ich
bin überzeugt“), review verdicts („die man nicht verpassen sollte“ / „Wer sie verpasst, verpasst
…“, „einer der Höhepunkte der Ausstellung“, „einen untrüglichen Blick für“, „findet einen eigenen
Ton“, „wird dem Werk nicht gerecht“, „wie aus einem Reader kopiert“,
„Versöhnlich stimmt der letzte Raum“, „seziert die Klimapolitik“, „kenntnisreich, materialreich“ /
„gut recherchiert“ / „scharfe Analyse“, „Das ist mehr, als viele Neuerscheinungen leisten“, „zu
viele Nebensätze“, „hätte ein strengeres Lektorat vertragen“, „kaum eine gründlichere
Darstellung“, „Wer es eilig hat, ist hier falsch“, „erfreulich deutlich“), sports wording („war
plötzlich ein anderer Spieler“ / „wie ausgewechselt“, „ging aufs Ganze“, „geriet ins Schwärmen“,
„kennt jedes Knarzen“), idioms („folgt blind dem Navi“, „raubt den Schlaf“), a postposed „…,
räumte der Geschäftsführer ein“ and unnamed sources („den man in vielen Lehrerzimmern hört“, „sagte
mir neulich“ / „ich habe mir sagen lassen“, „hätten viele gewettet“, „dies gilt als Formsache“,
„Im Gang sagt jemand“, „Viele feiern seinen Mut“) – written as families (ids
``<category>.s33t_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s33t_"
LL = "loaded_language.s33t_"
PU = "puffery.s33t_"
LA = "labeling.s33t_"
VA = "vague_attribution.s33t_"
CE = "certainty.s33t_"
SV = "speech_verb.s33t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "einsatzkraefte_rasen", "Sekunden später stürmten die Notärzte in das Gasthaus.",
     "Die Notärzte versorgten im Gasthaus drei Verletzte."),
    (LL + "in_letzter_sekunde_gerettet",
     "Ein Fischer zog den Hund in letzter Sekunde aus dem Eisloch und rettete ihn.",
     "Der Ausgleich fiel in letzter Minute."),
    (LL + "netz_explodiert", "Kaum war das Video online, explodierten die Kommentarspalten.",
     "Im Netz ist das Video seit Montag abrufbar."),
    (LL + "nicht_druckreif", "Was die Gäste dem Wirt an den Kopf warfen, war nicht zitierfähig.",
     "Das Manuskript ist druckreif."),
    (LA + "uebeltaeter", "Der Übeltäter hinter dem Stromausfall war ein Marder.",
     "Die Polizei fasste den Einbrecher in Leoben."),
    (LA + "boss_kompositum", "Der Bahn-Boss muss vor den Ausschuss.",
     "Der Bahnchef muss vor den Ausschuss."),
    (PU + "star_sport", "Die Gemeinde holt einen Stargast für das Dorffest.",
     "Der Gast aus Linz kam mit dem Zug."),
    (LL + "einsilbiger_ausruf", "Bitter! Die Schützen scheitern im Elfmeterschießen.",
     "Bitter schmeckt der Kaffee ohne Zucker."),
    (LA + "retter_possessiv", "Die Pensionistin umarmte ihren Lebensretter.",
     "Die Retter brachten die Pensionistin ins Spital."),
    (LL + "stuermt_zum_sieg", "Die Tirolerin rast zum Slalomsieg.",
     "Die Tirolerin gewann den Slalom."),
    (LL + "schon_in_der_tasche", "Die Gemeinde hatte den Zuschlag schon in der Tasche.",
     "Die Geldbörse steckte schon in der Tasche."),
    # commentary
    (ST + "allein_nicht_getan", "Eine Plakatkampagne allein schützt niemanden.",
     "Die Frau wohnt allein in einem Bauernhaus."),
    (ST + "kurzurteil_einschraenkung", "Konsequent so – aber der Zeitplan ist knapp.",
     "Konsequent arbeitet die Gemeinde die Liste ab."),
    (ST + "eigentliche_arbeit_beginnt", "Mit dem Beschluss fängt die eigentliche Kärrnerarbeit erst an.",
     "Die Arbeit im Stall fängt um fünf Uhr an."),
    (VA + "in_vielen_x_hoert_man", "In etlichen Rathäusern hört man inzwischen dieselbe Klage.",
     "In etlichen Rathäusern werden die Fenster getauscht."),
    (CE + "weiss_wovon_die_rede", "Wer morgens mit der Schnellbahn pendelt, weiß, wovon die Rede ist.",
     "Der Richter wusste nicht, wovon die Rede war."),
    (VA + "anekdotische_quelle", "Eine Bekannte sagte mir neulich, die Mieten seien kaum noch zu zahlen.",
     "Die Wirtin erzählte mir am Telefon von ihren Öffnungszeiten."),
    (ST + "ist_es_gut_dass", "Deshalb ist es vernünftig, dass die Stadt die Gebühr senkt.",
     "Deshalb ist es möglich, dass die Gebühr sinkt."),
    (LL + "allein_dastehen", "Die Pflegekräfte würden dann allein dastehen.",
     "Das Gehöft steht allein auf der Anhöhe."),
    (PU + "groesstes_verdienst", "Die Neuordnung des Archivs ist ein unschätzbares Verdienst.",
     "Der Verdienst in der Gastronomie ist niedrig."),
    (ST + "muss_nachbessern", "Beim Mietrecht muss die Koalition nachschärfen.",
     "Die Koalition hat das Mietrecht nachgeschärft."),
    (ST + "darf_kein_x_sein", "Der Schwimmunterricht darf keine Glückssache sein.",
     "Der Bewerber darf keine Vorstrafe haben."),
    (ST + "gehoert_in_den_lehrplan", "Erste Hilfe gehört verpflichtend in den Stundenplan.",
     "Das Klavier gehört der Musikschule."),
    (ST + "wer_muss_sagen",
     "Wer die Pendlerpauschale streicht, muss auch erklären, wie die Leute zur Arbeit kommen.",
     "Die Bürgermeisterin erklärte, wie die Umfahrung verläuft."),
    (ST + "notwendiger_schritt", "Die Zusammenlegung der Bezirke ist ein notwendiger Schritt.",
     "Der nächste Schritt ist die Ausschreibung der Bauarbeiten."),
    (ST + "nur_ein_anfang", "Die neue Buslinie ist allenfalls ein erster Schritt.",
     "Der erste Schritt ist die Anmeldung beim Gemeindeamt."),
    (LL + "schoene_schlagzeile",
     "Mit dem Verbot hat sich die Landesrätin eine griffige Schlagzeile gesichert.",
     "Der Brand sorgte für Schlagzeilen."),
    (ST + "weniger_erfreulich", "Wenig erbaulich verlief die Saison für den Aufsteiger.",
     "Weniger als ein Drittel der Wähler kam zur Urne."),
    (ST + "mit_schoener_regelmaessigkeit", "Die Ampel fällt mit schöner Regelmäßigkeit aus.",
     "Die Ampel wird regelmäßig gewartet."),
    (LL + "rhetorik_kompositum", "Der Bericht erschöpft sich in Behördenprosa.",
     "Die Rede wurde im Rhetorikseminar besprochen."),
    (LL + "es_sich_verderben", "Der Landeshauptmann will es sich mit den Bauern nicht verscherzen.",
     "Das Obst ist in der Hitze verdorben."),
    (ST + "dafuer_haette_man_kaufen", "Davon hätten die Eltern ein Auto kaufen können.",
     "Davon kauften die Eltern ein Auto."),
    (VA + "haetten_viele_gewettet", "Vor der Saison hätten wenige darauf gewettet.",
     "Viele hatten auf den Favoriten gewettet."),
    (VA + "formsache", "Der Gemeinderat muss noch zustimmen; das gilt als reine Formsache.",
     "Die Frist gilt als Stichtag für alle Anträge."),
    (VA + "sagt_jemand", "Aus der hinteren Reihe ruft jemand, das sei eine Frechheit.",
     "Ruft jemand an, hebt die Sekretärin ab."),
    (VA + "viele_feiern", "Viele bewundern die Trainerin, andere halten sie für zu streng.",
     "Wie viele bewundern können, ist offen."),
    (CE + "ich_bin_ueberzeugt", "Ich bin fest davon überzeugt, dass die Maut nichts bringt.",
     "Die Geschworenen waren überzeugt, dass er log."),
    # review
    (PU + "nicht_verpassen", "Ein Konzert, das man nicht versäumen darf.",
     "Wer den letzten Bus versäumt, muss zu Fuß gehen."),
    (PU + "einer_der_hoehepunkte", "Die Szene im Treppenhaus ist einer der Höhepunkte des Films.",
     "Die Hitzewelle erreichte am Sonntag ihren Höhepunkt."),
    (PU + "untrueglicher_blick", "Die Regisseurin hat ein geschultes Auge für Gesten.",
     "Die Optikerin untersucht das linke Auge."),
    (PU + "eigener_ton", "Der Sänger findet seinen ganz eigenen, rauen Ton.",
     "Der Sänger findet seinen Schlüssel nicht."),
    (LL + "wird_nicht_gerecht", "Die Inszenierung wird der Vorlage kaum gerecht.",
     "Das Gericht wird den Fall im Mai verhandeln."),
    (LL + "wie_abgeschrieben", "Die Pressetexte klingen wie aus einem Prospekt abgeschrieben.",
     "Der Schüler hat die Aufgabe abgeschrieben."),
    (ST + "versoehnlich_stimmt", "Versöhnlich stimmt immerhin die letzte Folge.",
     "Der Landtag stimmt am Donnerstag ab."),
    (PU + "seziert", "Der Film seziert die Rituale des Kunstbetriebs.",
     "Im Labor wird ein Frosch seziert."),
    (PU + "sachbuch_lob", "Die Biografie ist glänzend recherchiert.",
     "Die Biografie erscheint im Herbst."),
    (PU + "mehr_als_viele_leisten", "Das ist mehr, als viele Fernsehkrimis bieten.",
     "Es kamen mehr, als der Saal fasste."),
    (LL + "zu_viele", "Das Drehbuch hat zu viele Nebenschauplätze.",
     "Zu viele Gäste standen im Regen."),
    (LL + "haette_vertragen", "Die Inszenierung hätte etwas mehr Tempo vertragen.",
     "Die Rosen vertragen keinen Frost."),
    (PU + "kaum_ein_besseres", "Eine anschaulichere Einführung findet man kaum.",
     "Eine Einführung für Neue findet am Montag statt."),
    (ST + "wer_ist_hier_falsch", "Wer Trubel sucht, ist hier fehl am Platz.",
     "Wer hier parkt, zahlt zehn Euro."),
    (ST + "erfreulich_adjektiv", "Die Antworten fallen erfreulich konkret aus.",
     "Die Antworten fallen konkret aus."),
    # sports and culture
    (LL + "wie_ausgewechselt", "Nach dem Seitenwechsel wirkte das Team plötzlich wie ausgewechselt.",
     "Der Stürmer wurde nach einer Stunde ausgewechselt."),
    (LL + "ging_aufs_ganze", "Im Finale geht die Schwimmerin aufs Ganze.",
     "Das Ganze dauerte drei Stunden."),
    (SV + "ins_schwaermen", "Beim Thema Oper kommt der Intendant ins Schwärmen.",
     "Im Juni schwärmen die Bienen aus."),
    ("intensifier.s33t_kennt_jeden_stein", "Der Bergführer kennt jeden Felsen im Tal.",
     "Der Bergführer kennt die Route."),
    # idioms
    (LL + "blind_folgen", "Die Fraktion folgt dem Klubchef blindlings.",
     "Der Hund führt die blinde Frau über die Straße."),
    (LL + "raubt_den_schlaf", "Die Schulden rauben der Familie den Schlaf.",
     "Die Bande raubte einen Juwelier aus."),
    # speech verb
    (SV + "raeumte_nachgestellt", "Der Sommer sei schwierig gewesen, räumte die Hotelierin ein.",
     "Die Hotelierin räumte die Terrasse auf."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, [], ".s33t_")
