"""The interface's words in Spanish and French, by their English text: the reviewed table web/messages.csv."""

from __future__ import annotations

import csv
from pathlib import Path

TABLE = Path(__file__).with_name("messages.csv")


def _load() -> dict[str, dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return {row["en"]: {"es": row["es"], "fr": row["fr"]} for row in csv.DictReader(fh)}


MESSAGES: dict[str, dict[str, str]] = _load()
