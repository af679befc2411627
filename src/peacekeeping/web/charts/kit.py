"""What every chart has: a Vega-Lite spec with its title and source line drawn in, a description, a data table."""

from __future__ import annotations

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


@dataclass(slots=True)
class Chart:
    """A chart of a page: its spec (title and source in it, for the PNG and SVG exports), its words, its data."""

    id: str
    title: str
    description: str
    spec: dict
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    table: list = field(default_factory=list)  # the data table's HTML, made once (see table_html)

    def table_html(self) -> Markup:
        """The data table as HTML, made on first use and kept with the chart (cells escaped by html.escape: a
        chart over ten years has thousands of them, and Markup.format per cell took most of a page's time)."""
        if not self.table:
            head = "".join(f'<th scope="col">{escape(str(h))}</th>' for h in self.columns)
            # one escape over every cell joined by NUL (which escape leaves alone), then the cells again
            cells = iter(escape("\0".join(str(c) for row in self.rows for c in row)).split("\0"))
            body = "".join("<tr>" + "".join(f"<td>{next(cells)}</td>" for _ in row) + "</tr>" for row in self.rows)
            self.table.append(Markup(f'<table id="{escape(self.id)}-data" data-csv="{escape(self.id)}"><caption>'
                                     f'{escape(str(self.title))}</caption><thead><tr>{head}</tr></thead><tbody>{body}'
                                     "</tbody></table>"))
        return self.table[0]


def source_line(w: Words, as_of: str | None, points: list[dict] | None = None) -> str:
    """'Source: UN Department of Peace Operations, report of 30 June 2022' (the store's report, with its date); and
    IPI's research dataset where a point of the chart comes from it."""
    if as_of is None:
        line = w.t("Source: UN Department of Peace Operations, monthly reports of uniformed personnel")
    else:
        line = w.t("Source: UN Department of Peace Operations, report of {date}", date=w.date(as_of))
    if any(p.get("source") == "ipi" for p in points or ()):
        line += w.t("; months no report covers: International Peace Institute, Providing for Peacekeeping "
                    "(research dataset, not official)")
    return line


def spec(w: Words, title: str, source: str, description: str, body: dict, height: int = 220) -> dict:
    """A full Vega-Lite spec: the body with title, source line (subtitle), description, size and locale."""
    return {"$schema": SCHEMA, "title": {"text": title, "subtitle": source, "anchor": "start",
                                         "subtitleColor": "#4a5561"},
            "description": f"{title}. {description}", "width": WIDTH, "height": height,
            # the chart's container is an image named by its title and description, with its data as a table: the
            # marks inside carry no ARIA roles of their own
            "config": {"locale": locale(w.lang), "background": "white", "aria": False, "mark": {"aria": False}},
            **body}


@cache
def locale(lang: str) -> dict:
    """Vega's number and time formats for a language (d3 locale definitions), from Babel's names."""
    number = {"en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["$", ""]},
              "es": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", "\u00a0€"]},
              "fr": {"decimal": ",", "thousands": "\u202f", "grouping": [3], "currency": ["", "\u00a0€"],
                     "percent": "\u202f%"}}[lang]
    months, short = get_month_names("wide", locale=lang), get_month_names("abbreviated", locale=lang)
    days, short_days = get_day_names("wide", locale=lang), get_day_names("abbreviated", locale=lang)
    order = [6, 0, 1, 2, 3, 4, 5]  # d3 starts the week on Sunday, Babel on Monday
    time = {"dateTime": "%x, %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
            "days": [days[i] for i in order], "shortDays": [short_days[i] for i in order],
            "months": [months[i] for i in range(1, 13)], "shortMonths": [short[i] for i in range(1, 13)]}
    return {"number": number, "time": time}


def marked_month(w: Words, as_of: str | None) -> list[dict]:
    """A dashed rule at the page's month, labelled: layers to add to a temporal chart."""
    if as_of is None:
        return []
    return [{"mark": {"type": "rule", "color": MARKED, "strokeDash": [4, 3], "aria": False},
             "encoding": {"x": {"datum": as_of, "type": "temporal"}}},
            {"mark": {"type": "text", "align": "left", "baseline": "top", "dx": 3, "y": 0, "color": MARKED,
                      "fontSize": 11, "aria": False},
             "encoding": {"x": {"datum": as_of, "type": "temporal"}, "text": {"value": w.month(as_of)}}}]


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
    spec = {**chart.spec, "layer": [*chart.spec["layer"], *marked_month(w, as_of)]}
    return Chart(chart.id, chart.title, chart.description, spec, chart.columns, chart.rows, chart.table)
