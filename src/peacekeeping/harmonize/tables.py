"""Reading the reviewed CSV tables shipped in harmonize/data/."""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib import resources

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a shipped table, e.g. read_table('countries.csv')."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def normalize(name: str) -> str:
    """Fold case, accents, apostrophes, punctuation and spacing: the key names are matched on."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _APOSTROPHES.sub("", folded)
    return " ".join(_NON_ALNUM.sub(" ", folded).split())
