"""Author Y, session 27 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed – the commentator's formulas („eine bequeme Erzählung“,
„politisch verständlich“, „hat nur Zeit gekauft“, „liegen längst auf dem Tisch“, „zur absoluten Unzeit“,
„viel Ankündigung, wenig Substanz“, „ein nachvollziehbarer Gedanke“, „damit ist niemandem gedient“,
„längst fällig“, „verkennt den Ernst der Lage“, „Wer A sagt, muss auch B sagen“, „eine vertane
Chance“, „es fehlt an Mut“), loaded phrases („einfach umetikettiert“, „die alten Ausreden“,
„Härte als Ersatz für Politik“, „übt sich in Schadensbegrenzung“, „auf dem
besten Weg in die Pleite“, „reflexhaft“, „wird zur unendlichen Geschichte“), tabloid wording („fix und
fertig“, „zögerte keine Sekunde“, „auf die Pauke hauen“, „Schlupflöcher“), idioms („wie ein
Rohrspatz“, „Mut zur Lücke“, „mit angezogener Handbremse“), review verdicts („das gelingt selten“,
„bleibt bloß Stichwortgeber“, „wirkt kalkuliert“) and intensifiers („im großen Stil“, „Strafen, die
wehtun“) – written as families (ids ``<category>.s27y_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s27y_"
LL = "loaded_language.s27y_"
PU = "puffery.s27y_"
IN = "intensifier.s27y_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (LL + "bequeme_erzaehlung", "Die Hitze als Grund für die Staus ist eine bequeme Ausrede.",
     "Im Wartezimmer stehen bequeme Sessel."),
    (ST + "politisch_verstaendlich", "Das Zögern der Landesrätin ist politisch verständlich.",
     "Der Beipackzettel ist kaum verständlich."),
    (LL + "zeit_erkauft", "Mit der Stundung hat der Verein bloß Zeit gekauft.",
     "Zur Zeit kaufen die Bauern Futter zu."),
    (ST + "laengst_auf_dem_tisch", "Die Vorschläge der Rechnungshöfe liegen längst auf dem Tisch.",
     "Der Brief liegt auf dem Tisch im Flur."),
    (ST + "zur_unzeit", "Die Schließung der Ambulanz kommt zur völligen Unzeit.",
     "Die Messe beginnt zur gewohnten Zeit."),
    (ST + "viel_wenig_substanz", "Viel Show, wenig Substanz: So endet die Klausur.",
     "Viel Schnee, wenig Wind in den Bergen."),
    (ST + "nachvollziehbarer_gedanke", "Hinter der Sperre steht ein nachvollziehbarer Wunsch der Anrainer.",
     "Der Text ist in verständlicher Form verfasst."),
    (ST + "niemandem_gedient", "Mit neuen Arbeitskreisen ist niemandem gedient.",
     "Der Großvater hat in der Marine gedient."),
    (ST + "laengst_faellig", "Die Korrektur beim Kilometergeld ist längst fällig.",
     "Die Gebühr ist bis Ende Mai fällig."),
    (LL + "ernst_der_lage", "Der Aufsichtsrat unterschätzt den Ernst der Lage.",
     "Die Rettungskräfte schilderten den Ernst der Lage."),
    (ST + "a_sagt_b_sagen", "Wer A sagt, muss auch B sagen, also auch die Kosten tragen.",
     "Im Kurs sagt jeder zuerst das A."),
    (ST + "vertane_chance", "Die Novelle ist eine vertane Chance für die Radfahrer.",
     "Die Stürmerin ließ die Chance ungenutzt."),
    (ST + "fehlt_an_mut", "Der Landesregierung fehlt es an Weitblick.",
     "Im Heim fehlt es an Betten."),
    (LL + "einfach_umetikettiert", "Die alte Förderung wurde schlicht umgetauft.",
     "Die Fähre wurde nach dem Verkauf umgetauft."),
    (LL + "alte_ausreden", "Vom Vorstand kommen die altbekannten Floskeln.",
     "Die alte Mühle steht unter Denkmalschutz."),
    (LL + "ersatz_fuer_politik", "Symbole sind kein Ersatz für Lösungen.",
     "Als Ersatz für die Fähre fährt ein Bus."),
    (LL + "schadensbegrenzung", "Das Kanzleramt übt sich seither in Schadensbegrenzung.",
     "Der Damm soll den Schaden am Ort begrenzen."),
    (LL + "besten_weg_in", "Die Liga ist auf dem besten Weg in die Bedeutungslosigkeit.",
     "Der Verletzte ist auf dem besten Weg der Besserung."),
    (LL + "reflexhaft", "Die Antwort der Partei kam reflexhaft.",
     "Die Ärztin testet den Reflex am Knie."),
    (LL + "unendliche_geschichte", "Der Neubau des Stadions wird zur endlosen Geschichte.",
     "Die Geschichte der Stadt beginnt im Jahr 1200."),
    (LL + "fix_und_fertig", "Nach dem Marathon waren die Helfer völlig fix und fertig.",
     "Der Salat ist fix und fertig zubereitet."),
    (LL + "zoegerte_keine_sekunde", "Der Lehrling zögerte keinen Moment und griff zum Feuerlöscher.",
     "Der Abflug verzögerte sich um eine Stunde."),
    (LL + "pauke_hauen", "Bei der Eröffnung wurde ordentlich auf die Pauke gehauen.",
     "Im Orchestergraben stand die Pauke links."),
    (LL + "schlupfloch", "Das Gesetz lässt große Schlupflöcher offen.",
     "Das Loch im Zaun wurde repariert."),
    (LL + "rohrspatz", "Der Obmann schimpfte wie ein Rohrspatz über die Förderstelle.",
     "Am Teich zwitschern die Spatzen."),
    (LL + "mut_zur_luecke", "Beim Lehrplan zeigt das Ministerium viel Mut zur Lücke.",
     "Die Lücke im Gebiss wurde mit einer Krone geschlossen."),
    (LL + "angezogene_handbremse", "Das Team wirkte bis zur Pause wie mit angezogener Handbremse.",
     "Der Lastwagen stand mit gelöster Bremse am Hang."),
    (PU + "gelingt_selten", "Komisch und bitter zugleich – so etwas gelingt selten.",
     "Der Start gelang im zweiten Versuch."),
    (LL + "stichwortgeber", "Die Tochter bleibt im Film bloß Stichwortgeber.",
     "Der Ökonom war Stichwortgeber der Steuerreform."),
    (LL + "wirkt_kalkuliert", "Die Tränen im Finale wirken reichlich kalkuliert.",
     "Das Angebot wurde neu kalkuliert."),
    (IN + "im_grossen_stil", "Die Bande hat im großen Stil Autos gestohlen.",
     "Die Villa ist im Stil des Barock erbaut."),
    (IN + "die_wehtun", "Gefordert sind Strafen, die den Konzernen wehtun.",
     "Ihm tut nach dem Sturz das Knie weh."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
