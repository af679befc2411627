"""The `peacekeeping` command: a thin Typer layer over the library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import exports, store
from . import ingest as ingest_mod
from . import quality as quality_mod
from .errors import PeacekeepingError

app = typer.Typer(help="The UN's official peacekeeping figures as press-ready facts.", no_args_is_help=True)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="DuckDB store (default: $PEACEKEEPING_DB or the user data directory).",
                 dir_okay=False),
]


@contextmanager
def failing_cleanly() -> Iterator[None]:
    """Turn library errors into one line on stderr and exit code 1."""
    try:
        yield
    except PeacekeepingError as exc:
        err.print(f"[bold red]Error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from None


def show_table(columns: list[str], rows: list[list[str]]) -> None:
    """A Rich table on a terminal; tab-separated lines, nothing cut, when piped."""
    if out.is_terminal:
        table = Table(*columns)
        for row in rows:
            table.add_row(*row)
        out.print(table)
    else:
        for row in [columns, *rows]:
            typer.echo("\t".join(row))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report PDFs or folders of them.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing.", min=1)] = 1,
) -> None:
    """Parse, reconcile and store monthly contribution reports (all or nothing)."""
    with failing_cleanly(), Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[file]}"), console=err, transient=True, disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task("Ingesting", total=None, file="")
        summary = ingest_mod.ingest(
            paths, db, workers=workers,
            progress=lambda name: bar.update(task, advance=1, file=name),
            on_total=lambda n: bar.update(task, total=n),
        )
    for o in summary.outcomes:
        if o.status == "skipped":
            out.print(f"skipped {o.file}: {o.reason}", highlight=False)
    out.print(
        f"{summary.count('ingested')} reports ingested, {summary.count('skipped')} skipped, "
        f"{summary.count('unchanged')} unchanged; store: {summary.months} months, {summary.rows:,} rows, "
        f"{summary.flags} quality flags",
        highlight=False,
    )
    if summary.missing:
        out.print(f"missing months ({len(summary.missing)}): {', '.join(summary.missing)}", highlight=False)


@app.command()
def months(db: DbOption = None) -> None:
    """Coverage: every month, the report that covers it, or 'missing'."""
    with failing_cleanly(), store.connect(db) as con:
        rows = exports.coverage(con)
    show_table(
        ["month", "status", "as of", "report", "layout", "rows", "personnel", "notes"],
        [[r["month"], r["status"], str(r["as_of"] or ""), r["report"] or "", r["layout"] or "",
          f"{r['rows']:,}" if r["rows"] else "", f"{r['personnel']:,}" if r["personnel"] else "", r["notes"] or ""]
         for r in rows],
    )


@app.command()
def quality(db: DbOption = None) -> None:
    """Quality flags: implausible values kept as printed, with file and page."""
    with failing_cleanly(), store.connect(db) as con:
        flags = quality_mod.flags(con)
    show_table(
        ["month", "kind", "country", "mission", "type", "detail", "source"],
        [[f["as_of"].strftime("%Y-%m"), f["kind"], f["country"] or "", f["mission"] or "", f["personnel_type"] or "",
          f["detail"], f["report"] + (f", page {f['page']}" if f["page"] else "")] for f in flags],
    )
    out.print(f"{len(flags)} flags", highlight=False)


class Format(str, Enum):
    csv = "csv"
    parquet = "parquet"
    json = "json"


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="What to export: contributions.")],
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.csv,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Only this month (YYYY-MM).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Export tidy rows with ISO3, canonical country and source file and page."""
    with failing_cleanly(), store.connect(db) as con:
        exports.export(con, what, format.value, as_of, output or sys.stdout.buffer)
