"""Rankings of contributors by total or by women: competition ranks, withheld rows, positions that depend on them."""

from __future__ import annotations

import datetime as dt

import duckdb

from ..errors import PeacekeepingError
from ..harmonize import countries
from .cache import memo
from .caveats import Caveats, NotInReport, caveat, load_notes, month_caveats
from .models import Ranking
from .months import CONTRIBUTOR, Month, ReportMonth, calendar, long_date, resolve_month

BY = ("total", "women")


def unreliable_split(con: duckdb.DuckDBPyConnection) -> set[dt.date]:
    """Months whose whole split by sex is known to be wrong."""
    return {
        d
        for (d,) in con.execute(
            "SELECT as_of FROM notes WHERE field = 'sex' AND status = 'unreliable' AND "
            "iso3 IS NULL AND mission IS NULL AND personnel_type IS NULL"
        ).fetchall()
    }


def check_split(con: duckdb.DuckDBPyConnection, month: ReportMonth, what: str) -> None:
    """NotInReport unless the month's report splits personnel by sex, and reliably."""
    months = calendar(con)
    bad = unreliable_split(con)
    if not months.row(month.as_of).has_sexes:
        raise NotInReport(
            f"{what} is not in the report of {long_date(month.as_of)}: it does not split personnel by sex",
            [m for m in months.nearest(month.as_of, "has_sexes")],
        )
    if month.as_of in bad:
        good = [m for m in months.covered() if m.has_sexes and m.as_of not in bad]
        nearest = [m.month for m in good if m.as_of < month.as_of][-1:] + [
            m.month for m in good if m.as_of > month.as_of
        ][:1]
        raise NotInReport(
            f"{what} cannot be given for {long_date(month.as_of)}: that report's split by sex is "
            "wrong (see `peacekeeping quality`)",
            nearest,
        )


def ranked(
    con: duckdb.DuckDBPyConnection,
    month: ReportMonth | Month,
    by: str,
    caveats: Caveats,
    prefix: str = "/rows",
    only_ranked: bool = False,
) -> list[dict]:
    """The month's ranked rows, contributors only (months.CONTRIBUTOR); a withheld figure has no rank, and rows whose
    place depends on it say so.

    `only_ranked` judges only the figure ranked by (for a caller that needs ranks, not the rows' other figures).
    """
    column = "rank" if by == "total" else "rank_women"
    ordered = memo(
        con,
        ("ranked", month.as_of, by),
        lambda: sorted(
            con.execute(
                f"SELECT iso3, total, women, {column} FROM country_months WHERE as_of = ? AND {column} IS NOT NULL "
                f"AND {CONTRIBUTOR}",
                [month.as_of],
            ).fetchall(),
            key=lambda r: (r[3], countries.by_iso3(r[0]).name),
        ),
    )
    rows = []
    for i, (iso3, total, women, rank) in enumerate(ordered):
        country = countries.by_iso3(iso3)
        path = f"{prefix}/{i}"
        t = total if only_ranked and by == "women" else caveats.judge(f"{path}/total", total, iso3=iso3)
        w = women if only_ranked and by == "total" else caveats.judge(f"{path}/women", women, iso3=iso3, kind="sex")
        value, printed = (t, total) if by == "total" else (w, women)
        caveats.same_as(f"{path}/{by}", f"{path}/rank")
        rows.append(
            {
                "rank": rank if value is not None else None,
                "iso3": iso3,
                "m49": country.m49,
                "country": country.name,
                "total": t,
                "women": w,
                "men": t - w if t is not None and w is not None else None,
                "printed": None if value is not None else printed,
                "depends_on": [],
            }
        )
    _dependencies(rows, by, caveats, prefix)
    return rows


def noted_ranks(con: duckdb.DuckDBPyConnection, month: ReportMonth, by: str) -> dict[str, dict]:
    """iso3 -> its row of `ranked` (rank, and the withheld figures it depends on) in a month with notes, read once
    per store. Read only: the rows are shared."""
    return memo(
        con,
        ("noted ranks", month.as_of, by),
        lambda: {r["iso3"]: r for r in ranked(con, month, by, Caveats(load_notes(con, month.as_of)), only_ranked=True)},
    )


