"""The 2017-05 .. 2018-02 layout: "by Country, Mission and Post", with mission subtotals from 2017-06."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with, rows_in

from peacekeeping.sources.reports import by_country_mission_post as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

# printed dates, row and total counts: test_archive_reports.py
parsed = partial(parse_with, layout)


@pytest.mark.archive
def test_rows_as_printed() -> None:
    rows = parsed("2017_05").rows
    assert rows_in(rows, "Argentina", "MINUSTAH") == [
        Row("MINUSTAH", "Argentina", "Contingent Troops", 39, 27, 66, 1),
        Row("MINUSTAH", "Argentina", "Individual Police", 9, 0, 9, 1),
        Row("MINUSTAH", "Argentina", "Staff Officer", 6, 0, 6, 1),
    ]
    # "1,514 4 1518": thousands separators are not printed consistently
    assert Row("MINUSMA", "Bangladesh", "Contingent Troops", 1514, 4, 1518, 2) in rows


@pytest.mark.archive
def test_figures_continued_on_following_lines() -> None:
    # page 26 of 2017-05 gives "Contingent Troops 117" / "3 120" and "Experts on Mission" / "4" / "0" / "4"
    assert [r for r in parsed("2017_05").rows if r.page == 26][:2] == [
        Row("MINUSCA", "Nepal", "Contingent Troops", 117, 3, 120, 26),
        Row("MINUSCA", "Nepal", "Experts on Mission", 4, 0, 4, 26),
    ]


@pytest.mark.archive
def test_totals() -> None:
    totals = parsed("2017_05").totals
    assert totals[-1] == PrintedTotal(43, "Grand Total 92,520 4097 96,617", 96617, 92520, 4097)
    assert PrintedTotal(27, "Total for Country 4,987 171 5,158", 5158, 4987, 171, country="Nepal") in totals
    totals = parsed("2017_06").totals
    assert PrintedTotal(2, "MINUSCA 1,019", 1019, mission="MINUSCA", country="Bangladesh") in totals
    assert PrintedTotal(1, "Argentina 403 55 458", 458, 403, 55, country="Argentina") in totals


@pytest.mark.archive
def test_country_total_without_label() -> None:
    assert parsed("2017_10").totals[-1].total == 92506
    assert PrintedTotal(13, "203 7 210", 210, 203, 7, country="Côte d'Ivoire") in parsed("2017_10").totals


@pytest.mark.archive
def test_country_names_cleaned_of_sequence_numbers() -> None:
    countries = {r.country for r in parsed("2017_10").rows}
    assert {"Algeria", "Moldova, Republic of", "Uruguay", "Democratic Republic of the Congo (DRC)"} <= countries
    assert not any(c[0].isdigit() or c != c.strip() for c in countries)
