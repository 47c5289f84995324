"""Author G, session 16b (issue 8): business and consumer pages, local politics and administration,
social-policy commentary, health and science hype, judging metaphors of motion and theatre, written as
families (ids ``*.s16g_*``; older entries that gained forms are tested too).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

LL = "loaded_language."

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    # business and consumer pages
    (LL + "s16g_gewinnmaschine", "Das Parkhaus am Bahnhof ist für die Stadt eine Gewinnmaschine.",
     "Das Parkhaus am Bahnhof brachte der Stadt 1,2 Millionen Euro ein."),
    (LL + "s16g_apothekerpreise", "Für das Ladekabel nimmt der Händler Apothekerpreise.",
     "Die Apotheke am Hauptplatz hat neue Öffnungszeiten."),
    (LL + "s16g_schummelpackung", "Die neue Müslischachtel ist eine Schummelpackung.",
     "Die neue Müslischachtel enthält 400 statt 500 Gramm."),
    (LL + "kom_auf_kosten_der", "Der Versorger saniert seine Bilanz auf Kosten der Kunden.",
     "Das Essen geht auf Kosten des Veranstalters."),
    (LL + "s16g_mentalitaet", "Gegen die Nehmermentalität mancher Branchen hilft keine Förderung.",
     "Die Branche erhielt im Vorjahr 30 Millionen Euro Förderung."),
    (LL + "s16g_zuckerl", "Kurz vor der Wahl gibt es noch ein Pensionszuckerl.",
     "Die Pensionen steigen im Jänner um 4,6 Prozent."),
    (LL + "s16g_zweiklassen", "Mit den Wahlarztpraxen wächst die Zweiklassenmedizin.",
     "Die Zahl der Wahlarztpraxen stieg auf 11.000."),
    (LL + "s16g_angriff_sozialstaat", "Die Kürzung des Arbeitslosengelds ist ein Angriff auf die Arbeitslosen.",
     "Die Truppen starteten einen Angriff auf die Stadt."),
    (LL + "s16g_spart_bei_den_aermsten", "Wieder einmal kürzt das Land bei den Schwächsten.",
     "Die Spenden kommen bei den Ärmsten direkt an."),
    (LL + "s16g_auf_der_tasche_liegen", "Die Konzernpleite wird am Ende den Steuerzahlern auf der Tasche liegen.",
     "Das Handy lag in der Tasche der Jacke."),
    (LL + "s16g_geld_beim_fenster", "Mit dem dritten Gutachten wirft die Gemeinde Geld beim Fenster hinaus.",
     "Die Katze sprang beim Fenster hinaus."),
    (LL + "s16g_ausgepresst", "Die Pendler werden an der Zapfsäule ausgepresst.",
     "Die Zitronen werden frisch ausgepresst."),
    (LL + "reg_melken", "Die Sparer werden mit Gebühren gemolken.",
     "Auf dem Hof werden sechzig Kühe gemolken."),
    (LL + "s16g_abgezapft", "Das Land zapft die Rücklagen der Gemeinden an.",
     "Beim Fest zapfte die Bürgermeisterin das erste Fass an."),
    (LL + "s16g_knebeln", "Die großen Ketten knebeln die Bauern mit ihren Preisen.",
     "Die Einbrecher hatten den Hausherrn geknebelt."),
    (LL + "s16g_presst_aus", "Der Onlinehändler presst seine Zulieferer aus.",
     "Der Wirt presst jeden Morgen Orangen aus."),
    (LL + "s16g_arm_gerechnet", "Der Konzern rechnet sich gegenüber dem Finanzamt arm.",
     "Die Rentnerin ist arm und lebt allein."),
    (LL + "s16g_jammertal", "Der Handel kommt nicht aus dem Jammertal heraus.",
     "Das Tal ist im Winter nur über eine Straße erreichbar."),
    (LL + "s16g_ausbeuterbetrieb", "Die Putzfirma ist ein Ausbeuterbetrieb.",
     "Die Putzfirma zahlt den Kollektivvertragslohn."),
    (LL + "s16g_ausverkauf", "Der Verkauf der Wasserrechte war ein Ausverkauf.",
     "Der Ausverkauf im Möbelhaus beginnt am Samstag."),
    (LL + "s16g_notenpresse", "Die Notenbank wirft wieder die Notenpresse an.",
     "Die Notenbank kauft Anleihen um 20 Milliarden Euro."),
    (LL + "s16g_talfahrt", "Die Talfahrt der Industrie hält an.",
     "Die Bauwirtschaft verzeichnete ein Minus von vier Prozent."),
    (LL + "s16g_flaute_durststrecke", "Die Möbelbranche steckt in einer Absatzflaute.",
     "Am Neusiedler See herrschte Flaute."),
    (LL + "s16g_lokomotive_motor", "Der Tourismus ist der Jobmotor des Landes.",
     "Der Tourismus beschäftigt 200.000 Menschen."),
    (LL + "s16g_auf_die_bremse", "Die Regierung steigt beim Ausbau der Kinderbetreuung auf die Bremse.",
     "Der Lenker stieg auf die Bremse, der Wagen schlitterte trotzdem in den Graben."),
    (LL + "s16g_dschungel", "Im Gebührendschungel der Banken verliert man leicht den Überblick.",
     "Die Bank verlangt 4,90 Euro Kontoführungsgebühr im Monat."),
    # health and science hype
    (LL + "s16g_allheilmittel", "Das Nahrungsergänzungsmittel wird wie ein Allheilmittel verkauft.",
     "Das Nahrungsergänzungsmittel enthält Vitamin D."),
    (LL + "s16g_durchbruch_hype", "Der neue Bluttest ist ein Durchbruch im Kampf gegen Darmkrebs.",
     "Bei den Lohnverhandlungen gab es keinen Durchbruch."),
    # motion metaphors
    (LL + "s16g_kehrtwende_vorwurf", "Nach der abrupten Kehrtwende der Landesregierung ist die Umfahrung wieder offen.",
     "Der Bus wendet am Ende der Linie."),
    (LL + "s16g_schwenkt_ein", "Die Grünen schwenken beim Tempolimit auf die Linie des Koalitionspartners ein.",
     "Die Kamera schwenkt auf die Bühne."),
    (LL + "s16g_wankt", "Nach der Wahlschlappe wankt die Parteichefin.",
     "Der Mann wankte betrunken aus dem Lokal."),
    (LL + "s16g_hemd_wechseln", "Die Liste wechselt ihre Positionen wie andere die Hemden.",
     "Nach dem Training wechselte er das Hemd."),
    (LL + "s16g_bruchlandung", "Mit der Seilbahn hat die Gemeinde eine Bruchlandung hingelegt.",
     "Der Segelflieger machte eine Bruchlandung auf einer Wiese."),
    (LL + "s16g_rueckwaertsgang", "Beim Bodenschutz ist das Land im Rückwärtsgang.",
     "Die Lenkerin fuhr im Rückwärtsgang gegen einen Poller."),
    (LL + "s16g_alte_muster", "Nach der Wahl verfällt die Partei in alte Muster.",
     "Die Schneiderin näht nach alten Mustern."),
    (LL + "s16g_weichen_falsch", "Beim Ausbau der Bahn wurden die Weichen falsch gestellt.",
     "Ein Stellwerksfehler stellte die Weichen um."),
    (LL + "s16g_zu_grabe_getragen", "Die Schulreform wurde nach der Wahl beerdigt.",
     "Die Altbürgermeisterin wurde am Montag zu Grabe getragen."),
    (LL + "s16g_gegen_waende", "Die Eltern rennen mit ihrer Petition gegen Wände.",
     "Der Radfahrer prallte gegen eine Hauswand."),
    # theatre and show
    (LL + "s16g_inszenierung_vorwurf", "Die Unterzeichnung vor den Kameras war nur eine Inszenierung.",
     "Die Inszenierung des Don Giovanni dauert drei Stunden."),
    (LL + "s16g_fuer_die_galerie", "Die Anträge der Opposition sind bloß für die Galerie.",
     "Das Gemälde ist für die Galerie im Schloss bestimmt."),
    (LL + "s16g_abgekartet", "Die Vergabe des Auftrags wirkt abgekartet.",
     "Die Vergabe des Auftrags erfolgte nach einer Ausschreibung."),
    (LL + "s16g_mimt_rolle", "Im Wahlkampf mimt der Bürgermeister den Retter des Ortskerns.",
     "Im Film spielt sie eine Ärztin."),
    (LL + "s16g_tragikomoedie", "Die Suche nach einem Standort für das Bad ist eine veritable Tragikomödie.",
     "Der Film ist eine Tragikomödie über zwei Brüder."),
    (LL + "s16g_zirkus_gremium", "Der Zirkus im Landtag geht weiter.",
     "Der Zirkus gastiert im Mai auf dem Festplatz."),
    (LL + "s16g_scharmuetzel", "Die Wahlkampfscharmützel ersetzen jede Debatte.",
     "Im Grenzgebiet kam es zu Gefechten."),
    (LL + "s16g_schachzug", "Die Verschiebung der Abstimmung war ein durchsichtiger Schachzug.",
     "Die Schachspielerin überlegte ihren nächsten Zug lange."),
    (LL + "s16g_augen_zudruecken", "Bei den eigenen Parteifreunden drückt die Kontrollstelle beide Augen zu.",
     "Das Kind drückte die Augen fest zusammen."),
    (LL + "s16g_weggewischt", "Die Stadträtin wischte die Sorgen der Eltern einfach weg.",
     "Die Kellnerin wischte die Tische ab."),
    # local politics and administration
    (LL + "s16g_nach_parteibuch", "In der Landesverwaltung wird weiterhin nach Parteibuch befördert.",
     "Die Sitze im Ausschuss werden nach der Stärke der Fraktionen vergeben."),
    (LL + "s16g_hat_geschlafen", "Beim Hochwasserschutz hat die Gemeinde jahrelang geschlafen.",
     "Die Kinder haben im Zelt geschlafen."),
    (LL + "reg_zubetoniert", "Der Bürgermeister betoniert den Dorfplatz zu.",
     "Die Arbeiter betonierten das Fundament der Halle."),
    # third batch: social policy, decline, labels, show
    (LL + "s16g_auf_der_strecke", "Bei der Pflegereform bleiben die pflegenden Angehörigen auf der Strecke.",
     "Der Regionalzug blieb wegen eines Defekts auf der Strecke liegen."),
    (LL + "s16g_in_die_armut", "Die neuen Gebühren treiben viele Studierende in die Verzweiflung.",
     "Der Bericht beschreibt die Armut in den Randbezirken."),
    (LL + "s16g_bestraft_die", "Die Grundsteuer bestraft die Häuslbauer.",
     "Der Richter bestrafte die Angeklagte mit einer Geldbuße."),
    (LL + "s16g_sozialmagnet", "Die Gemeinde fürchtet, ein Sozialmagnet zu werden.",
     "Der Adventmarkt ist ein Magnet für Besucher aus Ungarn."),
    ("labeling.s16g_industrie_label", "Die Integrationsindustrie verdient an jedem Kurs mit.",
     "Die Integrationskurse kosten 12 Millionen Euro im Jahr."),
    (LL + "s16g_belastungspaket", "Die Landesregierung legt ein Belastungspaket vor.",
     "Die Landesregierung legt ein Budget mit 300 Millionen Euro Defizit vor."),
    (LL + "s16g_zerschlaegt", "Mit der Reform wird die Arbeiterkammer zerschlagen.",
     "Die Ermittler zerschlugen eine Schlepperbande."),
    (LL + "s16g_steuergeld_gezockt", "Die Stadtwerke haben mit Steuergeld gezockt.",
     "Am Wochenende zockten die Kinder am Computer."),
    (LL + "s16g_ortskern_tot", "Seit das Einkaufszentrum offen hat, ist der Ortskern wie ausgestorben.",
     "In der Altstadt ist gestern ein Mann tot aufgefunden worden."),
    (LL + "s16g_schlusslicht", "Bei der Kinderbetreuung ist das Bundesland Schlusslicht unter den Ländern.",
     "Das Schlusslicht am Anhänger war kaputt."),
    (LL + "s16g_steinzeit", "Im Meldeamt wird gearbeitet wie in der Steinzeit.",
     "Der Fund stammt aus der Steinzeit."),
    (LL + "s16g_preistreiber_label", "Die Vermieter in der Innenstadt sind die eigentlichen Preistreiber.",
     "Preistreiber waren laut Statistik Austria vor allem die Mieten."),
    (LL + "s16g_seifenoper", "Der Streit der Landesräte klingt wie aus einer Telenovela.",
     "Die Telenovela wird nach 200 Folgen eingestellt."),
    (LL + "s16g_schaulaufen", "Der Untersuchungsausschuss wurde zur Bühne für Selbstdarsteller.",
     "Auf der Bühne stand ein Streichquartett."),
    (LL + "s16g_fuehrt_vor", "Mit dem Misstrauensantrag führt die Opposition die Regierung vor.",
     "Die Beamten führten den Festgenommenen dem Richter vor."),
    (LL + "pluendern", "Das Land plündert die Krankenkassen.",
     "Nach dem Sturm plünderten Unbekannte zwei Geschäfte."),
    ("labeling.s16g_lobbyverein", "Der Verband ist nichts als ein Lobbyverein der Autoindustrie.",
     "Der Verband vertritt 120 Zulieferbetriebe."),
    ("labeling.s16g_fundi_komposita", "Die Klimafundis wollen jedes Auto verbieten.",
     "Die Klimaschützer fordern ein Tempolimit."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert entry in finding_ids(found), found
    assert entry not in finding_ids(neutral), neutral


def test_quoted_use_stays_quoted() -> None:
    """A label in a quotation is the speaker's, not the author's."""
    text = "„Das ist eine reine Gewinnmaschine“, sagte der Betriebsrat."
    assert LL + "s16g_gewinnmaschine" not in finding_ids(text)
