"""API throughput under concurrent clients: cached answers and new profiles against a trivial route of the same app.

The app runs with uvicorn (one process, loopback only) in a subprocess; CLIENTS threads, each with its own
keep-alive httpx client, share a fixed number of requests per endpoint, within a time limit for the whole run.
The trivial route is `/go?country=PER` by default: the header's country box, a sync handler that only
validates a query parameter and answers a 303 redirect (no store access, no template, no file), so it runs the
same path as `/api/profile` (routing, query validation, the threadpool hop of a sync handler, a small answer)
minus the facts engine. Endpoints are measured one after the other, after a warm-up.

GET /api answers are cached per store version (web/http.py), so repeated answers (a profile, a ranking, the world,
a mission) are served from memory after their first request; the last run asks for a different country-month every
time (no cached answer: the facts are computed, from the tables read once per store).

Targets: cached answers >= 0.8 of the trivial route's throughput; new profiles >= 0.5.
Usage: python -m benchmarks.api [--db STORE] [--workers 2] [--clients 8] [--requests 400] [--time-limit 90]
       (without --db the archive is ingested into a temporary store first)
"""

from __future__ import annotations

import os
import time

import httpx

from benchmarks.common import load, measured_store, quantile, server_parser, start_server

CACHED = [
    "/api/v1/countries/Peru?as_of=2022-06",
    "/api/v1/rankings?as_of=2022-06",
    "/api/v1/world",
    "/api/v1/missions/MINUSCA?as_of=2022-06",
]
MONTHS = ["2022-06", "2022-05", "2022-04", "2022-03", "2022-02", "2022-01"]
TRIVIAL = "/go?country=PER"


def main() -> None:
    parser = server_parser(__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    parser.add_argument("--time-limit", type=float, default=90, help="seconds for the whole load, every endpoint")
    parser.add_argument("--trivial", default=TRIVIAL, help="the baseline route (answers 303 or 200)")
    args = parser.parse_args()
    with measured_store(args.db) as db:
        proc, base = start_server(db, args.workers)
        try:
            trivial_status = httpx.get(base + args.trivial).status_code
            with httpx.Client(base_url=base) as http:  # warm up every process: connection, caches, threadpool
                for _ in range(20 * args.workers):
                    for path in CACHED:
                        assert http.get(path).status_code == 200
                    http.get(args.trivial)
            # Answers are cached per store version: the last run asks for a different country-month each time.
            unique = [
                f"/api/v1/countries/{r['iso3']}?as_of={month}"
                for month in MONTHS
                for r in httpx.get(f"{base}/api/v1/rankings?as_of={month}").json()["rows"]
            ][: args.requests]
            runs = [("trivial", [args.trivial], trivial_status), ("cached", CACHED, 200), ("uncached", unique, 200)]
            start = time.monotonic()
            results = {
                name: load(
                    base, paths, status, args.clients, args.requests, start + (i + 1) * args.time_limit / len(runs)
                )
                for i, (name, paths, status) in enumerate(runs)
            }
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    print(
        f"store {db if args.db else '(fresh ingest)'}; uvicorn, {args.workers} process(es), {os.cpu_count()} CPUs; "
        f"{args.clients} clients, {args.requests} requests per endpoint, {args.time_limit:.0f} s limit"
    )
    rates = {}
    for name, run in results.items():
        done = len(run["latencies"])
        rates[name] = done / run["wall"] if run["wall"] else 0.0
        note = "  (time limit hit)" if run["truncated"] else ""
        note += f"  {len(run['failures'])} failed: {run['failures'][0]}" if run["failures"] else ""
        print(
            f"{name:8} {run['path']:36} {done:5} req in {run['wall']:6.2f} s  {rates[name]:8.1f} req/s  "
            f"p50 {quantile(run['latencies'], 0.50) * 1000:7.2f} ms  "
            f"p99 {quantile(run['latencies'], 0.99) * 1000:7.2f} ms{note}"
        )
    print(f"ratio cached answers/trivial throughput {rates['cached'] / rates['trivial']:.2f}  (target >= 0.8)")
    print(
        f"ratio new profiles/trivial throughput {rates['uncached'] / rates['trivial']:.2f}  (target >= 0.5; "
        "every request a new country-month, so no cached answer)"
    )


if __name__ == "__main__":
    main()
