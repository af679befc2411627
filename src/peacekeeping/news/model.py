"""A story and what every story module shares: the months compared, figures with their sources, thresholds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import duckdb

from ..facts.history import Panel
from ..facts.months import Calendar

# Thresholds (docs/news.md explains each).
TOPS = (10, 20)  # entering or leaving the top N contributors
MOVE_PLACES = 5  # a rank move of this many places or more ...
MOVE_WITHIN = 50  # ... ending or starting within the top this many
RECORD_HISTORY = 12  # earlier report months a record needs
RECORD_MIN_TOTAL = 100  # a country's total (or women's share base) for a record
RECORD_MIN_TYPE = 50  # the same, for one personnel type
SHARE_MIN_WOMEN = 10  # women a share record needs (5 for one type)
PARITY_MIN = 20  # personnel of a group a country needs for a parity crossing
MISSION_CHANGE = 0.2  # a mission's strength changing by a fifth or more ...
MISSION_MIN = 100  # ... where either month has at least this many
AFFECTED = 3  # countries named as most affected
DEATH_MARKS = (10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500)  # a nationality's deaths passing one of these
MANY_DEATHS = 15  # deaths between two reports that make a story
ANNIVERSARIES = (10, 20, 25, 30, 40, 50, 60, 65, 70, 75, 80, 90, 100)


@dataclass(slots=True)
class Story:
    """One newsworthy change: its figures (each with its month, path and source), the months compared, leads."""

    kind: str
    score: float
    subject: dict
    figures: list[dict]
    months: list[str]
    sources: list[dict]
    lead: dict[str, str]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Context:
    """The months a month's news compares, read once."""

    con: duckdb.DuckDBPyConnection
    calendar: Calendar
    now: Panel
    before: Panel | None
    cannot: list[dict[str, str]] = field(default_factory=list)  # notes, each in every language


def figure(p: Panel, key: str, value: int | float, path: str | None, pages: list[int] | None = None) -> dict:
    """A figure of a story: its value, the month and report it comes from, the path its caveats name."""
    return {
        "key": key,
        "value": value,
        "month": p.key,
        "as_of": p.month.as_of.isoformat(),
        "path": path,
        "report": p.month.report,
        "pages": list(pages or []),
    }


def report_source(p: Panel, pages: list[int] | None = None) -> dict:
    return {"file": p.month.report, "pages": list(pages or [])}


def subject(iso3: str) -> dict:
    from ..harmonize import countries

    return {"iso3": iso3, "country": countries.by_iso3(iso3).name}
