"""The `peacekeeping` command: a thin Typer layer over the library."""

from __future__ import annotations

import csv as _csv
import datetime as _dt
import json as _json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

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

from . import dates, exports, facts, store
from . import ingest as ingest_mod
from .errors import PeacekeepingError
from .facts import coverage
from .facts import quality as quality_mod

app = typer.Typer(help="The UN's official peacekeeping figures as press-ready facts.", no_args_is_help=True)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path | None,
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
        if o.status in ("skipped", "ignored"):
            out.print(f"{o.status} {o.file}: {o.reason}", highlight=False)
    datasets = sum(1 for o in summary.outcomes if o.status == "ingested" and o.kind != "report")
    out.print(
        f"{summary.count('ingested') - datasets} reports and {datasets} datasets ingested, "
        f"{summary.count('skipped')} skipped, {summary.count('unchanged')} unchanged; "
        f"store: {summary.months} months, {summary.rows:,} rows, {summary.flags} quality flags",
        highlight=False,
    )
    if summary.missing:
        out.print(f"missing months ({len(summary.missing)}): {', '.join(summary.missing)}", highlight=False)


@app.command()
def months(db: DbOption = None) -> None:
    """Coverage: every month, the report that covers it, or 'missing'."""
    with failing_cleanly(), store.connect(db) as con:
        rows = coverage.coverage(con)
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
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only this month (YYYY-MM).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Export tidy rows with ISO3, canonical country and source file and page."""
    with failing_cleanly(), store.connect(db) as con:
        exports.export(con, what, format.value, as_of, output or sys.stdout.buffer)


AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Report month (YYYY-MM) or date (YYYY-MM-DD); default: the latest.")]


def _month_line(month: dict) -> str:
    line = f"as of {month['as_of']} (report {month['report']})"
    if month["requested"] and month["requested"] != month["as_of"]:
        line += f"; asked for {month['requested']}, the latest report on or before it"
    if month["missing_nearby"]:
        line += f"; missing months nearby: {', '.join(month['missing_nearby'])}"
    return line


def _people(total: int, women: int | None) -> str:
    return f"{total:,}" + (f" ({women:,} women)" if women is not None else "")


@app.command()
def profile(
    country: Annotated[str, typer.Argument(help="Name, ISO3 or M49 code: Peru, PER, 604.")],
    as_of: AsOfOption = None,
    json: Annotated[bool, typer.Option("--json", help="Print the profile as JSON (see docs/profile.md).")] = False,
    db: DbOption = None,
) -> None:
    """A country's contribution in one report month, with ranks, missions and changes."""
    with failing_cleanly(), store.connect(db) as con:
        p = facts.country_profile(con, country, as_of)
    if json:
        typer.echo(_json.dumps(p.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    out.print(f"[bold]{p.country['name']}[/] ({p.country['iso3']}, M49 {p.country['m49']}), {_month_line(p.month)}",
              highlight=False)
    if not p.present:
        out.print("not listed in this report", highlight=False)
        return
    share = f", {p.women_share:.1%} women" if p.women_share is not None else ""
    out.print(f"uniformed personnel: {_people(p.total, p.women)}{share}", highlight=False)
    out.print(f"rank: {p.rank} of {p.contributors} contributors"
              + (f"; {p.rank_women} of {p.contributors_of_women} among contributors of women" if p.rank_women else ""),
              highlight=False)
    for t in p.by_type:
        out.print(f"  {t['personnel_type']}: {_people(t['total'], t['women'])}", highlight=False)
    for note in p.not_reported_separately:
        out.print(f"  ({note} not reported separately in this period)", highlight=False)
    if p.missions is None:
        out.print("missions: this report has no mission breakdown", highlight=False)
    else:
        out.print(f"missions ({p.mission_count}):", highlight=False)
        for m in p.missions:
            name = f" - {m['name']}" if m["name"] else ""
            pages = ", ".join(map(str, m["pages"]))
            out.print(f"  {m['acronym']}: {_people(m['total'], m['women'])}{name} (page {pages})", highlight=False)
    for label, change in (("previous report", p.previous), ("a year earlier", p.year_earlier)):
        if change:
            out.print(f"{label}: {change.total:,} on {change.as_of} ({change.delta:+,})", highlight=False)
    if p.first_month:
        out.print(f"first report month in the store listing it: {p.first_month}", highlight=False)
    if p.fatalities:
        f = p.fatalities
        out.print(f"fatalities of its nationals up to {f['until']}: {f['count']} ({f['all_time']} in the whole "
                  f"register, release {f['release']['date']}, {f['release']['file']})", highlight=False)
    out.print(f"source: {p.source['report']}, pages {', '.join(map(str, p.source['pages']))}", highlight=False)


class RankBy(str, Enum):
    total = "total"
    women = "women"


@app.command()
def rank(
    as_of: AsOfOption = None,
    by: Annotated[RankBy, typer.Option("--by", help="Rank by all personnel or by women.")] = RankBy.total,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the first N ranks.")] = None,
    csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    db: DbOption = None,
) -> None:
    """Contributors of a month with competition ranks (equal totals share a rank)."""
    with failing_cleanly(), store.connect(db) as con:
        result = facts.ranking(con, as_of, by.value)
    rows = [r for r in result["rows"] if top is None or r["rank"] <= top]
    columns = ["rank", "iso3", "country", "total", "women", "men"]
    if csv:
        writer = _csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns + ["as_of", "report"])
        for r in rows:
            writer.writerow([r[c] for c in columns] + [result["month"]["as_of"], result["month"]["report"]])
        return
    out.print(f"ranked by {by.value}, {_month_line(result['month'])}", highlight=False)
    show_table(columns, [[str(r[c]) if r[c] is not None else "" for c in columns] for r in rows])


@app.command()
def mission(
    acronym: Annotated[str, typer.Argument(help="Mission acronym, e.g. MINUSCA.")],
    as_of: AsOfOption = None,
    db: DbOption = None,
) -> None:
    """A mission's contributors and personnel types in one report month."""
    with failing_cleanly(), store.connect(db) as con:
        m = facts.mission(con, acronym, as_of)
    out.print(f"[bold]{m['acronym']}[/]" + (f" - {m['name']}" if m["name"] else "") + f", {_month_line(m['month'])}",
              highlight=False)
    out.print(f"uniformed personnel: {_people(m['total'], m['women'])} from {len(m['contributors'])} countries",
              highlight=False)
    for t in m["by_type"]:
        out.print(f"  {t['personnel_type']}: {_people(t['total'], t['women'])}", highlight=False)
    show_table(["country", "iso3", "total", "women", "pages"],
               [[c["country"], c["iso3"], str(c["total"]), "" if c["women"] is None else str(c["women"]),
                 ", ".join(map(str, c["pages"]))] for c in m["contributors"]])


@app.command()
def fatalities(
    country: Annotated[str, typer.Argument(help="Name, ISO3 or M49 code of the nationality.")],
    until: Annotated[str | None, typer.Option("--until", help="Count deaths up to this date (YYYY-MM-DD).")] = None,
    release: Annotated[str | None, typer.Option("--release", help="Use this release of the register.")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Peacekeepers of one nationality who lost their lives, by mission, type and year."""
    with failing_cleanly(), store.connect(db) as con:
        f = facts.fatalities(con, country, until, release)
    if json:
        typer.echo(_json.dumps(f, ensure_ascii=False, indent=2))
        return
    span = f" up to {f['until']}" if f["until"] else ""
    out.print(f"[bold]{f['country']['name']}[/]: {f['count']} fatalities{span} "
              f"(register release {f['release']['date']}, {f['release']['file']})", highlight=False)
    for label, key in (("by personnel type", "by_personnel_type"), ("by incident type", "by_incident_type")):
        if f[key]:
            out.print(f"{label}: " + ", ".join(f"{k} {v}" for k, v in f[key].items()), highlight=False)
    show_table(["date", "mission", "personnel type", "incident type", "casualty id", "line"],
               [[i["date"], i["mission"], i["personnel_type"], i["incident_type"], i["casualty_id"], str(i["line"])]
                for i in f["incidents"]])


class Lang(str, Enum):
    en = "en"
    es = "es"
    fr = "fr"


class DraftFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"
    json = "json"


@app.command()
def release(
    country: Annotated[str, typer.Argument(help="The contributing country to thank: name, ISO3 or M49.")],
    date: Annotated[str | None, typer.Option("--date", help="Date of the release (YYYY-MM-DD); default today.")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Report month to use (YYYY-MM); default: the latest published before --date.")] = None,
    lang: Annotated[Lang, typer.Option("--lang")] = Lang.en,
    format: Annotated[DraftFormat, typer.Option("--format", "-f")] = DraftFormat.md,
    brief: Annotated[Path | None, typer.Option("--brief", help="Editorial brief (TOML or YAML).", dir_okay=False)]
    = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write; a FILE.sources.json sidecar lists every figure's source.")] = None,
    db: DbOption = None,
) -> None:
    """Draft the thank-you press release for a contributing country, every figure sourced."""
    from .release import brief as brief_mod  # Word and templates load only for this command
    from .release import draft as draft_mod
    from .release import render as render_mod

    with failing_cleanly():
        day = dates.when(date) if date else _dt.date.today()
        editorial = brief_mod.load(brief) if brief else None
        if format is DraftFormat.docx and output is None:
            raise PeacekeepingError("a Word draft needs a file: add -o FILE.docx")
        with store.connect(db) as con:
            draft = draft_mod.build(con, country, day, lang.value, as_of, editorial)
    month = draft.month
    chosen = "as asked" if as_of else f"the latest published before {day.isoformat()}"
    err.print(f"figures from the report of {month['as_of']} ({month['report']}), {chosen}; "
              f"{len(draft.figures)} figures sourced"
              + (f"; {len(draft.placeholders)} placeholders to fill" if draft.placeholders else ""), highlight=False)
    content = render_mod.render(draft, format.value)
    if output is None:
        sys.stdout.buffer.write(content)
        return
    output.write_bytes(content)
    sidecar = output.with_name(output.name + ".sources.json")
    sidecar.write_text(_json.dumps(render_mod.sources(draft), ensure_ascii=False, indent=2), encoding="utf-8")
    err.print(f"wrote {output} and {sidecar}", highlight=False)


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


@app.command()
def check(
    file: Annotated[str, typer.Argument(help="The text to check: a file, or - for standard input.")],
    date: Annotated[str | None, typer.Option(
        "--date", help="Publication date (YYYY-MM-DD): only reports generated before it are candidates.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="The country the text is about (default: found "
                                                                  "in the text).")] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
    db: DbOption = None,
) -> None:
    """Verify every figure in a published text against the report month it must have used."""
    from .check import render, verify

    with failing_cleanly():
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            try:
                data = Path(file).read_bytes()
            except OSError as exc:
                raise PeacekeepingError(f"{file}: cannot read ({exc.strerror})") from None
        source, note = render.read_text(data)
        day = dates.when(date) if date else None
        with store.connect(db) as con:
            result = verify.check(con, source, day, country)
    if format is CheckFormat.json:
        typer.echo(render.as_json(result, note))
    elif format is CheckFormat.html:
        typer.echo(render.html(result, source, note))
    else:
        typer.echo(render.text(result, note), nl=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """The web dashboard and JSON API (the store opened read-only)."""
    import uvicorn

    from .web.app import create_app

    with failing_cleanly():
        path = db or store.default_path()
        store.connect(path).close()  # fail now, with the one-line message, if there is no store
    err.print(f"serving {path} on http://{host}:{port}/ (API docs at /docs)", highlight=False)
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


@app.command()
def update(
    source: Annotated[Path | None, typer.Option(
        "--from", help="Ingest a local mirror of the Data Hub files from this folder instead of downloading.",
        file_okay=False)] = None,
    datasets: Annotated[list[str] | None, typer.Option(
        "--datasets", help="Data Hub dataset ids (default: all four).")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="Another address of the Data Hub API "
                                                                    "(a mirror).")] = None,
    retries: Annotated[int, typer.Option(help="Retries of a failed download (with backoff).", min=0)] = 3,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server at each step.", min=0.1)] = 30,
    db: DbOption = None,
) -> None:
    """Download the Data Hub's datasets (contributions, ranking, fatalities, missions) and ingest what changed."""
    def downloaded(snapshot) -> None:
        out.print(f"{snapshot.dataset}: {'new snapshot' if snapshot.changed else 'unchanged'} "
                  f"{snapshot.path.name} (sha256 {snapshot.sha256[:12]})", highlight=False)

    with failing_cleanly(), Progress(TextColumn("{task.description}"), BarColumn(),
                                     TextColumn("{task.completed:,} bytes"), console=err, transient=True,
                                     disable=not err.is_terminal) as bar:
        tasks: dict[str, object] = {}

        def downloading(dataset: str, done: int, total: int | None) -> None:
            if dataset not in tasks:
                tasks[dataset] = bar.add_task(f"Downloading {dataset}", total=None)
            bar.update(tasks[dataset], completed=done, total=total)

        summary = ingest_mod.update(db, source, datasets, base_url, retries, timeout, downloading,
                                    downloaded).summary
    for o in summary.outcomes:
        if o.status != "unchanged":
            out.print(f"{o.status} {o.file}" + (f": {o.reason}" if o.reason else ""), highlight=False)
    out.print(f"store: {summary.months} months, {summary.rows:,} rows, {summary.flags} quality flags", highlight=False)
