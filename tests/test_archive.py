"""Archive: idempotent by id + content hash, queries, export, and crash safety (SIGKILL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzer.archive import Archive, ArchiveError, default_path
from analyzer.compare import EngineConfig, build_report, compare
from analyzer.corpus import documents_from_records, load_corpus, parse_corpus

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    return load_corpus(CORPUS).documents


@pytest.fixture()
def filled(tmp_path: Path, docs) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "nested" / "archive.duckdb"
    with Archive(path) as archive:
        stats = archive.add(docs, workers=1, batch_size=5)
    assert (stats.added, stats.updated, stats.unchanged, stats.committed_batches) == (12, 0, 0, 3)
    return path


def test_archive_gives_the_same_numbers_as_a_direct_comparison(filled: Path, docs) -> None:  # type: ignore[no-untyped-def]
    with Archive(filled, read_only=True) as archive:
        records = archive.records(ids=[d.id for d in docs])
        assert archive.check() == []
        assert archive.outlets() == ["Blitz", "Freie Stimme", "Tagesbote"]
    direct, _records, _ = compare(docs, workers=1)
    assert json.dumps(build_report(records), sort_keys=True) == json.dumps(direct, sort_keys=True)


def test_re_adding_is_idempotent_and_changes_update(filled: Path, docs) -> None:  # type: ignore[no-untyped-def]
    with Archive(filled) as archive:
        again = archive.add(docs, workers=1)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 12)
        assert archive.count() == 12
        changed = documents_from_records(
            [{**docs[0].meta(), "text": docs[0].text + " Der Diktator schwieg."}]
            + [d.meta() | {"text": d.text} for d in docs[1:3]]).documents
        stats = archive.add(changed, workers=1)
        assert (stats.added, stats.updated, stats.unchanged) == (0, 1, 2)
        assert archive.count() == 12 and archive.check() == []
        rec = archive.records(ids=[docs[0].id])[0]
        assert rec["text"].endswith("Der Diktator schwieg.")
        assert any(f["text"] == "Diktator" for s in rec["result"]["sentences"]
                   for f in s["findings"])
        # another engine configuration re-analyzes, because results could differ
        other = archive.add(docs[:2], EngineConfig.of(disable=["labeling"]), workers=1)
        assert other.updated == 2
        rec = archive.records(ids=[docs[1].id])[0]
        assert rec["result"]["summary"]["by_category"]["labeling"] == 0


def test_queries_by_outlet_and_date(filled: Path) -> None:
    with Archive(filled, read_only=True) as archive:
        blitz = archive.list(outlet="Blitz")
        assert [r["id"] for r in blitz] == ["bl-2025-0621-deal", "bl-2025-0703-preise",
                                            "bl-2025-0812-star", "bl-2025-0915-kleber"]
        summer = archive.list(since="2025-07-01", until="2025-08-31")
        assert {r["date"][:7] for r in summer} == {"2025-07", "2025-08"} and len(summer) == 6
        two = archive.list(outlet=["Blitz", "Tagesbote"], since="2025-09-01")
        assert {r["outlet"] for r in two} == {"Blitz", "Tagesbote"} and len(two) == 2
        assert archive.list(until="01.07.2025")[-1]["date"] == "2025-06-22"
        with pytest.raises(ArchiveError, match="kein Datum"):
            archive.list(since="letzte Woche")
        rec = archive.records(outlet="Tagesbote", since="2025-09-15")[0]
        assert rec["story"] == "klima-ring" and rec["mentions"]


def test_export_formats(filled: Path) -> None:
    with Archive(filled, read_only=True) as archive:
        items = json.loads(archive.export("json"))
        assert len(items) == 12 and items[0]["summary"] == items[0]["result"]["summary"]
        jsonl = archive.export("jsonl", outlet="Blitz")
        corpus = parse_corpus(jsonl, name="export.jsonl")  # re-importable as a corpus
        assert len(corpus.documents) == 4 and corpus.issues == []
        csv_text = archive.export("csv")
        header = csv_text.splitlines()[0].split(",")
        assert header[:6] == ["id", "outlet", "title", "date", "story", "url"]
        assert "labeling" in header and header[-1] == "text"
        with pytest.raises(ArchiveError, match="Exportformat"):
            archive.export("xml")


def test_default_path_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TONLAGE_ARCHIVE", str(tmp_path / "a" / "b.duckdb"))
    assert default_path() == tmp_path / "a" / "b.duckdb"
    monkeypatch.delenv("TONLAGE_ARCHIVE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "tonlage" / "archive.duckdb"
    with pytest.raises(ArchiveError, match="nicht gefunden"):
        Archive(tmp_path / "none.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ArchiveError):
        Archive(junk)


def _kill_corpus(path: Path, docs, copies: int) -> int:  # type: ignore[no-untyped-def]
    with open(path, "w", encoding="utf-8") as fh:
        n = 0
        for i in range(copies):
            for d in docs:
                rec = d.meta() | {"id": f"{d.id}-{i}", "text": f"{d.text}\n\nMeldung Nummer {i}."}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def _archive_add(corpus: Path, db: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "analyzer", "archive", "add", str(corpus), "--archive", str(db),
         "--batch-size", "8", "--workers", "1", "--no-progress"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_killed_import_keeps_committed_batches_and_rerun_completes(tmp_path: Path, docs) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "many.jsonl"
    total = _kill_corpus(corpus, docs, 25)  # 300 documents
    db = tmp_path / "archive.duckdb"
    proc = _archive_add(corpus, db)
    assert proc.stderr is not None
    seen = []
    deadline = time.monotonic() + 480
    for line in proc.stderr:
        seen.append(line)
        if "gespeichert" in line:
            proc.send_signal(signal.SIGKILL)  # mid-way: ~290 documents still to go
            break
        assert time.monotonic() < deadline, "import did not commit in time"
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, seen
    with Archive(db, read_only=True) as archive:
        stored = archive.count()
        assert 0 < stored < total and stored % 8 == 0  # whole batches only
        assert archive.check() == []
        for rec in archive.records():
            assert rec["result"]["summary"]["words"] > 0 and rec["text"]
    rerun = _archive_add(corpus, db)
    out, err = rerun.communicate(timeout=540)
    assert rerun.returncode == 0, err
    assert f"{total - stored} neu, 0 aktualisiert, {stored} unverändert" in out
    with Archive(db, read_only=True) as archive:
        assert archive.count() == total and archive.check() == []
