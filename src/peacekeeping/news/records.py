"""Records (a country's highest total or women's share since the store begins, or since the last month nothing
covers, per type too) and parity crossings."""

from __future__ import annotations

import datetime as dt
import math
from array import array
from functools import cache

from ..dates import shift_month
from ..facts import history
from ..facts.cache import memo
from ..harmonize import milestones, personnel
from ..wording.news import say
from . import leads as L
from . import notes
from .model import (
    PARITY_MIN,
    RECORD_HISTORY,
    RECORD_MIN_TOTAL,
    RECORD_MIN_TYPE,
    SHARE_MIN_WOMEN,
    Context,
    Story,
    figure,
    report_source,
    subject,
)


@cache
def _merged(as_of: dt.date) -> bool:
    """Whether a month's report counts some personnel type inside another (staff officers before May 2017)."""
    return bool(personnel.not_reported(as_of))


class _Run:
    """One series' (highest value so far or None, months compared, first month compared) per month, in three flat
    arrays: ~20 bytes a month instead of a tuple's ~110 (every country, type and share over 400 months: 40 MB)."""

    __slots__ = ("best", "seen", "start", "starts")

    def __init__(self, rows: list[tuple[float | None, int, str | None]]):
        self.starts = list(dict.fromkeys(r[2] for r in rows))  # the few distinct first months
        at = {s: i for i, s in enumerate(self.starts)}
        self.best = array("d", (math.nan if r[0] is None else r[0] for r in rows))
        self.seen = array("i", (r[1] for r in rows))
        self.start = array("i", (at[r[2]] for r in rows))

    def __getitem__(self, i: int) -> tuple[float | None, int, str | None]:
        best = self.best[i]
        return (None if math.isnan(best) else best, self.seen[i], self.starts[self.start[i]])


def _prefix(ctx: Context) -> dict:
    """For each series (country, type, share or total): the highest stated value before each month, and the first
    month it was compared over, made once per store.

    Only an unbroken run of observed months counts: a missing month or one IPI carried forward starts the run again
    ("its most since" may not reach across a month nothing covers). A month whose figure is withheld makes the
    maximum unknown (None) for the rest of its run; months where a type is not reported separately, or (for shares)
    with no split by sex, are left out.
    """

    def load() -> tuple[dict, list, dict]:
        months, series, splits = history.country_series(ctx.con)
        breaks = [
            not m.observed or (i > 0 and shift_month(months[i - 1].month, 1) != m.month) for i, m in enumerate(months)
        ]
        out = {}
        for (iso3, ptype), values in series.items():
            for share in (False, True):
                best, seen, start, rows = 0.0, 0, None, []
                for m, broken, (t, w) in zip(months, breaks, values):
                    if broken:
                        best, seen, start = 0.0, 0, None
                    rows.append((best, seen, start) if m.observed else (None, 0, None))
                    if not m.observed or (ptype is not None and _merged(m.as_of)) or (share and m.as_of not in splits):
                        continue
                    seen += 1
                    start = start or m.month
                    if best is None:
                        continue
                    if t is None or (share and w is None):
                        best = None
                    elif not share or t:
                        best = max(best, w / t if share else t)
                out[(iso3, ptype, share)] = _Run(rows)
        return {m.as_of: i for i, m in enumerate(months)}, months, out

    return memo(ctx.con, "record prefixes", load)


