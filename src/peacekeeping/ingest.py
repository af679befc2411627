"""Ingest monthly reports: parse, reconcile, harmonize, count each month once, write atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from . import quality, store, summaries
from .errors import PeacekeepingError, ReportError
from .harmonize import countries, missions, personnel
from .sources.reports import parse_report

Progress = Callable[[str], None]


@dataclass(slots=True)
class Parsed:
    """One report parsed and harmonized, ready to store."""

    file: str
    sha256: str
    as_of: dt.date
    as_of_source: str
    layout: str
    pages: int
    totals_checked: int
    rows: list[tuple]


@dataclass(slots=True)
class Outcome:
    """What ingest did with one file."""

    file: str
    status: str  # 'ingested', 'skipped' or 'unchanged'
    as_of: dt.date | None = None
    rows: int = 0
    reason: str | None = None


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


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """PDF files named directly or found in the given folders, sorted, each once."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() == ".pdf":
                    found[child.resolve()] = None
        elif path.is_file():
            found[path.resolve()] = None
        else:
            raise PeacekeepingError(f"{path}: no such file or folder")
    if not found:
        raise PeacekeepingError("no PDF reports found in " + ", ".join(str(p) for p in paths))
    return sorted(found, key=lambda p: (p.name, str(p)))


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_and_harmonize(path: Path, digest: str) -> Parsed:
    """Parse, reconcile and harmonize one report; any problem raises ReportError naming file and page."""
    report = parse_report(path)
    rows = []
    month = _month(report.as_of)
    for r in report.rows:
        try:
            iso3 = countries.resolve(r.country, month).iso3
            category = personnel.category(r.personnel_type)
            mission = missions.acronym(r.mission) if r.mission is not None else None
        except PeacekeepingError as exc:
            raise ReportError(path, str(exc), page=r.page) from None
        rows.append((report.as_of, mission, r.mission, iso3, r.country, category, r.personnel_type,
                     r.male, r.female, r.total, path.name, r.page))
    return Parsed(path.name, digest, report.as_of, report.as_of_source, report.layout, report.pages,
                  report.totals_checked, rows)


def _label_month(name: str) -> str | None:
    """The YYYY-MM an archive file name claims, if any ('..._2015_03.pdf' -> '2015-03')."""
    m = re.search(r"(20\d\d)[_-](\d\d)(?!\d)", name)
    return f"{m[1]}-{m[2]}" if m else None


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _parse_all(jobs: list[tuple[Path, str]], workers: int, progress: Progress | None) -> list[Parsed]:
    if workers <= 1 or len(jobs) <= 1:
        out = []
        for path, digest in jobs:
            out.append(parse_and_harmonize(path, digest))
            if progress:
                progress(path.name)
        return out
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(parse_and_harmonize, path, digest) for path, digest in jobs]
        out = []
        for (path, _), future in zip(jobs, futures):
            out.append(future.result())
            if progress:
                progress(path.name)
        return out


