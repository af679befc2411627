"""Layout of 2018-03 .. 2019-08: "Summary of Contributions to UN Peacekeeping by Country and Post".

No mission breakdown: a country heading ("1 Algeria"), then rows whose figures the
text layer gives before the type ("210 15 225 Contingent Troops"), several rows glued
on one line or one row's figures spread over several lines, then
"Total for Country M F T" and a final "Total M F T".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, is_number, printed_date

NAME = "by_country_post"

_TITLE = re.compile(r"Summary of Contributions to UN Peacekeeping by Country and Post\.?")
_DATE = re.compile(r"Police, ?UN Military Experts on Mission ?, Staff Officers and Troops (\d{1,2}/\d{1,2}/\d{4})")
_HEADER = "Country Name POST MALE FEMALE TOTAL"
_TYPES = r"Contingent Troops|Experts on Mission|FPU|Individual Police|Staff Officer"
_COUNTRY = re.compile(rf"(\d{{1,3}}) (?!{_TYPES}|Total)(\D+)")
_TOKEN = re.compile(rf"({_TYPES}|Total for Country|Total)|([\d,]+)|(\S+)")


@dataclass(slots=True)
class _Entry:
    """A label with its figures (kind: country, type, total, grand); figures precede a type, follow a total."""

    kind: str
    label: str
    page: int
    line: str
    figures: list[str] = field(default_factory=list)


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    return any(_TITLE.fullmatch(" ".join(line.split())) for line in first_page[:3])


def _entries(pdf: Pdf, first_page: list[str]) -> list[_Entry]:
    """Every label of the report with its figures, whatever the line breaks."""
    out: list[_Entry] = []
    for page in range(1, pdf.page_count + 1):
        pending: list[str] = []
        total: _Entry | None = None  # a total still taking the figures that follow it
        last = ""
        for raw in first_page if page == 1 else pdf.lines(page):
            line = " ".join(raw.split()).removeprefix(_HEADER).lstrip()  # the header may run into a row
            if not line or page == 1 and (_TITLE.fullmatch(line) or _DATE.fullmatch(line)):
                continue
            if _COUNTRY.fullmatch(line):
                if pending:
                    raise ReportError(pdf.path, f"figures {pending} without a type", page=page, line=last)
                out.append(_Entry("country", line, page, raw))
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
                    total = _Entry("total" if label == "Total for Country" else "grand", label, page, raw)
                    out.append(total)
                else:
                    out.append(_Entry("type", label, page, raw, pending))
                    pending, total = [], None
            last = raw
        if pending:
            raise ReportError(
                pdf.path, f"figures {pending} without a type at the foot of the page", page=page, line=last
            )
    return out


def _counts(pdf: Pdf, entry: _Entry) -> tuple[int, int, int]:
    """The entry's male, female and total figures."""
    if len(entry.figures) != 3 or not all(is_number(f) for f in entry.figures):
        raise ReportError(pdf.path, f"expected 3 figures, found {entry.figures}", page=entry.page, line=entry.line)
    male, female, total = (int(f.replace(",", "")) for f in entry.figures)
    return male, female, total


def parse(pdf: Pdf) -> ParsedReport:
    """Parse a report of this layout into rows and printed totals."""
    first_page = pdf.lines(1)
    dates = [m[1] for line in first_page if (m := _DATE.fullmatch(" ".join(line.split())))]
    if len(dates) != 1:
        raise ReportError(pdf.path, "no report date under the title", page=1)
    report = ParsedReport(pdf.path, NAME, printed_date(pdf.path, dates[0], 1), pdf.page_count)
    country = None
    seq = 0
    for e in _entries(pdf, first_page):
        if e.kind == "country":
            number, name = _COUNTRY.fullmatch(e.label).groups()
            if country is not None or int(number) != seq + 1:
                raise ReportError(pdf.path, "unexpected country heading", page=e.page, line=e.line)
            seq, country = int(number), name
        elif e.kind == "grand" and country is None:
            male, female, total = _counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, male, female))
        elif country is None:
            raise ReportError(pdf.path, "figures outside any country", page=e.page, line=e.line)
        elif e.kind == "type":
            report.rows.append(Row(None, country, e.label, *_counts(pdf, e), e.page))
        elif e.kind == "total":
            male, female, total = _counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, male, female, country=country))
            country = None
        else:
            raise ReportError(pdf.path, f"unexpected line in {country}", page=e.page, line=e.line)
    if not any(t.country is None for t in report.totals):
        raise ReportError(pdf.path, "no grand total found", page=pdf.page_count)
    return report
