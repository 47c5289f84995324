"""Author W, session 40 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r110–r112 – tabloid wording („ein Post, der
das Netz erbeben ließ“ / „Der Festplatz bebt.“, „im Netz vertickt“ / „200 Euro hinblättern“, „Dreister
Dieb schnappt sich …“, „Dann passiert es: …“, „bekommt eine ganz neue Bedeutung“, „in ein Schlachtfeld
verwandelt“ / „ein Bild der Verwüstung“, „Laubenpieper“ / „Sohnemann“ / „Spielerfrau“, „lungern
Fotografen herum“, „Glühwein zum Goldpreis“, „ist ein Luxusgut“, „der Schreck beim
Blick auf die Preistafel“, „ist schnell 50 Euro los“, „Ganz ohne Drama lief es nicht“, „will das nicht
auf sich sitzen lassen“, „geht ein lang gehegter Wunsch in Erfüllung“),
commentary verdicts („ist noch lange kein …“, „kostet wenig und bringt viel“, „Der Gemeinderat sollte
sich das genau ansehen“, „hat das Ziel aus den Augen verloren“, „Wer X sagt, meint …“, „Man beobachtet
also.“, „in dem vieles steht, nur nicht …“, „keine Gründe zum Nichtstun“, „so wortreich verteidigt“,
„trotz Bauchschmerzen zugestimmt“, „trifft … ins Mark“), review verdicts („steht sich selbst im Weg“,
„ein kluges, wenn auch nicht ganz neues Bild“, „traut der Figur wenig zu“, „Überhaupt, die Videos.“,
„Dauerbeschallung“, „Der Abend hebt ab“, „fast beiläufig“ / „scheinbar mühelos“, „man darf ohne
Übertreibung sagen“, „der Begriff trifft es“,
„schleicht sich eine gewisse Gleichförmigkeit ein“, „wächst zu etwas Großem heran“, „Nicht ganz
jedenfalls.“ / „erwachsen – fast“, „Neben ihr hat es X schwer“, „ein beinahe zu leises Bild“, „wie
bestellt und nicht abgeholt“), sports wording („die Abwehr schwamm“ / „im Blech wackelte es“, „wirft
den Zweitligisten raus“, „Pokal-Coup“, „Der Pokal hat seine eigenen Gesetze“, „forderte seinen
Tribut“, „mit allem, was es hatte“, „behielt die besseren
Nerven“ / „braucht gute Nerven“, „biss die Zähne zusammen“ / „biss sich durch“) and unnamed sources
(„Einige tippen auf …“, „Andere werfen der Jägerschaft vor“, „nennen manche“, „heißt es aus einem
Branchenverband“) – written as families (ids ``<category>.s40w_*``). Older families gained the forms
the same rounds showed missing (``WIDENED``): „ein Text, der es in sich hat“, „Bußgelder, die wirklich
wehtun“, „ein 2:2, mit dem beide Teams leben können“, „die Ironie … nutzt sich schnell ab“, „die
Partyszenen ziehen sich“, „einen fünfstelligen Betrag einstrichen“, „Tango-Opa“, „bleibt über weite
Strecken blass“, „das gilt aber als Formsache“, „Geholfen ist damit keinem“, „Weniger glänzend ist …“,
„nicht in allem gelungen“, „so noch nicht gesehen“ / „haben selbst langjährige Fans noch nicht
erlebt“, „das einem den Atem stocken lässt“, „der vertraute Chor der …“, „nur noch eine Randnotiz“,
„wirkt wie ein Zugeständnis an …“, „bevor er die Gebührenordnung durchwinkt“, „…“, ätzt ein Nutzer“,
„haderte dagegen: …“, „– kein Scherz –“, „Lehrkräfte berichten von …“, „den ganz großen
Durchbruch“, „klug und berührend zugleich“ and „reich, aber nie überladen“ / „ohne je laut zu werden“.

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s40w_"
LL = "loaded_language.s40w_"
PU = "puffery.s40w_"
LA = "labeling.s40w_"
VA = "vague_attribution.s40w_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "liess_beben", "Ihr Auftritt ließ das ganze Festzelt beben.",
     "Die Detonation ließ die Fenster zittern."),
    (LL + "verticken_hinblaettern", "Der Neffe vertickte das Familiensilber auf dem Flohmarkt.",
     "Der Neffe verkaufte das Familiensilber auf dem Flohmarkt."),
    (LL + "dieb_schnappt_sich", "Ein dreister Langfinger schnappte sich die Spendenbox.",
     "Die Tormann schnappte sich den Ball."),
    (LL + "dann_passiert_es", "Und dann passiert es: Das Boot kippt.",
     "Das Unglück passierte gegen zehn Uhr."),
    (ST + "ganz_neue_bedeutung", "Das Wort Hausbesuch bekommt so eine ganz neue Bedeutung.",
     "Das Wort hat im Dialekt eine andere Bedeutung."),
    (LL + "schlachtfeld_verwandelt", "Die Party hat die Wohnung in ein Kriegsgebiet verwandelt.",
     "Das Lokal wurde in ein Museum umgebaut."),
    (LA + "boulevard_personenwort", "Die Laubenpieper aus der Kolonie feiern ihr Sommerfest.",
     "Die Kleingärtner aus der Anlage feiern ihr Sommerfest."),
    (LL + "herumlungern", "Nachts lungern am Hauptplatz Jugendliche herum.",
     "Nachts warten am Hauptplatz Taxis."),
    (LL + "zum_goldpreis", "Wasser gibt es im Stadion nur zu Goldpreisen.",
     "Der Goldpreis fiel am Freitag."),
    (LL + "ist_ein_luxusgut", "Ein Urlaub am Meer ist für viele Familien zum Luxusgut geworden.",
     "Der Hersteller von Luxusgütern meldet ein Umsatzplus."),
    (LL + "schreck_beim_blick", "Groß war der Schreck beim Blick auf die Heizkostenabrechnung.",
     "Die Heizkostenabrechnung kommt im April."),
    (LL + "schnell_euro_los", "Beim Christkindlmarkt ist man schnell 40 Euro los.",
     "Der Eintritt zum Christkindlmarkt kostet 4 Euro."),
    (LL + "ganz_ohne_drama", "Ganz ohne Tränen ging der Abschied nicht über die Bühne.",
     "Ganz ohne Strom kommt das Haus aus."),
    (LL + "nicht_auf_sich_sitzen", "Das lässt der Vereinsobmann nicht auf sich sitzen.",
     "Der Vereinsobmann lässt die Gäste auf der Tribüne sitzen."),
    (LL + "wunsch_in_erfuellung", "Für den Buben ging ein Lebenstraum in Erfüllung.",
     "Die Erfüllung des Vertrags prüft das Gericht."),
    # commentary
    (ST + "noch_lange_kein", "Ein Beschluss ist noch lange keine Lösung.",
     "Ein Beschluss liegt noch nicht vor."),
    (ST + "kostet_wenig_bringt_viel", "Die Reform kostet viel und bringt wenig.",
     "Die Reform kostet 20 Millionen Euro."),
    (ST + "sollte_sich_genau_ansehen", "Die Landesregierung sollte sich die Zahlen genau ansehen.",
     "Die Landesregierung sieht sich die Zahlen am Montag an."),
    (LL + "ziel_aus_den_augen", "Die Koalition hat die Bürger längst aus den Augen verloren.",
     "Die Bergsteiger verloren einander im Nebel aus den Augen."),
    (ST + "wer_x_sagt_meint", "Wer Entlastung verspricht, meint meist die eigene Klientel.",
     "Wer Hilfe braucht, meldet sich im Gemeindeamt."),
    (ST + "man_beobachtet_also", "Man diskutiert also weiter.",
     "Man diskutiert im Gemeinderat über den Bau."),
    (ST + "vieles_nur_nicht", "Das Papier enthält vieles, nur keine Zahlen.",
     "Das Papier enthält viele Zahlen."),
    (ST + "kein_grund_zum_nichtstun", "Die Finanzlage ist kein Vorwand für Untätigkeit.",
     "Die Finanzlage ist der Grund für die Verschiebung."),
    (LL + "wortreich", "Der Konzern verteidigt die Boni wortreich.",
     "Der Konzern verteidigt die Boni mit dem Gewinn."),
    (LL + "mit_bauchschmerzen", "Die Abgeordneten stimmten dem Budget mit erheblichen Bauchschmerzen zu.",
     "Der Bub musste mit Bauchschmerzen ins Krankenhaus."),
    (LL + "ins_mark", "Der Brand im Werk trifft die Region bis ins Mark.",
     "Der Brand im Werk trifft 200 Beschäftigte."),
    # review
    (LL + "steht_sich_selbst_im_weg", "Der Roman steht sich mit seinen Fußnoten selbst im Weg.",
     "Das Fahrrad stand im Weg."),
    (ST + "wenn_auch_nicht_neu", "Ein witziger, wenn auch nicht sonderlich origineller Einfall.",
     "Ein gebrauchter, nicht ganz neuer Wagen steht zum Verkauf, sagt die Händlerin."),
    (ST + "traut_wenig_zu", "Die Regisseurin traut ihrem Publikum wenig zu.",
     "Die Trainerin traut der Mannschaft den Aufstieg zu."),
    (ST + "ueberhaupt_die", "Überhaupt, die Kostüme.", "Überhaupt erst im Mai öffnet das Bad."),
    (LL + "dauerbeschallung", "Im Zug herrscht Dauerberieselung aus den Lautsprechern.",
     "Im Zug gibt es Durchsagen aus den Lautsprechern."),
    (PU + "abend_hebt_ab", "Nach der Pause hebt der Abend ab.", "Nach der Pause hebt der Hubschrauber ab."),
    (PU + "fast_beilaeufig", "Sie singt die Koloraturen scheinbar mühelos.",
     "Sie singt die Koloraturen im zweiten Akt."),
    (ST + "ohne_uebertreibung", "Man kann ohne Übertreibung sagen: Das Haus hat einen neuen Star.",
     "Der Arzt rät beim Sport von Übertreibung ab."),
    (ST + "begriff_trifft_es", "Die Kritik sprach von einem Gewaltmarsch, und das Wort trifft es genau.",
     "Das Wort stammt aus dem Lateinischen."),
    (LL + "gewisse_gleichfoermigkeit", "Gegen Ende schleicht sich eine gewisse Monotonie ein.",
     "Gegen Ende schleicht sich die Katze ins Haus."),
    (PU + "zu_etwas_grossem", "Aus der Probe wird etwas ganz Besonderes.",
     "Die Probe beginnt um acht Uhr."),
    (ST + "nicht_ganz_jedenfalls", "Der Plan ist aufgegangen. Nicht immer jedenfalls.",
     "Nicht immer fährt der Bus pünktlich."),
    (ST + "neben_ihr_schwer", "Neben ihm haben es die Mitspieler schwer.",
     "Neben ihm sitzen die Mitspieler."),
    (ST + "fast_zu_leise", "Ein sauberes, beinahe zu glattes Konzert.",
     "Das Konzert war fast zu Ende, als der Strom ausfiel."),
    (LL + "bestellt_nicht_abgeholt", "Der Kandidat stand wie bestellt und nicht abgeholt am Rand.",
     "Die Pizza wurde bestellt und abgeholt."),
    # sports
    (LL + "abwehr_schwamm", "Die Dreierkette schwamm bei jedem Eckball.",
     "Die Schwimmerinnen schwammen im Freibad."),
    (LL + "wirft_raus", "Der Außenseiter warf den Titelverteidiger aus dem Cup.",
     "Der Schiedsrichter warf die Münze."),
    (LL + "coup_kompositum", "Der Pokalcoup des Dorfklubs sorgt für Jubel.",
     "Der Pokal des Dorfklubs steht im Gasthaus."),
    (LL + "eigene_gesetze", "Das Lokalderby hat seine eigenen Gesetze.",
     "Das Land hat eigene Gesetze für den Naturschutz."),
    (LL + "forderte_tribut", "Die Hitze forderte ihren Tribut.", "Die Ärztin fordert Hitzeschutz."),
    (LL + "mit_allem_was_hatte", "Die Gastgeber wehrten sich mit allem, was sie hatten.",
     "Die Familie floh mit allem, was sie tragen konnte."),
    (LL + "bessere_nerven", "Im Elfmeterschießen hatte Rapid die besseren Nerven.",
     "Der Arzt untersuchte die Nerven im Knie."),
    (LL + "zaehne_zusammen", "Die Läuferin biss die Zähne zusammen.", "Der Hund biss in den Knochen."),
    # unnamed sources
    (VA + "einige_tippen_auf", "Manche tippen auf einen Racheakt.", "Die Kinder tippen auf dem Handy."),
    (VA + "andere_werfen_vor", "Andere werfen dem Bürgermeister vor, er schweige.",
     "Die Opposition wirft dem Bürgermeister vor, er schweige."),
    (VA + "nennen_manche", "Das nennen Spötter eine Schildbürgerei.",
     "Die Eltern nennen ihren Sohn Felix."),
    (VA + "heisst_es_aus_einem", "Die Frist sei zu knapp, heißt es aus einer Behörde.",
     "Die Frist sei zu knapp, heißt es aus der Bezirkshauptmannschaft."),
]

# older families widened by forms the rounds r110–r112 showed missing
WIDENED = [
    ("loaded_language.s29v_hat_es_in_sich", "Eine Abfahrt, die es in sich hat.",
     "Die Abfahrt ist drei Kilometer lang."),
    ("intensifier.s27y_die_wehtun", "Nötig sind Geldstrafen, die richtig wehtun.",
     "Die Geldstrafe beträgt 300 Euro."),
    ("stance.s17j_damit_leben_koennen", "Am Ende stand ein 1:1, mit dem beide Mannschaften leben können.",
     "Mit der Rente können die beiden gut leben, sagt ihr Sohn."),
    ("loaded_language.s24v_nutzt_sich_ab", "Die Komik der Verwechslungen nutzt sich rasch ab.",
     "Die Bremsbeläge nutzen sich rasch ab."),
    ("loaded_language.s11_zieht_sich", "Die Rückblenden ziehen sich.",
     "Die Jugendszenen ziehen sich zurück."),
    ("loaded_language.kom_einstreichen", "Der Makler strich eine sechsstellige Summe ein.",
     "Der Maler strich die Wand ein zweites Mal."),
    ("loaded_language.s26x_super_oma", "Die Yoga-Oma aus Linz begeistert im Netz.",
     "Die Oma macht jeden Morgen Yoga."),
    ("loaded_language.s18o_bleibt_blass", "Der Gegenspieler bleibt über weite Strecken farblos.",
     "Der Himmel bleibt über weite Strecken bewölkt."),
    ("vague_attribution.s33t_formsache", "Der Landtag muss noch zustimmen, dies gilt jedoch als Formsache.",
     "Die Zustimmung gilt ab Juli."),
    ("stance.s39t_geholfen_hat_es_kaum", "Geholfen ist damit niemandem.",
     "Geholfen ist damit den Anrainern."),
    ("stance.s33t_weniger_erfreulich", "Weniger rühmlich verlief der Abend für den Titelverteidiger.",
     "Weniger Gäste kamen zum Ball."),
    ("doubt.ver_nicht_alles_gelingt", "Eine nicht durchweg überzeugende Inszenierung.",
     "Die Inszenierung dauert nicht durchweg drei Stunden, sagt die Dramaturgin."),
    ("loaded_language.s36t_so_noch_nie_gesehen", "Das haben selbst eingefleischte Fans noch nie erlebt.",
     "Die Fans haben den Sänger noch nie live gesehen, sagen sie."),
    ("loaded_language.s17i_stockte_atem", "Ein Sprung, der den Atem stocken lässt.",
     "Die Ärztin lässt den Patienten tief atmen."),
    ("loaded_language.s28z_der_uebliche_aufschrei", "Prompt folgte der altbekannte Aufschrei.",
     "Der Chor singt das bekannte Lied."),
    ("intensifier.ex_randnotiz", "Der Rekord war da bloß noch eine Fußnote.",
     "Die Fußnote steht auf Seite zwölf."),
    ("speculation.s17j_klang_wie_ein_appell", "Das Finale klingt wie eine Verbeugung vor dem Publikum.",
     "Die Glocke klingt wie ein Gong."),
    ("loaded_language.s15c_durchgewunken", "Der Ausschuss hat die Tariferhöhung ohne Debatte durchgewinkt.",
     "Der Polizist winkte die Autos durch."),
    ("speech_verb.spottete", "„Das war ja klar“, spottet ein Anrainer.",
     "„Das war klar“, sagt ein Anrainer."),
    ("speech_verb.s18k_versicherte_rechtfertigte", "Der Trainer haderte danach: „Das war Pech.“",
     "„Das war Pech“, sagte der Trainer."),
    ("stance.ugs_richtig_gelesen", "Die Gemeinde verlangt – kein Scherz – eine Parkgebühr am Friedhof.",
     "Der Kabarettist erzählte einen Scherz über Politiker."),
    ("vague_attribution.s33v_gaeste_berichten", "Hausärzte berichten von vollen Wartezimmern.",
     "Die Hausärzte im Bezirk berichten der Kammer."),
    ("puffery.s33v_aber_nie_suesslich", "Der Chor singt, ohne je schrill zu klingen.",
     "Der Chor singt ohne Noten."),
    ("intensifier.s32v_das_ganz_grosse", "Der ganz große Wurf ist das Paket nicht.",
     "Ein großer Teil der Gäste kam zu Fuß."),
    ("stance.s38v_und_zugleich", "Ihr Spiel ist kraftvoll und zart zugleich.",
     "Die Suppe ist heiß und scharf."),
]

test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s40w_")
