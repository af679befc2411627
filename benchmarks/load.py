"""A bounded loopback load test of the server: a mixed workload, zero errors allowed, latency percentiles.

`peacekeeping serve` runs on 127.0.0.1 (a free port) in a child process, as deployed; CLIENTS threads, each with
its own keep-alive connection, share a fixed number of requests, within a time limit. The workload mixes what
the dashboard and the API clients ask for: totals, profiles and rankings of many country-months (mostly not in
the answer cache), missions, series, fatalities, coverage, the HTML pages and claim checks (POST, never cached).

The server runs with --workers processes (2 by default, the documented way to serve more readers). Passes when every
request got a 2xx/3xx answer, or the documented refusal of a question about a breakdown the report of that month
lacks (404 `not_in_report`, docs/corrections.md), and the run finished within the time limit. Prints p50, p90, p99
and the maximum latency, throughput, and p50/p99 per kind of request.

With --soak SECONDS the same clients read for that long while two writers change the store under the server:
`peacekeeping ingest` (a renamed copy of a report each time, so that every run writes) and `peacekeeping update
--from` two mirrors in turn (their DPO-UCHISTORICAL differs, so that every run writes), at the same time, so that
they also queue on the store's writer lock. Passes when no request failed, every writer run exited 0, and the
server's resident memory (all its processes), sampled every 30 s, ends within 1.25 times the first sample taken
under the writers: by then the caches of several store generations have filled (the server keeps the last two), so
what grows after it is what a leak would be. The ratio to the memory before the writers started is printed too,
and each server process's memory at every sample (issue 27.5 asks 250 MB each at the end).

Usage: python -m benchmarks.load [--db STORE] [--clients 8] [--requests 2000] [--time-limit 120] [--workers 2]
                                 [--soak 300]
       (without --db the archive, fatalities and missions are ingested into a temporary store first; the soak
       writes to that store, so give it a copy)
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from benchmarks.common import DATA, measured_store, run_clients, server_parser, start_server
from benchmarks.memory import snapshot

CLI = Path(sys.executable).parent / "peacekeeping"
REPORT = DATA / "contributions" / "monthly-reports" / "UN_country_contributions_2022_06.pdf"
HISTORICAL = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "datahub" / "historical.csv"

COUNTRIES = [
    "Peru",
    "BGD",
    "Nepal",
    "India",
    "Rwanda",
    "Pakistan",
    "Ghana",
    "France",
    "Italy",
    "Brazil",
    "Fiji",
    "Uruguay",
    "Senegal",
    "China",
    "Indonesia",
    "Türkiye",
    "Ivory Coast",
    "Norway",
    "Mongolia",
    "Chad",
]
MONTHS = [f"{y}-{m:02d}" for y in (2017, 2019, 2021, 2022, 2023, 2024) for m in (1, 4, 6, 9, 12)]
SEED = (DATA.parent / "examples" / "release-peru-2022-10-12.txt").read_text(encoding="utf-8-sig")


def workload():
    """An endless, deterministic stream of (kind, method, url, json body)."""
    pairs = itertools.cycle([(c, m) for m in MONTHS for c in COUNTRIES])
    months = itertools.cycle(MONTHS)
    countries = itertools.cycle(COUNTRIES)
    mix = (
        ["profile"] * 6
        + ["totals"] * 2
        + ["ranking"] * 2
        + ["missions", "series", "fatalities", "countries", "months", "home", "country_page", "rankings_page", "check"]
    )
    urls = {  # kind -> the url of its next request (a GET)
        "profile": lambda: "/api/v1/countries/{}?as_of={}".format(*next(pairs)),
        "totals": lambda: f"/api/v1/world?as_of={next(months)}",
        "ranking": lambda: f"/api/v1/rankings?as_of={next(months)}&by=women",
        "missions": lambda: f"/api/v1/missions?as_of={next(months)}",
        "series": lambda: f"/api/v1/countries/{next(countries)}/series",
        "fatalities": lambda: f"/api/v1/countries/{next(countries)}/fatalities?as_of=2022-10-12",
        "countries": lambda: "/api/v1/countries",
        "months": lambda: "/api/v1/months",
        "home": lambda: "/",
        "country_page": lambda: f"/country/{next(countries)}?as_of={next(months)}",
        "rankings_page": lambda: f"/rankings?as_of={next(months)}",
    }
    for kind in itertools.cycle(mix):
        if kind == "check":
            yield kind, "POST", "/api/v1/check", {"text": SEED, "date": "2022-10-12"}
        else:
            yield kind, "GET", urls[kind](), None


REFUSED = -404  # the status recorded for a documented refusal: a breakdown the month's report lacks


def answered(response: httpx.Response) -> int:
    """The status, or REFUSED for a 404 that says the report of that month lacks what was asked (not an error)."""
    if response.status_code == 404 and b'"not_in_report"' in response.content[:2000]:
        return REFUSED
    return response.status_code


def run(base: str, clients: int, requests: int, time_limit: float) -> tuple[list[tuple[str, float, int]], float]:
    """(kind, seconds, status, REFUSED or 0 for a transport error) per request, and the wall time."""
    stream = workload()
    lock = threading.Lock()
    left = [requests]
    results: list[tuple[str, float, int]] = []
    deadline = time.monotonic() + time_limit

    def client() -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.monotonic() < deadline:
                with lock:
                    if left[0] <= 0:
                        return
                    left[0] -= 1
                    kind, method, url, body = next(stream)
                started = time.perf_counter()
                try:
                    response = http.request(method, url, json=body, follow_redirects=False)
                    status = answered(response)
                except httpx.TransportError:
                    status = 0
                elapsed = time.perf_counter() - started
                with lock:
                    results.append((kind, elapsed, status))

    return results, run_clients(client, clients)


def rss_mb(pid: int) -> float:
    """The resident memory in MB of a process and its children (Linux /proc)."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1]) / 1024
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            total += rss_mb(int(child))
    return total


