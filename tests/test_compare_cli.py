"""``analyzer compare`` and ``analyzer archive``: formats, warnings, errors, same numbers."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.compare import compare
from analyzer.corpus import load_corpus

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"
REPO = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def direct():  # type: ignore[no-untyped-def]
    report, _records, _ = compare(load_corpus(CORPUS).documents, workers=1)
    return report


def test_json_shape_and_same_numbers_as_the_library(capsys, direct) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "compare", str(CORPUS), "--workers", "1")
    assert code == 0, err
    report = json.loads(out)
    assert {"documents", "outlets", "stories", "entities", "differences"} <= set(report)
    doc = report["documents"][0]
    assert {"id", "outlet", "story", "summary"} <= set(doc)
    assert {"sentences", "words", "score", "findings_per_1000_words", "by_category",
            "share_sentences_score_ge_50", "by_voice"} <= set(doc["summary"])
    outlet = report["outlets"][0]
    assert {"outlet", "documents", "words", "findings_per_1000_words", "ci95", "by_category",
            "share_judging", "mean_score"} <= set(outlet)
    assert isinstance(outlet["ci95"], list) and len(outlet["ci95"]) == 2
    assert isinstance(outlet["share_judging"], float) and isinstance(outlet["mean_score"], float)
    assert report == json.loads(json.dumps(direct))


def test_csv_tables(capsys, direct) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "compare", str(CORPUS), "--workers", "1", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["outlet"] for r in rows] == ["Blitz", "Freie Stimme", "Tagesbote"]
    for row, o in zip(rows, direct["outlets"], strict=True):
        assert float(row["findings_per_1000_words"]) == o["findings_per_1000_words"]
        assert float(row["ci95_low"]) == o["ci95"][0] and float(row["ci95_high"]) == o["ci95"][1]
    code, out, _ = run(capsys, "compare", str(CORPUS), "--workers", "1", "--format", "csv",
                       "--table", "entities")
    rows = list(csv.DictReader(io.StringIO(out)))
    luka = {r["group"]: r["labels"] for r in rows if r["entity"] == "Alexander Lukaschenko"}
    assert "Machthaber" in luka["Blitz"] and "Diktator" in luka["Freie Stimme"]


def test_html_report_is_standalone_and_escaped(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = tmp_path / "evil.jsonl"
    lines = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()][:6]
    lines[0]["title"] = "<script>alert('titel')</script>"
    lines[1]["outlet"] = "Blitz <img src=x onerror=alert(1)>"
    lines[2]["text"] += " <b>fett</b> & <script>alert('text')</script>"
    evil.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    out_file = tmp_path / "report.html"
    code, out, err = run(capsys, "compare", str(evil), "--workers", "1", "--format", "html",
                         "-o", str(out_file))
    assert code == 0 and out == "", err
    page = out_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;titel&#x27;)&lt;/script&gt;" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # nothing loaded from outside
    assert "<svg" in page and "95-%-Bootstrap-Intervall" in page
    assert "Gleiche Geschichte" in page and "selbst ernannte Präsident" in page


def test_bad_records_warn_and_valid_documents_are_kept(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = CORPUS.read_bytes().splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\n".join([
        good[0], b'{"id": "x", "outlet": "Blitz"}', good[1], b"{kaputt", good[0],
        b'{"id": "y", "outlet": "Blitz", "text": "Caf\xe9"}', b'{"id": "z", "outlet": "A", '
        b'"text": ""}', good[2]]) + b"\n")
    code, out, err = run(capsys, "compare", str(bad), "--workers", "1")
    assert code == 0
    report = json.loads(out)
    assert len(report["documents"]) == 3
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings[:5] == [
        "warning: Zeile 2: Pflichtfeld „text“ fehlt – Datensatz übersprungen",
        "warning: Zeile 4: kein gültiges JSON (Feldname in doppelten Anführungszeichen "
        "erwartet, Spalte 2) – Datensatz übersprungen",
        "warning: Zeile 5: doppelte id „tb-2025-0621-minsk“ (schon in Zeile 1) – Datensatz "
        "übersprungen",
        "warning: Zeile 6: kein gültiges UTF-8 (Byte 44 der Zeile) – Datensatz übersprungen",
        "warning: Zeile 7: Text ist leer – Datensatz übersprungen",
    ]
    assert warnings[-1].startswith("warning: 3 von 8 Datensätzen gelesen; 5 übersprungen")
    assert len(report["warnings"]) == 5
    assert all(line.startswith("warning:") for line in err.splitlines() if line.strip())


@pytest.mark.parametrize(("argv", "message"), [
    (["compare", "/nonexistent/corpus.jsonl"], "Korpus nicht gefunden"),
    (["compare"], "Bitte ein Korpus angeben"),
    (["compare", str(CORPUS), "--scheduler", "tcp://127.0.0.1:1"], "--scheduler gilt nur"),
    (["compare", str(CORPUS), "--workers", "0"], "--workers"),
    (["compare", str(CORPUS), "--since", "2025-01-01"], "nur mit --from-archive"),
    (["compare", str(CORPUS), "--bootstrap", "5"], "--bootstrap"),
])
def test_errors_are_one_line(capsys, argv: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err


def test_corpus_without_valid_documents(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "empty.csv"
    p.write_text("id;outlet;text\n1;A;\n2;;Text\n", encoding="utf-8")
    code, _, err = run(capsys, "compare", str(p))
    assert code == 2
    assert err.startswith("error: Keine gültigen Dokumente") and err.count("\n") == 1


def test_archive_commands_and_compare_from_archive(capsys, tmp_path: Path, direct) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "archive.duckdb")
    code, out, err = run(capsys, "archive", "add", str(CORPUS), "--archive", db, "--workers", "1")
    assert code == 0, err
    assert out.startswith("Archiv: 12 neu, 0 aktualisiert, 0 unverändert")
    code, out, _ = run(capsys, "archive", "add", str(CORPUS), "--archive", db, "--workers", "1")
    assert out.startswith("Archiv: 0 neu, 0 aktualisiert, 12 unverändert")
    code, out, _ = run(capsys, "archive", "list", "--archive", db, "--outlet", "Blitz",
                       "--since", "2025-07-01")
    assert code == 0 and out.strip().endswith("3 Dokument(e)") and "Preis-Wahnsinn" in out
    code, out, _ = run(capsys, "archive", "list", "--archive", db, "--format", "json",
                       "--until", "2025-06-30")
    assert [r["id"] for r in json.loads(out)] == ["bl-2025-0621-deal", "tb-2025-0621-minsk",
                                                  "fs-2025-0622-feigenblatt"]
    code, out, _ = run(capsys, "archive", "export", "--archive", db, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 12
    code, out, _ = run(capsys, "compare", "--from-archive", "--archive", db)
    assert code == 0 and json.loads(out)["outlets"] == json.loads(json.dumps(direct))["outlets"]
    code, out, _ = run(capsys, "compare", "--from-archive", "--archive", db, "--outlet", "Blitz")
    assert [o["outlet"] for o in json.loads(out)["outlets"]] == ["Blitz"]
    # compare --archive stores and reuses: nothing is analyzed again
    code, out, err = run(capsys, "compare", str(CORPUS), "--archive", db, "--workers", "1")
    assert "12 unverändert" in err and json.loads(out)["outlets"] == json.loads(
        json.dumps(direct))["outlets"]
    code, _, err = run(capsys, "archive", "list", "--archive", db, "--since", "gestern")
    assert code == 2 and err.startswith("error: --since: „gestern“ ist kein Datum")
    code, _, err = run(capsys, "archive", "list", "--archive", str(tmp_path / "nope.duckdb"))
    assert code == 2 and "Archiv nicht gefunden" in err


@pytest.mark.slow
def test_subprocess_with_worker_processes_and_progress_bar(tmp_path: Path, direct) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "compare", str(CORPUS), "--workers", "2",
         "--progress"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "Analyse" in proc.stderr and "12/12" in proc.stderr
    assert json.loads(proc.stdout) == json.loads(json.dumps(direct))
