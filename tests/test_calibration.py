"""Weights from measured precision: the smoothing, the fallbacks and the hook in the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import calibration
from analyzer.calibration import Calibration, build
from analyzer.pipeline import Analyzer
from analyzer.results import Finding
from bench.bench_precision import load_verdicts, span_key


def _recs(fid: str, category: str, weight: float, right: int, wrong: int) -> list[dict]:
    base = {"id": fid, "category": category, "lexicon_weight": weight}
    return [{**base, "right": True}] * right + [{**base, "right": False}] * wrong


def _cal(*groups: list[dict]) -> Calibration:
    return Calibration.from_dict(build([r for g in groups for r in g]))


def test_entry_judged_mostly_wrong_ends_below_one_judged_mostly_right() -> None:
    cal = _cal(_recs("stance.gut", "stance", 0.6, 9, 1), _recs("stance.schlecht", "stance", 0.6, 1, 9))
    good = cal.weight("stance.gut", "stance", 0.6)
    bad = cal.weight("stance.schlecht", "stance", 0.6)
    assert bad < good
    assert cal.precision("stance.schlecht", "stance", 0.6) < 0.4
    assert cal.precision("stance.gut", "stance", 0.6) > 0.7


def test_verdicts_outweigh_the_lexicon_prior() -> None:
    # A heavy entry that is usually wrong drops below a light entry that is usually right.
    cal = _cal(_recs("doubt.schwer", "doubt", 0.9, 2, 10), _recs("doubt.leicht", "doubt", 0.3, 10, 0))
    assert cal.weight("doubt.schwer", "doubt", 0.9) < cal.weight("doubt.leicht", "doubt", 0.3)


def test_unknown_id_falls_back_to_its_category() -> None:
    cal = _cal(_recs("vague_attribution.a", "vague_attribution", 0.5, 20, 0),
               _recs("certainty.a", "certainty", 0.5, 2, 18))
    reliable = cal.precision("vague_attribution.neu", "vague_attribution", 0.5)
    noisy = cal.precision("certainty.neu", "certainty", 0.5)
    assert reliable == pytest.approx(cal.prior("vague_attribution.neu", "vague_attribution", 0.5))
    assert reliable > 0.8 and noisy < 0.3
    assert cal.weight("vague_attribution.neu", "vague_attribution", 0.5) > cal.weight(
        "certainty.neu", "certainty", 0.5)


def test_weight_is_precision_on_a_fixed_scale() -> None:
    # The same weight means the same estimated precision, however many findings were judged.
    few = _cal(_recs("intensifier.a", "intensifier", 0.4, 8, 2),
               _recs("intensifier.b", "intensifier", 0.6, 2, 8))
    many = _cal(_recs("intensifier.a", "intensifier", 0.4, 8, 2),
                _recs("intensifier.b", "intensifier", 0.6, 2, 8),
                _recs("stance.c", "stance", 0.5, 40, 2))
    for cal in (few, many):
        q = cal.precision("intensifier.a", "intensifier", 0.4)
        assert cal.weight("intensifier.a", "intensifier", 0.4) == pytest.approx(0.7 * q)
    # a well-judged, reliable entry can reach the severe band (≥ 0.6), an unreliable one cannot
    assert many.weight("stance.c", "stance", 0.5) >= 0.6
    assert many.weight("intensifier.b", "intensifier", 0.6) < 0.4


def test_unjudged_entries_keep_the_lexicon_order_as_prior() -> None:
    cal = _cal(_recs("labeling.a", "labeling", 0.6, 6, 4))
    assert (cal.weight("labeling.mild", "labeling", 0.3)
            < cal.weight("labeling.a", "labeling", 0.6)
            < cal.weight("labeling.stark", "labeling", 0.9))


def test_category_without_verdicts_falls_back_to_the_global_rate() -> None:
    cal = _cal(_recs("stance.a", "stance", 0.5, 3, 7))
    q = cal.precision("puffery.neu", "puffery", 0.5)
    assert q == pytest.approx(cal.global_precision, abs=0.01)


def test_learned_words_pool_separately_from_lexicon_entries() -> None:
    cal = _cal(_recs("loaded_language.a", "loaded_language", 0.5, 10, 0),
               _recs("model.x", "loaded_language", 0.5, 1, 9))
    assert cal.weight("model.neu", "loaded_language", 0.5) < cal.weight(
        "loaded_language.neu", "loaded_language", 0.5)


def test_learned_words_do_not_move_the_lexicon_weights() -> None:
    lexicon = _recs("stance.a", "stance", 0.5, 8, 2)
    alone = _cal(lexicon)
    flooded = _cal(lexicon, _recs("model.wort", "stance", 0.3, 2, 40))
    assert flooded.weight("stance.a", "stance", 0.5) == pytest.approx(
        alone.weight("stance.a", "stance", 0.5))
    assert flooded.scale == pytest.approx(alone.scale)
    assert flooded.precision("model.neu", "stance", 0.3) < 0.3


def test_newsroom_entry_ignores_the_verdicts_on_the_shipped_id() -> None:
    cal = _cal(_recs("stance.x", "stance", 0.5, 0, 12), _recs("stance.y", "stance", 0.5, 12, 0))
    assert cal.weight("stance.x", "stance", 0.5, judged=False) > cal.weight("stance.x", "stance", 0.5)


def _finding(fid: str, weight: float, base: float, voice: str = "author") -> Finding:
    return Finding(0, 4, "Text", "stance", "Autorenhaltung", weight, voice, "x", None, fid,  # type: ignore[arg-type]
                   base_weight=base)


def test_apply_keeps_voice_and_negation_factors() -> None:
    cal = _cal(_recs("stance.x", "stance", 0.5, 10, 0))
    target = cal.weight("stance.x", "stance", 0.5)
    quoted, negated = calibration.apply(
        [_finding("stance.x", 0.1, 0.5, "quote"), _finding("stance.x", 0.2, 0.5)], cal,
        floor=False)
    assert quoted.base_weight == pytest.approx(target)
    assert quoted.weight == pytest.approx(target * 0.2)
    assert negated.weight == pytest.approx(target * 0.4)
    assert calibration.apply([_finding("stance.x", 0.5, 0.5)], None)[0].weight == 0.5


def test_learned_word_weights_only_move_down() -> None:
    cal = _cal(_recs("stance.a", "stance", 0.5, 5, 5), _recs("model.gut", "stance", 0.3, 30, 0),
               _recs("model.schlecht", "stance", 0.3, 0, 30))
    good, bad = calibration.apply([_finding("model.gut", 0.3, 0.3),
                                   _finding("model.schlecht", 0.3, 0.3)], cal, floor=False)
    assert good.weight == pytest.approx(0.3)
    assert bad.weight < 0.1


def test_findings_below_the_floor_are_not_reported_except_house_entries() -> None:
    cal = _cal(_recs("stance.x", "stance", 0.5, 0, 30), _recs("stance.y", "stance", 0.5, 30, 0))
    assert cal.weight("stance.x", "stance", 0.5) < calibration.FLOOR
    shown = calibration.apply([_finding("stance.x", 0.5, 0.5), _finding("stance.y", 0.5, 0.5)], cal)
    assert [f.id for f in shown] == ["stance.y"]
    kept = calibration.apply([_finding("stance.x", 0.5, 0.5)], cal, frozenset({"stance.x"}))
    assert [f.id for f in kept] == ["stance.x"]
    quoted = calibration.apply([_finding("stance.x", 0.1, 0.5, "quote")], cal)
    assert [f.voice for f in quoted] == ["quote"]  # the source's wording stays marked
    assert len(calibration.apply([_finding("stance.x", 0.5, 0.5)], cal, floor=False)) == 1


def test_shipped_data_regenerates_its_own_weights() -> None:
    data = json.loads(calibration.DATA_FILE.read_text(encoding="utf-8"))
    cal = Calibration.from_dict(data)
    assert data["ids"], "precision.json lists no judged ids"
    for fid, v in data["ids"].items():
        assert cal.weight(fid, v["category"], v["lexicon_weight"]) == pytest.approx(v["weight"], abs=1e-3)
        assert cal.precision(fid, v["category"], v["lexicon_weight"]) == pytest.approx(
            v["precision"], abs=1e-3)
        assert 0.0 < v["weight"] < 1.0 and 0 <= v["right"] <= v["judged"]


def test_pipeline_uses_the_calibrated_weight_and_can_switch_it_off() -> None:
    text = "Leider hat der Gemeinderat die Sanierung der Brücke erneut verschoben."
    on = Analyzer(classifier=None)
    off = Analyzer(classifier=None, calibrate=False)
    [f_on] = [f for f in on.analyze(text).findings if f.id == "stance.leider"]
    [f_off] = [f for f in off.analyze(text).findings if f.id == "stance.leider"]
    entry = off.lexicon.by_id["stance.leider"]
    assert f_off.base_weight == entry.weight
    cal = calibration.load()
    assert cal is not None
    assert f_on.base_weight == pytest.approx(cal.weight("stance.leider", "stance", entry.weight))


def test_newsroom_lexicon_entry_gets_the_category_fallback(tmp_path: Path) -> None:
    lex = tmp_path / "haus.jsonl"
    lex.write_text(json.dumps({
        "id": "stance.leider", "category": "stance", "pattern": "leider", "weight": 0.5,
        "explanation": "Hausregel.", "examples": ["leider"]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    engine = Analyzer(classifier=None, extra_lexicons=[lex])
    [f] = [f for f in engine.analyze("Leider regnet es in Graz seit Tagen.").findings
           if f.id == "stance.leider"]
    cal = calibration.load()
    assert cal is not None
    assert f.base_weight == pytest.approx(cal.weight("stance.leider", "stance", 0.5, judged=False))


def test_verdict_keys_ignore_surrounding_punctuation_and_quote_marks() -> None:
    text = "Sie räumte ein, dass die „Reform“ teuer sei."
    a = span_key("s", text, 4, 15, "speech_verb")  # "räumte ein,"
    b = span_key("s", text, 4, 14, "speech_verb")  # "räumte ein"
    assert a == b == ("s", 4, 14, "speech_verb")
    q = text.index("„")
    assert span_key("s", text, q, q + 8, "scare_quote")[1:3] == (q + 1, q + 7)


def test_bad_verdict_line_is_a_one_line_error(tmp_path: Path) -> None:
    p = tmp_path / "v.jsonl"
    p.write_text('{"source": "a", "start": 1, "end": 2, "category": "stance", "verdict": "ok"}\n',
                 encoding="utf-8")
    with pytest.raises(SystemExit, match=r"v.jsonl:1: verdict must be right\|wrong"):
        load_verdicts(p)


def test_invalid_data_file_raises_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "precision.json"
    p.write_text('{"global": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"precision\.json: invalid calibration data"):
        calibration.load(p)


# --- transfer to unseen copy ------------------------------------------------------------------

def _blind(fid: str, category: str, base: float, right: int, wrong: int, subsets: int = 4
           ) -> list[dict]:
    """Blind verdicts spread over several subsets, as the judging rounds are."""
    rows = ([{"right": True}] * right) + ([{"right": False}] * wrong)
    return [{**r, "id": fid, "category": category, "base_weight": base,
             "subset": f"round{i % subsets}"} for i, r in enumerate(rows)]


def _with_transfer(blind: list[dict]) -> Calibration:
    judged = _recs("speculation.wohl", "speculation", 0.5, 18, 2) + _recs(
        "stance.eigentlich", "stance", 0.5, 18, 2) + _recs("labeling.x", "labeling", 0.5, 9, 3)
    return Calibration.from_dict(build(judged, blind))


def test_an_entry_often_wrong_on_blind_text_weighs_less_than_one_right_there() -> None:
    # Both entries look equally good on the judged set; on text judged blind one held, the other not.
    blind = (_blind("speculation.wohl", "speculation", 0.55, 28, 2)
             + _blind("stance.eigentlich", "stance", 0.55, 3, 17)
             + _blind("labeling.x", "labeling", 0.5, 12, 10))
    cal = _with_transfer(blind)
    assert cal.precision("speculation.wohl", "speculation", 0.5) == pytest.approx(
        cal.precision("stance.eigentlich", "stance", 0.5))
    held = cal.weight("speculation.wohl", "speculation", 0.5)
    failed = cal.weight("stance.eigentlich", "stance", 0.5)
    assert failed < 0.4 <= held
    # the weight on the judged set alone is unchanged; the reported weight is the transfer's,
    # and under SHOWN_FLOOR the finding is not shown
    assert cal.weight("stance.eigentlich", "stance", 0.5, transfer=False) > 0.5
    kept = calibration.apply([_finding("stance.eigentlich", 0.5, 0.5)], cal, floor=False)
    assert len(kept) == 1 and kept[0].weight == pytest.approx(failed)
    shown = calibration.apply([_finding("stance.eigentlich", 0.5, 0.5)], cal)
    assert len(shown) == (failed >= calibration.SHOWN_FLOOR)


def test_findings_reported_under_the_shown_floor_are_hidden_except_quotes_and_house_entries() -> None:
    """A finding judged often enough on the judged set but reported under SHOWN_FLOOR for
    unseen copy (or brought under it by a negation) is not shown; the same words quoted, or a
    house-list entry, stay."""
    cal = _cal(_recs("stance.x", "stance", 0.5, 10, 0))
    target = cal.weight("stance.x", "stance", 0.5)
    assert target >= calibration.SHOWN_FLOOR
    assert len(calibration.apply([_finding("stance.x", 0.5, 0.5)], cal)) == 1
    weak = calibration.SHOWN_FLOOR / target * 0.5 * 0.9  # a negation brings it under the floor
    assert calibration.apply([_finding("stance.x", weak, 0.5)], cal) == []
    assert len(calibration.apply([_finding("stance.x", weak, 0.5)], cal, frozenset({"stance.x"}))) == 1
    assert len(calibration.apply([_finding("stance.x", weak, 0.5, "quote")], cal)) == 1


def test_an_entry_never_judged_blind_gets_the_base_rate_record() -> None:
    blind = (_blind("speculation.wohl", "speculation", 0.55, 28, 2)
             + _blind("stance.eigentlich", "stance", 0.55, 3, 17))
    cal = _with_transfer(blind)
    t = cal.transfer
    assert t is not None and t.record("stance.neu") == pytest.approx(t.base_rate)
    assert (cal.weight("stance.eigentlich", "stance", 0.5) < cal.weight("stance.neu", "stance", 0.5)
            < cal.weight("speculation.wohl", "speculation", 0.5) + 1e-9)


def test_newsroom_entries_keep_the_judged_set_weight() -> None:
    blind = _blind("stance.eigentlich", "stance", 0.55, 3, 17) + _blind(
        "speculation.wohl", "speculation", 0.55, 28, 2)
    cal = _with_transfer(blind)
    house = calibration.apply([_finding("stance.eigentlich", 0.5, 0.5)], cal,
                              frozenset({"stance.eigentlich"}))[0]
    assert house.weight == pytest.approx(cal.weight("stance.eigentlich", "stance", 0.5,
                                                    judged=False, transfer=False))


def test_shipped_transfer_is_fitted_from_blind_verdicts() -> None:
    cal = calibration.load()
    assert cal is not None and cal.transfer is not None
    assert sum(n for _, n in cal.transfer.records.values()) >= 1000
    assert 0.4 < cal.transfer.base_rate < 0.8
    # an entry's record on blind text moves its weight the way the verdicts say
    assert cal.transfer.slope_record > 0
