"""API throughput under concurrent clients: the Peru profile against a trivial route of the same app.

The app runs with uvicorn (one process, loopback only) in a subprocess; CLIENTS threads, each with its own
keep-alive httpx client, share a fixed number of requests per endpoint, within a time limit for the whole run.
The trivial route is `/go?country=PER` by default: the header's country box, a sync handler that only
validates a query parameter and answers a 303 redirect (no store access, no template, no file), so it runs the
same path as `/api/profile` (routing, query validation, the threadpool hop of a sync handler, a small answer)
minus the facts engine. Endpoints are measured one after the other, after a warm-up.

GET /api answers are cached per store version (web/state.py), so the repeated Peru profile is served from
memory after its first request; a third run asks for a different country-month every time (no cache hits).

Target: profile throughput >= 0.5 of the trivial route's.
Usage: python benchmarks/api.py [--db STORE] [--clients 8] [--requests 400] [--time-limit 60]
       (without --db the archive is ingested into a temporary store first)
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path

import httpx
from common import measured_store, start_server

PROFILE = "/api/profile/Peru?as_of=2022-06"
MONTHS = ["2022-06", "2022-05", "2022-04", "2022-03", "2022-02", "2022-01"]
TRIVIAL = "/go?country=PER"


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

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {"path": paths[0] if len(paths) == 1 else f"{len(paths)} different URLs", "latencies": sorted(latencies),
            "failures": failures, "wall": wall,
            "truncated": len(latencies) + len(failures) < requests}


def quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    parser.add_argument("--time-limit", type=float, default=60, help="seconds for the whole load, both endpoints")
    parser.add_argument("--trivial", default=TRIVIAL, help="the baseline route (answers 303 or 200)")
    args = parser.parse_args()
    with measured_store(args.db) as db:
        proc, base = start_server(db)
        try:
            trivial_status = httpx.get(base + args.trivial).status_code
            with httpx.Client(base_url=base) as http:  # warm up: store connection, caches, threadpool
                for _ in range(20):
                    assert http.get(PROFILE).status_code == 200
                    http.get(args.trivial)
            # Answers are cached per store version: a second run asks for a different country-month each time.
            unique = [f"/api/profile/{r['iso3']}?as_of={month}" for month in MONTHS
                      for r in httpx.get(f"{base}/api/ranking?as_of={month}").json()["rows"]][:args.requests]
            start = time.monotonic()
            trivial = load(base, [args.trivial], trivial_status, args.clients, args.requests,
                           start + args.time_limit / 3)
            profile = load(base, [PROFILE], 200, args.clients, args.requests, start + 2 * args.time_limit / 3)
            uncached = load(base, unique, 200, args.clients, args.requests, start + args.time_limit)
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    print(f"store {db if args.db else '(fresh ingest)'}; uvicorn, 1 process, {os.cpu_count()} CPUs; "
          f"{args.clients} clients, {args.requests} requests per endpoint, {args.time_limit:.0f} s limit")
    rates = {}
    for name, run in (("trivial", trivial), ("profile", profile), ("uncached", uncached)):
        done = len(run["latencies"])
        rates[name] = done / run["wall"] if run["wall"] else 0.0
        note = "  (time limit hit)" if run["truncated"] else ""
        note += f"  {len(run['failures'])} failed: {run['failures'][0]}" if run["failures"] else ""
        print(f"{name:8} {run['path']:36} {done:5} req in {run['wall']:6.2f} s  {rates[name]:8.1f} req/s  "
              f"p50 {quantile(run['latencies'], 0.50) * 1000:7.2f} ms  "
              f"p99 {quantile(run['latencies'], 0.99) * 1000:7.2f} ms{note}")
    ratio = rates["profile"] / rates["trivial"] if rates["trivial"] else float("nan")
    print(f"ratio profile/trivial throughput {ratio:.2f}  (target >= 0.5)")
    print(f"ratio uncached profiles/trivial throughput {rates['uncached'] / rates['trivial']:.2f}  "
          "(every request a new country-month, so no cached answer)")


if __name__ == "__main__":
    main()
