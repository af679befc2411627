"""Bar charts of one month or of years: women's share by personnel type, deaths by year and incident type."""

from __future__ import annotations

from ..i18n import Words
from .kit import SHARE_AXIS, Chart, count_axis, num_cell, pct_cell, source_line, spec, titled, units
from .trends import ROSE, share

INCIDENTS = {
    "Malicious Act": "#b03a2e",
    "Accident": "#1f5fa8",
    "Illness": "#3f7f52",
    "Self-Inflicted": "#7a5195",
    "To Be Determined": "#b7791f",
    "Unknown": "#6b6b6b",
}
INSIDE = 0.7  # a bar longer than this share of the axis carries its label inside (white), not after it


def share_by_type(w: Words, id: str, types: list[dict], title: str, as_of: str) -> Chart:
    """Women's share per personnel type in one month, each bar labelled with its counts.

    The axis never passes 100%: it runs to twice the longest bar (room for the labels after the bars, on a phone
    too) but at most to 100%, and a bar reaching past INSIDE of it carries its label inside. (It ran to 160% for the
    Republic of the Congo, whose 2 experts on mission are both women: 100% times the room for labels.)"""
    values = [
        {
            "type": w.t(t["personnel_type"]),
            "share": s,
            "women": t["women"],
            "total": t["total"],
            "label": w.t(
                "{share} ({women} of {total})", share=w.pct(s), women=w.num(t["women"]), total=w.num(t["total"])
            ),
        }
        for t in types
        if (s := share(t["women"], t["total"])) is not None
    ]
    top = min(1.0, max([0.5] + [v["share"] * 2 for v in values]))
    longest_first = [v["type"] for v in sorted(values, key=lambda v: -v["share"])]
    enc = {
        "y": {"field": "type", "type": "nominal", "title": None, "sort": longest_first},
        "x": {
            "field": "share",
            "type": "quantitative",
            "axis": SHARE_AXIS,
            "title": w.t("women"),
            "scale": {"domain": [0, top], "clamp": True},
        },
    }
    text = {"text": {"field": "label"}}
    body = {
        "data": {"values": values},
        "encoding": enc,
        "layer": [
            {
                "mark": {"type": "bar", "color": ROSE},
                "encoding": {
                    "tooltip": [{"field": "type", "title": w.t("type")}, {"field": "label", "title": w.t("women")}]
                },
            },
            {
                "transform": [{"filter": f"datum.share <= {INSIDE * top}"}],
                "mark": {"type": "text", "align": "left", "dx": 4, "color": "#1c2733"},
                "encoding": text,
            },
            {
                "transform": [{"filter": f"datum.share > {INSIDE * top}"}],
                "mark": {"type": "text", "align": "right", "dx": -4, "color": "white"},
                "encoding": text,
            },
        ],
    }
    description = (
        "; ".join(f"{v['type']}: {v['label']}" for v in values) + "."
        if values
        else w.t("No split by sex in this report.")
    )
    u = units(w)
    return Chart(
        id,
        title,
        description,
        spec(w, title, source_line(w, as_of), description, body, max(60, 28 * len(values))),
        [w.t("type"), u["share"], u["women"], u["personnel"]],
        [[v["type"], pct_cell(w, v["share"]), num_cell(w, v["women"]), num_cell(w, v["total"])] for v in values],
    )


def fatalities(w: Words, id: str, incidents: list[dict], title: str, source: str) -> Chart:
    """Deaths per year, every year on the axis, one colour per incident type on every page."""
    years = sorted({int(i["date"][:4]) for i in incidents})
    every = [str(y) for y in range(years[0], years[-1] + 1)] if years else []
    counts: dict[tuple[str, str], int] = {}
    for i in incidents:
        key = (i["date"][:4], w.t(i["incident_type"]))
        counts[key] = counts.get(key, 0) + 1
    values = [{"year": y, "type": t, "deaths": n} for (y, t), n in sorted(counts.items())]
    per_year: dict[str, int] = {}
    for v in values:
        per_year[v["year"]] = per_year.get(v["year"], 0) + v["deaths"]
    labels = [y for y in every if int(y) % (1 if len(every) <= 25 else 5) == 0]
    title = titled(w, title, every[0] if every else None, every[-1] if every else None)
    body = {
        "data": {"values": values},
        "mark": {"type": "bar", "stroke": "white", "strokeWidth": 0.75},  # stacked bars parted by white lines
        "encoding": {
            "x": {
                "field": "year",
                "type": "ordinal",
                "title": None,
                "scale": {"domain": every},
                "axis": {"labelAngle": 0, "values": labels},
            },
            "y": {"field": "deaths", **count_axis(max(per_year.values(), default=None), w.t("deaths"))},
            "color": {
                "field": "type",
                "type": "nominal",
                "title": w.t("incident"),
                "scale": {"domain": [w.t(k) for k in INCIDENTS], "range": list(INCIDENTS.values())},
            },
            "tooltip": [
                {"field": "year", "title": w.t("year")},
                {"field": "type", "title": w.t("incident")},
                {"field": "deaths", "title": w.t("deaths")},
            ],
        },
    }
    description = w.t(
        "{n} deaths from {first} to {last}.",
        n=w.num(len(incidents)),
        first=every[0] if every else "",
        last=every[-1] if every else "",
    )
    return Chart(
        id,
        title,
        description,
        spec(w, title, source, description, body, 170),
        [w.t("year"), w.t("incident"), units(w)["deaths"]],
        [[v["year"], v["type"], num_cell(w, v["deaths"])] for v in values],
    )