def _record(ctx: Context, iso3: str, ptype: str | None, share: bool) -> Story | None:
    now = ctx.now
    total, women = now.total.get(iso3), now.women.get(iso3)
    if ptype is not None:
        total, women = now.by_type.get((iso3, ptype), (None, None))
    minimum = RECORD_MIN_TOTAL if ptype is None else RECORD_MIN_TYPE
    few = share and (women is None or women < SHARE_MIN_WOMEN // (2 if ptype else 1))
    if total is None or total < minimum or few:
        return None
    index, months, prefix = _prefix(ctx)
    best, seen, since = prefix[(iso3, ptype, share)][index[now.month.as_of]]
    value = women / total if share else total
    if best is None or seen < RECORD_HISTORY or value <= best:
        return None
    earlier = range(seen)
    base = ("countries", iso3) + (("types", ptype) if ptype else ())
    figs = [figure(now, "total", total, now.path(*base, "total"), now.pages.get(iso3))]
    if share:
        figs += [
            figure(now, "women", women, now.path(*base, "women"), now.pages.get(iso3)),
            figure(now, "women_share", round(value, 4), now.path(*base, "women"), now.pages.get(iso3)),
        ]

    def lead(lang: str) -> str:
        kind = L.typename(ptype, lang)
        who, of, m = L.cap(L.the(iso3, lang)), L.of(iso3, lang), L.month(since, lang)
        if share:
            typed = say("in_type", lang, kind=kind) if kind else ""
            return say("record_share", lang, share=L.pct(value, lang), kind=typed, of=of, since=m)
        typed = say("as_type", lang, kind=kind) if kind else ""
        return say("record_total", lang, who=who, n=L.count(total, "uniformed_personnel", lang), kind=typed, since=m)

    kind = ("record_share" if share else "record_total") + ("_type" if ptype else "")
    return Story(
        kind,
        (35 if share else 45) - (10 if ptype else 0),
        {**subject(iso3), "personnel_type": ptype},
        figs,
        [since, now.key],
        [report_source(now, now.pages.get(iso3))],
        L.per_lang(lead),
        [f"compared with {len(earlier)} earlier report months from {since}"],
    )


def record_stories(ctx: Context) -> list[Story]:
    """Highest totals and women's shares since the store begins, for countries and for each personnel type."""
    stories = []
    now = ctx.now
    types: dict[str, set[str]] = {}
    for iso3, ptype in now.by_type:
        types.setdefault(iso3, set()).add(ptype)
    for iso3 in sorted(now.total):
        for ptype in [None, *sorted(types.get(iso3, ()))]:
            if ptype is not None and _merged(now.month.as_of):
                continue
            for share in (False, True):
                if share and not now.split:
                    continue
                story = _record(ctx, iso3, ptype, share)
                if story:
                    stories.append(story)
    return stories


def _groups(p) -> dict[tuple[str | None, str], tuple[int | None, int | None]]:
    """Personnel and women of each group of types, by (country, group) and for the world (None, group); both None
    where a figure summed is withheld. A group with no personnel is absent."""
    out: dict[tuple[str | None, str], tuple[int | None, int | None]] = {}
    for (c, t), (n, w) in p.by_type.items():
        for group, types in milestones.GROUPS.items():
            if t in types:
                for key in ((c, group), (None, group)):
                    total, women = out.get(key, (0, 0))
                    out[key] = (None, None) if None in (total, n, w) else (total + n, women + w)
    return out


def parity_stories(ctx: Context) -> list[Story]:
    """Women's share of a group crossing the year's Uniformed Gender Parity Strategy target, world and countries."""
    now, before = ctx.now, ctx.before
    if not (now.split and before.split):
        ctx.cannot.append(notes.no_parity(False))
        return []
    if _merged(now.month.as_of) or _merged(before.month.as_of):
        ctx.cannot.append(notes.no_parity(True))
        return []
    stories = []
    groups_now, groups_before = _groups(now), _groups(before)
    for group in milestones.GROUPS:
        target = milestones.target(group, now.month.as_of.year)
        if target is None:
            continue
        for iso3 in [None, *sorted(now.total)]:
            (a, wa), (b, wb) = groups_now.get((iso3, group), (0, 0)), groups_before.get((iso3, group), (0, 0))
            if not a or not b or wa is None or wb is None or (iso3 and min(a, b) < PARITY_MIN):
                continue
            sa, sb = wa / a, wb / b
            if (sb < target.share) == (sa < target.share):
                continue
            stories.append(_parity(ctx, iso3, group, target, (a, wa, sa), (b, wb, sb)))
    return stories


def _parity(ctx: Context, iso3: str | None, group: str, target, a: tuple, b: tuple) -> Story:
    now, before = ctx.now, ctx.before
    above = a[2] >= target.share

    def lead(lang: str) -> str:
        return say(
            "parity",
            lang,
            who=L.cap(L.the(iso3, lang)) if iso3 else say("un_peacekeeping", lang),
            share=L.pct(a[2], lang),
            group=L.GROUPS[group][L.LANGS.index(lang)],
            side=say("above" if above else "below", lang),
            year=now.month.as_of.year,
            target=L.pct(target.share, lang),
            before=L.pct(b[2], lang),
            month=L.month(before.key, lang),
        )

    where = ("countries", iso3) if iso3 else ("world",)
    figs = [
        figure(now, f"{group}_women", a[1], now.path(*where, group, "women")),
        figure(now, f"{group}_total", a[0], now.path(*where, group, "total")),
        figure(before, f"{group}_women", b[1], before.path(*where, group, "women")),
        figure(before, f"{group}_total", b[0], before.path(*where, group, "total")),
    ]
    return Story(
        "parity_" + ("reached" if above else "missed"),
        70 if iso3 is None else 40,
        subject(iso3) if iso3 else {"world": True},
        figs,
        [before.key, now.key],
        [
            report_source(now),
            report_source(before),
            {"table": "harmonize/data/gender_parity_targets.csv", "line": target.line, "url": target.source},
        ],
        L.per_lang(lead),
        [f"target {target.share:.1%} for {target.year} ({target.source})"],
    )
