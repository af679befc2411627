"""The 2018-03 .. 2019-08 layout: "by Country and Post", no missions, figures printed before the type."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import by_country_post as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

# printed dates, row counts and grand totals: test_archive_reports.py
parsed = partial(parse_with, layout)


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
