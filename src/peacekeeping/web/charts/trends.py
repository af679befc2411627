"""Charts of the pages over time: Vega-Lite specs with data inline, rendered in the browser by vega-embed.

Lines and areas break where no report covers a month or a figure is withheld (a gap, not a line across it); a month
alone between two gaps is drawn as a point; the month a page is about is marked; shares carry their counts (58% = 7
of 12) and never pass 100%; counts have whole-number axes; titles name their subject and months.
"""

from __future__ import annotations

from ..i18n import Words
from . import palette
from .kit import (
    SHARE_AXIS,
    YEARS,
    Chart,
    along,
    count_axis,
    lone,
    lone_points,
    marked_month,
    month_cell,
    num_cell,
    pct_cell,
    runs,
    source_line,
    span,
    spec,
    titled,
    units,
)

TYPES = {"Troops": "#1f5fa8", "Staff Officer": "#7fb2e5", "Experts on Mission": "#b7791f",
         "Formed Police Units": "#3f7f52", "Individual Police": "#8e5a8a"}
BLUE, ROSE = "#1f5fa8", "#b03a5b"


def _time_x(w: Words) -> dict:
    return {"field": "month", "type": "temporal", "title": None, "axis": YEARS}


def _tooltip_month(w: Words) -> dict:
    return {"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"}


def share(women: int | None, total: int | None) -> float | None:
    """Women's share of a total, or None (a gap) where there is no split or it cannot be one (more women than
    personnel): a share is checked, never drawn above 100%."""
    if women is None or not total or women < 0 or women > total:
        return None
    return women / total


def _reports(points: list[dict]) -> dict[str, str]:
    """The report (or research dataset) each month's figure comes from, by its as_of."""
    return {p["as_of"]: p.get("report") or "" for p in points}


def _source(w: Words, points: list[dict]) -> str:
    return source_line(w, points[-1]["as_of"] if points else None, points)


def trend(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Uniformed personnel per report month (gaps at missing months and withheld totals)."""
    kept = runs([(p["month"], p["as_of"], p["total"] or None) for p in points])
    reports = _reports(points)
    values = lone([{"month": a, "run": r, "total": v, "source": reports[a]} for a, r, v in kept])
    title = titled(w, title, *span(values))
    enc = {"x": _time_x(w), "y": {"field": "total", **count_axis(max((v for _, _, v in kept), default=None),
                                                                    w.t("uniformed personnel"))},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "total", "format": ",", "title": w.t("personnel")}]}
    main = {"mark": {"type": "line", "color": BLUE, "point": {"size": 6}}, "encoding": enc}
    last = kept[-1] if kept else None
    description = w.t("{n} report months; latest {month}: {total} personnel.", n=w.num(len(kept)),
                      month=w.month(last[0]) if last else "", total=w.num(last[2]) if last else "")
    body = {"data": {"values": values}, "layer": [main, *lone_points(enc, values, BLUE), *along(w, enc),
                                                  *marked_month(w, as_of)]}
    u = units(w)
    return Chart(id, title, description, spec(w, title, _source(w, points), description, body, over_time=True),
                 [u["month"], u["personnel"]], [[month_cell(w, a), num_cell(w, v)] for a, _, v in kept])


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
    enc = {"x": _time_x(w), "y": {"field": "y1", **count_axis(top, w.t("personnel"))}, "y2": {"field": "y0"},
           "color": {"field": "type", "type": "nominal", "title": None, "legend": {"labelLimit": 240},
                     "scale": {"domain": [w.t(t) for t in TYPES], "range": list(TYPES.values())}},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "type", "title": w.t("type")},
                       {"field": "total", "format": ",", "title": w.t("personnel")}]}
    main = {"mark": {"type": "area"}, "encoding": enc}
    single = [{"name": "lone", "transform": [{"filter": "datum.lone"}],  # a month between gaps: a stacked bar
               "mark": {"type": "rule", "strokeWidth": 4, "aria": False}, "encoding": enc}
              ] if any(v["lone"] for v in values) else []
    description = w.t("Personnel by type in {n} report months.", n=w.num(len(kept)))
    body = {"data": {"values": values}, "layer": [main, *single, *marked_month(w, as_of)]}
    u = units(w)
    return Chart(id, title, description, spec(w, title, _source(w, points), description, body, over_time=True),
                 [u["month"], w.t("type"), u["personnel"]], rows)


def women_share(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Women's share of personnel per report month, with the counts (months without a split by sex: gaps)."""
    kept = runs([(p["month"], p["as_of"], (p["women"], p["total"]) if share(p["women"], p["total"]) is not None
                  else None) for p in points])
    reports = _reports(points)
    values = lone([{"month": a, "run": r, "share": wo / to, "women": wo, "total": to, "source": reports[a]}
                   for a, r, (wo, to) in kept])
    title = titled(w, title, *span(values))
    enc = {"x": _time_x(w), "y": {"field": "share", "type": "quantitative", "axis": SHARE_AXIS,
                                  "scale": {"domain": [0, min(1, max([0.05] + [v["share"] for v in values]))],
                                            "nice": True, "clamp": True}, "title": w.t("women")},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "share", "format": ".1%", "title": w.t("share")},
                       {"field": "women", "format": ",", "title": w.t("women")},
                       {"field": "total", "format": ",", "title": w.t("personnel")}]}
    main = {"mark": {"type": "line", "color": ROSE}, "encoding": enc}
    description = w.t("Women's share in {n} report months with a split by sex.", n=w.num(len(kept)))
    body = {"data": {"values": values}, "layer": [main, *lone_points(enc, values, ROSE), *along(w, enc),
                                                  *marked_month(w, as_of)]}
    u = units(w)
    rows = [[month_cell(w, a), pct_cell(w, wo / to), num_cell(w, wo), num_cell(w, to)] for a, _, (wo, to) in kept]
    return Chart(id, title, description,
                 spec(w, title, _source(w, points), description, body, 180, over_time=True),
                 [u["month"], u["share"], u["women"], u["personnel"]], rows)


