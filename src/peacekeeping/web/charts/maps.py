"""Maps and the coverage calendar: classes that show small contributors, nothing told by colour alone."""

from __future__ import annotations

from ...facts.models import MonthRow
from ..i18n import Words
from . import labels
from .kit import Chart, num_cell, source_line, span, spec, titled, units

# Personnel classes on a log scale: 270 and 1 are in different classes, Nepal and Rwanda in the darkest. The fill
# of "no personnel" has a contrast of at least 3:1 against every class (tests/web/test_web_small.py checks it).
BOUNDS = [10, 100, 1000, 5000]
CLASSES = ["#458db2", "#2e6db4", "#2d3f96", "#3a1f6e", "#14062b"]
NONE = "#f2f2f2"
POINT = "#d1495b"
BUBBLE = 1200  # area in px² of the largest bubble


def class_labels(w: Words) -> list[str]:
    """'1–9', '10–99', '100–999', '1,000–4,999', '5,000 or more'."""
    edges = [1, *BOUNDS]
    labels = [f"{w.num(a)}–{w.num(b - 1)}" for a, b in zip(edges, BOUNDS)]
    return labels + [w.t("{n} or more", n=w.num(BOUNDS[-1]))]


def class_of(w: Words, total: int) -> str:
    """The class label of a number of personnel (at least 1)."""
    return class_labels(w)[sum(total >= b for b in BOUNDS)]


def atlas(static) -> dict:
    return {"url": static("vendor/countries-110m.json"), "format": {"type": "topojson", "feature": "countries"}}


def _base(w: Words, static) -> dict:
    """Every country but Antarctica, filled as 'no personnel' (the legend says so)."""
    return {
        "data": atlas(static),
        "transform": [{"filter": "datum.id != '010'"}],
        "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.4},
        "encoding": {
            "color": {"datum": w.t("no personnel")},
            "tooltip": [{"field": "properties.name", "title": w.t("country")}],
        },
    }


def _scale(w: Words) -> dict:
    return {"domain": [w.t("no personnel"), *class_labels(w)], "range": [NONE, *CLASSES]}


def world_map(
    w: Words, id: str, rows: list[dict], title: str, as_of: str | None, static, points: list[dict] | None = None
) -> Chart:
    """Countries by class of personnel (joined on M49, the ids of world-atlas), optional mission points."""
    values = [{**r, "class": class_of(w, r["total"]), "label": w.num(r["total"])} for r in rows if r.get("total")]
    layers = [
        _base(w, static),
        {
            "data": atlas(static),
            "transform": [
                {"calculate": "toNumber(datum.id)", "as": "m49"},
                {
                    "lookup": "m49",
                    "from": {
                        "data": {"values": values},
                        "key": "m49",
                        "fields": ["country", "total", "class", "label"],
                    },
                },
                {"filter": "datum.total > 0"},
            ],
            "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.4},
            "encoding": {
                "color": {
                    "field": "class",
                    "type": "nominal",
                    "title": w.t("personnel"),
                    "scale": _scale(w),
                    "legend": {"orient": "bottom", "direction": "horizontal", "columns": 6},
                },
                "tooltip": [
                    {"field": "country", "title": w.t("country")},
                    {"field": "label", "title": w.t("personnel")},
                ],
            },
        },
    ]
    if points:
        layers.append(
            {
                "data": {"values": points},
                "mark": {"type": "circle", "color": POINT, "size": 90, "stroke": "#1c2733", "strokeWidth": 1},
                "encoding": {
                    "longitude": {"field": "longitude", "type": "quantitative"},
                    "latitude": {"field": "latitude", "type": "quantitative"},
                    "tooltip": [{"field": "label"}],
                },
            }
        )
    description = w.t("{n} contributing countries in classes of personnel.", n=w.num(len(values)))
    if withheld := sum(1 for r in rows if r.get("total") is None):  # a contributor left off the map says so
        description += " " + w.t("{n} more whose figure is withheld are not shown.", n=w.num(withheld))
    body = {"projection": {"type": "equalEarth"}, "layer": layers}
    return Chart(
        id,
        title,
        description,
        spec(w, title, source_line(w, as_of), description, body, 320),
        [w.t("country"), units(w)["personnel"], w.t("class")],
        [[v["country"], num_cell(w, v["total"]), v["class"]] for v in values],
    )