def ingest(
    paths: Iterable[str | Path],
    db: Path | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Summary:
    """Ingest report files or folders into the store at `db`; all or nothing."""
    db = db or store.default_path()
    files = collect(paths)
    if on_total:
        on_total(len(files))
    known: dict[tuple[str, str], str] = {}
    stored_months: dict[str, str] = {}
    stored_sha: dict[str, str] = {}
    if db.exists():
        with store.connect(db) as con:
            for file, digest, status, as_of in con.execute(
                "SELECT file, sha256, status, as_of FROM reports ORDER BY file"
            ).fetchall():
                known[(file, digest)] = status
                if status == "ingested":
                    stored_sha.setdefault(digest, file)
                    stored_months[_month(as_of)] = file

    summary = Summary()
    digests = {path: sha256(path) for path in files}
    by_sha: dict[str, list[Path]] = {}
    for path in files:
        digest = digests[path]
        if (path.name, digest) in known:
            summary.outcomes.append(Outcome(path.name, "unchanged", reason="already in the store"))
            if progress:
                progress(path.name)
        elif digest in stored_sha:
            summary.outcomes.append(Outcome(path.name, "skipped", reason=f"byte-identical to {stored_sha[digest]}"))
            if progress:
                progress(path.name)
        else:
            by_sha.setdefault(digest, []).append(path)

    jobs = [(paths_[0], digest) for digest, paths_ in by_sha.items()]
    parsed = _parse_all(jobs, workers, progress)

    ingested: list[Parsed] = []
    candidates: dict[str, list[tuple[Parsed, Path]]] = {}
    for report in parsed:
        names = by_sha[report.sha256]
        # Of byte-identical copies, keep the one whose file name matches the printed month.
        names = sorted(names, key=lambda p: (_label_month(p.name) != _month(report.as_of), p.name))
        keep = names[0]
        for dup in names[1:]:
            summary.outcomes.append(Outcome(dup.name, "skipped", report.as_of, reason=f"byte-identical to {keep.name}"))
            if progress:
                progress(dup.name)
        report.file = keep.name
        report.rows = [row[:-2] + (keep.name, row[-1]) for row in report.rows]
        candidates.setdefault(_month(report.as_of), []).append((report, keep))
    for month, group in sorted(candidates.items()):
        group.sort(key=lambda item: (_label_month(item[1].name) != month, item[1].name))
        start = 0
        if month in stored_months:
            holder = stored_months[month]
        else:
            holder = group[0][0].file
            ingested.append(group[0][0])
            start = 1
        for report, _ in group[start:]:
            summary.outcomes.append(Outcome(
                report.file, "skipped", report.as_of,
                reason=f"second report for {report.as_of.isoformat()}: {holder} already covers that month",
            ))

    for report in ingested:
        summary.outcomes.append(Outcome(report.file, "ingested", report.as_of, len(report.rows)))

    skipped = [o for o in summary.outcomes if o.status == "skipped"]
    if ingested or skipped:
        _write(db, ingested, skipped, digests_by_name={p.name: d for p, d in digests.items()})
        summary.written = True
    if db.exists():
        with store.connect(db) as con:
            summary.months, summary.rows = con.execute(
                "SELECT count(DISTINCT as_of), count(*) FROM contributions").fetchone()
            summary.missing = missing_months(con)
            summary.flags = con.execute("SELECT count(*) FROM quality_flags").fetchone()[0]
    summary.outcomes.sort(key=lambda o: o.file)
    return summary


def _write(db: Path, ingested: list[Parsed], skipped: list[Outcome], digests_by_name: dict[str, str]) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    report_rows = [
        (p.file, p.sha256, p.as_of, p.as_of_source, p.layout, p.pages, len(p.rows), p.totals_checked,
         "ingested", None, now)
        for p in ingested
    ] + [
        (o.file, digests_by_name[o.file], o.as_of, None, None, None, 0, 0, "skipped", o.reason, now)
        for o in skipped
    ]
    with store.writing(db) as con:
        con.execute("DELETE FROM countries")
        _insert(con, "countries", _COUNTRIES, [(c.iso3, c.m49, c.name) for c in countries.all_countries()])
        _insert(con, "reports", _REPORTS, report_rows)
        _insert(con, "contributions", _CONTRIBUTIONS, [row for p in ingested for row in p.rows])
        summaries.refresh(con)
        quality.refresh(con)


def _insert(con, table: str, schema: pa.Schema, rows: list[tuple]) -> None:
    """Append rows to a table in one go through Arrow (executemany is slow in DuckDB)."""
    if not rows:
        return
    arrow = pa.Table.from_arrays(
        [pa.array(column, type=schema.field(i).type) for i, column in enumerate(zip(*rows))], schema=schema)
    con.register("new_rows", arrow)
    con.execute(f"INSERT INTO {table} ({', '.join(schema.names)}) SELECT * FROM new_rows")
    con.unregister("new_rows")


_COUNTRIES = pa.schema([("iso3", pa.string()), ("m49", pa.int32()), ("name", pa.string())])
_REPORTS = pa.schema([
    ("file", pa.string()), ("sha256", pa.string()), ("as_of", pa.date32()), ("as_of_source", pa.string()),
    ("layout", pa.string()), ("pages", pa.int32()), ("rows", pa.int32()), ("totals_checked", pa.int32()),
    ("status", pa.string()), ("reason", pa.string()), ("ingested_at", pa.timestamp("us")),
])
_CONTRIBUTIONS = pa.schema([
    ("as_of", pa.date32()), ("mission", pa.string()), ("mission_printed", pa.string()),
    ("iso3", pa.string()), ("country_printed", pa.string()), ("personnel_type", pa.string()),
    ("type_printed", pa.string()), ("male", pa.int32()), ("female", pa.int32()), ("total", pa.int32()),
    ("report", pa.string()), ("page", pa.int32()),
])


def missing_months(con) -> list[str]:
    """Months between the first and the latest ingested month that no report covers."""
    return [r[0] for r in con.execute("SELECT month FROM months WHERE as_of IS NULL ORDER BY month").fetchall()]
