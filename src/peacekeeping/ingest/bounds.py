"""Sanity bounds on everything ingested: a value no official file can hold is refused, naming file and line.

- dates: none before 1948 (UNTSO, the first operation, began in May 1948) or after the end of next month;
- reporting dates (of a report, of DPO-UCHISTORICAL and DPO-UCLATEST rows) are month ends;
- counts of people: none negative or above MAX_PEOPLE, in any row;
- ranks: 1 to MAX_RANK; register ids and codes: within the store's 32-bit integers;
- totals printed beside their parts (DPO-UCLATEST's male, female and total) add up.
"""

from __future__ import annotations

import datetime as dt

from ..dates import month_end
from ..errors import ReportError, SourceError
from ..sources.fatalities import FatalityRelease
from ..sources.historical import HistoricalRelease
from ..sources.missions import MissionList
from ..sources.ranking import Ranking
from ..sources.tabular import where

FIRST_DAY = dt.date(1948, 1, 1)
MAX_PEOPLE = 200_000  # nearly twice all uniformed peacekeepers at the archive's largest month (107,805); a figure
# is one country's personnel of one type in one mission (the largest in the archive: 8,242)
MAX_RANK = 1_000
MAX_ID = 2**31 - 1


def last_day(today: dt.date | None = None) -> dt.date:
    """The latest date a file may hold: the end of the month after today's (UTC)."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    return month_end(today.year + today.month // 12, today.month % 12 + 1)


def date_problem(what: str, day: dt.date | None, month_ends: bool = False) -> str | None:
    """Why a date cannot be in an official file, or None."""
    if day is None:
        return None
    if day < FIRST_DAY:
        return f"{what} {day} is before 1948, the year of the first peacekeeping operation"
    if day > (latest := last_day()):
        return f"{what} {day} is in the future (after {latest})"
    if month_ends and day != month_end(day.year, day.month):
        return f"{what} {day} is not the last day of a month"
    return None


def count_problem(what: str, value: int | None, most: int = MAX_PEOPLE) -> str | None:
    """Why a count cannot be right (negative, or above `most`), or None."""
    if value is None or 0 <= value <= most:
        return None
    if value < 0:
        return f"{what} {value:,} is negative"
    return f"{what} {value:,} is above {most:,}, more than any official figure can be"


def _first(*problems: str | None) -> str | None:
    return next((p for p in problems if p), None)


def check_report(path, as_of: dt.date, rows: list[tuple[int | None, int | None, int | None, int | None]]) -> None:
    """A report's date and its rows' (page, male, female, total): ReportError naming file and page."""
    if problem := date_problem("the report's date", as_of, month_ends=True):
        raise ReportError(path, problem)
    for page, male, female, total in rows:
        if problem := _first(count_problem("men", male), count_problem("women", female), count_problem("total", total)):
            raise ReportError(path, problem, page=page)


def check_historical(data: HistoricalRelease) -> None:
    """DPO-UCHISTORICAL: each row's reporting date and counts."""
    for r in data.rows:
        if problem := _first(
            date_problem("last_reporting_date", r.as_of, month_ends=True),
            count_problem("male_personnel", r.male),
            count_problem("female_personnel", r.female),
            count_problem("total (male and female)", r.total),
        ):
            raise SourceError(data.path, problem, where(data.format, r.line))


def check_ranking(ranking: Ranking) -> None:
    """DPO-UCLATEST: its reporting date, each row's rank and counts, and that male + female = total."""
    if ranking.rows and (problem := date_problem("last_reporting_date", ranking.as_of, month_ends=True)):
        raise SourceError(ranking.path, problem, where(ranking.format, ranking.rows[0].line))
    for r in ranking.rows:
        problem = _first(
            count_problem("rank", r.rank, MAX_RANK) or (None if r.rank else "rank 0 is not a rank"),
            count_problem("female", r.female),
            count_problem("male", r.male),
            count_problem("total", r.total),
        )
        if problem is None and r.female + r.male != r.total:
            problem = f"female {r.female:,} and male {r.male:,} do not add up to the total {r.total:,}"
        if problem:
            raise SourceError(ranking.path, problem, where(ranking.format, r.line))


def check_fatalities(data: FatalityRelease) -> None:
    """The fatalities register: its release date, each incident date and id."""
    if problem := date_problem("last_update", data.release):
        raise SourceError(data.path, problem, data.release_line and where(data.format, data.release_line))
    for f in data.rows:
        if problem := _first(
            date_problem("incident_date", f.incident_date),
            count_problem("id", f.id, MAX_ID),
            count_problem("m49_code", f.m49, 999),
        ):
            raise SourceError(data.path, problem, where(data.format, f.line))


def check_missions(listing: MissionList) -> None:
    """The mission list: its release date, each mission's start and end."""
    if problem := date_problem("last_update", listing.released):
        raise SourceError(listing.path, problem, listing.released_line and f"line {listing.released_line}")
    for m in listing.rows:
        if problem := _first(date_problem("start_date", m.start), date_problem("end_date", m.end)):
            raise SourceError(listing.path, problem, f"line {m.line}")
