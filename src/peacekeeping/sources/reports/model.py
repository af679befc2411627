"""What a parsed monthly report holds: tidy rows and the totals it prints."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ... import dates
from ...errors import ReportError


@dataclass(frozen=True, slots=True)
class Row:
    """One printed figure: a country's personnel of one type (in one mission, when given)."""

    mission: str | None
    country: str
    personnel_type: str
    male: int | None
    female: int | None
    total: int
    page: int


@dataclass(frozen=True, slots=True)
class PrintedTotal:
    """A subtotal or grand total the report prints, and which rows it sums.

    `mission`, `country` and `personnel_type` narrow the scope; None means "all".
    """

    page: int
    line: str
    total: int
    male: int | None = None
    female: int | None = None
    mission: str | None = None
    country: str | None = None
    personnel_type: str | None = None


@dataclass(slots=True)
class ParsedReport:
    """A monthly report as printed: date, layout, rows and printed totals."""

    path: Path
    layout: str
    as_of: dt.date
    pages: int
    rows: list[Row] = field(default_factory=list)
    totals: list[PrintedTotal] = field(default_factory=list)
    as_of_source: str = "printed"
    totals_checked: int = 0
    created: dt.date | None = None  # the PDF's creation date: when the report was generated

    def tidy(self) -> list[tuple]:
        """Rows as (as_of, mission, country, personnel_type, male, female, total, page)."""
        return [
            (self.as_of, r.mission, r.country, r.personnel_type, r.male, r.female, r.total, r.page) for r in self.rows
        ]


_NUMBER = re.compile(r"^\d{1,3}(?:[,\u00a0 ]\d{3})*$|^\d+$")


def is_number(token: str) -> bool:
    """Whether a token is a printed count ("5", "1580", "5,612")."""
    return bool(_NUMBER.match(token))


_SEPARATORS = re.compile(r"[,\u00a0 ]")


def to_int(token: str) -> int:
    """A printed count as an int ("5,612" -> 5612)."""
    return int(_SEPARATORS.sub("", token))


def printed_date(path: str | Path, text: str, page: int, line: str | None = None) -> dt.date:
    """A printed report date ('31-Jan-15', '30/06/2022'), or a ReportError naming file and page for a date that does
    not exist ('31/02/2022', '1-Xyz-16')."""
    try:
        return dates.printed_date(text)
    except ValueError:
        raise ReportError(path, f"bad report date {text.strip()!r}", page=page, line=line) from None
