"""Senses from the blind rounds' wrong intensifier and stance findings (issue 9, session 10):
a degree word inside the attitude a person showed ("zeigte sich äußerst kritisch") reports how
that person came across; "eigentlich" in "hätte … werden sollen" reports a plan that was dropped.
Each false alarm sits next to the true finding it must not take away."""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer
from analyzer.results import Finding


def hits(engine: Analyzer, text: str, category: str) -> list[Finding]:
    return [f for f in engine.analyze(text).findings if f.category == category]


def test_degree_word_in_a_shown_attitude_is_reported_not_exaggerated(engine: Analyzer) -> None:
    text = ("Die Bürgermeisterin zeigte sich nach der Sitzung äußerst zufrieden mit dem Kompromiss. "
            "Der Kompromiss ist äußerst dürftig.")
    found = hits(engine, text, "intensifier")
    assert [f.text for f in found] == ["äußerst"]
    assert found[0].start > text.index("Der Kompromiss")


def test_shown_attitude_with_inverted_subject(engine: Analyzer) -> None:
    text = ("Gegenüber den Plänen der Stadtwerke gab sich der Landesrat extrem skeptisch. "
            "Die Pläne der Stadtwerke sind extrem riskant.")
    found = hits(engine, text, "intensifier")
    assert [f.text for f in found] == ["extrem"]


def test_shown_without_attitude_word_stays_the_authors_judgement(engine: Analyzer) -> None:
    # "zeigt sich völlig überfordert" is not one of the attitude words: the author's verdict
    text = "Die Stadtregierung zeigt sich in dieser Frage völlig planlos."
    assert [f.text for f in hits(engine, text, "intensifier")] == ["völlig"]


def test_dropped_plan_eigentlich_is_no_stance(engine: Analyzer) -> None:
    text = ("Die Mautpflicht hätte eigentlich schon Teil des neuen Verkehrsgesetzes werden sollen. "
            "Das Gesetz ist eigentlich ein Eingeständnis des Scheiterns.")
    found = [f for f in hits(engine, text, "stance") if f.id == "stance.eigentlich"]
    assert len(found) == 1 and found[0].start > text.index("Das Gesetz")


def test_eigentlich_with_the_authors_should_keeps_its_stance(engine: Analyzer) -> None:
    text = "Die Landesregierung hätte eigentlich längst handeln sollen."
    # (since the eleventh session "hätte … längst handeln sollen" is one stance finding that
    # takes "eigentlich" in; either way the author's stance covers it)
    at = text.index("eigentlich")
    assert any(f.start <= at < f.end and f.voice == "author" for f in hits(engine, text, "stance"))


def test_positioned_goldrichtig_is_the_sports_report_not_a_verdict(engine: Analyzer) -> None:
    text = ("Die Flügelspielerin stand goldrichtig und schob zum 3:1 ein. "
            "Die Einwechslung der Flügelspielerin war goldrichtig.")
    found = [f for f in hits(engine, text, "intensifier") if f.id == "intensifier.grundfalsch"]
    assert len(found) == 1 and found[0].start > text.index("Die Einwechslung")


def test_bitterkalt_weather_is_no_drama_bitterernst_stays(engine: Analyzer) -> None:
    text = ("Der Morgen war bitterkalt, in den Tälern fiel das Thermometer auf minus 19 Grad. "
            "Die Lage der Obdachlosen ist bitterernst.")
    found = [f for f in hits(engine, text, "intensifier") if f.id == "intensifier.tod_komposita"]
    assert [f.text for f in found] == ["bitterernst"]


def test_bei_uns_as_the_market_is_no_appeal(engine: Analyzer) -> None:
    text = ("Das neue Faltgerät des Herstellers kommt im März auch bei uns in den Handel. "
            "Bei uns wäre ein solcher Preis undenkbar.")
    found = [f for f in hits(engine, text, "appeal") if f.id == "appeal.bei_uns"]
    assert len(found) == 1 and found[0].start == text.index("Bei uns wäre")


def test_bei_uns_made_known_is_no_appeal(engine: Analyzer) -> None:
    text = "Der dritte Band der Saga soll die Autorin endlich auch bei uns bekannt machen."
    assert not [f for f in hits(engine, text, "appeal") if f.id == "appeal.bei_uns"]


def test_shown_attitude_after_a_listed_von_object(engine: Analyzer) -> None:
    text = ("Die Prüfer zeigten sich von der unglaublichen Akkulaufzeit, dem Gehäuse und der Kamera "
            "überzeugt. Die Akkulaufzeit ist unglaublich kurz.")
    found = [f for f in hits(engine, text, "intensifier") if f.id == "intensifier.unglaublich"]
    assert len(found) == 1 and found[0].start > text.index("Die Akkulaufzeit ist")


def test_von_list_without_attitude_at_the_end_stays(engine: Analyzer) -> None:
    # the sentence ends on a plain verb, not on the attitude the subject showed
    text = "Die Stadt zeigte sich von ihrer unglaublich schäbigen Seite, die Gäste reisten ab."
    assert [f.id for f in hits(engine, text, "intensifier")] == ["intensifier.unglaublich"]
