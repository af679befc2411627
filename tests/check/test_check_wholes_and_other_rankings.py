"""Set Q (measured before any rule of this file, then learnt from): a country's whole deployment said to be almost all
in one mission is its total, not the mission's; the men of "2,607 men and 185 women" are a part, not the total; a rank
in another body's index is not the UN's ranking; and a figure that holds in a report whose file is dated after the
text (a later copy) is stale, never contradicted."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2017-04-25")


def kinds(text: str, iso3: str | None = None) -> list[tuple]:
    return [(c.kind, c.value, c.mission) for c in extract(text, iso3, WHEN) if c.kind != "mission"]


@pytest.mark.parametrize(
    "text",
    [
        "Almost all of its 1,076 uniformed personnel are deployed in UNIFIL in Lebanon.",
        "Most of Italy's 1,076 uniformed personnel serve in UNIFIL.",
        "La plupart de ses 1 076 militaires et policiers sont déployés à la FINUL.",
        "Casi todos sus 1.076 efectivos están desplegados en la FPNUL.",
    ],
)
def test_a_whole_said_to_be_mostly_in_one_mission_is_the_total(text):
    assert kinds(text, "ITA") == [("total", 1076, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia deploys 2,607 men and 185 women.",
        "L'Indonésie déploie 2 607 hommes et 185 femmes.",
        "Indonesia despliega 2.607 hombres y 185 mujeres.",
    ],
)
def test_the_men_beside_the_women_are_a_part_not_the_total(text):
    assert kinds(text, "IDN") == [("other", 2607, None), ("women", 185, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia ranks 19th in the Good Country Index. The index surveyed 163 countries.",
        "L'Indonésie est 19e de l'indice Good Country, qui couvre 163 pays.",
        "Indonesia ocupa el puesto 19 del índice Good Country, que abarca 163 países.",
    ],
)
def test_a_rank_in_another_bodys_index_is_not_the_uns(text):
    assert [k for k, _, _ in kinds(text, "IDN")] == ["other", "other"]


@pytest.mark.archive
def test_a_figure_that_holds_in_a_report_filed_after_the_text_is_stale(full_con):
    """The 2023-09 report's file is dated 2024-01-16, more than 45 days after its month: a later copy of a report
    the UN may have published before a text of December 2023."""
    (v,) = verify.check(full_con, "Indonesia has 2,717 personnel.", "2023-12").verdicts
    assert (v.claim.kind, v.verdict, v.stale) == ("total", "stale", "2023-09")
    assert "2024-01-16" in v.note and "2,707 in 2023-08" in v.note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad is one of the 20 largest contributors of uniformed personnel.", ("rank", 20, "<=")),
        ("Le Tchad est l'un des 20 plus grands contributeurs de personnel en uniforme.", ("rank", 20, "<=")),
        ("Chad es uno de los 20 mayores contribuyentes de personal uniformado.", ("rank", 20, "<=")),
        ("Le Burkina Faso est le 11è pays contributeur de troupes au monde.", ("rank", 11, None)),
    ],
)
def test_a_place_among_the_largest_and_a_written_ordinal_are_ranks(text, expected):
    """Set Q: "l'un des 20 plus grands contributeurs" (a bound) and "le 11è pays contributeur" were read as no rank."""
    assert [(c.kind, c.value, c.qualifier) for c in extract(text, None, WHEN)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Belgique compte une centaine de militaires.", (100, "~")),
        ("La Mauritanie compte plus d'un millier de Casques bleus.", (1000, ">")),
        ("Uruguay tiene una veintena de soldados.", (20, "~")),
        ("Uruguay tiene un centenar de soldados.", (100, "~")),
    ],
)
def test_a_number_said_with_a_collective_noun_is_about_that_many(text, expected):
    """Sets M, Q, S: "une centaine de militaires", "un millier de Casques bleus" were read as no figure."""
    assert [(c.value, c.qualifier) for c in extract(text, None, WHEN)] == [expected]


def test_the_worlds_largest_contributor_is_the_first_and_its_figure_with_it_the_total():
    """Set S: "the world's largest contributor … with 7,269, followed by Nepal with 6,264" stated no rank."""
    text = "Bangladesh was the world's largest contributor of uniformed personnel, with 7,269, then Nepal with 6,264"
    assert [(c.kind, c.value, c.subject) for c in extract(text, None, WHEN)] == [
        ("rank", 1, "BGD"),
        ("total", 7269, "BGD"),
        ("total", 6264, "NPL"),
    ]
