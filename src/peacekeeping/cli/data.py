"""Commands that fill the store and say what it holds: ingest, update, migrate, months, quality, export."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .. import store, wording
from ..dates import month_of
from ..facts import coverage
from ..facts import quality as quality_mod
from .common import (
    DbOption,
    FormatOption,
    NoWaitOption,
    OutputFormat,
    app,
    behind_readers,
    err,
    failing_cleanly,
    file_format,
    out,
    output_file,
    printed_as_data,
    show_table,
    waiting,
)


def _progress(*columns) -> Progress:
    """A progress bar on stderr, with `columns` after the bar; none where stderr is not a terminal."""
    quiet = not err.is_terminal
    return Progress(TextColumn("{task.description}"), BarColumn(), *columns, console=err, transient=True, disable=quiet)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report PDFs or folders of them.", readable=False)],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing.", min=1)] = 1,
    no_wait: NoWaitOption = False,
) -> None:
    """Parse, reconcile and store monthly contribution reports (all or nothing)."""
    from .. import ingest as ingest_mod  # parsing and downloading load only for the commands that write

    behind_readers()

    with (
        failing_cleanly(),
        _progress(MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[file]}")) as bar,
    ):
        task = bar.add_task("Ingesting", total=None, file="")
        summary = ingest_mod.ingest(
            paths,
            db,
            workers=workers,
            progress=lambda name: bar.update(task, advance=1, file=name),
            on_total=lambda n: bar.update(task, total=n),
            wait=not no_wait,
            waiting=waiting,
        )
    for o in summary.outcomes:
        if o.status in ("skipped", "ignored"):
            out.print(f"{o.status} {o.file}: {o.reason}", highlight=False)
    datasets = sum(1 for o in summary.outcomes if o.status == "ingested" and o.kind != "report")
    reports = summary.count("ingested") - datasets
    out.print(
        f"{reports} {wording.plural(reports, 'report', 'reports')} and {datasets} "
        f"{wording.plural(datasets, 'dataset', 'datasets')} ingested, "
        f"{summary.count('skipped')} skipped, {summary.count('unchanged')} unchanged; "
        f"store: {summary.months} months, {summary.rows:,} rows, {summary.flags} quality flags",
        highlight=False,
    )
    if summary.missing:
        out.print(f"missing months ({len(summary.missing)}): {', '.join(summary.missing)}", highlight=False)


@app.command()
def months(format: FormatOption = OutputFormat.text, db: DbOption = None) -> None:
    """Coverage: every month, where its figures come from (a report, the Data Hub, IPI), or 'missing'."""
    with failing_cleanly(), store.connect(db) as con:
        rows = coverage.coverage(con)
    columns = ["month", "status", "as_of", "report", "layout", "rows", "personnel", "notes", "source"]
    if printed_as_data(format, rows, columns, lambda: [[getattr(r, c) for c in columns] for r in rows]):
        return
    show_table(
        ["month", "status", "source", "as of", "report", "layout", "rows", "personnel", "notes"],
        [
            [
                r.month,
                r.status,
                coverage.SOURCES.get(r.source, ""),
                str(r.as_of or ""),
                r.report or "",
                r.layout or "",
                f"{r.rows:,}" if r.rows else "",
                f"{r.personnel:,}" if r.personnel else "",
                r.notes or "",
            ]
            for r in rows
        ],
    )


@app.command()
def quality(format: FormatOption = OutputFormat.text, db: DbOption = None) -> None:
    """Quality flags: implausible values kept as printed, with file and page."""
    with failing_cleanly(), store.connect(db) as con:
        flags = quality_mod.flags(con)
    columns = [
        "as_of",
        "kind",
        "iso3",
        "country",
        "mission",
        "personnel_type",
        "detail",
        "report",
        "page",
        "decision",
        "review_line",
    ]
    if printed_as_data(format, flags, columns, lambda: [[getattr(f, c) for c in columns] for f in flags]):
        return
    show_table(
        ["month", "kind", "country", "mission", "type", "detail", "source", "decision"],
        [
            [
                month_of(f.as_of),
                f.kind,
                f.country or "",
                f.mission or "",
                f.personnel_type or "",
                f.detail,
                f.report + (f", page {f.page}" if f.page else ""),
                f.decision + (f" (corrections.csv, line {f.review_line})" if f.review_line else ""),
            ]
            for f in flags
        ],
    )
    undecided = sum(1 for f in flags if f.review_line is None and f.decision == "withheld")
    out.print(
        f"{len(flags)} flags" + (f", {undecided} without a reviewed decision" if undecided else ""), highlight=False
    )


class Format(str, Enum):
    csv = "csv"
    parquet = "parquet"
    json = "json"


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="What to export: contributions.")],
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Default: the extension of -o FILE (.csv, .parquet, .json), else csv."),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Only one report month: the latest on or before YYYY-MM or YYYY-MM-DD."),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Export tidy rows with ISO3, canonical country and source file and page."""
    from .. import exports  # pyarrow loads only for this command

    fmt = file_format(output, format.value if format else None, exports.FORMATS, "csv", "an export")
    with failing_cleanly():
        output = output_file(output)
        with store.connect(db) as con:
            used = exports.export(con, what, fmt, as_of, output or sys.stdout.buffer)
    if used is not None and used.reason:
        err.print(f"note: {used.reason}", highlight=False)


