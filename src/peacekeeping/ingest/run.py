"""One ingest: collect the files, plan against what the store holds, parse what is new, write once."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import store
from ..errors import PeacekeepingError
from ..facts.coverage import missing_months
from ..sources import tabular
from . import datasets, history
from .datasets import DATASETS, plan_datasets
from .plan import Outcome, Progress, Stored, Summary
from .reports import plan_reports
from .write import write


def collect(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Files named directly or found in folders, each with its kind, sorted, each once.

    Kinds: 'report' (a PDF), a dataset (judged by columns: the Data Hub's, or one of IPI's files), or 'ignored' for
    a file found in a folder that is none of these. A file named directly must be one of them. A file or folder that
    cannot be read (a subfolder included) is an error naming it: nothing is left out without a word.
    """
    found: dict[Path, str] = {}
    for raw in paths:
        path = Path(raw)
        mode = status(path).st_mode
        if stat.S_ISDIR(mode):
            for child in _files_under(path):
                suffix = child.suffix.lower() or child.name.lower()  # IPI's stray file is named ".csv"
                if suffix in (".pdf", ".csv", ".json"):
                    if not stat.S_ISREG(status(child).st_mode):
                        raise PeacekeepingError(f"{child}: not a file (a report or a dataset was expected)")
                    readable(child)
                    kind = "report" if suffix == ".pdf" else datasets.dataset_of(child)
                    found[child.resolve()] = kind or _not_utf8(child) or "ignored"
        elif stat.S_ISREG(mode):
            readable(path)
            kind = "report" if path.suffix.lower() == ".pdf" else datasets.dataset_of(path)
            if kind is None:
                _not_utf8(path)
                raise PeacekeepingError(
                    f"{path.name}: not a monthly report (PDF), the fatalities register or the mission list "
                    "(CSV or JSON with the Data Hub's columns)"
                )
            found[path.resolve()] = kind
        else:
            raise PeacekeepingError(f"{path}: not a file or a folder")
    if not any(kind != "ignored" for kind in found.values()):
        raise PeacekeepingError("no reports or datasets found in " + ", ".join(str(p) for p in paths))
    return sorted(found.items(), key=lambda item: (item[0].name, str(item[0])))


def status(path: Path) -> os.stat_result:
    """A path's status (links followed); one line for a path that does not exist or cannot be reached."""
    try:
        return path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise PeacekeepingError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise PeacekeepingError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def _not_utf8(path: Path) -> None:
    """A dataset in UTF-16 or UTF-32 is named as such (its columns cannot be read to tell which dataset it is)."""
    wide = tabular.wide_text(path)
    if wide:
        raise PeacekeepingError(
            f"{path}: {wide} text, not UTF-8: the Data Hub's files are UTF-8 (save it as UTF-8 and ingest it again)"
        )


def readable(path: Path) -> None:
    """One line naming a file that cannot be opened for reading (permissions, a dangling link) or is too large to
    be (sources.tabular.MAX_INPUT, judged by its size)."""
    try:
        with open(path, "rb"):
            pass
        large = tabular.too_large(path)  # before anything reads it whole
    except OSError as exc:
        raise PeacekeepingError(f"{path}: cannot read this file ({exc.strerror or exc})") from None
    if large:
        raise PeacekeepingError(f"{path}: {large}")


def _files_under(folder: Path) -> list[Path]:
    """Every file under a folder, sorted (links to folders not followed, as rglob); a folder that cannot be listed
    is an error naming it."""

    def fail(exc: OSError) -> None:
        raise PeacekeepingError(f"{exc.filename}: cannot read this folder ({exc.strerror or exc})")

    files = []
    for root, _, names in os.walk(folder, onerror=fail):
        files.extend(Path(root, name) for name in names)
    return sorted(files)


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ingest(
    paths: Iterable[str | Path],
    db: Path | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    wait: bool = True,
    waiting: Callable[[str], None] | None = None,
) -> Summary:
    """Ingest reports and datasets (files or folders) into the store at `db`; all or nothing.

    One writer at a time: the store's writer lock is held from before the plan until the write is swapped in, so a
    second ingest (or update, or migrate) waits, telling `waiting`, and plans against the store as the first left
    it; with `wait=False` it fails at once (StoreBusy).
    """
    db = db or store.default_path()
    files = collect(paths)
    with store.writer(db, wait, waiting):
        return ingest_files(files, db, workers, progress, on_total)


def ingest_files(
    files: list[tuple[Path, str]],
    db: Path,
    workers: int = 1,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Summary:
    """Ingest files of known kinds (as `collect` gives them); the caller holds the store's writer lock."""
    stale = store.outdated(db)
    if on_total:
        on_total(len(files))
    summary = Summary()
    for path, kind in files:
        if kind == "ignored" or kind in history.UNUSED:
            summary.outcomes.append(
                Outcome(
                    path.name,
                    "ignored",
                    reason=history.UNUSED.get(kind, "not a report or a known dataset"),
                    kind="ignored",
                )
            )
            if progress:
                progress(path.name)
    digests = {path: sha256(path) for path, kind in files if kind != "ignored" and kind not in history.UNUSED}
    stored = Stored.load(db)
    reports = plan_reports([p for p, kind in files if kind == "report"], digests, stored, summary, workers, progress)
    releases = plan_datasets([(p, k) for p, k in files if k in DATASETS], digests, stored, summary, progress)
    skipped = [o for o in summary.outcomes if o.status == "skipped"]
    if reports or releases or skipped or stale:
        write(db, reports, releases, skipped, digests_by_name={p.name: d for p, d in digests.items()})
        summary.written = True
    if db.exists():
        with store.connect(db) as con:
            summary.months, summary.rows = con.execute(
                "SELECT count(DISTINCT as_of), count(*) FROM contributions"
            ).fetchone()
            summary.missing = missing_months(con)
            summary.flags = con.execute("SELECT count(*) FROM quality_flags").fetchone()[0]
    summary.outcomes.sort(key=lambda o: o.file)
    return summary
