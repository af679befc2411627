"""Which report month a question is answered from."""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field

import duckdb

from ..dates import month_of, shift_month, when
from ..errors import NoData


class NoReport(NoData):
    """No report in the store on or before the requested date."""


@dataclass(frozen=True, slots=True)
class ReportMonth:
    """The report a fact comes from: its date and file, and what was asked for."""

    as_of: dt.date
    report: str
    requested: dt.date | None
    missing_nearby: list[str] = field(default_factory=list)  # missing months next to as_of or skipped over

    @property
    def month(self) -> str:
        return month_of(self.as_of)

    def to_dict(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "month": self.month, "report": self.report,
                "requested": self.requested.isoformat() if self.requested else None,
                "missing_nearby": self.missing_nearby}


@dataclass(frozen=True, slots=True)
class Calendar:
    """The store's months, covered or missing, oldest first."""

    rows: list[tuple]  # (month, as_of or None, report, contributors, contributors_of_women, has_missions, created)

    def covered(self) -> list[tuple]:
        return [r for r in self.rows if r[1] is not None]

    def resolve(self, asked: str | dt.date | None = None, published_before: dt.date | None = None) -> ReportMonth:
        """The latest report on or before `asked` (default: the latest of all).

        With `published_before`, only reports generated (PDF creation date) before that day count: the month a
        text written that day could have used.
        """
        requested = when(asked)
        covered = [r for r in self.covered() if (requested is None or r[1] <= requested)
                   and (published_before is None or (r[6] or r[1]) < published_before)]
        if not covered:
            if not self.rows:
                raise NoReport("the store holds no reports: run `peacekeeping ingest` first")
            if published_before is not None:
                raise NoReport(f"no report published before {published_before}")
            raise NoReport(f"no report on or before {requested}: the first report is of {self.covered()[0][1]}")
        month, as_of, report = covered[-1][:3]
        missing = {r[0] for r in self.rows if r[1] is None}
        nearby = {shift_month(month, -1), shift_month(month, 1)}
        if requested is not None:  # the months skipped over; none is missing after the store's last month
            step, until = month, min(month_of(requested), self.rows[-1][0])
            while (step := shift_month(step, 1)) <= until:
                nearby.add(step)
        return ReportMonth(as_of, report, requested, sorted(nearby & missing))

    def before(self, day: dt.date) -> tuple | None:
        """The latest covered month dated strictly before `day`."""
        earlier = [r for r in self.covered() if r[1] < day]
        return earlier[-1] if earlier else None

    def row(self, as_of: dt.date) -> tuple:
        return next(r for r in self.rows if r[1] == as_of)


_CALENDARS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def calendar(con: duckdb.DuckDBPyConnection) -> Calendar:
    """Every month of the store, covered or missing; read once per (read-only) connection."""
    if con not in _CALENDARS:
        _CALENDARS[con] = Calendar(con.execute(
            "SELECT m.month, m.as_of, m.report, m.contributors, m.contributors_of_women, m.has_missions, r.created "
            "FROM months m LEFT JOIN reports r ON r.file = m.report ORDER BY m.month").fetchall())
    return _CALENDARS[con]


def resolve_month(con: duckdb.DuckDBPyConnection, asked: str | dt.date | None = None,
                  published_before: dt.date | None = None) -> ReportMonth:
    """The latest ingested report on or before `asked` (default: the latest of all), optionally published before."""
    return calendar(con).resolve(asked, published_before)
