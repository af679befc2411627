"""What the benchmarks share: the real data's location, a store to measure, timing."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

import httpx

from peacekeeping.ingest import ingest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


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
    proc = subprocess.Popen([str(cli), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            if httpx.get(base + "/api/v1/months", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start within 30 s")
