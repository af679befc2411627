"""What every chart has: a Vega-Lite spec with its title and source line drawn in, a description, a data table."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from html import escape

from babel.dates import get_day_names, get_month_names
from markupsafe import Markup

from ..i18n import Words

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
WIDTH = "container"
# one tick per year, labelled with the year: Vega's default quarterly ticks on a wide chart drop the January
# labels (the only ones carrying the year) to avoid overlaps, leaving an axis of "April, October, April ..."
YEARS = {"tickCount": "year", "format": "%Y", "labelOverlap": "greedy"}
SHARE_AXIS = {"format": "%", "tickCount": 5}
MARKED = "#1c2733"  # the month the page is about


Cell = str | tuple[str, object]  # what the table shows, or (what it shows, what its CSV holds)


@dataclass(slots=True)
class Chart:
    """A chart of a page: its spec (title and source in it, for the PNG and SVG exports), its words, its data."""

    id: str
    title: str
    description: str
    spec: dict
    columns: list[Cell] = field(default_factory=list)  # headers; (header, CSV header naming units)
    rows: list[list[Cell]] = field(default_factory=list)
    table: list = field(default_factory=list)  # the data table's HTML, made once (see table_html)
    text: list = field(default_factory=list)  # the spec as JSON, made once (see spec_json): without, and its layers
    marks: list[dict] = field(default_factory=list)  # layers drawn over the spec's (the page's month: with_month)

    def spec_json(self) -> Markup:
        """The spec with its marks as JSON for the page's script element ("</" escaped), the spec's own part made
        once and kept with the chart: a page of a cached chart neither serialises its data again nor copies it."""
        if not self.text:
            spec = {k: v for k, v in self.spec.items() if k != "layer"}
            layers = [json.dumps(layer, ensure_ascii=False) for layer in self.spec.get("layer", [])]
            self.text += [json.dumps(spec, ensure_ascii=False), layers if "layer" in self.spec else None]
        head, layers = self.text
        if layers is not None or self.marks:
            drawn = [*(layers or []), *(json.dumps(mark, ensure_ascii=False) for mark in self.marks)]
            head = head[:-1] + ', "layer": [' + ", ".join(drawn) + "]}"
        return Markup(head.replace("</", "<\\/"))

    def frozen(self) -> Chart:
        """The chart with its table and spec made as text, its data (spec and rows) dropped: what a cache keeps (a
        country's chart by type over all months: about 0.4 MB instead of 2)."""
        self.table_html()
        self.spec_json()
        self.spec, self.rows = {}, []
        return self

    def table_html(self) -> Markup:
        """The data table as HTML, made on first use and kept with the chart (cells escaped by html.escape: a
        chart over ten years has thousands of them, and Markup.format per cell took most of a page's time). A cell
        whose CSV value differs from its text carries it in data-v (plain numbers, ISO months: charts.js)."""
        if not self.table:
            head = "".join(_th(h) for h in self.columns)
            flat = [c for row in self.rows for c in row]
            # one escape over every text and value joined by NUL (which escape leaves alone), then split again
            texts = iter(escape("\0".join(c[0] if isinstance(c, tuple) else str(c) for c in flat)).split("\0"))
            raws = iter(escape("\0".join(str(c[1]) for c in flat if isinstance(c, tuple))).split("\0"))
            body = "".join(
                "<tr>"
                + "".join(
                    f'<td data-v="{next(raws)}">{next(texts)}</td>'
                    if isinstance(c, tuple)
                    else f"<td>{next(texts)}</td>"
                    for c in row
                )
                + "</tr>"
                for row in self.rows
            )
            self.table.append(
                Markup(
                    f'<table id="{escape(self.id)}-data" data-csv="{escape(self.id)}"><caption>'
                    f"{escape(str(self.title))}</caption><thead><tr>{head}</tr></thead><tbody>{body}"
                    "</tbody></table>"
                )
            )
        return self.table[0]


def _th(header: Cell) -> str:
    if isinstance(header, tuple):
        return f'<th scope="col" data-v="{escape(str(header[1]))}">{escape(header[0])}</th>'
    return f'<th scope="col">{escape(str(header))}</th>'


def units(w: Words) -> dict[str, tuple[str, str]]:
    """Column headers of chart tables, each with the CSV header that names its unit."""
    return {
        "month": (w.t("month"), w.t("month (YYYY-MM)")),
        "personnel": (w.t("personnel"), w.t("personnel (number)")),
        "women": (w.t("women"), w.t("women (number)")),
        "share": (w.t("share"), w.t("women's share (% of personnel)")),
        "deaths": (w.t("deaths"), w.t("deaths (number)")),
    }


def month_cell(w: Words, as_of: str) -> tuple[str, str]:
    """A report month: "June 2022" in the table, 2022-06 in the CSV."""
    return w.month(as_of), as_of[:7]


def num_cell(w: Words, n: int) -> tuple[str, int]:
    return w.num(n), n


def pct_cell(w: Words, share: float) -> tuple[str, float]:
    """A share: "14.1%" in the table, 14.07 (percent, two decimals) in the CSV."""
    return w.pct(share), round(share * 100, 2)


def source_line(w: Words, as_of: str | None, points: list[dict] | None = None) -> str:
    """'Source: UN Department of Peace Operations, report of 30 June 2022' (the store's report, with its date); and
    IPI's research dataset where a point of the chart comes from it."""
    if as_of is None:
        line = w.t("Source: UN Department of Peace Operations, monthly reports of uniformed personnel")
    else:
        line = w.t("Source: UN Department of Peace Operations, report of {date}", date=w.date(as_of))
    if any(p.get("source") == "ipi" for p in points or ()):
        line += w.t(
            "; months no report covers: International Peace Institute, Providing for Peacekeeping "
            "(research dataset, not official)"
        )
    return line


def spec(
    w: Words, title: str, source: str, description: str, body: dict, height: int = 220, over_time: bool = False
) -> dict:
    """A full Vega-Lite spec: the body with title, source line (subtitle), description, size and locale; usermeta
    holds the lines an exported PNG or SVG adds under the source (gaps, the data's terms; charts.js adds the page's
    address)."""
    export = ([w.t("Gaps: months no report covers, or whose figure is withheld.")] if over_time else []) + [terms(w)]
    return {
        "$schema": SCHEMA,
        "title": {"text": title, "subtitle": source, "anchor": "start", "subtitleColor": "#4a5561"},
        "description": f"{title}. {description}",
        "width": WIDTH,
        "height": height,
        # the chart's container is an image named by its title and description, with its data as a table: the
        # marks inside carry no ARIA roles of their own
        "config": {"locale": locale(w.lang), "background": "white", "aria": False, "mark": {"aria": False}},
        "usermeta": {"export": export},
        **body,
    }


def terms(w: Words) -> str:
    """The data's terms: the UN publishes these figures under its terms of use, with no open licence stated."""
    return w.t("Data: United Nations, under its terms of use (www.un.org/en/about-us/terms-of-use)")


def titled(w: Words, title: str, first: str | None, last: str | None) -> str:
    """'Peru: personnel by type, 2015-01 to 2025-07': a title with the span of months (or years) it covers."""
    if not first or not last:
        return title
    return (
        w.t("{title}, {first} to {last}", title=title, first=first, last=last)
        if first != last
        else (w.t("{title}, {month}", title=title, month=first))
    )


def span(values: list[dict], key: str = "month") -> tuple[str | None, str | None]:
    """The first and last YYYY-MM of values carrying report dates (or months) under `key`."""
    months = [v[key][:7] for v in values if v.get(key)]
    return (min(months), max(months)) if months else (None, None)


def count_axis(top: float | None, title: str) -> dict:
    """A y encoding's axis for counts: whole numbers only (no 0.5 deaths), ticks every 1 or 2 below 10."""
    axis: dict = {"format": ",d", "tickMinStep": 1}
    if top is not None and top < 10:
        axis["values"] = list(range(0, int(top) + 2, 1 if top <= 6 else 2))
    return {"type": "quantitative", "title": title, "axis": axis}


def lone(values: list[dict], key: str = "run") -> list[dict]:
    """Each value with `lone` set: alone in its run (a month between two gaps), which a line cannot draw."""
    sizes: dict = {}
    for v in values:
        sizes[v[key]] = sizes.get(v[key], 0) + 1
    return [{**v, "lone": sizes[v[key]] == 1} for v in values]


def lone_points(encoding: dict, values: list[dict], color: str | None = None, size: int = 30) -> list[dict]:
    """A layer drawing each lone value as a point (it shares the line's data; filled with the line's colour), or
    none when no value is alone (an empty layer makes Vega warn of an infinite extent)."""
    if not any(v["lone"] for v in values):
        return []
    enc = {k: v for k, v in encoding.items() if k in ("x", "y", "color", "tooltip", "detail")}
    mark = {"type": "circle", "size": size, "opacity": 1, "aria": False, **({"color": color} if color else {})}
    return [{"name": "lone", "transform": [{"filter": "datum.lone"}], "mark": mark, "encoding": enc}]


@cache
def locale(lang: str) -> dict:
    """Vega's number and time formats for a language (d3 locale definitions), from Babel's names."""
    number = {
        "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["$", ""]},
        "es": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", "\u00a0€"]},
        "fr": {
            "decimal": ",",
            "thousands": "\u202f",
            "grouping": [3],
            "currency": ["", "\u00a0€"],
            "percent": "\u202f%",
        },
    }[lang]
    months, short = get_month_names("wide", locale=lang), get_month_names("abbreviated", locale=lang)
    days, short_days = get_day_names("wide", locale=lang), get_day_names("abbreviated", locale=lang)
    order = [6, 0, 1, 2, 3, 4, 5]  # d3 starts the week on Sunday, Babel on Monday
    time = {
        "dateTime": "%x, %X",
        "date": "%d/%m/%Y",
        "time": "%H:%M:%S",
        "periods": ["AM", "PM"],
        "days": [days[i] for i in order],
        "shortDays": [short_days[i] for i in order],
        "months": [months[i] for i in range(1, 13)],
        "shortMonths": [short[i] for i in range(1, 13)],
    }
    return {"number": number, "time": time}


def along(w: Words, encoding: dict) -> list[dict]:
    """A tooltip along the line: the month nearest the pointer (a Voronoi cell per month, which Vega-Lite makes for a
    nearest selection, carries the tooltip) marked by a rule, with its value and the report it comes from."""
    tooltip = [*encoding["tooltip"], {"field": "source", "title": w.t("source")}]
    return [
        {
            "name": "along",
            "params": [
                {
                    "name": "along",
                    "select": {
                        "type": "point",
                        "encodings": ["x"],
                        "nearest": True,
                        "on": "pointermove",
                        "clear": "pointerout",
                    },
                }
            ],
            "mark": {"type": "rule", "color": "#5f6b7a", "aria": False},
            "encoding": {
                "x": encoding["x"],
                "tooltip": tooltip,
                "opacity": {"condition": {"param": "along", "empty": False, "value": 0.8}, "value": 0},
            },
        }
    ]


def marked_month(w: Words, as_of: str | None) -> list[dict]:
    """A dashed rule at the page's month, labelled: layers to add to a temporal chart (with their own one-row data:
    a layer with none draws nothing when the chart's layers each bring their own)."""
    if as_of is None:
        return []
    data = {"values": [{"month": as_of, "label": w.month(as_of)}]}
    x = {"field": "month", "type": "temporal"}
    return [
        {
            "name": "month_mark",
            "data": data,
            "mark": {"type": "rule", "color": MARKED, "strokeDash": [4, 3], "strokeWidth": 1.5, "aria": False},
            "encoding": {"x": x},
        },
        {
            "name": "month_label",
            "data": data,
            "mark": {
                "type": "text",
                "align": "left",
                "baseline": "top",
                "dx": 3,
                "y": 0,
                "color": MARKED,
                "fontSize": 11,
                "aria": False,
            },
            "encoding": {"x": x, "text": {"field": "label"}},
        },
    ]


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from `first` to `last`."""
    out, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def runs(points: list[tuple[str, str, object]]) -> list[tuple[str, int, object]]:
    """(month, as_of, value) in month order -> (as_of, run, value) for the values given: a run ends at a month with
    no value (withheld) or no report, so that a line is drawn as a gap there, not across it."""
    out, run, previous = [], 0, None
    for month, as_of, value in points:
        if value is None:
            previous = None
            continue
        index = int(month[:4]) * 12 + int(month[5:7])
        if previous is None or index != previous + 1:
            run += 1
        out.append((as_of, run, value))
        previous = index
    return out


def with_month(chart: Chart, w: Words, as_of: str | None) -> Chart:
    """A chart over time (made once per store and language) with the page's month marked."""
    if as_of is None:
        return chart
    c = chart
    return Chart(c.id, c.title, c.description, c.spec, c.columns, c.rows, c.table, c.text, marked_month(w, as_of))


def time_x(w: Words) -> dict:
    """The x channel of a chart over time: months, labelled by year."""
    return {"field": "month", "type": "temporal", "title": None, "axis": YEARS}


def tooltip_month(w: Words) -> dict:
    """The month as a tooltip names it ("June 2022")."""
    return {"field": "month", "type": "temporal", "title": w.t("month"), "format": "%B %Y"}


def points_source(w: Words, points: list[dict]) -> str:
    """The source line of a chart of `points`: the reports its months come from."""
    return source_line(w, points[-1]["as_of"] if points else None, points)
