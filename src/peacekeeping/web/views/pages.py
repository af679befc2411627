"""HTML pages: home, country, compare, the search box, the API's docs; the same facts as the API, read
through the per-store caches, in the reader's language."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Annotated, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ... import dates, facts, wording
from ...errors import NotFound
from ...facts.models import dump
from ...harmonize import countries, country_names, mission_names
from ...harmonize import missions as mission_table
from .. import reads
from ..charts import bars, maps, several
from ..charts import trends as charts
from ..charts.kit import Chart
from ..deps import AsOf, Con
from ..i18n import lang_of, words
from ..render import assets, error_page, page  # noqa: F401 - error_page and page are imported from here too
from . import figure_checks
from .listings import mission as mission_page

router = APIRouter(include_in_schema=False)
MAX_COMPARED = 5


@router.get("/", response_class=HTMLResponse)
def home(request: Request, con: Con, as_of: AsOf = None) -> HTMLResponse:
    w = words(lang_of(request))
    totals = reads.totals(con, as_of)
    month = totals.month
    as_of = month.as_of.isoformat()
    ranking = facts.ranking(con, month.as_of)
    rows = [{"m49": r.m49, "country": w.country(r.iso3, r.country), "total": r.total} for r in ranking.rows]
    return page(
        request,
        "home.html",
        totals=totals,
        top=ranking.rows[:10],
        nav=reads.month_nav(con, month.month),
        trend=reads.marked(
            con,
            w,
            ("trend",),
            lambda: charts.trend(w, "trend", reads.points(con), w.t("UN peacekeeping: uniformed personnel deployed")),
            as_of,
        ),
        **reads.women_charts(
            con,
            w,
            (),
            lambda: reads.points(con),
            (w.t("UN peacekeeping: women deployed"), w.t("UN peacekeeping: women's share of personnel")),
            as_of,
        ),
        map=maps.world_map(
            w,
            "map",
            rows,
            w.t("Contributions by country, {month}", month=w.month(month.month)),
            as_of,
            assets.url,
        ),
    )


class SearchMiss(NotFound):
    """The search box's text names no country and no mission."""

    kind = "unknown_name"


@router.get("/go")
def go(q: str = "", country: str = "", as_of: AsOf = None) -> RedirectResponse:
    """The header's search box: a country or a mission (acronyms in three languages, full names), named exactly, in
    the month the page was showing; a name of several countries ('Congo') asks which one, anything else is a 404
    with the closest names (never another country or mission)."""
    text = (q or country).strip()
    suffix = "?" + urlencode({"as_of": as_of}) if as_of else ""
    if not text:
        raise SearchMiss("no country or mission named ''")
    try:
        found = countries.lookup(text)  # AmbiguousCountry: the choices, under a heading that says so
    except countries.UnknownCountry:
        found = None
    if found is not None:
        return RedirectResponse(f"/country/{quote(text if country else found.iso3)}{suffix}", status_code=303)
    mission = mission_table.match(text)
    if mission is not None and mission.exact:
        return RedirectResponse(f"/mission/{mission.acronym}{suffix}", status_code=303)
    raise SearchMiss(f"no country or mission named {text!r}", countries.suggest(text) + mission_table.suggest(text))


@cache
def _search_index() -> bytes:
    """Every name the search box reads, in English, French and Spanish: countries by name, missions by acronym with
    their full name as the label (the browser's type-ahead matches both)."""
    names: dict[str, str] = {}
    for c in countries.all_countries():
        for lang in country_names.LANGS:
            try:
                names.setdefault(wording.country_name(c.iso3, lang), "")
            except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
                names.setdefault(c.name, "")
    options = [[name, ""] for name in sorted(names)]
    seen: set[tuple[str, str]] = set()
    for acronym in mission_names.acronyms():
        for lang in mission_names.LANGS:
            full, local = mission_names.mission_name(acronym, lang)
            if (local or acronym, full) not in seen:
                seen.add((local or acronym, full))
                options.append([local or acronym, full])
    return json.dumps(options, ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/search-index.json")
def search_index() -> Response:
    """The search box's type-ahead: a small static index (names only), made once, cached by browsers for a day."""
    return Response(_search_index(), media_type="application/json", headers={"Cache-Control": "public, max-age=86400"})


# An embedded chart may be framed by any site (its own CSP says so); every other page keeps frame-ancestors 'none'.
EMBED_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors *"
)


