"""SIGINT and SIGTERM at any moment of a write, SIGKILL of an ingest with two parsing workers (issues 27 and 28.5):
the write abandoned, its temporary copy removed, exit 130 or 143 with one line, no process of the ingest left (its
forkserver, resource tracker and workers included), a copy left by a SIGKILL removed by the next writer. Real
`peacekeeping ingest` processes, each in a session of its own, on three years of the archive."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA, ROOT, reports_of

from benchmarks.common import session_processes
from peacekeeping import store

CLI = Path(sys.executable).parent / "peacekeeping"
ABANDONED = {
    signal.SIGINT: "interrupted: nothing was written (a write under way was abandoned)",
    signal.SIGTERM: "terminated: nothing was written (a write under way was abandoned)",
}
SAVED = {
    signal.SIGINT: "interrupted: the write had already been saved (the store holds it)",
    signal.SIGTERM: "terminated: the write had already been saved (the store holds it)",
}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.archive,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc"),
]


def _start(db: Path, workers: int = 2) -> subprocess.Popen:
    """An ingest of the 35 reports of 2020-2022 into `db`, in a session of its own (its id: the ingest's pid)."""
    return subprocess.Popen(
        [str(CLI), "ingest", *map(str, reports_of(2020, 2021, 2022)), "--db", str(db), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _wait_for(proc: subprocess.Popen, ready, limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert proc.poll() is None, f"the ingest ended first: {proc.stderr.read()[-500:]}"
        assert time.monotonic() < deadline
        time.sleep(0.002)


def _none_left(sid: int, within: float = 2.0) -> None:
    """No process of the session alive `within` seconds after the ingest ended."""
    deadline = time.monotonic() + within
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == [], left


def _temps(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(f".{db.name}.") and p.suffix != ".lock")


def _recorded(db: Path) -> set[str]:
    """The report files the store records (ingested, or skipped with its reason)."""
    with store.connect(db) as con:
        return {f for (f,) in con.execute("SELECT file FROM reports").fetchall()}


@pytest.fixture()
def db(tmp_path, small_store) -> Path:
    path = tmp_path / "s.duckdb"
    shutil.copyfile(small_store[0], path)
    return path


@pytest.mark.parametrize("after", [0.0, 0.15, 0.4], ids=lambda s: f"{s}s")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_a_signal_during_the_write_abandons_it_in_one_line(db, signum, after):
    before = db.read_bytes()
    proc = _start(db)
    _wait_for(proc, lambda: _temps(db) != [])  # the copy being written: the last half second or so
    time.sleep(after)
    proc.send_signal(signum)  # `kill -INT`, `kill`: to the ingest alone
    err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err
    if err.strip() == SAVED[signum]:  # the signal came after the swap: the store holds the whole ingest
        assert _recorded(db) >= {p.name for p in reports_of(2020, 2021, 2022)}
    else:
        assert err.strip() == ABANDONED[signum]
        assert db.read_bytes() == before
    assert _temps(db) == []
    _none_left(proc.pid)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_a_stopped_ingest_with_two_workers_leaves_no_process(db, signum):
    before = db.read_bytes()
    proc = _start(db)
    # the parsing workers at work: the ingest, its resource tracker, the forkserver and two workers
    _wait_for(proc, lambda: len(session_processes(proc.pid)) >= 5)
    time.sleep(0.3)
    proc.send_signal(signum)
    err = proc.communicate(timeout=60)[1]
    _none_left(proc.pid)
    assert db.read_bytes() == before
    if signum == signal.SIGTERM:
        assert proc.returncode == 143
        assert err.strip() == ABANDONED[signum]
    else:
        assert proc.returncode == -signal.SIGKILL


def test_a_sigkill_during_the_write_leaves_no_process_and_the_next_ingest_removes_the_copy(db, small_inputs):
    before = db.read_bytes()
    proc = _start(db)
    _wait_for(proc, lambda: _temps(db) != [])
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    _none_left(proc.pid)
    assert db.read_bytes() == before
    assert _temps(db) != []  # what the killed process left
    # the next writer removes it, even one with nothing to write
    result = subprocess.run(
        [str(CLI), "ingest", str(small_inputs), "--db", str(db)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "0 reports and 0 datasets ingested" in result.stdout
    assert db.read_bytes() == before
    assert _temps(db) == []


def _mirror(folder: Path) -> Path:
    """A local Data Hub mirror: the real fatalities register and mission list, the 2022 ranking, a made history."""
    folder.mkdir()
    shutil.copyfile(ROOT / "tests" / "fixtures" / "datahub" / "historical.csv", folder / "DPO-UCHISTORICAL.csv")
    shutil.copyfile(DATA / "contributions" / "ranking-2022-01-31.csv", folder / "DPO-UCLATEST.csv")
    shutil.copyfile(DATA / "fatalities" / "fatalities-2025-04-04.csv", folder / "DPPADPOSS-FATALITIES.csv")
    shutil.copyfile(DATA / "missions" / "missions-2024-02-19.csv", folder / "DPPADPOSS-PKO.csv")
    return folder


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_a_signal_during_the_write_of_an_update_abandons_it_in_one_line(db, tmp_path, signum):
    before = db.read_bytes()
    proc = subprocess.Popen(
        [str(CLI), "update", "--from", str(_mirror(tmp_path / "mirror")), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    _wait_for(proc, lambda: _temps(db) != [])
    proc.send_signal(signum)
    err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err
    if err.strip() != SAVED[signum]:  # else the signal came after the swap: the store holds the whole update
        assert err.strip() == ABANDONED[signum]
        assert db.read_bytes() == before
    assert _temps(db) == []
    _none_left(proc.pid)
