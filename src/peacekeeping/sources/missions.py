"""The Data Hub's list of peacekeeping operations (dataset DPPADPOSS-PKO), parsed as printed."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from ..cells import parse_active, parse_coordinate, parse_date, parse_text
from ..errors import SourceError
from .files import Unreadable, read_utf8

COLUMNS = (
    "id", "mission_acronym", "mission_name", "lead_department", "mission_isactive", "start_date",
    "end_date", "mission_location", "mission_longitude", "mission_latitude", "last_update",
)


class MissionsError(SourceError):
    """A missions file that cannot be read as the Data Hub's list of operations."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.line = line
        super().__init__(path, message, None if line is None else f"line {line}")

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.line))


@dataclass(frozen=True, slots=True)
class MissionRow:
    """One row of the missions file, values as printed (no repairs)."""

    acronym: str
    name: str
    lead_department: str | None
    active: bool
    start: dt.date | None
    end: dt.date | None
    hq: str | None
    longitude: float | None
    latitude: float | None
    line: int


@dataclass(frozen=True, slots=True)
class MissionList:
    """A missions file: its rows and its release date (the latest last_update)."""

    path: Path
    released: dt.date
    rows: list[MissionRow]

    def by_acronym(self) -> dict[str, MissionRow]:
        """Rows keyed by their printed acronym."""
        return {r.acronym: r for r in self.rows}


def _header(text: str) -> list[str]:
    first = next(csv.reader(io.StringIO(text)), [])
    return [name.strip() for name in first]


def looks_like(path: str | Path) -> bool:
    """True for a CSV file whose header has all of this dataset's columns."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    first = head.split(b"\n", 1)[0]
    try:
        return set(COLUMNS) <= set(_header(first.decode("utf-8-sig")))
    except (UnicodeDecodeError, csv.Error):  # csv.Error: e.g. a bare "\r" inside the first line
        return False


def _decode(path: Path) -> str:
    try:
        return read_utf8(path)
    except Unreadable as err:
        raise MissionsError(path, err.reason, err.line) from None


def _row(path: Path, cells: dict[str, str], line: int) -> MissionRow:
    def cell(column: str, parse):
        try:
            return parse(cells[column])
        except ValueError as e:
            raise MissionsError(path, f"{column}: {e}", line) from None

    acronym = parse_text(cells["mission_acronym"])
    if acronym is None:
        raise MissionsError(path, "mission_acronym is blank", line)
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
    """Parse a missions file exactly as printed; MissionsError names file and line on bad input."""
    path = Path(path)
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    try:
        return _read(path, reader)
    except csv.Error as e:  # a field over the csv module's limit, a bare "\r" ...
        raise MissionsError(path, f"bad CSV: {e}", reader.line_num or 1) from None


def _read(path: Path, reader) -> MissionList:
    header = [name.strip() for name in next(reader)]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise MissionsError(path, f"missing column(s) {', '.join(missing)} (renamed?)", 1)
    index = {name: header.index(name) for name in COLUMNS}
    rows: list[MissionRow] = []
    updates: list[dt.date] = []
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    for record in reader:
        if not any(c.strip() for c in record):
            line = reader.line_num + 1
            continue
        if len(record) != len(header):
            raise MissionsError(path, f"{len(record)} fields, expected {len(header)}", line)
        row = _row(path, {name: record[i] for name, i in index.items()}, line)
        if row.acronym in seen:
            raise MissionsError(path, f"{row.acronym} repeats line {seen[row.acronym]}", line)
        seen[row.acronym] = line
        try:
            update = parse_date(record[index["last_update"]])
        except ValueError as e:
            raise MissionsError(path, f"last_update: {e}", line) from None
        if update is None:
            raise MissionsError(path, "last_update is blank", line)
        updates.append(update)
        rows.append(row)
        line = reader.line_num + 1
    if not rows:
        raise MissionsError(path, "no mission rows under the header")
    return MissionList(path=path, released=max(updates), rows=rows)
