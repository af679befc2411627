"""Layout of 2017-05 .. 2018-02: "Summary of Contributions to UN Peacekeeping by Country, Mission and Post".

A country heading ("1 Algeria"), then per mission its acronym and "Type M F T" rows;
from 2017-06 each mission ends with a subtotal ("MONUSCO 5", total only) and each
country with a total labelled by its (truncated) name, "Total for Country" in 2017-05,
or nothing at all; "Grand Total" closes the report. A row's figures may continue on
the next text lines ("Experts on Mission" / "4" / "0" / "4").
"""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .country_summary import DATE, Entry, closed, country_total, counts, dated_report, heading, outside_country, titled
from .model import ParsedReport, PrintedTotal, Row

NAME = "by_country_mission_post"

_TITLE = re.compile(r"Summary of Contributions to UN Peacekeeping by Country, Mission and Post\.?")
_HEADER = "Country Mission POST MALE FEMALE TOTAL"
_TYPES = frozenset({"Contingent Troops", "Experts on Mission", "FPU", "Individual Police", "Staff Officer"})
_COUNTRY = re.compile(r"(\d{1,3}) (\D+)")
_MISSION = re.compile(r"[A-Z][A-Z0-9]{2,}")


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    return titled(_TITLE, first_page)


def _entries(pdf: Pdf, first_page: list[str]) -> list[Entry]:
    """Every labelled line with its figures, figures continued on following lines joined."""
    out: list[Entry] = []
    for page in range(1, pdf.page_count + 1):
        open_entry: Entry | None = None
        for raw in first_page if page == 1 else pdf.lines(page):
            tokens = raw.split()
            cut = len(tokens)
            while cut and tokens[cut - 1][0].isdigit():
                cut -= 1
            label, figures = " ".join(tokens[:cut]).removeprefix(_HEADER).lstrip(), tokens[cut:]
            if not (label or figures) or page == 1 and (_TITLE.fullmatch(label) or DATE.fullmatch(" ".join(tokens))):
                continue
            if not label and open_entry is not None and len(open_entry.figures) < open_entry.size:
                open_entry.figures.extend(figures)
                continue
            if label in _TYPES:
                entry = Entry("type", label, page, raw)
            elif _COUNTRY.fullmatch(label):
                entry = Entry("country", label, page, raw, size=0)
            elif _MISSION.fullmatch(label):
                entry = Entry("mission", label, page, raw, size=1)
            else:
                entry = Entry("grand" if label == "Grand Total" else "total", label, page, raw)
            entry.figures.extend(figures)
            if len(entry.figures) > entry.size:
                raise ReportError(pdf.path, "too many figures on the line", page=page, line=raw)
            out.append(entry)
            open_entry = entry
    return out


def parse(pdf: Pdf) -> ParsedReport:
    """Parse a report of this layout into rows and printed totals."""
    first_page = pdf.lines(1)
    report = dated_report(pdf, NAME, first_page)
    country = mission = None
    seq = 0
    for e in _entries(pdf, first_page):
        if e.kind == "country":
            seq, country = heading(pdf, _COUNTRY, e, country, seq)
            mission = None
        elif country is None:
            report.totals.append(outside_country(pdf, e))
        elif e.kind == "mission" and not e.figures:
            mission = e.label
        elif e.kind == "mission" and mission is not None and mission.startswith(e.label):
            (total,) = counts(pdf, e)
            report.totals.append(PrintedTotal(e.page, e.line, total, mission=mission, country=country))
        elif e.kind == "type" and mission is not None:
            report.rows.append(Row(mission, country, e.label, *counts(pdf, e), e.page))
        elif e.kind == "total" and (e.label in ("", "Total for Country") or country.startswith(e.label)):
            report.totals.append(country_total(pdf, e, country))
            country = mission = None
        else:
            raise ReportError(
                pdf.path, f"unexpected line in {country}, {mission or 'no mission'}", page=e.page, line=e.line
            )
    return closed(pdf, report)
