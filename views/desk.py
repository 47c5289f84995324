"""Session state of the editor's desk and what the editor component's messages do to it.

Kept apart from the page script (which renders on import) so tests can drive it directly.
State lives in plain session keys, not widget keys: Streamlit drops widget keys when the page
is left, and the draft must survive a switch to "Medien vergleichen" and back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from analyzer import CATEGORIES

DEFAULTS: dict[str, Any] = {"draft": "", "draft_rev": 0, "draft_seq": 0, "ignore_list": [],
                            "ignored_here": [], "hidden_categories": [], "draft_touched": False}


def init_state() -> None:
    ss = st.session_state
    for key, value in DEFAULTS.items():
        if key not in ss:
            ss[key] = list(value) if isinstance(value, list) else value


def set_draft(text: str) -> None:
    """Python replaces the editor's text (sample, upload): a new revision for the component."""
    ss = st.session_state
    ss.draft = text
    ss.draft_rev = ss.get("draft_rev", 0) + 1
    ss.draft_touched = True


def ignore_rule(rule_id: str) -> None:
    ss = st.session_state
    if rule_id not in ss.ignore_list:
        ss.ignore_list = [*ss.ignore_list, rule_id]


def clear_ignored() -> None:
    st.session_state.ignore_list = []
    st.session_state.ignored_here = []


def apply_editor_value(value: Mapping[str, Any]) -> None:
    """Take over text, hidden categories and a card action from the editor component.

    Values come from the browser: anything of the wrong type is ignored, not trusted."""
    ss = st.session_state
    text = value.get("text")
    if isinstance(text, str):
        ss.draft = text
        ss.draft_touched = True
    seq = value.get("seq")
    if isinstance(seq, int) and not isinstance(seq, bool):
        ss.draft_seq = seq
    hidden = value.get("hidden")
    if isinstance(hidden, list):
        ss.hidden_categories = [k for k in hidden if isinstance(k, str) and k in CATEGORIES]
    action = value.get("action")
    if not isinstance(action, Mapping):
        return
    kind = action.get("type")
    if kind == "ignore_here" and isinstance(action.get("key"), str):
        if action["key"] not in ss.ignored_here:
            ss.ignored_here = [*ss.ignored_here, action["key"]]
    elif kind == "disable_rule" and isinstance(action.get("id"), str):
        ignore_rule(action["id"])
    elif kind == "restore":  # a reload: the browser's saved ignore lists come back
        rules = [r for r in action.get("ignored_rules") or [] if isinstance(r, str)]
        here = [k for k in action.get("ignored_here") or [] if isinstance(k, str)]
        ss.ignore_list = list(dict.fromkeys([*ss.ignore_list, *rules]))
        ss.ignored_here = list(dict.fromkeys([*ss.ignored_here, *here]))
