"""Ingest reports and datasets: parse, reconcile, harmonize, count each month once, write atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from . import datasets, quality, store, summaries
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
    created: dt.date | None
    layout: str
    pages: int
    totals_checked: int
    rows: pa.Table  # contribution rows, built in the worker process (columnar: cheap to send back)


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


def collect(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Files named directly or found in folders, each with its kind, sorted, each once.

    Kinds: 'report' (a PDF), 'fatalities' or 'missions' (judged by columns), or 'ignored' for a file found
    in a folder that is none of these. A file named directly must be one of them.
    """
    found: dict[Path, str] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                suffix = child.suffix.lower()
                if child.is_file() and suffix in (".pdf", ".csv", ".json"):
                    found[child.resolve()] = "report" if suffix == ".pdf" else datasets.dataset_of(child) or "ignored"
        elif path.is_file():
            kind = "report" if path.suffix.lower() == ".pdf" else datasets.dataset_of(path)
            if kind is None:
                raise PeacekeepingError(
                    f"{path.name}: not a monthly report (PDF), the fatalities register or the mission list "
                    "(CSV or JSON with the Data Hub's columns)")
            found[path.resolve()] = kind
        else:
            raise PeacekeepingError(f"{path}: no such file or folder")
    if not any(kind != "ignored" for kind in found.values()):
        raise PeacekeepingError("no reports or datasets found in " + ", ".join(str(p) for p in paths))
    return sorted(found.items(), key=lambda item: (item[0].name, str(item[0])))


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
    return Parsed(path.name, digest, report.as_of, report.as_of_source, report.created, report.layout, report.pages,
                  report.totals_checked, _arrow(_CONTRIBUTIONS, rows))


def _label_month(name: str) -> str | None:
    """The YYYY-MM an archive file name claims, if any ('..._2015_03.pdf' -> '2015-03')."""
    m = re.search(r"(20\d\d)[_-](\d\d)(?!\d)", name)
    return f"{m[1]}-{m[2]}" if m else None


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _parse_all(jobs: list[tuple[Path, str]], workers: int, progress: Progress | None) -> list[Parsed]:
    """Parse reports in order, in `workers` processes when there is more than one."""
    if not jobs:
        return []
    # Largest files first, so that the workers finish together; results come back in the jobs' order.
    order = sorted(range(len(jobs)), key=lambda i: -jobs[i][0].stat().st_size)
    paths, digests = zip(*(jobs[i] for i in order))
    done: dict[int, Parsed] = {}
    with ProcessPoolExecutor(workers) if workers > 1 and len(jobs) > 1 else nullcontext() as pool:
        for i, parsed in zip(order, (pool.map if pool else map)(parse_and_harmonize, paths, digests)):
            done[i] = parsed
            if progress:
                progress(parsed.file)
    return [done[i] for i in range(len(jobs))]


