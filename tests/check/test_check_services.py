"""Issue 23: a count one national service gives ("Nepal Army has contributed 5,129", "l'armée népalaise",
"el Ejército de Nepal") is checked against that service's readings (the military's: troops, with staff officers,
all military; the police's: formed units and individual, individual alone), not doubted as one service's and left
unchecked (sessions 11-12 measured it: a service's count was wrong as often as anyone's); a gendarmerie (the
military's or the police's) stays in doubt, and a list of the military and the police counts everyone."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2021-06-29")
ARMY = [
    "The Nepali Army has {n} peacekeepers in UN missions.",
    "L'armée népalaise compte {n} Casques bleus dans les missions de l'ONU.",
    "El Ejército de Nepal tiene {n} cascos azules en misiones de la ONU.",
]


def _types(text: str, value: int) -> list[tuple[str, str | None]]:
    return [(c.kind, c.ptype) for c in extract(text, None, WHEN) if c.value == value]


@pytest.mark.parametrize(
    ("text", "value", "ptype"),
    [
        ("In UN missions, 5,918 are from Nepal Army.", 5918, "troops"),
        ("Dans les missions de l'ONU, 5 918 viennent de l'armée népalaise.", 5918, "troops"),
        ("En las misiones de la ONU, 5.918 proceden del Ejército de Nepal.", 5918, "troops"),
        (
            "In all, 214 members of the Ministry of Defence and the Serbian Armed Forces serve in eight UN operations.",
            214,
            "troops",
        ),
        ("Au total, 214 membres des forces armées serbes servent dans huit opérations de l'ONU.", 214, "troops"),
        (
            "En total, 214 miembros de las Fuerzas Armadas de Serbia sirven en ocho operaciones de la ONU.",
            214,
            "troops",
        ),
        ("The Nepal Police and the Armed Police Force have 557 personnel in UN missions.", 557, "police"),
        ("Currently, 5,865 Nepal Army personnel serve in UN missions.", 5865, "troops"),
        (
            "Nepali Army spokesperson Santosh Ballav Pouyal says 5,154 Nepali blue helmets are mobilised.",
            5154,
            "troops",
        ),
        (
            "Le porte-parole de l'armée népalaise indique que 5 154 Casques bleus népalais sont déployés.",
            5154,
            "troops",
        ),
        (
            "El Ejército de Nepal, por medio de su portavoz, dijo que 5.154 cascos azules nepalíes están desplegados.",
            5154,
            "troops",
        ),
    ],
)
def test_a_services_count_is_read_as_that_services_type_with_no_doubt(text, value, ptype):
    assert _types(text, value) == [("total", ptype)]
    assert doubts(text, value, WHEN) == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nepal currently deploys 6,141 personnel from Nepal Army, Nepal Police, and Armed Police Force.", 6141),
        ("The Nepal Army, Nepal Police and Armed Police Force have 6,141 personnel in UN missions.", 6141),
        ("A total of 214 members of the Serbian Armed Forces and the Serbian Police serve in eight operations.", 214),
    ],
)
def test_a_list_of_the_military_and_the_police_counts_everyone(text, value):
    assert _types(text, value) == [("total", None)]
    assert doubts(text, value, WHEN) == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La gendarmerie népalaise compte 557 Casques bleus.", 557),
        ("The Nepali gendarmerie has 557 peacekeepers in UN missions.", 557),
        ("La gendarmería de Nepal tiene 557 cascos azules.", 557),
        ("The Bangladesh Navy has 347 personnel in UN missions.", 347),
        ("L'armée de l'air bangladaise compte 514 Casques bleus.", 514),
        ("La Fuerza Aérea de Bangladesh tiene 514 cascos azules.", 514),
        ("In UN missions, 5,463 are from the Bangladesh Army, 347 from the Navy and 501 from the Police.", 5463),
        ("In UN missions, 5,463 are from the Bangladesh Army, 347 from the Navy and 501 from the Police.", 501),
        ("Dans les missions de l'ONU, 5 463 viennent de l'armée bangladaise et 501 de la police nationale.", 501),
        ("En las misiones de la ONU, 5.463 proceden del Ejército de Bangladesh y 501 de la Policía Nacional.", 5463),
    ],
)
def test_a_gendarmerie_a_navy_or_one_service_of_several_stays_in_doubt(text, value):
    """A gendarmerie sends formed police units or soldiers, a navy is a part of the military, and one service of a
    breakdown by service leaves out others (a navy, an air force) the text does not say: which readings it counts is
    unsaid."""
    assert doubts(text, value, WHEN) == ["doubt_service"]


@pytest.mark.parametrize(
    "text",
    [
        "At present, 214 members of the Serbian Armed Forces serve in eight peacekeeping operations.",
        "Actuellement, 214 membres des forces armées serbes servent dans huit opérations de maintien de la paix.",
        "Actualmente, 214 miembros de las Fuerzas Armadas de Serbia sirven en ocho operaciones de paz.",
    ],
)
def test_a_services_count_with_no_word_of_the_un_may_take_in_other_operations(text):
    """Set AC: Serbia's armed forces counted their people in EU operations too; the sentence must say UN (the UN,
    a UN mission, blue helmets) for the count to be checked as the military's."""
    assert doubts(text, 214, WHEN) == ["doubt_service_abroad"]


@pytest.mark.archive
@pytest.mark.parametrize("text", ARMY)
def test_the_armys_count_is_supported_by_the_military_readings(full_con, text):
    """Nepal in April 2021: 5,686 uniformed personnel, of whom 4,980 troops, 111 staff officers and 38 experts on
    mission (5,129 military), 324 women (211 military)."""
    (v,) = verify.check(full_con, text.format(n="5 129" if "armée" in text else "5,129"), "2021-06-29").verdicts
    assert (v.verdict, v.data, v.claim.ptype) == ("supported", 5129, "troops"), v.note


@pytest.mark.archive
@pytest.mark.parametrize("text", ARMY)
def test_the_armys_count_that_holds_under_no_rule_is_contradicted(full_con, text):
    (v,) = verify.check(full_con, text.format(n="6 129" if "armée" in text else "6,129"), "2021-06-29").verdicts
    assert (v.verdict, v.data) == ("contradicted", 5686), v.note
    for actual in ("5,686", "4,980", "5,091", "5,129"):
        assert actual.replace(",", "\u202f" if "armée" in text else ".")[:5] in v.note or actual in v.note, v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "The Nepali Army has 211 women peacekeepers in UN missions.",
        "L'armée népalaise compte 211 femmes Casques bleus.",
        "El Ejército de Nepal tiene 211 mujeres cascos azules.",
    ],
)
def test_the_armys_women_are_the_military_women(full_con, text):
    (v,) = verify.check(full_con, text, "2021-06-29").verdicts
    assert (v.kind if hasattr(v, "kind") else v.claim.kind, v.verdict, v.data) == ("women", "supported", 211), v.note
