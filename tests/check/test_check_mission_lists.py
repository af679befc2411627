"""Sets K to N (each then measured): a country's figures listed by mission ("MONUSCO: 866", "UNFICYP 14 troops",
"seis en la MONUSCO y cuatro en la UNISFA") are its people in each mission, read so with a doubt where no personnel
word says what they count; and a figure in a place named before a later mission is not that mission's ("six officers
in Western Sahara and nine in UNIFIL": six was contradicted as UNIFIL's 9)."""

from __future__ import annotations

import pytest
from verdicts_of import sentences

from peacekeeping.check import verify

pytestmark = pytest.mark.archive

DATE = "2022-10-12"  # Peru, June 2022: 255 in MINUSCA, 6 in MONUSCO, 4 in UNISFA


def _missions(con, text: str, date: str = DATE) -> list[tuple]:
    return [
        (v.claim.value, v.claim.mission or v.claim.place, v.verdict)
        for v in verify.check(con, text, date).verdicts
        if v.claim.kind in ("mission_count", "type")
    ]


@pytest.mark.parametrize("text", sentences("mission_lists", "LISTED"))
def test_a_countrys_figures_listed_by_mission_are_its_people_there(full_con, text):
    assert _missions(full_con, text) == [
        (255, "MINUSCA", "supported"),
        (6, "MONUSCO", "supported"),
        (4, "UNISFA", "supported"),
    ]


def test_a_figure_in_a_place_before_a_later_mission_is_not_that_missions(full_con):
    text = "Kazakhstan currently has 15 peacekeepers: six officers in Western Sahara and nine in UNIFIL."
    assert _missions(full_con, text, "2022-07-15") == [(6, "ESH", "supported"), (9, "UNIFIL", "supported")]


@pytest.mark.parametrize("text", sentences("mission_lists", "WITH"))
def test_a_mission_then_with_and_a_figure_is_the_countrys_people_there(full_con, text):
    """Set H: "the United Nations Disengagement Observer Force (UNDOF) in Syria with 137 personnel" was read as the
    national total, and the figure after it ("and in UNMISS with 3") as the first mission's."""
    assert _missions(full_con, text) == [(255, "MINUSCA", "supported"), (6, "MONUSCO", "supported")]
