"""Author H, session 16b (issue 8): the author's stance and concession frames, praise, degree words,
imputed motives, loaded speech tags and vague sources as families (ids ``*.s16h_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("speech_verb.s16h_blafft", "Die Wirtin blaffte den Lieferanten an.",
     "Die Wirtin herrschte über eine große Küche."),
    ("vague_attribution.s16h_intern_heisst_es", "Konzernintern heißt es, die Sparte werde verkauft.",
     "In der internen Weisung heißt es, die Tür bleibe zu."),
    ("vague_attribution.s16h_geruecht_runde", "In der Gemeinde machen Gerüchte über eine Schließung die Runde.",
     "Die Läufer drehten eine Runde im Stadtpark."),
    ("vague_attribution.s16h_ist_man_ort", "In Berlin zeigt man sich über die Absage verschnupft.",
     "In Berlin ist der Winter grau."),
    ("vague_attribution.s16h_weggefaehrten_beschreiben", "Wegbegleiter schildern sie als unnahbar. "
     "Frühere Kollegen nennen ihn einen Einzelgänger.",
     "Die Kollegen der Feuerwehr kamen aus dem Nachbarort."),
    ("speculation.s16h_um_zu_motiv", "Die Stadt stellt Blumentröge auf, um die Anrainer zu besänftigen.",
     "Der Gärtner stellt Blumentröge auf, um den Platz zu verschönern."),
    ("speculation.s16h_geht_es_vor_allem", "Der Kammer geht es vor allem um ihre Pfründe.",
     "Beim Gipfel geht es vor allem um das Klima."),
    ("speculation.s16h_puenktlich_zur_wahl", "Pünktlich zur Gemeinderatswahl wird die Straße asphaltiert.",
     "Die Straße wird vor dem Winter asphaltiert."),
    ("speculation.s16h_dient_nur_dazu", "Die Pressekonferenz diente nur dazu, Zeit zu gewinnen.",
     "Die Halle dient im Winter als Eislaufplatz."),
    ("stance.s16h_mag_durchaus", "Die Sorge mag ja berechtigt sein, die Antwort darauf ist es nicht.",
     "Die Kinder mögen den neuen Spielplatz."),
    ("stance.s16h_kann_man_nur", "Diesem Urteil kann man nur applaudieren.",
     "Im Winter kann man nur mit Ketten zur Hütte fahren."),
    ("stance.s16h_laesst_tief_blicken", "Dass der Bericht verschwand, lässt tief blicken.",
     "Vom Aussichtsturm blickt man weit über das Land."),
    ("stance.s16h_dabei_waere", "Dabei hatten die Verantwortlichen im Sommer eine rasche Lösung zugesichert.",
     "Dabei entstand ein Sachschaden von 2.000 Euro."),
    ("stance.s16h_frage_ist_nur", "Die eigentliche Frage lautet, warum niemand gewarnt hat.",
     "Die Frage des Richters galt dem Zeugen."),
    ("stance.s16h_gar_nicht_so_schlecht", "Der Entwurf ist gar nicht so übel.",
     "Der Sender war gar nicht zu empfangen."),
    ("stance.s16h_fronted_verdict_kontrast", "Überzeugend ist hingegen die Kameraführung.",
     "Gelungen ist der Feuerwehr die Rettung der Katze."),
    ("doubt.s16h_ob_fraglich", "Ob die neue Ampel den Stau auflöst, ist fraglich.",
     "Ob die Ampel kommt, entscheidet der Gemeinderat."),
    ("doubt.s16h_wirkt_vorgeschoben", "Die Begründung der Behörde klingt vorgeschoben.",
     "Die Kiste wurde unter das Regal geschoben."),
    ("doubt.s16h_will_nicht_erinnern", "Der Vorstand will sich an die Warnung nicht mehr erinnern können.",
     "Der Zeuge kann sich an den Abend nicht erinnern."),
    ("intensifier.s16h_mehr_als_adj", "Die Bilanz der Saison ist mehr als ernüchternd.",
     "Mehr als 40 Vereine nahmen teil."),
    ("intensifier.s16h_chronisch", "Die Bezirksgerichte sind chronisch überlastet.",
     "Die Entzündung ist chronisch geworden."),
    ("intensifier.s16h_vehement", "Die Kammer lehnt den Entwurf vehement ab.",
     "Die Kammer lehnt den Entwurf ab."),
    ("puffery.s16h_star_kompositum", "Der Starmoderator führt durch den Abend.",
     "Der Moderator führt durch den Abend."),
    ("puffery.s16h_traditionsreich", "Die geschichtsträchtige Halle wird saniert.",
     "Die Halle aus dem Jahr 1902 wird saniert."),
    ("puffery.s16h_koestlichkeit", "Der Markt lockt mit regionalen Köstlichkeiten.",
     "Der Markt verkauft Gemüse aus der Region."),
    ("puffery.s16h_kraftpaket", "Der neue Laptop ist ein echter Alleskönner.",
     "Der neue Laptop wiegt ein Kilogramm."),
    ("puffery.s16h_besser_kann_man_kaum", "Stimmiger kann ein Abend kaum enden.",
     "Besser wäre ein Termin am Vormittag."),
    ("puffery.s16h_auf_hoechstem_niveau", "Im Finale wurde auf höchstem Niveau gespielt.",
     "Die Arbeitslosigkeit verharrt auf höchstem Niveau seit zehn Jahren."),
    # second batch: concession and verdict frames, advice, contrast, consensus sources, estate praise
    ("stance.s16h_darueber_streiten", "Ob der Kreisverkehr schöner ist, darüber lässt sich streiten.",
     "Die Nachbarn streiten über den Zaun."),
    ("stance.s16h_zu_goennen", "Dem Aufsteiger ist der Klassenerhalt zu gönnen.",
     "Die Familie gönnt sich einen Ausflug ans Meer."),
    ("stance.s16h_adj_komma_dass", "Befremdlich, dass die Gemeinde nicht informiert wurde.",
     "Befremdlich fand die Anrainerin das Verhalten, sagte sie."),
    ("stance.s16h_ratsam_waere", "Zielführender wäre ein runder Tisch mit allen Beteiligten.",
     "Der runde Tisch wäre am Dienstag gewesen."),
    ("stance.s16h_haette_gutgetan", "Ein wenig Demut hätte der Landesrätin gutgetan.",
     "Die Kur hat der Landesrätin gutgetan, erzählte sie."),
    ("stance.s16h_nur_doppelpunkt", "Bloß: Wer soll das bezahlen?",
     "Bloß drei Gäste kamen zur Lesung."),
    ("stance.s16h_und_das_obwohl", "Und das, nachdem die Stadt jahrelang gespart hat.",
     "Und das Museum öffnet am Sonntag."),
    ("speculation.s16h_nicht_ausgeschlossen_vorne", "Nicht ausgeschlossen, dass die Liga aufgestockt wird.",
     "Eine Rückzahlung ist laut Vertrag ausgeschlossen."),
    ("vague_attribution.s16h_uebereinstimmend", "Verschiedene Medien meldeten den Verkauf des Klubs.",
     "Die Medien des Landes berichteten über die Wahl."),
    ("puffery.s16h_bester_lage", "Die Penthouse-Wohnung in exklusiver Lage kostet drei Millionen.",
     "Die Wohnung im dritten Stock kostet drei Millionen."),
    ("speech_verb.s16h_preist_als", "Der Konzern pries die Fusion als Meilenstein.",
     "Die Gemeinde preist ihre Grundstücke nicht öffentlich aus."),
    # third batch: praise in press releases, culture and sports reports
    ("puffery.s16h_aufwarten", "Die neue Therme wartet mit einer Saunalandschaft auf.",
     "Die Gemeinde wartet mit dem Bau auf die Förderzusage."),
    ("puffery.s16h_highlight_des", "Das Highlight des Festivals ist ein Open-Air-Konzert am See.",
     "Die Highlights der Partie zeigt der Sender am Abend."),
    ("puffery.s16h_zeitlos", "Die Lieder des Chansonniers sind zeitlos gültig.",
     "Die Ausstellung ist zeitlich befristet."),
    ("puffery.s16h_bedeutendste_stimmen", "Sie zählt zu den eigenwilligsten Lyrikerinnen des Landes.",
     "Die Lyrikerin wohnt seit 1990 in Graz."),
    ("puffery.s16h_nach_belieben", "Die Gäste kombinierten nach Belieben.",
     "Die Gäste konnten das Menü nach Belieben zusammenstellen."),
    ("puffery.s16h_publikum_begeistert", "Beim Finale wollte der Jubel kein Ende nehmen.",
     "Die Bauarbeiten wollten kein Ende nehmen."),
    # fourth batch: the author's forecasts and certainty formulas
    ("speculation.s16h_wird_kaum", "Mit zwei Stürmern wird die Mannschaft die Saison kaum durchhalten.",
     "Die Mannschaft hat die Saison durchgehalten."),
    ("speculation.s16h_wird_sich_raechen", "Die Einsparung bei den Lehrern wird sich rächen.",
     "Im Roman will sich die Heldin an ihrem Bruder rächen."),
    ("speculation.s16h_ueber_kurz_oder_lang", "Die Gemeinde wird über kurz oder lang fusionieren müssen.",
     "Die Röcke gibt es kurz oder lang."),
    ("speculation.s16h_spricht_wenig", "Es spricht nichts dafür, dass die Mieten sinken.",
     "Im Festsaal spricht der Bischof."),
    ("speculation.s16h_sieht_duester_aus", "Für die Skigebiete im Osten sieht es nicht gut aus.",
     "Der Himmel sah grau aus."),
    ("certainty.s16h_das_ist_fakt", "Das ist Tatsache.",
     "Die Tatsache wurde im Bericht erwähnt."),
]



@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert entry in finding_ids(found), found
    assert entry not in finding_ids(neutral), neutral
