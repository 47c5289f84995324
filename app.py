"""Streamlit page: paste a German draft, see evaluative phrasing highlighted (minimal version)."""

from __future__ import annotations

import streamlit as st

from analyzer import InputError, analyze
from analyzer.render import render_text

st.set_page_config(page_title="Tonlage – wertende Sprache finden", layout="wide")
st.title("Tonlage")
text = st.text_area("Entwurf einfügen", key="draft_text", height=300)
if st.button("Analysieren", key="analyze") and text:
    try:
        result = analyze(text)
    except InputError as exc:
        st.warning(exc.message)
    else:
        st.text(render_text(result))
