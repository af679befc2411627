"""Tail latency of cached pages under many connections (issue 27.3): wrk's latency distribution, against one connection.

`peacekeeping serve` runs with --workers processes on a loopback port; ten pages and API answers a dashboard reader
asks for (gzip, as browsers ask) are first requested on fresh connections until every server process has each in its
answer cache; then wrk keeps CONNECTIONS keep-alive connections busy with them for SECONDS, once with one connection
(the baseline) and once with CONNECTIONS. Prints p50, p90, p99 and the maximum of both runs, and the ratio of the p99s;
the issue's target is p99 < 100 ms at 50 connections.

The client is wrk (Debian: apt-get install wrk), not Python: a Python client of 50 threads on the same two cores
measures its own waits for the interpreter lock as much as the server's answers.

Usage: python -m benchmarks.cached [--db STORE] [--connections 50] [--seconds 15] [--workers 2]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from benchmarks.common import measured_store, server_parser, start_server

PATHS = [
    "/",
    "/country/PER",
    "/country/NPL?as_of=2022-06",
    "/rankings",
    "/missions",
    "/mission/MINUSCA",
    "/news",
    "/api/v1/countries/PER",
    "/api/v1/rankings?as_of=2022-06",
    "/api/v1/world",
]
HEADERS = {"Accept-Encoding": "gzip", "Accept": "text/html"}
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def warm(base: str, workers: int) -> None:
    """Every path in the answer cache of every server process: each asked on new connections, which the kernel
    spreads over the processes."""
    for path in PATHS:
        for _ in range(8 * workers):
            response = httpx.get(base + path, headers=HEADERS, timeout=60)
            assert response.status_code == 200, (path, response.status_code)


def script(folder: Path) -> Path:
    """A wrk script asking the paths in turn with the browser's headers."""
    lua = folder / "paths.lua"
    paths = ", ".join(f'"{p}"' for p in PATHS)
    headers = ", ".join(f'["{k}"] = "{v}"' for k, v in HEADERS.items())
    lua.write_text(
        f"local paths = {{{paths}}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
        f'  return wrk.format("GET", paths[(i % #paths) + 1], {{{headers}}})\nend\n'
    )
    return lua


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def measure(base: str, lua: Path, connections: int, seconds: int) -> dict[str, float]:
    """wrk's p50, p90, p99 and maximum latency (ms), requests per second and errors over `connections`."""
    threads = min(2, connections)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(lua), base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {f"p{p}": _ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M)}
    found["max"] = _ms(re.search(r"^\s+Latency\s+\S+\s+\S+\s+(\S+)", out, re.M)[1])
    found["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])
    refused = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    found["errors"] = (int(refused[1]) if refused else 0) + ("Socket errors" in out)  # wrk prints either when any
    return found


def main() -> int:
    parser = server_parser(__doc__)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=15)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install wrk (the load client of this benchmark)", file=sys.stderr)
        return 2
    with measured_store(args.db) as db, tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(db, args.workers)
        try:
            warm(base, args.workers)
            lua = script(Path(tmp))
            one = measure(base, lua, 1, args.seconds)
            many = measure(base, lua, args.connections, args.seconds)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    for label, m in ((1, one), (args.connections, many)):
        print(
            f"{label:3} connection{'s' if label != 1 else ' '}: p50 {m['p50']:.1f}  p90 {m['p90']:.1f}  "
            f"p99 {m['p99']:.1f}  max {m['max']:.1f} ms, {m['rps']:.0f} requests/s, {m['errors']:.0f} errors"
        )
    print(
        f"p99 at {args.connections} connections: x{many['p99'] / one['p99']:.1f} of one connection's; "
        f"{many['p99']:.1f} ms (target < 100 ms)"
    )
    return 0 if many["p99"] < 100 and not many["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
