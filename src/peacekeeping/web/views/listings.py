"""Pages of lists: rankings (and their CSV), missions, a mission, data coverage, and the full export."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ... import exports, facts
from ...facts.caveats import NotInReport, texts_under
from .. import reads
from ..charts import maps
from ..charts import trends as charts
from ..deps import AsOf, Con
from ..i18n import lang_of, words
from ..render import assets, page

router = APIRouter(include_in_schema=False)
BOM = "\ufeff"  # spreadsheets read a UTF-8 CSV's accents only with it
KINDS = {"pko": "peacekeeping operation", "spm": "special political mission"}
LAYOUTS = {
    "mission_summary": "summary by mission",
    "country_mission_detail": "by country and mission, detailed",
    "by_country_post": "by country and post",
    "country_matrix": "country by mission matrix",
    "mission_country_post": "by mission, country and post",
    "by_country_mission_post": "by country, mission and post",
    "table_export": "plain table",
    "uniformed_by_mission": "uniformed personnel by mission",
    "by_country_type": "by country and type",
}
NOTES = {
    "date from the pdf-creation-date": "date from the PDF's creation date",
    "date from the datahub": "date from the Data Hub",
}


@router.get("/rankings", response_class=HTMLResponse)
def rankings(request: Request, con: Con, as_of: AsOf = None, by: Literal["total", "women"] = "total") -> HTMLResponse:
    result = facts.ranking(con, as_of, by)
    return page(request, "rankings.html", result=result, by=by, nav=reads.month_nav(con, result.month.month))


@router.get("/rankings.csv")
def rankings_csv(con: Con, as_of: AsOf = None, by: Literal["total", "women"] = "total") -> Response:
    result = facts.ranking(con, as_of, by)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "iso3", "m49", "country", "total", "women", "men", "as_of", "report", "caveats"])
    for i, r in enumerate(result.rows):
        writer.writerow(
            [
                r.rank,
                r.iso3,
                r.m49,
                r.country,
                r.total,
                r.women,
                r.men,
                result.month.as_of,
                result.month.report,
                texts_under(result.caveats, f"/rows/{i}/"),
            ]
        )
    name = f"ranking-{by}-{result.month.month}.csv"
    return Response(
        BOM + out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/missions", response_class=HTMLResponse)
def missions(request: Request, con: Con, as_of: AsOf = None) -> HTMLResponse:
    """Every mission: with personnel in the month (strength, contributors), and closed."""
    month = facts.resolve_month(con, as_of)
    w = words(lang_of(request))
    as_of = month.as_of.isoformat()
    try:
        index, absent = reads.mission_index(con, as_of), None
    except NotInReport as exc:
        index, absent = None, str(exc)
    women = reads.mission_women(con, as_of) if index else {}
    active = [{**m.to_dict(), "women": women.get(m.acronym)} for m in index.missions] if index else []
    where = active and maps.missions_map(
        w,
        "missions-map",
        active,
        w.t("Missions and their personnel, {month}", month=w.month(month.month)),
        as_of,
        assets.url,
    )
    return page(
        request,
        "missions.html",
        index=index,
        active=active,
        absent=absent,
        month=month.to_model(),
        kinds=KINDS,
        nav=reads.month_nav(con, month.month),
        where=where,
        has_charts=bool(active),
    )


@router.get("/mission/{acronym}", response_class=HTMLResponse)
def mission(request: Request, acronym: str, con: Con, as_of: AsOf = None) -> HTMLResponse:
    w = words(lang_of(request))
    m = facts.mission(con, acronym, as_of)
    history = reads.points(con, mission=m.acronym)
    place = reads.place(con, m.acronym)
    as_of = m.month.as_of.isoformat()
    points = (
        [{"latitude": place[1], "longitude": place[2], "label": f"{m.acronym}: {place[0]}"}]
        if place and place[1] is not None
        else []
    )
    rows = [{"m49": c.m49, "country": w.country(c.iso3, c.country), "total": c.total} for c in m.contributors]
    name = w.mission(m.acronym, m.name)[1]
    when = w.month(m.month.month)
    return page(
        request,
        "mission.html",
        m=m,
        place=place,
        nav=reads.month_nav(con, m.month.month),
        life=reads.mission_life(con, m.acronym),
        by_type=reads.marked(
            con,
            w,
            ("mission-by-type", m.acronym),
            lambda: charts.by_type(w, "by-type", history, w.t("{name}: personnel by type", name=name)),
            as_of,
        ),
        share_by_type=reads.share_by_type(w, m.by_type, name, when, as_of),
        strength=reads.marked(
            con,
            w,
            ("strength", m.acronym),
            lambda: charts.trend(w, "strength", history, w.t("{name}: uniformed personnel", name=name)),
            as_of,
        ),
        **reads.women_charts(
            con,
            w,
            (m.acronym,),
            lambda: history,
            (w.t("{name}: women deployed", name=name), w.t("{name}: women's share of personnel", name=name)),
            as_of,
        ),
        map=maps.world_map(
            w,
            "mission-map",
            rows,
            w.t("{name}: contributors and headquarters, {month}", name=name, month=when),
            as_of,
            assets.url,
            points,
        ),
    )


@router.get("/data", response_class=HTMLResponse)
def data(request: Request, con: Con, as_of: AsOf = None) -> HTMLResponse:
    w = words(lang_of(request))
    months = reads.months(con)
    flags = reads.flags(con)
    flagged = {f"{f.as_of:%Y-%m}" for f in flags}
    month = facts.resolve_month(con, as_of)

    def notes(text: str | None) -> str:
        return "; ".join(w.t(NOTES.get(n, n)) for n in (text or "").split("; ") if n)

    return page(
        request,
        "data.html",
        months=months,
        missing=[m.month for m in months if m.status == "missing"],
        flags=flags,
        calendar=maps.coverage(w, "calendar", months, flagged),
        layouts=LAYOUTS,
        notes=notes,
        nav=reads.month_nav(con, month.month),
    )


@router.get("/export")
def export(
    con: Con,
    as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$")] = None,
    format: Literal["csv", "parquet"] = "csv",
) -> Response:
    """The full export of contributions (one month or all), as CSV (UTF-8 with BOM) or Parquet."""
    out = io.BytesIO()
    if format == "csv":
        out.write(BOM.encode())
    used = exports.export(con, "contributions", format, as_of, out)
    name = f"peacekeeping-contributions-{used.month if used else 'all-months'}.{format}"
    kind = "text/csv; charset=utf-8" if format == "csv" else "application/vnd.apache.parquet"
    return Response(out.getvalue(), media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})
