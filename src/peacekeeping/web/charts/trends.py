"""Charts of the pages over time: Vega-Lite specs with data inline, rendered in the browser by vega-embed.

Lines and areas break where no report covers a month or a figure is withheld (a gap, not a line across it); a month
alone between two gaps is drawn as a point; the month a page is about is marked; shares carry their counts (58% = 7
of 12) and never pass 100%; counts have whole-number axes; titles name their subject and months.
"""

from __future__ import annotations

from ..i18n import Words
from .kit import (
    SHARE_AXIS,
    Chart,
    along,
    count_axis,
    lone,
    lone_points,
    marked_month,
    month_cell,
    num_cell,
    pct_cell,
    points_source,
    runs,
    span,
    spec,
    time_x,
    titled,
    tooltip_month,
    units,
)

# each at least 3:1 against white (staff officers' light blue was 2.2:1); stacked areas are parted by white lines
TYPES = {
    "Troops": "#1f5fa8",
    "Staff Officer": "#4d94d0",
    "Experts on Mission": "#b7791f",
    "Formed Police Units": "#3f7f52",
    "Individual Police": "#8e5a8a",
}
BLUE, ROSE = "#1f5fa8", "#b03a5b"


def share(women: int | None, total: int | None) -> float | None:
    """Women's share of a total, or None (a gap) where there is no split or it cannot be one (more women than
    personnel): a share is checked, never drawn above 100%."""
    if women is None or not total or women < 0 or women > total:
        return None
    return women / total


def _reports(points: list[dict]) -> dict[str, str]:
    """The report (or research dataset) each month's figure comes from, by its as_of."""
    return {p["as_of"]: p.get("report") or "" for p in points}


