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


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia ranked 27th for most uniformed personnel sent on UN missions, at 781, and 12th for women, at 119.",
        "Le Cambodge est 27e pour le personnel en tenue envoyé, avec 781, et 12e pour les femmes, avec 119.",
        "Camboya ocupa el puesto 27 por el personal uniformado, con 781, y el puesto 12 por las mujeres, con 119.",
    ],
)
def test_a_figure_at_a_rank_is_what_the_rank_ranks(text):
    assert [k for k in kinds(text) if k[1] in (781, 119)] == [("total", 781), ("women", 119)]


@pytest.mark.parametrize(
    "text",
    [
        "The top contributors were Bangladesh (6,693) and Pakistan (4,123), while the same for women were Rwanda (487) "
        "and Ghana (431).",
        "Les premiers contributeurs étaient le Bangladesh (6 693) et le Pakistan (4 123), et pour les femmes le Rwanda "
        "(487) et le Ghana (431).",
        "Los mayores contribuyentes fueron Bangladesh (6.693) y Pakistán (4.123), y para las mujeres Ruanda (487) y "
        "Ghana (431).",
    ],
)
def test_a_list_in_brackets_after_a_women_word_counts_each_countrys_women(text):
    found = [(c.kind, c.value, c.subject) for c in extract(text, None, WHEN) if c.value in (487, 431)]
    assert found == [("women", 487, "RWA"), ("women", 431, "GHA")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pakistan is in the fifth spot with 4,164 troops.", "rank"),
        ("As regards women, Uruguay is on the podium at number 24.", "rank_women"),
        ("Pour ce qui est des femmes, l'Uruguay occupe la 24e place.", "rank_women"),
        (
            "En lo que tiene que ver con la participación de las mujeres, Uruguay se encuentra en el podio número 24.",
            "rank_women",
        ),
    ],
)
def test_a_spot_or_a_podium_is_a_rank_and_a_womens_topic_makes_it_theirs(text, kind):
    assert kinds(text)[0][0] == kind
