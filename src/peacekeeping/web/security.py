"""Defence in depth for the server: a sealed store connection, security headers on every answer, error bodies that
quote little of the input and never an exception's text (a request id instead, the traceback in the log)."""

from __future__ import annotations

import logging
import uuid

import duckdb
from fastapi import Request
from starlette.responses import Response

from ..errors import QUOTED
from .errors import ApiError

log = logging.getLogger("peacekeeping.web")

# Vega compiles the charts' expressions with Function (script 'unsafe-eval'); no inline script runs ('self' only:
# the JSON a chart carries is data, not code); vega-embed adds a <style> element for its tooltips.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
MESSAGE = 4 * QUOTED  # characters of an error message at most (each quoted input at most QUOTED of them)


def seal(con: duckdb.DuckDBPyConnection) -> None:
    """Seal a read-only store connection: no files, no network, no extensions, and no setting changed back."""
    for statement in ("SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false",
                      "SET enable_external_access = false", "SET lock_configuration = true"):
        con.execute(statement)


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP answer (those the app set itself are kept)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": add(list(message.get("headers", [])))}
            await send(message)

        await self.app(scope, receive, with_headers)


def add(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The headers with every security header the list does not have yet."""
    present = {name.lower() for name, _ in headers}
    return headers + [(name, value) for name, value in HEADERS if name not in present]


def secured(response: Response) -> Response:
    """A response made outside the middleware (a 500 is sent by Starlette's outermost layer) with the headers."""
    for name, value in HEADERS:
        response.headers.setdefault(name.decode(), value.decode())
    return response


def brief(error: ApiError) -> ApiError:
    """The error with its message cut to MESSAGE characters (one line): an input may be megabytes long."""
    message = " ".join(error.message.split())
    if len(message) > MESSAGE:
        message = message[:MESSAGE] + f"… ({len(message) - MESSAGE:,} more characters)"
    error.message = message
    error.suggestions = [s[:QUOTED] for s in error.suggestions[:10]]
    return error


def internal(request: Request, exc: Exception) -> ApiError:
    """What an unexpected exception answers: 'internal error' and a request id; the traceback goes to the log.

    A store that cannot be read (a file cut short or damaged) is a 503 saying so."""
    request_id = uuid.uuid4().hex[:16]
    log.error("request %s: %s %s failed", request_id, request.method, request.url.path, exc_info=exc)
    if isinstance(exc, duckdb.Error):
        return ApiError(503, "store_unreadable", f"the store cannot be read (it may be damaged); request id "
                                                 f"{request_id}")
    return ApiError(500, "internal_error", f"internal error; request id {request_id}")
