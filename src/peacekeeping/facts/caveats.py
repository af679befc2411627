"""Caveats: what every figure rests on, as data that travels with it to every output.

A figure is checked against the notes of its report month (ingest/corrections.py): reviewed corrections, figures
known to be wrong, undecided quality flags. A figure that may be off by 1% or more because of a wrong cell it sums
is withheld (its value is None, the printed value kept in the caveat); a smaller doubt is said beside it. Figures a
report does not hold at all raise NotInReport, with the nearest months that hold them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import duckdb

from ..errors import NoData
from .cache import memo
from .models import Caveat, Flag, Review, Scope

MATERIAL = 0.01  # a figure that may be off by this share of itself (or more) is withheld

# Press-officer words for each kind a caveat can have; `kind` itself is for programs.
KINDS = {
    "unreliable": "the figure is wrong in the report and nothing settles it: withheld",
    "approximate": "the figure sums a value the report printed in error, and may be off by a little",
    "corrected": "the report printed this figure in error; the corrected figure is given",
    "checked": "flagged as unusual, checked and right as printed",
    "note": "something a reader should know about the figure",
    "month": "the report month used is not the one asked for",
}


class NotInReport(NoData):
    """A figure the report of that month does not hold (absent is not zero), with the nearest months that do."""

    kind = "not_in_report"

    def __init__(self, message: str, nearest: list[str] | None = None):
        self.nearest = list(nearest or [])
        hint = f"; nearest months that have it: {', '.join(self.nearest)}" if self.nearest else ""
        super().__init__(message + hint, self.nearest)


def texts_under(caveats: list[Caveat], prefix: str) -> str:
    """The words of the caveats touching any figure under `prefix` (a row of an answer, '/rows/3/'), one line."""
    return " | ".join(dict.fromkeys(c.text for c in caveats if any(f.startswith(prefix) for f in c.figures)))


def caveat(kind: str, text: str, figures: list[str]) -> Caveat:
    """A caveat not tied to a note: nothing printed, no bound, no flag, no review, no scope."""
    return Caveat(kind=kind, text=text, figures=figures, printed={}, bound=None, flags=[], review=None, scope=None)


@dataclass(frozen=True, slots=True)
class Note:
    """A row of the store's notes: a doubt about the cells of one scope (None: all)."""

    iso3: str | None
    mission: str | None
    personnel_type: str | None
    field: str
    status: str
    bound: int | None
    text: str | None
    printed: str | None
    corrected: str | None
    flags: list[Flag]
    review_line: int | None
    evidence: str | None
    source: str | None

    def touches(self, iso3: str | None, mission: str | None, ptype: str | None, kind: str) -> bool:
        """Whether a figure over this scope (None: all) sums a cell of the note's scope, for a figure of `kind`."""
        if self.field == "date":
            return True  # the report's date was inferred: every figure of the month rests on it
        if self.field == "source":  # where the figures of its scope come from: figures of any kind over it
            kind = self.field
        if self.field != kind and not (self.field in ("country", "total") and kind in ("total", "sex")):
            return False  # a row printed under another country or left out changes the split by sex too
        if self.field == "country" and iso3 is None:
            return False  # which country a row belongs to does not change a figure over all countries
        return all(
            a is None or b is None or a == b
            for a, b in ((self.iso3, iso3), (self.mission, mission), (self.personnel_type, ptype))
        )


def _all_notes(con: duckdb.DuckDBPyConnection) -> dict[dt.date, list[Note]]:
    by_month: dict[dt.date, list[Note]] = {}
    for as_of, *row in con.execute(
        "SELECT as_of, iso3, mission, personnel_type, field, status, bound, text, printed, corrected, flags, "
        "review_line, evidence, source FROM notes "
        "ORDER BY as_of, review_line NULLS LAST, iso3, mission, personnel_type"
    ).fetchall():
        row[9] = [Flag(**f) for f in json.loads(row[9])]
        by_month.setdefault(as_of, []).append(Note(*row))
    return by_month


