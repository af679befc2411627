"""What the pages read, through the facts caches: each answer computed once per store generation and shared.

The values returned are shared between requests: pages read them, never change them.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import facts
from ..facts import cache, coverage, deployments, models, quality
from ..facts.models import dump
from .charts import bars, trends
from .charts.kit import Chart, with_month
from .i18n import Words


def _memo(con, key: tuple, load):
    return cache.memo(con, ("web",) + key, load)


def points(con, country: str | None = None, mission: str | None = None) -> list[dict]:
    """The points of facts.series as the charts read them (JSON: dates as ISO text), once per store and subject. The
    series itself is not kept: its models and caveats took three times the memory of its points (issue 27.5)."""
    return _memo(
        con, ("points", country, mission), lambda: cache.shared(con, dump(facts.series(con, country, mission).points))
    )


def totals(con, as_of: str | None = None) -> models.World:
    """facts.totals, once per store and month asked."""
    return _memo(con, ("totals", as_of), lambda: facts.totals(con, as_of))


def months(con) -> list[models.MonthRow]:
    """coverage.coverage, once per store."""
    return _memo(con, ("coverage",), lambda: coverage.coverage(con))


def flags(con) -> list[models.FlagRow]:
    """quality.flags, once per store."""
    return _memo(con, ("flags",), lambda: quality.flags(con))


def missions(con, as_of: str | None) -> models.Missions:
    """facts.missions, once per store and month asked."""
    return _memo(con, ("missions", as_of), lambda: facts.missions(con, as_of))


def mission_index(con, as_of: str | None) -> models.MissionIndex:
    """deployments.mission_index, once per store and month asked."""
    return _memo(con, ("mission_index", as_of), lambda: deployments.mission_index(con, as_of))


def mission_women(con, as_of: str) -> dict[str, int | None]:
    """The women of each mission of a report month (facts.mission's figure, None where withheld or not split),
    once per store and month."""

    def load() -> dict[str, int | None]:
        return {m.acronym: facts.mission(con, m.acronym, as_of).women for m in missions(con, as_of).missions}

    return _memo(con, ("mission_women", as_of), load)


def mission_life(con, acronym: str) -> dict:
    """A mission's life in the store: its first and last months with personnel and its largest strength."""

    def load() -> dict:
        shown = [p for p in points(con, mission=acronym) if p["total"]]
        peak = max(shown, key=lambda p: p["total"], default=None)
        return {
            "first": shown[0]["month"] if shown else None,
            "last": shown[-1]["month"] if shown else None,
            "peak": peak and peak["total"],
            "peak_month": peak and peak["month"],
        }

    return _memo(con, ("mission_life", acronym), load)


def country_missions(con, iso3: str) -> list[dict]:
    """The points of deployments.country_missions as the charts read them (JSON), once per store and country (not
    the answer's models and caveats, as `points`)."""
    return _memo(
        con, ("country_missions", iso3), lambda: cache.shared(con, dump(deployments.country_missions(con, iso3).points))
    )


def place(con, acronym: str) -> tuple | None:
    """A mission's headquarters, coordinates and dates from the mission list."""
    return _memo(
        con,
        ("place", acronym),
        lambda: con.execute(
            "SELECT hq, latitude, longitude, start_date, end_date FROM missions WHERE acronym = ?", [acronym]
        ).fetchone(),
    )


def covered(con) -> list[str]:
    """The report months the store covers (YYYY-MM), oldest first."""
    return _memo(con, ("covered",), lambda: [m.month for m in months(con) if m.status == "ingested"])


def month_nav(con, month: str) -> dict:
    """The month picker of a page about `month`: every covered month, and the previous and next ones."""
    every = covered(con)
    earlier = [m for m in every if m < month]
    later = [m for m in every if m > month]
    return {
        "months": list(reversed(every)),
        "current": month,
        "prev": earlier[-1] if earlier else None,
        "next": later[0] if later else None,
    }


def marked(con, w: Words, key: tuple, build: Callable[[], Chart], as_of: str | None) -> Chart:
    """A chart over all months, made once per store generation, `key` and language, with the page's month marked."""
    return with_month(chart(con, (*key, w.lang), build), w, as_of)


def women_charts(
    con, w: Words, scope: tuple, points: Callable[[], list[dict]], titles: tuple[str, str], as_of: str | None
) -> dict[str, Chart]:
    """The number of women and their share over all months (`titles`, in that order) of a subject (`scope` in the
    cache key: () for the world, an ISO3 or a mission), each marked with the page's month."""
    return {
        "women_count": marked(
            con, w, ("women-count", *scope), lambda: trends.women_count(w, "women-count", points(), titles[0]), as_of
        ),
        "women": marked(
            con, w, ("women-share", *scope), lambda: trends.women_share(w, "women-share", points(), titles[1]), as_of
        ),
    }


def share_by_type(w: Words, by_type: list[models.TypeFigure], name: str, when: str, as_of: str) -> Chart:
    """A subject's women's share by personnel type in the month of its page (`when`, in words)."""
    title = w.t("{name}: women's share by type, {month}", name=name, month=when)
    return bars.share_by_type(w, "share-by-type", dump(by_type), title, as_of)


def chart(con, key: tuple, build):
    """A chart made once per store generation and key (its language included): charts over all months are the same
    whichever month a page is about (chartkit.with_month marks it)."""
    return _memo(con, ("chart",) + key, lambda: build().frozen())
