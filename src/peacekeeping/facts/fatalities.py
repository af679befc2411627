"""Fatality facts from the newest (or a chosen) release of the fatalities register."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

import duckdb

from ..dates import when
from ..errors import NoData
from ..harmonize import countries
from .cache import memo
from .models import Country, DeathsSummary, Fatalities, Incident, MissionDeaths, Release


class NoFatalities(NoData):
    """The store holds no release of the fatalities register (or not the one asked for)."""


# Over all nationalities a death listed twice (the register gives six UNMIK deaths both as Montenegro and as
# Serbia and Montenegro, under one casualty_id and date) counts once; for one country each listing counts.
_ROWS = """
WITH r AS (
    SELECT release, file FROM datasets WHERE dataset = 'fatalities' AND status = 'ingested'
    AND (? IS NULL OR release = ?) ORDER BY release DESC LIMIT 1)
SELECT r.release, r.file, f.incident_date, f.mission, f.personnel_type, f.incident_type, f.casualty_id, f.line,
       f.iso3
FROM r LEFT JOIN fatalities f ON f.release = r.release AND {match}
{qualify}
ORDER BY f.incident_date, f.id
"""
_OF_EVERY_COUNTRY = _ROWS.format(match="TRUE", qualify="")
_OF_ALL = _ROWS.format(
    match="TRUE",
    qualify="QUALIFY f.id IS NULL OR row_number() OVER (\n"
    "    PARTITION BY f.casualty_id, f.incident_date ORDER BY f.id) = 1",
)


def _by_country(con: duckdb.DuckDBPyConnection, release_of: dt.date | None) -> tuple[tuple | None, dict]:
    """The release (date, file) and its rows by nationality, read in one query once per store."""

    def load() -> tuple[tuple | None, dict]:
        rows = con.execute(_OF_EVERY_COUNTRY, [release_of, release_of]).fetchall()
        groups: dict[str | None, list] = {}
        for r in rows:
            groups.setdefault(r[-1], []).append(r)
        return (rows[0][:2] if rows else None), groups

    return memo(con, ("fatalities", release_of), load)


def _rows(con: duckdb.DuckDBPyConnection, iso3: str | None, release_of: dt.date | None) -> tuple[dt.date, str, list]:
    if iso3 is None:
        rows = memo(
            con, ("fatalities", None, release_of), lambda: con.execute(_OF_ALL, [release_of, release_of]).fetchall()
        )
    else:
        head, groups = _by_country(con, release_of)
        rows = [] if head is None else groups.get(iso3) or [(*head, None)]
    if not rows:
        if release_of is not None:
            raise NoFatalities(f"no fatalities release of {release_of} in the store")
        raise NoFatalities(
            "no fatalities register in the store: run `peacekeeping ingest` on the register's CSV or JSON"
        )
    return rows[0][0], rows[0][1], [r[2:] for r in rows if r[2] is not None]


def _summary(day: dt.date, file: str, rows: list, limit: dt.date | None, incidents: bool = True) -> dict:
    """The fields of an answer about the register's rows up to `limit`, as models (the store's rows are valid)."""
    rows = [r for r in rows if limit is None or r[0] <= limit]
    missions: dict[str, list[int]] = {}
    for r in rows:
        missions.setdefault(r[1], []).append(r[0].year)
    return {
        "release": Release(date=day, file=file),
        "until": limit,
        "count": len(rows),
        "by_mission": sorted(
            (MissionDeaths(mission=m, count=len(years), years=years) for m, years in missions.items()),
            key=lambda m: (-m.count, m.mission),
        ),
        "by_personnel_type": dict(Counter(r[2] for r in rows).most_common()),
        "by_incident_type": dict(Counter(r[3] for r in rows).most_common()),
        "by_year": dict(sorted(Counter(r[0].year for r in rows).items())),
        "incidents": [
            Incident(date=r[0], mission=r[1], personnel_type=r[2], incident_type=r[3], casualty_id=r[4], line=r[5])
            for r in rows
        ]
        if incidents
        else [],
    }


def fatalities(
    con: duckdb.DuckDBPyConnection,
    country: str | None = None,
    until: str | dt.date | None = None,
    release_of: str | dt.date | None = None,
    incidents: bool = True,
) -> Fatalities:
    """Deaths of a country's nationals (or all) up to `until`, by mission, personnel type, incident type and year;
    and each death (`incidents`: none listed when only the counts are wanted)."""
    found = countries.lookup(country) if country is not None else None
    day, file, rows = _rows(con, found.iso3 if found else None, when(release_of))
    subject = Country.of(found) if found else None
    return Fatalities(country=subject, **_summary(day, file, rows, when(until), incidents))


def country_summary(con: duckdb.DuckDBPyConnection, iso3: str, until: dt.date) -> DeathsSummary | None:
    """A country's deaths up to `until` and in the whole newest register (for profiles); None without one."""
    try:
        day, file, rows = _rows(con, iso3, None)
    except NoFatalities:
        return None
    summary = _summary(day, file, rows, until, incidents=False)
    keep = ("release", "until", "count", "by_mission", "by_personnel_type", "by_incident_type")
    return DeathsSummary(**{key: summary[key] for key in keep}, all_time=len(rows))


UNIFORMED = frozenset({"Military", "Police", "Military Observer"})
LOCAL = frozenset({"Local"})


@dataclass(frozen=True)
class Register:
    """One release of the register, reduced to what counting needs: each death's date, personnel type and line."""

    release: dt.date
    file: str
    deaths: tuple[tuple[dt.date, str | None, int], ...]  # by incident date
    _days: dict[str | None, list[dt.date]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        days: dict[str | None, list[dt.date]] = {}
        for day, ptype, _ in self.deaths:
            days.setdefault(ptype, []).append(day)
        object.__setattr__(self, "_days", {ptype: sorted(v) for ptype, v in days.items()})

    def count(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        types: frozenset[str] | None = None,
        without: frozenset[str] | None = None,
    ) -> int:
        """Deaths from `since` to `until` (inclusive; None: open), of `types` only or `without` some types."""
        total = 0
        for ptype, days in self._days.items():
            if (types is not None and ptype not in types) or (without is not None and ptype in without):
                continue
            total += (bisect_right(days, until) if until else len(days)) - (bisect_left(days, since) if since else 0)
        return total

    def lines(self, since: dt.date | None = None, until: dt.date | None = None) -> list[int]:
        """The register's lines of the deaths from `since` to `until`."""
        return [
            line for day, _, line in self.deaths if (since is None or day >= since) and (until is None or day <= until)
        ]


def register(
    con: duckdb.DuckDBPyConnection, country: str | None = None, release_of: str | dt.date | None = None
) -> Register:
    """The deaths of a country's nationals (or all, a death listed twice counted once) in the newest release of the
    register (or the release of `release_of`), for counting by period and personnel type; NoFatalities without."""
    iso3 = countries.lookup(country).iso3 if country is not None else None
    day, file, rows = _rows(con, iso3, when(release_of))
    return Register(day, file, tuple((r[0], r[2], r[5]) for r in rows))
