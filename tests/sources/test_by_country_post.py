"""The 2018-03 .. 2019-08 layout: "by Country and Post", no missions, figures printed before the type."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import by_country_post as layout
from peacekeeping.sources.reports.model import ParsedReport, PrintedTotal, Row
from peacekeeping.sources.reports.reconcile import reconcile

# label -> (printed date, rows, grand total)
FILES = {
    "2018_03": (dt.date(2018, 3, 31), 385, 91058),
    "2018_04": (dt.date(2018, 4, 30), 388, 91165),
    "2018_05": (dt.date(2018, 5, 31), 386, 91585),
    "2018_06": (dt.date(2018, 6, 30), 385, 91699),
    "2018_07": (dt.date(2018, 7, 31), 385, 91249),
    "2018_08": (dt.date(2018, 8, 31), 384, 90375),
    "2018_09": (dt.date(2018, 9, 30), 385, 89986),
    "2018_10": (dt.date(2018, 10, 31), 387, 90158),
    "2018_11": (dt.date(2018, 11, 30), 388, 90821),
    "2018_12": (dt.date(2018, 12, 31), 389, 89846),
    "2019_01": (dt.date(2019, 1, 31), 389, 89409),
    "2019_02": (dt.date(2019, 2, 28), 389, 89480),
    "2019_03": (dt.date(2019, 3, 31), 388, 89681),
    "2019_04": (dt.date(2019, 4, 30), 389, 88796),
    "2019_05": (dt.date(2019, 5, 31), 387, 87879),
    "2019_06": (dt.date(2019, 6, 30), 387, 87324),
    "2019_07": (dt.date(2019, 7, 31), 384, 86687),
    "2019_08": (dt.date(2019, 8, 31), 383, 85951),
}


def parsed(label: str) -> ParsedReport:
    return parse_with(layout, label)


@pytest.mark.archive
@pytest.mark.parametrize("label", sorted(FILES))
def test_parses_and_reconciles(label: str) -> None:
    report = parsed(label)
    reconcile(report)
    as_of, rows, grand_total = FILES[label]
    assert (report.as_of, len(report.rows), report.totals[-1].total) == (as_of, rows, grand_total)
    assert report.layout == "by_country_post" and report.as_of_source == "printed"
    assert all(r.mission is None for r in report.rows)
    # one total per country plus the grand total
    assert len(report.totals) == len({r.country for r in report.rows}) + 1


@pytest.mark.archive
def test_rows_and_totals_as_printed() -> None:
    report = parsed("2018_03")
    assert [r for r in report.rows if r.country == "Argentina"] == [
        Row(None, "Argentina", "Contingent Troops", 210, 15, 225, 1),
        Row(None, "Argentina", "Experts on Mission", 15, 0, 15, 1),
        Row(None, "Argentina", "Individual Police", 21, 4, 25, 1),
        Row(None, "Argentina", "Staff Officer", 10, 4, 14, 1),
    ]
    assert PrintedTotal(1, "Total for Country 6,853 154 7,007", 7007, 6853, 154, country="Bangladesh") in report.totals
    assert report.totals[-1] == PrintedTotal(19, "Total 86,723 4,335 91,058", 91058, 86723, 4335)


@pytest.mark.archive
def test_rows_glued_on_one_line_and_across_pages() -> None:
    # page 19: "55 28 83 Individual Police 2 2 4 Staff Officer", Zimbabwe's heading is on page 18
    assert [r for r in parsed("2018_03").rows if r.country == "Zimbabwe"] == [
        Row(None, "Zimbabwe", "Experts on Mission", 6, 5, 11, 18),
        Row(None, "Zimbabwe", "Individual Police", 55, 28, 83, 19),
        Row(None, "Zimbabwe", "Staff Officer", 2, 2, 4, 19),
    ]


@pytest.mark.archive
def test_figures_split_over_lines() -> None:
    report = parsed("2018_05")
    # "30" / "0 30 Contingent Troops" and "3" / "1" / "4 Individual Police", "Total for Country" / "3" / "1" / "4"
    assert Row(None, "Brunei Darussalam", "Contingent Troops", 30, 0, 30, 3) in report.rows
    assert Row(None, "Bulgaria", "Individual Police", 3, 1, 4, 3) in report.rows
    assert PrintedTotal(3, "Total for Country", 4, 3, 1, country="Bulgaria") in report.totals
    # the column header runs into the first row of a page: "Country Name POST ... TOTAL 5 0 5 Experts on Mission"
    assert Row(None, "Morocco", "Experts on Mission", 5, 0, 5, 12) in report.rows


@pytest.mark.archive
def test_country_names_as_printed() -> None:
    countries = {r.country for r in parsed("2019_08").rows}
    assert {"Viet Nam", "Moldova, Republic of", "North Macedonia", "United Republic of Tanzania"} <= countries
    assert not any(c[0].isdigit() or c != c.strip() for c in countries)
