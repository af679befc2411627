"""Staying current: download the Data Hub's datasets (or take a local mirror of them) and ingest what changed.

A mirror is a folder of the files the Data Hub's API serves, named by dataset id: `DPO-UCHISTORICAL.csv` (or
`.json`), `DPO-UCLATEST.csv`, `DPPADPOSS-FATALITIES.csv`, `DPPADPOSS-PKO.csv`. Only the datasets asked for are
read; any other file in the folder is refused unless `skip_unknown`.

`HISTORY` ('IPI-PPP') asks for IPI's research dataset, 1990-2014: its files are downloaded once from IPI's public
repository (sources/ipi_download.py) and kept as a snapshot folder; a local copy is ingested with `ingest DIR`.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import store
from ..errors import PeacekeepingError
from ..sources import ipi_download
from ..sources.datahub import BASE_URL
from ..sources.download import fetch
from ..sources.snapshots import Snapshot
from .datasets import DATAHUB_IDS
from .plan import Summary
from .run import collect, ingest_files, readable, status

Downloading = Callable[[str, int, int | None], None]  # dataset id, bytes received, bytes expected
_KIND = {dataset_id: kind for kind, dataset_id in DATAHUB_IDS.items()}
MIRROR_SUFFIXES = (".csv", ".json")
HISTORY = ipi_download.DATASET  # IPI's research dataset (1990-2014): asked for by name, not downloaded by default


@dataclass(slots=True)
class Updated:
    """What an update did: the snapshots it downloaded (none from a mirror) and the ingest of them."""

    snapshots: list[Snapshot] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)


def mirror_files(folder: Path, wanted: Sequence[str], skip_unknown: bool = False) -> list[tuple[Path, str]]:
    """The files of a mirror folder for the datasets `wanted` (ids), each with its kind; one-line errors for a
    missing dataset, two files of one dataset, or (unless `skip_unknown`) a file that is no dataset of a mirror."""
    if not stat.S_ISDIR(status(folder).st_mode):
        raise PeacekeepingError(f"{folder}: not a folder")
    found: dict[str, list[Path]] = {}
    unknown: list[str] = []
    try:
        children = sorted(folder.iterdir())
    except OSError as exc:
        raise PeacekeepingError(f"{folder}: cannot read this folder ({exc.strerror})") from None
    for child in children:
        if child.is_file() and child.suffix.lower() in MIRROR_SUFFIXES and child.stem in _KIND:
            found.setdefault(child.stem, []).append(child)
        else:
            unknown.append(child.name)
    if unknown and not skip_unknown:
        names = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        raise PeacekeepingError(
            f"{folder}: {names}: not a dataset file of a mirror (it holds only "
            f"{', '.join(f'{d}.csv' for d in DATAHUB_IDS.values())}, or .json): remove it, or add --skip-unknown"
        )
    files = []
    for dataset_id in wanted:
        paths = found.get(dataset_id, [])
        if not paths:
            raise PeacekeepingError(
                f"{folder}: no {dataset_id}.csv or {dataset_id}.json (name the datasets the "
                "mirror holds with --datasets)"
            )
        if len(paths) > 1:
            raise PeacekeepingError(f"{folder}: both {paths[0].name} and {paths[1].name}: keep one of them")
        readable(paths[0])
        files.append((paths[0].resolve(), _KIND[dataset_id]))
    return sorted(files, key=lambda item: item[0].name)


def update(
    db: Path | None = None,
    mirror: Path | None = None,
    datasets: Sequence[str] | None = None,
    base_url: str | None = None,
    retries: int = 3,
    timeout: float = 30,
    downloading: Downloading | None = None,
    downloaded: Callable[[Snapshot], None] | None = None,
    skip_unknown: bool = False,
    wait: bool = True,
    waiting: Callable[[str], None] | None = None,
    ipi_urls: tuple[str, str] | None = None,
) -> Updated:
    """Download each dataset into a dated snapshot beside the store (or read the files of `mirror`), then ingest,
    holding the store's writer lock throughout (see ingest). `ipi_urls`: other addresses of the repository's API
    and files (a mirror) for IPI's dataset."""
    db = db or store.default_path()
    wanted = list(dict.fromkeys(datasets or DATAHUB_IDS.values()))
    if unknown := sorted(set(wanted) - {*DATAHUB_IDS.values(), HISTORY}):
        raise PeacekeepingError(
            f"unknown dataset(s) {', '.join(unknown)}: choose from "
            f"{', '.join(DATAHUB_IDS.values())} or {HISTORY} (IPI's research dataset)"
        )
    if mirror is not None and HISTORY in wanted:
        raise PeacekeepingError(
            f"{HISTORY} is not a file of a Data Hub mirror: ingest a copy of IPI's files with `peacekeeping ingest DIR`"
        )
    result = Updated()
    files = mirror_files(mirror, wanted, skip_unknown) if mirror is not None else None
    with store.writer(db, wait, waiting):
        if files is not None:
            result.summary = ingest_files(files, db)
            return result
        for dataset in wanted:
            progress = None if downloading is None else (lambda done, total, d=dataset: downloading(d, done, total))
            if dataset == HISTORY:
                snapshot = ipi_download.fetch(
                    db.parent / "snapshots", *(ipi_urls or ()), timeout=timeout, retries=retries, progress=progress
                )
            else:
                snapshot = fetch(
                    dataset,
                    db.parent / "snapshots",
                    base_url=base_url or BASE_URL,
                    retries=retries,
                    timeout=timeout,
                    progress=progress,
                )
            result.snapshots.append(snapshot)
            if downloaded is not None:
                downloaded(snapshot)
        result.summary = ingest_files(
            [
                item
                for s in result.snapshots
                for item in (collect([s.path]) if s.dataset == HISTORY else [(s.path.resolve(), _KIND[s.dataset])])
            ],
            db,
        )
    return result
