"""Families of evaluative wording added in session 13 by lexicon author A (issue 8): evaluative
adjectives and participles, colloquial and tabloid wording, idioms and metaphors, framing verbs
and labels. Each family is found in the author's voice; a literal, technical or neutral use next
to it stays unflagged. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids

FOUND = [
    # evaluative adjectives and participles
    ("Die Lage im Landtag ist kurios.", "loaded_language.s13a_kurios_praedikativ"),
    ("Die Suche nach einer Kandidatin gestaltet sich mühsam.", "loaded_language.s13a_muehsam"),
    ("Die Opposition fährt eine diffuse Linie.", "loaded_language.s13a_diffus"),
    ("Für den Kanzler wird es nun brenzlig.", "loaded_language.s13a_brenzlig"),
    ("Die Annahme des Vorstands ist reichlich verwegen.", "loaded_language.s13a_verwegen"),
    ("Es folgte die sattsam bekannte Debatte.", "loaded_language.s13a_sattsam"),
    ("Die Rede bestand aus abgedroschenen Formeln.", "loaded_language.s13a_abgedroschen"),
    ("Die unbeliebte Gebühr soll fallen.", "loaded_language.s13a_unbeliebt"),
    ("Der Film ist eher träge.", "loaded_language.s13a_werk_zaeh"),
    ("Der klamaukige Abend langweilt.", "loaded_language.s13a_klamaukig"),
    ("Der Landesrat wirkte bei der Sitzung überfordert.", "loaded_language.s13a_wirkt_ueberfordert"),
    ("Die Bewegung ist seit dem Parteitag zerrissen.", "loaded_language.s13a_zerrissen"),
    ("Das Thema Zuwanderung ist emotional aufgeladen.", "loaded_language.s13a_emotional_aufgeladen"),
    ("Die Koalition ist nach dem Streit gelähmt.", "loaded_language.s13a_gelaehmt"),
    ("Dem Bürgermeister fehlt jedes Fingerspitzengefühl.", "loaded_language.s13a_fingerspitzengefuehl"),
    ("Der Sportdirektor hatte bei den Transfers kein glückliches Händchen.",
     "loaded_language.s13a_haendchen"),
    ("Die Schulen wurden zu Tode verwaltet.", "loaded_language.s13a_zu_tode"),
    # colloquial
    ("Wer regiert, ist vielen Jugendlichen herzlich egal.", "loaded_language.s13a_herzlich_egal"),
    ("Von solchen Gehältern können Pflegekräfte nur träumen.", "loaded_language.s13a_nur_traeumen"),
    ("Die Vorfreude auf den Wahlkampf hält sich in Grenzen.", "loaded_language.s13a_in_grenzen"),
    ("Im Finale lief es für die Gastgeberinnen wie geschmiert.", "loaded_language.s13a_wie_geschmiert"),
    ("Die Lobbyistin hat einen guten Draht ins Kanzleramt.", "loaded_language.s13a_enger_draht"),
    ("Der Stadtrat ist kein Freund von Radwegen.", "loaded_language.s13a_kein_freund"),
    ("Die Dauerbaustelle geht den Anrainern auf die Nerven.", "loaded_language.s13a_auf_die_nerven"),
    ("Wer zweimal zu spät kommt, fliegt raus.", "loaded_language.s13a_fliegt_raus"),
    ("Der Klub wollte dem Bürgermeister eins auswischen.", "loaded_language.s13a_eins_auswischen"),
    ("Die Gemeinden tanzen der Landesregierung auf der Nase herum.",
     "loaded_language.s13a_auf_der_nase"),
    ("Salzburg hat den Gegner 6:0 abmontiert.", "loaded_language.s13a_sport_abmontiert"),
    ("Die Stadt muss die Messegesellschaft weiter durchfüttern.", "loaded_language.s13a_durchfuettern"),
    ("Das Gerede über einen Rücktritt verstummt nicht.", "loaded_language.s13a_ge_laerm"),
    ("Die Streitereien im Gemeinderat kosten Zeit.", "loaded_language.s13a_streitereien"),
    ("Die stundenlange Wartezeit glich einer Tortur.", "loaded_language.s13a_tortur"),
    ("Der Sammler verfolgt sein Hobby obsessiv.", "loaded_language.s13a_obsession"),
    ("Nach zwei Fehlschlägen gab das Team auf.", "loaded_language.s13a_fehlschlag"),
    ("Zürich ist ein teures Pflaster.", "loaded_language.s13a_pflaster"),
    ("Die Gäste taten sich lange schwer.", "loaded_language.s13a_tut_sich_schwer"),
    ("Der Makler hat eine satte Provision eingestreift.", "loaded_language.s13a_eingestreift"),
    ("Der Obmann hat sich an die Industrie rangeschmissen.", "loaded_language.s13a_ranschmeissen"),
    # idioms
    ("Mit den Anleihen hat sich die Gemeinde die Finger verbrannt.",
     "loaded_language.s13a_finger_verbrannt"),
    ("Der Käufer bekam kurz vor dem Termin kalte Füße.", "loaded_language.s13a_kalte_fuesse"),
    ("Der Vermieter hat sich aus dem Staub gemacht.", "loaded_language.s13a_aus_dem_staub"),
    ("Zwischen Stadt und Land wurde viel Geschirr zerschlagen.", "loaded_language.s13a_viel_geschirr"),
    ("Die Liberalen mussten Federn lassen.", "loaded_language.s13a_federn_lassen"),
    ("Die Meldepflicht ist totes Recht.", "loaded_language.s13a_totes_recht"),
    ("Der Bürgermeister ist nach der Abwahl eine Lame Duck.", "loaded_language.s13a_lame_duck"),
    ("Der Verein steuert auf die Pleite zu.", "loaded_language.s13a_steuert_auf"),
    ("Es knirscht in der Koalition seit dem Sommer.", "loaded_language.s13a_knirscht_es"),
    ("Der Konflikt schaukelt sich weiter hoch.", "loaded_language.s13a_hochschaukeln"),
    ("Die Ausgaben für Berater ufern aus.", "loaded_language.s13a_ufert_aus"),
    ("Der Ausschuss verheddert sich in Formalitäten.", "loaded_language.s13a_verheddert"),
    ("Die Ministerin ist vor den Ländern in die Knie gegangen.", "loaded_language.s13a_in_die_knie"),
    ("Nach dem Skandal musste der Direktor seinen Hut nehmen.", "loaded_language.s13a_hut_nehmen"),
    ("Der Minister gibt nach der Kritik den Ahnungslosen.", "loaded_language.s13a_rolle_spielen"),
    # framing verb and labels
    ("Das Unternehmen hat Fördergelder abgegriffen.", "loaded_language.s13a_abgegriffen_geld"),
    ("Der Zampano des Stadtmarketings lud zur Gala.", "labeling.s13a_zampano"),
    ("Die Parteifürsten im Westen sind gegen den Plan.", "labeling.s13a_landesfuerst"),
    ("Die Gastgeber kamen mit besonders breiter Brust ins Stadion.", "loaded_language.s12_breite_brust"),
    # second batch
    ("Die Gewerkschaft hat den Konflikt vom Zaun gebrochen.", "loaded_language.s13a_vom_zaun"),
    ("Die Bürgermeisterin fiel aus allen Wolken.", "loaded_language.s13a_aus_allen_wolken"),
    ("Die Warnungen der Ärzte liefen ins Leere.", "loaded_language.s13a_ins_leere"),
    ("Die Liste ist mit einem Zählkandidaten angetreten.", "labeling.s13a_zaehlkandidat"),
    ("Im Rathaus hat das Sesselrücken begonnen.", "loaded_language.s13a_postenkarussell"),
    ("Die Steuersenkung ist ein reiner Schmäh.", "loaded_language.s13a_schmaeh"),
    ("Bei den Zuständigkeiten herrscht Kraut und Rüben.", "loaded_language.s13a_kraut_und_rueben"),
    ("Die Opposition soll mundtot gemacht werden.", "loaded_language.s13a_mundtot"),
    ("Der Vizebürgermeister wurde von den eigenen Leuten ausgebootet.", "loaded_language.s13a_ausgebootet"),
    ("Die Aufsicht hat bei der Bank weggeschaut.", "loaded_language.s13a_weggeschaut"),
    ("Die Stadt hat vor der Wohnungsnot die Augen verschlossen.",
     "loaded_language.s13a_augen_verschlossen"),
    ("Die Fraktion hat sich über die Frage zerfleischt.", "loaded_language.s13a_zerfleischt"),
    ("Die Begründung des Gerichts ist abenteuerlich.", "loaded_language.s13a_abenteuerlich"),
    ("Die Partei schlachtet das Urteil politisch aus.", "loaded_language.s13a_politisch_ausschlachten"),
    ("Die Novelle wurde durch den Nationalrat gepeitscht.", "loaded_language.s13a_durchgepeitscht"),
    ("Die Fronten zwischen Bund und Ländern sind einzementiert.", "loaded_language.s13a_einzementiert"),
    ("Der Landesrat versucht, die Verantwortung abzuschieben.", "loaded_language.s13a_schuld_abschieben"),
    ("Der Sponsor hat sich davongestohlen.", "loaded_language.s13a_davongestohlen"),
    ("Die Ministerin hat die Länder überfahren.", "loaded_language.s13a_ueberfahren"),
    ("Die Regierung hat ihre Zusagen gebrochen.", "loaded_language.s13a_versprechen_gebrochen"),
    ("Mit dem Budget hat der Stadtrat Schiffbruch erlitten.", "loaded_language.s13a_bruchlandung"),
    ("Die Reform der Verwaltung ist versandet.", "loaded_language.s13a_versandet"),
    ("Die Gespräche drehen sich im Kreis.", "loaded_language.s13a_im_kreis"),
    ("Die Ministerin verteidigt die undurchdachte Reform.", "loaded_language.s13a_undurchdacht"),
    ("Nach der zahmen Kritik der Aufsicht ging alles weiter.", "loaded_language.s13a_zahm"),
    ("Das Ministerium antwortete verklausuliert.", "loaded_language.s13a_verklausuliert"),
    ("Die Begeisterung für den Plan war überschaubar.", "loaded_language.s13a_ueberschaubar_ironisch"),
    ("Nach den vollmundigen Reden kam wenig.", "loaded_language.s13a_vollmundig_attributiv"),
    ("Der Auftritt war blamabel, die blamablen Fehler häuften sich.", "loaded_language.blamage"),
    # third batch: idioms of news and business copy
    ("Der Verein hat gerade noch die Kurve gekratzt.", "loaded_language.s13a_kurve_gekratzt"),
    ("Der Hersteller schrammte an der Insolvenz vorbei.", "loaded_language.s13a_vorbeigeschrammt"),
    ("Der Landesrat steckt in der Bredouille.", "loaded_language.s13a_in_der_patsche"),
    ("Die Mieter bleiben auf den Mehrkosten sitzen.", "loaded_language.s13a_sitzen_bleiben"),
    ("Die Kleinanleger schauen durch die Finger.", "loaded_language.s13a_durch_die_finger"),
    ("Der Ortskern stirbt aus.", "loaded_language.s13a_stirbt_aus"),
    ("Im Sommer brummt der Tourismus.", "loaded_language.s13a_geschaeft_brummt"),
    ("Der Höhenflug der Liste ist vorbei.", "loaded_language.s13a_hoehenrausch"),
    ("Die Aktien des Konzerns fahren Achterbahn.", "loaded_language.s13a_achterbahn"),
    ("Die Verhandlungen kommen seit Wochen nicht vom Fleck.", "loaded_language.s13a_nicht_vom_fleck"),
    ("Die Bauern stellen sich gegen die Umwidmung quer.", "loaded_language.s13a_stellt_sich_quer"),
    ("Die Zustimmungswerte des Präsidenten sind abgesackt.", "loaded_language.s13a_umfragen_abgestuerzt"),
    # fourth batch: labels for people and groups
    ("Die Granden der Landespartei sind dagegen.", "labeling.s13a_granden"),
    ("Ein Spin-Doktor hat den Auftritt geplant.", "labeling.s13a_spin_doktor"),
    ("Die Gralshüter des Datenschutzes schlagen Alarm.", "labeling.s13a_gralshueter"),
    ("Die Bremser in der Koalition setzten sich durch.", "labeling.s13a_besitzstandswahrer"),
    ("Die Unbelehrbaren treffen sich weiter jeden Freitag.", "labeling.s13a_unbelehrbar"),
    ("Der Schlawiner verkaufte gefälschte Tickets.", "labeling.s13a_schlawiner"),
    ("Der Schwadroneur aus dem Gemeinderat ist zurück.", "labeling.s13a_schwadroneur"),
    ("Die Provokateurin aus der Opposition legt nach.", "labeling.s13a_provokateur"),
    # fifth batch: verdict predicates
    ("Die Entrüstung der Kammer wirkt aufgesetzt.", "loaded_language.s13a_gespielte_empoerung"),
    ("Der Start der neuen Linie verlief durchwachsen.", "loaded_language.s13a_durchwachsen"),
    ("Der Tonfall im Wahlkampf wird giftiger.", "loaded_language.s13a_ton_rau"),
    ("Die Strafen für Falschparker sind saftig.", "loaded_language.s13a_predikativ_saftig"),
    ("Die Stimmung im Saal war überhitzt.", "loaded_language.s13a_debatte_ueberhitzt"),
]

NEUTRAL = [
    ("Das Programm trägt den Titel „Kurios“.", "loaded_language.s13a_kurios_praedikativ"),
    ("Der Erfolg war mühsam erarbeitet.", "loaded_language.s13a_muehsam"),
    ("Die Lampe gibt ein diffuses Licht.", "loaded_language.s13a_diffus"),
    ("Im Keller roch es brenzlig.", "loaded_language.s13a_brenzlig"),
    ("Die Münze ist vom vielen Gebrauch abgegriffen.", "loaded_language.s13a_abgedroschen"),
    ("Laut Umfrage ist er der unbeliebteste Politiker.", "loaded_language.s13a_unbeliebt"),
    ("Der Teig bleibt zäh, wenn er zu kurz ruht.", "loaded_language.s13a_werk_zaeh"),
    ("Die Spitäler sind überfordert, sagt die Ärztekammer.", "loaded_language.s13a_wirkt_ueberfordert"),
    ("Der Sack ist beim Transport zerrissen.", "loaded_language.s13a_zerrissen"),
    ("Das Handy ist voll aufgeladen.", "loaded_language.s13a_emotional_aufgeladen"),
    ("Die Frau ist nach dem Sturz teilweise gelähmt.", "loaded_language.s13a_gelaehmt"),
    ("Beim Restaurieren braucht es Fingerspitzengefühl.", "loaded_language.s13a_fingerspitzengefuehl"),
    ("Er wurde zu Tode gehetzt, sagen Zeugen.", "loaded_language.s13a_zu_tode"),
    ("Der Ausschuss hält sich an die Grenzwerte der EU.", "loaded_language.s13a_in_grenzen"),
    ("Der Zaun ist aus rostigem Draht.", "loaded_language.s13a_enger_draht"),
    ("Er ist ein Freund der Familie.", "loaded_language.s13a_kein_freund"),
    ("Der Mechaniker hat die Reifen abmontiert.", "loaded_language.s13a_sport_abmontiert"),
    ("Im Winter füttern die Jäger das Wild.", "loaded_language.s13a_durchfuettern"),
    ("Die Straße ist mit altem Pflaster belegt.", "loaded_language.s13a_pflaster"),
    ("Der Koch verbrannte sich am Herd nicht.", "loaded_language.s13a_finger_verbrannt"),
    ("Im Winter bekommt man ohne Socken kalte Hände.", "loaded_language.s13a_kalte_fuesse"),
    ("Im Dachboden liegt viel Staub.", "loaded_language.s13a_aus_dem_staub"),
    ("Das Kissen ist mit Federn gefüllt.", "loaded_language.s13a_federn_lassen"),
    ("Die Fähre steuerte auf den Hafen zu.", "loaded_language.s13a_steuert_auf"),
    ("Zu Silvester knallt es in der ganzen Stadt.", "loaded_language.s13a_knirscht_es"),
    ("Der Fischer verhedderte sich im Netz.", "loaded_language.s13a_verheddert"),
    ("Der Großvater nahm seinen Stock und ging.", "loaded_language.s13a_hut_nehmen"),
    ("Am Burgtheater spielt sie die gekränkte Kaiserin Elisabeth.", "loaded_language.s13a_rolle_spielen"),
    ("Das Unternehmen erhielt eine Förderung von zwei Millionen.", "loaded_language.s13a_abgegriffen_geld"),
    ("Der Schuss des Stürmers ging ins Leere.", "loaded_language.s13a_ins_leere"),
    ("Der Wiener Schmäh ist legendär.", "loaded_language.s13a_schmaeh"),
    ("Der Wolf hat das Schaf zerfleischt.", "loaded_language.s13a_zerfleischt"),
    ("Die Wanderung durch die Schlucht war abenteuerlich.", "loaded_language.s13a_abenteuerlich"),
    ("Der Bastler hat das Moped ausgeschlachtet.", "loaded_language.s13a_politisch_ausschlachten"),
    ("Der Sturm peitschte den Regen durch die Gassen.", "loaded_language.s13a_durchgepeitscht"),
    ("Die Masten wurden im Boden einbetoniert.", "loaded_language.s13a_einzementiert"),
    ("Ein Bus hat den Hund überfahren.", "loaded_language.s13a_ueberfahren"),
    ("Der Pilot musste eine Bruchlandung machen.", "loaded_language.s13a_bruchlandung"),
    ("Die Flussmündung ist versandet.", "loaded_language.s13a_versandet"),
    ("Die Kinder drehen sich im Kreis.", "loaded_language.s13a_im_kreis"),
    ("Die zahmen Rehe fressen aus der Hand.", "loaded_language.s13a_zahm"),
    ("Der Ort ist klein und überschaubar.", "loaded_language.s13a_ueberschaubar_ironisch"),
    ("Der Applaus war nicht enden wollend.", "loaded_language.s13a_ueberschaubar_ironisch"),
    ("Dazu passt ein vollmundiger Rotwein.", "loaded_language.s13a_vollmundig_attributiv"),
    ("In der Küche roch es brenzlig.", "loaded_language.s13a_brenzlig"),
    ("Der Radfahrer schrammte an der Mauer entlang.", "loaded_language.s13a_vorbeigeschrammt"),
    ("Der Stecker sitzt fest in der Klemme.", "loaded_language.s13a_in_der_patsche"),
    ("Die Bienen sterben aus, warnen Forscher.", "loaded_language.s13a_stirbt_aus"),
    ("Der alte Kühlschrank brummt laut.", "loaded_language.s13a_geschaeft_brummt"),
    ("Im Prater fahren die Kinder Achterbahn.", "loaded_language.s13a_achterbahn"),
    ("Der Sattelzug stellte sich auf der Autobahn quer.", "loaded_language.s13a_stellt_sich_quer"),
    ("Das Flugzeug ist über dem Meer abgestürzt.", "loaded_language.s13a_umfragen_abgestuerzt"),
    ("Der Mechaniker tauschte die Bremsen und die Bremsbeläge.", "labeling.s13a_besitzstandswahrer"),
    ("Die Überraschungsparty war gut geplant.", "loaded_language.s13a_gespielte_empoerung"),
    ("Das Wetter bleibt durchwachsen, sagt die Zentralanstalt.", "loaded_language.s13a_durchwachsen"),
    ("Die Birne ist saftig und süß.", "loaded_language.s13a_predikativ_saftig"),
    ("Der Motor ist nach der Fahrt überhitzt.", "loaded_language.s13a_debatte_ueberhitzt"),
]


@pytest.mark.parametrize(("text", "entry_id"), FOUND)
def test_family_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(("text", "entry_id"), NEUTRAL)
def test_literal_or_neutral_use_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


def test_quoted_wording_is_not_the_authors() -> None:
    text = "„Das Interesse hält sich in Grenzen“, sagte die Sprecherin."
    assert "loaded_language.s13a_in_grenzen" not in _ids(text)
