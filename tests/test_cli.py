"""The command line contract: JSON/text output, stdin, and one-line errors with exit status 2."""

from __future__ import annotations

import argparse
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


# --- the front door: no silent wait, help with defaults, train never overwrites the package ---

def test_analyze_without_path_on_a_terminal_prints_a_hint_instead_of_waiting() -> None:
    """A real pseudo-terminal as stdin: the command must end at once with the hint."""
    import os
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "analyzer", "analyze"], stdin=slave,
                              capture_output=True, timeout=60, check=False)
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: keine Eingabe")
    assert "analyzer analyze entwurf.txt" in err[0] and proc.stdout == b""


def test_analyze_without_path_reads_piped_stdin() -> None:
    proc = run("analyze", stdin="Der selbst ernannte Präsident wetterte.".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    ids = {f["id"] for s in json.loads(proc.stdout)["sentences"] for f in s["findings"]}
    assert "labeling.selbst_ernannt" in ids


def _all_parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    from analyzer.cli import build_parser

    parser, _ = build_parser()
    out, todo = [], [("analyzer", parser)]
    while todo:
        name, p = todo.pop()
        out.append((name, p))
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend((f"{name} {n}", sub) for n, sub in action.choices.items())
    return out


def test_every_option_has_english_help_that_states_its_default() -> None:
    parsers = _all_parsers()
    names = {n for n, _ in parsers}
    assert {"analyzer analyze", "analyzer serve", "analyzer train", "analyzer compare",
            "analyzer archive export"} <= names
    for name, p in parsers:
        text = p.format_help()
        for action in p._actions:
            if isinstance(action, (argparse._HelpAction, argparse._VersionAction,
                                   argparse._SubParsersAction)):
                continue
            label = f"{name} {'/'.join(action.option_strings) or action.dest}"
            assert action.help, f"{label}: no help text"
            takes_value = action.nargs != 0
            if takes_value and (action.option_strings or action.nargs in ("?", "*")):
                rendered = p._get_formatter()._expand_help(action) if action.help else ""
                assert "default" in rendered.lower(), f"{label}: default not stated"
        # one language for help: English (German words of the old top-level help are gone)
        for german in ("Deutsche", "prüfen", "Datei", "Hilfe"):
            assert german not in text, f"{name}: German in help ({german})"


def _tiny_training_tsv(path: Path) -> Path:
    subj = ["Diese Reform ist ein katastrophaler Fehler.", "Zum Glück hat der Rat endlich "
            "vernünftig entschieden.", "Das war ein beschämender Auftritt.", "Die Pläne sind "
            "völlig absurd.", "Leider versagt die Behörde wieder einmal kläglich.",
            "Ein großartiger Tag für die Stadt!"] * 3
    obj = ["Der Rat tagt am Dienstag um zehn Uhr.", "Die Brücke ist 120 Meter lang.",
           "Das Gesetz tritt im Januar in Kraft.", "Die Firma beschäftigt 300 Menschen.",
           "Der Zug fährt stündlich nach Graz.", "Die Sitzung wurde auf Freitag verlegt."] * 3
    path.write_text("sentence\tlabel\n" + "".join(f"{s}\tSUBJ\n" for s in subj)
                    + "".join(f"{s}\tOBJ\n" for s in obj), encoding="utf-8")
    return path


def test_train_writes_to_a_user_folder_and_never_silently_over_the_package(
        tmp_path: Path) -> None:
    import os

    from analyzer.classifier import MODELS_DIR

    tsv = _tiny_training_tsv(tmp_path / "mine.tsv")
    def shipped_models() -> dict[str, int]:  # what 'train' writes: subj_* files
        return {p.name: p.stat().st_mtime_ns for p in MODELS_DIR.glob("subj_*")}

    shipped = shipped_models()
    assert shipped
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "analyzer", "train", "--model", "fast",
                           "--data", str(tsv)], capture_output=True, timeout=300, env=env,
                          check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    written = tmp_path / "data" / "tonlage" / "models" / "subj_fast.json"
    assert json.loads(written.read_text(encoding="utf-8"))["trained_on"] == "mine.tsv"
    proc = run("train", "--model", "fast", "--data", str(tsv), "--out", str(MODELS_DIR))
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("error:") and "--force" in proc.stderr.decode()
    assert shipped_models() == shipped


@pytest.mark.parametrize(("args", "message"), [
    (["--port", "0"], "--port"), (["--port", "70000"], "--port"),
    (["--workers", "0"], "--workers"), (["--lexicon", "fehlt.jsonl"], "fehlt.jsonl"),
])
def test_serve_rejects_bad_options_with_one_line(args: list[str], message: str) -> None:
    proc = run("serve", *args)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and message in err[0]
