"""Quality flags as stored: implausible values kept as printed, with their source."""

from __future__ import annotations

import duckdb


def flags(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """All flags with their source file and page, oldest month first."""
    cur = con.execute(
        """SELECT f.kind, f.as_of, f.iso3, c.name AS country, f.mission, f.personnel_type, f.detail, f.report, f.page
           FROM quality_flags f LEFT JOIN countries c USING (iso3)
           ORDER BY f.as_of, f.kind, country, f.mission, f.personnel_type"""
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
