"""World figures of a report month, and series of totals over the months, with caveats."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..harmonize import countries, missions
from . import cache
from .caveats import Caveats, load_notes, month_caveats
from .fatalities import NoFatalities, fatalities
from .missions import STRENGTH
from .models import Country, Series, World
from .months import calendar, resolve_month
from .profile import share


def totals(
    con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None, published_before: dt.date | None = None
) -> World:
    """Global figures of a report month: personnel, women, contributing countries, missions, fatalities.

    Contributing countries have at least one person in the month (months.CONTRIBUTOR); a country the report lists
    with none is not one.
    """
    month = resolve_month(con, as_of, published_before)
    caveats = month_caveats(con, month)
    personnel_total, women, nations, with_missions, acronyms = con.execute(
        """SELECT sum(total), CASE WHEN count(female) = count(*) THEN sum(female) END,
                  count(DISTINCT iso3) FILTER (WHERE total > 0), count(mission) > 0,
                  list(DISTINCT mission) FILTER (WHERE total > 0 AND mission IS NOT NULL)
           FROM cells WHERE as_of = ?""",
        [month.as_of],
    ).fetchone()
    acronyms = acronyms or []
    operations = [a for a in acronyms if missions.kind(a) == "pko"]
    people = caveats.judge("/personnel", int(personnel_total))
    women = caveats.judge("/women", women, kind="sex")
    caveats.same_as("/women", "/women_share")
    try:
        deaths = fatalities(con, until=month.requested or month.as_of, incidents=False)
        died = {"count": deaths.count, "until": deaths.until, "release": deaths.release}
    except NoFatalities:
        died = None
    return World.model_validate(
        {
            "month": month.to_model(),
            "personnel": people,
            "women": women,
            "women_share": share(women, people),
            "contributing_countries": nations,
            "missions": len(acronyms) if with_missions else None,
            "peacekeeping_operations": len(operations) if with_missions else None,
            "fatalities_since_1948": died,
            "source": {"report": month.report},
            "caveats": caveats.to_list(),
        }
    )


def series(con: duckdb.DuckDBPyConnection, country: str | None = None, mission_acronym: str | None = None) -> Series:
    """Totals, women and personnel by type per report month, for a country, a mission, both, or everything.

    A figure withheld in a month is None there (a gap, not a zero); `caveats` say why.
    """
    where, params, subject = ["total > 0"], [], {}
    iso3 = code = None
    if country is not None:
        found = countries.lookup(country)
        iso3 = found.iso3
        where.append("iso3 = ?")
        params.append(iso3)
        subject["country"] = Country.of(found)
    if mission_acronym is not None:
        code = missions.resolve(mission_acronym).acronym
        where.append("mission = ?")
        params.append(code)
        subject["mission"] = code
    by_type: dict[dt.date, dict[str, int]] = {}
    if mission_acronym is None and iso3 is not None:  # a country's series: its types per month, one query
        sums: dict[dt.date, list[int]] = {}
        # one query a country, its result not kept: the web keeps the points (every country's types read whole and
        # kept took 16 MB a server process for 5 ms a country, issue 27.5)
        for as_of, category, total, female, n, n_female in con.execute(
            "SELECT as_of, personnel_type, sum(total), sum(female), count(total), count(female) FROM cells "
            "WHERE iso3 = ? AND total > 0 GROUP BY ALL ORDER BY as_of, personnel_type",
            [iso3],
        ).fetchall():
            by_type.setdefault(as_of, {})[category] = int(total)
            acc = sums.setdefault(as_of, [0, 0, 0, 0])
            acc[0] += int(total)
            acc[1] += int(female or 0)
            acc[2] += n
            acc[3] += n_female
        rows = [
            (as_of, file, *((s[0], s[1] if s[2] == s[3] else None) if (s := sums.get(as_of)) else (0, None)))
            for as_of, file in cache.ingested_reports(con)
        ]
    else:  # a mission's series also has IPI's mission totals where IPI's months have no breakdown by mission
        table = f"({STRENGTH})" if iso3 is None and code is not None else "cells"
        for as_of, category, total in con.execute(
            f"SELECT as_of, personnel_type, sum(total) FROM {table} WHERE {' AND '.join(where)} GROUP BY ALL", params
        ).fetchall():
            by_type.setdefault(as_of, {})[category] = int(total)
        rows = con.execute(
            f"""SELECT r.as_of, r.file, coalesce(sum(c.total), 0),
                       CASE WHEN count(c.female) = count(c.total) THEN sum(c.female) END
                FROM reports r LEFT JOIN (SELECT * FROM {table} WHERE {" AND ".join(where)}) c ON c.as_of = r.as_of
                WHERE r.status = 'ingested' GROUP BY r.as_of, r.file ORDER BY r.as_of""",
            params,
        ).fetchall()
    caveats = Caveats([])
    points = []
    sources = {m.as_of: m.source for m in calendar(con).covered()}
    for i, (as_of, file, total, women) in enumerate(rows):
        month = Caveats(load_notes(con, as_of))
        point = {
            "as_of": as_of,
            "month": f"{as_of:%Y-%m}",
            "report": file,
            "source": sources.get(as_of),
            "total": month.judge(f"/points/{i}/total", int(total), iso3, code),
            "women": month.judge(f"/points/{i}/women", women, iso3, code, kind="sex"),
            "by_type": by_type.get(as_of, {}),
        }
        for caveat in month.items:
            caveats.add(caveat)
        points.append(point)
    return Series.model_validate({**subject, "points": points, "caveats": caveats.to_list()})
