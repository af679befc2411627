"""The store as the server sees it: opened read-only, reopened when an ingest has replaced the file."""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from pathlib import Path

import duckdb

from .. import store
from ..facts import cache
from . import security, warm

_IDLE = 16  # cursors kept for the next requests
DUCKDB_MEMORY = "256MB"  # DuckDB's buffers per store connection (the archive's store is about 10 MB)


class StoreHandle:
    """A read-only connection that follows the store file: an ingest swaps the file, the next request sees it."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._inode: tuple[int, int] | None = None
        self._idle: list[tuple[duckdb.DuckDBPyConnection, duckdb.DuckDBPyConnection]] = []  # (connection, cursor)
        self._cursors_of: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # cursor -> its connection
        self._warming: threading.Thread | None = None

    def version(self) -> tuple[int, int] | None:
        """The identity of the store file now (inode, mtime): an ingest that swaps the file changes it."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current store for one request (raises StoreError when there is none); give it back with
        `release` so that the next request reuses it instead of opening one."""
        inode = self.version()
        swapped = False
        with self._lock:
            if self._con is None or inode != self._inode:
                swapped = self._con is not None  # a writer replaced the store (not the first open)
                if swapped:
                    cache.retire(self._con)
                # The old connection is dropped, not closed: closing it would close the cursors of the requests
                # still reading from it ("Connection already closed"); it goes with the last of them.
                self._con = store.connect(self.path)
                self._con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")  # DuckDB's default: 80% of the machine
                security.seal(self._con)  # no files, no network, no settings changed (web/security.py)
                self._inode = inode
                self._idle.clear()
            con = self._con
            if swapped:  # its tables built once, off the requests (they wait for it rather than each build them)
                self._warming = warm.in_background(self)
            if self._idle:
                return self._idle.pop()[1]
        cursor = con.cursor()
        cursor.execute("USE store")
        cache.adopt(cursor, con)
        self._cursors_of[cursor] = con
        return cursor

    def release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        """A request is done with its cursor: kept for the next one while the store is the same, else closed."""
        with self._lock:
            con = self._cursors_of.get(cursor)
            if con is not None and con is self._con and len(self._idle) < _IDLE:
                self._idle.append((con, cursor))
                return
        cursor.close()

    def close(self) -> None:
        if self._warming is not None:  # its cursor would be closed under it
            self._warming.join(warm.WAIT)
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


class ResponseCache:
    """Answers of GET requests (API and pages), kept per store version: the store never changes under a version. At
    most `size` answers and `budget` bytes of bodies, the least recently used dropped first."""

    def __init__(self, size: int = 1024, largest: int = 1_000_000, budget: int = 16 * 2**20):
        self.size, self.largest, self.budget = size, largest, budget
        self.held = 0  # bytes of the bodies kept
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
            old = self._items.pop(key, None)
            self.held += len(body) - (len(old[0]) if old else 0)
            self._items[key] = (body, headers)
            while len(self._items) > self.size or self.held > self.budget:
                self.held -= len(self._items.popitem(last=False)[1][0])
