"""The 2016-11 layout: "Summary of Contributions to Peackeeping by Country and Mission Detail" (read by position)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from conftest import parse_with, rows_in

from peacekeeping.errors import ReportError
from peacekeeping.sources.pdftext import Segment
from peacekeeping.sources.reports import country_mission_detail as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row
from peacekeeping.sources.reports.reconcile import reconcile

LABEL = "2016_11"
TYPES = ["Experts on Mission", "Contingent Troops", "Ind Police", "Formed Police Units"]
parsed = partial(parse_with, layout, LABEL)  # its printed date, rows and reconciliation: test_archive_reports.py


@pytest.mark.archive
def test_four_type_rows_for_each_country_and_mission() -> None:
    report = parsed()
    assert report.pages == 127
    # four type rows for each of the 621 country x mission blocks, zeros included
    assert len(report.rows) == 2484
    assert sum(1 for r in report.rows if r.total == 0) == 1503
    assert len([t for t in report.totals if t.mission]) == 621
    assert len({r.country for r in report.rows}) == 126


@pytest.mark.archive
def test_mission_block() -> None:
    report = parsed()
    assert rows_in(report.rows, "Argentina", "MINUSTAH") == [
        Row("MINUSTAH", "Argentina", "Experts on Mission", 0, 0, 0, 1),
        Row("MINUSTAH", "Argentina", "Contingent Troops", 48, 25, 73, 1),
        Row("MINUSTAH", "Argentina", "Ind Police", 15, 0, 15, 1),
        Row("MINUSTAH", "Argentina", "Formed Police Units", 0, 0, 0, 1),
    ]
    line = "Total for Mission 63 25 88"
    assert PrintedTotal(1, line, 88, 63, 25, mission="MINUSTAH", country="Argentina") in report.totals
    # mission named at the foot of page 1, its figures on page 2
    assert [r.page for r in report.rows if r.country == "Argentina" and r.mission == "UNMC"] == [2, 2, 2, 2]
    assert Row("UNMC", "Argentina", "Experts on Mission", 21, 1, 22, 2) in report.rows


@pytest.mark.archive
def test_grand_total_and_truncated_names() -> None:
    report = parsed()
    assert report.totals[-1] == PrintedTotal(127, "Grand Total 100,851", 100851)
    assert sum(r.total for r in report.rows) == 100851
    # names are cut short in the PDF itself and kept as printed
    countries = {r.country for r in report.rows}
    assert {"United States of Americ", "Democratic Republic of", "Iran (Islamic Republic of"} <= countries
    assert Row("MINUSTAH", "United States of Americ", "Ind Police", 18, 2, 20, 120) in report.rows


class _FakePdf:
    """One page of positioned cells, for the error paths."""

    path = Path("fake.pdf")
    page_count = 1

    def __init__(self, cells: list[tuple[float, float, str]]):
        self._segments = [Segment(x - 5 * len(t), y, x, y + 7, t) for x, y, t in cells]

    def segments(self, page: int) -> list[Segment]:
        return self._segments


def _page(*rows: list[tuple[float, str]]) -> _FakePdf:
    y = 700.0
    cells = [(300.0, 750.0, "Police,UN Military Experts on Mission and Troops by End of November, 2016")]
    for row in rows:
        cells += [(x, y, text) for x, text in row]
        y -= 20
    return _FakePdf(cells)


def test_fake_page_parses() -> None:
    pdf = _page(
        [(34, "1"), (120, "Algeria")],
        [(200, "MONUSCO")],
        [(260, "Experts on Mission"), (330, "5"), (438, "0"), (550, "5")],
        [(260, "Total for Mission"), (330, "5"), (438, "0"), (550, "5")],
        [(120, "Grand Total"), (550, "5")],
    )
    report = layout.parse(pdf)
    reconcile(report)
    assert report.rows == [Row("MONUSCO", "Algeria", "Experts on Mission", 5, 0, 5, 1)]


def test_missing_cell_is_an_error() -> None:
    pdf = _page(
        [(34, "1"), (120, "Algeria")], [(200, "MONUSCO")], [(260, "Experts on Mission"), (330, "5"), (550, "5")]
    )
    with pytest.raises(ReportError, match="page 1: unrecognised line"):
        layout.parse(pdf)


def test_unknown_type_is_an_error() -> None:
    pdf = _page(
        [(34, "1"), (120, "Algeria")], [(200, "MONUSCO")], [(230, "Staff Officer"), (330, "5"), (438, "0"), (550, "5")]
    )
    with pytest.raises(ReportError, match="unknown personnel type 'Staff Officer'"):
        layout.parse(pdf)


def test_skipped_country_number_is_an_error() -> None:
    pdf = _page([(34, "2"), (120, "Algeria")])
    with pytest.raises(ReportError, match="country number 2 where 1 was expected"):
        layout.parse(pdf)
