"""The unversioned API under /api (deprecated: see /api/v1), kept answering as it did for its clients."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from ... import facts
from ...facts import coverage, quality
from ...facts.models import dump
from ..deps import MAX_CHECK_TEXT, AsOf, Con
from . import v1


def _deprecated(response: Response) -> None:
    """Every answer of the unversioned API says it is deprecated, and where its successor is."""
    response.headers["Deprecation"] = "true"
    response.headers["Link"] = '</api/v1>; rel="successor-version"'


router = APIRouter(
    prefix="/api", tags=["deprecated"], deprecated=True, dependencies=[Depends(_deprecated)], responses=v1.ERRORS
)


@router.get("/countries", summary="Countries in the store, with their latest figures")
def countries(con: Con) -> list[dict]:
    return dump(coverage.contributors(con))


@router.get("/profile/{country}", summary="A country's contribution in one report month")
def profile(country: str, con: Con, as_of: AsOf = None) -> dict:
    return facts.country_profile(con, country, as_of).to_dict()


@router.get("/ranking", summary="Contributors with competition ranks")
def ranking(
    con: Con,
    as_of: AsOf = None,
    by: Literal["total", "women"] = "total",
    top: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict:
    result = facts.ranking(con, as_of, by)
    if top is not None:
        kept = [
            r
            for r in result.rows  # a withheld row is kept; an unranked one only in full
            if (r.rank or 0) <= top and (r.rank is not None or r.printed is not None)
        ]
        result = result.model_copy(update={"rows": kept})
    return dump(result, given_only=True)


@router.get("/missions", summary="Missions of a report month with their strength, kind and location")
def missions(con: Con, as_of: AsOf = None) -> dict:
    return dump(facts.missions(con, as_of), given_only=True)


@router.get("/missions/{acronym}", summary="A mission's contributors in one report month")
def mission(acronym: str, con: Con, as_of: AsOf = None) -> dict:
    return dump(facts.mission(con, acronym, as_of), given_only=True)


@router.get("/series", summary="Totals and women per report month for a country and/or a mission")
def series(con: Con, country: str | None = None, mission: str | None = None) -> dict:
    return dump(facts.series(con, country, mission), given_only=True)


@router.get("/fatalities/{country}", summary="Fatalities of a country's nationals")
def fatalities(country: str, con: Con, until: AsOf = None, release: AsOf = None) -> dict:
    return dump(facts.fatalities(con, country, until, release), given_only=True)


@router.get("/totals", summary="Global figures of a report month")
def totals(con: Con, as_of: AsOf = None) -> dict:
    return dump(facts.totals(con, as_of), given_only=True)


@router.get("/months", summary="Coverage: every month, ingested or missing, with notes")
def months(con: Con) -> dict:
    rows = coverage.coverage(con)
    return {
        "months": dump(rows),
        "missing": [r.month for r in rows if r.status == "missing"],
    }


@router.get("/quality", summary="Quality flags: implausible values kept as printed")
def quality_flags(con: Con) -> list[dict]:
    return dump(quality.flags(con))


@router.get(
    "/release/{country}", summary="A release draft (md, html, json, or docx as a download)", response_class=Response
)
def release(
    country: str,
    con: Con,
    date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    as_of: AsOf = None,
    lang: Literal["en", "es", "fr"] = "en",
    format: Literal["md", "html", "json", "docx"] = "json",
    allow_unreliable: bool = False,
) -> Response:
    answer = v1.release(country, con, date, as_of, lang, format, allow_unreliable)
    return answer if isinstance(answer, Response) else JSONResponse(answer)


@router.post("/check", summary="Check the figures of a text against the data")
async def check(
    request: Request,
    text: Annotated[str, Body(max_length=MAX_CHECK_TEXT)],
    date: Annotated[str | None, Body(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")] = None,
    country: Annotated[str | None, Body(max_length=100)] = None,
) -> dict:
    return await v1.check(request, text, date, country)


@router.get("/news", summary="What is new in a report month")
def what_is_new(con: Con, as_of: AsOf = None) -> dict:
    return v1.what_is_new(con, as_of)
