"""Mission acronyms as printed, normalized through mission_aliases.csv."""

from __future__ import annotations

import re
from functools import cache

from ..errors import PeacekeepingError
from .tables import read_table

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{2,11}$")


class UnknownMission(PeacekeepingError):
    """A printed mission that is neither an acronym nor a reviewed alias."""


@cache
def _aliases() -> dict[str, str]:
    return {r["printed"].strip().upper(): r["acronym"] for r in read_table("mission_aliases.csv")}


def acronym(printed: str) -> str:
    """The normalized acronym of a printed mission name ('Minusca ' -> 'MINUSCA')."""
    key = " ".join(printed.split()).upper()
    if key in _aliases():
        return _aliases()[key]
    if _ACRONYM.match(key):
        return key
    raise UnknownMission(f"unknown mission {printed!r} (add it to harmonize/data/mission_aliases.csv)")
