"""The DuckDB store: where it lives, read access, atomic writes (which upgrade an older schema first)."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import platformdirs

from ..errors import StoreError
from . import interrupts, lock, migrations, schema
from .lock import StoreBusy, writer

if TYPE_CHECKING:  # pyarrow is loaded by the writers (insert), not by the server (issue 27.5)
    import pyarrow as pa

__all__ = [
    "StoreBusy",
    "connect",
    "default_path",
    "insert",
    "interrupts",
    "migrations",
    "outdated",
    "schema",
    "writing",
    "writer",
]


def default_path() -> Path:
    """The store's path: $PEACEKEEPING_DB, else the user's data directory."""
    env = os.environ.get("PEACEKEEPING_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("peacekeeping", appauthor=False)) / "peacekeeping.duckdb"


def connect(path: Path | None = None, any_version: bool = False) -> duckdb.DuckDBPyConnection:
    """Open an existing store read-only (its tables are the connection's default; cursors need `USE store`).

    A store of another schema version is refused with a message saying what to run, unless `any_version`.
    """
    path = path or default_path()
    if not path.exists():
        raise StoreError(f"no store at {path}: run `peacekeeping ingest PATH` first (or pass --db)")
    # ATTACH, not duckdb.connect(path): DuckDB shares one instance per path within a process, and would hand
    # back a store file that an ingest has since replaced.
    con = duckdb.connect()
    try:
        con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
        con.execute("USE store")
        if not any_version:
            migrations.require_current(con, path)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    except BaseException:
        con.close()
        raise
    return con


def seal(con: duckdb.DuckDBPyConnection) -> None:
    """Seal a read-only store connection: no files, no network, no extensions, and no setting changed back."""
    for statement in (
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET enable_external_access = false",
        "SET lock_configuration = true",
    ):
        con.execute(statement)


def outdated(path: Path | None = None) -> str | None:
    """Why an existing store must be migrated (rewritten by this version) before it is read, or None."""
    path = path or default_path()
    if not path.exists():
        return None
    with connect(path, any_version=True) as con:
        return migrations.outdated(con, path)


@contextmanager
def writing(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Write to a copy of the store and swap it in on success; on any error the store is untouched.

    The caller holds the writer lock (store.writer) from before it read what to write.
    """
    path = path or default_path()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.remove_stale(path)
        _remove(tmp)
        if path.exists():
            shutil.copyfile(path, tmp)
        con = duckdb.connect(str(tmp))
    except BaseException as exc:  # Ctrl-C during the copy included: no temp copy is left
        _remove_quietly(tmp)
        if no_space(exc):
            raise StoreError(f"no space left on device: {path.parent} (the store {path.name} is unchanged)") from None
        if isinstance(exc, OSError):
            raise StoreError(f"cannot write the store {path}: {exc.strerror or exc}") from None
        if isinstance(exc, duckdb.Error):
            raise StoreError(f"cannot open store {path} for writing: {exc}") from None
        raise
    try:
        con.execute("BEGIN TRANSACTION")
        migrations.upgrade(con, path)
        yield con
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        con.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        with interrupts.deferred():  # the swap and its record are one step: a signal is taken after them
            os.replace(tmp, path)
            interrupts.saved = True
            lock.fsync_folder(path.parent)  # the rename itself survives a power cut
    except (OSError, duckdb.Error) as exc:
        _close_quietly(con)
        _remove_quietly(tmp)
        if no_space(exc):  # DuckDB says it as "Could not write file ...: No space left on device"
            raise StoreError(f"no space left on device: {path.parent} (the store {path.name} is unchanged)") from None
        if isinstance(exc, duckdb.Error):
            raise
        raise StoreError(f"cannot write the store {path}: {exc.strerror or exc}") from None
    except BaseException:
        con.close()
        _remove_quietly(tmp)
        raise


def no_space(exc: BaseException) -> bool:
    """Whether an error is a full disk (ENOSPC), from the system or in DuckDB's words."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    return isinstance(exc, duckdb.Error) and os.strerror(errno.ENOSPC) in str(exc)


def _close_quietly(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.close()
    except duckdb.Error:  # a connection DuckDB invalidated (a failed checkpoint is FATAL)
        pass


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple] | pa.Table) -> None:
    """Append rows (tuples in column order, or an Arrow table of the table's schema) in one go through Arrow."""
    arrow = rows if hasattr(rows, "num_rows") else schema.BY_NAME[table].rows(rows)  # an Arrow table, or tuples
    if arrow.num_rows:
        con.register("new_rows", arrow)
        con.execute(f"INSERT INTO {table} ({', '.join(arrow.schema.names)}) SELECT * FROM new_rows")
        con.unregister("new_rows")


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _remove_quietly(path: Path) -> None:
    try:
        _remove(path)
    except OSError:
        pass
