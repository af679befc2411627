"""One writer at a time: concurrent `peacekeeping ingest`, `update` and `migrate` processes on one store.

Each case starts real processes of the installed command together; without the writer lock each planned against
the store it read and swapped its copy in (issue 14): every row twice, or one half of the archive lost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import reports_of

from peacekeeping import store
from peacekeeping.ingest.run import collect, ingest_files

CLI = Path(sys.executable).parent / "peacekeeping"
TABLES = (
    "reports",
    "contributions",
    "datasets",
    "fatalities",
    "datahub_contributions",
    "datahub_ranking",
    "missions",
    "months",
    "cells",
)


def content(db: Path) -> dict[str, object]:
    """What a store holds: row counts of every table read from files, and the contributions themselves."""
    with store.connect(db) as con:
        held: dict[str, object] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        held["rows"] = con.execute(
            "SELECT as_of, mission, iso3, personnel_type, male, female, total, report FROM contributions ORDER BY ALL"
        ).fetchall()
        held["files"] = con.execute(
            "SELECT file, status FROM reports WHERE layout <> 'datahub' "
            "UNION ALL SELECT file, status FROM datasets ORDER BY ALL"
        ).fetchall()
    return held


def start(*args: str | Path) -> subprocess.Popen:
    """The installed `peacekeeping` command in a child process (stdout and stderr kept)."""
    return subprocess.Popen([str(CLI), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(*procs: subprocess.Popen, timeout: float = 300) -> list[str]:
    """Wait for every process; each must exit 0. Their stderr, in order."""
    errors = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        assert proc.returncode == 0, f"exit {proc.returncode}: {err or out}"
        errors.append(err)
    return errors


@pytest.fixture(scope="module")
def halves(small_inputs) -> tuple[list[Path], list[Path]]:
    """The small store's inputs in two halves: three reports and the historical contributions, and the rest."""
    reports = sorted((small_inputs / "reports").iterdir())
    data = sorted((small_inputs / "datasets").iterdir())
    first = reports[:3] + [p for p in data if "UCHISTORICAL" in p.name]
    return first, [p for p in reports + data if p not in first]


@pytest.mark.slow
def test_two_ingests_of_the_same_files_at_once_hold_every_row_once(tmp_path, small_inputs, small_store):
    db = tmp_path / "store.duckdb"
    errors = finish(start("ingest", small_inputs, "--db", db), start("ingest", small_inputs, "--db", db))
    assert content(db) == content(small_store[0])
    again = subprocess.run([str(CLI), "ingest", str(small_inputs), "--db", str(db)], capture_output=True, text=True)
    assert again.returncode == 0 and "0 skipped, 11 unchanged" in again.stdout
    assert all("Traceback" not in e for e in errors)


@pytest.mark.slow
def test_two_ingests_of_two_halves_at_once_hold_the_whole(tmp_path, halves, small_store):
    db = tmp_path / "store.duckdb"
    finish(start("ingest", *halves[0], "--db", db), start("ingest", *halves[1], "--db", db))
    assert content(db) == content(small_store[0])


@pytest.fixture(scope="module")
def mirror(small_inputs, tmp_path_factory) -> Path:
    """A mirror of the Data Hub (update --from): the small store's four datasets, named by dataset id."""
    folder = tmp_path_factory.mktemp("mirror")
    names = {
        "DPO-UCHISTORICAL.csv": "DPO-UCHISTORICAL.csv",
        "DPO-UCLATEST.csv": "DPO-UCLATEST.csv",
        "fatalities-2025-04-04.csv": "DPPADPOSS-FATALITIES.csv",
        "missions-2024-02-19.csv": "DPPADPOSS-PKO.csv",
    }
    for name, as_named in names.items():
        shutil.copyfile(small_inputs / "datasets" / name, folder / as_named)
    return folder


