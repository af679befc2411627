"""Layout of 2017-05 .. 2018-02: "Summary of Contributions to UN Peacekeeping by Country, Mission and Post".

A country heading ("1 Algeria"), then per mission its acronym and "Type M F T" rows;
from 2017-06 each mission ends with a subtotal ("MONUSCO 5", total only) and each
country with a total labelled by its (truncated) name, "Total for Country" in 2017-05,
or nothing at all; "Grand Total" closes the report. A row's figures may continue on
the next text lines ("Experts on Mission" / "4" / "0" / "4").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, is_number, printed_date

NAME = "by_country_mission_post"

_TITLE = re.compile(r"Summary of Contributions to UN Peacekeeping by Country, Mission and Post\.?")
_DATE = re.compile(r"Police, ?UN Military Experts on Mission ?, Staff Officers and Troops (\d{1,2}/\d{1,2}/\d{4})")
_HEADER = "Country Mission POST MALE FEMALE TOTAL"
_TYPES = frozenset({"Contingent Troops", "Experts on Mission", "FPU", "Individual Police", "Staff Officer"})
_COUNTRY = re.compile(r"(\d{1,3}) (\D+)")
_MISSION = re.compile(r"[A-Z][A-Z0-9]{2,}")


@dataclass(slots=True)
class _Entry:
    """A printed label with the figures that follow it (kind: country, mission, type, total, grand)."""

    kind: str
    label: str
    page: int
    line: str
    size: int
    figures: list[str] = field(default_factory=list)


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    return any(_TITLE.fullmatch(" ".join(line.split())) for line in first_page[:3])


def _entries(pdf: Pdf, first_page: list[str]) -> list[_Entry]:
    """Every labelled line with its figures, figures continued on following lines joined."""
    out: list[_Entry] = []
    for page in range(1, pdf.page_count + 1):
        open_entry: _Entry | None = None
        for raw in first_page if page == 1 else pdf.lines(page):
            tokens = raw.split()
            cut = len(tokens)
            while cut and tokens[cut - 1][0].isdigit():
                cut -= 1
            label, figures = " ".join(tokens[:cut]).removeprefix(_HEADER).lstrip(), tokens[cut:]
            if not (label or figures) or page == 1 and (_TITLE.fullmatch(label) or _DATE.fullmatch(" ".join(tokens))):
                continue
            if not label and open_entry is not None and len(open_entry.figures) < open_entry.size:
                open_entry.figures.extend(figures)
                continue
            if label in _TYPES:
                entry = _Entry("type", label, page, raw, 3)
            elif _COUNTRY.fullmatch(label):
                entry = _Entry("country", label, page, raw, 0)
            elif _MISSION.fullmatch(label):
                entry = _Entry("mission", label, page, raw, 1)
            else:
                entry = _Entry("grand" if label == "Grand Total" else "total", label, page, raw, 3)
            entry.figures.extend(figures)
            if len(entry.figures) > entry.size:
                raise ReportError(pdf.path, "too many figures on the line", page=page, line=raw)
            out.append(entry)
            open_entry = entry
    return out


def _counts(pdf: Pdf, entry: _Entry) -> list[int]:
    """The entry's figures as ints: exactly `size` printed counts."""
    if len(entry.figures) != entry.size or not all(is_number(f) for f in entry.figures):
        raise ReportError(
            pdf.path, f"expected {entry.size} figures, found {entry.figures}", page=entry.page, line=entry.line
        )
    return [int(f.replace(",", "")) for f in entry.figures]


def parse(pdf: Pdf) -> ParsedReport:
    """Parse a report of this layout into rows and printed totals."""
    first_page = pdf.lines(1)
    dates = [m[1] for line in first_page if (m := _DATE.fullmatch(" ".join(line.split())))]
    if len(dates) != 1:
        raise ReportError(pdf.path, "no report date under the title", page=1)
    report = ParsedReport(pdf.path, NAME, printed_date(pdf.path, dates[0], 1), pdf.page_count)
    country = mission = None
    seq = 0
    for e in _entries(pdf, first_page):
        if e.kind == "country":
            number, name = _COUNTRY.fullmatch(e.label).groups()
            if country is not None or int(number) != seq + 1:
                raise ReportError(pdf.path, "unexpected country heading", page=e.page, line=e.line)
            seq, country, mission = int(number), name, None
        elif e.kind == "grand" and country is None:
            male, female, total = _counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, male, female))
        elif country is None:
            raise ReportError(pdf.path, "figures outside any country", page=e.page, line=e.line)
        elif e.kind == "mission" and not e.figures:
            mission = e.label
        elif e.kind == "mission" and mission is not None and mission.startswith(e.label):
            (total,) = _counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, mission=mission, country=country))
        elif e.kind == "type" and mission is not None:
            report.rows.append(Row(mission, country, e.label, *_counts(pdf, e), e.page))
        elif e.kind == "total" and (e.label in ("", "Total for Country") or country.startswith(e.label)):
            male, female, total = _counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, male, female, country=country))
            country = mission = None
        else:
            raise ReportError(
                pdf.path, f"unexpected line in {country}, {mission or 'no mission'}", page=e.page, line=e.line
            )
    if not any(t.country is None for t in report.totals):
        raise ReportError(pdf.path, "no grand total found", page=pdf.page_count)
    return report
