"""Streamlit entry: the editor's page and, when present, the outlet comparison page."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from views.common import german_ui_script, start_warm_up

ROOT = Path(__file__).resolve().parent

st.set_page_config(page_title="Tonlage – wertende Sprache finden", page_icon="📝", layout="wide")
start_warm_up()
st.html(german_ui_script(), unsafe_allow_javascript=True)  # Streamlit's English → German

pages = [st.Page(ROOT / "views" / "editor.py", title="Entwurf prüfen", icon="✍️", default=True)]
if (ROOT / "views" / "compare.py").exists():
    pages.append(st.Page(ROOT / "views" / "compare.py", title="Medien vergleichen", icon="📰"))
st.navigation(pages).run()