def test_an_update_overlapping_an_ingest_keeps_both(tmp_path, small_inputs, small_store, mirror):
    db = tmp_path / "store.duckdb"
    finish(start("ingest", small_inputs / "reports", "--db", db), start("update", "--from", mirror, "--db", db))
    with store.connect(db) as con:
        assert con.execute("SELECT count(*) FROM reports WHERE layout <> 'datahub'").fetchone()[0] == 6
        assert con.execute("SELECT count(DISTINCT dataset) FROM datasets").fetchone()[0] == 4
        contributions = con.execute("SELECT count(*) FROM contributions").fetchone()[0]
    assert contributions == content(small_store[0])["contributions"]


def test_a_second_writer_waits_and_plans_against_the_first_ones_store(tmp_path, small_inputs, small_store):
    db = tmp_path / "store.duckdb"
    with store.writer(db):  # this test holds the lock, as a first writer would
        proc = start("ingest", small_inputs, "--db", db)
        line = proc.stderr.readline()
        assert line.startswith(f"another peacekeeping process is writing {db}: waiting for it to finish")
        assert proc.poll() is None and not db.exists()
        ingest_files(collect([small_inputs / "reports"]), db)  # the first writer's work, under its lock
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "5 datasets ingested, 0 skipped, 6 unchanged" in out  # planned against the store as it was left
    assert content(db) == content(small_store[0])


@pytest.mark.parametrize("command", [["ingest", "{inputs}"], ["migrate"], ["update", "--from", "{mirror}"]])
def test_no_wait_fails_at_once_with_one_line(tmp_path, small_inputs, small_store, mirror, command):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(small_store[0], db)
    before = db.read_bytes()
    args = [a.format(inputs=small_inputs, mirror=mirror) for a in command]
    with store.writer(db):
        result = subprocess.run(
            [str(CLI), *args, "--no-wait", "--db", str(db)], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: another peacekeeping process is writing {db}: try again when it has finished "
        "(or leave out --no-wait to wait for it)\n"
    )
    assert db.read_bytes() == before


@pytest.mark.slow
@pytest.mark.archive
def test_two_ingests_of_two_halves_of_two_years_of_the_archive_at_once_hold_them_all(tmp_path):
    # 2020 and 2022: three layouts, and the 2020-06 file that is byte-identical to 2022-06's, one in each half
    reports = reports_of(2020, 2022)
    halves = (reports[:12], reports[12:])
    assert len(reports) == 23 and {p.stem[-7:] for p in halves[0]} & {"2020_06", "2022_06"} == {"2020_06"}
    db = tmp_path / "store.duckdb"
    finish(*(start("ingest", *half, "--db", db) for half in halves), timeout=600)
    # The result must be that of the two ingests one after the other (which report of a month printed twice is
    # kept depends on the order): the half whose reports were written first, then the other.
    with store.connect(db) as con:
        first = con.execute("SELECT file FROM reports ORDER BY ingested_at, file LIMIT 1").fetchone()[0]
    order = halves if any(p.name == first for p in halves[0]) else halves[::-1]
    serial = tmp_path / "serial.duckdb"
    for half in order:
        ingest_files(collect(half), serial, workers=2)
    together, one_by_one = content(db), content(serial)
    assert together == one_by_one
    assert len({as_of for as_of, *_ in together["rows"]}) == 22  # every report month of the two years, once


def _nice(pid: int) -> int:
    """A process's nice value (from /proc: field 19 of its stat)."""
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")
@pytest.mark.parametrize("command", [["ingest", "{inputs}"], ["migrate"], ["update", "--from", "{mirror}"]])
def test_a_writer_runs_behind_readers(tmp_path, small_inputs, small_store, mirror, command):
    """Writers take the CPU a server on the same cores leaves (issue 27): each runs 10 nice steps below its parent."""
    from peacekeeping.cli.common import WRITER_NICE

    db = tmp_path / "store.duckdb"
    shutil.copyfile(small_store[0], db)
    args = [a.format(inputs=small_inputs, mirror=mirror) for a in command]
    with store.writer(db):  # the writer waits for this lock: it is alive, and niced, meanwhile
        proc = start(*args, "--db", db)
        assert proc.stderr.readline().startswith(f"another peacekeeping process is writing {db}")
        assert _nice(proc.pid) == min(19, _nice(os.getpid()) + WRITER_NICE)
    finish(proc)
