"""Author L, session 18 (issue 8): evaluative description of tabloid, feature, local and society
copy as families (ids ``*.s18l_*`` and compound parts): emotive manner and appearance the author
chooses (mit zitternder Stimme, unter Tränen, strahlte über das ganze Gesicht, bullig, schmächtig,
der Hüne), degree words that judge a margin or an amount (hauchdünne Mehrheit, haarscharf, gepfefferte
Rechnungen), pomp and praise of society copy (Märchenhochzeit, prunkvoll, Luxusvilla, die Korken
knallten), tabloid drama compounds (Hitze-Drama, Prügel-Attacke, Prügel-Rentner, Knöllchen-Streit)
and tabloid labels for people (Schwimm-Star, Goldjunge, der Glückliche, Raser, Bus-Schläger,
Verkehrsrüpel).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

FAMILIES = [
    # (entry, author-voice finding, neutral or literal use: no finding in any voice)
    # (loaded_language.s18l_stimme_traenen, „mit zitternder Stimme“, „mit Tränen in den Augen“,
    # was removed in session 27: judged blind it was right once in ten, a description of what
    # was seen; tests/test_lexicon_s27.py checks it stays gone)
    # (loaded_language.s18m_mit_den_traenen, „kämpfte mit den Tränen“, „flossen die Tränen“, was
    # removed in the twenty-seventh session: judged blind it was right in none of six uses;
    # tests/test_voice_s31.py checks it stays gone)
    ("loaded_language.s18l_strahlend_stolz", "Der Lottogewinner strahlte über das ganze Gesicht.",
     "Bei strahlendem Wetter zog der Festzug durch den Ort."),
    ("loaded_language.s18l_strahlend_stolz", "Die strahlende Braut winkte den Gästen zu.",
     "Die strahlenden Brennstäbe lagern im Abklingbecken."),
    ("loaded_language.s18l_koerperbau", "Der bullige Angeklagte würdigte die Richterin keines Blickes.",
     "Der Angeklagte, 34 Jahre alt, schwieg zu den Vorwürfen."),
    ("loaded_language.s18l_koerperbau", "Ein schmächtiger Lehrling hatte den Brand entdeckt.",
     "Ein Lehrling hatte den Brand entdeckt."),
    ("loaded_language.s18l_koerperbau", "Die zierliche Pensionistin wehrte den Räuber mit dem Schirm ab.",
     "Der Dom ist für seine zierlichen Türmchen bekannt."),
    ("labeling.s18l_huene", "Der Hüne aus dem Zillertal stemmte 200 Kilo.",
     "Im Wald liegt ein Hünengrab aus der Jungsteinzeit."),
    ("intensifier.s18l_hauchduenn", "Die Bürgermeisterin gewann die Stichwahl mit einem hauchdünnen Vorsprung.",
     "Der Konditor legt hauchdünne Blätter aus Blattgold auf die Torte."),
    ("intensifier.s18l_hauchduenn", "Haarscharf verpasste der Verein den Aufstieg.",
     "Der Verein verpasste den Aufstieg um zwei Punkte."),
    ("intensifier.s18l_gesalzen", "Die Energieversorger verschicken heuer gesalzene Nachzahlungen.",
     "Der Koch hat die Kartoffeln gesalzen und gepfeffert."),
    ("intensifier.s18l_gesalzen", "Die Strafe für die Falschparker fällt deftig aus.",
     "Zum Abendessen gab es deftige Hausmannskost."),
    ("puffery.s18l_maerchen_pomp", "Die Erbin gab sich in einer Märchenhochzeit das Jawort.",
     "Die Großmutter las den Kindern ein Märchen vor."),
    ("puffery.s18l_maerchen_pomp", "Empfangen wurden die Gäste in einem prunkvollen Ballsaal.",
     "Empfangen wurden die Gäste im Ballsaal des Hotels."),
    ("loaded_language.s18l_luxus", "Der Fußballprofi zeigte Fotos von seinem Luxus-Urlaub in Dubai.",
     "Der Luxusgüterhersteller meldet ein Umsatzplus."),
    ("loaded_language.s18l_korken_knallen", "Im Rathaus ließen die Stadträte nach der Abstimmung die Korken knallen.",
     "Die Korken der Flaschen stammen aus Portugal."),
    ("loaded_language.s18l_drama_kompositum", "Das Baustellen-Drama an der Bundesstraße geht weiter.",
     "Das Burgtheater zeigt ein Drama von Grillparzer."),
    ("loaded_language.s18l_pruegel_attacke", "Nach der Prügel-Attacke vor dem Lokal wurden zwei Männer festgenommen.",
     "Nach dem Angriff vor dem Lokal wurden zwei Männer festgenommen."),
    ("labeling.s18l_star_label", "Der Ski-Star verletzte sich beim Training.",
     "Der Ski-Start wurde wegen Nebels verschoben."),
    ("labeling.s18l_liebling_glueck", "Der Goldjunge wurde am Flughafen von Hunderten Fans empfangen.",
     "Der Goldschmied wurde am Flughafen empfangen."),
    ("labeling.s18l_liebling_glueck", "Der Glückliche hatte den Schein erst am Vortag gekauft.",
     "Die glückliche Gewinnerin hatte den Schein erst am Vortag gekauft."),
    ("labeling.s18l_liebling_glueck", "Held des Abends war ein 17-jähriger Einwechselspieler.",
     "Die Sage erzählt von einem Helden, der einen Drachen besiegt."),
    ("labeling.s18l_raser_pruegler", "Der U-Bahn-Schläger stellte sich der Polizei.",
     "Der Tennisschläger wurde im Zug vergessen."),
    ("labeling.s18l_raser_pruegler", "Auf der Tauernautobahn wurde ein Raser gestoppt.",
     "Auf der Tauernautobahn wurde ein Lenker mit 190 km/h gestoppt."),
]


@pytest.mark.parametrize(("entry", "finding", "neutral"), FAMILIES)
def test_family_finds_the_author_voice_and_spares_the_neutral_use(entry: str, finding: str,
                                                                  neutral: str) -> None:
    assert entry in finding_ids(finding)
    assert entry not in finding_ids(neutral)
    assert entry not in finding_ids(neutral, "quote")


QUOTED = [
    # the same wording in a quote or in a witness's words is no author finding
    ("loaded_language.s18l_strahlend_stolz", "„Ich bin überglücklich“, sagte die Siegerin nach dem Lauf."),
    ("labeling.s18l_raser_pruegler", "„Das war ein Raser“, sagte ein Anrainer."),
]


@pytest.mark.parametrize(("entry", "quoted"), QUOTED)
def test_quoted_use_is_no_author_finding(entry: str, quoted: str) -> None:
    assert entry not in finding_ids(quoted)


COMPOUNDS = [
    # (word in a sentence, evaluative)
    ("Der Prügel-Rentner muss sich vor dem Bezirksgericht verantworten.", True),
    ("Der Knöllchen-Streit zwischen Wirt und Gemeinde geht weiter.", True),
    ("Das Glamour-Paar zeigte sich beim Opernball.", True),
    ("Ein Verkehrsrüpel drängte die Radfahrerin von der Straße.", True),
    ("Das Parlament schaffte die Prügelstrafe 1870 ab.", False),
    ("Knöllchenbakterien binden Stickstoff aus der Luft.", False),
]


@pytest.mark.parametrize(("text", "evaluative"), COMPOUNDS)
def test_compound_parts(text: str, evaluative: bool) -> None:
    ids = {i for i in finding_ids(text, word_model=True) if i.startswith(("compound.", "puffery.s18l"))}
    assert bool(ids) is evaluative


FAMILIES_2 = [
    ("loaded_language.s18l_miene_blick", "Mit gesenktem Kopf nahm der Angeklagte das Urteil entgegen.",
     "Der Angeklagte nahm das Urteil am Nachmittag entgegen."),
    ("loaded_language.s18l_miene_blick", "Der Beschuldigte verfolgte die Verhandlung teilnahmslos.",
     "Die Wanderin lag regungslos am Boden, als die Bergrettung eintraf."),
    ("loaded_language.s18l_miene_blick", "Kreidebleich verließ die Trainerin nach dem Spiel die Bank.",
     "Die Trainerin verließ nach dem Spiel die Bank."),
    ("loaded_language.s18l_aussehen", "Die rüstige Rentnerin fährt jeden Tag mit dem Rad zum Markt.",
     "Die 91-jährige Rentnerin fährt jeden Tag mit dem Rad zum Markt."),
    ("loaded_language.s18l_aussehen", "Die attraktive Moderatorin führte durch den Abend.",
     "Der Bezirk gilt als attraktiver Standort für Betriebe."),
    ("loaded_language.s18l_berappen", "Für den Kanalanschluss müssen die Hausbesitzer kräftig berappen.",
     "Viele Beschäftigte leben von niedrigen Löhnen."),
]


@pytest.mark.parametrize(("entry", "finding", "neutral"), FAMILIES_2)
def test_manner_and_appearance_families(entry: str, finding: str, neutral: str) -> None:
    assert entry in finding_ids(finding)
    assert entry not in finding_ids(neutral)
    assert entry not in finding_ids(neutral, "quote")


FAMILIES_3 = [
    ("loaded_language.s18l_promi_romanze", "Der Schlagersänger turtelte am Pool mit seiner neuen Flamme.",
     "Die Flamme der Kerze erlosch im Wind."),
    ("loaded_language.s18l_promi_romanze", "Die Moderatorin zeigte sich mit ihrem Liebsten auf dem Ball.",
     "Am liebsten fährt die Moderatorin mit der Bahn."),
    ("loaded_language.s18l_ganzes_dorf", "Ein ganzes Tal bangt um die vermissten Bergsteiger.",
     "Das ganze Tal ist seit Montag wieder mit dem Auto erreichbar."),
    ("loaded_language.s18l_ganzes_dorf", "Nach dem Unglück steht die Gemeinde unter Schock.",
     "Der Lenker stand unter Schock und wurde ins Spital gebracht."),
    ("puffery.s18l_stelldichein", "Beim Opernball gab sich die Prominenz ein Stelldichein.",
     "Beim Opernball tanzten 5.000 Gäste."),
    ("puffery.s18l_stelldichein", "Alles, was Rang und Namen hat, kam zur Eröffnung.",
     "Die Namen der Gäste wurden nicht veröffentlicht."),
    ("loaded_language.s18l_strahlend_stolz", "Die Eltern sind überglücklich über die Geburt der Drillinge.",
     "Die Eltern freuen sich über die Geburt der Drillinge, teilte das Spital mit."),
]


@pytest.mark.parametrize(("entry", "finding", "neutral"), FAMILIES_3)
def test_society_and_collective_feeling_families(entry: str, finding: str, neutral: str) -> None:
    assert entry in finding_ids(finding)
    assert entry not in finding_ids(neutral)
    assert entry not in finding_ids(neutral, "quote")


FAMILIES_4 = [
    ("intensifier.s18l_dickes_plus", "Der Seilbahnbetreiber schreibt heuer ein dickes Plus.",
     "Der Seilbahnbetreiber schreibt heuer ein Plus von 2,1 Millionen Euro."),
    ("intensifier.s18l_dickes_plus", "Die Betriebskosten stiegen im Herbst kräftig.",
     "Der Holzfäller ist kräftig gebaut."),
    ("loaded_language.s18l_wutentbrannt", "Wutentbrannt stürmte der Gemeinderat aus der Sitzung.",
     "Der Gemeinderat verließ die Sitzung um 21 Uhr."),
    ("loaded_language.s18l_wutentbrannt", "Mit leuchtenden Augen zeigt der Bub seine Sammlung.",
     "Die Leuchten im Stiegenhaus werden getauscht."),
    ("labeling.s18l_frohnatur", "Die Frohnatur aus dem Mühlviertel feiert ihren 80er.",
     "Das Original aus dem Jahr 1910 hängt im Museum."),
]


@pytest.mark.parametrize(("entry", "finding", "neutral"), FAMILIES_4)
def test_degree_manner_and_label_families(entry: str, finding: str, neutral: str) -> None:
    assert entry in finding_ids(finding)
    assert entry not in finding_ids(neutral)
    assert entry not in finding_ids(neutral, "quote")


FAMILIES_5 = [
    ("loaded_language.s18l_schock_fuer", "Schock für die Anrainer: Die Bäckerei sperrt zu.",
     "Die Bäckerei sperrt zu, teilte der Inhaber am Montag mit."),
    ("loaded_language.s18l_schock_fuer", "Es war die Promi-Hochzeit des Jahres.",
     "Die Sportlerin des Jahres wurde in Wien geehrt."),
    ("loaded_language.s18l_luxus", "Der Minister speiste beim Edelitaliener am Graben.",
     "Das Edelstahlbecken wurde erneuert."),
    ("loaded_language.s18l_pruegel_attacke", "Nach der Pöbel-Attacke im Nachtzug ermittelt die Polizei.",
     "Nach dem Vorfall im Nachtzug ermittelt die Polizei."),
]


@pytest.mark.parametrize(("entry", "finding", "neutral"), FAMILIES_5)
def test_headline_and_pomp_families(entry: str, finding: str, neutral: str) -> None:
    assert entry in finding_ids(finding)
    assert entry not in finding_ids(neutral)
    assert entry not in finding_ids(neutral, "quote")


def test_poebel_compound() -> None:
    assert any(i.startswith("compound.") for i in
               finding_ids("Der Pöbel-Gast wurde vom Wirt hinausgeworfen.", word_model=True))
