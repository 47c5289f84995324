"""Does a finding's context predict whether it is right better than its entry's precision alone?

    python research/calibration_context.py [--c 1.0]

Issue 9, item 3: a finding's weight is 0.7 × the estimated precision q of its rule/entry
(``analyzer/calibration.py``), whatever its context. ``analyzer/reliability.py`` defines a few
context features the engine knows at finding time and a logistic regression
p = sigmoid(b0 + a · logit(q) + Σ b_k · x_k). This script measures whether p beats q on
unseen copy, refitting BOTH the calibration and the model without the held-out part:

* leave one document out (as ``bench_precision --cv``), and
* leave one judging round (subset) out: calibration and model from the other subsets, tested on
  this one — the closest to the held-out copy the project is checked on.

The model's input q must look like q on unseen copy, so inside each training set q comes from
the training set's own grouped 10-fold (by document) out-of-fold calibration; the test findings
get q from the calibration of the whole training set. Printed per scheme and per round, for
the entry-level estimate q, for q recalibrated alone (the same regression without context
features: how much is mere recalibration) and for the context model p: Brier score, log-loss
and what an editor would see — findings at weight >= 0.4 and how many are right, right findings
under 0.4 and under the floor. ``--without F1,F2`` zeroes features (ablation).

Result on 2026-11-30 (989 judged findings): see bench/precision/README.md; the model was not
shipped (the engine does not read any coefficients), because its gain over q is mostly a
recalibration and it is worse than q on every Der Standard round judged blind since round 3.
Needs $TONLAGE_SHARED or ../shared.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer import calibration as C
from analyzer import reliability as R
from analyzer.results import Finding
from analyzer.text import segment
from bench import bench_precision as B

STRONG = 0.4
C_REGULARIZATION = 1.0  # sklearn's inverse L2 strength; features are mostly 0/1
INNER_FOLDS = 10  # grouped by document, for the training set's out-of-fold q


@dataclass(frozen=True)
class Row:
    """One judged author-voice finding (stripped-quote artifacts left out)."""

    source: str
    subset: str
    finding: Finding
    prior: float  # the uncalibrated lexicon / rule / model weight
    record: dict  # for calibration.build
    x: tuple[float, ...]
    right: bool


Result = tuple[Row, float, float, float]  # row, q, q recalibrated, p


def judged_rows() -> list[Row]:
    docs = B.documents()
    verdicts = B.load_all_verdicts()
    signals: dict[str, tuple] = {}
    rows = []
    for it in B.collect(docs):
        v = verdicts.get(it.key)
        if v is None or B._is_artifact(v):
            continue
        doc = it.doc
        if doc.source not in signals:
            sents = segment(doc.text).sentences
            signals[doc.source] = (sents, R.document_signals(doc.text, sents))
        sents, sig = signals[doc.source]
        f = it.finding
        sent = next((s for s in sents if s.start <= f.start < s.end), sents[-1])
        rows.append(Row(doc.source, doc.subset, f, it.prior, B._record(it, verdicts),
                        R.features(doc.text, sent, sig, f), v["verdict"] == "right"))
    return rows


def entry_q(cal: C.Calibration, row: Row) -> float:
    """The estimated precision behind the pipeline's base weight (learned words capped)."""
    base = cal.weight(row.finding.id, row.finding.category, row.prior)
    if C.kind_of(row.finding.id) in C._SEPARATE_KINDS:
        base = min(base, row.prior)
    return base / C.SCALE


def oof_q(rows: Sequence[Row], folds: int = INNER_FOLDS) -> list[float]:
    """q of each row from a calibration that did not see the row's document."""
    docs = sorted({r.source for r in rows})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    out = [0.0] * len(rows)
    for k in range(folds):
        cal = C.Calibration.from_dict(C.build([r.record for r in rows
                                               if fold_of[r.source] != k]))
        for i, r in enumerate(rows):
            if fold_of[r.source] == k:
                out[i] = entry_q(cal, r)
    return out


def evaluate(rows: Sequence[Row], group: Callable[[Row], str],
             c: float = C_REGULARIZATION) -> list[Result]:
    """(row, q, q recalibrated, p) for every row, fitted without the row's group."""
    out = []
    zeros = tuple(0.0 for _ in R.FEATURES)
    for g in sorted({group(r) for r in rows}):
        train = [r for r in rows if group(r) != g]
        cal = C.Calibration.from_dict(C.build([r.record for r in train]))
        q_train = oof_q(train)
        right = [r.right for r in train]
        model = R.fit(q_train, [r.x for r in train], right, c)
        platt = R.fit(q_train, [zeros] * len(train), right, c)
        for r in rows:
            if group(r) == g:
                q = entry_q(cal, r)
                out.append((r, q, platt.probability(q, zeros), model.probability(q, r.x)))
    return out


