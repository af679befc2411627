"""The JSON API, version 1 (/api/v1): resources named one way, typed answers, CSV for every list, pages of lists."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response

from ... import dates, facts, news
from ...facts import coverage, models, quality
from ...release import draft as drafts
from ...release import render
from ..deps import MAX_CHECK_TEXT, AsOf, Con, Paging, wants_csv
from ..errors import Error
from .tables import as_csv, paged

router = APIRouter(prefix="/api/v1", tags=["v1"])
ERRORS = {
    status: {"model": Error, "description": text}
    for status, text in (
        (400, "A request body that cannot be read"),
        (404, "Unknown country or mission, or a figure the report of that month does not hold"),
        (422, "A bad parameter, or a figure printed in error that a draft would state"),
        (503, "No store to read"),
    )
}
CSV = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "The rows as CSV (Accept: text/csv)"}
CountryName = Annotated[str, Path(description="Name, ISO3 or M49 code", examples=["Peru"], max_length=200)]
MissionName = Annotated[
    str, Path(description="Acronym in English, French or Spanish, or full name", examples=["MINUSCA"], max_length=200)
]
Register = Annotated[
    str | None,
    Query(
        description="Release of the fatalities register (YYYY-MM-DD); default newest", pattern=r"^\d{4}-\d{2}(-\d{2})?$"
    ),
]


def _get(path: str, model, operation: str, summary: str, tabular: bool = False):
    """A GET route of the API: typed answer, stable operation id, the error shape for every error."""
    responses = {**ERRORS, 200: CSV} if tabular else ERRORS

    def register(handler):
        if tabular:  # first: '/missions/MINUSCA.csv' is MINUSCA as CSV, not a mission named 'MINUSCA.csv'
            router.get(path + ".csv", include_in_schema=False)(handler)
        router.get(path, response_model=model, operation_id=operation, summary=summary, responses=responses)(handler)
        return handler

    return register


@_get(
    "/countries",
    list[models.CountryRow],
    "listCountries",
    "Countries in the store, with their latest figures",
    tabular=True,
)
def countries(request: Request, response: Response, con: Con, page: Paging):
    shown, _ = paged(request, response, coverage.contributors(con), page)
    return as_csv(shown, "countries.csv") if wants_csv(request) else shown


@_get("/countries/{country}", models.Profile, "getCountry", "A country's contribution in one report month")
def country(country: CountryName, con: Con, as_of: AsOf = None):
    return facts.country_profile(con, country, as_of)


@_get(
    "/countries/{country}/series",
    models.Series,
    "getCountrySeries",
    "A country's totals, women and types per report month",
    tabular=True,
)
def country_series(request: Request, country: CountryName, con: Con):
    result = facts.series(con, country)
    return (
        as_csv(result.points, f"series-{result.country.iso3}.csv", result.caveats, "points")
        if wants_csv(request)
        else result
    )


@_get(
    "/countries/{country}/fatalities",
    models.Fatalities,
    "getCountryFatalities",
    "Peacekeepers of one nationality who lost their lives, up to a date",
    tabular=True,
)
def country_fatalities(request: Request, country: CountryName, con: Con, as_of: AsOf = None, register: Register = None):
    result = facts.fatalities(con, country, as_of, register)
    return as_csv(result.incidents, f"fatalities-{result.country.iso3}.csv") if wants_csv(request) else result


@_get(
    "/missions", models.Missions, "listMissions", "Missions of a report month: strength, kind, location", tabular=True
)
def missions(request: Request, response: Response, con: Con, page: Paging, as_of: AsOf = None):
    result = facts.missions(con, as_of)
    shown, caveats = paged(request, response, result.missions, page, result.caveats, "missions")
    result = result.model_copy(update={"missions": shown, "caveats": caveats})  # the answer is shared: copied
    return (
        as_csv(result.missions, f"missions-{result.month.month}.csv", result.caveats, "missions")
        if wants_csv(request)
        else result
    )


@_get("/missions/{mission}", models.Mission, "getMission", "A mission's contributors in one report month", tabular=True)
def mission(request: Request, mission: MissionName, con: Con, as_of: AsOf = None):
    result = facts.mission(con, mission, as_of)
    return (
        as_csv(result.contributors, f"{result.acronym}-{result.month.month}.csv", result.caveats, "contributors")
        if wants_csv(request)
        else result
    )


@_get(
    "/missions/{mission}/series",
    models.Series,
    "getMissionSeries",
    "A mission's strength per report month",
    tabular=True,
)
def mission_series(request: Request, mission: MissionName, con: Con):
    result = facts.series(con, mission_acronym=mission)
    return (
        as_csv(result.points, f"series-{result.mission}.csv", result.caveats, "points")
        if wants_csv(request)
        else result
    )


@_get(
    "/rankings", models.Ranking, "getRanking", "Contributors with competition ranks, by total or by women", tabular=True
)
def rankings(
    request: Request,
    response: Response,
    con: Con,
    page: Paging,
    as_of: AsOf = None,
    by: Literal["total", "women"] = "total",
):
    result = facts.ranking(con, as_of, by)
    shown, caveats = paged(request, response, result.rows, page, result.caveats, "rows")
    result = result.model_copy(update={"rows": shown, "caveats": caveats})  # the answer is shared: copied
    return (
        as_csv(result.rows, f"ranking-{by}-{result.month.month}.csv", result.caveats, "rows")
        if wants_csv(request)
        else result
    )


@_get("/world", models.World, "getWorld", "World figures of a report month")
def world(con: Con, as_of: AsOf = None):
    return facts.totals(con, as_of)


@_get("/months", models.Months, "listMonths", "Coverage: every month, ingested or missing, with notes", tabular=True)
def months(request: Request, response: Response, con: Con, page: Paging):
    rows = coverage.coverage(con)
    missing = [r.month for r in rows if r.status == "missing"]
    shown, _ = paged(request, response, rows, page)
    return as_csv(shown, "months.csv") if wants_csv(request) else {"months": shown, "missing": missing}


@_get(
    "/quality",
    list[models.FlagRow],
    "listQualityFlags",
    "Quality flags: implausible values, and the decisions",
    tabular=True,
)
def quality_flags(request: Request, response: Response, con: Con, page: Paging):
    shown, _ = paged(request, response, quality.flags(con), page)
    return as_csv(shown, "quality.csv") if wants_csv(request) else shown


@_get("/news", models.News, "getNews", "What is new in a report month: stories with figures, sources and leads")
def what_is_new(con: Con, as_of: AsOf = None):
    return news.build(con, as_of).to_dict()


MEDIA = {
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@router.get(
    "/releases/{country}",
    response_model=models.Draft,
    operation_id="getReleaseDraft",
    summary="A release draft thanking a country (JSON, or md, txt, html, docx as a download)",
    responses={**ERRORS, 200: {"content": {m: {} for m in MEDIA.values()}}},
)
def release(
    country: CountryName,
    con: Con,
    date: Annotated[
        str | None, Query(description="Date of the release (YYYY-MM-DD); default today", pattern=r"^\d{4}-\d{2}-\d{2}$")
    ] = None,
    as_of: AsOf = None,
    lang: Literal["en", "es", "fr"] = "en",
    format: Literal["md", "txt", "html", "json", "docx"] = "json",
    allow_unreliable: Annotated[
        bool, Query(description="State figures the report printed in error, marked for the editor")
    ] = False,
    clean: Annotated[
        bool, Query(description="The text alone, for a CMS: no footnotes, sources or notes for the editor")
    ] = False,
):
    day = dates.when(date) if date else dt.date.today()
    draft = drafts.build(con, country, day, lang, as_of, allow_unreliable=allow_unreliable)
    if format == "json":
        return draft.to_dict()
    headers = {}
    if format in ("docx", "md", "txt"):
        name = f"release-{draft.country['iso3'].lower()}-{draft.date}-{lang}.{format}"
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return Response(render.render(draft, format, clean=clean), media_type=MEDIA[format], headers=headers)


@router.post(
    "/check",
    response_model=models.CheckResult,
    operation_id="checkText",
    responses=ERRORS,
    summary="Check every figure of a text against the report month it must have used",
)
async def check(
    request: Request,
    text: Annotated[str, Body(max_length=MAX_CHECK_TEXT, description="The text to check")],
    date: Annotated[
        str | None,
        Body(
            pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$",
            description="Publication date: YYYY-MM-DD, or YYYY-MM or YYYY when "
            "only the month or year is known (a window)",
        ),
    ] = None,
    country: Annotated[str | None, Body(max_length=100, description="The country the text is about")] = None,
):
    # in a worker process, within a time budget, a few at once (web/checks.py)
    return await request.app.state.checks.check(request, text, date, country, True)
