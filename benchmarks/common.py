"""What the benchmarks share: the real data's location, a store to measure, timing."""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

import httpx

from peacekeeping.ingest import ingest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
# seconds a server may take to answer: each process builds the store's tables and first pages before it serves (up to
# 2 x web/server.py WARM_AT_START), longer on a machine busy with other work
START_WITHIN = 90


@contextmanager
def measured_store(db: Path | None) -> Iterator[Path]:
    """The store at `db`, or a fresh one of the reports, fatalities and missions (deleted afterwards)."""
    if db is not None:
        yield db
        return
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        ingest([DATA / "contributions" / "monthly-reports", DATA / "fatalities", DATA / "missions"], path, workers=2)
        yield path


def timing_arguments(doc: str, repeat: int, month: str | None = None) -> argparse.Namespace:
    """The command line of a timing benchmark described by `doc`: --db STORE (without it the archive is ingested
    first), --repeat (calls timed), and --month when it measures one month (default `month`)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--db", type=Path)
    if month is not None:
        parser.add_argument("--month", default=month)
    parser.add_argument("--repeat", type=int, default=repeat)
    return parser.parse_args()


def server_parser(doc: str) -> argparse.ArgumentParser:
    """The command line of a benchmark that serves a store, described by `doc`: --db STORE (without it the archive is
    ingested first) and --workers (server processes); the benchmark adds its own options."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="server processes (serve --workers)")
    return parser


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    """The median wall time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def start_server(db: Path, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """`peacekeeping serve` over `db` on a free loopback port, once it answers: (process, base URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = Path(sys.executable).parent / "peacekeeping"
    proc = subprocess.Popen(
        [str(cli), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_WITHIN
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            if httpx.get(base + "/api/v1/months", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()  # the supervisor stops its processes (a SIGKILL would leave them running)
    proc.wait(timeout=30)
    raise SystemExit(f"the server did not start within {START_WITHIN} s")


def load(base: str, paths: list[str], expect: int, clients: int, requests: int, deadline: float) -> dict:
    """`requests` GETs of `paths` in turn, shared by `clients` threads (stopping at `deadline`)."""
    lock = threading.Lock()
    left = [requests]
    latencies: list[float] = []
    failures: list[str] = []

    def client() -> None:
        with httpx.Client(base_url=base, timeout=30, follow_redirects=False) as http:
            while time.monotonic() < deadline:
                with lock:
                    if left[0] == 0:
                        return
                    left[0] -= 1
                    path = paths[left[0] % len(paths)]
                start = time.perf_counter()
                try:
                    response = http.get(path)
                    response.read()
                    elapsed = time.perf_counter() - start
                    if response.status_code != expect:
                        raise RuntimeError(f"HTTP {response.status_code}")
                except Exception as exc:  # noqa: BLE001 - a failed request is reported, not fatal
                    with lock:
                        failures.append(f"{type(exc).__name__}: {exc}")
                    continue
                with lock:
                    latencies.append(elapsed)

    wall = run_clients(client, clients)
    return {
        "path": paths[0] if len(paths) == 1 else f"{len(paths)} different URLs",
        "latencies": sorted(latencies),
        "failures": failures,
        "wall": wall,
        "truncated": len(latencies) + len(failures) < requests,
    }


def run_clients(client: Callable[[], object], clients: int) -> float:
    """Run `client` in `clients` threads at once until all have returned: the wall-clock seconds it took."""
    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


@dataclass(frozen=True)
class Process:
    """A live process as /proc tells it (Linux): its id, parent, session and command line."""

    pid: int
    parent: int
    session: int
    command: str


def live_processes() -> list[Process]:
    """Every live process (zombies aside): what a killed command may have left behind, a server's workers (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # state, ppid, pgrp, session, ...
        if fields[0] != "Z":
            found.append(Process(int(entry.name), int(fields[1]), int(fields[3]), command))
    return found


def session_processes(sid: int) -> list[str]:
    """The live processes of a session, as 'pid command'."""
    return [f"{p.pid} {p.command[:120]}" for p in live_processes() if p.session == sid]
