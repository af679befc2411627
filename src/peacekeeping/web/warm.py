"""A store generation warmed before readers need it: the tables and answers every page reads (series, rankings,
totals, the latest month's news panels and caveats) are built once, by one thread of each server process, when the
server starts and when an ingest or an update has swapped the store (web/state.py: requests read the previous
generation meanwhile). What the writer derived for a generation is read, not computed: the news' record prefixes
(facts/prefixes.py, a month's rows of the store's table instead of every series over every month)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

from .. import facts, news
from ..errors import PeacekeepingError
from . import reads

log = logging.getLogger("peacekeeping.web")
WAIT = 60  # seconds closing a store waits for its warm-up to end


def warm(source, going: Callable[[], bool] = lambda: True) -> float:
    """Build what the first pages of a store generation read (`source`: a StoreHandle, or a state.Generation being
    warmed), stopping between steps once `going()` is false; the seconds it took (0 without a store)."""
    start = time.perf_counter()
    try:
        cursor = source.cursor()
    except PeacekeepingError:  # no store yet, or one that cannot be read: the requests will say so
        return 0.0
    try:
        for _ in _steps(cursor):
            if not going():
                break
    except PeacekeepingError as exc:  # a store without some table: its pages say so when asked
        log.info("warming the store stopped: %s", exc)
    finally:
        source.release(cursor)
    return time.perf_counter() - start


def _steps(cursor) -> Iterator[None]:
    """The reads of `warm`, one step at a time."""
    totals = reads.totals(cursor, None)
    month = totals.month
    as_of = month.as_of.isoformat()
    ranking = facts.ranking(cursor, month.as_of)
    yield
    reads.points(cursor)
    reads.month_nav(cursor, month.month)
    reads.months(cursor)
    yield
    reads.missions(cursor, as_of)
    reads.mission_index(cursor, None)
    yield
    for row in ranking.rows[:1]:  # one country page reads the tables every country page shares
        profile = facts.country_profile(cursor, row.iso3, month.as_of)
        yield
        reads.points(cursor, row.iso3)
        reads.country_missions(cursor, row.iso3)
        if profile.fatalities:
            facts.fatalities(cursor, row.iso3)
        yield
    news.build(cursor, None)  # the latest month's panels and caveats
    yield


async def pages(app, paths: tuple[str, ...] = ("/", "/country/PER", "/news")) -> None:
    """Ask the app itself for a few pages (in this process, no socket), as a browser would (HTML, gzip): what the
    first reader would wait for (the templates compiled, the charts drawn, the pages cached) is done before serving.
    The ASGI call itself, not an HTTP client's: httpx (with rich, pygments and click) was 5 MB a server process."""
    for path in paths:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "root_path": "",
            "query_string": b"",
            "headers": [(b"host", b"localhost"), (b"accept", b"text/html"), (b"accept-encoding", b"gzip")],
            "client": ("127.0.0.1", 0),
            "server": ("localhost", 80),
        }
        try:
            await app(scope, _request, _ignored)
        except Exception:  # a bug: logged; the readers' requests will meet it too
            log.exception("warming %s failed", path)


async def _request() -> dict:
    return {"type": "http.request", "body": b"", "more_body": False}


async def _ignored(message: dict) -> None:
    """The answer of a page asked by `pages`: it is cached on its way (web/http.py), nobody reads it here."""
