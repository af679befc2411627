"""Schema versions: what each store holds, and the steps that upgrade an older store in place.

Version 1 is the store of peacekeeping 0.1 (no `meta` table). Every later version is written in `meta`. Each step
runs inside the writing transaction on the store's temporary copy (store.writing), so an upgrade is all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..harmonize import corrections
from . import schema


def version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the connected store: 0 for an empty file, 1 before versions were recorded."""
    tables = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
    }
    if "meta" not in tables:
        return 1 if "contributions" in tables else 0
    found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(found[0]) if found else 0


def check_not_newer(found: int, path: Path) -> None:
    """Refuse a store written by a newer peacekeeping: this code would misread it."""
    if found > schema.VERSION:
        raise StoreError(
            f"store {path} has schema version {found}, newer than this peacekeeping reads "
            f"({schema.VERSION}): upgrade peacekeeping (pip install -U peacekeeping)"
        )


def outdated(con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
    """Why the store must be migrated before it is read (an older schema, other reviewed corrections), or None."""
    found = version(con)
    check_not_newer(found, path)
    if found < schema.VERSION:
        return f"store {path} has schema version {found}, this peacekeeping reads {schema.VERSION}"
    stored = con.execute("SELECT value FROM meta WHERE key = 'corrections'").fetchone()
    if stored is not None and stored[0] != corrections.digest():
        return f"store {path} was derived with other reviewed corrections than this peacekeeping's"
    return None


def require_current(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse to read a store that must be migrated first, saying what to run."""
    if reason := outdated(con, path):
        raise StoreError(f"{reason}: run `peacekeeping migrate --db {path}` to upgrade it in place")


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """The 2016-11 layout's name no longer copies the report's typo; versions are recorded in `meta`."""
    con.execute("UPDATE reports SET layout = 'country_mission_detail' WHERE layout = 'peackeeping_detail'")


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Corrected cells and notes are derived tables: created empty here, filled when the store is refreshed."""


def _v3_to_v4(con: duckdb.DuckDBPyConnection) -> None:
    """Datasets record when each file was downloaded (the newest download replaces a release, not the latest
    date); files ingested before are taken as downloaded when they were ingested."""
    con.execute("ALTER TABLE datasets ADD COLUMN IF NOT EXISTS downloaded TIMESTAMP")
    con.execute("UPDATE datasets SET downloaded = ingested_at WHERE downloaded IS NULL")


def _v4_to_v5(con: duckdb.DuckDBPyConnection) -> None:
    """IPI's research dataset (1990-2014): its tables are created empty; months say where each month's figures come
    from and which IPI carried forward (the derived rows are filled when the store is refreshed)."""
    con.execute("ALTER TABLE months ADD COLUMN IF NOT EXISTS source VARCHAR")
    con.execute("ALTER TABLE months ADD COLUMN IF NOT EXISTS carried_from VARCHAR")


STEPS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def upgrade(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """Upgrade the (writing) connection's store to schema.VERSION and create what is missing; the old version."""
    found = version(con)
    check_not_newer(found, path)
    try:
        for step in range(found, schema.VERSION) if found else ():
            STEPS[step](con)
        con.execute(schema.ddl())
    except duckdb.Error as exc:
        raise StoreError(f"cannot upgrade store {path} from schema version {found}: {exc}") from exc
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(schema.VERSION)])
    return found
