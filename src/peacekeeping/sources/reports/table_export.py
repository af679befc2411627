"""Untitled plain table exports (2019-09, 2021-01, 2022-09, 2024-10), told apart by their column header."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from ...errors import ReportError
from ..pdftext import Pdf, Segment
from .model import ParsedReport, PrintedTotal, Row, printed_date, to_int

NAME = "table_export"

_TYPES = r"Contingent Troops|Troops|Experts on Mission|Formed Police Units|FPU|Individual Police|Staff Officer"
_COUNTRY_TYPE = re.compile(rf"(.+?) ({_TYPES})")
_TYPE = re.compile(_TYPES)
_MISSION = re.compile(r"[A-Z]{3,}")
_NUM = r"\d{1,3}(?:, ?\d{3})+|\d+"  # "12,600", or "12, 600" when broken over two lines
_DATED_ROW = re.compile(rf"([A-Z]{{3,}}) (\D+?) ({_NUM}) ({_NUM}) ({_NUM}) (\d{{2}}/\d{{2}}/\d{{4}})(?: |$)")
_NAMED_FIGURES = re.compile(rf"(\D+?) ({_NUM}) ({_NUM}) ({_NUM})(?: |$)")
_FIGURES = re.compile(rf"({_NUM}) ({_NUM}) ({_NUM})")
_TYPE_FIGURES = re.compile(rf"({_TYPES}) ({_NUM}) ({_NUM}) ({_NUM})")
_TITLE_2021 = re.compile(
    r"Summary of Contribution to UN Peacekeeping|by Mission, Country and Post: .*|on Mission, .*, (\d{2}/\d{2}/\d{4})"
)
_AS_OF = re.compile(r"As of: (\d{2}/\d{2}/\d{4})")
_TITLE_2022 = {
    "Contribution of Uniformed Personnel to UN",
    "by Mission, Country, and Personnel Type",
    "Experts on Mission, Formed Police Units, Individual Police, Staff Officer, and Troops",
    "Mission",
}
_FOOTER_2022 = re.compile(r"Report Generated On:.*Page \d+ of \d+")
_TOTAL_2022 = re.compile(r"Total ([A-Z]{3,})|Grand Total")
_ROW_TOLERANCE = 3.0  # points between a label's centre and its rows' centre


def _flat(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def _date(pdf: Pdf, text: str, page: int, line: str) -> dt.date:
    """A printed dd/mm/yyyy date, or ReportError."""
    return printed_date(pdf.path, text, page, line)


def _body(pdf: Pdf, page: int, first: list[str], header: str) -> list[str]:
    """A page's lines (page 1's already read), whitespace collapsed, without the column header."""
    lines = (_flat(line) for line in (first if page == 1 else pdf.lines(page)))
    return [line for line in lines if line != header]


def _records(pdf: Pdf, page: int, text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Consecutive matches of `pattern` that together cover the whole text, or ReportError at the first gap."""
    out, pos = [], 0
    while pos < len(text):
        m = pattern.match(text, pos)
        if not m:
            raise ReportError(pdf.path, "unrecognised table row", page=page, line=text[pos : pos + 80])
        out.append(m)
        pos = m.end()
    return out


def _dated_rows(pdf: Pdf, first: list[str], header: str) -> ParsedReport:
    """2019-09 and 2024-10: one row per mission, country and type (names may wrap), with the report date."""
    rows: list[Row] = []
    dates: set[str] = set()
    for page in range(1, pdf.page_count + 1):
        for m in _records(pdf, page, " ".join(_body(pdf, page, first, header)), _DATED_ROW):
            kind = _COUNTRY_TYPE.fullmatch(m[2])
            if not kind:
                raise ReportError(pdf.path, "unknown personnel type", page=page, line=m[0])
            dates.add(m[6])
            rows.append(Row(m[1], kind[1], kind[2], to_int(m[3]), to_int(m[4]), to_int(m[5]), page))
    if len(dates) != 1:
        raise ReportError(pdf.path, f"rows carry {len(dates)} different report dates: {sorted(dates)}")
    return ParsedReport(pdf.path, NAME, _date(pdf, dates.pop(), 1, header), pdf.page_count, rows, [])


