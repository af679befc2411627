"""The Data Hub's mission list reviewed at ingest: corrections applied, kinds classified, oddities warned of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ReviewError
from ..harmonize.missions import FIELDS, Correction, corrections, full_name, kind_row, parse_value
from ..sources.missions import ListedMission, MissionList


@dataclass(frozen=True, slots=True)
class Mission(ListedMission):
    """A mission after review: the file's row with corrections applied, plus its kind."""

    kind: str
    covers: tuple[str, ...] = ()  # for aggregates and duplicates: the listed operations this row stands for
    line: int | None = None  # in the missions file; None for a row the corrections add


@dataclass(slots=True)
class Review:
    """The reviewed missions, the corrections the file no longer needs, and warnings for a reviewer."""

    missions: list[Mission]
    unused: list[Correction] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _mission(acr: str, values: dict[str, Any], line: int | None) -> Mission:
    k = kind_row(acr)
    values.setdefault("name", k.name)
    return Mission(acronym=acr, kind=k.kind, covers=k.covers, line=line, **values)


def _within(value: float | None, limit: float) -> bool:
    return value is None or -limit <= value <= limit


def _check(missions: list[Mission], file: str) -> list[str]:
    warnings: list[str] = []
    at: dict[str, tuple[float, float, str]] = {}
    for m in missions:
        if not _within(m.latitude, 90) or not _within(m.longitude, 180):
            raise ReviewError(
                f"{file}, line {m.line}: {m.acronym} has impossible coordinates "
                f"({m.latitude}, {m.longitude}): add a reviewed correction"
            )
        if m.hq and m.latitude is not None and m.longitude is not None:
            first = at.setdefault(m.hq, (m.latitude, m.longitude, m.acronym))
            if abs(first[0] - m.latitude) > 0.1 or abs(first[1] - m.longitude) > 0.1:
                warnings.append(
                    f"{m.acronym} places {m.hq} at {m.latitude}, {m.longitude}; "
                    f"{first[2]} at {first[0]}, {first[1]} (swapped?)"
                )
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
    values = {r.acronym: {attr: getattr(r, attr) for attr, _ in FIELDS.values()} for r in mission_list.rows}
    added: dict[str, dict[str, Any]] = {c.acronym: {} for c in corrections() if c.field == "row"}
    result = Review(missions=[])
    for c in corrections():
        if c.field == "row":
            if c.acronym in rows:
                raise ReviewError(
                    f"{file}, line {rows[c.acronym].line}: {c.acronym} now has a row; review its "
                    f"corrections (mission_corrections.csv, line {c.line})"
                )
            continue
        if c.acronym not in rows and c.acronym not in added:
            result.unused.append(c)
            result.warnings.append(
                f"unused correction (mission_corrections.csv, line {c.line}): {c.acronym} has no row in {file}"
            )
            continue
        attr = FIELDS[c.field][0]
        if c.acronym in rows:
            printed = values[c.acronym][attr]
            if printed != parse_value(c, c.printed):
                raise ReviewError(
                    f"{file}, line {rows[c.acronym].line}: {c.acronym} {c.field} is now {printed!r}, "
                    f"the correction on mission_corrections.csv line {c.line} expects {c.printed!r}: "
                    "review it against this release"
                )
            values[c.acronym][attr] = parse_value(c, c.corrected)
        else:
            added[c.acronym][attr] = parse_value(c, c.corrected)
    for r in mission_list.rows:
        result.missions.append(_mission(r.acronym, values[r.acronym], r.line))
    for acr, given in added.items():
        blank = {attr: None for attr, _ in FIELDS.values() if attr != "name"}
        result.missions.append(_mission(acr, blank | given, None))
    result.warnings += _check(result.missions, file)
    return result


def reviewed(mission_list: MissionList) -> list[Mission]:
    """The missions list repaired by mission_corrections.csv and classified by mission_kinds.csv."""
    return review(mission_list).missions


def unused_corrections(mission_list: MissionList) -> list[str]:
    """Warnings for reviewed corrections whose mission is not in this file."""
    return [w for w in review(mission_list).warnings if w.startswith("unused correction")]
