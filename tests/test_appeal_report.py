"""Plain reports: texts that do not judge elsewhere (issue 9: appeal below 70 %, the uncertain
findings right about one time in three there).

A first person or a "man muss" in the author's voice of a sober report is someone's speech
whose quote marks were lost (the Der Standard corpus strips them) or a generic "one has to";
in a commentary it is the author pulling the reader in. An uncertain finding (weight under 0.4)
is not shown in a plain report. The texts are written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.pipeline import REPORT_FLOOR, REPORT_MIN_WORDS, Analyzer, plain_report

REPORT = (
    'Neue Funktion für Messenger-Nutzer\n'
    '\n'
    'Der Softwarekonzern Norvix hat am Dienstag eine neue Version seines Messengers '
    'veröffentlicht. Nutzer können damit künftig Nachrichten vom Computer aus verschicken, '
    'ohne das Telefon in die Hand zu nehmen. Dazu muss man auf beiden Geräten mit demselben '
    'Konto angemeldet sein. Die Aktualisierung wird nach Angaben des Unternehmens '
    'schrittweise an alle Kunden verteilt und soll bis Ende des Monats abgeschlossen sein.\n'
    '\n'
    'Neu ist auch eine Suchfunktion für ältere Nachrichten. Bisher ließen sich nur die '
    'Unterhaltungen der vergangenen zwölf Monate durchsuchen, nun reicht der Speicher bis zu '
    'fünf Jahre zurück. Die Daten bleiben nach Firmenangaben verschlüsselt auf dem Gerät. '
    'Produktchef Malte Severin sprach am Rande einer Präsentation in Hamburg von einem '
    'wichtigen Schritt. Viele Kunden hätten sich die Funktion seit Jahren gewünscht. Wir '
    'brauchen aber noch etwas Zeit für die Version auf älteren Geräten.\n'
    '\n'
    'Die Version für Tablets folgt wahrscheinlich im Frühjahr. Ältere '
    'Betriebssysteme werden dann nicht mehr unterstützt. Wer ein Gerät nutzt, das älter als '
    'sechs Jahre ist, erhält noch bis Ende kommenden Jahres Sicherheitsupdates. Danach '
    'sollte man auf ein neueres Modell umsteigen, teilte das Unternehmen mit. Der Messenger '
    'zählt nach eigenen Angaben rund 40 Millionen Nutzer in Europa, davon etwa zwölf '
    'Millionen in Deutschland. Die Konkurrenz hat ähnliche Funktionen bereits im vergangenen '
    'Jahr eingeführt.\n'
)
COMMENTARY = (
    'Die Stadt verspielt ihr Herz\n'
    '\n'
    'Leider ist es wieder einmal so weit: Der Stadtrat hat beschlossen, die Bücherei am '
    'Marktplatz zu schließen. Das ist ein Armutszeugnis. Man muss sich das einmal vor Augen '
    'führen: Eine Stadt mit 40.000 Einwohnern leistet sich einen Kreisverkehr für zwei '
    'Millionen Euro, aber keine zwölf Regalmeter für Kinderbücher.\n'
    '\n'
    'Die Begründung der Verwaltung ist dürftig. Die Ausleihzahlen seien gesunken, heißt es. '
    'Natürlich sind sie gesunken, wenn die Öffnungszeiten seit Jahren zusammengestrichen '
    'werden. Wer um 16 Uhr schließt, braucht sich über leere Räume nicht zu wundern. Das ist '
    'keine Sparpolitik, das ist Kahlschlag mit Ansage.\n'
    '\n'
    'Wir alle wissen, was eine Bücherei für einen Ort bedeutet. Sie ist der einzige Raum, in '
    'dem niemand etwas kaufen muss. Rentner lesen dort Zeitung, Schüler machen Hausaufgaben, '
    'Geflüchtete lernen Deutsch. Wer das für verzichtbar hält, hat den Kontakt zu seiner '
    'Stadt verloren.\n'
    '\n'
    'Dabei wäre die Lösung so einfach. Ehrenamtliche stehen bereit, die Räume gehören der '
    'Stadt, und die Kosten sind lächerlich gering im Vergleich zu dem, was jedes Jahr für '
    'Prestigeprojekte ausgegeben wird.\n'
    '\n'
    'Noch ist nichts verloren. Der Förderverein sammelt Unterschriften, und im Herbst wird '
    'der Haushalt neu beraten. Die Fraktionen sollten die Gelegenheit nutzen und den '
    'Beschluss zurücknehmen. Eine Stadt, die ihre Bücherei schließt, spart am falschen Ende '
    '– und das wird sie noch bitter bereuen.\n'
)


def appeals(engine: Analyzer, text: str) -> set[str]:
    return {f.text for f in engine.analyze(text).findings
            if f.voice == "author" and f.category == "appeal"}


def test_a_sober_report_has_no_appeal(engine: Analyzer) -> None:
    """"Dazu muss man … angemeldet sein" is a requirement, "Wir brauchen aber noch etwas Zeit"
    the product head's words after his reported speech: the report judges nowhere else."""
    result = engine.analyze(REPORT)
    assert len(REPORT.split()) >= REPORT_MIN_WORDS
    assert plain_report(result.sentences)
    assert appeals(engine, REPORT) == set()


