"""Missions: printed acronyms normalized, kinds classified, and the missions list repaired by reviewed tables."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import PeacekeepingError
from ..sources.missions import MissionList, parse_active, parse_coordinate, parse_date, parse_text
from .tables import read_table

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{2,11}$")
KINDS = ("pko", "spm", "other")  # peacekeeping operation, special political mission, offices and the rest
ADDED = "added"

# correction field (the file's column, or 'row' for a row the file lacks) -> Mission attribute, parser
_FIELDS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "mission_name": ("name", str.strip),
    "lead_department": ("lead_department", parse_text),
    "mission_isactive": ("active", parse_active),
    "start_date": ("start", parse_date),
    "end_date": ("end", parse_date),
    "mission_location": ("hq", parse_text),
    "mission_longitude": ("longitude", parse_coordinate),
    "mission_latitude": ("latitude", parse_coordinate),
}


class UnknownMission(PeacekeepingError):
    """A printed mission that is neither an acronym nor a reviewed alias, or has no reviewed kind."""


class ReviewError(PeacekeepingError):
    """A reviewed mission table that is malformed or no longer fits the missions file."""


@dataclass(frozen=True, slots=True)
class Kind:
    """One row of mission_kinds.csv."""

    acronym: str
    kind: str
    name: str
    covers: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Correction:
    """One row of mission_corrections.csv."""

    acronym: str
    field: str
    printed: str
    corrected: str
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class Mission:
    """A mission after review: the file's row with corrections applied, plus its kind."""

    acronym: str
    name: str
    kind: str
    lead_department: str | None
    active: bool
    start: dt.date | None
    end: dt.date | None
    hq: str | None
    longitude: float | None
    latitude: float | None
    covers: tuple[str, ...] = ()  # for aggregates and duplicates: the listed operations this row stands for
    line: int | None = None  # in the missions file; None for a row the corrections add


@dataclass(slots=True)
class Review:
    """The reviewed missions, the corrections the file no longer needs, and warnings for a reviewer."""

    missions: list[Mission]
    unused: list[Correction] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _key(text: str) -> str:
    return " ".join(text.split()).upper()


@cache
def _aliases() -> dict[str, str]:
    return {r["printed"].strip().upper(): r["acronym"] for r in read_table("mission_aliases.csv")}


def acronym(printed: str) -> str:
    """The normalized acronym of a printed mission name ('Minusca ' -> 'MINUSCA')."""
    key = " ".join(printed.split()).upper()
    if key in _aliases():
        return _aliases()[key]
    if _ACRONYM.match(key):
        return key
    raise UnknownMission(f"unknown mission {printed!r} (add it to harmonize/data/mission_aliases.csv)")


@cache
def _kinds() -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    for n, r in enumerate(read_table("mission_kinds.csv"), start=2):
        where = f"mission_kinds.csv, line {n}"
        if r["kind"] not in KINDS:
            raise ReviewError(f"{where}: kind {r['kind']!r} is not one of {', '.join(KINDS)}")
        if not r["acronym"].strip() or not r["name"].strip():
            raise ReviewError(f"{where}: acronym and name are required")
        if _key(r["acronym"]) in kinds:
            raise ReviewError(f"{where}: {r['acronym']} is listed twice")
        covers = tuple(a for a in r["covers"].split(";") if a)
        kinds[_key(r["acronym"])] = Kind(r["acronym"], r["kind"], r["name"], covers, r["note"])
    for k in kinds.values():
        if unknown := [a for a in k.covers if _key(a) not in kinds]:
            raise ReviewError(f"mission_kinds.csv: {k.acronym} covers unlisted {', '.join(unknown)}")
    return kinds


def _kind_row(printed: str) -> Kind:
    key = _key(printed)
    key = _key(_aliases().get(key, key))
    if key not in _kinds():
        raise UnknownMission(f"unclassified mission {printed!r} (add it to harmonize/data/mission_kinds.csv)")
    return _kinds()[key]


def kind(acronym: str) -> str:
    """'pko', 'spm' or 'other' for a mission acronym (any case); UnknownMission if unclassified."""
    return _kind_row(acronym).kind


def full_name(acronym: str) -> str:
    """The mission's full name ('UNTAG' -> 'United Nations Transition Assistance Group')."""
    return _kind_row(acronym).name


def covers(acronym: str) -> tuple[str, ...]:
    """For an aggregate or duplicate row, the listed operations it stands for ('UNEF' -> ('UNEF I', 'UNEF II'))."""
    return _kind_row(acronym).covers


def classified() -> list[Kind]:
    """Every row of mission_kinds.csv."""
    return list(_kinds().values())


def _parse(c: Correction, text: str) -> Any:
    try:
        return _FIELDS[c.field][1](text)
    except ValueError as e:
        raise ReviewError(f"mission_corrections.csv, line {c.line}: {c.acronym} {c.field}: {e}") from None