def ingest(
    paths: Iterable[str | Path],
    db: Path | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Summary:
    """Ingest reports and datasets (files or folders) into the store at `db`; all or nothing."""
    db = db or store.default_path()
    files = collect(paths)
    if on_total:
        on_total(len(files))
    summary = Summary()
    for path, kind in files:
        if kind == "ignored":
            summary.outcomes.append(
                Outcome(path.name, "ignored", reason="not a report or a known dataset", kind="ignored"))
            if progress:
                progress(path.name)
    digests = {path: sha256(path) for path, kind in files if kind != "ignored"}
    stored = _Stored.load(db)
    reports = _plan_reports([p for p, kind in files if kind == "report"], digests, stored, summary, workers, progress)
    releases = _plan_datasets([(p, k) for p, k in files if k in datasets.DATASETS], digests, stored, summary,
                              progress)
    skipped = [o for o in summary.outcomes if o.status == "skipped"]
    if reports or releases or skipped:
        _write(db, reports, releases, skipped, digests_by_name={p.name: d for p, d in digests.items()})
        summary.written = True
    if db.exists():
        with store.connect(db) as con:
            summary.months, summary.rows = con.execute(
                "SELECT count(DISTINCT as_of), count(*) FROM contributions").fetchone()
            summary.missing = missing_months(con)
            summary.flags = con.execute("SELECT count(*) FROM quality_flags").fetchone()[0]
    summary.outcomes.sort(key=lambda o: o.file)
    return summary


@dataclass(slots=True)
class _Stored:
    """What the store already holds, to count each file, month and release once."""

    files: set[tuple[str, str]] = field(default_factory=set)  # (file, sha256) of reports and datasets
    report_sha: dict[str, str] = field(default_factory=dict)  # sha256 -> file of ingested reports
    months: dict[str, str] = field(default_factory=dict)  # YYYY-MM -> file
    releases: dict[tuple[str, dt.date], str] = field(default_factory=dict)  # (dataset, release) -> file

    @classmethod
    def load(cls, db: Path) -> _Stored:
        stored = cls()
        if not db.exists():
            return stored
        with store.connect(db) as con:
            for file, digest, status, as_of in con.execute(
                    "SELECT file, sha256, status, as_of FROM reports WHERE layout IS DISTINCT FROM 'datahub' "
                    "ORDER BY file").fetchall():
                stored.files.add((file, digest))
                if status == "ingested":
                    stored.report_sha.setdefault(digest, file)
                    stored.months[_month(as_of)] = file
            for dataset, release, file, digest, status in con.execute(
                    "SELECT dataset, release, file, sha256, status FROM datasets ORDER BY file").fetchall():
                stored.files.add((file, digest))
                if status == "ingested":
                    stored.releases[(dataset, release)] = file
        return stored


def _plan_reports(files: list[Path], digests: dict[Path, str], stored: _Stored, summary: Summary, workers: int,
                  progress: Progress | None) -> list[Parsed]:
    """Parse the new reports; record copies and second reports of a month as skipped."""
    by_sha: dict[str, list[Path]] = {}
    for path in files:
        digest = digests[path]
        if (path.name, digest) in stored.files:
            summary.outcomes.append(Outcome(path.name, "unchanged", reason="already in the store"))
        elif digest in stored.report_sha:
            summary.outcomes.append(
                Outcome(path.name, "skipped", reason=f"byte-identical to {stored.report_sha[digest]}"))
        else:
            by_sha.setdefault(digest, []).append(path)
            continue
        if progress:
            progress(path.name)

    parsed = _parse_all([(paths[0], digest) for digest, paths in by_sha.items()], workers, progress)
    candidates: dict[str, list[tuple[Parsed, Path]]] = {}
    for report in parsed:
        # Of byte-identical copies, keep the one whose file name matches the printed month.
        names = sorted(by_sha[report.sha256], key=lambda p: (_label_month(p.name) != _month(report.as_of), p.name))
        keep = names[0]
        for dup in names[1:]:
            summary.outcomes.append(Outcome(dup.name, "skipped", report.as_of, reason=f"byte-identical to {keep.name}"))
            if progress:
                progress(dup.name)
        report.file = keep.name
        report.rows = report.rows.set_column(
            _CONTRIBUTIONS.get_field_index("report"), "report", pa.array([keep.name] * report.rows.num_rows))
        candidates.setdefault(_month(report.as_of), []).append((report, keep))
    ingested: list[Parsed] = []
    for month, group in sorted(candidates.items()):
        group.sort(key=lambda item: (_label_month(item[1].name) != month, item[1].name))
        if month not in stored.months:
            ingested.append(group[0][0])
            stored.months[month] = group[0][0].file
            group = group[1:]
        for report, _ in group:
            holder = stored.months[month]
            summary.outcomes.append(Outcome(
                report.file, "skipped", report.as_of,
                reason=f"second report for {report.as_of.isoformat()}: {holder} already covers that month"))
    for report in ingested:
        summary.outcomes.append(Outcome(report.file, "ingested", report.as_of, len(report.rows)))
    return ingested


def _plan_datasets(files: list[tuple[Path, str]], digests: dict[Path, str], stored: _Stored, summary: Summary,
                   progress: Progress | None) -> list[datasets.Release]:
    """Read the new dataset files; a release already stored (in any format) is skipped."""
    releases: list[datasets.Release] = []
    for path, dataset in files:
        digest = digests[path]
        if (path.name, digest) in stored.files:
            summary.outcomes.append(Outcome(path.name, "unchanged", reason="already in the store", kind=dataset))
        else:
            release = datasets.read(path, dataset, digest)
            key = (dataset, release.release)
            if key in stored.releases:
                summary.outcomes.append(Outcome(
                    path.name, "skipped", release.release,
                    reason=f"{dataset} release {release.release} already ingested from {stored.releases[key]}",
                    kind=dataset))
            else:
                stored.releases[key] = path.name
                releases.append(release)
                summary.outcomes.append(
                    Outcome(path.name, "ingested", release.release, len(release.rows), kind=dataset))
        if progress:
            progress(path.name)
    return releases


def _write(db: Path, reports: list[Parsed], releases: list[datasets.Release], skipped: list[Outcome],
           digests_by_name: dict[str, str]) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    report_rows = [
        (p.file, p.sha256, p.as_of, p.as_of_source, p.created, p.layout, p.pages, len(p.rows), p.totals_checked,
         "ingested", None, now)
        for p in reports
    ] + [
        (o.file, digests_by_name[o.file], o.as_of, None, None, None, None, 0, 0, "skipped", o.reason, now)
        for o in skipped if o.kind == "report"
    ]
    dataset_rows = [
        (r.dataset, r.release, r.file, r.sha256, r.format, len(r.rows), "ingested", None, now) for r in releases
    ] + [
        (o.kind, o.as_of, o.file, digests_by_name[o.file], None, 0, "skipped", o.reason, now)
        for o in skipped if o.kind != "report"
    ]
    with store.writing(db) as con:
        con.execute("DELETE FROM countries")
        _insert(con, "countries", _COUNTRIES, [(c.iso3, c.m49, c.name) for c in countries.all_countries()])
        _insert(con, "reports", _REPORTS, report_rows)
        if reports:
            _insert_table(con, "contributions", pa.concat_tables([p.rows for p in reports]))
        _insert(con, "datasets", _DATASETS, dataset_rows)
        for release in releases:
            if release.dataset == "fatalities":
                _insert(con, "fatalities", _FATALITIES, release.rows)
            elif release.dataset == "latest":
                con.execute("DELETE FROM datahub_ranking WHERE as_of = ?", [release.release])
                _insert(con, "datahub_ranking", _RANKING, release.rows)
            elif _newest(con, release):
                table = {"missions": "missions", "historical": "datahub_contributions"}[release.dataset]
                con.execute(f"DELETE FROM {table}")
                _insert(con, table, _MISSIONS if release.dataset == "missions" else _HISTORICAL, release.rows)
        summaries.refresh(con)
        quality.refresh(con)


def _newest(con, release: datasets.Release) -> bool:
    """Whether a release replaces the stored one: at least as new as every release of its dataset."""
    newest = con.execute("SELECT max(release) FROM datasets WHERE dataset = ? AND status = 'ingested' AND file <> ?",
                         [release.dataset, release.file]).fetchone()[0]
    return newest is None or release.release >= newest


def _insert(con, table: str, schema: pa.Schema, rows: list[tuple]) -> None:
    """Append rows to a table in one go through Arrow (executemany is slow in DuckDB)."""
    if rows:
        _insert_table(con, table, _arrow(schema, rows))


def _arrow(schema: pa.Schema, rows: list[tuple]) -> pa.Table:
    """Rows as an Arrow table of `schema`."""
    columns = list(zip(*rows)) if rows else [[] for _ in schema.names]
    return pa.Table.from_arrays([pa.array(column, type=schema.field(i).type) for i, column in enumerate(columns)],
                                schema=schema)


def _insert_table(con, table: str, arrow: pa.Table) -> None:
    con.register("new_rows", arrow)
    con.execute(f"INSERT INTO {table} ({', '.join(arrow.schema.names)}) SELECT * FROM new_rows")
    con.unregister("new_rows")


_COUNTRIES = pa.schema([("iso3", pa.string()), ("m49", pa.int32()), ("name", pa.string())])
_REPORTS = pa.schema([
    ("file", pa.string()), ("sha256", pa.string()), ("as_of", pa.date32()), ("as_of_source", pa.string()),
    ("created", pa.date32()), ("layout", pa.string()), ("pages", pa.int32()), ("rows", pa.int32()),
    ("totals_checked", pa.int32()),
    ("status", pa.string()), ("reason", pa.string()), ("ingested_at", pa.timestamp("us")),
])
_DATASETS = pa.schema([
    ("dataset", pa.string()), ("release", pa.date32()), ("file", pa.string()), ("sha256", pa.string()),
    ("format", pa.string()), ("rows", pa.int32()), ("status", pa.string()), ("reason", pa.string()),
    ("ingested_at", pa.timestamp("us")),
])
_FATALITIES = pa.schema([
    ("release", pa.date32()), ("id", pa.int32()), ("incident_date", pa.date32()), ("casualty_id", pa.string()),
    ("mission", pa.string()), ("casualty_type", pa.string()), ("gender", pa.string()), ("nationality", pa.string()),
    ("iso3", pa.string()), ("m49", pa.int32()), ("personnel_type", pa.string()), ("incident_type", pa.string()),
    ("source_file", pa.string()), ("line", pa.int32()),
])
_MISSIONS = pa.schema([
    ("acronym", pa.string()), ("name", pa.string()), ("kind", pa.string()), ("lead_department", pa.string()),
    ("active", pa.bool_()), ("start_date", pa.date32()), ("end_date", pa.date32()), ("hq", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("release", pa.date32()), ("source", pa.string()),
])
_HISTORICAL = pa.schema([
    ("as_of", pa.date32()), ("mission", pa.string()), ("mission_printed", pa.string()),
    ("iso3", pa.string()), ("country_printed", pa.string()), ("personnel_type", pa.string()),
    ("type_printed", pa.string()), ("male", pa.int32()), ("female", pa.int32()), ("total", pa.int32()),
    ("source_file", pa.string()), ("line", pa.int32()),
])
_RANKING = pa.schema([
    ("as_of", pa.date32()), ("iso3", pa.string()), ("rank", pa.int32()), ("female", pa.int32()),
    ("male", pa.int32()), ("total", pa.int32()), ("source_file", pa.string()), ("line", pa.int32()),
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
