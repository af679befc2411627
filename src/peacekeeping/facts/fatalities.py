"""Fatality facts from the newest (or a chosen) release of the fatalities register."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import duckdb

from ..errors import PeacekeepingError
from ..harmonize import countries
from .months import parse_when


class NoFatalities(PeacekeepingError):
    """The store holds no release of the fatalities register (or not the one asked for)."""


def release(con: duckdb.DuckDBPyConnection, day: str | dt.date | None = None) -> tuple[dt.date, str]:
    """The newest ingested release (or the one of `day`) and its file."""
    wanted = parse_when(day)
    row = con.execute(
        "SELECT release, file FROM datasets WHERE dataset = 'fatalities' AND status = 'ingested' "
        "AND (? IS NULL OR release = ?) ORDER BY release DESC LIMIT 1", [wanted, wanted]).fetchone()
    if row is None:
        if wanted is not None:
            raise NoFatalities(f"no fatalities release of {wanted} in the store")
        raise NoFatalities(
            "no fatalities register in the store: run `peacekeeping ingest` on the register's CSV or JSON")
    return row


def fatalities(con: duckdb.DuckDBPyConnection, country: str | None = None, until: str | dt.date | None = None,
               release_of: str | dt.date | None = None) -> dict:
    """Deaths of a country's nationals (or all) up to `until`, by mission, personnel type, incident type and year.

    Over all nationalities a death listed twice (the register gives six UNMIK deaths both as Montenegro and as
    Serbia and Montenegro, under one casualty_id and date) counts once; for a country each listing counts.
    """
    day, file = release(con, release_of)
    limit = parse_when(until)
    params: list = [day, limit, limit]
    where = "release = ? AND (? IS NULL OR incident_date <= ?)"
    subject = None
    if country is not None:
        found = countries.resolve(country)
        where += " AND iso3 = ?"
        params.append(found.iso3)
        subject = {"iso3": found.iso3, "m49": found.m49, "name": found.name}
    once = "" if country else "QUALIFY row_number() OVER (PARTITION BY casualty_id, incident_date ORDER BY id) = 1"
    rows = con.execute(
        f"SELECT incident_date, mission, personnel_type, incident_type, casualty_id, line FROM fatalities "
        f"WHERE {where} {once} ORDER BY incident_date, id", params).fetchall()
    missions: dict[str, list[int]] = {}
    for r in rows:
        missions.setdefault(r[1], []).append(r[0].year)
    return {
        "country": subject,
        "release": {"date": day.isoformat(), "file": file},
        "until": limit.isoformat() if limit else None,
        "count": len(rows),
        "by_mission": sorted(({"mission": m, "count": len(years), "years": years} for m, years in missions.items()),
                             key=lambda m: (-m["count"], m["mission"])),
        "by_personnel_type": dict(Counter(r[2] for r in rows).most_common()),
        "by_incident_type": dict(Counter(r[3] for r in rows).most_common()),
        "by_year": dict(sorted(Counter(r[0].year for r in rows).items())),
        "incidents": [{"date": r[0].isoformat(), "mission": r[1], "personnel_type": r[2], "incident_type": r[3],
                       "casualty_id": r[4], "line": r[5]} for r in rows],
    }
