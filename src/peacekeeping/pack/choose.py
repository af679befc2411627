"""Which countries a campaign pack thanks: those with a reason to thank this month, never one whose total fell."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from ..facts import history
from ..facts.months import calendar
from ..news.build import News

# Stories that are reasons to thank (records, parity reached, entering a top list, moving up, coming back) and
# those that never are (a fall, a loss, leaving). Anniversaries thank too: a country still serving.
THANKS = {
    "record_total",
    "record_total_type",
    "record_share",
    "record_share_type",
    "parity_reached",
    "enters_top10",
    "enters_top20",
    "enters_top10_women",
    "enters_top20_women",
    "new_contributor",
    "returns",
    "anniversary",
}
REASONS = ("growth", "new_missions", "women_share_up", "record")


@dataclass(slots=True)
class Candidate:
    """A country to thank: why (growth, new missions, women's share up, a record), and the stories that say so."""

    iso3: str
    reasons: list[str] = field(default_factory=list)
    stories: list = field(default_factory=list)  # the thank-you stories about it, best first
    score: float = 0.0
    growth: int = 0


def _moves_up(story) -> bool:
    """A rank move up (the figures give the rank now, then before)."""
    values = [f["value"] for f in story.figures]
    return story.kind.startswith("rank_move") and len(values) >= 2 and values[0] < values[1]


def candidates(con: duckdb.DuckDBPyConnection, news: News) -> list[Candidate]:
    """The countries with a reason to thank, the strongest first: a thank-you story's score, then growth. A country
    whose total fell against the previous report is never one, whatever its other stories."""
    months = calendar(con)
    now_month = dt.date.fromisoformat(news.month["as_of"])
    previous = months.before(now_month)
    if previous is None:
        return []
    now, before = history.panel(con, now_month), history.panel(con, previous.as_of)
    found: dict[str, Candidate] = {}
    for iso3, total in now.total.items():
        was = before.total.get(iso3) or 0
        if not total or total < was:
            continue  # no one serving, or a fall: no thank-you
        c = Candidate(iso3)
        if total > was:
            c.reasons.append("growth")
            c.growth = total - was
        if now.by_mission is not None and before.by_mission is not None:
            here = {m for m, rows in now.by_mission.items() if rows.get(iso3)}
            there = {m for m, rows in before.by_mission.items() if rows.get(iso3)}
            if here - there:
                c.reasons.append("new_missions")
        women, had = now.women.get(iso3), before.women.get(iso3)
        if now.split and before.split and women is not None and had is not None and was and women / total > had / was:
            c.reasons.append("women_share_up")
        found[iso3] = c
    for story in news.stories:
        c = found.get(story.subject.get("iso3"))
        if c is None or not (story.kind in THANKS or _moves_up(story)):
            continue
        if story.kind.startswith(("record", "parity_reached")) and "record" not in c.reasons:
            c.reasons.append("record")
        c.stories.append(story)
        c.score = max(c.score, story.score)
    chosen = [c for c in found.values() if c.reasons or c.stories]
    return sorted(chosen, key=lambda c: (-c.score, -c.growth, c.iso3))
