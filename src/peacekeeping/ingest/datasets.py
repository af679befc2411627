"""Data Hub datasets in an ingest: fatalities register, mission list, historical contributions, latest ranking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import PeacekeepingError
from ..harmonize import missions as mission_tables
from ..harmonize import personnel
from ..sources import fatalities as fatalities_source
from ..sources import historical as historical_source
from ..sources import missions as missions_source
from ..sources import ranking as ranking_source
from ..sources.datahub import DataHubError
from ..sources.tabular import where
from . import bounds, history
from .countries import contributors, nationalities_of, ranked
from .missions import reviewed
from .plan import Outcome, Progress, Stored, Summary
from .rows import contribution

DATASETS = ("fatalities", "missions", "historical", "latest", *history.KINDS)
DATAHUB_IDS = {
    "historical": "DPO-UCHISTORICAL",
    "latest": "DPO-UCLATEST",
    "fatalities": "DPPADPOSS-FATALITIES",
    "missions": "DPPADPOSS-PKO",
}
_RECOGNISE = (
    ("fatalities", fatalities_source.looks_like),
    ("missions", missions_source.looks_like),
    ("historical", historical_source.looks_like),
    ("latest", ranking_source.looks_like),
)


@dataclass(slots=True)
class Release:
    """One dataset file read and harmonized, ready to store."""

    dataset: str
    file: str
    sha256: str
    format: str
    release: dt.date
    rows: list[tuple]
    downloaded: dt.datetime | None = None  # the file's modification time: when it was downloaded
    reason: str | None = None  # why a file recognised as a dataset's is left out (nothing in it to store)


def modified(path: Path) -> dt.datetime:
    """When a file was last written (a download's time), as naive UTC."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).replace(tzinfo=None)


def dataset_of(path: Path) -> str | None:
    """Which dataset a CSV or JSON file holds, judged by its columns (a Data Hub dataset, or one of IPI's files:
    history.KINDS, or history.UNUSED for those left out); None if neither."""
    return next((dataset for dataset, looks_like in _RECOGNISE if looks_like(path)), None) or history.kind_of(path)


def read(path: Path, dataset: str, digest: str) -> Release:
    """Read one dataset file into store rows, countries harmonized; errors name the file and line."""
    if dataset == "fatalities":
        data = fatalities_source.read(path)
        bounds.check_fatalities(data)
        rows = [
            (
                data.release,
                f.id,
                f.incident_date,
                f.casualty_id,
                f.mission,
                f.casualty_type,
                f.gender,
                f.nationality,
                iso3,
                f.m49,
                f.personnel_type,
                f.incident_type,
                path.name,
                f.line,
            )
            for f, iso3 in zip(data.rows, nationalities_of(data), strict=True)
        ]
        return Release(dataset, path.name, digest, data.format, data.release, rows)
    if dataset == "historical":
        return _historical(path, digest)
    if dataset in history.KINDS:
        latest, fmt, rows, reason = history.read(path, dataset)
        return Release(dataset, path.name, digest, fmt, latest or modified(path).date(), rows, reason=reason)
    if dataset == "latest":
        ranking = ranking_source.read(path)
        bounds.check_ranking(ranking)
        rows = [
            (ranking.as_of, iso3, r.rank, r.female, r.male, r.total, path.name, r.line)
            for r, iso3 in zip(ranking.rows, ranked(ranking), strict=True)
        ]
        return Release(dataset, path.name, digest, ranking.format, ranking.as_of, rows)
    listing = missions_source.read(path)
    bounds.check_missions(listing)
    rows = [
        (
            m.acronym,
            m.name,
            m.kind,
            m.lead_department,
            m.active,
            m.start,
            m.end,
            m.hq,
            m.latitude,
            m.longitude,
            listing.released,
            f"{path.name}, line {m.line}" if m.line else "harmonize/data/mission_corrections.csv",
        )
        for m in reviewed(listing)
    ]
    return Release(dataset, path.name, digest, "csv", listing.released, rows)


def _historical(path: Path, digest: str) -> Release:
    data = historical_source.read(path)
    bounds.check_historical(data)
    rows = []
    for r, iso3 in zip(data.rows, contributors(data), strict=True):
        try:
            mission = mission_tables.acronym(r.mission)
            category = personnel.category(r.personnel_type)
        except PeacekeepingError as exc:
            raise DataHubError(path, str(exc), where(data.format, r.line)) from None
        rows.append(contribution(r.as_of, mission, iso3, category, r, path.name, r.line))
    return Release("historical", path.name, digest, data.format, max(r[0] for r in rows), rows)


def _stored_already(stored: Stored, dataset: str, key: tuple[str, dt.date], digest: str) -> str | None:
    """The stored file that makes a file read add nothing, or None: every release of the fatalities register is
    kept (one file per release date); of a ranking, the month's; of the other datasets only the newest download,
    so another file with the same dates but other rows replaces it, and only the stored one's bytes add nothing."""
    if dataset == "fatalities":
        return stored.releases.get(key)
    if dataset in history.KINDS:  # IPI's files are kept one per name: another file's bytes replace it
        return None
    if dataset == "latest":
        return stored.releases[key] if stored.release_sha.get(key) == digest else None
    file, sha = stored.current.get(dataset, ("", ""))
    return file if sha == digest else None


def plan_datasets(
    files: list[tuple[Path, str]], digests: dict[Path, str], stored: Stored, summary: Summary, progress: Progress | None
) -> list[Release]:
    """Read the new dataset files; a release already stored (in any format) is skipped."""
    releases: list[Release] = []
    for path, dataset in files:
        digest = digests[path]
        if (path.name, digest) in stored.files:
            summary.outcomes.append(Outcome(path.name, "unchanged", reason="already in the store", kind=dataset))
        else:
            release = read(path, dataset, digest)
            release.downloaded = modified(path)
            key = (dataset, release.release)
            if release.reason:
                summary.outcomes.append(Outcome(path.name, "ignored", reason=release.reason, kind="ignored"))
            elif holder := _stored_already(stored, dataset, key, digest):
                summary.outcomes.append(
                    Outcome(
                        path.name,
                        "skipped",
                        release.release,
                        reason=f"{dataset} release {release.release} already ingested from {holder}",
                        kind=dataset,
                    )
                )
            else:
                stored.releases[key] = path.name
                releases.append(release)
                summary.outcomes.append(
                    Outcome(path.name, "ingested", release.release, len(release.rows), kind=dataset)
                )
        if progress:
            progress(path.name)
    return releases
