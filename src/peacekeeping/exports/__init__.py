"""Tidy exports of the store (CSV, Parquet, JSON), with ISO3, canonical names and source file and page."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import duckdb

from ..dates import when
from ..errors import PeacekeepingError
from ..facts.months import ReportMonth, resolve_month

if TYPE_CHECKING:  # pyarrow (~50 MB) is loaded by an export, not by every process that imports this (the server)
    import pyarrow as pa

# Corrected figures with the printed ones beside them, and every note that touches the row (worst status first).
CONTRIBUTIONS = """
WITH touching AS (
    SELECT c.rowid AS cell, n.status, n.text,
           CASE n.status WHEN 'unreliable' THEN 1 WHEN 'corrected' THEN 2 WHEN 'note' THEN 3 ELSE 4 END AS severity
    FROM cells c JOIN notes n ON n.as_of = c.as_of AND n.field IN ('total', 'sex', 'country', 'source')
        AND (n.iso3 IS NULL OR n.iso3 = c.iso3 OR (n.field = 'country' AND n.iso3 = c.printed_iso3))
        AND (n.mission IS NULL OR n.mission IS NOT DISTINCT FROM c.mission)
        AND (n.personnel_type IS NULL OR n.personnel_type = c.personnel_type)
), per_cell AS (
    SELECT cell, arg_min(status, severity) AS status, string_agg(DISTINCT text, ' | ') AS caveats
    FROM touching GROUP BY cell
)
SELECT c.as_of, c.iso3, k.m49, k.name AS country, c.country_printed, c.mission, c.mission_printed,
       c.personnel_type, c.type_printed, c.male, c.female, c.total, c.printed_iso3, c.printed_male,
       c.printed_female, coalesce(p.status, 'as printed') AS status, p.caveats, c.report AS source_file, c.page
FROM cells c JOIN countries k USING (iso3) LEFT JOIN per_cell p ON p.cell = c.rowid
{where}
ORDER BY c.as_of, country, c.mission NULLS FIRST, c.personnel_type
"""

FORMATS = ("csv", "parquet", "json")

# One extra copy of an export's rows is fine; con.sql, which avoids it, refuses a connection that another query's
# partly fetched result still holds.
warnings.filterwarnings("ignore", "Arrow output on a DB-API result", UserWarning, r"peacekeeping\.exports")


def export(
    con: duckdb.DuckDBPyConnection, what: str, fmt: str, as_of: str | None, dest: Path | BinaryIO
) -> ReportMonth | None:
    """Write the tidy contributions table (optionally one month) as csv, parquet or json: corrected figures, the
    printed ones beside them, and the caveats of each row. `as_of` is resolved as by every command (the latest
    report on or before it); the month used is returned, with the reason when it is not the one asked."""
    if what != "contributions":
        raise PeacekeepingError(f"cannot export {what!r}: choose contributions")
    if fmt not in FORMATS:
        raise PeacekeepingError(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")
    used = resolve_month(con, when(as_of)) if as_of is not None else None
    where = "WHERE strftime(c.as_of, '%Y-%m') = ?" if used else ""
    params = [used.month] if used else []
    table = con.execute(CONTRIBUTIONS.format(where=where), params).to_arrow_table()
    if isinstance(dest, Path):  # written beside it, then renamed: never a half-written file
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                _write(table, fmt, fh)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        _write(table, fmt, dest)
        dest.flush()
    return used


def _write(table: pa.Table, fmt: str, out: BinaryIO) -> None:
    """The rows in one format, written by Python (a server's store connection may not touch files)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if fmt == "csv":
        pacsv.write_csv(table, out, pacsv.WriteOptions(quoting_style="needed"))
    elif fmt == "parquet":
        pq.write_table(table, out)
    else:
        out.write(json.dumps(table.to_pylist(), ensure_ascii=False, default=str).encode())
