"""Author T, session 37 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r92–r93 – tabloid wording („schwebte auf die
Bühne“, colloquial intensifying compounds „stockdunkel“ / „klatschnass“ / „wildfremd“, the speech tags
„brüllte“ / „soll er gebrüllt haben“, the narrator's „Herrje.“ / „Oje.“, „kreischende Fans“, „jubelten,
als hätte …“, „Mit so einem Ansturm hatte niemand gerechnet“, „…, sagt die Oma“, headline alarms
„Stau-Alarm!“ / „Wespen-Alarm“, „halb Merzingen“ / „legt halbe Stadt lahm“, „Eigentlich eine schöne
Sache.“, „Zu den Staus kein Wort.“), the commentator's maxims and verdicts („Wer …, muss wissen, dass“ /
„darf erwarten, dass“ / „braucht einen Plan B“, „… und keiner ist schuld“ / „Verantwortung übernimmt
niemand.“, „ist zum Sinnbild … geworden“, „noch immer keine einzige“, „klingen allesamt plausibel“ /
„Das klingt gut, und …“, „Jede dieser Erklärungen mag stimmen.“, „Dabei gehört genau das zum
Handwerk“ / „zum kleinen Einmaleins“, „ist kein Pech“ / „kein Betriebsunfall“, „Und es ist ein
teures.“, „frisst Geld“, „Am meisten ärgert aber …“ / „Schwerer wiegt etwas anderes“, „Was jetzt nötig
wäre, ist …“, „sich nicht mehr verheimlichen lässt“, „verletzter Stolz“ / „gekränktes Ego“, „Die
Anwohner haben dafür wenig Verständnis“), review verdicts („überzeugt vor allem, wenn …“, „eher Anlass
als Zweck“ / „nur der Vorwand“, „in den besten Passagen“, „mit einer Genauigkeit, die man … nicht
allzu oft findet“, „so spannend, wie es klingt“, „sauber, aber verhalten“ / „solide, aber ohne
Feuer“, „hätte man gern den ganzen Abend gehört“, „Die Passage saß.“, „ist weit mehr als …“, „ganz
bei sich“, „die starken Arbeiten“, „die routiniert wirken“ / „wirkten gehemmt“, „vermisst man“,
„erfährt man wenig“, „…, das war es.“, „leidet an ihrer eigenen Zurückhaltung“ / „an einem Zuviel
an“), idioms („ein Publikum, das nicht genug bekommt“, „die große Keule“),
sports wording („den so schnell niemand vergessen wird“, „eine stolze Kulisse“, „Last-Second-Rettung“ /
„Last-Minute-Sieg“, „Die Angriffe waren zu statisch“, „fehlte die Durchschlagskraft“), unnamed sources
(„…, finden viele Merzinger“, „Viele Ihrer Kollegen klagen, …“) and verbless fragments („Komplett.“,
„Mindestens.“ / „Wenn überhaupt.“) – written as families (ids ``<category>.s37t_*``). Seven older
families gained the forms the same rounds showed missing (``WIDENED``: „Ganz ehrlich: Das hat … nicht
verdient“, „in einem einzigen Durcheinander“, „völlig aus dem Ruder“, „die Pausen stimmen“, „hätte …
mehr genützt“, „stürmte im Bademantel aus dem Haus“, „umso bemerkenswerter“ / „desto bitterer“).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s37t_"
LL = "loaded_language.s37t_"
PU = "puffery.s37t_"
LA = "labeling.s37t_"
VA = "vague_attribution.s37t_"
IN = "intensifier.s37t_"
SV = "speech_verb.s37t_"
SP = "speculation.s37t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (PU + "schwebte_auf_buehne", "Die Moderatorin schwebte in einem roten Kleid auf die Bühne.",
     "Der Ballon schwebte langsam über die Wiese."),
    (IN + "stockdunkel_klatschnass", "Nach dem Gewitter kamen die Wanderer klatschnass ins Tal.",
     "Nach dem Gewitter kamen die Wanderer nass ins Tal."),
    (SV + "bruellte", "„Das ist mein Parkplatz!“, brüllte der Anrainer.",
     "Im Tiergarten brüllte der Löwe."),
    (ST + "herrje", "Oje. Schon wieder ist der Lift kaputt.",
     "Herrgott noch einmal sagen die Leute hier oft, erklärt die Sprachforscherin."),
    (LL + "kreischende_fans", "Kreischende Teenager belagerten das Hotel.",
     "In der Werkstatt kreischte die Säge."),
    (LL + "als_waere", "Die Anrainer feierten, als hätte die Gemeinde den Jackpot geknackt.",
     "Die Anrainer feierten, als die Straße eröffnet wurde."),
    (LL + "hatte_niemand_gerechnet", "Mit so viel Andrang hatte niemand gerechnet.",
     "Mit dem Umbau wird im Herbst gerechnet."),
    (LA + "sagt_die_oma", "„Ich spiele seit vierzig Jahren“, strahlt die Oma.",
     "„Meine Oma hat immer Strudel gebacken“, sagt der Bäcker."),
    (LL + "x_alarm", "Zecken-Alarm im Stadtpark!",
     "Der Probealarm wird am Samstag um zwölf Uhr ausgelöst."),
    (IN + "halb_ort", "Am Abend war halb Graz auf den Beinen.",
     "Der Zug fährt um halb Acht ab."),
    (ST + "eigentlich_schoene_sache", "Eigentlich eine feine Tradition.",
     "Eigentlich sollte die Tradition im Mai fortgesetzt werden."),
    (ST + "zu_x_kein_wort", "Über die Kosten kein Wort.",
     "Über die Kosten wird am Montag beraten."),
    # commentary
    (ST + "wer_der_muss", "Wer ein Hallenbad plant, muss wissen, dass der Betrieb teuer wird.",
     "Wer ein Hallenbad besuchen will, muss eine Badehaube tragen."),
    (ST + "niemand_ist_schuld", "Die Kosten haben sich verdoppelt – und niemand ist verantwortlich.",
     "Niemand ist bei dem Brand verletzt worden."),
    (LL + "zum_sinnbild", "Die Baugrube ist zum Sinnbild für den Stillstand im Rathaus geworden.",
     "Das Symbol auf dem Wappen zeigt einen Löwen."),
    (IN + "noch_immer_kein_einziger", "Bis heute ist kein einziger Euro geflossen.",
     "Bis heute sind drei Raten geflossen."),
    (ST + "klingt_plausibel", "Die Argumente klingen allesamt vernünftig.",
     "Die Orgel klingt nach der Renovierung heller."),
    (ST + "mag_stimmen", "Die Rechnung mag stimmen, die Politik dahinter nicht.",
     "Die Kinder mögen den neuen Spielplatz."),
    (ST + "gehoert_zum_handwerk", "Dabei gehört eine Kostenreserve zum Einmaleins.",
     "Die Lehrerin übt mit der Klasse das kleine Einmaleins."),
    (ST + "ist_kein_pech", "Die Häufung der Ausfälle ist kein Pech mehr.",
     "Der Spieler hatte Pech mit dem Wetter."),
    (ST + "und_zwar_ein_teures", "Das war ein Fehler. Und zwar ein teurer.",
     "Er kaufte ein Auto, und zwar ein teures."),
    (LL + "frisst_geld", "Die Dauerbaustelle frisst Steuergeld, das bei den Schulen fehlt.",
     "Die Ziege frisst das Gras am Hang."),
    (ST + "am_meisten_aergert", "Am meisten irritiert aber das Schweigen der Stadt.",
     "Am meisten Regen fiel am Dienstag."),
    (ST + "was_noetig_waere", "Was nun gefragt wäre, ist Ehrlichkeit.",
     "Was nun geschieht, entscheidet das Gericht."),
    (LL + "nicht_mehr_verheimlichen", "Der Schaden lässt sich nicht mehr kleinreden.",
     "Das Fenster lässt sich nicht mehr schließen."),
    (SP + "verletzter_stolz", "Am Ende ging es um gekränkten Stolz.",
     "Der verletzte Radfahrer wurde im Spital versorgt."),
    (VA + "gruppe_wenig_verstaendnis", "Die Pendler haben dafür kein Verständnis.",
     "Der Bürgermeister hat dafür kein Verständnis."),
    # review
    (PU + "ueberzeugt_vor_allem", "Die Sopranistin überzeugt vor allem in den Arien des zweiten Akts.",
     "Die Staatsanwältin ist vor allem von der Aussage überzeugt."),
    (ST + "nur_vorwand_anlass", "Der Mordfall ist bloß der Aufhänger.",
     "Der Anlass der Feier ist ein Jubiläum."),
    (PU + "in_den_besten_momenten", "In ihren besten Szenen ist die Serie bitterböse.",
     "Die besten Szenen wurden in Wien gedreht."),
    (PU + "die_man_selten_findet",
     "Sie erzählt mit einer Wärme, die man in diesem Genre nicht oft findet.",
     "Den Schlüssel findet man unter der Matte."),
    (ST + "so_spannend_wie_es_klingt", "Die Sitzung war ungefähr so aufregend, wie es klingt.",
     "Die Sitzung war aufregend, sagte die Vorsitzende."),
    (LL + "sauber_aber_verhalten", "Der Pianist spielt korrekt, aber unterkühlt.",
     "Das Zimmer ist sauber, aber eng."),
    (PU + "haette_man_gern_gehoert", "Diesen Geiger hätte man gern länger gehört.",
     "Die Anrainer hätten gern gewusst, wann die Baustelle endet."),
    (PU + "passage_sass", "Der Seitenhieb saß.", "Der Angeklagte saß regungslos auf der Bank."),
    (PU + "weit_mehr_als", "Der Band ist weit mehr als eine Sammlung von Anekdoten.",
     "Die Sanierung kostet weit mehr als geplant."),
    (PU + "ganz_bei_sich", "In den leisen Liedern wirkt der Sänger ganz bei sich.",
     "Der Wanderer hatte kein Handy bei sich."),
    (PU + "starke_arbeiten", "Die stärksten Fotografien hängen im ersten Raum.",
     "Starke Windböen werden erwartet."),
    (LL + "wirkt_routiniert", "Die Songs der zweiten Hälfte wirken routiniert.",
     "Das Medikament wirkt nach einer Stunde."),
    (ST + "vermisst_man", "Eine klare Haltung vermisst man.",
     "Der Bergsteiger wird seit Freitag vermisst."),
    (ST + "erfaehrt_wenig", "Über das Leben der Fotografin erfährt man kaum etwas.",
     "Die Ergebnisse erfahren Sie am Montag."),
    (LL + "das_wars", "Eine Lesung, ein Konzert, das war es.",
     "Das war es, was der Verein gebraucht hat."),
    (ST + "leidet_an_eigener", "Der Roman leidet an einem Übermaß an Figuren.",
     "Der Patient leidet an einer Grippe."),
    # idioms
    (LL + "nicht_genug_bekommen", "Das Publikum konnte nicht genug bekommen.",
     "Die Tomaten bekommen nicht genug Wasser."),
    (LL + "grosse_keule", "Die Opposition schwingt die moralische Keule.",
     "Zum Braten kauft sie eine Lammkeule."),
    # sports
    (PU + "so_schnell_niemand_vergessen", "Ein Finale, das so schnell niemand vergessen wird.",
     "Den Regenschirm hat er im Bus vergessen."),
    (PU + "stolze_kulisse", "Das Derby fand vor einer stattlichen Kulisse statt.",
     "Das Derby fand vor der Kulisse der Berge statt."),
    (LL + "last_second", "Der Last-Minute-Treffer rettete den Punkt.",
     "Last-Minute-Reisen sind im Herbst günstig."),
    (LL + "zu_statisch", "Die Gastgeber agierten phasenweise zu umständlich.",
     "Die Gastgeber waren zu zehnt."),
    (LL + "fehlte_durchschlagskraft", "Im Angriff fehlte die Durchsetzungskraft.",
     "Im Kader fehlen zwei Verteidiger."),
    # unnamed sources
    (VA + "finden_viele", "Das Fest sei zu laut gewesen, finden viele Grazer.",
     "Viele Grazer finden den Weg in den Park."),
    (VA + "viele_ihrer_kollegen", "Einige Ihrer Kolleginnen berichten von Drohungen.",
     "Einige ihrer Kolleginnen sind in Karenz."),
    # verbless fragments
    (IN + "fragment_komplett", "Die Regale waren leer. Ausnahmslos.",
     "Ausnahmslos alle Regale waren leer."),
    (ST + "fragment_mindestens", "Die Sanierung dauert noch drei Jahre. Frühestens.",
     "Frühestens im März wird gebaut."),
]

# older families widened by forms the rounds r92–r93 showed missing
WIDENED = [
    ("stance.s36t_hat_nicht_verdient", "Mal ehrlich: Das hat die Feuerwehr nicht verdient.",
     "Die Feuerwehr hat im Vorjahr wenig verdient."),
    ("intensifier.tab_einzige_pleite", "Die Anreise endete in einem einzigen Durcheinander.",
     "Die Anreise endete in einem einzigen Bus."),
    ("loaded_language.tab_aus_dem_ruder", "Die Feier lief komplett aus dem Ruder.",
     "Der Steuermann hielt das Ruder fest."),
    ("puffery.rv_mischung_stimmt", "Die Übergänge stimmen, die Besetzung auch.",
     "Die Dialoge stimmen mit dem Drehbuch überein."),
    ("stance.s16h_haette_gutgetan", "Ein kürzerer Schnitt hätte dem Film mehr genützt.",
     "Der Regen hat den Bauern genützt."),
    ("loaded_language.s36v_stuermt_hinaus", "Die Sängerin stürmte wütend aus dem Hotel.",
     "Die Polizei stürmte das Hotel."),
    ("stance.s28w_umso_erfreulicher", "Der Sieg ist umso beachtlicher, als zwei Stammspieler fehlten.",
     "Die Fahrt dauert umso länger, je mehr Verkehr ist."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s37t_")
