"""Author P, session 19 (issue 8): the verdicts of commentary and Leitartikel copy on politics,
administration and public money as families (ids ``*.s19p_*``): verdicts on a decision's character
(menschlich verständlich, verfehlte Politik, verdient den Namen nicht), on delay and evasion (bis nach
der Wahl vertagt, seit Jahren verschleppt, schieben sich die Verantwortung zu, versteckt sich hinter
Gutachten), sarcastic re-namings (ein hübsches Wort für …, im Amtsdeutsch heißt das …, so nennt man
das dann), the author's appeals and moral frames (man müsste es nur wollen, am Geld liegt es nicht,
kein Recht, sondern ein Privileg, Besitzstandswahrung), evaluations of arguments and figures (ein
Blick auf die Zahlen relativiert …, die Rechnung ist zu einfach, kein Erkenntnis-, sondern ein
Umsetzungsproblem) and verdicts on debt, defence and pension policy (Rentengeschenke, zulasten
künftiger Generationen, Schuldenmacherei, Beschaffungschaos).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("stance.s19p_menschlich_verstaendlich", "Der Ärger der Bauern ist menschlich begreiflich, ändert aber nichts.",
     "Die Gebrauchsanweisung ist leicht verständlich."),
    ("loaded_language.s19p_huebsches_wort_fuer", "Strukturanpassung ist ein schönes Wort für Stellenabbau.",
     "Das Wort Strukturanpassung steht im Bericht auf Seite vier."),
    ("loaded_language.s19p_huebsches_wort_fuer", "Im Beamtendeutsch heißt das Prüfauftrag.",
     "Die Prüfung findet im Amt statt."),
    ("loaded_language.s19p_huebsches_wort_fuer", "So nennt man das dann wohl Transparenz.",
     "Die Bewohner nennen den Platz Kirchenwiese."),
    ("stance.s19p_man_muesste_nur_wollen", "Man müsste es eben wollen.",
     "Man muss sich bis Montag anmelden."),
    ("stance.s19p_man_muesste_nur_wollen", "Am Geld liegt es jedenfalls nicht.",
     "Das Geld liegt auf einem Sperrkonto."),
    ("loaded_language.s19p_liebgewonnenes_privileg", "Das Steuerprivileg ist ein liebgewonnener Besitzstand der Branche.",
     "Der Besitzer des Hauses wohnt in Graz."),
    ("loaded_language.s19p_liebgewonnenes_privileg", "Die Kammern verteidigen ihre Besitzstände.",
     "Die Kammern verteidigen ihren Standort in der Innenstadt."),
    ("stance.s19p_blick_auf_die_zahlen", "Ein Blick in die Statistik genügt, um die Aufregung zu verstehen.",
     "Der Blick vom Turm reicht bis zu den Alpen."),
    ("stance.s19p_blick_auf_die_zahlen", "Bei Lichte besehen ist das Paket eine Kürzung.",
     "Das Licht im Treppenhaus ist kaputt."),
    ("loaded_language.s19p_vertagen_bis", "Die Gebührenreform wird seit Jahrzehnten aufgeschoben.",
     "Das Konzert wurde wegen Regens auf Sonntag verschoben."),
    ("loaded_language.s19p_vertagen_bis", "Der Radweg wurde totgeprüft.",
     "Der Radweg wurde geprüft und freigegeben."),
    ("loaded_language.s19p_verantwortung_schieben", "Stadt und Land schieben sich seit Monaten die Verantwortung zu.",
     "Die Verantwortung für den Umbau trägt die Stadt."),
    ("loaded_language.s19p_verantwortung_schieben", "Die Landesrätin versteckt sich hinter Paragrafen.",
     "Der Fuchs versteckt sich hinter der Scheune."),
    ("loaded_language.s19p_lasten_kuenftiger_generationen", "Die neuen Schulden gehen zulasten künftiger Generationen.",
     "Die Reparatur geht zulasten des Vermieters."),
    ("loaded_language.s19p_lasten_kuenftiger_generationen", "Die Haltelinie ist eine teure Hypothek für die Jungen.",
     "Die Bank gewährte eine Hypothek für das Grundstück."),
    ("loaded_language.s19p_rentengeschenk", "Das Wahlprogramm ist ein einziges Rentengeschenk.",
     "Der Rentner bekam zum Geburtstag ein Geschenk."),
    ("loaded_language.s19p_rentengeschenk", "Die Regierung erkauft sich mit dem Bonus das Wohlwollen der Beamten.",
     "Die Gemeinde kaufte sich ein neues Feuerwehrauto."),
    ("loaded_language.s19p_beschaffungschaos", "Das Beschaffungsdesaster beim Hubschrauber kostet Millionen.",
     "Die Beschaffung der Hubschrauber beginnt im Frühjahr."),
    ("doubt.s19p_rechnung_zu_einfach", "Diese Rechnung ist allzu optimistisch.",
     "Diese Rechnung ist innerhalb von 14 Tagen zu begleichen."),
    ("stance.s19p_kein_problem_sondern", "Die Stadt hat kein Geld-, sondern ein Willensproblem.",
     "Die Stadt hat ein Problem mit den Tauben."),
    ("stance.s19p_verdient_namen_nicht", "Das Entlastungspaket verdient seinen Namen nicht.",
     "Der Künstler verdient mit seinem Namen viel Geld."),
    ("stance.s19p_geaendert_hat_sich_nichts", "Geändert hat sich seitdem herzlich wenig.",
     "Die Öffnungszeiten haben sich geändert."),
    ("loaded_language.s19p_versprechen_statt_loesung", "Die Pendler bekommen Ankündigungen statt Lösungen.",
     "Statt des Busses fährt am Sonntag ein Taxi."),
    ("loaded_language.s19p_schlechte_politik", "Der Wohnungsmangel ist die Folge miserabler Baupolitik.",
     "Die Baupolitik der Stadt steht am Dienstag im Ausschuss zur Debatte."),
    ("stance.s19p_muss_man_lassen", "Man muss es dem Landrat lassen: Beharrlich ist er.",
     "Man muss den Wagen über Nacht stehen lassen."),
    ("loaded_language.s19p_nach_kassenlage", "Der Senat betreibt Sozialpolitik nach Kassenlage.",
     "Die Kassenlage der Gemeinde ist angespannt, sagte der Kämmerer."),
    ("loaded_language.s19p_falsches_signal", "Die Streichung ist das falsche Signal an die Ehrenamtlichen.",
     "Ein falsches Signal am Stellwerk führte zu der Verspätung."),
    ("stance.s19p_schlechter_stil", "Die Opposition erst aus der Zeitung zu informieren, war schlechter Stil.",
     "Die Villa ist im Stil der Gründerzeit gebaut."),
    ("loaded_language.s19p_glaubwuerdigkeit_dahin", "Das Ansehen des Bürgermeisters ist ramponiert.",
     "Das Ansehen der Mannschaft stieg nach dem Titel."),
    ("stance.s19p_fuenf_nach_zwoelf", "Für die Kinderkliniken ist es kurz vor zwölf.",
     "Die Sitzung beginnt um zwölf."),
    ("stance.s19p_muss_liefern", "Die Landesregierung muss endlich liefern.",
     "Der Händler muss die Möbel bis Montag liefern."),
    ("stance.s19p_lehrstueck_wie_nicht", "Der Neubau ist ein Lehrbeispiel dafür, wie man Steuergeld verschwendet.",
     "Im Lehrbuch steht ein Beispiel dafür."),
    ("loaded_language.s19p_papiermonster", "Wer ein Café eröffnen will, kämpft sich durch einen Antragsdschungel.",
     "Der Antrag regelt die Öffnungszeiten."),
    ("loaded_language.s19p_stumpfes_schwert", "Die Kontrollbehörde bleibt ein stumpfes Instrument.",
     "Das Messer ist stumpf."),
    ("loaded_language.s19p_schuldenbremse_umgangen", "Mit den Nebenhaushalten wird die Schuldenbremse umgangen.",
     "Die Schuldenbremse erlaubt in Notlagen höhere Kredite."),
    ("stance.s19p_falsche_anreize", "Die Prämie schafft völlig falsche Anreize.",
     "Die Prämie soll Anreize für den Umstieg auf Wärmepumpen schaffen."),
    ("loaded_language.s19p_geld_das_man_nicht_hat", "Die Stadt verspricht Millionen, die sie nicht hat.",
     "Die Millionen, die sie geerbt hat, spendet sie."),
    ("loaded_language.s19p_frisst_auf", "Die höheren Abgaben fressen die Entlastung wieder auf.",
     "Die Raupe frisst die Blätter auf."),
    ("loaded_language.s19p_in_den_wind_geschlagen", "Die Gemeinde hat die Einwände der Anrainer in den Wind geschlagen.",
     "Der Wind hat das Fenster aufgeschlagen."),
]


@pytest.mark.parametrize("entry_id,finding,neutral", FAMILIES)
def test_family(entry_id: str, finding: str, neutral: str) -> None:
    assert_family(finding, entry_id, True)
    assert_family(neutral, entry_id, False)
