"""Issue 23, a kind seen on set BE (session of 2026-12-08), in en, fr, es: a clause that counts over the years
("Since 1988, 188,558 … have participated in 63 UN missions") joined to a figure whose own words date it to now
(", and 7,436 uniformed personnel are currently serving"): that figure is the country's strength, checked."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

TEXTS = [
    "Since 1988, 188,558 Bangladeshi peacekeepers have participated in 63 UN missions in 40 countries, and 7,436 "
    "uniformed personnel are currently serving in 13 countries.",
    "Depuis 1988, 188 558 Casques bleus bangladais ont servi dans 63 missions de l'ONU, et 7 436 Casques bleus sont "
    "actuellement déployés.",
    "Desde 1988, 188.558 cascos azules de Bangladesh han servido en 63 misiones de la ONU, y 7.436 sirven actualmente.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_figure_dated_now_after_a_count_over_the_years_is_the_strength(text):
    kinds = {c.value: (c.kind, c.doubt) for c in extract(text, None, published("2023-05-29"))}
    assert kinds[7436] == ("total", None)
    assert kinds[188558][0] == "other"


@pytest.mark.archive
@pytest.mark.parametrize("text", TEXTS)
def test_it_is_checked(full_con, text):
    """Bangladesh had 7,237 uniformed personnel in March 2023 and never 7,436 in the year before May 2023."""
    (v,) = [v for v in verify.check(full_con, text, "2023-05-29").verdicts if v.claim.value == 7436]
    assert (v.verdict, v.data) == ("contradicted", 7237), v.note


def test_a_figure_of_the_years_with_no_word_of_now_stays_over_the_years():
    text = "Since 1988, 188,558 Bangladeshi peacekeepers have served in 63 UN missions, and 7,436 have returned home."
    assert {c.value: c.kind for c in extract(text, None, published("2023-05-29"))}[7436] != "total"
