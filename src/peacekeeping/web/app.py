"""The FastAPI application: JSON API, pages, static assets, one error shape."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__, store
from ..errors import PeacekeepingError
from . import api, pages, security
from .errors import ApiError, from_library
from .state import ResponseCache, StoreHandle

STATIC = Path(__file__).parent / "static"


def create_app(db: Path | None = None) -> FastAPI:
    """The app over the store at `db` (default: the user's store), opened read-only."""
    app = FastAPI(title="peacekeeping", version=__version__, docs_url=None, redoc_url=None,
                  description="The UN's official peacekeeping figures: profiles, rankings, missions, fatalities, "
                              "release drafts and claim checks. Every figure says which report it comes from.")
    app.state.store = StoreHandle(db or store.default_path())
    app.state.cache = ResponseCache()
    app.add_middleware(_CachedApi)
    app.add_middleware(security.SecurityHeaders)  # outermost: cached answers get the headers too
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def answer(request: Request, error: ApiError):
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse(error.body(), status_code=error.status)
        return HTMLResponse(pages.error_page(request, error), status_code=error.status)

    @app.exception_handler(PeacekeepingError)
    async def library_error(request: Request, exc: PeacekeepingError):
        return answer(request, security.brief(from_library(exc)))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                            for e in exc.errors())
        return answer(request, ApiError(422, "bad_request", details))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return answer(request, ApiError(exc.status_code, kind, str(exc.detail)))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return security.secured(answer(request, security.internal(request, exc)))

    return app


class _CachedApi:
    """ASGI middleware: a GET /api answer already given for this store version is given again from memory."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        state = scope["app"].state
        key = (state.store.version(), scope["path"], scope.get("query_string", b""))
        hit = state.cache.get(key)
        if hit is not None:
            body, headers = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def keep(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and key[0] is not None:
                    state.cache.put(key, b"".join(chunks), list(start.get("headers", [])))
            await send(message)

        await self.app(scope, receive, keep)
