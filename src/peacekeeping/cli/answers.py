"""Commands that answer from the store: profile, rank, mission, fatalities."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from .. import facts, store
from ..facts.caveats import texts_under
from .common import (
    AsOfOption,
    DbOption,
    FormatOption,
    Marks,
    OutputFormat,
    app,
    chosen_format,
    failing_cleanly,
    month_line,
    out,
    people,
    printed_as_data,
    show_table,
)


@app.command()
def profile(
    country: Annotated[str, typer.Argument(help="Name, ISO3 or M49 code: Peru, PER, 604.")],
    as_of: AsOfOption = None,
    format: FormatOption = OutputFormat.text,
    json: Annotated[bool, typer.Option("--json", hidden=True, help="Old spelling of -f json.")] = False,
    db: DbOption = None,
) -> None:
    """A country's contribution in one report month, with ranks, missions and changes."""
    with failing_cleanly(), store.connect(db) as con:
        p = facts.country_profile(con, country, as_of)
    format = chosen_format(format, json=json)
    if printed_as_data(
        format,
        p,
        [
            "iso3",
            "country",
            "m49",
            "as_of",
            "report",
            "total",
            "women",
            "rank",
            "contributors",
            "rank_women",
            "contributors_of_women",
            "missions",
            "caveats",
        ],
        lambda: [
            [
                p.country.iso3,
                p.country.name,
                p.country.m49,
                p.month.as_of,
                p.month.report,
                p.total,
                p.women,
                p.rank,
                p.contributors,
                p.rank_women,
                p.contributors_of_women,
                p.mission_count,
                texts_under(p.caveats, "/"),
            ]
        ],
    ):  # see docs/profile.md
        return
    marks = Marks(p.caveats)
    out.print(
        f"[bold]{p.country.name}[/] ({p.country.iso3}, M49 {p.country.m49}), {month_line(p.month)}",
        highlight=False,
    )
    for line in marks.month():
        out.print(line, highlight=False)
    if not p.present:
        out.print("not listed in this report", highlight=False)
        return
    share = f", {marks.figure(p.women_share, '/women_share', '{:.1%}')} women" if p.women is not None else ""
    out.print(f"uniformed personnel: {people(p.total, p.women, marks)}{share}", highlight=False)
    women_rank = (
        f"; {marks.figure(p.rank_women, '/rank_women')} of {p.contributors_of_women} among contributors of women"
        if p.rank_women or p.women is not None
        else ""
    )
    if p.total == 0:  # listed with no one: not a contributor, not ranked
        out.print(f"rank: none, not a contributor this month ({p.contributors} countries are)", highlight=False)
    else:
        out.print(
            f"rank: {marks.figure(p.rank, '/rank')} of {p.contributors} contributors{women_rank}", highlight=False
        )
    for i, t in enumerate(p.by_type):
        out.print(f"  {t.personnel_type}: {people(t.total, t.women, marks, f'/by_type/{i}')}", highlight=False)
    for note in p.not_reported_separately:
        out.print(f"  ({note} not reported separately in this period)", highlight=False)
    if p.missions is None:
        out.print(f"missions: not in this report{marks.of('/missions')}", highlight=False)
    else:
        out.print(f"missions ({marks.figure(p.mission_count, '/mission_count')}):", highlight=False)
        for i, m in enumerate(p.missions):
            name = f" - {m.name}" if m.name else ""
            pages = ", ".join(map(str, m.pages))
            out.print(
                f"  {m.acronym}: {people(m.total, m.women, marks, f'/missions/{i}')}{name} (page {pages})",
                highlight=False,
            )
    for label, key, change in (
        ("previous report", "previous", p.previous),
        ("a year earlier", "year_earlier", p.year_earlier),
    ):
        if change:
            delta = "" if change.delta is None else f" ({change.delta:+,})"
            out.print(
                f"{label}: {marks.figure(change.total, f'/{key}/total')} on {change.as_of}{delta}", highlight=False
            )
    if p.first_month:
        out.print(f"first report month in the store listing it: {p.first_month}", highlight=False)
    if p.fatalities:
        f = p.fatalities
        out.print(
            f"fatalities of its nationals up to {f.until}: {f.count} ({f.all_time} in the whole "
            f"register, release {f.release.date}, {f.release.file})",
            highlight=False,
        )
    out.print(f"source: {p.source.report}, pages {', '.join(map(str, p.source.pages))}", highlight=False)
    for line in marks.notes():
        out.print(line, highlight=False)


class RankBy(str, Enum):
    total = "total"
    women = "women"


