"""Families of evaluative wording an experienced editor expects to be found (issue 8, session 12):
idioms and metaphors of news and commentary, colloquial verbs, labels for people and groups,
sports and review verdicts. Found in the author's voice; the same words in a literal sense, or in
someone else's words, are not the author's judgement. Every passage was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # idioms and metaphors of news and commentary
        ("Im Gemeinderat gingen die Wogen hoch, als der Plan bekannt wurde.",
         "loaded_language.s12_wogen_hoch"),
        ("Der Vizebürgermeister räumte nach der Niederlage das Feld.",
         "loaded_language.s12_feld_raeumen"),
        ("Für die Fluglinie war es ein schwarzer Tag.", "loaded_language.s12_schwarzer_tag"),
        ("Die Initiative versteht sich als Speerspitze gegen den Ausbau.",
         "loaded_language.s12_speerspitze"),
        ("Nach dem Abgang des Finanzchefs geriet die Bank ins Straucheln.",
         "loaded_language.s12_straucheln"),
        ("Die Sanierung der Schule will nicht in die Gänge kommen.",
         "loaded_language.s12_in_die_gaenge"),
        ("Der Rechnungshof ging mit dem Ministerium hart ins Gericht.",
         "loaded_language.s12_ins_gericht"),
        ("Das Land zieht beim Straßenbau die Sparschraube an.", "loaded_language.s12_sparschraube"),
        ("Nach der Pleite zog der Eigentümer einen dicken Strich darunter.",
         "loaded_language.s12_dicker_strich"),
        ("Im Rathaus brennt der Hut.", "loaded_language.s12_brennt_der_hut"),
        ("Die Bürgerliste kämpft auf verlorenem Posten.", "loaded_language.s12_verlorener_posten"),
        ("Mit dem Einspruch biss die Gemeinde beim Verwaltungsgericht auf Granit.",
         "loaded_language.s12_auf_granit"),
        ("Die Stadträtin steht im Kreuzfeuer der Kritik.", "loaded_language.s12_kreuzfeuer"),
        ("Die Sozialdemokraten befinden sich im freien Fall.", "loaded_language.s12_freier_fall"),
        ("Die Partei ist tief zerstritten.", "loaded_language.s12_tief_zerstritten"),
        ("Der Streit um die Umfahrung schwelt seit Jahren.", "loaded_language.s12_schwelt"),
        ("Die Abgeordneten wurden vom Klubchef auf Linie gebracht.",
         "loaded_language.s12_auf_linie"),
        ("Die Volkspartei fischt am rechten Rand.", "loaded_language.s12_fischt_am_rand"),
        ("Die Koalition ist umgefallen, das Transitgesetz kommt.", "loaded_language.s12_umgefallen"),
        ("Mit dem Paket wird der Mieterschutz ausgehöhlt.", "loaded_language.s12_aushoehlen"),
        ("Es hagelte Kritik von allen Seiten.", "loaded_language.s12_hagelte_kritik"),
        # colloquial verbs and images
        ("Dem Verteidiger wurde eine Sperre von drei Spielen aufgebrummt.",
         "loaded_language.s12_aufbrummen"),
        ("Der Tabellenführer schwächelt seit dem Frühjahr.", "loaded_language.s12_schwaecheln"),
        ("Die Landespartei servierte ihren Obmann nach der Wahl ab.", "loaded_language.s12_abservieren"),
        ("Die Aktie der Bank rutschte in den Keller.", "loaded_language.s12_in_den_keller"),
        ("Das Start-up verbrannte in zwei Jahren Millionen.", "loaded_language.s12_verbrennt_geld"),
        ("Die Wirte stöhnen unter den Energiekosten.", "loaded_language.s12_stoehnt_unter"),
        ("Die Werft hängt seit Jahren am Tropf des Staates.", "loaded_language.s12_am_tropf"),
        # evaluative adjectives and participles
        ("Die umtriebige Stadträtin hat schon wieder einen Verein gegründet.",
         "puffery.s12_umtriebig"),
        ("Der windige Vermittler ist seit Wochen verschwunden.", "loaded_language.s12_windig"),
        ("Das verstaubte Frauenbild der Partei stößt auf Kritik.", "loaded_language.s12_verstaubt"),
        ("Der neue Landesrat blieb auch heuer blass.", "loaded_language.s12_blieb_blass"),
        # labels for people and groups
        ("Nach dem Putsch ist das Regime international ein Paria.", "labeling.s12_paria"),
        ("Die Hardliner im Parlament blockieren den Kompromiss.", "labeling.s12_hardliner"),
        ("Der Fußballklub ist das Spielzeug eines Moguls.", "labeling.s12_mogul"),
        ("Die Partei ist zum Kanzlerwahlverein geworden.", "labeling.s12_kanzlerwahlverein"),
        # sports and review verdicts
        ("Nach dem Desasterspiel gegen den Letzten musste der Trainer gehen.",
         "loaded_language.s12_desasterspiel"),
        ("Die Slalomläuferin feierte in Flachau ein Traum-Comeback.", "puffery.s12_traum_kompositum"),
        ("Die Gäste agierten pomadig und verloren verdient.", "loaded_language.s12_pomadig"),
        ("Die Offensive der Hausherren blieb völlig harmlos.", "loaded_language.s12_harmlos_angriff"),
        ("Der Tabellenführer stolperte über den Aufsteiger.", "loaded_language.s12_stolperte_ueber"),
        ("Die Dialoge sind banal, die Handlung ist seicht.", "loaded_language.s12_seicht"),
        ("Der Prozess stützt sich auf konstruierte Vorwürfe.", "loaded_language.s12_konstruiert"),
        ("Der Film hat seine Momente, mehr nicht.", "loaded_language.s12_hat_seine_momente"),
        ("Das kleine Museum in Gmünd ist einen Abstecher wert.", "puffery.s12_besuch_wert"),
        ("Der Sänger zog den Saal sofort in seinen Bann.", "puffery.s12_in_den_bann"),
    ],
)
def test_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("„Da geht es den Autofahrern an den Kragen“, sagte der ÖAMTC-Sprecher.",
         "loaded_language.s12_an_den_kragen"),
        ("„Die Hardliner haben sich durchgesetzt“, sagte die Abgeordnete.",
         "labeling.s12_hardliner"),
        ("„Die Stadt muss den Gürtel enger schnallen“, sagte der Bürgermeister.",
         "loaded_language.s12_guertel_enger"),
    ],
)
def test_someone_elses_words_are_not_the_authors(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # literal senses
        ("Der Marathonläufer strauchelte auf dem Kopfsteinpflaster.",
         "loaded_language.s12_straucheln"),
        ("Die Soldaten gerieten ins Kreuzfeuer zweier Milizen.", "loaded_language.s12_kreuzfeuer"),
        ("Der Fallschirmspringer war eine Minute im freien Fall.", "loaded_language.s12_freier_fall"),
        ("Die Regionalbahn blieb wegen eines Defekts auf der Strecke stehen.",
         "loaded_language.s12_auf_der_strecke"),
        ("Die Chirurgin zog die Fäden nach zehn Tagen.", "loaded_language.s12_zog_die_faeden"),
        ("Bei Gewitter schwelte im Dachstuhl ein Brand.", "loaded_language.s12_schwelt"),
        ("Der Baum ist beim Sturm umgefallen.", "loaded_language.s12_umgefallen"),
        ("Die Kinder höhlten Kürbisse aus.", "loaded_language.s12_aushoehlen"),
        ("Nach dem Gewitter hagelte es in Graz.", "loaded_language.s12_hagelte_kritik"),
        ("Die Anleihe der Stadt war zweifach überzeichnet.", "loaded_language.s12_ueberzeichnet"),
        ("Der Fotograf arbeitet nur in Schwarz-Weiß.", "loaded_language.s12_schwarz_weiss"),
        ("Die Verletzung des Kapitäns blieb harmlos.", "loaded_language.s12_harmlos_angriff"),
        ("Am Wochenende ist Regen angesagt, das angesagte Gewitter blieb aus.",
         "puffery.s12_angesagt"),
        ("Die Fluss ist an dieser Stelle seicht.", "loaded_language.s12_seicht"),
        ("Das Lokal serviert Frühstück ab 7 Uhr.", "loaded_language.s12_abservieren"),
        ("Der Motor des Traktors stotterte.", "loaded_language.s12_motor_stottert"),
        ("Der Patient hängt am Tropf.", "loaded_language.s12_am_tropf"),
        ("Die Pferde galoppierten über die Koppel.", "loaded_language.s12_galoppierend"),
        ("Der Kronprinz von Norwegen eröffnete die Messe.", "labeling.s12_ziehsohn"),
        ("Der Sonnenkönig Ludwig XIV. ließ Versailles erweitern.", "labeling.s12_landesfuerst"),
    ],
)
def test_literal_sense_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Der Streit um die Dienstwagen sorgt für Unmut in der Belegschaft.",
         "loaded_language.s12_sorgt_fuer_unmut"),
        ("Das Budget wird zur Zerreißprobe für die Stadtregierung.",
         "loaded_language.s12_zerreissprobe"),
        ("Die Landesrätin versucht den Spagat zwischen Tourismus und Naturschutz.",
         "loaded_language.s12_spagat"),
        ("Die Liste legte in Graz einen Bauchfleck hin.", "loaded_language.s12_bauchfleck"),
        ("Der Bürgermeister pokert hoch.", "loaded_language.s12_pokert_hoch"),
        ("Im Klub liegen die Nerven blank.", "loaded_language.s12_nerven_blank"),
        ("Für die Sparer ist das ein schwacher Trost.", "loaded_language.s12_schwacher_trost"),
        ("Der Strizzi wurde in Simmering gefasst.", "labeling.s12_grantler"),
        ("Das Enfant terrible der Grünen kandidiert wieder.", "labeling.s12_enfant_terrible"),
        ("Der Sonnyboy der Liberalen will in den Landtag.", "puffery.s12_sonnyboy"),
    ],
)
def test_fourth_batch_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Gymnastin zeigte einen Spagat auf dem Boden.", "loaded_language.s12_spagat"),
        ("Nach dem Gewitter kam die Ruhe zurück.", "loaded_language.s12_ruhe_vor_dem_sturm"),
        ("Der Elektriker sagte, die Kabel liegen blank.", "loaded_language.s12_nerven_blank"),
        ("Im Café am Eck trifft sich die Hipster Cat Community.", "labeling.s12_grantler"),
        ("Der Guru Nanak gilt als Gründer des Sikhismus.", "labeling.s12_guru"),
        ("Das Höchstgericht gab ihm recht.", "loaded_language.s12_erfolg_gibt_recht"),
    ],
)
def test_fourth_batch_literal_sense_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Landesregierung liebäugelt mit einer Maut.", "loaded_language.s12_liebaeugelt"),
        ("Vor dem Rathaus marschierten die Neonazis auf.", "loaded_language.s12_aufmarsch"),
        ("Die Kammer fährt schwere Geschütze gegen das Gesetz auf.",
         "loaded_language.s12_schwere_geschuetze"),
        ("Im Gemeinderat tobt der Streit um die Parkgebühren.", "loaded_language.s12_streit_tobt"),
        ("Das Video löste eine Welle der Empörung aus.", "loaded_language.s12_welle_der_empoerung"),
        ("Die Regierung plant eine Aufweichung des Kündigungsschutzes.",
         "loaded_language.s12_aufweichung"),
        ("Der Tourismusverband ist wenig originell.", "loaded_language.s12_wenig_urteil"),
        ("Die Gäste leisteten sich in der Abwehr zu viele Fehler.",
         "loaded_language.s12_fehler_geleistet"),
    ],
)
def test_fifth_batch_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Im Osten tobt der Krieg seit drei Jahren.", "loaded_language.s12_streit_tobt"),
        ("Die Blasmusik marschierte auf den Kirchplatz.", "loaded_language.s12_aufmarsch"),
        ("Der Zoll fertigte die Lastwagen an der Grenze ab.", "loaded_language.s12_fertigte_ab"),
        ("Nach dem Regen kam es zur Aufweichung des Bodens.", "loaded_language.s12_aufweichung"),
        ("Das Rote Kreuz leistete Hilfe.", "loaded_language.s12_fehler_geleistet"),
        ("Im Sommer gab es wenig Regen.", "loaded_language.s12_wenig_urteil"),
    ],
)
def test_fifth_batch_literal_sense_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Ein Wermutstropfen bleibt die lange Bauzeit.", "loaded_language.s12_wermutstropfen"),
        ("Soziale Netzwerke sind ein Nährboden für Verschwörungsmythen.",
         "loaded_language.s12_naehrboden"),
        ("Die Bauordnungen der Länder sind ein Fleckerlteppich.",
         "loaded_language.s12_fleckerlteppich"),
        ("Das Gutachten liegt seit Jahren in der Schublade.",
         "loaded_language.s12_schublade"),
    ],
)
def test_sixth_batch_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Das Labor züchtet Keime auf einem Nährboden für Bakterien.",
         "loaded_language.s12_naehrboden"),
        ("Der Ausweis liegt in der Schublade im Flur.", "loaded_language.s12_schublade"),
        ("Im Sumpf am Neusiedler See brüten Reiher.", "loaded_language.s12_sumpf"),
    ],
)
def test_sixth_batch_literal_sense_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die hoch angesehene Dirigentin übernimmt das Orchester.", "puffery.s12_anerkannt"),
        ("Das Hotel bietet ein abwechslungsreiches Programm.", "puffery.s12_hoher_qualitaet"),
        ("Die Band begeisterte die Zuschauer in der Stadthalle.",
         "puffery.s12_begeisterte_publikum"),
    ],
)
def test_seventh_batch_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die international anerkannte Regierung kontrolliert den Westen des Landes.",
         "puffery.s12_anerkannt"),
        ("Es gibt gewichtige Gründe gegen den Bau.", "loaded_language.s12_gewichtig"),
        ("Die Legende der Wanderkarte ist schwer lesbar.", "puffery.s12_legende_weiter"),
    ],
)
def test_seventh_batch_neutral_use_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Sturm spielte den WAC in der ersten Hälfte an die Wand.",
         "loaded_language.s12_zerlegte_gegner"),
        ("Die zweite Hälfte war reines Rasenschach.", "loaded_language.s12_ballgeschiebe"),
        ("Nach dem Ausgleich wirkten die Gastgeber wie gelähmt.", "loaded_language.s12_griff_daneben"),
    ],
)
def test_eighth_batch_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


def test_a_mechanic_taking_an_engine_apart_is_not_a_finding() -> None:
    assert "loaded_language.s12_zerlegte_gegner" not in _ids(
        "In der Werkstatt zerlegte der Lehrling den Motor des Gegners.")
