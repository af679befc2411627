"""The JSON API under /api: the facts engine, release drafts and the claim checker over HTTP."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Request, Response

from .. import dates, facts
from ..check import verify
from ..facts import coverage, quality
from ..harmonize import countries as country_table
from ..release import draft as drafts
from ..release import render

router = APIRouter(prefix="/api", tags=["api"])
MAX_CHECK_TEXT = 100_000  # characters a /api/check text may have

AsOf = Annotated[str | None, Query(description="Report month YYYY-MM or date YYYY-MM-DD; default the latest",
                                   pattern=r"^\d{4}-\d{2}(-\d{2})?$")]


def con(request: Request):
    """A cursor on the store for one request."""
    cursor = request.app.state.store.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


Con = Annotated[object, Depends(con)]


@router.get("/countries", summary="Countries in the store, with their latest figures")
def countries(con: Con) -> list[dict]:
    rows = con.execute(
        """SELECT iso3, min(as_of) FILTER (WHERE total > 0), max(as_of) FILTER (WHERE total > 0),
                  arg_max(total, as_of) FROM country_months GROUP BY iso3""").fetchall()
    out = []
    for iso3, first, last, latest in rows:
        c = country_table.by_iso3(iso3)
        out.append({"iso3": iso3, "m49": c.m49, "name": c.name, "first_month": first and f"{first:%Y-%m}",
                    "last_month": last and f"{last:%Y-%m}", "latest_total": latest})
    return sorted(out, key=lambda c: c["name"])


@router.get("/profile/{country}", summary="A country's contribution in one report month")
def profile(country: str, con: Con, as_of: AsOf = None) -> dict:
    return facts.country_profile(con, country, as_of).to_dict()


@router.get("/ranking", summary="Contributors with competition ranks")
def ranking(con: Con, as_of: AsOf = None, by: Literal["total", "women"] = "total",
            top: Annotated[int | None, Query(ge=1, le=500)] = None) -> dict:
    result = facts.ranking(con, as_of, by)
    if top is not None:
        result["rows"] = [r for r in result["rows"] if r["rank"] <= top]
    return result


@router.get("/missions", summary="Missions of a report month with their strength, kind and location")
def missions(con: Con, as_of: AsOf = None) -> dict:
    return facts.missions(con, as_of)


@router.get("/missions/{acronym}", summary="A mission's contributors in one report month")
def mission(acronym: str, con: Con, as_of: AsOf = None) -> dict:
    return facts.mission(con, acronym, as_of)


@router.get("/series", summary="Totals and women per report month for a country and/or a mission")
def series(con: Con, country: str | None = None, mission: str | None = None) -> dict:
    return facts.series(con, country, mission)


@router.get("/fatalities/{country}", summary="Fatalities of a country's nationals")
def fatalities(country: str, con: Con, until: AsOf = None, release: AsOf = None) -> dict:
    return facts.fatalities(con, country, until, release)


@router.get("/totals", summary="Global figures of a report month")
def totals(con: Con, as_of: AsOf = None) -> dict:
    return facts.totals(con, as_of)


@router.get("/months", summary="Coverage: every month, ingested or missing, with notes")
def months(con: Con) -> dict:
    rows = coverage.coverage(con)
    return {"months": [{**r, "as_of": r["as_of"] and r["as_of"].isoformat()} for r in rows],
            "missing": [r["month"] for r in rows if r["status"] == "missing"]}


@router.get("/quality", summary="Quality flags: implausible values kept as printed")
def quality_flags(con: Con) -> list[dict]:
    return [{**f, "as_of": f["as_of"].isoformat()} for f in quality.flags(con)]


@router.get("/release/{country}", summary="A release draft (md, html, json, or docx as a download)",
            response_class=Response)
def release(country: str, con: Con, date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
            as_of: AsOf = None, lang: Literal["en", "es", "fr"] = "en",
            format: Literal["md", "html", "json", "docx"] = "json",
            allow_unreliable: Annotated[bool, Query(description="State figures the report printed in error, marked "
                                                                "for the editor")] = False) -> Response:
    day = dates.when(date) if date else dt.date.today()
    draft = drafts.build(con, country, day, lang, as_of, allow_unreliable=allow_unreliable)
    content = render.render(draft, format)
    media = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "json": "application/json",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    headers = {}
    if format in ("docx", "md"):
        name = f"release-{draft.country['iso3'].lower()}-{draft.date}-{lang}.{format}"
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return Response(content, media_type=media[format], headers=headers)


@router.post("/check", summary="Check the figures of a text against the data")
def check(con: Con, text: Annotated[str, Body(max_length=MAX_CHECK_TEXT)],
          date: Annotated[str | None, Body(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
          country: Annotated[str | None, Body(max_length=100)] = None) -> dict:
    return verify.check(con, text, dates.when(date) if date else None, country).to_dict()