def mirrors(folder: Path) -> list[Path]:
    """Two mirrors of the Data Hub (update --from) whose DPO-UCHISTORICAL differ: updating from each in turn writes."""
    made = []
    for n in (1, 2):
        mirror = folder / f"mirror-{n}"
        mirror.mkdir()
        text = HISTORICAL.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        (mirror / "DPO-UCHISTORICAL.csv").write_text("".join(lines if n == 1 else lines[:-1]), encoding="utf-8")
        shutil.copyfile(DATA / "contributions" / "ranking-2022-01-31.csv", mirror / "DPO-UCLATEST.csv")
        shutil.copyfile(DATA / "fatalities" / "fatalities-2025-04-04.csv", mirror / "DPPADPOSS-FATALITIES.csv")
        shutil.copyfile(DATA / "missions" / "missions-2024-02-19.csv", mirror / "DPPADPOSS-PKO.csv")
        made.append(mirror)
    return made


def writers(db: Path, until: float, folder: Path) -> tuple[list[threading.Thread], list[tuple[str, int, float]]]:
    """Two threads changing the store until `until`: ingests and updates; (kind, exit code, seconds) per run."""
    runs: list[tuple[str, int, float]] = []
    inbox = folder / "inbox"
    inbox.mkdir()
    both = mirrors(folder)

    def run(kind: str, args: list[str]) -> None:
        started = time.perf_counter()
        done = subprocess.run([str(CLI), *args, "--db", str(db)], capture_output=True, text=True)
        runs.append((kind, done.returncode, time.perf_counter() - started))
        if done.returncode:
            print(f"{kind} failed ({done.returncode}): {done.stderr.strip()[:300]}", file=sys.stderr)

    def ingests() -> None:
        for n in itertools.count():
            if time.monotonic() >= until:
                return
            copy = inbox / f"copy-{n}-{REPORT.name}"  # byte-identical to a stored report: skipped, and written
            shutil.copyfile(REPORT, copy)
            run("ingest", ["ingest", str(copy)])
            copy.unlink()

    def updates() -> None:
        for n in itertools.count():
            if time.monotonic() >= until:
                return
            run("update", ["update", "--from", str(both[n % 2])])

    threads = [threading.Thread(target=ingests, daemon=True), threading.Thread(target=updates, daemon=True)]
    for t in threads:
        t.start()
    return threads, runs


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main() -> int:
    parser = server_parser(__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds for the whole run")
    parser.add_argument("--soak", type=float, help="read for this many seconds while ingests and updates write")
    args = parser.parse_args()
    if args.soak:
        args.requests, args.time_limit = 10**9, args.soak
    runs: list[tuple[str, int, float]] = []
    memory: list[float] = []
    each: list[list[float]] = []  # each server process's RSS at every sample (issue 27.5: 250 MB each)

    def sample(pid: int) -> None:
        memory.append(rss_mb(pid))
        each.append(snapshot(pid)[0])

    with measured_store(args.db) as db, tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(db, args.workers)
        try:
            if args.soak:
                run(base, args.clients, 200, 60)  # warm up: caches, connections, the first allocations
                sample(proc.pid)
                until = time.monotonic() + args.soak
                threads, runs = writers(db, until, Path(tmp))
                sampler = threading.Thread(
                    target=lambda: [
                        (time.sleep(min(30, max(0, until - time.monotonic()))), sample(proc.pid))
                        for _ in range(int(args.soak // 30))
                    ],
                    daemon=True,
                )
                sampler.start()
            results, wall = run(base, args.clients, args.requests, args.time_limit)
            if args.soak:
                for t in threads:
                    t.join()
                sample(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    errors = [r for r in results if not 200 <= r[2] < 400 and r[2] != REFUSED]
    times = [r[1] * 1000 for r in results]
    print(
        f"{len(results):,} of {args.requests:,} requests, {args.clients} clients, {args.workers} server processes, "
        f"127.0.0.1, {os.cpu_count()} CPUs, "
        f"{wall:.1f} s (limit {args.time_limit:g} s)"
    )
    kinds = Counter(f"{r[0]} {r[2] or 'no answer (30 s)'}" for r in errors)
    print(
        f"errors: {len(errors)}"
        + (f" ({', '.join(f'{n} {kind}' for kind, n in kinds.most_common())})" if errors else "")
        + f"; {sum(1 for r in results if r[2] == REFUSED)} documented refusals (not_in_report)"
    )
    print(
        f"latency ms: p50 {percentile(times, 50):.1f}  p90 {percentile(times, 90):.1f}  "
        f"p99 {percentile(times, 99):.1f}  max {max(times):.1f}  mean {statistics.fmean(times):.1f}"
    )
    print(f"throughput: {len(results) / wall:.0f} requests/s")
    for kind in sorted({r[0] for r in results}):
        ms = [r[1] * 1000 for r in results if r[0] == kind]
        print(f"  {kind:14} {len(ms):5}  p50 {percentile(ms, 50):7.1f}  p99 {percentile(ms, 99):7.1f} ms")
    if args.soak:
        failed = [r for r in runs if r[1]]
        for kind in ("ingest", "update"):
            took = [r[2] for r in runs if r[0] == kind]
            print(
                f"writers: {len(took)} {kind}s, {sum(1 for r in failed if r[0] == kind)} failed"
                + (f", median {statistics.median(took):.1f} s" if took else "")
            )
        filled = memory[1] if len(memory) > 2 else memory[0]  # the first sample under the writers
        print(
            f"server RSS MB: {memory[0]:.0f} before the writers, {filled:.0f} after their first 30 s, "
            f"{memory[-1]:.0f} at the end (x{memory[-1] / filled:.2f}, limit x1.25; x{memory[-1] / memory[0]:.2f} "
            f"of the first); samples: {', '.join(f'{m:.0f}' for m in memory)}"
        )
        print(
            f"each server process, MB: {', '.join(f'{m:.0f}' for m in each[-1])} at the end, at most "
            f"{max(max(e, default=0) for e in each):.0f} (issue 27.5: 250); samples: "
            + "; ".join(", ".join(f"{m:.0f}" for m in e) for e in each)
        )
        flat = memory[-1] <= 1.25 * filled
        return 0 if not errors and not failed and runs and flat else 1
    complete = len(results) == args.requests
    if not complete:
        print("the time limit ended the run before every request was made")
    return 0 if complete and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
