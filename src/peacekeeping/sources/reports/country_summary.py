"""What the two "Summary of Contributions to UN Peacekeeping by Country ..." layouts (2017-05 .. 2019-08) share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, is_number, printed_date

DATE = re.compile(r"Police, ?UN Military Experts on Mission ?, Staff Officers and Troops (\d{1,2}/\d{1,2}/\d{4})")


@dataclass(slots=True)
class Entry:
    """A printed label with its figures (kind: country, mission, type, total, grand); `size` figures expected."""

    kind: str
    label: str
    page: int
    line: str
    figures: list[str] = field(default_factory=list)
    size: int = 3


def titled(title: re.Pattern[str], first_page: list[str]) -> bool:
    """Whether one of the first page's first lines is the title."""
    return any(title.fullmatch(" ".join(line.split())) for line in first_page[:3])


def dated_report(pdf: Pdf, name: str, first_page: list[str]) -> ParsedReport:
    """An empty report of this layout, dated by the one date printed under the title."""
    dates = [m[1] for line in first_page if (m := DATE.fullmatch(" ".join(line.split())))]
    if len(dates) != 1:
        raise ReportError(pdf.path, "no report date under the title", page=1)
    return ParsedReport(pdf.path, name, printed_date(pdf.path, dates[0], 1), pdf.page_count)


def counts(pdf: Pdf, entry: Entry) -> list[int]:
    """The entry's figures as ints: exactly `size` printed counts."""
    if len(entry.figures) != entry.size or not all(is_number(f) for f in entry.figures):
        raise ReportError(
            pdf.path, f"expected {entry.size} figures, found {entry.figures}", page=entry.page, line=entry.line
        )
    return [int(f.replace(",", "")) for f in entry.figures]


def heading(pdf: Pdf, pattern: re.Pattern[str], entry: Entry, country: str | None, seq: int) -> tuple[int, str]:
    """The sequence number and name of a country heading, which must follow the previous one and close a country."""
    number, name = pattern.fullmatch(entry.label).groups()
    if country is not None or int(number) != seq + 1:
        raise ReportError(pdf.path, "unexpected country heading", page=entry.page, line=entry.line)
    return int(number), name


def outside_country(pdf: Pdf, entry: Entry) -> PrintedTotal:
    """The grand total, the one entry printed outside any country (male, female and total)."""
    if entry.kind != "grand":
        raise ReportError(pdf.path, "figures outside any country", page=entry.page, line=entry.line)
    male, female, total = counts(pdf, entry)
    return PrintedTotal(entry.page, entry.line, total, male, female)


def country_total(pdf: Pdf, entry: Entry, country: str) -> PrintedTotal:
    """A country's total: male, female and total."""
    male, female, total = counts(pdf, entry)
    return PrintedTotal(entry.page, entry.line, total, male, female, country=country)


def closed(pdf: Pdf, report: ParsedReport) -> ParsedReport:
    """The report, once it is known to print a grand total."""
    if not any(t.country is None for t in report.totals):
        raise ReportError(pdf.path, "no grand total found", page=pdf.page_count)
    return report
