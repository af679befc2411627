"""Issue 23, kinds of false contradiction seen on a second set of published texts (set H), in en, fr, es: a national
count beside 'overseas' with no UN word (it may take in EU or OSCE missions), women who 'have served' over the years,
a unit's women at a medal parade, a rank in the sub-region, a toll 'since' an event of a year, the operations after a
world figure with a list of kinds, and a month the text states whose report came out after it."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, doubts, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2021-06-29")


ABROAD = sentences("national_counts", "ABROAD")
SERVED = sentences("national_counts", "SERVED")
MEDALS = sentences("national_counts", "MEDALS")
SUB_REGION = sentences("national_counts", "SUB_REGION")


@pytest.mark.parametrize("text", ABROAD)
def test_a_national_count_beside_overseas_with_no_un_word_is_in_doubt(text):
    assert (doubts(text, 564, WHEN)[0], doubts(text, 10, WHEN)[0]) == ("doubt_abroad", "doubt_abroad")


@pytest.mark.parametrize("text", SERVED)
def test_women_who_have_served_over_the_years_are_in_doubt(text):
    assert doubts(text, 900, WHEN)[0] == "doubt_so_far"


@pytest.mark.parametrize("text", MEDALS)
def test_the_women_of_a_medal_parade_are_in_doubt(text):
    assert doubts(text, 68, WHEN)[0] == "doubt_event"


@pytest.mark.parametrize("text", SUB_REGION)
def test_a_rank_in_the_sub_region_is_partial(text):
    assert [c.kind for c in extract(text, None, WHEN)][:1] == ["rank_partial"]


@pytest.mark.parametrize(
    "text",
    [
        "Since the country deployed its first formed contingent to Congo in 1960, 147 Ghanaian peacekeepers have died.",
        "Depuis que le pays a déployé son premier contingent constitué au Congo en 1960, 147 Casques bleus ghanéens "
        "sont morts.",
        "Desde que el país desplegó su primer contingente en el Congo en 1960, han muerto 147 cascos azules ghaneses.",
    ],
)
def test_a_toll_since_an_event_of_a_year_counts_from_that_year(text):
    assert [(c.kind, c.since) for c in extract(text, None, WHEN) if c.value == 147] == [("fatalities", "1960-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "India contributes 6,900 troops. Today, it deploys more than 113,000 military, police and civilian personnel "
        "in 16 peacekeeping operations.",
        "L'Inde fournit 6 900 militaires. Aujourd'hui, elle déploie plus de 113 000 militaires, policiers et civils "
        "dans 16 opérations de maintien de la paix.",
        "India aporta 6.900 militares. Hoy despliega más de 113.000 militares, policías y civiles en 16 operaciones de "
        "paz.",
    ],
)
def test_operations_after_a_world_figure_with_a_list_of_kinds_are_the_worlds(text):
    assert [(c.kind, c.subject) for c in extract(text, None, WHEN) if c.value == 16] == [("global_operations", "world")]


@pytest.mark.archive
@pytest.mark.parametrize(("text", "value"), [(t, 564) for t in ABROAD] + [(t, 900) for t in SERVED])
def test_none_of_them_is_contradicted(full_con, text, value):
    assert contradicted(chosen(full_con, text, "2021-06-29", lambda v: v.claim.value == value)) == []


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "As of 8 June 2021, Côte d'Ivoire is the 23rd contributor with 888 military and police personnel.",
        "En date du 28 juin 2021, la Côte d'Ivoire est le 23e contributeur avec 888 militaires et policiers.",
        "Al 28 de junio de 2021, Côte d'Ivoire es el 23.º contribuyente con 888 militares y policías.",
    ],
)
def test_a_stated_month_whose_report_came_out_after_the_text_gives_way_to_the_reports_before(full_con, text):
    from peacekeeping.check import verify

    result = verify.check(full_con, text, "2021-07-02")
    assert (result.month["month"], [v.verdict for v in result.verdicts if v.claim.kind in ("rank", "total")]) == (
        "2021-04",
        ["supported", "supported"],
    )
    assert "after the text" in str(result.message)
