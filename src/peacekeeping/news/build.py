"""A month's news: the stories ranked, the world block, what cannot be told, and the caveats of every month compared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from ..dates import shift_month
from ..facts import history
from ..facts.models import dump
from ..facts.months import calendar
from ..wording.news import say
from . import leads as L
from . import notes
from .deaths import anniversary_stories, death_stories
from .missions import mission_stories
from .model import Context, Story
from .ranks import contributor_stories, rank_stories
from .records import parity_stories, record_stories


@dataclass(slots=True)
class News:
    """What is new in one report month."""

    month: dict
    compared: dict
    stories: list[Story]
    world: dict | None
    notes: list[dict[str, str]]  # what the month cannot tell, each note in every language
    caveats: list[dict] = field(default_factory=list)

    @property
    def cannot(self) -> list[str]:
        """What the month cannot tell, in English."""
        return [n["en"] for n in self.notes]

    def groups(self) -> list[dict]:
        """The stories by subject (a country, a mission, or all operations), the group of the best story first;
        each: {"iso3"} or {"mission"} or {"world": True}, and its stories in order."""
        groups: dict[tuple, dict] = {}
        for s in self.stories:
            if s.subject.get("iso3"):
                key, head = ("country", s.subject["iso3"]), {"iso3": s.subject["iso3"], "country": s.subject["country"]}
            elif s.subject.get("mission"):
                key, head = ("mission", s.subject["mission"]), {"mission": s.subject["mission"]}
            else:
                key, head = ("world", ""), {"world": True}
            groups.setdefault(key, {**head, "stories": []})["stories"].append(s)
        return list(groups.values())

    def to_dict(self) -> dict:
        return {
            "month": self.month,
            "compared": self.compared,
            "stories": [s.to_dict() for s in self.stories],
            "world": self.world,
            "cannot": self.cannot,
            "notes": self.notes,
            "caveats": self.caveats,
        }


def _world(now, before, year) -> dict:
    """Personnel, women's share, contributors and operations against the previous report and a year earlier."""

    def row(p):
        if p is None:
            return None
        w = p.world
        share = round(w["women"] / w["personnel"], 4) if w["women"] is not None and w["personnel"] else None
        return {
            "month": p.key,
            "report": p.month.report,
            "personnel": w["personnel"],
            "women": w["women"],
            "women_share": share,
            "contributors": w["contributors"],
            "operations": w["operations"],
            "paths": {"personnel": p.path("world", "personnel"), "women": p.path("world", "women")},
        }

    block = {"now": row(now), "previous": row(before), "year_earlier": row(year)}
    a = block["now"]

    def lead(lang: str) -> str:
        n = L.num(a["personnel"], lang) if a["personnel"] is not None else say("withheld", lang)
        k = L.num(a["contributors"], lang)
        p = L.pct(a["women_share"], lang) if a["women_share"] is not None else None
        # a month with no split by sex (or a withheld one) says nothing of women
        s = say("world_women", lang, share=p) if p is not None else ""
        return say("world", lang, n=n, k=k, women=s)

    block["lead"] = L.per_lang(lead)
    return block


def _substituted(month) -> dict[str, str]:
    """The note of a month asked that no report covers: the reason in English, a plain sentence in the others."""
    said = notes.no_report([month.requested.isoformat()[:7]] if month.requested else [], "story")
    return {**said, "en": say("reason_no_story", "en", reason=month.reason)}


def build(con: duckdb.DuckDBPyConnection, as_of: str | dt.date | None = None) -> News:
    """The news of the report month of `as_of` (default: the latest); none from a month other than the one asked."""
    months = calendar(con)
    month = months.resolve(as_of)
    if month.reason:
        return News(month.to_dict(), {}, [], None, [_substituted(month)], dump(month.caveats()))
    now = history.panel(con, month.as_of)
    previous = months.before(month.as_of)
    if previous is None:
        return News(month.to_dict(), {}, [], None, [notes.first_report()])
    before = history.panel(con, previous.as_of)
    key = shift_month(month.month, -12)
    row = next((m for m in months.rows if m.month == key), None)
    year = history.panel(con, row.as_of) if row is not None and row.as_of is not None else None
    ctx = Context(con, months, now, before)
    if year is None:
        ctx.cannot.append(notes.no_report([key], "year"))
    missing = [m.month for m in months.rows if previous.month < m.month < month.month]
    if missing:
        ctx.cannot.append(notes.gap(missing, previous.month))
    stories = (
        rank_stories(ctx)
        + contributor_stories(ctx)
        + record_stories(ctx)
        + parity_stories(ctx)
        + mission_stories(ctx)
        + death_stories(ctx)
        + anniversary_stories(ctx)
    )
    stories.sort(key=lambda s: (-s.score, s.kind, s.subject.get("country") or s.subject.get("mission") or ""))
    caveats = dump([c for p in (now, before, year) if p is not None for c in p.caveats.items])
    compared = {
        "previous": {"month": before.key, "report": before.month.report},
        "year_earlier": {"month": year.key, "report": year.month.report} if year else None,
    }
    return News(month.to_dict(), compared, stories, _world(now, before, year), ctx.cannot, caveats)
