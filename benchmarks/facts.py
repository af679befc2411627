"""Profile latency on a warm store, and all profiles of one month, against a one-query baseline.

Targets: median profile <= 5 ms; every profile of one month <= 1 s.
Usage: python -m benchmarks.facts [--db STORE] [--month 2022-06]  (without --db the archive is ingested first)
"""

from __future__ import annotations

import time

from benchmarks.common import measured_store, median_seconds, timing_arguments
from peacekeeping import facts, store


def main() -> None:
    args = timing_arguments(__doc__, 200, month="2022-06")
    with measured_store(args.db) as db:
        with store.connect(db) as con:
            month = facts.resolve_month(con, args.month)
            countries = [r.iso3 for r in facts.ranking(con, args.month).rows]
            facts.country_profile(con, "PER", args.month)  # warm up

            def baseline():
                con.execute(
                    "SELECT sum(total) FROM contributions WHERE as_of = ? AND iso3 = ?", [month.as_of, "PER"]
                ).fetchone()

            base = median_seconds(baseline, args.repeat)
            profile = median_seconds(lambda: facts.country_profile(con, "PER", args.month), args.repeat)
            start = time.perf_counter()
            for iso3 in countries:
                facts.country_profile(con, iso3, args.month)
            month_all = time.perf_counter() - start
    print(f"store {db if args.db else '(fresh ingest)'}, month {month.month}, median of {args.repeat} calls")
    print(f"{'one-query baseline':32} {base * 1000:7.2f} ms  ratio 1.00")
    print(f"{'profile (Peru)':32} {profile * 1000:7.2f} ms  ratio {profile / base:.1f}  (target <= 5 ms)")
    print(
        f"{f'all {len(countries)} profiles of the month':32} {month_all * 1000:7.0f} ms  "
        f"ratio {month_all / base:.0f}  (target <= 1000 ms)"
    )


if __name__ == "__main__":
    main()
