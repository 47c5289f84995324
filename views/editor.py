"""Entwurf prüfen: paste or upload a draft, see where it judges instead of reports, why, and
what to write instead. Input and rendering only – the analysis lives in ``analyzer``."""

from __future__ import annotations

import json
import logging

import altair as alt
import pandas as pd
import streamlit as st

import analyzer
from analyzer import CATEGORIES, CATEGORY_KEYS, DocumentResult, InputError, LexiconError
from analyzer.render import (
    PALETTE,
    findings_csv,
    render_html,
    render_legend_html,
    render_report_html,
    render_sentence_html,
    visible_findings,
)
from analyzer.scoring import JUDGING_THRESHOLD
from views.common import (
    AUTO_DEFAULT_MAX_WORDS,
    CLASSIFIER_CHOICES,
    PAGE_MAX_CHARS,
    UploadError,
    analyze_cached,
    analyze_options,
    format_int,
    read_upload,
    resolve_classifier,
    sample_text,
    save_newsroom_lexicon,
)

log = logging.getLogger(__name__)
ss = st.session_state
VOICE_DE = {"author": "Autor", "quote": "Zitat"}


# --- callbacks (run before the script, so they may set widget values) -----------------------

def _load_sample() -> None:
    ss.draft_text = sample_text()
    ss.analysis_on = True
    ss.pop("upload_error", None)


def _load_upload() -> None:
    uploaded = ss.get("draft_upload")
    ss.pop("upload_error", None)
    if uploaded is None:
        return
    try:
        ss.draft_text = read_upload(uploaded.name, uploaded.getvalue())
    except UploadError as exc:
        ss.upload_error = exc.message
        return
    ss.analysis_on = True


def _start_analysis() -> None:
    ss.analysis_on = True
    ss.pop("upload_error", None)


def _ignore(rule_id: str) -> None:
    if rule_id not in ss.ignore_list:
        ss.ignore_list = [*ss.ignore_list, rule_id]


def _clear_ignored() -> None:
    ss.ignore_list = []


def _pick_from_table() -> None:
    rows = ss.sentence_table.selection.rows
    if rows:
        ss.sentence_pick = ss.get("_table_index", [])[rows[0]]


def _pick_from_strip() -> None:
    points = ss.score_strip.selection.get("pick") or []
    if points and "Satz" in points[0]:
        ss.sentence_pick = int(points[0]["Satz"]) - 1


# --- sidebar: filters, ignore list, newsroom lexicon -----------------------------------------

def sidebar() -> tuple[list[str], float, list[str]]:
    """Returns (shown categories, minimum weight, newsroom lexicon paths)."""
    with st.sidebar:
        st.header("Anzeige")
        cats = st.pills(
            "Kategorien", options=list(CATEGORY_KEYS), default=list(CATEGORY_KEYS),
            selection_mode="multi", format_func=lambda k: CATEGORIES[k].label,
            key="filter_categories",
            help="Nur die gewählten Kategorien im Text, in der Satztabelle und in den Details "
                 "zeigen.")
        min_weight = st.slider(
            "Mindestschwere", min_value=0.0, max_value=1.0, value=0.0, step=0.05,
            key="min_weight",
            help="Funde mit geringerem Gewicht ausblenden (Gewicht = Schwere × Stimme; im Zitat "
                 "zählt ein Fund nur ein Fünftel).")
        model = st.radio(
            "Satzmodell", options=list(CLASSIFIER_CHOICES), index=0, key="classifier_choice",
            help="Schätzt je Satz die Wahrscheinlichkeit, dass er wertet statt berichtet "
                 "(fließt in den Score ein). „genau“ ist treffsicherer, „schnell“ antwortet auch "
                 "bei langen Texten sofort; „automatisch“ nimmt „genau“ bis "
                 f"{AUTO_DEFAULT_MAX_WORDS} Wörter. Details in MODEL.md.")
        ss["classifier"] = CLASSIFIER_CHOICES[model]
        st.header("Ignorierte Regeln")
        if ss.ignore_list:
            st.markdown("\n".join(f"- `{rule}`" for rule in ss.ignore_list))
            st.button("Ignorierliste leeren", key="clear_ignored", on_click=_clear_ignored)
            st.caption("Ignorierte Regeln werden für diese Sitzung nicht mehr geprüft; Score und "
                       "Exporte zählen sie nicht mit.")
        else:
            st.caption("Keine. Mit „Regel ignorieren“ bei einem Fund schalten Sie eine Regel für "
                       "diese Sitzung ab.")
        st.header("Hauseigene Wortliste")
        upload = st.file_uploader(
            "Wortliste (.jsonl) hochladen", type=["jsonl"], key="lexicon_upload",
            help="Eigene Einträge im Format der mitgelieferten Wortlisten (README, „Lexicon "
                 "format“). Gleiche id ersetzt einen mitgelieferten Eintrag.")
        paths: list[str] = []
        if upload is not None:
            try:
                path, n = save_newsroom_lexicon(upload.name, upload.getvalue())
            except LexiconError as exc:
                st.error(f"Die Wortliste wurde nicht übernommen: {exc}")
            else:
                paths.append(path)
                st.success(f"{n} Einträge aus „{upload.name}“ aktiv.")
    return cats, min_weight, paths


