"""Layout "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type"."""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import partial

import pytest
from conftest import DATA, parse_with
from fixtures.plain_pdf import PlainPdf

from peacekeeping.errors import ReportError
from peacekeeping.sources.reports import uniformed_by_mission as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

# printed dates and row counts: test_archive_reports.py
parsed = partial(parse_with, layout)


def rows_of(label: str, **scope: str) -> list[Row]:
    return [r for r in parsed(label).rows if all(getattr(r, k) == v for k, v in scope.items())]


def figures(rows: list[Row]) -> tuple[int, int, int]:
    return sum(r.male for r in rows), sum(r.female for r in rows), sum(r.total for r in rows)


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


HEADER = [
    "Contribution of Uniformed Personnel to UN ",
    "by Mission, Country, and Personnel Type",
    "As of: 30/06/2022",
    "Mission Country Personnel Type Male Female Total",
]


def test_unknown_personnel_type_is_an_error() -> None:
    pdf = PlainPdf(HEADER + ["BINUH", "Benin Police Advisor 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"])
    with pytest.raises(ReportError) as err:
        layout.parse(pdf)  # type: ignore[arg-type]
    assert err.value.page == 1 and err.value.line == "Benin Police Advisor 2 0 2"


def test_missing_grand_total_is_an_error() -> None:
    pdf = PlainPdf(HEADER + ["BINUH", "Benin Troops 2 0 2", "Total BINUH 2 0 2"])
    with pytest.raises(ReportError, match="no grand total"):
        layout.parse(pdf)  # type: ignore[arg-type]
