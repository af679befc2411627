"""IPI's months in the derived tables: the months no report and no Data Hub month covers, taken from IPI's research
dataset; the months IPI carried forward; the flags of its figures; and the note every figure of an IPI month carries.

The UN's reports win, then the Data Hub; IPI fills only what neither covers. In a month of IPI's breakdown by mission
and sex (2009-11 .. 2014-02) a contributor that breakdown lacks comes from its country file (no mission, no sex).
"""

from __future__ import annotations

import datetime as dt

import duckdb

from .. import store
from ..errors import PeacekeepingError
from ..sources.ipi import SOURCE

COUNTRY_FILES = "countries/*.csv"  # the "report" of a month taken from IPI's country files alone (as in MONTHS)

MONTHS = """
INSERT INTO reports
SELECT coalesce(any_value(i.source_file) FILTER (WHERE i.mission IS NOT NULL), 'countries/*.csv'), '', i.as_of,
       'printed', NULL, 'ipi', NULL, count(*), 0, 'ingested', NULL,
       (SELECT max(ingested_at) FROM datasets WHERE dataset LIKE 'ipi%')
FROM ipi_contributions i
WHERE strftime(i.as_of, '%Y-%m') NOT IN (SELECT strftime(as_of, '%Y-%m') FROM reports WHERE status = 'ingested')
GROUP BY i.as_of
"""
# A contributor's rows of IPI's breakdown by mission and sex where it has them that month, else its country file's.
ROWS = """
INSERT INTO contributions
SELECT i.as_of, i.mission, i.mission_printed, i.iso3, i.country_printed, i.personnel_type, i.type_printed, i.male,
       i.female, i.total, i.source_file, NULL, i.line
FROM ipi_contributions i JOIN reports r ON r.as_of = i.as_of AND r.layout = 'ipi'
WHERE i.mission IS NOT NULL OR NOT EXISTS (
    SELECT 1 FROM ipi_contributions g WHERE g.mission IS NOT NULL AND g.as_of = i.as_of AND g.iso3 = i.iso3)
"""
# Rows of one contributor, month, type (and mission) from two files, or under two spellings of its name.
TWICE = """
SELECT i.iso3, i.as_of, i.personnel_type, i.mission, list(DISTINCT i.source_file || ', line ' || i.line)
FROM ipi_contributions i
GROUP BY i.iso3, i.as_of, i.personnel_type, i.mission, i.mission IS NULL
HAVING count(*) > 1
LIMIT 1
"""
DATES = """
SELECT strftime(as_of, '%Y-%m'), list(DISTINCT as_of ORDER BY as_of), list(DISTINCT source_file)
FROM ipi_contributions GROUP BY 1 HAVING count(DISTINCT as_of) > 1 LIMIT 1
"""
# Runs of months whose country files repeat the month before for every contributor and type: the first month of a
# run is the observation, the others are carried forward from it.
CARRIED = """
WITH c AS (
    SELECT as_of, list(iso3 || ' ' || personnel_type || ' ' || total ORDER BY iso3, personnel_type) AS figures
    FROM ipi_contributions WHERE mission IS NULL GROUP BY as_of
), w AS (
    SELECT as_of, CASE WHEN figures = lag(figures) OVER (ORDER BY as_of)
                        AND date_diff('month', lag(as_of) OVER (ORDER BY as_of), as_of) = 1 THEN 0 ELSE 1 END AS new
    FROM c
), runs AS (
    SELECT as_of, new, sum(new) OVER (ORDER BY as_of) AS run FROM w
)
SELECT r.as_of, strftime(min(r.as_of) OVER (PARTITION BY r.run), '%Y-%m') AS origin, m.file
FROM runs r JOIN reports m ON m.as_of = r.as_of AND m.layout = 'ipi' AND m.status = 'ingested'
QUALIFY r.new = 0
ORDER BY r.as_of
"""
NO_BREAKDOWN = """
SELECT 'ipi_no_breakdown', c.as_of, c.iso3, NULL, NULL,
    format('{} people, from {} (no mission or sex)', sum(c.total), any_value(c.report)), any_value(c.report), NULL
FROM contributions c JOIN reports r ON r.as_of = c.as_of AND r.layout = 'ipi' AND r.status = 'ingested'
WHERE c.mission IS NULL AND c.as_of IN (SELECT as_of FROM contributions WHERE mission IS NOT NULL)
GROUP BY c.as_of, c.iso3
"""
SEX_TOTAL = """
SELECT 'ipi_sex_total', c.as_of, c.iso3, c.mission, c.personnel_type,
    format('{} men and {} women against a total of {} ({}, line {})', c.male, c.female, c.total, c.report, c.line),
    c.report, NULL
FROM contributions c JOIN reports r ON r.as_of = c.as_of AND r.layout = 'ipi' AND r.status = 'ingested'
WHERE c.male + c.female <> c.total
"""
# Where the Data Hub covers a month IPI also has, each contributor's total from both (IPI's country files).
DISAGREEMENT = """
WITH hub_months AS (
    SELECT as_of, file, strftime(as_of, '%Y-%m') AS month FROM reports WHERE layout = 'datahub' AND status = 'ingested'
), ipi AS (
    SELECT m.as_of, i.iso3, sum(i.total) AS total, any_value(i.source_file) AS file, min(i.line) AS line
    FROM ipi_contributions i JOIN hub_months m ON m.month = strftime(i.as_of, '%Y-%m')
    WHERE i.mission IS NULL GROUP BY ALL
), hub AS (
    SELECT c.as_of, c.iso3, sum(c.total) AS total
    FROM contributions c JOIN hub_months m ON m.as_of = c.as_of AND m.file = c.report GROUP BY ALL
)
SELECT 'ipi_disagreement', coalesce(hub.as_of, ipi.as_of), coalesce(hub.iso3, ipi.iso3), NULL, NULL,
    format('DPO-UCHISTORICAL {} against IPI {} ({}{})', coalesce(hub.total, 0), coalesce(ipi.total, 0),
           coalesce(ipi.file, 'no row'), CASE WHEN ipi.line IS NULL THEN '' ELSE format(', line {}', ipi.line) END),
    (SELECT file FROM hub_months m WHERE m.as_of = coalesce(hub.as_of, ipi.as_of)), NULL
FROM hub FULL JOIN ipi ON hub.as_of = ipi.as_of AND hub.iso3 = ipi.iso3
WHERE coalesce(hub.total, 0) <> coalesce(ipi.total, 0) AND coalesce(hub.as_of, ipi.as_of) IN (SELECT as_of FROM ipi)
"""
FLAGS = (NO_BREAKDOWN, SEX_TOTAL, DISAGREEMENT)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Take the months nothing official covers from IPI (after the reports and the Data Hub have theirs)."""
    if not con.execute("SELECT count(*) FROM ipi_contributions").fetchone()[0]:
        return
    if twice := con.execute(TWICE).fetchone():
        iso3, as_of, ptype, mission, places = twice
        raise PeacekeepingError(
            f"IPI's files give {iso3} {ptype}{f' in {mission}' if mission else ''} at {as_of} "
            f"twice: {' and '.join(sorted(places))} (keep one copy of each file)"
        )
    if dates := con.execute(DATES).fetchone():
        raise PeacekeepingError(
            f"IPI's files date {dates[0]} twice ({', '.join(map(str, dates[1]))}): {', '.join(sorted(dates[2]))}"
        )
    con.execute(MONTHS)
    con.execute(ROWS)


def flag(con: duckdb.DuckDBPyConnection) -> None:
    """IPI's quality flags (after the others: every rule's flags are deleted and recomputed at each write); the
    months IPI carried forward are marked in `months`."""
    for query in FLAGS:
        con.execute(f"INSERT INTO quality_flags {query}")
    for as_of, origin, file in con.execute(CARRIED).fetchall():
        con.execute(
            "INSERT INTO quality_flags VALUES ('carried_forward', ?, NULL, NULL, NULL, ?, ?, NULL)",
            [as_of, f"IPI repeats its figures of {origin} for every contributor and type", file],
        )
        con.execute("UPDATE months SET carried_from = ? WHERE as_of = ?", [origin, as_of])


def note(con: duckdb.DuckDBPyConnection) -> None:
    """The note every figure of an IPI month carries: its figures are IPI's, not an official UN dataset's (after
    the notes of the flags, which are rebuilt at each write)."""
    rows = []
    for as_of, file in con.execute(
        "SELECT as_of, file FROM reports WHERE layout = 'ipi' AND status = 'ingested' ORDER BY as_of"
    ).fetchall():
        rows.append(
            (
                as_of,
                None,
                None,
                None,
                "source",
                "note",
                None,
                source_text(as_of, file),
                None,
                None,
                "[]",
                None,
                None,
                f"{file} ({SOURCE})",
            )
        )
    store.insert(con, "notes", rows)


def source_text(as_of: dt.date, file: str) -> str:
    """What a reader of a figure of an IPI month is told."""
    text = (
        f"The figures of {as_of:%B %Y} are IPI's: {SOURCE}, not an official UN dataset; no report of the UN's "
        "and no Data Hub month covers it in this store."
    )
    if file == COUNTRY_FILES:
        text += (
            " IPI's country files give no breakdown by mission or sex; their 'Police' counts all police (formed "
            "police units too) and, in the 1990s, 'Experts' are military observers."
        )
    return text
