"""Every report of the archive, parsed by the layout the registry names and reconciled with its printed totals: its
printed date, number of rows (and printed totals or grand total where a layout's test counts them), and what each
layout always holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import pytest
from conftest import REPORTS, parse_with

from peacekeeping.sources.reports import LAYOUTS
from peacekeeping.sources.reports.model import ParsedReport
from peacekeeping.sources.reports.reconcile import reconcile


class Expected(NamedTuple):
    """A report's layout (its name), printed date and number of rows; its printed totals or grand total where
    counted."""

    layout: str
    as_of: dt.date
    rows: int
    totals: int | None = None
    grand_total: int | None = None


REPORTS_EXPECTED = {
    # mission_summary: 2015-01..2016-10, 2016-12..2017-04; 2015_03, 2016_03 and 2017_03 print April's date
    "2015_01": Expected("mission_summary", dt.date(2015, 1, 31), 955),
    "2015_02": Expected("mission_summary", dt.date(2015, 2, 28), 1004),
    "2015_03": Expected("mission_summary", dt.date(2015, 4, 30), 975),
    "2015_04": Expected("mission_summary", dt.date(2015, 4, 30), 975),
    "2015_05": Expected("mission_summary", dt.date(2015, 5, 31), 1028),
    "2015_06": Expected("mission_summary", dt.date(2015, 6, 30), 975),
    "2015_07": Expected("mission_summary", dt.date(2015, 7, 31), 960),
    "2015_08": Expected("mission_summary", dt.date(2015, 8, 31), 968),
    "2015_09": Expected("mission_summary", dt.date(2015, 9, 30), 981),
    "2015_10": Expected("mission_summary", dt.date(2015, 10, 31), 997),
    "2015_11": Expected("mission_summary", dt.date(2015, 11, 30), 996),
    "2015_12": Expected("mission_summary", dt.date(2015, 12, 31), 993),
    "2016_01": Expected("mission_summary", dt.date(2016, 1, 31), 994),
    "2016_02": Expected("mission_summary", dt.date(2016, 2, 29), 1002),
    "2016_03": Expected("mission_summary", dt.date(2016, 4, 30), 997),
    "2016_04": Expected("mission_summary", dt.date(2016, 4, 30), 997),
    "2016_05": Expected("mission_summary", dt.date(2016, 5, 31), 997),
    "2016_06": Expected("mission_summary", dt.date(2016, 6, 30), 992),
    "2016_07": Expected("mission_summary", dt.date(2016, 7, 31), 995),
    "2016_08": Expected("mission_summary", dt.date(2016, 8, 31), 996),
    "2016_09": Expected("mission_summary", dt.date(2016, 9, 30), 987),
    "2016_10": Expected("mission_summary", dt.date(2016, 10, 31), 981),
    "2016_12": Expected("mission_summary", dt.date(2016, 12, 31), 992),
    "2017_01": Expected("mission_summary", dt.date(2017, 1, 31), 974),
    "2017_02": Expected("mission_summary", dt.date(2017, 2, 28), 924),
    "2017_03": Expected("mission_summary", dt.date(2017, 4, 30), 871),
    "2017_04": Expected("mission_summary", dt.date(2017, 4, 30), 871),
    # country_mission_detail: 2016-11
    "2016_11": Expected("country_mission_detail", dt.date(2016, 11, 30), 2484),
    # by_country_mission_post: 2017-05..2018-02
    "2017_05": Expected("by_country_mission_post", dt.date(2017, 5, 31), 1046, totals=129),
    "2017_06": Expected("by_country_mission_post", dt.date(2017, 6, 30), 1030, totals=713),
    "2017_07": Expected("by_country_mission_post", dt.date(2017, 7, 31), 1040, totals=711),
    "2017_08": Expected("by_country_mission_post", dt.date(2017, 8, 31), 1055, totals=721),
    "2017_09": Expected("by_country_mission_post", dt.date(2017, 9, 30), 1035, totals=703),
    "2017_10": Expected("by_country_mission_post", dt.date(2017, 10, 31), 1042, totals=714),
    "2017_11": Expected("by_country_mission_post", dt.date(2017, 11, 30), 1048, totals=713),
    "2017_12": Expected("by_country_mission_post", dt.date(2017, 12, 31), 1045, totals=714),
    "2018_01": Expected("by_country_mission_post", dt.date(2018, 1, 31), 1023, totals=697),
    "2018_02": Expected("by_country_mission_post", dt.date(2018, 2, 28), 1027, totals=704),
    # by_country_post: 2018-03..2019-08
    "2018_03": Expected("by_country_post", dt.date(2018, 3, 31), 385, grand_total=91058),
    "2018_04": Expected("by_country_post", dt.date(2018, 4, 30), 388, grand_total=91165),
    "2018_05": Expected("by_country_post", dt.date(2018, 5, 31), 386, grand_total=91585),
    "2018_06": Expected("by_country_post", dt.date(2018, 6, 30), 385, grand_total=91699),
    "2018_07": Expected("by_country_post", dt.date(2018, 7, 31), 385, grand_total=91249),
    "2018_08": Expected("by_country_post", dt.date(2018, 8, 31), 384, grand_total=90375),
    "2018_09": Expected("by_country_post", dt.date(2018, 9, 30), 385, grand_total=89986),
    "2018_10": Expected("by_country_post", dt.date(2018, 10, 31), 387, grand_total=90158),
    "2018_11": Expected("by_country_post", dt.date(2018, 11, 30), 388, grand_total=90821),
    "2018_12": Expected("by_country_post", dt.date(2018, 12, 31), 389, grand_total=89846),
    "2019_01": Expected("by_country_post", dt.date(2019, 1, 31), 389, grand_total=89409),
    "2019_02": Expected("by_country_post", dt.date(2019, 2, 28), 389, grand_total=89480),
    "2019_03": Expected("by_country_post", dt.date(2019, 3, 31), 388, grand_total=89681),
    "2019_04": Expected("by_country_post", dt.date(2019, 4, 30), 389, grand_total=88796),
    "2019_05": Expected("by_country_post", dt.date(2019, 5, 31), 387, grand_total=87879),
    "2019_06": Expected("by_country_post", dt.date(2019, 6, 30), 387, grand_total=87324),
    "2019_07": Expected("by_country_post", dt.date(2019, 7, 31), 384, grand_total=86687),
    "2019_08": Expected("by_country_post", dt.date(2019, 8, 31), 383, grand_total=85951),
    # table_export: 2019-09, 2021-01, 2022-09, 2024-10; 2019-09 and 2024-10 print no total, so that only each row's
    # male + female = total is checked
    "2019_09": Expected("table_export", dt.date(2019, 9, 30), 1032, totals=0),
    "2021_01": Expected("table_export", dt.date(2021, 1, 31), 977, totals=564),
    "2022_09": Expected("table_export", dt.date(2022, 9, 30), 981, totals=23),
    "2024_10": Expected("table_export", dt.date(2024, 10, 31), 874, totals=0),
    # country_matrix: 2019-10
    "2019_10": Expected("country_matrix", dt.date(2019, 10, 31), 1008),
    # mission_country_post: 2019-11..2020-05, 2020-07..2020-12
    "2019_11": Expected("mission_country_post", dt.date(2019, 11, 30), 1015),
    "2019_12": Expected("mission_country_post", dt.date(2019, 12, 31), 1017),
    "2020_01": Expected("mission_country_post", dt.date(2020, 1, 31), 1025),
    "2020_02": Expected("mission_country_post", dt.date(2020, 2, 29), 1034),
    "2020_03": Expected("mission_country_post", dt.date(2020, 3, 31), 1028),
    "2020_04": Expected("mission_country_post", dt.date(2020, 4, 30), 1016),
    "2020_05": Expected("mission_country_post", dt.date(2020, 5, 31), 1004),
    "2020_07": Expected("mission_country_post", dt.date(2020, 7, 31), 983),
    "2020_08": Expected("mission_country_post", dt.date(2020, 8, 31), 985),
    "2020_09": Expected("mission_country_post", dt.date(2020, 9, 30), 981),
    "2020_10": Expected("mission_country_post", dt.date(2020, 10, 31), 980),
    "2020_11": Expected("mission_country_post", dt.date(2020, 11, 30), 975),
    "2020_12": Expected("mission_country_post", dt.date(2020, 12, 31), 972),
    # uniformed_by_mission: 2020-06 and 2021-02 .. 2025-07 but for the other layouts' months
    # 2020_06 is a byte-identical copy of 2022_06
    "2020_06": Expected("uniformed_by_mission", dt.date(2022, 6, 30), 973),
    "2021_02": Expected("uniformed_by_mission", dt.date(2021, 2, 28), 982),
    "2021_03": Expected("uniformed_by_mission", dt.date(2021, 3, 31), 978),
    "2021_04": Expected("uniformed_by_mission", dt.date(2021, 4, 30), 948),
    "2021_05": Expected("uniformed_by_mission", dt.date(2021, 5, 31), 971),
    "2021_06": Expected("uniformed_by_mission", dt.date(2021, 6, 30), 957),
    "2021_07": Expected("uniformed_by_mission", dt.date(2021, 7, 31), 942),
    "2021_08": Expected("uniformed_by_mission", dt.date(2021, 8, 31), 959),
    "2021_09": Expected("uniformed_by_mission", dt.date(2021, 9, 30), 961),
    "2021_10": Expected("uniformed_by_mission", dt.date(2021, 10, 31), 963),
    "2021_11": Expected("uniformed_by_mission", dt.date(2021, 11, 30), 959),
    "2021_12": Expected("uniformed_by_mission", dt.date(2021, 12, 31), 960),
    "2022_01": Expected("uniformed_by_mission", dt.date(2022, 1, 31), 958),
    "2022_02": Expected("uniformed_by_mission", dt.date(2022, 2, 28), 970),
    "2022_03": Expected("uniformed_by_mission", dt.date(2022, 3, 31), 964),
    "2022_04": Expected("uniformed_by_mission", dt.date(2022, 4, 30), 969),
    "2022_05": Expected("uniformed_by_mission", dt.date(2022, 5, 31), 960),
    "2022_06": Expected("uniformed_by_mission", dt.date(2022, 6, 30), 973),
    "2022_08": Expected("uniformed_by_mission", dt.date(2022, 8, 31), 978),
    "2022_10": Expected("uniformed_by_mission", dt.date(2022, 10, 31), 989),
    "2022_11": Expected("uniformed_by_mission", dt.date(2022, 11, 30), 989),
    "2022_12": Expected("uniformed_by_mission", dt.date(2022, 12, 31), 990),
    "2023_01": Expected("uniformed_by_mission", dt.date(2023, 1, 31), 993),
    "2023_02": Expected("uniformed_by_mission", dt.date(2023, 2, 28), 993),
    "2023_03": Expected("uniformed_by_mission", dt.date(2023, 3, 31), 1011),
    "2023_04": Expected("uniformed_by_mission", dt.date(2023, 4, 30), 1011),
    "2023_05": Expected("uniformed_by_mission", dt.date(2023, 5, 31), 1007),
    "2023_06": Expected("uniformed_by_mission", dt.date(2023, 6, 30), 1010),
    "2023_07": Expected("uniformed_by_mission", dt.date(2023, 7, 31), 1011),
    "2023_08": Expected("uniformed_by_mission", dt.date(2023, 8, 31), 1013),
    "2023_10": Expected("uniformed_by_mission", dt.date(2023, 10, 31), 1000),
    "2023_11": Expected("uniformed_by_mission", dt.date(2023, 11, 30), 981),
    "2023_12": Expected("uniformed_by_mission", dt.date(2023, 12, 31), 959),
    "2024_01": Expected("uniformed_by_mission", dt.date(2024, 1, 31), 899),
    "2024_02": Expected("uniformed_by_mission", dt.date(2024, 2, 29), 899),
    "2024_03": Expected("uniformed_by_mission", dt.date(2024, 3, 31), 889),
    "2024_04": Expected("uniformed_by_mission", dt.date(2024, 4, 30), 896),
    "2024_05": Expected("uniformed_by_mission", dt.date(2024, 5, 31), 889),
    "2024_06": Expected("uniformed_by_mission", dt.date(2024, 6, 30), 890),
    "2024_07": Expected("uniformed_by_mission", dt.date(2024, 7, 31), 879),
    "2024_08": Expected("uniformed_by_mission", dt.date(2024, 8, 31), 875),
    "2024_09": Expected("uniformed_by_mission", dt.date(2024, 9, 30), 877),
    "2024_11": Expected("uniformed_by_mission", dt.date(2024, 11, 30), 876),
    "2024_12": Expected("uniformed_by_mission", dt.date(2024, 12, 31), 877),
    "2025_01": Expected("uniformed_by_mission", dt.date(2025, 1, 31), 873),
    "2025_02": Expected("uniformed_by_mission", dt.date(2025, 2, 28), 870),
    "2025_03": Expected("uniformed_by_mission", dt.date(2025, 3, 31), 863),
    "2025_04": Expected("uniformed_by_mission", dt.date(2025, 4, 30), 862),
    "2025_05": Expected("uniformed_by_mission", dt.date(2025, 5, 31), 865),
    "2025_06": Expected("uniformed_by_mission", dt.date(2025, 6, 30), 869),
    "2025_07": Expected("uniformed_by_mission", dt.date(2025, 7, 31), 871),
    # by_country_type: 2023-09
    "2023_09": Expected("by_country_type", dt.date(2023, 9, 30), 364),
}


def no_grand_total(report: ParsedReport) -> None:
    """The 2015-01 .. 2017-04 layout: every row sits under a printed mission subtotal and country total."""
    assert not [t for t in report.totals if t.country is None]


def every_row_in_a_mission(report: ParsedReport) -> None:
    """The 2017-05 .. 2018-02 layout: rows by country and mission."""
    assert all(r.mission for r in report.rows)


def no_missions_one_total_per_country(report: ParsedReport) -> None:
    """The 2018-03 .. 2019-08 layout: no missions; one total per country plus the grand total."""
    assert all(r.mission is None for r in report.rows)
    assert len(report.totals) == len({r.country for r in report.rows}) + 1


def unique_rows(report: ParsedReport) -> None:
    """One row per mission, country and personnel type."""
    keys = [(r.mission, r.country, r.personnel_type) for r in report.rows]
    assert len(keys) == len(set(keys))


def rows_add_up_and_unique(report: ParsedReport) -> None:
    """The plain table exports: each row's male + female = total, one row per mission, country and type."""
    assert all(r.male + r.female == r.total for r in report.rows)
    unique_rows(report)


