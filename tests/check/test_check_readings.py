"""How the checker reads claims it once got wrong on texts like the unseen ones: a month the text states ("UN figures
for March 2024") is the reference month; "among the largest" is no rank; "troops" may count the troops or everyone."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published, stated_month

WHEN = published("2024-05-01")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("according to UN figures for March 2024, Nepal has 6,124 personnel", "2024-03"),
        ("UN data from February 2024 show", "2024-02"),
        ("statistics for the month of January 2024", "2024-01"),
        ("March 2024 figures put Nepal first", "2024-03"),
        ("selon les chiffres de mars 2024, le Népal", "2024-03"),
        ("selon les données du mois de février 2024", "2024-02"),
        ("según las cifras de marzo de 2024, Nepal", "2024-03"),
        ("según datos de febrero de 2024", "2024-02"),
        ("figures for March show", "2024-03"),  # no year: the latest March not after publication
    ],
)
def test_figures_of_a_month_state_the_month(text, month):
    assert stated_month(text, WHEN).month == month


@pytest.mark.parametrize(
    "text",
    ["The figures for peacekeeping are published monthly.", "Data for may be missing", "data of the missions"],
)
def test_figures_without_a_month_state_none(text):
    assert stated_month(text, WHEN) is None


@pytest.mark.archive
def test_a_figure_of_another_month_than_the_one_stated_is_stale(full_con):
    text = (
        "Nepal is the largest contributor of peacekeepers, with 6,247 troops and police, according to UN figures for "
        "March 2024."
    )
    result = verify.check(full_con, text, "2024-05-01")
    assert result.month["month"] == "2024-03" and "the month the text states ('figures for March 2024')" in (
        result.message
    )
    total = next(v for v in result.verdicts if v.claim.kind == "total")
    assert (total.verdict, total.data, total.note) == (
        "stale",
        6124,
        "stale: held in 2023-11; in 2024-03 the data says 6,124",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda is among the largest contributors of UN peacekeepers.",
        "Rwanda is one of the largest contributors to UN peacekeeping.",
        "Rwanda and Nepal are the largest contributors of peacekeepers.",
        "Le Rwanda est l’un des plus grands contributeurs de Casques bleus.",
        "Ruanda es uno de los mayores contribuyentes de cascos azules.",
    ],
)
def test_one_of_the_largest_is_no_rank(text):
    """Among the largest, or a plural superlative, says no rank: only "the largest contributor" is first."""
    assert [c.kind for c in extract(text, "RWA") if c.kind in ("rank", "rank_women")] == []


def test_the_largest_contributor_is_first():
    assert [(c.kind, c.value) for c in extract("Nepal is the largest contributor of peacekeepers.", "NPL")] == [
        ("rank", 1)
    ]


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Rwanda has 2,109 troops serving with MINUSCA, as of 31 August 2023.", "troops"),
        ("Rwanda has 2,846 troops serving with MINUSCA, as of 31 August 2023.", "personnel in MINUSCA"),
        ("Rwanda has 2,109 troops in the Central African Republic, as of 31 August 2023.", "troops"),
    ],
)
def test_troops_may_count_the_troops_or_every_person(full_con, text, readings):
    """'Troops' in the press means all personnel as often as the troops alone: either reading supports the figure;
    only a figure that is neither is contradicted (it once compared 2,109 troops with MINUSCA's 2,846 people)."""
    claim = next(v for v in verify.check(full_con, text, "2023-12-15").verdicts if v.claim.kind == "mission_count")
    assert (claim.verdict, claim.note) == ("supported", f"matches the data counting {readings}")
    wrong = verify.check(full_con, text.replace("2,109", "2,517").replace("2,846", "2,517"), "2023-12-15")
    contradicted = next(v for v in wrong.verdicts if v.claim.kind == "mission_count")
    assert contradicted.verdict == "contradicted"
    assert contradicted.note.startswith("the data says 2,846 (personnel in MINUSCA) or 2,109 (troops)")


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay es el país de América Latina que más efectivos aporta: 1.042 efectivos uniformados.",
        "Uruguay, the largest Latin America contributor, deploys 1,042 uniformed personnel.",
        "Uruguay is the top contributor from South America, with 1,042 uniformed personnel.",
    ],
)
def test_a_region_named_america_is_not_the_united_states(text):
    """'América Latina', 'Latin America', 'South America': regions whose names hold the alias 'America'."""
    assert {c.subject for c in extract(text) if c.kind == "total"} == {"URY"}


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay ocupa el 26.º lugar entre los países contribuyentes.",
        "L'Uruguay occupe la 26e place parmi les pays contributeurs.",
    ],
)
def test_a_rank_among_all_contributing_countries_is_a_rank(text):
    assert [(c.kind, c.value) for c in extract(text, "URY") if c.kind.startswith("rank")] == [("rank", 26)]
