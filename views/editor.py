"""Entwurf prüfen: the editor's desk. The editor types or pastes into an editor that shows the
findings in place; a card per mark explains, suggests and fixes; sentence table, overview and
exports follow below. Input and rendering only – the analysis lives in ``analyzer``.

State that must survive page switches lives in plain session keys (``draft``, ``ignore_list``,
``ignored_here``, ``hidden_categories``), not in widget keys, which Streamlit drops when the
page is left. The editor component also keeps draft and ignore lists in the browser
(localStorage), so a reload restores them; the house word list is kept in a local file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from analyzer import CATEGORY_KEYS, DocumentResult, InputError, LexiconError
from analyzer.render import (
    PALETTE,
    findings_csv,
    render_report_html,
    render_sentence_html,
    visible_findings,
)
from analyzer.scoring import JUDGING_THRESHOLD
from views.common import (
    AUTO_DEFAULT_MAX_WORDS,
    CLASSIFIER_CHOICES,
    MAX_UPLOAD_BYTES,
    PAGE_MAX_CHARS,
    UploadError,
    analyze_cached,
    analyze_options,
    explain_cached,
    findings_cached,
    forget_house_lexicon,
    format_int,
    keep_house_lexicon,
    read_upload_with_notice,
    resolve_classifier,
    sample_text,
    stored_house_lexicon,
)
from views.desk import apply_editor_value, clear_ignored, ignore_rule, init_state, set_draft
from views.editor_component import draft_editor, finding_payload

log = logging.getLogger(__name__)
ss = st.session_state
VOICE_DE = {"author": "Autor", "quote": "Zitat"}
VIEWS = ["Sätze", "Überblick", "Export"]
UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
WEIGHT_STEPS = [round(0.05 * i, 2) for i in range(21)]


# --- state and callbacks (callbacks run before the script) -----------------------------------

def _load_sample() -> None:
    set_draft(sample_text())
    ss.pop("upload_error", None)
    ss.pop("upload_notice", None)


def _load_upload() -> None:
    uploaded = ss.get("draft_upload")
    ss.pop("upload_error", None)
    ss.pop("upload_notice", None)
    if uploaded is None:
        return
    try:
        text, notice = read_upload_with_notice(uploaded.name, uploaded.getvalue())
    except UploadError as exc:
        ss.upload_error = exc.message
        return
    ss.upload_notice = notice
    set_draft(text)


def _on_editor() -> None:
    """The editor sent its text (after a pause in typing) and perhaps a card action."""
    value = ss.get("editor_desk")
    if isinstance(value, Mapping):
        apply_editor_value(value)


def _forget_lexicon() -> None:
    forget_house_lexicon()
    ss.pop("lexicon_upload", None)


def _pick_from_table() -> None:
    rows = ss.sentence_table.selection.rows
    if rows:
        ss.sentence_pick = ss.get("_table_index", [])[rows[0]]


def _pick_from_strip() -> None:
    points = ss.score_strip.selection.get("pick") or []
    if points and "Satz" in points[0]:
        ss.sentence_pick = int(points[0]["Satz"]) - 1


# --- sidebar: weight filter, model, ignore lists, house word list ----------------------------

def sidebar() -> tuple[float, list[str]]:
    """Returns (minimum weight, newsroom lexicon paths)."""
    with st.sidebar:
        st.header("Anzeige")
        st.caption("Kategorien blenden Sie über der Textfläche ein und aus.")
        min_weight = st.select_slider(
            "Mindestschwere", options=WEIGHT_STEPS, value=0.0, key="min_weight",
            format_func=lambda w: f"{w:.2f}".replace(".", ","),
            help="Funde mit geringerem Gewicht ausblenden. Das Gewicht schätzt, wie oft solche "
                 "Funde auf neuen Texten stimmen: 0,4 ≈ 57 %, 0,5 ≈ 71 %, 0,6 ≈ 86 % (gemessen an "
                 "blind geprüften Artikeln); im Zitat zählt ein Fund nur ein Fünftel.")
        model = st.radio(
            "Satzmodell", options=list(CLASSIFIER_CHOICES), index=0, key="classifier_choice",
            help="Schätzt je Satz die Wahrscheinlichkeit, dass er wertet statt berichtet "
                 "(fließt in den Score ein). „genau“ ist treffsicherer, „schnell“ antwortet auch "
                 "bei langen Texten sofort; „automatisch“ nimmt „genau“ bis "
                 f"{AUTO_DEFAULT_MAX_WORDS} Wörter. Details in MODEL.md.")
        ss["classifier"] = CLASSIFIER_CHOICES[model]
        st.header("Ignoriert")
        if ss.ignore_list or ss.ignored_here:
            if ss.ignore_list:
                st.markdown("**Abgeschaltete Regeln**  \n"
                            + "\n".join(f"- `{rule}`" for rule in ss.ignore_list))
            if ss.ignored_here:
                st.markdown(f"Einzelne Stellen ignoriert: {len(ss.ignored_here)}")
            st.button("Alles wieder prüfen", key="clear_ignored", on_click=clear_ignored)
            st.caption("Abgeschaltete Regeln werden nicht mehr geprüft; Score und Exporte zählen "
                       "sie nicht mit. Die Liste bleibt in diesem Browser gespeichert.")
        else:
            st.caption("Nichts. In der Karte eines Fundes: „Hier ignorieren“ (nur diese Stelle) "
                       "oder „Regel abschalten“.")
        st.header("Hauseigene Wortliste")
        return min_weight, house_lexicon()


def house_lexicon() -> list[str]:
    """Upload (validated, kept in a local file for later sessions) or the kept list."""
    upload = st.file_uploader(
        "Wortliste (.jsonl)", type=["jsonl"], key="lexicon_upload", max_upload_size=UPLOAD_MB,
        help="Eigene Einträge im Format der mitgelieferten Wortlisten (README, „Lexicon "
             "format“). Gleiche id ersetzt einen mitgelieferten Eintrag. Die Liste wird auf "
             "diesem Rechner gespeichert und beim nächsten Start wieder geladen.")
    if upload is not None and ss.get("_kept_upload") != upload.file_id:
        try:
            keep_house_lexicon(upload.name, upload.getvalue())
        except LexiconError as exc:
            st.error(f"Die Wortliste wurde nicht übernommen: {exc}")
        except OSError as exc:
            st.error(f"Die Wortliste konnte nicht gespeichert werden: {exc.strerror}")
        else:
            ss._kept_upload = upload.file_id
    try:
        kept = stored_house_lexicon()
    except LexiconError as exc:
        st.error(f"Die gespeicherte Wortliste ist fehlerhaft und bleibt aus: {exc}")
        st.button("Gespeicherte Wortliste entfernen", key="forget_lexicon",
                  on_click=_forget_lexicon)
        return []
    if kept is None:
        st.caption("Keine eigene Wortliste aktiv.")
        return []
    path, name, n = kept
    st.success(f"{format_int(n)} Einträge aus „{name}“ aktiv.")
    st.button("Wortliste entfernen", key="forget_lexicon", on_click=_forget_lexicon)
    return [path]


# --- input -----------------------------------------------------------------------------------

def draft_input() -> None:
    left, right = st.columns([1, 2], vertical_alignment="bottom")
    with left:
        st.button("Beispieltext laden", key="load_sample", on_click=_load_sample,
                  help="Lädt einen Nachrichtentext mit vielen wertenden Formulierungen.")
    with right:
        st.file_uploader("… oder Datei öffnen (.txt, .md, .docx)", type=["txt", "md", "docx"],
                         key="draft_upload", on_change=_load_upload, max_upload_size=UPLOAD_MB)
    if ss.get("upload_error"):
        st.error(ss.upload_error)
    if ss.get("upload_notice"):
        st.info(ss.upload_notice)


def analysis(lexicons: list[str], *, marks_only: bool = False
             ) -> tuple[DocumentResult | None, str | None]:
    """(result, German message) for the current draft; the message explains a missing result.
    ``marks_only``: the lexicon and rule pass without the sentence model (the editor's marks
    come first; scores follow)."""
    text = ss.draft
    if not text.strip():
        return None, "empty"
    ss["classifier_used"] = resolve_classifier(ss.get("classifier", "auto"), text)
    options = analyze_options(lexicons, ss.ignore_list, ss["classifier_used"])
    try:
        if marks_only:
            return findings_cached(text, **options), None
        with st.spinner("Die Sätze werden bewertet …", show_time=True):
            return analyze_cached(text, **options), None
    except InputError as exc:
        return None, exc.message if exc.code != "empty" else "empty"
    except LexiconError as exc:
        return None, f"Eine Wortliste ist fehlerhaft, die Analyse ist nicht möglich: {exc}"
    except Exception:  # the editor stays usable (and the draft kept) whatever the engine does
        log.exception("analysis failed")
        return None, ("Die Analyse ist fehlgeschlagen; der Entwurf bleibt erhalten. Bitte weiter "
                      "schreiben oder die Seite neu laden; bleibt der Fehler, bitte melden.")


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


def shown_categories() -> list[str]:
    hidden = set(ss.hidden_categories)
    return [k for k in CATEGORY_KEYS if k not in hidden]


def sentence_view(result: DocumentResult, cats: list[str], min_weight: float) -> None:
    sentences = result.sentences
    has_subj = any(s.subjectivity is not None for s in sentences)
    rows = []
    for s in sentences:
        shown = visible_findings(s.findings, categories=cats, min_weight=min_weight)
        row: dict[str, Any] = {"Nr.": s.index + 1, "Score": round(s.score, 1)}
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
    why(sent)
    if not shown:
        st.info("In diesem Satz gibt es (mit den aktuellen Filtern) keine Funde.")
    for k, f in enumerate(shown):
        c1, c2 = st.columns([5, 1], vertical_alignment="center")
        c1.markdown(
            f"**{_md(f.label)}** · „{_md(f.text)}“ · "
            f"{VOICE_DE.get(f.voice, f.voice)} · Gewicht {f.weight:.2f}".replace(".", ",")
            + f"  \n{_md(f.explanation)}"
            + (f"  \n**Vorschlag:** {_md(f.suggestion)}" if f.suggestion else ""))
        c2.button("Regel abschalten", key=f"ignore_{sent.index}_{k}_{f.id}", on_click=ignore_rule,
                  args=(f.id,), help=f"Regel {f.id} nicht mehr prüfen")


def why(sent) -> None:  # type: ignore[no-untyped-def]
    """The classifier's strongest words for the sentence – on request only (the explanation
    re-runs the model once per word) and cached per sentence."""
    name = ss.get("classifier_used")
    if sent.subjectivity is None or name is None:
        return
    key = (sent.text, name)
    if ss.get("_why_for") != key:
        if not st.button("Warum? Wörter hinter der Einschätzung zeigen", key="why_button"):
            return
        ss._why_for = key
    try:
        features = explain_cached(sent.text, name)
    except Exception:  # an optional explanation must never break the page
        log.exception("explain() failed")
        st.caption("Die Erklärung des Satzmodells ist gerade nicht verfügbar.")
        return
    if features:
        st.caption("Stärkste Merkmale des Satzmodells: " + ", ".join(
            f"„{_md(n)}“ ({w:+.2f})".replace(".", ",") for n, w in features))


def overview(result: DocumentResult) -> None:
    rows = [{"Kategorie": f.label, "key": f.category,
             "Stimme": "Zitat" if f.voice == "quote" else "Autor"} for f in result.findings]
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
    st.caption("Exporte enthalten alle Funde der Analyse (ohne abgeschaltete Regeln), "
               "unabhängig von den Anzeigefiltern.")
    ignored = tuple(ss.ignore_list)
    c = st.columns(3)
    # data as callables: built only when the button is clicked, not on every rerun
    c[0].download_button(
        "JSON herunterladen",
        lambda: json.dumps(result.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"),
        file_name="tonlage-analyse.json", mime="application/json", key="download_json",
        on_click="ignore")
    c[1].download_button(
        "CSV für Excel herunterladen (ein Fund pro Zeile)",
        lambda: findings_csv(result, excel_de=True).encode("utf-8-sig"),
        file_name="tonlage-funde.csv", mime="text/csv", key="download_csv", on_click="ignore",
        help="Semikolon als Trenner, Dezimalkomma, UTF-8 mit BOM: öffnet sich in deutschem "
             "Excel direkt in Spalten.")
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
    init_state()
    st.title("Entwurf prüfen")
    st.caption("Zeigt beim Schreiben, wo ein Text wertet statt berichtet – mit Begründung und "
               "neutraler Alternative. Alles läuft lokal; der Text verlässt den Rechner nicht.")
    min_weight, lexicons = sidebar()
    draft_input()
    desk = st.container()  # the editor goes here once its marks are known
    with st.spinner("Der Entwurf wird geprüft …", show_time=True):  # shows after 0.5 s only
        marks, problem = analysis(lexicons, marks_only=True)  # first the marks, then scores
    with desk:
        draft_editor(
            text=ss.draft, rev=ss.draft_rev, seq=ss.draft_seq,
            findings=finding_payload(marks, min_weight=min_weight,
                                     ignored_here=ss.ignored_here),
            hidden=ss.hidden_categories, ignored_rules=ss.ignore_list,
            ignored_here=ss.ignored_here, restore=not ss.draft_touched,
            max_chars=PAGE_MAX_CHARS, on_change=_on_editor)
    result = None
    if problem is None:
        result, problem = analysis(lexicons)
    if problem == "empty":
        st.caption("Text eingeben, einfügen, eine Datei öffnen oder „Beispieltext laden“: die "
                   "Markierungen erscheinen nach einer kurzen Schreibpause.")
        return
    if problem:
        st.warning(problem)
        return
    assert result is not None
    for warning in result.warnings:
        st.warning(warning)
    summary(result)
    cats = shown_categories()
    view = st.segmented_control("Ansicht", VIEWS, default=VIEWS[0], key="editor_view",
                                label_visibility="collapsed") or VIEWS[0]
    if view == "Sätze":
        sentence_view(result, cats, min_weight)
    elif view == "Überblick":
        overview(result)
    else:
        exports(result)


try:
    page()
except Exception:  # last line of defense: a German message instead of a traceback page
    log.exception("editor page failed")
    st.error("Beim Anzeigen ist ein unerwarteter Fehler aufgetreten. Bitte die Seite neu laden; "
             "bleibt der Fehler, bitte den Text und diese Uhrzeit melden.")
