"""Author T, session 32 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r62–r65 – the commentator's verdicts and
argument formulas („Härte fürs Schaufenster“, „ein Gespür für Schlagzeilen“, „ein Rückgriff auf
alte Rezepte“, „Dagegen ist wenig einzuwenden“, „eine Frage der Fairness“, „bedient ein Gefühl“,
„Richtig an der Reform ist“, „das hätte man vor Jahren tun können“, „Konsequent wäre …“, „der
einzige Weg“, „die Positionen prallten aufeinander“, „Nur folgt daraus nicht“, „Anhängsel“, „Gut
gemacht ist das nicht“, „sollte sich schon fragen“, „Wetten würde ich darauf nicht“, „– vorerst.“,
„ein Ausweichmanöver“, „salonfähig“, „hat die Jahre verschlafen“, „wenn man das so nennen will“,
„– als bräuchte …“, „auf dem Papier“, „hier hakt es“ / „das Geld fließt zäh“, „reden gern von
„…““, „Wehrpflicht light“, „Lagerfeuerromantik“), review verdicts („die Ausstattung überwältigt“,
„eines der stärksten Bilder, die man gesehen hat“, „gelingt so berührend“, „die einzigen wirklich
komischen Minuten“, „nach Schema F“, „Interessanter sind …“ / „Weniger glücklich ist …“,
„verliert die Orientierung“, „wirkt alles bemüht“, „bleibt blasser“, „erinnert an ein Referat“,
„Wer …, sollte seine Erwartungen dämpfen / es nachholen“, „Große Kunst ist das nicht“, „mehr, als
man von … behaupten kann“, „mit Witz und Eleganz“, „in einer genauen Sprache“, „fast körperlich
spürbar“, „Das ist stark.“, „löst das nicht ein“, „die Handlung hält nicht mit“, „stiehlt jede
Szene“, „der Andrang gibt ihr recht“, „Ein starkes Debüt.“, „ohne Zuckerguss“, „gehört zu den
begabteren“, tempo verdicts such as „plätschert vor sich hin“ and „die Spannung verpufft“),
tabloid wording („im wahrsten Sinne des Wortes“, „das beschauliche Städtchen“, „Vorzeigepaar“, „die
süßen Neuigkeiten“, „auf dem Silbertablett“, „wie aus einem Krimi“, „freut sich mächtig“,
„reingelegt“, „Platsch!“, „Besonders rührend:“, „Rathauskrimi“, „XXL-Paket“, „zum absoluten
Albtraum“, „die Dinger“, „Freunderlrepublik“, „jagt Gänsehaut“, „Der Wirt trocken: …“, „hatte
alles, was ein Derby braucht“, „retten, was zu retten ist“, „die Handschellen klickten“ and other
drama images) and unnamed sources („nach Angaben von Notärzten“, „Beobachter am Streckenrand“,
„Mehrere Fahrer hatten kritisiert“, „Sozialverbände sprechen von“, „Kreisen der Koalition
zufolge“, „heißt es aus dem Ministerium“, „In der Szene wird gemunkelt“, „…, sagen Anrainer“,
„Puristen mögen einwenden“, „Eine Wirtin aus dem Ort klagt“) – written as families (ids
``<category>.s32t_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s32t_"
LL = "loaded_language.s32t_"
PU = "puffery.s32t_"
DO = "doubt.s32t_"
IN = "intensifier.s32t_"
VA = "vague_attribution.s32t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # commentary
    (LL + "als_schaufenster", "Das Kopftuchverbot ist eine Maßnahme fürs Schaufenster.",
     "Im Schaufenster der Konditorei stehen Torten."),
    (ST + "gespuer_fuer_schlagzeilen", "Die Landesrätin hat ein sicheres Händchen für Inszenierungen.",
     "Der Tischler hat ein Händchen für altes Holz."),
    (ST + "alte_rezepte", "Das Wahlprogramm ist ein Rückgriff auf überholte Rezepte.",
     "Die Wirtin kocht nach alten Rezepten aus dem Mühlviertel."),
    (ST + "ist_wenig_einzuwenden", "Gegen eine Meldepflicht ist im Grunde wenig einzuwenden.",
     "Der Nachbar hatte gegen den Zubau nichts einzuwenden."),
    (ST + "frage_der_fairness", "Eine Nachzahlung wäre schlicht eine Frage des Anstands.",
     "Die Frage der Zuständigkeit klärt das Gericht."),
    (LL + "bedient_gefuehl", "Der Vorstoß bedient vor allem Ressentiments gegen Zuwanderer.",
     "Die Buslinie bedient auch die Nachbargemeinden."),
    (ST + "richtig_an_x_ist", "Richtig an dem Entwurf ist die Frist für die Gemeinden.",
     "Richtig ist, dass der Antrag am Montag einging."),
    (ST + "haette_man_vor_jahren", "Den Radweg hätte man schon vor Jahren bauen müssen.",
     "Vor Jahren wurde der Radweg verbreitert."),
    (ST + "ehrlich_waere", "Eine seriöse Regierung würde die Zahlen offenlegen.",
     "Eine neue Regierung würde im Herbst angelobt, sagt der Politologe."),
    ("certainty.s32t_einziger_weg", "Mehr Kassenstellen wären der einzige Weg aus der Misere.",
     "Der einzige Weg zur Hütte führt über den Grat."),
    (LL + "positionen_prallen", "Im Gemeinderat prallten die Standpunkte frontal aufeinander.",
     "Zwei Lastwagen prallten auf der A1 aufeinander."),
    (ST + "folgt_daraus", "Daraus folgt nicht, dass die Ambulanz schließen muss.",
     "Auf die Rede folgt ein Buffet."),
    (LL + "anhaengsel", "Das Kulturressort ist zum Anhängsel des Tourismus geworden.",
     "Der Anhänger des Traktors kippte um."),
    (ST + "gut_gemacht_nicht", "Das Gesetz mag gut gemeint sein.",
     "Der Strudel ist gut gemacht, lobt die Jury."),
    (ST + "sollte_sich_fragen", "Die Kammer sollte sich einmal fragen, wen sie vertritt.",
     "Die Schüler fragten sich, wann der Bus kommt."),
    (DO + "wetten_wuerde_ich_nicht", "Dass der Tunnel 2030 fertig wird? Darauf würde ich nicht wetten.",
     "Sie wettete auf den Sieg von Sturm Graz."),
    (ST + "nachgeschobene_einschraenkung", "Die Mauttarife bleiben gleich – vorerst.",
     "Die Mauttarife bleiben vorerst gleich."),
    (LL + "ausweichmanoever", "Die Studie ist nichts als ein Verzögerungsmanöver.",
     "Der Radfahrer stürzte bei einem Ausweichmanöver."),
    (LL + "salonfaehig", "Die Partei hat den Begriff hoffähig gemacht.",
     "Der Frisiersalon hat am Samstag geöffnet."),
    (LL + "jahre_verschlafen", "Das Ministerium hat die vergangenen Jahrzehnte verschlafen.",
     "Die Schülerin hat verschlafen und kam zu spät."),
    (DO + "wenn_man_das_so_nennen_will", "Der Bürgermeister hat sich entschuldigt, wenn man das so nennen will.",
     "Wenn man das Gerät so einschaltet, startet es neu."),
    (ST + "als_braeuchte", "Als hätte das Land keine anderen Probleme.",
     "Als der Bus hielt, stiegen zwei Kinder aus."),
    (DO + "auf_dem_papier", "Auf dem Papier wirkt die Reform schlüssig.",
     "Auf dem Papier standen drei Telefonnummern."),
    (LL + "es_hakt", "Bei der Auszahlung hakt es gewaltig.",
     "Das Fenster hakt beim Schließen."),
    ("speech_verb.s32t_redet_gern_von", "Die Manager sprechen gern von „Effizienzgewinnen“.",
     "Der Opa spricht gern über den Krieg."),
    (LL + "x_light", "Was vorliegt, ist eine Steuerreform light.",
     "Zum Essen gab es Cola light."),
    (LL + "romantik_kompositum", "Die Doku verliert sich in Almromantik.",
     "Das Museum zeigt Gemälde der Romantik."),
    # review
    (PU + "ausstattung_ueberwaeltigt", "Die Choreografie betört mit sieben Tänzern auf einer Leiter.",
     "Die Ausstattung des Spitals wird erneuert."),
    (PU + "staerkste_die_man_gesehen_hat",
     "Das ist eines der schönsten Duette, die man je gehört hat.",
     "Sie ist eine der schnellsten Schwimmerinnen im Land."),
    (PU + "gelingt_beruehrend", "Der Sprung ins Groteske gelingt ihr virtuos.",
     "Die Flucht gelang zwei Häftlingen am Sonntag."),
    (ST + "einzigen_wirklich_komischen", "Die Tante sorgt für die einzigen wirklich lustigen Szenen.",
     "Die einzigen Gäste waren zwei Radfahrer."),
    (ST + "nach_schema_f", "Die Folgen sind nach Schema F gebaut.",
     "Das Schema zeigt den Aufbau der Anlage."),
    (ST + "vergleich_vorangestellt", "Origineller ist das zweite Album.",
     "Interessanter ist die Frage, wer den Umbau zahlt."),
    (LL + "verliert_orientierung", "Die Serie verliert in der zweiten Staffel den Faden.",
     "Die Wanderin verlor am Gletscher die Orientierung."),
    (ST + "wirkt_alles_bemueht", "Nach der Pause wirkt vieles konstruiert.",
     "Die Salbe wirkt nach wenigen Minuten."),
    (LL + "blasser_figur", "Der Bösewicht bleibt blasser als in der Vorlage.",
     "Die Farbe wird nach dem Waschen blasser."),
    (LL + "erinnert_an_referat", "Der Schlussmonolog wirkt wie ein Lexikoneintrag.",
     "Die Lehrerin erinnert an das Referat am Freitag."),
    (ST + "wer_sollte_empfehlung", "Wer die Sängerin noch nie gehört hat, sollte das ändern.",
     "Die Notenbank dämpfte die Erwartungen an eine Zinssenkung."),
    (ST + "grosse_kunst_nicht", "Große Kunst ist das zwar nicht, aber es unterhält.",
     "Das Museum zeigt große Kunst aus Flandern."),
    (ST + "mehr_als_man_behaupten_kann",
     "Der Wirt ist freundlich, was man von seinem Vorgänger nicht behaupten konnte.",
     "Von der Aussichtswarte kann man bis Ungarn sehen."),
    (PU + "waerme_und_praezision", "Das Orchester spielt mit Verve und Präzision.",
     "Die Fräse arbeitet mit Präzision und Tempo."),
    (PU + "genaue_sprache", "Er erzählt in einer kargen, präzisen Prosa.",
     "Der Antrag muss in deutscher Sprache eingebracht werden."),
    (PU + "koerperlich_spuerbar", "Die Beklemmung im Keller wird beinahe körperlich spürbar.",
     "Die Belastung ist körperlich spürbar, sagt der Sportarzt."),
    (ST + "das_ist_stark", "Die Pointe kommt ohne ein Wort aus. Das ist stark.",
     "Das ist stark übertrieben, sagt der Sprecher."),
    (ST + "loest_nicht_ein", "Der Titel verspricht Spannung, der Roman löst das nicht ein.",
     "Sie löste den Gutschein im Kaufhaus ein."),
    (ST + "haelt_nicht_mit", "Die Musik ist stark, nur die Dialoge halten nicht mit.",
     "Der Verfolger konnte nicht mithalten."),
    (PU + "stiehlt_jede_szene", "Der Hund stiehlt jede Szene.",
     "Der Einbrecher stahl die Kassa."),
    (ST + "gibt_recht", "Der Zulauf gibt den Gründerinnen recht.",
     "Der Verwaltungsgerichtshof gab der Gemeinde recht."),
    (PU + "schoener_schluss", "Ein würdiger Abschluss.",
     "Ein Abschluss ist für die Stelle nötig, sagt die Leiterin."),
    (ST + "zuckerguss", "Die Regie verzichtet auf sentimentalen Zuckerguss.",
     "Der Zuckerguss kommt erst auf den ausgekühlten Kuchen."),
    (PU + "gehoert_zu_den_begabteren", "Das Buch gehört zu den gelungeneren der Reihe.",
     "Das Haus gehört zu den älteren in der Gasse."),
    (LL + "tempo_urteil", "Der Krimi kommt erst nach einer Stunde in Fahrt.",
     "Der Zug kommt erst nach einer Stunde in Linz an."),
    # tabloid
    (IN + "im_wahrsten_sinne", "Die Feuerwehr stand im wahrsten Sinne des Wortes im Regen.",
     "Der Sinn des Wortes ist umstritten."),
    (LL + "beschauliches_staedtchen", "Im beschaulichen Kurort ist nichts mehr wie vorher.",
     "Der Kurort hat 4000 Einwohner."),
    ("labeling.s32t_strahle_duo", "Das Vorzeigepaar hat sich getrennt.",
     "Das Paar hat sich nach zehn Jahren getrennt."),
    (LL + "nachricht_gefuehl", "Die Eltern teilten die freudige Nachricht am Sonntag.",
     "Die Nachricht von der Sperre kam am Sonntag."),
    (LL + "silbertablett", "Die Verteidigung legte dem Stürmer das Tor auf dem Silbertablett vor.",
     "Die Gläser standen auf einem Tablett."),
    (LL + "wie_aus_dem_krimi", "Der Einbruch liest sich wie aus einem Drehbuch.",
     "Die Szene stammt aus dem Krimi „Der Fall“."),
    (IN + "sich_maechtig_freuen", "Die Kinder freuten sich mächtig über den Schnee.",
     "Die Kinder freuten sich über den Schnee."),
    (LL + "reinlegen", "Der Pensionist hat die Trickbetrüger reingelegt.",
     "Sie legte die Briefe in die Lade."),
    (LL + "lautmalerei", "Platsch! Der Schlüssel lag im Teich.",
     "Zack Snyder dreht in Wien."),
    (LL + "besonders_bewegend", "Besonders emotional: Die Witwe hielt die Rede selbst.",
     "Besonders betroffen sind die Pendler aus dem Süden."),
    (LL + "krimi_kompositum", "Der Erbschaftskrimi geht vor Gericht weiter.",
     "Der Regionalkrimi spielt am Attersee."),
    (LL + "xxl", "Die Regierung schnürt ein XXL-Paket.",
     "Die Jacke gibt es bis Größe XXL."),
    (IN + "absoluter_albtraum", "Die Heimreise wurde zum absoluten Horrortrip.",
     "Die Partei hat die absolute Mehrheit verloren."),
    (LL + "die_dinger", "Überall stehen die Dinger im Weg.",
     "Die Dinge des Alltags sind im Museum ausgestellt."),
    (LL + "republik_spott", "Willkommen in der Baustellenrepublik.",
     "Die Republik Moldau wählt ein neues Parlament."),
    (PU + "gaensehaut_erzeugt", "Der Chor jagt dem Saal eine Gänsehaut über den Rücken.",
     "Bei Kälte bekommt man eine Gänsehaut."),
    ("speech_verb.s32t_name_adverb_doppelpunkt", "Die Polizistin lakonisch: „Kommt öfter vor.“",
     "Der Keller ist trocken: Die Mauer ist dicht."),
    (PU + "hatte_alles_was_braucht", "Die Partie bot alles, was ein Cupfinale ausmacht.",
     "Der Baumarkt hat alles, was auf der Liste steht."),
    (LL + "retten_was_zu_retten", "Die Trainerin versucht zu retten, was noch zu retten ist.",
     "Die Bergrettung konnte die Wanderer retten."),
    (LL + "boulevard_bildformel", "Vor dem Lokal klickten die Handschellen.",
     "Die Beamten nahmen ihm die Handschellen ab."),
    # unnamed sources
    (VA + "nach_angaben_von_berufsgruppe", "Nach Angaben von Kinderärzten fehlen im Bezirk Plätze.",
     "Nach Angaben von Kinderarzt Jonas Berger fehlen Plätze."),
    (VA + "beobachter_vor_ort", "Beobachter an der Strecke sahen einen Fahrfehler.",
     "Die Beobachter am Streckenrand trugen Funkgeräte."),
    (VA + "mehrere_hatten_kritisiert", "Mehrere Ärzte hatten die langen Wartezeiten kritisiert.",
     "Mehrere Ärzte hatten am Montag Dienst."),
    (VA + "verbaende_sprechen", "Sozialverbände sprechen von einer stillen Kürzung.",
     "Die Verbände sprechen am Freitag mit der Ministerin."),
    (VA + "kreisen_der_branche", "Die Bank steht Kreisen der Aufsicht zufolge vor dem Verkauf.",
     "Dem Gutachten zufolge bleibt der Kreis bestehen."),
    (VA + "heisst_es_aus_dem_amt", "Ein Neubau sei nicht geplant, heißt es aus dem Landhaus.",
     "Die Einladung kam aus dem Landhaus."),
    (VA + "in_der_branche_wird_erwartet", "In der Branche wird mit weiteren Pleiten gerechnet.",
     "In der Halle werden am Samstag 2000 Gäste erwartet."),
    (VA + "sagen_augenzeugen", "Der Lenker sei bei Rot gefahren, sagen Passanten.",
     "Die Passanten wurden von der Polizei befragt."),
    (VA + "kritiker_moegen_einwenden", "Puristen werden einwenden, dass die Arie gekürzt ist.",
     "Die Kritiker mögen die Inszenierung."),
    (VA + "einer_aus_der_region", "Ein Landwirt aus der Gegend erzählt, der Bach sei ausgetrocknet.",
     "Ein Landwirt aus der Gegend gewann den Wettbewerb."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, [], ".s32t_")
