"""The 2017-05 .. 2018-02 layout: "by Country, Mission and Post", with mission subtotals from 2017-06."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import parse_with

from peacekeeping.sources.reports import by_country_mission_post as layout
from peacekeeping.sources.reports.model import ParsedReport, PrintedTotal, Row
from peacekeeping.sources.reports.reconcile import reconcile

# label -> (printed date, rows, printed totals)
FILES = {
    "2017_05": (dt.date(2017, 5, 31), 1046, 129),
    "2017_06": (dt.date(2017, 6, 30), 1030, 713),
    "2017_07": (dt.date(2017, 7, 31), 1040, 711),
    "2017_08": (dt.date(2017, 8, 31), 1055, 721),
    "2017_09": (dt.date(2017, 9, 30), 1035, 703),
    "2017_10": (dt.date(2017, 10, 31), 1042, 714),
    "2017_11": (dt.date(2017, 11, 30), 1048, 713),
    "2017_12": (dt.date(2017, 12, 31), 1045, 714),
    "2018_01": (dt.date(2018, 1, 31), 1023, 697),
    "2018_02": (dt.date(2018, 2, 28), 1027, 704),
}


def parsed(label: str) -> ParsedReport:
    return parse_with(layout, label)


@pytest.mark.archive
@pytest.mark.parametrize("label", sorted(FILES))
def test_parses_and_reconciles(label: str) -> None:
    report = parsed(label)
    reconcile(report)
    as_of, rows, totals = FILES[label]
    assert (report.as_of, len(report.rows), len(report.totals)) == (as_of, rows, totals)
    assert report.layout == "by_country_mission_post" and report.as_of_source == "printed"
    assert all(r.mission for r in report.rows)


@pytest.mark.archive
def test_rows_as_printed() -> None:
    rows = parsed("2017_05").rows
    assert [r for r in rows if r.country == "Argentina" and r.mission == "MINUSTAH"] == [
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
