"""Layout "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type" (2020-06, 2021-02 ..)."""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, printed_date

NAME = "uniformed_by_mission"

_TITLE = "Contribution of Uniformed Personnel to UN"
_SUBTITLE = "by Mission, Country, and Personnel Type"

_TYPES = "Experts on Mission|Formed Police Units|Individual Police|Staff Officer|Troops"
_ROW = re.compile(rf"^(?:(.*\S) )?({_TYPES}) (\d+) (\d+) (\d+)$")
_MISSION_TOTAL = re.compile(r"^Total (\S+) (\d+) (\d+) (\d+)$")
_GRAND_TOTAL = re.compile(r"^Grand Total (\d+) (\d+) (\d+)$")
_MISSION = re.compile(r"^[A-Z]{3,10}$")
_AS_OF = re.compile(r"^As of: (\d{1,2}/\d{1,2}/\d{4})$")
_FIGURES = re.compile(r"\d+ \d+ \d+$")
_NOISE = re.compile(
    r"^(?:Contribution of Uniformed Personnel to UN"
    r"|by Mission, Country, and Personnel Type"
    r"|Experts on Mission, Formed Police Units, Individual Police, Staff Officer, and Troops"
    r"|Mission Country Personnel Type Male Female Total"
    r"|Report Generated On: .*|AM|PM|Page \d+ of \d+)$"
)


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title and subtitle."""
    lines = {" ".join(line.split()) for line in first_page[:8]}
    return _TITLE in lines and _SUBTITLE in lines


def parse(pdf: Pdf) -> ParsedReport:
    """Rows (mission x country x personnel type) and the mission and grand totals as printed."""
    rows: list[Row] = []
    totals: list[PrintedTotal] = []
    as_of = None
    mission: str | None = None
    country: str | None = None
    pending: list[str] = []  # parts of a country name printed on lines of its own
    finished = False

    def fail(message: str, page: int, line: str) -> ReportError:
        return ReportError(pdf.path, message, page=page, line=line)

    for page in range(1, pdf.page_count + 1):
        for raw in pdf.lines(page):
            line = " ".join(raw.split())
            if _NOISE.match(line):
                continue
            if m := _AS_OF.match(line):
                date = printed_date(pdf.path, m[1], page, raw)
                if as_of is None:
                    as_of = date
                elif date != as_of:
                    raise fail(f"report date {date} differs from page 1's {as_of}", page, raw)
                continue
            if finished:
                raise fail("content after the grand total", page, raw)
            if m := _ROW.match(line):
                if mission is None:
                    raise fail("figures outside any mission", page, raw)
                if m[1] is not None or pending:
                    country = " ".join(pending + ([m[1]] if m[1] is not None else []))
                    pending = []
                elif country is None:
                    raise fail("figures without a country", page, raw)
                male, female, total = int(m[3]), int(m[4]), int(m[5])
                rows.append(Row(mission, country, m[2], male, female, total, page))
            elif m := _MISSION_TOTAL.match(line):
                if m[1] != mission or pending:
                    raise fail(f"mission total does not close mission {mission}", page, raw)
                totals.append(PrintedTotal(page, raw, int(m[4]), int(m[2]), int(m[3]), mission=mission))
                mission = country = None
            elif m := _GRAND_TOTAL.match(line):
                if mission is not None or pending:
                    raise fail(f"grand total inside mission {mission}", page, raw)
                totals.append(PrintedTotal(page, raw, int(m[3]), int(m[1]), int(m[2])))
                finished = True
            elif _MISSION.match(line):
                if mission is not None:
                    raise fail(f"mission {line} starts before mission {mission} is totalled", page, raw)
                mission, country = line, None
            elif _FIGURES.search(line):
                raise fail("unrecognised figure line", page, raw)
            elif mission is None:
                raise fail("unrecognised line outside any mission", page, raw)
            else:
                pending.append(line)
        if pending:
            raise fail("country name without figures at the end of the page", page, pending[-1])
    if as_of is None:
        raise ReportError(pdf.path, "no 'As of:' report date printed", page=1)
    if not finished:
        raise ReportError(pdf.path, "no grand total printed", page=pdf.page_count)
    return ParsedReport(pdf.path, NAME, as_of, pdf.page_count, rows, totals)
