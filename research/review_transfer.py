"""Should the transfer to unseen copy know that a document is a review (issue 9)?

    python research/review_transfer.py     # about 2 minutes, 2 cores; prints tables only

On text judged blind, some categories are right less often in reviews of films, plays, books
and concerts (loaded words that describe the plot or the music, characters' speech verbs,
labels for characters) and others more often (praise, the critic's stance). This script marks
each judged document with the engine's own review test (``voice.fiction_review``), splits the
blind rows of ``bench/precision/blind_weights.jsonl`` by it, and asks whether a review term, or
a review × category term, added to the transfer's logistic regression predicts held-out
subsets better (20 folds grouped by subset; log-loss and precision at the reported weights).

Thirty-seventh session: the split is real (loaded_language 68 % right in reviews against 81 %,
labeling 36 % against 75 %), but the per-entry blind records already carry it: log-loss 0.4359 →
0.4345, precision at weight ≥ 0.4 84.0 % in all three designs. Nothing here ships.
Prints figures and no text: the Der Standard and SemEval articles are not ours to redistribute.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analyzer import calibration as C
from analyzer.text import segment
from analyzer.voice import fiction_review
from bench import bench_precision as B

BLIND = Path(__file__).resolve().parents[1] / "bench" / "precision" / "blind_weights.jsonl"


def _kind(row: dict) -> str:
    return "context" if row["id"].startswith("context.") else row["category"]


def main() -> None:
    blind = [json.loads(x) for x in BLIND.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    docs = {d.source: d for d in B.documents()}
    flags = {s: fiction_review(segment(docs[s].text).sentences)
             for s in {r["source"] for r in blind} if s in docs}
    split: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for r in blind:
        if r["source"] in flags:
            split[(_kind(r), flags[r["source"]])][bool(r["right"])] += 1
    print(f"{sum(flags.values())} of {len(flags)} judged documents read as reviews")
    print(f"{'category':18s} {'other docs':>16s} {'reviews':>16s}")
    for kind in sorted({k for k, _ in split}):
        cells = []
        for flag in (False, True):
            wrong, right = split[(kind, flag)]
            n = wrong + right
            cells.append(f"{right / n:6.1%} of {n:5d}" if n else f"{'–':>16s}")
        print(f"{kind:18s} {cells[0]:>16s} {cells[1]:>16s}")

    d = C.transfer_design(blind)
    x, y = np.array(d.features), np.array(d.labels)
    rows = [blind[i] for i in d.order]
    groups = np.array([r["subset"] for r in rows])
    review = np.array([1.0 if flags.get(r["source"]) else 0.0 for r in rows])
    kinds = sorted({_kind(r) for r in rows})
    designs = {
        "transfer as shipped": x,
        "+ review": np.column_stack([x, review]),
        "+ review × category": np.column_stack(
            [x] + [review * np.array([float(_kind(r) == k) for r in rows]) for k in kinds]),
    }
    print(f"\n{'design':22s} {'log-loss':>8s}  precision at weight ≥ 0.3 / 0.4 / 0.5 (findings)")
    for name, m in designs.items():
        p = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=20).split(m, y, groups):
            fit = LogisticRegression(C=C.TRANSFER_C, max_iter=5000).fit(m[train], y[train])
            p[test] = fit.predict_proba(m[test])[:, 1]
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        w = C.SCALE * p
        cells = "  ".join(f"{y[w >= t].mean():.1%} ({int((w >= t).sum())})" for t in (0.3, 0.4, 0.5))
        print(f"{name:22s} {loss:8.4f}  {cells}")


if __name__ == "__main__":
    main()