def _nested(pdf: Pdf, first: list[str], header: str) -> ParsedReport:
    """2021-01: mission, country and type lines nested, each with male, female, total; a grand total at the end."""
    rows: list[Row] = []
    totals: list[PrintedTotal] = []
    dates: list[str] = []
    mission = country = None
    for page in range(1, pdf.page_count + 1):
        body = []
        for line in _body(pdf, page, first, header):
            title = _TITLE_2021.fullmatch(line)
            if title and title[1]:
                dates.append(title[1])
            elif not title:
                body.append(line)
        for m in _records(pdf, page, " ".join(body), _NAMED_FIGURES):
            name, line = m[1], m[0].strip()
            male, female, total = to_int(m[2]), to_int(m[3]), to_int(m[4])
            if name == "Grand Total":
                totals.append(PrintedTotal(page, line, total, male, female))
            elif _TYPE.fullmatch(name):
                if country is None:
                    raise ReportError(pdf.path, "personnel type before any country", page=page, line=line)
                rows.append(Row(mission, country, name, male, female, total, page))
            elif _MISSION.fullmatch(name):
                mission, country = name, None
                totals.append(PrintedTotal(page, line, total, male, female, mission=mission))
            elif mission is None:
                raise ReportError(pdf.path, "country before any mission", page=page, line=line)
            else:
                country = name
                totals.append(PrintedTotal(page, line, total, male, female, mission=mission, country=country))
    if len(set(dates)) != 1:
        raise ReportError(pdf.path, f"expected one printed report date in the title, found {dates}")
    return ParsedReport(pdf.path, NAME, _date(pdf, dates[0], 1, dates[0]), pdf.page_count, rows, totals)


@dataclass(slots=True)
class _Line:
    """A figure line of the 2022-09 table: a type line, or a total line when `kind` is None."""

    page: int
    y: float  # centre, on a scale continuous across pages once _continue() has run
    text: str
    kind: str | None
    figures: tuple[int, int, int]
    label: str = ""  # a type line's mission, or a total line's "Total X" / "Grand Total"


_Labels = list[tuple[int, float, str]]  # country labels: page, centre, name


def _page_2022(
    pdf: Pdf, page: int, segments: list[Segment], header: str, country_left: float, dates: set[str]
) -> tuple[list[_Line], list[tuple[float, str]], _Labels]:
    """A 2022-09 page: figure lines and mission names (top to bottom), and country labels."""
    lines: list[_Line] = []
    names: list[tuple[float, str]] = []  # mission names and "Total X" labels, by centre
    labels: _Labels = []
    for seg in segments:
        text, y = _flat(seg.text), (seg.top + seg.bottom) / 2
        if text == header or text in _TITLE_2022 or _FOOTER_2022.fullmatch(text):
            continue
        if m := _AS_OF.fullmatch(text):
            dates.add(m[1])
        elif m := _TYPE_FIGURES.fullmatch(text):
            lines.append(_Line(page, y, text, m[1], (to_int(m[2]), to_int(m[3]), to_int(m[4]))))
        elif m := _FIGURES.fullmatch(text):
            lines.append(_Line(page, y, text, None, (to_int(m[1]), to_int(m[2]), to_int(m[3]))))
        elif seg.left < country_left - _ROW_TOLERANCE and (_TOTAL_2022.fullmatch(text) or _MISSION.fullmatch(text)):
            names.append((y, text))
        elif seg.left >= country_left - _ROW_TOLERANCE and not any(c.isdigit() for c in text):
            labels.append((page, y, text))
        else:
            raise ReportError(pdf.path, "unrecognised text in the table", page=page, line=text)
    for line in lines:
        if line.kind is None:  # a total's figures and its label share a visual row
            near = [t for y, t in names if abs(y - line.y) <= _ROW_TOLERANCE and _TOTAL_2022.fullmatch(t)]
            if len(near) != 1:
                raise ReportError(pdf.path, "total figures without one 'Total' label", page=page, line=line.text)
            line.label = near[0]
    missions = [(y, t) for y, t in names if _MISSION.fullmatch(t)]
    return sorted(lines, key=lambda x: -x.y), sorted(missions, key=lambda x: -x[0]), labels


def _continue(lines: list[_Line], pitch: float) -> dict[int, float]:
    """Shift each page's centres so that its first line sits one row pitch below the previous page's last."""
    shift: dict[int, float] = {}
    last: float | None = None
    for line in lines:
        if line.page not in shift:
            shift[line.page] = 0.0 if last is None else last - pitch - line.y
        line.y += shift[line.page]
        last = line.y
    return shift


