"""HTTP done once for every API answer and page: HEAD on every GET, ETags per store version, 304s, caching in
memory (a page per language: the `lang` cookie is part of its key), and a Server-Timing header on answers made. The
version is that of the store generation the request then reads (web/state.py), not the file's: while a new file is
warmed, answers come from the previous generation and are cached under its version."""

from __future__ import annotations

import hashlib
import time

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_CONTROL = b"public, max-age=60"  # a new report month arrives monthly; the ETag tells a changed store at once
PAGE_CACHE_CONTROL = b"no-cache"  # pages are revalidated (a 304 is cheap): a language switch must show at once
UNCACHED = ("/static/", "/go", "/release/", "/export")  # files served elsewhere, redirects, downloads made per form
GENERATION = "peacekeeping.generation"  # scope key: the store generation a request reads, whose version keys its answer


class HttpLayer:
    """ASGI middleware: HEAD answered as GET without a body; GET /api answers carry an ETag of the store version and
    the request, are answered 304 when the client has them, and are served again from memory for the same version."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
            send = _without_body(send)
        api = scope["path"].startswith("/api/")
        if not api and scope["path"].startswith(UNCACHED):
            return await self.app(scope, receive, send)
        state = scope["app"].state if "app" in scope else None
        served = state.store.serving() if state is not None else None
        if served is not None:  # the request reads what its answer is cached under, even if a swap comes meanwhile
            version = served.version
            scope = {**scope, GENERATION: served}
        else:
            version = state.store.on_disk() if state is not None else None
        headers = Headers(scope=scope)
        if api:
            variant = "csv" if "text/csv" in headers.get("accept", "") else "json"
            extra = [(b"cache-control", CACHE_CONTROL), (b"vary", b"Accept, Accept-Encoding")]
        else:
            variant = "html " + _cookie(headers.get("cookie", ""), "lang")
            extra = [(b"cache-control", PAGE_CACHE_CONTROL), (b"vary", b"Accept-Encoding, Cookie")]
        key = (
            version,
            scope["path"],
            scope.get("query_string", b""),
            (variant, "gzip" if "gzip" in headers.get("accept-encoding", "") else "identity"),
        )
        etag = b'W/"' + hashlib.sha1(repr(key).encode()).hexdigest()[:20].encode() + b'"'
        extra.insert(0, (b"etag", etag))
        if version is not None and etag.decode() in [t.strip() for t in headers.get("if-none-match", "").split(",")]:
            await send({"type": "http.response.start", "status": 304, "headers": extra})
            await send({"type": "http.response.body", "body": b""})
            return
        hit = state.cache.get(key) if version is not None else None
        if hit is not None:
            body, cached = hit
            await send({"type": "http.response.start", "status": 200, "headers": cached})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []
        began = time.perf_counter()

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = f"app;dur={(time.perf_counter() - began) * 1000:.1f}".encode()  # the answer made, not cached
                if message["status"] == 200:
                    message = {**message, "headers": [*message.get("headers", []), *extra, (b"server-timing", took)]}
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and version is not None:
                    state.cache.put(
                        key, b"".join(chunks), [h for h in start.get("headers", []) if h[0] != b"server-timing"]
                    )
            await send(message)

        await self.app(scope, receive, keep)


def _cookie(header: str, name: str) -> str:
    """One cookie's value from a Cookie header ('' when absent)."""
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _without_body(send: Send) -> Send:
    """A sender that passes the answer's status and headers (its Content-Length included) and drops its body."""

    async def sender(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return sender
