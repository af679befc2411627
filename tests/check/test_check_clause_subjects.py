"""Issue 23, kinds seen on a set of published texts no rule was made from (set G): a figure said to count staff the
reports do not, a statement quoted from an earlier day, a world figure after a pronoun that is not the country's, a
mission's own dead, a count of countries within a group. Made-up sentences in the style of the real ones (en, fr, es);
none may be contradicted."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, doubts, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2017-05-15")


OTHER_STAFF = sentences("clause_subjects", "OTHER_STAFF")
PAST_STATEMENT = sentences("clause_subjects", "PAST_STATEMENT")


@pytest.mark.parametrize("text", OTHER_STAFF)
def test_a_figure_said_to_count_staff_the_reports_do_not_is_in_doubt(text):
    assert doubts(text, 71, WHEN)[0] == "doubt_other_staff"


@pytest.mark.parametrize("text", PAST_STATEMENT)
def test_a_statement_quoted_from_an_earlier_day_is_in_doubt(text):
    assert doubts(text, 8, WHEN)[0] == "doubt_past_statement"


WORLD_AFTER_PRONOUN = sentences("clause_subjects", "WORLD_AFTER_PRONOUN")
MISSION_DEAD = sentences("clause_subjects", "MISSION_DEAD")
GROUP_COUNT = sentences("clause_subjects", "GROUP_COUNT")


@pytest.mark.parametrize("text", WORLD_AFTER_PRONOUN)
def test_a_world_figure_after_a_pronoun_is_the_worlds(text):
    assert [(c.kind, c.subject) for c in extract(text, None, WHEN) if c.value == 15] == [("global_operations", "world")]


@pytest.mark.parametrize("text", MISSION_DEAD)
def test_the_dead_of_a_mission_named_in_the_clause_are_in_doubt(text):
    assert doubts(text, 177, WHEN)[0] == "doubt_deaths_one_mission"


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
