"""Issue 28's acceptance figures, measured on this machine: signals at random moments of a write, idle connections
past the file limit, a 60 MB JSON body.

- interrupts: N ingests of the archive's 35 reports of 2020-2022 (two parsing workers) into an empty folder, each
  sent SIGINT (or SIGTERM, alternately with --both) at a random moment of its write (0-0.6 s after the temporary copy
  appears): every exit must be 130 (143), with one line, and leave no store (or, when the signal came after the
  swap, the whole store), no temporary copy and no process of the ingest.
- idle: `peacekeeping serve` under `ulimit -n 1024`, 2,200 connections that send nothing, then 20 requests of
  another client: their latencies, and the size of the server's log.
- body: a 60 MB JSON body to POST /api/v1/check: the time to the 413, and the server's resident memory before and
  after.

Usage: python -m benchmarks.abuse [--interrupts 20] [--both] [--idle 2200] [--skip-body]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import session_processes

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT.parent / "shared" / "data" / "contributions" / "monthly-reports"
CLI = Path(sys.executable).parent / "peacekeeping"
ABANDONED = "nothing was written (a write under way was abandoned)"
SAVED = "the write had already been saved (the store holds it)"


def _years() -> list[str]:
    return [str(p) for p in sorted(REPORTS.glob("*.pdf")) if p.stem.split("_")[-2] in ("2020", "2021", "2022")]


def interrupts(runs: int, both: bool, folder: Path) -> Path:
    """Signals at random moments of a write; the last run's store is written whole (for the server) and returned."""
    rng = random.Random(2026)
    outcomes = {"abandoned": 0, "saved": 0}
    for run in range(runs):
        db = folder / f"run{run}" / "s.duckdb"
        db.parent.mkdir()
        signum = signal.SIGTERM if both and run % 2 else signal.SIGINT
        proc = subprocess.Popen(
            [str(CLI), "ingest", *_years(), "--db", str(db), "--workers", "2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        while not any(p.suffix == ".tmp" for p in db.parent.iterdir()):
            if proc.poll() is not None:
                raise SystemExit(f"run {run}: the ingest ended before its write: {proc.stderr.read()[-300:]}")
            time.sleep(0.002)
        after = rng.uniform(0, 0.6)
        time.sleep(after)
        proc.send_signal(signum)
        err = proc.communicate(timeout=120)[1].strip()
        time.sleep(2)
        left = session_processes(proc.pid)
        temps = [p.name for p in db.parent.iterdir() if p.suffix == ".tmp" or p.name.endswith(".tmp.wal")]
        saved = err.endswith(SAVED)
        ok = (
            proc.returncode == 128 + signum
            and "\n" not in err
            and (err.endswith(ABANDONED) or saved)
            and db.exists() == saved
            and not temps
            and not left
        )
        outcomes["saved" if saved else "abandoned"] += 1
        print(
            f"run {run + 1:2}: {signum.name} {after:.2f} s into the write: exit {proc.returncode}, "
            f"{'store whole' if saved else 'no store'}, temp copies {len(temps)}, processes left {len(left)}"
            f"{'' if ok else '  <-- FAILED: ' + err}",
            flush=True,
        )
        if not ok:
            raise SystemExit(1)
    print(
        f"{runs} signals: {outcomes['abandoned']} writes abandoned, {outcomes['saved']} already saved; all exits "
        f"{'130/143' if both else '130'}, no temp copy, no process left"
    )
    db = folder / "served.duckdb"
    subprocess.run([str(CLI), "ingest", *_years(), "--db", str(db), "--workers", "2"], check=True, capture_output=True)
    return db


def _serve(db: Path, log: Path, limit: int | None) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def low() -> None:
        if limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(CLI), "serve", "--db", str(db), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=low,
            start_new_session=True,
        )
    deadline = time.monotonic() + 60
    while True:
        try:
            _get(port, "/api/v1/world")
            return proc, port
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _get(port: int, path: str) -> tuple[int, float]:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - start
    finally:
        conn.close()


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def idle(db: Path, count: int, folder: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1000), hard))
    log = folder / "idle.log"
    proc, port = _serve(db, log, 1024)
    sockets = []
    try:
        for _ in range(count):
            sockets.append(socket.create_connection(("127.0.0.1", port), timeout=10))
        latencies = []
        for _ in range(20):
            status, took = _get(port, "/api/v1/world")
            assert status == 200, status
            latencies.append(took)
        open_after = sum(1 for s in sockets if _open(s))
        time.sleep(12)
        still_open = sum(1 for s in sockets if _open(s))
    finally:
        for s in sockets:
            s.close()
        proc.terminate()
        proc.wait(timeout=30)
    print(
        f"{count} idle connections under ulimit -n 1024: 20 other requests answered, latency max "
        f"{max(latencies) * 1000:.0f} ms, median {sorted(latencies)[10] * 1000:.0f} ms; idle connections still "
        f"open at once {open_after}, 12 s later {still_open}; server log {log.stat().st_size:,} bytes"
    )


def _open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)


def body(db: Path, folder: Path) -> None:
    proc, port = _serve(db, folder / "body.log", None)
    try:
        before = _rss(proc.pid)
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.putrequest("POST", "/api/v1/check")
        conn.putheader("content-type", "application/json")
        conn.putheader("content-length", str(60 * 2**20))
        conn.endheaders()
        try:
            conn.send(b'{"text": "' + b"1" * (1 << 20))
        except OSError:
            pass
        response = conn.getresponse()
        response.read()
        took = time.perf_counter() - start
        conn.close()
        after = _rss(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(
        f"a 60 MB JSON body: {response.status} in {took * 1000:.0f} ms; server memory {before / 2**20:.0f} MB "
        f"before, {after / 2**20:.0f} MB after ({(after - before) / 2**20:+.1f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interrupts", type=int, default=20)
    parser.add_argument("--both", action="store_true", help="alternate SIGINT and SIGTERM")
    parser.add_argument("--idle", type=int, default=2200)
    parser.add_argument("--skip-body", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pk-abuse-") as tmp:
        folder = Path(tmp)
        db = interrupts(args.interrupts, args.both, folder)
        if args.idle:
            idle(db, args.idle, folder)
        if not args.skip_body:
            body(db, folder)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
