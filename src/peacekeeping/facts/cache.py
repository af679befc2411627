"""What facts read once per store: tables read whole, kept for the store's generation.

Every write gives the store a new generation (meta 'generation'), so a cache is never served for a store an ingest
has since replaced: a reader that opens the new store reads a new generation and fills a new cache.

A key that is a string names a table read whole (every country's months, the series): kept for the
generation. A tuple key names one item of many (a month's panel, a country's chart in a language): those are kept
within ITEMS_BYTES of estimated size per generation (cachetools' RRCache), as a server asked for every country, month
and language would otherwise hold them all (issue 27.5: a country's chart over all months is up to 2 MB); an item
dropped is built again when asked.
"""

from __future__ import annotations

import os
import sys
import threading
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

import duckdb
from cachetools import RRCache

_KEEP = 2  # generations kept: the latest, and the one requests under way at a swap may still read (issue 27.5)
# estimated bytes of the items (tuple keys) kept as they are, per generation: PEACEKEEPING_CACHE_MB. 256 holds the
# charts and series of about 80 countries in one language; a small machine may take 64 (about 70 MB less per server
# process), and pages of countries no one asked for lately are then drawn again
ITEMS_BYTES = int(float(os.environ.get("PEACEKEEPING_CACHE_MB") or 256) * 2**20)
_SAMPLE = 8  # elements of a container looked at to estimate its size (the rest are taken to be like them)
_GENERATIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection or cursor -> generation


class _Kept:
    """One generation's loaded values: tables (string keys) kept whole, items (tuple keys) within ITEMS_BYTES."""

    def __init__(self) -> None:
        self.tables: dict[Hashable, Any] = {}
        # a random one dropped to make room: a reader going round more items than fit (every country, month after
        # month) then still finds some, where dropping the least recently used drops each just before its turn
        self.items: RRCache = RRCache(maxsize=ITEMS_BYTES, getsizeof=estimate)

    def __contains__(self, key: Hashable) -> bool:
        return key in self.tables or key in self.items

    def get(self, key: Hashable) -> Any:
        """The value kept under `key` (which must be kept)."""
        return self.items[key] if isinstance(key, tuple) else self.tables[key]

    def keep(self, key: Hashable, value: Any) -> Any:
        """The value kept under `key`, else `value`, now kept (an item larger than the whole budget is not)."""
        if key in self:
            return self.get(key)
        if not isinstance(key, tuple):
            return self.tables.setdefault(key, value)
        try:
            self.items[key] = value
        except ValueError:  # larger than ITEMS_BYTES: served, built again when asked
            pass
        return value


def estimate(value: Any, depth: int = 6, seen: set[int] | None = None) -> int:
    """Roughly the bytes `value` holds with what it refers to (each object once): a container of more than _SAMPLE
    elements is judged by _SAMPLE of them spread along it (a large table in a few hundred sizes, not one a row)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if depth == 0 or isinstance(value, (str, bytes, int, float, type)):
        return size
    if isinstance(value, dict):
        parts: Any = list(value.items())  # (key, value) pairs: the pair itself is not an object of the dict
    elif isinstance(value, (list, tuple)):
        parts = value
    elif isinstance(value, (set, frozenset)):
        parts = list(value)
    elif hasattr(value, "__dict__"):
        parts = list(vars(value).values())
    elif slots := getattr(type(value), "__slots__", None):
        parts = [getattr(value, name, None) for name in ([slots] if isinstance(slots, str) else slots)]
    else:
        return size
    pairs = isinstance(value, dict)
    step = max(1.0, len(parts) / _SAMPLE)
    sample = [parts[int(i * step)] for i in range(min(len(parts), _SAMPLE))]
    measured = sum(
        estimate(p[0], depth - 1, seen) + estimate(p[1], depth - 1, seen) if pairs else estimate(p, depth - 1, seen)
        for p in sample
    )
    return size + measured * len(parts) // max(1, len(sample))


_STORES: OrderedDict[str, _Kept] = OrderedDict()
_LOADING: dict[tuple[str, Hashable], threading.Event] = {}  # (generation, key) -> set once loaded
_LOCK = threading.Lock()
_RETIRED: deque[str] = deque(maxlen=64)  # generations of stores writers have replaced, the latest last
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
    """`load()` once per store generation and key; the same object afterwards (while it is kept: see the module).
    A thread asking for what another is loading waits for it (a new generation's tables are built once, by the first
    asker or by the warm-up of web/warm.py), up to WAIT seconds, then loads it itself."""
    gen = generation(con)
    with _LOCK:
        store = _STORES.get(gen)
        if store is None:
            store = _STORES[gen] = _Kept()
            if gen in _RETIRED:  # a request still reading a replaced store: its tables go first, never the new ones
                _STORES.move_to_end(gen, last=False)
            while len(_STORES) > _KEEP:
                _STORES.popitem(last=False)
        elif gen not in _RETIRED:
            _STORES.move_to_end(gen)
        if key in store:
            return store.get(key)
        loading = _LOADING.get((gen, key))
        if loading is None:
            mine = _LOADING[(gen, key)] = threading.Event()
    if loading is not None:
        loading.wait(WAIT)
        with _LOCK:
            if key in store:
                return store.get(key)
        return _load(store, key, load)
    try:
        return _load(store, key, load)
    finally:
        with _LOCK:
            _LOADING.pop((gen, key), None)
        mine.set()


def _load(store: _Kept, key: Hashable, load: Callable[[], Any]) -> Any:
    value = load()
    with _LOCK:
        return store.keep(key, value)


def retire(con: duckdb.DuckDBPyConnection) -> None:
    """A connection's store was replaced (a writer swapped the file): its generation's tables are dropped now, not
    kept until two newer ones push them out (a request still reading it builds what it needs again)."""
    found = _GENERATIONS.get(con)
    if found is not None:
        with _LOCK:
            _STORES.pop(found, None)
            _RETIRED.append(found)


def renew(con: duckdb.DuckDBPyConnection) -> None:
    """A writer gave the store `con` writes a new generation: read it again at the next read (the writer then derives
    tables of the new store through the facts, ingest/derive.py)."""
    _GENERATIONS.pop(con, None)


def drop(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the tables loaded for the generation `con` reads (a writer done deriving: the readers load their own)."""
    found = _GENERATIONS.get(con)
    if found is not None:
        with _LOCK:
            _STORES.pop(found, None)


