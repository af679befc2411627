"""Mission facts: a mission's contributors in a report month, and the missions of a month, with caveats."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..harmonize import countries, personnel
from ..harmonize import missions as mission_table
from .caveats import NotInReport, caveat, month_caveats
from .models import Country, Host, Mission, Missions
from .months import ReportMonth, calendar, long_date, resolve_month


def mission_name(acronym: str) -> str | None:
    """The mission's full name, or None when the reviewed table does not classify it."""
    try:
        return mission_table.full_name(acronym)
    except mission_table.UnknownMission:
        return None


def _women(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


# Each mission's personnel per month: the cells of months broken down by mission, and IPI's mission totals
# (data_mission.csv: by type, no contributor, no sex) in the months taken from IPI that have no such breakdown.
STRENGTH = """
SELECT as_of, mission, iso3, personnel_type, total, female, report, page, line FROM cells WHERE mission IS NOT NULL
UNION ALL
SELECT m.as_of, i.mission, NULL, i.personnel_type, i.total, NULL, i.source_file, NULL, i.line
FROM ipi_missions i JOIN months m ON m.month = strftime(i.as_of, '%Y-%m') AND m.source = 'ipi' AND NOT m.has_missions
"""


def host(con: duckdb.DuckDBPyConnection, code: str) -> Host | None:
    """The mission's host country, from IPI's mission list (else its mission totals), with where it was read."""
    found = con.execute(
        "SELECT iso3, source_file || ', item ' || item FROM mission_hosts WHERE acronym = ? AND iso3 IS NOT NULL "
        "UNION ALL (SELECT host_iso3, source_file || ', line ' || line FROM ipi_missions WHERE mission = ? AND "
        "host_iso3 IS NOT NULL ORDER BY as_of DESC LIMIT 1) LIMIT 1",
        [code, code],
    ).fetchone()
    if found is None:
        return None
    return Host(**Country.of(countries.by_iso3(found[0])).model_dump(), source=f"{found[1]} (IPI)")


def _closed(con: duckdb.DuckDBPyConnection, code: str, as_of: dt.date) -> NotInReport:
    """Why a mission has no personnel in a month: closed (when), not yet open, or none that month."""
    months = [
        m
        for (m,) in con.execute(
            f"SELECT DISTINCT strftime(as_of, '%Y-%m') FROM ({STRENGTH}) WHERE mission = ? AND total > 0 ORDER BY 1",
            [code],
        ).fetchall()
    ]
    ended = con.execute("SELECT end_date FROM missions WHERE acronym = ?", [code]).fetchone()
    when = f"the report of {long_date(as_of)}"
    if ended and ended[0] and ended[0] < as_of:
        last = f"; its last report month with personnel: {months[-1]}" if months else ""
        return NotInReport(f"{code} closed on {long_date(ended[0])} (mission list): it is not in {when}{last}")
    earlier = [m for m in months if m < f"{as_of:%Y-%m}"][-1:]
    later = [m for m in months if m > f"{as_of:%Y-%m}"][:1]
    return NotInReport(f"{code} has no uniformed personnel in {when}", earlier + later)


def mission(con: duckdb.DuckDBPyConnection, name: str, as_of: str | dt.date | None = None) -> Mission:
    """A mission's strength in a report month: contributors (largest first) and personnel types."""
    code = mission_table.resolve(name).acronym  # exact, or UnknownMission with the closest: never another mission
    month = resolve_month(con, as_of)
    months = calendar(con)
    if not months.row(month.as_of).has_missions:
        if months.row(month.as_of).source == "ipi":
            return _ipi_strength(con, code, month)
        raise NotInReport(
            f"{code} is not in the report of {long_date(month.as_of)}: it has no breakdown by mission",
            months.nearest(month.as_of, "has_missions"),
        )
    rows = con.execute(
        "SELECT iso3, personnel_type, total, female, page FROM cells WHERE as_of = ? AND mission = ? AND total > 0",
        [month.as_of, code],
    ).fetchall()
    if not rows:
        raise _closed(con, code, month.as_of)
    caveats = month_caveats(con, month)
    grouped: dict[str, list[tuple]] = {}
    for r in rows:
        grouped.setdefault(r[0], []).append(r)
    ordered = sorted(grouped.items(), key=lambda kv: (-sum(r[2] for r in kv[1]), countries.by_iso3(kv[0]).name))
    contributors = []
    for i, (iso3, part) in enumerate(ordered):
        country = countries.by_iso3(iso3)
        contributors.append(
            {
                "iso3": iso3,
                "m49": country.m49,
                "country": country.name,
                "total": caveats.judge(f"/contributors/{i}/total", sum(r[2] for r in part), iso3, code),
                "women": caveats.judge(
                    f"/contributors/{i}/women", _women([r[3] for r in part]), iso3, code, kind="sex"
                ),
                "pages": sorted({r[4] for r in part if r[4] is not None}),  # a dataset's rows have none
            }
        )
    by_type = []
    for category in personnel.CATEGORIES:
        part = [r for r in rows if r[1] == category]
        if part:
            path = f"/by_type/{len(by_type)}"
            by_type.append(
                {
                    "personnel_type": category,
                    "total": caveats.judge(f"{path}/total", sum(r[2] for r in part), None, code, category),
                    "women": caveats.judge(
                        f"{path}/women", _women([r[3] for r in part]), None, code, category, kind="sex"
                    ),
                }
            )
    return Mission.model_validate(
        {
            "acronym": code,
            "name": mission_name(code),
            "month": month.to_model(),
            "total": caveats.judge("/total", sum(r[2] for r in rows), None, code),
            "women": caveats.judge("/women", _women([r[3] for r in rows]), None, code, kind="sex"),
            "contributors": contributors,
            "by_type": by_type,
            "source": {"report": month.report, "pages": sorted({r[4] for r in rows if r[4] is not None})},
            "host": host(con, code),
            "caveats": caveats.to_list(),
        }
    )


def _ipi_strength(con: duckdb.DuckDBPyConnection, code: str, month: ReportMonth) -> Mission:
    """A mission's strength in a month taken from IPI's country files: IPI's mission totals by type (data_mission.csv),
    with no contributor and no split by sex."""
    rows = con.execute(
        "SELECT personnel_type, total, source_file, line FROM ipi_missions WHERE mission = ? AND "
        "strftime(as_of, '%Y-%m') = ? AND total > 0",
        [code, month.month],
    ).fetchall()
    if not rows:
        raise _closed(con, code, month.as_of)
    caveats = month_caveats(con, month)
    lines = sorted({r[3] for r in rows})
    where = f"{rows[0][2]}, line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"
    caveats.add(
        caveat(
            "note",
            f"IPI gives {code}'s strength on {long_date(month.as_of)} by personnel type only "
            f"({where}): not which countries contributed it, nor how many were women.",
            ["/contributors", "/women"],
        )
    )
    by_type = [
        {"personnel_type": c, "total": caveats.judge(f"/by_type/{i}/total", total, None, code, c), "women": None}
        for i, (c, total) in enumerate(
            (c, sum(r[1] for r in rows if r[0] == c)) for c in personnel.CATEGORIES if any(r[0] == c for r in rows)
        )
    ]
    return Mission.model_validate(
        {
            "acronym": code,
            "name": mission_name(code),
            "month": month.to_model(),
            "total": caveats.judge("/total", sum(r[1] for r in rows), None, code),
            "women": None,
            "contributors": [],
            "by_type": by_type,
            "source": {"report": rows[0][2], "pages": []},
            "host": host(con, code),
            "caveats": caveats.to_list(),
        }
    )


def missions(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None) -> Missions:
    """Missions of a report month with their strength, kind and location (none where no mission breakdown)."""
    month = resolve_month(con, as_of)
    caveats = month_caveats(con, month)
    strength = con.execute(
        "SELECT mission, sum(total) FROM cells WHERE as_of = ? AND mission IS NOT NULL AND "
        "total > 0 GROUP BY mission ORDER BY 2 DESC, 1",
        [month.as_of],
    ).fetchall()
    if not strength:
        months = calendar(con)
        raise NotInReport(
            f"the report of {long_date(month.as_of)} has no breakdown by mission",
            months.nearest(month.as_of, "has_missions"),
        )
    places = {
        r[0]: r[1:]
        for r in con.execute("SELECT acronym, hq, latitude, longitude, start_date, end_date FROM missions").fetchall()
    }
    rows = []
    for i, (acronym, total) in enumerate(strength):
        hq, lat, lon, start, end = places.get(acronym, (None,) * 5)
        rows.append(
            {
                "acronym": acronym,
                "name": mission_name(acronym),
                "kind": mission_table.kind(acronym),
                "total": caveats.judge(f"/missions/{i}/total", int(total), None, acronym),
                "hq": hq,
                "latitude": lat,
                "longitude": lon,
                "start": start,
                "end": end,
            }
        )
    return Missions.model_validate({"month": month.to_model(), "missions": rows, "caveats": caveats.to_list()})
