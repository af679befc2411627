"""More of issue 23's kinds of failure, seen on a further set of published texts and probed with made-up sentences in
their style (en, fr, es): pledges and aims, ranks among payers, counts over a period, missions beside personnel that
may include civilians, the speaker's own forces, a group's rank, a total that includes its types, a contingent's women,
forces outside the UN, deployments abroad. None may be the country's for certain; the country's own figures beside them
stay certain. (The dead after a world toll, "Among them are 113 Kenyans", are the country's toll since sets K and L:
test_check_toll_words.py.)"""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-06-15")
_SURE = {"total", "women", "type", "missions", "rank", "rank_women", "mission_count", "mission_women"}


def sure(text: str, iso3: str) -> list[tuple]:
    """(kind, value) of the figures bound to `iso3` for certain, with a reading that can be contradicted."""
    return [
        (c.kind, c.value) for c in extract(text, None, WHEN) if c.kind in _SURE and c.subject == iso3 and not c.doubt
    ]


PLEDGES = sentences("unseen_kinds_more", "PLEDGES")
MONEY = sentences("unseen_kinds_more", "MONEY")
OVER_A_PERIOD = sentences("unseen_kinds_more", "OVER_A_PERIOD")
GROUP_RANKS = sentences("unseen_kinds_more", "GROUP_RANKS")
UNITS_AND_FORCES = sentences("unseen_kinds_more", "UNITS_AND_FORCES")

UNSURE = PLEDGES + MONEY + OVER_A_PERIOD + GROUP_RANKS + UNITS_AND_FORCES


@pytest.mark.parametrize(("text", "iso3"), UNSURE)
def test_an_unsure_figure_is_never_the_countrys_for_certain(text, iso3):
    assert sure(text, iso3) == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN counts 120,000 peacekeepers serving in 17 missions, Kenya noted.",
        "Environ 120 000 personnes, dont 18 000 civils, participent aux 16 missions de l'ONU.",
        "Avec dix-huit missions à travers le monde, l'ONU a 97 175 personnes sur le terrain.",
        "Más de 120.000 personas trabajan en las 16 misiones de paz de la ONU.",
    ],
)
def test_missions_beside_people_who_may_be_civilians_are_in_doubt(text):
    found = [c for c in extract(text, None, WHEN) if c.kind == "global_operations"]
    assert found and all(c.doubt for c in found)


def test_missions_beside_uniformed_personnel_are_the_worlds_counted_as_the_un_counts_them():
    found = extract("Some 70,000 uniformed personnel serve in 12 operations, Kenya noted.", None, WHEN)
    assert [(c.kind, c.value, c.doubt.key) for c in found if c.kind == "global_operations"] == [
        ("global_operations", 12, "doubt_operations_counted")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Au total, 3 646 éléments de nos forces sont déployés dans huit missions de maintien de la paix, a dit le "
        "Président du Sénégal.",
        "In total, 3,646 of our troops serve in eight UN missions, the President of Senegal said.",
        "En total, 1.100 de nuestros efectivos sirven en seis misiones, dijo el ministro uruguayo.",
    ],
)
def test_the_speakers_own_forces_are_never_the_worlds_for_certain(text):
    found = [c for c in extract(text, None, WHEN) if c.subject == "world" and c.kind.startswith("global")]
    assert all(c.doubt for c in found)


@pytest.mark.parametrize(
    ("text", "iso3", "expected"),
    [
        ("Uruguay tiene 1.463 soldados, incluyendo policías y expertos militares.", "URY", [("total", 1463)]),
        ("Uruguay has 1,463 troops, including police and military experts.", "URY", [("total", 1463)]),
        ("L'Uruguay compte 1 463 soldats, y compris des policiers.", "URY", [("total", 1463)]),
        ("Kenya deploys 1,463 personnel, 90 of them women, in five UN missions.", "KEN", [("total", 1463)]),
        ("Kenya is the 25th largest contributor and provides 620 uniformed personnel.", "KEN", [("rank", 25)]),
        ("China is the largest contributor to UN peacekeeping among all countries.", "CHN", [("rank", 1)]),
    ],
)
def test_the_countrys_own_figures_stay_certain(text, iso3, expected):
    assert sure(text, iso3)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan is the third largest contributor to the peacekeeping budget.", "other"),
        (
            "China is the largest troop contributor among the five permanent members of the Security Council.",
            "rank_partial",
        ),
    ],
)
def test_a_rank_among_payers_or_a_group_is_not_a_world_rank(text, kind):
    assert [c.kind for c in extract(text, None, WHEN) if c.text in ("third", "largest")] == [kind]


@pytest.mark.archive
@pytest.mark.parametrize("text", [t for t, _ in UNSURE])
def test_no_unsure_figure_is_contradicted(full_con, text):
    assert contradicted(chosen(full_con, text, "2023-06-15", lambda v: v.claim.kind != "mission")) == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("12 des 13 opérations ont été financées du 1er juillet 2019 au 30 juin 2020.", None),
        ("The budget runs from 1 July 2022 to 30 June 2023; Kenya deploys 620 personnel.", None),
        ("El presupuesto va del 1 de julio de 2022 al 30 de junio de 2023.", None),
        ("Au 30 juin 2020, le Sénégal comptait 1 500 Casques bleus.", "2020-06"),
        ("Al 30 de junio de 2020, Uruguay tenía 1.000 efectivos.", "2020-06"),
    ],
)
def test_the_end_of_a_period_is_no_data_month(text, month):
    from peacekeeping.check.periods import stated_month

    stated = stated_month(text, published("2020-07-15"))
    assert (stated.month if stated else None) == month


