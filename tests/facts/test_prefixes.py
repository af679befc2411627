"""The record prefixes the writer derives into the store (table `record_prefixes`, issue 27.2) are the ones the news
would compute from the series: month by month, and in the news built from them; a store without them (written by an
older peacekeeping) is answered the same, and `migrate` derives them."""

from __future__ import annotations

import shutil
import uuid

import duckdb
import pytest

from peacekeeping import news, store
from peacekeeping.facts import cache, history, prefixes
from peacekeeping.facts.months import calendar
from peacekeeping.ingest import migrate


def _every_month_equal(con) -> int:
    """Assert the table's prefixes equal the computed ones in every month of the calendar; the rows compared."""
    assert prefixes.stored(con)
    compared = 0
    for month in calendar(con).rows:
        if month.as_of is None:
            continue
        derived, computed = prefixes.read(con, month.as_of), prefixes.sliced(con, month.as_of)
        assert derived == computed, month.month
        assert bool(derived) == month.observed, month.month
        compared += len(derived)
    return compared


@pytest.mark.archive
def test_the_figures_the_series_read_are_the_panels(full_con, history_con):
    """The series take a noted month's figures from history.figures (its panel without missions, ranks, world)."""
    for con in (full_con, history_con):
        noted = {d for (d,) in con.execute("SELECT DISTINCT as_of FROM notes WHERE status = 'unreliable'").fetchall()}
        assert noted
        for as_of in noted:
            a, b = history.figures(con, as_of), history.panel(con, as_of)
            assert (a.total, a.women, a.by_type, a.split) == (b.total, b.women, b.by_type, b.split), as_of


@pytest.mark.archive
def test_the_derived_prefixes_are_the_computed_ones_in_every_month(full_con):
    assert _every_month_equal(full_con) > 100_000


@pytest.mark.archive
def test_the_derived_prefixes_are_the_computed_ones_across_ipis_history(history_con):
    """IPI's months carried forward and the months nothing covers break the runs: the same breaks either way."""
    assert _every_month_equal(history_con) > 500_000


@pytest.mark.archive
def test_the_news_from_derived_prefixes_is_the_news_computed(full_con, monkeypatch):
    covered = calendar(full_con).covered()
    months = [m.month for m in covered[::6]] + [covered[-1].month]
    cache.forget()
    derived = [news.build(full_con, m).to_dict() for m in months]
    assert any(s["kind"].startswith("record_") for n in derived for s in n["stories"])
    cache.forget()
    monkeypatch.setattr(prefixes, "stored", lambda con: False)
    try:
        computed = [news.build(full_con, m).to_dict() for m in months]
    finally:
        cache.forget()
    for month, a, b in zip(months, derived, computed):
        assert a == b, month


def test_a_store_without_derived_prefixes_is_answered_the_same_and_migrate_derives_them(small_store, tmp_path):
    db = tmp_path / "older.duckdb"
    shutil.copyfile(small_store[0], db)
    with store.connect(db) as con:
        latest = calendar(con).covered()[-1].as_of
        assert prefixes.stored(con)
        derived = prefixes.at(con, latest)
        assert derived and derived == prefixes.sliced(con, latest)
    with duckdb.connect(str(db)) as con:  # what a write by an older peacekeeping leaves: a new generation, no prefixes
        con.execute("DROP TABLE record_prefixes")
        con.execute("UPDATE meta SET value = ? WHERE key = 'generation'", [uuid.uuid4().hex])
    with store.connect(db) as con:
        assert not prefixes.stored(con)
        assert prefixes.at(con, latest) == derived
    assert "no record prefixes" in migrate(db)
    assert migrate(db) is None
    with store.connect(db) as con:
        assert prefixes.stored(con)
        assert prefixes.read(con, latest) == derived


@pytest.mark.archive
def test_a_warm_up_of_a_derived_store_reads_its_prefixes(full_store, monkeypatch):
    """A server process warming a store the writer derived computes no prefix (issue 27.2: 1.3 s of its 2.2 s)."""
    from peacekeeping.web import state, warm

    def computing(con):
        raise AssertionError("the record prefixes were computed")

    monkeypatch.setattr(prefixes, "computed", computing)
    cache.forget()
    generation = state.Generation(full_store[0], None)
    try:
        assert warm.warm(generation) > 0
        with store.connect(full_store[0]) as con:
            assert news.build(con).stories
    finally:
        generation.con.close()
        cache.forget()
