"""The untitled plain table exports 2019-09, 2021-01, 2022-09 and 2024-10 (one variant each)."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import table_export as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

# printed dates, row and total counts: test_archive_reports.py
parsed = partial(parse_with, layout)


def row(label: str, mission: str, country: str, kind: str) -> Row:
    (found,) = [r for r in parsed(label).rows if (r.mission, r.country, r.personnel_type) == (mission, country, kind)]
    return found


def assert_rows(label: str, *expected: Row) -> None:
    """Each of `expected` is the one row the report has for its mission, country and personnel type."""
    for r in expected:
        assert row(label, r.mission, r.country, r.personnel_type) == r


@pytest.mark.archive
@pytest.mark.parametrize(
    "label, index, expected",
    [
        ("2019_09", -1, Row("UNVMC", "Uruguay", "Individual Police", 8, 3, 11, 17)),
        ("2021_01", 0, Row("BINUH", "Benin", "Individual Police", 2, 0, 2, 1)),
        ("2022_09", 0, Row("BINUH", "Benin", "Individual Police", 1, 0, 1, 1)),
        ("2024_10", 0, Row("BINUH", "Benin", "Individual Police", 1, 0, 1, 1)),
        ("2024_10", -1, Row("UNVMC", "Uruguay", "Experts on Mission", 5, 2, 7, 20)),
    ],
)
def test_first_and_last_rows(label: str, index: int, expected: Row) -> None:
    assert parsed(label).rows[index] == expected


@pytest.mark.archive
def test_2019_09_figures_from_adjacent_columns() -> None:
    assert_rows("2019_09", Row("MINUJUSTH", "Senegal", "FPU", 12, 2, 14, 1))
    assert row("2019_09", "MINUSCA", "Pakistan", "Contingent Troops").total == 1213
    # names are cut off in this export and kept as printed
    assert row("2019_09", "UNIFIL", "Republic of", "Contingent Troops").total == 327
    assert row("2019_09", "UNMIK", "Moldova,", "Experts on Mission").total == 1
    assert sum(r.total for r in parsed("2019_09").rows) == 85676


@pytest.mark.archive
def test_2021_01_nested_totals() -> None:
    report = parsed("2021_01")
    assert_rows("2021_01", Row("MINUSCA", "Peru", "Contingent Troops", 173, 25, 198, 5))
    assert PrintedTotal(5, "Peru 178 29 207", 207, 178, 29, mission="MINUSCA", country="Peru") in report.totals
    assert PrintedTotal(1, "BINUH 10 3 13", 13, 10, 3, mission="BINUH") in report.totals
    assert any(t.mission == "MINUSCA" and t.country is None and t.total == 13504 for t in report.totals)
    assert report.totals[-1] == PrintedTotal(29, "Grand Total 76,169 5,763 81,932", 81932, 76169, 5763)


@pytest.mark.archive
def test_2022_09_centred_country_cells() -> None:
    report = parsed("2022_09")
    # a country name printed once, between the two type lines it spans
    assert_rows("2022_09", Row("MINURSO", "Bangladesh", "Troops", 12, 8, 20, 1))
    assert row("2022_09", "MINURSO", "Bangladesh", "Experts on Mission").total == 7
    # cells cut by a page break: labelled on one page only (Tunisia), or on both (Luxembourg)
    assert_rows("2022_09", Row("MINUSCA", "Tunisia", "Troops", 305, 5, 310, 5))
    assert row("2022_09", "MINUSMA", "Luxembourg", "Staff Officer").page == 6
    assert row("2022_09", "MINUSMA", "Luxembourg", "Troops").page == 7
    assert row("2022_09", "MINUSCA", "Peru", "Troops").total == 219
    assert PrintedTotal(1, "Total BINUH 7 2 9", 9, 7, 2, mission="BINUH") in report.totals
    assert PrintedTotal(5, "Total MINUSCA 14112 1260 15372", 15372, 14112, 1260, mission="MINUSCA") in report.totals
    assert report.totals[-1] == PrintedTotal(23, "Grand Total 69168 6056 75224", 75224, 69168, 6056)


@pytest.mark.archive
def test_2024_10_wrapped_country_names() -> None:
    assert_rows("2024_10", Row("MINUSCA", "United Republic of Tanzania", "Troops", 448, 62, 510, 5))
    assert sum(r.total for r in parsed("2024_10").rows) == 61247