@cache
def corrections() -> tuple[Correction, ...]:
    """The reviewed corrections, checked for shape."""
    table = read_table("mission_corrections.csv")
    added = {r["acronym"].strip() for r in table if r["field"].strip() == "row"}
    rows: list[Correction] = []
    seen: set[tuple[str, str]] = set()
    for n, r in enumerate(table, start=2):
        c = Correction(r["acronym"].strip(), r["field"].strip(), r["printed"], r["corrected"], r["note"].strip(), n)
        where = f"mission_corrections.csv, line {n}"
        if c.field != "row" and c.field not in _FIELDS:
            raise ReviewError(f"{where}: unknown field {c.field!r}")
        if not c.note:
            raise ReviewError(f"{where}: every correction needs a note saying why")
        if (c.acronym, c.field) in seen:
            raise ReviewError(f"{where}: {c.acronym} {c.field} is corrected twice")
        seen.add((c.acronym, c.field))
        if c.field == "row":
            if c.printed or c.corrected != ADDED:
                raise ReviewError(f"{where}: a 'row' correction has printed blank and corrected {ADDED!r}")
        elif c.acronym in added:
            if c.printed:
                raise ReviewError(f"{where}: {c.acronym} has no row in the file, so nothing is printed")
            _parse(c, c.corrected)
        elif _parse(c, c.printed) == _parse(c, c.corrected):
            raise ReviewError(f"{where}: {c.acronym} {c.field}: corrected value equals the printed one")
        rows.append(c)
    if unknown := sorted(added - {acr for acr, f in seen if f == "mission_isactive"}):
        raise ReviewError(f"mission_corrections.csv: added row(s) {', '.join(unknown)} need a mission_isactive value")
    return tuple(rows)


def _mission(acr: str, values: dict[str, Any], line: int | None) -> Mission:
    k = _kind_row(acr)
    values.setdefault("name", k.name)
    return Mission(acronym=acr, kind=k.kind, covers=k.covers, line=line, **values)


def _within(value: float | None, limit: float) -> bool:
    return value is None or -limit <= value <= limit


def _check(missions: list[Mission], file: str) -> list[str]:
    warnings: list[str] = []
    at: dict[str, tuple[float, float, str]] = {}
    for m in missions:
        if not _within(m.latitude, 90) or not _within(m.longitude, 180):
            raise ReviewError(f"{file}, line {m.line}: {m.acronym} has impossible coordinates "
                              f"({m.latitude}, {m.longitude}): add a reviewed correction")
        if m.hq and m.latitude is not None and m.longitude is not None:
            first = at.setdefault(m.hq, (m.latitude, m.longitude, m.acronym))
            if abs(first[0] - m.latitude) > 0.1 or abs(first[1] - m.longitude) > 0.1:
                warnings.append(f"{m.acronym} places {m.hq} at {m.latitude}, {m.longitude}; "
                                f"{first[2]} at {first[0]}, {first[1]} (swapped?)")
        if m.start and m.end and m.end < m.start:
            warnings.append(f"{m.acronym} ends ({m.end}) before it starts ({m.start})")
        if m.active and m.end:
            warnings.append(f"{m.acronym} is active but has an end date ({m.end})")
        if m.line is not None and m.name != full_name(m.acronym):
            warnings.append(f"{m.acronym} is named {m.name!r}, mission_kinds.csv says {full_name(m.acronym)!r}")
    return warnings


def review(mission_list: MissionList) -> Review:
    """Apply the reviewed corrections and kinds; ReviewError if a correction no longer fits the file."""
    file = mission_list.path.name
    rows = mission_list.by_acronym()
    values = {r.acronym: {attr: getattr(r, attr) for attr, _ in _FIELDS.values()} for r in mission_list.rows}
    added: dict[str, dict[str, Any]] = {c.acronym: {} for c in corrections() if c.field == "row"}
    result = Review(missions=[])
    for c in corrections():
        if c.field == "row":
            if c.acronym in rows:
                raise ReviewError(f"{file}, line {rows[c.acronym].line}: {c.acronym} now has a row; review its "
                                  f"corrections (mission_corrections.csv, line {c.line})")
            continue
        if c.acronym not in rows and c.acronym not in added:
            result.unused.append(c)
            result.warnings.append(f"unused correction (mission_corrections.csv, line {c.line}): "
                                   f"{c.acronym} has no row in {file}")
            continue
        attr = _FIELDS[c.field][0]
        if c.acronym in rows:
            printed = values[c.acronym][attr]
            if printed != _parse(c, c.printed):
                raise ReviewError(f"{file}, line {rows[c.acronym].line}: {c.acronym} {c.field} is now {printed!r}, "
                                  f"the correction on mission_corrections.csv line {c.line} expects {c.printed!r}: "
                                  "review it against this release")
            values[c.acronym][attr] = _parse(c, c.corrected)
        else:
            added[c.acronym][attr] = _parse(c, c.corrected)
    for r in mission_list.rows:
        result.missions.append(_mission(r.acronym, values[r.acronym], r.line))
    for acr, given in added.items():
        blank = {attr: None for attr, _ in _FIELDS.values() if attr != "name"}
        result.missions.append(_mission(acr, blank | given, None))
    result.warnings += _check(result.missions, file)
    return result


def reviewed(mission_list: MissionList) -> list[Mission]:
    """The missions list repaired by mission_corrections.csv and classified by mission_kinds.csv."""
    return review(mission_list).missions


def unused_corrections(mission_list: MissionList) -> list[str]:
    """Warnings for reviewed corrections whose mission is not in this file."""
    return [w for w in review(mission_list).warnings if w.startswith("unused correction")]