def unique_rows_and_a_grand_total(report: ParsedReport) -> None:
    """The 2020-06, 2021-02 .. 2025-07 layout: one row per mission, country and type; the last total is the grand
    total."""
    unique_rows(report)
    assert report.totals[-1].mission is None


LAYOUT_HOLDS: dict[str, Callable[[ParsedReport], None]] = {
    "mission_summary": no_grand_total,
    "by_country_mission_post": every_row_in_a_mission,
    "by_country_post": no_missions_one_total_per_country,
    "table_export": rows_add_up_and_unique,
    "uniformed_by_mission": unique_rows_and_a_grand_total,
}
MODULES = {layout.name: layout.module for layout in LAYOUTS}


@pytest.mark.archive
def test_the_table_names_every_report_of_the_archive() -> None:
    files = sorted(REPORTS.glob("UN_country_contributions_*.pdf"))
    assert len(files) == 126
    assert sorted(REPORTS_EXPECTED) == [path.stem.removeprefix("UN_country_contributions_") for path in files]


@pytest.mark.archive
@pytest.mark.parametrize("label", sorted(REPORTS_EXPECTED))
def test_parses_and_reconciles(label: str) -> None:
    expected = REPORTS_EXPECTED[label]
    report = parse_with(MODULES[expected.layout], label)
    checked = reconcile(report)
    assert (report.layout, report.as_of, len(report.rows)) == (expected.layout, expected.as_of, expected.rows)
    # the 2019-10 layout prints no date: the month before the PDF's creation (test_country_matrix.py)
    assert report.as_of_source == ("pdf-creation-date" if expected.layout == "country_matrix" else "printed")
    if expected.totals is not None:
        assert (len(report.totals), checked) == (expected.totals, expected.totals)
    if expected.grand_total is not None:
        assert report.totals[-1].total == expected.grand_total
    if (holds := LAYOUT_HOLDS.get(expected.layout)) is not None:
        holds(report)