def _bubbles(w: Words, values: list[dict], largest: int, height: int) -> list[dict]:
    """Bubbles at missions' headquarters, areas proportional to `total` (smaller on a phone, as the world is), and
    their labels (placed by labels.place for the map's width; left off a phone's map where no spot is clear)."""
    band = labels.band_expr()
    where = {
        "longitude": {"field": "longitude", "type": "quantitative"},
        "latitude": {"field": "latitude", "type": "quantitative"},
    }
    dots = {
        "name": "bubbles",
        "data": {"values": values},
        "mark": {"type": "circle", "color": POINT, "opacity": 0.8, "stroke": "#1c2733", "strokeWidth": 0.8},
        "encoding": {
            **where,
            "size": {
                "field": "total",
                "type": "quantitative",
                "title": w.t("personnel"),
                "scale": {
                    "type": "linear",
                    "zero": True,
                    "domain": [0, largest],
                    "range": [0, {"expr": labels.size_expr(height, BUBBLE)}],
                },
                "legend": {"orient": "bottom", "direction": "horizontal", "format": ",d", "tickMinStep": 1},
            },
            "tooltip": [{"field": "label", "title": w.t("mission")}],
        },
    }
    names = {
        "name": "label_halo",
        "data": {"values": values},
        "mark": {
            "type": "text",
            "fontSize": 10,
            "color": "#1c2733",
            "baseline": "middle",
            "dx": {"expr": f"datum.at[{band}][0]"},
            "dy": {"expr": f"datum.at[{band}][1]"},
            "align": {"expr": f"datum.at[{band}][2]"},
            "text": {"expr": f"datum.at[{band}][3] ? datum.mission : ''"},
            "stroke": "white",
            "strokeWidth": 2.5,
            "strokeOpacity": 0.8,
        },
        "encoding": where,
    }
    names_fill = {
        **names,
        "name": "labels",
        "mark": {k: v for k, v in names["mark"].items() if not k.startswith("stroke")},
    }
    return [dots, names, names_fill]


def _land(static) -> dict:
    """The land behind missions' bubbles (Antarctica left out), grey and out of the accessibility tree."""
    return {
        "data": atlas(static),
        "transform": [{"filter": "datum.id != '010'"}],
        "mark": {"type": "geoshape", "fill": "#dfe5ec", "stroke": "white", "strokeWidth": 0.4, "aria": False},
    }


def _at_headquarters(w: Words, missions: list[dict], more, height: int) -> tuple[list[dict], int]:
    """The missions with a place and personnel as bubbles at their headquarters, labelled "UNIFIL (Naqoura): 250
    personnel" (+ `more(m)`) and placed apart for a map `height` high; and the largest bubble's personnel."""
    values = [
        {
            "mission": m["acronym"],
            "total": m["total"],
            "label": f"{m['acronym']} ({m['hq']}): " + w.t("{n} personnel", n=w.num(m["total"])) + more(m),
            "latitude": m["latitude"],
            "longitude": m["longitude"],
        }
        for m in missions
        if m.get("latitude") is not None and m.get("total")
    ]
    largest = max((v["total"] for v in values), default=1)
    return labels.place(values, largest, BUBBLE, height=height), largest


def missions_map(w: Words, id: str, missions: list[dict], title: str, as_of: str, static) -> Chart:
    """Every mission of a month at its headquarters: bubbles whose areas are proportional to its personnel, the
    women among them in the label a pointer shows and in the data table."""
    values, largest = _at_headquarters(
        w,
        missions,
        lambda m: f", {w.t('{n} women', n=w.num(m['women']))}" if m.get("women") is not None else "",
        300,
    )
    description = "; ".join(v["label"] for v in values) + "." if values else w.t("No mission with a known place.")
    body = {"projection": {"type": "equalEarth"}, "layer": [_land(static), *_bubbles(w, values, largest, 300)]}
    u = units(w)
    return Chart(
        id,
        title,
        description,
        spec(w, title, source_line(w, as_of), description, body, 300),
        [w.t("mission"), w.t("headquarters"), u["personnel"], u["women"]],
        [
            [
                m["acronym"],
                m.get("hq") or "",
                num_cell(w, m["total"]),
                num_cell(w, m["women"]) if m.get("women") is not None else "",
            ]
            for m in missions
            if m.get("total")
        ],
    )


