"""A country's contribution in one report month: totals, women, types, missions, ranks, changes, with caveats."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..dates import month_end
from ..harmonize import countries, personnel
from .cache import country_months, month_cells
from .caveats import Caveats, caveat, load_notes, month_caveats
from .fatalities import country_summary
from .missions import mission_name
from .models import Change, Country, MissionFigure, Profile, Source, TypeFigure
from .months import Calendar, ReportMonth, calendar, long_date
from .rankings import noted_ranks

_SPLIT_FIGURES = ["/women", "/men", "/women_share", "/rank_women"]


def women_of(values: list[int | None]) -> int | None:
    """The sum of the women of some rows, or None when one of them has no split by sex."""
    return None if any(v is None for v in values) else sum(values)


def share(women: int | None, total: int | None) -> float | None:
    """Women's share of a total, to four decimals."""
    return round(women / total, 4) if women is not None and total else None


def _part(
    rows: list[tuple], path: str, caveats: Caveats, iso3: str, mission: str | None = None, ptype: str | None = None
) -> dict:
    """Total and women of some of the country's rows, judged (rows: mission, type, total, female, page, printed)."""
    total = caveats.judge(
        f"{path}/total", sum(r[2] for r in rows), iso3, mission, ptype, printed=sum(r[5] for r in rows)
    )
    women = caveats.judge(f"{path}/women", women_of([r[3] for r in rows]), iso3, mission, ptype, kind="sex")
    return {"total": total, "women": women, "pages": sorted({r[4] for r in rows if r[4] is not None})}


def _change(
    con: duckdb.DuckDBPyConnection,
    months: Calendar,
    history: dict,
    iso3: str,
    before: dt.date,
    total: int | None,
    path: str,
    caveats: Caveats,
) -> Change | None:
    """The country's figures in the latest report dated before `before` (absent from it: 0), judged by its notes."""
    row = months.before(before)
    if row is None:
        return None
    then = history.get(row.as_of) or (0, 0 if row.has_sexes else None)
    earlier = Caveats(load_notes(con, row.as_of))
    then_total = earlier.judge(f"{path}/total", then[0], iso3)
    then_women = earlier.judge(f"{path}/women", then[1], iso3, kind="sex")
    for item in earlier.items:
        caveats.add(item)
    delta = total - then_total if total is not None and then_total is not None else None
    return Change(as_of=row.as_of, report=row.report, total=then_total, women=then_women, delta=delta)


def _count_missions(caveats: Caveats, iso3: str, missions: list[MissionFigure] | None) -> int | None:
    """How many missions: withheld when a row the report left out or misprinted may be in a mission not listed."""
    if missions is None:
        return None
    listed = {m.acronym for m in missions}
    touching = [n for n in caveats.notes if n.touches(iso3, None, None, "total")]
    doubts = [n for n in touching if n.status == "unreliable" and (n.mission is None or n.mission not in listed)]
    caveats.mark("/mission_count", doubts, "unreliable")
    caveats.mark("/mission_count", [n for n in touching if n.status == "corrected"], "corrected")
    return None if doubts else len(listed)


def _absent(months: Calendar, month: ReportMonth, caveats: Caveats) -> None:
    """Say which breakdowns the month's report does not hold, with the nearest months that do."""
    row = months.row(month.as_of)
    for has, what, figures in (
        ("has_missions", "has no breakdown by mission", ["/missions", "/mission_count"]),
        ("has_sexes", "does not split personnel by sex", _SPLIT_FIGURES),
    ):
        if not getattr(row, has):
            nearest = months.nearest(month.as_of, has)
            caveats.add(
                caveat(
                    "note",
                    f"The report of {long_date(month.as_of)} {what}"
                    + (f"; the nearest months that do: {', '.join(nearest)}." if nearest else "."),
                    figures,
                )
            )


