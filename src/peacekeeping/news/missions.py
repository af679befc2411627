"""Mission stories: missions that close (mission list) or whose last personnel leave, open, or change by a fifth."""

from __future__ import annotations

from ..facts import history
from ..wording.news import say
from . import leads as L
from . import notes
from .model import AFFECTED, MISSION_CHANGE, MISSION_MIN, Context, Story, figure, report_source


def _last_breakdown(ctx: Context):
    """The latest report up to now that breaks contributions down by mission (a panel), or None."""
    for m in reversed([m for m in ctx.calendar.covered() if m.as_of <= ctx.now.month.as_of]):
        if m.has_missions:
            return history.panel(ctx.con, m.as_of)
    return None


def _countries(p, acronym: str) -> list[tuple[str, int]]:
    """A mission's contributors in a month, largest first (stated figures only)."""
    rows = [(iso3, n) for iso3, n in (p.by_mission or {}).get(acronym, {}).items() if n]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _closed(ctx: Context, acronym: str, end, source: str) -> Story:
    now, before = ctx.now, ctx.before
    if now.by_mission is not None and before.by_mission is not None:
        left = [(iso3, n) for iso3, n in _countries(before, acronym) if not now.by_mission.get(acronym, {}).get(iso3)]
        still = _countries(now, acronym)
        basis = before
    else:
        basis = _last_breakdown(ctx)
        left, still = (_countries(basis, acronym) if basis else []), []
        ctx.cannot.append(notes.older_breakdown(acronym, basis.key if basis else None))
    figs = (
        [
            figure(
                basis, f"{acronym}:{iso3}", n, basis.path("missions", acronym, iso3), basis.mission_pages.get(acronym)
            )
            for iso3, n in left[: AFFECTED * 3]
        ]
        if basis
        else []
    )
    figs += [
        figure(now, f"{acronym}:{iso3}", n, now.path("missions", acronym, iso3), now.mission_pages.get(acronym))
        for iso3, n in still[:AFFECTED]
    ]

    def lead(lang: str) -> str:
        return say(
            "mission_closed",
            lang,
            acronym=acronym,
            day=L.day(end, lang),
            month=L.month(basis.key, lang) if basis else "",
            names=L.listing(left[: AFFECTED * 3], lang) or say("none", lang),
            rest=say("contingents_remain", lang, n=L.num(len(still), lang)) if still else "",
        )

    sources = (
        [{"file": source.split(",")[0], "line": source}]
        + ([report_source(basis, basis.mission_pages.get(acronym))] if basis else [])
        + ([report_source(now, now.mission_pages.get(acronym))] if still else [])
    )
    return Story(
        "mission_closed",
        100,
        {"mission": acronym, "countries_left": [i for i, _ in left], "countries_remaining": [i for i, _ in still]},
        figs,
        [basis.key if basis else now.key, now.key],
        sources,
        L.per_lang(lead),
    )


def _left(ctx: Context, acronym: str) -> Story:
    before, now = ctx.before, ctx.now
    left = _countries(before, acronym)
    total = before.mission_total.get(acronym)

    def lead(lang: str) -> str:
        return say(
            "mission_withdrawn",
            lang,
            acronym=acronym,
            n=L.num(total, lang),
            month=L.month(before.key, lang),
            names=L.listing(left[: AFFECTED * 3], lang),
        )

    figs = [
        figure(
            before,
            f"{acronym}:total",
            total,
            before.path("missions", acronym, "total"),
            before.mission_pages.get(acronym),
        )
    ]
    figs += [
        figure(before, f"{acronym}:{i}", n, before.path("missions", acronym, i), before.mission_pages.get(acronym))
        for i, n in left
    ]
    return Story(
        "mission_withdrawn",
        90,
        {"mission": acronym, "countries_left": [i for i, _ in left]},
        figs,
        [before.key, now.key],
        [report_source(before, before.mission_pages.get(acronym)), report_source(now)],
        L.per_lang(lead),
    )


def _opened(ctx: Context, acronym: str) -> Story:
    now = ctx.now
    total, rows = now.mission_total.get(acronym), _countries(now, acronym)

    def lead(lang: str) -> str:
        where = L.count(len(rows), "country", lang)
        return say(
            "mission_opened",
            lang,
            acronym=acronym,
            people=L.count(total, "uniformed_personnel", lang),
            where=where,
            de_where=L.de(where, lang),
        )

    return Story(
        "mission_opened",
        90,
        {"mission": acronym, "countries": [i for i, _ in rows]},
        [
            figure(
                now, f"{acronym}:total", total, now.path("missions", acronym, "total"), now.mission_pages.get(acronym)
            )
        ],
        [ctx.before.key, now.key],
        [report_source(now, now.mission_pages.get(acronym))],
        L.per_lang(lead),
    )


def _change(ctx: Context, acronym: str, a: int, b: int) -> Story:
    now, before = ctx.now, ctx.before
    deltas = []
    for iso3 in set(now.by_mission.get(acronym, {})) | set(before.by_mission.get(acronym, {})):
        x, y = now.by_mission.get(acronym, {}).get(iso3, 0), before.by_mission.get(acronym, {}).get(iso3, 0)
        if x is not None and y is not None and x != y:
            deltas.append((iso3, x - y))
    deltas.sort(key=lambda r: (-abs(r[1]), r[0]))
    change = (a - b) / b

    def lead(lang: str) -> str:
        return say(
            "mission_change",
            lang,
            acronym=acronym,
            verb=say("grows" if change > 0 else "shrinks", lang),
            share=L.pct(abs(change), lang),
            b=L.num(b, lang),
            a=L.count(a, "uniformed_personnel", lang),
            names=L.listing(deltas[:AFFECTED], lang, signed=True),
        )

    figs = [
        figure(now, f"{acronym}:total", a, now.path("missions", acronym, "total"), now.mission_pages.get(acronym)),
        figure(
            before, f"{acronym}:total", b, before.path("missions", acronym, "total"), before.mission_pages.get(acronym)
        ),
    ]
    return Story(
        "mission_change",
        50 + min(40, abs(change) * 50),
        {"mission": acronym, "most_affected": [i for i, _ in deltas[:AFFECTED]]},
        figs,
        [before.key, now.key],
        [report_source(now, now.mission_pages.get(acronym)), report_source(before, before.mission_pages.get(acronym))],
        L.per_lang(lead),
    )


def mission_stories(ctx: Context) -> list[Story]:
    """Closures from the mission list, and from the reports openings, withdrawals and changes of a fifth or more."""
    now, before = ctx.now, ctx.before
    stories, told = [], set()
    for acronym, row in sorted(history.mission_dates(ctx.con).items()):
        end = row["end"]
        if row["kind"] == "pko" and end and before.month.as_of < end <= now.month.as_of:
            stories.append(_closed(ctx, acronym, end, row["source"]))
            told.add(acronym)
    if now.by_mission is None or before.by_mission is None:
        ctx.cannot.append(notes.no_missions(now.by_mission is None))
        return stories
    for acronym in sorted(set(now.by_mission) | set(before.by_mission)):
        a, b = now.mission_total.get(acronym, 0), before.mission_total.get(acronym, 0)
        if a is None or b is None or acronym in told:
            continue
        if b > 0 and a == 0:
            stories.append(_left(ctx, acronym))
        elif a > 0 and b == 0:
            stories.append(_opened(ctx, acronym))
        elif b and max(a, b) >= MISSION_MIN and abs(a - b) / b >= MISSION_CHANGE:
            stories.append(_change(ctx, acronym, a, b))
    return stories
