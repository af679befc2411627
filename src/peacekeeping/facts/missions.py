"""Mission facts: a mission's contributors in a report month, and the missions of a month, with caveats."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..harmonize import countries, personnel
from ..harmonize import missions as mission_table
from .caveats import Caveat, Caveats, NotInReport, load_notes
from .months import calendar, long_date, resolve_month


def mission_name(acronym: str) -> str | None:
    """The mission's full name, or None when the reviewed table does not classify it."""
    try:
        return mission_table.full_name(acronym)
    except mission_table.UnknownMission:
        return None


def _women(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


def _closed(con: duckdb.DuckDBPyConnection, code: str, as_of: dt.date) -> NotInReport:
    """Why a mission has no personnel in a month: closed (when), not yet open, or none that month."""
    months = [m for (m,) in con.execute("SELECT DISTINCT strftime(as_of, '%Y-%m') FROM cells WHERE mission = ? "
                                        "AND total > 0 ORDER BY 1", [code]).fetchall()]
    ended = con.execute("SELECT end_date FROM missions WHERE acronym = ?", [code]).fetchone()
    when = f"the report of {long_date(as_of)}"
    if ended and ended[0] and ended[0] < as_of:
        last = f"; its last report month with personnel: {months[-1]}" if months else ""
        return NotInReport(f"{code} closed on {long_date(ended[0])} (mission list): it is not in {when}{last}")
    earlier = [m for m in months if m < f"{as_of:%Y-%m}"][-1:]
    later = [m for m in months if m > f"{as_of:%Y-%m}"][:1]
    return NotInReport(f"{code} has no uniformed personnel in {when}", earlier + later)


def mission(con: duckdb.DuckDBPyConnection, name: str, as_of: str | dt.date | None = None) -> dict:
    """A mission's strength in a report month: contributors (largest first) and personnel types."""
    found = mission_table.resolve(name)
    code = found.acronym
    month = resolve_month(con, as_of)
    months = calendar(con)
    if not months.row(month.as_of).has_missions:
        raise NotInReport(f"{code} is not in the report of {long_date(month.as_of)}: it has no breakdown by mission",
                          months.nearest(month.as_of, "has_missions"))
    rows = con.execute("SELECT iso3, personnel_type, total, female, page FROM cells "
                       "WHERE as_of = ? AND mission = ? AND total > 0", [month.as_of, code]).fetchall()
    if not rows:
        raise _closed(con, code, month.as_of)
    caveats = Caveats(load_notes(con, month.as_of))
    for caveat in month.caveats():
        caveats.add(caveat)
    if not found.exact:
        caveats.add(Caveat("note", f"Read {name.strip()!r} as {code}.", ["/"]))
    grouped: dict[str, list[tuple]] = {}
    for r in rows:
        grouped.setdefault(r[0], []).append(r)
    ordered = sorted(grouped.items(), key=lambda kv: (-sum(r[2] for r in kv[1]), countries.by_iso3(kv[0]).name))
    contributors = []
    for i, (iso3, part) in enumerate(ordered):
        country = countries.by_iso3(iso3)
        contributors.append({
            "iso3": iso3, "m49": country.m49, "country": country.name,
            "total": caveats.judge(f"/contributors/{i}/total", sum(r[2] for r in part), iso3, code),
            "women": caveats.judge(f"/contributors/{i}/women", _women([r[3] for r in part]), iso3, code, kind="sex"),
            "pages": sorted({r[4] for r in part})})
    by_type = []
    for category in personnel.CATEGORIES:
        part = [r for r in rows if r[1] == category]
        if part:
            path = f"/by_type/{len(by_type)}"
            by_type.append({"personnel_type": category,
                            "total": caveats.judge(f"{path}/total", sum(r[2] for r in part), None, code, category),
                            "women": caveats.judge(f"{path}/women", _women([r[3] for r in part]), None, code, category,
                                                   kind="sex")})
    return {
        "acronym": code,
        "name": mission_name(code),
        "month": month.to_dict(),
        "total": caveats.judge("/total", sum(r[2] for r in rows), None, code),
        "women": caveats.judge("/women", _women([r[3] for r in rows]), None, code, kind="sex"),
        "contributors": contributors,
        "by_type": by_type,
        "source": {"report": month.report, "pages": sorted({r[4] for r in rows})},
        "caveats": caveats.to_list(),
    }


def missions(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None) -> dict:
    """Missions of a report month with their strength, kind and location (none where no mission breakdown)."""
    month = resolve_month(con, as_of)
    caveats = Caveats(load_notes(con, month.as_of))
    for caveat in month.caveats():
        caveats.add(caveat)
    strength = con.execute("SELECT mission, sum(total) FROM cells WHERE as_of = ? AND mission IS NOT NULL AND "
                           "total > 0 GROUP BY mission ORDER BY 2 DESC, 1", [month.as_of]).fetchall()
    if not strength:
        months = calendar(con)
        raise NotInReport(f"the report of {long_date(month.as_of)} has no breakdown by mission",
                          months.nearest(month.as_of, "has_missions"))
    places = {r[0]: r[1:] for r in con.execute(
        "SELECT acronym, hq, latitude, longitude, start_date, end_date FROM missions").fetchall()}
    rows = []
    for i, (acronym, total) in enumerate(strength):
        hq, lat, lon, start, end = places.get(acronym, (None,) * 5)
        rows.append({"acronym": acronym, "name": mission_name(acronym), "kind": mission_table.kind(acronym),
                     "total": caveats.judge(f"/missions/{i}/total", int(total), None, acronym), "hq": hq,
                     "latitude": lat, "longitude": lon, "start": start and start.isoformat(),
                     "end": end and end.isoformat()})
    return {"month": month.to_dict(), "missions": rows, "caveats": caveats.to_list()}
