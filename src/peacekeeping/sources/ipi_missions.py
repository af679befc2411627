"""IPI's files about missions and the world, as printed: mission strength per month (`data_mission.csv`), its mission
list (`missions.json`: acronym -> host country and headquarters) and its world totals (`data_monthly.csv`).

IPI's `current_month.csv` (March 2014 by contributor and mission, with many grouping columns) is recognised so that
an ingest can say why it is not read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..cells import count, iso_date, required_text
from . import tabular
from .ipi import NONE, IpiError

MISSION_COLUMNS = tabular.Columns(
    "IPI data_mission.csv",
    ("date", "mission", "country_of_mission", "country_of_mission_iso_3", "troops", "police", "observers", "total"),
    others=True,
)
WORLD_COLUMNS = tabular.Columns(
    "IPI data_monthly.csv", ("date", "number_of_contributors", "total_contributions"), others=True
)
_CURRENT_MARKS = {"contributor_capital", "mission_country_iso_3"}
TYPES = ("troops", "police", "observers")  # data_mission.csv's personnel columns


@dataclass(frozen=True, slots=True)
class MissionMonth:
    """A mission's personnel at one of IPI's dates: host country as printed, and people by type as printed."""

    as_of: dt.date
    mission: str
    host: str
    host_iso3: str | None
    types: tuple[tuple[str, int], ...]  # (type as printed, people), only types with people
    total: int
    line: int = field(compare=False)


@dataclass(frozen=True, slots=True)
class ListedMission:
    """One entry of IPI's mission list: the acronym it is filed under, host country, headquarters."""

    acronym: str
    host: str
    host_iso3: str | None
    hq: str | None
    latitude: float | None
    longitude: float | None
    item: int


def kind_of(path: str | Path) -> str | None:
    """'missions' (data_mission.csv), 'world' (data_monthly.csv), 'current' (current_month.csv) or 'mission_list'
    (missions.json), judged by content; None for anything else."""
    keys = tabular.header(path, "csv")
    if keys:
        if keys >= set(MISSION_COLUMNS.required):
            return "missions"
        if keys >= set(WORLD_COLUMNS.required):
            return "world"
        if keys >= _CURRENT_MARKS:
            return "current"
        return None
    return "mission_list" if _mission_list_head(path) else None


def _mission_list_head(path: str | Path) -> bool:
    """Whether a JSON file opens as IPI's mission list: an object of missions with 'country_id' and 'mission'."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8-sig", errors="replace").lstrip()
    except OSError:
        return False
    return head.startswith("{") and '"country_id"' in head and '"mission"' in head


def _value(column: str, raw: str) -> int | None:
    return None if raw.strip() == NONE else count(column, raw)


def read_missions(path: str | Path) -> list[MissionMonth]:
    """data_mission.csv: each mission's personnel by type at each date; the total must be the sum of the types."""
    path = Path(path)
    table = tabular.read(path, MISSION_COLUMNS, IpiError)
    out: list[MissionMonth] = []
    seen: dict[tuple[dt.date, str], int] = {}
    for line, values in table.records:
        try:
            as_of = iso_date("Date", values["date"])
            mission = required_text("Mission", values["mission"])
            host = required_text("Country of Mission", values["country_of_mission"])
            code = values["country_of_mission_iso_3"].strip()
            types = tuple((c.title(), v) for c in TYPES if (v := _value(c.title(), values[c])))
            total = _value("Total", values["total"]) or 0
        except ValueError as err:
            raise IpiError(path, str(err), f"line {line}") from None
        if total != sum(v for _, v in types):
            raise IpiError(
                path,
                f"{mission}'s total {total:,} is not the sum of its types "
                f"({' + '.join(f'{v:,}' for _, v in types) or 'none'})",
                f"line {line}",
            )
        if (as_of, mission) in seen:
            raise IpiError(path, f"{mission} at {as_of} repeats line {seen[(as_of, mission)]}", f"line {line}")
        seen[(as_of, mission)] = line
        out.append(MissionMonth(as_of, mission, host, None if code in ("", NONE) else code, types, total, line))
    if not out:
        raise IpiError(path, "no rows")
    return out


def read_mission_list(path: str | Path) -> list[ListedMission]:
    """missions.json: every mission IPI lists, with its host country (name and ISO3) and headquarters."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise IpiError(path, f"not IPI's mission list (JSON): {err}") from None
    if not isinstance(data, dict) or not data:
        raise IpiError(path, "not IPI's mission list: expected a JSON object of missions")
    out = []
    for item, (name, entry) in enumerate(data.items(), start=1):
        at = f"item {item} ({name})"
        if not isinstance(entry, dict):
            raise IpiError(path, "expected an object with the mission's country and headquarters", at)
        try:
            acronym = required_text("mission", entry.get("mission", name))
            host = required_text("country", entry.get("country"))
            place = entry.get("mission_loc") or {}
            lat, lon = place.get("y"), place.get("x")
            if not all(v is None or isinstance(v, (int, float)) for v in (lat, lon)):
                raise ValueError("mission_loc x and y must be numbers")
        except (ValueError, AttributeError) as err:
            raise IpiError(path, str(err), at) from None
        code = entry.get("country_id")
        out.append(
            ListedMission(
                acronym,
                host,
                code.strip() if isinstance(code, str) and code.strip() else None,
                entry.get("hq") or None,
                lat,
                lon,
                item,
            )
        )
    return out


def read_world(path: str | Path) -> dict[dt.date, tuple[int, int]]:
    """data_monthly.csv: IPI's own world figures per date: (contributors, total personnel)."""
    path = Path(path)
    out = {}
    for line, values in tabular.read(path, WORLD_COLUMNS, IpiError).records:
        try:
            out[iso_date("Date", values["date"])] = (
                count("Number of Contributors", values["number_of_contributors"]),
                count("Total Contributions", values["total_contributions"]),
            )
        except ValueError as err:
            raise IpiError(path, str(err), f"line {line}") from None
    return out
