"""Author V, session 38 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r100–r103 – tabloid wording („ging weg wie
warme Semmeln“, „Angefangen hatte das Drama …“ / „nahm das Unheil seinen Lauf“, pet and child
nicknames „der kleine Schlingel“ / „der Frechdachs“ / „der Stubentiger“, „kam im Taxi angerauscht“ /
„preschte heran“, „die Lockenmähne“ / „Haarpracht“, „hat seine Lektion gelernt“, „stand mit offenem
Mund da“ / „die Kinnlade fiel herunter“, „über Nacht zum Star“ / „die neue Königin von Instagram“,
„geistesgegenwärtig“, character adjectives „grummelig“ / „knurrig“ / „bärbeißig“, „wurde ungewohnt
offen“, the comment fragment „Starke Worte.“ / „Markige Worte –“),
sports wording („machte das Derby zu seinem“ / „Der Abend gehört aber …“ / „Es war ihr Rennen.“,
„schwimmt allen davon“ / „enteilte dem Feld“, „steckte nicht auf“ / „gab sich nicht geschlagen“,
„Kein Biss, kein Plan, keine Leidenschaft.“), review verdicts („ohne in Kitsch zu
verfallen“ / „verfällt nie in Pathos“, fronted rankings „Noch stärker ist …“ / „Mindestens ebenbürtig
sind …“ / „Umso mehr überzeugt …“, „musikalisch stark, szenisch zwiespältig“, „ihr bislang
schönstes“, „Das sind Kleinigkeiten.“, „nimmt seine Leser ernst“, „mit wenigen Strichen gezeichnet“,
„ein reifes Debüt“, „um den ihn viele beneiden“, „komisch und traurig zugleich“, „wird zu schnell
aufgelöst“, „hätte ruhig kürzer sein dürfen“, „Beides ist verdient.“ / „verdienter Jubel“, „Man
möchte kaum glauben“, „selten so konsequent erzählt“, „leuchtet ein“ / „einleuchtend“), the
commentator's formulas („nicht wegen, sondern trotz“, „Sätze, die man lieber nicht zitiert“, „Ein
Verbot ist schnell verkündet“, „scheitert an der Umsetzung“, „schadet der eigenen Sache“, „eine
ehrliche Debatte“, „hat im Klassenzimmer nichts verloren“ / „nichts zu suchen“, „Das ist viel
Geld.“, „sollte die Atempause nutzen“, „Dass …, ist klug.“, „Das soll beruhigen, tut es aber
nicht.“ / „Hat er auch.“, „besser als nichts“ / „aber eben auch nicht viel mehr“), idioms („läuft es
einem kalt den Rücken hinunter“, „liefert die Argumente frei Haus“, „Wer Glück hat, …“ / „…, hat
Pech.“), „beklemmend“ / „bedrückend“ and unnamed sources („Gerüchte gab es viele“, „nach allem, was
bekannt ist“, „so hat man es uns verkauft“, „Andere vermuten“ / „Wieder andere glauben“) – written
as families (ids ``<category>.s38v_*``). Twenty-three older families gained the forms the same
rounds showed missing (``WIDENED``: „dann die Wende.“, „feuern ihren Trainer“, „Weniger rund lief
es“, „das man nicht so schnell vergisst“, „sollte … nicht verpassen.“, „mit einem feinen Gespür
für“, „Man kann die Zahlen drehen und wenden“, „nüchtern per Pressemitteilung“, „auf die man erst
einmal kommen muss“, „hagelte es binnen Stunden Hunderte Kommentare“, „hinwarf“, „die große
Rückkehr“, „retten, was zu retten war“, „greift diese Rechnung zu kurz“, „das gibt es nicht alle
Tage“, „Die Sporthalle bebte“, „Abstiegskampf pur“, „mit eigenem Ton“, „es fehlt der Glanz“, „Ganz
ohne Längen ist … nicht“, „ist … nicht irgendein“, „hätte darauf bestehen müssen“, „nach
Einschätzung von Meteorologen“).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s38v_"
LL = "loaded_language.s38v_"
PU = "puffery.s38v_"
LA = "labeling.s38v_"
VA = "vague_attribution.s38v_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "warme_semmeln", "Die Saisonkarten verkauften sich wie warme Semmeln.",
     "Der Bäcker backt am Sonntag warme Semmeln."),
    (LL + "drama_nahm_seinen_lauf", "Mit dem vergessenen Schlüssel nahm das Drama seinen Lauf.",
     "Das Drama spielt in einem Dorf an der Donau."),
    (LA + "schlingel", "Der kleine Schlingel hatte die Wurst vom Tisch stibitzt.",
     "Der Hund hatte die Wurst vom Tisch gestohlen."),
    (LL + "angerauscht", "Zur Eröffnung kam der Landesrat im Dienstwagen angerauscht.",
     "Zur Eröffnung kam der Landesrat mit dem Zug."),
    (LL + "haarpracht", "Die Moderatorin zeigte ihre neue Haarpracht.",
     "Der Löwe schüttelte seine Mähne."),
    (LL + "lektion_gelernt", "Der Wirt hat seine Lektion gelernt und schenkt nur noch bis Mitternacht aus.",
     "Im Kurs lernen die Kinder die vierte Lektion."),
    (LL + "mit_offenem_mund", "Die Besucher starrten mit offenem Mund auf die Bühne.",
     "Viele Menschen schlafen mit offenem Mund, sagt der Schlafmediziner."),
    (PU + "ueber_nacht_star", "Der Bergbauer wurde über Nacht zum Star.",
     "Der Star der Show kam mit dem Zug."),
    (PU + "geistesgegenwaertig", "Ein geistesgegenwärtiger Busfahrer stoppte den Dieb.",
     "Ein Busfahrer stoppte den Dieb."),
    (LL + "grummelig", "Der knurrige Hausmeister verjagt die Kinder vom Rasen.",
     "Der Hausmeister verjagt die Kinder vom Rasen."),
    (ST + "ungewohnt_offen", "Im Interview zeigte sich der Trainer ungewohnt selbstkritisch.",
     "Die Bäckerei hat am Feiertag offen."),
    (ST + "starke_worte", "Markige Worte. Passiert ist seither wenig.",
     "Starke Regenfälle werden erwartet."),
    # sports
    (PU + "abend_zu_seinem", "Mit zwei Toren machte die Stürmerin das Spiel zu ihrem.",
     "Der Abend gehört dem Jazz, der Sonntag den Kindern."),
    (PU + "allen_davon", "Auf den letzten 500 Metern lief der Kenianer allen davon.",
     "Die Zeit läuft den Verhandlern davon."),
    (PU + "steckte_nicht_auf", "Nach dem frühen Rückstand steckten die Gäste nicht auf.",
     "Der Techniker steckte das Kabel in die Buchse."),
    (LL + "kein_herz_keine_ideen", "Kein Tempo, keine Ideen, kein Mut.",
     "Keine Verletzten, keine Schäden, meldete die Feuerwehr."),
    # review
    (PU + "ohne_zu_verfallen", "Der Roman erzählt vom Krieg, ohne je in Pathos zu verfallen.",
     "Die Polizei bat die Anrainer, ohne in Panik zu verfallen, die Fenster zu schließen."),
    (PU + "noch_staerker_ist", "Noch eindringlicher ist das zweite Kapitel.",
     "Noch stärker ist der Anstieg bei den Energiepreisen."),
    (ST + "domaene_adjektiv", "Eine szenisch zwiespältige, sängerisch souveräne Produktion.",
     "Das Gymnasium ist musikalisch ausgerichtet."),
    (PU + "bislang_bestes", "Das Album ist ihr bisher persönlichstes.",
     "Das war ihr bislang bestes Ergebnis im Weltcup."),
    (ST + "das_sind_kleinigkeiten", "Aber das sind Nebensächlichkeiten.",
     "Kleinigkeiten zum Essen gibt es an der Bar."),
    (PU + "nimmt_ernst", "Die Serie nimmt ihre Figuren ernst.",
     "Die Behörde nimmt die Warnung ernst."),
    (PU + "mit_wenigen_strichen", "Die Großmutter wird mit wenigen Strichen gezeichnet.",
     "Der Landeshauptmann skizzierte mit wenigen Sätzen den Zeitplan."),
    (PU + "reifes_debuet", "Ein reifer Debütroman über eine Kindheit am Land.",
     "Im Herbst sind die Trauben reif."),
    (PU + "um_den_beneiden", "Die Band hat einen Schlagzeuger, um den sie viele beneiden.",
     "Es geht um den Titel und um viel Geld."),
    (ST + "und_zugleich", "Das Ende ist zärtlich und grausam zugleich.",
     "Er ist Bürgermeister und Wirt zugleich."),
    (LL + "zu_schnell_aufgeloest", "Der Konflikt im Finale wird zu rasch aufgelöst.",
     "Die Tablette wird in Wasser aufgelöst."),
    (ST + "haette_ruhig_duerfen", "Der Epilog hätte ruhig kürzer ausfallen dürfen.",
     "Der Lenker hätte dort nicht parken dürfen."),
    (ST + "beifall_verdient", "Der Schlussapplaus war redlich verdient.",
     "Der Applaus dauerte zehn Minuten."),
    (ST + "man_moechte_kaum_glauben", "Man mag kaum glauben, dass der Film nur drei Millionen gekostet hat.",
     "Die Ermittler glauben nicht an einen Unfall."),
    (PU + "selten_so", "Selten so gelacht wie an diesem Abend.",
     "Der Zug hält selten so spät am Bahnhof."),
    (ST + "leuchtet_ein", "Warum die Rolle gestrichen wurde, leuchtet nicht ein.",
     "Auf dem Dach leuchtet ein rotes Licht."),
    # commentary
    (ST + "nicht_trotz_sondern_wegen", "Das Lokal ist nicht trotz, sondern wegen seiner Enge beliebt.",
     "Das Lokal bleibt wegen Umbaus geschlossen."),
    (LL + "lieber_nicht_zitiert", "Am Stammtisch fielen Ausdrücke, die man lieber nicht wiederholt.",
     "Der Bericht wird in der Studie zitiert."),
    (ST + "schnell_gefordert", "Eine Obergrenze ist schnell gefordert.",
     "Das Gesetz ist schnell beschlossen worden."),
    (LL + "scheitert_an_umsetzung", "Die Idee scheitert an der Praxis.",
     "Die Fusion scheiterte am Einspruch der Behörde."),
    (ST + "der_sache_schaden", "Mit der Blockade schaden die Aktivisten ihrer eigenen Sache.",
     "In der Sache selbst entstand kein Schaden."),
    (ST + "ehrliche_debatte", "Nötig wäre eine ehrliche Bilanz der Reform.",
     "Die ehrliche Finderin bekam einen Finderlohn."),
    (ST + "hat_nichts_verloren", "Werbung hat im Klassenzimmer nichts zu suchen.",
     "Die Aktie hat seit Jahresbeginn nichts verloren."),
    (ST + "das_ist_viel_geld", "Das ist viel Geld für einen Kreisverkehr.",
     "Das Geld liegt auf einem Sparbuch."),
    (ST + "zeit_nutzen", "Die Koalition sollte die Atempause nutzen.",
     "Die Schüler nutzen die Pause zum Essen."),
    (ST + "dass_ist_klug", "Dass die Stadt den Plan noch einmal prüft, ist vernünftig.",
     "Das Kind, das im Garten spielt, ist vernünftig angezogen."),
    (ST + "tut_es_aber_nicht", "Die neue Ampel soll den Verkehr bremsen. Tut sie aber nicht.",
     "Die Firma tut es aber nicht allein."),
    (ST + "besser_als_nichts", "Die Förderung ist besser als gar nichts.",
     "Das neue Medikament wirkt besser als das alte."),
    # idiom
    (LL + "kalt_den_ruecken", "Beim letzten Lied lief es einem kalt den Rücken hinunter.",
     "Der Physiotherapeut massiert den Rücken."),
    (LL + "argumente_frei_haus", "Mit dem Skandal serviert die Partei ihren Gegnern die Argumente frei Haus.",
     "Das Möbelhaus liefert die Küche frei Haus."),
    (ST + "wer_glueck_hat", "Wer Glück hat, erwischt noch einen Parkplatz.",
     "Wer Hilfe braucht, wählt die Nummer 144."),
    # evaluative adjective
    (LL + "beklemmend", "Die Bilder aus dem Lager sind bedrückend.",
     "Die Bilder aus dem Lager wurden am Montag veröffentlicht."),
    # unnamed sources
    (VA + "geruechte_gab_es", "An Gerüchten mangelt es nicht.",
     "Gerüchte über einen Verkauf dementierte der Konzern."),
    (VA + "nach_allem_was_bekannt", "Nach allem, was bekannt ist, wurde niemand verletzt.",
     "Nach allem, was passiert ist, zieht die Familie weg."),
    (VA + "so_hat_man_verkauft", "Die Umfahrung spart, so hat man es uns versprochen, zehn Minuten.",
     "Der Bauer hat den Hof im Vorjahr verkauft."),
    (VA + "andere_vermuten", "Wieder andere glauben an einen Racheakt.",
     "Andere Gemeinden planen ähnliche Projekte."),
]

# older families widened by forms the rounds r100–r103 showed missing
WIDENED = [
    ("loaded_language.s30u_dann_der_knall", "Am Donnerstag dann die Überraschung.",
     "Dann die Überraschung zu verderben, wäre schade."),
    ("loaded_language.s16e_gefeuert", "Nach drei Niederlagen feuern die Linzer ihren Coach.",
     "Die Fans feuern ihren Trainer lautstark an."),
    ("stance.s21u_laeuft_nicht_gut", "Nicht ganz rund lief es für die Titelverteidigerin.",
     "Die Maschine lief rund um die Uhr."),
    ("puffery.s37t_so_schnell_niemand_vergessen", "Es war ein Abend, den keiner so schnell vergisst.",
     "Er vergisst seine Schlüssel schnell."),
    ("puffery.s33t_nicht_verpassen", "Wer Kabarett mag, sollte diesen Abend nicht verpassen.",
     "Der Bus fährt um acht, man sollte ihn nicht verpassen, sagte der Fahrer."),
    ("puffery.rv_gespuer_fuer", "Der Regisseur beweist einen sicheren Gespür für Timing.",
     "Der Hund hat eine feine Nase."),
    ("certainty.s25w_drehen_und_wenden", "Man kann die Umfrage drehen und wenden.",
     "Man kann den Tisch drehen."),
    ("loaded_language.s19r_duerre_mitteilung", "Die Kündigung kam knapp per Mail.",
     "Die Einladung kam per Mail."),
    ("stance.s25w_erst_mal_kommen", "Ein Verfahren, auf das man erst einmal kommen muss.",
     "Auf den Bus muss man erst warten."),
    ("loaded_language.s26x_hagelt_es", "Unter dem Video hagelte es binnen Minuten wütende Kommentare.",
     "Am Nachmittag hagelte es in der Steiermark."),
    ("loaded_language.fv_hinschmeissen", "Warum er den Job hinwarf, bleibt offen.",
     "Er warf den Ball zum Hund."),
    ("loaded_language.s21s_comeback", "Die große Rückkehr des Sängers endete nach zwei Liedern.",
     "Die Rückkehr der Störche wird im April erwartet."),
    ("loaded_language.s32t_retten_was_zu_retten", "Die Feuerwehr rettete, was zu retten war.",
     "Die Feuerwehr rettete zwei Katzen."),
    ("loaded_language.s11_greift_zu_kurz", "Doch greift dieser Vorschlag zu kurz.",
     "Der Kran greift nach dem Container."),
    ("puffery.s28z_sieht_man_nicht_alle_tage", "Ein Pfau auf dem Dorfplatz, das gibt es nicht alle Tage.",
     "Den Markt gibt es jeden Samstag."),
    ("loaded_language.sk_hexenkessel_kochte", "Die Turnhalle kochte beim Matchball.",
     "Der Verein kochte in der Turnhalle Suppe."),
    ("loaded_language.sk_x_pur_negativ", "In der Liga herrscht Überlebenskampf pur.",
     "Der Wahlkampf beginnt im Mai."),
    ("puffery.s33t_eigener_ton", "Eine Liedermacherin mit ganz eigenem Ton.",
     "Ein Haus mit eigenem Garten."),
    ("loaded_language.s19q_fehlt_an", "Dem Tenor fehlt der Glanz in der Höhe.",
     "Dem Tenor fehlt das Visum für die Einreise."),
    ("stance.s30u_nicht_ohne_schwaechen", "Völlig ohne Schwächen ist die Serie nicht.",
     "Die Serie läuft ohne Werbung."),
    ("intensifier.s15d_nicht_irgendein", "Das Finale ist nicht irgendein Spiel.",
     "Hat jemand irgendein Ladekabel?"),
    ("stance.s15d_haette_laengst", "Die Gemeinde hätte darauf pochen müssen.",
     "Die Gemeinde hat darauf gepocht, sagte der Bürgermeister."),
    ("vague_attribution.s32t_nach_angaben_von_berufsgruppe",
     "Nach Einschätzung von Meteorologen bleibt es trocken.",
     "Nach Einschätzung der Meteorologin Maria Huber bleibt es trocken."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s38v_")
