"""Scores an editor can act on: the classifier moves scores around the findings, not above them."""

from __future__ import annotations

import pytest

from analyzer import scoring
from analyzer.pipeline import Analyzer


def test_classifier_moves_score_both_ways_around_its_threshold() -> None:
    base = 0.4
    assert scoring.subjectivity_adjusted(base, 0.5) == pytest.approx(base)
    assert scoring.subjectivity_adjusted(base, 0.9) > base
    assert scoring.subjectivity_adjusted(base, 0.1) < base
    ps = [i / 20 for i in range(21)]
    adjusted = [scoring.subjectivity_adjusted(base, p) for p in ps]
    assert adjusted == sorted(adjusted)  # monotone in P(SUBJ)


def test_no_finding_cannot_reach_judging_threshold_on_classifier_alone() -> None:
    # no findings, strongest tone, certain SUBJ: still below the 50 that counts as judging
    assert scoring.sentence_score([], 12, 1.0, 1.0) < scoring.JUDGING_THRESHOLD
    # the findings decide: one clear author finding stays judging in a reporting-looking sentence
    assert scoring.sentence_score([0.8], 12, 0.0, 0.5) >= scoring.JUDGING_THRESHOLD


def test_settings_agree_on_the_sample_article(seed_text: str) -> None:
    scores = {clf: Analyzer(classifier=clf, word_model=False).analyze(seed_text).summary.score
              for clf in (None, "fast", "default")}
    assert abs(scores["default"] - scores[None]) <= 5
    assert abs(scores["fast"] - scores[None]) <= 5


@pytest.fixture(scope="module")
def fast_engine() -> Analyzer:
    return Analyzer(classifier="fast", word_model=False)


def test_judging_sentence_without_marked_words_gets_an_editors_note(fast_engine: Analyzer) -> None:
    text = ("Die Regierung hat einen großen und starken Plan vorgelegt, der dem Land sicher "
            "guttun wird.")
    sent = fast_engine.analyze(text).sentences[0]
    assert not [f for f in sent.findings if f.voice == "author"]
    assert sent.subjectivity is not None and sent.subjectivity >= 0.7
    assert sent.note is not None and sent.note.startswith("Wertender Satz ohne einzelnes Signalwort")
    quoted = [w for w in sent.note.split("„")[1:]]
    assert quoted and all(w.split("“")[0] in text for w in quoted)
    assert sent.to_dict()["note"] == sent.note


def test_no_note_when_a_phrase_is_marked_or_the_sentence_reports(fast_engine: Analyzer) -> None:
    marked = fast_engine.analyze("Die Regierung hat kläglich versagt, leider.").sentences[0]
    assert [f for f in marked.findings if f.voice == "author"]
    assert marked.note is None
    plain = fast_engine.analyze("Der Ausschuss tagte am Montag in Berlin.").sentences[0]
    assert plain.note is None
    assert Analyzer(classifier=None, word_model=False).analyze(
        "Die Regierung hat einen großen und mutigen Plan vorgelegt.").sentences[0].note is None
