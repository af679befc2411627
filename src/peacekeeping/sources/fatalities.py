"""DPPADPOSS-FATALITIES, the Data Hub's register of peacekeeper fatalities, as printed (CSV or API JSON):
nationalities are resolved at ingest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cells import count, epoch_date, iso_date, m49_code, required_text, text_cell
from ..errors import SourceError
from . import tabular

COLUMNS = (
    "id",
    "incident_date",
    "casualty_id",
    "mission_acronym",
    "type_of_casualty",
    "gender",
    "casualty_nationality",
    "casualty_personnel_type",
    "type_of_incident",
    "m49_code",
    "isocode3",
    "last_update",
)
_COLUMNS = tabular.Columns("DPPADPOSS-FATALITIES", COLUMNS)


class FatalitiesError(SourceError):
    """A fatalities file that cannot be read: names the file and the CSV line or JSON item."""


@dataclass(frozen=True, slots=True)
class Fatality:
    """One death in the register, as printed: `nationality` ('' when blank), `m49` (the float "604.0" as 604) and
    `isocode3` are the printed nationality and codes; `line` (CSV line, or JSON item) does not take part in
    equality."""

    id: int
    incident_date: dt.date
    casualty_id: str
    mission: str
    casualty_type: str
    gender: str | None
    nationality: str
    m49: int | None
    isocode3: str | None
    personnel_type: str
    incident_type: str
    line: int = field(compare=False)


@dataclass(slots=True)
class FatalityRelease:
    """One release of the register: its date (the latest last_update) and its rows in file order."""

    path: Path
    format: str
    release: dt.date
    rows: list[Fatality]
    release_line: int | None = None  # the line (or item) printing the release date


def looks_like(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) has exactly this dataset's columns."""
    return tabular.header(path) == set(COLUMNS)


def read(path: str | Path) -> FatalityRelease:
    """Read a release of the register, CSV or API JSON (detected by content), values as printed.

    CSV dates are YYYY-MM-DD, JSON dates epoch milliseconds, JSON ids integers. Raises FatalitiesError naming the
    file and line (or JSON item) for bad columns or values, an id printed twice, non-UTF-8 text or no rows.
    """
    path = Path(path)
    table = tabular.read(path, _COLUMNS, FatalitiesError)
    rows: list[Fatality] = []
    updates: dict[dt.date, int] = {}  # last_update -> the first line printing it
    seen: dict[int, str] = {}
    for line, values in table.records:
        where = table.where(line)
        try:
            fatality, updated = _fatality(values, line, table.format)
        except ValueError as err:
            raise FatalitiesError(path, str(err), where) from None
        if fatality.id in seen:
            raise FatalitiesError(path, f"id {fatality.id} repeats the id of {seen[fatality.id]}", where)
        seen[fatality.id] = where
        rows.append(fatality)
        updates.setdefault(updated, line)
    if not rows:
        raise FatalitiesError(path, "no rows")
    release = max(updates)
    return FatalityRelease(path, table.format, release, rows, updates[release])


def _fatality(values: dict[str, Any], line: int, fmt: str) -> tuple[Fatality, dt.date]:
    date = epoch_date if fmt == "json" else iso_date
    if fmt == "json" and type(values["id"]) is not int:
        raise ValueError(f"id {values['id']!r} is not an integer")
    fatality = Fatality(
        id=count("id", values["id"]),
        incident_date=date("incident_date", values["incident_date"]),
        casualty_id=required_text("casualty_id", values["casualty_id"]),
        mission=required_text("mission_acronym", values["mission_acronym"]),
        casualty_type=required_text("type_of_casualty", values["type_of_casualty"]),
        gender=text_cell("gender", values["gender"]),
        nationality=text_cell("casualty_nationality", values["casualty_nationality"]) or "",
        m49=m49_code(values["m49_code"]),
        isocode3=text_cell("isocode3", values["isocode3"]),
        personnel_type=required_text("casualty_personnel_type", values["casualty_personnel_type"]),
        incident_type=required_text("type_of_incident", values["type_of_incident"]),
        line=line,
    )
    return fatality, date("last_update", values["last_update"])
