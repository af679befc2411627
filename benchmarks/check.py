"""Checking the seed release on a warm store, against extracting its claims alone (no store), in one run.

Target: <= 200 ms per check.
Usage: python benchmarks/check.py [--db STORE]  (without --db the archive, fatalities and missions are ingested first)
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from peacekeeping import store
from peacekeeping.check import extract, verify
from peacekeeping.ingest import ingest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEED = DATA.parent / "examples" / "release-peru-2022-10-12.txt"


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8-sig")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.duckdb"
            ingest([DATA / "contributions" / "monthly-reports", DATA / "fatalities", DATA / "missions"], db, workers=2)
        with store.connect(db) as con:
            verify.check(con, text, dt.date(2022, 10, 12))  # warm up
            base = median_ms(lambda: extract.extract(text, "PER"), args.repeat)
            full = median_ms(lambda: verify.check(con, text, dt.date(2022, 10, 12)), args.repeat)
    print(f"seed release, median of {args.repeat} runs")
    print(f"{'extract claims only (baseline)':34} {base:7.1f} ms  ratio 1.0")
    print(f"{'check against the store':34} {full:7.1f} ms  ratio {full / base:.1f}  (target <= 200 ms)")


if __name__ == "__main__":
    main()
