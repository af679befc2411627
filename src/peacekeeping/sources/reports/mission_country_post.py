"""Layout of 2019-11 .. 2020-12 (not 2020-06): "Summary of Contribution to UN Peacekeeping by Mission, Country ..."."""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, printed_date

NAME = "mission_country_post"

_TITLE = "summary of contribution to un peacekeeping by mission, country"
_DATE = re.compile(r"(\d{1,2}/\d{1,2}/\d{4})\s*$")
_PAGE = re.compile(r"Page \d+ of \d+")
_MISSION = re.compile(r"[A-Z][A-Z0-9]{2,}")
_NUMBERS = re.compile(r"\d+(?: \d+)*")
# Column headers of the three variants: 2019-11 ("... Total Post"), 2019-12 .. 2020-01, 2020-02 on.
_POST_LAST = "Mission Country Male Female Total Post"
_POST_FIRST = ("Mission Country Description Male Female Total", "Mission Contributor Description Male Female Total")
_ROW_POST_LAST = re.compile(r"(?P<name>.*?) ?(?P<m>\d+) (?P<f>\d+) (?P<t>\d+) (?P<type>[A-Za-z][A-Za-z ]*)")
_ROW_POST_FIRST = re.compile(r"(?P<name>.*?) ?(?P<type>[a-z]+) (?P<m>\d+) (?P<f>\d+) (?P<t>\d+)")


def matches(first_page: list[str]) -> bool:
    """Whether the title (wrapped over the first lines) names this layout."""
    head = " ".join(" ".join(first_page[:4]).split()).lower()
    return _TITLE in head


def parse(pdf: Pdf) -> ParsedReport:
    """Rows under mission blocks, each closed by a bare "male female total" line; a grand total at the end."""
    page_one = pdf.lines(1)
    first = [" ".join(line.split()) for line in page_one]
    at = next((i for i, line in enumerate(first[:6]) if line in (_POST_LAST, *_POST_FIRST)), None)
    if at is None:
        raise ReportError(pdf.path, "column header not found", page=1, line=" / ".join(first[:6]))
    header, title = first[at], first[:at]
    row_re = _ROW_POST_LAST if header == _POST_LAST else _ROW_POST_FIRST
    named_rows = header != _POST_FIRST[1]  # 2020-02 on: the country is on its own line(s), above its rows
    dates = [m[1] for m in map(_DATE.search, title) if m]
    if len(dates) != 1:
        raise ReportError(pdf.path, "report date not found in the title", page=1, line=" ".join(title))
    report = ParsedReport(pdf.path, NAME, printed_date(pdf.path, dates[0], 1), pdf.page_count)

    mission: str | None = None
    country: str | None = None
    pending: list[str] = []
    closed = True  # the previous mission block has printed its total
    end: tuple[int, str] | None = None  # page and line of the closing grand total
    printed_count: int | None = None
    for page in range(1, pdf.page_count + 1):
        lines = page_one if page == 1 else pdf.lines(page)
        start = at + 1 if page == 1 else int(bool(lines) and " ".join(lines[0].split()) == header)
        for raw in lines[start:]:
            line = " ".join(raw.split())
            if _PAGE.fullmatch(line):
                continue
            if end is not None:
                raise ReportError(pdf.path, "text after the grand total", page=page, line=raw)
            if _NUMBERS.fullmatch(line):
                if pending:
                    raise ReportError(pdf.path, f"numbers under an unfinished name {' '.join(pending)!r}", page, raw)
                numbers = [int(n) for n in line.split()]
                if not closed and len(numbers) == 3:
                    male, female, total = numbers
                    report.totals.append(PrintedTotal(page, raw, total, male, female, mission=mission))
                    closed = True
                elif closed and mission is not None and len(numbers) in (1, 3, 4):
                    # the end: "[row count] [male female total]" (2019-11 prints the count only)
                    if len(numbers) >= 3:
                        male, female, total = numbers[-3:]
                        report.totals.append(PrintedTotal(page, raw, total, male, female))
                    if len(numbers) != 3:
                        printed_count = numbers[0]
                    end = (page, raw)
                else:
                    raise ReportError(pdf.path, "unexpected line of numbers", page=page, line=raw)
                continue
            if closed:
                if not _MISSION.fullmatch(line):
                    raise ReportError(pdf.path, "expected a mission acronym", page=page, line=raw)
                mission, country, closed = line, None, False
                continue
            m = row_re.fullmatch(line)
            if m is None:
                pending.append(line)
                continue
            name = " ".join([*pending, m["name"]]).strip()
            pending = []
            if name:
                country = name
            elif named_rows or country is None:
                raise ReportError(pdf.path, "figures without a country name", page=page, line=raw)
            report.rows.append(Row(mission, country, m["type"], int(m["m"]), int(m["f"]), int(m["t"]), page))
    if pending or not closed or end is None:
        raise ReportError(pdf.path, "the report ends without its grand total", page=pdf.page_count)
    if printed_count is not None and printed_count != len(report.rows):
        raise ReportError(pdf.path, f"printed row count {printed_count} but {len(report.rows)} rows read", *end)
    return report
