"""Issue 23's kinds of failure seen on published texts the checker had never read, one test per kind, in each
language it was seen in (sentences made up in the style of the real texts; no store needed)."""

from __future__ import annotations

import pytest

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published, stated_month

WHEN = published("2023-05-29")


def read(text: str) -> list[tuple]:
    """(kind, value, subject, whether in doubt) of every numeric claim, in order."""
    return [(c.kind, c.value, c.subject, c.doubt is not None) for c in extract(text, None, WHEN) if c.kind != "mission"]


@pytest.mark.parametrize(
    "text,iso3,total,parts",
    [
        (
            "Tanzania deployed a total of 2,341 personnel, comprising 79 from the police, 18 "
            "military experts and 2,244 "
            "troops.",
            "TZA",
            2341,
            [79, 18, 2244],
        ),
        (
            "Le Rwanda déploie 6 146 militaires et policiers, dont 978 policiers, 32 experts et 5 136 soldats.",
            "RWA",
            6146,
            [978, 32, 5136],
        ),
        (
            "Rwanda despliega 6.146 efectivos, de los cuales 978 policías, 32 expertos y 5.136 soldados.",
            "RWA",
            6146,
            [978, 32, 5136],
        ),
    ],
)
def test_the_parts_of_a_breakdown_are_types_never_the_total(text, iso3, total, parts):
    assert read(text) == [("total", total, iso3, False)] + [("type", p, iso3, False) for p in parts]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 80,184 UN peacekeepers deployed, 6,742 are from Bangladesh.",
        "Sur les 80 184 Casques bleus déployés, 6 742 viennent du Bangladesh.",
        "De los 80.184 cascos azules desplegados, 6.742 son de Bangladesh.",
    ],
)
def test_the_whole_of_a_partitive_is_the_worlds_and_the_part_the_countrys(text):
    assert [c[:3] for c in read(text)] == [("global_personnel", 80184, "world"), ("total", 6742, "BGD")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "En mars 2019, le Niger se plaçait au 7ᵉ rang des contributeurs de militaires au sein de la MINUSMA.",
            [("rank_partial", 7, "NER", False)],
        ),
        (
            "Niger ranked 7th among troop contributors, as of March, within MINUSMA.",
            [("rank_partial", 7, "NER", False)],
        ),
        (
            "Uruguay es el vigésimo contribuyente, y el octavo en cuanto a número de mujeres.",
            [("rank", 20, "URY", False), ("rank_women", 8, "URY", False)],
        ),
        (
            "Uruguay is the 20th largest contributor, and the 8th for women.",
            [("rank", 20, "URY", False), ("rank_women", 8, "URY", False)],
        ),
        (
            "L'Uruguay est le 20e contributeur, et le 8e pour les femmes.",
            [("rank", 20, "URY", False), ("rank_women", 8, "URY", False)],
        ),
        (
            "Le Burkina Faso est le 13e pays contributeur sur 124.",
            [("rank", 13, "BFA", False), ("global_countries", 124, "world", False)],
        ),
        (
            "Ghana is the seventh largest contributor out of 122.",
            [("rank", 7, "GHA", False), ("global_countries", 122, "world", False)],
        ),
        (
            "Uruguay es el vigésimo país contribuyente de 122.",
            [("rank", 20, "URY", False), ("global_countries", 122, "world", False)],
        ),
        (
            "South Africa is the sixth largest contributor of women peacekeepers at 230.",
            [("rank_women", 6, "ZAF", False), ("women", 230, "ZAF", False)],
        ),
        (
            "L'Afrique du Sud est le sixième contributeur de femmes avec 230.",
            [("rank_women", 6, "ZAF", False), ("women", 230, "ZAF", False)],
        ),
    ],
)
def test_ranks_in_a_group_elliptic_ranks_and_what_a_rank_counts(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among the five permanent members of the Security Council, China leads with 1,800 peacekeepers.",
        "Parmi les cinq membres permanents du Conseil de sécurité, la Chine est en tête avec 1 800 Casques bleus.",
    ],
)
def test_the_permanent_members_are_no_personnel(text):
    assert [c[:3] for c in read(text)] == [("other", 5, "CHN"), ("total", 1800, "CHN")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We honour the nearly 4,200 heroes and heroines who sacrificed their lives.", [(4200, None)]),
        ("Rendons hommage aux près de 4 200 héros et héroïnes qui ont perdu la vie.", [(4200, None)]),
        (
            "More than 3,900 peacekeepers have lost their lives since 1948, including 102 last year.",
            [(3900, None), (102, "2022-01-01")],
        ),
        (
            "Plus de 3 900 Casques bleus ont perdu la vie depuis 1948, dont 102 l'année dernière.",
            [(3900, None), (102, "2022-01-01")],
        ),
    ],
)
def test_world_deaths_and_the_deaths_of_one_year_among_them(text, expected):
    claims = [c for c in extract(text, None, WHEN) if c.kind != "mission"]
    assert [c.kind for c in claims] == ["global_fatalities"] * len(expected)
    assert [(c.value, c.since) for c in claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Les casques bleus tchadiens sont plus de 1 400 dans le monde.", [("total", 1400, "TCD", False)]),
        ("Chadian peacekeepers are more than 1,400.", [("total", 1400, "TCD", False)]),
        ("Los cascos azules uruguayos son más de 1.000.", [("total", 1000, "URY", False)]),
        (
            "Con 1.511 efectivos, principalmente en el Congo y en Haití, Uruguay es el vigésimo contribuyente.",
            [("total", 1511, "URY", True), ("rank", 20, "URY", False)],
        ),
        (
            "Participating in six missions in Africa; Egypt is the seventh-largest contributor.",
            [("missions", 6, "EGY", True), ("rank", 7, "EGY", False)],
        ),
    ],
)
def test_subjects_named_before_a_verb_or_after_the_figure(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,month",
    [
        ("the country had, as of last May, 2,667 troops", "2023-05"),
        ("à la date du 30 avril 2018, le Burkina Faso a contribué", "2018-04"),
        ("En mars 2019, le Niger se plaçait au 7ᵉ rang", "2019-03"),
        ("In March 2019, Niger ranked seventh", "2019-03"),
    ],
)
def test_data_months_the_text_states(text, month):
    """A sentence that opens with its month names the text's month within the year before it (test_check_missing_
    months.py: years before, it is history)."""
    assert stated_month(text, published("2019-08-15") if "2019" in text else WHEN).month == month


