"""What the benchmarks share: the real data's location, a store to measure, timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

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
