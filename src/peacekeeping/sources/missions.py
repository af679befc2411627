"""The Data Hub's list of peacekeeping operations (dataset DPPADPOSS-PKO), parsed as printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..cells import parse_active, parse_coordinate, parse_date, parse_text
from ..errors import SourceError
from . import tabular

COLUMNS = (
    "id",
    "mission_acronym",
    "mission_name",
    "lead_department",
    "mission_isactive",
    "start_date",
    "end_date",
    "mission_location",
    "mission_longitude",
    "mission_latitude",
    "last_update",
)
_COLUMNS = tabular.Columns("DPPADPOSS-PKO", COLUMNS, others=True)


class MissionsError(SourceError):
    """A missions file that cannot be read as the Data Hub's list of operations."""

    @property
    def line(self) -> int | None:
        """The CSV line the error is on, if any."""
        return int(self.where[5:]) if self.where and self.where.startswith("line ") else None


@dataclass(frozen=True, slots=True)
class ListedMission:
    """What the missions file says of a mission: name, lead department, whether active, dates and headquarters."""

    acronym: str
    name: str
    lead_department: str | None
    active: bool
    start: dt.date | None
    end: dt.date | None
    hq: str | None
    longitude: float | None
    latitude: float | None


@dataclass(frozen=True, slots=True)
class MissionRow(ListedMission):
    """One row of the missions file, values as printed (no repairs)."""

    line: int


@dataclass(frozen=True, slots=True)
class MissionList:
    """A missions file: its rows and its release date (the latest last_update)."""

    path: Path
    released: dt.date
    rows: list[MissionRow]
    released_line: int | None = None  # the line printing the release date

    def by_acronym(self) -> dict[str, MissionRow]:
        """Rows keyed by their printed acronym."""
        return {r.acronym: r for r in self.rows}


def looks_like(path: str | Path) -> bool:
    """True for a CSV file whose header has all of this dataset's columns."""
    keys = tabular.header(path, "csv")
    return keys is not None and set(COLUMNS) <= keys


def _row(path: Path, cells: dict[str, str], line: int) -> MissionRow:
    def cell(column: str, parse):
        try:
            return parse(cells[column])
        except ValueError as e:
            raise MissionsError(path, f"{column}: {e}", f"line {line}") from None

    acronym = parse_text(cells["mission_acronym"])
    if acronym is None:
        raise MissionsError(path, "mission_acronym is blank", f"line {line}")
    return MissionRow(
        acronym=acronym,
        name=cells["mission_name"].strip(),
        lead_department=parse_text(cells["lead_department"]),
        active=cell("mission_isactive", parse_active),
        start=cell("start_date", parse_date),
        end=cell("end_date", parse_date),
        hq=parse_text(cells["mission_location"]),
        longitude=cell("mission_longitude", parse_coordinate),
        latitude=cell("mission_latitude", parse_coordinate),
        line=line,
    )


def read(path: str | Path) -> MissionList:
    """Parse a missions file (CSV) exactly as printed; MissionsError names file and line on bad input."""
    path = Path(path)
    table = tabular.read(path, _COLUMNS, MissionsError)
    if table.format != "csv":
        raise MissionsError(path, "not CSV (the missions list is read from the Data Hub's CSV)")
    rows: list[MissionRow] = []
    updates: dict[dt.date, int] = {}  # last_update -> the first line printing it
    seen: dict[str, int] = {}
    for line, cells in table.records:
        row = _row(path, cells, line)
        if row.acronym in seen:
            raise MissionsError(path, f"{row.acronym} repeats line {seen[row.acronym]}", f"line {line}")
        seen[row.acronym] = line
        updates.setdefault(_last_update(path, cells, line), line)
        rows.append(row)
    if not rows:
        raise MissionsError(path, "no mission rows under the header")
    released = max(updates)
    return MissionList(path=path, released=released, rows=rows, released_line=updates[released])


def _last_update(path: Path, cells: dict[str, str], line: int) -> dt.date:
    try:
        update = parse_date(cells["last_update"])
    except ValueError as e:
        raise MissionsError(path, f"last_update: {e}", f"line {line}") from None
    if update is None:
        raise MissionsError(path, "last_update is blank", f"line {line}")
    return update
