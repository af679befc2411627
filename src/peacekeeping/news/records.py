"""Records (a country's highest total or women's share since the store begins, or since the last month nothing
covers, per type too) and parity crossings."""

from __future__ import annotations

from ..facts import prefixes
from ..harmonize import milestones
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


def _record(ctx: Context, iso3: str, ptype: str | None, share: bool) -> Story | None:
    now = ctx.now
    total, women = now.total.get(iso3), now.women.get(iso3)
    if ptype is not None:
        total, women = now.by_type.get((iso3, ptype), (None, None))
    minimum = RECORD_MIN_TOTAL if ptype is None else RECORD_MIN_TYPE
    few = share and (women is None or women < SHARE_MIN_WOMEN // (2 if ptype else 1))
    if total is None or total < minimum or few:
        return None
    best, seen, since = prefixes.at(ctx.con, now.month.as_of).get((iso3, ptype, share), prefixes.NONE)
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
            if ptype is not None and prefixes.merged(now.month.as_of):
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
    if prefixes.merged(now.month.as_of) or prefixes.merged(before.month.as_of):
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
