"""HTTP done once for every API answer: HEAD on every GET, ETags per store version, 304s, caching in memory."""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_CONTROL = b"public, max-age=60"  # a new report month arrives monthly; the ETag tells a changed store at once


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
        if not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        state = scope["app"].state if "app" in scope else None
        version = state.store.version() if state is not None else None
        headers = Headers(scope=scope)
        variant = ("csv" if "text/csv" in headers.get("accept", "") else "json",
                   "gzip" if "gzip" in headers.get("accept-encoding", "") else "identity")
        key = (version, scope["path"], scope.get("query_string", b""), variant)
        etag = b'W/"' + hashlib.sha1(repr(key).encode()).hexdigest()[:20].encode() + b'"'
        extra = [(b"etag", etag), (b"cache-control", CACHE_CONTROL), (b"vary", b"Accept, Accept-Encoding")]
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

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 200:
                    message = {**message, "headers": [*message.get("headers", []), *extra]}
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and version is not None:
                    state.cache.put(key, b"".join(chunks), list(start.get("headers", [])))
            await send(message)

        await self.app(scope, receive, keep)


def _without_body(send: Send) -> Send:
    """A sender that passes the answer's status and headers (its Content-Length included) and drops its body."""
    async def sender(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)
    return sender
