"""Quality flags as stored: implausible values kept as printed, in words, with their source and the decision on them."""

from __future__ import annotations

import json

import duckdb

from .models import FlagRow

# What each rule found, in words for the pages (the kinds are for programs).
LABELS = {
    "sex_split_flip": "split by sex out of line with the months around it",
    "total_jump": "total out of line with the months around it",
    "source_disagreement": "the Data Hub gives another figure",
    "ranking_mismatch": "the UN's own ranking gives another rank",
    "inferred_date": "no date printed: taken from the file",
    "no_printed_totals": "no printed totals to check the rows against",
    "carried_forward": "IPI carried the month before forward: not an observation",
    "ipi_no_breakdown": "IPI's breakdown by mission and sex lacks the country",
    "ipi_sex_total": "IPI's men and women do not add up to its total",
    "ipi_disagreement": "IPI's research dataset gives another figure",
}
DECISIONS = {
    "corrected": "corrected",
    "unreliable": "withheld",
    "checked": "checked: right as printed",
    "note": "a note for readers",
}


def flags(con: duckdb.DuckDBPyConnection) -> list[FlagRow]:
    """All flags with their source file and page, what they found in words, and the decision on them, oldest first."""
    decided: dict[tuple, tuple[str, int | None]] = {}
    for status, flags_json, line in con.execute("SELECT status, flags, review_line FROM notes").fetchall():
        for f in json.loads(flags_json):
            decided.setdefault((f["kind"], f["detail"], f["report"], f["page"]), (status, line))
    cur = con.execute(
        """SELECT f.kind, f.as_of, f.iso3, c.name AS country, f.mission, f.personnel_type, f.detail, f.report, f.page
           FROM quality_flags f LEFT JOIN countries c USING (iso3)
           ORDER BY f.as_of, f.kind, country, f.mission, f.personnel_type"""
    )
    names = [d[0] for d in cur.description]
    rows = []
    for row in cur.fetchall():
        flag = dict(zip(names, row))
        status, line = decided.get((flag["kind"], flag["detail"], flag["report"], flag["page"]), ("note", None))
        rows.append(FlagRow(**flag, label=LABELS[flag["kind"]], decision=DECISIONS[status], review_line=line))
    return rows