@router.get("/embed/{kind}/{name}", response_class=HTMLResponse)
def embed(
    request: Request,
    kind: str,
    name: str,
    con: Con,
    chart: Annotated[str, Query(pattern=r"^[a-z-]{1,40}$")],
    as_of: AsOf = None,
) -> HTMLResponse:
    """One chart of a country's or a mission's page, alone, for an <iframe> elsewhere (/embed/country/PER?chart=
    women-share): the page is made as usual and the chart asked is taken from it."""
    made = {"country": country, "mission": mission_page}.get(kind)
    if made is None:
        raise NotFound(f"no embedded charts of {kind!r} pages: country or mission")
    shown = made(request, name, con, as_of)
    found = [c for c in shown.context.values() if isinstance(c, Chart) and c.id == chart]
    if not found:
        raise NotFound(f"the {kind} page of {name!r} has no chart {chart!r}")
    url = f"{request.base_url}{kind}/{quote(name)}" + (f"?as_of={as_of}" if as_of else "")
    response = page(request, "embed.html", c=found[0], page_url=url)
    response.headers["content-security-policy"] = EMBED_CSP
    return response


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's endpoints from its OpenAPI schema (served here, so it works offline)."""
    return page(request, "api.html", schema=request.app.openapi(), has_charts=False)


@router.get("/country/{country}", response_class=HTMLResponse)
def country(
    request: Request,
    country: str,
    con: Con,
    as_of: AsOf = None,
    date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
) -> HTMLResponse:
    w = words(lang_of(request))
    profile = facts.country_profile(con, country, as_of)
    iso3, month = profile.country.iso3, profile.month
    as_of = month.as_of.isoformat()
    name = w.country(iso3, profile.country.name)
    history = reads.points(con, iso3)
    # the draft form's date: the first day a release could use the month shown (the day after its report was made)
    day = dates.when(date) if date else (month.created or month.as_of) + dt.timedelta(1)
    deaths = profile.fatalities and facts.fatalities(con, iso3, until=day)  # the draft's count: one figure a page
    when = w.month(month.month)
    deployment = by_mission = None
    if profile.missions:
        places = {m.acronym: m for m in reads.missions(con, as_of).missions}
        served = [
            {**(dump(places[m.acronym]) if m.acronym in places else {}), "acronym": m.acronym, "total": m.total}
            for m in profile.missions
        ]
        deployment = maps.deployment_map(
            w,
            "deployment-map",
            {**profile.country.to_dict(), "name": name},
            served,
            w.t("Where {owner} personnel serve, {month}", owner=w.owner(iso3, name), month=when),
            as_of,
            assets.url,
        )
    deployed = reads.country_missions(con, iso3)
    if deployed:
        by_mission = reads.marked(
            con,
            w,
            ("by-mission", iso3),
            lambda: several.by_mission(w, "by-mission", deployed, w.t("{name}: personnel by mission", name=name), None),
            as_of,
        )
    form = {
        "iso3": iso3,
        "date": day.isoformat(),
        "lang": w.lang,
        "format": "page",
        "speaker": "",
        "title": "",
        "quote": "",
        "contacts": "",
        "allow_unreliable": False,
    }
    release = deaths and deaths.release
    return page(
        request,
        "country.html",
        p=profile,
        day=day.isoformat(),
        checks=figure_checks.links(profile, day.isoformat(), w.lang),  # each headline figure, checked in one click
        deaths=deaths,
        form=form,
        nav=reads.month_nav(con, month.month),
        deployment=deployment,
        by_mission=by_mission,
        by_type=reads.marked(
            con,
            w,
            ("by-type", iso3),
            lambda: charts.by_type(w, "by-type", history, w.t("{name}: personnel by type", name=name)),
            as_of,
        ),
        **reads.women_charts(
            con,
            w,
            (iso3,),
            lambda: history,
            (w.t("{name}: women deployed", name=name), w.t("{name}: women's share of personnel", name=name)),
            as_of,
        ),
        share_by_type=reads.share_by_type(w, profile.by_type, name, when, as_of),
        fatal=deaths
        and deaths.count
        and reads.chart(
            con,
            # by the number of deaths, not the day: the register's deaths up to a day are the first `count` of
            # them, so the pages of months with no new death share one chart (issue 27.5: 721 for 30 countries)
            ("fatalities", iso3, deaths.count, w.lang),
            lambda: bars.fatalities(
                w,
                "fatalities-chart",
                dump(deaths.incidents),
                w.t("{name}: fatalities by year and incident type", name=name),
                w.t(
                    "Source: UN fatalities register of {date} ({file})",
                    date=w.date(release.date),
                    file=release.file,
                ),
            ),
        ),
    )


