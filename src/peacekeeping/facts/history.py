"""Every contributor's figures in one report month, judged, for comparisons between months; and the dated lists.

A panel reads the month's cells once and judges every figure it gives (by country, by country and type, by mission and
country) against the month's notes: a figure that may be off by 1% or more is None, as everywhere. Figure paths are
`/{month}/countries/{iso3}/...`, `/{month}/missions/{acronym}/...` and `/{month}/world/...`, so the caveats of several
months can travel together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb

from ..harmonize import missions as mission_table
from . import cache
from .caveats import Caveats, load_notes
from .months import Month, calendar
from .rankings import ranked, unreliable_split


@dataclass(slots=True)
class Panel:
    """One report month: judged figures by country, type and mission, ranks, and the world's totals."""

    month: Month
    caveats: Caveats
    split: bool  # whether the month's split by sex can be stated at all
    total: dict[str, int | None] = field(default_factory=dict)
    women: dict[str, int | None] = field(default_factory=dict)
    by_type: dict[tuple[str, str], tuple[int | None, int | None]] = field(default_factory=dict)
    by_mission: dict[str, dict[str, int | None]] | None = None  # mission -> iso3 -> total; None: no breakdown
    mission_total: dict[str, int | None] = field(default_factory=dict)
    rank: dict[str, dict] = field(default_factory=dict)  # "total"|"women" -> iso3 -> {"rank", "depends_on"}
    pages: dict[str, list[int]] = field(default_factory=dict)
    mission_pages: dict[str, list[int]] = field(default_factory=dict)
    world: dict[str, int | None] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.month.month

    def path(self, *parts: str) -> str:
        """The path of a figure of this month."""
        return "/" + "/".join((self.key, *parts))


