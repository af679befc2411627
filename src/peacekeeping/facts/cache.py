"""What facts read once per store: tables read whole, kept for the store's generation.

Every write gives the store a new generation (meta 'generation'), so a cache is never served for a store an ingest
has since replaced: a reader that opens the new store reads a new generation and fills a new cache.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import duckdb

_KEEP = 2  # generations kept: the latest, and the one requests under way at a swap may still read (issue 27.5)
_GENERATIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection or cursor -> generation
_STORES: OrderedDict[str, dict[Hashable, Any]] = OrderedDict()
_LOADING: dict[tuple[str, Hashable], threading.Event] = {}  # (generation, key) -> set once loaded
_LOCK = threading.Lock()
WAIT = 60  # seconds a thread waits for another's load of the same table


def generation(con: duckdb.DuckDBPyConnection) -> str:
    """The generation of the store a connection reads (read once per connection or cursor)."""
    found = _GENERATIONS.get(con)
    if found is None:
        row = con.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        found = _GENERATIONS[con] = row[0] if row else f"unversioned-{id(con)}"
    return found


def adopt(cursor: duckdb.DuckDBPyConnection, parent: duckdb.DuckDBPyConnection) -> None:
    """A cursor reads its parent connection's store: they share its generation, read once (through the cursor: the
    parent may be busy in another thread)."""
    found = _GENERATIONS.get(parent)
    if found is None:
        found = _GENERATIONS[parent] = generation(cursor)
    _GENERATIONS[cursor] = found


def memo(con: duckdb.DuckDBPyConnection, key: Hashable, load: Callable[[], Any]) -> Any:
    """`load()` once per store generation and key; the same object afterwards. A thread asking for what another
    is loading waits for it (a new generation's tables are built once, by the first asker or by the warm-up of
    web/warm.py), up to WAIT seconds, then loads it itself."""
    gen = generation(con)
    with _LOCK:
        store = _STORES.get(gen)
        if store is None:
            store = _STORES[gen] = {}
            while len(_STORES) > _KEEP:
                _STORES.popitem(last=False)
        else:
            _STORES.move_to_end(gen)
        if key in store:
            return store[key]
        loading = _LOADING.get((gen, key))
        if loading is None:
            mine = _LOADING[(gen, key)] = threading.Event()
    if loading is not None:
        loading.wait(WAIT)
        with _LOCK:
            if key in store:
                return store[key]
        return _load(store, key, load)
    try:
        return _load(store, key, load)
    finally:
        with _LOCK:
            _LOADING.pop((gen, key), None)
        mine.set()


def _load(store: dict, key: Hashable, load: Callable[[], Any]) -> Any:
    value = load()
    with _LOCK:
        return store.setdefault(key, value)


def retire(con: duckdb.DuckDBPyConnection) -> None:
    """A connection's store was replaced (a writer swapped the file): its generation's tables are dropped now, not
    kept until two newer ones push them out (a request still reading it builds what it needs again)."""
    found = _GENERATIONS.get(con)
    if found is not None:
        with _LOCK:
            _STORES.pop(found, None)


def forget() -> None:
    """Drop every generation's tables (the next reads fill them again from their store)."""
    with _LOCK:
        _STORES.clear()


def month_cells(con: duckdb.DuckDBPyConnection, as_of) -> dict[str, list[tuple]]:
    """A report month's corrected rows by country (a row printed under another country is listed under both):
    iso3 -> (mission, type, total, female, page, iso3, printed_iso3), read once per store."""

    def load() -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        for row in con.execute(
            "SELECT mission, personnel_type, total, female, page, iso3, printed_iso3 FROM cells WHERE as_of = ?",
            [as_of],
        ).fetchall():
            out.setdefault(row[5], []).append(row)
            if row[6] != row[5]:
                out.setdefault(row[6], []).append(row)
        return out

    return memo(con, ("cells", as_of), load)


def country_months(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Each country's months: iso3 -> as_of -> (total, women, rank, rank_women), read once per store."""

    def load() -> dict[str, dict]:
        out: dict[str, dict] = {}
        for iso3, as_of, *row in con.execute(
            "SELECT iso3, as_of, total, women, rank, rank_women FROM country_months ORDER BY iso3, as_of"
        ).fetchall():
            out.setdefault(iso3, {})[as_of] = tuple(row)
        return out

    return memo(con, "country_months", load)


def _by_country(con: duckdb.DuckDBPyConnection, key: str, query: str) -> dict[str, list[tuple]]:
    """The rows of `query` (iso3 first, then the rest) as iso3 -> rest, in the query's order, read once per store."""

    def load() -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        for iso3, *row in con.execute(query).fetchall():
            out.setdefault(iso3, []).append(tuple(row))
        return out

    return memo(con, key, load)


def country_types(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Each country's personnel types per report month: iso3 -> (as_of, type, total, female, rows, rows with a
    sex split), of the cells with personnel, read once per store (a country's series is then a slice of it)."""
    return _by_country(
        con,
        "country_types",
        "SELECT iso3, as_of, personnel_type, sum(total), sum(female), count(total), count(female) "
        "FROM cells WHERE total > 0 GROUP BY ALL ORDER BY iso3, as_of, personnel_type",
    )


def country_missions(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Each country's personnel per mission and report month: iso3 -> (as_of, mission, total), read once per store."""
    return _by_country(
        con,
        "country_missions",
        "SELECT iso3, as_of, mission, sum(total) FROM cells WHERE mission IS NOT NULL AND total > 0 "
        "GROUP BY ALL ORDER BY iso3, as_of, mission",
    )


def ingested_reports(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(as_of, file) of every ingested report, oldest first, read once per store."""
    return memo(
        con,
        "ingested_reports",
        lambda: con.execute("SELECT as_of, file FROM reports WHERE status = 'ingested' ORDER BY as_of").fetchall(),
    )
