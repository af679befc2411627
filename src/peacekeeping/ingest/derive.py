"""Tables derived at every ingest: Data Hub months no report covers, IPI's months neither covers, corrected cells,
months (with gaps), ranked country-months, quality flags and notes; then the record prefixes the news reads."""

from __future__ import annotations

import uuid

import duckdb

from ..facts import cache, prefixes
from ..harmonize import corrections as reviewed
from . import corrections, ipi_months, quality

# The reports win: a month is taken from DPO-UCHISTORICAL only when no report covers it (and from IPI's research
# dataset only when neither does: ipi_months.py).
DATAHUB_MONTHS = """
INSERT INTO reports
SELECT d.source_file, s.sha256, d.as_of, 'printed', NULL, 'datahub', NULL, count(*), 0, 'ingested', NULL, s.ingested_at
FROM datahub_contributions d JOIN datasets s ON s.file = d.source_file AND s.status = 'ingested'
WHERE strftime(d.as_of, '%Y-%m') NOT IN (
    SELECT strftime(as_of, '%Y-%m') FROM reports WHERE status = 'ingested' AND layout <> 'datahub')
GROUP BY d.source_file, s.sha256, d.as_of, s.ingested_at
"""
DATAHUB_ROWS = """
INSERT INTO contributions
SELECT d.as_of, d.mission, d.mission_printed, d.iso3, d.country_printed, d.personnel_type, d.type_printed,
       d.male, d.female, d.total, d.source_file, NULL, d.line
FROM datahub_contributions d JOIN reports r ON r.file = d.source_file AND r.as_of = d.as_of AND r.layout = 'datahub'
"""

COUNTRY_MONTHS = """
INSERT INTO country_months
WITH t AS (
    SELECT as_of, iso3, sum(total) FILTER (WHERE total > 0) AS total,
           CASE WHEN count(female) FILTER (WHERE total > 0) = count(*) FILTER (WHERE total > 0)
                THEN sum(female) FILTER (WHERE total > 0) END AS women
    FROM cells GROUP BY as_of, iso3)
SELECT as_of, iso3, coalesce(total, 0), CASE WHEN total IS NULL THEN 0 ELSE women END,
       rank() OVER (PARTITION BY as_of ORDER BY coalesce(total, 0) DESC),
       CASE WHEN women > 0 THEN rank() OVER (
           PARTITION BY as_of ORDER BY CASE WHEN women > 0 THEN women END DESC NULLS LAST) END
FROM t
"""

MONTHS = """
INSERT INTO months
WITH span AS (
    SELECT range AS first_day
    FROM range((SELECT date_trunc('month', min(as_of)) FROM reports WHERE status = 'ingested'),
               (SELECT max(as_of) FROM reports WHERE status = 'ingested') + INTERVAL 1 DAY, INTERVAL 1 MONTH)
), covered AS (
    SELECT r.as_of, r.file, r.layout, sum(c.total) AS personnel,
           CASE WHEN count(c.women) = count(*) THEN sum(c.women) END AS women,
           count(*) AS contributors, count(*) FILTER (WHERE c.women > 0) AS contributors_of_women,
           (SELECT count(mission) > 0 FROM cells k WHERE k.as_of = r.as_of) AS has_missions,
           (SELECT count(female) > 0 FROM cells k WHERE k.as_of = r.as_of) AS has_sexes
    FROM reports r JOIN country_months c USING (as_of)
    WHERE r.status = 'ingested' GROUP BY r.as_of, r.file, r.layout
)
SELECT strftime(span.first_day, '%Y-%m'), covered.as_of, covered.file, covered.personnel, covered.women,
       covered.contributors, covered.contributors_of_women, covered.has_missions, covered.has_sexes,
       CASE WHEN covered.layout IN ('datahub', 'ipi') THEN covered.layout WHEN covered.as_of IS NOT NULL
            THEN 'report' END, NULL
FROM span LEFT JOIN covered ON date_trunc('month', covered.as_of) = span.first_day
"""


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every derived table: Data Hub and IPI months, corrected cells, ranked months, flags and notes."""
    con.execute("DELETE FROM contributions WHERE page IS NULL")  # rows taken from the Data Hub or IPI last time
    con.execute("DELETE FROM reports WHERE layout IN ('datahub', 'ipi')")
    con.execute(DATAHUB_MONTHS)
    con.execute(DATAHUB_ROWS)
    ipi_months.fill(con)
    corrections.apply(con)
    con.execute("DELETE FROM country_months")
    con.execute(COUNTRY_MONTHS)
    con.execute("DELETE FROM months")
    con.execute(MONTHS)
    quality.refresh(con)
    ipi_months.flag(con)
    corrections.notes(con)
    ipi_months.note(con)
    generation = uuid.uuid4().hex
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES ('corrections', ?), ('generation', ?)", [reviewed.digest(), generation]
    )
    record_prefixes(con, generation)


def record_prefixes(con: duckdb.DuckDBPyConnection, generation: str) -> None:
    """What each server process would otherwise compute for every new store generation, derived once here, in the
    write that is swapped in (issue 27.2): the record prefixes of every series and month (facts/prefixes.py), valid
    for `generation` (meta 'record_prefixes': a later write by an older peacekeeping gives the store another generation,
    and its readers then compute them)."""
    cache.renew(con)
    parameters = prefixes.parameters(con)
    cache.drop(con)  # the figures it judged: the readers load their own
    con.execute("DELETE FROM record_prefixes")
    con.execute(f"INSERT INTO record_prefixes {prefixes.QUERY}", parameters)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('record_prefixes', ?)", [generation])