def test_a_year_in_a_sentence_is_no_stated_month():
    assert stated_month("The unit deployed in March 2019, the second time it did.", WHEN) is None


@pytest.mark.parametrize(
    "text",
    [
        "In October 2018, Viet Nam's field hospital deployed two groups of 63 personnel to South Sudan.",
        "En août 2022, 26 Casques bleus avaient déjà été tués cette année.",
        "Se recordó al militar español que falleció a finales de enero de 2015 en un ataque.",
        "La première participation de la Tunisie remonte au 15 juillet 1960.",
    ],
)
def test_a_month_that_dates_an_event_is_no_stated_month(text):
    """Sets I and T: the month of a deployment, a death or a first participation is not the month of the figures."""
    assert stated_month(text, WHEN) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rwanda is proud that the East African Community's 5,136 troops serve in UN missions.",
            [("total", 5136, None, True)],
        ),
        (
            "Ghana is one of the 80,000 peacekeepers serving the UN, with 2,714 personnel.",
            [("global_personnel", 80000, "world", True), ("total", 2714, "GHA", False)],
        ),
        (
            "Le Sénégal est fier de compter parmi les 95 000 Casques bleus déployés.",
            [("global_personnel", 95000, "world", True)],
        ),
        ("Uruguay es uno de los 87.000 cascos azules del mundo.", [("global_personnel", 87000, "world", True)]),
        (
            "Nepal honours its fallen: more than 4,400 peacekeepers have died since 1948.",
            [("global_fatalities", 4400, "world", True)],
        ),
        (
            "Le Népal rend hommage à ses morts : plus de 4 400 Casques bleus ont perdu la vie depuis 1948.",
            [("global_fatalities", 4400, "world", True)],
        ),
    ],
)
def test_a_group_or_the_world_in_a_countrys_text_is_never_the_country_for_certain(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Indonesia completed a rotation of 136 officers in Lebanon.", [("other", 136, "IDN", False)]),
        ("Le Maroc a envoyé une relève de 750 soldats en RCA.", [("other", 750, "MAR", False)]),
        ("Uruguay envió un contingente de 200 efectivos al Congo.", [("other", 200, "URY", False)]),
        (
            "Bangladesh has 6,004 personnel deployed, 194 of them engineers.",
            [("total", 6004, "BGD", False), ("total", 194, "BGD", True)],
        ),
        (
            "Le Bangladesh déploie 6 004 militaires, dont 194 ingénieurs.",
            [("total", 6004, "BGD", False), ("other", 194, "BGD", False)],
        ),
    ],
)
def test_units_rotations_and_parts_are_not_the_countrys_total(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ireland is the first among Western countries in UN peacekeeping.",
        "L'Irlande est le premier contributeur parmi les pays occidentaux.",
        "Le Sénégal est le 10ᵉ contributeur africain.",
        "Rwanda is the fourth within MINUSCA.",
    ],
)
def test_ranks_in_a_group_of_countries_are_partial(text):
    assert read(text)[0][0] == "rank_partial"


@pytest.mark.parametrize(
    "text,partial",
    [
        ("Senegal is the 7th largest contributor to UN peacekeeping missions.", False),
        ("Le Sénégal est le 7ème pays contributeur dans les missions de maintien de la paix.", False),
        ("Le Sénégal est le septième pays contributeur dans les missions de l'ONU.", False),
        ("El Senegal es el séptimo contribuyente en las misiones de paz de la ONU.", False),
        ("Senegal is the 7th largest contributor in the mission.", True),
        ("Le Sénégal est le 7ème contributeur dans la mission.", True),
        ("El Senegal es el séptimo contribuyente en la misión.", True),
    ],
)
def test_missions_in_general_leave_a_rank_whole_and_one_mission_makes_it_partial(text, partial):
    assert (read(text)[0][0] == "rank_partial") is partial


@pytest.mark.parametrize(
    "text",
    [
        "Al 31 de diciembre de 2019, el Brasil aporta 252 efectivos uniformados a las operaciones de paz de la ONU.",
        "Au 1er septembre 2022, le Brésil fournit 252 membres du personnel en tenue.",
        "As of the 30 of September 2022, Brazil provides 252 uniformed personnel.",
    ],
)
def test_the_day_of_a_long_date_is_no_claim(text):
    assert read(text) == [("total", 252, "BRA", False)]
