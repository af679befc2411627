"""Sets S and T (measured before any rule of this file, then learnt from): staff the reports do not count ("staffers",
"and at UNHQ") make a figure doubtful; a count of missions after one type of personnel ("military peacekeepers … on
seven missions") is also read as that type's missions; a country after "in eastern" is a place, not the subject of the
dead there."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

pytestmark = pytest.mark.archive


@pytest.mark.parametrize(
    "text",
    [
        "The UN says staffers come from 128 countries.",
        "Selon l'ONU, les membres du personnel civil et en tenue viennent de 128 pays.",
        "Según la ONU, los funcionarios y el personal civil proceden de 128 países.",
    ],
)
def test_countries_of_staff_are_not_contradicted(full_con, text):
    (v,) = verify.check(full_con, text, "2015-12-22").verdicts
    assert (v.claim.kind, v.verdict) == ("global_countries", "not checkable")


@pytest.mark.parametrize(
    "text",
    [
        "A total of 2,240 Chinese military peacekeepers are serving on seven UN peacekeeping missions and at UNHQ.",
        "Au total, 2 240 militaires chinois servent dans sept missions de maintien de la paix et au siège de l'ONU.",
        "Un total de 2.240 militares chinos sirven en siete misiones de paz y en la sede de la ONU.",
    ],
)
def test_a_type_of_personnel_on_missions_counts_that_types_missions(full_con, text):
    """China, March 2022: 2,237 uniformed personnel in nine missions and offices, the military in seven; the figure
    with headquarters staff is not the reports' (they count no one at headquarters)."""
    found = [(v.claim.kind, v.claim.value, v.verdict) for v in verify.check(full_con, text, "2022-05-26").verdicts]
    assert found == [("total", 2240, "not checkable"), ("missions", 7, "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "In July, protesters ransacked UN buildings in eastern DR Congo, killing four UN peacekeepers.",
        "En juillet, des manifestants ont saccagé des locaux de l'ONU dans l'est de la RD Congo : quatre Casques bleus "
        "ont été tués.",
    ],
)
def test_the_dead_in_a_place_named_with_its_region_are_not_its_nationals(text):
    assert [(c.kind, c.subject) for c in extract(text, None, published("2022-09-18"))] == [
        ("global_fatalities", "world")
    ]
