"""The news of one month (warm store, and from a new cursor as the server asks) and of every month (fresh
connection), against a one-query baseline.

Targets: one month <= 200 ms; all months <= 10 s.
Usage: python -m benchmarks.news [--db STORE] [--month 2023-12]  (without --db the archive is ingested first)
"""

from __future__ import annotations

import time

from benchmarks.common import measured_store, median_seconds, timing_arguments
from peacekeeping import news, store
from peacekeeping.facts.months import calendar


def main() -> None:
    args = timing_arguments(__doc__, 20, month="2023-12")
    with measured_store(args.db) as db:
        with store.connect(db) as con:
            months = [m.as_of for m in calendar(con).covered()]
            start = time.perf_counter()
            for as_of in months:
                news.build(con, as_of)
            every = time.perf_counter() - start

            def baseline():
                con.execute("SELECT sum(total) FROM cells WHERE as_of = ?", [months[-1]]).fetchone()

            def from_a_new_cursor():  # as the server asks: each request reads through a cursor of its own
                cursor = con.cursor()
                cursor.execute("USE store")
                news.build(cursor, args.month)
                cursor.close()

            base = median_seconds(baseline, args.repeat * 10)
            one = median_seconds(lambda: news.build(con, args.month), args.repeat)
            served = median_seconds(from_a_new_cursor, args.repeat)
    print(f"store {db if args.db else '(fresh ingest)'}, month {args.month}")
    print(f"{'one-query baseline':32} {base * 1000:8.2f} ms  ratio 1.00")
    print(f"{'news of one month (warm)':32} {one * 1000:8.2f} ms  ratio {one / base:.0f}  (target <= 200 ms)")
    print(f"{'the same, from a new cursor':32} {served * 1000:8.2f} ms  ratio {served / base:.0f}  (target <= 200 ms)")
    print(
        f"{f'news of all {len(months)} months (fresh)':32} {every * 1000:8.0f} ms  ratio {every / base:.0f}  "
        "(target <= 10000 ms)"
    )


if __name__ == "__main__":
    main()
