"""Which report month a question is answered from, and what a reader must know when it is not the month asked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from .. import wording
from ..dates import month_of, shift_month, when
from ..errors import NoData
from ..wording.months import substitution
from . import models
from .cache import memo
from .caveats import Caveat, caveat

# A contributor, in every count, map, list and CSV: a country with at least one uniformed person in the month (a
# country_months row with total > 0). The UN's ranking also lists countries with none, last: they are not counted.
CONTRIBUTOR = "total > 0"


class NoReport(NoData):
    """No report in the store on or before the requested date."""


def long_date(day: dt.date) -> str:
    """'30 June 2022': the English of the facts' messages (the wording layer writes every language)."""
    return wording.long_date(day, "en")


def long_month(month: str) -> str:
    """'2022-07' -> 'July 2022'."""
    return wording.long_month(month, "en")


@dataclass(frozen=True, slots=True)
class Month:
    """A month of the store: covered by a report (as_of set) or missing."""

    month: str
    as_of: dt.date | None
    report: str | None
    contributors: int | None
    contributors_of_women: int | None
    has_missions: bool | None
    has_sexes: bool | None
    created: dt.date | None  # when the report was generated (its PDF creation date)
    source: str | None = None  # 'report', 'datahub' or 'ipi' (IPI's research dataset); None: missing
    carried_from: str | None = None  # YYYY-MM: IPI carried that month's figures forward into this one

    @property
    def observed(self) -> bool:
        """Whether figures of the month itself cover it (not missing, not carried forward from another month)."""
        return self.as_of is not None and self.carried_from is None

    @property
    def published(self) -> dt.date | None:
        """The first day a text could have used the report."""
        return self.created or self.as_of


