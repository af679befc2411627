"""Tables out of the store: coverage by month and tidy exports (CSV, Parquet, JSON)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

import duckdb

from .errors import PeacekeepingError
from .harmonize import personnel
from .ingest import missing_months

CONTRIBUTIONS = """
SELECT c.as_of, c.iso3, k.m49, k.name AS country, c.country_printed, c.mission, c.mission_printed,
       c.personnel_type, c.type_printed, c.male, c.female, c.total, c.report AS source_file, c.page
FROM contributions c JOIN countries k USING (iso3)
{where}
ORDER BY c.as_of, country, c.mission NULLS FIRST, c.personnel_type
"""

FORMATS = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "json": "FORMAT json, ARRAY true"}


def coverage(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """One entry per month from the first to the latest: the report covering it, or status 'missing'.

    `notes` says what the month's report does not give: missions, sex split, a category, printed totals, its date.
    """
    cur = con.execute(
        """SELECT m.month, CASE WHEN m.as_of IS NULL THEN 'missing' ELSE 'ingested' END AS status, m.as_of,
                  m.report, r.layout, r.rows, m.personnel, r.totals_checked, r.as_of_source, m.has_missions, m.has_sexes
           FROM months m LEFT JOIN reports r ON r.file = m.report
           ORDER BY m.month"""
    )
    names = [d[0] for d in cur.description]
    rows = []
    for values in cur.fetchall():
        row = dict(zip(names, values))
        has_missions, has_sexes = row.pop("has_missions"), row.pop("has_sexes")
        checked, source = row.pop("totals_checked"), row.pop("as_of_source")
        notes = []
        if row["as_of"] is not None:
            notes += [] if has_missions else ["no mission breakdown"]
            notes += [] if has_sexes else ["no sex split"]
            notes += [f"no {category} category" for category in personnel.not_reported(row["as_of"])]
            notes += [] if checked else ["prints no totals"]
            notes += [] if source == "printed" else [f"date from the {source}"]
        rows.append({**row, "notes": "; ".join(notes)})
    return rows


def check_month(con: duckdb.DuckDBPyConnection, month: str) -> str:
    """Validate a YYYY-MM month that the store covers, or say which months exist."""
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        raise PeacekeepingError(f"bad month {month!r}: use YYYY-MM, e.g. 2022-06")
    found = con.execute(
        "SELECT count(*) FROM reports WHERE status = 'ingested' AND strftime(as_of, '%Y-%m') = ?", [month]
    ).fetchone()[0]
    if not found:
        span = con.execute("SELECT min(as_of), max(as_of) FROM reports WHERE status = 'ingested'").fetchone()
        state = "is a missing month" if month in missing_months(con) else "is not in the store"
        raise PeacekeepingError(f"{month} {state}; the store covers {span[0]:%Y-%m} to {span[1]:%Y-%m} "
                                "(see `peacekeeping months`)")
    return month


def export(con: duckdb.DuckDBPyConnection, what: str, fmt: str, as_of: str | None, dest: Path | BinaryIO) -> None:
    """Write the tidy contributions table (optionally one month) as csv, parquet or json."""
    if what != "contributions":
        raise PeacekeepingError(f"cannot export {what!r}: choose contributions")
    if fmt not in FORMATS:
        raise PeacekeepingError(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")
    params: list = []
    where = ""
    if as_of is not None:
        where = "WHERE strftime(c.as_of, '%Y-%m') = ?"
        params.append(check_month(con, as_of))
    query = CONTRIBUTIONS.format(where=where)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"export.{fmt}")
        # COPY takes no bound parameters, so the filtered rows go through a temporary table.
        con.execute(f"CREATE TEMP TABLE export_rows AS {query}", params)
        con.execute(f"COPY export_rows TO '{path}' ({FORMATS[fmt]})")
        con.execute("DROP TABLE export_rows")
        if isinstance(dest, Path):
            shutil.copyfile(path, dest)
        else:
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, dest)
            dest.flush()
