"""Issue 23: the dead of one day, of one mission or of all peacekeepers read as the country's toll, probed with
made-up sentences in the style of news reports (en, fr, es): "Two Chinese peacekeepers were killed on Sunday,
bringing to 18 the number … killed since 1990" is two deaths of one attack; the words of the toll after it ("since
1990") are the toll's, not theirs. The day's dead are never contradicted, nor are everyone's dead with the country's
as their part ("117 peacekeepers … which included two from India") or the dead of one deployment or place ("de ese
despliegue", "sur 159 au Mali"); the toll beside them stays the country's."""

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


ONE_PLACE_OR_ALL = [
    ("Last year 117 peacekeepers had laid down their lives, which included two from India.", 117, "IND"),
    ("L'an dernier, 117 Casques bleus ont perdu la vie, parmi lesquels deux Indiens.", 117, "IND"),
    ("El año pasado murieron 117 cascos azules, incluyendo dos de la India.", 117, "IND"),
    ("16 Spanish peacekeepers have lost their lives in the 16 years of that deployment in Lebanon.", 16, "ESP"),
    ("16 españoles han perdido la vida en 16 años de ese despliegue en el Líbano.", 16, "ESP"),
    ("Seize Espagnols ont perdu la vie au cours des 16 ans de ce déploiement au Liban.", 16, "ESP"),
    ("Chad paid the heaviest price, with 60 peacekeepers killed out of 159 in Mali.", 60, "TCD"),
    ("Le Tchad a payé le plus lourd tribut avec 60 Casques bleus tués sur 159 au Mali.", 60, "TCD"),
    ("Chad pagó el precio más alto, con 60 cascos azules muertos de 159 en Malí.", 60, "TCD"),
]


@pytest.mark.parametrize(("text", "value", "iso3"), ONE_PLACE_OR_ALL)
def test_everyones_dead_or_one_places_are_never_the_countrys_toll_for_certain(text, value, iso3):
    found = [c for c in extract(text, None, WHEN) if c.value == value and c.kind == "fatalities"]
    assert all(c.doubt for c in found)


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
@pytest.mark.parametrize(("text", "value", "iso3"), ONE_PLACE_OR_ALL)
def test_everyones_dead_or_one_places_are_never_contradicted(full_con, text, value, iso3):
    assert contradicted(chosen(full_con, text, "2023-06-15", lambda v: v.claim.value == value)) == []


@pytest.mark.archive
@pytest.mark.parametrize("text", EVENTS + ONE_ATTACK)
def test_the_dead_of_one_day_are_never_contradicted(full_con, text):
    found = chosen(full_con, text, "2023-06-15", lambda v: v.claim.text in _WORDS | {"15", "Fifteen"})
    assert contradicted(found) == []
