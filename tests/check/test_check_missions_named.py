"""Issue 23, kinds of missed figure seen on a set of published texts no rule was made from (set G): a contingent whose
mission (or host country) is named after it with words the checker does not take for a link ('ont rejoint les rangs
de la Minusca', 'are deputed in the Central African Republic'), a mission's figure in brackets after the mission and
its place ('UNAMID in Darfur Sudan (150 personnel)'), and a data month the text states with its source ('datos de la
ONU de octubre de 2020') more than a year before publication. Exact figures of the archive, en, fr, es."""

from __future__ import annotations

import pytest
from verdicts_of import chosen

pytestmark = pytest.mark.archive


def read(con, text: str, date: str) -> list[tuple]:
    """(kind, value, subject, mission or host country, verdict) of the text's figures."""
    return [
        (v.claim.kind, v.claim.value, v.claim.subject, v.claim.mission or v.claim.place, v.verdict)
        for v in chosen(con, text, date, lambda v: v.claim.kind not in ("mission", "missions"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As of 31 August 2016, 760 Moroccan soldiers were active within the ranks of MINUSCA.",
        "Selon les chiffres de l'ONU au 31 août 2016, 760 soldats marocains ont rejoint les rangs de la Minusca.",
        "Al 31 de agosto de 2016, 760 soldados marroquíes se sumaron a las filas de la MINUSCA.",
    ],
)
def test_a_contingent_whose_mission_is_named_after_it_is_that_missions(full_con, text):
    assert read(full_con, text, "2017-01-05") == [("mission_count", 760, "MAR", "MINUSCA", "supported")]


def test_a_contingent_whose_host_country_is_named_after_it_is_that_missions(full_con):
    text = "As of June 2017, another 1,136 Pakistani soldiers are deputed in the Central African Republic."
    assert read(full_con, text, "2017-09-18") == [("mission_count", 1136, "PAK", "CAF", "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "Based on UN data as of October 2020, Indonesia serves in UNIFIL in Lebanon (1,254 personnel) and UNAMID in "
        "Darfur Sudan (150 personnel).",
        "D'après les données de l'ONU d'octobre 2020, l'Indonésie sert à la FINUL au Liban (1 254 personnels) et à la "
        "MINUAD au Darfour Soudan (150 personnels).",
        "Según datos de la ONU de octubre de 2020, Indonesia sirve en la FPNUL en el Líbano (1.254 efectivos) y en la "
        "UNAMID en Darfur Sudán (150 efectivos).",
    ],
)
def test_figures_in_brackets_after_a_mission_and_its_place_are_the_missions_of_a_stated_month(full_con, text):
    assert read(full_con, text, "2021-12-09") == [
        ("mission_count", 1254, "IDN", "UNIFIL", "supported"),
        ("mission_count", 150, "IDN", "UNAMID", "supported"),
    ]