# --- input -----------------------------------------------------------------------------------

def draft_input() -> None:
    left, right = st.columns([1, 2], vertical_alignment="bottom")
    with left:
        st.button("Beispieltext laden", key="load_sample", on_click=_load_sample,
                  help="Lädt einen Nachrichtentext mit vielen wertenden Formulierungen.")
    with right:
        st.file_uploader("… oder Datei hochladen (.txt, .md, .docx)", type=["txt", "md", "docx"],
                         key="draft_upload", on_change=_load_upload)
    if ss.get("upload_error"):
        st.error(ss.upload_error)
    st.text_area("Entwurf einfügen", key="draft_text", height=260,
                 placeholder="Deutschen Text hier einfügen, dann „Analysieren“ klicken.")
    c1, c2 = st.columns([1, 4], vertical_alignment="center")
    with c1:
        st.button("Analysieren", key="analyze", type="primary", on_click=_start_analysis)
    with c2:
        n = len(ss.get("draft_text") or "")
        st.caption(f"{format_int(n)} von höchstens {format_int(PAGE_MAX_CHARS)} Zeichen. "
                   "Nach dem ersten Klick wird jede Änderung sofort neu geprüft.")


# --- results ---------------------------------------------------------------------------------

def summary(result: DocumentResult) -> None:
    s = result.summary
    m = st.columns(4)
    m[0].metric("Score (0–100)", f"{s.score:.0f}",
                help="Wortgewichteter Mittelwert der Satz-Scores: 0 = berichtend, 100 = stark "
                     "wertend.")
    m[1].metric(f"Wertende Sätze (Score ≥ {JUDGING_THRESHOLD:.0f})",
                f"{100 * s.share_sentences_score_ge_50:.0f} %",
                help=f"{round(s.share_sentences_score_ge_50 * s.sentences)} von {s.sentences} "
                     "Sätzen")
    m[2].metric("Funde je 1.000 Wörter", f"{s.findings_per_1000_words:.1f}".replace(".", ","),
                help=f"{sum(s.by_category.values())} Funde in {format_int(s.words)} Wörtern")
    m[3].metric("Autor / Zitat", f"{s.by_voice.get('author', 0)} / {s.by_voice.get('quote', 0)}",
                help="Funde in Autorenstimme gegenüber Funden in Zitaten und indirekter Rede "
                     "(die zählen nur ein Fünftel).")