def _countries(pdf: Pdf, rows: list[_Line], labels: _Labels) -> list[str]:
    """The country of each type line: each label is centred on a run of consecutive lines of one mission."""
    merged: _Labels = []
    for label in sorted(labels, key=lambda x: -x[1]):
        if merged and merged[-1][2] == label[2] and abs(merged[-1][1] - label[1]) <= _ROW_TOLERANCE:
            continue  # the same cell, cut by a page break, labelled on both pages
        merged.append(label)
    countries: list[str] = []
    for page, y, name in merged:
        i = j = len(countries)
        if i == len(rows):
            raise ReportError(pdf.path, "country name after the last type line", page=page, line=name)
        while j < len(rows) and (rows[i].y + rows[j].y) / 2 > y + _ROW_TOLERANCE:
            j += 1
        if (
            j == len(rows)
            or abs((rows[i].y + rows[j].y) / 2 - y) > _ROW_TOLERANCE
            or any(r.label != rows[i].label for r in rows[i : j + 1])
        ):
            raise ReportError(
                pdf.path, "country name not centred on a run of type lines of one mission", page=page, line=name
            )
        countries.extend([name] * (j - i + 1))
    if len(countries) != len(rows):
        left = rows[len(countries)]
        raise ReportError(pdf.path, "type line without a country", page=left.page, line=left.text)
    return countries


def _merged_cells(pdf: Pdf, first: list[str], header: str) -> ParsedReport:
    """2022-09: mission and country printed once per (vertically centred) merged cell; mission and grand totals."""
    lines: list[_Line] = []
    labels: _Labels = []
    dates: set[str] = set()
    mission: str | None = None
    first_segments = pdf.segments(1)
    country_left = next((s.left for s in first_segments if _flat(s.text) == header), None)
    if country_left is None:
        raise ReportError(pdf.path, "column header not found as one text run", page=1, line=header)
    for page in range(1, pdf.page_count + 1):
        segments = first_segments if page == 1 else pdf.segments(page)
        page_lines, missions, page_labels = _page_2022(pdf, page, segments, header, country_left, dates)
        labels.extend(page_labels)
        for line in page_lines:
            while missions and missions[0][0] > line.y:
                mission = missions.pop(0)[1]
            if line.kind is not None:
                if mission is None:
                    raise ReportError(pdf.path, "figures before any mission name", page=page, line=line.text)
                line.label = mission
        if missions:  # a mission name printed below the page's last figures: its rows follow overleaf
            mission = missions[-1][1]
        lines.extend(page_lines)
    if len(dates) != 1:
        raise ReportError(pdf.path, f"expected one 'As of' date, found {sorted(dates)}")
    rows = [line for line in lines if line.kind is not None]
    if len(rows) < 2:
        raise ReportError(pdf.path, "fewer than two personnel type lines found")
    pitch = median(a.y - b.y for a, b in zip(rows, rows[1:]) if a.page == b.page and a.label == b.label)
    shift = _continue(lines, pitch)
    labels = [(page, y + shift.get(page, 0.0), name) for page, y, name in labels]
    countries = _countries(pdf, rows, labels)
    out = [Row(r.label, c, r.kind, *r.figures, r.page) for r, c in zip(rows, countries)]
    totals = [
        PrintedTotal(
            t.page,
            f"{t.label} {t.text}",
            t.figures[2],
            t.figures[0],
            t.figures[1],
            mission=_TOTAL_2022.fullmatch(t.label)[1],
        )
        for t in lines
        if t.kind is None
    ]
    return ParsedReport(pdf.path, NAME, _date(pdf, dates.pop(), 1, header), pdf.page_count, out, totals)


_VARIANTS: dict[str, Callable[[Pdf, list[str], str], ParsedReport]] = {
    "mission country description male female total report_date": _dated_rows,
    "Mission Contributor Description Male Female Total": _nested,
    "Country Personnel Type Male Female Total": _merged_cells,
    "Mission Country Personnel Type Male Female Total Report Date": _dated_rows,
}


def matches(first_page: list[str]) -> bool:
    """Whether page 1 opens with one of the four export headers (no title above it)."""
    return bool(first_page) and _flat(first_page[0]) in _VARIANTS


def parse(pdf: Pdf) -> ParsedReport:
    """Rows and printed totals of one table export, parsed by the variant its header names."""
    first = pdf.lines(1)
    if not matches(first):
        raise ReportError(pdf.path, "not a plain table export", page=1, line=first[0] if first else "")
    header = _flat(first[0])
    return _VARIANTS[header](pdf, first, header)
