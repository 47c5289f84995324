"""Author O, session 18 (issue 8): evaluative adjectives, adverbs and verbs of everyday news, local,
business, sports and review copy – judging adverbs of process, verbs that dramatise what befell
people or things, review wording about style and craft, sports and festival wording and degree
words of the author's emphasis – written as families (ids ``<category>.s18o_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
technical, neutral or quoted use beside it that must stay unflagged; every sentence is written for
these tests.
"""

from __future__ import annotations

from .conftest import family_test, finding_ids

LL = "loaded_language.s18o_"
PU = "puffery.s18o_"
IN = "intensifier.s18o_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    # process adverbs
    (LL + "schleppend_voran", "Die Sanierung des Hallenbads kommt seit Jahren nur schleppend voran.",
     "Auf der Westautobahn stockte der Verkehr nach einem Unfall."),
    (LL + "schleppend_voran", "Die schleppende Bearbeitung der Anträge verärgert die Bauern.",
     "Der Strudelteig ist zäh und lässt sich dünn ausziehen."),
    (LL + "schleppend_voran", "Der Verkauf der Wohnungen lief harzig.",
     "Der Verkauf der Wohnungen beginnt im März."),
    # verbs that dramatise
    (LL + "leidet_unter", "Darunter leidet vor allem der Handel in der Altstadt.",
     "Der Bub leidet unter einer Pollenallergie."),
    (LL + "leidet_unter", "Die Hotellerie leidet unter dem verregneten Sommer.",
     "Die Hotellerie meldet zwölf Prozent weniger Nächtigungen."),
    (LL + "kaempft_um", "Der Bürgermeister kämpft um seinen Ruf.",
     "Die Feuerwehr kämpfte stundenlang gegen den Waldbrand."),
    (LL + "kaempft_um", "Die Bäckerei kämpft mit Personalmangel.",
     "Der Ringer kämpfte mit dem Titelverteidiger um Gold."),
    (LL + "bangt_zittert_um", "Die Schausteller bangen um das Sommergeschäft.",
     "Nach dem Bad im See zitterten die Kinder."),
    (LL + "bangt_zittert_um", "Bis zur letzten Runde musste der Tabellenführer zittern.",
     "Der Hund zitterte vor Angst beim Gewitter."),
    (LL + "erlahmt", "Der Eifer der Koalition ist merklich erlahmt.",
     "Die Koalition beschloss das Budget am Dienstag."),
    # review craft
    (LL + "bleibt_blass", "Der Kommissar bleibt als Ermittler eher blass.",
     "Nach der Operation blieb der Patient blass."),
    (LL + "leerlauf", "Die Serie hat in der zweiten Staffel viel Leerlauf.",
     "Er schaltete in den Leerlauf und ließ das Auto ausrollen."),
    (LL + "fuehrt_nirgendwohin", "Der Streit der Brüder führt nirgendwohin.",
     "Die Forststraße führt zur Alm hinauf."),
    (LL + "zu_bequem", "Das Ende wirkt ein wenig zu glatt.",
     "Die Straße ist bei Frost glatt."),
    (LL + "zu_bequem", "Die Inszenierung ist mitunter zu laut.",
     "Die Musik in der Wohnung nebenan war laut, sagte die Anrainerin."),
    (LL + "karg_nuechtern", "Die Dialoge des Romans sind beinahe lakonisch.",
     "Die Almwiesen sind karg und steinig."),
    (LL + "karg_nuechtern", "Über dem Album liegt ein eigentümlicher Zauber.",
     "Der Zauberer trat im Gemeindesaal auf."),
    (PU + "mit_bemerkenswerter_genauigkeit", "Die Autorin beschreibt das Dorf mit bestechender Klarheit.",
     "Der Gemeinderat stimmte mit großer Mehrheit zu."),
    (PU + "mit_bemerkenswerter_genauigkeit", "Die Briefe sind von großer Zartheit.",
     "Das Labor bestimmt die Werte mit hoher Genauigkeit."),
    (PU + "praezises_portraet", "Gelungen ist ein eindringliches Porträt eines Bergdorfs.",
     "Im Foyer hängt ein Porträt des Gründers."),
    (PU + "starke_bilder", "Die Kamerafrau findet eindrucksvolle Bilder für die Einsamkeit.",
     "Die Webcam liefert Bilder vom Gipfel."),
    (PU + "gut_gespielt", "Ein klug inszenierter Abend über das Altern.",
     "Die Oper wurde 1905 in Dresden uraufgeführt."),
    (LL + "kleine_schwaechen", "Eine solide Komödie mit kleinen Schwächen im Finale.",
     "Die Prüfer fanden Mängel an der Bremse."),
    (PU + "erzaehlt_ohne_eile", "Der Dokumentarfilm setzt ganz auf leise Töne.",
     "Die Glocken läuten um zwölf Uhr."),
    (PU + "erzaehlt_ohne_eile", "Die Regisseurin erzählt ohne jede Effekthascherei vom Krieg.",
     "Die Großmutter erzählte vom Krieg."),
    (LL + "schwaecher_geraet", "Schwächer gerät der zweite Teil des Abends.",
     "Der Schilling war schwächer als die Mark."),
    (PU + "einer_der_besten", "Es ist eine der berührendsten Szenen des Jahres.",
     "Einer der Verletzten wurde ins Spital gebracht."),
    # sports and festivals
    (LL + "auf_den_baenken", "Beim letzten Lied tanzte der halbe Saal auf den Bänken.",
     "Die Teller standen schon auf den Tischen."),
    (LL + "heizte_kraeftig_ein", "Die Band heizte den Gästen im Stadl mächtig ein.",
     "Der Hausmeister heizt den Kachelofen ein."),
    (PU + "druckvoll", "Die Heimischen traten druckvoll und laufstark auf.",
     "Die Heimischen gewannen mit 2:1."),
    (LL + "verspielt_fuehrung", "Die Juniorinnen verspielten eine Drei-Tore-Führung.",
     "Die Juniorinnen führten zur Pause mit drei Toren."),
    # degree words
    (IN + "am_lautesten", "Gerade die Landesfürsten rufen am lautesten nach Sparsamkeit.",
     "Am lautesten ist es an der Kreuzung zur Stoßzeit."),
    (IN + "immer_neue", "Immer neue Auflagen verzögern den Bau.",
     "Die Firma sucht neue Lehrlinge."),
    (IN + "oder_gar", "Das Amt prüft den Antrag gar nicht erst.",
     "Ein Aufschlag von zehn oder gar zwanzig Prozent droht."),
    (IN + "besonders_hart", "Besonders heikel wird es bei den Lehrlingen.",
     "Das Holz der Eiche ist besonders hart."),
    (IN + "maechtig_aerger", "In der Gemeindestube gibt es mächtig Zoff.",
     "Der Zoff um den Kreisverkehr ist beigelegt, teilt die Gemeinde mit."),
    (LL + "saftig", "Der Bank droht eine saftige Vertragsstrafe.",
     "Saftige Birnen aus dem Garten."),
    (LL + "brutal_zusammengeschlagen", "Der Kellner wurde feige überfallen.",
     "Der Kellner wurde bei dem Überfall leicht verletzt."),
    # second batch
    (LL + "still_und_leise", "Still und leise wurde die Buslinie eingestellt.",
     "Die Witwe trauerte still und leise."),
    (LL + "still_und_leise", "Der Gemeinderat hat die Schließung stillschweigend geduldet.",
     "Das Abo verlängert sich stillschweigend."),
    (PU + "ausgelassene_stimmung", "Beim Weinfest war die Stimmung bis spät in die Nacht prächtig.",
     "Der Stürmer ließ zwei Chancen aus."),
    (PU + "ausgelassene_stimmung", "Im Festzelt war die Stimmung bombig.",
     "Die Spielerinnen tanzten nach dem Titel ausgelassen in der Kabine."),
    (PU + "besser_haette", "Besser hätte die Saison für den Aufsteiger nicht beginnen können.",
     "Besser ist es, vorher zu reservieren, rät der Veranstalter."),
    (LL + "schon_zu_oft", "Diese Pointe hat man schon allzu oft gehört.",
     "Die Sirene hat man im ganzen Ort gehört."),
    (IN + "so_ziemlich", "Bei der Eröffnung ging so ziemlich alles schief.",
     "Der Aufstieg ist ziemlich steil."),
    (IN + "steigen_und_steigen", "Die Betriebskosten steigen und steigen.",
     "Die Betriebskosten steigen im Jänner."),
    (LL + "schmilzt_dahin", "Der Polster der Gemeinde ist dahingeschmolzen.",
     "Die Gletscher schmelzen schneller als erwartet."),
    (PU + "praezises_portraet", "Gelungen ist ein genau beobachtetes Sittenbild.",
     "Die Ausstellung zeigt Porträts aus dem Barock."),
]


test_family = family_test(FAMILIES)


def test_quoted_review_wording_is_the_speakers() -> None:
    """Review wording inside a quotation is the speaker's, not the author's."""
    text = "„Der Film hat viel Leerlauf“, sagte die Jurorin."
    assert LL + "leerlauf" not in finding_ids(text)
