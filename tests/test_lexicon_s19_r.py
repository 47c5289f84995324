"""Families added in session 19 by lexicon author R (issue 8): tabloid colour and the drama words of
business, sports and local reports (bureaucracy images, colloquial degree words, insolvency and
share-price drama, match-report images, mocked press statements) and unnamed market voices. Each
family is found in the author's voice; a literal, technical, named or neutral use next to it stays
unflagged. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids

FOUND = [
    ("Seit Monaten schubst die Ausländerbehörde die Familie herum.", "loaded_language.s19r_herumschubsen"),
    ("Den Antragstellern steht eine seelenlose Verwaltung gegenüber.", "loaded_language.s19r_kalter_apparat"),
    ("Für jeden Zuschuss beginnt ein Papierkrieg mit dem Land.", "loaded_language.s19r_papierberge"),
    ("Die Wirte ersticken in einer Flut von Nachweisen.", "loaded_language.s19r_papierberge"),
    ("Die Trainerin ist mächtig stolz auf ihre Mannschaft.", "intensifier.s19r_maechtig_stolz"),
    ("Die Pendler sind mächtig genervt von der Baustelle.", "intensifier.s19r_maechtig_stolz"),
    ("Nach dem Tor brach riesiger Jubel aus.", "intensifier.s19r_riesig_boulevard"),
    ("Am Schalter bildeten sich endlose Schlangen.", "loaded_language.s19r_endlose_warterei"),
    ("Die Bäckereikette rutschte im Frühjahr in die Pleite.", "loaded_language.s19r_in_die_pleite"),
    ("Der Immobilienentwickler ist in Schieflage geraten.", "loaded_language.s19r_schieflage"),
    ("Die Fluglinie geriet im Winter ins Trudeln.", "loaded_language.s19r_schieflage"),
    ("Die Aktie des Chipherstellers brach nach der Prognose um 18 Prozent ein.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Nach den Zahlen sackte das Papier um neun Prozent ab.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Der Kurseinbruch traf vor allem Kleinanleger.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Das 6:1 im Derby war eine Machtdemonstration des Tabellenführers.", "loaded_language.s19r_machtdemonstration"),
    ("Der Aufsteiger wurde mit 1:7 zerlegt.", "loaded_language.s19r_abgeschossen"),
    ("Die Rückkehr bestätigte der Sender in einer dürren Mitteilung.", "loaded_language.s19r_duerre_mitteilung"),
    ("Der Konzern äußerte sich zu den Vorwürfen nur einsilbig.", "loaded_language.s19r_duerre_mitteilung"),
    ("Börsianer sprachen von einem reinigenden Gewitter.", "vague_attribution.s19r_haendler_sprachen"),
    ("Die Erholung sei nicht von Dauer, meinte ein Fondsmanager.", "vague_attribution.s19r_haendler_sprachen"),
    ("Unter Händlern hieß es, der Fonds habe Kasse gemacht.", "vague_attribution.s19r_an_der_boerse_hiess_es"),
    ("Beobachter in Brüssel erwarten einen Kompromiss.", "vague_attribution.s19r_beobachter_im_rathaus"),
    ("Für den Posten gehandelt werden mehrere Kandidaten.", "vague_attribution.s19r_beobachter_im_rathaus"),
    ("Die Werksschließung ist ein Jobkiller für die Region.", "loaded_language.s19r_jobkiller"),
    ("An der Frankfurter Börse ging die Rekordparty weiter.", "loaded_language.s19r_boersenparty"),
    ("Nach dem Zinsentscheid purzelten die Aktien der Bauträger.", "loaded_language.s19r_boersenparty"),
    ("Im Winter schossen die Gaspreise nach oben.", "loaded_language.s19r_schiesst_nach_oben"),
    ("Die Pleitenserie der Löwen nimmt kein Ende.", "loaded_language.s19r_pleitenserie"),
    ("Die Ernüchterung im Lager der Grünen ist groß.", "loaded_language.s19r_ist_gross"),
    ("Die Geduld der Pendler ist erschöpft.", "loaded_language.s19r_geduld_am_ende"),
    ("Marktspekulationen zufolge wird die Sparte verkauft.", "vague_attribution.s19r_marktgeruechte"),
    ("Das Kneipensterben erreicht die Kleinstädte.", "loaded_language.s16e_sterben_komposita"),
    ("Im Tarifpoker der Metaller gibt es keine Bewegung.", "loaded_language.s19r_milliardenpoker"),
    ("Der Brauereikonzern schluckte im Sommer den kleineren Rivalen.", "loaded_language.s19r_schluckt_rivalen"),
    ("Die Landesregierung zog beim Flughafenausbau den Stecker.", "loaded_language.s19r_zieht_den_stecker"),
    ("Die Meldung vom Rücktritt schlug im Landtag ein wie eine Bombe.", "loaded_language.s19r_zieht_den_stecker"),
    ("Der einstige Meister stolpert Richtung Abstieg.", "loaded_language.s19r_taumelt_richtung"),
    ("Die Aktionäre murren über die Millionen-Boni des Vorstands.", "loaded_language.s19r_millionenboni"),
    ("Nach Klubinsidern ist der Sportchef längst entmachtet.", "vague_attribution.s19r_laut_insidern"),
    ("Von Bankenseite wurde der Plan als unrealistisch bezeichnet.", "vague_attribution.s19r_laut_insidern"),
]

NEUTRAL = [
    ("Der Türsteher hat den Gast vor dem Lokal herumgeschubst.", "loaded_language.s19r_herumschubsen"),
    ("Die Behörde gab den Bescheid am Montag heraus.", "loaded_language.s19r_kalter_apparat"),
    ("Das Altpapier wird jeden Dienstag abgeholt.", "loaded_language.s19r_papierberge"),
    ("Der mächtige Bauernbund war zufrieden mit dem Ergebnis.", "intensifier.s19r_maechtig_stolz"),
    ("Im Hafen liegt ein riesiges Containerschiff.", "intensifier.s19r_riesig_boulevard"),
    ("Die Wartezeit auf einen Termin liegt bei zwei Wochen.", "loaded_language.s19r_endlose_warterei"),
    ("Der Lastwagen rutschte auf der vereisten Straße in die Böschung.", "loaded_language.s19r_in_die_pleite"),
    ("Die Segler gerieten vor Rügen in Seenot.", "loaded_language.s19r_schieflage"),
    ("Die Aktie verlor am Dienstag vier Prozent.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Der Bergsteiger stürzte am Sonntag am Dachstein ab.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Die Diebe brachen in der Nacht in das Juweliergeschäft ein.", "loaded_language.s19r_aktie_stuerzt_ab"),
    ("Die Gäste feierten bei einer Gala zugunsten der Kinderhilfe.", "loaded_language.s19r_machtdemonstration"),
    ("Die Luftabwehr schoss drei Raketen ab.", "loaded_language.s19r_abgeschossen"),
    ("Nach dem dürren Sommer fehlt das Heu.", "loaded_language.s19r_duerre_mitteilung"),
    ("Händler der Erste Group sprachen von Gewinnmitnahmen.", "vague_attribution.s19r_haendler_sprachen"),
    ("Das Papier sei überbewertet, sagte ein Analyst der Landesbank Baden-Württemberg.", "vague_attribution.s19r_haendler_sprachen"),
    ("An der Börse in Wien wurden 40 Millionen Aktien gehandelt.", "vague_attribution.s19r_an_der_boerse_hiess_es"),
    ("Wahlbeobachter der OSZE kritisierten die Auszählung.", "vague_attribution.s19r_beobachter_im_rathaus"),
    ("Auf der Aufnahme ist zu hören, wie der Fahrer flucht.", "vague_attribution.s19r_beobachter_im_rathaus"),
    ("Der Konzern streicht 120 Stellen in der Verwaltung.", "loaded_language.s19r_jobkiller"),
    ("Die Welpen purzelten übereinander.", "loaded_language.s19r_boersenparty"),
    ("Der Ball schoss nach oben in den Himmel.", "loaded_language.s19r_schiesst_nach_oben"),
    ("Die Serie wird in Kärnten gedreht.", "loaded_language.s19r_pleitenserie"),
    ("Die Halle ist groß genug für 3000 Gäste.", "loaded_language.s19r_ist_gross"),
    ("Die Vorräte reichen bis zum Ende der Woche.", "loaded_language.s19r_geduld_am_ende"),
    ("Dem Geschäftsbericht zufolge stieg der Gewinn.", "vague_attribution.s19r_marktgeruechte"),
    ("Am Freitag spielten die Senioren Poker im Klubheim.", "loaded_language.s19r_milliardenpoker"),
    ("Das Kind hat eine Münze geschluckt.", "loaded_language.s19r_schluckt_rivalen"),
    ("Vor der Reparatur zog er den Stecker aus dem Gerät.", "loaded_language.s19r_zieht_den_stecker"),
    ("In der 80. Minute zeigte die Schiedsrichterin dem Kapitän die Rote Karte.", "loaded_language.s19r_zieht_den_stecker"),
    ("Der Verletzte taumelte Richtung Straße.", "loaded_language.s19r_taumelt_richtung"),
    ("Der Vorstand erhielt 2,4 Millionen Euro an Boni.", "loaded_language.s19r_millionenboni"),
    ("Laut der Händlerin Anna Berger ist die Nachfrage gestiegen.", "vague_attribution.s19r_laut_insidern"),
]


@pytest.mark.parametrize(("text", "entry_id"), FOUND)
def test_family_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(("text", "entry_id"), NEUTRAL)
def test_literal_named_or_neutral_use_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id not in _ids(text, "quote")


def test_frust_is_an_evaluative_compound_head() -> None:
    ids = finding_ids("Der Warte-Frust im Bürgeramt wächst.", word_model=True)
    assert any(i.startswith("compound.") for i in ids)
    assert not any(i.startswith("compound.") for i in
                   finding_ids("Die Wartezeit im Bürgeramt wächst.", word_model=True))


def test_quoted_drama_is_not_the_authors() -> None:
    text = "„Die Aktie ist regelrecht abgestürzt“, sagte der Vorstandschef."
    assert "loaded_language.s19r_aktie_stuerzt_ab" not in _ids(text)
