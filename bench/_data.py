"""Loaders for the shared benchmark data (not shipped: CC BY-NC-SA 4.0)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The read-only shared material: $TONLAGE_SHARED, else ../shared beside the checkout."""
    for c in (os.environ.get("TONLAGE_SHARED"), REPO.parent / "shared"):
        if c and (Path(c) / "data").is_dir():
            return Path(c)
    raise SystemExit("error: shared research data not found; set TONLAGE_SHARED to the shared "
                     "folder (with data/checkthat_de, data/news) or put it at ../shared beside "
                     "the checkout")


SHARED = shared_dir()


def derstandard_articles(limit: int | None = None) -> list[str]:
    path = SHARED / "data" / "news" / "10kgnad_derstandard_1028.csv"
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]
    return rows[:limit] if limit else rows


def checkthat_rows(splits: tuple[str, ...] = ("train", "dev", "dev_test", "test2024")
                   ) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for split in splits:
        with open(SHARED / "data" / "checkthat_de" / f"{split}.tsv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                row["split"] = split
                rows.append(row)
    return rows
