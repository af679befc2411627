"""The store as the server sees it: opened read-only, reopened when an ingest has replaced the file."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb

from .. import store


class StoreHandle:
    """A read-only connection that follows the store file: an ingest swaps the file, the next request sees it."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._inode: tuple[int, int] | None = None

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current store (raises StoreError when there is none)."""
        try:
            stat = os.stat(self.path)
            inode = (stat.st_ino, stat.st_mtime_ns)
        except FileNotFoundError:
            inode = None
        with self._lock:
            if self._con is None or inode != self._inode:
                old = self._con
                self._con = store.connect(self.path)
                self._inode = inode
                if old is not None:
                    old.close()
            return self._con.cursor()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
