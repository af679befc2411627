"""Commands for what is new in a month: the ranked stories, and the campaign pack of drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import store
from .common import (
    AsOfOption,
    DbOption,
    FormatOption,
    OutputFormat,
    app,
    chosen_format,
    err,
    failing_cleanly,
    out,
    printed_as_data,
    usage_error,
)

LangOption = Annotated[str, typer.Option("--lang", help="Language of the leads and drafts: en, es or fr.")]
NEWS_COLUMNS = ["rank", "kind", "score", "iso3", "country", "mission", "months", "lead", "sources"]


def _lang(lang: str) -> str:
    """The language asked, checked (a usage error names the choices)."""
    if lang not in ("en", "es", "fr"):
        usage_error(f"--lang {lang}: not a language of the leads; choose en, es or fr")
    return lang


def _source(src: dict) -> str:
    """A story's source as one cell: the file or table, with its pages or line."""
    name = src.get("file") or src.get("table") or ""
    if src.get("pages"):
        return f"{name} p. {', '.join(map(str, src['pages']))}"
    return f"{name}, {src['line']}" if src.get("table") and src.get("line") else name


@app.command()
def news(
    as_of: AsOfOption = None,
    lang: LangOption = "en",
    format: FormatOption = OutputFormat.text,
    json: Annotated[bool, typer.Option("--json", hidden=True, help="Old spelling of -f json.")] = False,
    db: DbOption = None,
) -> None:
    """What is new in a report month: stories ranked, with figures, months compared, sources and leads."""
    from .. import news as news_mod

    lang = _lang(lang)
    with failing_cleanly(), store.connect(db) as con:
        n = news_mod.build(con, as_of)
    format = chosen_format(format, json=json)
    if printed_as_data(
        format,
        n.to_dict(),
        NEWS_COLUMNS,
        lambda: [
            [
                i,
                s.kind,
                s.score,
                s.subject.get("iso3"),
                s.subject.get("country"),
                s.subject.get("mission"),
                " ".join(s.months),
                s.lead[lang],
                "; ".join(_source(src) for src in s.sources),
            ]
            for i, s in enumerate(n.stories, start=1)
        ],
    ):
        return
    out.print(
        f"[bold]What's new[/] in the report of {n.month['as_of']} ({n.month['report']})"
        + (f", against {n.compared['previous']['month']}" if n.compared else ""),
        highlight=False,
    )
    if n.world:
        out.print(n.world["lead"][lang], highlight=False)
    for i, s in enumerate(n.stories, start=1):
        sources = "; ".join(src.get("file") or src.get("table") or "" for src in s.sources)
        out.print(f"{i:3}. {s.kind}: {s.lead[lang]} ({sources})", highlight=False, markup=False)
    for line in n.cannot:
        out.print(f"note: {line}", highlight=False)


@app.command()
def pack(
    as_of: AsOfOption = None,
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="How many countries.")] = 5,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder to write the pack to.", file_okay=False)
    ] = Path("pack"),
    date: Annotated[
        str | None,
        typer.Option(
            "--date", help="Date of the drafts (YYYY-MM-DD), on or after the figures' publication; default: that day."
        ),
    ] = None,
    lang: LangOption = "en",
    brief: Annotated[
        Path | None,
        typer.Option("--brief", help="Editorial brief (TOML or YAML): speaker, quotes, contacts.", dir_okay=False),
    ] = None,
    db: DbOption = None,
) -> None:
    """A campaign pack: drafts (Markdown and Word, with sources) for the countries with reasons to thank (growth, new
    missions, women's share up, records), never one whose total fell."""
    from .. import dates
    from .. import pack as pack_mod
    from ..release import brief as brief_mod

    lang = _lang(lang)
    with failing_cleanly():
        day = dates.when(date) if date else None
        editorial = brief_mod.load(brief) if brief else None
        with store.connect(db) as con:
            index = pack_mod.pack(con, as_of, top, output, day, lang, editorial)
    drafted = [e for e in index["countries"] if "files" in e]
    err.print(
        f"wrote {len(drafted)} {'draft' if len(drafted) == 1 else 'drafts'} dated {index['date']} and "
        f"index.md, index.html to {output}",
        highlight=False,
    )
    if len(drafted) < top:
        err.print(
            f"note: {top - len(drafted)} fewer than asked: no other country has a reason to thank this month",
            highlight=False,
        )
