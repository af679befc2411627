"""Layout "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type"."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import DATA, REPORTS, parse_with

from peacekeeping.errors import ReportError
from peacekeeping.sources.reports import uniformed_by_mission as layout
from peacekeeping.sources.reports.model import ParsedReport, PrintedTotal, Row
from peacekeeping.sources.reports.reconcile import reconcile

# label -> (printed as_of, number of rows)
EXPECTED = {
    "2020_06": ("2022-06-30", 973),  # byte-identical copy of 2022_06
    "2021_02": ("2021-02-28", 982),
    "2021_03": ("2021-03-31", 978),
    "2021_04": ("2021-04-30", 948),
    "2021_05": ("2021-05-31", 971),
    "2021_06": ("2021-06-30", 957),
    "2021_07": ("2021-07-31", 942),
    "2021_08": ("2021-08-31", 959),
    "2021_09": ("2021-09-30", 961),
    "2021_10": ("2021-10-31", 963),
    "2021_11": ("2021-11-30", 959),
    "2021_12": ("2021-12-31", 960),
    "2022_01": ("2022-01-31", 958),
    "2022_02": ("2022-02-28", 970),
    "2022_03": ("2022-03-31", 964),
    "2022_04": ("2022-04-30", 969),
    "2022_05": ("2022-05-31", 960),
    "2022_06": ("2022-06-30", 973),
    "2022_08": ("2022-08-31", 978),
    "2022_10": ("2022-10-31", 989),
    "2022_11": ("2022-11-30", 989),
    "2022_12": ("2022-12-31", 990),
    "2023_01": ("2023-01-31", 993),
    "2023_02": ("2023-02-28", 993),
    "2023_03": ("2023-03-31", 1011),
    "2023_04": ("2023-04-30", 1011),
    "2023_05": ("2023-05-31", 1007),
    "2023_06": ("2023-06-30", 1010),
    "2023_07": ("2023-07-31", 1011),
    "2023_08": ("2023-08-31", 1013),
    "2023_10": ("2023-10-31", 1000),
    "2023_11": ("2023-11-30", 981),
    "2023_12": ("2023-12-31", 959),
    "2024_01": ("2024-01-31", 899),
    "2024_02": ("2024-02-29", 899),
    "2024_03": ("2024-03-31", 889),
    "2024_04": ("2024-04-30", 896),
    "2024_05": ("2024-05-31", 889),
    "2024_06": ("2024-06-30", 890),
    "2024_07": ("2024-07-31", 879),
    "2024_08": ("2024-08-31", 875),
    "2024_09": ("2024-09-30", 877),
    "2024_11": ("2024-11-30", 876),
    "2024_12": ("2024-12-31", 877),
    "2025_01": ("2025-01-31", 873),
    "2025_02": ("2025-02-28", 870),
    "2025_03": ("2025-03-31", 863),
    "2025_04": ("2025-04-30", 862),
    "2025_05": ("2025-05-31", 865),
    "2025_06": ("2025-06-30", 869),
    "2025_07": ("2025-07-31", 871),
}

ALL_FILES = sorted(REPORTS.glob("UN_country_contributions_*.pdf"))


def parsed(label: str) -> ParsedReport:
    return parse_with(layout, label)


def rows_of(label: str, **scope: str) -> list[Row]:
    return [r for r in parsed(label).rows if all(getattr(r, k) == v for k, v in scope.items())]


def figures(rows: list[Row]) -> tuple[int, int, int]:
    return sum(r.male for r in rows), sum(r.female for r in rows), sum(r.total for r in rows)


@pytest.mark.archive
def test_archive_present() -> None:
    assert len(ALL_FILES) == 126


@pytest.mark.archive
@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_parses_and_reconciles(label: str) -> None:
    report = parsed(label)
    reconcile(report)
    as_of, count = EXPECTED[label]
    assert report.layout == "uniformed_by_mission"
    assert report.as_of == dt.date.fromisoformat(as_of)
    assert len(report.rows) == count
    keys = [(r.mission, r.country, r.personnel_type) for r in report.rows]
    assert len(keys) == len(set(keys))
    assert report.totals[-1].mission is None  # the grand total


@pytest.mark.archive
def test_spot_figures_2022_06() -> None:
    report = parsed("2022_06")
    assert report.pages == 33
    assert rows_of("2022_06", mission="BINUH", country="Benin") == [
        Row("BINUH", "Benin", "Individual Police", 2, 0, 2, 1)
    ]
    # country name on a line of its own, above its two rows
    assert rows_of("2022_06", mission="MINURSO", country="Bangladesh") == [
        Row("MINURSO", "Bangladesh", "Experts on Mission", 6, 1, 7, 1),
        Row("MINURSO", "Bangladesh", "Troops", 12, 8, 20, 1),
    ]
    # rows continued on the next page under the repeated name
    assert rows_of("2022_06", mission="MINUSCA", country="Benin") == [
        Row("MINUSCA", "Benin", "Experts on Mission", 1, 2, 3, 2),
        Row("MINUSCA", "Benin", "Individual Police", 38, 5, 43, 2),
        Row("MINUSCA", "Benin", "Staff Officer", 2, 0, 2, 3),
    ]
    assert PrintedTotal(1, "Total BINUH 8 3 11", 11, 8, 3, mission="BINUH") in report.totals
    assert PrintedTotal(2, "Total MINURSO 150 73 223", 223, 150, 73, mission="MINURSO") in report.totals
    assert report.totals[-1].line == "Grand Total 68929 5963 74892"
    assert figures(report.rows) == (68929, 5963, 74892)


@pytest.mark.archive
def test_peru_30_june_2022_as_published() -> None:
    peru = rows_of("2022_06", country="Peru")
    assert figures(peru)[1:] == (38, 270)
    assert sorted({r.mission for r in peru}) == ["MINUSCA", "MONUSCO", "UNIFIL", "UNISFA", "UNMISS"]
    assert figures([r for r in peru if r.mission == "MINUSCA"])[2] == 255


@pytest.mark.archive
def test_wrapped_country_name() -> None:
    assert rows_of("2022_10", country="Democratic Republic of the Congo") == [
        Row("MINUSCA", "Democratic Republic of the Congo", "Staff Officer", 0, 0, 0, 3)
    ]


@pytest.mark.archive
def test_other_files_spot_figures() -> None:
    assert parsed("2021_02").totals[-1].line == "Grand Total 75255 5778 81033"
    assert figures(parsed("2025_07").rows) == (54915, 6212, 61127)
    assert parsed("2020_06").rows == parsed("2022_06").rows
    assert {r.country for r in parsed("2025_07").rows} >= {"Turkiye", "United Kingdom"}
    assert "Turkey" in {r.country for r in parsed("2022_01").rows}


# ranking spelling -> spelling printed in the 2022_01 report
RANKING_NAMES = {
    "Bolivia (Plurinational State of)": "Bolivia",
    "Czechia": "Czech Republic",
    "Côte d\u2019Ivoire": "Côte d'Ivoire",
    "Iran (Islamic Republic of)": "Iran",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
}


@pytest.mark.archive
def test_matches_official_ranking_2022_01() -> None:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in parsed("2022_01").rows:
        s = sums[r.country]
        s[0] += r.total
        s[1] += r.female
        s[2] += r.male
    with open(DATA / "contributions" / "ranking-2022-01-31.csv", encoding="utf-8-sig", newline="") as f:
        ranking = list(csv.DictReader(f))
    assert len(ranking) == 122 and len(sums) == 122
    for entry in ranking:
        name = RANKING_NAMES.get(entry["Contributing_Country"], entry["Contributing_Country"])
        expected = [int(entry[k]) for k in ("Total_Uniformed_Personnel", "Female_Personnel", "Male_Personnel")]
        assert sums[name] == expected, name
    assert sums["Peru"][0] == 230


class FakePdf:
    """Just enough of Pdf for parse(): pages of plain lines."""

    def __init__(self, *pages: list[str]):
        self.path = Path("fake.pdf")
        self.page_count = len(pages)
        self._pages = pages

    def lines(self, page: int) -> list[str]:
        return self._pages[page - 1]


HEADER = [
    "Contribution of Uniformed Personnel to UN ",
    "by Mission, Country, and Personnel Type",
    "As of: 30/06/2022",
    "Mission Country Personnel Type Male Female Total",
]


def test_unknown_personnel_type_is_an_error() -> None:
    pdf = FakePdf(HEADER + ["BINUH", "Benin Police Advisor 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"])
    with pytest.raises(ReportError) as err:
        layout.parse(pdf)  # type: ignore[arg-type]
    assert err.value.page == 1 and err.value.line == "Benin Police Advisor 2 0 2"


def test_missing_grand_total_is_an_error() -> None:
    pdf = FakePdf(HEADER + ["BINUH", "Benin Troops 2 0 2", "Total BINUH 2 0 2"])
    with pytest.raises(ReportError, match="no grand total"):
        layout.parse(pdf)  # type: ignore[arg-type]
