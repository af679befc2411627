"""Schema versions: a store made by an earlier release is upgraded in place, atomically, or refused clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

from peacekeeping import facts, ingest, store
from peacekeeping.cli import app
from peacekeeping.errors import StoreError
from peacekeeping.store import migrations, schema

V1 = FIXTURES / "store_v1.sql"
NOW = dt.datetime(2022, 10, 1, 12, 0)


def old_store(path: Path) -> Path:
    """A store as peacekeeping 0.1 wrote it: its schema, no version, one report of the 2016-11 layout."""
    with duckdb.connect(str(path)) as con:
        con.execute(V1.read_text(encoding="utf-8"))
        con.execute("INSERT INTO countries VALUES ('PER', 604, 'Peru'), ('NPL', 524, 'Nepal')")
        con.execute(
            "INSERT INTO reports VALUES ('UN_country_contributions_2016_11.pdf', 'ab12', '2016-11-30', "
            "'printed', '2016-12-15', 'peackeeping_detail', 127, 3, 4, 'ingested', NULL, ?)",
            [NOW],
        )
        con.execute(
            "INSERT INTO contributions VALUES "
            "('2016-11-30', 'MINUSCA', 'MINUSCA', 'PER', 'Peru', 'Troops', 'Contingent Troops', 200, 5, 205, "
            "'UN_country_contributions_2016_11.pdf', 3, NULL), "
            "('2016-11-30', 'UNIFIL', 'UNIFIL', 'PER', 'Peru', 'Staff Officer', 'Staff Officer', 2, 0, 2, "
            "'UN_country_contributions_2016_11.pdf', 4, NULL), "
            "('2016-11-30', 'UNMISS', 'UNMISS', 'NPL', 'Nepal', 'Troops', 'Contingent Troops', 1700, 40, "
            "1740, 'UN_country_contributions_2016_11.pdf', 9, NULL)"
        )
        con.execute(
            "INSERT INTO months VALUES ('2016-11', '2016-11-30', 'UN_country_contributions_2016_11.pdf', "
            "1947, 45, 2, 2, true, true)"
        )
        con.execute(
            "INSERT INTO country_months VALUES ('2016-11-30', 'NPL', 1740, 40, 1, 1), "
            "('2016-11-30', 'PER', 207, 5, 2, 2)"
        )
    return path


def test_an_old_store_is_refused_with_what_to_run(tmp_path):
    db = old_store(tmp_path / "old.duckdb")
    with pytest.raises(StoreError) as caught:
        store.connect(db)
    assert str(caught.value) == (
        f"store {db} has schema version 1, this peacekeeping reads {schema.VERSION}: "
        f"run `peacekeeping migrate --db {db}` to upgrade it in place"
    )
    result = CliRunner().invoke(app, ["profile", "Peru", "--db", str(db)])
    assert result.exit_code == 1
    assert f"peacekeeping migrate --db {db}" in result.output
    assert "Traceback" not in result.output


def test_migrate_upgrades_in_place_and_keeps_every_row(tmp_path):
    db = old_store(tmp_path / "old.duckdb")
    result = CliRunner().invoke(app, ["migrate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"{db} migrated (store {db} has schema version 1, this peacekeeping reads {schema.VERSION})\n"
    )
    with store.connect(db) as con:
        assert migrations.version(con) == schema.VERSION
        assert con.execute("SELECT layout FROM reports").fetchall() == [("country_mission_detail",)]
        assert con.execute("SELECT count(*), sum(total) FROM contributions").fetchone() == (3, 1947)
        profile = facts.country_profile(con, "Peru", "2016-11")
    assert (profile.total, profile.women, profile.mission_count, profile.rank) == (207, 5, 2, 2)
    again = CliRunner().invoke(app, ["migrate", "--db", str(db)])
    assert again.output == f"{db} is up to date (schema version {schema.VERSION})\n"


def test_a_newer_store_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    with store.writing(db) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    message = f"store {db} has schema version 99, newer than this peacekeeping reads ({schema.VERSION})"
    with pytest.raises(StoreError, match=message.replace("(", r"\(").replace(")", r"\)")):
        store.connect(db)
    with pytest.raises(StoreError, match="newer than this peacekeeping reads"):
        ingest.migrate(db)


def test_a_failed_upgrade_leaves_the_old_store_byte_identical(tmp_path):
    db = old_store(tmp_path / "old.duckdb")
    with duckdb.connect(str(db)) as con:
        con.execute("DROP TABLE reports")  # the step that renames the layout cannot run
    before = db.read_bytes()
    with pytest.raises(StoreError, match=f"cannot upgrade store {db} from schema version 1: "):
        ingest.migrate(db)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != ".old.duckdb.lock"] == ["old.duckdb"]


def test_a_new_store_records_its_version(tmp_path):
    db = tmp_path / "fresh.duckdb"
    with store.writing(db):
        pass
    with store.connect(db) as con:
        assert migrations.version(con) == schema.VERSION
        tables = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
            ).fetchall()
        }
    assert tables == {t.name for t in schema.TABLES}


def test_the_ddl_and_the_arrow_schemas_agree(tmp_path):
    with store.writing(tmp_path / "s.duckdb") as con:
        for table in schema.TABLES:
            columns = con.execute(f"DESCRIBE {table.name}").fetchall()
            assert [c[0] for c in columns] == table.names == table.arrow().names
            assert [c[2] == "YES" for c in columns] == [c.null for c in table.columns]


def test_a_store_derived_with_other_reviewed_corrections_is_refused_until_migrated(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writing(db) as con:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('corrections', 'other decisions')")
    with pytest.raises(
        StoreError,
        match=f"store {db} was derived with other reviewed corrections than this "
        r"peacekeeping's: run `peacekeeping migrate --db ",
    ):
        store.connect(db)
    assert ingest.migrate(db) == f"store {db} was derived with other reviewed corrections than this peacekeeping's"
    assert ingest.migrate(db) is None
    with store.connect(db) as con:
        assert migrations.outdated(con, db) is None
