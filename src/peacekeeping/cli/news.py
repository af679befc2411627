"""Commands for what is new in a month: the ranked stories, and the campaign pack of drafts."""

from __future__ import annotations

import json as _json
from pathlib import Path
from typing import Annotated

import typer

from .. import store
from .common import AsOfOption, DbOption, app, err, failing_cleanly, out


@app.command()
def news(
    as_of: AsOfOption = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the leads: en, es or fr.")] = "en",
    json: Annotated[bool, typer.Option("--json", help="Print the news as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """What is new in a report month: stories ranked, with figures, months compared, sources and leads."""
    from .. import news as news_mod

    with failing_cleanly(), store.connect(db) as con:
        n = news_mod.build(con, as_of)
    if json:
        typer.echo(_json.dumps(n.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    out.print(f"[bold]What's new[/] in the report of {n.month['as_of']} ({n.month['report']})"
              + (f", against {n.compared['previous']['month']}" if n.compared else ""), highlight=False)
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
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the pack to.", file_okay=False)]
    = Path("pack"),
    db: DbOption = None,
) -> None:
    """A campaign pack: drafts (Markdown and Word, with sources) for the countries with the strongest stories."""
    from .. import pack as pack_mod

    with failing_cleanly(), store.connect(db) as con:
        index = pack_mod.pack(con, as_of, top, output)
    drafted = [e for e in index["countries"] if "files" in e]
    err.print(f"wrote {len(drafted)} drafts and index.md, index.html to {output}", highlight=False)
