"""Layout "UN Mission's Summary detailed by Country" (2015-01 .. 2017-04, except 2016-11)."""

from __future__ import annotations

import re

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, printed_date

NAME = "mission_summary"

_N = r"\d{1,3}(?:,\d{3})+|\d+"
_TYPES = "Individual Police|Formed Police Units|Experts on Mission|Contingent Troop"
# Figures are printed M F Total (the header says "Totals M F" but sits out of order).
# A row may print a lone 0 (in the M or F column, the others blank) or no figure at all.
_ROW = re.compile(rf"^(?:(?P<mission>[A-Z]{{3,}}) )?(?P<type>{_TYPES})(?: (?P<a>{_N})(?: (?P<b>{_N}) (?P<c>{_N}))?)?$")
_LABELLED_TOTAL = re.compile(rf"^(?P<label>.+?)(?: (?P<total>{_N}))?$")
_DATE = re.compile(r"^Month of Report : (\S+)$")
_FURNITURE = re.compile(
    r"^(?:UN Mission's Summary|detailed by Country|Month of Report : .*"
    r"|Country UN Mission Description Totals M F|Page \d+ of \d+)$"
)
_DIGIT = re.compile(r"\d")


def matches(first_page: list[str]) -> bool:
    """Whether the first page carries this layout's title."""
    text = [line.strip() for line in first_page[:4]]
    return "UN Mission's Summary" in text and "detailed by Country" in text


def _count(text: str) -> int:
    """A printed count ("1,580" -> 1580); the patterns admit only digits and commas."""
    return int(text.replace(",", ""))


def parse(pdf: Pdf) -> ParsedReport:
    """Rows (country x mission x type) and the mission and country totals of one report."""
    as_of = None
    rows: list[Row] = []
    totals: list[PrintedTotal] = []
    country: str | None = None
    heading: list[str] = []  # lines of a country name being read (it may wrap)
    mission: str | None = None
    for page in range(1, pdf.page_count + 1):
        for raw in pdf.lines(page):
            line = " ".join(raw.split())
            row = _ROW.match(line)
            if row is None and _FURNITURE.match(line):
                if as_of is None and (m := _DATE.match(line)):
                    as_of = printed_date(pdf.path, m[1], page, raw)
                continue
            if heading:
                if row is None and not _DIGIT.search(line):
                    heading.append(line)
                    continue
                country, heading = " ".join(heading), []
            if row is not None:
                if row["mission"]:
                    mission = row["mission"]
                if country is None or mission is None:
                    raise ReportError(pdf.path, "figure line outside a country and mission", page, raw)
                if row["c"] is not None:
                    male, female, total = _count(row["a"]), _count(row["b"]), _count(row["c"])
                    rows.append(Row(mission, country, row["type"], male, female, total, page))
                elif row["a"] is not None:
                    if _count(row["a"]) != 0:
                        raise ReportError(pdf.path, "a lone figure other than 0 on a type line", page, raw)
                    rows.append(Row(mission, country, row["type"], None, None, 0, page))
                continue
            m = _LABELLED_TOTAL.match(line)
            if mission is not None and m["label"] == mission:
                if m["total"] is not None:
                    totals.append(PrintedTotal(page, raw, _count(m["total"]), mission=mission, country=country))
                mission = None
                continue
            if country is not None and m["label"] == country and m["total"] is not None:
                totals.append(PrintedTotal(page, raw, _count(m["total"]), country=country))
                country = mission = None
                continue
            if country is None and not _DIGIT.search(line):
                heading.append(line)
                continue
            raise ReportError(pdf.path, "unrecognised line", page, raw)
    if heading or country is not None:
        raise ReportError(pdf.path, f"report ends inside country {country or ' '.join(heading)!r}", pdf.page_count)
    if as_of is None:
        raise ReportError(pdf.path, "no 'Month of Report' date on the first page", 1)
    return ParsedReport(pdf.path, NAME, as_of, pdf.page_count, rows, totals)
