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
