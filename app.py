"""Streamlit entry: the editor's page and, when present, the outlet comparison page."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:  # the pages import views.common and analyzer from the checkout
    sys.path.insert(0, str(ROOT))

from views.common import start_warm_up  # noqa: E402

st.set_page_config(page_title="Tonlage – wertende Sprache finden", page_icon="📝", layout="wide")
start_warm_up()

pages = [st.Page(ROOT / "views" / "editor.py", title="Entwurf prüfen", icon="✍️", default=True)]
if (ROOT / "views" / "compare.py").exists():
    pages.append(st.Page(ROOT / "views" / "compare.py", title="Medien vergleichen", icon="📰"))
st.navigation(pages).run()
