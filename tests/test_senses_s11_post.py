"""Senses that are not judgements, from the round-10 and desk5 verdicts (issue 9, session 11):
"nicht zurecht" of "zurechtkommen", a conceded election defeat, "völlig frei" in sport, "so sehr
…, dass", the planned "eigentlich sollten", predicative "selbstverständlich", "dürften" after an
unreal condition, "absichtlich" as an investigators' finding, "man muss nur … schauen", a conceded
"muss … nicht …, aber", "kein X, sondern Y" and ringing alarm bells. Each false alarm is tested next
to the true finding it must keep; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None, calibrate=False)


def ids(engine: Analyzer, text: str) -> set[str]:
    return {f.id for f in engine.analyze(text).findings if f.voice == "author"}


@pytest.mark.parametrize(("text", "entry"), [
    ("Die Gäste kamen mit dem hohen Pressing der Heimelf überhaupt nicht zurecht und lagen "
     "rasch zurück.", "stance.zu_recht"),
    ("Der neue Verteidiger kommt mit dem schnellen Spiel in der Liga noch nicht zurecht.",
     "stance.zu_recht"),
    ("Der Herausforderer räumte am Abend seine Niederlage ein und gratulierte dem Sieger.",
     "speech_verb.raeumte_ein"),
    ("Nach einem Eckball stand der Innenverteidiger im Strafraum völlig frei und traf.",
     "intensifier.voellig"),
    ("Wenn sich der Konzern von wenigen Beschwerden so sehr beeindrucken lässt, dass er das "
     "Produkt zurückzieht, wirft das Fragen auf.", "intensifier.sehr"),
    ("Eigentlich sollten an diesem Abend vier Pflegekräfte auf der Station sein, doch nur "
     "zwei kamen.", "stance.eigentlich"),
    ("Eigentlich sollten sie heute zu dritt sein.", "stance.eigentlich"),
    ("Das ist eine Stadt, in der zweisprachige Schilder längst selbstverständlich sind.",
     "certainty.selbstverstaendlich"),
    ("Ein Lieferdienst bis an die Haustür ist für viele Kunden selbstverständlich.",
     "certainty.selbstverstaendlich"),
    ("Wenn es den Gegnern wirklich um die Ruhe ginge, dürften sie selbst keine Feste feiern.",
     "speculation.duerfte"),
    ("Die Brandermittler fanden Spuren, die darauf hindeuten, dass der Brand im Keller "
     "absichtlich gelegt wurde.", "speculation.absichtlich"),
    ("Gegen den Fahrer bestand der Verdacht, dass er den Radfahrer absichtlich gerammt hatte.",
     "speculation.absichtlich"),
    ("Rekorde gibt es jedes Jahr, man muss nur auf die Statistik der Gemeinde schauen.",
     "appeal.man_muss"),
    ("Man muss diese Lesart nicht teilen, aber sie ist in sich schlüssig.", "appeal.man_muss"),
    ("Die Nachricht lässt in den Rathäusern die Alarmglocken schrillen.",
     "loaded_language.adj_krawallig"),
])
def test_neutral_sense_is_no_finding(engine: Analyzer, text: str, entry: str) -> None:
    assert entry not in ids(engine, text)


@pytest.mark.parametrize(("text", "entry"), [
    ("Die Opposition hat den Minister zurecht für seine Pläne kritisiert.", "stance.zu_recht"),
    ("Der Minister räumte ein, dass die Kosten gestiegen seien.", "speech_verb.raeumte_ein"),
    ("Die Behauptung des Ministers ist völlig frei erfunden.", "intensifier.voellig"),
    ("Eigentlich sollte die Regierung längst zurückgetreten sein.", "stance.eigentlich"),
    ("Die Kosten trägt selbstverständlich der Steuerzahler.", "certainty.selbstverstaendlich"),
    ("Wenn das Wetter hält, dürfte das Rennen am Sonntag stattfinden.", "speculation.duerfte"),
    ("Die Behörde hat die Warnungen der Anrainer absichtlich ignoriert.",
     "speculation.absichtlich"),
    ("Man muss die Reform jetzt endlich umsetzen.", "appeal.man_muss"),
    ("Die Band spielte einen schrillen Auftritt vor halbleerem Saal.",
     "loaded_language.adj_krawallig"),
])
def test_judgement_stays(engine: Analyzer, text: str, entry: str) -> None:
    assert entry in ids(engine, text)


def test_rejected_frame_is_no_charge(engine: Analyzer) -> None:
    """'keine Zumutung, sondern Arithmetik' rejects the charge; 'eine Zumutung' makes it."""
    assert not any(f.category == "loaded_language" and "Zumutung" in f.text
                   for f in engine.analyze("Die längere Arbeitszeit ist keine Zumutung, "
                                           "sondern schlichte Rechnerei.").findings)
    assert any(f.category == "loaded_language" and "Zumutung" in f.text
               for f in engine.analyze("Die längere Arbeitszeit ist eine Zumutung für alle "
                                       "Beschäftigten.").findings)


def test_conceded_defeat_before_comma(engine: Analyzer) -> None:
    """'räumte die Niederlage ein, …' is the standard report of an election night; 'räumte
    Fehler ein, …' frames an admission."""
    assert "speech_verb.raeumte_ein" not in ids(
        engine, "Die Bürgermeisterin räumte die Wahlniederlage ein, kündigte aber Widerstand an.")
    assert "speech_verb.raeumte_ein" in ids(
        engine, "Die Bürgermeisterin räumte Fehler ein, kündigte aber Widerstand an.")


def test_not_only_but_also_keeps_the_charge(engine: Analyzer) -> None:
    """'nicht nur Zumutung, sondern auch …' adds to the charge instead of rejecting it."""
    assert any(f.category == "loaded_language" and "Zumutung" in f.text
               for f in engine.analyze("Die neue Regel ist nicht nur Zumutung, sondern auch "
                                       "Schikane für alle Pendler.").findings)


def test_allegation_content_is_no_doubt(engine: Analyzer) -> None:
    """'Vorwürfe über dubiose Zahlungen' reports the allegations; 'dubiose Zahlungen' alone is
    the author's doubt."""
    assert not any(f.category == "doubt" for f in engine.analyze(
        "Die Prüfer gehen Vorwürfen über dubiose Zahlungen an einen Berater nach.").findings
        if f.voice == "author")
    assert any(f.category == "doubt" for f in engine.analyze(
        "Der Verein leistete dubiose Zahlungen an einen Berater.").findings
        if f.voice == "author")
