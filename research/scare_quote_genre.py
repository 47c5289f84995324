"""Can a document-genre signal make scare quotes reliable enough to show at weight 0.4 (issue 9)?

    python research/scare_quote_genre.py       # about 2 minutes, 2 cores; prints tables only

Scare quotes are the one category whose findings are shown only in the uncertain band: on copy
judged blind they were right in commentaries and glosses, hardly ever in reports. This script
takes every scare-quote candidate the current engine makes on the judged documents
(``classifier=None``, uncalibrated, so nothing is hidden), pairs it with its verdict where it
has one, and asks two questions:

1. How right are the candidates under a document gate the engine can compute (density of the
   author's other judging findings at weight >= 0.4, share of the text inside quotation marks,
   exclamation marks outside quotes), by the genre the file name gives (for the table only)?
2. Does a logistic regression on document and quote features (cue words before and after the
   quote, a name-like quoted term, a verb of saying in the sentence, the rule variant) do
   better, with whole desks held out (10 grouped folds)?

Nothing here ships; the figures went into the closing note and bench/precision/README.md.
Prints figures and no text: the Der Standard and SemEval articles are not ours to redistribute.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analyzer.pipeline import Analyzer  # noqa: E402
from bench import bench_precision as B  # noqa: E402

QUOTE = re.compile(r"„[^“”]{0,400}[“”]|\"[^\"]{0,400}\"|»[^«]{0,400}«")
SPEECH = re.compile(r"\b(sagte|sagt|erklärte|betonte|meinte|so\s+[A-ZÄÖÜ]|laut|heißt es|hieß es|"
                    r"sprach|spricht|nannte|nennt|kritisierte|warnte|teilte)\b")
BEFORE = re.compile(r"(sogenannt\w*|so genannt\w*|angeblich\w*|vermeintlich\w*|vielgepriesen\w*|"
                    r"selbst ?ernannt\w*|gefeiert\w*|hochtrabend\w*|wohlklingend\w*)\s*$", re.I)
AFTER = re.compile(r"^\W{0,3}.{0,80}?\b(verkauft|in Wahrheit|[Aa]ls ob|wenn man das so nennen|"
                   r"Fehlanzeige|[Vv]on wegen)", re.S)
TITLE = re.compile(r"(Gesetz|Satzung|Plan|Programm|Verordnung|Initiative|Tisch|Bündnis|Bericht|"
                   r"Studie|Aktion|Kampagne|Festival|Preis|Verein)\b")
GENRES = (("opinion", ("kommentar", "glosse", "kolumne", "leitartikel", "essay")),
          ("review", ("kritik",)), ("tabloid", ("boulevard",)), ("semeval", ("semeval",)),
          ("derstandard", ("derstandard",)))
VARIANTS = ("", "_term", "_bare", "_phrase", "_pointed", "_named", "_sourced")


def genre(source: str) -> str:
    s = source.lower()
    return next((g for g, keys in GENRES if any(k in s for k in keys)), "report/other")


def candidates() -> list[dict]:
    verdicts = B.load_all_verdicts()
    docs: dict[str, str] = {}
    for d in [*B.documents(), *B.semeval_quote_docs()]:
        docs.setdefault(d.source, d.text)
    cal = Analyzer(classifier=None, min_weight=0)
    raw = Analyzer(classifier=None, calibrate=False, min_weight=0)
    rows = []
    for source, text in docs.items():
        r_raw = raw.analyze(text, subjectivity=False)
        sq = [f for f in r_raw.findings if f.category == "scare_quote" and f.voice == "author"]
        if not sq:
            continue
        r_cal = cal.analyze(text, subjectivity=False)
        words = max(1, sum(s.words for s in r_raw.sentences))
        sents = max(1, len(r_raw.sentences))
        judging = [f for f in r_cal.findings if f.voice == "author" and f.weight >= 0.4
                   and f.category not in ("appeal", "scare_quote")]
        outside = QUOTE.sub(" ", text)
        doc = {"dens": 1000 * len(judging) / words,
               "qshare": sum(m.end() - m.start() for m in QUOTE.finditer(text)) / len(text),
               "excl": outside.count("!") / sents, "speech": len(SPEECH.findall(outside)) / sents,
               "nsq": len(sq)}
        for f in sq:
            sent = next(s for s in r_raw.sentences if s.start <= f.start < s.end)
            inner = f.text.strip("„“”\"»«‚‘ ,.:;")
            v = verdicts.get(B.span_key(source, text, f.start, f.end, f.category))
            rows.append({
                "source": source, "genre": genre(source), "id": f.id,
                "right": None if v is None else v["verdict"] == "right",
                **doc, "qwords": min(6, len(inner.split())),
                "before": bool(BEFORE.search(text[max(0, f.start - 40):f.start])),
                "after": bool(AFTER.search(text[f.end:f.end + 120])),
                "title": bool(TITLE.search(inner)),
                "sent_speech": bool(SPEECH.search(QUOTE.sub(" ", sent.text))),
                "same": min(3, sum(1 for g in judging if sent.start <= g.start < sent.end))})
    return rows


def _pct(c: Counter) -> str:
    n = c[True] + c[False]
    return f"{c[True]:>3}/{n:<3} {100 * c[True] / n:5.1f} %" if n else "   –"


def gate_table(rows: list[dict]) -> None:
    print("\n1. Judged candidates by genre (file name) and engine variant")
    by = defaultdict(Counter)
    for r in rows:
        by[(r["genre"], r["id"])][r["right"]] += 1
    for (g, i), c in sorted(by.items()):
        print(f"   {g:<13} {i:<28} {_pct(c)}   unjudged {c[None]}")
    print("\n   Document gates (density >= D, quoted share < Q, exclamations/sentence < E):"
          " right among judged, newsroom texts | SemEval; best ten by newsroom precision")
    out = []
    for d, q, e in itertools.product((8, 12, 16, 20, 25), (0.08, 0.12, 0.16, 0.2, 1.0),
                                     (0.03, 0.05, 0.1, 1.0)):
        desk, sem = Counter(), Counter()
        for r in rows:
            if r["right"] is not None and r["dens"] >= d and r["qshare"] < q and r["excl"] < e:
                (sem if r["genre"] == "semeval" else desk)[r["right"]] += 1
        out.append((desk[True] / max(1, desk[True] + desk[False]), d, q, e, desk, sem))
    for _, d, q, e, desk, sem in sorted(out, key=lambda x: -x[0])[:10]:
        print(f"   D={d:<3} Q={q:<5} E={e:<5} {_pct(desk)} | {_pct(sem)}")


def model_table(rows: list[dict]) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    judged = [r for r in rows if r["right"] is not None]
    keys = ("dens", "qshare", "excl", "speech", "nsq", "qwords", "before", "after", "title",
            "sent_speech", "same")

    def vec(r: dict) -> list[float]:
        v = [float(r[k]) for k in keys]
        v[0], v[4] = np.log1p(v[0]), np.log1p(v[4])
        return v + [float(r["id"] == "rule.scare_quote" + x) for x in VARIANTS]

    x = np.array([vec(r) for r in judged])
    y = np.array([r["right"] for r in judged], dtype=int)
    groups = np.array([r["source"].split(":")[0] if r["genre"] != "semeval"
                       else f"semeval{sum(map(ord, r['source'])) % 5}" for r in judged])
    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=10).split(x, y, groups):
        p[te] = LogisticRegression(max_iter=2000).fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
    sem = np.array([r["genre"] == "semeval" for r in judged])
    print("\n2. Logistic regression, desks held out: right among candidates at p >= t")
    for name, mask in (("newsroom texts", ~sem), ("SemEval", sem)):
        for t in (0.5, 0.57, 0.65, 0.75):
            sel = mask & (p >= t)
            share = f"{100 * y[sel].mean():5.1f} %" if sel.any() else "   –"
            print(f"   {name:<15} t={t:<5} {sel.sum():>3} of {mask.sum():<3} {share}")


def main() -> None:
    rows = candidates()
    judged = sum(r["right"] is not None for r in rows)
    print(f"{len(rows)} scare-quote candidates of the current engine, {judged} with a verdict")
    gate_table(rows)
    model_table(rows)


if __name__ == "__main__":
    main()
