"""A text that says which month its figures are of ("UN figures for March 2024", "les chiffres de mars 2024",
"March 2024 data") is checked against that month: a figure of another month is stale, and the text is told so."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.periods import published, stated_month

WHEN = published("2024-05-01")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("according to UN figures for March 2024, Nepal has 6,124 personnel", "2024-03"),
        ("UN data from February 2024 show", "2024-02"),
        ("statistics for the month of January 2024", "2024-01"),
        ("March 2024 figures put Nepal first", "2024-03"),
        ("selon les chiffres de mars 2024, le Népal", "2024-03"),
        ("selon les données du mois de février 2024", "2024-02"),
        ("según las cifras de marzo de 2024, Nepal", "2024-03"),
        ("según datos de febrero de 2024", "2024-02"),
        ("figures for March show", "2024-03"),  # no year: the latest March not after publication
    ],
)
def test_figures_of_a_month_state_the_month(text, month):
    assert stated_month(text, WHEN).month == month


@pytest.mark.parametrize(
    "text",
    ["The figures for peacekeeping are published monthly.", "Data for may be missing", "data of the missions"],
)
def test_figures_without_a_month_state_none(text):
    assert stated_month(text, WHEN) is None


@pytest.mark.archive
def test_a_figure_of_another_month_than_the_one_stated_is_stale(full_con):
    text = (
        "Nepal is the largest contributor of peacekeepers, with 6,247 troops and police, according to UN figures for "
        "March 2024."
    )
    result = verify.check(full_con, text, "2024-05-01")
    assert result.month["month"] == "2024-03" and "the month the text states ('figures for March 2024')" in (
        result.message
    )
    total = next(v for v in result.verdicts if v.claim.kind == "total")
    assert (total.verdict, total.data, total.note) == (
        "stale",
        6124,
        "stale: held in 2023-11; in 2024-03 the data says 6,124",
    )
