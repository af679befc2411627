"""The store as the server sees it: opened read-only, reopened when an ingest has replaced the file."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

import duckdb

from .. import store
from . import security


class StoreHandle:
    """A read-only connection that follows the store file: an ingest swaps the file, the next request sees it."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._inode: tuple[int, int] | None = None

    def version(self) -> tuple[int, int] | None:
        """The identity of the store file now (inode, mtime): an ingest that swaps the file changes it."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current store (raises StoreError when there is none)."""
        inode = self.version()
        with self._lock:
            if self._con is None or inode != self._inode:
                # The old connection is dropped, not closed: closing it would close the cursors of the requests
                # still reading from it ("Connection already closed"); it goes with the last of them.
                self._con = store.connect(self.path)
                security.seal(self._con)  # no files, no network, no settings changed (web/security.py)
                self._inode = inode
            cursor = self._con.cursor()
        cursor.execute("USE store")
        return cursor

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


class ResponseCache:
    """Answers of GET /api requests, kept per store version: the store never changes under a version."""

    def __init__(self, size: int = 1024, largest: int = 1_000_000):
        self.size, self.largest = size, largest
        self._items: OrderedDict[tuple, tuple[bytes, list[tuple[bytes, bytes]]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[bytes, list[tuple[bytes, bytes]]] | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
            return hit

    def put(self, key: tuple, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
        if len(body) > self.largest:
            return
        with self._lock:
            self._items[key] = (body, headers)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
