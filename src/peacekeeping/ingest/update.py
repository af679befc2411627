"""Staying current: download the Data Hub's datasets (or take a local mirror of them) and ingest what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import store
from ..errors import PeacekeepingError
from ..sources.datahub import BASE_URL
from ..sources.download import fetch
from ..sources.snapshots import Snapshot
from .datasets import DATAHUB_IDS
from .plan import Summary
from .run import ingest

Downloading = Callable[[str, int, int | None], None]  # dataset id, bytes received, bytes expected


@dataclass(slots=True)
class Updated:
    """What an update did: the snapshots it downloaded (none from a mirror) and the ingest of them."""

    snapshots: list[Snapshot] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)


def update(db: Path | None = None, mirror: Path | None = None, datasets: Sequence[str] | None = None,
           base_url: str | None = None, retries: int = 3, timeout: float = 30,
           downloading: Downloading | None = None,
           downloaded: Callable[[Snapshot], None] | None = None) -> Updated:
    """Download each dataset into a dated snapshot beside the store (or read the files of `mirror`), then ingest."""
    db = db or store.default_path()
    wanted = list(datasets or DATAHUB_IDS.values())
    if unknown := sorted(set(wanted) - set(DATAHUB_IDS.values())):
        raise PeacekeepingError(f"unknown dataset(s) {', '.join(unknown)}: choose from "
                                f"{', '.join(DATAHUB_IDS.values())}")
    result = Updated()
    if mirror is not None:
        result.summary = ingest([mirror], db)
        return result
    for dataset in wanted:
        progress = None if downloading is None else (lambda done, total, d=dataset: downloading(d, done, total))
        snapshot = fetch(dataset, db.parent / "snapshots", base_url=base_url or BASE_URL, retries=retries,
                         timeout=timeout, progress=progress)
        result.snapshots.append(snapshot)
        if downloaded is not None:
            downloaded(snapshot)
    result.summary = ingest([s.path for s in result.snapshots], db)
    return result
