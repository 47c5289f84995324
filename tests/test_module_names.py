"""No module of the engine binds the same top-level name twice.

A second ``_FIRST_PERSON = …`` or ``def _names_person`` further down a long module silently
replaces the first for every function that uses it at run time (the twenty-fourth session's
dump caught two such changes of behaviour). Each name is defined once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analyzer"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, k in names.items() if k > 1 and n != "__all__")
    assert twice == [], f"{path.name} binds these names more than once: {twice}"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert _top_level_names(tree)["A"] == 2
