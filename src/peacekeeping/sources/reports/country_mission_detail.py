"""Layout "Summary of Contributions to Peackeeping [sic] by Country and Mission Detail" (2016-11 only)."""

from __future__ import annotations

import re

from ...dates import month_end
from ...errors import ReportError
from ..pdftext import Pdf, Segment, rows_of_segments
from .model import (
    ParsedReport,
    PrintedTotal,
    Row,
    is_number,
    printed_date,
    to_int,
)

NAME = "country_mission_detail"

_TITLE = "Summary of Contributions to Peackeeping by Country and Mission Detail"
_DATE = re.compile(r"by End of ([A-Za-z]+),? (\d{4})$")
_HEADER = ["Country", "Mission", "Male", "Female", "Total"]
_TYPES = {"Experts on Mission", "Contingent Troops", "Ind Police", "Formed Police Units"}
_MISSION = re.compile(r"^[A-Z]{3,}$")
# The plain text order is scrambled (figures before their labels), so cells are read by
# position: country cells start left of _LABEL_X, labels left of _FIGURES_X, and a figure's
# right edge falls in the Male, Female or Total column (headers at x 310-330, 410-439, 530-550).
_LABEL_X = 150.0
_FIGURES_X = 300.0
_MALE_RIGHT = 380.0
_FEMALE_RIGHT = 490.0


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    return any(line.strip() == _TITLE for line in first_page[:3])


def _figures(cells: list[Segment]) -> tuple[int, int, int] | None:
    """Male, female and total of a row's figure cells, or None unless exactly one sits in each column."""
    if len(cells) != 3 or not all(is_number(c.text) for c in cells):
        return None
    columns = [0 if c.right < _MALE_RIGHT else 1 if c.right < _FEMALE_RIGHT else 2 for c in cells]
    if columns != [0, 1, 2]:
        return None
    male, female, total = (to_int(c.text) for c in cells)
    return male, female, total


def parse(pdf: Pdf) -> ParsedReport:
    """Rows (country x mission x type, zeros included), mission totals and the grand total."""
    as_of = None
    rows: list[Row] = []
    totals: list[PrintedTotal] = []
    country: str | None = None
    mission: str | None = None
    number = 0
    for page in range(1, pdf.page_count + 1):
        for cells in rows_of_segments(pdf.segments(page)):
            texts = [c.text for c in cells]
            line = " ".join(texts)
            if texts == _HEADER or line == _TITLE:
                continue
            if m := _DATE.search(line):
                month = printed_date(pdf.path, f"1-{m[1][:3]}-{m[2]}", page, line)
                as_of = month_end(month.year, month.month)
                continue
            if texts[0] == "Grand Total" and len(texts) == 2 and is_number(texts[1]) and mission is None:
                totals.append(PrintedTotal(page, line, to_int(texts[1])))
                country = mission = None
                continue
            if cells[0].left < _LABEL_X and texts[0].isdigit() and len(cells) > 1 and cells[-1].left < _LABEL_X:
                number += 1
                if mission is not None:
                    raise ReportError(pdf.path, f"mission {mission} has no 'Total for Mission' line", page, line)
                if int(texts[0]) != number:
                    raise ReportError(pdf.path, f"country number {texts[0]} where {number} was expected", page, line)
                country = " ".join(" ".join(texts[1:]).split())
                continue
            label = " ".join(texts[0].split())
            if not _LABEL_X <= cells[0].left < _FIGURES_X or country is None:
                raise ReportError(pdf.path, "unrecognised line", page, line)
            if len(cells) == 1 and _MISSION.match(label):
                if mission is not None:
                    raise ReportError(pdf.path, f"mission {mission} has no 'Total for Mission' line", page, line)
                mission = label
                continue
            figures = _figures(cells[1:])
            if figures is None or mission is None:
                raise ReportError(pdf.path, "unrecognised line", page, line)
            if label in _TYPES:
                rows.append(Row(mission, country, label, *figures, page))
            elif label == "Total for Mission":
                male, female, total = figures
                totals.append(PrintedTotal(page, line, total, male, female, mission=mission, country=country))
                mission = None
            else:
                raise ReportError(pdf.path, f"unknown personnel type {label!r}", page, line)
    if as_of is None:
        raise ReportError(pdf.path, "no 'by End of <month>, <year>' date on the first page", 1)
    if not any(t.country is None for t in totals):
        raise ReportError(pdf.path, "no Grand Total line", pdf.page_count)
    return ParsedReport(pdf.path, NAME, as_of, pdf.page_count, rows, totals)
