"""The public surface stays small and importable; nothing in the library imports streamlit."""

from __future__ import annotations

import ast
from pathlib import Path

import analyzer


def test_all_names_exist() -> None:
    for name in analyzer.__all__:
        assert hasattr(analyzer, name), name
    assert {"analyze", "DocumentResult", "Finding", "InputError", "LexiconError"} <= set(
        analyzer.__all__)


def test_library_never_imports_streamlit() -> None:
    root = Path(analyzer.__file__).parent
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "streamlit" for n in names), path


def test_results_are_immutable() -> None:
    import dataclasses

    import pytest

    result = analyzer.analyze("Das ist leider ein Skandal.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.summary.score = 0  # type: ignore[misc]
    f = result.findings[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.weight = 1.0  # type: ignore[misc]


def test_no_absolute_machine_paths_in_the_repository() -> None:
    """Data is reached via $TONLAGE_SHARED or ../shared, never a folder of one machine."""
    import re
    import subprocess

    repo = Path(analyzer.__file__).resolve().parents[1]
    roots = "|".join(("work", "home", "Users", "root", "mnt", "opt/" + "venv"))
    pattern = re.compile(r"(?<![\w.~-])/(?:" + roots + r")/|[A-Z]:\\\\Users\\\\")
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=repo, capture_output=True,
                                check=True).stdout.decode().split("\0")
        files = [repo / f for f in listed if f]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout (e.g. an sdist)
        files = [p for p in repo.rglob("*") if ".venv" not in p.parts and ".git" not in p.parts]
    hits = []
    for path in files:
        if not path.is_file() or path.suffix in {".png", ".npz", ".bin", ".duckdb", ".jpg"}:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits += [f"{path.relative_to(repo)}:{n}" for n, line in enumerate(text.splitlines(), 1)
                 if pattern.search(line)]
    assert not hits, hits
