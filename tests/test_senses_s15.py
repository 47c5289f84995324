"""Neutral senses found on the tenth session's blind sets (2026-12-01, fifth session), each next to
the evaluative use that stays a finding. Sentences written for these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze


def ids(text: str) -> list[str]:
    return [f.id for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings
            if f.voice == "author"]


def voices(text: str, kind: str) -> list[str]:
    """The voices of the findings whose id or category is ``kind``."""
    return [f.voice for f in analyze(text, classifier=None, min_weight=0).findings
            if kind in (f.id, f.category)]


@pytest.mark.parametrize(("text", "entry", "expected"), [
    ("Der Riesling wirkt im Abgang leicht säuerlich.", "speech_verb.muerrisch", False),
    ("Die Sauce hatte eine säuerliche Note, die gut zum Fisch passte.", "speech_verb.muerrisch",
     False),
    ("Säuerlich reagierte die Parteichefin auf die Frage.", "speech_verb.muerrisch", True),
    ("Der Trainer kommentierte die Niederlage mürrisch.", "speech_verb.muerrisch", True),
])
def test_taste_is_no_speakers_mood(text: str, entry: str, expected: bool) -> None:
    assert (entry in ids(text)) is expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # the charge in a ", … zu" clause after a verb of accusing is the accusers' wording
    ("Die Gewerkschaft wirft der Regierung vor, die Pressefreiheit zu beschneiden.",
     "loaded_language", "quote"),
    ("Die Opposition hat der Ministerin vorgeworfen, die Reform durchzudrücken.",
     "loaded_language", "quote"),
    # … and the demand after a verb of urging is the urger's
    ("Seit Jahren drängt der Verein die Stadt, endlich Klarheit zu schaffen.", "stance.endlich",
     "quote"),
    ("Die Opposition hat die Regierung aufgefordert, endlich zu handeln.", "stance.endlich",
     "quote"),
    # the author's own charge and impatience, and the author's "wir", stay the author's
    ("Die Ministerin versucht, die Reform durchzudrücken.", "loaded_language", "author"),
    ("Wir werfen der Ministerin vor, die Reform durchzudrücken.", "loaded_language", "author"),
    ("Die Stadt muss endlich Klarheit schaffen.", "stance.endlich", "author"),
    ("Wir drängen die Stadt, endlich Klarheit zu schaffen.", "stance.endlich", "author"),
])
def test_charge_or_demand_after_accusing_or_urging_verb_is_reported(text: str, kind: str,
                                                                    expected: str) -> None:
    assert voices(text, kind) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # "nach Angaben" with a subjunctive gives the source's forecast
    ("Ein Baustopp würde die Stadt nach Angaben des Kämmerers in eine äußerst heikle Lage bringen.",
     "quote"),
    # in the indicative it sources the facts; the description stays the author's
    ("Nach Angaben der Polizei verlief die Kundgebung äußerst chaotisch.", "author"),
])
def test_subjunctive_after_nach_angaben_is_the_source(text: str, expected: str) -> None:
    assert voices(text, "intensifier") == [expected]


def test_announced_content_is_the_announcers() -> None:
    """"kündigte … an": what someone announced is theirs to say; the author's own word stays."""
    announced = "Der Sektenführer kündigte am Sonntag den Weltuntergang an."
    assert voices(announced, "loaded_language.apokalypse") == ["quote"]
    own = "Für die Branche wäre das der Weltuntergang."
    assert voices(own, "loaded_language.apokalypse") == ["author"]


def test_cast_bracket_does_not_lift_plot_to_the_reviewer() -> None:
    """"Lena (Anna Roth), die ihn eiskalt abblitzen lässt": the actor in the cast bracket names who
    plays the figure; the sentence still tells the story. The critic's verdict stays a finding."""
    text = ("Liebe auf Raten (D 2012, Regie: Petra Holm). Tom (Max Berger) arbeitet als Makler in "
            "Wien. Dann trifft er auf Lena (Anna Roth), die ihn eiskalt abblitzen lässt. Leider hat "
            "der Film Längen.")
    assert voices(text, "loaded_language.fv_abblitzen") == ["quote"]
    assert voices(text, "loaded_language.sk_laengen") == ["author"]


@pytest.mark.parametrize(("text", "expected"), [
    # "Für <party letters> ist …": the parties' position, also past the commas of their list
    ("Im Landtag ist das kein Thema: Für ÖVP, FPÖ und Team Kärnten ist die Reform nach wie vor "
     "inakzeptabel.", "quote"),
    ("Für die SPÖ ist der Entwurf nach wie vor inakzeptabel.", "quote"),
    # what it means for the party, and a town's view, stay the author's verdicts
    ("Der Entwurf ist für die SPÖ inakzeptabel, weil er ihre Wähler trifft.", "author"),
    ("Für die Stadt ist der Entwurf inakzeptabel.", "author"),
])
def test_position_of_a_party_named_by_its_letters(text: str, expected: str) -> None:
    assert voices(text, "loaded_language.adj_unertraeglich") == [expected]


def test_authors_own_demand_in_a_modal_passive_stays_the_authors() -> None:
    """"Die Stadt muss gedrängt werden, diese falsche Entscheidung zurückzunehmen": the author
    demands it (a modal passive without an agent)."""
    text = "Die Stadt muss gedrängt werden, diese völlig falsche Entscheidung zurückzunehmen."
    assert voices(text, "intensifier") == ["author"]
