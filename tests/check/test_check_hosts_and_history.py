"""Issue 23, kinds of false contradiction seen on sets AD to AH of published texts (session of 2026-12-07, the
eleventh), in en, fr, es: a mission named beside its host country (no contribution), a rank "since inception", the
dead of a mission named in their clause, a world count in a sentence of history, a rank of women in a month whose
split by sex is withheld, and another candidate month that cannot tell a figure."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.periods import published

pytestmark = pytest.mark.archive


@pytest.mark.parametrize(
    "text",
    [
        "The commander appreciated the support of UNMISS leadership, the government of South Sudan and friendly "
        "contingents.",
        "Le commandant a salué le soutien de la MINUSS et du gouvernement du Soudan du Sud.",
        "El comandante agradeció el apoyo de la UNMISS y del gobierno de Sudán del Sur.",
    ],
)
def test_a_mission_beside_its_host_country_is_no_contribution(full_con, text):
    (v,) = verify.check(full_con, text, "2022-05-29").verdicts
    assert (v.claim.subject, v.verdict) == ("SSD", "not checkable"), v.note
    assert "UNMISS is in this country: its host" in v.note


@pytest.mark.parametrize(
    "text",
    [
        "India has been the largest troop contributor to UN missions since inception.",
        "L'Inde est le premier contributeur de troupes aux missions de l'ONU depuis leur création.",
        "India ha sido el mayor contribuyente de tropas a las misiones de la ONU desde su creación.",
    ],
)
def test_a_rank_since_inception_is_over_the_years(text):
    assert doubts(text, 1, published("2023-02-10"), "IND") == ["doubt_rank_over_time"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1992 and 1993, 15,000 UNTAC troops from 45 countries served in Cambodia, and 82 UNTAC forces from 27 "
        "countries lost their lives.",
        "En 1992 et 1993, 15 000 soldats de l'APRONUC venus de 45 pays ont servi au Cambodge ; 82 sont morts.",
        "En 1992 y 1993, 15.000 soldados de la APRONUC de 45 países sirvieron en Camboya; 82 murieron.",
    ],
)
def test_the_dead_of_a_mission_named_in_their_clause_are_no_worlds_toll(full_con, text):
    """Read as the world's deaths (in 1992-1993 the register has 58-59 a year), the figures are that mission's."""
    found = [v for v in verify.check(full_con, text, "2023-05-29").verdicts if v.claim.kind == "global_fatalities"]
    assert found and all(v.verdict != "contradicted" for v in found), [(v.claim.text, v.note) for v in found]


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia first emerged on the contribution list in 2002 and ranked 82nd out of 89 countries.",
        "La Mongolie est apparue sur la liste des contributeurs en 2002, 82e sur 89 pays.",
        "Mongolia apareció en la lista de contribuyentes en 2002, en el puesto 82 de 89 países.",
    ],
)
def test_a_world_count_in_a_sentence_of_history_is_history(text):
    assert doubts(text, 89, published("2021-11-15")) == ["doubt_past"]


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia is presently ranked 17th out of 120 countries on women participation.",
        "Le Cambodge est le 17e pays contributeur de femmes.",
        "Camboya ocupa el puesto 17 entre los países que más mujeres aportan.",
    ],
)
def test_a_rank_of_women_in_a_month_whose_split_by_sex_is_withheld_is_unknown(full_con, text):
    """August 2020's split by sex is withheld: a text of October 2020 may have used it, and it ranks no women."""
    (v,) = [v for v in verify.check(full_con, text, "2020-10-28").verdicts if v.claim.kind == "rank_women"]
    assert v.verdict == "not checkable", v.note
    assert "the report of 2020-08, which the text may have used, cannot tell it" in v.note
    assert "its split by sex is wrong, so it ranks no women" in v.note


@pytest.mark.parametrize(
    "text",
    [
        "Four Dutch soldiers have died in the mission, two in a 2015 helicopter crash.",
        "Quatre soldats néerlandais sont morts dans la mission.",
        "Cuatro soldados neerlandeses murieron en la misión.",
    ],
)
def test_the_dead_of_the_mission_are_that_missions(text):
    assert doubts(text, 4, published("2018-06-01"), "NLD") == ["doubt_deaths_one_mission"]
