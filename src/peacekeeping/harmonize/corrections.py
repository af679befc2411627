"""Reviewed decisions on figures the reports printed in error (harmonize/data/corrections.csv).

One row per decision, scoped to a report month and, optionally, a country, a mission and a personnel type (blank:
all). `field` is what the decision is about: `total` (people), `sex` (the number of women; men follow from the
total) or `country` (the row belongs to another country). `status`:

* `corrected`: the neighbouring months or another official source settle the figure: `corrected` holds it
  (the printed one is kept beside it, nothing is overwritten);
* `unreliable`: the printed figure is wrong and nothing settles it; `bound` says by how many people it may be off
  (for `sex`, every person of the rows it covers);
* `confirmed`: a flagged figure that was checked and is right as printed.

`note` is what a reader of the figure is told, `evidence` and `source` why and from which pages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from ..errors import ReviewError
from . import countries, personnel
from .tables import read_table

TABLE = "harmonize/data/corrections.csv"
FIELDS = ("total", "sex", "country")
STATUSES = ("corrected", "unreliable", "confirmed")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{2,11}")


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewed decision."""

    month: str
    iso3: str | None
    mission: str | None
    personnel_type: str | None
    field: str
    status: str
    printed: str
    corrected: str
    bound: int | None
    note: str
    evidence: str
    source: str
    line: int

    @property
    def moves_to(self) -> str | None:
        """For a corrected `country`, the ISO3 of the country the rows belong to."""
        return self.corrected if self.field == "country" and self.status == "corrected" else None


def _whole(where: str, name: str, text: str, blank: bool = True) -> int | None:
    if not text.strip() and blank:
        return None
    if not text.strip().isdigit():
        raise ReviewError(f"{where}: {name} {text!r} is not a whole number")
    return int(text)


def _check(r: Review, where: str) -> None:
    if not _MONTH.fullmatch(r.month):
        raise ReviewError(f"{where}: month {r.month!r} is not YYYY-MM")
    if r.field not in FIELDS or r.status not in STATUSES:
        raise ReviewError(f"{where}: field is one of {', '.join(FIELDS)} and status one of {', '.join(STATUSES)}")
    for iso3 in filter(None, (r.iso3, r.moves_to)):
        try:
            countries.by_iso3(iso3)
        except KeyError:
            raise ReviewError(f"{where}: unknown ISO3 {iso3!r}") from None
    if r.personnel_type is not None and r.personnel_type not in personnel.CATEGORIES:
        raise ReviewError(f"{where}: personnel_type {r.personnel_type!r} is not one of the five categories")
    if r.mission is not None and not _ACRONYM.fullmatch(r.mission):
        raise ReviewError(f"{where}: mission {r.mission!r} is not an acronym")
    if not r.evidence or not r.source:
        raise ReviewError(f"{where}: every decision needs its evidence and source")
    if r.status != "confirmed" and not r.note:
        raise ReviewError(f"{where}: a {r.status} figure needs a note for its readers")
    if r.field == "country":
        if r.status != "corrected" or r.iso3 is None or r.mission is None or r.personnel_type is None:
            raise ReviewError(f"{where}: a country correction moves one row (country, mission and type given)")
        if r.printed != r.iso3 or r.corrected == r.iso3:
            raise ReviewError(f"{where}: printed is the row's ISO3 and corrected another country's")
        return
    printed = _whole(where, "printed", r.printed)
    corrected = _whole(where, "corrected", r.corrected)
    if r.status == "corrected" and (printed is None or corrected is None or printed == corrected):
        raise ReviewError(f"{where}: a correction gives the printed and a different corrected figure")
    if r.status == "confirmed" and (printed is None or corrected != printed):
        raise ReviewError(f"{where}: a confirmed figure gives the printed figure as corrected too")
    if r.status == "unreliable" and (corrected is not None or (r.field == "total" and not r.bound)):
        raise ReviewError(f"{where}: an unreliable figure has no corrected value, and a total needs its bound")


@cache
def reviews() -> tuple[Review, ...]:
    """Every reviewed decision, checked."""
    out: list[Review] = []
    seen: dict[tuple, int] = {}
    for n, row in enumerate(read_table("corrections.csv"), start=2):
        where = f"{TABLE}, line {n}"
        value = {k: (v or "").strip() for k, v in row.items()}
        review = Review(
            value["month"],
            value["iso3"] or None,
            value["mission"] or None,
            value["personnel_type"] or None,
            value["field"],
            value["status"],
            value["printed"],
            value["corrected"],
            _whole(where, "bound", value["bound"]),
            value["note"],
            value["evidence"],
            value["source"],
            n,
        )
        _check(review, where)
        key = (review.month, review.iso3, review.mission, review.personnel_type, review.field)
        if key in seen:
            raise ReviewError(f"{where}: the same figure is decided on line {seen[key]}")
        seen[key] = n
        out.append(review)
    return tuple(out)


def digest() -> str:
    """A fingerprint of the reviewed table: a store built with other decisions must be refreshed."""
    text = "\n".join(repr(r) for r in reviews())
    return hashlib.sha256(text.encode()).hexdigest()[:16]
