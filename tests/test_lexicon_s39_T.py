"""Author T, session 39 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r104–r106 – commentary verdicts („Versprochen
ist nicht gebaut“, „Versprechen, die man gern glauben möchte“ / „Man kann es ihnen kaum noch glauben“,
„erinnert eher an Aufbewahrung als an Bildung“ / „wirkt eher einstudiert als souverän“, „Und genau die
gibt es nicht.“, „Die Landesregierung weiß das.“, „so kompliziert, dass …“, „eine Pointe, über die
niemand lachen sollte“, „längst zur Gewohnheit geworden“ / „die Ausnahme ist zur Regel geworden“, „Man
kann dem kaum widersprechen“, „Man würde staunen“, „respektiert wie Diätpläne nach Weihnachten“, „wäre
ein Geschenk“, „Geholfen hat sie kaum“, „die Regel hat einen Konstruktionsfehler“, „weit mehr schuld
als“, „beschädigt das Vertrauen in den Rechtsstaat“, „kann mehr tun, als sie tut“, „Das stimmt nur
halb.“, „die Mieten laufen davon“, „… allein reicht da nicht“, „– nun ja, …“, „auffällig viele“),
review verdicts („Leise Töne, großer Abend“, „braucht keine Untertitel“, „eine selten gewordene
Tugend“, „drängt sich nie nach vorn“, „so behutsam, dass man es kaum bemerkt“, „der Titel ist
Programm“, „eine Geduld, die man in jedem Abzug spürt“, „Schwächen gibt es wenige.“, „Nicht alles geht
auf.“, „gerät hier zur Geste“, „Man verlässt das Museum anders, als man es betreten hat“, „Mehr kann
eine Ausstellung kaum leisten.“, „dafür darf man mehr verlangen“, „zu viel des Guten“, „eine gefeierte
Inszenierung“, „ohne es museal zu behandeln“, „hat man da längst verstanden“, „unterschätzt sein
Publikum nicht“, „aus der Wohlfühlzone holen“, „– ein Wagnis, das …“), sports wording („das zweite
Drittel gehörte den Gastgebern“, „flogen die Fäuste“, „verlangte den Fahrern alles ab“, „sammelte
fleißig Punkte“, „wurde es richtig hitzig“), tabloid wording („räumt 2,4 Millionen Euro ab“, „denkt gar
nicht ans Aufhören“, „– aber nur ein bisschen“, „ist jetzt der Star im Viertel“, „sprang ohne zu
zögern“, „regnete es Herzchen“, „können es nicht mehr hören“, „Dauergast im Nachmittagsprogramm“,
„erbitterte Feinde“, „Frieden wird so schnell nicht einkehren“) and unnamed sources („Für die Fans
steht fest: …“, „Mehrere Gäste berichten“, „gilt … als offen“ / „gilt in mehreren Regionen als“) –
written as families (ids ``<category>.s39t_*``). Older families gained the forms the same rounds showed
missing (``WIDENED``): „nichts weniger als einer der …“, „stürmt ins Pokal-Halbfinale“, „sollte sich
den Namen … merken“, „klang wie ein Stoßseufzer“ / „wirken wie ein Misstrauensvotum“, „schlug dann die
Stunde von“, „kannte der Jubel keine Grenzen“, „Weniger erfreulich für …:“ / „Weniger glücklich
verlief“, „Man kann X nur gratulieren“, „gab sich kleinlaut“, „was als Formsache gilt“, „verzaubert das
Publikum“, „liebevoll dekoriert“, „verblassen neben dem …“, „jonglieren zwischen … und …“, „schwebte in
einem Kleid“, „…, sagen Lehrkräfte“ and „Sekunden, die die Familie nie vergessen wird“.

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s39t_"
LL = "loaded_language.s39t_"
PU = "puffery.s39t_"
SP = "speculation.s39t_"
VA = "vague_attribution.s39t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # commentary
    (ST + "versprochen_ist_nicht_gebaut", "Angekündigt ist nicht eröffnet.",
     "Angekündigt ist ein Vortrag über Bienen."),
    (ST + "man_mag_es_glauben", "Es sind Ankündigungen, denen man gerne glauben will.",
     "Die Mutter kann es kaum erwarten, sagt sie."),
    (ST + "erinnert_eher_an", "Die Sitzung erinnerte eher an ein Kasperltheater als an ein Parlament.",
     "Ein Denkmal erinnert an die Gefallenen."),
    (ST + "genau_das_fehlt", "Dafür braucht es Busfahrer. Aber genau die fehlen.",
     "Genau 40 Minuten fehlen noch bis zum Start."),
    (ST + "regierung_weiss_das", "Das Rathaus weiß das längst.",
     "Die Polizei weiß noch nicht, wer geschossen hat."),
    (LL + "so_kompliziert_dass", "Das Förderprogramm ist so bürokratisch, dass kaum ein Bauer es nutzt.",
     "Der Hang ist so steil, dass die Wanderer Seile brauchen."),
    (ST + "pointe_niemand_lachen", "Es ist eine Ironie, über die keiner lachen kann.",
     "Über den Clown lachten die Kinder im Zelt."),
    (ST + "laengst_zur_gewohnheit", "Der Streit ums Budget ist längst zum Ritual geworden.",
     "Die Regel wurde im Mai beschlossen."),
    (ST + "man_kann_nicht_widersprechen", "Dem kann man kaum widersprechen.",
     "Gegen das Urteil kann der Angeklagte Einspruch erheben."),
    (ST + "man_wuerde_staunen", "Man wäre verblüfft, wie leise die Straße ohne Lkw ist.",
     "Die Besucher staunten über die Elefanten."),
    (LL + "wie_gute_vorsaetze", "Das Rauchverbot wird befolgt wie Neujahrsvorsätze.",
     "Viele fassen zu Silvester gute Vorsätze."),
    (ST + "waere_ein_geschenk", "Eine Nachtbuslinie wäre ein Segen für die Pendler.",
     "Der Füller war ein Geschenk ihres Großvaters."),
    (ST + "geholfen_hat_es_kaum", "Genützt hat das Verbot wenig.",
     "Geholfen hat dem Verletzten ein Radfahrer."),
    (LL + "konstruktionsfehler", "Die Pendlerförderung hat einen Konstruktionsfehler.",
     "Wegen eines Konstruktionsfehlers ruft der Hersteller Kinderwagen zurück."),
    (ST + "mehr_schuld_als", "Am Ärztemangel sind die Kassen weitaus mehr schuld als die Spitäler.",
     "Die Polizei klärt, wer an dem Unfall schuld ist."),
    (ST + "beschaedigt_vertrauen", "Die Affäre ramponiert das Vertrauen in die Justiz.",
     "Der Hagel beschädigte das Dach der Turnhalle."),
    (ST + "kann_mehr_tun_als", "Die Ministerin könnte mehr tun, als sie tut.",
     "Die Feuerwehr konnte nichts mehr tun."),
    (ST + "stimmt_nur_halb", "Dies stimmt nur teilweise.", "Der Gemeinderat stimmte dem Budget zu."),
    (LL + "preise_laufen_davon", "Die Energiepreise laufen den Betrieben davon.",
     "Die Katze lief davon."),
    (ST + "allein_reicht_nicht", "Ein Appell allein genügt da nicht.",
     "Der Pensionist lebt allein in dem Haus."),
    (ST + "nun_ja", "Die Bilanz ist, na ja, überschaubar.", "Nun beginnt die Sanierung."),
    (ST + "auffaellig_viele", "Auffallend viele Ärzte haben gekündigt.",
     "Viele Ärzte haben gekündigt, teilt die Kammer mit."),
    # review
    (PU + "grosser_abend", "Ein großer Theaterabend.", "Am Abend ziehen große Gewitter auf."),
    (ST + "braucht_keine_erklaerung", "Diese Musik braucht keine Effekte.",
     "Das Gerät braucht keine Steckdose."),
    (ST + "seltene_tugend", "Demut ist im Profisport eine selten gewordene Tugend.",
     "Der Luchs ist in den Alpen selten geworden."),
    (PU + "draengt_sich_nicht_vor", "Die Cellistin drängt sich nie in den Vordergrund.",
     "Die Fans drängten sich vor dem Stadion."),
    (PU + "so_behutsam_dass_man", "Die Geigen setzen so sanft ein, dass man es kaum merkt.",
     "Die Tür ist so schwer, dass man sie kaum öffnen kann."),
    (ST + "titel_ist_programm", "„Lärm“ heißt das Album, und der Name ist Programm.",
     "Das Programm des Festivals steht im Netz."),
    (PU + "in_jeder_zeile_spuert", "Man spürt die Sorgfalt in jedem Satz, sie ist in jeder Zeile spürbar.",
     "In jedem Zimmer steht ein Bett."),
    (PU + "schwaechen_gibt_es_wenige", "Längen gibt es kaum.",
     "Die Längen der Wanderwege stehen auf der Karte."),
    (ST + "nicht_alles_geht_auf", "Nicht jede Pointe geht auf.", "Die Sonne geht um halb sechs auf."),
    (LL + "geraet_zur_pose", "Der Schluss gerät zur Posse.", "Das Boot geriet in Seenot."),
    (PU + "verlaesst_anders", "Man verlässt das Kino anders, als man hineingegangen ist.",
     "Der Bus verlässt den Bahnhof um acht."),
    (PU + "mehr_kann_man_kaum", "Mehr kann ein Debütroman kaum leisten.",
     "Mehr als 500 Gäste kamen zum Fest."),
    (ST + "darf_man_mehr_erwarten", "Von einem Haubenlokal darf man mehr erwarten.",
     "Man darf zwei Gepäckstücke mitnehmen."),
    (LL + "zu_viel_des_guten", "Der Nebel auf der Bühne ist zu viel des Guten.",
     "Zu viel Zucker schadet den Zähnen, sagt die Ärztin."),
    (PU + "gefeierte_inszenierung", "Die hochgelobte Produktion kommt nach Linz.",
     "Das gefeierte Fest dauerte bis Mitternacht."),
    (PU + "ohne_museal_zu_wirken", "Sie spielt Mozart, ohne verstaubt zu klingen.",
     "Er ging, ohne zu grüßen."),
    (ST + "laengst_verstanden", "Das hat man längst begriffen.",
     "Die Kinder haben die Regeln verstanden, sagt der Trainer."),
    (PU + "publikum_nicht_unterschaetzt", "Ein Film, der seine Zuschauer nie unterfordert.",
     "Die Zahl der Zuschauer wurde unterschätzt."),
    (LL + "komfortzone", "Die Regisseurin holt ihr Ensemble aus der Komfortzone.",
     "Die Gäste kamen aus der Schweiz."),
    (ST + "apposition_wagnis", "Er spielt ohne Noten – ein Drahtseilakt, der gelingt.",
     "Der Artist zeigt einen Drahtseilakt über dem Platz."),
    # sports
    (LL + "gehoerte_den_gaesten", "Die zweite Halbzeit gehörte klar den Gästen.",
     "Das Haus gehörte dann der Gemeinde."),
    (LL + "flogen_die_faeuste", "Nach dem Foul flogen die Fäuste.", "Die Tauben flogen über den Platz."),
    (LL + "verlangte_alles_ab", "Der Schnee verlangte den Läufern alles ab.",
     "Das Museum verlangt Eintritt ab zwölf Jahren."),
    (LL + "fleissig_gesammelt", "Der Stürmer sammelte fleißig Scorerpunkte.",
     "Die Kinder sammeln Kastanien."),
    (LL + "hitzig", "In der Verlängerung wurde es extrem hitzig.",
     "Die Hitze dauerte bis Donnerstag."),
    # tabloid
    (LL + "geld_abraeumen", "Eine Friseurin aus Gmunden räumt den Jackpot ab.",
     "Nach dem Essen räumt der Kellner den Tisch ab."),
    (LL + "denkt_nicht_ans_aufhoeren", "Mit 90 denkt die Trafikantin nicht ans Aufhören.",
     "Die Trafikantin hört im Mai auf."),
    (ST + "aber_nur_ein_bisschen", "Die Ministerin zeigt sich reumütig – aber nur ein wenig.",
     "Er spricht ein wenig Französisch."),
    (PU + "ist_jetzt_der_star", "Der Hahn ist seither der Star im Dorf.",
     "Der Hauptdarsteller ist krank."),
    (PU + "ohne_zu_zoegern", "Die Kellnerin griff ohne zu zögern ein.",
     "Die Kellnerin zögerte mit der Antwort."),
    (LL + "es_regnete_herzchen", "Unter dem Foto regnete es Komplimente.",
     "In Salzburg regnete es den ganzen Tag."),
    (LL + "kann_es_nicht_mehr_hoeren", "Die Pendler können das Wort Baustelle nicht mehr hören.",
     "Nach der Explosion konnte er nicht mehr hören."),
    (LL + "dauergast", "Der Ex-Minister ist Dauergast in Talkshows.",
     "Dauergäste am Campingplatz zahlen eine Jahresgebühr."),
    (LL + "erbitterte_feinde", "Die Schwestern sind erbitterte Rivalinnen geworden und erbittert verfeindet.",
     "Die Schwestern streiten vor Gericht um das Erbe."),
    (SP + "so_schnell_nicht", "Normalität wird im Ort so schnell nicht einkehren.",
     "Der Schaden wird so schnell wie möglich behoben."),
    # unnamed sources
    (VA + "fuer_die_fans_steht_fest", "Für viele Eltern steht fest: Die Schule muss bleiben.",
     "Für die Eltern steht ein Raum bereit."),
    (VA + "mehrere_gaeste_berichten", "Einige Besucher erzählen von stundenlangem Warten.",
     "Die Besucher warteten vor dem Tor."),
    (VA + "gilt_als_offen", "Ob der Zeitplan hält, gilt nach den Einwänden der Anrainer als ungewiss.",
     "Die neue Regel gilt ab Juli."),
]

# older families widened by forms the rounds r104–r106 showed missing
WIDENED = [
    ("intensifier.s13b_nicht_weniger_als", "Es war nichts weniger als einer der besten Abende des Jahres.",
     "Er ist einer der besten Schüler."),
    ("loaded_language.s33t_stuermt_zum_sieg", "Der SV Ried stürmt ins Cup-Halbfinale.",
     "Die Fans stürmten nach dem Spiel den Rasen."),
    ("puffery.s19q_abend_der_nachwirkt",
     "Wer das Konzert versäumt hat, sollte sich den Namen Kowalski merken.",
     "Die Kinder sollen sich die Telefonnummer merken."),
    ("speculation.s17j_klang_wie_ein_appell", "Die Videos wirken wie ein Misstrauensvotum gegen das Stück.",
     "Die Sirene klang wie ein Nebelhorn."),
    ("puffery.s32v_stunde_des", "Im Elfmeterschießen schlug dann die Stunde des Ersatztormanns.",
     "Die Kirchturmuhr schlug zwölf."),
    ("puffery.s18m_zu_fuessen", "Nach dem Sieg kannte die Begeisterung keine Grenzen.",
     "Die Vögel kennen keine Grenzen."),
    ("stance.s33t_weniger_erfreulich", "Weniger glücklich verlief das Rennen für den Titelverteidiger.",
     "Weniger Menschen kamen zur Wahl."),
    ("stance.s16h_kann_man_nur", "Man kann der Intendantin zu diesem Programm nur gratulieren.",
     "Man kann das Museum nur am Wochenende besuchen."),
    ("speech_verb.s18k_legte_nach", "Nach der Pleite gab sich der Trainer kleinlaut.",
     "Der Trainer gab sich Mühe."),
    ("vague_attribution.s33t_formsache", "Der Aufsichtsrat muss noch zustimmen, was als Formsache gilt.",
     "Der Antrag ist eine Formsache, erklärt die Notarin."),
    ("puffery.sk_bezauberte", "Die junge Geigerin verzaubert das Publikum im Brucknerhaus.",
     "Die Fee verwandelt den Prinzen in einen Frosch."),
    ("puffery.rv_liebevoll_gestaltet", "Der Christkindlmarkt ist liebevoll geschmückt.",
     "Die Mutter umarmte ihr Kind liebevoll."),
    ("loaded_language.s38t_im_vergleich_blass", "Diese Schwächen verblassen neben dem furiosen Finale.",
     "Die Farben des Plakats verblassen in der Sonne."),
    ("loaded_language.s15c_jongliert_mit", "Die Eltern jonglieren zwischen Schichtdienst und Schulschluss.",
     "Der Clown jongliert mit drei Bällen."),
    ("puffery.s37t_schwebte_auf_buehne", "Die Braut schwebte in einem Tüllkleid mit langer Schleppe herein.",
     "Ein Ballon schwebte über dem Tal."),
    ("vague_attribution.s29v_erzaehlen_mitarbeiter", "Die Kinder sind konzentrierter, sagen Pädagogen.",
     "„Wir sind müde“, sagen Pädagogen aus Linz."),
    ("loaded_language.s21s_nicht_vergessen_werden", "Es waren Minuten, die das Dorf nie vergessen wird.",
     "Er hat den Termin nie vergessen."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s39t_")
