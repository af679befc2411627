"""Figures over a range of report months at once: a country's by personnel type and mission, and the world's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb

from ..harmonize import missions
from .cache import memo


@dataclass(frozen=True, slots=True)
class Split:
    """People of one cell group: total and women (None where the report has no split by sex)."""

    total: int
    women: int | None


@dataclass(slots=True)
class CountryMonth:
    """A country in one report month: total, women, ranks, and its people by personnel type and by mission."""

    as_of: dt.date
    total: int
    women: int | None
    rank: int | None
    rank_women: int | None
    by_type: dict[str, Split] = field(default_factory=dict)
    by_mission: dict[str, dict[str, Split]] = field(default_factory=dict)  # acronym -> personnel type -> split
    pages: dict[str | None, set[int]] = field(default_factory=dict)  # mission (None: no breakdown) -> report pages

    def mission(self, acronym: str) -> Split:
        """The country's people in one mission (zero where it has none there)."""
        types = self.by_mission.get(acronym, {})
        women = [s.women for s in types.values()]
        return Split(
            sum(s.total for s in types.values()),
            None if any(v is None for v in women) else sum(v for v in women if v is not None),
        )


@dataclass(frozen=True, slots=True)
class WorldMonth:
    """The world in one report month: personnel, women, countries listed and with personnel, missions staffed."""

    as_of: dt.date
    personnel: int
    women: int | None
    countries_listed: int
    countries_with_personnel: int
    missions: tuple[str, ...]  # missions with personnel (empty where the report has no mission breakdown)
    closed: tuple[str, ...] = ()  # missions with personnel that the mission list says had closed before the month

    @property
    def operations(self) -> int:
        """Peacekeeping operations (not political missions or offices) with personnel."""
        return sum(1 for a in self.missions if missions.kind(a) == "pko")

    @property
    def open_operations(self) -> int:
        """Peacekeeping operations with personnel, without those closed before the month (still liquidating)."""
        return sum(1 for a in self.missions if missions.kind(a) == "pko" and a not in self.closed)


def country_months(
    con: duckdb.DuckDBPyConnection, iso3s: Iterable[str], first: dt.date, last: dt.date
) -> dict[str, dict[dt.date, CountryMonth]]:
    """Countries' figures in every report month from `first` to `last` that lists them (corrected cells), by ISO3."""
    codes = sorted(set(iso3s))
    out: dict[str, dict[dt.date, CountryMonth]] = {iso3: {} for iso3 in codes}
    if not codes:
        return out
    for iso3, as_of, *row in con.execute(
        "SELECT iso3, as_of, total, women, rank, rank_women FROM country_months WHERE list_contains(?, iso3) "
        "AND as_of BETWEEN ? AND ?",
        [codes, first, last],
    ).fetchall():
        out[iso3][as_of] = CountryMonth(as_of, *row)
    for iso3, as_of, mission, ptype, total, women, page in con.execute(
        "SELECT iso3, as_of, mission, personnel_type, total, female, page FROM cells WHERE list_contains(?, iso3) "
        "AND as_of BETWEEN ? AND ? AND total > 0",
        [codes, first, last],
    ).fetchall():
        month = out[iso3].get(as_of)
        if month is None:
            continue
        month.by_type[ptype] = _add(month.by_type.get(ptype), total, women)
        if mission is not None:
            types = month.by_mission.setdefault(mission, {})
            types[ptype] = _add(types.get(ptype), total, women)
        if page is not None:
            month.pages.setdefault(mission, set()).add(page)
    return out


def _add(split: Split | None, total: int, women: int | None) -> Split:
    if split is None:
        return Split(total, women)
    return Split(split.total + total, None if women is None or split.women is None else split.women + women)


def world_months(con: duckdb.DuckDBPyConnection) -> dict[dt.date, WorldMonth]:
    """The world's figures in every report month; read once per store."""

    def load() -> dict[dt.date, WorldMonth]:
        staffed = dict(
            con.execute(
                """SELECT as_of, list(DISTINCT mission ORDER BY mission) FROM cells
               WHERE total > 0 AND mission IS NOT NULL GROUP BY as_of"""
            ).fetchall()
        )
        with_people = dict(
            con.execute("SELECT as_of, count(*) FROM country_months WHERE total > 0 GROUP BY as_of").fetchall()
        )
        ended = dict(con.execute("SELECT acronym, end_date FROM missions WHERE end_date IS NOT NULL").fetchall())
        return {
            as_of: WorldMonth(
                as_of,
                int(personnel or 0),
                women,
                listed or 0,
                with_people.get(as_of, 0),
                tuple(staffed.get(as_of, ())),
                tuple(a for a in staffed.get(as_of, ()) if a in ended and ended[a] < as_of.replace(day=1)),
            )
            for as_of, personnel, women, listed in con.execute(
                "SELECT as_of, personnel, women, contributors FROM months WHERE as_of IS NOT NULL"
            ).fetchall()
        }

    return memo(con, "world months", load)
