"""Coverage: which months the store holds, which are missing, and what each month's report does not give."""

from __future__ import annotations

import duckdb

from ..dates import month_of
from ..harmonize import countries, personnel
from .models import Country, CountryRow, MonthRow

# Where a month's figures come from, in words.
SOURCES = {
    "report": "the UN's monthly report",
    "datahub": "the Data Hub (DPO-UCHISTORICAL)",
    "ipi": "IPI's research dataset (not official)",
}


def contributors(con: duckdb.DuckDBPyConnection) -> list[CountryRow]:
    """Every country the store lists, by name: its first and last month with personnel, and its latest total."""
    out = []
    for iso3, first, last, latest in con.execute(
        """SELECT iso3, min(as_of) FILTER (WHERE total > 0), max(as_of) FILTER (WHERE total > 0),
                      arg_max(total, as_of) FROM country_months GROUP BY iso3"""
    ).fetchall():
        c = countries.by_iso3(iso3)
        out.append(
            CountryRow(
                **Country.of(c).model_dump(),
                first_month=first and month_of(first),
                last_month=last and month_of(last),
                latest_total=latest,
            )
        )
    return sorted(out, key=lambda c: c.name)


def missing_months(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Months between the first and the latest ingested month that no report covers."""
    return [r[0] for r in con.execute("SELECT month FROM months WHERE as_of IS NULL ORDER BY month").fetchall()]


def coverage(con: duckdb.DuckDBPyConnection) -> list[MonthRow]:
    """One entry per month from the first to the latest: the report covering it, or status 'missing'.

    `source` says where the month's figures come from (SOURCES); `notes` what the month's report does not give:
    missions, sex split, a category, printed totals, its date, and a month IPI carried forward.
    """
    cur = con.execute(
        """SELECT m.month, CASE WHEN m.as_of IS NULL THEN 'missing' ELSE 'ingested' END AS status, m.as_of,
                  m.report, r.layout, r.rows, m.personnel, m.source, r.totals_checked, r.as_of_source, m.has_missions,
                  m.has_sexes, m.carried_from
           FROM months m LEFT JOIN reports r ON r.file = m.report AND r.as_of = m.as_of
           ORDER BY m.month"""
    )
    names = [d[0] for d in cur.description]
    rows = []
    for values in cur.fetchall():
        row = dict(zip(names, values))
        has_missions, has_sexes = row.pop("has_missions"), row.pop("has_sexes")
        checked, source, carried = row.pop("totals_checked"), row.pop("as_of_source"), row.pop("carried_from")
        notes = [f"IPI carried {carried} forward: not an observation"] if carried else []
        if row["as_of"] is not None:
            notes += [] if has_missions else ["no mission breakdown"]
            notes += [] if has_sexes else ["no sex split"]
            notes += [f"no {category} category" for category in personnel.not_reported(row["as_of"])]
            notes += [] if checked or row["source"] == "ipi" else ["prints no totals"]
            notes += [] if source == "printed" else [f"date from the {source}"]
        rows.append(MonthRow(**row, notes="; ".join(notes)))
    return rows
