"""Data Hub datasets in the store: the fatalities register and the mission list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .harmonize import missions as mission_tables
from .sources import fatalities as fatalities_source
from .sources import missions as missions_source

DATASETS = ("fatalities", "missions")


@dataclass(slots=True)
class Release:
    """One dataset file read and harmonized, ready to store."""

    dataset: str
    file: str
    sha256: str
    format: str
    release: dt.date
    rows: list[tuple]


def dataset_of(path: Path) -> str | None:
    """Which dataset a CSV or JSON file holds, judged by its columns; None if neither."""
    if fatalities_source.looks_like(path):
        return "fatalities"
    if missions_source.looks_like(path):
        return "missions"
    return None


def read(path: Path, dataset: str, digest: str) -> Release:
    """Read one dataset file into store rows; errors name the file and line."""
    if dataset == "fatalities":
        data = fatalities_source.read(path)
        rows = [(data.release, f.id, f.incident_date, f.casualty_id, f.mission, f.casualty_type, f.gender,
                 f.nationality, f.iso3, f.m49, f.personnel_type, f.incident_type, path.name, f.line)
                for f in data.rows]
        return Release(dataset, path.name, digest, data.format, data.release, rows)
    listing = missions_source.read(path)
    rows = [(m.acronym, m.name, m.kind, m.lead_department, m.active, m.start, m.end, m.hq, m.latitude, m.longitude,
             listing.released, f"{path.name}, line {m.line}" if m.line else "harmonize/data/mission_corrections.csv")
            for m in mission_tables.reviewed(listing)]
    return Release(dataset, path.name, digest, "csv", listing.released, rows)
