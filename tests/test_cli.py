"""The command line contract: JSON/text output, stdin, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "analyzer", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def test_analyze_file_json_matches_schema(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(seed_text, encoding="utf-8")
    proc = run("analyze", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert set(data) >= {"version", "language", "warnings", "summary", "sentences"}
    assert data["language"] == "de"
    assert set(data["summary"]) >= {"sentences", "words", "score", "findings_per_1000_words",
                                    "by_category", "share_sentences_score_ge_50"}
    for s in data["sentences"]:
        assert seed_text[s["start"]:s["end"]] == s["text"]
        for f in s["findings"]:
            assert seed_text[f["start"]:f["end"]] == f["text"]
            assert f["voice"] in {"author", "quote"}
            assert set(f) >= {"category", "label", "weight", "explanation", "suggestion", "id"}


def test_stdin_and_text_format(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    import io

    text = "Der selbst ernannte Präsident wetterte gegen die Presse."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["analyze", "-", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "[[selbst ernannte]]" in out
    assert "Wertende Etikettierung" in out


@pytest.mark.parametrize(("stdin", "message"), [
    (b"", "leer"),
    (b"  \n\t  ", "leer"),
    (b"\xff\xfe\xfa text", "UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Binärdaten"),
])
def test_bad_stdin_gives_one_error_line(stdin: bytes, message: str) -> None:
    proc = run("analyze", "-", stdin=stdin)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and message in err[0]
    assert proc.stdout == b""


def test_max_chars_and_missing_file(tmp_path: Path) -> None:
    proc = run("analyze", "-", "--max-chars", "10", stdin="Das ist ein längerer Text.".encode())
    assert proc.returncode == 2 and b"error:" in proc.stderr and b"Traceback" not in proc.stderr
    proc = run("analyze", str(tmp_path / "fehlt.txt"))
    assert proc.returncode == 2 and proc.stderr.decode().startswith("error: Datei nicht gefunden")


def test_lexicon_and_disable_options(tmp_path: Path) -> None:
    lex = tmp_path / "haus.jsonl"
    lex.write_text(json.dumps({
        "id": "labeling.chaostruppe", "category": "labeling", "pattern": "Chaostruppe",
        "weight": 0.7, "explanation": "Abwertende Bezeichnung.", "suggestion": "Fraktion",
        "examples": ["die Chaostruppe"]}, ensure_ascii=False), encoding="utf-8")
    text = b"Die Chaostruppe im Rathaus wetterte gegen den Plan."
    data = json.loads(run("analyze", "-", "--lexicon", str(lex), stdin=text).stdout)
    ids = {f["id"] for s in data["sentences"] for f in s["findings"]}
    assert "labeling.chaostruppe" in ids
    data = json.loads(run("analyze", "-", "--lexicon", str(lex), "--disable", "labeling",
                          "--disable", "speech_verb", stdin=text).stdout)
    cats = {f["category"] for s in data["sentences"] for f in s["findings"]}
    assert not cats & {"labeling", "speech_verb"}


def test_invalid_lexicon_is_one_error_line(tmp_path: Path) -> None:
    lex = tmp_path / "kaputt.jsonl"
    lex.write_text('{"id": "x.y", "category": "nope"}\n', encoding="utf-8")
    proc = run("analyze", "-", "--lexicon", str(lex), stdin=b"Ein Satz.")
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert line.startswith("error:") and "kaputt.jsonl:1" in line and "\n" not in line


def test_non_german_warns_on_stderr() -> None:
    proc = run("analyze", "-", stdin=b"The minister said on Monday that the new budget "
               b"would be presented to parliament next week.")
    assert proc.returncode == 0
    assert proc.stderr.decode().startswith("warning:")
    assert json.loads(proc.stdout)["warnings"]
