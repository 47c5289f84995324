"""Does the transfer to unseen copy carry forward in time? (analyzer/calibration.py, "Transfer")

    python research/transfer_check.py

For each engine judged blind from the fifth on (bench/precision/blind_weights.jsonl, made by
research/blind_rows.py), the transfer is fitted on the blind verdicts of the engines before it
only, then applied to the weights that engine reported; printed: the share right at weight >= 0.4,
>= 0.5 and >= 0.6, before (the weights as reported) and after, summed over those engines.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer import calibration
from bench.bench_precision import load_blind_rows
from research.blind_rows import JUDGED_BLIND


def main() -> None:
    rows = [x for x in load_blind_rows() if x["base_weight"] >= calibration.FLOOR]
    order = list(dict.fromkeys(commit for _, _, commit, *_ in JUDGED_BLIND))
    tally: Counter[str] = Counter()
    for i, engine in enumerate(order[4:], 4):
        train = [x for x in rows if x["engine"] in order[:i]]
        test = [x for x in rows if x["engine"] == engine]
        spec, records = calibration.build_transfer(train)
        t = calibration.Transfer.from_dict({**spec, "records": records})
        for x in test:
            factor = x["weight"] / x["base_weight"]
            q = min(calibration.HIGHEST, max(calibration.LOWEST, x["base_weight"] / calibration.SCALE))
            after = calibration.SCALE * t.precision(x["id"], x["category"], q) * factor
            for name, w in (("before", x["weight"]), ("after", after)):
                for cut in (0.4, 0.5, 0.6):
                    if w >= cut:
                        tally[f"{name} {cut}"] += 1
                        tally[f"{name} {cut} right"] += bool(x["right"])
    print(f"{len(order) - 4} engines, each with a transfer fitted on the engines before it")
    for cut in (0.4, 0.5, 0.6):
        cells = []
        for name in ("before", "after"):
            n, r = tally[f"{name} {cut}"], tally[f"{name} {cut} right"]
            cells.append(f"{name} {r}/{n} = {100 * r / n if n else 0:.1f} %")
        print(f"weight >= {cut}: " + ";  ".join(cells))


if __name__ == "__main__":
    main()
