"""Cell values as the Data Hub's files print them, shared by the readers and the reviewed tables that correct them."""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def parse_text(text: str) -> str | None:
    """A printed text cell: surrounding spaces dropped, blank -> None."""
    return text.strip() or None


def parse_active(text: str) -> bool:
    """'Yes' / 'No' in any case -> bool."""
    value = text.strip().casefold()
    if value not in ("yes", "no"):
        raise ValueError(f"expected Yes or No, got {text!r}")
    return value == "yes"


def parse_date(text: str) -> dt.date | None:
    """An ISO date 'YYYY-MM-DD', blank -> None."""
    value = text.strip()
    if not value:
        return None
    if not _DATE.fullmatch(value):
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"no such date {text!r}") from None


def parse_coordinate(text: str) -> float | None:
    """A decimal number with a comma or point as decimal mark ('15,9833'), blank -> None."""
    value = text.strip()
    if not value:
        return None
    if not _NUMBER.fullmatch(value):
        raise ValueError(f"expected a decimal number, got {text!r}")
    return float(value.replace(",", "."))