@app.command()
def rank(
    as_of: AsOfOption = None,
    by: Annotated[RankBy, typer.Option("--by", help="Rank by all personnel or by women.")] = RankBy.total,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the first N ranks.")] = None,
    format: FormatOption = OutputFormat.text,
    csv: Annotated[bool, typer.Option("--csv", hidden=True, help="Old spelling of -f csv.")] = False,
    db: DbOption = None,
) -> None:
    """Contributors of a month with competition ranks (equal totals share a rank)."""
    with failing_cleanly(), store.connect(db) as con:
        result = facts.ranking(con, as_of, by.value)
    rows = [
        (i, r)
        for i, r in enumerate(result.rows)  # a withheld row is shown; an unranked one only in full
        if top is None or (r.rank or 0) <= top and (r.rank is not None or r.printed is not None)
    ]
    columns = ["rank", "iso3", "country", "total", "women", "men"]
    format = chosen_format(format, csv=csv)
    if printed_as_data(
        format,
        result.model_copy(update={"rows": [r for _, r in rows]}),
        columns + ["as_of", "report", "caveats"],
        lambda: [
            [getattr(r, c) for c in columns]
            + [result.month.as_of, result.month.report, texts_under(result.caveats, f"/rows/{i}/")]
            for i, r in rows
        ],
    ):
        return
    marks = Marks(result.caveats)
    out.print(f"ranked by {by.value}, {month_line(result.month)}", highlight=False)
    for line in marks.month():
        out.print(line, highlight=False)
    show_table(
        columns,
        [
            [
                marks.figure(r.rank, f"/rows/{i}/rank", "{}"),
                r.iso3,
                r.country,
                marks.figure(r.total, f"/rows/{i}/total", "{}"),
                marks.figure(r.women, f"/rows/{i}/women", "{}"),
                "" if r.men is None else str(r.men),
            ]
            for i, r in rows
        ],
    )
    for line in marks.notes():
        out.print(line, highlight=False)


@app.command()
def mission(
    acronym: Annotated[str, typer.Argument(help="Mission acronym, e.g. MINUSCA.")],
    as_of: AsOfOption = None,
    format: FormatOption = OutputFormat.text,
    db: DbOption = None,
) -> None:
    """A mission's contributors and personnel types in one report month."""
    with failing_cleanly(), store.connect(db) as con:
        m = facts.mission(con, acronym, as_of)
    if printed_as_data(
        format,
        m,
        ["mission", "iso3", "country", "total", "women", "pages", "as_of", "report", "caveats"],
        lambda: [
            [
                m.acronym,
                c.iso3,
                c.country,
                c.total,
                c.women,
                " ".join(map(str, c.pages)),
                m.month.as_of,
                m.month.report,
                texts_under(m.caveats, f"/contributors/{i}/"),
            ]
            for i, c in enumerate(m.contributors)
        ],
    ):
        return
    marks = Marks(m.caveats)
    out.print(
        f"[bold]{m.acronym}[/]" + (f" - {m.name}" if m.name else "") + f", {month_line(m.month)}",
        highlight=False,
    )
    for line in marks.month():
        out.print(line, highlight=False)
    out.print(
        f"uniformed personnel: {people(m.total, m.women, marks)} from {len(m.contributors)} countries",
        highlight=False,
    )
    for i, t in enumerate(m.by_type):
        out.print(f"  {t.personnel_type}: {people(t.total, t.women, marks, f'/by_type/{i}')}", highlight=False)
    show_table(
        ["country", "iso3", "total", "women", "pages"],
        [
            [
                c.country,
                c.iso3,
                marks.figure(c.total, f"/contributors/{i}/total", "{}"),
                ""
                if c.women is None and not marks.of(f"/contributors/{i}/women")
                else marks.figure(c.women, f"/contributors/{i}/women", "{}"),
                ", ".join(map(str, c.pages)),
            ]
            for i, c in enumerate(m.contributors)
        ],
    )
    for line in marks.notes():
        out.print(line, highlight=False)


@app.command()
def fatalities(
    country: Annotated[str, typer.Argument(help="Name, ISO3 or M49 code of the nationality.")],
    until: Annotated[str | None, typer.Option("--until", help="Count deaths up to this date (YYYY-MM-DD).")] = None,
    release: Annotated[str | None, typer.Option("--release", help="Use this release of the register.")] = None,
    format: FormatOption = OutputFormat.text,
    json: Annotated[bool, typer.Option("--json", hidden=True, help="Old spelling of -f json.")] = False,
    db: DbOption = None,
) -> None:
    """Peacekeepers of one nationality who lost their lives, by mission, type and year."""
    with failing_cleanly(), store.connect(db) as con:
        f = facts.fatalities(con, country, until, release)
    format = chosen_format(format, json=json)
    columns = ["date", "mission", "personnel_type", "incident_type", "casualty_id", "line"]
    if printed_as_data(
        format,
        f,
        ["iso3", *columns, "release"],
        lambda: [[f.country.iso3, *(getattr(i, c) for c in columns), f.release.date] for i in f.incidents],
    ):
        return
    span = f" up to {f.until}" if f.until else ""
    out.print(
        f"[bold]{f.country.name}[/]: {f.count} fatalities{span} (register release {f.release.date}, {f.release.file})",
        highlight=False,
    )
    for label, key in (("by personnel type", "by_personnel_type"), ("by incident type", "by_incident_type")):
        if getattr(f, key):
            out.print(f"{label}: " + ", ".join(f"{k} {v}" for k, v in getattr(f, key).items()), highlight=False)
    show_table(
        ["date", "mission", "personnel type", "incident type", "casualty id", "line"],
        [[str(i.date), i.mission, i.personnel_type, i.incident_type, i.casualty_id, str(i.line)] for i in f.incidents],
    )
