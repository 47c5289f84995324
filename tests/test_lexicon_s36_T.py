"""Author T, session 36 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r84–r87 – tabloid wording (hyperbolic crowds
„ein halbes Dorf“ / „die halbe Siedlung“, „Und dann auch noch das:“, „die Telefone liefen heiß“,
„Das sitzt.“, „Es sollte die schönste Feier des Sommers werden“, a closing „Punkt.“ or „Schluss,
aus.“, „den man so noch nie gesehen hat“, „kassierte eine satte Provision“, „Die einen …, die
anderen …“, „Nachbarn sind sich sicher:“, „Das hat er nicht verdient“, „die treuen Fans“, „Man
spricht im Ort noch heute davon“, „jede, wirklich jede“, „die sie seither nicht mehr schlafen
lässt“, „nicht ganz so begeistert“), idioms („von einem Ohr zum anderen“, „fiel in ein tiefes
Loch“, „kein Spaziergang“, „sich eine Scheibe abschneiden“, „wie versteinert“, „nicht über den Weg
trauen“, „eines Besseren belehrt“, „hat eine Kehrseite“ / „Schattenseiten“, „überlegt man sich
zweimal“), the commentator's verdicts and demands („Man mag es ihr gönnen“, „Eine Ankündigung ist
noch keine Lösung“, „quälen sich durch den Ort“, „Was an … verdrießt, ist“, „– und trotzdem falsch“,
„keine Kleinigkeit“, „Dabei gäbe es Alternativen“, „Es wäre Aufgabe der … gewesen“, „hat seinen
Zweck verfehlt“, „Eben das war der Irrtum“, „Das glaube ich sofort“, „hat mit … ungefähr so viel
zu tun wie …“, „den sich nicht mehr jeder leisten kann“, „wie man sie sonst nur aus … kennt“),
review verdicts („vertraut der Musik“ / „traut dem eigenen Stoff nicht“, „die Holzbläser leuchten“,
„deckt die Sänger zu“ / „die Texte gehen unter“, „Bewegend ist … als …“, „wie aus einer anderen
Welt“, „wird nicht jedem gefallen“ / „Gleichgültig lässt sie niemanden“, „sollte hingehen“ / „sollte
ihn sich besorgen“, „Ein besseres Kompliment kann … kaum bekommen“, „ist kein Meisterwerk“, „ein
ehrlicher, warmherziger Film“, „wird sich wiederfinden“, „klingt nach Schema“, „Ihre Stärke sind
…“ / „Die Schwächen liegen im …“, „erzählt mehr über … als manche …“, „die man ihr sofort abnimmt“,
„einige der besten Szenen“ / „die beste Leistung zeigt“, „hat man so oder ähnlich schon oft
gelesen“, „gehört zu dieser seltenen Sorte“, „die eigentliche Kunst“, „Nicht alles … ist gleich
stark“, „eine halbe Stunde zu lang“, „klingen fast alle gleich“, „weiß man, was kommt“, „eine
tragfähige Stimme“, „setzt auf Effekte“, „Ein großer Roman ist das dennoch nicht“, „bleibt im Nebel
stecken“) and sports wording („Youngster“ / „Haudegen“, „das spannendste Rennen des Tages“, „ein
echtes Fotofinish“) – written as families (ids ``<category>.s36t_*``). Sixteen older families
gained the forms the same rounds showed missing (``WIDENED``: „Die gute Nachricht:“, „sollte sich
aber fragen“, „Noch ist es dafür nicht zu spät“, „Am stärksten ist der zweite Aufzug“,
„überschlagen sich derweil die Kommentare“, „wurde … zur Chefsache“, „Dann: Funkstille.“, „die
Ellenbogen zeigen“, „offener Schlagabtausch“ (left again in session 37: the sports page's stock
phrase, judged wrong 2 of 2), „schreibt ein Stück Ortsgeschichte“, „ist Ihre Station Geschichte“, „…, das sich nichts schenkt“, „hielt es in der Halle niemanden mehr auf den
Sitzen“, „Niemand bezweifelt diese Zahl“, „Marathon-Oma“, „das Ehrlichste, was … zu bieten hat“).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations


from .conftest import family_tests

ST = "stance.s36t_"
LL = "loaded_language.s36t_"
PU = "puffery.s36t_"
LA = "labeling.s36t_"
VA = "vague_attribution.s36t_"
IN = "intensifier.s36t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (IN + "halbes_dorf", "Zur Eröffnung des Bades kam die halbe Siedlung.",
     "Die Hälfte der Siedlung ist an das Fernwärmenetz angeschlossen."),
    (ST + "und_dann_auch_noch", "Und dann auch noch das: Die Torte fiel vom Tisch.",
     "Und dann kam der Bus."),
    (LL + "telefone_laufen_heiss", "Nach der Sendung liefen beim Sender die Telefone heiß.",
     "Nach zwei Stunden lief der Motor heiß."),
    (ST + "das_sitzt", "Der Kommentar des Trainers? Das sitzt.", "Das Kind sitzt auf der Bank."),
    (LL + "sollte_der_schoenste_werden", "Es sollte das schönste Fest des Jahres werden.",
     "Das Fest soll im August stattfinden."),
    (IN + "punkt_satz", "Die Gemeinde baut keinen Kreisverkehr. Punkt.",
     "Punkt acht Uhr öffnet der Markt."),
    (LL + "so_noch_nie_gesehen", "Die Fotos zeigen einen Schlagerstar, den man so noch nie gesehen hat.",
     "Der Zeuge hat den Wagen noch nie gesehen."),
    (LL + "kassiert_summe", "Der Makler kassierte eine satte Provision.",
     "Die Verkäuferin kassiert an der Kasse drei."),
    (VA + "die_einen_die_anderen", "Die einen kritisieren die Fusion, die anderen begrüßen sie.",
     "Die einen Fenster sind schon getauscht."),
    (VA + "sind_sich_sicher", "Anwohner sind sich sicher: Der Lärm kam vom Dach.",
     "Die Anwohner sind sicher nach Hause gekommen."),
    (ST + "hat_nicht_verdient", "Das hat der Verein nicht verdient.",
     "Der Verein hat im Vorjahr nichts verdient."),
    (PU + "treue_fans", "Die eingefleischten Fans sangen bis zum Schluss.",
     "Die Fans sangen bis zum Schluss."),
    (VA + "man_redet_heute_noch", "Man spricht in der Gasse noch heute davon.",
     "Man spricht in der Gasse Türkisch und Deutsch."),
    (IN + "wirklich_jede", "Der Wirt kennt jeden, wirklich jeden Gast beim Namen.",
     "Jeden Gast begrüßt der Wirt an der Tür."),
    (LL + "nicht_mehr_schlafen_lassen", "Die Drohung lässt die Familie seither nicht mehr schlafen.",
     "Die Eltern lassen die Kinder am Sonntag länger schlafen."),
    # idioms
    (LL + "grinsen_ohr", "Die Siegerin grinste von einem Ohr zum anderen.",
     "Der Arzt untersuchte das linke Ohr."),
    (LL + "tiefes_loch", "Nach der Scheidung fiel der Sänger in ein tiefes Loch.",
     "Der Traktor fiel in ein tiefes Loch am Feldrand."),
    (LL + "kein_spaziergang", "Das Auswärtsspiel in Salzburg wird kein Spaziergang.",
     "Nach dem Essen gab es einen Spaziergang am See."),
    (LL + "scheibe_abschneiden", "Von diesem Fleiß könnten sich die Kollegen eine Scheibe abschneiden.",
     "Der Metzger schneidet eine Scheibe Speck ab."),
    (LL + "wie_versteinert", "Der Schiedsrichter stand wie angewurzelt auf der Mittellinie.",
     "Im Museum liegt versteinertes Holz."),
    (LL + "nicht_ueber_den_weg", "Die beiden Bürgermeister trauen sich nicht über den Weg.",
     "Die Kinder trauen sich nicht über die Straße."),
    (LL + "eines_besseren_belehrt", "Wer an ein Strohfeuer geglaubt hatte, wurde eines Besseren belehrt.",
     "Die Richterin belehrte die Zeugin über ihre Rechte."),
    (LL + "kehrseite_schattenseite", "Der Tourismus hat auch seine Schattenseiten.",
     "Auf der Rückseite des Hauses liegt der Garten."),
    (LL + "zweimal_ueberlegen", "Einen Kinobesuch überlegt man sich bei diesen Preisen zweimal.",
     "Die Kassierin zählte das Geld zweimal."),
    # commentary
    (ST + "man_goennt_es", "Man möchte es dem Verein gönnen.",
     "Die Spieler gönnten sich nach dem Training ein Bier."),
    (ST + "noch_kein", "Ein Konzept ist noch keine Umsetzung.",
     "Das Konzept ist noch nicht fertig."),
    (LL + "quaelen_sich_durch", "Jeden Morgen quälen sich Hunderte Autos durch die Ortsdurchfahrt.",
     "Jeden Morgen fahren Hunderte Autos durch die Ortsdurchfahrt."),
    (ST + "was_verdriesst_ist", "Was an der Reform ärgert, ist die Hast.",
     "Was an der Reform geändert wird, ist noch offen."),
    (ST + "trotzdem_falsch", "Die Schließung ist begreiflich – und trotzdem falsch.",
     "Die Antwort auf Frage drei war falsch."),
    (ST + "keine_kleinigkeit", "Für Studierende ist das keine Kleinigkeit.",
     "Im Laden gab es eine Kleinigkeit zu essen."),
    (ST + "dabei_gaebe_es", "Dabei gäbe es Lösungen, die wenig kosten.",
     "Es gibt drei Möglichkeiten, sich anzumelden."),
    (ST + "waere_aufgabe_gewesen", "Es wäre Aufgabe der Landesregierung gewesen, die Schulen zu warnen.",
     "Es ist Aufgabe der Landesregierung, die Schulen zu finanzieren."),
    (LL + "zweck_verfehlt", "Eine Beratungsstelle ohne Personal hat ihren Zweck verfehlt.",
     "Der Pfeil verfehlte die Zielscheibe."),
    (ST + "genau_das_ist_der_fehler", "Genau das war der Irrtum der Planer.",
     "Der Fehler lag in der Software."),
    (ST + "glaube_ich_sofort", "Das glaube ich ihr sofort.",
     "Ich glaube, dass das Paket sofort kommt."),
    (LL + "so_viel_zu_tun_wie",
     "Das Sparpaket hat mit Sparen ungefähr so viel zu tun wie ein Buffet mit Fasten.",
     "Die Helfer hatten mit dem Hochwasser viel zu tun."),
    (ST + "nicht_mehr_jeder_leisten", "Eine Wohnung, die sich nicht mehr jeder leisten kann.",
     "Jeder kann sich bis Freitag anmelden."),
    (LL + "wie_man_sonst_nur_kennt", "Es war ein Gedränge, wie man es sonst nur vom Schlussverkauf kennt.",
     "Wie man ihn sonst nennt, steht im Register."),
    # review
    (ST + "vertraut_dem_stoff", "Die Choreografin vertraut ganz ihren Tänzerinnen und der Musik.",
     "Die Bürger vertrauen der Polizei, zeigt eine Umfrage."),
    (PU + "instrumente_leuchten", "Die Klarinetten leuchten, die Celli glänzen.",
     "Die Lampen über den Notenpulten leuchten."),
    (LL + "deckt_saenger_zu", "Das Orchester deckt den Chor im zweiten Akt zu.",
     "Die Sonne ging hinter dem Berg unter."),
    (PU + "fronted_praise_als", "Bewegend ist Lena Graf als Tochter.",
     "Bewegend war die Gedenkfeier, sagte der Bürgermeister."),
    (PU + "wie_aus_anderer_welt", "Die Kapelle klingt wie aus einer anderen Zeit.",
     "Die Gäste kamen aus einer anderen Stadt."),
    (ST + "nicht_jedem_gefallen", "Das Album wird nicht jedem gefallen.",
     "Die Regel gilt nicht für jeden."),
    (ST + "sollte_hingehen",
     "Die Ausstellung ist bis Juni zu sehen, und jede Architekturfreundin sollte hingehen.",
     "Wer Fieber hat, sollte zu Hause bleiben."),
    (PU + "besseres_kompliment", "Ein schöneres Kompliment kann ein Debüt kaum bekommen.",
     "Der Gast machte der Köchin ein Kompliment."),
    (LL + "kein_meisterwerk", "Der Film ist kein Meisterwerk, aber sehenswert.",
     "Im Museum hängt ein Meisterwerk von Klimt."),
    (PU + "warmherzig_werk", "Es ist ein liebenswerter Film über zwei alte Nachbarn.",
     "Der Film läuft ab Freitag im Kino."),
    (PU + "wird_sich_wiederfinden",
     "Wer je ein Kind durch die Pubertät begleitet hat, wird sich wiederfinden.",
     "Die Schlüssel werden sich wiederfinden."),
    (LL + "klingt_nach_schema", "Die Geschichte klingt nach Vorabendserie.",
     "Der Name klingt nach Italien."),
    (ST + "staerke_schwaeche_liegt", "Ihre Stärke sind die leisen Momente.",
     "Die Stärke des Bebens lag bei 4,1."),
    (PU + "mehr_als_manche", "Die Reportage erzählt mehr über die Provinz als manche Studie.",
     "Mehr über die Provinz erfahren Sie im Museum."),
    (PU + "man_nimmt_ihr_ab", "Sie spielt die Mutter mit einer Härte, die man ihr sofort abnimmt.",
     "Die Polizei nahm ihr den Führerschein ab."),
    (PU + "beste_szenen", "Der Großvater hat einige der komischsten Szenen.",
     "Die besten Plätze sind ausverkauft."),
    (LL + "schon_oft_gelesen", "Solche Twists hat man schon oft gesehen.",
     "Den Brief hat man bereits gelesen."),
    (PU + "seltene_sorte", "Das Album gehört zu jener seltenen Sorte, die mit jedem Hören wächst.",
     "Der Käfer gehört zu einer seltenen Art."),
    (PU + "eigentliche_kunst", "Das ist die eigentliche Kunst dieses Dirigenten.",
     "Die Kunst des Barock ist im zweiten Stock zu sehen."),
    (LL + "nicht_alles_gleich_stark", "Nicht jede Geschichte in dem Band ist gleich stark.",
     "Nicht jeder Zug hält in Amstetten."),
    (LL + "zu_lang_dauer", "Die Oper ist eine halbe Stunde zu lang.",
     "Die Fahrt dauert eine halbe Stunde."),
    (LL + "klingen_alle_gleich", "Die Balladen klingen fast alle gleich.",
     "Die Preise sind für alle gleich."),
    (LL + "weiss_man_was_kommt", "Nach dem zweiten Song weiß man, was kommt.",
     "Niemand weiß, was kommt, sagt die Bürgermeisterin."),
    (PU + "stimme_tragfaehig", "Der Tenor hat eine tragfähige Stimme.",
     "Die Brücke ruht auf einer tragfähigen Konstruktion."),
    (LL + "setzt_auf_effekte", "Die Regie setzt dagegen auf Effekte.",
     "Die Firma setzt auf Solarstrom."),
    (LL + "ein_gutes_x_ist_nicht", "Ein großer Film ist das dennoch nicht.",
     "Ein gutes Jahr war es für die Bauern nicht, sagt der Obmann."),
    (LL + "in_x_stecken_bleiben", "Die Satire bleibt in Andeutungen stecken.",
     "Der Bus blieb im Schnee stecken."),
    # sports
    (LA + "youngster_routinier", "Den Ausgleich erzielte ein Youngster aus der eigenen Akademie.",
     "Den Ausgleich erzielte ein 18-Jähriger aus der eigenen Akademie."),
    (PU + "spannendste_des_tages", "Das spannendste Spiel des Spieltags fand in Graz statt.",
     "Das erste Spiel des Spieltags fand in Graz statt."),
    (IN + "echtes_x", "Das Finish wurde ein echtes Fotofinish.",
     "Das Fotofinish entschied über Platz drei."),
    # tabloid understatement
    (ST + "nicht_ganz_so_begeistert", "Im Rathaus war man darüber nicht ganz so begeistert.",
     "Das Publikum war begeistert, sagte der Veranstalter."),
]

# older families widened by forms the rounds r84–r87 showed missing
WIDENED = [
    ("stance.gute_nachricht", "Die gute Nachricht: Die Brücke bleibt offen.",
     "Die Nachricht erreichte die Eltern am Abend."),
    ("stance.s32t_sollte_sich_fragen", "Die Stadt sollte sich allerdings fragen, wem das nützt.",
     "Die Schüler fragten sich, ob der Bus kommt."),
    ("stance.s21u_nicht_zu_spaet", "Noch ist es dazu nicht zu spät.",
     "Für die Anmeldung ist es zu spät."),
    ("puffery.s19q_am_staerksten_ist", "Am stärksten ist der dritte Akt.",
     "Am stärksten ist der Verkehr am Freitag."),
    ("loaded_language.s24v_ueberschlagen_sich", "Im Netz überschlagen sich inzwischen die Reaktionen.",
     "Der Wagen überschlug sich inzwischen zweimal."),
    ("loaded_language.s33v_chefsache_politikum",
     "In der Gemeinde wurde die Suche nach dem Hund zur Chefsache.",
     "Die Chefin wurde zur Sitzung gebeten."),
    ("loaded_language.s21t_funkstille_allein", "Danach: Funkstille.", "Danach fiel der Funk aus."),
    ("loaded_language.s21t_ellbogen", "Wer im Betrieb die Ellenbogen zeigen muss, wird hart.",
     "Der Arzt ließ sich den Ellenbogen zeigen."),
    ("loaded_language.s33v_schlagabtausch",
     "Im Gemeinderat entwickelte sich ein hitziger Schlagabtausch.",
     "Der Schlagabtausch endete um neun Uhr."),
    ("puffery.s15d_geschichte_geschrieben", "Die Gemeinde schreibt ein Stück Dorfgeschichte.",
     "Die Schülerin schreibt ein Referat über Dorfgeschichte."),
    ("loaded_language.s16e_in_letzten_zuegen", "Mit der Fusion ist die alte Molkerei bald Geschichte.",
     "Das ist längst nicht die ganze Geschichte."),
    ("loaded_language.s32v_schenkten_sich_nichts", "Es war ein Duell, in dem man sich nichts schenkte.",
     "Die Eltern schenkten sich zu Weihnachten Bücher."),
    ("loaded_language.s28z_hielt_es_niemanden",
     "Beim Siegtor hielt es im Stadion niemanden mehr auf den Plätzen.",
     "Die Ordner hielten es für nötig, die Fans auf den Plätzen zu halten."),
    ("certainty.s28z_bestreitet_niemand", "Niemand bestreitet diesen Befund.",
     "Die Angeklagte bestreitet die Tat."),
    ("loaded_language.s26x_super_oma", "Der Marathon-Opa läuft wieder.",
     "Die Ur-Oma feiert ihren 100. Geburtstag."),
    ("puffery.ver_zum_besten_was", "Der Song ist das Witzigste, was das Album zu bieten hat.",
     "Das Album hat zwölf Songs zu bieten."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s36t_")
