"""Issue 23: the dead of one day read as the country's toll, probed with made-up sentences in the style of news
reports (en, fr, es): "Two Chinese peacekeepers were killed on Sunday, bringing to 18 the number … killed since
1990" is two deaths of one attack; the words of the toll after it ("since 1990") are the toll's, not theirs. The day's
dead are never contradicted; the toll beside them stays the country's."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-06-15")

EVENTS = [
    "Two Chinese peacekeepers were killed on Sunday, bringing to 18 the number of Chinese peacekeepers killed since "
    "1990.",
    "Two Chinese peacekeepers were killed on 10 July during fighting in Juba, bringing the number of fallen Chinese "
    "peacekeepers to 18 since 1990.",
    "Two Chinese peacekeepers were killed, bringing to 18 the number of Chinese peacekeepers killed since 1990.",
    "Two Chinese peacekeepers were killed Sunday in an ambush; China has lost 18 peacekeepers since 1990.",
    "Deux Casques bleus chinois ont été tués dimanche, ce qui porte à 18 le nombre de Casques bleus chinois morts "
    "depuis 1990.",
    "Deux Casques bleus chinois ont été tués, portant à 18 le nombre de Casques bleus chinois morts depuis 1990.",
    "Dos cascos azules chinos murieron el domingo, con lo que suman 18 los cascos azules chinos fallecidos desde 1990.",
    "Dos cascos azules chinos murieron, elevando a 18 el número de cascos azules chinos fallecidos desde 1990.",
]
ONE_ATTACK = [
    "A Chinese engineer was among 15 people shot and killed during an armed robbery near Bunia.",
    "Fifteen people, among them Chinese engineers, died in a night raid on the camp.",
    "Des Casques bleus chinois figurent parmi les 15 morts d'une violente attaque près de Bunia.",
    "Cascos azules chinos figuran entre los 15 muertos en un violento asalto cerca de Bunia.",
]
_WORDS = {"Two", "Deux", "Dos"}


@pytest.mark.parametrize("text", EVENTS)
def test_the_dead_of_one_day_are_not_the_countrys_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.text in _WORDS]
    assert [c.kind for c in found] in ([], ["fatalities"]) and all(c.doubt for c in found)


@pytest.mark.parametrize("text", ONE_ATTACK)
def test_the_dead_of_one_attack_are_not_the_countrys_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.value == 15 and c.kind == "fatalities"]
    assert all(c.doubt for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Since 1990, 18 Chinese peacekeepers have died.",
        "On Sunday, the minister said 18 Chinese peacekeepers have died since 1990.",
        "Depuis 1990, 18 Casques bleus chinois sont morts.",
        "Desde 1990, 18 cascos azules chinos han muerto.",
    ],
)
def test_a_toll_stays_the_countrys(text):
    assert [(c.kind, c.subject, c.doubt) for c in extract(text, None, WHEN) if c.value == 18] == [
        ("fatalities", "CHN", None)
    ]


@pytest.mark.archive
@pytest.mark.parametrize("text", EVENTS + ONE_ATTACK)
def test_the_dead_of_one_day_are_never_contradicted(full_con, text):
    found = chosen(full_con, text, "2023-06-15", lambda v: v.claim.text in _WORDS | {"15", "Fifteen"})
    assert contradicted(found) == []
