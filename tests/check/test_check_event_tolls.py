"""Issue 23: the dead of one day, of one mission or of all peacekeepers read as the country's toll, probed with
made-up sentences in the style of news reports (en, fr, es): "Two Chinese peacekeepers were killed on Sunday,
bringing to 18 the number … killed since 1990" is two deaths of one attack; the words of the toll after it ("since
1990") are the toll's, not theirs. The day's dead are never contradicted, nor are everyone's dead with the country's
as their part ("117 peacekeepers … which included two from India") or the dead of one deployment or place ("de ese
despliegue", "sur 159 au Mali"); the toll beside them stays the country's."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-06-15")

EVENTS = sentences("event_tolls", "EVENTS")
ONE_ATTACK = sentences("event_tolls", "ONE_ATTACK")
_WORDS = {"Two", "Deux", "Dos"}


@pytest.mark.parametrize("text", EVENTS)
def test_the_dead_of_one_day_are_not_the_countrys_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.text in _WORDS]
    assert [c.kind for c in found] in ([], ["fatalities"]) and all(c.doubt for c in found)


ONE_PLACE_OR_ALL = sentences("event_tolls", "ONE_PLACE_OR_ALL")


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