def _dependencies(rows: list[dict], by: str, caveats: Caveats, prefix: str) -> None:
    """Mark the rows whose place may change with a withheld figure, and say so in a caveat."""
    key = by
    for i, row in enumerate(rows):
        if row["printed"] is None:
            continue
        reasons = caveats.withheld(f"{prefix}/{i}/{key}")
        bound = None if any(c.bound is None for c in reasons) else sum(c.bound for c in reasons)
        low = 0 if bound is None else max(0, row["printed"] - bound)
        high = float("inf") if bound is None else row["printed"] + bound
        affected = [
            j for j, other in enumerate(rows) if j != i and other[key] is not None and low <= other[key] <= high
        ]
        for j in affected:
            rows[j]["depends_on"].append(row["iso3"])
        if affected:
            places = [rows[j]["rank"] for j in affected]
            caveats.add(
                caveat(
                    "approximate",
                    f"{row['country']}'s figure is withheld, so the places of {len(affected)} "
                    f"{'country' if len(affected) == 1 else 'countries'} from {_ordinal(min(places))} to "
                    f"{_ordinal(max(places))} may be off by one.",
                    [f"{prefix}/{j}/rank" for j in affected],
                )
            )


def _ordinal(n: int) -> str:
    return f"{n}{'th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ranking(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None, by: str = "total") -> Ranking:
    """All contributors of a month with competition ranks, by total or by women (as the UN ranks)."""
    if by not in BY:
        raise PeacekeepingError(f"rank by 'total' or 'women', not {by!r}")
    month = resolve_month(con, as_of)
    if by == "women":
        check_split(con, month, "A ranking by women")
    caveats = month_caveats(con, month)
    rows = ranked(con, month, by, caveats)
    _left_out(con, month, by, rows, caveats)
    return Ranking.model_validate({"month": month.to_model(), "by": by, "rows": rows, "caveats": caveats.to_list()})


def _names(iso3s: list[str]) -> str:
    names = [countries.by_iso3(iso3).name for iso3 in iso3s]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _left_out(con: duckdb.DuckDBPyConnection, month: ReportMonth, by: str, rows: list[dict], caveats: Caveats) -> None:
    """Say who the list leaves out: countries the report lists with no one (not contributors: the UN's own ranking
    puts them last); by women, the contributors with no women, listed unranked after the others."""
    if by == "women":
        ranked_women = {r["iso3"] for r in rows}
        unranked = sorted(
            (
                (iso3, total, women)
                for iso3, total, women in con.execute(
                    f"SELECT iso3, total, women FROM country_months WHERE as_of = ? AND {CONTRIBUTOR}", [month.as_of]
                ).fetchall()
                if iso3 not in ranked_women
            ),
            key=lambda r: (-r[1], countries.by_iso3(r[0]).name),
        )
        start = len(rows)
        for i, (iso3, total, women) in enumerate(unranked, start=start):
            country = countries.by_iso3(iso3)
            rows.append(
                {
                    "rank": None,
                    "iso3": iso3,
                    "m49": country.m49,
                    "country": country.name,
                    "total": caveats.judge(f"/rows/{i}/total", total, iso3=iso3),
                    "women": caveats.judge(f"/rows/{i}/women", women, iso3=iso3, kind="sex"),
                    "men": None,
                    "printed": None,
                    "depends_on": [],
                }
            )
            if rows[-1]["total"] is not None and rows[-1]["women"] is not None:
                rows[-1]["men"] = rows[-1]["total"] - rows[-1]["women"]
        if unranked:
            n = len(unranked)
            caveats.add(
                caveat(
                    "note",
                    f"{n} {'contributor deploys' if n == 1 else 'contributors deploy'} no women "
                    f"this month ({_names([r[0] for r in unranked])}): listed last, not ranked "
                    "by women.",
                    [f"/rows/{i}/women" for i in range(start, len(rows))],
                )
            )
    idle = [
        iso3
        for (iso3,) in con.execute(
            f"SELECT iso3 FROM country_months WHERE as_of = ? AND NOT ({CONTRIBUTOR})", [month.as_of]
        ).fetchall()
    ]
    if idle:
        idle.sort(key=lambda iso3: countries.by_iso3(iso3).name)
        one = len(idle) == 1
        caveats.add(
            caveat(
                "note",
                f"The report also lists {_names(idle)} with no uniformed personnel: "
                f"{'not a contributor' if one else 'not contributors'} this month, so not in this "
                f"list (the UN's own ranking puts {'it' if one else 'them'} last).",
                ["/rows"],
            )
        )
