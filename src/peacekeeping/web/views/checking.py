"""The check page: a text's figures checked against the month it must have used, in a worker process."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from ...check import render as check_render
from ..deps import MAX_CHECK_TEXT
from ..render import page

router = APIRouter(include_in_schema=False)
# A claim's kind as the check page names it (web/messages.csv translates it)
CLAIM_LABELS = {
    "total": "personnel",
    "women": "women",
    "type": "personnel of one type",
    "missions": "missions",
    "rank": "rank",
    "rank_women": "rank among women",
    "rank_partial": "rank in a group",
    "mission_count": "personnel in a mission",
    "mission_women": "women in a mission",
    "mission": "mission",
    "first_deployment": "first deployment",
    "past_mission": "past mission",
    "fatalities": "fatalities",
    "global_personnel": "personnel worldwide",
    "global_women": "women worldwide",
    "global_countries": "contributing countries",
    "global_operations": "operations",
    "global_fatalities": "fatalities worldwide",
    "other": "other",
}


# The example the check page offers: the seed release's opening sentence, as the UN published it.
EXAMPLE = {
    "text": "Peru provides 270 uniformed personnel, including 38 women, to five missions making it the 48th "
    "largest contributor of uniformed personnel to UN peace operations.",
    "date": "2022-10-12",
}


@router.get("/check", response_class=HTMLResponse)
def check_form(
    request: Request,
    text: Annotated[str, Query(max_length=2000)] = "",
    date: Annotated[str, Query(max_length=10)] = "",
    country: Annotated[str, Query(max_length=100)] = "",
) -> HTMLResponse:
    """The check form, prefilled from the address (a figure's link, the example): nothing checked until sent."""
    return page(
        request,
        "check.html",
        result=None,
        text=text,
        date=date,
        country=country,
        has_charts=False,
        example="/check?" + urlencode(EXAMPLE),
    )


@router.post("/check", response_class=HTMLResponse)
async def check_text(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_CHECK_TEXT)],
    date: Annotated[str, Form()] = "",
    country: Annotated[str, Form()] = "",
) -> HTMLResponse:
    # in a worker process, within a time budget, a few at once (web/checks.py); a day, a month or a year
    result = await request.app.state.checks.check(request, text, date.strip() or None, country.strip() or None, False)
    return page(
        request,
        "check.html",
        result=result,
        text=text,
        date=date,
        country=country,
        has_charts=False,
        marked=check_render.highlight(result, text),
        source_text=check_render.source_text,
        labels=CLAIM_LABELS,
        example="/check?" + urlencode(EXAMPLE),
    )
