"""One writer at a time: a lock file beside the store, held by an ingest, update or migrate from before it plans
until its write is swapped in (readers never take it)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import StoreError


class StoreBusy(StoreError):
    """Another process is writing the store, and the caller chose not to wait."""

    kind = "store_busy"


def lock_path(path: Path) -> Path:
    """The lock file of a store: `.NAME.lock` in the store's folder, kept (empty) once made."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def writer(path: Path, wait: bool = True, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the store's writer lock; a second writer waits (told through `waiting`) or, if not `wait`, fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store's folder {path.parent}: {exc.strerror}") from None
    lock = FileLock(lock_path(path), preserve_lock_file=True)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if not wait:
                raise StoreBusy(
                    f"another peacekeeping process is writing {path}: try again when it has finished "
                    "(or leave out --no-wait to wait for it)"
                ) from None
            if waiting is not None:
                waiting(f"another peacekeeping process is writing {path}: waiting for it to finish")
            lock.acquire()
    except OSError as exc:
        raise StoreError(f"cannot lock {path} for writing ({lock_path(path).name}): {exc.strerror or exc}") from None
    try:
        try:
            remove_stale(path)  # what a killed writer left: removed by the next one, whether it writes or not
        except OSError as exc:
            raise StoreError(f"cannot write the store {path}: {exc.strerror or exc}") from None
        yield
    finally:
        lock.release()


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale(path: Path) -> None:
    """Delete the temp copies (`.{name}.{pid}.tmp` and its WAL) that killed ingests left: their process is gone."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.tmp(?:\.wal)?")
    for leftover in path.parent.iterdir():
        m = pattern.fullmatch(leftover.name)
        if m and int(m[1]) != os.getpid() and not _alive(int(m[1])):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether a process runs (or cannot be told apart from one that does)."""
    if os.name != "posix":
        return True  # os.kill(pid, 0) is no probe on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: another user's process
        return True
    return True
