"""An ingest killed with SIGKILL leaves the store byte-identical and readable, and its leftovers break nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPORTS, reports_of

from peacekeeping import store
from peacekeeping.ingest import ingest

CLI = Path(sys.executable).parent / "peacekeeping"  # the console script installed with the package
# the store before the killed ingest: three (synthetic) reports of three layouts; then one more
SEED = ["mission_summary", "country_matrix", "uniformed_by_mission"]
NEXT = "by_country_type"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, synthetic_reports) -> Path:
    db = tmp_path_factory.mktemp("seed") / "store.duckdb"
    ingest([synthetic_reports[key] for key in SEED], db)
    return db


@pytest.fixture()
def seeded(tmp_path, seed_store) -> Path:
    db = tmp_path / "store.duckdb"
    shutil.copyfile(seed_store, db)
    return db


def _start(db: Path, files: list[Path], workers: int = 1) -> subprocess.Popen:
    """`peacekeeping ingest` of `files` into `db`, in a child process (parsing in `workers` processes)."""
    assert CLI.exists(), f"console script not installed: {CLI}"
    return subprocess.Popen(
        [str(CLI), "ingest", *map(str, files), "--db", str(db), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _kill(proc: subprocess.Popen) -> None:
    assert proc.poll() is None, f"the ingest finished before it could be killed: {proc.stderr.read().decode()[-500:]}"
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=10) == -signal.SIGKILL
    proc.stderr.close()


def _temps(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(f".{db.name}.*") if p.name != f".{db.name}.lock")


def _readable(db: Path) -> tuple[int, int]:
    with store.connect(db) as con:
        return con.execute("SELECT count(*), count(DISTINCT as_of) FROM contributions").fetchone()


@pytest.mark.slow
@pytest.mark.archive
def test_kill_while_parsing_leaves_the_store_byte_identical(seeded):
    before = seeded.read_bytes()
    rows = _readable(seeded)
    proc = _start(seeded, [REPORTS])
    time.sleep(1.0)  # the archive takes ~13 s in one worker: the child is reading reports
    _kill(proc)
    assert seeded.read_bytes() == before
    assert _readable(seeded) == rows
    assert rows[1] == len(SEED)


@pytest.mark.slow
@pytest.mark.archive
def test_kill_while_writing_leaves_the_store_byte_identical_and_the_next_ingest_cleans_up(seeded, synthetic_reports):
    before = seeded.read_bytes()
    rows = _readable(seeded)
    # three years of the archive; the workers are done before the write begins: the kill hits the writer alone
    proc = _start(seeded, reports_of(2020, 2021, 2022), workers=2)
    temp = f".{seeded.name}.{proc.pid}.tmp"
    deadline = time.monotonic() + 60
    while not (seeded.parent / temp).exists():  # the copy being written: the last ~0.5 s of the run
        assert proc.poll() is None, f"the ingest ended without writing: {proc.stderr.read().decode()[-500:]}"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    time.sleep(0.1)  # into DuckDB's writing of the copy
    _kill(proc)
    assert seeded.read_bytes() == before
    assert _readable(seeded) == rows
    assert temp in _temps(seeded)  # what the killed process left behind

    # the next ingest succeeds, and removes the dead process's temp files
    summary = ingest([synthetic_reports[NEXT]], seeded)
    assert summary.written and summary.count("ingested") == 1
    assert _temps(seeded) == []
    assert _readable(seeded)[1] == len(SEED) + 1


def test_stale_temp_files_of_dead_processes_are_removed_and_live_ones_kept(seeded, synthetic_reports):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead_pid = int(dead.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        leftovers = [f".{seeded.name}.{dead_pid}.tmp", f".{seeded.name}.{dead_pid}.tmp.wal"]
        for name in leftovers:
            (seeded.parent / name).write_bytes(b"half a store")
        busy = seeded.parent / f".{seeded.name}.{live.pid}.tmp"  # another ingest, running
        busy.write_bytes(b"being written")
        other = seeded.parent / f".other.duckdb.{dead_pid}.tmp"  # another store's: not ours to remove
        other.write_bytes(b"x")
        ingest([synthetic_reports[NEXT]], seeded)
        assert _temps(seeded) == [busy.name]
        assert other.exists()
    finally:
        live.kill()
        live.wait()


def test_a_leftover_temp_file_does_not_break_reading_or_an_unchanged_ingest(seeded, synthetic_reports, tmp_path):
    """A leftover of the same size as the store, even a copy of it, is never mistaken for the store."""
    shutil.copyfile(seeded, tmp_path / f".{seeded.name}.999999999.tmp")
    before = seeded.read_bytes()
    summary = ingest([synthetic_reports[key] for key in SEED], seeded)
    assert not summary.written and summary.count("unchanged") == len(SEED)
    assert seeded.read_bytes() == before
    assert _readable(seeded)[1] == len(SEED)
