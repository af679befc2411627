"""Charts of several lines over time: a country's missions, countries compared (styles from the palette)."""

from __future__ import annotations

from math import ceil, floor, log10

from ..i18n import Words
from . import kit, palette
from .trends import share


def by_mission(w: Words, id: str, points: list[dict], title: str, as_of: str | None) -> kit.Chart:
    """A country's personnel in each mission per report month (lines; gaps where withheld or not reported): the
    palette.TOP largest missions in their own styles (the same on every page), the others summed in grey."""
    names = sorted(
        {m for p in points for m in p["missions"]}, key=lambda m: (-max(p["missions"].get(m) or 0 for p in points), m)
    )
    shown, others = names[: palette.TOP], names[palette.TOP :]
    other = w.t("{n} other missions", n=w.num(len(others))) if len(others) > 1 else None
    if not other:
        shown, others = names, []
    values, rows = [], []
    series = {m: [(p["month"], p["as_of"], p["missions"].get(m)) for p in points] for m in shown}
    if other:
        series[other] = [
            (p["month"], p["as_of"], sum(p["missions"].get(m) or 0 for m in others) or None) for p in points
        ]
    for label, months in series.items():
        for a, r, v in kit.runs(months):
            values.append({"month": a, "run": f"{label}-{r}", "mission": label, "total": v})
            rows.append([kit.month_cell(w, a), label, kit.num_cell(w, v)])
    values = kit.lone(values)
    title = kit.titled(w, title, *kit.span(values))
    styles = [palette.style(m) for m in shown] + ([palette.OTHER] if other else [])
    domain = shown + ([other] if other else [])
    legend = {"symbolType": "stroke", "symbolStrokeWidth": 2.5, "labelLimit": 140}
    enc = {
        "x": kit.time_x(w),
        "y": {"field": "total", **kit.count_axis(max((v["total"] for v in values), default=None), w.t("personnel"))},
        "color": {
            "field": "mission",
            "type": "nominal",
            "title": w.t("mission"),
            "legend": legend,
            "scale": {"domain": domain, "range": [c for c, _ in styles]},
        },
        "strokeDash": {
            "field": "mission",
            "type": "nominal",
            "title": w.t("mission"),
            "legend": legend,
            "scale": {"domain": domain, "range": [d for _, d in styles]},
        },
        "detail": {"field": "run"},
        "tooltip": [
            kit.tooltip_month(w),
            {"field": "mission", "title": w.t("mission")},
            {"field": "total", "format": ",", "title": w.t("personnel")},
        ],
    }
    main = {"mark": {"type": "line", "strokeWidth": 2}, "encoding": enc}
    description = w.t(
        "Personnel in {n} missions over {m} report months with a breakdown by mission.",
        n=w.num(len(names)),
        m=w.num(len(points)),
    )
    body = {"data": {"values": values}, "layer": [main, *kit.lone_points(enc, values), *kit.marked_month(w, as_of)]}
    u = kit.units(w)
    return kit.Chart(
        id,
        title,
        description,
        kit.spec(w, title, kit.points_source(w, points), description, body, 240, over_time=True),
        [u["month"], w.t("mission"), u["personnel"]],
        rows,
    )


