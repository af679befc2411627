"""Serving the app with uvicorn, in one process or several sharing one listening socket, within bounds: connections
that send no request are closed, connections are capped below the file limit, and a stop (SIGTERM, Ctrl-C) ends
the server within GRACE seconds whatever its requests are computing."""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import signal
import socket
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from uvicorn.protocols.http.auto import AutoHTTPProtocol
from uvicorn.supervisors import Multiprocess

from ..errors import PeacekeepingError
from . import warm

GRACE = 3  # seconds a stop waits for requests under way (a check may compute for longer): then they are abandoned
KEEP_ALIVE = 5  # seconds an idle connection is kept after an answer (uvicorn's keep-alive timeout)
HEADERS = "PEACEKEEPING_HEADERS_WITHIN"  # an environment variable that may set HEADERS_WITHIN (e.g. shorter in tests)
# seconds a connection has to send a request's headers, from its start or its last answer
HEADERS_WITHIN = float(os.environ.get(HEADERS, "10"))
ACCEPT_BATCH = 128  # connections asyncio accepts at once (uvicorn's backlog) before any of them can be closed
RESERVED_FILES = 100 + ACCEPT_BATCH  # descriptors kept for the store, logs, pipes and one batch of accepts
RESOURCE_LOG_EVERY = 60  # seconds between two logs of "out of system resource" (asyncio logs one per failed accept)
WARM_AT_START = 30  # seconds a server process may spend building a store's tables before it serves
SWITCH_INTERVAL = 0.001  # seconds a thread holds the GIL while another waits for it (Python's default: 0.005)
SERVING = "PEACEKEEPING_SERVING"  # set in the server's processes: the app may end a process its requests hold up
CAP = "PEACEKEEPING_CONNECTIONS"  # the connection cap, handed to every server process
log = logging.getLogger("peacekeeping.web")


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port and listening, or a one-line error (port in use, no such address).

    The socket is made again from its descriptor so that it names its protocol: asyncio sets TCP_NODELAY only on
    sockets that do, and without it every answer with a body waits on the client's delayed ACK (~40 ms).
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.create_server((host, port), family=family, backlog=2048)
    except OSError as exc:  # socket.gaierror included
        reason = os.strerror(exc.errno) if isinstance(exc.errno, int) and exc.errno > 0 else str(exc)
        raise PeacekeepingError(f"cannot listen on {host}:{port}: {reason}") from None
    tcp = socket.socket(fileno=sock.detach())  # family, type and protocol read from the descriptor
    tcp.set_inheritable(True)
    return tcp


def file_limit() -> int:
    """This process's soft limit of open files, raised to the hard one (at most 65,536) where it can be."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (OSError, ValueError):
            pass
    return 65536 if soft == resource.RLIM_INFINITY else min(soft, 65536)


def connection_cap() -> int:
    """Connections one server process takes at once: its file limit (file_limit) less RESERVED_FILES. Past it the
    longest idle connection makes room, or a request is answered 503."""
    return max(16, file_limit() - RESERVED_FILES)


class BoundedHttp(AutoHTTPProtocol):
    """uvicorn's HTTP protocol with two bounds: a connection that has sent no request's headers HEADERS_WITHIN
    seconds after it opened (or after its last answer) is closed, idle or trickling (slowloris); and when a new
    connection passes the cap, the connections waiting longest for a request are closed to make room for it."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.waiting_since = time.monotonic()
        self.loop.call_later(HEADERS_WITHIN, self._check_headers)
        cap = int(os.environ.get(CAP, "1024"))
        if len(self.connections) > cap:
            idle = sorted(
                (c for c in self.connections if c is not self and _idle(c)),
                key=lambda c: getattr(c, "waiting_since", 0.0),
            )
            for connection in idle[: len(self.connections) - cap]:
                connection.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self.waiting_since = time.monotonic()

    def _check_headers(self) -> None:
        """Close the connection if it has waited HEADERS_WITHIN seconds without a request; else look again then."""
        if self.transport.is_closing():
            return
        waited = time.monotonic() - self.waiting_since
        if _idle(self) and waited >= HEADERS_WITHIN:
            self.transport.close()
        else:
            self.loop.call_later(
                max(HEADERS_WITHIN - waited, 0.5) if _idle(self) else HEADERS_WITHIN, self._check_headers
            )


def _idle(connection) -> bool:
    """Whether a connection is between requests: none started, or the last one answered."""
    cycle = getattr(connection, "cycle", None)
    return cycle is None or cycle.response_complete


