"""Every code block of the README runs as pasted.

Blocks tagged ``python`` are executed; ``json`` blocks are parsed (a lexicon entry is loaded with
the real loader); every line of a ``bash`` block is run – ``curl`` against a real server process,
``python -m analyzer`` commands for real where they finish quickly and need no research data, the
rest (long trainings, ``serve`` itself) parsed by the CLI's own argument parser so every command
and option shown exists. Untagged blocks are synopses and sample output, not code.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
_DOC_URL = "127.0.0.1:8081"
# analyze/classify/--help finish in seconds and need no research data; every other command
# (training, evaluation, serve itself, corpora) is parsed by the CLI's own parser
_RUN = {"analyze", "classify"}
KNOWN = {"", "text", "python", "bash", "json"}


def _blocks() -> list[tuple[str, str, int]]:
    text = README.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1)
            for m in _FENCE.finditer(text)]


def _ids(kind: str) -> list[tuple[str, int]]:
    return [(code, line) for lang, code, line in _blocks() if lang == kind]


def test_every_block_has_a_known_kind() -> None:
    kinds = {(lang, line) for lang, _, line in _blocks()}
    assert {k for k, _ in kinds} <= KNOWN, kinds
    assert any(k == "python" for k, _ in kinds) and any(k == "bash" for k, _ in kinds)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``python -m analyzer serve`` on a free loopback port, for the README's client examples."""
    pytest.importorskip("requests")
    from bench._server import server_process

    with server_process("--classifier", "fast") as url:
        yield url.removeprefix("http://")


@pytest.mark.parametrize(("code", "line"), _ids("python"), ids=lambda v: str(v)[:30])
def test_python_blocks_run(code: str, line: int, request: pytest.FixtureRequest,
                           capsys: pytest.CaptureFixture[str]) -> None:
    if _DOC_URL in code:
        code = code.replace(_DOC_URL, request.getfixturevalue("server"))
    exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out.strip(), "the block prints nothing"


@pytest.mark.parametrize(("code", "line"), _ids("json"), ids=lambda v: str(v)[:30])
def test_json_blocks_parse(code: str, line: int, tmp_path: Path) -> None:
    obj = json.loads(code)
    if isinstance(obj, dict) and "pattern" in obj:  # a lexicon entry: load it for real
        from analyzer.lexicon import load_file

        path = tmp_path / "entry.jsonl"
        path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
        assert [e.id for e in load_file(path).entries] == [obj["id"]]


def _commands(code: str) -> list[str]:
    out = []
    for raw in code.splitlines():
        cmd = re.sub(r"\s+#\s.*$", "", raw).strip()
        if cmd and not cmd.startswith("#"):
            out.append(cmd)
    return out


_BASH = [(cmd, line) for code, line in _ids("bash") for cmd in _commands(code)]


@pytest.mark.parametrize(("cmd", "line"), _BASH, ids=lambda v: str(v)[:40])
def test_bash_lines_run(cmd: str, line: int, request: pytest.FixtureRequest) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    words = shlex.split(cmd)
    while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):  # VAR=value prefixes
        words.pop(0)
    if words[0].startswith("./scripts/"):
        script = REPO / words[0]
        assert script.is_file() and os.access(script, os.X_OK), script
        assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
        return
    if words[0] == "curl":
        if shutil.which("curl") is None:
            pytest.skip("curl is not installed")
        url = request.getfixturevalue("server")
        proc = subprocess.run(cmd.replace(_DOC_URL, url), shell=True, capture_output=True,
                              timeout=300, check=False, executable="/bin/bash")
        assert proc.returncode == 0, proc.stderr.decode()
        body = json.loads(proc.stdout)
        if "/v2/check" in cmd:
            assert {m["rule"]["id"] for m in body["matches"]} >= {"labeling.selbst_ernannt",
                                                                    "stance.leider"}
        return
    if words[0] in ("streamlit", "pip"):
        assert all(Path(REPO, w).exists() for w in words if w.endswith(".py")), cmd
        return
    py = words.index("python") if "python" in words else None
    assert py is not None, f"README.md:{line}: no rule to run {cmd!r}"
    if words[py + 1] != "-m":  # a script: it must exist and at least compile
        script = REPO / words[py + 1]
        assert script.is_file(), cmd
        compile(script.read_text(encoding="utf-8"), str(script), "exec")
        return
    module = words[py + 2]
    if module.startswith("bench."):
        assert importlib.util.find_spec(module) is not None, module
        return
    assert module == "analyzer", cmd
    argv = words[py + 3:]
    if "--help" in argv or (argv[0] in _RUN and all(
            Path(REPO, a).exists() or a.startswith("-") or not a.endswith((".txt", ".md"))
            for a in argv)):
        shell = cmd.replace("python -m", f"{shlex.quote(sys.executable)} -m")
        proc = subprocess.run(shell, shell=True, cwd=REPO, env=env, capture_output=True,
                              timeout=600, check=False, executable="/bin/bash")
        assert proc.returncode == 0, proc.stderr.decode()
        assert proc.stdout.strip()
        return
    from analyzer.cli import build_parser

    parser, _ = build_parser()
    parser.parse_args(argv)  # unknown options or choices exit with status 2