def highlighted(result: DocumentResult, cats: list[str], min_weight: float) -> None:
    shown = visible_findings(result.findings, categories=cats, min_weight=min_weight)
    counts = {k: 0 for k in cats}
    for f in shown:
        counts[f.category] = counts.get(f.category, 0) + 1
    legend_keys = [k for k in CATEGORY_KEYS if k in cats]
    st.html(render_legend_html(counts, legend_keys)
            + render_html(result, categories=cats, min_weight=min_weight))
    st.caption(f"{len(shown)} von {len(result.findings)} Funden sichtbar. Mit der Maus über eine "
               "Markierung fahren: Kategorie, Erklärung und Vorschlag.")
    by_rule: dict[str, list] = {}
    for f in shown:
        by_rule.setdefault(f.id, []).append(f)
    with st.expander(f"Funde nach Regel ({len(by_rule)})"):
        for rule_id, fs in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            f = fs[0]
            texts = ", ".join(dict.fromkeys(f"„{x.text}“" for x in fs))
            c1, c2 = st.columns([5, 1], vertical_alignment="center")
            c1.markdown(f"**{_md(f.label)}** · {len(fs)}× · {_md(_clip(texts, 160))}  \n"
                        f"{_md(f.explanation)}"
                        + (f"  \n*Vorschlag:* {_md(f.suggestion)}" if f.suggestion else ""))
            c2.button("Regel ignorieren", key=f"ignore_rule_{rule_id}", on_click=_ignore,
                      args=(rule_id,), help=f"Regel {rule_id} für diese Sitzung abschalten")


def sentence_view(result: DocumentResult, cats: list[str], min_weight: float) -> None:
    sentences = result.sentences
    has_subj = any(s.subjectivity is not None for s in sentences)
    rows = []
    for s in sentences:
        shown = visible_findings(s.findings, categories=cats, min_weight=min_weight)
        row = {"Nr.": s.index + 1, "Score": round(s.score, 1)}
        if has_subj:
            row["Subjektivität"] = (None if s.subjectivity is None
                                    else round(100 * s.subjectivity, 1))
        row["Kategorien"] = ", ".join(dict.fromkeys(f.label for f in shown))
        row["Funde"] = len(shown)
        row["Satz"] = s.text.strip()
        rows.append(row)
    df = pd.DataFrame(rows)
    ss._table_index = [s.index for s in sentences]
    st.caption("Spaltenköpfe sortieren die Tabelle; eine Zeile auswählen zeigt unten die Details.")
    config = {
        "Score": st.column_config.ProgressColumn("Score", min_value=0, max_value=100,
                                                 format="%.0f"),
        "Satz": st.column_config.TextColumn("Satz", width="large"),
    }
    if has_subj:
        config["Subjektivität"] = st.column_config.ProgressColumn(
            "Subjektivität", help="Wahrscheinlichkeit (Klassifikator), dass der Satz subjektiv "
            "ist", min_value=0, max_value=100, format="%.0f %%")
    st.dataframe(df, hide_index=True, column_config=config, key="sentence_table",
                 on_select=_pick_from_table, selection_mode="single-row",
                 height=min(420, 38 + 35 * len(rows)))
    score_strip(result)
    sentence_details(result, cats, min_weight)


def score_strip(result: DocumentResult) -> None:
    # Vega-Lite reads dots in field names as nested access: no "Nr." here
    data = pd.DataFrame({"Satz": [s.index + 1 for s in result.sentences],
                         "Score": [round(s.score, 1) for s in result.sentences],
                         "Anfang": [_clip(s.text.strip(), 80) for s in result.sentences],
                         "Zeile": "Score"})
    pick = alt.selection_point(fields=["Satz"], name="pick")
    chart = (
        alt.Chart(data, title="Score-Verlauf über den Text (Satz für Satz; Klick wählt den Satz)")
        .mark_rect()
        .encode(
            x=alt.X("Satz:O", title="Satz", axis=alt.Axis(labels=len(data) <= 60, ticks=False)),
            y=alt.Y("Zeile:N", axis=None),
            color=alt.Color("Score:Q", scale=alt.Scale(domain=[0, 100], scheme="orangered"),
                            legend=alt.Legend(title="Score")),
            tooltip=["Satz", "Score", "Anfang"],
        )
        .add_params(pick)
        .properties(height=150)  # Streamlit fits title, axis and legend into this height
    )
    st.altair_chart(chart, key="score_strip", on_select=_pick_from_strip,
                    selection_mode="pick", width="stretch")