@dataclass(frozen=True, slots=True)
class ReportMonth:
    """The report a fact comes from: its date and file, what was asked for, and why they differ."""

    as_of: dt.date
    report: str
    requested: dt.date | None
    missing_nearby: list[str] = field(default_factory=list)  # missing months next to as_of or skipped over
    created: dt.date | None = None
    reason: str | None = None  # why the month used is not the month asked, in words
    source: str = "report"  # 'report', 'datahub' or 'ipi': who published the figures (IPI's are not official)
    why: dict | None = None  # the reason as data, for other languages (wording/months.py)

    @property
    def month(self) -> str:
        return month_of(self.as_of)

    def caveats(self) -> list[Caveat]:
        """The month caveat, touching every figure of the answer, when the month used is not the one asked."""
        return [caveat("month", self.reason, ["/"])] if self.reason else []

    def to_model(self) -> models.Month:
        """The month as answers give it."""
        return models.Month(
            as_of=self.as_of,
            month=self.month,
            report=self.report,
            requested=self.requested,
            missing_nearby=list(self.missing_nearby),
            created=self.created,
            substitution=self.reason,
            why=self.why,
            source=self.source,
        )

    def to_dict(self) -> dict:
        """The month as JSON."""
        return {
            "as_of": self.as_of.isoformat(),
            "month": self.month,
            "report": self.report,
            "requested": self.requested.isoformat() if self.requested else None,
            "missing_nearby": self.missing_nearby,
            "created": self.created and self.created.isoformat(),
            "substitution": self.reason,
            "source": self.source,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Calendar:
    """The store's months, covered or missing, oldest first."""

    rows: list[Month]

    def covered(self) -> list[Month]:
        return [m for m in self.rows if m.as_of is not None]

    def resolve(self, asked: str | dt.date | None = None, published_before: dt.date | None = None) -> ReportMonth:
        """The latest report on or before `asked` (default: the latest of all).

        With `published_before`, only reports generated (PDF creation date) before that day count: the month a
        text written that day could have used.
        """
        requested = when(asked)
        on_time = [m for m in self.covered() if requested is None or m.as_of <= requested]
        covered = [m for m in on_time if published_before is None or m.published < published_before]
        if not covered:
            if not self.rows:
                raise NoReport("the store holds no reports: run `peacekeeping ingest` first")
            if published_before is not None:
                raise NoReport(f"no report published before {published_before}")
            raise NoReport(f"no report on or before {requested}: the first report is of {self.covered()[0].as_of}")
        used = covered[-1]
        missing = {m.month for m in self.rows if m.as_of is None}
        nearby = {shift_month(used.month, -1), shift_month(used.month, 1)}
        if requested is not None:  # the months skipped over; none is missing after the store's last month
            step, until = used.month, min(month_of(requested), self.rows[-1].month)
            while (step := shift_month(step, 1)) <= until:
                nearby.add(step)
        due = [m for m in on_time if published_before is None or m.as_of < published_before]
        why = self._why(used, requested, due[-1] if due else None, published_before)
        return ReportMonth(
            used.as_of,
            used.report,
            requested,
            sorted(nearby & missing),
            used.created,
            substitution(why),
            used.source or "report",
            why,
        )

    def _why(
        self, used: Month, requested: dt.date | None, latest: Month | None, published_before: dt.date | None
    ) -> dict | None:
        """Why the report used is not the report of the month asked (wording/months.py says it), or None."""
        source = {"used": used.as_of.isoformat()}
        if latest is not None and latest is not used and published_before is not None:
            return {
                "kind": "generated_after",
                "latest": latest.as_of.isoformat(),
                "generated": latest.published.isoformat(),
                "before": published_before.isoformat(),
                **source,
            }
        if requested is None or month_of(requested) == used.month:
            return None
        asked = month_of(requested)
        known = {m.month: m for m in self.rows}
        if asked > self.rows[-1].month:
            return {"kind": "after_latest", "asked": asked, "used_month": used.month, **source}
        if known.get(asked) is not None and known[asked].as_of is not None and known[asked].as_of > requested:
            return {
                "kind": "dated_after",
                "asked": asked,
                "asked_report": known[asked].as_of.isoformat(),
                "requested": requested.isoformat(),
                **source,
            }
        return {"kind": "missing", "asked": asked, **source}

    def observed_since(self, month: str) -> str | None:
        """The earliest month from which every month up to `month` is observed (none missing, none carried forward):
        how far back "the most since" or "for the first time since" may reach; None if `month` itself is not."""
        since = None
        for m in reversed([m for m in self.rows if m.month <= month]):
            if not m.observed:
                break
            since = m.month
        return since

    def before(self, day: dt.date) -> Month | None:
        """The latest covered month dated strictly before `day`."""
        earlier = [m for m in self.covered() if m.as_of < day]
        return earlier[-1] if earlier else None

    def row(self, as_of: dt.date) -> Month:
        return next(m for m in self.rows if m.as_of == as_of)

    def nearest(self, as_of: dt.date, has: str) -> list[str]:
        """The nearest covered months before and after `as_of` whose report has `has` ('has_missions' ...)."""
        covered = [m for m in self.covered() if getattr(m, has)]
        before = [m.month for m in covered if m.as_of < as_of][-1:]
        after = [m.month for m in covered if m.as_of > as_of][:1]
        return before + after


def calendar(con: duckdb.DuckDBPyConnection) -> Calendar:
    """Every month of the store, covered or missing; read once per store."""
    sql = f"""SELECT m.month, m.as_of, m.report,
           CASE WHEN m.as_of IS NOT NULL THEN coalesce(c.contributors, 0) END,
           m.contributors_of_women, m.has_missions, m.has_sexes, r.created, m.source, m.carried_from
        FROM months m LEFT JOIN reports r ON r.file = m.report AND r.as_of = m.as_of
        LEFT JOIN (SELECT as_of, count(*) AS contributors FROM country_months WHERE {CONTRIBUTOR} GROUP BY as_of) c
          ON c.as_of = m.as_of
        ORDER BY m.month"""
    return memo(con, "calendar", lambda: Calendar([Month(*row) for row in con.execute(sql).fetchall()]))


def resolve_month(
    con: duckdb.DuckDBPyConnection, asked: str | dt.date | None = None, published_before: dt.date | None = None
) -> ReportMonth:
    """The latest ingested report on or before `asked` (default: the latest of all), optionally published before."""
    return calendar(con).resolve(asked, published_before)
