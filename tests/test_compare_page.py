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
from views.common import de_num, de_pct, de_range

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "views" / "compare.py"
CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"
TIMEOUT = 300  # the first analysis in a process loads lexicons, lemmatizer and polarity data


def new_page() -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


_SIGNATURE = {"cmp_table_outlets": "95-%-Intervall", "cmp_table_differences": "Cohens d",
              "cmp_table_entities": "Nennungen"}


def table(at: AppTest, key: str):  # type: ignore[no-untyped-def]
    """The page's table of that kind (recognized by a column only it has; the corpus-wide
    word-choice table comes after the story's)."""
    frames = [d.value for d in [*at.dataframe, *at.table] if _SIGNATURE[key] in d.value.columns]
    assert frames, f"no table {key}"
    return frames[-1] if key == "cmp_table_entities" else frames[0]


def assert_same_outlets(frame, report) -> None:  # type: ignore[no-untyped-def]
    """The page's overview table shows exactly the report's per-outlet numbers, written the
    German way (decimal comma, thousands dot, no "None")."""
    assert list(frame.iloc[:, 0]) == [o["outlet"] for o in report["outlets"]]
    for (_, row), o in zip(frame.iterrows(), report["outlets"], strict=True):
        assert row["Dokumente"] == de_num(o["documents"], 0)
        assert row["Wörter"] == de_num(o["words"], 0)
        assert row["Funde je 1.000 Wörter"] == de_num(o["findings_per_1000_words"])
        assert row["95-%-Intervall"] == de_range(o["ci95"])
        assert row["Anteil wertender Sätze"] == de_pct(o["share_judging"])
        assert row["Mittlerer Score"] == de_num(o["mean_score"], 0)
        assert "None" not in " ".join(map(str, row.values))


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
    assert row["Kennzahl"] == "Funde je 1.000 Wörter"
    assert row["95-%-Intervall"] == de_range(first["ci95"])
    assert row["Cohens d"] == de_num(first["cohens_d"], 2)
    assert row["Intervall ohne 0"] == ("ja" if first["excludes_zero"] else "nein")
    at.toggle(key="cmp_diff_categories").set_value(True).run()
    metrics = set(table(at, "cmp_table_differences")["Kennzahl"])
    assert "Wertende Etikettierung je 1.000 Wörter" in metrics
    assert not any("_" in m for m in metrics), "no raw English keys"
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


def _charts(at: AppTest) -> list[dict]:
    """Vega-Lite specs of the page's charts, each with its data rows under "rows"."""
    import pyarrow as pa

    out = []
    for c in at.get("vega_lite_chart"):
        spec = json.loads(c.proto.spec)
        rows = []
        for ds in [*c.proto.datasets, *([c.proto.data] if c.proto.HasField("data") else [])]:
            data = ds.data.data if hasattr(ds, "data") and hasattr(ds.data, "data") else ds.data
            rows += pa.ipc.open_stream(data).read_pandas().to_dict("records")
        out.append({**spec, "rows": rows})
    return out


def test_category_chart_whiskers_centred_labels_horizontal_zero_visible() -> None:
    at = new_page()
    at.radio(key="cmp_source").set_value("Korpus hochladen").run()
    at.button(key="cmp_sample_corpus").click().run()
    assert not at.exception, at.exception
    spec = next(c for c in _charts(at)
                if any("yOffset" in layer.get("encoding", {}) for layer in c.get("layer", [])))
    layers = spec["layer"]
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
             for layer in layers]
    assert {"bar", "rule", "tick", "text"} <= set(marks)
    for layer in layers:  # every layer (whisker, tick, value) sits on its own bar's band
        assert layer["encoding"]["yOffset"]["field"] == "group"
        assert layer["encoding"]["y"]["field"] == "label"
        assert layer["encoding"]["y"].get("axis", {}).get("labelAngle", 0) == 0
    values = spec["rows"]
    assert values
    zero = [v for v in values if v["rate"] == 0]
    assert zero and all(v["wert"] == "0,0" for v in zero), "zero rates are written out"
    assert all("." not in v["wert"] for v in values)


def test_organisation_names_are_not_people() -> None:
    at = new_page()
    at.number_input(key="cmp_n").set_value(2).run()
    texts = ["Laut Statistik Austria stieg die Inflation im März deutlich. Die Zahlen der "
             "Statistik Austria zeigen einen Trend. Ministerin Eva Berger sprach von Sorgen.",
             "Die Statistik Austria meldet eine höhere Inflation. Die glücklose Ministerin "
             "Berger schweigt dazu."]
    for i, (outlet, text) in enumerate(zip(["Morgenblatt", "Abendpost"], texts, strict=True)):
        at.text_input(key=f"cmp_outlet_{i}").input(outlet)
        at.text_area(key=f"cmp_text_{i}").input(text)
    at.button(key="cmp_run").click().run()
    assert not at.exception, at.exception
    words = table(at, "cmp_table_entities")
    assert "Austria" not in words.index
    if "Statistik Austria" in words.index:
        assert set(words.loc["Statistik Austria"][["Morgenblatt", "Abendpost"]]) == {"nur Name"}
