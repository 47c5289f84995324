"""Verdict wording of reviews and product tests (issue 8, session 12, lexicons/review.jsonl):
praise and criticism formulas of test copy ("lässt sich nichts aussetzen", "Negativ fällt auf"),
comparison verdicts ("gehört zu den besten", "kommt nicht an das Original heran"), adjectives of
craft and taste ("klingt blechern", "pappig") are found in the author's voice; the same words in a
statistic, a literal sense or someone else's words are not the author's verdict. Every passage
was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # praise and criticism formulas of test copy
        ("An der Tastatur des Laptops lässt sich wenig aussetzen.", "puffery.rv_nichts_auszusetzen"),
        ("Am Klang der Boxen gibt es nichts auszusetzen.", "puffery.rv_nichts_auszusetzen"),
        ("Unter den Bildern der Schau sticht ein kleines Aquarell hervor.",
         "puffery.rv_sticht_hervor"),
        ("Positiv fällt die leise Lüftung auf.", "puffery.rv_positiv_faellt_auf"),
        ("Negativ fällt beim Saugroboter die kurze Laufzeit auf.",
         "loaded_language.rv_negativ_faellt_auf"),
        ("Das neue Ladesystem ist ein echter Fortschritt.", "puffery.rv_echter_fortschritt"),
        ("Die neue Menüstruktur ist ein herber Rückschritt.",
         "loaded_language.rv_echter_rueckschritt"),
        ("Ein Extra-Lob verdient die Ausleuchtung der Bühne.", "puffery.rv_extra_lob"),
        ("Ein großer Pluspunkt ist der austauschbare Akku.", "puffery.rv_pluspunkt"),
        ("Der einzige Schwachpunkt des Rads ist die Schaltung.",
         "loaded_language.rv_schwachpunkt"),
        ("Die Bedienung lässt einiges zu wünschen übrig.",
         "loaded_language.rv_zu_wuenschen_uebrig"),
        ("Die Staubsaugerdüse ist verbesserungsbedürftig.",
         "loaded_language.rv_zu_wuenschen_uebrig"),
        # comparison verdicts
        ("Der Krimi gehört zu den spannendsten der Saison.", "puffery.rv_gehoert_zu_den_besten"),
        ("Die Platte zählt zu den schwächsten des Duos.",
         "loaded_language.rv_gehoert_zu_den_schwaechsten"),
        ("Das Remake kommt nie an die Vorlage heran.", "loaded_language.rv_kommt_nicht_heran"),
        ("Die Geschirrspülerin muss sich vor teureren Modellen nicht verstecken.",
         "puffery.rv_nicht_verstecken"),
        ("Der Autor beschreibt wie kaum ein anderer den Alltag im Dorf.",
         "puffery.rv_so_gut_wie_kaum_einer"),
        ("Das Bildschirmpanel ist absolute Spitze.", "puffery.rv_bestwerte"),
        # verdict predicates
        ("Die Choreografie weiß zu begeistern.", "puffery.rv_weiss_zu_begeistern"),
        ("Das Hörspiel überzeugt auf ganzer Linie.", "puffery.rv_weiss_zu_begeistern"),
        ("Der dritte Teil enttäuscht auf ganzer Linie.",
         "loaded_language.rv_enttaeuscht_auf_ganzer_linie"),
        ("Die Sprachsteuerung kann nicht überzeugen.",
         "loaded_language.rv_enttaeuscht_auf_ganzer_linie"),
        ("Das Brettspiel macht richtig Laune.", "puffery.rv_macht_laune"),
        ("Die Hauptfigur lässt einen kalt.", "loaded_language.rv_laesst_kalt"),
        ("Die Pointen verpuffen.", "loaded_language.rv_witz_verpufft"),
        ("Die Installation des Druckers ist eine Tortur.", "loaded_language.rv_ist_eine_tortur"),
        # adjectives of craft and taste
        ("Die Soundbar klingt in den Höhen blechern.", "loaded_language.rv_klingt_blechern"),
        ("Das Scharnier ist hakelig.", "loaded_language.rv_klingt_blechern"),
        ("Der Deckel wirkt billig.", "loaded_language.rv_wirkt_billig"),
        ("Die Hülle wirkt wertig.", "puffery.rv_wirkt_wertig"),
        ("Der fehlende Speicherkartenslot ist verschmerzbar.",
         "loaded_language.rv_verschmerzbar"),
        ("Die Inszenierung bleibt unspektakulär.", "loaded_language.rv_unspektakulaer"),
        ("Die Ballade trieft vor Pathos.", "loaded_language.rv_pathos"),
        ("Die Fortsetzung ist reiner Schmonzes.", "loaded_language.rv_schmonzes"),
        ("Die Nockerl waren pappig.", "loaded_language.rv_pappig"),
        ("Der Zweigelt ist süffig.", "puffery.rv_mundet"),
        ("Die Lautsprecher sind jeden Euro wert.", "puffery.rv_geld_wert"),
        ("Die Uhr punktet mit ihrer Ausdauer.", "puffery.rv_punktet_mit"),
        ("Der Roman ist eine klare Kaufempfehlung.", "puffery.rv_kaufempfehlung"),
        ("Die Premiere wurde zum Ereignis.", "puffery.rv_ist_ein_erlebnis"),
        # second batch: more verdict predicates
        ("Der junge Bariton trägt die Oper fast allein.", "puffery.rv_traegt_den_film"),
        ("Die Menüführung der Kamera ist gewöhnungsbedürftig.",
         "loaded_language.rv_gewoehnungsbeduerftig"),
        ("Der Rasenmäher ist eine runde Sache.", "puffery.rv_runde_sache"),
        ("Die Verarbeitung geht angesichts des Preises in Ordnung.", "puffery.rv_geht_in_ordnung"),
        ("Der Einsteigerlaptop schlägt sich im Vergleich achtbar.",
         "puffery.rv_schlaegt_sich_wacker"),
        ("Die Single hat Ohrwurmqualität.", "puffery.rv_ohrwurm"),
        ("Im Gelände spielt der Geländewagen seine Stärken aus.", "puffery.rv_spielt_staerken_aus"),
        ("An der Übersetzung hapert es.", "loaded_language.rv_hapert"),
        ("Die Serie krankt an ihren Nebenfiguren.", "loaded_language.rv_hapert"),
        ("Der Saibling war auf den Punkt gebraten.", "puffery.rv_auf_den_punkt_gegart"),
        ("Die Bonustracks sind Lückenfüller.", "loaded_language.rv_lueckenfueller"),
        ("Die Biografie liest sich spannend.", "puffery.rv_liest_sich_fluessig"),
        ("Der zweite Band liest sich mühsam.", "loaded_language.rv_liest_sich_zaeh"),
        ("Die App ist intuitiv bedienbar.", "puffery.rv_intuitiv_bedienbar"),
        ("Das Einrichten des Routers ist unnötig umständlich.",
         "loaded_language.rv_unnoetig_kompliziert"),
        ("Der Autor hat ein sicheres Gespür für Dialoge.", "puffery.rv_gespuer_fuer"),
        ("Die Kulissen sind detailverliebt gestaltet.", "puffery.rv_liebevoll_gestaltet"),
        ("Das Drama nimmt sich zu viel vor.", "loaded_language.rv_nimmt_sich_zu_viel_vor"),
        ("Die Gags wirken abgestanden.", "loaded_language.rv_abgestanden"),
        # third batch: verdict formulas of test and review copy
        ("Der Sänger landete mit der Ballade einen Publikumshit.", "puffery.rv_hit_gelandet"),
        ("Die Konditorei macht ihrem Ruf alle Ehre.", "puffery.rv_alle_ehre"),
        ("Beim Zubehör ließ sich die Firma nicht lumpen.", "puffery.rv_nicht_lumpen"),
        ("Die Laufzeit ist eine angenehme Überraschung.", "puffery.rv_positive_ueberraschung"),
        ("Das neue Ladegerät ist eine unangenehme Überraschung.",
         "loaded_language.rv_negative_ueberraschung"),
        ("Die Wartezeit an der Hotline ist unerfreulich.", "loaded_language.rv_unerfreulich"),
        ("Die Erzählung ist wärmstens zu empfehlen.", "puffery.rv_zu_empfehlen"),
        ("Die App ist nur eingeschränkt zu empfehlen.",
         "loaded_language.rv_bedingt_zu_empfehlen"),
        ("Der Film ist ein Ausnahmewerk.", "puffery.rv_ausnahmewerk"),
        ("Bei dem Strategiespiel stimmt die Balance.", "puffery.rv_mischung_stimmt"),
        ("Die Kamera startet in einer Sekunde. Prima.", "puffery.rv_kurzes_lob"),
        ("Die Sängerin entfaltet im zweiten Akt ihre ganze Klasse.",
         "puffery.rv_spielt_staerken_aus"),
        ("Die Lüftung fällt kaum störend ins Gewicht.", "loaded_language.rv_negativ_faellt_auf"),
    ],
)
def test_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # statistics and rankings of numbers, not praise
        ("Der Juli gehörte zu den besten Monaten seit Beginn der Messungen.",
         "puffery.rv_gehoert_zu_den_besten"),
        ("Das Quartal zählt zu den schwächsten Quartalen seit 2009.",
         "loaded_language.rv_gehoert_zu_den_schwaechsten"),
        ("Der beste Wert seit 2010 wurde im Mai gemessen.", "puffery.rv_bestwerte"),
        ("Die Temperaturen erreichen am Wochenende Spitzenwerte.", "puffery.rv_bestwerte"),
        ("Der Verein verlor so viele Spiele wie kein anderer Klub.",
         "puffery.rv_so_gut_wie_kaum_einer"),
        ("Ein Konzern meldet einen riesigen Gewinn von drei Milliarden Euro.",
         "puffery.rv_echter_fortschritt"),
        # literal senses
        ("Ihr Schnelltest fiel positiv auf das Virus aus.", "puffery.rv_positiv_faellt_auf"),
        ("Die Blätter fallen auf den Gehsteig.", "loaded_language.rv_negativ_faellt_auf"),
        ("Die Gemeinde kann die Gebühr vorübergehend aussetzen.",
         "puffery.rv_nichts_auszusetzen"),
        ("Die Kontrolleure fanden an der Buchhaltung nichts auszusetzen.",
         "puffery.rv_nichts_auszusetzen"),
        ("Der Einbrecher kam nicht an den Tresor heran.", "loaded_language.rv_kommt_nicht_heran"),
        ("Der Luftdruck fällt am Abend deutlich ab.", "loaded_language.rv_kommt_nicht_heran"),
        ("Die Geiseln mussten sich im Keller verstecken.", "puffery.rv_nicht_verstecken"),
        ("Die Mannschaft hatte die Niederlage zu verkraften.", "loaded_language.rv_verschmerzbar"),
        ("Die Köchin lässt die Creme kalt werden.", "loaded_language.rv_laesst_kalt"),
        ("Im Regal stand eine blecherne Dose.", "loaded_language.rv_klingt_blechern"),
        ("Das Holz wird im Sägewerk verarbeitet.", "puffery.rv_wirkt_wertig"),
        ("Die Grazer punkteten mit 2:1 in Altach.", "puffery.rv_punktet_mit"),
        ("Das Buch ist Pflichtlektüre an den Gymnasien.", "puffery.rv_kaufempfehlung"),
        ("Die Bank spricht eine Kaufempfehlung für die Aktie aus.",
         "puffery.rv_kaufempfehlung"),
        ("Der Patient klagt über eine große Schwäche in den Armen.",
         "loaded_language.rv_schwachpunkt"),
        ("Der Stromausfall war ein Ereignis, das die Stadt lahmlegte.",
         "puffery.rv_ist_ein_erlebnis"),
        ("Ein Extra-Lob vom Trainer bekam der Tormann.", "puffery.rv_extra_lob"),
        ("Die Fans waren nach dem Spiel tief enttäuscht.",
         "loaded_language.rv_enttaeuscht_auf_ganzer_linie"),
        ("Der Stürmer überzeugt nicht nur im Strafraum.",
         "loaded_language.rv_enttaeuscht_auf_ganzer_linie"),
        ("Die Verhandlungen über den Waffenstillstand sind delikat.", "puffery.rv_mundet"),
        ("Der Kellner trug das Spiel zur Bar.", "puffery.rv_traegt_den_film"),
        ("Die Anmeldung geht in Ordnung.", "puffery.rv_geht_in_ordnung"),
        ("Der Vater erkrankte an Masern.", "loaded_language.rv_hapert"),
        ("Die Limonade war abgestanden.", "loaded_language.rv_abgestanden"),
        ("Die Zeugin handelte intuitiv.", "puffery.rv_intuitiv_bedienbar"),
        ("Die Lehrerin las sich die Aufsätze durch.", "puffery.rv_liest_sich_fluessig"),
        ("Der Jet ist sicher in Schwechat gelandet.", "puffery.rv_hit_gelandet"),
        ("Die Zahl stimmt nicht mit der Statistik überein.", "puffery.rv_mischung_stimmt"),
        ("Trainer der Nationalmannschaft war Helmut Schön.", "puffery.rv_kurzes_lob"),
        ("Die Überraschung zum Geburtstag gelang.", "puffery.rv_positive_ueberraschung"),
        ("Der Hausarzt hat die Kur empfohlen.", "puffery.rv_zu_empfehlen"),
        ("Extralob für den Tormann nach dem Derby.", "puffery.rv_extra_lob"),
    ],
)
def test_not_found(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("„Die Fortsetzung enttäuscht auf ganzer Linie“, sagte der Regisseur.",
         "loaded_language.rv_enttaeuscht_auf_ganzer_linie"),
        ("„Am Klang gibt es nichts auszusetzen“, sagte die Tontechnikerin.",
         "puffery.rv_nichts_auszusetzen"),
    ],
)
def test_someone_elses_words_are_not_the_authors(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id in _ids(text, "quote")
