"""The 2023-09 layout: uniformed personnel "by Country and Personnel Type" (no missions, no sex split)."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import by_country_type as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

LABEL = "2023_09"  # its printed date, row count and reconciliation: test_archive_reports.py
parsed = partial(parse_with, layout, LABEL)


@pytest.mark.archive
def test_printed_on_four_pages() -> None:
    assert parsed().pages == 4


@pytest.mark.archive
def test_country_rows_without_zero_cells() -> None:
    rows = parsed().rows
    assert [r for r in rows if r.country == "Bangladesh"] == [
        Row(None, "Bangladesh", "Experts on Mission", None, None, 56, 1),
        Row(None, "Bangladesh", "Formed Police Units", None, None, 333, 1),
        Row(None, "Bangladesh", "Individual Police", None, None, 37, 1),
        Row(None, "Bangladesh", "Staff Officer", None, None, 152, 1),
        Row(None, "Bangladesh", "Troops", None, None, 6378, 1),
    ]
    pakistan = [r.personnel_type for r in rows if r.country == "Pakistan"]
    assert pakistan == ["Experts on Mission", "Staff Officer", "Troops"]
    # names wrapped over two lines
    assert Row(None, "United Republic of Tanzania", "Troops", None, None, 1464, 1) in rows
    assert Row(None, "Sao Tome and Principe", "Individual Police", None, None, 1, 4) in rows
    # printed with zeros only: a country total but no rows
    assert not [r for r in rows if r.country in ("North Macedonia", "Ukraine")]
    assert len({r.country for r in rows}) == 120


@pytest.mark.archive
def test_printed_totals() -> None:
    totals = parsed().totals
    assert PrintedTotal(1, "Bangladesh 56 333 37 152 6378 6956 30/09/2023", 6956, country="Bangladesh") in totals
    assert PrintedTotal(4, "Ukraine 0 0 0 0 0 0 30/09/2023", 0, country="Ukraine") in totals
    line = "Grand Total 1190 5276 1889 2018 62258 72631"
    assert totals[-6:] == [
        PrintedTotal(4, line, 1190, personnel_type="Experts on Mission"),
        PrintedTotal(4, line, 5276, personnel_type="Formed Police Units"),
        PrintedTotal(4, line, 1889, personnel_type="Individual Police"),
        PrintedTotal(4, line, 2018, personnel_type="Staff Officer"),
        PrintedTotal(4, line, 62258, personnel_type="Troops"),
        PrintedTotal(4, line, 72631),
    ]
    assert len(totals) == 122 + 6
