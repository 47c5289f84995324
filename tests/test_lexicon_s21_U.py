"""Author U, session 21 (issue 8): the author's own stance in columns, Glossen and commentary
(„ich halte das für …“, „mir scheint“, „ich gebe zu“, „meines Erachtens“), the author's verdict
sentences („Das ist kein Fortschritt“, „Mehr braucht es nicht“, „nur zum Teil gelungen“, „im besten
Sinne“), review verdict predicates („beginnt stark“, „flacht ab“, „bleibt hinter … zurück“, „man wird gut
unterhalten“), business-page colour („drückt auf die Bilanz“, „zahlt drauf“, „stemmt sich gegen den
Trend“) and sports verdicts in the reporter's voice („eiskalt verwandelt“, „abgeschlagen“, „nur
Sechste“) – written as families (ids ``<category>.s21u_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral, quoted or named person's use beside it that must stay unflagged; every sentence is written
for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s21u_"
PU = "puffery.s21u_"
LL = "loaded_language.s21u_"
IN = "intensifier.s21u_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    (ST + "ich_halte_fuer", "Ich halte den Umbau des Platzes für misslungen.",
     "Die Gutachterin hält den Umbau für vertretbar."),
    (ST + "ich_halte_fuer", "Ich halte diese Debatte schon lange für überfällig.",
     "„Ich halte mich da raus“, sagte der Obmann."),
    (ST + "ich_finde", "Ich finde, der Gemeinderat macht es sich zu leicht.",
     "Die Polizei fand in der Wohnung zwei Waffen."),
    (ST + "ich_finde", "Ich finde diese Nachsicht befremdlich.",
     "„Ich finde den Weg allein“, sagte die Wanderin."),
    (ST + "mir_scheint", "Mir scheint, die Regierung hat den Ernst der Lage verkannt.",
     "Am Nachmittag scheint wieder die Sonne."),
    (ST + "ich_gestehe", "Ich gestehe, ich habe das Finale verschlafen.",
     "Der Angeklagte gestand die Tat vor Gericht."),
    (ST + "ich_gestehe", "Ich muss zugeben, die Idee hat Charme.",
     "Der Konzern musste Fehler bei der Abrechnung zugeben."),
    (ST + "wovon_ich_rede", "Wer je einen Antrag beim Amt gestellt hat, weiß, wovon ich rede.",
     "Die Zeugin schilderte, wovon sie in der Nacht erwacht war."),
    (ST + "ehrlich_sein", "Um ehrlich zu sein, hat mich die Rede kaltgelassen.",
     "Die Kinder lernen, ehrlich zu sein."),
    (ST + "meiner_meinung", "Meiner Ansicht nach verdient der Entwurf eine zweite Lesung.",
     "Nach Ansicht der Staatsanwaltschaft war der Vertrag gültig."),
    (ST + "meiner_meinung", "Meines Erachtens hat die Behörde zu spät reagiert.",
     "Ihres Wissens nach gab es keine Verletzten."),
    (ST + "ich_fuerchte", "Ich fürchte, das Geld wird nicht reichen.",
     "Die Anrainer fürchten mehr Verkehr."),
    (ST + "ich_fuerchte", "Ich frage mich, warum niemand früher gewarnt hat.",
     "Der Richter fragte die Angeklagte, warum sie geschwiegen habe."),
    (ST + "das_ist_kein", "Das ist keine Reform, das ist Flickwerk.",
     "Das ist keine Baustelle der Stadt, sagte der Sprecher."),
    (ST + "das_ist_kein", "Transparenz sieht anders aus.",
     "Der Bahnhof sieht nach dem Umbau anders aus."),
    (ST + "mehr_braucht_es_nicht", "Ein Klavier, eine Stimme: Mehr braucht es nicht.",
     "Mehr Personal braucht das Spital dringend."),
    (LL + "nur_teilweise_gelungen", "Der Spagat zwischen Komödie und Drama ist nur teilweise gelungen.",
     "Die Reparatur ist gelungen."),
    (LL + "nur_teilweise_gelungen", "Die Adaption überzeugt nur phasenweise.",
     "Die Bergung gelang erst am Abend."),
    (PU + "keine_kleine_leistung", "Für eine Mannschaft ohne Stürmer ist das keine kleine Leistung.",
     "Die Anlage hat eine kleine Leistung von fünf Kilowatt."),
    (PU + "keine_kleine_leistung", "Kein schlechter Einstand für den neuen Intendanten.",
     "Der Einstand des neuen Intendanten ist am Montag."),
    (PU + "im_besten_sinne", "Die Komödie ist naiv im besten Sinne.",
     "Im engeren Sinne handelt es sich um eine Verordnung."),
    (LL + "im_schlechtesten_sinne", "Die Ausstattung ist museal im schlechtesten Sinne.",
     "Im Sinne der Anrainer wurde der Bau gestoppt."),
    (ST + "verdient_mehr", "Dieses stille Album verdient mehr Beachtung.",
     "Die Pflegerin verdient mehr als früher."),
    (PU + "beste_seit", "Es ist der klügste Vorschlag seit Langem.",
     "Der Verein erzielte die beste Platzierung seit 2004."),
    (LL + "schlechteste_seit", "Das ist die überflüssigste Debatte seit Jahren.",
     "Die Bauern melden die schlechteste Ernte seit Jahren."),
    (PU + "besser_als_jede", "Die Doku ist erhellender als jedes Lehrbuch.",
     "Sie kennt den Wald besser als jeder andere."),
    (PU + "beginnt_stark", "Der Krimi beginnt furios und hält das Tempo.",
     "Der Tag begann stark bewölkt."),
    (LL + "beginnt_zaeh", "Die Inszenierung beginnt behäbig.",
     "Das Wirtschaftswachstum flacht ab."),
    (LL + "beginnt_zaeh", "In der zweiten Halbzeit baute die Elf sichtlich ab.",
     "In der zweiten Hälfte des Jahres wird die Straße gebaut."),
    (LL + "bleibt_hinter_zurueck", "Die Verfilmung bleibt weit hinter der Vorlage zurück.",
     "Der Umsatz blieb hinter dem Vorjahr zurück."),
    (LL + "bleibt_hinter_zurueck", "Die zweite Staffel kommt an das Niveau der ersten nicht heran.",
     "Die Ermittler kommen an die Daten nicht heran."),
    (PU + "gut_unterhalten", "Die Zuschauer werden zwei Stunden lang köstlich unterhalten.",
     "Die Gemeinde muss die Wege gut unterhalten."),
    (PU + "zum_eindringlichsten", "Die Gerichtsszenen gehören zum Beklemmendsten des Jahrgangs.",
     "Zum Team gehören acht Ärztinnen."),
    (LL + "drueckt_auf", "Die hohen Zinsen drücken auf die Kauflaune.",
     "Der Fahrer drückt auf die Hupe."),
    (LL + "zahlt_drauf", "Bei diesem Tarif zahlen die Pendler drauf.",
     "Die Kunden zahlen mit Karte."),
    (LL + "stemmt_sich_gegen", "Die kleine Brauerei stemmt sich gegen den Niedergang der Branche.",
     "Die Helfer stemmten sich gegen das Tor."),
    (IN + "herber_einschnitt", "Für die Zulieferer ist das ein herber Einbruch.",
     "Der Einbruch in die Apotheke wurde angezeigt."),
    (LL + "knochenjob", "Die Arbeit auf dem Gerüst ist ein Knochenjob.",
     "Der Hund vergrub einen Knochen im Garten."),
    (LL + "kaum_konkurrenzfaehig", "Mit diesen Energiepreisen ist das Stahlwerk kaum konkurrenzfähig.",
     "Das Stahlwerk soll konkurrenzfähig bleiben, sagte die Chefin."),
    (PU + "eiskalt_verwandelt", "Kaltschnäuzig vollstreckte der Joker zum Ausgleich.",
     "Der Strafstoß wurde in der 90. Minute verwandelt."),
    (LL + "abgeschlagen", "Die Grünen liegen abgeschlagen auf dem vierten Platz.",
     "Beim Sturm wurden viele Äste abgeschlagen."),
    (LL + "nahm_es_sportlich", "Die Unterlegene nahm die Niederlage sportlich.",
     "Sie nahm an drei Rennen teil."),
    (IN + "nur_platz", "Der Weltmeister wurde am Ende nur Siebter.",
     "Der Weltmeister wurde Siebter."),
    (IN + "nur_platz", "Für die Titelverteidigerin reichte es nur zu Rang neun.",
     "Es war nur Platz für zwanzig Gäste."),
    (LL + "chancenlos", "Gegen den Tabellenführer blieben die Gäste chancenlos.",
     "Die Gäste hatten zwei Chancen."),
    (PU + "matchwinner", "Mit zwei Toren war die Kapitänin die Matchwinnerin.",
     "Die Kapitänin erzielte zwei Tore."),
    (LL + "vorgefuehrt", "Die Hintermannschaft wurde immer wieder vorgeführt.",
     "Der Festgenommene wurde dem Richter vorgeführt."),
    (LL + "bitterer_abend", "Es war ein bitterer Nachmittag für die Heimfans.",
     "Der Tee schmeckt am Nachmittag bitter."),
    (PU + "wird_belohnt", "Wer sich auf das Tempo einlässt, wird belohnt.",
     "Die Finderin wurde mit einem Gutschein belohnt."),
    (PU + "das_ist_gelungen", "Der Autor wollte eine leise Familiengeschichte schreiben. Das ist ihm überzeugend gelungen.",
     "Dem Häftling ist die Flucht gelungen."),
    (PU + "abend_traegt", "Die Inszenierung trägt dennoch, dank der Musik.",
     "Die Inszenierung trägt den Titel „Nacht“."),
    (LL + "traegt_nicht", "Die Argumentation trägt nicht.",
     "Die Argumentation trägt den Stempel des Ministeriums."),
    (PU + "staerkste_im_feld", "Am Berg war sie eine der Stärksten im Feld.",
     "Im Feld standen zwei Traktoren."),
    (PU + "souveraen_weiter", "Die Titelverteidigerin zog souverän ins Halbfinale ein.",
     "Das Land ist seit 1991 souverän."),
    (IN + "krachend", "Die Regierung verfehlte ihr Sparziel krachend.",
     "Krachend stürzte der Baum auf die Straße."),
    (ST + "laeuft_nicht_gut", "Es läuft nicht rund für den Stadtklub.",
     "Der Motor läuft nicht rund, sagte der Mechaniker."),
    (ST + "kein_wundermittel", "Die Pille ist kein Wundermittel.",
     "Das Mittel wurde im Labor getestet."),
    (ST + "waere_ein_fehler", "Es wäre ein Irrtum, die Warnungen abzutun.",
     "Ein Fehler im System verzögerte die Auszahlung."),
    (ST + "man_haette_gegoennt", "Man hätte der Erzählung etwas mehr Humor gegönnt.",
     "Die Wanderer gönnten sich eine Pause."),
    (ST + "geringste_problem", "Die Kosten sind dabei das geringste Problem.",
     "Das Problem mit der Heizung ist gelöst."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
