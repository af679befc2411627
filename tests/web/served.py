"""A real `peacekeeping serve` process for the tests of web/: started on a free port, stopped (and waited for) after."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CLI = Path(sys.executable).parent / "peacekeeping"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    """A running server: its process, port and log (stderr)."""

    proc: subprocess.Popen
    port: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None, timeout: float = 30
    ) -> tuple[int, dict[str, str], bytes]:
        """(status, headers in lower case, body) of one request on a new connection."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body or None, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def error(self, method: str, path: str, **kwargs) -> tuple[int, dict[str, str], dict]:
        """(status, headers, the error object) of a request answered with the project's JSON error shape."""
        status, headers, body = self.request(method, path, **kwargs)
        assert headers.get("content-type", "").startswith("application/json"), (status, headers, body[:300])
        error = json.loads(body)["error"]
        assert set(error) == {"status", "type", "message", "suggestions"} and error["status"] == status
        return status, headers, error


@contextmanager
def serving(
    db: Path, log: Path, *args: str, env: dict[str, str] | None = None, preexec: Callable[[], None] | None = None
) -> Iterator[Served]:
    """`peacekeeping serve --db DB ARGS` on a free port until the block ends (SIGTERM, then SIGKILL after 20 s)."""
    port = free_port()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(CLI), "serve", "--db", str(db), "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            start_new_session=True,
            preexec_fn=preexec,
        )
    served = Served(proc, port, log)
    try:
        deadline = time.monotonic() + 60
        while True:  # answering, not only listening: the socket is bound before uvicorn starts
            assert proc.poll() is None, log.read_text()[-2000:]
            try:
                served.request("GET", "/static/no-such-file", timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        yield served
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()
