"""The 2019-10 layout: a country x mission matrix of male/female pairs per personnel type."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from conftest import REPORTS, parse_with, rows_in

from peacekeeping.sources.pdftext import Pdf
from peacekeeping.sources.reports import country_matrix as layout
from peacekeeping.sources.reports.model import PrintedTotal, Row

LABEL = "2019_10"  # its row count and reconciliation: test_archive_reports.py
parsed = partial(parse_with, layout, LABEL)


@pytest.mark.archive
def test_as_of_falls_back_to_the_month_before_creation() -> None:
    # no date is printed; the PDF was created on 2019-11-28
    assert parsed().as_of == dt.date(2019, 10, 31)
    assert parsed().as_of_source == "pdf-creation-date"


@pytest.mark.archive
def test_rows_per_column_pair_without_empty_cells() -> None:
    rows = parsed().rows
    assert Row("UNMISS", "Albania", "MSO", 0, 2, 2, 1) in rows
    assert Row("UNFICYP", "Argentina", "Troops", 211, 23, 234, 1) in rows
    assert Row("UNFICYP", "Argentina", "MSO", 6, 3, 9, 1) in rows
    assert rows_in(rows, "Argentina", "UNFICYP") == [
        Row("UNFICYP", "Argentina", "Troops", 211, 23, 234, 1),
        Row("UNFICYP", "Argentina", "MSO", 6, 3, 9, 1),
    ]
    assert all(r.total > 0 for r in rows)
    # a name wrapped over four lines
    assert Row("UNIFIL", "The former Yugoslav Republic of Macedonia", "Troops", 2, 0, 2, 37) in rows
    # one mission printed on two lines (police, then experts and staff)
    assert Row("UNAMID", "Zambia", "UNPOL", 17, 13, 30, 41) in rows
    assert Row("UNAMID", "Zambia", "MSO", 3, 2, 5, 41) in rows


@pytest.mark.archive
def test_printed_totals_per_type() -> None:
    totals = parsed().totals
    line = "Total by Country 6 0 211 23 18 9 0 0 8 3"
    assert PrintedTotal(1, line, 234, 211, 23, country="Argentina", personnel_type="Troops") in totals
    assert PrintedTotal(1, line, 0, 0, 0, country="Argentina", personnel_type="FPU") in totals
    grand = [t for t in totals if t.country is None]
    assert [(t.personnel_type, t.male, t.female, t.total) for t in grand] == [
        ("UNMEM", 1068, 216, 1284),
        ("Troops", 69109, 3345, 72454),
        ("UNPOL", 1720, 647, 2367),
        ("FPU", 6034, 758, 6792),
        ("MSO", 1767, 304, 2071),
    ]
    assert sum(r.total for r in parsed().rows) == 84968
    assert len({r.country for r in parsed().rows}) == 119
    assert len(totals) == 5 * (119 + 1)  # per country and the grand total


@pytest.mark.archive
@pytest.mark.parametrize(
    "created, as_of", [("D:20200115", dt.date(2019, 12, 31)), ("D:20191128224429-05'00'", dt.date(2019, 10, 31))]
)
def test_creation_date_fallback(created: str, as_of: dt.date, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Pdf, "metadata", lambda self: {"CreationDate": created})
    with Pdf(REPORTS / f"UN_country_contributions_{LABEL}.pdf") as pdf:
        assert layout.parse(pdf).as_of == as_of