@router.get("/compare", response_class=HTMLResponse)
def compare(
    request: Request,
    con: Con,
    c: Annotated[list[str], Query(max_length=MAX_COMPARED)] = [],  # noqa: B006
    as_of: AsOf = None,
    scale: Literal["linear", "log"] = "linear",
) -> HTMLResponse:
    """Up to five countries side by side: the month's figures, totals (on a log scale if asked) and women's share
    over time; links add and remove a country, or change the scale, keeping the month."""
    w = words(lang_of(request))
    asked = [x.strip() for x in c if x.strip()][:MAX_COMPARED]
    month = facts.resolve_month(con, as_of)
    found, unknown, ambiguous, named = [], [], [], {}
    for i, text in enumerate(asked):
        try:
            match = countries.lookup(text)
        except (countries.UnknownCountry, countries.AmbiguousCountry) as exc:  # said on the page, never dropped
            choices = [(s, _compare_url([*asked[:i], s, *asked[i + 1 :]], month.month, scale)) for s in exc.suggestions]
            (ambiguous if isinstance(exc, countries.AmbiguousCountry) else unknown).append(
                {"name": text, "choices": choices}
            )
            continue
        named.setdefault(match.iso3, []).append(text)
        if match.iso3 not in [f.iso3 for f in found]:
            found.append(match)
    rows, series = [], []
    for country in found:
        profile = facts.country_profile(con, country.iso3, month.as_of)
        name = w.country(country.iso3, country.name)
        rows.append(
            {
                "iso3": country.iso3,
                "name": name,
                "total": profile.total,
                "women": profile.women,
                "share": profile.women_share,
                "rank": profile.rank,
                "caveats": profile.caveats,
                "remove": _compare_url([t for t in asked if t not in named[country.iso3]], month.month, scale),
            }
        )
        series.append({"iso3": country.iso3, "name": name, "points": reads.points(con, country.iso3)})
    as_of_text, key = month.as_of.isoformat(), tuple(c.iso3 for c in found)
    return page(
        request,
        "compare.html",
        asked=asked,
        unknown=unknown,
        ambiguous=ambiguous,
        rows=rows,
        names=[r["name"] for r in rows],
        nav=reads.month_nav(con, month.month),
        has_charts=bool(rows),
        scale=scale,
        scales={s: _compare_url(asked, month.month, s) for s in ("linear", "log")},
        totals=rows
        and reads.marked(
            con,
            w,
            ("compare", key, "total", scale),
            lambda: several.compare(
                w, "compare-totals", series, "total", w.t("uniformed personnel"), None, scale == "log"
            ),
            as_of_text,
        ),
        shares=rows
        and reads.marked(
            con,
            w,
            ("compare", key, "share"),
            lambda: several.compare(w, "compare-women", series, "share", w.t("women's share of personnel"), None),
            as_of_text,
        ),
    )


def _compare_url(names: list[str], month: str, scale: str = "linear") -> str:
    """The compare page of these names in this month (and scale)."""
    kept = [("scale", scale)] if scale != "linear" else []
    return "/compare?" + urlencode([("c", name) for name in names] + [("as_of", month)] + kept)