def sentence_details(result: DocumentResult, cats: list[str], min_weight: float) -> None:
    sentences = result.sentences
    if not sentences:
        return
    order = sorted(range(len(sentences)), key=lambda i: (-sentences[i].score, i))
    if ss.get("sentence_pick") not in order:
        ss.sentence_pick = order[0]
    idx = st.selectbox(
        "Satz im Detail", options=order, key="sentence_pick",
        format_func=lambda i: f"Nr. {i + 1} · Score {sentences[i].score:.0f} · "
                              f"{_clip(sentences[i].text.strip(), 70)}")
    sent = sentences[idx]
    shown = visible_findings(sent.findings, categories=cats, min_weight=min_weight)
    st.html(render_sentence_html(result, idx, categories=cats, min_weight=min_weight))
    subj = ("" if sent.subjectivity is None
            else f" · Subjektivität {100 * sent.subjectivity:.0f} %")
    st.caption(f"Score {sent.score:.0f}{subj} · {sent.words} Wörter · "
               f"{len(shown)} Funde sichtbar")
    features = top_features(sent)
    if features:
        st.caption("Stärkste Merkmale des Klassifikators: "
                   + ", ".join(f"„{name}“ ({weight:+.2f})" for name, weight in features))
    if not shown:
        st.info("In diesem Satz gibt es (mit den aktuellen Filtern) keine Funde.")
    for k, f in enumerate(shown):
        c1, c2 = st.columns([5, 1], vertical_alignment="center")
        c1.markdown(
            f"**{_md(f.label)}** · „{_md(f.text)}“ · "
            f"{VOICE_DE.get(f.voice, f.voice)} · Gewicht {f.weight:.2f}  \n"
            f"{_md(f.explanation)}"
            + (f"  \n**Vorschlag:** {_md(f.suggestion)}" if f.suggestion else ""))
        c2.button("Regel ignorieren", key=f"ignore_{sent.index}_{k}_{f.id}", on_click=_ignore,
                  args=(f.id,), help=f"Regel {f.id} für diese Sitzung abschalten")


