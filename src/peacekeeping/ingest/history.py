"""IPI's research dataset in an ingest: its files recognised, read, and harmonized through the reviewed tables.

Countries, personnel types and missions go through harmonize/ (a name the reviewed tables do not hold stops the
ingest, naming the file and line); dates and counts through the bounds every file meets. IPI's world totals and its
March 2014 table are recognised and left out, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..errors import PeacekeepingError
from ..harmonize import countries, personnel
from ..harmonize import missions as mission_tables
from ..sources import ipi, ipi_missions
from ..sources.ipi import IpiError
from . import bounds
from .rows import contribution

KINDS = ("ipi_country", "ipi_gender", "ipi_missions", "ipi_mission_list")
TABLES = {
    "ipi_country": "ipi_contributions",
    "ipi_gender": "ipi_contributions",
    "ipi_missions": "ipi_missions",
    "ipi_mission_list": "mission_hosts",
}
UNUSED = {
    "ipi_world": "IPI's world totals (data_monthly.csv) are not stored: benchmarks/history.py compares them with "
    "the sum of IPI's country files",
    "ipi_current": "IPI's March 2014 table (current_month.csv) is not stored: IPI's country files hold that month",
}


def kind_of(path: Path) -> str | None:
    """Which of IPI's files this is, judged by its columns: one of KINDS or UNUSED, or None."""
    if path.suffix.lower() == ".json":
        return "ipi_mission_list" if ipi_missions.kind_of(path) == "mission_list" else None
    found = ipi.kind_of(path)
    if found is not None:
        return f"ipi_{found}"
    found = ipi_missions.kind_of(path)
    return None if found in (None, "mission_list") else f"ipi_{found}"


def read(path: Path, kind: str) -> tuple[dt.date | None, str, list[tuple], str | None]:
    """(latest date, format, store rows, why the file is left out or None) of one of IPI's files."""
    if kind == "ipi_mission_list":
        listed = ipi_missions.read_mission_list(path)
        return None, "json", [_listed(path, m) for m in listed], None
    if kind == "ipi_missions":
        months = ipi_missions.read_missions(path)
        rows = []
        for m in months:
            _check(path, m.line, m.as_of, [v for _, v in m.types])
            acronym = _mission(path, m.line, m.mission)
            host = _country(
                path, f"line {m.line}", m.host, {"Country of Mission ISO-3": m.host_iso3}, "Country of Mission"
            )
            for label, total in m.types:
                rows.append(
                    (
                        m.as_of,
                        acronym,
                        m.mission,
                        host,
                        m.host,
                        _type(path, m.line, label),
                        label,
                        total,
                        path.name,
                        m.line,
                    )
                )
        return max(m.as_of for m in months), "csv", rows, None
    data = ipi.read_country(path) if kind == "ipi_country" else ipi.read_gender(path)
    if kind == "ipi_country" and not data.country:
        if data.rows:
            raise IpiError(
                path,
                "the file's name names no country (IPI names each country file for its country)",
                f"line {data.rows[0].line}",
            )
        return None, "csv", [], "no country in the file's name and no figures in it (every value NA)"
    return data.release, "csv", _contributions(data), None


def _contributions(data: ipi.IpiFile) -> list[tuple]:
    """Store rows of a contribution file: countries, types and missions resolved (each printing once), counts and
    dates checked."""
    path, name, rows = data.path, data.path.name, []
    resolve = _Resolver(path)
    _check_file(path, data.rows)
    countries_, missions_, types = resolve.countries, resolve.missions, resolve.types
    for r in data.rows:
        iso3 = countries_.get((r.country, r.iso3)) or resolve.country(r.line, r.country, r.iso3)
        mission = None if r.mission is None else missions_.get(r.mission) or resolve.mission(r.line, r.mission)
        category = types.get(r.personnel_type) or resolve.type(r.line, r.personnel_type)
        rows.append(contribution(r.as_of, mission, iso3, category, r, name, r.line))
    return rows


def _check_file(path: Path, rows: list[ipi.IpiRow]) -> None:
    """The bounds of every row of a file, each distinct date checked once, counts by the largest."""
    dates = {r.as_of for r in rows}
    largest = max((max(r.total, r.male or 0, r.female or 0) for r in rows), default=0)
    if any(bounds.date_problem("Date", d) for d in dates) or bounds.count_problem("a count", largest):
        for r in rows:
            _check(path, r.line, r.as_of, [r.male, r.female, r.total])


def _check(path: Path, line: int, as_of: dt.date, counts: list[int | None]) -> None:
    """The bounds every file meets: a date from 1948 to next month, counts from 0 to 200,000."""
    problem = bounds.date_problem("Date", as_of) or next(
        (p for c in counts if (p := bounds.count_problem("a count", c))), None
    )
    if problem:
        raise IpiError(path, problem, f"line {line}")


def _listed(path: Path, m: ipi_missions.ListedMission) -> tuple:
    at = f"item {m.item}"
    acronym = _mission(path, m.item, m.acronym, at)
    host = _country(path, at, m.host, {"country_id": m.host_iso3}, "country")
    return (acronym, m.acronym, host, m.host, m.hq, m.latitude, m.longitude, path.name, m.item)


def _harmonized(path: Path, at: str, look_up: Callable[[], str]) -> str:
    try:
        return look_up()
    except PeacekeepingError as exc:
        raise IpiError(path, str(exc), at) from None


def _country(path: Path, at: str, name: str, codes: dict[str, str | None], column: str) -> str:
    return _harmonized(path, at, lambda: countries.resolve_coded(name, codes, column=column).iso3)


def _acronym(printed: str) -> str:
    """The reviewed acronym of a mission IPI prints; it must be classified in the reviewed mission table."""
    acronym = mission_tables.acronym(printed)
    mission_tables.kind(acronym)
    return acronym


def _mission(path: Path, line: int, printed: str, at: str | None = None) -> str:
    return _harmonized(path, at or f"line {line}", lambda: _acronym(printed))


def _type(path: Path, line: int, label: str) -> str:
    return _harmonized(path, f"line {line}", lambda: personnel.category(label))


class _Resolver:
    """Printed names to reviewed identities, each distinct printing looked up once per file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.countries: dict[tuple[str, str | None], str] = {}
        self.missions: dict[str, str] = {}
        self.types: dict[str, str] = {}

    def country(self, line: int, name: str, code: str | None) -> str:
        found = self.countries[(name, code)] = _harmonized(
            self.path,
            f"line {line}",
            lambda: (
                countries.resolve_coded(
                    name, {"Contributor_ISO-3": code}, column="Contributor" if code else "the file's name"
                ).iso3
            ),
        )
        return found

    def mission(self, line: int, printed: str) -> str:
        found = self.missions[printed] = _harmonized(self.path, f"line {line}", lambda: _acronym(printed))
        return found

    def type(self, line: int, label: str) -> str:
        found = self.types[label] = _harmonized(self.path, f"line {line}", lambda: personnel.category(label))
        return found
