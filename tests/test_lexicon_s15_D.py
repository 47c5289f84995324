"""Author D, session 15 (issue 8): the author's stance, praise, degree words, speculation, loaded
speech tags and vague sources as families (ids ``*.s15d_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None)


def author_ids(engine: Analyzer, text: str) -> set[str]:
    return {f.id for f in engine.analyze(text).findings if f.voice == "author"}


FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("stance.s15d_wieder_einmal", "Die Stadt hat die Sanierung der Brücke wieder einmal verschoben.",
     "Die Musikschule lädt wieder einmal im Monat zum offenen Abend."),
    ("stance.s15d_das_problem_ist", "Das Problem ist nur, dass niemand die Pläne gelesen hat.",
     "Das Problem mit der Heizung wurde am Freitag behoben."),
    ("stance.s15d_man_ertappt_sich", "Im dritten Akt ertappt man sich beim Blick aufs Handy.",
     "Die Polizei hat den Einbrecher im Keller ertappt."),
    ("stance.s15d_verdient_unterstuetzung", "Der Verein, der das Frauenhaus betreibt, verdient Respekt.",
     "Ein Lehrling verdient im ersten Jahr rund 800 Euro."),
    ("stance.s15d_von_der_hand_zu_weisen",
     "Von der Hand zu weisen ist der Vorwurf der Opposition nicht.",
     "Die Ärztin hat die Hand des Kindes verbunden."),
    ("stance.s15d_schade", "Dass der Bahnhof verfällt, ist schade.",
     "Der Sturm richtete großen Schaden an."),
    ("stance.s15d_fehlanzeige", "Und ein Radweg entlang der Bundesstraße? Fehlanzeige.",
     "Die Vermisstenanzeige ging am Montag bei der Polizei ein."),
    ("stance.s15d_geschenkt", "Dass der Kommissar am Ende die Täterin liebt: geschenkt.",
     "Die Schüler bekamen zum Abschluss ein Buch geschenkt."),
    ("stance.s15d_doppelpunkt_wertung", "Auffällig: Kein Regierungsmitglied kam zur Gedenkfeier.",
     "Die Gedenkfeier beginnt um 18 Uhr."),
    ("stance.s15d_wer_weiss", "Wer weiß, vielleicht baut die Gemeinde den Steg doch noch.",
     "Wer weiß, wer den Wagen zuletzt gefahren hat, soll die Polizei anrufen."),
    ("stance.s15d_skepsis_angebracht", "Bei den Zusagen des Investors ist Skepsis angebracht.",
     "Die Anrainer zeigten sich skeptisch, sagte der Bezirksvorsteher."),
    ("stance.s15d_nicht_gerecht", "Die zweite Staffel wird ihrem Ruf vollauf gerecht.",
     "Die Richterin will jedem Einzelfall gerecht werden."),
    ("stance.s15d_schwer_vorstellbar", "Ohne neue Busse lässt sich kaum vorstellen, wie der Takt halten soll.",
     "Die neue Direktorin stellte sich den Eltern vor."),
    ("stance.s15d_gefahr_besteht", "Es besteht die Gefahr, dass die Förderung verpufft.",
     "Für die Wanderer bestand keine Gefahr."),
    ("certainty.s15d_erfahrungsgemaess", "Solche Gipfel enden erfahrungsgemäß mit vagen Erklärungen.",
     "Die Bewerber brauchen Erfahrung im Verkauf."),
    ("certainty.s15d_so_gut_wie_sicher", "Der Klassenerhalt ist so gut wie sicher.",
     "Der Kindersitz ist laut Test sicher."),
    ("speculation.s15d_denkbar_waere", "Denkbar wäre auch, dass der Bürgermeister selbst antritt.",
     "Möglich wurde die Renovierung durch eine Erbschaft."),
    ("speculation.s15d_wie_es_aussieht", "Wie es derzeit aussieht, wird das Budget nicht halten.",
     "Die Fotografin zeigt, wie es nach dem Hochwasser im Ort aussieht."),
    ("speculation.s15d_als_ob_motiv", "Als wollte er die Kritiker bestätigen, schwieg der Minister.",
     "Der Zeuge sagte, er sei als Letzter gegangen."),
    ("speculation.s15d_koennte_haken", "Bei der Finanzierung dürfte es eng werden.",
     "Der Reißverschluss der Jacke hakt."),
    ("vague_attribution.s15d_zu_hoeren", "Aus der Zentrale war zuletzt zu hören, dass Filialen schließen.",
     "Aus dem Keller war lautes Klopfen zu hören."),
    ("vague_attribution.s15d_eine_theorie", "Der Brand wurde gelegt, lautet eine verbreitete Theorie.",
     "Die Schüler lernen die Theorie der Evolution."),
    ("vague_attribution.s15d_ein_insider_verraet", "Ein Insider verrät, dass die Sendung abgesetzt wird.",
     "Der Insiderhandel ist verboten."),
    ("vague_attribution.s15d_manche_im_ort", "Manche im Dorf halten den Neubau für zu groß.",
     "Viele im Dorf haben einen Gemüsegarten."),
    ("vague_attribution.s15d_informationen_aus_kreisen",
     "Nach Informationen aus Regierungskreisen soll das Paket verschoben werden.",
     "Die Broschüre bietet Informationen aus erster Hand."),
    ("speech_verb.s15d_winkt_ab", "Eine Kandidatur? Die Landesrätin winkt ab.",
     "Der Gewinnerin winkt ab Jänner eine Prämie."),
    ("speech_verb.s15d_gefuehlsredeeinleitung", "Das war ein Fehler, ärgert sich der Trainer.",
     "Die Zuschauer lachten über den Sketch."),
    ("speech_verb.s15d_formuliert_vorsichtig", "Der Bankchef formuliert es diplomatisch.",
     "Die Anfrage wurde neu formuliert."),
    ("speech_verb.s15d_laesst_durchblicken", "Die Bürgermeisterin lässt durchblicken, dass sie amtsmüde ist.",
     "Vom Turm blickt man über die Stadt."),
    ("speech_verb.s15d_zerstreut_bedenken", "Der Direktor zerstreut die Sorgen der Eltern.",
     "Die Demonstranten zerstreuten sich am Abend."),
    ("intensifier.s15d_kategorisch", "Die Landesregierung schließt eine Mauterhöhung kategorisch aus.",
     "Der kategorische Imperativ stammt von Kant."),
    ("intensifier.s15d_heftige_kritik", "Der Entwurf stieß auf harsche Kritik.",
     "Heftiger Schneefall sorgte für Staus."),
    ("intensifier.s15d_arg", "Die Mannschaft ist nach der Saison arg gebeutelt.",
     "Das Kind spielte ohne Arg mit dem Hund."),
    ("intensifier.s15d_nicht_irgendein", "Gewonnen hat nicht irgendein Verein, sondern der Tabellenletzte.",
     "Der Verein hat die Lizenz nicht erhalten."),
    ("intensifier.s15d_noch_dazu", "Der Zug fiel aus, noch dazu an einem Feiertag.",
     "Die Bäckerei bietet dazu Kaffee an."),
    ("intensifier.s15d_gefuehlt_adverb", "Im Plenum fiel das Wort Zukunft gefühlt jede Minute.",
     "Die Kinder haben sich im Lager wohl gefühlt."),
    ("intensifier.s15d_zahlwort_steigerung", "Der Verein holte stolze zwölf Punkte aus vier Spielen.",
     "Der Verein holte zwölf Punkte aus vier Spielen."),
    ("puffery.s15d_kein_unbekannter", "Der neue Intendant ist kein Unbekannter in der Stadt.",
     "Der Täter ist weiterhin unbekannt."),
    ("puffery.s15d_altmeister_ikone", "Der Altmeister zeigt, wie man einen Thriller baut.",
     "Der Meisterbrief wurde im Mai überreicht."),
    ("puffery.s15d_geschichte_geschrieben", "Mit dem Sieg schrieb die Läuferin Sportgeschichte.",
     "Die Schülerin hat eine Geschichte über ihren Hund geschrieben."),
    ("puffery.s15d_tosender_applaus", "Am Ende gab es tosenden Applaus für das Ensemble.",
     "Das tosende Wasser überflutete die Straße."),
    ("puffery.s15d_erstaunlich_gradwort", "Der Debütant spielt erstaunlich reif.",
     "Die Fahrerin kam mit großer Verspätung an."),
    ("puffery.s15d_genau_richtig_passt", "Das Licht passt perfekt zur Stimmung des Stücks.",
     "Der Schlüssel passt ins Schloss."),
    ("puffery.s15d_schoen_anzusehen", "Das Ballett ist herrlich anzusehen.",
     "Schön, dass Sie gekommen sind, sagte die Wirtin."),
    ("puffery.s15d_getragen_von", "Getragen wird der Film von seiner Hauptdarstellerin.",
     "Getragen wird die Förderung vom Land."),
    ("puffery.s15d_entschaedigt_versoehnt", "Der Schlussakt entschädigt für vieles.",
     "Die Anrainer werden für den Lärm entschädigt."),
    ("puffery.s15d_hallt_nach", "Ein Roman, der noch lange nachhallt.",
     "Der Schuss hallte durch das Tal."),
    ("puffery.s15d_man_verliebt_sich", "Man verliebt sich sofort in diese Stadt.",
     "Die beiden haben sich im Sommer verliebt."),
    ("puffery.s15d_spielt_staerken_aus", "Bei Regen spielt der Reifen seine ganze Stärke aus.",
     "Die Mannschaft spielt am Sonntag aus."),
    ("puffery.s15d_wie_bei_keinem", "Die Bedienung ist einfach wie bei sonst keinem anderen Gerät.",
     "Das Ersatzteil war bei keinem Händler lagernd."),
    ("puffery.s15d_durchwegs_positiv", "Die Bilanz fällt durchwegs positiv aus.",
     "Die Befragten waren durchwegs Studierende."),
    ("puffery.s15d_klug_zusammengestellt", "Die Weinkarte ist liebevoll zusammengestellt.",
     "Die Liste wurde vom Amt zusammengestellt."),
    ("puffery.s15d_begeistert_publikum", "Die Serie begeistert die Kritik.",
     "Er hat sich schon früh für Musik begeistert."),
    ("puffery.s15d_empfehlung", "Das Album ist eine Empfehlung wert.",
     "Die Kommission legte eine Empfehlung vor."),
    ("puffery.s15d_superlativ_region", "Das ist das mutigste Theater der Stadt.",
     "Das Bauprojekt ist das größte der Stadt."),
    ("puffery.s15d_eine_freude", "Dem Orchester zuzuhören ist eine wahre Freude.",
     "Die Freude über den Sieg war groß, sagte der Trainer."),
    ("puffery.s15d_highlight", "Das Highlight des Abends war das Duett.",
     "Der Abend endete um 22 Uhr."),
    ("puffery.s15d_meister_seines_fachs", "Der Koch ist ein Meister seines Fachs.",
     "Der Klub wurde Meister der Liga."),
    ("puffery.s15d_fundiert", "Die Autorin liefert eine fundierte Analyse.",
     "Die Stelle verlangt fundiertes Wissen in Chemie."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family(engine: Analyzer, entry: str, found: str, neutral: str) -> None:
    assert entry in author_ids(engine, found), found
    assert entry not in author_ids(engine, neutral), neutral


def test_quoted_use_is_not_the_author(engine: Analyzer) -> None:
    text = "„Das ist schade“, sagte die Bürgermeisterin."
    assert "stance.s15d_schade" not in author_ids(engine, text)