def country_profile(
    con: duckdb.DuckDBPyConnection,
    country: str,
    as_of: str | dt.date | None = None,
    published_before: dt.date | None = None,
) -> Profile:
    """Everything the store knows about a country's contribution in the report month of `as_of`.

    `published_before` limits the choice to reports generated before that day (see Calendar.resolve).
    """
    found = countries.lookup(country)
    months = calendar(con)
    month = months.resolve(as_of, published_before)
    caveats = month_caveats(con, month)
    _absent(months, month, caveats)
    # Each row: mission, type, total, female, page, and its total as printed under this country (rows the report
    # printed under another country count for this one, rows printed under this one for another do not).
    rows = [
        (
            m,
            t,
            total if iso3 == found.iso3 else 0,
            female if iso3 == found.iso3 else 0,
            page,
            total if printed == found.iso3 else 0,
        )
        for m, t, total, female, page, iso3, printed in month_cells(con, month.as_of).get(found.iso3, [])
    ]
    live = [r for r in rows if r[2] > 0 or r[5] > 0]
    whole = _part(live, "", caveats, found.iso3)
    total, women = whole["total"], whole["women"]
    parts = [(c, [r for r in live if r[1] == c and r[2] > 0]) for c in personnel.CATEGORIES]
    by_type = [
        TypeFigure(personnel_type=category, **_part(part, f"/by_type/{i}", caveats, found.iso3, ptype=category))
        for i, (category, part) in enumerate((c, p) for c, p in parts if p)
    ]
    row = months.row(month.as_of)
    mission_list: list[MissionFigure] | None = None
    if row.has_missions and all(r[0] is not None for r in live):  # IPI's breakdown may lack a country (see notes)
        grouped: dict[str, list[tuple]] = {}
        for r in live:
            if r[2] > 0:
                grouped.setdefault(r[0], []).append(r)
        ordered = sorted(grouped.items(), key=lambda kv: (-sum(r[2] for r in kv[1]), kv[0]))
        mission_list = [
            MissionFigure(
                acronym=acronym,
                name=mission_name(acronym),
                **_part(part, f"/missions/{i}", caveats, found.iso3, mission=acronym),
            )
            for i, (acronym, part) in enumerate(ordered)
        ]
    mission_count = _count_missions(caveats, found.iso3, mission_list)
    history = country_months(con).get(found.iso3, {})
    mine = history.get(month.as_of)
    ranks: dict[str, dict | None] = {"total": None, "women": None}
    for by, value in (("total", total), ("women", women)):
        if not value or not mine:  # withheld, or no one: not a contributor (months.CONTRIBUTOR), no rank
            continue
        if not caveats.may_withhold():  # nothing withheld that month: the stored rank stands
            ranks[by] = {"rank": mine[2] if by == "total" else mine[3], "depends_on": []}
            continue
        ranks[by] = place = noted_ranks(con, month, by).get(found.iso3)
        if place and place["depends_on"]:
            names = ", ".join(countries.by_iso3(c).name for c in place["depends_on"])
            caveats.add(
                caveat(
                    "approximate",
                    f"The rank may be off by up to {len(place['depends_on'])}: the figures of {names} are withheld.",
                    ["/rank" if by == "total" else "/rank_women"],
                )
            )
    caveats.mark("/rank", [n for n in caveats.notes if n.field == "rank" and n.iso3 in (None, found.iso3)], "note")
    caveats.same_as("/women", "/men", "/women_share", "/rank_women")
    caveats.same_as("/total", "/rank")
    first = next((as_of for as_of, r in history.items() if r[0] > 0), None)
    year_ago = month_end(month.as_of.year - 1, month.as_of.month) + dt.timedelta(days=1)
    return Profile(
        country=Country.of(found),
        month=month.to_model(),
        present=bool(rows),
        total=total,
        women=women,
        men=total - women if None not in (total, women) else None,
        women_share=share(women, total),
        by_type=by_type,
        not_reported_separately=personnel.not_reported(month.as_of),
        missions=mission_list,
        mission_count=mission_count,
        rank=ranks["total"]["rank"] if ranks["total"] else None,
        contributors=row.contributors,
        rank_women=ranks["women"]["rank"] if ranks["women"] else None,
        contributors_of_women=row.contributors_of_women,
        previous=_change(con, months, history, found.iso3, month.as_of, total, "/previous", caveats),
        year_earlier=_change(con, months, history, found.iso3, year_ago, total, "/year_earlier", caveats),
        first_month=f"{first:%Y-%m}" if first else None,
        source=Source(report=month.report, pages=sorted({r[4] for r in rows if r[4] is not None})),
        fatalities=country_summary(con, found.iso3, month.requested or month.as_of),
        caveats=caveats.to_list(),
    )
