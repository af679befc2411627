"""Stopping a command at any moment: SIGINT (Ctrl-C) and SIGTERM (`kill`, systemd, a container's stop) become
`Interrupted` in the main thread, once; a write under way is abandoned (store.writing removes its copy) and the exit
code names the signal (128 + its number: 130, 143). Python handles signals in the main thread only."""

from __future__ import annotations

import os
import select
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM)
received: int | None = None  # the first signal taken in the block of `handled`, or None
saved = False  # whether a write was swapped in before the signal was taken


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: stop, abandoning a write under way (a BaseException, like KeyboardInterrupt)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _take(signum: int, frame: object) -> None:
    """The handler: the first signal raises Interrupted; later ones wait for the cleanup it started."""
    global received
    if received is not None:
        return
    received = signum
    raise Interrupted(signum)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def handled() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted while the block runs (in the main thread; elsewhere nothing changes)."""
    global received, saved
    if not _main_thread():
        yield
        return
    received, saved = None, False
    before = {signum: signal.signal(signum, _take) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


@contextmanager
def deferred() -> Iterator[None]:
    """SIGINT and SIGTERM held back until the block ends, then delivered as usual (a store swap and its flag, the
    start of the parsing workers: steps that must not be cut in two)."""
    if not _main_thread():
        yield
        return
    caught: list[int] = []
    before = {signum: signal.signal(signum, lambda number, frame: caught.append(number)) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
        if caught:
            signal.raise_signal(caught[0])


def exit_code() -> int | None:
    """128 + the signal taken (130 for SIGINT, 143 for SIGTERM), or None."""
    return None if received is None else 128 + received


def message() -> str:
    """The one line an interrupted command ends with."""
    what = "terminated" if received == signal.SIGTERM else "interrupted"
    if saved:
        return f"{what}: the write had already been saved (the store holds it)"
    return f"{what}: nothing was written (a write under way was abandoned)"


def watch_parent(parent: int) -> None:
    """End this process when the process `parent` ends, whatever ended it: a thread watches it."""
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    """Wait for the process `parent` to end (a pidfd on Linux, else a probe twice a second), then end this one."""
    try:
        fd = os.pidfd_open(parent)
    except ProcessLookupError:  # already gone
        os._exit(1)
    except (AttributeError, OSError):  # not Linux, or a kernel or sandbox without pidfds: probe
        while _alive(parent):
            time.sleep(0.5)
    else:
        select.select([fd], [], [])  # readable once the parent has exited
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether a process runs (or cannot be told apart from one that does)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
