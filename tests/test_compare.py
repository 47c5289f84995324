"""Per-outlet statistics with bootstrap intervals, differences with effect sizes, stories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from analyzer import analyze
from analyzer.compare import (
    CORPUS_CLASSIFIER,
    EngineConfig,
    analyze_corpus,
    bootstrap_replicates,
    build_report,
    category_rows,
    cohens_d,
    difference_rows,
    document_rows,
    effect_label,
    outlet_rows,
    result_from_record,
)
from analyzer.corpus import documents_from_records, load_corpus
from analyzer.render import render_html
from analyzer.taxonomy import CATEGORY_KEYS

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    return load_corpus(CORPUS).documents


@pytest.fixture(scope="module")
def records(docs) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    recs, issues = analyze_corpus(docs, workers=1)
    assert issues == []
    return recs


@pytest.fixture(scope="module")
def report(records) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return build_report(records)


def _outlet(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(o for o in report["outlets"] if o["outlet"] == name)


def test_every_document_gets_the_engine_summary(docs, records, report) -> None:  # type: ignore[no-untyped-def]
    assert [d["id"] for d in report["documents"]] == [d.id for d in docs]
    for d, doc in zip(report["documents"], docs, strict=True):
        assert d["summary"] == analyze(doc.text, classifier=CORPUS_CLASSIFIER).summary.to_dict()
        assert d["outlet"] == doc.outlet and d["story"] == doc.story


def test_outlet_numbers_are_pooled_over_documents(report) -> None:  # type: ignore[no-untyped-def]
    for o in report["outlets"]:
        mine = [d["summary"] for d in report["documents"] if d["outlet"] == o["outlet"]]
        words = sum(s["words"] for s in mine)
        findings = sum(sum(s["by_category"].values()) for s in mine)
        assert o["documents"] == len(mine) and o["words"] == words
        assert o["findings"] == findings
        assert o["findings_per_1000_words"] == round(1000 * findings / words, 2)
        assert o["mean_score"] == pytest.approx(np.mean([s["score"] for s in mine]), abs=0.006)
        for key in CATEGORY_KEYS:
            c = o["by_category"][key]
            assert c["findings"] == sum(s["by_category"][key] for s in mine)
            assert c["per_1000_words"] == round(1000 * c["findings"] / words, 2)
            lo, hi = c["ci95"]
            assert lo <= c["per_1000_words"] + 1e-9 and c["per_1000_words"] <= hi + 1e-9
        lo, hi = o["ci95"]
        assert lo <= o["findings_per_1000_words"] <= hi
        assert 0 <= o["share_judging"] <= 1
        assert o["by_voice"]["author"] + o["by_voice"]["quote"] == findings


def test_the_three_styles_differ_as_written(report) -> None:  # type: ignore[no-untyped-def]
    rate = {o["outlet"]: o["findings_per_1000_words"] for o in report["outlets"]}
    assert rate["Blitz"] > rate["Freie Stimme"] > rate["Tagesbote"]
    assert _outlet(report, "Tagesbote")["share_judging"] < 0.2
    assert _outlet(report, "Blitz")["share_judging"] > 0.4
    top = [e["text"] for e in _outlet(report, "Blitz")["top_expressions"]]
    assert "machthaber" in top
    diff = next(d for d in report["differences"] if (d["a"], d["b"]) == ("Blitz", "Tagesbote"))
    m = diff["findings_per_1000_words"]
    assert m["difference"] == round(m["a"] - m["b"], 2) > 0
    assert m["excludes_zero"] and m["ci95"][0] > 0
    assert m["cohens_d"] > 0.8 and m["effect"] == "groß"


def test_bootstrap_is_deterministic_and_per_outlet(records, report) -> None:  # type: ignore[no-untyped-def]
    again = build_report(records)
    assert json.dumps(again, sort_keys=True) == json.dumps(report, sort_keys=True)
    # an outlet's interval does not depend on which other outlets are in the corpus
    alone = build_report([r for r in records if r["outlet"] == "Blitz"])
    assert alone["outlets"][0]["ci95"] == _outlet(report, "Blitz")["ci95"]
    width = len(CATEGORY_KEYS) + 5  # findings, categories, words, judging, sentences, score
    matrix = np.arange(20 * width, dtype=float).reshape(20, width) % 17 + 1
    a = bootstrap_replicates(matrix, n_boot=200, seed=1, group="x")
    assert np.array_equal(a, bootstrap_replicates(matrix, n_boot=200, seed=1, group="x"))
    assert not np.array_equal(a, bootstrap_replicates(matrix, n_boot=200, seed=2, group="x"))
    assert not np.array_equal(a, bootstrap_replicates(matrix, n_boot=200, seed=1, group="y"))


def test_identical_groups_do_not_differ(records) -> None:  # type: ignore[no-untyped-def]
    blitz = [r for r in records if r["outlet"] == "Blitz"]
    twin = [{**r, "id": r["id"] + "-copy", "outlet": "Blitz-Kopie"} for r in blitz]
    rep = build_report(blitz + twin)
    d = rep["differences"][0]["findings_per_1000_words"]
    assert d["difference"] == 0 and d["cohens_d"] == 0
    assert d["ci95"][0] < 0 < d["ci95"][1] and not d["excludes_zero"]
    assert d["effect"] == "vernachlässigbar"


def test_cohens_d() -> None:
    assert cohens_d([1, 2, 3], [2, 3, 4]) == pytest.approx(-1.0)
    assert cohens_d([1], [2, 3]) is None
    assert cohens_d([2, 2], [2, 2]) is None
    assert effect_label(None) == "nicht bestimmbar" and effect_label(0.55) == "mittel"


def test_a_single_document_group_has_a_degenerate_interval(records) -> None:  # type: ignore[no-untyped-def]
    rep = build_report(records[:1] + [r for r in records if r["outlet"] == "Blitz"])
    single = next(o for o in rep["outlets"] if o["documents"] == 1)
    assert single["ci95"][0] == single["ci95"][1] == single["findings_per_1000_words"]
    assert rep["differences"][0]["findings_per_1000_words"]["cohens_d"] is None


def test_stories_side_by_side(docs, report) -> None:  # type: ignore[no-untyped-def]
    stories = {s["story"]: s for s in report["stories"]}
    assert set(stories) == {"minsk-kellogg", "klima-ring"}
    texts = {d.id: d.text for d in docs}
    for s in stories.values():
        assert s["shared"] and s["outlets"] == ["Blitz", "Freie Stimme", "Tagesbote"]
        assert len(s["versions"]) == 3
        for v in s["versions"]:
            for f in v["findings"]:
                assert texts[v["id"]][f["start"]:f["end"]] == f["text"]
        assert s["entities"], "each story has a word-choice table"
    minsk = {v["outlet"]: v for v in stories["minsk-kellogg"]["versions"]}
    assert minsk["Blitz"]["score"] > minsk["Tagesbote"]["score"]
    assert "labeling" in minsk["Blitz"]["by_category"]
    assert stories["minsk-kellogg"]["entities"][0]["entity"] == "Alexander Lukaschenko"


def test_record_round_trip_and_highlighting(docs, records) -> None:  # type: ignore[no-untyped-def]
    rec = records[1]
    result = result_from_record(rec)
    assert result.to_dict() == rec["result"]
    html = render_html(result)
    assert "Machthaber" in html and "<mark" in html
    assert json.loads(json.dumps(rec)) == rec  # records are plain JSON


def test_processes_give_the_same_records(docs, records) -> None:  # type: ignore[no-untyped-def]
    parallel, issues = analyze_corpus(docs, workers=2, chunk_size=3)
    assert issues == []
    assert json.dumps(parallel, sort_keys=True) == json.dumps(records, sort_keys=True)


def test_progress_and_unanalyzable_documents() -> None:
    corpus = documents_from_records([
        {"id": "kurz", "outlet": "A", "text": "Der Bürgermeister sagte am Montag, alles sei gut."},
        {"id": "lang", "outlet": "A", "text": "Ein sehr langer Satz. " * 40},
    ])
    calls: list[tuple[int, int]] = []
    recs, issues = analyze_corpus(corpus.documents, EngineConfig(max_chars=300), workers=1,
                                  progress=lambda d, t: calls.append((d, t)))
    assert [r["id"] for r in recs] == ["kurz"]
    assert len(issues) == 1 and issues[0].id == "lang" and issues[0].code == "analysis"
    assert "Zeichen" in issues[0].message
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)


def test_grouping_by_month_and_story(records) -> None:  # type: ignore[no-untyped-def]
    by_month = build_report(records, by="month")
    assert [o["month"] for o in by_month["outlets"]] == ["2025-06", "2025-07", "2025-08",
                                                          "2025-09"]
    assert all(o["outlet"] == o["month"] for o in by_month["outlets"])
    by_story = build_report(records, by="story")
    assert {o["story"] for o in by_story["outlets"]} == {"klima-ring", "minsk-kellogg",
                                                         "ohne Story"}
    with pytest.raises(ValueError):
        build_report(records, by="weekday")


def test_flat_tables(report) -> None:  # type: ignore[no-untyped-def]
    rows = outlet_rows(report)
    assert [r["outlet"] for r in rows] == ["Blitz", "Freie Stimme", "Tagesbote"]
    assert rows[0]["ci95_low"] == report["outlets"][0]["ci95"][0]
    assert len(category_rows(report)) == 3 * len(CATEGORY_KEYS)
    assert len(document_rows(report)) == 12
    diffs = difference_rows(report)
    assert len(diffs) == 3 * (3 + len(CATEGORY_KEYS))
    assert {r["metric"] for r in difference_rows(report, categories=False)} == {
        "findings_per_1000_words", "share_judging", "mean_score"}
