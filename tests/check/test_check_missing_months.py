"""Issue 23, kinds seen on set BI and on the months of sets BE to BL (session of 2026-12-08), in en, fr, es: a figure
that lies between the reports either side of a month the store lacks, among the reports the text may have used, may
have held in that month (China's "2 720" of July 2015: 2,370 in February, 2,899 in April, no March report); and a text
none of whose figures holds in any report it may have used is read against the newest of them, said so, not against
all of them "equally"."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify

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
