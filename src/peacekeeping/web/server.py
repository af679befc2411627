"""Serving the app with uvicorn, in one process or several sharing one listening socket."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import uvicorn
from uvicorn.supervisors import Multiprocess

from ..errors import PeacekeepingError


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


def serve(db: Path, sock: socket.socket, workers: int = 1) -> None:
    """Serve the dashboard and the API over the store at `db` on a listening socket until interrupted."""
    os.environ["PEACEKEEPING_DB"] = str(db)  # every process builds its app (and opens the store) from it
    config = uvicorn.Config("peacekeeping.web.app:create_app", factory=True, workers=workers, log_level="warning")
    if workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        config.load()
        uvicorn.Server(config).run(sockets=[sock])
