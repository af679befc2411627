"""The 2015-01 .. 2017-04 layout: "UN Mission's Summary detailed by Country" (M F Total, mission and country totals)."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with, rows_in
from fixtures.plain_pdf import PlainPdf

from peacekeeping.errors import ReportError
from peacekeeping.sources.reports import mission_summary as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row
from peacekeeping.sources.reports.reconcile import reconcile

# printed dates (2015_03, 2016_03 and 2017_03 print April's) and row counts: test_archive_reports.py
parsed = partial(parse_with, layout)


@pytest.mark.archive
def test_rows_and_totals_of_january_2015() -> None:
    report = parsed("2015_01")
    assert rows_in(report.rows, "Bangladesh", "MINUSMA") == [
        Row("MINUSMA", "Bangladesh", "Formed Police Units", 138, 0, 138, 2),
        Row("MINUSMA", "Bangladesh", "Contingent Troop", 1580, 0, 1580, 2),
    ]
    assert Row("MINURSO", "Argentina", "Individual Police", 0, 1, 1, 1) in report.rows
    assert PrintedTotal(2, "MINUSMA 1,718", 1718, mission="MINUSMA", country="Bangladesh") in report.totals
    assert PrintedTotal(1, "Argentina 880", 880, country="Argentina") in report.totals
    # a mission subtotal printed after a page break
    assert Row("UNIFIL", "Bangladesh", "Contingent Troop", 326, 0, 326, 2) in report.rows
    assert PrintedTotal(3, "UNIFIL 326", 326, mission="UNIFIL", country="Bangladesh") in report.totals
    assert PrintedTotal(3, "Bangladesh 9,436", 9436, country="Bangladesh") in report.totals


@pytest.mark.archive
def test_lone_zeros_and_blank_lines_of_february_2015() -> None:
    report = parsed("2015_02")
    assert rows_in(report.rows, "Hungary", "MINURSO") == [
        Row("MINURSO", "Hungary", "Experts on Mission", None, None, 0, 18),
        Row("MINURSO", "Hungary", "Experts on Mission", 7, 0, 7, 19),
    ]
    assert PrintedTotal(19, "MINURSO 7", 7, mission="MINURSO", country="Hungary") in report.totals
    # "MINURSO Experts on Mission 0" then a blank "MINURSO" subtotal line
    assert Row("MINURSO", "Djibouti", "Experts on Mission", None, None, 0, 11) in report.rows
    assert not [t for t in report.totals if t.country == "Djibouti" and t.mission == "MINURSO"]
    assert sum(1 for r in report.rows if r.male is None) == 43


@pytest.mark.archive
def test_printed_zero_rows_are_kept() -> None:
    rows = parsed("2015_05").rows
    assert rows_in(rows, "Argentina", "MINUSTAH") == [
        Row("MINUSTAH", "Argentina", "Individual Police", 14, 2, 16, 1),
        Row("MINUSTAH", "Argentina", "Individual Police", 0, 0, 0, 1),
        Row("MINUSTAH", "Argentina", "Contingent Troop", 64, 21, 85, 1),
    ]


@pytest.mark.archive
def test_last_country_of_april_2017() -> None:
    report = parsed("2017_04")
    assert sum(r.total for r in report.rows if r.country == "Zimbabwe") == 85
    assert report.totals[-1] == PrintedTotal(42, "Zimbabwe 85", 85, country="Zimbabwe")
    assert len({r.country for r in report.rows}) == len({t.country for t in report.totals})


HEAD = [
    "UN Mission's Summary ",
    "detailed by Country ",
    "Month of Report : 31-Jan-15",
    "Country UN Mission Description Totals M F",
]


def test_fake_report_parses() -> None:
    pdf = PlainPdf(HEAD + ["Albania", "UNMISS Individual Police 3 0 3"], ["UNMISS 3", "Albania 3", "Page 2 of 2"])
    report = layout.parse(pdf)
    reconcile(report)
    assert report.rows == [Row("UNMISS", "Albania", "Individual Police", 3, 0, 3, 1)]
    assert report.totals == [
        PrintedTotal(2, "UNMISS 3", 3, mission="UNMISS", country="Albania"),
        PrintedTotal(2, "Albania 3", 3, country="Albania"),
    ]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["Albania", "UNMISS Staff Officer 3 0 3"], "page 1: unrecognised line"),
        (["Albania", "Individual Police 3 0 3"], "figure line outside a country and mission"),
        (["Albania", "UNMISS Individual Police 3"], "a lone figure other than 0"),
        (["Albania", "UNMISS Individual Police 3 0 3", "UNMISS 3", "Algeria"], "unrecognised line"),
        (["Albania", "UNMISS Individual Police 3 0 3", "UNMISS 3"], "report ends inside country 'Albania'"),
    ],
)
def test_unexpected_lines_are_errors(lines: list[str], message: str) -> None:
    with pytest.raises(ReportError, match=message):
        layout.parse(PlainPdf(HEAD + lines))
