"""Issue 23, tolls seen on a set of published texts no rule was made from (set G), in en, fr, es: 'since the first
peacekeepers were deployed in 1948' is since 1948 (it was read as the deaths of 1948), 'ont donné leur vie' and
'given their lives' are deaths (and, from sets K and L, 'han fallecido', 'ofrendaron su vida'), and the dead of one
cause ('killed in malicious attacks') are not the whole toll."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2016-05-26")


def tolls(text: str) -> list[tuple]:
    """(kind, value, since, doubt's key) of the text's tolls."""
    return [
        (c.kind, c.value, c.since, getattr(c.doubt, "key", None))
        for c in extract(text, "IND", WHEN)
        if c.kind in ("fatalities", "global_fatalities")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since the first UN peacekeepers were deployed in 1948, more than 3,400 peacekeepers have lost their lives.",
        "Depuis le déploiement des premiers Casques bleus en 1948, plus de 3 400 Casques bleus ont perdu la vie.",
        "Desde que se desplegaron los primeros cascos azules en 1948, más de 3.400 cascos azules han perdido la vida.",
    ],
)
def test_since_an_event_of_1948_counts_since_1948(text):
    assert [(kind, value, since) for kind, value, since, _ in tolls(text)] == [("global_fatalities", 3400, None)]


@pytest.mark.parametrize(
    "text",
    [
        "India honours the 168 Indian peacekeepers who have given their lives since 1948.",
        "L'Inde honore les 168 Casques bleus indiens qui ont donné leur vie depuis 1948.",
        "India honra a los 168 cascos azules indios que han dado su vida desde 1948.",
    ],
)
def test_given_their_lives_are_deaths(text):
    assert [(kind, value) for kind, value, _, _ in tolls(text)] == [("fatalities", 168)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2018, 3 Indian peacekeepers were killed in malicious attacks.",
        "En 2018, 3 Casques bleus indiens ont été tués dans des attaques délibérées.",
        "En 2018, 3 cascos azules indios murieron en ataques deliberados.",
    ],
)
def test_the_dead_of_one_cause_are_not_the_whole_toll(text):
    assert [key for *_, key in tolls(text)] == ["doubt_deaths_cause"]


@pytest.mark.parametrize(
    "text",
    [
        "Más de 3.400 cascos azules han fallecido desde 1948.",
        "Rindió tributo a los más de 3.400 cascos azules que ofrendaron su vida en esa labor.",
        "Más de 3.400 personas en las misiones han perdido sus vidas.",
    ],
)
def test_spanish_words_of_the_dead_make_a_toll(text):
    """Sets K and L: 'han fallecido', 'ofrendaron su vida', 'han perdido sus vidas' were read as personnel."""
    assert [(kind, value) for kind, value, _, _ in tolls(text)] == [("global_fatalities", 3400)]


@pytest.mark.parametrize(
    "text",
    [
        "The UN honours the more than 4,000 peacekeepers who have lost their lives since 1948. Among them were 160 "
        "Indian peacekeepers.",
        "L'ONU honore les plus de 4 000 Casques bleus qui ont perdu la vie depuis 1948. Parmi eux figurent 160 "
        "Indiens.",
        "La ONU honra a los más de 4.000 cascos azules que han perdido la vida desde 1948. Entre ellos, 160 indios.",
    ],
)
def test_a_countrys_share_of_the_worlds_dead_is_its_toll(text):
    """Sets K and L: "Among them were 170 Pakistani peacekeepers", "Parmi eux figurent 113 Français", after the
    world's dead, are the country's dead (they were read as its personnel, in doubt)."""
    assert [(kind, value) for kind, value, _, _ in tolls(text)] == [("global_fatalities", 4000), ("fatalities", 160)]


def test_the_women_among_a_countrys_personnel_are_no_toll():
    assert tolls("India has 5,500 peacekeepers. Of these, 150 are women.") == []


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "date", "data"),
    [
        (
            "More than 3,800 military, police and civilian peacekeepers have lost their lives since the United Nations "
            "deployed the first of its 72 peacekeeping missions back in 1948.",
            "2019-05-25",
            3852,
        ),
        ("The UN honours the more than 4,300 Blue Helmets who lost their lives over its history.", "2024-05-31", 4382),
    ],
)
def test_the_worlds_dead_since_1948_hold(full_con, text, date, data):
    """Set M: "since … the first of its 72 … missions back in 1948" was read as the deaths of 1948 (a number among the
    words of the event); the dead "Blue Helmets" were counted as uniformed personnel only, and a later report without
    a breakdown made the toll not checkable (a toll is no report's)."""
    (v,) = [v for v in verify.check(full_con, text, date).verdicts if v.claim.kind.endswith("fatalities")]
    assert (v.claim.kind, v.claim.since, v.verdict, v.data) == ("global_fatalities", None, "bound holds", data), v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "At least 26 peacekeepers died in attacks in 2018. The others were from Burkina Faso (3), Burundi (2) and "
        "Niger (1).",
        "Au moins 26 Casques bleus ont été tués dans des attaques en 2018. Les autres venaient du Burkina Faso (3), "
        "du Burundi (2) et du Niger (1).",
        "Al menos 26 cascos azules murieron en ataques en 2018. Los demás eran de Burkina Faso (3), Burundi (2) y "
        "Níger (1).",
    ],
)
def test_a_list_of_countries_after_a_toll_is_their_dead_with_a_doubt(full_con, text):
    """Sets K, M, N: "Burkina Faso (3)", "cuatro de Chad" after a toll were read as each country's personnel; they
    are its dead over the toll's period, with a doubt (the list may count one cause only): supported or not
    checkable, never contradicted."""
    found = [
        (v.claim.subject, v.claim.value, v.claim.since, v.claim.until, v.verdict)
        for v in verify.check(full_con, text, "2019-02-02").verdicts
        if v.claim.kind == "fatalities"
    ]
    assert [f[:4] for f in found] == [
        ("BFA", 3, "2018-01-01", "2018-12-31"),
        ("BDI", 2, "2018-01-01", "2018-12-31"),
        ("NER", 1, "2018-01-01", "2018-12-31"),
    ]
    assert [f[4] for f in found] == ["not checkable", "supported", "supported"]  # Burkina Faso: 5 dead in 2018


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso has lost 27 soldiers since 1948.",
        "Le Burkina Faso a perdu 27 soldats depuis 1948.",
        "Burkina Faso ha perdido 27 soldados desde 1948.",
    ],
)
def test_a_country_that_lost_soldiers_counts_its_dead(text):
    """Set M: "a perdu 27 hommes" was read as Burkina Faso's personnel."""
    assert [(c.kind, c.value, c.subject) for c in extract(text, None, WHEN)] == [("fatalities", 27, "BFA")]


