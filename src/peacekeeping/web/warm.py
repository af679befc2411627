"""A store generation warmed before readers need it: the tables and answers every page reads (series, rankings,
totals, the latest month's news panels and caveats) are built once, by one thread of each server process, when the
server starts and when an ingest or an update has swapped the store; requests that arrive meanwhile wait for that
build (facts/cache.py `memo`) instead of each doing it again."""

from __future__ import annotations

import logging
import threading
import time

import httpx

from .. import facts, news
from ..errors import PeacekeepingError
from . import reads

log = logging.getLogger("peacekeeping.web")
WAIT = 60  # seconds closing a store waits for its warm-up to end


def warm(handle) -> float:
    """Build what the first pages of the store's current generation read; the seconds it took (0 without a store)."""
    start = time.perf_counter()
    try:
        cursor = handle.cursor()
    except PeacekeepingError:  # no store yet, or one that cannot be read: the requests will say so
        return 0.0
    try:
        totals = reads.totals(cursor, None)
        month = totals.month
        as_of = month.as_of.isoformat()
        ranking = facts.ranking(cursor, month.as_of)
        reads.points(cursor)
        reads.month_nav(cursor, month.month)
        reads.months(cursor)
        reads.missions(cursor, as_of)
        reads.mission_index(cursor, None)
        for row in ranking.rows[:1]:  # one country page reads the tables every country page shares
            profile = facts.country_profile(cursor, row.iso3, month.as_of)
            reads.points(cursor, row.iso3)
            reads.country_missions(cursor, row.iso3)
            if profile.fatalities:
                facts.fatalities(cursor, row.iso3)
        news.build(cursor, None)  # the latest month's panels and caveats
    except PeacekeepingError as exc:  # a store without some table: its pages say so when asked
        log.info("warming the store stopped: %s", exc)
    finally:
        handle.release(cursor)
    return time.perf_counter() - start


def in_background(handle) -> threading.Thread:
    """`warm` in a daemon thread (a store swapped under a running server)."""
    thread = threading.Thread(target=_quietly, args=(handle,), name="warm-store", daemon=True)
    thread.start()
    return thread


def _quietly(handle) -> None:
    try:
        warm(handle)
    except Exception:  # a bug: logged, and the requests build what they need as before
        log.exception("warming the store failed")


async def pages(app, paths: tuple[str, ...] = ("/", "/country/PER", "/news")) -> None:
    """Ask the app itself for a few pages (in this process, no socket: httpx's ASGI transport): what the first reader
    would wait for (the templates compiled, the charts drawn, the pages cached) is done before serving."""
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 0))
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        for path in paths:
            try:
                await client.get(path, headers={"accept": "text/html"})
            except Exception:  # a bug: logged; the readers' requests will meet it too
                log.exception("warming %s failed", path)
