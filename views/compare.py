"""Medien vergleichen: several outlets' texts (pasted, uploaded or from the archive) side by side.

Input and presentation only – analysis, statistics and word choice live in ``analyzer.compare``,
``analyzer.entities`` and ``analyzer.archive``.
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

ROOT = Path(__file__).resolve().parents[1]

from analyzer.archive import Archive, ArchiveError, default_path  # noqa: E402
from analyzer.compare import (  # noqa: E402
    EngineConfig,
    analyze_corpus,
    build_report,
    category_rows,
    difference_rows,
    result_from_record,
    score_rows,
)
from analyzer.corpus import (  # noqa: E402
    CorpusError,
    content_id,
    documents_from_records,
    parse_corpus,
)
from analyzer.render import (  # noqa: E402
    render_compare_html,
    render_html,
    render_legend_html,
    report_csv,
)
from analyzer.taxonomy import CATEGORIES, CATEGORY_KEYS  # noqa: E402
from views.common import de_num, de_pct, de_range  # noqa: E402

SAMPLE_CORPUS = ROOT / "tests" / "data" / "corpus_outlets.jsonl"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
PAGE_MAX_CHARS = 200_000
ss = st.session_state
GROUP_DE = {"outlet": "Medium", "story": "Story", "month": "Monat"}
METRIC_DE = {"findings_per_1000_words": "Funde je 1.000 Wörter",
             "share_judging": "Anteil wertender Sätze", "mean_score": "Mittlerer Score"}
# Nouns that head an organisation's name ("Statistik Austria", "Universität Wien"): when the
# only "label" ever seen before a name is one of these, it is part of the name, not a label.
ORG_HEADS = frozenset({"Statistik", "Bank", "Radio", "Energie", "Post", "Telekom", "Universität",
                       "Stadt", "Land", "Klinik", "Stiftung", "Verlag", "Hotel", "Flughafen",
                       "Messe", "Wiener", "Casinos", "Raiffeisen", "Erste", "Team"})


# --- input ------------------------------------------------------------------------------------

def _pasted_records() -> list[dict[str, str]]:
    records = []
    for i in range(int(ss.get("cmp_n", 3))):
        text = ss.get(f"cmp_text_{i}", "") or ""
        outlet = (ss.get(f"cmp_outlet_{i}", "") or "").strip()
        if not text.strip() and not outlet:
            continue  # an unused slot
        outlet = outlet or f"Medium {i + 1}"
        records.append({"id": content_id(outlet, text, f"text{i + 1}"), "outlet": outlet,
                        "text": text, "story": (ss.get(f"cmp_story_{i}") or "").strip() or None,
                        "title": (ss.get(f"cmp_title_{i}") or "").strip() or None})
    return records


def _load_sample() -> None:
    """Fill the paste slots with the three versions of the sample story."""
    lines = [json.loads(x) for x in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    versions = [r for r in lines if r.get("story") == "minsk-kellogg"]
    ss.cmp_n = len(versions)
    for i, r in enumerate(versions):
        ss[f"cmp_outlet_{i}"] = r["outlet"]
        ss[f"cmp_story_{i}"] = r["story"]
        ss[f"cmp_title_{i}"] = r.get("title") or ""
        ss[f"cmp_text_{i}"] = r["text"]


def _run(docs, issues) -> None:  # type: ignore[no-untyped-def]
    """Analyze (optionally storing in the archive) and keep the result in the session."""
    bar = st.progress(0.0, text="Analyse startet …")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"{done} von {total} Dokumenten analysiert")

    config = EngineConfig(max_chars=PAGE_MAX_CHARS)
    workers = int(ss.get("cmp_workers", 1))
    failed = []
    if ss.get("cmp_store"):
        try:
            with Archive(ss.get("cmp_archive_path") or None) as archive:
                stats = archive.add(docs, config, workers=workers, progress=progress)
                records = archive.records(ids=[d.id for d in docs])
        except ArchiveError as exc:
            bar.empty()
            st.error(str(exc))
            return
        failed = stats.issues
        st.toast(stats.summary())
    else:
        records, failed = analyze_corpus(docs, config, workers=workers, progress=progress)
    bar.empty()
    _keep(records, [*issues, *failed])


def _keep(records, issues) -> None:  # type: ignore[no-untyped-def]
    ss.cmp_records = records
    ss.cmp_issues = [str(i) for i in issues]
    ss.cmp_report = None  # built in _results for the current grouping


def _input_paste() -> None:
    st.number_input("Anzahl Texte", min_value=2, max_value=8, step=1, key="cmp_n")
    st.button("Beispiel laden (eine Geschichte, drei Medien)", key="cmp_sample_story",
              on_click=_load_sample)
    cols = st.columns(min(int(ss.get("cmp_n", 3)), 4))
    for i in range(int(ss.get("cmp_n", 3))):
        with cols[i % len(cols)]:
            st.text_input("Medium", key=f"cmp_outlet_{i}", placeholder=f"Medium {i + 1}")
            st.text_input("Story (gleiche Story = gleiche Kennung)", key=f"cmp_story_{i}",
                          placeholder="z. B. minsk-kellogg")
            st.text_input("Titel (optional)", key=f"cmp_title_{i}")
            st.text_area("Text", key=f"cmp_text_{i}", height=220)
    if st.button("Vergleichen", key="cmp_run", type="primary"):
        corpus = documents_from_records(_pasted_records())
        if not corpus.documents:
            st.warning("Bitte mindestens einen Text mit Medium einfügen.")
            for issue in corpus.issues:
                st.caption(str(issue).replace("Zeile", "Text"))
            return
        _run(corpus.documents, corpus.issues)


def _input_upload() -> None:
    st.caption("JSONL oder CSV, ein Dokument je Zeile: id, outlet, text; optional title, date, "
               "story, url.")
    uploaded = st.file_uploader("Korpus hochladen", type=["jsonl", "ndjson", "json", "csv", "tsv"],
                                key="cmp_upload", max_upload_size=MAX_UPLOAD_BYTES // 2**20)
    c1, c2 = st.columns(2)
    run = c1.button("Korpus vergleichen", key="cmp_run_upload", type="primary",
                    disabled=uploaded is None)
    sample = c2.button("Beispielkorpus (3 Medien, 12 Texte)", key="cmp_sample_corpus",
                       disabled=not SAMPLE_CORPUS.exists())
    if not (run or sample):
        return
    try:
        if sample:
            corpus = parse_corpus(SAMPLE_CORPUS.read_bytes(), name=SAMPLE_CORPUS.name)
        else:
            data = uploaded.getvalue()
            if len(data) > MAX_UPLOAD_BYTES:
                st.error(f"„{uploaded.name}“ ist größer als {MAX_UPLOAD_BYTES // 2**20} MB – "
                         "bitte über die Kommandozeile vergleichen (analyzer compare).")
                return
            corpus = parse_corpus(data, name=uploaded.name)
    except CorpusError as exc:
        st.error(str(exc))
        return
    _run(corpus.documents, corpus.issues)


def _input_archive() -> None:
    st.text_input("Archivdatei", key="cmp_archive_path")
    path = ss.get("cmp_archive_path") or None
    try:
        with Archive(path, read_only=True) as archive:
            outlets = archive.outlets()
            count = archive.count()
    except ArchiveError as exc:
        st.info(str(exc))
        return
    st.caption(f"{count} Dokumente im Archiv.")
    st.multiselect("Medien", outlets, key="cmp_archive_outlets",
                   placeholder="alle Medien")
    c1, c2 = st.columns(2)
    c1.text_input("von (JJJJ-MM-TT)", key="cmp_since", placeholder="beliebig")
    c2.text_input("bis (JJJJ-MM-TT)", key="cmp_until", placeholder="beliebig")
    if st.button("Aus dem Archiv laden", key="cmp_archive_load", type="primary"):
        try:
            with Archive(path, read_only=True) as archive:
                records = archive.records(outlet=ss.get("cmp_archive_outlets") or None,
                                          since=ss.get("cmp_since") or None,
                                          until=ss.get("cmp_until") or None)
        except ArchiveError as exc:
            st.error(str(exc))
            return
        if not records:
            st.warning("Keine passenden Dokumente im Archiv.")
            return
        _keep(records, [])


# --- output -----------------------------------------------------------------------------------

def _fmt_ci(ci) -> str:  # type: ignore[no-untyped-def]
    return de_range(ci)


def _rate_chart(frame: pd.DataFrame, y: str, y_title: str | None, *, offset: str | None = None,
                height: int) -> alt.LayerChart:
    """Horizontal bars with a centred 95 % whisker, a tick at the value (so zero stays visible)
    and the value written beside it in German format."""
    enc: dict = {"y": alt.Y(f"{y}:N", title=y_title, sort=None,
                            axis=alt.Axis(labelLimit=260, labelAngle=0))}
    if offset:
        enc["yOffset"] = alt.YOffset(f"{offset}:N", sort=None)
    base = alt.Chart(frame).encode(**enc)
    x_title = "Funde je 1.000 Wörter (mit 95-%-Intervall)"
    color = alt.Color("group:N", title=GROUP_DE.get(ss.get("cmp_by", "outlet")),
                      legend=alt.Legend(orient="top") if offset else None)
    tooltip = [alt.Tooltip("group:N", title=GROUP_DE.get(ss.get("cmp_by", "outlet"))),
               alt.Tooltip("wert:N", title="Funde je 1.000 Wörter"),
               alt.Tooltip("ki:N", title="95-%-Intervall")]
    if "label" in frame.columns:
        tooltip.insert(1, alt.Tooltip("label:N", title="Kategorie"))
    bars = base.mark_bar().encode(x=alt.X("rate:Q", title=x_title), color=color, tooltip=tooltip)
    tick = base.mark_tick(thickness=2, color="#333").encode(x="rate:Q")
    rule = base.mark_rule(color="#222", strokeWidth=1.5).encode(x="lo:Q", x2="hi:Q")
    text = base.mark_text(align="left", dx=4, fontSize=11, color="#333").encode(
        x="hi:Q", text="wert:N")
    return (bars + tick + rule + text).properties(height=height)


def _overview(report) -> None:  # type: ignore[no-untyped-def]
    by = report["by"]
    rows = [{
        GROUP_DE[by]: o[by], "Dokumente": de_num(o["documents"], 0),
        "Wörter": de_num(o["words"], 0),
        "Funde je 1.000 Wörter": de_num(o["findings_per_1000_words"]),
        "95-%-Intervall": _fmt_ci(o["ci95"]),
        "Anteil wertender Sätze": de_pct(o["share_judging"]),
        "Mittlerer Score": de_num(o["mean_score"], 0),
        "Anteil Autorenstimme": de_pct(o["by_voice"]["author_share"]),
    } for o in report["outlets"]]
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="cmp_table_outlets")
    frame = pd.DataFrame([_rate_row(o[by], o["findings_per_1000_words"], o["ci95"])
                          for o in report["outlets"]])
    st.altair_chart(_rate_chart(frame, "group", None, height=40 * len(frame) + 30),
                    width="stretch")


def _rate_row(group: str, rate: float, ci) -> dict:  # type: ignore[no-untyped-def]
    lo, hi = ci if ci else (rate, rate)
    return {"group": group, "rate": rate, "lo": lo, "hi": hi, "wert": de_num(rate),
            "ki": _fmt_ci(ci)}


def _categories(report) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame(category_rows(report))
    used = frame.groupby("category")["findings"].sum()
    frame = frame[frame["category"].isin(used[used > 0].index)]
    if frame.empty:
        st.info("Keine Funde in den Texten.")
        return
    rows = []
    for r in frame.to_dict("records"):
        row = _rate_row(r["group"], r["per_1000_words"], [r["ci95_low"], r["ci95_high"]])
        rows.append({**row, "label": r["label"]})
    data = pd.DataFrame(rows)
    groups = data["group"].nunique()
    height = data["label"].nunique() * (groups * 16 + 10) + 40
    st.altair_chart(_rate_chart(data, "label", None, offset="group", height=height),
                    width="stretch")


def _scores(report, records) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame(score_rows(records, report["by"]))
    if frame.empty:
        return
    chart = alt.Chart(frame).mark_boxplot(extent="min-max").encode(
        x=alt.X("score:Q", title="Satz-Score (0–100)", scale=alt.Scale(domain=[0, 100])),
        y=alt.Y("group:N", title=None),
        color=alt.Color("group:N", legend=None),
    )
    st.altair_chart(chart.properties(height=40 * frame["group"].nunique() + 30),
                    width="stretch")


def _differences(report) -> None:  # type: ignore[no-untyped-def]
    if not report["differences"]:
        return
    rows = difference_rows(report, categories=st.toggle("auch je Kategorie",
                                                        key="cmp_diff_categories"))
    frame = pd.DataFrame([{
        "A": r["a"], "B": r["b"], "Kennzahl": _metric_de(r["metric"]),
        "Wert A": _metric_num(r["metric"], r["value_a"]),
        "Wert B": _metric_num(r["metric"], r["value_b"]),
        "Differenz A − B": _metric_num(r["metric"], r["difference"]),
        "95-%-Intervall": "–" if r["ci95_low"] is None else
        f"{_metric_num(r['metric'], r['ci95_low'])} – {_metric_num(r['metric'], r['ci95_high'])}",
        "Intervall ohne 0": "–" if r["excludes_zero"] is None else
        ("ja" if r["excludes_zero"] else "nein"),
        "Cohens d": de_num(r["cohens_d"], 2), "Effekt": r["effect"] or "–",
    } for r in rows])
    st.dataframe(frame, hide_index=True, key="cmp_table_differences")
    st.caption("Intervalle: Bootstrap über Dokumente (2.000 Wiederholungen, fester Seed). Bei "
               "wenigen Dokumenten je Medium sind sie breit; bei vielen Vergleichen ist auch "
               "zufällig mal einer auffällig.")


def _metric_de(metric: str) -> str:
    if metric in METRIC_DE:
        return METRIC_DE[metric]
    key = metric.removesuffix("_per_1000")
    return f"{CATEGORIES[key].label} je 1.000 Wörter" if key in CATEGORIES else metric


def _metric_num(metric: str, value: float | None) -> str:
    if metric == "share_judging":
        return "–" if value is None else f"{de_num(100 * value, 1)} %"
    return de_num(value, 1)


def _stories(report, records) -> None:  # type: ignore[no-untyped-def]
    stories = report["stories"]
    if not stories:
        st.caption("Keine Story-Kennungen im Korpus – für den Seitenvergleich im Feld „story“ "
                   "dieselbe Kennung vergeben.")
        return
    names = [s["story"] for s in stories]
    choice = st.selectbox("Story", names, key="cmp_story_choice",
                          format_func=lambda n: next(
                              f"{n} – {s['title']}" if s.get("title") else n
                              for s in stories if s["story"] == n))
    story = next(s for s in stories if s["story"] == choice)
    by_id = {r["id"]: r for r in records}
    counts: dict[str, int] = {}
    for v in story["versions"]:
        for f in v["findings"]:
            counts[f["category"]] = counts.get(f["category"], 0) + 1
    if counts:  # legend only for the categories present, with counts
        st.html(render_legend_html(counts, [k for k in CATEGORY_KEYS if k in counts]))
    cols = st.columns(max(1, min(len(story["versions"]), 4)))
    for i, v in enumerate(story["versions"]):
        with cols[i % len(cols)]:
            st.markdown(f"**{v['outlet']}**")
            if v.get("title"):
                st.caption(v["title"])
            st.metric("Score", f"{v['score']:.0f}")
            st.caption(f"{de_num(v['findings_per_1000_words'])} Funde je 1.000 Wörter · "
                       f"{de_num(v['words'], 0)} Wörter")
            rec = by_id.get(v["id"])
            if rec is not None:
                st.html(render_html(result_from_record(rec)))
    _entities(story["entities"])


def _entities(entities) -> None:  # type: ignore[no-untyped-def]
    if not entities:
        st.caption("Keine Bezeichnungen für Personen oder Organisationen gefunden.")
        return
    outlets = sorted({g for e in entities for g in e["groups"]})
    rows = []
    for e in map(_org_name, entities):
        row = {"Name": e["entity"], "Nennungen": e["mentions"]}
        for o in outlets:
            info = e["groups"].get(o)
            if info is None:
                row[o] = "—"
            else:
                row[o] = "; ".join(
                    ("⚠ " if lab["loaded"] else "") + lab["label"]
                    + (f" ×{lab['count']}" if lab["count"] > 1 else "")
                    for lab in info["labels"]) or "nur Name"
        rows.append(row)
    frame = pd.DataFrame(rows).groupby("Name", sort=False, as_index=True).first()
    st.table(frame)  # a static table: long labels wrap
    st.caption("Wortwahl: Bezeichnungen vor dem Namen („Machthaber Lukaschenko“), Appositionen "
               "(„Lukaschenko, der letzte Diktator Europas“) und Adjektive. ⚠ = die Bezeichnung "
               "enthält einen wertenden Fund.")


def _org_name(entity: dict) -> dict:
    """"Austria" whose only label is "Statistik" is the organisation "Statistik Austria"."""
    labels = {lab["label"] for g in entity["groups"].values() for lab in g["labels"]}
    if len(labels) != 1 or next(iter(labels)) not in ORG_HEADS:
        return entity
    head = next(iter(labels))
    groups = {o: {**g, "labels": []} for o, g in entity["groups"].items()}
    return {**entity, "entity": f"{head} {entity['entity']}", "groups": groups}


def _results() -> None:
    records = ss.get("cmp_records") or []
    for w in ss.get("cmp_issues") or []:
        st.warning(w)
    if not records:
        return
    by = ss.get("cmp_by", "outlet")
    report = ss.get("cmp_report")
    if report is None or report["by"] != by:
        report = build_report(records, by=by, issues=ss.get("cmp_issues") or [])
        ss.cmp_report = report
    by = report["by"]
    st.subheader(f"Überblick je {GROUP_DE[by]}")
    st.caption(f"{len(report['documents'])} Dokumente · {len(report['outlets'])} Gruppen")
    _overview(report)
    st.subheader("Kategorien je 1.000 Wörter")
    _categories(report)
    st.subheader("Verteilung der Satz-Scores")
    _scores(report, records)
    st.subheader("Unterschiede")
    _differences(report)
    st.subheader("Gleiche Geschichte, verschiedene Fassungen")
    _stories(report, records)
    st.subheader("Wortwahl für Personen und Organisationen")
    _entities(report["entities"][:60])
    c1, c2, c3 = st.columns(3)
    c1.download_button("Bericht (JSON)", json.dumps(report, ensure_ascii=False, indent=2),
                       file_name="vergleich.json", mime="application/json", key="cmp_dl_json")
    c2.download_button("Tabelle (CSV)", report_csv(report), file_name="vergleich.csv",
                       mime="text/csv", key="cmp_dl_csv")
    c3.download_button("Bericht (HTML)", render_compare_html(report, records),
                       file_name="vergleich.html", mime="text/html", key="cmp_dl_html")


ss.setdefault("cmp_n", 3)
ss.setdefault("cmp_workers", 1)
ss.setdefault("cmp_archive_path", str(default_path()))
st.title("Medien vergleichen")
st.caption("Wer bezeichnet wen wie, wer wertet, wer beruft sich auf ungenannte Quellen – und "
           "sind die Unterschiede echt oder Zufall?")
source = st.radio("Quelle", ["Texte einfügen", "Korpus hochladen", "Aus dem Archiv"],
                  key="cmp_source", horizontal=True)
with st.expander("Optionen"):
    st.selectbox("Gruppieren nach", list(GROUP_DE), format_func=GROUP_DE.get, key="cmp_by")
    st.number_input("Prozesse", min_value=1, max_value=16, key="cmp_workers",
                    help="Für große Korpora mehr Prozesse; für wenige Texte ist 1 am schnellsten.")
    st.checkbox("Analysen im Archiv speichern", key="cmp_store")
    if ss.get("cmp_store") and source != "Aus dem Archiv":
        st.text_input("Archivdatei", key="cmp_archive_path")
if source == "Texte einfügen":
    _input_paste()
elif source == "Korpus hochladen":
    _input_upload()
else:
    _input_archive()
_results()
