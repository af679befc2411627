"""The per-generation cache within its bounds (issue 27.5): tables kept whole, items within ITEMS_BYTES."""

from __future__ import annotations

import sys

import duckdb
import pytest

from peacekeeping.facts import cache, history


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


def test_items_are_kept_within_their_budget_and_tables_whole(monkeypatch):
    monkeypatch.setattr(cache, "ITEMS_BYTES", 6_000_000)
    con = _store("bounded-items")
    made = []

    def item(n: int) -> list[tuple]:
        made.append(n)
        return [(n, i, f"row {i}") for i in range(2000)]  # about 0.3 MB

    for n in range(40):
        cache.memo(con, ("item", n), lambda n=n: item(n))
    table = cache.memo(con, "table", lambda: list(range(200_000)))
    kept = cache._STORES["bounded-items"]
    assert 10 <= len(kept.items) <= 30 and kept.items.currsize <= 6_000_000
    assert ("item", 39) in kept  # the newest is kept
    assert cache.memo(con, "table", lambda: None) is table  # a table read whole is never dropped
    made.clear()
    for n in range(40):
        cache.memo(con, ("item", n), lambda n=n: item(n))
    assert 0 < len(made) < 40  # going round again, some are still there, the others built again
    cache.retire(con)


def test_an_item_larger_than_the_budget_is_served_and_not_kept(monkeypatch):
    monkeypatch.setattr(cache, "ITEMS_BYTES", 1_000)
    con = _store("too-large")
    big = cache.memo(con, ("item", 1), lambda: list(range(10_000)))
    assert big == list(range(10_000)) and ("item", 1) not in cache._STORES["too-large"]
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


def test_a_request_still_reading_a_replaced_store_never_pushes_out_the_new_ones():
    old, new, newer = _store("replaced"), _store("current"), _store("next")
    cache.memo(old, "table", lambda: "old")
    cache.retire(old)
    cache.memo(new, "table", lambda: "new")
    cache.memo(newer, "table", lambda: "newer")
    assert cache.memo(old, "table", lambda: "old again") == "old again"  # built again for the request reading it
    assert list(cache._STORES)[-2:] == ["current", "next"]  # both kept: the replaced one went first
    assert cache.memo(new, "table", lambda: None) == "new" and cache.memo(newer, "table", lambda: None) == "newer"
    for con in (new, newer):
        cache.retire(con)


def test_a_store_answering_while_a_newer_one_is_built_keeps_its_tables_and_a_quarter_of_the_items(monkeypatch):
    monkeypatch.setattr(cache, "ITEMS_BYTES", 8_000_000)
    con = _store("making-room")
    table = cache.memo(con, "table", lambda: list(range(1000)))
    for n in range(20):
        cache.memo(con, ("item", n), lambda n=n: [(n, i, f"row {i}") for i in range(2000)])  # about 0.3 MB each
    kept = cache._STORES["making-room"]
    assert len(kept.items) == 20
    cache.make_room(con)  # a newer store is being warmed (web/state.py)
    assert len(kept.items) == 0 and kept.items.maxsize == 2_000_000
    assert cache.memo(con, "table", lambda: None) is table  # the tables still answer
    for n in range(20):
        cache.memo(con, ("item", n), lambda n=n: [(n, i, f"row {i}") for i in range(2000)])
    assert 0 < len(kept.items) < 10 and kept.items.currsize <= 2_000_000
    cache.retire(con)


def test_shared_values_are_one_object_per_text_and_keep_their_types():
    con = _store("shared-values")
    points = [{"month": "".join(["2022-0", str(i % 3)]), "total": 10**6 + i % 2, "ok": i % 2 == 0} for i in range(9)]
    fresh = [{"".join(k): v for k, v in p.items()} for p in points]  # new key and text objects in every point
    kept = cache.shared(con, fresh)
    assert kept == points and [type(v) for v in kept[0].values()] == [str, int, bool]
    assert kept[0]["month"] is kept[3]["month"] and next(iter(kept[0])) is next(iter(kept[5]))
    again = cache.shared(con, [{"month": "".join(["2022-0", "1"])}])  # later in the same generation: the same objects
    assert again[0]["month"] is kept[1]["month"]
    cache.retire(con)


@pytest.mark.archive
def test_the_series_of_one_country_are_its_part_of_every_countrys(full_con):
    """The news asks a few countries' series (history.series_of), not every country's (history.country_series):
    the same values, noted months' panels included."""
    months, every, splits = history.country_series(full_con)
    countries = sorted({iso3 for iso3, _ in every})
    assert len(countries) > 100
    for iso3 in countries[::7] + ["PER", "XXX"]:
        mine = history.series_of(full_con, iso3)
        assert mine == (months, {k: v for k, v in every.items() if k[0] == iso3}, splits), iso3
