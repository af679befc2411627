"""Monthly contribution reports (PDF): detect the layout, parse, reconcile."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ...dates import pdf_date
from ...errors import ReportError
from ..pdftext import Pdf
from . import (
    by_country_mission_post,
    by_country_post,
    by_country_type,
    country_matrix,
    country_mission_detail,
    mission_country_post,
    mission_summary,
    table_export,
    uniformed_by_mission,
)
from .model import ParsedReport, PrintedTotal, Row
from .reconcile import reconcile

__all__ = ["LAYOUTS", "Layout", "ParsedReport", "PrintedTotal", "Row", "detect", "layout_of_file", "parse_report"]


@dataclass(frozen=True)
class Layout:
    """A layout module (NAME, matches(first page lines), parse(pdf)) and the archive files printed in it."""

    module: ModuleType
    files: tuple[str, ...]  # archive file months (YYYY-MM, or 'YYYY-MM..YYYY-MM' ranges) in this layout

    @property
    def name(self) -> str:
        return self.module.NAME

    def covers(self, month: str) -> bool:
        """Whether the archive file labelled `month` (YYYY-MM) is printed in this layout."""
        for span in self.files:
            first, _, last = span.partition("..")
            if first <= month <= (last or first):
                return True
        return False


# The layouts in the order they appeared; `files` as in ../shared/data/README.md (a file's label, not its printed
# date: 2020_06 is a copy of June 2022's report).
LAYOUTS: tuple[Layout, ...] = (
    Layout(mission_summary, ("2015-01..2016-10", "2016-12..2017-04")),
    Layout(country_mission_detail, ("2016-11",)),
    Layout(by_country_mission_post, ("2017-05..2018-02",)),
    Layout(by_country_post, ("2018-03..2019-08",)),
    Layout(table_export, ("2019-09", "2021-01", "2022-09", "2024-10")),
    Layout(country_matrix, ("2019-10",)),
    Layout(mission_country_post, ("2019-11..2020-05", "2020-07..2020-12")),
    Layout(
        uniformed_by_mission,
        ("2020-06", "2021-02..2022-08", "2022-10..2023-08", "2023-10..2024-09", "2024-11..2025-07"),
    ),
    Layout(by_country_type, ("2023-09",)),
)


def layout_of_file(month: str) -> Layout | None:
    """The layout the archive file of this label month (YYYY-MM) is printed in, per the registry."""
    return next((layout for layout in LAYOUTS if layout.covers(month)), None)


def detect(pdf: Pdf) -> Layout:
    """The one layout whose signature the first page carries; an unknown layout is an error."""
    first = pdf.lines(1)
    found = [layout for layout in LAYOUTS if layout.module.matches(first)]
    if not found:
        head = " / ".join(first[:3])[:160]
        raise ReportError(pdf.path, f"unknown report layout (first page begins: {head!r})", page=1)
    if len(found) > 1:
        names = ", ".join(layout.name for layout in found)
        raise ReportError(pdf.path, f"ambiguous report layout: matches {names}", page=1)
    return found[0]


def parse_report(path: str | Path) -> ParsedReport:
    """Parse and reconcile one monthly report, or raise ReportError naming file and page."""
    with Pdf(path) as pdf:
        layout = detect(pdf)
        report = layout.module.parse(pdf)
        report.created = pdf_date(pdf.metadata().get("CreationDate"))
    report.totals_checked = reconcile(report)
    return report
