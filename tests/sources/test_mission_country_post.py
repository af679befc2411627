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
@pytest.mark.parametrize(
    "label, index, expected",
    [
        ("2019_11", 0, PrintedTotal(1, "6 5 11", 11, 6, 5, mission="BINUH")),
        ("2019_12", -1, PrintedTotal(47, "1017 78021 5310 83331", 83331, 78021, 5310)),
        ("2020_02", -1, PrintedTotal(52, "77853 5415 83268", 83268, 77853, 5415)),
        ("2020_08", -1, PrintedTotal(49, "40637 41183 81820", 81820, 40637, 41183)),
        ("2020_12", 0, PrintedTotal(1, "10 3 13", 13, 10, 3, mission="BINUH")),
        ("2020_12", -1, PrintedTotal(49, "76037 5795 81832", 81832, 76037, 5795)),
    ],
)
def test_first_and_last_totals(label: str, index: int, expected: PrintedTotal) -> None:
    assert parsed(label).totals[index] == expected


@pytest.mark.archive
@pytest.mark.parametrize(
    "label, expected",
    [
        # 2019-11: the post after the figures; a name may wrap over two lines above its figures
        ("2019_11", Row("BINUH", "Canada", "Individual Police", 0, 4, 4, 1)),
        ("2019_11", Row("MINUSCA", "Pakistan", "Troops", 1212, 0, 1212, 2)),
        ("2019_11", Row("MINUSCA", "United Republic of Tanzania", "Troops", 431, 19, 450, 3)),
        # 2019-12 and 2020-01: the description before the figures
        ("2020_01", Row("UNVMC", "Democratic Republic of the Congo (DRC)", "police", 3, 1, 4, 47)),
        # 2020-02 on: the country above its rows, which continue on the next page without its name
        ("2020_02", Row("BINUH", "Benin", "police", 2, 0, 2, 1)),
        ("2020_02", Row("MINURSO", "Bangladesh", "contingent", 16, 4, 20, 1)),
        ("2020_02", Row("MINURSO", "Bangladesh", "experts", 3, 1, 4, 1)),
        ("2020_08", Row("UNMISS", "Rwanda", "contingent", 0, 2729, 2729, 42)),  # contingents printed as all female
        ("2020_11", Row("UNVMC", "Spain", "police", 6, 0, 6, 49)),
        ("2020_12", Row("BINUH", "United States of America", "police", 2, 0, 2, 1)),
    ],
)
def test_rows_as_printed(label: str, expected: Row) -> None:
    assert expected in parsed(label).rows


@pytest.mark.archive
def test_2019_11_prints_no_grand_total() -> None:
    totals = parsed("2019_11").totals  # the file closes with its row count "1015" but prints no grand total
    assert all(t.mission for t in totals) and len(totals) == 23


@pytest.mark.archive
def test_2019_12_last_row() -> None:
    assert parsed("2019_12").rows[-1] == Row("UNVMC", "El Salvador", "experts", 3, 0, 3, 47)
