"""Missions: printed acronyms normalized, kinds classified, and the reviewed corrections to the mission list."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..cells import parse_active, parse_coordinate, parse_date, parse_text
from ..errors import NotFound, ReviewError, one_of, quoted
from . import mission_names
from .similar import closest
from .tables import normalize, read_table

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{2,11}$")
KINDS = ("pko", "spm", "other")  # peacekeeping operation, special political mission, offices and the rest
ADDED = "added"

# correction field (the file's column, or 'row' for a row the file lacks) -> Mission attribute, parser
FIELDS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "mission_name": ("name", str.strip),
    "lead_department": ("lead_department", parse_text),
    "mission_isactive": ("active", parse_active),
    "start_date": ("start", parse_date),
    "end_date": ("end", parse_date),
    "mission_location": ("hq", parse_text),
    "mission_longitude": ("longitude", parse_coordinate),
    "mission_latitude": ("latitude", parse_coordinate),
}


class UnknownMission(NotFound):
    """A printed mission that is neither an acronym nor a reviewed alias, or has no reviewed kind."""

    kind = "unknown_mission"


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
    raise UnknownMission(f"unknown mission {quoted(printed)}: not a mission name we know yet (please report it)")


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


def kind_row(printed: str) -> Kind:
    key = _key(printed)
    if key not in _kinds():  # an acronym in its own right wins over a printing of it that is aliased elsewhere
        key = _key(_aliases().get(key, key))
    if key not in _kinds():
        raise UnknownMission(
            f"unclassified mission {quoted(printed)}: not a mission we know the kind of yet (please report it)"
        )
    return _kinds()[key]


def kind(acronym: str) -> str:
    """'pko', 'spm' or 'other' for a mission acronym (any case); UnknownMission if unclassified."""
    return kind_row(acronym).kind


def full_name(acronym: str) -> str:
    """The mission's full name ('UNTAG' -> 'United Nations Transition Assistance Group')."""
    return kind_row(acronym).name


def covers(acronym: str) -> tuple[str, ...]:
    """For an aggregate or duplicate row, the listed operations it stands for ('UNEF' -> ('UNEF I', 'UNEF II'))."""
    return kind_row(acronym).covers


def classified() -> list[Kind]:
    """Every row of mission_kinds.csv."""
    return list(_kinds().values())


def parse_value(c: Correction, text: str) -> Any:
    try:
        return FIELDS[c.field][1](text)
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
        if c.field != "row" and c.field not in FIELDS:
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
            parse_value(c, c.corrected)
        elif parse_value(c, c.printed) == parse_value(c, c.corrected):
            raise ReviewError(f"{where}: {c.acronym} {c.field}: corrected value equals the printed one")
        rows.append(c)
    if unknown := sorted(added - {acr for acr, f in seen if f == "mission_isactive"}):
        raise ReviewError(f"mission_corrections.csv: added row(s) {', '.join(unknown)} need a mission_isactive value")
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class MissionMatch:
    """A mission looked up by a user: the reviewed acronym, and whether the text named it exactly."""

    acronym: str
    exact: bool


@cache
def _names() -> dict[str, str]:
    """Every way a user may name a mission -> its acronym: acronyms in English, Spanish and French, full names."""
    keys: dict[str, str] = {}
    for k in _kinds().values():
        keys[normalize(k.name)] = k.acronym
    for printed, acr in _aliases().items():
        keys[normalize(printed)] = acr
    for acr in mission_names.acronyms():
        for lang in mission_names.LANGS:
            name, local = mission_names.mission_name(acr, lang)
            keys.setdefault(normalize(name), acr)
            keys[normalize(local)] = acr
    for k in _kinds().values():  # an acronym in its own right wins over another mission's translation
        keys[normalize(k.acronym)] = k.acronym
    return keys


def match(text: str) -> MissionMatch | None:
    """The mission a text names exactly (an acronym in English, French or Spanish, a reviewed alias, a full name);
    else the one mission whose name is very close (exact=False: a guess to show as one, never to answer with)."""
    key = normalize(text)
    names = _names()
    if key in names:
        return MissionMatch(names[key], True)
    close = closest(key, names, n=2, floor=85) if len(key) > 3 else []
    return MissionMatch(close[0][0], False) if len(close) == 1 else None


def suggest(text: str, n: int = 3) -> list[str]:
    """Acronyms of the missions whose names are closest to `text`, above similar.FLOOR."""
    return [acr for acr, _ in closest(normalize(text), _names(), n)]


def resolve(text: str) -> MissionMatch:
    """The mission a user means, named exactly: 'MINUSCA', 'finul', 'Force intérimaire des Nations Unies au Liban';
    anything else ('MINUSXX', 'UNIFILL') is UnknownMission with the closest missions, never another mission."""
    found = match(text)
    if found is not None and found.exact:
        return found
    close = suggest(text)
    hint = f"; did you mean {one_of(close)}?" if close else ""
    raise UnknownMission(
        f"unknown mission {quoted(text.strip())}{hint} (use an acronym such as MINUSCA, or a full name)", close
    )
