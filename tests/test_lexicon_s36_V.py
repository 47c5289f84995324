"""Author V, session 36 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r88–r91 – tabloid wording („die Telefone
laufen heiß“ / „das Handy stand nicht mehr still“, „die Anrainer toben“, „Frauchen“ / „Herrchen“,
„der Satz fliegt ihm um die Ohren“, „es kam zum großen Knall“ / „Knall beim SV …“, „stürmt aus dem
Studio“, „kann es bis heute nicht glauben“ / „kann es nicht fassen“, „Jeder andere hätte …“, „ist
jetzt der Held“, „soll es gebrodelt haben“, „die Theorien schießen ins Kraut“, „Vom Chef: keine
Spur“, „das nächste große Ding“, „Lobeshymnen“, „fällt fast um“ / „hat ihm die Sprache verschlagen“
/ „der Schreck sitzt“), commentary formulas („der Rückhalt bröckelt“, „Wer mit … spricht, hört …“,
„richtig und wichtig“, „müssen umdenken“, „Dann ist es zu spät“, „hat allen Grund zum Ärger“, „hat
etwas Absurdes“, „die niemand bestellt hat“, „geht an den Menschen vorbei“, „keine
Raketenwissenschaft“, „irgendein Berater“, „zeugt von Mut“, „Dienst ist Dienst“, „das Lied kennt
man“, „am Rand der Erschöpfung“, „könnte ihn den Job kosten“, „da vergeht einem das Lachen“, „ihr
Blick sagt alles“, „große Sprüche“, „mit offenen Armen“, „verdienen mehr als eine Urkunde“ / „hat
einen Besuch verdient“ / „verdient keine Nachsicht“, „Das mag formal stimmen“ / „Das ist schön
gesagt“, „Es wäre bequem, …“ / „Doch das wäre ungerecht“), review verdicts („eine kluge Auswahl“ /
„klug gebaut“, „der man die Mühe anmerkt“, „von großer Zärtlichkeit“, „kippt nie ins Sentimentale“,
„Am besten ist sie, wenn …“, „große Momente“, „eine müde zweite Hälfte“, „ein starker Einstieg“,
„ordentlich, aber nicht mehr“, „nicht fehlerfrei, aber …“, „Subtil war das nicht“, „wie ein
Sakrileg“, „schmerzhaft anzusehen“, „zeigt, was der Abend hätte werden können“, „wärmstens
empfohlen“, „mit einer Präzision, die man selten sieht“ / „ein stärkerer Einstieg ist kaum denkbar“,
„eine Spannung, die man fast greifen konnte“ / „die Zeit schien stillzustehen“), sports wording
(„reichte es nur zu Silber“, „starke Nerven“, „zeigte, was in ihm steckt“,
„begeistert fast eine Million Fans“, „hartgesottene Stammgäste“), unnamed sources („Viele Hörer
sagen“, „Ein Mitarbeiter der Produktion berichtete“, „Man sagt uns“), certainty („jeder im Raum
wusste“, „Ich bin sicher, …“), opinion markers („Wir finden: …“, „Mir kommt es so vor“), speculation
(„mit sichtlicher Erleichterung“) and colloquial words („denunzieren“, „zum Volkssport geworden“) –
written as families (ids ``<category>.s36v_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s36v_"
LL = "loaded_language.s36v_"
PU = "puffery.s36v_"
LA = "labeling.s36v_"
VA = "vague_attribution.s36v_"
CE = "certainty.s36v_"
SP = "speculation.s36v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "telefone_heiss", "Seit der Sendung stand das Telefon im Pfarrbüro nicht mehr still.",
     "Das Telefon steht im Pfarrbüro auf dem Schreibtisch."),
    (LL + "leute_toben", "Die Parkgebühr steigt, und die Pendler toben.",
     "Im Hof toben die Kinder mit dem Hund."),
    (LL + "frauchen_herrchen", "Der Dackel wich seinem Herrchen nicht von der Seite.",
     "Der Dackel wich seiner Halterin nicht von der Seite."),
    (LL + "um_die_ohren", "Das alte Interview fliegt der Stadträtin jetzt um die Ohren.",
     "Die Stadträtin trug eine Mütze über den Ohren."),
    (LL + "zum_knall", "Im Kirchenchor ist es zum großen Knall gekommen.",
     "Ein lauter Knall schreckte die Anrainer auf."),
    (LL + "stuermt_hinaus", "Der Obmann stürmte aus der Gemeinderatssitzung.",
     "Der Obmann verließ die Sitzung um zehn Uhr."),
    (SP + "kann_es_nicht_glauben", "Die Bäckerin kann es noch immer nicht glauben.",
     "Die Bäckerin kann es bis Freitag nicht liefern."),
    (SP + "jeder_andere_haette", "Jeder andere hätte den Fund einfach behalten.",
     "Jeder andere Antrag wurde abgelehnt."),
    (PU + "der_held", "Im ganzen Viertel ist der Lehrling jetzt der Held.",
     "Der Held der Sage ist ein Schmied."),
    (LL + "es_hat_gebrodelt", "Im Gemeinderat soll es schon lange gebrodelt haben.",
     "Im Kessel hat die Marmelade gebrodelt."),
    (LL + "ins_kraut_schiessen", "Nach dem Fund schießen im Dorf die Gerüchte ins Kraut.",
     "Der Förster schoss auf einen Fuchs im Kraut."),
    (LL + "keine_spur", "Vom neuen Wirt selbst: keine Spur.", "Vom Täter fehlt bislang jede Spur."),
    (PU + "naechste_grosse_ding", "Die Brüder basteln bereits am nächsten großen Ding.",
     "Das nächste Ding auf der Tagesordnung ist das Budget."),
    (LL + "lobeshymnen", "Für das neue Menü gab es Lobeshymnen.",
     "Vor dem Anpfiff wurde die Hymne gespielt."),
    (LL + "reaktion_ausgemalt", "Die Nachricht hat dem Bürgermeister glatt die Sprache verschlagen.",
     "Der Bürgermeister spricht drei Sprachen."),
    # commentary
    (LL + "broeckelt", "In der Belegschaft bröckelt der Rückhalt für den Vorstand.",
     "Von der Mauer bröckelt der Putz ab."),
    (VA + "wer_spricht_hoert", "Wer mit Hebammen spricht, hört von Dienstplänen ohne Pause.",
     "Wer mit dem Rad fährt, spart Geld."),
    (ST + "richtig_und_wichtig", "Die neue Beratungsstelle ist richtig und wichtig.",
     "Die Schüler lernen, richtig oder falsch anzukreuzen."),
    (ST + "muessen_umdenken", "Bei der Parkplatzfrage muss die Stadt umdenken.",
     "Die Stadt plant neue Parkplätze am Bahnhof."),
    (ST + "dann_ist_es_zu_spaet", "Schließt die letzte Praxis, dann ist es zu spät für Reformen.",
     "Der Bus war wegen Nebels zu spät."),
    (ST + "allen_grund", "Die Eltern haben allen Grund zur Sorge.",
     "Der Grund für die Sperre ist ein Wasserrohrbruch."),
    (ST + "hat_etwas_absurdes", "Die Debatte über das Parkverbot hat etwas Absurdes.",
     "Die Gemeinde hat etwas Geld übrig."),
    (LL + "niemand_bestellt", "Ein Kreisverkehr, den niemand bestellt hat.",
     "Die Pizza, die er bestellt hat, kam pünktlich."),
    (LL + "an_den_menschen_vorbei", "Die Novelle geht an den Betroffenen vorbei.",
     "Der Festzug ging am Rathaus vorbei."),
    (LL + "keine_raketenwissenschaft", "Ein Fahrplan, der funktioniert, ist keine Raketenwissenschaft.",
     "Die Tochter forscht an Raketentechnik."),
    (LA + "irgendein_berater", "Das Konzept stammt von irgendeinem Unternehmensberater.",
     "Das Konzept stammt von einer Beraterin aus Linz."),
    (PU + "zeugt_von_lob", "Die Wahl der Solistin zeugt von Mut.",
     "Die Scherben zeugen von einer Töpferei."),
    (ST + "tautologie", "Pflicht ist Pflicht.", "Die Pflicht zur Anmeldung gilt ab Mai."),
    (LL + "das_alte_lied", "Zu wenig Personal, zu viel Papier – das Lied kennt man.",
     "Das Lied kennt jedes Kind aus dem Kindergarten."),
    (LL + "am_rande_der_erschoepfung", "Viele Pflegekräfte arbeiten am Rande der Erschöpfung.",
     "Am Rande der Tagung wurde gefeiert."),
    (SP + "job_kosten", "Der Fehler könnte den Direktor den Posten kosten.",
     "Der Posten kostet die Stadt 40.000 Euro."),
    (LL + "appetit_vergeht", "Bei diesen Mieten vergeht einem das Lachen.",
     "Die Zeit bis zum Urlaub vergeht langsam."),
    (LL + "blick_sagt_alles", "Die Miene des Trainers sagt alles.",
     "Der Trainer sagt alle Termine ab."),
    (LL + "grosse_sprueche", "Vor der Wahl klopfte der Kandidat große Sprüche.",
     "Die Sprüche an der Wand stammen aus der Bibel."),
    (LL + "mit_offenen_armen", "Das Dorf hat die Flüchtlingsfamilie mit offenen Armen aufgenommen.",
     "Die Familie wurde im Dorf aufgenommen."),
    (ST + "verdient_urteil", "Die Schülerlotsen verdienen mehr als warme Worte.",
     "Die Schülerlotsen verdienen nichts für ihren Dienst."),
    (ST + "aussage_kommentiert", "Das mag juristisch stimmen.", "Das mögen die Gäste am liebsten."),
    (ST + "waere_urteil", "Es wäre bequem, allein die Bahn zu beschuldigen.",
     "Es wäre einfach schön, wenn die Bahn fährt."),
    # review
    (PU + "kluge_auswahl", "Die Kuratorin hat eine kluge Auswahl getroffen.",
     "Die Auswahl der Schöffen erfolgt per Los."),
    (PU + "man_merkt_an", "Man merkt dem Ensemble die Spielfreude an.",
     "Man merkt sich die Telefonnummer leicht."),
    (PU + "von_grosser_qualitaet", "Es ist ein Film von stiller Melancholie.",
     "Die Frage ist von großer Bedeutung."),
    (LL + "ins_sentimentale_kippen", "Das Finale kippt ins Melodramatische.",
     "Der Anhänger kippte in den Graben."),
    (PU + "am_besten_wenn", "Am stärksten ist sie, wenn sie leise singt.",
     "Am besten ist es, wenn man früh reserviert."),
    (PU + "grosse_momente", "Das Konzert hatte große Momente.",
     "Die Momente vor dem Start waren ruhig."),
    (LL + "muede_werk", "Die Fortsetzung ist ein müder Abklatsch.",
     "Die müden Läufer erreichten das Ziel."),
    (PU + "starker_einstieg", "Ein fulminanter Auftakt für das Festival.",
     "Der Auftakt des Festivals ist am Freitag."),
    (ST + "ordentlich_aber_nicht_mehr", "Das Schnitzel ist solide, aber nicht mehr.",
     "Das Zimmer ist sauber, aber klein."),
    (ST + "nicht_fehlerfrei_aber", "Die Aufführung war nicht makellos, aber mitreißend.",
     "Die Anlage arbeitet nicht fehlerfrei."),
    (ST + "adj_war_das_nicht", "Originell war das nicht.", "Neu ist die Orgel der Pfarrkirche."),
    (LL + "wie_ein_sakrileg", "Ein Handyklingeln wirkte da wie ein Frevel.",
     "Der Mann wurde wegen Hochverrats verurteilt."),
    (LL + "schmerzhaft_anzusehen", "Die Schlussszene ist qualvoll anzusehen.",
     "Die Verletzung war schmerzhaft."),
    (ST + "haette_werden_koennen", "Das Finale zeigt, was dieser Film hätte werden können.",
     "Was aus der Halle wird, entscheidet der Rat."),
    (PU + "waermstens", "Ich empfehle das Album wärmstens.", "Die Ärztin empfahl eine Impfung."),
    (PU + "selten_kaum_denkbar", "Eine würdigere Besetzung ist kaum vorstellbar.",
     "Eine Einigung ist kaum vorstellbar."),
    (LL + "atmosphaere_hyperbel", "Die Anspannung war mit Händen zu greifen.",
     "Die Kinder greifen nach dem Seil."),
    # sports
    (ST + "reichte_nur_zu", "Für die Staffel reichte es diesmal nur zu Bronze.",
     "Sie holte Bronze."),
    (PU + "starke_nerven", "Im Elfmeterschießen zeigte der Torwart starke Nerven.",
     "Bei der Operation wurden Nerven verletzt."),
    (PU + "was_in_ihm_steckt", "Nach der Pause zeigte das Team, was in ihm steckt.",
     "Der Zoll prüfte, was in dem Paket steckte."),
    (PU + "begeistert_publikum", "Die Tanzgruppe begeistert rund 5000 Fans.",
     "Begeisterte Fans warteten am Flughafen."),
    (LL + "hartgesotten", "Nur ein paar hartgesottene Camper blieben bis November.",
     "Die Eier wurden hart gekocht."),
    # unnamed sources, certainty, opinion markers, speculation, colloquial
    (VA + "viele_gruppe_sagen", "Viele Pendler klagen über die neuen Fahrpläne.",
     "Viele Pendler nutzen die neue Linie."),
    (VA + "ungenannter_mitarbeiter", "Ein Mitarbeiter des Senders verriet, die Show werde abgesetzt.",
     "Ein Mitarbeiter des Senders wurde befördert."),
    (VA + "man_sagt_uns", "Seit Jahren wird uns erzählt, die Umfahrung komme bald.",
     "Uns wurde der Preis im Rathaus überreicht."),
    (CE + "gewissheit_formel", "Jeder im Saal wusste, wer gemeint war.",
     "Jeder im Saal bekam einen Stimmzettel."),
    (ST + "meinungsmarker", "Wir finden: Der Spielplatz muss bleiben!",
     "Wir finden den Spielplatz auch ohne Karte."),
    (SP + "mit_sichtlicher", "Der Bürgermeister verkündete das Ergebnis mit sichtlichem Stolz.",
     "Der Bürgermeister verkündete das Ergebnis am Abend."),
    (LL + "denunzieren", "Die App lädt dazu ein, Nachbarn zu denunzieren.",
     "Die App meldet Schäden an Straßenlampen."),
    (LL + "volkssport", "Das Meckern über den Bus ist zum Volkssport geworden.",
     "Der Volkssportverein lädt zur Wanderung."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, [], ".s36v_")
