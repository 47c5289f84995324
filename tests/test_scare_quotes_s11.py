"""A bare quoted term is weighed by the company it keeps (rules.unsupported_terms).

Distance is the author's evaluation and rarely comes alone; a quoted term in an otherwise
neutral passage is more often a term, a name or words lifted from a cited report. The bare
term keeps its finding under its own id (``rule.scare_quote_bare``), which the calibration
weighs by its own precision; evaluative wording of the author in the same sentence or the one
before or after makes it an ordinary ``rule.scare_quote_term``. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from analyzer import rules
from analyzer.pipeline import Analyzer

from .conftest import scare_ids as _scare_ids

NEUTRAL = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ für den Herbst beschlossen. "
           "Sie soll im Saal der Feuerwehr stattfinden. "
           "Anmeldungen nimmt das Bürgerbüro bis Ende August entgegen.")


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    # the scare-quote decision before the calibration (its floors hide the weak kinds)
    return Analyzer(classifier=None, calibrate=False)


def test_bare_term_in_neutral_passage(engine: Analyzer) -> None:
    assert _scare_ids(engine, NEUTRAL) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_BARE_ID)]


def test_bare_term_explains_itself_in_german(engine: Analyzer) -> None:
    f = next(f for s in engine.analyze(NEUTRAL).sentences for f in s.findings
             if f.id == rules.SCARE_QUOTE_BARE_ID)
    assert "sonst wertet nichts im Satz" in f.explanation
    assert f.suggestion and "Quelle nennen" in f.suggestion


def test_evaluation_in_same_sentence_supports_the_term(engine: Analyzer) -> None:
    text = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ beschlossen, ein völlig "
            "absurdes Schaulaufen. Sie soll im Saal der Feuerwehr stattfinden.")
    assert _scare_ids(engine, text) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_TERM_ID)]


@pytest.mark.parametrize("neighbour_first", [True, False])
def test_evaluation_in_neighbouring_sentence_supports_the_term(engine: Analyzer,
                                                               neighbour_first: bool) -> None:
    term = "Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ für den Herbst beschlossen."
    judging = "Das ist ein völlig absurdes Schaulaufen."
    text = f"{judging} {term}" if neighbour_first else f"{term} {judging}"
    assert _scare_ids(engine, text) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_TERM_ID)]


def test_evaluation_two_sentences_away_does_not_count(engine: Analyzer) -> None:
    text = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ für den Herbst beschlossen. "
            "Sie soll im Saal der Feuerwehr stattfinden. "
            "Das ist ein völlig absurdes Schaulaufen.")
    assert _scare_ids(engine, text) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_BARE_ID)]


def test_a_speakers_evaluation_does_not_support_the_term(engine: Analyzer) -> None:
    # the judging words next door are the mayor's, not the author's
    text = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ für den Herbst beschlossen. "
            "Bürgermeisterin Anna Berger sagte: „Das ist ein völlig absurdes Schaulaufen.“")
    assert ("Ortsteilkonferenz", rules.SCARE_QUOTE_BARE_ID) in _scare_ids(engine, text)


def test_another_scare_quote_is_no_support(engine: Analyzer) -> None:
    text = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ für den Herbst beschlossen. "
            "Eingeladen sind alle „Anrainer“ des Marktplatzes.")
    ids = dict(_scare_ids(engine, text))
    assert ids.get("Ortsteilkonferenz") == rules.SCARE_QUOTE_BARE_ID


def test_marked_distance_is_not_re_marked(engine: Analyzer) -> None:
    text = ("Der Gemeinderat hat am Dienstag eine sogenannte „Ortsteilkonferenz“ für den Herbst "
            "beschlossen. Sie soll im Saal der Feuerwehr stattfinden.")
    assert _scare_ids(engine, text) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_ID)]


def test_pointed_term_is_not_re_marked(engine: Analyzer) -> None:
    text = ("Der Gemeinderat feiert seine „Ortsteilkonferenz“ für den Herbst. "
            "Sie soll im Saal der Feuerwehr stattfinden.")
    assert _scare_ids(engine, text) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_POINTED_ID)]


def test_bare_term_starts_from_the_weak_prior() -> None:
    engine = Analyzer(classifier=None, calibrate=False)
    f = next(f for s in engine.analyze(NEUTRAL).sentences for f in s.findings
             if f.category == "scare_quote")
    assert f.base_weight == rules.SCARE_QUOTE_WEAK_WEIGHT < rules.SCARE_QUOTE_WEIGHT


def test_the_bare_kind_can_be_disabled_on_its_own() -> None:
    engine = Analyzer(classifier=None, disable=[rules.SCARE_QUOTE_BARE_ID], min_weight=0)
    assert _scare_ids(engine, NEUTRAL) == []
    supported = ("Der Gemeinderat hat am Dienstag eine „Ortsteilkonferenz“ beschlossen, ein "
                 "völlig absurdes Schaulaufen.")
    assert _scare_ids(engine, supported) == [("Ortsteilkonferenz", rules.SCARE_QUOTE_TERM_ID)]