def make_room(con: duckdb.DuckDBPyConnection) -> None:
    """A newer store is being built beside the one `con` reads, which still answers meanwhile: its items are dropped
    and kept within a quarter of ITEMS_BYTES from now on, so that the two generations together hold about what one
    did (its tables, read whole, are kept)."""
    found = _GENERATIONS.get(con)
    with _LOCK:
        kept = _STORES.get(found) if found is not None else None
        if kept is not None:
            kept.items = RRCache(maxsize=ITEMS_BYTES // 4, getsizeof=estimate)


def forget() -> None:
    """Drop every generation's tables (the next reads fill them again from their store)."""
    with _LOCK:
        _STORES.clear()


def compact(rows: Iterable[tuple]) -> list[tuple]:
    """Rows whose equal values, column by column, are one object (DuckDB makes a new date, string and large number
    for every row: a table of every country's months then holds the same month 200 times, a type's name 100,000
    times). Columns, not the whole row, so that 1 and 1.0 or True stay as they are. `rows` may be `streamed`."""
    columns: list[dict] = []
    out = []
    for row in rows:
        if not columns:
            columns = [{} for _ in row]
        out.append(tuple(column.setdefault(v, v) for column, v in zip(columns, row)))
    return out


def streamed(result: duckdb.DuckDBPyConnection, batch: int = 4096) -> Iterator[tuple]:
    """The rows of a query's result a batch at a time: a table of 100,000 rows as Python objects at once was a peak
    of 40 MB that a server process kept afterwards (its allocator's arenas stay partly used, issue 27.5)."""
    while rows := result.fetchmany(batch):
        yield from rows


def shared(con: duckdb.DuckDBPyConnection, value: Any) -> Any:
    """JSON-like `value` (dicts, lists, text, numbers) whose strings are the objects equal ones kept before for the
    store's generation are: every country's points name the same months, reports and types, each a new string
    otherwise (issue 27.5)."""
    seen: dict = memo(con, "shared values", dict)

    def walk(v: Any) -> Any:
        if type(v) is str:
            return seen.setdefault(v, v)
        if type(v) is dict:
            return {walk(k): walk(x) for k, x in v.items()}
        if type(v) is list:
            return [walk(x) for x in v]
        return v

    return walk(value)


def month_cells(con: duckdb.DuckDBPyConnection, as_of) -> dict[str, list[tuple]]:
    """A report month's corrected rows by country (a row printed under another country is listed under both):
    iso3 -> (mission, type, total, female, page, iso3, printed_iso3), read once per store."""

    def load() -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        for row in compact(
            streamed(
                con.execute(
                    "SELECT mission, personnel_type, total, female, page, iso3, printed_iso3 FROM cells "
                    "WHERE as_of = ?",
                    [as_of],
                )
            )
        ):
            out.setdefault(row[5], []).append(row)
            if row[6] != row[5]:
                out.setdefault(row[6], []).append(row)
        return out

    return memo(con, ("cells", as_of), load)


def country_months(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Each country's months: iso3 -> as_of -> (total, women, rank, rank_women), read once per store."""

    def load() -> dict[str, dict]:
        out: dict[str, dict] = {}
        for iso3, as_of, *row in compact(
            streamed(
                con.execute(
                    "SELECT iso3, as_of, total, women, rank, rank_women FROM country_months ORDER BY iso3, as_of"
                )
            )
        ):
            out.setdefault(iso3, {})[as_of] = tuple(row)
        return out

    return memo(con, "country_months", load)


def ingested_reports(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(as_of, file) of every ingested report, oldest first, read once per store."""
    return memo(
        con,
        "ingested_reports",
        lambda: con.execute("SELECT as_of, file FROM reports WHERE status = 'ingested' ORDER BY as_of").fetchall(),
    )
