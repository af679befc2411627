"""The FastAPI application: JSON API, pages, static assets, one error shape."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__, store
from ..errors import PeacekeepingError, StoreError
from . import checks, render, security, server
from .api import legacy as api
from .api import v1
from .errors import ApiError, from_library
from .http import HttpLayer
from .state import ResponseCache, StoreHandle
from .views import checking, drafting, listings, news, pages


def create_app(db: Path | None = None) -> FastAPI:
    """The app over the store at `db` (default: the user's store), opened read-only."""
    app = FastAPI(
        title="peacekeeping",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        lifespan=server.lifespan,
        description="The UN's official peacekeeping figures: profiles, rankings, missions, fatalities, "
        "release drafts and claim checks. Every figure says which report it comes from.",
    )
    app.state.store = StoreHandle(db or store.default_path())
    app.state.cache = ResponseCache()
    app.state.checks = checks.CheckPool()  # its workers read the store at app.state.store.path
    app.state.under_way = 0  # requests under way (server.UnderWay)

    def answer(request: Request, error: ApiError):
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse(error.body(), status_code=error.status)
        return HTMLResponse(render.error_page(request, error), status_code=error.status)

    # outermost last: a body too large is refused before it is read; CORS answers preflights and marks the answers
    # to reads (a write from another origin is refused there); the HTTP layer caches what GZip compressed
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=6)  # zlib's default: 9 took 3x longer for 5%
    app.add_middleware(HttpLayer)
    app.add_middleware(security.BodyLimit, answer=answer)
    app.add_middleware(security.CrossOrigin, answer=answer)
    app.add_middleware(security.SecurityHeaders)
    app.add_middleware(server.UnderWay)  # outermost: cached answers and preflights get the headers too
    app.include_router(v1.router)
    app.include_router(api.router)
    app.include_router(news.router)
    app.include_router(pages.router)
    app.include_router(listings.router)
    app.include_router(drafting.router)
    app.include_router(checking.router)
    app.mount("/static", render.assets, name="static")

    @app.exception_handler(PeacekeepingError)
    async def library_error(request: Request, exc: PeacekeepingError):
        if isinstance(exc, StoreError):  # its message names the server's files: those go to the log
            return answer(request, security.store_failed(request, exc, not app.state.store.path.exists()))
        response = answer(request, security.brief(from_library(exc)))
        response.headers.update(getattr(exc, "headers", {}))  # a 503 of checks.Busy says when to come back
        return response

    @app.exception_handler(checks.Gone)
    async def client_gone(request: Request, exc: checks.Gone):
        return Response(status_code=499)  # nobody reads it: the client went away while its text was checked

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()
        )
        return answer(request, ApiError(422, "bad_request", details))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if exc.status_code == 413:  # a body past the limit as it streamed in (security.BodyLimit)
            return answer(request, security.too_large())
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = answer(request, ApiError(exc.status_code, kind, str(exc.detail)))
        response.headers.update(exc.headers or {})  # a 405 says which methods are allowed
        if "GET" in response.headers.get("allow", "").split(", "):
            response.headers["allow"] += ", HEAD"  # every GET answers HEAD too (http.HttpLayer)
        return response

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return security.secured(answer(request, security.internal(request, exc)))

    return app
