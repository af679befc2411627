"""Quality flags, recomputed at every ingest: values that reconcile but look implausible, kept as printed."""

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
FROM reports WHERE status = 'ingested' AND totals_checked = 0 AND layout NOT IN ('datahub', 'ipi')
"""

# Where a report and DPO-UCHISTORICAL cover the same month, every country x mission x type must agree
# (country x type where the report has no mission breakdown). The report's figure is the one kept.
SOURCE_DISAGREEMENT = """
WITH pdf AS (
    SELECT c.as_of, c.iso3, c.mission, c.personnel_type, sum(c.total) AS total, min(c.page) AS page,
           any_value(c.report) AS report
    FROM contributions c JOIN reports r ON r.file = c.report AND r.as_of = c.as_of
    WHERE r.layout NOT IN ('datahub', 'ipi') GROUP BY ALL
), months AS (
    SELECT as_of, count(mission) > 0 AS by_mission FROM pdf GROUP BY as_of
), hub AS (
    SELECT p.as_of, d.iso3, CASE WHEN m.by_mission THEN d.mission END AS mission, d.personnel_type,
           sum(d.total) AS total, min(d.line) AS line, any_value(d.source_file) AS file
    FROM datahub_contributions d
    JOIN (SELECT DISTINCT as_of FROM pdf) p ON date_trunc('month', p.as_of) = date_trunc('month', d.as_of)
    JOIN months m ON m.as_of = p.as_of
    GROUP BY ALL
), both_sources AS (
    SELECT coalesce(pdf.as_of, hub.as_of) AS as_of, coalesce(pdf.iso3, hub.iso3) AS iso3,
           coalesce(pdf.mission, hub.mission) AS mission, coalesce(pdf.personnel_type, hub.personnel_type) AS type,
           coalesce(pdf.total, 0) AS report_total, coalesce(hub.total, 0) AS hub_total, pdf.report, pdf.page,
           hub.file, hub.line
    FROM pdf FULL OUTER JOIN hub ON pdf.as_of = hub.as_of AND pdf.iso3 = hub.iso3
        AND pdf.mission IS NOT DISTINCT FROM hub.mission AND pdf.personnel_type = hub.personnel_type
), countries AS (  -- countries both sources list that month: within them, a row one side lacks counts as 0
    SELECT DISTINCT as_of, iso3 FROM pdf INTERSECT SELECT DISTINCT as_of, iso3 FROM hub
)
SELECT 'source_disagreement', as_of, iso3, mission, type,
    format('report {} against DPO-UCHISTORICAL {} ({}{})', report_total, hub_total, coalesce(file, 'no row'),
           CASE WHEN line IS NULL THEN '' ELSE format(', line {}', line) END),
    report, page
FROM both_sources JOIN countries USING (as_of, iso3) WHERE report_total <> hub_total
"""

# DPO-UCLATEST ranks against our competition ranks of the same month.
RANKING_MISMATCH = """
SELECT 'ranking_mismatch', d.as_of, d.iso3, NULL, NULL,
    format('DPO-UCLATEST ranks it {} ({}, line {}), the report gives rank {}', d.rank, d.source_file, d.line,
           coalesce(c.rank::VARCHAR, 'none')),
    r.file, NULL
FROM datahub_ranking d JOIN reports r ON r.as_of = d.as_of AND r.status = 'ingested'
LEFT JOIN country_months c ON c.as_of = d.as_of AND c.iso3 = d.iso3
WHERE c.rank IS DISTINCT FROM d.rank
"""


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every flag over the whole store."""
    con.execute("DELETE FROM quality_flags")
    for query in (INFERRED_DATE, NO_PRINTED_TOTALS, SEX_SPLIT_FLIP, TOTAL_JUMP, SOURCE_DISAGREEMENT, RANKING_MISMATCH):
        con.execute(f"INSERT INTO quality_flags {query}")
