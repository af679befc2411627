"""Static files under hashed names: `/static/app.3fa2b1c40d.css` is cached for a year (its name changes with its
content), the plain name for five minutes; both gzip-compressed once, in memory, for clients that accept it."""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import re
import threading
from pathlib import Path

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import Receive, Scope, Send

IMMUTABLE = b"public, max-age=31536000, immutable"
SHORT = b"public, max-age=300"
_HASHED = re.compile(r"^(?P<stem>.+)\.(?P<digest>[0-9a-f]{10})(?P<ext>\.[A-Za-z0-9]+)$")
_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".md": "text/markdown; charset=utf-8",
}


class Assets:
    """An ASGI app serving a folder of static files by plain and hashed names."""

    def __init__(self, folder: Path):
        self.folder = folder.resolve()
        self._files: dict[str, tuple[bytes, bytes, str]] = {}  # name -> (body, gzipped body, digest)
        self._lock = threading.Lock()

    def _load(self, name: str) -> tuple[bytes, bytes, str] | None:
        with self._lock:
            if name in self._files:
                return self._files[name]
        try:
            path = (self.folder / name).resolve()
            if not path.is_file() or self.folder not in path.parents:
                return None
        except (OSError, ValueError):  # a name no file can have ('%00': an embedded null byte), one too long
            return None
        body = path.read_bytes()
        entry = (body, gzip.compress(body, 9, mtime=0), hashlib.sha256(body).hexdigest()[:10])
        with self._lock:
            return self._files.setdefault(name, entry)

    def url(self, name: str) -> str:
        """The hashed URL of a static file ('vendor/vega.min.js' -> '/static/vendor/vega.min.0123456789.js')."""
        entry = self._load(name)
        if entry is None:
            raise FileNotFoundError(name)
        stem, dot, ext = name.rpartition(".")
        return f"/static/{stem}.{entry[2]}.{ext}" if dot else f"/static/{name}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"]
        name = path.removeprefix(scope.get("root_path", "")).removeprefix("/static").lstrip("/")
        cache, entry = SHORT, None
        hashed = _HASHED.match(name)
        if hashed:
            plain = hashed["stem"] + hashed["ext"]
            entry = self._load(plain)
            if entry is not None and entry[2] == hashed["digest"]:
                cache, name = IMMUTABLE, plain
            else:
                entry = None
        if entry is None and not hashed:
            entry = self._load(name) if name and ".." not in name.split("/") else None
        if entry is None:  # answered by the app's handler, in the project's error shape
            raise HTTPException(404, "no such static file")
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(405, "static files are read with GET or HEAD", headers={"Allow": "GET"})
        body, packed, digest = entry
        ext = "." + name.rpartition(".")[2]
        kind = _TYPES.get(ext) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        headers = [
            (b"content-type", kind.encode()),
            (b"cache-control", cache),
            (b"etag", f'"{digest}"'.encode()),
            (b"vary", b"Accept-Encoding"),
        ]
        if "gzip" in Headers(scope=scope).get("accept-encoding", ""):
            body = packed
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
