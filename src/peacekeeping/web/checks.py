"""Claim checks off the server's own process: each check runs in a worker process of a small pool, at most SLOTS at once
per server process (past them: a wait of up to QUEUE seconds for a slot, then a 503 with Retry-After), within a time
budget (past it: a 422 saying so); a check whose budget is spent or whose client has gone away is stopped by killing
its worker, so no request holds the server's process, its threads or its cores. The checker itself (check/) knows
nothing of this."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PeacekeepingError, StoreError

if TYPE_CHECKING:  # not imported in a worker: the worker process imports this module, not the web framework
    from fastapi import Request

SLOTS = "PEACEKEEPING_CHECKS"  # checks one server process runs at once (default 1)
BUDGET = "PEACEKEEPING_CHECK_SECONDS"  # seconds a check may compute (default 5)
RETRY_AFTER = 5  # seconds a client turned away is told to wait
QUEUE = 0.75  # seconds a check waits for a slot before it is turned away (its answer then within its budget + 1 s)
WARM_TEXT = "Peru provides 270 uniformed personnel, including 38 women, to five missions."  # checked before ready
STARTING = 60  # seconds a new worker may take to start (a second or two; longer on a busy machine)
WORKER_MEMORY = 160 * 2**20  # bytes a check worker may hold after a check before it is replaced (it starts lower)
# a check worker's CPU priority: below the server's pages, above the writers (cli/common.py's WRITER_NICE, 10), so
# that a check answers while ingests run on the same cores
CHECK_NICE = 5
IDLE_LOOK = 1.0  # seconds between two looks of an idle check worker at the store file (a writer may replace it)
POLL = 0.05  # seconds between two looks at the worker, the budget and the client


class Busy(PeacekeepingError):
    """Every check slot of this server process is taken."""

    kind = "busy"
    status = 503

    def __init__(self, message: str):
        super().__init__(message)
        self.headers = {"Retry-After": str(RETRY_AFTER)}


STARTING_NOW = f"the checker is starting; try again in {RETRY_AFTER} s"


class TooSlow(PeacekeepingError):
    """A check spent its time budget (the text is the cause: the same text would spend it again)."""

    kind = "too_slow"


class _Worker:
    """One checking process and the pipe to it; it ends with the server process, whatever ends that."""

    def __init__(self, db: str):
        context = multiprocessing.get_context("spawn")  # not fork: the server process has an event loop and threads
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_work, args=(child, os.getpid(), db), name="peacekeeping-check", daemon=True
        )
        self.process.start()
        child.close()

    def rss(self) -> int:
        """The worker's resident memory in bytes (0 where /proc cannot tell)."""
        try:
            pages = int(Path(f"/proc/{self.process.pid}/statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            return 0
        return pages * os.sysconf("SC_PAGE_SIZE")

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class CheckPool:
    """The check workers of one server process: idle ones kept for the next check, busy ones counted."""

    def __init__(self, slots: int | None = None, budget: float | None = None):
        self.slots = slots or int(os.environ.get(SLOTS, "1"))
        self.budget = budget or float(os.environ.get(BUDGET, "5"))
        self.busy = 0
        self._replace: asyncio.Task | None = None  # a worker started for the next check after one was killed
        self._idle: list[_Worker] = []
        self._line: deque[asyncio.Future] = deque()  # checks waiting for a slot, first come first served
        self._starting = 0  # workers being started for a check
        self._lock = threading.Lock()

    async def check(self, request: Request, text: str, date: str | None, country: str | None, as_dict: bool):
        """The checker's result for a text (a dict, or the Result itself for pages), computed in a worker."""
        db = str(request.app.state.store.path)
        worker = await self._slot(request)
        try:
            if worker is None:  # started, and its imports done, before its budget starts
                self._starting += 1
                try:
                    worker = await asyncio.to_thread(_Worker, db)
                    await self._wait(worker, request, STARTING)
                finally:
                    self._starting -= 1
            await asyncio.to_thread(worker.conn.send, (db, text, date, country, as_dict))
            outcome = await self._wait(worker, request, self.budget)
        except BaseException:
            self._free(db)  # before the kill: a check arriving once the worker is gone finds the slot free
            if worker is not None:
                # its check, if any, stops now; in the loop (a SIGKILL and a reaping, milliseconds), as an await here
                # could take a server's stop as a second error on top of this one (a traceback in its log)
                worker.kill()
            raise
        if worker.rss() > WORKER_MEMORY:  # its caches of past store generations: a new worker for the next check
            self._free(db)
            await asyncio.to_thread(worker.kill)
        else:
            self._release(worker)
        return _unpack(outcome)

    async def _slot(self, request: Request) -> _Worker | None:
        """A slot taken for a check, and an idle worker if there is one (None: the check starts its own). With every
        slot taken, the check waits in line (first come, first served) up to QUEUE seconds for a slot with a worker
        (handed over by the check before it, or started for it after a worker was killed: never one to start
        itself), then is turned away (Busy)."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self.busy < self.slots and not self._line:
                self.busy += 1
                return self._idle.pop() if self._idle else None
            turn: asyncio.Future = loop.create_future()
            self._line.append(turn)
        until = time.monotonic() + QUEUE
        try:
            while not turn.done():
                with self._lock:  # a slot freed with a worker started for it (_free): the first in line takes it
                    if self._line[0] is turn and self.busy < self.slots and self._idle:
                        self._line.popleft()
                        self.busy += 1
                        return self._idle.pop()
                if time.monotonic() >= until:
                    starting = self._starting or self.busy < self.slots
                    raise Busy(STARTING_NOW if starting else self._busy_now())
                if await request.is_disconnected():
                    raise Gone
                await asyncio.wait([turn], timeout=POLL)
        except BaseException:
            with self._lock:
                if not turn.done():
                    self._line.remove(turn)
                    turn.cancel()
                    raise
            self._release(turn.result())  # handed a slot as it gave up: the next in line takes it
            raise
        return turn.result()

    def _release(self, worker: _Worker) -> None:
        """A check's slot given back with its worker: handed to the first check in line, or free."""
        with self._lock:
            if self._line:
                self._line.popleft().set_result(worker)
                return
            self.busy -= 1
            self._idle.append(worker)

    def _free(self, db: str) -> None:
        """A check's slot given back without a worker (killed): free, and a worker started for the next check."""
        with self._lock:
            self.busy -= 1
        self._replace = asyncio.create_task(asyncio.to_thread(self.prestart, db))

    def _busy_now(self) -> str:
        busy = self.busy
        return (
            f"the server is checking {busy} other text{'s' if busy > 1 else ''}, the most it checks at once; try "
            f"again in {RETRY_AFTER} s"
        )

    async def _wait(self, worker: _Worker, request: Request, budget: float):
        """The worker's answer, or TooSlow past the budget, or Gone when the client has gone away."""
        deadline = time.monotonic() + budget
        loop, answered = asyncio.get_running_loop(), asyncio.Event()
        loop.add_reader(worker.conn.fileno(), answered.set)  # woken as the answer comes, not at the next look
        try:
            while not worker.conn.poll():
                if not worker.process.is_alive():
                    raise PeacekeepingError("the checker stopped unexpectedly; try again")
                if time.monotonic() > deadline and budget == STARTING:
                    raise Busy(STARTING_NOW)
                if time.monotonic() > deadline:
                    raise TooSlow(
                        f"the text took too long to check: more than {budget:g} s; check a shorter part "
                        f"of it, or send it in pieces"
                    )
                if await request.is_disconnected():
                    raise Gone
                try:
                    await asyncio.wait_for(answered.wait(), POLL)
                except asyncio.TimeoutError:
                    pass
                answered.clear()
        finally:
            loop.remove_reader(worker.conn.fileno())
        return await asyncio.to_thread(worker.conn.recv)

    def prestart(self, db: str) -> None:
        """Start one worker ahead of the first check (a second or two of imports the check would wait for), on the
        store at `db`."""
        if len(self._idle) + self.busy >= self.slots:
            return
        worker = _Worker(db)
        try:
            if not worker.conn.poll(STARTING):
                raise OSError("the check worker did not start")
            worker.conn.recv()  # "ready"
        except (OSError, EOFError):
            worker.kill()
            return
        with self._lock:
            if len(self._idle) + self.busy >= self.slots:  # a check came first and started its own
                extra, worker = worker, None
            else:
                self._idle.append(worker)
        if worker is None:
            extra.kill()

    def close(self) -> None:
        """Stop the idle workers (busy ones are stopped by their requests, or die with this process)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


class Gone(Exception):
    """The client went away while its text was being checked: nothing to answer."""


def _unpack(outcome: tuple):
    """The result sent by a worker, or the library error it raised, raised again here."""
    if outcome[0] == "ok":
        return outcome[1]
    if outcome[0] == "crash":
        raise RuntimeError(f"the check failed in its worker:\n{outcome[1]}")
    _, store, kind, status, message, suggestions = outcome
    error = (StoreError if store else PeacekeepingError)(message, suggestions)
    error.kind, error.status = kind, status
    raise error


def _opened(db: str, opened: tuple | None) -> tuple:
    """(the store file's version, a read-only connection to it): `opened` while the file is the same, else the file
    opened again (the connection to a replaced one closed and its caches dropped)."""
    from .. import store
    from ..facts import cache

    try:
        stat = os.stat(db)
        version = (db, stat.st_ino, stat.st_mtime_ns)
    except OSError:
        version = None
    if opened is not None and opened[0] == version:
        return opened
    if opened is not None:
        cache.retire(opened[1])
        opened[1].close()
    con = store.connect(Path(db))
    store.seal(con)
    return (version, con)


def _ready(db: str, opened: tuple | None) -> tuple | None:
    """The store at `db` opened (again if a writer replaced it) and its tables read by checking a sentence."""
    from ..check import verify

    try:
        fresh = _opened(db, opened)
        if fresh is not opened:
            verify.check(fresh[1], WARM_TEXT, None, None)
        return fresh
    except Exception:  # noqa: BLE001 - no store yet, or none the checker can read: the next check says so
        return None


def _work(conn, parent: int, db: str) -> None:
    """A worker: checks the texts it is sent, one at a time, on a read-only store reopened when a writer replaced it.
    It imports the checker and the store, not the web framework (about 95 MB, against a server process's 230), and
    checks a sentence before it says it is ready, so that a check's budget is not spent reading the store's tables."""
    from ..check import verify
    from ..store.interrupts import watch_parent

    watch_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(CHECK_NICE)
    opened = _ready(db, None)
    conn.send(("ok", "ready"))
    while True:
        try:
            if not conn.poll(IDLE_LOOK):  # idle: a store a writer has replaced is opened and read before a check
                opened = _ready(db, opened)
                continue
            db, text, date, country, as_dict = conn.recv()
        except (EOFError, OSError):
            return
        try:
            opened = _opened(db, opened)
            result = verify.check(opened[1], text, date, country)
            conn.send(("ok", result.to_dict() if as_dict else result))
        except PeacekeepingError as exc:
            conn.send(("error", isinstance(exc, StoreError), exc.kind, exc.status, str(exc), exc.suggestions))
        except Exception:  # a bug: the server logs it under a request id and answers "internal error"
            conn.send(("crash", traceback.format_exc()))
