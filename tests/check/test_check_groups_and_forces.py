"""Issue 23: a rank in a group named before it, a count of countries read as women, a world figure whose uniformed
part follows it, and a country's figure after a sentence on its non-UN deployments, probed with made-up sentences in
the style of published texts (en, fr, es). None may be contradicted; the figures of all contributors and of UN
missions beside them stay certain."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published
from peacekeeping.wording.check_notes import say

WHEN = published("2023-06-15")

GROUP_RANKS = sentences("groups_and_forces", "GROUP_RANKS")


@pytest.mark.parametrize(("text", "rank"), GROUP_RANKS)
def test_a_rank_among_a_group_named_before_it_is_partial(text, rank):
    assert [c.kind for c in extract(text, None, WHEN) if c.text == rank] == ["rank_partial"]


@pytest.mark.parametrize(
    ("text", "rank", "kind"),
    [
        ("Among the 120 troop-contributing countries, Kenya ranks 20th.", "20th", "rank"),
        ("Among ASEAN states, Cambodia ranks second, and 17th out of 120 countries for women.", "17th", "rank_women"),
        ("Parmi tous les pays contributeurs, le Sénégal est le 9e.", "9e", "rank"),
    ],
)
def test_a_rank_among_all_contributors_stays_a_world_rank(text, rank, kind):
    assert [c.kind for c in extract(text, None, WHEN) if c.text == rank] == [kind]


COUNTRIES_NOT_WOMEN = sentences("groups_and_forces", "COUNTRIES_NOT_WOMEN")


@pytest.mark.parametrize("text", COUNTRIES_NOT_WOMEN)
def test_a_count_of_countries_is_no_count_of_women(text):
    assert [c for c in extract(text, None, WHEN) if c.value == 120 and c.kind in ("women", "global_women")] == []


WORLD_WITH_CIVILIANS = sentences("groups_and_forces", "WORLD_WITH_CIVILIANS")


@pytest.mark.parametrize("text", WORLD_WITH_CIVILIANS)
def test_a_world_figure_whose_uniformed_part_follows_it_may_count_civilians(text):
    (whole,) = [c for c in extract(text, None, WHEN) if c.value == 113000]
    assert (whole.kind, whole.doubt.key) == ("global_personnel", "doubt_civilians")


NON_UN_BEFORE = sentences("groups_and_forces", "NON_UN_BEFORE")


@pytest.mark.parametrize(("text", "iso3"), NON_UN_BEFORE)
def test_a_figure_after_non_un_deployments_with_no_un_word_is_in_doubt(text, iso3):
    found = [c for c in extract(text, None, WHEN) if c.value == 1130 and c.subject == iso3]
    assert found and all(c.doubt for c in found)
    assert say(found[0].doubt, "fr") and say(found[0].doubt, "es")


def test_a_figure_in_un_missions_after_non_un_deployments_stays_certain():
    text = "Mongolia has served in three non-UN missions. Mongolia currently deploys 870 personnel in UN operations."
    assert [(c.kind, c.doubt) for c in extract(text, None, WHEN) if c.value == 870] == [("total", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Bangladesh is one of the largest troop-contributing countries, with 6,427 personnel.",
        "Pakistan is among the top troop-contributing countries to UN peacekeeping with 4,334 military personnel.",
        "Le Sénégal est l'un des plus grands pays fournisseurs de troupes, avec 1 127 casques bleus.",
        "Uruguay es uno de los países que más efectivos aporta, con 1.127 cascos azules.",
    ],
)
def test_a_class_the_country_is_one_of_is_no_competing_subject(text):
    assert [c.doubt for c in extract(text, None, WHEN) if c.value in (6427, 4334, 1127)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Bangladesh is among the largest contributors, like the SADC countries with 6,427 personnel.",
        "Le Sénégal salue les pays africains, avec 1 127 casques bleus.",
        "Uruguay destaca que los países del Mercosur aportan 1.127 cascos azules.",
    ],
)
def test_another_group_before_a_figure_stays_a_competing_subject(text):
    found = [c for c in extract(text, None, WHEN) if c.value in (6427, 1127)]
    assert found and all(c.doubt and c.doubt.key == "doubt_group" for c in found)


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "values"),
    [(t, {r}) for t, r in GROUP_RANKS]
    + [(t, {120}) for t in COUNTRIES_NOT_WOMEN]
    + [(t, {113000}) for t in WORLD_WITH_CIVILIANS]
    + [(t, {1130}) for t, _ in NON_UN_BEFORE],
)
def test_no_group_rank_countries_count_or_figure_of_other_forces_is_contradicted(full_con, text, values):
    found = chosen(full_con, text, "2023-06-15", lambda v: v.claim.value in values or v.claim.text in values)
    assert contradicted(found) == []
