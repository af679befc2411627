"""What an ingest did with each file, and what the store already holds, so that each file and month counts once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import store
from ..dates import month_of

Progress = Callable[[str], None]
# Files of each dataset, the newest download last (stores before schema 4 did not record downloads).
_DATASETS = "SELECT dataset, release, file, sha256, status FROM datasets ORDER BY downloaded, ingested_at, file"
_DATASETS_BEFORE_V4 = "SELECT dataset, release, file, sha256, status FROM datasets ORDER BY ingested_at, file"


@dataclass(slots=True)
class Outcome:
    """What ingest did with one file."""

    file: str
    status: str  # 'ingested', 'skipped', 'unchanged' or 'ignored'
    as_of: dt.date | None = None  # a report's date, or a dataset's release
    rows: int = 0
    reason: str | None = None
    kind: str = "report"  # or a dataset: 'fatalities', 'missions'


@dataclass(slots=True)
class Summary:
    """The result of one ingest run."""

    outcomes: list[Outcome] = field(default_factory=list)
    months: int = 0
    rows: int = 0
    missing: list[str] = field(default_factory=list)
    flags: int = 0
    written: bool = False

    def count(self, status: str) -> int:
        """How many files ended with this status."""
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass(slots=True)
class Stored:
    """What the store already holds, to count each file, month and release once."""

    files: set[tuple[str, str]] = field(default_factory=set)  # (file, sha256) of reports and datasets
    report_sha: dict[str, str] = field(default_factory=dict)  # sha256 -> file of ingested reports
    months: dict[str, str] = field(default_factory=dict)  # YYYY-MM -> file
    releases: dict[tuple[str, dt.date], str] = field(default_factory=dict)  # (dataset, release) -> file
    release_sha: dict[tuple[str, dt.date], str] = field(default_factory=dict)  # (dataset, release) -> sha256
    current: dict[str, tuple[str, str]] = field(default_factory=dict)  # dataset -> (file, sha256) newest download

    @classmethod
    def load(cls, db: Path) -> Stored:
        stored = cls()
        if not db.exists():
            return stored
        with store.connect(db, any_version=True) as con:  # an outdated store is rewritten by this ingest
            for file, digest, status, as_of in con.execute(
                "SELECT file, sha256, status, as_of FROM reports WHERE coalesce(layout, '') NOT IN "
                "('datahub', 'ipi') ORDER BY file"
            ).fetchall():
                stored.files.add((file, digest))
                if status == "ingested":
                    stored.report_sha.setdefault(digest, file)
                    stored.months[month_of(as_of)] = file
            columns = {d[0] for d in con.execute("SELECT * FROM datasets LIMIT 0").description}
            query = _DATASETS if "downloaded" in columns else _DATASETS_BEFORE_V4
            for dataset, release, file, digest, status in con.execute(query).fetchall():
                stored.files.add((file, digest))
                if status == "ingested":
                    stored.releases[(dataset, release)] = file
                    stored.release_sha[(dataset, release)] = digest
                    stored.current[dataset] = (file, digest)
        return stored