def women_count(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """The number of women per report month, beside their share (months without a split by sex: gaps)."""
    kept = runs([(p["month"], p["as_of"], (p["women"], p["total"]) if share(p["women"], p["total"]) is not None
                  else None) for p in points])
    reports = _reports(points)
    values = lone([{"month": a, "run": r, "women": wo, "total": to, "share": wo / to, "source": reports[a]}
                   for a, r, (wo, to) in kept])
    title = titled(w, title, *span(values))
    enc = {"x": _time_x(w), "y": {"field": "women", **count_axis(max((v["women"] for v in values), default=None),
                                                                    w.t("women"))},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "women", "format": ",", "title": w.t("women")},
                       {"field": "share", "format": ".1%", "title": w.t("share")},
                       {"field": "total", "format": ",", "title": w.t("personnel")}]}
    main = {"mark": {"type": "line", "color": ROSE}, "encoding": enc}
    last = values[-1] if values else None
    description = w.t("{n} report months with a split by sex; latest {month}: {women} women.", n=w.num(len(kept)),
                      month=w.month(last["month"]) if last else "", women=w.num(last["women"]) if last else "")
    body = {"data": {"values": values}, "layer": [main, *lone_points(enc, values, ROSE), *along(w, enc),
                                                  *marked_month(w, as_of)]}
    u = units(w)
    rows = [[month_cell(w, a), num_cell(w, wo), num_cell(w, to)] for a, _, (wo, to) in kept]
    return Chart(id, title, description, spec(w, title, _source(w, points), description, body, 180, over_time=True),
                 [u["month"], u["women"], u["personnel"]], rows)