def _women(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


def panel(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> Panel:
    """The judged figures of the report month dated `as_of` (made once per store; read only: it is shared)."""
    return cache.memo(con, ("panel", as_of), lambda: _panel(con, as_of))


def figures(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> Panel:
    """The judged figures of a report month by country and by country and type alone, as in its panel (no missions,
    ranks or world: what the series read, a third less work; made once per store)."""
    return cache.memo(con, ("figures", as_of), lambda: _panel(con, as_of, whole=False))


def _panel(con: duckdb.DuckDBPyConnection, as_of: dt.date, whole: bool = True) -> Panel:
    month = calendar(con).row(as_of)
    notes = load_notes(con, as_of)
    caveats = Caveats(notes)
    split = bool(month.has_sexes) and as_of not in unreliable_split(con)
    p = Panel(month, caveats, split)
    rows = con.execute(
        "SELECT iso3, mission, personnel_type, total, female, page FROM cells WHERE as_of = ?", [as_of]
    ).fetchall()
    country: dict[str, list] = defaultdict(list)
    types: dict[tuple[str, str], list] = defaultdict(list)
    missions: dict[tuple[str, str], list] = defaultdict(list)
    for iso3, mission, ptype, total, female, page in rows:
        country[iso3].append((total, female, page))
        if total > 0:
            types[(iso3, ptype)].append((total, female))
            if mission is not None:
                missions[(mission, iso3)].append((total, page))
    for iso3, part in country.items():
        p.total[iso3] = caveats.judge(p.path("countries", iso3, "total"), sum(r[0] for r in part), iso3)
        women = _women([r[1] for r in part]) if split else None
        p.women[iso3] = caveats.judge(p.path("countries", iso3, "women"), women, iso3, kind="sex")
        p.pages[iso3] = sorted({r[2] for r in part if r[2] is not None and r[0] > 0})
    for (iso3, ptype), part in types.items():
        base = ("countries", iso3, "types", ptype)
        women = _women([r[1] for r in part]) if split else None
        p.by_type[(iso3, ptype)] = (
            caveats.judge(p.path(*base, "total"), sum(r[0] for r in part), iso3, ptype=ptype),
            caveats.judge(p.path(*base, "women"), women, iso3, ptype=ptype, kind="sex"),
        )
    if not whole:
        return p
    if month.has_missions:
        p.by_mission = defaultdict(dict)
        pages: dict[str, set[int]] = defaultdict(set)
        for (mission, iso3), part in missions.items():
            p.by_mission[mission][iso3] = caveats.judge(
                p.path("missions", mission, iso3), sum(r[0] for r in part), iso3, mission
            )
            pages[mission] |= {r[1] for r in part if r[1] is not None}
        for mission in p.by_mission:
            raw = sum(sum(r[0] for r in part) for (m, _), part in missions.items() if m == mission)
            p.mission_total[mission] = caveats.judge(p.path("missions", mission, "total"), raw, None, mission)
            p.mission_pages[mission] = sorted(pages[mission])
        p.by_mission = dict(p.by_mission)
    _ranks(con, p)
    _world(p, rows)
    return p


def _ranks(con: duckdb.DuckDBPyConnection, p: Panel) -> None:
    """Competition ranks by total and by women; where a figure of the month is withheld, the ranks that depend on it."""
    for by in ("total", "women"):
        if by == "women" and not p.split:
            p.rank[by] = {}
            continue
        if not p.caveats.may_withhold():
            column = "rank" if by == "total" else "rank_women"
            p.rank[by] = {
                iso3: {"rank": r, "depends_on": []}
                for iso3, r in con.execute(
                    f"SELECT iso3, {column} FROM country_months WHERE as_of = ? AND {column} IS NOT NULL",
                    [p.month.as_of],
                ).fetchall()
            }
            continue
        rows = ranked(con, p.month, by, p.caveats, prefix=p.path("ranks", by))
        p.rank[by] = {r["iso3"]: {"rank": r["rank"], "depends_on": r["depends_on"]} for r in rows}


def _world(p: Panel, rows: list[tuple]) -> None:
    """Personnel, women, contributing countries and peacekeeping operations of the month, judged."""
    people = sum(r[3] for r in rows)
    women = _women([r[4] for r in rows]) if p.split else None
    acronyms = {r[1] for r in rows if r[1] is not None and r[3] > 0}
    p.world = {
        "personnel": p.caveats.judge(p.path("world", "personnel"), people),
        "women": p.caveats.judge(p.path("world", "women"), women, kind="sex"),
        "contributors": len({r[0] for r in rows if r[3] > 0}),  # months.CONTRIBUTOR: one person or more
        "operations": (sum(1 for a in acronyms if mission_table.kind(a) == "pko") if p.month.has_missions else None),
    }


def mission_dates(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """The mission list's kind, start and end of every mission, with the line it was read from."""
    return {
        a: {"kind": k, "start": s, "end": e, "source": src}
        for a, k, s, e, src in con.execute(
            "SELECT acronym, kind, start_date, end_date, source FROM missions"
        ).fetchall()
    }


def register(con: duckdb.DuckDBPyConnection) -> tuple[dict | None, list[tuple]]:
    """The newest fatalities release (date, file) and its rows: incident date, ISO3, mission, casualty id, line (read
    once per store)."""

    def load() -> tuple[dict | None, list[tuple]]:
        release = con.execute(
            "SELECT release, file FROM datasets WHERE dataset = 'fatalities' "
            "AND status = 'ingested' ORDER BY release DESC LIMIT 1"
        ).fetchone()
        if release is None:
            return None, []
        rows = con.execute(
            "SELECT incident_date, iso3, mission, casualty_id, line FROM fatalities WHERE release = ? "
            "ORDER BY incident_date, id",
            [release[0]],
        ).fetchall()
        return {"date": release[0], "file": release[1]}, rows

    return cache.memo(con, "register", load)


def country_series(
    con: duckdb.DuckDBPyConnection, iso3: str | None = None
) -> tuple[list[Month], dict[tuple[str, str | None], list], set]:
    """Each country's (or one country's) (total, women) per covered month, overall (type None) and per personnel
    type, judged.

    One query; months with notes that may withhold a figure are taken from their panels, so a withheld figure is
    None there. Women are None in a month whose split by sex cannot be stated; the third item is the set of months
    whose split can be stated. Not kept: every country's is read once per store by the prefixes computed from it
    (facts/prefixes.py, which keeps those), and kept beside them it took 10-14 MB a server process (issue 27.5).
    """
    months = calendar(con).covered()
    index = {m.as_of: i for i, m in enumerate(months)}
    noted = {d for (d,) in con.execute("SELECT DISTINCT as_of FROM notes WHERE status = 'unreliable'").fetchall()}
    bad = unreliable_split(con)
    series: dict[tuple[str, str | None], list] = defaultdict(lambda: [(0, 0)] * len(months))
    for as_of, code, ptype, total, women in cache.streamed(
        con.execute(
            "SELECT as_of, iso3, personnel_type, sum(total), CASE WHEN count(female) = count(*) THEN sum(female) "
            "END FROM cells WHERE total > 0 AND (?::VARCHAR IS NULL OR iso3 = ?) GROUP BY ALL",
            [iso3, iso3],
        )
    ):
        if as_of in noted:
            continue
        i, split = index[as_of], months[index[as_of]].has_sexes and as_of not in bad
        for key in ((code, ptype), (code, None)):
            t, w = series[key][i]
            series[key][i] = (
                t + int(total),
                (w + int(women)) if split and women is not None and w is not None else None,
            )
    for as_of in noted & set(index):
        p, i = figures(con, as_of), index[as_of]
        for code, total in p.total.items():
            if iso3 is None or code == iso3:
                series[(code, None)][i] = (total, p.women.get(code))
        for (code, ptype), value in p.by_type.items():
            if iso3 is None or code == iso3:
                series[(code, ptype)][i] = value
    splits = {m.as_of for m in months if m.has_sexes and m.as_of not in bad}
    return months, dict(series), splits


def series_of(con: duckdb.DuckDBPyConnection, iso3: str) -> tuple[list[Month], dict[tuple[str, str | None], list], set]:
    """`country_series` of one country (its keys alone), once per store and country: what the news asks of the few
    countries that start or stop contributing in a month."""
    return cache.memo(con, ("country series", iso3), lambda: country_series(con, iso3))
