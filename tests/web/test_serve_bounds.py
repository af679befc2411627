"""A server that stops and stays up (issues 27 and 28.2), on real `peacekeeping serve` processes: SIGTERM while
checks are computing ends the supervisor and its workers within the grace period and a little more; connections that
send no request are closed; with a low file limit, hundreds of idle connections neither starve other clients nor
fill the log."""

from __future__ import annotations

import json
import resource
import socket
import subprocess
import sys
import threading
import time

import pytest
from served import serving

from benchmarks.common import session_processes
from peacekeeping.web.server import GRACE, HEADERS, RESERVED_FILES

# a text the checker takes seconds over on the small store (about 7 s alone on one core)
SLOW = ("Peru 270 troops, 38 women, 4 missions in 2022. " * 3000)[:100_000]
HEADERS_WITHIN = 4  # seconds the server under test gives a connection to send a request's headers (10 by default)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc"),
]


def _checks_under_way(served, count: int) -> list[threading.Thread]:
    """`count` slow checks posted in threads (their answers, if any, are not awaited)."""

    def post():
        try:
            served.request(
                "POST",
                "/api/v1/check",
                body=json.dumps({"text": SLOW}).encode(),
                headers={"content-type": "application/json"},
                timeout=120,
            )
        except OSError:
            pass  # the server went away mid-check: what this test does

    threads = [threading.Thread(target=post, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_stops_the_server_while_checks_compute(small_store, tmp_path, workers):
    with serving(small_store[0], tmp_path / "serve.log", "--workers", str(workers)) as served:
        _checks_under_way(served, 2 * workers)
        time.sleep(1.5)  # the checks are computing (each takes seconds)
        assert len(session_processes(served.proc.pid)) >= 1 + (workers if workers > 1 else 0)
        served.proc.terminate()
        try:
            served.proc.wait(timeout=GRACE + 5)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {GRACE + 5} s after SIGTERM: {session_processes(served.proc.pid)}")
        deadline = time.monotonic() + 2
        while session_processes(served.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert session_processes(served.proc.pid) == []
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_a_connection_that_sends_no_request_is_closed(small_store, tmp_path):
    with serving(small_store[0], tmp_path / "serve.log", env={HEADERS: str(HEADERS_WITHIN)}) as served:
        silent = socket.create_connection(("127.0.0.1", served.port))
        trickling = socket.create_connection(("127.0.0.1", served.port))
        answered = socket.create_connection(("127.0.0.1", served.port))
        answered.sendall(b"GET /api/v1/world HTTP/1.1\r\nHost: x\r\n\r\n")
        start = time.monotonic()
        for sock in (silent, trickling, answered):
            sock.settimeout(HEADERS_WITHIN + 10)
        trickling.sendall(b"GET / HTTP/1.1\r\n")
        while time.monotonic() - start < HEADERS_WITHIN - 1:  # a header line every second: never a whole request
            time.sleep(1)
            trickling.sendall(b"X-A: b\r\n")
        assert silent.recv(1) == b""  # closed by the server
        assert _drain(trickling) == b""
        assert _drain(answered).startswith(b"HTTP/1.1 200")  # answered, then closed when idle (keep-alive)
        for sock in (silent, trickling, answered):
            sock.close()


def _drain(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def _low_file_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))


def test_idle_connections_past_the_file_limit_neither_starve_clients_nor_fill_the_log(small_store, tmp_path):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 1200:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
        except (OSError, ValueError):
            pytest.skip("this test's process cannot open 600 connections")
    log = tmp_path / "serve.log"
    with serving(small_store[0], log, preexec=_low_file_limit) as served:
        idle = []
        try:
            for _ in range(600):  # more than the server's 256 files
                idle.append(socket.create_connection(("127.0.0.1", served.port), timeout=5))
            for _ in range(5):
                status, _, _ = served.request("GET", "/api/v1/world", timeout=10)
                assert status == 200
            time.sleep(3)
        finally:
            for sock in idle:
                sock.close()
        assert served.request("GET", "/api/v1/world", timeout=10)[0] == 200
    assert log.stat().st_size < 100_000, log.read_text()[-2000:]


def test_serve_says_the_file_limit_it_has(small_store, tmp_path):
    log = tmp_path / "serve.log"
    with serving(small_store[0], log, preexec=_low_file_limit):  # 256, not to be raised
        pass
    said = log.read_text().splitlines()[0]
    assert said.startswith(f"serving {small_store[0].resolve()} on http://127.0.0.1:")
    assert said.endswith(
        f"with 1 process, file limit 256: up to {256 - RESERVED_FILES} connections each (API docs at /docs)"
    ), said
    with serving(small_store[0], log, "--workers", "2"):  # the hard limit (or 65,536), raised to where it can
        pass
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    files = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    assert (
        f"with 2 processes, file limit {files:,}: up to {files - RESERVED_FILES:,} connections each"
        in log.read_text().splitlines()[0]
    )
