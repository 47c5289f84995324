"""Which pseudo-counts make the calibration's precision estimates most reliable on unseen documents?

    python research/calibration_k.py

For each (K_CATEGORY, K_GROUP, K_ID) in a small grid, and for the shipped pseudo-counts with the
lexicon weight's influence on the prior damped (prior = p_group · (weight / mean weight)^alpha;
shipped: alpha = 1): leave one document out, build the calibration
from the other documents' verdicts, estimate the precision of each of the left-out document's judged
findings (analyzer.calibration.Calibration.precision) and score the estimates against the verdicts
(Brier score and log-loss; lower is better). Prints one line per setting, best first. Uses the
judged mainstream precision set (bench/precision); needs $TONLAGE_SHARED or ../shared.
"""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer import calibration as C  # noqa: E402
from bench import bench_precision as B  # noqa: E402


def main() -> None:
    items = B.collect(B.documents())
    verdicts = B.load_all_verdicts()
    judged = [it for it in items if it.key in verdicts and not B._is_artifact(verdicts[it.key])]
    records = [(it.doc.source, B._record(it, verdicts)) for it in judged]
    sources = sorted({s for s, _ in records})
    rows = []
    shipped = (C.K_CATEGORY, C.K_GROUP, C.K_ID)
    settings = [(kc, kg, ki, 1.0) for kc, kg, ki in
                itertools.product((5.0, 10.0, 20.0), (5.0, 10.0, 20.0), (2.0, 4.0, 8.0))]
    settings += [(*shipped, alpha) for alpha in (0.0, 0.5, 1.5)]
    original_prior = C.Calibration.prior
    for kc, kg, ki, alpha in settings:
        C.K_CATEGORY, C.K_GROUP, C.K_ID = kc, kg, ki

        def prior(self, fid, cat, w, _alpha=alpha):  # type: ignore[no-untyped-def]
            return original_prior(self, fid, cat, w) if _alpha == 1.0 else _damped(
                self, fid, cat, w, _alpha)

        C.Calibration.prior = prior  # type: ignore[method-assign]
        brier = logloss = 0.0
        n = 0
        for src in sources:
            cal = C.Calibration.from_dict(C.build([r for s, r in records if s != src]))
            for s, r in records:
                if s != src:
                    continue
                q = cal.precision(r["id"], r["category"], r["lexicon_weight"])
                y = 1.0 if r["right"] else 0.0
                brier += (q - y) ** 2
                logloss -= math.log(q if y else 1 - q)
                n += 1
        rows.append((brier / n, logloss / n, kc, kg, ki, alpha))
    C.Calibration.prior = original_prior  # type: ignore[method-assign]
    for brier, logloss, kc, kg, ki, alpha in sorted(rows):
        print(f"K_CATEGORY {kc:4.0f}  K_GROUP {kg:4.0f}  K_ID {ki:3.0f}  alpha {alpha:.1f}   "
              f"Brier {brier:.4f}   log-loss {logloss:.4f}   (n = {n})")


def _damped(cal: C.Calibration, fid: str, cat: str, w: float, alpha: float) -> float:
    """The shipped prior with (w / mean)^alpha instead of w / mean."""
    kind = C.kind_of(fid)
    if kind in C._SEPARATE_KINDS:
        parent = cal.kinds.get(kind, (cal.global_precision, cal.global_mean_weight))
    else:
        parent = cal.categories.get(cat, (cal.global_precision, cal.global_mean_weight))
    p_g, mean_g = cal.groups.get(C.group_of(fid, cat), parent)
    if mean_g <= 0:
        return C._clip(p_g)
    return C._clip(p_g * (w / mean_g) ** alpha)


if __name__ == "__main__":
    main()
