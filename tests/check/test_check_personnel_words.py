"""Issue 23, kinds of missed figure seen on a set of published texts no rule was made from (set G), in en, fr, es:
'hommes', 'men', 'hombres' alone for personnel (not beside a count of women), a personnel subject several words
before its verb ('ces soldats et policiers présents sur ces fronts sont plus de 515'), a total after a rank ('la 9e
place avec un total de 2.446 personnes'), a women's rank 'among the countries that send the most women', and a rank
among 'Troops/Police Contributing Countries' (all of them)."""

from __future__ import annotations

import pytest

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2019-10-15")


def kinds(text: str) -> list[tuple[str, int]]:
    """(kind, value) of every claim but the missions named."""
    return [(c.kind, c.value) for c in extract(text, None, WHEN) if c.kind != "mission"]


@pytest.mark.parametrize(
    "text",
    [
        "Benin currently has 931 men deployed in UN missions.",
        "Le Bénin compte actuellement, en termes d'effectifs, 931 hommes en mission.",
        "Benín cuenta actualmente con 931 hombres en misiones de la ONU.",
    ],
)
def test_men_alone_are_personnel(text):
    assert kinds(text) == [("total", 931)]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal has 1,295 personnel there, 1,207 men and 88 women.",
        "Le Sénégal y compte 1.295 personnes dont 1.207 hommes et 88 femmes.",
        "Senegal tiene allí 1.295 efectivos, 1.207 hombres y 88 mujeres.",
    ],
)
def test_men_beside_a_count_of_women_are_no_total(text):
    assert ("total", 1207) not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Beninese soldiers and police officers present on these different fronts are more than 515.",
        "Ces soldats et policiers béninois présents sur ces différents fronts sont plus de 515.",
        "Los soldados y policías benineses presentes en estos distintos frentes son más de 515.",
    ],
)
def test_a_personnel_subject_some_words_before_its_verb_counts_personnel(text):
    assert kinds(text) == [("total", 515)]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal ranks 9th with a total of 2,446 personnel.",
        "Le Sénégal occupe la 9e place avec un total de 2.446 personnes.",
        "Senegal ocupa el 9.º puesto con un total de 2.446 efectivos.",
    ],
)
def test_a_total_after_a_rank_is_the_countrys_not_a_number_of_countries(text):
    assert kinds(text)[1] == ("total", 2446)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nepal has risen to the first place among the countries that send the most women.", "rank_women"),
        ("Le Népal est au premier rang parmi les pays qui envoient le plus de femmes.", "rank_women"),
        ("Indonesia is in the 10th position among Troops/Police Contributing Countries.", "rank"),
    ],
)
def test_a_rank_among_all_countries_is_no_partial_rank(text, kind):
    assert kinds(text)[0][0] == kind