# A second further set (held out, then fixed by kind): missions written as the French and Spanish press writes them,
# ranks within a mission or a region, a mission's own figures, articles, training, changes, deaths of one mission.
MISSIONS_AND_REGIONS = sentences("unseen_kinds_more", "MISSIONS_AND_REGIONS")
NOT_STRENGTHS = sentences("unseen_kinds_more", "NOT_STRENGTHS")


@pytest.mark.parametrize(("text", "iso3"), MISSIONS_AND_REGIONS + NOT_STRENGTHS)
def test_a_missions_region_or_change_figure_is_never_the_countrys_for_certain(text, iso3):
    assert sure(text, iso3) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unifil se compone de casi 12.000 militares procedentes de 32 países.", ["UNIFIL"]),
        ("760 soldats marocains ont rejoint les rangs de la Minusca.", ["MINUSCA"]),
        ("La Finul et la Monusco comptent des Casques bleus marocains.", ["UNIFIL", "MONUSCO"]),
        ("Kenya serves in UNMISS.", ["UNMISS"]),
        ("Unity and Minister and Monday are no missions.", []),
    ],
)
def test_missions_named_as_the_press_writes_them(text, expected):
    from peacekeeping.check.subjects import fold, missions_in

    assert [m.acronym for m in missions_in(text, fold(text), [])] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il y a 12 000 cascos azules de 32 países que están en Unifil, dijo España.",
        "Over 350 individuals from about 50 countries have completed the course of training, Kenya said.",
        "Thirty five Kenyans were killed in that service.",
    ],
)
def test_a_missions_or_a_trainings_figure_is_no_world_figure_for_certain(text):
    found = [c for c in extract(text, None, WHEN) if c.kind.startswith("global") or c.kind == "fatalities"]
    assert found and all(c.doubt for c in found)


@pytest.mark.parametrize(
    ("text", "iso3", "expected"),
    [
        (
            "España, una de las naciones que más aporta, tiene 653 efectivos en una operación en la que participan 40 "
            "países.",
            "ESP",
            [("total", 653)],
        ),
        ("Une mission, avec de forts contingents africains, compte 1 453 soldats tchadiens.", "TCD", [("total", 1453)]),
        ("Ireland serves in one mission.", "IRL", [("missions", 1)]),
        ("De los 70.000 cascos azules, 1.051 son uruguayos.", "URY", [("total", 1051)]),
        (
            "Kenya is the 25th largest contributor of uniformed personnel to UN peacekeeping; it serves in UNMISS.",
            "KEN",
            [("rank", 25)],
        ),
    ],
)
def test_articles_are_no_counts_and_the_countrys_own_figures_stay(text, iso3, expected):
    assert [x for x in sure(text, iso3) if x[0] in ("total", "missions", "rank")] == expected


def test_spanish_son_is_a_verb_not_a_pronoun():
    found = extract("Uruguay aporta 1.000 efectivos. En la misión, 300 son civiles.", None, WHEN)
    assert [c.subject_words for c in found if c.value == 300] != ["son → URY"]


# A third further set (held out from the rules above, then fixed by kind): a rank among one type's contributors, a
# past month of the figure's own, "since this operation", missions in one region, promises, "at the time".
THIRD_SET = sentences("unseen_kinds_more", "THIRD_SET")


@pytest.mark.parametrize(("text", "iso3"), THIRD_SET)
def test_a_type_rank_a_past_month_or_a_region_is_never_the_countrys_for_certain(text, iso3):
    assert sure(text, iso3) == []


@pytest.mark.parametrize(
    ("text", "iso3", "expected"),
    [
        ("Kenya is the 25th largest contributor of military and police personnel.", "KEN", [("rank", 25)]),
        ("Kenya is the 8th largest contributor of women peacekeepers.", "KEN", []),
        ("Kenya deploys 620 personnel in six UN missions.", "KEN", [("total", 620), ("missions", 6)]),
        ("As of 31 March 2023, Kenya deploys 620 personnel.", "KEN", [("total", 620)]),
    ],
)
def test_the_countrys_own_ranks_and_figures_stay_certain(text, iso3, expected):
    assert [x for x in sure(text, iso3) if x[0] in ("total", "missions", "rank")] == expected


# A fourth further set (held out from the rules above, then fixed by kind): a unit's roll, people still to arrive,
# "military specialists" as a type.
FOURTH_SET = sentences("unseen_kinds_more", "FOURTH_SET")


@pytest.mark.parametrize(("text", "iso3"), FOURTH_SET)
def test_a_units_roll_or_people_to_arrive_are_never_the_countrys_total(text, iso3):
    assert [x for x in sure(text, iso3) if x[0] == "total" and x[1] != 1721] == []


def test_military_specialists_are_experts():
    found = extract("Kenya had given 403 policemen, 46 military specialists and 1,721 troops.", None, WHEN)
    assert [(c.value, c.kind, c.ptype) for c in found if c.value == 46] == [(46, "type", "experts")]
