"""Where personnel serve: a country's personnel in each mission over the months, and every mission, open or closed."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..harmonize import countries
from ..harmonize import missions as mission_table
from .caveats import Caveats, load_notes
from .missions import STRENGTH, mission_name, missions
from .models import ClosedMission, Country, Deployment, Deployments, IndexedMission, MissionIndex
from .months import resolve_month


def country_missions(con: duckdb.DuckDBPyConnection, country: str) -> Deployments:
    """A country's personnel in each mission per report month with a mission breakdown; a withheld figure is None
    there (a gap, not a zero), and `caveats` say why, by path (/points/{i}/missions/{acronym})."""
    found = countries.lookup(country)  # 'Congo' asks which one, as everywhere
    by_month: dict[dt.date, list[tuple[str, int]]] = {}
    for as_of, acronym, total in con.execute(  # one query a country (the web keeps its answer)
        "SELECT as_of, mission, sum(total) FROM cells WHERE iso3 = ? AND mission IS NOT NULL AND total > 0 "
        "GROUP BY ALL ORDER BY as_of, mission",
        [found.iso3],
    ).fetchall():
        by_month.setdefault(as_of, []).append((acronym, int(total)))
    caveats = Caveats([])
    points = []
    for i, (as_of, part) in enumerate(by_month.items()):
        month = Caveats(load_notes(con, as_of))
        points.append(
            Deployment(
                as_of=as_of,
                month=f"{as_of:%Y-%m}",
                missions={
                    acr: month.judge(f"/points/{i}/missions/{acr}", total, found.iso3, acr) for acr, total in part
                },
            )
        )
        for caveat in month.items:
            caveats.add(caveat)
    return Deployments(country=Country.of(found), points=points, caveats=caveats.to_list())


def mission_index(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None) -> MissionIndex:
    """Every mission: those with personnel in the report month (strength, contributing countries, place), and the
    closed ones (the mission list's end date, the last report month with personnel)."""
    month = resolve_month(con, as_of)
    active = missions(con, month.as_of)
    counts = dict(
        con.execute(
            "SELECT mission, count(DISTINCT iso3) FROM cells WHERE as_of = ? AND total > 0 AND "
            "mission IS NOT NULL GROUP BY 1",
            [month.as_of],
        ).fetchall()
    )
    rows = [IndexedMission(**dict(m), contributors=counts.get(m.acronym, 0)) for m in active.missions]
    last = dict(
        con.execute(
            f"SELECT mission, strftime(max(as_of), '%Y-%m') FROM ({STRENGTH}) WHERE total > 0 AND "
            "as_of <= ? GROUP BY 1",
            [month.as_of],
        ).fetchall()
    )
    listed = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT acronym, start_date, end_date FROM missions WHERE end_date IS NOT NULL AND end_date <= ?",
            [month.as_of],
        ).fetchall()
    }
    open_now = {r.acronym for r in rows}
    closed = []
    for acronym in sorted((set(listed) | set(last)) - open_now):
        start, end = listed.get(acronym, (None, None))
        try:
            kind = mission_table.kind(acronym)
        except mission_table.UnknownMission:
            kind = None
        closed.append(
            ClosedMission(
                acronym=acronym,
                name=mission_name(acronym),
                kind=kind,
                start=start,
                end=end,
                last_month=last.get(acronym),
            )
        )
    closed.sort(key=lambda m: (m.end.isoformat() if m.end else m.last_month or "", m.acronym), reverse=True)
    return MissionIndex(month=active.month, missions=rows, closed=closed, caveats=active.caveats)
