"""Charts of the pages over time: Vega-Lite specs with data inline, rendered in the browser by vega-embed.

Lines break where no report covers a month or a figure is withheld (a gap, not a line across it); the month a page
is about is marked; shares carry their counts (58% = 7 of 12).
"""

from __future__ import annotations

from ..i18n import Words
from .kit import SHARE_AXIS, YEARS, Chart, marked_month, runs, source_line, spec

TYPES = {"Troops": "#1f5fa8", "Staff Officer": "#7fb2e5", "Experts on Mission": "#b7791f",
         "Formed Police Units": "#3f7f52", "Individual Police": "#8e5a8a"}
INCIDENTS = {"Malicious Act": "#b03a2e", "Accident": "#1f5fa8", "Illness": "#3f7f52", "Self-Inflicted": "#7a5195",
             "To Be Determined": "#b7791f", "Unknown": "#6b6b6b"}
LINES = ["#1f5fa8", "#b03a2e", "#3f7f52", "#b7791f", "#7a5195", "#1c2733", "#d1495b", "#4a94b8"]


def _time_x(w: Words) -> dict:
    return {"field": "month", "type": "temporal", "title": None, "axis": YEARS}


def trend(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Uniformed personnel per report month (gaps at missing months and withheld totals)."""
    kept = runs([(p["month"], p["as_of"], p["total"] or None) for p in points])
    values = [{"month": a, "run": r, "total": v} for a, r, v in kept]
    main = {"data": {"values": values}, "mark": {"type": "line", "color": "#1f5fa8", "point": {"size": 6}},
            "encoding": {"x": _time_x(w), "y": {"field": "total", "type": "quantitative",
                                                  "title": w.t("uniformed personnel")},
                         "detail": {"field": "run"},
                         "tooltip": [{"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"},
                                     {"field": "total", "format": ",", "title": w.t("personnel")}]}}
    last = kept[-1] if kept else None
    description = w.t("{n} report months; latest {month}: {total} personnel.", n=w.num(len(kept)),
                      month=w.month(last[0]) if last else "", total=w.num(last[2]) if last else "")
    body = {"layer": [main, *marked_month(w, as_of)]}
    return Chart(id, title, description, spec(w, title, source_line(w, points[-1]["as_of"] if points else None, points),
                                              description, body),
                 [w.t("month"), w.t("personnel")], [[w.month(a), w.num(v)] for a, _, v in kept])


def by_type(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Personnel by type per report month, stacked (gaps at missing months and withheld totals)."""
    kept = runs([(p["month"], p["as_of"], p["by_type"] if p["total"] else None) for p in points])
    names = {t: w.t(t) for t in TYPES}
    values = [{"month": a, "run": r, "type": names.get(t) or w.t(t), "total": n}
              for a, r, types in kept for t, n in types.items()]
    main = {"data": {"values": values}, "mark": "area",
            "encoding": {"x": _time_x(w), "y": {"field": "total", "type": "quantitative", "stack": True,
                                                  "title": w.t("personnel")},
                         "color": {"field": "type", "type": "nominal", "title": None,
                                   "scale": {"domain": [w.t(t) for t in TYPES], "range": list(TYPES.values())}},
                         "detail": {"field": "run"},
                         "tooltip": [{"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"},
                                     {"field": "type", "title": w.t("type")},
                                     {"field": "total", "format": ",", "title": w.t("personnel")}]}}
    description = w.t("Personnel by type in {n} report months.", n=w.num(len(kept)))
    rows = [[w.month(a), names.get(t) or w.t(t), w.num(n)] for a, _, types in kept for t, n in types.items()]
    return Chart(id, title, description,
                 spec(w, title, source_line(w, points[-1]["as_of"] if points else None, points), description,
                      {"layer": [main, *marked_month(w, as_of)]}),
                 [w.t("month"), w.t("type"), w.t("personnel")], rows)


def women_share(w: Words, id: str, points: list[dict], title: str, as_of: str | None = None) -> Chart:
    """Women's share of personnel per report month, with the counts (months without a split by sex: gaps)."""
    kept = runs([(p["month"], p["as_of"], (p["women"], p["total"]) if p["women"] is not None and p["total"] else None)
                 for p in points])
    values = [{"month": a, "run": r, "share": wo / to, "women": wo, "total": to} for a, r, (wo, to) in kept]
    main = {"data": {"values": values}, "mark": {"type": "line", "color": "#b03a5b"},
            "encoding": {"x": _time_x(w), "y": {"field": "share", "type": "quantitative", "axis": SHARE_AXIS,
                                                  "title": w.t("women")},
                         "detail": {"field": "run"},
                         "tooltip": [{"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"},
                                     {"field": "share", "format": ".1%", "title": w.t("share")},
                                     {"field": "women", "format": ",", "title": w.t("women")},
                                     {"field": "total", "format": ",", "title": w.t("personnel")}]}}
    description = w.t("Women's share in {n} report months with a split by sex.", n=w.num(len(kept)))
    rows = [[w.month(a), w.pct(wo / to), w.num(wo), w.num(to)] for a, _, (wo, to) in kept]
    return Chart(id, title, description,
                 spec(w, title, source_line(w, points[-1]["as_of"] if points else None, points), description,
                      {"layer": [main, *marked_month(w, as_of)]}, 180),
                 [w.t("month"), w.t("share"), w.t("women"), w.t("personnel")], rows)


def share_by_type(w: Words, id: str, types: list[dict], title: str, as_of: str) -> Chart:
    """Women's share per personnel type in one month, each bar labelled with its counts."""
    values = [{"type": w.t(t["personnel_type"]), "share": t["women"] / t["total"], "women": t["women"],
               "total": t["total"],
               "label": w.t("{share} ({women} of {total})", share=w.pct(t["women"] / t["total"]),
                            women=w.num(t["women"]), total=w.num(t["total"]))}
              for t in types if t["women"] is not None and t["total"]]
    enc = {"y": {"field": "type", "type": "nominal", "title": None, "sort": "-x"},
           "x": {"field": "share", "type": "quantitative", "axis": SHARE_AXIS, "title": w.t("women"),
                 "scale": {"domain": [0, max([0.5] + [v["share"] * 1.6 for v in values])]}}}
    body = {"data": {"values": values}, "encoding": enc, "layer": [
        {"mark": {"type": "bar", "color": "#b03a5b"},
         "encoding": {"tooltip": [{"field": "type", "title": w.t("type")}, {"field": "label", "title": w.t("women")}]}},
        {"mark": {"type": "text", "align": "left", "dx": 4, "color": "#1c2733"},
         "encoding": {"text": {"field": "label"}}}]}
    description = "; ".join(f"{v['type']}: {v['label']}" for v in values) + "."
    return Chart(id, title, description, spec(w, title, source_line(w, as_of), description, body,
                                              max(60, 28 * len(values))),
                 [w.t("type"), w.t("share"), w.t("women"), w.t("personnel")],
                 [[v["type"], w.pct(v["share"]), w.num(v["women"]), w.num(v["total"])] for v in values])


def fatalities(w: Words, id: str, incidents: list[dict], title: str, source: str) -> Chart:
    """Deaths per year, every year on the axis, one colour per incident type on every page."""
    years = sorted({int(i["date"][:4]) for i in incidents})
    span = [str(y) for y in range(years[0], years[-1] + 1)] if years else []
    counts: dict[tuple[str, str], int] = {}
    for i in incidents:
        key = (i["date"][:4], w.t(i["incident_type"]))
        counts[key] = counts.get(key, 0) + 1
    values = [{"year": y, "type": t, "deaths": n} for (y, t), n in sorted(counts.items())]
    every = [str(y) for y in span]
    labels = [y for y in every if int(y) % (1 if len(every) <= 25 else 5) == 0]
    body = {"data": {"values": values}, "mark": "bar",
            "encoding": {"x": {"field": "year", "type": "ordinal", "title": None, "scale": {"domain": every},
                               "axis": {"labelAngle": 0, "values": labels}},
                         "y": {"field": "deaths", "type": "quantitative", "title": w.t("deaths"),
                               "axis": {"tickMinStep": 1}},
                         "color": {"field": "type", "type": "nominal", "title": w.t("incident"),
                                   "scale": {"domain": [w.t(k) for k in INCIDENTS], "range": list(INCIDENTS.values())}},
                         "tooltip": [{"field": "year", "title": w.t("year")},
                                     {"field": "type", "title": w.t("incident")},
                                     {"field": "deaths", "title": w.t("deaths")}]}}
    description = w.t("{n} deaths from {first} to {last}.", n=w.num(len(incidents)), first=span[0] if span else "",
                      last=span[-1] if span else "")
    return Chart(id, title, description, spec(w, title, source, description, body, 170),
                 [w.t("year"), w.t("incident"), w.t("deaths")], [[v["year"], v["type"], w.num(v["deaths"])]
                                                                 for v in values])


def by_mission(w: Words, id: str, points: list[dict], title: str, as_of: str | None) -> Chart:
    """A country's personnel in each mission per report month (lines; gaps where withheld or not reported)."""
    names = sorted({m for p in points for m in p["missions"]},
                   key=lambda m: -max(p["missions"].get(m) or 0 for p in points))
    values, rows = [], []
    for acronym in names:
        series = [(p["month"], p["as_of"], p["missions"].get(acronym)) for p in points]
        for a, r, v in runs(series):
            values.append({"month": a, "run": f"{acronym}-{r}", "mission": acronym, "total": v})
            rows.append([w.month(a), acronym, w.num(v)])
    main = {"data": {"values": values}, "mark": {"type": "line", "point": {"size": 12}},
            "encoding": {"x": _time_x(w), "y": {"field": "total", "type": "quantitative",
                                                  "title": w.t("personnel")},
                         "color": {"field": "mission", "type": "nominal", "title": w.t("mission"),
                                   "scale": {"domain": names, "range": (LINES * 4)[:len(names)]}},
                         "detail": {"field": "run"},
                         "tooltip": [{"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"},
                                     {"field": "mission", "title": w.t("mission")},
                                     {"field": "total", "format": ",", "title": w.t("personnel")}]}}
    description = w.t("Personnel in {n} missions over {m} report months with a breakdown by mission.",
                      n=w.num(len(names)), m=w.num(len(points)))
    return Chart(id, title, description,
                 spec(w, title, source_line(w, points[-1]["as_of"] if points else None, points), description,
                      {"layer": [main, *marked_month(w, as_of)]}),
                 [w.t("month"), w.t("mission"), w.t("personnel")], rows)


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
                rows.append([w.month(a), s["name"], w.num(v)])
        else:
            kept = runs([(p["month"], p["as_of"], (p["women"], p["total"]) if p["women"] is not None and p["total"]
                          else None) for p in s["points"]])
            for a, r, (wo, to) in kept:
                label = w.t("{share} ({women} of {total})", share=w.pct(wo / to), women=w.num(wo), total=w.num(to))
                values.append({"month": a, "run": f"{s['iso3']}-{r}", "country": s["name"], "value": wo / to,
                               "label": label})
                rows.append([w.month(a), s["name"], label])
    y = ({"field": "value", "type": "quantitative", "title": w.t("personnel")} if field == "total" else
         {"field": "value", "type": "quantitative", "title": w.t("women"), "axis": SHARE_AXIS})
    what = w.t("personnel") if field == "total" else w.t("women")
    main = {"data": {"values": values}, "mark": "line",
            "encoding": {"x": _time_x(w), "y": y,
                         "color": {"field": "country", "type": "nominal", "title": None,
                                   "scale": {"domain": names, "range": LINES[:len(names)]}},
                         "strokeDash": {"field": "country", "type": "nominal", "title": None, "legend": None},
                         "detail": {"field": "run"},
                         "tooltip": [{"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"},
                                     {"field": "country", "title": w.t("country")},
                                     {"field": "label", "title": what}]}}
    description = w.t("{names}, by report month.", names=", ".join(names))
    last = max((p["as_of"] for s in series for p in s["points"]), default=None)
    return Chart(id, title, description, spec(w, title, source_line(w, last), description,
                                              {"layer": [main, *marked_month(w, as_of)]}),
                 [w.t("month"), w.t("country"), w.t("personnel") if field == "total" else w.t("women")], rows)