def deployment_map(w: Words, id: str, country: dict, missions: list[dict], title: str, as_of: str, static) -> Chart:
    """Where a country's personnel serve: its missions' headquarters, bubbles whose areas are proportional to its
    personnel there (1 person is 1/50 of the area of 50), labels placed apart (labels.place)."""
    values, largest = _at_headquarters(w, missions, lambda m: "", 280)
    home = {
        "data": atlas(static),
        "transform": [{"filter": f"toNumber(datum.id) == {int(country['m49'])}"}],
        "mark": {"type": "geoshape", "fill": "#b7791f", "stroke": "#1c2733", "strokeWidth": 0.8, "aria": False},
        "encoding": {"tooltip": {"value": country["name"]}},
    }
    body = {"projection": {"type": "equalEarth"}, "layer": [_land(static), home, *_bubbles(w, values, largest, 280)]}
    description = "; ".join(v["label"] for v in values) + "." if values else w.t("No mission with a known place.")
    u = units(w)
    return Chart(
        id,
        title,
        description,
        spec(w, title, source_line(w, as_of), description, body, 280),
        [w.t("mission"), w.t("headquarters"), u["personnel"]],
        [[m["acronym"], m.get("hq") or "", num_cell(w, m["total"])] for m in missions if m.get("total")],
    )


# cells carrying a white symbol: each colour at least 4.5:1 against it
STATUS = {"ingested": ("#3f7f52", "✓"), "flagged": ("#98650f", "!"), "missing": ("#b03a2e", "✗")}


def coverage(w: Words, id: str, months: list[MonthRow], flagged: set[str]) -> Chart:
    """A calendar: one cell per month, ingested (✓), flagged (!) or missing (✗), by colour and by symbol."""
    values = [
        {
            "year": m.month[:4],
            "month": m.month[5:],
            "label": w.month(m.month),
            "status": w.t("flagged" if m.month in flagged else m.status),
            "symbol": STATUS["flagged" if m.month in flagged else m.status][1],
            "report": m.report or "",
        }
        for m in months
    ]
    title = titled(w, w.t("Months in the store"), *span([{"month": m.month} for m in months]))
    enc = {
        "x": {"field": "month", "type": "ordinal", "title": w.t("month"), "axis": {"labelAngle": 0}},
        "y": {"field": "year", "type": "ordinal", "title": None},
    }
    body = {
        "data": {"values": values},
        "encoding": enc,
        "layer": [
            {
                "mark": {"type": "rect", "stroke": "white"},
                "encoding": {
                    "color": {
                        "field": "status",
                        "type": "nominal",
                        "title": None,
                        "scale": {"domain": [w.t(s) for s in STATUS], "range": [c for c, _ in STATUS.values()]},
                    },
                    "tooltip": [
                        {"field": "label", "title": w.t("month")},
                        {"field": "status", "title": w.t("status")},
                        {"field": "report", "title": w.t("report")},
                    ],
                },
            },
            {
                "mark": {"type": "text", "color": "white", "fontWeight": "bold"},
                "encoding": {"text": {"field": "symbol"}},
            },
        ],
    }
    counts = {s: sum(1 for v in values if v["status"] == w.t(s)) for s in STATUS}
    description = w.t(
        "{ingested} months ingested (✓), {flagged} flagged (!), {missing} missing (✗).",
        **{k: w.num(v) for k, v in counts.items()},
    )
    return Chart(
        id,
        title,
        description,
        spec(w, title, source_line(w, None), description, body, 300),
        [w.t("month"), w.t("status"), w.t("report")],
        [[v["label"], v["status"], v["report"]] for v in values],
    )
