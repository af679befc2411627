"""Issue 23, kinds seen on a set of published texts no rule was made from (set G): a figure said to count staff the
reports do not, a statement quoted from an earlier day, a world figure after a pronoun that is not the country's, a
mission's own dead, a count of countries within a group. Made-up sentences in the style of the real ones (en, fr, es);
none may be contradicted."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2017-05-15")


def doubt_of(text: str, value: int) -> str | None:
    """The key of the doubt on the claim of `value` in `text`."""
    found = [c for c in extract(text, None, WHEN) if c.value == value and c.kind != "mission"]
    return getattr(found[0].doubt, "key", None)


OTHER_STAFF = [
    "Senegal currently deploys 3,760 personnel, including 71 women: soldiers, police, prison officers and civilian "
    "staff.",
    "Le Sénégal déploie actuellement 3 760 personnes dont 71 femmes; il s'agit de militaires, de policiers, d'agents "
    "pénitenciers et de personnels de la justice.",
    "Senegal despliega actualmente 3.760 efectivos, incluidas 71 mujeres, entre militares, policías y funcionarios de "
    "prisiones.",
]
PAST_STATEMENT = [
    "'Senegal currently has 3,646 troops deployed in eight missions,' President Sall had said.",
    "« Le Sénégal a actuellement 3646 éléments déployés dans huit missions », avait rappelé le Président.",
    "«Senegal tiene actualmente 3.646 efectivos desplegados en ocho misiones», había dicho el presidente.",
]


@pytest.mark.parametrize("text", OTHER_STAFF)
def test_a_figure_said_to_count_staff_the_reports_do_not_is_in_doubt(text):
    assert doubt_of(text, 71) == "doubt_other_staff"


@pytest.mark.parametrize("text", PAST_STATEMENT)
def test_a_statement_quoted_from_an_earlier_day_is_in_doubt(text):
    assert doubt_of(text, 8) == "doubt_past_statement"


WORLD_AFTER_PRONOUN = [
    "Morocco is 14th. Its daily reports that 106,338 peacekeepers from 125 countries currently serve in 15 operations.",
    "Le Maroc est 14e. Le quotidien, dans son édition du 31 janvier, précise que 106.338 Casques bleus, originaires "
    "de 125 pays, participent actuellement à 15 opérations de maintien de la paix.",
    "Marruecos es el 14.º. Su diario precisa que 106.338 cascos azules de 125 países participan actualmente en 15 "
    "operaciones de paz.",
]
MISSION_DEAD = [
    "Chad is second. MINUSMA, since its creation in 2013, is the deadliest mission, with 177 peacekeepers killed.",
    "Le Tchad est deuxième. La MINUSMA, depuis sa création en 2013, est la mission la plus dangereuse avec 177 "
    "soldats de la paix tués.",
    "El Chad es segundo. La MINUSMA, desde su creación en 2013, es la misión más peligrosa, con 177 cascos azules "
    "muertos.",
]
GROUP_COUNT = [
    "Of the top ten contributors, five were African countries and five Asian countries.",
    "Sur les dix premiers contributeurs, cinq étaient des pays africains et cinq des pays asiatiques.",
    "De los diez principales contribuyentes, cinco eran países africanos y cinco países asiáticos.",
]


@pytest.mark.parametrize("text", WORLD_AFTER_PRONOUN)
def test_a_world_figure_after_a_pronoun_is_the_worlds(text):
    assert [(c.kind, c.subject) for c in extract(text, None, WHEN) if c.value == 15] == [("global_operations", "world")]


@pytest.mark.parametrize("text", MISSION_DEAD)
def test_the_dead_of_a_mission_named_in_the_clause_are_in_doubt(text):
    assert doubt_of(text, 177) == "doubt_deaths_one_mission"


@pytest.mark.parametrize("text", GROUP_COUNT)
def test_a_count_of_countries_within_a_group_is_no_count_of_contributors(text):
    assert {c.kind for c in extract(text, None, WHEN) if c.value == 5} == {"other"}


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "values", "date"),
    [(t, {71}, "2016-11-04") for t in OTHER_STAFF]
    + [(t, {8}, "2017-05-15") for t in PAST_STATEMENT]
    + [(t, {15}, "2018-01-30") for t in WORLD_AFTER_PRONOUN]
    + [(t, {177}, "2019-12-15") for t in MISSION_DEAD]
    + [(t, {5}, "2018-08-30") for t in GROUP_COUNT],
)
def test_none_of_them_is_contradicted(full_con, text, values, date):
    assert contradicted(chosen(full_con, text, date, lambda v: v.claim.value in values)) == []
