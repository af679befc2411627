"""Quality flags: values that reconcile but look implausible, kept as printed and flagged."""

from __future__ import annotations

import duckdb

# A contingent's female share that jumps against both neighbouring months, which agree with each other.
SEX_SPLIT_FLIP = """
WITH months AS (
    SELECT as_of, row_number() OVER (ORDER BY as_of) AS idx FROM (SELECT DISTINCT as_of FROM contributions)
), c AS (
    SELECT c.*, m.idx, c.female / c.total AS share FROM contributions c JOIN months m USING (as_of)
    WHERE c.female IS NOT NULL AND c.total >= 20
), w AS (
    SELECT *,
        lag(idx) OVER k AS p_idx, lag(share) OVER k AS p_share, lag(as_of) OVER k AS p_as_of,
        lead(idx) OVER k AS n_idx, lead(share) OVER k AS n_share, lead(as_of) OVER k AS n_as_of
    FROM c WINDOW k AS (PARTITION BY iso3, mission, personnel_type ORDER BY idx)
)
SELECT 'sex_split_flip', as_of, iso3, mission, personnel_type,
    format('{} women of {} ({}%) against {}% in {} and {}% in {}', female, total, round(100 * share)::INT,
           round(100 * p_share)::INT, strftime(p_as_of, '%Y-%m'),
           round(100 * n_share)::INT, strftime(n_as_of, '%Y-%m')),
    report, page
FROM w
WHERE p_idx = idx - 1 AND n_idx = idx + 1
  AND abs(share - p_share) >= 0.4 AND abs(share - n_share) >= 0.4 AND abs(p_share - n_share) <= 0.15
"""

# A country's total that is far out of line with both neighbouring months, which agree with each other.
TOTAL_JUMP = """
WITH months AS (
    SELECT as_of, row_number() OVER (ORDER BY as_of) AS idx FROM (SELECT DISTINCT as_of FROM contributions)
), t AS (
    SELECT iso3, as_of, idx, sum(total) AS total, any_value(report) AS report, min(page) AS page
    FROM contributions JOIN months USING (as_of) GROUP BY iso3, as_of, idx
), w AS (
    SELECT *,
        lag(idx) OVER k AS p_idx, lag(total) OVER k AS p_total, lag(as_of) OVER k AS p_as_of,
        lead(idx) OVER k AS n_idx, lead(total) OVER k AS n_total, lead(as_of) OVER k AS n_as_of
    FROM t WINDOW k AS (PARTITION BY iso3 ORDER BY idx)
)
SELECT 'total_jump', as_of, iso3, NULL, NULL,
    format('total {} against {} in {} and {} in {}', total, p_total, strftime(p_as_of, '%Y-%m'),
           n_total, strftime(n_as_of, '%Y-%m')),
    report, page
FROM w
WHERE p_idx = idx - 1 AND n_idx = idx + 1
  AND abs(total - p_total) >= 100 AND abs(total - n_total) >= 100
  AND (total >= 2 * greatest(p_total, n_total) OR 2 * total <= least(p_total, n_total))
  AND abs(p_total - n_total) <= 0.25 * greatest(p_total, n_total)
"""

INFERRED_DATE = """
SELECT 'inferred_date', as_of, NULL, NULL, NULL,
    format('the report prints no date; as_of {} taken from the {}', as_of, as_of_source), file, NULL
FROM reports WHERE status = 'ingested' AND as_of_source <> 'printed'
"""

NO_PRINTED_TOTALS = """
SELECT 'no_printed_totals', as_of, NULL, NULL, NULL,
    'the report prints no subtotals or grand total: rows checked (male + female = total) but not reconciled',
    file, NULL
FROM reports WHERE status = 'ingested' AND totals_checked = 0
"""


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every flag over the whole store."""
    con.execute("DELETE FROM quality_flags")
    for query in (INFERRED_DATE, NO_PRINTED_TOTALS, SEX_SPLIT_FLIP, TOTAL_JUMP):
        con.execute(f"INSERT INTO quality_flags {query}")


def flags(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """All flags with their source file and page, oldest month first."""
    cur = con.execute(
        """SELECT f.kind, f.as_of, f.iso3, c.name AS country, f.mission, f.personnel_type, f.detail, f.report, f.page
           FROM quality_flags f LEFT JOIN countries c USING (iso3)
           ORDER BY f.as_of, f.kind, country, f.mission, f.personnel_type"""
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
