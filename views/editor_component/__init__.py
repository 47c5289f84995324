"""The editor's desk as a Streamlit custom component: a CodeMirror 6 editor that shows the
findings as marks in the editable text, opens a card per mark and lists the findings beside it.

The frontend is built once (``frontend/build.sh``, needs node) and shipped in ``frontend/build``,
so running the app needs no npm. The component sends back ``{"seq", "text", "hidden",
"action"}`` after a pause in typing or on a card button; see ``frontend/src/index.js``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import streamlit.components.v1 as components

from analyzer import CATEGORIES, CATEGORY_KEYS, DocumentResult, Finding
from analyzer.render import PALETTE, visible_findings
from views.fixes import occurrence_keys, replacements

BUILD_DIR = Path(__file__).resolve().parent / "frontend" / "build"
_component = components.declare_component("tonlage_editor", path=str(BUILD_DIR))


def finding_payload(result: DocumentResult | None, *, min_weight: float = 0.0,
                    ignored_here: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Findings as the frontend needs them (offsets are Python str indices = code points;
    the frontend converts to UTF-16). Occurrences ignored "hier" are left out; words of a rule
    switched off carry no finding at all (the engine silences them)."""
    if result is None:
        return []
    skip = set(ignored_here)
    out: list[dict[str, Any]] = []
    for sent in result.sentences:
        keys = occurrence_keys(sent.text, sent.findings)
        for f, key in zip(sent.findings, keys, strict=True):
            if key in skip or not visible_findings([f], min_weight=min_weight):
                continue
            out.append(_one(f, key, sent.text[: f.start - sent.start].split()))
    return out


def _one(f: Finding, key: str, before: Sequence[str]) -> dict[str, Any]:
    return {"s": f.start, "e": f.end, "cat": f.category,
            "css": f.category if f.category in PALETTE else "other", "label": f.label,
            "id": f.id, "voice": f.voice, "weight": round(f.weight, 2), "expl": f.explanation,
            "sugg": f.suggestion, "repl": replacements(f, before), "key": key}


def draft_editor(*, text: str, rev: int, seq: int, findings: list[dict[str, Any]],
                 hidden: Sequence[str] = (), ignored_rules: Sequence[str] = (),
                 ignored_here: Sequence[str] = (), restore: bool = False,
                 max_chars: int = 200_000, key: str = "editor_desk",
                 on_change: Any = None) -> Mapping[str, Any] | None:
    """Render the desk; returns the component's last value (or None before the first edit)."""
    colors = {k: PALETTE[k] for k in PALETTE}
    colors["other"] = "#CCCCCC"
    return _component(
        text=text, rev=rev, seq=seq, findings=findings, hidden=list(hidden),
        ignored_rules=list(ignored_rules), ignored_here=list(ignored_here), restore=restore,
        max_chars=max_chars, colors=colors, order=list(CATEGORY_KEYS),
        labels={k: CATEGORIES[k].label for k in CATEGORY_KEYS},
        key=key, default=None, on_change=on_change)