@pytest.mark.parametrize(
    "text",
    [
        "Of the peacekeepers who died in 2021, eight were from Togo, four from Chad and three from Egypt.",
        "Parmi les Casques bleus morts en 2021, huit venaient du Togo, quatre du Tchad et trois d'Égypte.",
        "Ocho cascos azules que murieron en 2021 eran de Togo, cuatro de Chad y tres de Egipto.",
    ],
)
def test_figures_from_countries_in_a_sentence_of_deaths_are_their_dead(text):
    """Set N: "cuatro de Chad, tres de Costa de Marfil" were read as no fact at all."""
    found = [(c.subject, c.value, c.since) for c in extract(text, None, WHEN) if c.kind == "fatalities"]
    assert found[-2:] == [("TCD", 4, "2021-01-01"), ("EGY", 3, "2021-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Since 1948, the death total is nearly 3,500.",
        "Depuis 1948, le nombre de morts atteint près de 3 500.",
        "Desde 1948, la cifra de muertos es de casi 3.500.",
    ],
)
def test_a_death_total_is_the_worlds_toll(text):
    """Set Q: "the death total is nearly 3,500" was read as no fact."""
    assert [(c.kind, c.value) for c in extract(text, None, WHEN)] == [("global_fatalities", 3500)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Two Indian peacekeepers were honoured posthumously with a UN medal.", 2015),
        ("Deux Casques bleus indiens ont reçu à titre posthume la médaille Dag Hammarskjöld.", 2015),
        ("Dos cascos azules indios recibieron a título póstumo la medalla Dag Hammarskjöld en 2016.", 2015),
        ("Two Indian peacekeepers who lost their lives last year were honoured at the ceremony.", 2015),
        ("Two Indian peacekeepers who lost their lives in 2014 were posthumously awarded the medal.", 2014),
    ],
)
def test_the_dead_a_posthumous_medal_honours_are_those_of_the_year_before(text, year):
    (toll,) = [c for c in extract(text, "IND", WHEN) if c.value == 2]
    assert (toll.kind, toll.since, toll.until) == ("fatalities", f"{year}-01-01", f"{year}-12-31")
    assert toll.doubt.key == "doubt_honoured"


def test_a_medal_without_death_or_posthumous_word_counts_no_dead():
    assert [c.kind for c in extract("Two Indian peacekeepers were awarded UN medals.", "IND", WHEN)] == ["other"]


@pytest.mark.archive
@pytest.mark.parametrize(("figure", "verdict"), [("Two", "supported"), ("Nine", "not checkable")])
def test_a_posthumous_medals_dead_are_checked_in_the_year_before_never_contradicted(full_con, figure, verdict):
    text = f"{figure} Indian peacekeepers were honoured posthumously with a UN medal."
    (v,) = verify.check(full_con, text, "2017-05-26").verdicts
    assert (v.verdict, v.data) == (verdict, 2), v.note  # the register: two Indian dead in 2016
