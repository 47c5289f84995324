"""Author B, session 13 (issue 8): the author's stance, praise, degree words, speculation, loaded
speech verbs and vague sources as families.

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


def author_ids(engine: Analyzer, text: str) -> set[str]:
    return {f.id for f in engine.analyze(text).findings if f.voice == "author"}


FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    ("certainty.s13b_no_na", "Der Umzug des Amtes dauert, no na, länger als versprochen.",
     "Der Rapper nennt sein neues Album No Name."),
    ("certainty.s13b_war_absehbar", "Dass der Zeitplan nicht hält, war absehbar.",
     "Ein Ende der Sperre ist nicht absehbar."),
    ("speculation.s13b_frueher_oder_spaeter",
     "Früher oder später muss die Gemeinde das Bad schließen.",
     "Der Zug fuhr früher ab als im Fahrplan angegeben."),
    ("speculation.s13b_zeichen_stehen_auf", "Im Tarifstreit stehen die Zeichen auf Streik.",
     "Die Verkehrszeichen stehen seit Montag auf dem Gehsteig."),
    ("speculation.s13b_steht_zu_erwarten", "Eine rasche Lösung steht kaum zu erwarten.",
     "Die Gäste warten vor dem Eingang."),
    ("stance.s13b_nicht_anders_als",
     "Die Bilanz der Saison kann nicht anders als enttäuschend bezeichnet werden.",
     "Die Bewerberinnen wurden nicht anders behandelt als die Bewerber."),
    ("stance.s13b_ruhig_modal", "Die anderen Länder dürften sich das Modell ruhig abschauen.",
     "Die Silvesternacht dürfte ruhig verlaufen."),
    ("stance.s13b_gute_idee", "Eine Sperrstunde für Lieferdienste wäre keine gute Idee.",
     "Die Bürgermeisterin hält eine Sperrstunde für eine gute Idee."),
    ("stance.s13b_offene_fragen", "Nach dem Auftritt des Ministers bleiben zahlreiche offene Fragen.",
     "Der Ausschuss klärte am Montag offene Fragen der Anrainer."),
    ("stance.s13b_erfreulich_attributiv", "Beim Radverkehr zeigt sich eine erfreuliche Entwicklung.",
     "Die Firma erfreut ihre Kunden mit einem Gewinnspiel."),
    ("stance.s13b_man_kann_nur_staunen", "Über die Geduld der Pendler kann man nur staunen.",
     "Die Schulklasse staunte über die Dinosaurier."),
    ("stance.s13b_darf_nicht_vergessen",
     "Man darf nicht vergessen, dass das Spital seit Jahren unterbesetzt ist.",
     "Der Schüler hat sein Heft in der Klasse vergessen."),
    ("puffery.s13b_erfrischend_wohltuend", "Die Moderatorin führt erfrischend unaufgeregt durch den Abend.",
     "Der Eistee ist erfrischend und nicht zu süß."),
    ("puffery.s13b_verblueffen_mit", "Die neue Kamera verblüfft mit einer enormen Lichtstärke.",
     "Die Zuschauer reagierten verblüfft auf die Absage."),
    ("puffery.s13b_erstaunliche_attributiv", "Die Pianistin zeigt eine erstaunliche Reife.",
     "Die Forscher waren erstaunt über den Fund."),
    ("puffery.s13b_bezwingend", "Das Ensemble spielt den zweiten Akt bezwingend.",
     "Die Bergsteiger wollen den Gipfel im Mai bezwingen."),
    ("puffery.s13b_zur_meisterschaft_gebracht",
     "Im Vertrösten der Wähler hat es die Partei zur Meisterschaft gebracht.",
     "Die Trainerin führte das Team zur Meisterschaft."),
    ("puffery.s13b_moderner_klassiker", "Der Kinderroman ist längst ein moderner Klassiker.",
     "Vor dem Klassiker gegen Rapid trainiert die Austria geheim."),
    ("puffery.s13b_ans_herz_gelegt", "Diese Aufnahme kann man Liebhabern der Oper nur ans Herz legen.",
     "Die Enzyme greifen das Herz nicht an, sagte die Ärztin."),
    ("puffery.s13b_beachtlich_leistung", "Ein vielversprechendes Debüt der jungen Regisseurin.",
     "Eine beachtliche Summe floss in den Umbau des Hallenbads."),
    ("puffery.s13b_gewinn_fuer", "Die neue Bibliothek ist ein Gewinn für den Bezirk.",
     "Die Firma erzielte im Vorjahr einen Gewinn von drei Millionen Euro."),
    ("puffery.s13b_clever", "Die Entwickler haben die Steuerung clever gelöst.",
     "Das Hotel liegt in der Kleinstadt Clever Creek."),
    ("intensifier.s13b_derart", "Selten war eine Budgetrede derart inhaltsleer.",
     "In derartigen Fällen ermittelt die Staatsanwaltschaft."),
    ("intensifier.s13b_ordentlich", "Der Streit um den Parkplatz sorgt für ordentlich Wirbel.",
     "Die ordentliche Sitzung des Gemeinderats findet im März statt."),
    ("intensifier.s13b_ungleich", "Die Suche nach Lehrkräften ist heute ungleich schwieriger.",
     "Die Einkommen sind im Land ungleich verteilt."),
    ("intensifier.s13b_allzu", "Die Gemeinde verlässt sich allzu sehr auf Förderungen.",
     "Die Schäden an der Brücke sind nicht allzu groß."),
    ("intensifier.s13b_viel_zu", "Die Förderung für Pflegekräfte ist viel zu gering.",
     "Die Schülerinnen hatten nach den Ferien viel zu erzählen."),
    ("intensifier.s13b_gleich_zahl", "Die Stadträtin musste gleich zwei Rückschläge hinnehmen.",
     "Die Preise für Fahrkarten sind gleich geblieben."),
    ("intensifier.s13b_nicht_weniger_als", "Nicht weniger als zwölf Gutachten liegen vor.",
     "Die Pflegerin verdient nicht weniger als ihr Kollege."),
    ("intensifier.s13b_wahrlich", "Der Abend im Burgtheater war wahrlich kein Vergnügen.",
     "Wahrlich, ich sage euch, steht im Evangelium."),
    ("intensifier.s13b_denkbar", "Der Termin für die Wahl ist denkbar ungünstig.",
     "Eine Verschiebung der Wahl ist denkbar."),
    ("intensifier.s13b_schwer_adj", "Die Zuschauer waren schwer beeindruckt.",
     "Der Radfahrer wurde bei dem Unfall schwer verletzt."),
    ("intensifier.s13b_heiss_ersehnt", "Der heiß ersehnte Radweg ist endlich eröffnet.",
     "Der Tee ist noch heiß."),
    ("speech_verb.s13b_jubelte", "„Wir sind Meister“, jubelte die Bürgermeisterin.",
     "Die Fans jubelten nach dem Schlusspfiff."),
    ("speech_verb.s13b_sinnierte", "„Politik ist ein langer Lauf“, sinnierte der Landeshauptmann.",
     "Im Seminar wird über Kant philosophiert."),
    ("speech_verb.s13b_liess_verlauten", "Der Vorstand ließ verlauten, man sei mit dem Jahr zufrieden.",
     "Der Vorstand sagte, man sei mit dem Jahr zufrieden."),
    ("vague_attribution.s13b_eigene_informationen",
     "Nach Informationen der Zeitung soll der Bahnhof später fertig werden.",
     "Nach Informationen der Polizei wurde niemand verletzt."),
    ("vague_attribution.s13b_die_rede_ist_von", "Die Rede ist von bis zu 300 gestrichenen Stellen.",
     "In der Anklageschrift ist die Rede von schwerem Betrug."),
    ("doubt.s13b_nach_eigener_definition",
     "Die nach eigener Definition bürgernahe Partei meidet die Bürgerversammlung.",
     "Das Wörterbuch enthält eine neue Definition des Begriffs."),
    ("doubt.s13b_steile_these", "Dass der Akku eine Woche hält, ist eine kühne These des Herstellers.",
     "Der Wanderweg führt steil zum Gipfel."),
    ("doubt.s13b_pr_gag", "Das Foto mit dem Bagger war ein PR-Gag.",
     "Die Agentur plant eine PR-Aktion für den Verein."),
    # second round
    ("stance.s13b_halt_partikel", "Im Rathaus ist man halt mit sich selbst beschäftigt.",
     "Der Bus macht in Mödling Halt."),
    ("stance.s13b_gut_gemeint", "Das Verbot ist gut gemeint, verfehlt aber sein Ziel.",
     "Die Sitze im neuen Zug sind gut gepolstert."),
    ("stance.s13b_problem_doppelpunkt", "Die Krux: Die Länder wollen nicht zahlen.",
     "Das Problem mit der Heizung wurde am Freitag gelöst."),
    ("stance.s13b_man_kann_nur_raten",
     "Der Landesregierung kann man nur raten, die Gutachten zu veröffentlichen.",
     "Die Gäste raten beim Quiz mit."),
    ("stance.s13b_mag_sein", "Das mag sein, doch die Schulden bleiben.",
     "Die Katze mag keine Gurken."),
    ("speculation.s13b_bleibt_abzuwarten", "Ob sich die Koalition einigt, bleibt abzuwarten.",
     "Die Patienten warten im Gang auf den Arzt."),
    ("speculation.s13b_scheint_zu", "Die Gespräche scheinen sich erneut zu verzögern.",
     "Am Nachmittag scheint in Tirol die Sonne."),
    ("speculation.s13b_sichtlich", "Die Bürgermeisterin war nach der Abstimmung sichtlich erleichtert.",
     "Die Spuren am Tatort sind sichtlich frisch."),
    ("puffery.s13b_starker_film", "Ein spannender Krimi aus dem Waldviertel.",
     "Die spannende Frage lautet, wer zahlt."),
    ("puffery.s13b_design_adjektiv", "Das Notebook steckt in einem eleganten Gehäuse.",
     "Die Behörde will die Unterlagen schicken."),
    ("puffery.s13b_lohnt_sich", "Ein Abstecher in die Altstadt lohnt sich.",
     "Der Lohn der Pflegekräfte steigt um vier Prozent."),
    ("puffery.s13b_gekonnt", "Die Titelverteidigerin spielte den Ball gekonnt ins Eck.",
     "Sie hätte es gekonnt, wenn man sie gelassen hätte."),
    ("intensifier.s13b_richtig_echt", "Die neue Saison wird richtig spannend.",
     "Die Lösung der Aufgabe war richtig."),
    ("intensifier.s13b_bei_weitem", "Das reicht bei weitem nicht für alle Schulen.",
     "Der Turm ist von weitem zu sehen."),
    ("intensifier.s13b_buchstaeblich", "Die Fans standen buchstäblich Schlange bis zur Straße.",
     "Das Kind kann schon buchstabieren."),
    ("vague_attribution.s13b_es_wird_erwartet", "Es wird erwartet, dass die Bank Stellen streicht.",
     "Der Bundespräsident wird am Abend in Graz erwartet."),
    ("vague_attribution.s13b_experten_einig", "Die Juristen sind sich einig, dass die Verordnung nicht hält.",
     "Die Landeshauptleute sind sich einig, dass die Förderung bleibt."),
    ("doubt.s13b_schoene_worte", "Von der Ministerin gab es schöne Worte, aber kein Geld.",
     "Der Pfarrer fand schöne Worte für die Verstorbene."),
]


@pytest.mark.parametrize(("entry", "text"), [(e, t) for e, t, _ in FAMILIES])
def test_family_is_found_in_the_authors_voice(engine: Analyzer, entry: str, text: str) -> None:
    assert entry in author_ids(engine, text)


@pytest.mark.parametrize(("entry", "text"), [(e, t) for e, _, t in FAMILIES])
def test_neutral_or_literal_use_stays_unflagged(engine: Analyzer, entry: str, text: str) -> None:
    assert entry not in author_ids(engine, text)


@pytest.mark.parametrize(("entry", "text"), [
    ("stance.s13b_gute_idee", "„Ein Pfand auf Dosen ist eine gute Idee“, sagte die Ministerin."),
    ("intensifier.s13b_viel_zu", "„Die Mieten sind viel zu hoch“, sagte die Mieterin."),
    ("puffery.s13b_bezwingend", "„Sie spielt bezwingend“, schwärmte der Dirigent."),
])
def test_quoted_use_is_the_speakers(engine: Analyzer, entry: str, text: str) -> None:
    found = [f for f in engine.analyze(text).findings if f.id == entry]
    assert all(f.voice != "author" for f in found)


def test_older_entries_keep_their_findings(engine: Analyzer) -> None:
    # the new families must not take over matches of older, judged entries
    assert "speech_verb.frohlockte" in author_ids(
        engine, "„Die Konkurrenz ist am Ende“, frohlockte der Chef.")
    assert "vague_attribution.regierungskreise" in author_ids(
        engine, "Aus Regierungskreisen hieß es, die Entscheidung falle am Montag.")
