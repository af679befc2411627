"""Checks beside pages (issue 27.1): page latency while slow checks run, as a ratio of the latency without them.

`peacekeeping serve --workers 2` over a store; one client reads a country's series over and over, first alone, then
while CHECKS clients post a 95 KB text the checker takes many seconds over (each in turn, as soon as the last
answered). The checks run in worker processes (web/checks.py), one at a time per server process, within their time
budget: each answers with a result, a 422 `too_slow` or a 503 `busy`.

Target: page p99 during the checks < 1 s, and within 10x of the p99 alone; every check answered within its budget
plus 1 s (a worker's start aside).
Usage: python -m benchmarks.checks [--db STORE] [--seconds 20] [--checks 4]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from benchmarks.common import measured_store, quantile, start_server

SLOW = ("Peru 270 troops, 38 women, 4 missions in 2022. " * 3000)[:95_000]
PAGE = "/api/v1/countries/PER/series"


def pages(base: str, until: float) -> list[float]:
    """Latencies (ms) of PAGE asked one after the other until `until`."""
    out = []
    with httpx.Client(base_url=base, timeout=30) as http:
        while time.monotonic() < until:
            start = time.perf_counter()
            assert http.get(PAGE).status_code == 200
            out.append((time.perf_counter() - start) * 1000)
            time.sleep(0.02)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--checks", type=int, default=4)
    args = parser.parse_args()
    with measured_store(args.db) as db:
        proc, base = start_server(db, workers=2)
        try:
            httpx.post(base + "/api/v1/check", json={"text": "Peru had 270 troops."}, timeout=60)
            alone = pages(base, time.monotonic() + args.seconds / 2)
            until = time.monotonic() + args.seconds
            answers: list[tuple[float, str]] = []

            def checker():
                with httpx.Client(base_url=base, timeout=120) as http:
                    while time.monotonic() < until:
                        start = time.perf_counter()
                        response = http.post("/api/v1/check", json={"text": SLOW})
                        kind = "ok" if response.status_code == 200 else json.loads(response.text)["error"]["type"]
                        answers.append((time.perf_counter() - start, kind))
                        if kind == "busy":  # as a polite client does
                            time.sleep(float(response.headers["retry-after"]))

            threads = [threading.Thread(target=checker) for _ in range(args.checks)]
            for thread in threads:
                thread.start()
            during = pages(base, until)
            for thread in threads:
                thread.join()
        finally:
            proc.terminate()
            proc.wait()
    p99_alone, p99_during = quantile(alone, 0.99), quantile(during, 0.99)
    print(f"page alone:  {len(alone)} requests, p50 {quantile(alone, 0.5):.1f} ms, p99 {p99_alone:.1f} ms")
    print(
        f"page during {args.checks} concurrent checks: {len(during)} requests, p50 {quantile(during, 0.5):.1f} ms, "
        f"p99 {p99_during:.1f} ms, max {during[-1]:.1f} ms (p99 x{p99_during / p99_alone:.1f} of alone)"
    )
    kinds = Counter(kind for _, kind in answers)
    busy = max((s for s, k in answers if k == "busy"), default=0)
    print(
        f"checks: {len(answers)} answered ({dict(kinds)}), slowest {max(s for s, _ in answers):.1f} s "
        f"(a first check includes its worker's start), slowest 503 {busy * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
