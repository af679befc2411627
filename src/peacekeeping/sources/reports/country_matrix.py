"""Layout of 2019-10: "Summary of Contribution to UN Peacekeeping by Country and Post", a country x mission matrix."""

from __future__ import annotations

import re

from ...dates import month_end
from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row

NAME = "country_matrix"

_TITLE = "summary of contribution to un peacekeeping by country and post police"
_HEADER = "Country Mission UNMEM M UNMEM F Troops M Troops F UNPOL M UNPOL F FPU M FPU F MSO M MSO F"
_TYPES = ("UNMEM", "Troops", "UNPOL", "FPU", "MSO")
_FIGURES = r"((?: \d+){10})"
_MISSION_ROW = re.compile(r"([A-Z][A-Z0-9]{2,})" + _FIGURES)
_COUNTRY_TOTAL = re.compile(r"Total by Country" + _FIGURES)
_GRAND_TOTAL = re.compile(r"Grand Total" + _FIGURES)
_CREATED = re.compile(r"D:(\d{4})(\d{2})")


def matches(first_page: list[str]) -> bool:
    """Whether the title names this layout (singular "Contribution", by Country and Post)."""
    head = " ".join(" ".join(first_page[:3]).split()).lower()
    return _TITLE in head


def _pairs(figures: str) -> list[tuple[str, int, int]]:
    """The ten printed figures as (type, male, female) per column pair."""
    n = [int(x) for x in figures.split()]
    return [(kind, n[2 * i], n[2 * i + 1]) for i, kind in enumerate(_TYPES)]


def parse(pdf: Pdf) -> ParsedReport:
    """Country name lines, then one line per mission (M F per type), then "Total by Country"; "Grand Total" last.

    The report prints no date: as_of is the end of the month before the PDF was created.
    A type whose male and female figures are both 0 is an empty matrix cell and yields no row.
    """
    created = _CREATED.match(pdf.metadata().get("CreationDate", ""))
    if created is None:
        raise ReportError(pdf.path, "no report date printed and no PDF CreationDate to fall back on")
    year, month = int(created[1]), int(created[2])
    as_of = month_end(year - (month == 1), (month - 2) % 12 + 1)
    report = ParsedReport(pdf.path, NAME, as_of, pdf.page_count, as_of_source="pdf-creation-date")

    country: str | None = None
    pending: list[str] = []
    done = False
    for page in range(1, pdf.page_count + 1):
        lines = pdf.lines(page)
        try:
            start = [" ".join(line.split()) for line in lines[:4]].index(_HEADER) + 1
        except ValueError:
            first = lines[0] if lines else None
            raise ReportError(pdf.path, "column header not found", page=page, line=first) from None
        for raw in lines[start:]:
            line = " ".join(raw.split())
            if done:
                raise ReportError(pdf.path, "text after the grand total", page=page, line=raw)
            if m := _MISSION_ROW.fullmatch(line):
                if pending:
                    country, pending = " ".join(pending), []
                if country is None:
                    raise ReportError(pdf.path, "mission figures before any country", page=page, line=raw)
                report.rows.extend(
                    Row(m[1], country, kind, male, female, male + female, page)
                    for kind, male, female in _pairs(m[2])
                    if male or female
                )
            elif m := _COUNTRY_TOTAL.fullmatch(line):
                if pending or country is None:
                    raise ReportError(pdf.path, "country total without its mission rows", page=page, line=raw)
                report.totals.extend(
                    PrintedTotal(page, raw, male + female, male, female, country=country, personnel_type=kind)
                    for kind, male, female in _pairs(m[1])
                )
                country = None
            elif m := _GRAND_TOTAL.fullmatch(line):
                if pending or country is not None:
                    raise ReportError(pdf.path, "grand total inside a country block", page=page, line=raw)
                report.totals.extend(
                    PrintedTotal(page, raw, male + female, male, female, personnel_type=kind)
                    for kind, male, female in _pairs(m[1])
                )
                done = True
            elif any(c.isdigit() for c in line) or country is not None:
                raise ReportError(pdf.path, "unrecognised line", page=page, line=raw)
            else:
                pending.append(line)
    if not done:
        raise ReportError(pdf.path, "the report ends without its grand total", page=pdf.page_count)
    return report
