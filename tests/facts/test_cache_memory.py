"""The per-generation cache within its bounds (issue 27.5): tables kept whole, items within ITEMS_BYTES."""

from __future__ import annotations

import random
import sys

import duckdb

from peacekeeping.facts import cache


def _store(generation: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('generation', ?)", [generation])
    return con


def _deep(value, seen=None) -> int:
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    inner = value.items() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else ()
    flat = [p for pair in inner for p in pair] if isinstance(value, dict) else list(inner)
    return sys.getsizeof(value) + sum(_deep(v, seen) for v in flat)


def test_items_are_kept_within_their_budget_then_compressed_and_tables_whole(monkeypatch):
    monkeypatch.setattr(cache, "ITEMS_BYTES", 6_000_000)
    random.seed(20261206)
    con = _store("bounded-items")
    made = []

    def item(n: int) -> list[tuple]:
        made.append(n)
        return [(n, i, f"row {i}") for i in range(2000)]  # about 0.3 MB

    for n in range(40):
        cache.memo(con, ("item", n), lambda n=n: item(n))
    table = cache.memo(con, "table", lambda: list(range(200_000)))
    kept = cache._STORES["bounded-items"]
    assert 10 <= len(kept.items) <= 30 and kept.held <= 6_000_000
    assert ("item", 39) in kept  # the newest is kept as it is
    assert len(kept.items) + len(kept.cold) == 40 and kept.cold_held < 1_000_000  # the others compressed
    assert cache.memo(con, "table", lambda: None) is table  # a table read whole is never dropped
    made.clear()
    for n in range(40):
        assert cache.memo(con, ("item", n), lambda n=n: item(n)) == item(n)
    assert len(made) == 40  # each made here by the assertion only: none was built again by memo
    monkeypatch.setattr(cache, "COLD_BYTES", 100_000)
    made.clear()
    for n in range(40):
        cache.memo(con, ("item", n), lambda n=n: item(n))
    assert 0 < len(made) < 40 and kept.cold_held <= 100_000  # going round again, some are still there
    cache.retire(con)


def test_an_item_that_cannot_be_pickled_is_dropped(monkeypatch):
    monkeypatch.setattr(cache, "ITEMS_BYTES", 1)
    con = _store("unpicklable")
    first = cache.memo(con, ("item", 1), lambda: [lambda: 1])
    cache.memo(con, ("item", 2), lambda: [2])
    assert ("item", 1) not in cache._STORES["unpicklable"].cold
    assert cache.memo(con, ("item", 1), lambda: [lambda: 1]) is not first  # built again
    cache.retire(con)


def test_an_estimate_is_near_the_size_it_measures():
    rows = {f"C{i:02d}": [(i, j, float(j), f"text {j}") for j in range(300)] for i in range(200)}
    measured = _deep(rows)
    assert 0.5 * measured < cache.estimate(rows) < 2 * measured


def test_compact_rows_share_equal_values_and_keep_their_types():
    rows = [(f"type {i % 3}", i % 2, float(i % 2), 10**6 + i % 4) for i in range(100)]
    fresh = [tuple(v if not isinstance(v, str) else "".join(v) for v in row) for row in rows]
    compacted = cache.compact(fresh)
    assert compacted == rows
    assert [type(v) for v in compacted[1]] == [str, int, float, int]
    assert compacted[0][0] is compacted[3][0] and compacted[0][3] is compacted[4][3]
