"""Contribution facts: country profiles, rankings, missions, totals and series."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

import duckdb

from ..dates import month_end
from ..errors import PeacekeepingError
from ..harmonize import countries, missions, personnel
from .fatalities import NoFatalities, country_summary, fatalities
from .months import Calendar, calendar, resolve_month


@dataclass(slots=True)
class Change:
    """A country's total in an earlier report and the difference to now."""

    as_of: str
    report: str
    total: int
    women: int | None
    delta: int


@dataclass(slots=True)
class Profile:
    """A country's contribution in one report month."""

    country: dict
    month: dict
    present: bool  # whether the report lists the country at all
    total: int
    women: int | None  # None where the report has no sex split
    men: int | None
    women_share: float | None
    by_type: list[dict]
    not_reported_separately: dict[str, str]
    missions: list[dict] | None  # None where the report has no mission breakdown
    mission_count: int | None
    rank: int | None
    contributors: int
    rank_women: int | None
    contributors_of_women: int
    previous: Change | None
    year_earlier: Change | None
    first_month: str | None
    source: dict
    fatalities: dict | None = field(default=None)

    def to_dict(self) -> dict:
        return asdict(self)


def _women(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


def _share(women: int | None, total: int) -> float | None:
    return round(women / total, 4) if women is not None and total else None


def _mission_name(acronym: str) -> str | None:
    try:
        return missions.full_name(acronym)
    except missions.UnknownMission:
        return None


def _change(calendar: Calendar, history: dict, before: dt.date, total: int) -> Change | None:
    """The country's figures in the latest report dated before `before`, if any (absent = 0)."""
    row = calendar.before(before)
    if row is None:
        return None
    then_total, then_women = history.get(row[1], (0, 0))[:2]
    return Change(row[1].isoformat(), row[2], then_total, then_women, total - then_total)


def country_profile(con: duckdb.DuckDBPyConnection, country: str, as_of: str | dt.date | None = None,
                    published_before: dt.date | None = None) -> Profile:
    """Everything the store knows about a country's contribution in the report month of `as_of`.

    `published_before` limits the choice to reports generated before that day (see Calendar.resolve).
    """
    found = countries.resolve(country)
    months = calendar(con)
    month = months.resolve(as_of, published_before)
    rows = con.execute(
        "SELECT mission, personnel_type, total, female, page FROM contributions WHERE as_of = ? AND iso3 = ?",
        [month.as_of, found.iso3]).fetchall()
    live = [r for r in rows if r[2] > 0]
    total = sum(r[2] for r in live)
    women = _women([r[3] for r in live])
    by_type = []
    for category in personnel.CATEGORIES:
        part = [r for r in live if r[1] == category]
        if part:
            part_women = _women([r[3] for r in part])
            by_type.append({"personnel_type": category, "total": sum(r[2] for r in part), "women": part_women,
                            "pages": sorted({r[4] for r in part})})
    contributors, contributors_of_women, has_missions = months.row(month.as_of)[3:6]
    mission_list = None
    if has_missions:
        grouped: dict[str, list[tuple]] = {}
        for r in live:
            grouped.setdefault(r[0], []).append(r)
        mission_list = sorted(
            ({"acronym": acronym, "name": _mission_name(acronym), "total": sum(r[2] for r in part),
              "women": _women([r[3] for r in part]), "pages": sorted({r[4] for r in part})}
             for acronym, part in grouped.items()),
            key=lambda m: (-m["total"], m["acronym"]))
    history = {r[0]: r[1:] for r in con.execute(
        "SELECT as_of, total, women, rank, rank_women FROM country_months WHERE iso3 = ? ORDER BY as_of",
        [found.iso3]).fetchall()}
    mine = history.get(month.as_of)
    year_ago = month_end(month.as_of.year - 1, month.as_of.month) + dt.timedelta(days=1)
    first = next((as_of for as_of, r in history.items() if r[0] > 0), None)
    return Profile(
        country={"iso3": found.iso3, "m49": found.m49, "name": found.name},
        month=month.to_dict(),
        present=bool(rows),
        total=total,
        women=women,
        men=total - women if women is not None else None,
        women_share=_share(women, total),
        by_type=by_type,
        not_reported_separately=personnel.not_reported(month.as_of),
        missions=mission_list,
        mission_count=len(mission_list) if mission_list is not None else None,
        rank=mine[2] if mine else None,
        contributors=contributors,
        rank_women=mine[3] if mine else None,
        contributors_of_women=contributors_of_women,
        previous=_change(months, history, month.as_of, total),
        year_earlier=_change(months, history, year_ago, total),
        first_month=f"{first:%Y-%m}" if first else None,
        source={"report": month.report, "pages": sorted({r[4] for r in rows if r[4] is not None})},
        fatalities=country_summary(con, found.iso3, month.requested or month.as_of),
    )


def ranking(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None, by: str = "total") -> dict:
    """All contributors of a month with competition ranks, by total or by women (as the UN ranks)."""
    if by not in ("total", "women"):
        raise PeacekeepingError(f"rank by 'total' or 'women', not {by!r}")
    month = resolve_month(con, as_of)
    column = "rank" if by == "total" else "rank_women"
    rows = []
    for iso3, total, women, rank in con.execute(
            f"SELECT iso3, total, women, {column} FROM country_months WHERE as_of = ? AND {column} IS NOT NULL",
            [month.as_of]).fetchall():
        country = countries.by_iso3(iso3)
        rows.append({"rank": rank, "iso3": iso3, "m49": country.m49, "country": country.name, "total": total,
                     "women": women, "men": total - women if women is not None else None})
    rows.sort(key=lambda r: (r["rank"], r["country"]))
    return {"month": month.to_dict(), "by": by, "rows": rows}


def mission(con: duckdb.DuckDBPyConnection, acronym: str, as_of: str | dt.date | None = None) -> dict:
    """A mission's strength in a report month: contributors (largest first) and personnel types."""
    code = missions.acronym(acronym)
    month = resolve_month(con, as_of)
    rows = con.execute(
        "SELECT iso3, personnel_type, total, female, page FROM contributions "
        "WHERE as_of = ? AND mission = ? AND total > 0", [month.as_of, code]).fetchall()
    contributors: dict[str, list[tuple]] = {}
    for r in rows:
        contributors.setdefault(r[0], []).append(r)
    return {
        "acronym": code,
        "name": _mission_name(code),
        "month": month.to_dict(),
        "total": sum(r[2] for r in rows),
        "women": _women([r[3] for r in rows]),
        "contributors": sorted(
            ({"iso3": iso3, "m49": countries.by_iso3(iso3).m49, "country": countries.by_iso3(iso3).name,
              "total": sum(r[2] for r in part),
              "women": _women([r[3] for r in part]), "pages": sorted({r[4] for r in part})}
             for iso3, part in contributors.items()),
            key=lambda c: (-c["total"], c["country"])),
        "by_type": [{"personnel_type": c, "total": sum(r[2] for r in rows if r[1] == c),
                     "women": _women([r[3] for r in rows if r[1] == c])}
                    for c in personnel.CATEGORIES if any(r[1] == c for r in rows)],
        "source": {"report": month.report, "pages": sorted({r[4] for r in rows})},
    }


def totals(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None,
           published_before: dt.date | None = None) -> dict:
    """Global figures of a report month: personnel, women, contributing countries, missions, fatalities.

    Contributing countries are those the report lists, as the UN's own ranking counts them (zeros included).
    """
    month = resolve_month(con, as_of, published_before)
    personnel_total, women, nations, with_missions, acronyms = con.execute(
        """SELECT sum(total), CASE WHEN count(female) = count(*) THEN sum(female) END,
                  count(DISTINCT iso3), count(mission) > 0,
                  list(DISTINCT mission) FILTER (WHERE total > 0 AND mission IS NOT NULL)
           FROM contributions WHERE as_of = ?""", [month.as_of]).fetchone()
    acronyms = acronyms or []
    operations = [a for a in acronyms if missions.kind(a) == "pko"]
    try:
        deaths = fatalities(con, until=month.requested or month.as_of)
        died = {"count": deaths["count"], "until": deaths["until"], "release": deaths["release"]}
    except NoFatalities:
        died = None
    return {"month": month.to_dict(), "personnel": int(personnel_total), "women": women,
            "women_share": _share(women, int(personnel_total)), "contributing_countries": nations,
            "missions": len(acronyms) if with_missions else None,
            "peacekeeping_operations": len(operations) if with_missions else None, "fatalities_since_1948": died,
            "source": {"report": month.report}}


def series(con: duckdb.DuckDBPyConnection, country: str | None = None, mission_acronym: str | None = None) -> dict:
    """Totals, women and personnel by type per report month, for a country, a mission, both, or everything."""
    where, params, subject = ["total > 0"], [], {}
    if country is not None:
        found = countries.resolve(country)
        where.append("iso3 = ?")
        params.append(found.iso3)
        subject["country"] = {"iso3": found.iso3, "m49": found.m49, "name": found.name}
    if mission_acronym is not None:
        code = missions.acronym(mission_acronym)
        where.append("mission = ?")
        params.append(code)
        subject["mission"] = code
    by_type: dict[dt.date, dict[str, int]] = {}
    for as_of, category, total in con.execute(
            f"SELECT as_of, personnel_type, sum(total) FROM contributions WHERE {' AND '.join(where)} GROUP BY ALL",
            params).fetchall():
        by_type.setdefault(as_of, {})[category] = int(total)
    rows = con.execute(
        f"""SELECT r.as_of, r.file, coalesce(sum(c.total), 0),
                   CASE WHEN count(c.female) = count(c.total) THEN sum(c.female) END
            FROM reports r LEFT JOIN (SELECT * FROM contributions WHERE {' AND '.join(where)}) c ON c.as_of = r.as_of
            WHERE r.status = 'ingested' GROUP BY r.as_of, r.file ORDER BY r.as_of""", params).fetchall()
    return {**subject, "points": [
        {"as_of": a.isoformat(), "month": f"{a:%Y-%m}", "report": f, "total": int(t), "women": w,
         "by_type": by_type.get(a, {})} for a, f, t, w in rows
    ]}
