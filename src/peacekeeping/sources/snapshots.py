"""Dated raw snapshots of the Data Hub's datasets, and the manifest that records them.

Each new download is kept as `snapshots/{DATASET}/{DATASET}-{YYYYmmddTHHMMSSZ}.{csv|json}`, written atomically, and
recorded (URL, time, SHA-256, size, ETag, Last-Modified) in `snapshots/manifest.json`. A download with the bytes of
the previous snapshot gives that snapshot back with `changed=False`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .datahub import DataHubError

MANIFEST = "manifest.json"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"(?P<dataset>.+)-(?P<stamp>\d{8}T\d{6}Z)\.(?P<fmt>csv|json)")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A raw download of one dataset; `changed` is False when the Data Hub had nothing new (`path` is then the
    previous snapshot and `fetched_at` the time it was downloaded)."""

    dataset: str
    path: Path
    url: str
    fetched_at: dt.datetime
    sha256: str
    changed: bool


@dataclass(slots=True)
class Download:
    """A checked download in a temporary file beside the snapshots, waiting to be kept."""

    temp: Path
    sha256: str
    size: int
    etag: str | None
    last_modified: str | None
    fetched_at: dt.datetime


@dataclass(slots=True)
class Entry:
    """A previous snapshot, from the manifest (or, failing that, from its file name)."""

    path: Path
    file: str
    url: str | None
    fetched_at: dt.datetime
    sha256: str | None
    size: int | None
    etag: str | None
    last_modified: str | None

    def digest(self) -> str:
        """The snapshot's SHA-256, as recorded or computed."""
        if self.sha256 is None:
            self.sha256 = sha256_file(self.path)
        return self.sha256

    def verified(self) -> bool:
        """Whether the file on disk is still the one the manifest recorded (else its validators are useless)."""
        try:
            if self.size is not None and self.path.stat().st_size != self.size:
                return False
            return self.sha256 is None or sha256_file(self.path) == self.sha256
        except OSError:
            return False

    def snapshot(self, dataset: str, changed: bool) -> Snapshot:
        """This entry as a Snapshot."""
        return Snapshot(dataset, self.path, self.url or "", self.fetched_at, self.digest(), changed)


def snapshot_name(dataset: str, fetched_at: dt.datetime, fmt: str = "csv") -> str:
    """The file name of a snapshot, e.g. DPO-UCLATEST-20231128T101500Z.csv (the time in UTC)."""
    return f"{dataset}-{fetched_at.astimezone(dt.timezone.utc).strftime(_STAMP)}.{fmt}"


def read_manifest(snapshots: str | Path) -> list[dict[str, Any]]:
    """The manifest's entries, oldest first (an empty list when there is no manifest yet)."""
    path = Path(snapshots) / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as err:
        raise DataHubError(path, f"cannot read the snapshot manifest: {err.strerror}") from None
    try:
        entries = json.loads(text)["snapshots"]
        if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
            raise ValueError
    except (ValueError, TypeError, KeyError):
        raise DataHubError(
            path, "the snapshot manifest is not valid (fix or remove it: the snapshots beside it are kept)"
        ) from None
    return entries


def latest_snapshot(snapshots: str | Path, dataset: str, fmt: str | None = None) -> Path | None:
    """The newest snapshot of a dataset (in format `fmt` if given) that is still on disk, or None.

    The manifest decides; without a manifest entry, the newest file named like a snapshot in the dataset's folder.
    """
    entry = previous(Path(snapshots), dataset, fmt)
    return None if entry is None else entry.path


def previous(snapshots: Path, dataset: str, fmt: str | None) -> Entry | None:
    """The newest snapshot of a dataset (and format) still on disk: from the manifest, else by file name."""
    found: list[tuple[dt.datetime, int, Entry]] = []
    for order, entry in enumerate(read_manifest(snapshots)):
        file = str(entry.get("file", ""))
        match = _NAME.fullmatch(Path(file).name)
        if entry.get("dataset") != dataset or match is None or (fmt is not None and match["fmt"] != fmt):
            continue
        path = snapshots / file
        if not path.is_file():
            continue
        try:
            fetched_at = _parse_iso(entry["fetched_at"])
        except (KeyError, TypeError, ValueError):
            fetched_at = _stamp_time(match["stamp"])
        size = entry.get("bytes")
        found.append(
            (
                fetched_at,
                order,
                Entry(
                    path,
                    file,
                    entry.get("url"),
                    fetched_at,
                    entry.get("sha256"),
                    size if isinstance(size, int) else None,
                    entry.get("etag"),
                    entry.get("last_modified"),
                ),
            )
        )
    if found:
        return max(found, key=lambda item: item[:2])[2]
    folder = snapshots / dataset
    named = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match and match["dataset"] == dataset and (fmt is None or match["fmt"] == fmt) and path.is_file():
                named.append((match["stamp"], path))
    if not named:
        return None
    stamp, path = max(named)
    return Entry(path, f"{dataset}/{path.name}", None, _stamp_time(stamp), None, None, None, None)


def keep(snapshots: Path, dataset: str, url: str, fmt: str, download: Download, before: Entry | None) -> Snapshot:
    """Keep a checked download as a new snapshot, unless it has the bytes of the snapshot `before` it."""
    entries = read_manifest(snapshots)
    if before is not None and before.path.exists() and before.digest() == download.sha256:
        download.temp.unlink(missing_ok=True)
        # Same bytes, new validators: remember them so that the next request can be answered with 304.
        for entry in entries:
            if (
                entry.get("file") == before.file
                and entry.get("url") == url
                and (entry.get("etag"), entry.get("last_modified")) != (download.etag, download.last_modified)
            ):
                entry["etag"], entry["last_modified"] = download.etag, download.last_modified
                _write_manifest(snapshots, entries)
                break
        return before.snapshot(dataset, changed=False)
    folder = snapshots / dataset
    taken = {e.get("file") for e in entries}
    stamp = download.fetched_at
    while True:  # one snapshot per second and dataset: a name taken in the same second moves to the next one
        name = snapshot_name(dataset, stamp, fmt)
        relative = f"{dataset}/{name}"
        if relative not in taken and not (folder / name).exists():
            break
        stamp += dt.timedelta(seconds=1)
    path = folder / name
    try:
        os.replace(download.temp, path)
    except OSError as err:
        download.temp.unlink(missing_ok=True)
        raise DataHubError(folder, f"cannot write the snapshot {name}: {err.strerror}") from None
    fsync_dir(folder)
    entries.append(
        {
            "dataset": dataset,
            "file": relative,
            "url": url,
            "fetched_at": _iso(download.fetched_at),
            "sha256": download.sha256,
            "bytes": download.size,
            "etag": download.etag,
            "last_modified": download.last_modified,
        }
    )
    _write_manifest(snapshots, entries)
    return Snapshot(dataset, path, url, download.fetched_at, download.sha256, True)


def record(snapshots: Path, entry: dict[str, Any]) -> None:
    """Add an entry (dataset, file, url, fetched_at, sha256 ...) to the manifest, written atomically."""
    _write_manifest(snapshots, [*read_manifest(snapshots), entry])


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system allows it)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _write_manifest(snapshots: Path, entries: list[dict[str, Any]]) -> None:
    snapshots.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"version": 1, "snapshots": entries}, indent=2, ensure_ascii=False) + "\n"
    handle, name = tempfile.mkstemp(prefix=".manifest-", suffix=".part", dir=snapshots)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, snapshots / MANIFEST)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    fsync_dir(snapshots)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _stamp_time(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.timezone.utc)
