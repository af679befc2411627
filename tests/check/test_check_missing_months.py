"""Issue 23, kinds seen on set BI and on the months of sets BE to BL (session of 2026-12-08), in en, fr, es: a figure
that lies between the reports either side of a month the store lacks, among the reports the text may have used, may
have held in that month (China's "2 720" of July 2015: 2,370 in February, 2,899 in April, no March report); and a text
none of whose figures holds in any report it may have used is read against the newest of them, said so, not against
all of them "equally"; a sentence that opens with a month years before the text ("In March 1992, …") is history, not
the text's month."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.periods import published, stated_month

BETWEEN = [
    "Currently, 2,720 Chinese peacekeepers are deployed in UN missions.",
    "Actuellement, 2 720 casques bleus chinois sont déployés dans les missions de l'ONU.",
    "Actualmente, 2.720 cascos azules chinos están desplegados en misiones de la ONU.",
]


@pytest.mark.archive
@pytest.mark.parametrize("text", BETWEEN)
def test_a_figure_between_the_reports_around_a_missing_month_is_not_checkable(full_con, text):
    (v,) = verify.check(full_con, text, "2015-07-03").verdicts
    assert v.verdict == "not checkable", v.note
    assert v.note.key == "missing_between" and v.note.values["later"] == "2015-03"


@pytest.mark.archive
@pytest.mark.parametrize(
    "text", [t.replace("2,720", "3,720").replace("2 720", "3 720").replace("2.720", "3.720") for t in BETWEEN]
)
def test_a_figure_outside_them_is_still_contradicted(full_con, text):
    (v,) = verify.check(full_con, text, "2015-07-03").verdicts
    assert v.verdict == "contradicted", v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Nepal currently has 9,999 peacekeepers in UN missions.",
        "Le Népal compte actuellement 9 999 Casques bleus dans les missions de l'ONU.",
        "Nepal tiene actualmente 9.999 cascos azules en misiones de la ONU.",
    ],
)
def test_a_text_whose_figures_hold_nowhere_is_read_against_the_newest_report(full_con, text):
    result = verify.check(full_con, text, "2021-06-29")
    assert (result.month["month"], result.reference["tied"]) == ("2021-04", ["2021-04"])
    assert result.reference["note"].key == "newest"
    (v,) = result.verdicts
    assert v.verdict == "contradicted", v.note


@pytest.mark.archive
def test_a_text_whose_figures_hold_in_several_reports_names_them_all(full_con):
    result = verify.check(full_con, "Nepal contributes to 14 UN missions.", "2021-06-29")
    assert result.reference["tied"] == ["2021-04", "2021-03", "2021-02"]


@pytest.mark.parametrize(
    "text",
    [
        "In March 1992, Canada's 1,043 personnel were more than any other country's. Canada now ranks 67th.",
        "En mars 1992, les 1 043 Casques bleus canadiens étaient plus nombreux que ceux de tout autre pays.",
        "En marzo de 1992, los 1.043 efectivos de Canadá eran más que los de cualquier otro país.",
    ],
)
def test_a_sentence_opening_with_a_month_years_before_the_text_is_history_not_its_month(text):
    """Set BL: "In March 1992, …" in a text of April 2017 made every figure of the text March 1992's."""
    assert stated_month(text, published("2017-04-15")) is None


@pytest.mark.parametrize(
    "text",
    [
        "In March 2017, Canada ranked 67th among contributors.",
        "En mars 2017, le Canada se plaçait au 67e rang des contributeurs.",
        "En marzo de 2017, Canadá ocupaba el puesto 67 entre los contribuyentes.",
    ],
)
def test_a_sentence_opening_with_a_month_of_the_year_before_is_the_texts_month(text):
    assert stated_month(text, published("2017-04-15")).month == "2017-03"
