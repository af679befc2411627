"""Vega-Lite specs for the pages, data inline; the browser renders them with the vendored vega-embed."""

from __future__ import annotations

_WIDTH = "container"
# one tick per year, labelled with the year: Vega's default quarterly ticks on a wide chart drop the January
# labels (the only ones carrying the year) to avoid overlaps, leaving an axis of "April, October, April ..."
_YEARS = {"tickCount": "year", "format": "%Y"}
_COLORS = {"Troops": "#1f5fa8", "Staff Officer": "#7fb2e5", "Experts on Mission": "#f2a541",
           "Formed Police Units": "#5a9e6f", "Individual Police": "#b07aa1"}


def trend(points: list[dict], title: str) -> dict:
    """Uniformed personnel per report month."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH, "height": 220,
        "data": {"values": [{"month": p["as_of"], "total": p["total"]} for p in points if p["total"]]},
        "mark": {"type": "line", "point": False},
        "encoding": {"x": {"field": "month", "type": "temporal", "title": None, "axis": _YEARS},
                     "y": {"field": "total", "type": "quantitative", "title": "uniformed personnel"},
                     "tooltip": [{"field": "month", "type": "temporal"}, {"field": "total", "format": ","}]},
    }


def by_type(points: list[dict], title: str) -> dict:
    """Personnel by type per report month, stacked."""
    values = [{"month": p["as_of"], "type": t, "total": n} for p in points for t, n in p["by_type"].items()]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH, "height": 220,
        "data": {"values": values}, "mark": "area",
        "encoding": {"x": {"field": "month", "type": "temporal", "title": None, "axis": _YEARS},
                     "y": {"field": "total", "type": "quantitative", "stack": True, "title": "personnel"},
                     "color": {"field": "type", "type": "nominal", "title": None,
                               "scale": {"domain": list(_COLORS), "range": list(_COLORS.values())}},
                     "tooltip": [{"field": "month", "type": "temporal"}, {"field": "type"}, {"field": "total"}]},
    }


def women_share(points: list[dict], title: str) -> dict:
    """Women's share of personnel per report month (months without a sex split left out)."""
    values = [{"month": p["as_of"], "share": p["women"] / p["total"]}
              for p in points if p["women"] is not None and p["total"]]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH, "height": 180,
        "data": {"values": values}, "mark": {"type": "line", "color": "#b03a5b"},
        "encoding": {"x": {"field": "month", "type": "temporal", "title": None, "axis": _YEARS},
                     "y": {"field": "share", "type": "quantitative", "axis": {"format": "%"}, "title": "women"},
                     "tooltip": [{"field": "month", "type": "temporal"}, {"field": "share", "format": ".1%"}]},
    }


def share_by_type(types: list[dict], title: str) -> dict:
    """Women's share per personnel type in one month."""
    values = [{"type": t["personnel_type"], "share": t["women"] / t["total"]}
              for t in types if t["women"] is not None and t["total"]]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH, "height": 140,
        "data": {"values": values}, "mark": {"type": "bar", "color": "#b03a5b"},
        "encoding": {"y": {"field": "type", "type": "nominal", "title": None, "sort": "-x"},
                     "x": {"field": "share", "type": "quantitative", "axis": {"format": "%"}, "title": "women"},
                     "tooltip": [{"field": "type"}, {"field": "share", "format": ".1%"}]},
    }


def fatalities(incidents: list[dict], title: str) -> dict:
    """Deaths per year, coloured by incident type."""
    values = [{"year": i["date"][:4], "type": i["incident_type"]} for i in incidents]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH, "height": 160,
        "data": {"values": values}, "mark": "bar",
        "encoding": {"x": {"field": "year", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
                     "y": {"aggregate": "count", "type": "quantitative", "title": "deaths"},
                     "color": {"field": "type", "type": "nominal", "title": "incident"},
                     "tooltip": [{"field": "year"}, {"field": "type"}, {"aggregate": "count", "title": "deaths"}]},
    }


def world_map(rows: list[dict], title: str, points: list[dict] | None = None) -> dict:
    """Countries shaded by personnel (joined on M49, the ids of world-atlas), optional mission points.

    Every country but Antarctica is drawn in grey underneath: Vega-Lite leaves out the shapes whose colour
    field is null, so without that layer the countries that contribute nothing would be holes in the map.
    """
    atlas = {"url": "/static/vendor/countries-110m.json", "format": {"type": "topojson", "feature": "countries"}}
    layers = [{
        "data": atlas, "transform": [{"filter": "datum.id != '010'"}],
        "mark": {"type": "geoshape", "fill": "#e3e8ee", "stroke": "white", "strokeWidth": 0.3},
        "encoding": {"tooltip": [{"field": "properties.name", "title": "country"}]},
    }, {
        "data": atlas,
        "transform": [{"calculate": "toNumber(datum.id)", "as": "m49"},
                      {"lookup": "m49", "from": {"data": {"values": rows}, "key": "m49",
                                                 "fields": ["country", "total"]}}],
        "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.3},
        "encoding": {"color": {"field": "total", "type": "quantitative", "title": "personnel",
                               "scale": {"scheme": {"name": "blues", "extent": [0.3, 1]}}},
                     "tooltip": [{"field": "country"}, {"field": "total", "format": ","}]},
    }]
    if points:
        layers.append({"data": {"values": points}, "mark": {"type": "circle", "color": "#d1495b", "size": 60},
                       "encoding": {"longitude": {"field": "longitude", "type": "quantitative"},
                                    "latitude": {"field": "latitude", "type": "quantitative"},
                                    "tooltip": [{"field": "label"}]}})
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": _WIDTH,
            "height": 260, "projection": {"type": "equalEarth"}, "layer": layers}


def coverage(months: list[dict], flagged: set[str]) -> dict:
    """A calendar: one cell per month, ingested, missing or flagged."""
    values = [{"year": m["month"][:4], "month": m["month"][5:], "label": m["month"],
               "status": "flagged" if m["month"] in flagged else m["status"], "report": m["report"] or ""}
              for m in months]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": "Months in the store",
        "width": _WIDTH, "height": 260, "data": {"values": values}, "mark": {"type": "rect", "stroke": "white"},
        "encoding": {"x": {"field": "month", "type": "ordinal", "title": "month", "axis": {"labelAngle": 0}},
                     "y": {"field": "year", "type": "ordinal", "title": None},
                     "color": {"field": "status", "type": "nominal", "title": None,
                               "scale": {"domain": ["ingested", "flagged", "missing"],
                                         "range": ["#5a9e6f", "#f2a541", "#d1495b"]}},
                     "tooltip": [{"field": "label"}, {"field": "status"}, {"field": "report"}]},
    }
