"""The "What's new" page, its JSON and its campaign pack download: thin routes over peacekeeping.news."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ... import news
from ... import pack as packs
from .. import reads
from ..deps import AsOf, Con
from ..render import page

router = APIRouter()


@router.get("/news", response_class=HTMLResponse, include_in_schema=False)
def news_page(
    request: Request, con: Con, as_of: AsOf = None, lang: Annotated[str, Query(pattern="^(en|es|fr)$")] = "en"
) -> HTMLResponse:
    """What is new in a month; the leads in the reader's language (`lang`, or the language switch's cookie)."""
    built = news.build(con, as_of)
    return page(request, "news.html", n=built, nav=reads.month_nav(con, built.month["month"]))


@router.get("/news.zip", include_in_schema=False)
def news_pack(
    con: Con,
    as_of: AsOf = None,
    top: Annotated[int, Query(ge=1, le=20)] = 5,
    lang: Annotated[str, Query(pattern="^(en|es|fr)$")] = "en",
) -> Response:
    name, data = packs.zipped(con, as_of, top, lang)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, media_type="application/zip", headers=headers)
