"""Issue 23, kinds of false contradiction seen on sets BF and BG (session of 2026-12-08, the thirteenth), in en, fr,
es: a country's dead counted after the register in the store ends (later deaths may make up the difference), the
roll of a unit a figure makes up ("192 … make up the 51st Argentine Task Force"), and the countries contributing
police (a part of all contributing countries), a day stated "hasta el pasado 21 de octubre"; and from set BD, the
"uniformed" dead counted by the register's other rules too."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.periods import published


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "182 Indian peacekeepers have made the supreme sacrifice in UN missions.",
        "182 Casques bleus indiens ont fait le sacrifice suprême dans les missions de l'ONU.",
        "182 cascos azules indios han hecho el sacrificio supremo en misiones de la ONU.",
    ],
)
def test_a_toll_above_the_register_after_its_end_is_not_contradicted(full_con, text):
    """The archive's register ends on 2025-04-04 with India's dead at 181 (with local staff): a text of October
    2025 may count later deaths."""
    (v,) = verify.check(full_con, text, "2025-10-15").verdicts
    assert (v.claim.kind, v.verdict) == ("fatalities", "not checkable"), v.note
    assert v.note.key == "register_ends" and v.note.values == {"day": "2025-04-04", "actual": 181}


@pytest.mark.archive
def test_a_toll_above_the_register_within_it_is_still_contradicted(full_con):
    (v,) = verify.check(full_con, "182 Indian peacekeepers have made the supreme sacrifice.", "2025-03-15").verdicts
    assert v.verdict == "contradicted", v.note


@pytest.mark.parametrize(
    "text",
    [
        "A total of 192 service members, including 15 women, of the Argentine Army, Navy, and Air Force, make up the "
        "51st Argentine Task Force.",
        "Au total, 192 militaires argentins, dont 15 femmes, forment la 51e force opérationnelle.",
        "Un total de 192 efectivos argentinos, incluidas 15 mujeres, conforman la Fuerza de Tarea 51.",
    ],
)
def test_the_roll_of_a_unit_a_figure_makes_up_is_in_doubt(text):
    assert doubts(text, 192, published("2018-09-11")) == ["doubt_unit"]


@pytest.mark.parametrize(
    "text",
    [
        "Every day, nearly 9,000 United Nations peacekeepers (UNPOL) from 94 countries help promote peace.",
        "Chaque jour, près de 9 000 policiers des Nations Unies venus de 94 pays aident à promouvoir la paix.",
        "Cada día, casi 9.000 policías de las Naciones Unidas de 94 países ayudan a promover la paz.",
    ],
)
def test_the_countries_contributing_police_are_a_part_of_all_contributors(text):
    assert doubts(text, 94, published("2021-11-12")) == ["doubt_police_countries"]


def test_the_countries_of_troops_and_police_are_all_contributors():
    assert doubts("Troops and police from 121 countries serve in UN peacekeeping.", 121, published("2021-06")) == [None]


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "130 Bangladeshi uniformed peacekeepers have died while serving under the UN flag.",
        "130 Casques bleus bangladais en uniforme sont morts sous le drapeau de l'ONU.",
        "130 cascos azules uniformados de Bangladesh han muerto bajo la bandera de la ONU.",
    ],
)
def test_the_uniformed_dead_may_be_counted_by_the_registers_other_rules(full_con, text):
    """Set BD: Bangladesh's dead up to 2016: 128 of the register's uniformed types, 130 in all; the press's
    "uniformed" is not the register's typing."""
    (v,) = verify.check(full_con, text, "2016-12-31").verdicts
    assert (v.claim.kind, v.verdict, v.data) == ("fatalities", "supported", 130), v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "As of 21 October, Uruguay had 819 peacekeepers in MONUSCO.",
        "Au 21 octobre dernier, l'Uruguay comptait 819 Casques bleus à la MONUSCO.",
        "Según la MONUSCO, Uruguay contaba hasta el pasado 21 de octubre con 819 cascos azules.",
        "Uruguay contaba a fecha del 21 de octubre con 819 cascos azules en la MONUSCO.",
    ],
)
def test_a_day_the_text_states_names_its_month(full_con, text):
    """Set BF: "hasta el pasado 21 de octubre" (Spanish puts "pasado" before the day) names October 2021."""
    result = verify.check(full_con, text, "2021-12-24")
    assert (result.month["month"], result.reference.get("tied")) == ("2021-10", ["2021-10"])
