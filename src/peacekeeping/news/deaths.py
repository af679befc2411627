"""Fatality milestones (a nationality's deaths passing a round number, many deaths between two reports) and round
anniversaries of first deployments."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..facts import history
from ..harmonize import milestones
from ..wording.news import say
from . import leads as L
from . import notes
from .model import ANNIVERSARIES, DEATH_MARKS, MANY_DEATHS, Context, Story, subject


def _register_figure(key: str, value: int, ctx: Context, end: dt.date, release: dict) -> dict:
    """A figure counted in the fatalities register (no report page: the register's file is its source)."""
    return {
        "key": key,
        "value": value,
        "month": ctx.now.key,
        "as_of": end.isoformat(),
        "path": None,
        "report": release["file"],
        "pages": [],
    }


def death_stories(ctx: Context) -> list[Story]:
    """Deaths in the newest fatalities register between the previous report's date and this one's."""
    release, rows = history.register(ctx.con)
    start, end = ctx.before.month.as_of, ctx.now.month.as_of
    if release is None:
        ctx.cannot.append(notes.no_register())
        return []
    if end > release["date"]:
        ctx.cannot.append(notes.register_too_old(release["file"], release["date"]))
        return []
    source = {"file": release["file"], "release": release["date"].isoformat()}
    until = Counter(r[1] for r in rows if r[0] <= start and r[1])
    now = Counter(r[1] for r in rows if r[0] <= end and r[1])
    window = {(r[3], r[0]) for r in rows if start < r[0] <= end}
    stories = []
    for iso3, n in sorted(now.items()):
        marks = [m for m in DEATH_MARKS if until.get(iso3, 0) < m <= n]
        if not marks:
            continue

        def lead(lang: str, iso3=iso3, n=n, mark=marks[-1]) -> str:
            return say(
                "deaths_pass",
                lang,
                of=L.of(iso3, lang),
                mark=L.num(mark, lang),
                n=L.num(n, lang),
                day=L.day(end, lang),
            )

        fig = _register_figure("fatalities", n, ctx, end, release)
        stories.append(
            Story(
                "fatalities_milestone",
                55,
                subject(iso3),
                [fig],
                [ctx.before.key, ctx.now.key],
                [source],
                L.per_lang(lead),
            )
        )
    if len(window) >= MANY_DEATHS:

        def lead(lang: str, k=len(window)) -> str:
            return say("deaths_between", lang, k=L.num(k, lang), a=L.day(start, lang), b=L.day(end, lang))

        fig = _register_figure("fatalities_between_reports", len(window), ctx, end, release)
        stories.append(
            Story("many_deaths", 65, {"world": True}, [fig], [ctx.before.key, ctx.now.key], [source], L.per_lang(lead))
        )
    return stories


def anniversary_stories(ctx: Context) -> list[Story]:
    """Round anniversaries this year of first deployments, from the reviewed table."""
    year, stories = ctx.now.month.as_of.year, []
    for iso3, entry in sorted(milestones.first_deployments().items()):
        years = year - entry.year
        if years not in ANNIVERSARIES or entry.disputed:  # no anniversary of a year the sources disagree on
            continue

        def lead(lang: str, entry=entry, years=years) -> str:
            what = f"{entry.mission}, {entry.year}" if entry.mission else f"{entry.year}"
            return say(
                "anniversary",
                lang,
                year=year,
                years=years,
                the=L.the(entry.iso3, lang),
                of=L.of(entry.iso3, lang),
                what=what,
            )

        fig = {
            "key": "first_deployment_year",
            "value": entry.year,
            "month": ctx.now.key,
            "as_of": None,
            "path": None,
            "report": milestones.FIRST,
            "pages": [],
        }
        stories.append(
            Story(
                "anniversary",
                25 + years / 10,
                {**subject(iso3), "years": years},
                [fig],
                [ctx.now.key],
                [{"table": milestones.FIRST, "line": entry.line, "url": entry.source}],
                L.per_lang(lead),
            )
        )
    return stories
