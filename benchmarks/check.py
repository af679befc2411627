"""Checking the seed release on a warm store, against extracting its claims alone (no store), in one run.

Target: <= 200 ms per check.
Usage: python benchmarks/check.py [--db STORE]  (without --db the archive, fatalities and missions are ingested first)
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from common import DATA, measured_store, median_seconds

from peacekeeping import store
from peacekeeping.check import extract, verify

SEED = DATA.parent / "examples" / "release-peru-2022-10-12.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8-sig")
    with measured_store(args.db) as db, store.connect(db) as con:
        verify.check(con, text, dt.date(2022, 10, 12))  # warm up
        base = median_seconds(lambda: extract.extract(text, "PER"), args.repeat) * 1000
        full = median_seconds(lambda: verify.check(con, text, dt.date(2022, 10, 12)), args.repeat) * 1000
    print(f"seed release, median of {args.repeat} runs")
    print(f"{'extract claims only (baseline)':34} {base:7.1f} ms  ratio 1.0")
    print(f"{'check against the store':34} {full:7.1f} ms  ratio {full / base:.1f}  (target <= 200 ms)")


if __name__ == "__main__":
    main()
