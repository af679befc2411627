"""The interface's words in Spanish and French, by their English text: the reviewed table web/messages.csv.

A text counting something ({n}) may have two forms in a cell, "one|other" ("{n} efectivo|{n} efectivos"): the page
picks one by the language's CLDR plural rule. English forms for one go in the column en_one when they differ."""

from __future__ import annotations

import csv
from pathlib import Path

TABLE = Path(__file__).with_name("messages.csv")


def _load() -> dict[str, dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return {
            row["en"]: {
                "es": row["es"],
                "fr": row["fr"],
                "en": f"{row['en_one']}|{row['en']}" if row.get("en_one") else row["en"],
            }
            for row in csv.DictReader(fh)
        }


MESSAGES: dict[str, dict[str, str]] = _load()