def load_notes(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[Note]:
    """The notes of one report month (the whole table, which is small, is read once per store)."""
    return memo(con, "notes", lambda: _all_notes(con)).get(as_of, [])


class Caveats:
    """The caveats of one answer, collected as its figures are judged."""

    def __init__(self, notes: list[Note]):
        self.notes = notes
        self._by_note: dict[int, Caveat] = {}
        self.items: list[Caveat] = []

    def add(self, caveat: Caveat) -> Caveat:
        """A caveat not tied to a note (a month substituted, a breakdown the report lacks)."""
        self.items.append(caveat)
        return caveat

    def judge(
        self,
        path: str,
        value: int | None,
        iso3: str | None = None,
        mission: str | None = None,
        ptype: str | None = None,
        kind: str = "total",
        printed: int | None = None,
    ) -> int | None:
        """The figure at `path` as it may be stated: None where it may be off by MATERIAL or more.

        `printed` is the figure as the report printed it, where corrections changed it.
        """
        touching = [n for n in self.notes if n.touches(iso3, mission, ptype, kind)]
        if not touching or value is None:
            return value
        doubts = [n for n in touching if n.status == "unreliable"]
        unbounded = any(n.bound is None for n in doubts)
        bound = None if unbounded else sum(n.bound for n in doubts)
        withheld = bool(doubts) and (unbounded or bound >= max(1, MATERIAL * abs(value)))
        for note in touching:
            status = note.status
            if status == "unreliable":
                status = "unreliable" if withheld else "approximate"
            shown = (
                printed
                if printed is not None and status in ("unreliable", "corrected")
                else value
                if status == "unreliable"
                else None
            )
            self._record(note, status, path, shown, bound)
        return None if withheld else value

    def _record(self, note: Note, kind: str, path: str, printed: int | None, bound: int | None) -> None:
        key = (id(note), kind)
        caveat = self._by_note.get(key)
        if caveat is None:
            review = (
                None
                if note.review_line is None
                else Review(
                    table="harmonize/data/corrections.csv",
                    line=note.review_line,
                    evidence=note.evidence,
                    source=note.source,
                )
            )
            text = note.text or KINDS[kind].capitalize() + "."
            if kind == "approximate" and bound is not None:
                text += f" Figures that include it may be off by up to {bound:,}."
            caveat = Caveat(
                kind=kind,
                text=text,
                figures=[],
                printed={},
                bound=note.bound,
                flags=note.flags,
                review=review,
                scope=Scope(iso3=note.iso3, mission=note.mission, personnel_type=note.personnel_type),
            )
            self._by_note[key] = caveat
            self.items.append(caveat)
        if path not in caveat.figures:
            caveat.figures.append(path)
            if printed is not None:
                caveat.printed[path] = printed

    def mark(self, path: str, notes: list[Note], kind: str) -> None:
        """Record `notes` against the figure at `path` as caveats of `kind` (for figures judged by their own rule)."""
        for note in notes:
            self._record(note, kind, path, None, note.bound)

    def same_as(self, path: str, *others: str) -> None:
        """The figures at `others` derive from the one at `path` (a share, men from women): the same caveats."""
        for caveat in self.items:
            if path in caveat.figures:
                caveat.figures.extend(o for o in others if o not in caveat.figures)

    def may_withhold(self) -> bool:
        """Whether a note of the month may withhold a figure (else the stored figures and ranks stand)."""
        return any(n.status == "unreliable" for n in self.notes)

    def to_list(self) -> list[Caveat]:
        """The caveats collected, as the answer gives them."""
        return list(self.items)

    def withheld(self, path: str) -> list[Caveat]:
        """The caveats that withhold the figure at `path`."""
        return [c for c in self.items if c.kind == "unreliable" and path in c.figures]


def month_caveats(con: duckdb.DuckDBPyConnection, month) -> Caveats:
    """The caveats of an answer about a report month (a ReportMonth): the month's notes, and why it is not the month
    asked when it is not."""
    caveats = Caveats(load_notes(con, month.as_of))
    for caveat in month.caveats():
        caveats.add(caveat)
    return caveats