@app.command()
def update(
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Ingest a local mirror of the Data Hub files from this folder instead of downloading: "
            "DPO-UCHISTORICAL.csv, DPO-UCLATEST.csv, DPPADPOSS-FATALITIES.csv, DPPADPOSS-PKO.csv "
            "(or .json).",
            file_okay=False,
            readable=False,
        ),
    ] = None,
    datasets: Annotated[
        list[str] | None,
        typer.Option(
            "--datasets",
            help="Data Hub dataset ids (default: all four); IPI-PPP: IPI's research dataset of "
            "1990-2014, downloaded once from IPI's public repository.",
        ),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Another address of the Data Hub API (a mirror).")
    ] = None,
    retries: Annotated[int, typer.Option(help="Retries of a failed download (with backoff).", min=0)] = 3,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server at each step.", min=0.1)] = 30,
    skip_unknown: Annotated[
        bool,
        typer.Option(
            "--skip-unknown", help="With --from: leave out files of the folder that are not the datasets' files."
        ),
    ] = False,
    no_wait: NoWaitOption = False,
    db: DbOption = None,
) -> None:
    """Download the Data Hub's datasets (contributions, ranking, fatalities, missions) and ingest what changed."""
    from .. import ingest as ingest_mod

    behind_readers()

    def downloaded(snapshot) -> None:
        out.print(
            f"{snapshot.dataset}: {'new snapshot' if snapshot.changed else 'unchanged'} "
            f"{snapshot.path.name} (sha256 {snapshot.sha256[:12]})",
            highlight=False,
        )

    with (
        failing_cleanly(),
        _progress(TextColumn("{task.completed:,} bytes")) as bar,
    ):
        tasks: dict[str, object] = {}

        def downloading(dataset: str, done: int, total: int | None) -> None:
            if dataset not in tasks:
                tasks[dataset] = bar.add_task(f"Downloading {dataset}", total=None)
            bar.update(tasks[dataset], completed=done, total=total)

        summary = ingest_mod.update(
            db,
            source,
            datasets,
            base_url,
            retries,
            timeout,
            downloading,
            downloaded,
            skip_unknown=skip_unknown,
            wait=not no_wait,
            waiting=waiting,
        ).summary
    for o in summary.outcomes:
        if o.status != "unchanged":
            out.print(f"{o.status} {o.file}" + (f": {o.reason}" if o.reason else ""), highlight=False)
    out.print(f"store: {summary.months} months, {summary.rows:,} rows, {summary.flags} quality flags", highlight=False)


@app.command()
def migrate(db: DbOption = None, no_wait: NoWaitOption = False) -> None:
    """Bring a store made by an earlier peacekeeping up to this version, in place and atomically."""
    from .. import ingest as ingest_mod

    behind_readers()
    with failing_cleanly():
        path = db or store.default_path()
        reason = ingest_mod.migrate(path, wait=not no_wait, waiting=waiting)
    if reason is None:
        out.print(f"{path} is up to date (schema version {store.schema.VERSION})", highlight=False)
    else:
        out.print(f"{path} migrated ({reason})", highlight=False)
