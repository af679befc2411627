"""Serving the app with uvicorn, in one process or several sharing one listening socket."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import uvicorn
from uvicorn.supervisors import Multiprocess


class _Config(uvicorn.Config):
    """uvicorn's configuration, with a listening socket that names its protocol (TCP).

    uvicorn binds the socket its worker processes share without a protocol number; asyncio then does not set
    TCP_NODELAY on the connections, and every answer with a body waits on the client's delayed ACK (~40 ms).
    """

    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        tcp = socket.socket(fileno=sock.detach())  # family, type and protocol read from the descriptor
        tcp.set_inheritable(True)
        return tcp


def serve(db: Path, host: str, port: int, workers: int = 1) -> None:
    """Serve the dashboard and the API over the store at `db` until interrupted."""
    os.environ["PEACEKEEPING_DB"] = str(db)  # every process builds its app (and opens the store) from it
    config = _Config("peacekeeping.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                     log_level="warning")
    server = uvicorn.Server(config)
    if workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        config.load()
        server.run()
