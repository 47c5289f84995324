"""Author W, session 28 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed – the commentator's formulas („Endlich, möchte man sagen“,
„Richtig wäre …“, „niemand käme auf die Idee“, „der Weg des geringsten Widerstands“, „das
Lieblingsargument“, „lebt in ihrer eigenen Blase“, „knausern“, „sich hinter Vorschriften
verstecken“, „umso ärgerlicher“, „darüber redet man ungern“, „man kann die Aufregung verstehen“,
„wer …, sollte einmal ausrechnen“, „reagiert, wie sie immer reagiert“, „…, und zwar gewaltig“, „ein
alljährlicher Ausnahmezustand“, „das Ergebnis ist bekannt“, „die logische Folge“, „genau darum geht
es“, „haben da so ihre Zweifel“), review verdicts („zugleich die Stärke und das Problem“, „ein
hübscher Einfall“, „das größte Kompliment“, „ein Satz zum Aufhängen“, „schwächer wird es im letzten
Drittel“, „wirkt wie ein Fremdkörper“, „musikalisch ein Ereignis“, „bleibt vage“, „gelingt nur in
Ansätzen“, „seltsam blass“, „wer … sucht, wird bedient“, „sieht man meilenweit kommen“, „es fehlt
das Risiko“, „ein Bild von einem Mann“), tabloid drama („kaum größer als eine Besenkammer“, „kämpft
wie ein Löwe“, „treibt jedem die Tränen in die Augen“, „Gott bewahre“,
„Autsch!“, „hielten den Atem an“, „der bitterste Sieg seines Lebens“, „voller Häme“, „auf den alle
gewartet hatten“, „packend“, „glühender Verfechter“, „ins Wanken geraten“, „die Bombe
platzte“), idioms and intensifiers („die Idylle trügt“, „explodierende Mieten“, „nicht ganz
unerheblich“), unnamed sources („Fahrgastverbände kritisierten“, „aus der Union heißt es“, „warnen
manche“, „Experten wissen seit Jahren“, „so sagen die Fachleute“, „viele in der Partei“) and labels
(„ein fairer Verlierer“, „die Autolobby“) – written as families (ids ``<category>.s28w_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s28w_"
LL = "loaded_language.s28w_"
PU = "puffery.s28w_"
IN = "intensifier.s28w_"
CE = "certainty.s28w_"
VA = "vague_attribution.s28w_"
LA = "labeling.s28w_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (ST + "moechte_man_sagen", "Spät, aber doch, möchte man anmerken.",
     "Die Schüler möchten dazu etwas sagen."),
    (ST + "richtig_waere", "Richtig wäre eine Reform der gesamten Pflege.",
     "Ob eine Reform richtig wäre, prüft die Kommission."),
    (ST + "niemand_kaeme_auf_die_idee", "Niemand käme auf die Idee, die Feuerwehr abzuschaffen.",
     "Die Lehrerin kam auf die Idee, einen Chor zu gründen."),
    (ST + "weg_des_geringsten_widerstands", "Die Landesregierung wählt den Weg des geringsten Widerstands.",
     "Der Strom sucht sich den Weg über das Kabel."),
    (LL + "lieblingsargument", "Der Föderalismus ist die Lieblingsausrede der Ministerien.",
     "Sein Lieblingslied ist ein Walzer."),
    (LL + "in_der_blase", "Die Stadtregierung lebt längst in ihrer eigenen Blase.",
     "Der Urologe entfernte einen Stein aus ihrer Blase."),
    (LL + "knausern", "Ausgerechnet bei der Pflege wird geknausert.",
     "Die Gemeinde senkt die Ausgaben für Werbung."),
    (LL + "hinter_verstecken", "Die Behörde will sich hinter Paragrafen verstecken.",
     "Die Katze versteckte sich hinter dem Sofa."),
    (ST + "umso_erfreulicher", "Das ist umso ärgerlicher, weil die Pläne fertig sind.",
     "Umso länger dauert die Fahrt nach Linz."),
    (ST + "darueber_redet_man_ungern", "Darüber redet man im Ministerium ungern.",
     "Darüber redet man im Workshop einen ganzen Tag."),
    (ST + "aufregung_verstehen", "Man kann den Unmut der Pendler gut verstehen.",
     "Der Unmut der Pendler war bei der Sitzung zu hören."),
    (ST + "sollte_einmal_ausrechnen",
     "Wer von Luxus spricht, sollte einmal nachrechnen, was eine Familie zahlt.",
     "Wer krank ist, sollte zu Hause bleiben."),
    (LL + "reagiert_wie_immer", "Die Kammer reagiert, wie sie immer reagiert.",
     "Die Patientin reagiert gut auf das Medikament."),
    (ST + "und_zwar_gewaltig", "Die Regierung hat sich verschätzt, und zwar gewaltig.",
     "Gezahlt wird zweimal, und zwar im Juni und im Dezember."),
    (LL + "ausnahmezustand_figurativ", "Am Bahnhof herrscht ein täglicher Ausnahmezustand.",
     "Das Parlament verlängerte den Ausnahmezustand."),
    (CE + "ergebnis_ist_bekannt", "Das Ergebnis ist bekannt: Die Mieten steigen weiter.",
     "Das Ergebnis der Abstimmung ist seit Montag bekannt, teilt die Stadt mit."),
    (CE + "logische_folge", "Der Abstieg war die logische Folge.",
     "Die nächste Folge der Serie läuft im März."),
    (ST + "genau_darum_geht_es", "Genau darauf kommt es an.",
     "Genau darum geht es in dem neuen Kinderbuch."),
    (ST + "so_ihre_zweifel", "Die Opposition hat da so ihre Bedenken.",
     "Die Anrainer haben Bedenken gegen den Bau angemeldet."),
    (ST + "staerke_und_problem", "Der Humor ist zugleich die Stärke und das Problem des Films.",
     "Die Stärke und die Richtung des Windes werden gemessen."),
    (PU + "huebscher_einfall", "Die Drehbühne ist ein hübscher Einfall.",
     "Der Einfall der Reiter ist im Museum dargestellt."),
    (PU + "groesste_kompliment", "Das ist das größte Kompliment, das man einem Debüt machen kann.",
     "Die Kellnerin bekam ein Kompliment für den Kaffee."),
    (PU + "satz_zum_aufhaengen", "Ein Gedanke, den man sich an die Wand hängen möchte.",
     "Die Urkunde hängt an der Wand des Büros."),
    (ST + "schwaecher_im_letzten_drittel", "Zäher wird der Film in der zweiten Hälfte.",
     "Im zweiten Teil des Kurses lernen die Teilnehmer Spanisch."),
    (LL + "wie_ein_fremdkoerper", "Das Duett wirkt wie ein Fremdkörper im Programm.",
     "Im Magen des Hundes fand der Tierarzt einen Fremdkörper."),
    (ST + "domaene_urteil", "Die Premiere war szenisch eine Zumutung.",
     "Die Premiere war szenisch aufwendig, berichtet das Theater."),
    (ST + "bleibt_vage", "Das Programm der Partei bleibt schwammig.",
     "Das Wetter bleibt am Wochenende wechselhaft."),
    (ST + "gelingt_in_ansaetzen", "Die Verbindung der beiden Stile gelingt nur ansatzweise.",
     "Die Operation gelang ohne Komplikationen."),
    (ST + "seltsam_blass", "Der Tenor singt sonderbar kraftlos.",
     "Das Wasser im See war seltsam grün, sagen Anrainer."),
    (ST + "wer_sucht_wird_bedient", "Wer Action sucht, wird hier bestens bedient.",
     "Im Lokal wird man freundlich bedient."),
    (LL + "kommen_sehen", "Das Ende sieht man kilometerweit kommen.",
     "Die Wanderer kommen aus Salzburg."),
    (ST + "es_fehlt_das_risiko", "Der Aufführung fehlt jeglicher Wagemut.",
     "Der Schule fehlt ein Turnsaal."),
    (PU + "bild_von_einem_mann", "Der Bräutigam, ein Bild von einem Mann, strahlt.",
     "Ein Bild von einem Mann mit Bart hängt im Gang."),
    (IN + "kaum_groesser_als", "Die Zelle ist kaum größer als eine Telefonzelle.",
     "Die Wohnung ist kaum größer als die alte, sagt der Mieter."),
    (LL + "kaempft_wie_ein_loewe", "Die Bürgermeisterin kämpft wie eine Löwin um das Spital.",
     "Der Löwe kämpft im Film um sein Rudel."),
    (LL + "traenen_in_die_augen", "Die Bilanz treibt jedem Steuerzahler die Tränen in die Augen.",
     "Der Wind trieb den Läufern Tränen in die Augen."),
    (ST + "gott_bewahre", "Dort könnte man, Gott bewahre, sogar zu Fuß gehen.",
     "Im Gottesdienst sang der Chor."),
    (ST + "interjektion", "Uff!",
     "Die Kinder lachten laut."),
    (LL + "atem_anhalten", "Dann hielten Hunderte Schaulustige den Atem an.",
     "Der Atem der Läuferin ging schnell."),
    (LL + "bitterste_seines_lebens", "Es war der schwärzeste Tag seines Lebens.",
     "Er verbrachte den Großteil seines Lebens in Tirol."),
    (LL + "haeme", "Im Netz ergoss sich Spott über den Trainer.",
     "Der Kübel ist voll mit Regenwasser."),
    (IN + "auf_das_alle_gewartet", "Dann kam das Tor, auf das alle gewartet hatten.",
     "Der Zug, auf den die Pendler gewartet hatten, fiel aus."),
    (PU + "packend", "Es war ein packendes Finale.",
     "Die Umzugshelfer packen die Kisten."),
    (LA + "gluehender_fan", "Der Abgeordnete ist ein glühender Anhänger der Monarchie.",
     "Die glühenden Kohlen lagen im Grill."),
    (LL + "ins_wanken", "Die Allianz gerät ins Wanken.",
     "Der Sturm brachte das Gerüst ins Wanken."),
    (LL + "bombe_platzt", "Am Montag platzte dann die Bombe.",
     "Die Fliegerbombe wurde am Montag gesprengt."),
    (LL + "idylle_truegt", "Doch die Idylle trügt.",
     "Die Idylle des Tals zieht Wanderer an."),
    (IN + "explodierende_kosten", "Die explodierenden Heizkosten treffen vor allem Pensionisten.",
     "Die Heizkosten stiegen um acht Prozent."),
    (ST + "nicht_ganz_unbedeutend", "Es ist ein nicht ganz unwesentliches Detail.",
     "Das Detail ist nicht ganz klar, sagt die Polizei."),
    (VA + "verbaende_sagen", "Fahrgastverbände bemängeln die Kürzungen.",
     "Der Fahrgastverband Pro Bahn bemängelt die Kürzungen."),
    (VA + "aus_der_partei_heisst_es", "Aus der ÖVP heißt es, die Reform komme im Herbst.",
     "Die ÖVP heißt die Reform gut."),
    (VA + "warnen_manche", "Im Rathaus warnen manche vor zu hohen Kosten.",
     "Die Apotheker warnen manche Kunden vor Wechselwirkungen."),
    (VA + "wissen_seit_jahren", "Mediziner wissen seit Jahren, dass Lärm krank macht.",
     "Die Patientin weiß seit Jahren von ihrer Allergie."),
    (VA + "so_sagen_die_fachleute", "Der Boden ist zu trocken, so sagen Fachleute.",
     "Die Fachleute der Landesregierung sagen, der Boden sei zu trocken."),
    (VA + "viele_in_der_partei", "Manche in der Koalition halten den Plan für tot.",
     "Viele Gemeinden in der Region haben gewählt."),
    (LA + "fairer_verlierer", "Der Herausforderer erwies sich als guter Verlierer.",
     "Die Verlierer der Wahl treffen sich am Montag."),
    (LA + "lobby_kompositum", "Die Pharmalobby hat das Gesetz verwässert.",
     "Der Pharmaverband kritisiert das Gesetz."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