def by_mission(w: Words, id: str, points: list[dict], title: str, as_of: str | None) -> Chart:
    """A country's personnel in each mission per report month (lines; gaps where withheld or not reported): the
    palette.TOP largest missions in their own styles (the same on every page), the others summed in grey."""
    names = sorted({m for p in points for m in p["missions"]},
                   key=lambda m: (-max(p["missions"].get(m) or 0 for p in points), m))
    shown, others = names[:palette.TOP], names[palette.TOP:]
    other = w.t("{n} other missions", n=w.num(len(others))) if len(others) > 1 else None
    if not other:
        shown, others = names, []
    values, rows = [], []
    series = {m: [(p["month"], p["as_of"], p["missions"].get(m)) for p in points] for m in shown}
    if other:
        series[other] = [(p["month"], p["as_of"], sum(p["missions"].get(m) or 0 for m in others) or None)
                         for p in points]
    for label, months in series.items():
        for a, r, v in runs(months):
            values.append({"month": a, "run": f"{label}-{r}", "mission": label, "total": v})
            rows.append([month_cell(w, a), label, num_cell(w, v)])
    values = lone(values)
    title = titled(w, title, *span(values))
    styles = [palette.style(m) for m in shown] + ([palette.OTHER] if other else [])
    domain = shown + ([other] if other else [])
    legend = {"symbolType": "stroke", "symbolStrokeWidth": 2.5, "labelLimit": 140}
    enc = {"x": _time_x(w),
           "y": {"field": "total", **count_axis(max((v["total"] for v in values), default=None), w.t("personnel"))},
           "color": {"field": "mission", "type": "nominal", "title": w.t("mission"), "legend": legend,
                     "scale": {"domain": domain, "range": [c for c, _ in styles]}},
           "strokeDash": {"field": "mission", "type": "nominal", "title": w.t("mission"), "legend": legend,
                          "scale": {"domain": domain, "range": [d for _, d in styles]}},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "mission", "title": w.t("mission")},
                       {"field": "total", "format": ",", "title": w.t("personnel")}]}
    main = {"mark": {"type": "line", "strokeWidth": 2}, "encoding": enc}
    description = w.t("Personnel in {n} missions over {m} report months with a breakdown by mission.",
                      n=w.num(len(names)), m=w.num(len(points)))
    body = {"data": {"values": values}, "layer": [main, *lone_points(enc, values), *marked_month(w, as_of)]}
    u = units(w)
    return Chart(id, title, description, spec(w, title, _source(w, points), description, body, 240, over_time=True),
                 [u["month"], w.t("mission"), u["personnel"]], rows)


def compare(w: Words, id: str, series: list[dict], field: str, title: str, as_of: str | None) -> Chart:
    """Up to five countries on one chart: totals, or women's share (with counts)."""
    values, rows = [], []
    names = [s["name"] for s in series]
    for s in series:
        if field == "total":
            kept = runs([(p["month"], p["as_of"], p["total"] or None) for p in s["points"]])
            for a, r, v in kept:
                values.append({"month": a, "run": f"{s['iso3']}-{r}", "country": s["name"], "value": v,
                               "label": w.num(v)})
                rows.append([month_cell(w, a), s["name"], num_cell(w, v)])
        else:
            kept = runs([(p["month"], p["as_of"], (p["women"], p["total"])
                          if share(p["women"], p["total"]) is not None else None) for p in s["points"]])
            for a, r, (wo, to) in kept:
                label = w.t("{share} ({women} of {total})", share=w.pct(wo / to), women=w.num(wo), total=w.num(to))
                values.append({"month": a, "run": f"{s['iso3']}-{r}", "country": s["name"], "value": wo / to,
                               "label": label})
                rows.append([month_cell(w, a), s["name"], pct_cell(w, wo / to), num_cell(w, wo), num_cell(w, to)])
    values = lone(values)
    title = titled(w, w.t("{names}: {what}", names=", ".join(names), what=title), *span(values))
    top = max((v["value"] for v in values), default=None)
    y = ({"field": "value", **count_axis(top, w.t("personnel"))} if field == "total" else
         {"field": "value", "type": "quantitative", "title": w.t("women"), "axis": SHARE_AXIS,
          "scale": {"domain": [0, min(1, max(0.05, top or 0))], "nice": True, "clamp": True}})
    what = w.t("personnel") if field == "total" else w.t("women")
    colours, legend = palette.MUTED[:len(names)], {"symbolType": "stroke", "symbolStrokeWidth": 2.5}
    enc = {"x": _time_x(w), "y": y,  # colour and dash: countries told apart without colour too
           "color": {"field": "country", "type": "nominal", "title": None, "legend": legend,
                     "scale": {"domain": names, "range": colours}},
           "strokeDash": {"field": "country", "type": "nominal", "title": None, "legend": legend,
                          "scale": {"domain": names, "range": palette.DASHES[:len(names)]}},
           "detail": {"field": "run"},
           "tooltip": [_tooltip_month(w), {"field": "country", "title": w.t("country")},
                       {"field": "label", "title": what}]}
    main = {"mark": "line", "encoding": enc}
    description = w.t("{names}, by report month.", names=", ".join(names))
    last = max((p["as_of"] for s in series for p in s["points"]), default=None)
    body = {"data": {"values": values}, "layer": [main, *lone_points(enc, values), *marked_month(w, as_of)]}
    u = units(w)
    columns = ([u["month"], w.t("country"), u["personnel"]] if field == "total" else
               [u["month"], w.t("country"), u["share"], u["women"], u["personnel"]])
    return Chart(id, title, description, spec(w, title, source_line(w, last), description, body, over_time=True),
                 columns, rows)
