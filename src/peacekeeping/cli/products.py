"""Commands that make products of the store: release drafts, claim checks, the web server."""

from __future__ import annotations

import datetime as _dt
import json as _json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .. import dates, store, wording
from ..errors import PeacekeepingError
from .common import DbOption, app, err, failing_cleanly, file_format, output_file


class Lang(str, Enum):
    en = "en"
    es = "es"
    fr = "fr"


class DraftFormat(str, Enum):
    md = "md"
    txt = "txt"
    html = "html"
    docx = "docx"
    json = "json"


@app.command()
def release(
    country: Annotated[str, typer.Argument(help="The contributing country to thank: name, ISO3 or M49.")],
    date: Annotated[str | None, typer.Option("--date", help="Date of the release (YYYY-MM-DD); default today.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Report month to use (YYYY-MM); default: the latest published before --date."),
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the draft: en, es or fr.")] = Lang.en,
    format: Annotated[
        DraftFormat | None,
        typer.Option(
            "--format", "-f", help="Default: the extension of -o FILE (.md, .txt, .html, .docx, .json), else md."
        ),
    ] = None,
    brief: Annotated[
        Path | None, typer.Option("--brief", help="Editorial brief (TOML or YAML).", dir_okay=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write; a FILE.sources.json sidecar lists every figure's source."),
    ] = None,
    allow_unreliable: Annotated[
        bool,
        typer.Option("--allow-unreliable", help="State figures the report printed in error, marked for the editor."),
    ] = False,
    clean: Annotated[
        bool,
        typer.Option(
            "--clean",
            help="The text alone, for a CMS: no footnotes, sources or notes for the editor (those go to "
            "stderr, and the sidecar still lists every figure's source).",
        ),
    ] = False,
    bold_figures: Annotated[bool, typer.Option("--bold-figures", help="Set the figures in bold (Word).")] = False,
    db: DbOption = None,
) -> None:
    """Draft the thank-you press release for a contributing country, every figure sourced."""
    from ..release import brief as brief_mod  # Word and templates load only for this command
    from ..release import draft as draft_mod
    from ..release import render as render_mod

    fmt = file_format(output, format.value if format else None, render_mod.FORMATS, "md", "a draft")
    with failing_cleanly():
        output = output_file(output)
        day = dates.when(date) if date else _dt.date.today()
        editorial = brief_mod.load(brief) if brief else None
        if fmt == "docx" and output is None:
            raise PeacekeepingError("a Word draft needs a file: add -o FILE.docx")
        with store.connect(db) as con:
            draft = draft_mod.build(con, country, day, lang.value, as_of, editorial, allow_unreliable)
    month = draft.month
    if not as_of:
        chosen = f"the latest published before {day.isoformat()}"
    else:
        chosen = month["substitution"] or "as asked"
    err.print(
        f"figures from the report of {month['as_of']} ({month['report']}), {chosen}; "
        f"{len(draft.figures)} figures sourced"
        + (f"; {_count(len(draft.placeholders), 'placeholder')} to fill" if draft.placeholders else "")
        + (f"; {_count(len(draft.caveats), 'note')} for the editor" if draft.caveats else ""),
        highlight=False,
    )
    if clean:
        for note in render_mod.editor_notes(draft):
            err.print(f"note for the editor: {note}", highlight=False, markup=False)
    content = render_mod.render(draft, fmt, clean=clean, bold=bold_figures)
    if output is None:
        sys.stdout.buffer.write(content)
        return
    output.write_bytes(content)
    sidecar = output.with_name(output.name + ".sources.json")
    sidecar.write_text(_json.dumps(render_mod.sources(draft), ensure_ascii=False, indent=2), encoding="utf-8")
    err.print(f"wrote {output} and {sidecar}", highlight=False)


def _count(n: int, noun: str) -> str:
    """ "1 note", "2 notes" (English: the command line speaks English)."""
    return f"{n} {wording.plural(n, noun, noun + 's')}"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


@app.command()
def check(
    file: Annotated[str, typer.Argument(help="The text to check: a file, or - for standard input.")],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known (a "
            "window): only reports generated before it are candidates.",
        ),
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="The country the text is about (default: found in the text).")
    ] = None,
    format: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="text (for people), json (every claim and verdict) or html (the text, figures marked).",
        ),
    ] = CheckFormat.text,
    db: DbOption = None,
) -> None:
    """Verify every figure in a published text against the report month it must have used."""
    from ..check import inputs, periods, render, verify

    with failing_cleanly():
        if file == "-":
            data = sys.stdin.buffer.read(inputs.MAX_BYTES + 1)
        else:
            try:
                inputs.refuse_size(file, Path(file).stat().st_size)  # before it is read whole
                data = Path(file).read_bytes()
            except OSError as exc:
                raise PeacekeepingError(f"{file}: cannot read ({exc.strerror})") from None
        name = "standard input" if file == "-" else file
        source, note = inputs.read(data, name)
        inputs.refuse_other_languages(source, name)
        periods.published(date)  # a day, or a month or a year as a window (docs/check.md): refused here if bad
        with store.connect(db) as con:
            result = verify.check(con, source, date, country)
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
    workers: Annotated[int, typer.Option(help="Processes, each with its own read-only store connection.", min=1)] = 1,
) -> None:
    """The web dashboard and JSON API (the store opened read-only)."""
    from ..web.server import connection_cap, file_limit, listen
    from ..web.server import serve as serving

    with failing_cleanly():
        path = (db or store.default_path()).resolve()
        store.connect(path).close()  # fail now, with the one-line message, if there is no store
        sock = listen(host, port)  # and if the port is taken, before saying "serving"
    files = file_limit()  # raised where it can be: said, as a low one caps the connections
    err.print(
        f"serving {path} on http://{host}:{port}/ with {workers} process{'es' if workers > 1 else ''}, "
        f"file limit {files:,}: up to {connection_cap():,} connections each (API docs at /docs)",
        highlight=False,
    )
    serving(path, sock, workers)