def _weights(row: Row, q: float) -> tuple[float, float]:
    """(base weight, shown weight) for an estimated precision, as the pipeline computes them."""
    base = C._clip(C.SCALE * q)
    if C.kind_of(row.finding.id) in C._SEPARATE_KINDS:
        base = min(base, row.prior)
    f = row.finding
    factor = f.weight / f.base_weight if f.base_weight > 0 else 0.0
    return base, base * factor


def scores(results: Sequence[Result], k: int) -> tuple[float, float]:
    n = len(results)
    brier = sum((r[k] - r[0].right) ** 2 for r in results) / n
    ll = -sum(math.log(max(1e-6, r[k] if r[0].right else 1 - r[k])) for r in results) / n
    return brier, ll


def summary(label: str, results: Sequence[Result]) -> None:
    if not results:
        return
    print(f"\n== {label} ({len(results)} judged findings, "
          f"{sum(r[0].right for r in results)} right)")
    for name, k in (("entry-level q", 1), ("q recalibrated", 2), ("context model p", 3)):
        brier, ll = scores(results, k)
        strong = strong_right = hidden = hidden_right = low_right = 0
        bands: dict[str, list[bool]] = defaultdict(list)
        for r in results:
            base, w = _weights(r[0], r[k])
            if base < C.FLOOR:
                hidden += 1
                hidden_right += r[0].right
                continue
            bands[f"{min(int(w * 10) / 10, 0.6):.1f}"].append(r[0].right)
            if w >= STRONG:
                strong += 1
                strong_right += r[0].right
            else:
                low_right += r[0].right
        print(f"  {name:<16} Brier {brier:.4f}  log-loss {ll:.4f} | weight >= {STRONG}: "
              f"{strong_right / max(1, strong):.1%} ({strong_right} / {strong}); right under "
              f"{STRONG} {low_right}; hidden by the floor {hidden} ({hidden_right} right)")
        print("    bands: " + "  ".join(f"{b}: {sum(v) / len(v):.0%} ({sum(v)}/{len(v)})"
                                         for b, v in sorted(bands.items())))


def run(rows: Sequence[Row], c: float = C_REGULARIZATION) -> None:
    model = R.fit(oof_q(rows), [r.x for r in rows], [r.right for r in rows], c)
    print(f"coefficients on all verdicts: intercept {model.intercept:+.3f}, logit_precision "
          f"{model.precision_coef:+.3f}")
    for i, (f, b) in enumerate(zip(R.FEATURES, model.coefs, strict=True)):
        share = sum(1 for r in rows if r.x[i]) / len(rows)
        print(f"  {f:<20} {b:+.3f}   (non-zero on {share:.0%})")
    summary("leave-one-document-out", evaluate(rows, lambda r: r.source, c))
    by_round = evaluate(rows, lambda r: r.subset, c)
    summary("leave-one-round-out, pooled", by_round)
    summary("leave-one-round-out, without the scare-quote-only subsets",
            [r for r in by_round if not r[0].subset.endswith("quotes")])
    print("\nper round, fitted without it: Brier of q / q recalibrated / p (lower is better)")
    for sub in sorted({r.subset for r in rows}):
        res = [r for r in by_round if r[0].subset == sub]
        b = [scores(res, k)[0] for k in (1, 2, 3)]
        print(f"  {sub:<20} {len(res):>4}   {b[0]:.4f} / {b[1]:.4f} / {b[2]:.4f}"
              + ("   p better" if b[2] < b[0] else ""))
    for sub in ("derstandard-r8", "desk2"):
        summary(f"round {sub} (fitted without it)", [r for r in by_round if r[0].subset == sub])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=C_REGULARIZATION,
                        help="inverse L2 strength of the logistic regression")
    parser.add_argument("--without", default="",
                        help="comma-separated features to zero (ablation)")
    args = parser.parse_args(argv)
    drop = {f for f in args.without.split(",") if f}
    if drop - set(R.FEATURES):
        raise SystemExit(f"error: unknown features {sorted(drop - set(R.FEATURES))}; "
                         f"known: {', '.join(R.FEATURES)}")
    rows = judged_rows()
    if drop:
        keep = [f not in drop for f in R.FEATURES]
        rows = [Row(r.source, r.subset, r.finding, r.prior, r.record,
                    tuple(v if k else 0.0 for v, k in zip(r.x, keep, strict=True)), r.right)
                for r in rows]
    run(rows, args.c)


if __name__ == "__main__":
    main()
