"""The DuckDB store: schema, where it lives, read access and atomic writes."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import platformdirs

from .errors import StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS countries (
    iso3 VARCHAR PRIMARY KEY,
    m49 INTEGER NOT NULL,
    name VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    file VARCHAR NOT NULL,          -- file name as ingested
    sha256 VARCHAR NOT NULL,
    as_of DATE,                     -- the date the report prints
    as_of_source VARCHAR,           -- 'printed', or how a date was inferred
    created DATE,                   -- the PDF's creation date: when the report was generated (published)
    layout VARCHAR,
    pages INTEGER,
    rows INTEGER,
    totals_checked INTEGER,         -- printed totals the rows were reconciled against
    status VARCHAR NOT NULL,        -- 'ingested' or 'skipped'
    reason VARCHAR,                 -- why a report was skipped
    ingested_at TIMESTAMP NOT NULL
    -- layout 'datahub': a month taken from DPO-UCHISTORICAL because no report covers it (one row per month)
);
CREATE TABLE IF NOT EXISTS contributions (
    as_of DATE NOT NULL,
    mission VARCHAR,                -- normalized acronym; NULL when the report has no mission breakdown
    mission_printed VARCHAR,
    iso3 VARCHAR NOT NULL,
    country_printed VARCHAR NOT NULL,
    personnel_type VARCHAR NOT NULL, -- one of the five current categories
    type_printed VARCHAR NOT NULL,
    male INTEGER,                   -- NULL when the report has no sex split
    female INTEGER,
    total INTEGER NOT NULL,
    report VARCHAR NOT NULL,        -- source file name
    page INTEGER,                   -- page of the report; NULL for Data Hub rows
    line INTEGER                    -- line (or JSON item) of a Data Hub file; NULL for report rows
);
-- DPO-UCHISTORICAL as downloaded (newest release only): fills months no report covers, and is compared
-- with the reports where both cover a month (quality flag 'source_disagreement'; the reports win).
CREATE TABLE IF NOT EXISTS datahub_contributions (
    as_of DATE NOT NULL,
    mission VARCHAR,
    mission_printed VARCHAR,
    iso3 VARCHAR NOT NULL,
    country_printed VARCHAR NOT NULL,
    personnel_type VARCHAR NOT NULL,
    type_printed VARCHAR NOT NULL,
    male INTEGER,
    female INTEGER,
    total INTEGER NOT NULL,
    source_file VARCHAR NOT NULL,
    line INTEGER NOT NULL
);
-- DPO-UCLATEST: the UN's own ranking of one month, compared with ours (quality flag 'ranking_mismatch').
CREATE TABLE IF NOT EXISTS datahub_ranking (
    as_of DATE NOT NULL,
    iso3 VARCHAR NOT NULL,
    rank INTEGER NOT NULL,
    female INTEGER,
    male INTEGER,
    total INTEGER,
    source_file VARCHAR NOT NULL,
    line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS datasets (
    dataset VARCHAR NOT NULL,       -- 'fatalities' or 'missions'
    release DATE NOT NULL,          -- the dataset's last_update
    file VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    format VARCHAR,                 -- 'csv' or 'json'
    rows INTEGER,
    status VARCHAR NOT NULL,        -- 'ingested' or 'skipped'
    reason VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    PRIMARY KEY (file, sha256)
);
-- Every release of the fatalities register is kept, so counts are reproducible per release.
CREATE TABLE IF NOT EXISTS fatalities (
    release DATE NOT NULL,
    id INTEGER NOT NULL,
    incident_date DATE NOT NULL,
    casualty_id VARCHAR,
    mission VARCHAR,
    casualty_type VARCHAR,
    gender VARCHAR,
    nationality VARCHAR,            -- as printed
    iso3 VARCHAR,                   -- NULL for an undetermined nationality
    m49 INTEGER,                    -- as printed
    personnel_type VARCHAR,
    incident_type VARCHAR,
    source_file VARCHAR NOT NULL,
    line INTEGER NOT NULL
);
-- The mission list as reviewed (harmonize/data/mission_corrections.csv applied); the newest release only.
CREATE TABLE IF NOT EXISTS missions (
    acronym VARCHAR PRIMARY KEY,
    name VARCHAR,
    kind VARCHAR,                   -- 'pko', 'spm' or 'other'
    lead_department VARCHAR,
    active BOOLEAN,
    start_date DATE,
    end_date DATE,
    hq VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE,
    release DATE,
    source VARCHAR                  -- file and line, or the reviewed table that added or corrected it
);
-- Derived at every ingest (summaries.py): one row per month from the first to the latest report.
CREATE TABLE IF NOT EXISTS months (
    month VARCHAR PRIMARY KEY,      -- YYYY-MM
    as_of DATE,                     -- NULL: no report covers the month
    report VARCHAR,
    personnel INTEGER,
    women INTEGER,                  -- NULL where the report has no sex split
    contributors INTEGER,           -- countries listed (the UN ranks them all, zeros included)
    contributors_of_women INTEGER,
    has_missions BOOLEAN,           -- whether the report breaks contributions down by mission
    has_sexes BOOLEAN               -- whether it splits them by sex
);
-- Derived at every ingest: each country's month with competition ranks (equal totals share a rank).
CREATE TABLE IF NOT EXISTS country_months (
    as_of DATE NOT NULL,
    iso3 VARCHAR NOT NULL,
    total INTEGER NOT NULL,
    women INTEGER,
    rank INTEGER NOT NULL,
    rank_women INTEGER,             -- among countries with women deployed
    PRIMARY KEY (as_of, iso3)
);
CREATE TABLE IF NOT EXISTS quality_flags (
    kind VARCHAR NOT NULL,
    as_of DATE NOT NULL,
    iso3 VARCHAR,
    mission VARCHAR,
    personnel_type VARCHAR,
    detail VARCHAR NOT NULL,
    report VARCHAR,
    page INTEGER
);
"""


def default_path() -> Path:
    """The store's path: $PEACEKEEPING_DB, else the user's data directory."""
    env = os.environ.get("PEACEKEEPING_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("peacekeeping", appauthor=False)) / "peacekeeping.duckdb"


def connect(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open an existing store read-only (its tables are the connection's default; cursors need `USE store`)."""
    path = path or default_path()
    if not path.exists():
        raise StoreError(f"no store at {path}: run `peacekeeping ingest PATH` first (or pass --db)")
    # ATTACH, not duckdb.connect(path): DuckDB shares one instance per path within a process, and would hand
    # back a store file that an ingest has since replaced.
    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
        con.execute("USE store")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    return con


@contextmanager
def writing(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Write to a copy of the store and swap it in on success; on any error the store is untouched."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove(tmp)
    if path.exists():
        shutil.copyfile(path, tmp)
    try:
        con = duckdb.connect(str(tmp))
    except duckdb.Error as exc:
        _remove(tmp)
        raise StoreError(f"cannot open store {path} for writing: {exc}") from exc
    try:
        con.execute(SCHEMA)
        con.execute("BEGIN TRANSACTION")
        yield con
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        con.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        con.close()
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _remove_stale(path: Path) -> None:
    """Delete the temp copies (`.{name}.{pid}.tmp` and its WAL) that killed ingests left: their process is gone."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.tmp(?:\.wal)?")
    for leftover in path.parent.iterdir():
        m = pattern.fullmatch(leftover.name)
        if m and int(m[1]) != os.getpid() and not _alive(int(m[1])):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether a process runs (or cannot be told apart from one that does)."""
    if os.name != "posix":
        return True  # os.kill(pid, 0) is no probe on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: another user's process
        return True
    return True
