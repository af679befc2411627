"""What every command shares: the app, the consoles, the --db and --as-of options, one-line errors, tables."""

from __future__ import annotations

import csv as _csv
import json as _json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import wording
from ..errors import QUOTED, PeacekeepingError
from ..facts.models import Caveat, Month, dump
from ..store import interrupts, no_space

app = typer.Typer(help="The UN's official peacekeeping figures as press-ready facts.", no_args_is_help=True)


class _Console(Console):
    """A Rich console whose closed pipe is a BrokenPipeError for the entry point (Rich's own exits with 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


out = _Console(soft_wrap=True)
err = _Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB store (default: $PEACEKEEPING_DB or the user data directory).", dir_okay=False),
]


NoWaitOption = Annotated[
    bool, typer.Option("--no-wait", help="Fail at once if another process is writing the store (default: wait for it).")
]


WRITER_NICE = 10  # a writer's CPU priority below a server's readers on the same cores (as web/checks.py's workers)


def behind_readers() -> None:
    """Lower this process's CPU priority (and its parsing workers', which inherit it): a writer (ingest, update,
    migrate) then takes the cores a server on the same machine leaves, and its readers keep answering (issue 27)."""
    try:
        os.nice(WRITER_NICE)
    except OSError:  # a platform without nice: the write runs as it is
        pass


def waiting(message: str) -> None:
    """Say that this writer waits for another one (the store's writer lock)."""
    err.print(f"{message} (Ctrl-C to stop)", highlight=False)


def clip(message: str, limit: int = 4 * QUOTED) -> str:
    """A message on one line, at most `limit` characters (an input quoted whole could make it megabytes)."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[:limit] + f"… ({len(line) - limit:,} more characters)"


@contextmanager
def failing_cleanly() -> Iterator[None]:
    """Turn library errors (and a store that cannot be read) into one line on stderr and exit code 1."""
    try:
        yield
    except PeacekeepingError as exc:
        if interrupts.received is not None:  # a signal stopped the command: the entry point says so
            raise
        err.print(f"[bold red]Error:[/] {escape(clip(str(exc)))}", highlight=False)
        raise typer.Exit(1) from None
    except duckdb.Error as exc:
        if interrupts.received is not None or no_space(exc):  # a full disk: said as such (entry.py)
            raise
        err.print(
            f"[bold red]Error:[/] the store cannot be read (it may be damaged or cut short): "
            f"{escape(clip(str(exc).splitlines()[0]))}",
            highlight=False,
        )
        raise typer.Exit(1) from None


def output_file(path: Path | None) -> Path | None:
    """A file to write to, checked before the work: its folder must exist (one line now, not a traceback later)."""
    if path is not None and not path.parent.is_dir():
        raise PeacekeepingError(f"cannot write {path}: no such folder {path.parent}")
    return path


# The formats a written file's extension names: `-o FILE` takes its format from them.
EXTENSIONS = {
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
}
_NAMES = {
    "docx": "Word",
    "html": "HTML",
    "md": "Markdown",
    "txt": "plain-text",
    "json": "JSON",
    "csv": "CSV",
    "parquet": "Parquet",
}


def usage_error(message: str) -> NoReturn:
    """A usage error: one line on stderr and exit code 2 (as for an unknown option)."""
    err.print(f"[bold red]Error:[/] {escape(clip(message))}", highlight=False)
    raise typer.Exit(2)


def file_format(output: Path | None, asked: str | None, allowed: tuple[str, ...], default: str, what: str) -> str:
    """The format to write: `-f` if given, else the extension of `-o FILE`, else `default`. An `-f` that contradicts
    the extension, an extension that names no format, or a format `what` cannot be written in is a usage error."""
    suffix = output.suffix.lower() if output is not None else ""
    named = EXTENSIONS.get(suffix)
    choices = ", ".join(sorted(f".{f}" for f in allowed))
    if asked is not None and named is not None and asked != named:
        usage_error(
            f"-f {asked} contradicts the file name {output.name}, a {_NAMES[named]} file: drop -f, or "
            f"name the file .{asked}"
        )
    if asked is None and suffix and named is None:
        usage_error(f"cannot tell the format of {output.name} from its extension: name it {choices}, or add -f")
    fmt = asked or named or default
    if fmt not in allowed:
        usage_error(
            f"{what} cannot be written as {fmt}"
            + (f" ({output.name})" if output is not None else "")
            + f": choose {choices}"
        )
    return fmt


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


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="text (for people), json (every field and caveat) or csv (the table)."),
]


def chosen_format(format: OutputFormat, json: bool = False, csv: bool = False) -> OutputFormat:
    """The format asked for, the old --json and --csv (hidden, kept for one release) included."""
    return OutputFormat.json if json else OutputFormat.csv if csv else format


def print_json(data: object) -> None:
    """Print data (answers' models as the API serves them) as indented JSON (dates as ISO text)."""
    typer.echo(_json.dumps(dump(data), ensure_ascii=False, indent=2, default=str))


def print_csv(columns: list[str], rows: Iterable[Iterable[object]]) -> None:
    """Print a header and rows as CSV (None as an empty cell)."""
    writer = _csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def printed_as_data(
    format: OutputFormat, data: object, columns: list[str], rows: Callable[[], Iterable[Iterable[object]]]
) -> bool:
    """Print `data` as JSON, or its table (`columns`, `rows()`) as CSV, when the format asks; False for text."""
    if format is OutputFormat.json:
        print_json(data)
    elif format is OutputFormat.csv:
        print_csv(columns, rows())
    return format is not OutputFormat.text


AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Report month (YYYY-MM) or date (YYYY-MM-DD); default: the latest.")
]


_PUBLISHED_BY = {
    "report": "report",
    "datahub": "the Data Hub's DPO-UCHISTORICAL,",
    "ipi": "IPI's research dataset, not official,",
}


def month_line(month: Month) -> str:
    """'as of 2022-06-30 (report FILE)', naming who published the figures, the month asked and missing months."""
    line = f"as of {month.as_of} ({_PUBLISHED_BY[month.source]} {month.report})"
    if month.requested and month.requested != month.as_of:
        line += f"; asked for {month.requested}, the latest report on or before it"
    if month.missing_nearby:
        line += f"; missing months nearby: {', '.join(month.missing_nearby)}"
    return line


class Marks:
    """The caveats of an answer as numbered notes: each figure printed with the numbers of the notes touching it."""

    def __init__(self, caveats: list[Caveat]):
        self.caveats = caveats
        self.order: list[int] = []

    def of(self, *paths: str) -> str:
        """' [1, 3]' for the notes touching any of the figures at `paths`, or ''."""
        numbers = set()
        for i, c in enumerate(self.caveats):
            if c.kind != "month" and any(p in c.figures for p in paths):
                if i not in self.order:
                    self.order.append(i)
                numbers.add(self.order.index(i) + 1)
        return f" [{', '.join(map(str, sorted(numbers)))}]" if numbers else ""

    def figure(self, value: int | float | None, path: str, pattern: str = "{:,}") -> str:
        """A figure with its marks; a withheld figure says so instead of a number."""
        withheld = any(c.kind == "unreliable" and path in c.figures for c in self.caveats)
        marks = self.of(path)
        if value is not None:
            return pattern.format(value) + marks
        return ("withheld" if withheld else "not in this report" if marks else "n/a") + marks

    def month(self) -> list[str]:
        """The month caveats: the report used is not the one asked for."""
        return [f"note: {c.text}" for c in self.caveats if c.kind == "month"]

    def notes(self) -> list[str]:
        """Every note, numbered as marked (those no printed figure referred to come last)."""
        for i, c in enumerate(self.caveats):
            if c.kind != "month" and i not in self.order:
                self.order.append(i)
        lines = []
        for n, i in enumerate(self.order, start=1):
            c = self.caveats[i]
            printed = c.printed.get(c.figures[0]) if c.printed else None
            extra = [f"printed {printed:,}"] if printed is not None else []
            if c.review:
                extra.append(f"reviewed: {c.review.table}, line {c.review.line}")
            lines.append(f"[{n}] {c.kind}: {c.text}" + (f" ({'; '.join(extra)})" if extra else ""))
        return lines


def people(total: int | None, women: int | None, marks: Marks | None = None, path: str = "") -> str:
    """'6,731 (4,658 women)', '1 (1 woman)', with the notes' marks where given; a withheld figure says so."""
    noun = wording.plural(women, "woman", "women") if isinstance(women, int) else "women"
    if marks is None:
        return f"{total:,}" + (f" ({women:,} {noun})" if women is not None else "")
    head = marks.figure(total, f"{path}/total")
    tail = marks.figure(women, f"{path}/women")
    return head + ("" if tail == "n/a" else f" ({tail} {noun})" if women is not None else f" (women: {tail})")