def trend(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Uniformed personnel per report month (gaps at missing months and withheld totals)."""
    kept = runs([(p["month"], p["as_of"], p["total"] or None) for p in points])
    reports = _reports(points)
    values = lone([{"month": a, "run": r, "total": v, "source": reports[a]} for a, r, v in kept])
    title = titled(w, title, *span(values))
    enc = {
        "x": time_x(w),
        "y": {"field": "total", **count_axis(max((v for _, _, v in kept), default=None), w.t("uniformed personnel"))},
        "detail": {"field": "run"},
        "tooltip": [tooltip_month(w), {"field": "total", "format": ",", "title": w.t("personnel")}],
    }
    main = {"mark": {"type": "line", "color": BLUE, "point": {"size": 6}}, "encoding": enc}
    last = kept[-1] if kept else None
    description = w.t(
        "{n} report months; latest {month}: {total} personnel.",
        n=w.num(len(kept)),
        month=w.month(last[0]) if last else "",
        total=w.num(last[2]) if last else "",
    )
    body = {
        "data": {"values": values},
        "layer": [main, *lone_points(enc, values, BLUE), *along(w, enc), *marked_month(w, as_of)],
    }
    u = units(w)
    return Chart(
        id,
        title,
        description,
        spec(w, title, points_source(w, points), description, body, over_time=True),
        [u["month"], u["personnel"]],
        [[month_cell(w, a), num_cell(w, v)] for a, _, v in kept],
    )


def by_type(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Personnel by type per report month, stacked (stacked here, not by Vega-Lite, whose stacking fills every
    other month of each run with zeros and so draws across gaps); a type absent in a month is 0 there."""
    kept = runs([(p["month"], p["as_of"], p["by_type"] if p["total"] else None) for p in points])
    seen = {t for _, _, types in kept for t in types}
    order = [t for t in TYPES if t in seen] + sorted(seen - set(TYPES))
    values, rows = [], []
    for a, r, types in kept:
        base = 0
        for t in order:
            n = types.get(t) or 0
            values.append({"month": a, "run": f"{t}-{r}", "type": w.t(t), "total": n, "y0": base, "y1": base + n})
            rows.append([month_cell(w, a), w.t(t), num_cell(w, n)])
            base += n
    values = lone(values)
    title = titled(w, title, *span(values))
    top = max((v["y1"] for v in values), default=None)
    enc = {
        "x": time_x(w),
        "y": {"field": "y1", **count_axis(top, w.t("personnel"))},
        "y2": {"field": "y0"},
        "color": {
            "field": "type",
            "type": "nominal",
            "title": None,
            "legend": {"labelLimit": 240},
            "scale": {"domain": [w.t(t) for t in TYPES], "range": list(TYPES.values())},
        },
        "detail": {"field": "run"},
        "tooltip": [
            tooltip_month(w),
            {"field": "type", "title": w.t("type")},
            {"field": "total", "format": ",", "title": w.t("personnel")},
        ],
    }
    main = {"mark": {"type": "area", "stroke": "white", "strokeWidth": 0.75}, "encoding": enc}
    single = (
        [
            {
                "name": "lone",
                "transform": [{"filter": "datum.lone"}],  # a month between gaps: a stacked bar
                "mark": {"type": "rule", "strokeWidth": 4, "aria": False},
                "encoding": enc,
            }
        ]
        if any(v["lone"] for v in values)
        else []
    )
    description = w.t("Personnel by type in {n} report months.", n=w.num(len(kept)))
    body = {"data": {"values": values}, "layer": [main, *single, *marked_month(w, as_of)]}
    u = units(w)
    return Chart(
        id,
        title,
        description,
        spec(w, title, points_source(w, points), description, body, over_time=True),
        [u["month"], w.t("type"), u["personnel"]],
        rows,
    )


def _women_runs(points: list[dict]) -> tuple[list[tuple], list[dict]]:
    """The months with a split by sex in runs (gaps between), and their chart values: women, total, share, source."""
    kept = runs(
        [
            (p["month"], p["as_of"], (p["women"], p["total"]) if share(p["women"], p["total"]) is not None else None)
            for p in points
        ]
    )
    reports = _reports(points)
    values = lone(
        [
            {"month": a, "run": r, "share": wo / to, "women": wo, "total": to, "source": reports[a]}
            for a, r, (wo, to) in kept
        ]
    )
    return kept, values


def _women_line(
    w: Words, id: str, points: list[dict], title: str, y: dict, tooltip: list[dict], description: str, table: tuple
) -> Chart:
    """A rose line of the months with a split by sex (gaps between runs, lone months as points), with the tooltip
    along it and the page's month marked; `table`: (as_of, values, columns, rows)."""
    as_of, values, columns, rows = table
    enc = {"x": time_x(w), "y": y, "detail": {"field": "run"}, "tooltip": [tooltip_month(w), *tooltip]}
    main = {"mark": {"type": "line", "color": ROSE}, "encoding": enc}
    body = {
        "data": {"values": values},
        "layer": [main, *lone_points(enc, values, ROSE), *along(w, enc), *marked_month(w, as_of)],
    }
    spec_ = spec(w, title, points_source(w, points), description, body, 180, over_time=True)
    return Chart(id, title, description, spec_, columns, rows)


def women_share(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Women's share of personnel per report month, with the counts (months without a split by sex: gaps)."""
    kept, values = _women_runs(points)
    y = {
        "field": "share",
        "type": "quantitative",
        "axis": SHARE_AXIS,
        "scale": {"domain": [0, min(1, max([0.05] + [v["share"] for v in values]))], "nice": True, "clamp": True},
        "title": w.t("women"),
    }
    tooltip = [
        {"field": "share", "format": ".1%", "title": w.t("share")},
        {"field": "women", "format": ",", "title": w.t("women")},
        {"field": "total", "format": ",", "title": w.t("personnel")},
    ]
    description = w.t("Women's share in {n} report months with a split by sex.", n=w.num(len(kept)))
    u = units(w)
    rows = [[month_cell(w, a), pct_cell(w, wo / to), num_cell(w, wo), num_cell(w, to)] for a, _, (wo, to) in kept]
    columns = [u["month"], u["share"], u["women"], u["personnel"]]
    title = titled(w, title, *span(values))
    return _women_line(w, id, points, title, y, tooltip, description, (as_of, values, columns, rows))


def women_count(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """The number of women per report month, beside their share (months without a split by sex: gaps)."""
    kept, values = _women_runs(points)
    y = {"field": "women", **count_axis(max((v["women"] for v in values), default=None), w.t("women"))}
    tooltip = [
        {"field": "women", "format": ",", "title": w.t("women")},
        {"field": "share", "format": ".1%", "title": w.t("share")},
        {"field": "total", "format": ",", "title": w.t("personnel")},
    ]
    last = values[-1] if values else None
    description = w.t(
        "{n} report months with a split by sex; latest {month}: {women} women.",
        n=w.num(len(kept)),
        month=w.month(last["month"]) if last else "",
        women=w.num(last["women"]) if last else "",
    )
    u = units(w)
    rows = [[month_cell(w, a), num_cell(w, wo), num_cell(w, to)] for a, _, (wo, to) in kept]
    columns = [u["month"], u["women"], u["personnel"]]
    title = titled(w, title, *span(values))
    return _women_line(w, id, points, title, y, tooltip, description, (as_of, values, columns, rows))
