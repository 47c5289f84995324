"""A finding's reliability from its context (evaluated, not shipped): the features on sentences
written for these tests, the model's fit and the data file's validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import reliability
from analyzer.results import Finding
from analyzer.text import segment

FEATURE = {name: i for i, name in enumerate(reliability.FEATURES)}


def _features(text: str, word: str) -> tuple[float, ...]:
    """Features of a (pretend) finding on the last occurrence of ``word``."""
    sents = segment(text).sentences
    start = text.rindex(word)
    sent = next(s for s in sents if s.start <= start < s.end)
    f = Finding(start=start, end=start + len(word), text=word, category="stance", label="",
                weight=0.5, voice="author", explanation="", suggestion=None, id="stance.x",
                base_weight=0.5)
    return reliability.features(text, sent, reliability.document_signals(text, sents), f)


def test_a_speaker_in_the_sentence_or_the_one_before_is_seen() -> None:
    plain = _features("Die Planung des Bahnhofs war leider ein Desaster.", "leider")
    here = _features("Die Planung war leider ein Desaster, sagte der Bürgermeister.", "leider")
    before = _features("Der Bürgermeister sprach am Montag vor dem Gemeinderat. "
                       "Die Planung war leider ein Desaster.", "leider")
    other_paragraph = _features("Der Bürgermeister sprach am Montag vor dem Gemeinderat.\n\n"
                                "Die Planung war leider ein Desaster.", "leider")
    assert plain[FEATURE["speaker_here"]] == plain[FEATURE["speaker_before"]] == 0.0
    assert here[FEATURE["speaker_here"]] == 1.0
    assert before[FEATURE["speaker_before"]] == 1.0 and before[FEATURE["speaker_here"]] == 0.0
    assert other_paragraph[FEATURE["speaker_before"]] == 0.0


def test_quotes_konjunktiv_colon_and_question_are_seen() -> None:
    x = _features("„Wir bauen weiter“, versprach die Firma. Das Fazit: leider zu spät.", "leider")
    assert x[FEATURE["quote_in_paragraph"]] == 1.0
    assert x[FEATURE["colon_before"]] == 1.0
    assert x[FEATURE["doc_quotes"]] > 0.0
    ki = _features("Die Firma habe leider zu spät geliefert.", "leider")
    assert ki[FEATURE["konjunktiv_i"]] == 1.0
    assert _features("Warum kam der Bus leider zu spät?", "leider")[FEATURE["question"]] == 1.0
    plain = _features("Der Bus kam leider zu spät.", "leider")
    assert plain[FEATURE["konjunktiv_i"]] == plain[FEATURE["colon_before"]] == 0.0
    assert plain[FEATURE["quote_in_paragraph"]] == plain[FEATURE["doc_quotes"]] == 0.0


def test_a_first_person_author_is_seen_from_two_sentences_on() -> None:
    one = _features("Ich fahre gern Bahn. Der Bus kam leider zu spät.", "leider")
    two = _features("Ich fahre gern Bahn. Mir ist das wichtig. Der Bus kam leider zu spät.",
                    "leider")
    assert one[FEATURE["doc_first_person"]] == 0.0
    assert two[FEATURE["doc_first_person"]] == 1.0


def _model(**coefs: float) -> reliability.Model:
    return reliability.Model(0.0, 1.0, tuple(coefs.get(f, 0.0) for f in reliability.FEATURES))


def test_model_learned_from_verdicts_rates_the_sourced_sentence_lower() -> None:
    author = _features("Die Sanierung der Brücke hat sich leider erneut verzögert.", "leider")
    sourced = _features("Bürgermeister Huber sprach am Montag vor dem Gemeinderat über die "
                        "Brücke. Die Sanierung hat sich leider erneut verzögert.", "leider")
    # verdicts where findings after a speaker were mostly wrong, the others mostly right
    xs = [author] * 40 + [sourced] * 40
    right = [i % 5 != 0 for i in range(40)] + [i % 5 == 0 for i in range(40)]
    model = reliability.fit([0.7] * 80, xs, right)
    assert model.coefs[FEATURE["speaker_before"]] < 0
    assert model.probability(0.7, sourced) < 0.5 < model.probability(0.7, author)


def test_a_more_precise_entry_stays_more_reliable_in_the_same_context() -> None:
    x = _features("Der Bus kam leider zu spät.", "leider")
    model = _model(speaker_here=-1.0)
    assert model.probability(0.8, x) > model.probability(0.5, x)
    assert model.probability(0.5, x) == pytest.approx(0.5)  # logit(0.5) = 0, no context signal


def _write(tmp_path: Path, data: dict) -> Path:
    p = tmp_path / "reliability.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_data_file_round_trip_holds_only_numbers_per_feature(tmp_path: Path) -> None:
    model = _model(speaker_here=-0.3, colon_before=-0.5)
    data = reliability.to_dict(model, "note", {"findings": 80})
    assert set(data["coefficients"]) == {"logit_precision", *reliability.FEATURES}
    loaded = reliability.load(_write(tmp_path, data))
    assert loaded is not None
    assert loaded.coefs == pytest.approx(model.coefs)


@pytest.mark.parametrize("change", [
    lambda d: d["coefficients"].pop("speaker_here"),
    lambda d: d["coefficients"].update(nonsense=1.0),
    lambda d: d["coefficients"].update(speaker_here="viel"),
    lambda d: d.pop("intercept"),
])
def test_invalid_data_file_is_a_one_line_error(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = reliability.to_dict(_model(), "note", {})
    change(data)
    with pytest.raises(ValueError, match=r"reliability\.json: invalid reliability data") as exc:
        reliability.load(_write(tmp_path, data))
    assert "\n" not in str(exc.value)


def test_non_finite_coefficient_is_rejected(tmp_path: Path) -> None:
    data = reliability.to_dict(_model(), "note", {})
    data["intercept"] = float("nan")  # Python's json writes and reads NaN
    with pytest.raises(ValueError, match="finite"):
        reliability.load(_write(tmp_path, data))


def test_without_a_data_file_there_is_no_model(tmp_path: Path) -> None:
    assert reliability.load(tmp_path / "absent.json") is None


def test_the_engine_reads_no_coefficients_yet() -> None:
    # evaluated and not shipped (research/calibration_context.py): weights stay entry-level
    assert not reliability.DATA_FILE.exists()
    assert reliability.load() is None
