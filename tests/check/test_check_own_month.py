"""Issue 23: a strength whose sentence names its own month ("reached 2,809 in March 2016", a text of August 2017)
is checked in that month, not in the month chosen for the text; a month without a report makes it not checkable,
saying which; a period's start ("since March 2016") is no such month; in en, fr and es."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.wording.check_notes import say

pytestmark = pytest.mark.archive

DATE = "2017-08-05"  # Egypt: 2,880 in April 2016; 2016-03 has no report in the archive


def _egypt(con, text: str) -> verify.Verdict:
    (v,) = [v for v in verify.check(con, text, DATE).verdicts if v.claim.subject == "EGY" and v.claim.kind == "total"]
    return v


@pytest.mark.parametrize(
    "text",
    [
        "Egypt had 2,880 peacekeepers in April 2016.",
        "L'Égypte comptait 2 880 Casques bleus en avril 2016.",
        "Egipto tenía 2.880 efectivos en abril de 2016.",
    ],
)
def test_a_figure_of_the_month_its_sentence_names_is_checked_there(full_con, text):
    v = _egypt(full_con, text)
    assert (v.verdict, v.data, v.source["as_of"]) == ("supported", 2880, "2016-04-30"), v.note
    assert v.note.startswith("checked in 2016-04, the month its sentence names ('")


def test_a_figure_wrong_in_the_month_its_sentence_names_is_contradicted_there(full_con):
    v = _egypt(full_con, "Egypt had 2,809 peacekeepers in April 2016.")
    assert (v.verdict, v.data) == ("contradicted", 2880), v.note
    said = "comprobada en abril de 2016, el mes que nombra su frase («April 2016»); los datos dicen 2.880"
    assert say(v.note, "es") == said


def test_a_month_with_no_report_is_said(full_con):
    v = _egypt(full_con, "The total number of contributed Egyptian personnel reached 2,809 in March 2016.")
    assert v.verdict == "not checkable"
    assert v.note == "not checkable: no report covers 2016-03, the month its sentence names ('March 2016')"
    assert "aucun rapport ne couvre mars 2016, le mois que nomme sa phrase" in say(v.note, "fr")


def test_a_period_that_starts_in_a_month_is_not_the_figures_month(full_con):
    v = _egypt(full_con, "Since April 2016, Egypt has had 2,809 peacekeepers deployed.")
    assert "the month its sentence names" not in v.note


@pytest.mark.parametrize(
    "text",
    [
        "As of 30 June 2017, Egypt had 3,000 peacekeepers deployed, compared with 2,880 in April 2016.",
        "Au 30 juin 2017, l'Égypte comptait 3 000 soldats, comparativement aux 2 880 membres actifs en avril 2016.",
        "Al 30 de junio de 2017, Egipto tenía 3.000 efectivos, frente a 2.880 en abril de 2016.",
    ],
)
def test_a_sentence_naming_two_months_dates_each_figure_by_its_own_part(full_con, text):
    by_value = {v.claim.value: v for v in verify.check(full_con, text, DATE).verdicts if v.claim.subject == "EGY"}
    assert (by_value[2880].verdict, by_value[2880].source["as_of"]) == ("supported", "2016-04-30"), by_value[2880].note
    assert "the month its sentence names" not in by_value[3000].note
