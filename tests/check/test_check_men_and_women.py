""" "980 men and women" counts everyone, not the women (issue 23: a total read as women on an unseen text), in each
language the checker reads; the women of a total stay women."""

from __future__ import annotations

import pytest

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Senegal currently deploys 980 men and women in six missions.",
        "Senegal has 980 male and female peacekeepers deployed.",
        "Le Sénégal compte 980 hommes et femmes déployés dans six missions.",
        "Senegal despliega actualmente 980 hombres y mujeres en seis misiones.",
    ],
)
def test_men_and_women_are_everyone(text):
    assert [(c.kind, c.value) for c in extract(text, None, WHEN) if c.value == 980] == [("total", 980)]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal deploys 980 personnel, 98 of them women.",
        "Le Sénégal déploie 980 militaires et policiers, dont 98 femmes.",
        "Senegal despliega 980 efectivos, entre ellos 98 mujeres.",
    ],
)
def test_the_women_of_a_total_stay_women(text):
    assert [(c.kind, c.value) for c in extract(text, None, WHEN) if c.value == 98] == [("women", 98)]
