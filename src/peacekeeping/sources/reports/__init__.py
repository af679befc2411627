"""Monthly contribution reports (PDF): detect the layout, parse, reconcile."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ...errors import ReportError
from ..pdftext import Pdf
from .model import ParsedReport, PrintedTotal, Row, pdf_date
from .reconcile import reconcile

__all__ = ["LAYOUTS", "ParsedReport", "PrintedTotal", "Row", "detect", "parse_report"]


class Layout(Protocol):
    """A layout module: a name, a test on the first page's lines, and a parser."""

    NAME: str

    def matches(self, first_page: list[str]) -> bool: ...

    def parse(self, pdf: Pdf) -> ParsedReport: ...


def _layouts() -> list[Layout]:
    from . import (  # noqa: F401  (imported for registration order)
        by_country_mission_post,
        by_country_post,
        by_country_type,
        country_matrix,
        mission_country_post,
        mission_summary,
        peackeeping_detail,
        table_export,
        uniformed_by_mission,
    )

    return [
        mission_summary,
        peackeeping_detail,
        by_country_mission_post,
        by_country_post,
        table_export,
        country_matrix,
        mission_country_post,
        uniformed_by_mission,
        by_country_type,
    ]


LAYOUTS: list[Layout] = []


def detect(pdf: Pdf) -> Layout:
    """The one layout whose signature the first page carries; an unknown layout is an error."""
    if not LAYOUTS:
        LAYOUTS.extend(_layouts())
    first = pdf.lines(1)
    found = [layout for layout in LAYOUTS if layout.matches(first)]
    if not found:
        head = " / ".join(first[:3])[:160]
        raise ReportError(pdf.path, f"unknown report layout (first page begins: {head!r})", page=1)
    if len(found) > 1:
        names = ", ".join(layout.NAME for layout in found)
        raise ReportError(pdf.path, f"ambiguous report layout: matches {names}", page=1)
    return found[0]


def parse_report(path: str | Path) -> ParsedReport:
    """Parse and reconcile one monthly report, or raise ReportError naming file and page."""
    with Pdf(path) as pdf:
        layout = detect(pdf)
        report = layout.parse(pdf)
        report.created = pdf_date(pdf.metadata().get("CreationDate"))
    report.totals_checked = reconcile(report)
    return report