def compare(
    w: Words, id: str, series: list[dict], field: str, title: str, as_of: str | None, log: bool = False
) -> kit.Chart:
    """Up to five countries on one chart: totals (on a log scale if asked: countries of very different sizes), or
    women's share (with counts). A month with no personnel is a gap on either scale; on a log scale, which cannot
    show 0, the caption says how many there are."""
    values, rows = [], []
    log = log and field == "total"
    zeros = 0
    names = [s["name"] for s in series]
    for s in series:
        if field == "total":
            kept = kit.runs([(p["month"], p["as_of"], p["total"] or None) for p in s["points"]])
            zeros += _zeros(s["points"])
            for a, r, v in kept:
                values.append(
                    {"month": a, "run": f"{s['iso3']}-{r}", "country": s["name"], "value": v, "label": w.num(v)}
                )
                rows.append([kit.month_cell(w, a), s["name"], kit.num_cell(w, v)])
        else:
            kept = kit.runs(
                [
                    (
                        p["month"],
                        p["as_of"],
                        (p["women"], p["total"]) if share(p["women"], p["total"]) is not None else None,
                    )
                    for p in s["points"]
                ]
            )
            for a, r, (wo, to) in kept:
                label = w.t("{share} ({women} of {total})", share=w.pct(wo / to), women=w.num(wo), total=w.num(to))
                values.append(
                    {"month": a, "run": f"{s['iso3']}-{r}", "country": s["name"], "value": wo / to, "label": label}
                )
                rows.append(
                    [
                        kit.month_cell(w, a),
                        s["name"],
                        kit.pct_cell(w, wo / to),
                        kit.num_cell(w, wo),
                        kit.num_cell(w, to),
                    ]
                )
    values = kit.lone(values)
    if log:
        title = w.t("{title} (log scale)", title=title)
    title = kit.titled(w, w.t("{names}: {what}", names=", ".join(names), what=title), *kit.span(values))
    top = max((v["value"] for v in values), default=None)
    y = (
        {"field": "value", **log_axis([v["value"] for v in values], w.t("personnel (log scale)"))}
        if log
        else {"field": "value", **kit.count_axis(top, w.t("personnel"))}
        if field == "total"
        else {
            "field": "value",
            "type": "quantitative",
            "title": w.t("women"),
            "axis": kit.SHARE_AXIS,
            "scale": {"domain": [0, min(1, max(0.05, top or 0))], "nice": True, "clamp": True},
        }
    )
    what = w.t("personnel") if field == "total" else w.t("women")
    colours, legend = palette.MUTED[: len(names)], {"symbolType": "stroke", "symbolStrokeWidth": 2.5}
    enc = {
        "x": kit.time_x(w),
        "y": y,  # colour and dash: countries told apart without colour too
        "color": {
            "field": "country",
            "type": "nominal",
            "title": None,
            "legend": legend,
            "scale": {"domain": names, "range": colours},
        },
        "strokeDash": {
            "field": "country",
            "type": "nominal",
            "title": None,
            "legend": legend,
            "scale": {"domain": names, "range": palette.DASHES[: len(names)]},
        },
        "detail": {"field": "run"},
        "tooltip": [
            kit.tooltip_month(w),
            {"field": "country", "title": w.t("country")},
            {"field": "label", "title": what},
        ],
    }
    main = {"mark": "line", "encoding": enc}
    description = w.t("{names}, by report month.", names=", ".join(names))
    if log:
        description += " " + w.t(
            "Log scale: 10, 100 and 1,000 are equally spaced, so countries of very different sizes read on one chart."
        )
        if zeros:
            description += " " + w.t("{n} months with no personnel are gaps: a log scale cannot show 0.", n=zeros)
    last = max((p["as_of"] for s in series for p in s["points"]), default=None)
    body = {"data": {"values": values}, "layer": [main, *kit.lone_points(enc, values), *kit.marked_month(w, as_of)]}
    u = kit.units(w)
    columns = (
        [u["month"], w.t("country"), u["personnel"]]
        if field == "total"
        else [u["month"], w.t("country"), u["share"], u["women"], u["personnel"]]
    )
    return kit.Chart(
        id,
        title,
        description,
        kit.spec(w, title, kit.source_line(w, last), description, body, over_time=True),
        columns,
        rows,
    )


def _zeros(points: list[dict]) -> int:
    """The months a country had no personnel between its first and its last month with some (a log scale's gaps)."""
    held = [i for i, p in enumerate(points) if p["total"]]
    return sum(1 for p in points[held[0] : held[-1]] if p["total"] == 0) if held else 0


def log_axis(numbers: list[float], title: str) -> dict:
    """A y encoding on a log scale from the power of ten below the least value to the one above the greatest,
    ticks at powers of ten (and at 2 and 5 times them when the values kit.span less than two of them)."""
    low, high = min(numbers, default=1), max(numbers, default=10)
    first, last = floor(log10(max(low, 1))), max(ceil(log10(max(high, 1))), floor(log10(max(low, 1))) + 1)
    steps = (1, 2, 5) if last - first < 3 else (1,)
    ticks = [k * 10**e for e in range(first, last + 1) for k in steps if k * 10**e <= 10**last]
    return {
        "type": "quantitative",
        "title": title,
        "scale": {"type": "log", "domain": [10**first, 10**last]},
        "axis": {"format": ",d", "values": ticks},
    }
