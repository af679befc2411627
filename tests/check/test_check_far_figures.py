"""Precision first (issue 23): a figure more than twice apart from each of the data's readings of it counted, in
published texts no one developed on, another fact (one mission, a part, another period or another body) far more
often than a figure the text got wrong; it is not checkable, saying so in every language, while a near miss is
still contradicted."""

from __future__ import annotations

import pytest
from verdicts_of import sentences

from peacekeeping.check import verify
from peacekeeping.wording.check_notes import say

pytestmark = pytest.mark.archive

DATE = "2022-10-12"  # Peru's figures of the month the text must have used: 270 personnel, 38 women, 48th
FAR = sentences("far_figures", "FAR")
NEAR = sentences("far_figures", "NEAR")


def _verdict(con, text: str, value: int) -> verify.Verdict:
    (v,) = [v for v in verify.check(con, text, DATE).verdicts if v.claim.subject == "PER" and v.claim.value == value]
    return v


@pytest.mark.parametrize(("text", "value"), FAR)
def test_a_figure_more_than_twice_apart_from_the_data_is_not_contradicted(full_con, text, value):
    v = _verdict(full_con, text, value)
    assert v.verdict == "not checkable", (v.verdict, v.note)
    assert "are more than twice apart: it may count something else" in v.note, v.note


@pytest.mark.parametrize(("text", "value"), NEAR)
def test_a_near_miss_is_still_contradicted(full_con, text, value):
    v = _verdict(full_con, text, value)
    assert v.verdict == "contradicted", (v.verdict, v.note)


def test_the_doubt_is_said_in_spanish_and_french(full_con):
    v = _verdict(full_con, FAR[0][0], 27)
    assert say(v.note, "en").startswith("ambiguous: '27' and the reports' 270 are more than twice apart")
    assert "«27» y la cifra de los informes (270) difieren en más del doble" in say(v.note, "es")
    assert "«\u202f27\u202f» et le chiffre des rapports (270) diffèrent de plus du double" in say(v.note, "fr")


def test_a_figure_far_from_one_counting_rule_but_near_another_is_contradicted(full_con):
    """Mali's dead from 2006 to May 2023: 3 uniformed and international, 20 with local staff; 12 is near the second."""
    text = "Since 2006, 12 Malian peacekeepers have lost their lives."
    (v,) = [v for v in verify.check(full_con, text, "2023-05-29").verdicts if v.claim.kind == "fatalities"]
    assert (v.verdict, v.data) == ("contradicted", 3), v.note
