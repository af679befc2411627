"""The 2019-11 .. 2020-12 layout "Summary of Contribution to UN Peacekeeping by Mission, Country and Post"."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import mission_country_post as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

# printed dates and row counts: test_archive_reports.py
parsed = partial(parse_with, layout)


@pytest.mark.archive
def test_post_after_figures_2019_11() -> None:
    report = parsed("2019_11")
    assert Row("BINUH", "Canada", "Individual Police", 0, 4, 4, 1) in report.rows
    assert Row("MINUSCA", "Pakistan", "Troops", 1212, 0, 1212, 2) in report.rows
    # the name wraps over two lines above its figures
    assert Row("MINUSCA", "United Republic of Tanzania", "Troops", 431, 19, 450, 3) in report.rows
    assert report.totals[0] == PrintedTotal(1, "6 5 11", 11, 6, 5, mission="BINUH")
    # the file closes with its row count "1015" but prints no grand total
    assert all(t.mission for t in report.totals) and len(report.totals) == 23


@pytest.mark.archive
def test_description_before_figures_2019_12_and_2020_01() -> None:
    assert Row("UNVMC", "El Salvador", "experts", 3, 0, 3, 47) == parsed("2019_12").rows[-1]
    assert parsed("2019_12").totals[-1] == PrintedTotal(47, "1017 78021 5310 83331", 83331, 78021, 5310)
    rows = parsed("2020_01").rows
    assert Row("UNVMC", "Democratic Republic of the Congo (DRC)", "police", 3, 1, 4, 47) in rows


@pytest.mark.archive
def test_country_above_its_rows_2020_02_on() -> None:
    report = parsed("2020_02")
    assert Row("BINUH", "Benin", "police", 2, 0, 2, 1) in report.rows
    assert Row("MINURSO", "Bangladesh", "contingent", 16, 4, 20, 1) in report.rows
    assert Row("MINURSO", "Bangladesh", "experts", 3, 1, 4, 1) in report.rows
    assert report.totals[-1] == PrintedTotal(52, "77853 5415 83268", 83268, 77853, 5415)
    december = parsed("2020_12")
    assert Row("BINUH", "United States of America", "police", 2, 0, 2, 1) in december.rows
    assert december.totals[0] == PrintedTotal(1, "10 3 13", 13, 10, 3, mission="BINUH")
    assert december.totals[-1] == PrintedTotal(49, "76037 5795 81832", 81832, 76037, 5795)
    # a country's rows continue on the next page without its name
    assert Row("UNVMC", "Spain", "police", 6, 0, 6, 49) in parsed("2020_11").rows


@pytest.mark.archive
def test_august_2020_prints_contingents_as_all_female() -> None:
    report = parsed("2020_08")
    assert Row("UNMISS", "Rwanda", "contingent", 0, 2729, 2729, 42) in report.rows
    assert report.totals[-1] == PrintedTotal(49, "40637 41183 81820", 81820, 40637, 41183)
