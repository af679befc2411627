"""Dashboard pages: uncached country pages, cached pages per second, and the bytes of a first visit.

`peacekeeping serve` (loopback, --workers processes) over the archive. Three runs:
- uncached: one client asks for country pages no one asked for before (a different country-month each time, the
  largest contributors of six months), one after the other; the server's own time is read from its Server-Timing
  header, the latency is that plus the loopback's (the trivial route's latency in the same run is that overhead);
- cached: 4 clients ask for the same few pages again (the page cache, per store version and language), against the
  trivial route's throughput with the same clients;
- first pages after a start: the home page and a country page, asked as soon as the server answers, against the
  uncached country page's p50 (issue 26 item 8: the server builds a store's tables before it serves, web/warm.py);
- first visit: Debian's Chromium opens the home page with an empty cache and loads everything it needs (styles,
  scripts, the map's shapes); the bytes transferred are summed (headers and compressed bodies).

Targets (issue 15): country page p50 <= 25 ms uncached (issue 26: first pages after a start <= 3x that);
         >= 200 pages/s cached with 4 clients; first visit <= 400 KB.
Usage: python -m benchmarks.pages [--db STORE] [--workers 2] [--pages 200] [--requests 2000]
       (without --db the archive, fatalities and missions are ingested into a temporary store first)
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import httpx

from benchmarks.common import load, measured_store, server_parser, start_server

CHROMIUM = Path("/usr/bin/chromium")
MONTHS = ["2022-06", "2021-06", "2020-06", "2019-06", "2018-01", "2017-06"]
CACHED = ["/country/PER?as_of=2022-06", "/", "/rankings?as_of=2022-06", "/mission/MINUSCA?as_of=2022-06"]
FIRST = ["/", "/country/PER"]  # asked first after a start: the home page and the latest month of a country
TRIVIAL = "/go?country=PER"  # a redirect: routing and validation, no store, no template


def sequential(http: httpx.Client, paths: list[str], expect: int, server: list[float] | None = None) -> list[float]:
    """Latencies in ms of GETs made one after the other (and the server's own time, from Server-Timing)."""
    out = []
    for path in paths:
        start = time.perf_counter()
        response = http.get(path)
        out.append((time.perf_counter() - start) * 1000)
        if response.status_code != expect:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        if server is not None:
            server.append(float(response.headers["server-timing"].partition("dur=")[2]))
    return out


def throughput(base: str, paths: list[str], expect: int, clients: int, requests: int) -> float:
    """Requests per second of `clients` keep-alive clients sharing `requests` GETs of `paths`."""
    run = load(base, paths, expect, clients, requests, time.monotonic() + 300)
    if run["failures"] or run["truncated"]:
        raise SystemExit(
            f"{len(run['failures'])} failed requests, e.g. {run['failures'][:1]}; "
            f"{'not all made in 300 s' if run['truncated'] else ''}"
        )
    return len(run["latencies"]) / run["wall"]


def first_visit(base: str) -> tuple[int, int] | None:
    """(bytes transferred, requests) when Chromium opens the home page with an empty cache; None without Chromium."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        page = browser.new_context().new_page()
        requests = []
        page.on("requestfinished", lambda request: requests.append(request))
        page.goto(base + "/", wait_until="networkidle")
        sizes = [r.sizes() for r in requests]
        browser.close()
    return sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes), len(sizes)


def main() -> None:
    parser = server_parser(__doc__)
    parser.add_argument("--pages", type=int, default=200, help="uncached country pages")
    parser.add_argument("--requests", type=int, default=2000, help="requests of the cached run")
    args = parser.parse_args()
    with measured_store(args.db) as db:
        proc, base = start_server(db, args.workers)
        try:
            with httpx.Client(base_url=base, timeout=30, headers={"accept-encoding": "gzip"}) as http:
                first_ms = sequential(http, FIRST, 200)  # the first pages a reader asks once the server answers
                countries = [
                    r["iso3"]
                    for month in MONTHS
                    for r in http.get(f"/api/v1/rankings?as_of={month}").json()["rows"][:60]
                ]
                unique = list(dict.fromkeys(f"/country/{c}?as_of={m}" for m in MONTHS for c in countries))
                unique = unique[: args.pages]
                sequential(http, [TRIVIAL] * 50, 303)
                trivial_ms = sequential(http, [TRIVIAL] * 200, 303)
                server_ms: list[float] = []
                page_ms = sequential(http, unique, 200, server_ms)
                for _ in range(5 * args.workers):  # every process has the cached pages
                    sequential(http, CACHED, 200)
            cached = throughput(base, CACHED, 200, 4, args.requests)
            trivial = throughput(base, [TRIVIAL], 303, 4, args.requests)
            visit = first_visit(base)
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    p50, p90, base_p50 = (
        statistics.median(page_ms),
        statistics.quantiles(page_ms, n=10)[-1],
        statistics.median(trivial_ms),
    )
    print(f"uvicorn, {args.workers} process(es), {os.cpu_count()} CPUs, loopback")
    print(
        f"uncached country pages: {len(page_ms)} different country-months, latency p50 {p50:.1f} ms, p90 {p90:.1f} "
        f"ms; the trivial route p50 {base_p50:.2f} ms (ratio {p50 / base_p50:.0f})"
    )
    print(
        f"  server time (Server-Timing) p50 {statistics.median(server_ms):.1f} ms, p90 "
        f"{statistics.quantiles(server_ms, n=10)[-1]:.1f} ms; target p50 <= 25 ms"
    )
    print(
        f"cached pages, 4 clients: {cached:.0f} pages/s; the trivial route {trivial:.0f} requests/s "
        f"(ratio {cached / trivial:.2f}); target >= 200 pages/s"
    )
    first = ", ".join(f"{path} {ms:.0f} ms (x{ms / p50:.1f})" for path, ms in zip(FIRST, first_ms))
    print(f"first pages after a start: {first} of the uncached country page's p50; target <= x3")
    if visit is None:
        print(f"first visit: not measured ({CHROMIUM} is missing)")
    else:
        print(f"first visit of the home page: {visit[0] / 1000:.0f} KB in {visit[1]} requests; target <= 400 KB")


if __name__ == "__main__":
    main()
