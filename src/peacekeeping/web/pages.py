"""HTML pages: Jinja2 (base.html + partials), the same data as the API, charts rendered in the browser."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from .. import dates, facts
from ..check import render as check_render
from ..check import verify
from ..facts import coverage, quality
from ..facts.caveats import texts_under
from ..release import draft as drafts
from ..release import render, wording
from . import charts
from .deps import MAX_CHECK_TEXT, AsOf, Con
from .errors import ApiError

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["num"] = lambda n: "" if n is None else f"{n:,}"
templates.env.filters["pct"] = lambda x: "" if x is None else f"{x:.1%}"
templates.env.filters["ordinal"] = lambda n: "" if n is None else wording.ordinal(n, "en")
templates.env.filters["spec"] = lambda spec: Markup(json.dumps(spec).replace("</", "<\\/"))
FORMATS = {"num": templates.env.filters["num"], "pct": templates.env.filters["pct"],
           "ordinal": templates.env.filters["ordinal"]}


def fig(value, path: str, caveats: list[dict], fmt: str = "num", id: str | None = None) -> Markup:
    """A figure on a page (with `id`, the element the figure alone is in): its value, or 'withheld' or 'not in this
    report', then links to the caveats that touch it."""
    shown = [i for i, c in enumerate(caveats, start=1) if c["kind"] != "month" and path in c["figures"]]
    withheld = any(caveats[i - 1]["kind"] == "unreliable" for i in shown)
    if value is not None:
        text = FORMATS[fmt](value)
    else:
        text = "withheld" if withheld else "not in this report" if shown else ""
    links = Markup("").join(Markup('<sup><a href="#caveat-{}" class="caveat-mark">[{}]</a></sup>').format(i, i)
                           for i in shown)
    css = "fig" + (" withheld" if value is None and withheld else "")
    return Markup('<span class="{}"{}>{}</span>').format(css, Markup(' id="{}"').format(id) if id else "",
                                                        text) + links


templates.env.globals["fig"] = fig


def page(request: Request, name: str, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def error_page(request: Request, error: ApiError) -> str:
    """The error page: the same fields as the API's error body."""
    return templates.get_template("error.html").render(request=request, error=error.body()["error"])


@router.get("/", response_class=HTMLResponse)
def home(request: Request, con: Con) -> HTMLResponse:
    totals = facts.totals(con)
    ranking = facts.ranking(con, totals["month"]["as_of"])
    trend = facts.series(con)
    return page(request, "home.html", totals=totals, top=ranking["rows"][:10],
                trend=charts.trend(trend["points"], "Uniformed personnel deployed, by report month"),
                map=charts.world_map([{"m49": r["m49"], "country": r["country"], "total": r["total"]}
                                      for r in ranking["rows"]], "Contributions by country"))


@router.get("/go")
def go(country: str) -> RedirectResponse:
    """The header's country box: straight to the country's page."""
    return RedirectResponse(f"/country/{quote(country.strip())}", status_code=303)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's endpoints from its OpenAPI schema (served here, so it works offline)."""
    schema = request.app.openapi()
    return page(request, "api.html", schema=schema)


@router.get("/country/{country}", response_class=HTMLResponse)
def country(request: Request, country: str, con: Con, as_of: AsOf = None,
            date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None) -> HTMLResponse:
    profile = facts.country_profile(con, country, as_of)
    iso3 = profile.country["iso3"]
    history = facts.series(con, iso3)
    day = dates.when(date) if date else dt.date.fromisoformat(profile.month["as_of"]) + dt.timedelta(days=1)
    deaths = profile.fatalities and facts.fatalities(con, iso3, until=day)  # the draft's count: one figure a page
    draft = None
    if profile.total != 0:
        draft = drafts.build(con, iso3, day, "en", profile.month["as_of"], allow_unreliable=True)
    return page(request, "country.html", p=profile, draft=draft, day=day.isoformat(),
                draft_html=draft and Markup(render.html_fragment(draft)),
                deaths=deaths,
                by_type=charts.by_type(history["points"], "Personnel by type"),
                women=charts.women_share(history["points"], "Women's share of personnel"),
                share_by_type=charts.share_by_type(profile.by_type, f"Women's share by type, {profile.month['month']}"),
                fatal=deaths and deaths["count"] and charts.fatalities(deaths["incidents"],
                                                                        "Fatalities by year and incident type"))


@router.get("/rankings", response_class=HTMLResponse)
def rankings(request: Request, con: Con, as_of: AsOf = None, by: Literal["total", "women"] = "total") -> HTMLResponse:
    result = facts.ranking(con, as_of, by)
    months = [m for m in coverage.coverage(con) if m["status"] == "ingested"]
    return page(request, "rankings.html", result=result, by=by, months=list(reversed(months)))


@router.get("/rankings.csv")
def rankings_csv(con: Con, as_of: AsOf = None, by: Literal["total", "women"] = "total") -> Response:
    result = facts.ranking(con, as_of, by)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "iso3", "m49", "country", "total", "women", "men", "as_of", "report", "caveats"])
    for i, r in enumerate(result["rows"]):
        writer.writerow([r["rank"], r["iso3"], r["m49"], r["country"], r["total"], r["women"], r["men"],
                         result["month"]["as_of"], result["month"]["report"],
                         texts_under(result["caveats"], f"/rows/{i}/")])
    name = f"ranking-{by}-{result['month']['month']}.csv"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/mission/{acronym}", response_class=HTMLResponse)
def mission(request: Request, acronym: str, con: Con, as_of: AsOf = None) -> HTMLResponse:
    m = facts.mission(con, acronym, as_of)
    history = facts.series(con, mission_acronym=m["acronym"])
    place = con.execute("SELECT hq, latitude, longitude, start_date, end_date FROM missions WHERE acronym = ?",
                        [m["acronym"]]).fetchone()
    points = ([{"latitude": place[1], "longitude": place[2], "label": f"{m['acronym']}: {place[0]}"}]
              if place and place[1] is not None else [])
    rows = [{"m49": c["m49"], "country": c["country"], "total": c["total"]} for c in m["contributors"]]
    return page(request, "mission.html", m=m, place=place,
                strength=charts.trend(history["points"], f"{m['acronym']}: uniformed personnel by report month"),
                map=charts.world_map(rows, "Contributors and headquarters", points))


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    return page(request, "check.html", result=None, text="", date="", country="")


@router.post("/check", response_class=HTMLResponse)
def check_text(request: Request, con: Con, text: Annotated[str, Form(max_length=MAX_CHECK_TEXT)],
               date: Annotated[str, Form()] = "", country: Annotated[str, Form()] = "") -> HTMLResponse:
    day = dates.when(date) if date.strip() else None
    result = verify.check(con, text, day, country.strip() or None)
    return page(request, "check.html", result=result, text=text, date=date, country=country,
                marked=check_render.highlight(result, text), source_text=check_render.source_text)


@router.get("/data", response_class=HTMLResponse)
def data(request: Request, con: Con) -> HTMLResponse:
    months = coverage.coverage(con)
    flags = quality.flags(con)
    flagged = {f"{f['as_of']:%Y-%m}" for f in flags}
    return page(request, "data.html", months=months, missing=[m["month"] for m in months if m["status"] == "missing"],
                flags=flags, calendar=charts.coverage(months, flagged))