def top_features(sent) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Hook for the subjectivity classifier's explanation: if ``analyzer.explain(text)`` exists
    and returns ``[(feature, weight), ...]``, the strongest five are shown with the sentence."""
    name = ss.get("classifier_used")
    if sent.subjectivity is None or name is None:
        return []
    try:
        return [(str(n), float(w)) for n, w in analyzer.explain(sent.text, classifier=name, top=5)]
    except Exception:  # an optional explanation must never break the page
        log.exception("explain() failed")
        return []


def overview(result: DocumentResult) -> None:
    rows = []
    for f in result.findings:
        rows.append({"Kategorie": f.label, "key": f.category,
                     "Stimme": "Zitat" if f.voice == "quote" else "Autor"})
    if not rows:
        st.info("Keine Funde – der Text berichtet, ohne zu werten.")
        return
    df = pd.DataFrame(rows).groupby(["Kategorie", "key", "Stimme"]).size().reset_index(name="n")
    keys = [k for k in CATEGORY_KEYS if k in set(df["key"])]
    chart = (
        alt.Chart(df, title="Funde nach Kategorie (blass = im Zitat)")
        .mark_bar()
        .encode(
            y=alt.Y("Kategorie:N", sort="-x", title=None, axis=alt.Axis(labelLimit=320)),
            x=alt.X("sum(n):Q", title="Funde"),
            color=alt.Color("key:N", legend=None,
                            scale=alt.Scale(domain=keys, range=[PALETTE[k] for k in keys])),
            opacity=alt.Opacity("Stimme:N", scale=alt.Scale(domain=["Autor", "Zitat"],
                                                            range=[1.0, 0.4]),
                                legend=alt.Legend(title="Stimme")),
            order=alt.Order("Stimme:N"),
            tooltip=["Kategorie", "Stimme", alt.Tooltip("sum(n):Q", title="Funde")],
        )
        .properties(height=90 + 28 * len(keys))
    )
    st.altair_chart(chart, width="stretch")
    voice = df.groupby("Stimme")["n"].sum()
    st.caption(f"Autorenstimme: {int(voice.get('Autor', 0))} Funde · Zitate und indirekte Rede: "
               f"{int(voice.get('Zitat', 0))} Funde (Wertungen der Quellen zählen nur ein "
               "Fünftel).")


def exports(result: DocumentResult) -> None:
    st.caption("Exporte enthalten alle Funde der Analyse (ohne ignorierte Regeln), unabhängig "
               "von den Anzeigefiltern.")
    ignored = tuple(ss.ignore_list)
    c = st.columns(3)
    # data as callables: built only when the button is clicked, not on every rerun
    c[0].download_button(
        "JSON herunterladen",
        lambda: json.dumps(result.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"),
        file_name="tonlage-analyse.json", mime="application/json", key="download_json",
        on_click="ignore")
    c[1].download_button(
        "CSV herunterladen (ein Fund pro Zeile)",
        lambda: findings_csv(result).encode("utf-8-sig"), file_name="tonlage-funde.csv",
        mime="text/csv", key="download_csv", on_click="ignore")
    c[2].download_button(
        "HTML-Bericht herunterladen",
        lambda: render_report_html(result, ignored_ids=ignored).encode("utf-8"),
        file_name="tonlage-bericht.html", mime="text/html", key="download_html",
        on_click="ignore")


# --- small helpers ---------------------------------------------------------------------------

def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


_MD_SPECIAL = "\\`*_{}[]()#+-.!|<>~$:"


def _md(text: str | None) -> str:
    """Escape user/lexicon text for st.markdown (no markup, no HTML, no directives)."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in (text or ""))


# --- page ------------------------------------------------------------------------------------

def page() -> None:
    ss.setdefault("ignore_list", [])
    ss.setdefault("analysis_on", False)
    st.title("Entwurf prüfen")
    st.caption("Zeigt, wo ein Text wertet statt berichtet – mit Begründung und neutraler "
               "Alternative. Alles läuft lokal; der Text verlässt den Rechner nicht.")
    cats, min_weight, lexicons = sidebar()
    draft_input()
    if not ss.analysis_on:
        return
    text = ss.get("draft_text") or ""
    try:
        ss["classifier_used"] = resolve_classifier(ss.get("classifier", "auto"), text)
        result = analyze_cached(text, **analyze_options(lexicons, ss.ignore_list,
                                                        ss["classifier_used"]))
    except InputError as exc:
        if exc.code == "empty":
            st.info("Noch kein Text: Entwurf einfügen, eine Datei hochladen oder "
                    "„Beispieltext laden“ klicken.")
        elif exc.code == "too_long":
            st.warning(exc.message)
        else:
            st.error(exc.message)
        return
    except LexiconError as exc:
        st.error(f"Eine Wortliste ist fehlerhaft, die Analyse ist nicht möglich: {exc}")
        return
    for warning in result.warnings:
        st.warning(warning)
    summary(result)
    tabs = st.tabs(["Markierter Text", "Sätze", "Überblick", "Export"])
    with tabs[0]:
        highlighted(result, cats, min_weight)
    with tabs[1]:
        sentence_view(result, cats, min_weight)
    with tabs[2]:
        overview(result)
    with tabs[3]:
        exports(result)


try:
    page()
except Exception:  # last line of defense: a German message instead of a traceback page
    log.exception("editor page failed")
    st.error("Beim Anzeigen ist ein unerwarteter Fehler aufgetreten. Bitte den Text erneut "
             "analysieren; bleibt der Fehler, bitte den Text und diese Uhrzeit melden.")