def serve(db: Path, sock: socket.socket, workers: int = 1) -> None:
    """Serve the dashboard and the API over the store at `db` on a listening socket until interrupted."""
    os.environ["PEACEKEEPING_DB"] = str(db)  # every process builds its app (and opens the store) from it
    os.environ[SERVING] = "1"
    # glibc's malloc keeps an arena per thread that has allocated (up to 8 per core), and gives little back: with
    # the request threads' and DuckDB's, a process held ~100 MB more than it used. Two arenas; the processes read it
    # as they start (uvicorn's workers and the check workers are new processes).
    os.environ.setdefault("MALLOC_ARENA_MAX", "2")
    # uvicorn (and asyncio) take SIGINT and SIGTERM from here on: Python's own handling until they do, not the
    # command line's (a signal as uvicorn starts would stop the event loop half made, with a traceback)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    cap = connection_cap()
    os.environ[CAP] = str(cap)
    config = uvicorn.Config(
        "peacekeeping.web.app:create_app",
        factory=True,
        workers=workers,
        log_level="warning",
        http=BoundedHttp,
        timeout_keep_alive=KEEP_ALIVE,
        timeout_graceful_shutdown=GRACE,
        limit_concurrency=cap + 1,
        backlog=ACCEPT_BATCH,
    )
    if workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        config.load()
        uvicorn.Server(config).run(sockets=[sock])


class UnderWay:
    """ASGI middleware: counts the requests under way in the app's state (`under_way`), for `lifespan`."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = scope["app"].state
        state.under_way += 1
        try:
            await self.app(scope, receive, send)
        finally:
            state.under_way -= 1


class OncePerInterval(logging.Filter):
    """A log filter: asyncio's "out of system resource" (a failed accept: no file descriptor left) at most once per
    RESOURCE_LOG_EVERY seconds, with the number left out since; other records pass."""

    def __init__(self):
        super().__init__()
        self.last, self.left_out = -float("inf"), 0

    def filter(self, record: logging.LogRecord) -> bool:
        if "out of system resource" not in str(record.msg):
            return True
        now = time.monotonic()
        if now - self.last < RESOURCE_LOG_EVERY:
            self.left_out += 1
            return False
        if self.left_out:
            record.msg = f"{record.msg} ({self.left_out} more since the last such log)"
        self.last, self.left_out = now, 0
        record.exc_info, record.exc_text = None, None  # the error's line, not a traceback
        return True


@asynccontextmanager
async def lifespan(app):
    """Each server process: asyncio's resource errors logged once per interval; before serving, the store's tables
    built and a check worker started (web/warm.py, web/checks.py); at the end, after uvicorn's GRACE
    seconds, requests still computing in threads (a long check) would hold the process until they finish (Python
    waits for its threads): it ends now instead."""
    asyncio_log = logging.getLogger("asyncio")
    if not any(isinstance(f, OncePerInterval) for f in asyncio_log.filters):
        asyncio_log.addFilter(OncePerInterval())
    if os.environ.get(SERVING) and not log.handlers:  # what the server does (a store swapped) said on its stderr
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    if os.environ.get(SERVING):  # the first pages as fast as the next ones: the store's tables built before serving
        # a request that gives up the GIL (a DuckDB query, a socket) gets it back within 1 ms, not Python's 5 ms,
        # while a thread computes (a new store's warm-up): a request of 50 queries no longer waits 250 ms for it
        sys.setswitchinterval(SWITCH_INTERVAL)
        # a check worker started meanwhile (its own process), ready before this process serves: a first check is
        # not one that waits for a worker to start
        db = str(app.state.store.path)
        app.state.check_worker = asyncio.create_task(asyncio.to_thread(app.state.checks.prestart, db))
        try:
            await asyncio.wait_for(asyncio.to_thread(warm.warm, app.state.store), WARM_AT_START)
            await asyncio.wait_for(warm.pages(app), WARM_AT_START)
            await asyncio.wait_for(asyncio.shield(app.state.check_worker), WARM_AT_START)
        except asyncio.TimeoutError:  # a slow machine: serving now, the rest built as requests ask
            log.warning("serving before the store's tables were all built (%d s)", WARM_AT_START)
    yield
    app.state.checks.close()
    if os.environ.get(SERVING) and app.state.under_way:
        log.warning("stopping: %d request(s) still under way after %d s were abandoned", app.state.under_way, GRACE)
        logging.shutdown()
        os._exit(0)
