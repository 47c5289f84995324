"""The "Medien vergleichen" page driven headlessly with AppTest: same numbers as CLI and archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyzer.archive import Archive
from analyzer.cli import main
from analyzer.compare import EngineConfig, build_report, compare
from analyzer.corpus import content_id, documents_from_records, load_corpus

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "views" / "compare.py"
CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"
TIMEOUT = 300  # the first analysis in a process loads lexicons, lemmatizer and polarity data


def new_page() -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


_SIGNATURE = {"cmp_table_outlets": "95-%-KI unten", "cmp_table_differences": "Cohens d",
              "cmp_table_entities": "Nennungen"}


def table(at: AppTest, key: str):  # type: ignore[no-untyped-def]
    """The page's table of that kind (recognized by a column only it has; the corpus-wide
    word-choice table comes after the story's)."""
    frames = [d.value for d in [*at.dataframe, *at.table] if _SIGNATURE[key] in d.value.columns]
    assert frames, f"no table {key}"
    return frames[-1] if key == "cmp_table_entities" else frames[0]


def assert_same_outlets(frame, report) -> None:  # type: ignore[no-untyped-def]
    """The page's overview table shows exactly the report's per-outlet numbers."""
    assert list(frame.iloc[:, 0]) == [o["outlet"] for o in report["outlets"]]
    for (_, row), o in zip(frame.iterrows(), report["outlets"], strict=True):
        assert row["Dokumente"] == o["documents"] and row["Wörter"] == o["words"]
        assert row["Funde je 1.000 Wörter"] == o["findings_per_1000_words"]
        assert [row["95-%-KI unten"], row["95-%-KI oben"]] == o["ci95"]
        assert row["Anteil wertender Sätze"] == o["share_judging"]
        assert row["Mittlerer Score"] == o["mean_score"]


def test_pasted_versions_of_one_story() -> None:
    at = new_page()
    assert at.title[0].value == "Medien vergleichen"
    at.button(key="cmp_sample_story").click().run()
    assert [at.text_input(key=f"cmp_outlet_{i}").value for i in range(3)] == [
        "Tagesbote", "Blitz", "Freie Stimme"]
    at.button(key="cmp_run").click().run()
    assert not at.exception, at.exception
    records = []
    for i in range(3):
        outlet, text = at.text_input(key=f"cmp_outlet_{i}").value, at.text_area(
            key=f"cmp_text_{i}").value
        records.append({"id": content_id(outlet, text, f"text{i + 1}"), "outlet": outlet,
                        "story": "minsk-kellogg", "text": text,
                        "title": at.text_input(key=f"cmp_title_{i}").value})
    docs = documents_from_records(records).documents
    report, _, _ = compare(docs, EngineConfig(max_chars=200_000), workers=1)
    assert_same_outlets(table(at, "cmp_table_outlets"), report)
    words = table(at, "cmp_table_entities")
    luka = words.loc["Alexander Lukaschenko"]
    assert "Machthaber" in luka["Blitz"] and "⚠" in luka["Blitz"]
    assert "Diktator" in luka["Freie Stimme"]
    assert "Präsident" in luka["Tagesbote"] and "⚠" not in luka["Tagesbote"]
    assert at.selectbox(key="cmp_story_choice").value == "minsk-kellogg"
    assert [m.value for m in at.metric][:3] == [f"{v['score']:.0f}" for v in
                                                report["stories"][0]["versions"]]


def test_sample_corpus_gives_the_cli_numbers(capsys) -> None:  # type: ignore[no-untyped-def]
    at = new_page()
    at.radio(key="cmp_source").set_value("Korpus hochladen").run()
    at.button(key="cmp_sample_corpus").click().run()
    assert not at.exception, at.exception
    assert main(["compare", str(CORPUS), "--workers", "1"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert_same_outlets(table(at, "cmp_table_outlets"), cli)
    diffs = table(at, "cmp_table_differences")
    first = cli["differences"][0]["findings_per_1000_words"]
    row = diffs.iloc[0]
    assert (row["A"], row["B"]) == (cli["differences"][0]["a"], cli["differences"][0]["b"])
    assert [row["95-%-KI unten"], row["95-%-KI oben"]] == first["ci95"]
    assert row["Cohens d"] == first["cohens_d"]
    # regroup by month without analyzing again
    at.selectbox(key="cmp_by").set_value("month").run()
    assert table(at, "cmp_table_outlets").columns[0] == "Monat"


def test_archive_on_the_page_gives_the_same_numbers(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "archive.duckdb"
    assert main(["archive", "add", str(CORPUS), "--archive", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["compare", "--from-archive", "--archive", str(db), "--outlet", "Blitz",
                 "--outlet", "Tagesbote"]) == 0
    cli = json.loads(capsys.readouterr().out)
    at = new_page()
    at.radio(key="cmp_source").set_value("Aus dem Archiv").run()
    at.text_input(key="cmp_archive_path").input(str(db)).run()
    assert not at.exception, at.exception
    at.multiselect(key="cmp_archive_outlets").select("Blitz").select("Tagesbote").run()
    at.button(key="cmp_archive_load").click().run()
    assert not at.exception, at.exception
    assert_same_outlets(table(at, "cmp_table_outlets"), cli)
    with Archive(db, read_only=True) as archive:
        stored = build_report(archive.records(outlet=["Blitz", "Tagesbote"]))
    direct, _, _ = compare([d for d in load_corpus(CORPUS).documents
                            if d.outlet in ("Blitz", "Tagesbote")], workers=1)
    assert stored["outlets"] == direct["outlets"] == cli["outlets"]


def test_empty_input_is_a_hint_not_an_error() -> None:
    at = new_page()
    at.button(key="cmp_run").click().run()
    assert not at.exception
    assert any("mindestens einen Text" in w.value for w in at.warning)


@pytest.mark.parametrize("missing", ["nope.duckdb"])
def test_missing_archive_is_explained(tmp_path: Path, missing: str) -> None:
    at = new_page()
    at.radio(key="cmp_source").set_value("Aus dem Archiv").run()
    at.text_input(key="cmp_archive_path").input(str(tmp_path / missing)).run()
    assert not at.exception
    assert any("Archiv nicht gefunden" in i.value for i in at.info)


def test_pasted_texts_stored_in_the_archive_twice_are_not_duplicated(tmp_path: Path) -> None:
    db = tmp_path / "page.duckdb"
    at = new_page()
    at.checkbox(key="cmp_store").check().run()
    at.text_input(key="cmp_archive_path").input(str(db)).run()
    at.button(key="cmp_sample_story").click().run()
    for _ in range(2):
        at.button(key="cmp_run").click().run()
        assert not at.exception, at.exception
    with Archive(db, read_only=True) as archive:
        assert archive.count() == 3 and archive.check() == []
        assert archive.outlets() == ["Blitz", "Freie Stimme", "Tagesbote"]
