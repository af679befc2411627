"""Set U (measured before any rule of this file, then learnt from): "up to 750 troops" is a ceiling (a pledge, a
mandate), people trained are not people deployed, and the dead honoured at a ceremony are often those of the year
before: none is contradicted as a count."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2019-08-20")


@pytest.mark.parametrize(
    "text",
    [
        "Canada pledged up to 750 troops.",
        "Le Canada pourra déployer jusqu'à 750 soldats.",
        "España podrá desplegar hasta 750 soldados.",
    ],
)
def test_up_to_is_a_ceiling_not_a_count(text):
    assert [c.kind for c in extract(text, None, WHEN)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "China has trained more than 1,500 peacekeepers from other countries.",
        "La Chine a formé plus de 1 500 Casques bleus d'autres pays.",
        "China ha capacitado a más de 1.500 cascos azules de otros países.",
    ],
)
def test_people_trained_are_not_people_deployed(text):
    assert [c.kind for c in extract(text, None, WHEN)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Ghanaian peacekeepers who lost their lives while on duty have been honoured at this year's Day.",
        "Deux Casques bleus ghanéens ont perdu la vie cette année ; ils ont été honorés lors de la Journée.",
        "Dos cascos azules ghaneses perdieron la vida mientras estaban en servicio, homenajeados este año.",
    ],
)
def test_the_dead_honoured_at_a_ceremony_are_in_doubt(text):
    """Ghana's two dead honoured on 29 May 2019 died in 2018 (the register has one Ghanaian death in 2019 by then):
    a doubt, so never contradicted."""
    assert doubts(text, 2, published("2019-05-30")) == ["doubt_honoured"]
