"""Layout of 2018-03 .. 2019-08: "Summary of Contributions to UN Peacekeeping by Country and Post".

No mission breakdown: a country heading ("1 Algeria"), then rows whose figures the
text layer gives before the type ("210 15 225 Contingent Troops"), several rows glued
on one line or one row's figures spread over several lines, then
"Total for Country M F T" and a final "Total M F T".
"""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .country_summary import DATE, Entry, closed, country_total, counts, dated_report, heading, outside_country, titled
from .model import ParsedReport, Row

NAME = "by_country_post"

_TITLE = re.compile(r"Summary of Contributions to UN Peacekeeping by Country and Post\.?")
_HEADER = "Country Name POST MALE FEMALE TOTAL"
_TYPES = r"Contingent Troops|Experts on Mission|FPU|Individual Police|Staff Officer"
_COUNTRY = re.compile(rf"(\d{{1,3}}) (?!{_TYPES}|Total)(\D+)")
_TOKEN = re.compile(rf"({_TYPES}|Total for Country|Total)|([\d,]+)|(\S+)")


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    return titled(_TITLE, first_page)


def _entries(pdf: Pdf, first_page: list[str]) -> list[Entry]:
    """Every label of the report with its figures, whatever the line breaks."""
    out: list[Entry] = []
    for page in range(1, pdf.page_count + 1):
        pending: list[str] = []
        total: Entry | None = None  # a total still taking the figures that follow it
        last = ""
        for raw in first_page if page == 1 else pdf.lines(page):
            line = " ".join(raw.split()).removeprefix(_HEADER).lstrip()  # the header may run into a row
            if not line or page == 1 and (_TITLE.fullmatch(line) or DATE.fullmatch(line)):
                continue
            if _COUNTRY.fullmatch(line):
                if pending:
                    raise ReportError(pdf.path, f"figures {pending} without a type", page=page, line=last)
                out.append(Entry("country", line, page, raw))
                total = None
                continue
            for label, figure, other in _TOKEN.findall(line):
                if other:
                    raise ReportError(pdf.path, f"unrecognised text {other!r}", page=page, line=raw)
                if figure and total is not None and len(total.figures) < 3:
                    total.figures.append(figure)
                elif figure:
                    pending.append(figure)
                elif label.startswith("Total"):
                    if pending:
                        raise ReportError(pdf.path, f"figures {pending} without a type", page=page, line=raw)
                    total = Entry("total" if label == "Total for Country" else "grand", label, page, raw)
                    out.append(total)
                else:
                    out.append(Entry("type", label, page, raw, figures=pending))
                    pending, total = [], None
            last = raw
        if pending:
            raise ReportError(
                pdf.path, f"figures {pending} without a type at the foot of the page", page=page, line=last
            )
    return out


def parse(pdf: Pdf) -> ParsedReport:
    """Parse a report of this layout into rows and printed totals."""
    first_page = pdf.lines(1)
    report = dated_report(pdf, NAME, first_page)
    country = None
    seq = 0
    for e in _entries(pdf, first_page):
        if e.kind == "country":
            seq, country = heading(pdf, _COUNTRY, e, country, seq)
        elif country is None:
            report.totals.append(outside_country(pdf, e))
        elif e.kind == "type":
            report.rows.append(Row(None, country, e.label, *counts(pdf, e), e.page))
        elif e.kind == "total":
            report.totals.append(country_total(pdf, e, country))
            country = None
        else:
            raise ReportError(pdf.path, f"unexpected line in {country}", page=e.page, line=e.line)
    return closed(pdf, report)
