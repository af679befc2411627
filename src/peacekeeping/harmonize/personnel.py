"""Personnel types: printed labels mapped to the five current categories (personnel_types.csv)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from ..dates import month_of
from ..errors import PeacekeepingError, quoted
from .tables import normalize, read_table

CATEGORIES = ("Troops", "Staff Officer", "Experts on Mission", "Formed Police Units", "Individual Police")


class UnknownPersonnelType(PeacekeepingError):
    """A printed personnel type that the reviewed table does not map."""


@cache
def _labels() -> dict[str, str]:
    table = {normalize(r["label"]): r["category"] for r in read_table("personnel_types.csv")}
    wrong = sorted(set(table.values()) - set(CATEGORIES))
    if wrong:
        raise PeacekeepingError(f"personnel_types.csv maps to unknown categories: {wrong}")
    return table


def category(label: str) -> str:
    """The current category of a printed personnel type label."""
    try:
        return _labels()[normalize(label)]
    except KeyError:
        raise UnknownPersonnelType(
            f"unknown personnel type {quoted(label)}: not a personnel type we know yet (please report it)"
        ) from None


def not_reported(as_of: dt.date) -> dict[str, str]:
    """Categories not reported separately in the month of `as_of`, with the reason."""
    month = month_of(as_of)
    return {
        r["category"]: r["note"]
        for r in read_table("personnel_eras.csv")
        if r["first_month"] <= month <= r["last_month"]
    }
