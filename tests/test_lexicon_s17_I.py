"""Author I, session 17 (issue 8): idioms and metaphors of German news and commentary that judge –
politics and administration, conflict and resistance, money, failure and decline, sports and culture
reports – written as families (ids ``loaded_language.s17i_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family, finding_ids

LL = "loaded_language.s17i_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    # politics and administration
    ("an_vorbei", "Das Ministerium hat die Schulreform an den Lehrern vorbei geplant.",
     "Die Radfahrer fuhren an den Menschen vorbei zum Ziel."),
    ("an_vorbei", "Die Novelle geht völlig an der Lebensrealität vorbei.",
     "Der Festzug marschierte an den Zuschauern vorbei."),
    ("federstrich", "Der Landesrat hat den Zuschuss mit einem Federstrich gestrichen.",
     "Der Landesrat hat den Zuschuss zum Jahresende gestrichen."),
    ("auf_die_fahnen", "Die Neos haben sich Transparenz auf die Fahnen geschrieben.",
     "Auf dem Rathaus wehen die Fahnen der Partnerstädte."),
    ("weite_ferne", "Mit dem Veto ist ein Budgetbeschluss in weite Ferne gerückt.",
     "In der Ferne waren die Lichter der Stadt zu sehen."),
    ("teufelskreis", "Viele Mieter geraten in einen Teufelskreis aus Krediten und Mahnungen.",
     "Die Treppe windet sich als Spirale in den Turm."),
    ("gegenwind", "Für ihren Sparkurs erntet die Stadträtin Gegenwind aus der eigenen Partei.",
     "Bei starkem Gegenwind mussten die Läufer ihr Tempo drosseln."),
    ("scheideweg", "Die Sozialdemokratie steht am Scheideweg.",
     "Die Sozialdemokratie wählt im Juni eine neue Spitze."),
    ("zwei_hochzeiten", "Der Landesrat tanzt auf zwei Hochzeiten: Er ist auch Kammerpräsident.",
     "Die Tanzschule bietet Kurse für Hochzeitspaare an."),
    ("politisches_abseits", "Mit dem Vorstoß manövriert sich die Partei ins politische Abseits.",
     "Der Treffer wurde wegen Abseits aberkannt."),
    ("schlingern", "Nach dem Rücktritt gerät die Koalition ins Schlingern.",
     "Das Auto geriet auf der nassen Fahrbahn ins Schlingern."),
    ("auf_der_kippe", "Die Finanzierung des Spitals steht auf der Kippe.",
     "Neben der Bank lag eine ausgedrückte Kippe."),
    # conflict and resistance
    ("haende_fuesse", "Die Anrainer wehren sich mit Händen und Füßen gegen die Umfahrung.",
     "Der Tourist erklärte den Weg mit Händen und Füßen."),
    ("auswischen", "Mit der Blockade wollen die Länder dem Finanzminister etwas auswischen.",
     "Nach dem Fest wischte der Wirt die Gläser aus."),
    ("schlaegt_wellen", "Die Postenvergabe hat in der Stadt hohe Wellen geschlagen.",
     "Am Wochenende schlagen die Wellen am Gardasee hoch, warnt der Wetterdienst."),
    # money
    ("mit_vollen_haenden", "Vor der Wahl verteilt die Landesregierung Förderungen mit vollen Händen.",
     "Mit vollen Händen trug sie die Einkäufe ins Haus."),
    ("bis_zum_hals", "Die Stadtwerke stecken bis zum Hals in Schulden.",
     "Nach dem Dammbruch stand das Wasser den Helfern bis zum Hals."),
    ("hinten_und_vorne", "Das Pflegegeld reicht hinten und vorne nicht.",
     "Der Wagen hat hinten und vorne neue Reifen."),
    ("ueber_wasser", "Viele Wirte halten sich mit Krediten gerade noch über Wasser.",
     "Die Rettungsschwimmerin hielt den Buben über Wasser."),
    ("aus_den_fugen", "Die Kosten für den Neubau geraten völlig aus den Fugen.",
     "Der Fliesenleger erneuert die Fugen in der Dusche."),
    ("verspielt", "Der Bürgermeister hat mit der Affäre jeden Kredit verspielt.",
     "Die junge Katze ist sehr verspielt."),
    # failure and decline
    ("am_boden", "Nach dem dritten Lockdown liegt die Nachtgastronomie am Boden.",
     "Nach dem Sturz lag die Radfahrerin am Boden."),
    ("in_den_keller", "Seit dem Skandal geht die Zustimmung zur Partei in den Keller.",
     "Die Feuerwehr pumpte das Wasser aus dem Keller."),
    ("sturzflug", "Die Lira setzt ihren Sturzflug fort.",
     "Der Adler stürzte sich im Sturzflug auf die Maus."),
    ("verkommt", "Der Bahnhofsvorplatz verkommt seit Jahren.",
     "Der Bahnhofsvorplatz wird ab Mai umgebaut."),
    # (spiel_kippte, „Mit dem Platzverweis kippte die Partie.“, was removed in the twenty-seventh
    # session: right in none of five blind uses; tests/test_voice_s31.py checks it stays gone)
    ("am_druecker", "Nach dem Ausgleich waren die Hausherren am Drücker.",
     "Sie drückte auf den Knopf am Türöffner."),
    ("aus_der_hand", "Der Favorit gab die Führung in der Schlussphase aus der Hand.",
     "Das Kind wollte das Eis nicht aus der Hand geben."),
    ("im_hals_stecken", "Den Gästen blieb der Torjubel im Hals stecken.",
     "Ein Stück Brot blieb dem Mann im Hals stecken."),
    ("faden_verloren", "Nach dem Gegentor hat die Mannschaft völlig den Faden verloren.",
     "Die Näherin zog den Faden durch das Öhr."),
    ("auf_dem_fuss", "In der Nachspielzeit hatte der Joker den Ausgleich auf dem Fuß.",
     "Der Joker hat sich am Fuß verletzt."),
    ("stockte_atem", "Beim Sturz der Favoritin stockte dem Publikum der Atem.",
     "Die Ärztin hörte den Atem des Patienten ab."),
    ("lehrgeld", "Beim Debüt in der Königsklasse zahlte der Meister teures Lehrgeld.",
     "Der Meister verlor das Debüt in der Königsklasse mit 1:3."),
    ("neben_sich", "Die Verteidigung stand in der ersten Hälfte völlig neben sich.",
     "Der Trainer stand neben seinem Assistenten an der Linie."),
    ("gefilde", "Mit dem dritten Album stößt die Sängerin in neue Gefilde vor.",
     "Die Sängerin veröffentlicht im Herbst ihr drittes Album."),
    ("volle_kraft", "Für das Festival gilt jetzt: Volle Kraft voraus.",
     "Das Festival beginnt am Freitag um 18 Uhr."),
    # second batch: politics, conflict, money, sports and culture
    ("kopf_schlinge", "Mit dem Kompromiss zieht der Kanzler den Kopf aus der Schlinge.",
     "Die Bergretter legten eine Schlinge um den Felsen."),
    ("falscher_dampfer", "Wer glaubt, die Preise sinken von selbst, ist auf dem falschen Dampfer.",
     "Der Dampfer legt um zehn Uhr in Gmunden ab."),
    ("kompass_verloren", "Die Parteispitze hat jeden Kompass verloren.",
     "Die Wanderin hatte einen Kompass und eine Karte dabei."),
    ("wuergegriff", "Die hohen Zinsen halten die Häuslbauer im Würgegriff.",
     "Der Angeklagte soll das Opfer gewürgt haben."),
    ("alle_register", "Für die Olympia-Bewerbung zieht die Stadt alle Register.",
     "Die Orgel im Dom hat 54 Register."),
    ("saebelrasseln", "Der Präsident rasselt wieder mit dem Säbel.",
     "Im Museum hängt ein Säbel aus der Türkenzeit."),
    ("baden_gehen", "Mit den Fremdwährungskrediten sind viele Häuslbauer baden gegangen.",
     "Bei 30 Grad gingen viele Wiener an der Alten Donau baden."),
    ("fliegende_fahnen", "Im Cupfinale ging der Favorit mit fliegenden Fahnen unter.",
     "Vor dem Stadion wehten die Fahnen beider Vereine."),
    ("seele_aus_dem_leib", "Die Sängerin schrie sich die Seele aus dem Leib.",
     "Die Sängerin gab ein zweistündiges Konzert."),
    ("trifft_nerv", "Mit ihrer Serie über Pflegekräfte trifft die Regisseurin einen Nerv.",
     "Beim Eingriff wurde ein Nerv im Arm verletzt."),
    ("im_sturm_erobert", "Die Newcomerin hat die Bühne im Sturm erobert.",
     "Der Sturm deckte in der Nacht mehrere Dächer ab."),
    ("durststrecke", "Für die Wintersportorte folgt eine lange Durststrecke.",
     "Im Sommer sollten Wanderer genug Wasser mitnehmen."),
    ("rotstift", "Auch bei den Musikschulen setzt das Land den Rotstift an.",
     "Die Lehrerin korrigiert die Schularbeiten mit einem Rotstift."),
    ("einigeln", "Statt Fragen zu beantworten, igelt sich das Ministerium ein.",
     "Der Igel rollt sich bei Gefahr ein."),
    ("auf_sicht", "In der Energiekrise fährt die Regierung nur noch auf Sicht.",
     "Bei Nebel beträgt die Sicht auf der Autobahn nur 50 Meter."),
    # third batch: decline, money, administration, sports and culture
    ("talfahrt", "Die Aktie des Baukonzerns setzt ihre Talfahrt ungebremst fort.",
     "Die Talfahrt mit der Seilbahn ist im Preis inbegriffen."),
    ("in_der_kreide", "Der Fußballklub steht mit 800.000 Euro in der Kreide.",
     "Die Lehrerin schrieb mit Kreide an die Tafel."),
    ("scheunentor", "Für Steuertricks ist das Gesetz ein offenes Scheunentor.",
     "Der Bauer strich das Scheunentor rot."),
    ("stapeln_sich", "Beim Asylamt stapeln sich die Akten.",
     "Im Keller stapeln sich die Umzugskartons."),
    ("roter_teppich", "Für die Chipfabrik rollt das Land den Investoren den roten Teppich aus.",
     "Auf dem roten Teppich posierten die Filmstars."),
    ("ecken_und_enden", "In den Kindergärten fehlt es an allen Ecken und Enden.",
     "Die Tischplatte hat abgerundete Ecken."),
    ("bitteres_ende", "Die Koalition hält durch bis zum bitteren Ende.",
     "Die Legislaturperiode endet im Herbst."),
    ("bedient", "Nach dem dritten Remis in Folge sind die Fans restlos bedient.",
     "Im Gasthaus wurden die Gäste rasch bedient."),
    ("bis_unters_dach", "Zum Derby war das Stadion bis unters Dach gefüllt.",
     "Die Handwerker dichteten das Dach ab."),
    ("not_am_mann", "Die Pensionistin springt ein, wo Not am Mann ist.",
     "Die Not in den Lagern ist groß."),
    ("sitzen_auf_betrag", "Die Mieter bleiben auf 300 Euro sitzen.",
     "Die Mieter zahlen 300 Euro Betriebskosten."),
    ("weite_ferne", "Die Reform rückt damit eher in die Ferne.",
     "Die Wanderer blickten in die Ferne."),
    ("gegenwind", "Für ihre Pläne erntete die Stadträtin viel Gegenwind.",
     "Auf der Etappe hatten die Fahrer Gegenwind."),
    ("im_hals_stecken", "Ein Film, bei dem einem das Lachen im Hals stecken bleibt.",
     "Das Kind hatte Halsweh."),
    # fourth batch: decline, culture and sports verdicts
    ("auslaufmodell", "Die Sozialpartnerschaft ist ein Auslaufmodell.",
     "Das Autohaus verkauft ein Auslaufmodell zum Sonderpreis."),
    ("beste_tage", "Das Einkaufszentrum hat seine besten Tage hinter sich.",
     "Die besten Tage zum Skifahren sind im Februar."),
    ("klinisch_tot", "Die Koalition ist seit Monaten klinisch tot.",
     "Der Bergsteiger war zwanzig Minuten klinisch tot."),
    ("alter_ruhm", "Der Traditionsklub zehrt seit Jahren vom alten Glanz.",
     "Der Glanz der Oper zog viele Besucher an."),
    ("aufgewaermt", "Im Wahlkampf werden alte Forderungen aufgewärmt.",
     "Das Gulasch wird am nächsten Tag aufgewärmt."),
    ("an_der_oberflaeche", "Die Dokumentation kratzt nur an der Oberfläche.",
     "An der Oberfläche des Mars fanden sich Spuren von Wasser."),
    ("ueber_die_zeit", "Nach dem Ausschluss schaukelten die Gäste das 2:1 über die Zeit.",
     "Über die Zeit verblassen die Farben."),
    ("wachgeruettelt", "Die Wahlschlappe hat die Parteispitze wachgerüttelt.",
     "Um sechs Uhr wurden die Kinder geweckt."),
    ("ueberrollt", "Im zweiten Durchgang wurden die Gastgeber regelrecht überrollt.",
     "Der Radfahrer wurde von einem Bus überrollt."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, LL + entry, True)
    assert_family(neutral, LL + entry, False)


def test_quoted_idiom_is_the_speakers() -> None:
    """An idiom inside a quotation is the speaker's wording, not the author's."""
    text = "„Diese Regierung regiert an den Menschen vorbei“, sagte die Oppositionschefin."
    assert LL + "an_vorbei" not in finding_ids(text)
