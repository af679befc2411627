"""Layout of 2023-09: "Contribution of Uniformed Personnel to UN by Country and Personnel Type" (country level only)."""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, printed_date

NAME = "by_country_type"

_TITLE = "contribution of uniformed personnel to un by country and personnel type"
_TYPES = ("Experts on Mission", "Formed Police Units", "Individual Police", "Staff Officer", "Troops")
_HEADER = " ".join(("Country", *_TYPES, "Total End Date"))
_AS_OF = re.compile(r"As of : (\d{1,2}/\d{1,2}/\d{4})")
_ROW = re.compile(r"(?P<name>.*?) ?(?P<figures>(?:\d+ ){6})(?P<date>\d{1,2}/\d{1,2}/\d{4})")
_GRAND_TOTAL = re.compile(r"Grand Total((?: \d+){6})")
_FOOTER = re.compile(r"Report Generated on: .*|[AP]M|Page \d+ of \d+")


def matches(first_page: list[str]) -> bool:
    """Whether the title (over the first two lines) names this layout."""
    head = " ".join(" ".join(first_page[:3]).split()).lower()
    return _TITLE in head


def _body(pdf: Pdf, page: int, lines: list[str]) -> tuple[str, list[str]]:
    """The printed report date and the lines below the (wrapped) column header of a page."""
    flat = [" ".join(line.split()) for line in lines]
    date = next((m[1] for m in map(_AS_OF.fullmatch, flat[:6]) if m), None)
    for end in range(min(len(flat), 16)):
        if flat[end].endswith("Total End Date"):
            start = next((i for i in range(end, -1, -1) if flat[i].startswith("Country ")), None)
            if date is not None and start is not None and " ".join(flat[start : end + 1]) == _HEADER:
                return date, lines[end + 1 :]
    raise ReportError(pdf.path, "report date or column header not found", page=page, line=lines[0] if lines else None)


def parse(pdf: Pdf) -> ParsedReport:
    """One line per country (a figure per personnel type, its total, the end date); a grand total line last.

    A type printed as 0 is an empty matrix cell and yields no row (all-zero countries yield none).
    """
    report: ParsedReport | None = None
    pending: list[str] = []
    done = False
    for page in range(1, pdf.page_count + 1):
        date, lines = _body(pdf, page, pdf.lines(page))
        if report is None:
            report = ParsedReport(pdf.path, NAME, printed_date(pdf.path, date, page), pdf.page_count)
        elif printed_date(pdf.path, date, page) != report.as_of:
            raise ReportError(pdf.path, f"report date {date} differs from page 1", page=page)
        for raw in lines:
            line = " ".join(raw.split())
            if _FOOTER.fullmatch(line):
                continue
            if done:
                raise ReportError(pdf.path, "text after the grand total", page=page, line=raw)
            if m := _ROW.fullmatch(line):
                country = " ".join([*pending, m["name"]]).strip()
                pending = []
                if not country or printed_date(pdf.path, m["date"], page, raw) != report.as_of:
                    raise ReportError(pdf.path, "row without a country or with another date", page=page, line=raw)
                *figures, total = (int(n) for n in m["figures"].split())
                report.rows.extend(
                    Row(None, country, kind, None, None, n, page) for kind, n in zip(_TYPES, figures) if n
                )
                report.totals.append(PrintedTotal(page, raw, total, country=country))
            elif m := _GRAND_TOTAL.fullmatch(line):
                if pending:
                    raise ReportError(pdf.path, "grand total under an unfinished name", page=page, line=raw)
                *figures, total = (int(n) for n in m[1].split())
                report.totals.extend(
                    PrintedTotal(page, raw, n, personnel_type=kind) for kind, n in zip(_TYPES, figures)
                )
                report.totals.append(PrintedTotal(page, raw, total))
                done = True
            elif any(c.isdigit() for c in line):
                raise ReportError(pdf.path, "unrecognised line", page=page, line=raw)
            else:
                pending.append(line)
    if report is None or not done:
        raise ReportError(pdf.path, "the report ends without its grand total", page=pdf.page_count)
    return report