def test_a_commentary_keeps_its_appeals(engine: Analyzer) -> None:
    """The same forms in a commentary that judges throughout are the author's appeal."""
    result = engine.analyze(COMMENTARY)
    assert len(COMMENTARY.split()) >= REPORT_MIN_WORDS
    assert not plain_report(result.sentences)
    assert {"Man muss", "Wir alle"} <= appeals(engine, COMMENTARY)


def test_a_short_text_is_too_short_to_tell(engine: Analyzer) -> None:
    """A sentence or two says nothing about the genre: the appeal stays."""
    assert appeals(engine, "Wir alle wissen, dass der Umbau zu teuer war.") == {"Wir alle"}


def test_the_gate_reads_the_reports_own_appeals_when_it_is_long_enough(engine: Analyzer) -> None:
    """The report's first paragraph alone is below the length that tells a genre: its
    "muss man" stays an appeal there."""
    first = REPORT.split("\n\n")[0] + "\n\n" + REPORT.split("\n\n")[1]
    assert len(first.split()) < REPORT_MIN_WORDS
    assert "muss man" in appeals(engine, first)


def _judged_uncertain(engine: Analyzer) -> Analyzer:
    """The engine with "wahrscheinlich" judged right 2 of 6 times: an uncertain speculation
    under REPORT_FLOOR whatever the shipped verdicts say (the test is about the floor, not about
    where the calibration puts this word: since the thirty-sixth session's verdicts it sits at
    0.40)."""
    cal = engine.calibration
    assert cal is not None
    engine.calibration = dataclasses.replace(
        cal, ids={**cal.ids, "speculation.wahrscheinlich": (2, 6)})
    return engine


def test_a_plain_report_shows_no_uncertain_finding() -> None:
    """"wahrscheinlich" (an uncertain speculation, weight under 0.4) is not shown in the plain
    report; all findings (min_weight=0) keep it, and a commentary shows it."""
    shown = _judged_uncertain(Analyzer(classifier=None))
    every = _judged_uncertain(Analyzer(classifier=None, min_weight=0))

    def weak(engine: Analyzer, text: str) -> list[float]:
        return [f.weight for f in engine.analyze(text).findings
                if f.id == "speculation.wahrscheinlich" and f.voice == "author"]

    assert weak(shown, REPORT) == []
    assert [w < REPORT_FLOOR for w in weak(every, REPORT)] == [True]
    commentary = COMMENTARY + "\n\nDer Umbau dauert wahrscheinlich bis zum Frühjahr.\n"
    assert len(weak(shown, commentary)) == 1
