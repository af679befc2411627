"""Tidy exports of the store (CSV, Parquet, JSON), with ISO3, canonical names and source file and page."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

import duckdb

from .errors import PeacekeepingError
from .facts.coverage import check_month

CONTRIBUTIONS = """
SELECT c.as_of, c.iso3, k.m49, k.name AS country, c.country_printed, c.mission, c.mission_printed,
       c.personnel_type, c.type_printed, c.male, c.female, c.total, c.report AS source_file, c.page
FROM contributions c JOIN countries k USING (iso3)
{where}
ORDER BY c.as_of, country, c.mission NULLS FIRST, c.personnel_type
"""

FORMATS = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "json": "FORMAT json, ARRAY true"}


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
