"""The store as the server sees it: opened read-only and, when an ingest has replaced the file, the new one opened and
warmed in the background while requests keep reading the previous one; then swapped (issue 27.2)."""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections import OrderedDict
from pathlib import Path

import duckdb

from .. import store
from ..errors import PeacekeepingError
from ..facts import cache
from . import security, warm

_IDLE = 16  # cursors kept for the next requests
DUCKDB_MEMORY = "256MB"  # DuckDB's buffers per store connection (the archive's store is about 10 MB)
SWAP_WITHIN = 30.0  # seconds a new store may be warmed before requests read it anyway
log = logging.getLogger("peacekeeping.web")
Version = tuple[int, int]


class Generation:
    """One store file opened read-only: its connection, its version, and cursors kept for the next requests."""

    def __init__(self, path: Path, version: Version | None):
        self.version = version
        self.con = store.connect(path)
        self.con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")  # DuckDB's default: 80% of the machine
        security.seal(self.con)  # no files, no network, no settings changed (web/security.py)
        self.retired = False
        self._idle: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on this generation (an idle one if any)."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        cursor = self.con.cursor()
        cursor.execute("USE store")
        cache.adopt(cursor, self.con)
        return cursor

    def release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        """A cursor done with: kept for the next request while this generation is served, else closed."""
        with self._lock:
            if not self.retired and len(self._idle) < _IDLE:
                self._idle.append(cursor)
                return
        cursor.close()

    def retire(self) -> None:
        """No request will be given this generation again: its tables dropped, its idle cursors closed. The connection
        is dropped, not closed: closing it would close the cursors of requests still reading it ("Connection already
        closed"); it goes with the last of them."""
        cache.retire(self.con)
        with self._lock:
            self.retired, idle, self._idle = True, self._idle, []
        for cursor in idle:
            cursor.close()


class _Pending:
    """A newer store file being opened and warmed: `generation` once opened; `abandoned` when a newer one came."""

    def __init__(self, version: Version | None):
        self.version = version
        self.started = time.monotonic()
        self.generation: Generation | None = None
        self.opened = threading.Event()  # set once the file is opened (or could not be)
        self.abandoned = False
        self.thread: threading.Thread | None = None


class StoreHandle:
    """The store file as requests read it. A writer swaps the file: the request that sees it first starts a thread
    that opens the new file and warms it (web/warm.py) while every request keeps reading the served generation; the
    new one is served once warm (or once its warm-up failed, or after SWAP_WITHIN seconds). At most two generations
    are open: the served one and the newest file's (a third file during a warm-up: the warm-up starts on it)."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._served: Generation | None = None
        self._pending: _Pending | None = None
        self._latest: _Pending | None = None  # the last warm-up started, which may go on once its store is served
        self._cursors_of: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # cursor -> its generation

    def on_disk(self) -> Version | None:
        """The identity of the store file now (inode, mtime): an ingest that swaps the file changes it."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def serving(self) -> Generation | None:
        """The generation requests read now (None before the store is first opened, or after a new file could not be
        read); a newer file than it starts its warm-up."""
        on_disk = self.on_disk()
        with self._lock:
            return self._follow(on_disk)

    def version(self) -> Version | None:
        """The version of the store requests read now: the served generation's, else the file's."""
        served = self.serving()
        return served.version if served is not None else self.on_disk()

    def warming(self) -> bool:
        """Whether a newer store file is being opened or warmed."""
        with self._lock:
            return self._pending is not None

    def cursor(self, generation: Generation | None = None) -> duckdb.DuckDBPyConnection:
        """A cursor for one request on `generation` (the one its answer is cached under) or the served one, the store
        opened here if none is (raises StoreError when there is none); give it back with `release`."""
        if generation is None:
            on_disk = self.on_disk()
            with self._lock:
                generation = self._follow(on_disk)
                if generation is None:
                    generation = self._served = Generation(self.path, on_disk)
        cursor = generation.cursor()
        self._cursors_of[cursor] = generation
        return cursor

    def release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        """A request is done with its cursor: kept for the next one while its generation is served, else closed."""
        generation = self._cursors_of.get(cursor)
        if generation is None:
            cursor.close()
        else:
            generation.release(cursor)

    def _follow(self, on_disk: Version | None) -> Generation | None:
        """The served generation, a warm-up started if the file is newer (called with the lock held)."""
        served, pending = self._served, self._pending
        if served is None or on_disk == served.version:
            return served
        if pending is not None and pending.version == on_disk:
            if pending.generation is not None and time.monotonic() - pending.started > SWAP_WITHIN:
                log.warning("serving the new store before its warm-up ended (more than %g s)", SWAP_WITHIN)
                self._swap(pending.generation)
            return self._served
        if pending is not None:  # a newer file again: the one being warmed is dropped for it
            pending.abandoned = True
            if pending.generation is not None:
                pending.generation.retire()
        cache.make_room(served.con)  # the items of one generation, not two, while both are held
        pending = self._pending = self._latest = _Pending(on_disk)
        log.info("the store changed: warming it while answering from the previous one")
        pending.thread = threading.Thread(target=self._prepare, args=(pending,), name="warm-store", daemon=True)
        pending.thread.start()
        return served

    def _swap(self, generation: Generation | None) -> None:
        """Serve `generation` (None: the file could not be read, the next request opens it again), retiring the
        previous one (called with the lock held)."""
        previous, self._served, self._pending = self._served, generation, None
        if previous is not None:
            previous.retire()

    def _prepare(self, pending: _Pending) -> None:
        """Open and warm a newer store file, then serve it unless an even newer one came meanwhile (a thread)."""
        try:
            generation = Generation(self.path, pending.version)
        except PeacekeepingError as exc:  # damaged, gone, another schema: requests say so from now on
            log.warning("the new store cannot be read: %s", exc)
            generation = None
        pending.generation = generation
        pending.opened.set()
        took = 0.0
        if generation is not None:
            try:
                took = warm.warm(generation, lambda: not pending.abandoned)
            except Exception:  # a bug: logged, and the requests build what they need
                log.exception("warming the new store failed")
        with self._lock:
            if pending.abandoned and generation is not None:
                generation.retire()
            elif self._pending is pending:  # not swapped already (SWAP_WITHIN), nor dropped for a newer file
                self._swap(generation)
                if generation is not None:
                    log.info("answering from the new store (warmed in %.1f s)", took)

    def settle(self, timeout: float = warm.WAIT) -> bool:
        """Wait for the last warm-up to end (its file then served); whether none is under way now."""
        with self._lock:
            thread = self._latest.thread if self._latest is not None else None
        if thread is not None:
            thread.join(timeout)
        return not self.warming() and not (thread is not None and thread.is_alive())

    def close(self) -> None:
        """Close the store (the server stops): a warm-up under way is stopped and waited for first."""
        with self._lock:
            latest, self._pending = self._latest, None
            if latest is not None:
                latest.abandoned = True
        if latest is not None and latest.thread is not None:
            latest.thread.join(warm.WAIT)  # its cursor would be closed under it
        with self._lock:
            warmed = latest.generation if latest is not None else None
            for generation in (self._served, warmed if warmed is not self._served else None):
                if generation is not None:
                    generation.con.close()
            self._served = None


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
