"""Defence in depth for the server: a sealed store connection, security headers on every answer, error bodies that
quote little of the input and never an exception's text (a request id instead, the traceback in the log)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from urllib.parse import urlsplit

import duckdb
from fastapi import Request
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from .. import store
from ..errors import QUOTED, StoreError
from .deps import MAX_BODY
from .errors import ApiError

log = logging.getLogger("peacekeeping.web")

# Vega compiles the charts' expressions with Function (script 'unsafe-eval'); no inline script runs ('self' only:
# the JSON a chart carries is data, not code); vega-embed adds a <style> element for its tooltips.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
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
    store.seal(con)


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


class BodyLimit:
    """ASGI middleware: one size limit for every request body (JSON and forms), MAX_BODY bytes, checked before the
    body is parsed: a Content-Length past it is answered 413 at once, without reading; a body without one (chunked)
    is counted as it arrives and refused once past it. (Starlette's own limit answers a Content-Length past it with
    plain text, whatever the app answers: not the project's error shape.)"""

    def __init__(self, app, answer: Callable[[Request, ApiError], Response], limit: int = MAX_BODY):
        self.app, self.answer, self.limit = app, answer, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        length = Headers(scope=scope).get("content-length", "")
        if length.strip().isdigit() and int(length) > self.limit:
            return await self.answer(Request(scope), too_large(self.limit))(scope, receive, send)
        received = 0

        async def counted():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise HTTPException(413)  # in the route, as it reads the body: answered by the app's handler
            return message

        await self.app(scope, counted, send)


def too_large(limit: int = MAX_BODY) -> ApiError:
    """The 413 of a body past the limit, stating it."""
    return ApiError(
        413, "too_large", f"the request body is larger than the limit of {limit / 2**20:g} MiB ({limit:,} bytes)"
    )


class CrossOrigin:
    """ASGI middleware: CORS for reads only (GET and HEAD, and their preflights, through Starlette's); a request of
    any other method (POST /api/v1/check, POST /check) from a page of another origin is refused with a 403 before
    its body is read: another site cannot make its visitors' browsers spend this server's CPU."""

    def __init__(self, app, answer: Callable[[Request, ApiError], Response]):
        self.app, self.answer = app, answer
        self.reads = CORSMiddleware(
            app,
            allow_origins=["*"],
            allow_methods=["GET", "HEAD"],
            allow_headers=["*"],
            expose_headers=["ETag", "Link", "X-Total-Count", "Deprecation"],
            max_age=3600,
        )

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.reads(scope, receive, send)
        headers = Headers(scope=scope)
        if not from_here(headers):
            origin = headers.get("origin") or headers.get("sec-fetch-site", "")
            error = ApiError(
                403,
                "foreign_origin",
                f"{scope['method']} requests from another site are refused (from {origin[:QUOTED]})",
            )
            return await self.answer(Request(scope), error)(scope, receive, send)
        return await self.app(scope, receive, send)


def from_here(headers: Headers) -> bool:
    """Whether a request comes from this site's own pages or from no page at all (curl, a script): a browser says
    where it comes from in Sec-Fetch-Site (every current one) or, failing that, in Origin. Sec-Fetch-Site first: with
    the pages' Referrer-Policy no-referrer, a browser's own form posts say 'Origin: null'."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    return origin is None or same_origin(origin, headers)


def same_origin(origin: str, headers: Headers) -> bool:
    """Whether an Origin header names this server: its host and port are the request's Host (or the Host a reverse
    proxy forwarded); 'null' (a sandboxed page, a file) is no origin of ours."""
    try:
        parts = urlsplit(origin)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    default = {"http": 80, "https": 443}[parts.scheme]
    names = {f"{parts.hostname}:{port or default}"} | ({parts.hostname} if port in (None, default) else set())
    hosts = {h.strip().lower() for h in (headers.get("host", ""), *headers.get("x-forwarded-host", "").split(","))}
    return bool({n.lower() for n in names} & hosts)


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
        return unreadable(request_id)
    return ApiError(500, "internal_error", f"internal error; request id {request_id}")


def unreadable(request_id: str) -> ApiError:
    """The 503 of a store that cannot be read: what to do, never the server's paths nor DuckDB's words (they go to
    the log under the request id)."""
    return ApiError(
        503,
        "store_unreadable",
        f"the store cannot be read (it may be damaged or being replaced); request id {request_id}",
    )


def store_failed(request: Request, exc: StoreError, missing: bool) -> ApiError:
    """The 503 of a store that is missing or cannot be opened, its details (paths, DuckDB's words) only in the log."""
    request_id = uuid.uuid4().hex[:16]
    log.error("request %s: %s %s: %s", request_id, request.method, request.url.path, exc)
    if missing:
        return ApiError(503, "no_store", f"no store has been loaded yet; request id {request_id}")
    return unreadable(request_id)
