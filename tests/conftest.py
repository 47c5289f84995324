"""Shared fixtures: the real seed article and CheckThat! sentences from ../shared."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    """The read-only shared material: $TONLAGE_SHARED, ../shared beside the checkout, /work/shared."""
    candidates = [os.environ.get("TONLAGE_SHARED"), REPO.parent / "shared", "/work/shared"]
    for c in candidates:
        if c and (Path(c) / "data").is_dir():
            return Path(c)
    return REPO.parent / "shared"


SHARED = _shared_dir()
SEED_PATH = REPO / "examples" / "seed_article_de.txt"  # shipped as the app's sample text
CHECKTHAT_DE = SHARED / "data" / "checkthat_de"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def checkthat_rows(split: str) -> list[dict[str, str]]:
    path = CHECKTHAT_DE / f"{split}.tsv"
    if not path.exists():
        pytest.skip(f"CheckThat! data not found at {path} (set TONLAGE_SHARED)")
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
