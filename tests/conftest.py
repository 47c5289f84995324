"""Shared fixtures: the real seed article and CheckThat! sentences from ../shared."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("TONLAGE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEED_PATH = SHARED / "examples" / "seed_article_de.txt"
CHECKTHAT_DE = SHARED / "data" / "checkthat_de"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_PATH.exists():
        pytest.skip(f"seed article not found at {SEED_PATH}")
    return SEED_PATH.read_text(encoding="utf-8")


def checkthat_rows(split: str) -> list[dict[str, str]]:
    with open(CHECKTHAT_DE / f"{split}.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
