"""Issue 23: a rank in a group named before it, a count of countries read as women, a world figure whose uniformed
part follows it, and a country's figure after a sentence on its non-UN deployments, probed with made-up sentences in
the style of published texts (en, fr, es). None may be contradicted; the figures of all contributors and of UN
missions beside them stay certain."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published
from peacekeeping.wording.check_notes import say

WHEN = published("2023-06-15")

GROUP_RANKS = [
    ("Among the 10 ASEAN member states, Cambodia is presently ranked second in deploying women.", "second"),
    ("Among the SADC countries, Malawi is the third largest contributor.", "third"),
    ("Parmi les 15 pays de la CEDEAO, le Sénégal est le premier contributeur.", "premier"),
    ("Entre los Estados de la Unión Europea, España es el segundo contribuyente.", "segundo"),
]


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


COUNTRIES_NOT_WOMEN = [
    "Cambodia is 17th out of 120 countries on women participation.",
    "Le Cambodge est 17e sur 120 pays pour la participation des femmes.",
    "Camboya es el 17.º de 120 países en participación de mujeres.",
]


@pytest.mark.parametrize("text", COUNTRIES_NOT_WOMEN)
def test_a_count_of_countries_is_no_count_of_women(text):
    assert [c for c in extract(text, None, WHEN) if c.value == 120 and c.kind in ("women", "global_women")] == []


WORLD_WITH_CIVILIANS = [
    "Currently, more than 113,000 peacekeepers, including 90,000 military and police personnel from 117 countries, "
    "serve in 18 operations worldwide.",
    "Actuellement, plus de 113 000 Casques bleus, dont 90 000 militaires et policiers de 117 pays, servent dans 18 "
    "opérations dans le monde.",
    "Actualmente, más de 113.000 cascos azules, incluidos 90.000 militares y policías de 117 países, sirven en 18 "
    "operaciones en el mundo.",
]


@pytest.mark.parametrize("text", WORLD_WITH_CIVILIANS)
def test_a_world_figure_whose_uniformed_part_follows_it_may_count_civilians(text):
    (whole,) = [c for c in extract(text, None, WHEN) if c.value == 113000]
    assert (whole.kind, whole.doubt.key) == ("global_personnel", "doubt_civilians")


NON_UN_BEFORE = [
    (
        "Mongolia has also served in three non-UN missions. At present, around 1,130 Mongolian peacekeepers are "
        "fighting for peace across the globe.",
        "MNG",
    ),
    (
        "La Mongolie a aussi servi dans la force multinationale en Irak. Aujourd'hui, 1 130 militaires mongols sont "
        "déployés à travers le globe.",
        "MNG",
    ),
    (
        "Mongolia también participó en la fuerza multinacional en Irak. Hoy 1.130 soldados mongoles están desplegados.",
        "MNG",
    ),
]


@pytest.mark.parametrize(("text", "iso3"), NON_UN_BEFORE)
def test_a_figure_after_non_un_deployments_with_no_un_word_is_in_doubt(text, iso3):
    found = [c for c in extract(text, None, WHEN) if c.value == 1130 and c.subject == iso3]
    assert found and all(c.doubt for c in found)
    assert say(found[0].doubt, "fr") and say(found[0].doubt, "es")


def test_a_figure_in_un_missions_after_non_un_deployments_stays_certain():
    text = "Mongolia has served in three non-UN missions. Mongolia currently deploys 870 personnel in UN operations."
    assert [(c.kind, c.doubt) for c in extract(text, None, WHEN) if c.value == 870] == [("total", None)]


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
