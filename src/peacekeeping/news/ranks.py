"""Rank stories: entering or leaving the top 10 and 20 (overall and of women), moves, new and lost contributors."""

from __future__ import annotations

from collections.abc import Callable

from ..facts import history
from ..facts.months import calendar
from ..wording.news import say
from . import leads as L
from . import notes
from .model import MOVE_PLACES, MOVE_WITHIN, TOPS, Context, Story, figure, report_source, subject


def _rank(p, by: str, iso3: str) -> int | None:
    """A rank that can be stated: None where it is withheld or may move with a withheld figure."""
    r = p.rank.get(by, {}).get(iso3)
    return r["rank"] if r and r["rank"] is not None and not r["depends_on"] else None


def _top(iso3: str, by: str, n: int, now: int, before: int, ctx: Context) -> Story:
    verb = "enters" if now <= n < before else "leaves"
    score = (80 if n == 10 else 60) - (5 if by == "women" else 0)
    words = ("rank_top", verb, lambda lang: {"n": n, "month": L.month(ctx.before.key, lang)})
    return _rank_story(f"{verb}_top{n}", score, iso3, by, now, before, ctx, words)


def _move(iso3: str, by: str, now: int, before: int, ctx: Context) -> Story:
    k = abs(now - before)
    words = ("rank_move", "moves_up" if now < before else "moves_down", lambda lang: {"k": L.num(k, lang)})
    return _rank_story("rank_move", 20 + k, iso3, by, now, before, ctx, words)


def _rank_story(
    kind: str,
    score: int,
    iso3: str,
    by: str,
    now: int,
    before: int,
    ctx: Context,
    words: tuple[str, str, Callable[[str], dict]],
) -> Story:
    """A story about a country's rank (overall or of women) in two months: both ranks, sourced, and the leads
    (`words`: the lead's template, its verb, and the template's other values in a language)."""
    template, verb, extra = words

    def lead(lang: str) -> str:
        return say(
            template,
            lang,
            who=L.cap(L.the(iso3, lang)),
            verb=say(verb, lang),
            women=say("of_women", lang) if by == "women" else "",
            a=L.nth(now, lang),
            b=L.nth(before, lang),
            **extra(lang),
        )

    return Story(
        kind + ("_women" if by == "women" else ""),
        score,
        subject(iso3),
        [
            figure(ctx.now, f"rank_{by}", now, ctx.now.path("ranks", by, iso3), ctx.now.pages.get(iso3)),
            figure(ctx.before, f"rank_{by}", before, ctx.before.path("ranks", by, iso3), ctx.before.pages.get(iso3)),
        ],
        [ctx.before.key, ctx.now.key],
        [report_source(ctx.now, ctx.now.pages.get(iso3)), report_source(ctx.before, ctx.before.pages.get(iso3))],
        L.per_lang(lead),
    )


def rank_stories(ctx: Context) -> list[Story]:
    """Top 10 / top 20 entries and exits with both ranks, and moves of several places, by total and by women."""
    stories: list[Story] = []
    now, before = ctx.now, ctx.before
    for by in ("total", "women"):
        if by == "women" and not (now.split and before.split):
            ctx.cannot.append(notes.no_split_ranks(not now.split))
            continue
        for iso3 in sorted(set(now.rank.get(by, {})) & set(before.rank.get(by, {}))):
            a, b = _rank(now, by, iso3), _rank(before, by, iso3)
            if a is None or b is None or a == b:
                continue
            crossed = [n for n in TOPS if (a <= n < b) or (b <= n < a)]
            if crossed:
                stories.append(_top(iso3, by, crossed[0], a, b, ctx))
            elif abs(a - b) >= MOVE_PLACES and min(a, b) <= MOVE_WITHIN:
                stories.append(_move(iso3, by, a, b, ctx))
    return stories


def contributor_stories(ctx: Context) -> list[Story]:
    """Countries contributing where they did not in the previous report, and countries that stopped."""
    stories = []
    now, before = ctx.now, ctx.before
    for iso3 in sorted(set(now.total) | set(before.total)):
        a, b = now.total.get(iso3, 0), before.total.get(iso3, 0)
        if a is None or b is None or (a > 0) == (b > 0):
            continue
        if a > 0:
            first = calendar(ctx.con).observed_since(now.key)  # "since" reaches back no further than this
            if first is None or first > before.key:
                continue  # a month nothing covers (or carried forward) lies between: no "since" can be said
            months, series, _ = history.series_of(ctx.con, iso3)
            values = series.get((iso3, None), [])
            earlier = [
                m.month for m, (t, _) in zip(months, values) if first <= m.month and m.as_of < before.month.as_of and t
            ]
            last = earlier[-1] if earlier else None

            def lead(lang: str, a=a, iso3=iso3, last=last, first=first) -> str:
                who, n = L.cap(L.the(iso3, lang)), L.num(a, lang)
                if last is None:
                    return say("new_contributor", lang, who=who, first=L.month(first, lang), n=n)
                c = L.count(a, "uniformed_personnel", lang)
                return say("returns", lang, who=who, c=c, last=L.month(last, lang))

            stories.append(
                Story(
                    "new_contributor" if last is None else "returns",
                    40,
                    subject(iso3),
                    [figure(now, "total", a, now.path("countries", iso3, "total"), now.pages.get(iso3))],
                    [before.key, now.key],
                    [report_source(now, now.pages.get(iso3))],
                    L.per_lang(lead),
                )
            )
        else:

            def lead(lang: str, b=b, iso3=iso3) -> str:
                who, n = L.cap(L.the(iso3, lang)), L.num(b, lang)
                return say("stopped_contributing", lang, who=who, n=n, m=L.month(before.key, lang))

            stories.append(
                Story(
                    "stopped_contributing",
                    40,
                    subject(iso3),
                    [figure(before, "total", b, before.path("countries", iso3, "total"), before.pages.get(iso3))],
                    [before.key, now.key],
                    [report_source(before, before.pages.get(iso3)), report_source(now)],
                    L.per_lang(lead),
                )
            )
    return stories
