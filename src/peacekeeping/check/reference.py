"""The report month a text used: the one it states, else the one published 0-5 months before it that explains the
most of its exact figures, then of its bounds (qualified figures that hold, missions named); ties are ambiguous."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..facts.months import Calendar, Month, long_date, long_month
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
    if month.source == "ipi":
        return f"IPI's figures of {month.as_of} (a research dataset, not official)"
    return f"the report of {month.as_of}"


def candidates(months: Calendar, when: Published | None) -> tuple[list[Month], str]:
    """The reports a text of `when` may have used (published 0-5 months before it), widened with a note if none."""
    covered = months.covered()
    if when is None:
        return covered, "no publication date: every report is a candidate"
    start = months_before(when, WINDOW)
    window = [m for m in covered if start <= m.published <= when.last]
    if window:
        return window, ""
    earlier = [m for m in covered if m.published <= when.last][-STALE:]
    if earlier:
        return earlier, (
            f"no report was published in the {WINDOW} months before {when.text}: "
            f"widened to the {len(earlier)} reports published before it"
        )
    return [], f"no report was published before {when.text}"


def left_out(months: Calendar, when: Published | None) -> list[str]:
    """Why the reports of the months up to the date were no candidates: published after it (the latest two)."""
    if when is None:
        return []
    late = [m for m in months.covered() if m.as_of <= when.last < m.published][-2:]
    return [
        f"the {long_month(m.month)} report was published on {long_date(m.published)}, after the date given"
        for m in late
    ]


def stale_months(months: Calendar, when: Published | None) -> list[Month]:
    """The reports of the 12 months before publication (published by then), where a stale figure may have held."""
    if when is None:
        return []
    first = months_before(when, STALE)
    return [m for m in months.covered() if m.as_of >= first.replace(day=1) and m.published <= when.last]


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
                f"the text states {long_month(stated.month)} ('{stated.text}'), which "
                "no report in the store covers: its figures are not checkable",
                stated=stated,
                asked=stated.month,
            )
        return Reference(
            found, STATED, f"the month the text states ('{stated.text}')", [found], [(found, score(found))], stated
        )
    pool, note = candidates(months, when)
    late = left_out(months, when)
    if not pool:
        return Reference(None, NONE, note, left_out=late)
    scored = sorted(((m, score(m)) for m in pool), key=lambda s: (s[1], s[0].as_of), reverse=True)
    best = scored[0][1]
    tied = [m for m, s in scored if s == best]
    if len(tied) > 1:
        span = ", ".join(m.month for m in sorted(tied, key=lambda m: m.as_of))
        why = "no figure tells them apart" if best == (0, 0) else f"{best[0]} exact, {best[1]} bounds each"
        return Reference(
            tied[0],
            AMBIGUOUS,
            "; ".join(
                filter(
                    None,
                    [
                        f"ambiguous: the reports of {span} fit the text equally ({why}); verdicts "
                        "hold for all of them unless "
                        "said otherwise",
                        note,
                    ],
                )
            ),
            tied,
            scored,
            left_out=late,
        )
    return Reference(tied[0], CHOSEN, note, tied, scored, left_out=late)
