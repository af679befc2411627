"""The report month a text used: the one it states, else the one published 0-5 months before it that explains the
most of its exact figures, then of its bounds (qualified figures that hold, missions named); ties are ambiguous."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..dates import shift_month
from ..facts.months import Calendar, Month
from ..wording.check_notes import said
from .periods import Published, Stated, months_before

WINDOW = 5  # months before publication in which a text's report was published
STALE = 12  # months before publication in which a figure that no longer holds may have held
CHOSEN, AMBIGUOUS, STATED, MISSING, NONE = "chosen", "ambiguous", "stated", "stated month missing", "no report"


@dataclass(slots=True)
class Reference:
    """The month verdicts use, the months that tie with it, how it was decided, and every candidate's score."""

    month: Month | None
    status: str
    note: str
    tied: list[Month] = field(default_factory=list)
    scores: list[tuple[Month, tuple[int, int]]] = field(default_factory=list)  # (exact figures, bounds) that hold
    stated: Stated | None = None
    asked: str | None = None  # the month the text states, where no report covers it
    left_out: list[str] = field(default_factory=list)  # why the months just before the date were no candidates

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "note": self.note,
            "tied": [m.month for m in self.tied],
            "stated": self.stated.text if self.stated else None,
            "asked": self.asked,
            "left_out": self.left_out,
        }


IPI_NOTE = "IPI's figures (a research dataset from the UN's monthly reports), not an official UN dataset"


def named(month: Month) -> str:
    """The month's figures in words: 'the report of 2022-06-30', or IPI's figures named as such (before 2015)."""
    return said("named", day=str(month.as_of), ipi=month.source == "ipi")


def candidates(months: Calendar, when: Published | None) -> tuple[list[Month], str]:
    """The reports a text of `when` may have used (published 0-5 months before it), widened with a note if none."""
    covered = months.covered()
    if when is None:
        return covered, said("no_date")
    start = months_before(when, WINDOW)
    window = [m for m in covered if start <= m.published <= when.last]
    if window:
        return window, ""
    earlier = [m for m in covered if m.published <= when.last][-STALE:]
    if earlier:
        return earlier, said("widened", months=WINDOW, date=when.text, reports=len(earlier))
    return [], said("none_before", date=when.text)


def left_out(months: Calendar, when: Published | None) -> list[str]:
    """Why the reports of the months up to the date were no candidates: published after it (the latest two)."""
    if when is None:
        return []
    late = [m for m in months.covered() if m.as_of <= when.last < m.published][-2:]
    return [said("published_after", month=m.month, day=str(m.published)) for m in late]


def stale_months(months: Calendar, when: Published | None) -> list[Month]:
    """The reports of the 12 months before publication (published by then), where a stale figure may have held."""
    if when is None:
        return []
    first = months_before(when, STALE)
    return [m for m in months.covered() if m.as_of >= first.replace(day=1) and m.published <= when.last]


LATE = 45  # days after its month's end past which a report's file may be a later copy of a report published before


def gaps(months: Calendar, when: Published | None, after: Month) -> list[str]:
    """Months after `after` that the store has no report of, before a month whose report came out before the text
    (so theirs did too): a text may have used one of them."""
    if when is None:
        return []
    covered = months.covered()
    later = [m.month for m in covered if m.as_of > after.as_of and m.published <= when.last]
    if not later:
        return []
    have, between = {m.month for m in covered}, shift_month(after.month, 1)
    found = []
    while between < later[-1]:
        if between not in have:
            found.append(between)
        between = shift_month(between, 1)
    return found


def holes(pool: list[Month]) -> list[tuple[Month, str, Month]]:
    """Months the store lacks between two reports of `pool` (in order): (the report before, the month missing, the
    report after)."""
    return [(a, gap, b) for a, b in itertools.pairwise(pool) if (gap := shift_month(a.month, 1)) < b.month]


def late_files(months: Calendar, when: Published | None) -> list[Month]:
    """Reports of months before the text whose file is dated after it, and more than LATE days after their month's
    end: a later copy (the UN re-exports its files), whose report the text may have used all the same."""
    if when is None:
        return []
    return [
        m
        for m in months.covered()
        if m.as_of + dt.timedelta(days=LATE) <= when.last < m.published and (m.published - m.as_of).days > LATE
    ]


def choose(
    months: Calendar, when: Published | None, stated: Stated | None, score: Callable[[Month], tuple[int, int]]
) -> Reference:
    """The reference month of a text, by the month it states or by the score of each candidate."""
    if stated is not None:
        found = next((m for m in months.covered() if m.month == stated.month), None)
        if found is None:
            return Reference(
                None,
                MISSING,
                said("stated_missing", month=stated.month, words=stated.text),
                stated=stated,
                asked=stated.month,
            )
        later = when is not None and found.published > when.last
        if not (later and _a_day_before_the_end(stated, found)):  # "as of 31 October" in a text of 10 November: its
            note = (
                said("stated_later", words=stated.text, day=str(found.published))
                if later
                else said("stated", words=stated.text)
            )
            return Reference(found, STATED, note, [found], [(found, score(found))], stated)
    pool, note = candidates(months, when)
    if stated is not None:  # "as of 8 June 2021" in a text of 29 June: the day it was written, not a report's month
        note = said("stated_unpublished", month=stated.month, words=stated.text, day=str(found.published), note=note)
    late = left_out(months, when)
    if not pool:
        return Reference(None, NONE, note, left_out=late)
    scored = sorted(((m, score(m)) for m in pool), key=lambda s: (s[1], s[0].as_of), reverse=True)
    best = scored[0][1]
    tied = [m for m, s in scored if s == best]
    if len(tied) > 1 and best[0] == 0:  # no exact figure tells them apart: the newest, as a text of that day would use
        why = said("newest_bounds" if best[1] else "newest", month=tied[0].month, note=note)
        return Reference(tied[0], CHOSEN, why, [tied[0]], scored, left_out=late)
    if len(tied) > 1:
        span = [m.month for m in sorted(tied, key=lambda m: m.as_of)]
        return Reference(
            tied[0],
            AMBIGUOUS,
            said("tied", months=span, exact=best[0], bounds=best[1], note=note),
            tied,
            scored,
            left_out=late,
        )
    return Reference(tied[0], CHOSEN, note, tied, scored, left_out=late)


def _a_day_before_the_end(stated: Stated, month: Month) -> bool:
    """Whether the text states a day before its month's end ('as of 8 June 2021'): the day it was written, where the
    month's report came out after the text; not a report's month ('figures for March 2024', 'as of 30 June')."""
    day = re.search(r"(?<![\d/.-])(\d{1,2})(?:st|nd|rd|th|er)?(?![\d/.-])", stated.text)
    return day is not None and 1 < int(day[1]) < month.as_of.day  # "as of 1 March": February's end
