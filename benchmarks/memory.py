"""Memory per server process (issue 27.5): resident memory of each `peacekeeping serve --workers 2` process after
a wide read workload, and after writers have swapped the store several times (each swap a new store generation
whose tables the caches hold).

Workload per round: country pages of the largest contributors over many months, the news of each month, the API's
series and rankings, and a few claim checks; then an ingest swaps the store (a renamed copy of a stored report: a
new generation), and the next round reads again. Printed: each server process's RSS (and the check workers', which
are separate processes) after the start, after each round, and the total, against the budget (two processes well
under 1 GB; issue 27: 250 MB each).

Usage: python -m benchmarks.memory [--db STORE] [--rounds 4] [--months 24] [--countries 30]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.common import DATA, live_processes, measured_store, start_server

CLI = Path(sys.executable).parent / "peacekeeping"


def rss_mb(pid: int) -> float:
    """A process's resident memory in MB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    """The live child processes of a process."""
    return [p.pid for p in live_processes() if p.parent == pid]


def snapshot(server: int) -> tuple[list[float], list[float]]:
    """(RSS of each server process, RSS of each check worker) in MB."""
    workers = [p for p in children(server) if b"resource_tracker" not in Path(f"/proc/{p}/cmdline").read_bytes()]
    checks = [
        c for w in workers for c in children(w) if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()
    ]
    return [rss_mb(w) for w in workers], [rss_mb(c) for c in checks]


def read_round(http: httpx.Client, months: list[str], countries: list[str]) -> int:
    """The read workload of one round: the number of requests made."""
    paths = [f"/country/{c}?as_of={m}" for m in months for c in countries]
    paths += [f"/news?as_of={m}" for m in months] + [f"/rankings?as_of={m}" for m in months]
    paths += [f"/api/v1/countries/{c}/series" for c in countries] + ["/", "/api/v1/world"]
    for path in paths:
        http.get(path)
    for c in countries[:5]:
        http.post("/api/v1/check", json={"text": f"{c} had 270 troops and 38 women in June 2022."})
    return len(paths) + 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--countries", type=int, default=30)
    args = parser.parse_args()
    with measured_store(args.db) as source, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "served.duckdb"
        shutil.copyfile(source, db)
        report = sorted((DATA / "contributions" / "monthly-reports").glob("*.pdf"))[-1]
        proc, base = start_server(db, workers=2)
        try:
            time.sleep(3)  # both processes started and warmed
            servers, checks = snapshot(proc.pid)
            print(f"after the start: server processes {', '.join(f'{m:.0f}' for m in servers)} MB")
            # a new connection per request: both server processes take their share
            with httpx.Client(base_url=base, timeout=120, limits=httpx.Limits(max_keepalive_connections=0)) as http:
                covered = [m["month"] for m in http.get("/api/v1/months").json()["months"] if m["status"] == "ingested"]
                months = covered[-args.months :]
                countries = [r["iso3"] for r in http.get("/api/v1/rankings").json()["rows"][: args.countries]]
                for round_ in range(1, args.rounds + 1):
                    start = time.perf_counter()
                    made = read_round(http, months, countries)
                    servers, checks = snapshot(proc.pid)
                    print(
                        f"round {round_}: {made} requests in {time.perf_counter() - start:.0f} s; server processes "
                        f"{', '.join(f'{m:.0f}' for m in servers)} MB (total {sum(servers):.0f}); check workers "
                        f"{', '.join(f'{m:.0f}' for m in checks) or 'none'} MB"
                    )
                    copy = Path(tmp) / f"UN_country_contributions_copy_{round_}.pdf"
                    shutil.copyfile(report, copy)  # byte-identical to a stored report: skipped, the store rewritten
                    subprocess.run([str(CLI), "ingest", str(copy), "--db", str(db)], check=True, capture_output=True)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    total = sum(servers) + sum(checks)
    print(
        f"at the end: {total:.0f} MB for two server processes and their check workers "
        f"(budget: well under 1,000 MB; issue 27 asks 250 MB per server process)"
    )


if __name__ == "__main__":
    main()
