"""Reports in an ingest: parsed and harmonized (in worker processes), copies and second reports of a month skipped."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path

import pyarrow as pa

from ..dates import month_of
from ..errors import PeacekeepingError, ReportError
from ..harmonize import countries, missions, personnel
from ..sources.reports import parse_report
from ..store import interrupts
from ..store.schema import CONTRIBUTIONS
from . import bounds
from .plan import Outcome, Progress, Stored, Summary
from .rows import contribution


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


def parse_and_harmonize(path: Path, digest: str) -> Parsed:
    """Parse, reconcile and harmonize one report; any problem raises ReportError naming file and page."""
    report = parse_report(path)
    bounds.check_report(path, report.as_of, [(r.page, r.male, r.female, r.total) for r in report.rows])
    rows = []
    month = month_of(report.as_of)
    for r in report.rows:
        try:
            iso3 = countries.resolve(r.country, month).iso3
            category = personnel.category(r.personnel_type)
            mission = missions.acronym(r.mission) if r.mission is not None else None
        except PeacekeepingError as exc:
            raise ReportError(path, str(exc), page=r.page) from None
        rows.append(contribution(report.as_of, mission, iso3, category, r, path.name, r.page))
    return Parsed(
        path.name,
        digest,
        report.as_of,
        report.as_of_source,
        report.created,
        report.layout,
        report.pages,
        report.totals_checked,
        CONTRIBUTIONS.rows(rows),
    )


def _label_month(name: str) -> str | None:
    """The YYYY-MM an archive file name claims, if any ('..._2015_03.pdf' -> '2015-03')."""
    m = re.search(r"(20\d\d)[_-](\d\d)(?!\d)", name)
    return f"{m[1]}-{m[2]}" if m else None


def _parse_all(jobs: list[tuple[Path, str]], workers: int, progress: Progress | None) -> list[Parsed]:
    """Parse reports in order, in `workers` processes when there is more than one."""
    if not jobs:
        return []
    # Largest files first, so that the workers finish together; results come back in the jobs' order.
    order = sorted(range(len(jobs)), key=lambda i: -jobs[i][0].stat().st_size)
    paths, digests = zip(*(jobs[i] for i in order))
    done: dict[int, Parsed] = {}
    pool = None
    if workers > 1 and len(jobs) > 1:
        # Workers forked from a clean server process, not from this one: a caller's threads (a server, a browser
        # driver, DuckDB's own) do not survive a fork, and a worker forked among them may die. Ctrl-C waits until
        # they have started: one interrupted while starting dies with a traceback once this process has gone.
        with interrupts.deferred():
            pool = ProcessPoolExecutor(
                workers, mp_context=_forkserver(), initializer=_worker_start, initargs=(os.getpid(),)
            )
            results = pool.map(parse_and_harmonize, paths, digests)  # submits every report, starts the workers
    else:
        results = map(parse_and_harmonize, paths, digests)
    try:
        for i, parsed in zip(order, results):
            done[i] = parsed
            if progress:
                progress(parsed.file)
    except BaseException:
        if pool is not None:  # an error or Ctrl-C: the reports not yet parsed are not parsed
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    if pool is not None:
        pool.shutdown()
    return [done[i] for i in range(len(jobs))]


def _forkserver() -> multiprocessing.context.BaseContext:
    """The forkserver context, its server started ignoring SIGINT and SIGTERM: the workers it forks then ignore them
    from their first instant (Ctrl-C at a terminal and a stop of the whole group reach them too; the parent stops
    them), and it imports this module once for all. The server lives while a worker or this process does."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    if threading.current_thread() is threading.main_thread():
        before = {signum: signal.signal(signum, signal.SIG_IGN) for signum in interrupts.SIGNALS}  # kept across exec
        try:
            forkserver.ensure_running()
        finally:
            for signum, handler in before.items():
                signal.signal(signum, handler)
    return context


def _worker_start(parent: int) -> None:
    """In a worker: signals are the parent's to handle (it stops the pool; the worker prints no traceback), and the
    worker ends when the parent ends, whatever ended it (SIGKILL included): a thread watches the parent."""
    for signum in interrupts.SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    interrupts.watch_parent(parent)

    return True


def plan_reports(
    files: list[Path],
    digests: dict[Path, str],
    stored: Stored,
    summary: Summary,
    workers: int,
    progress: Progress | None,
) -> list[Parsed]:
    """Parse the new reports; record copies and second reports of a month as skipped."""
    by_sha: dict[str, list[Path]] = {}
    for path in files:
        digest = digests[path]
        if (path.name, digest) in stored.files:
            summary.outcomes.append(Outcome(path.name, "unchanged", reason="already in the store"))
        elif digest in stored.report_sha:
            summary.outcomes.append(
                Outcome(path.name, "skipped", reason=f"byte-identical to {stored.report_sha[digest]}")
            )
        else:
            by_sha.setdefault(digest, []).append(path)
            continue
        if progress:
            progress(path.name)

    parsed = _parse_all([(paths[0], digest) for digest, paths in by_sha.items()], workers, progress)
    candidates: dict[str, list[tuple[Parsed, Path]]] = {}
    for report in parsed:
        # Of byte-identical copies, keep the one whose file name matches the printed month.
        names = sorted(by_sha[report.sha256], key=lambda p: (_label_month(p.name) != month_of(report.as_of), p.name))
        keep = names[0]
        for dup in names[1:]:
            summary.outcomes.append(Outcome(dup.name, "skipped", report.as_of, reason=f"byte-identical to {keep.name}"))
            if progress:
                progress(dup.name)
        report.file = keep.name
        report.rows = report.rows.set_column(
            report.rows.schema.get_field_index("report"), "report", pa.array([keep.name] * report.rows.num_rows)
        )
        candidates.setdefault(month_of(report.as_of), []).append((report, keep))
    ingested: list[Parsed] = []
    for month, group in sorted(candidates.items()):
        group.sort(key=lambda item: (_label_month(item[1].name) != month, item[1].name))
        if month not in stored.months:
            ingested.append(group[0][0])
            stored.months[month] = group[0][0].file
            group = group[1:]
        for report, _ in group:
            holder = stored.months[month]
            summary.outcomes.append(
                Outcome(
                    report.file,
                    "skipped",
                    report.as_of,
                    reason=f"second report for {report.as_of.isoformat()}: {holder} already covers that month",
                )
            )
    for report in ingested:
        summary.outcomes.append(Outcome(report.file, "ingested", report.as_of, len(report.rows)))
    return ingested
