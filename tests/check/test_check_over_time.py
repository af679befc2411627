"""Issue 23: counts and ranks over the years and historical firsts read as this month's figures, probed with made-up
sentences in the style of published texts (en, fr, es): "over 130 countries have contributed since 1948" is not
today's number of contributors, "the third largest contributor over the history of UN peacekeeping" not today's
rank, "the first country to deploy an all-female unit" no rank at all. None may be contradicted; today's figures
beside them stay certain."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published
from peacekeeping.wording.check_notes import say

WHEN = published("2023-06-15")
_RANKS = ("rank", "rank_women")

COUNTRIES_OVER_TIME = sentences("over_time", "COUNTRIES_OVER_TIME")


SENT_SINCE = sentences("over_time", "SENT_SINCE")


@pytest.mark.parametrize(("text", "iso3"), SENT_SINCE)
def test_what_was_sent_since_a_year_is_a_count_over_the_years(text, iso3):
    found = [c for c in extract(text, None, WHEN) if c.subject == iso3 and c.kind in ("total", "mission_count")]
    assert found and all(c.doubt.key == "doubt_so_far" for c in found)


@pytest.mark.parametrize(
    "text",
    ["Kenya, a contributor since 2006, currently deploys 620 personnel.", "Kenya currently deploys 620 personnel."],
)
def test_todays_strength_stays_certain_beside_a_year(text):
    assert [(c.kind, c.doubt) for c in extract(text, None, WHEN) if c.value == 620] == [("total", None)]


@pytest.mark.parametrize("text", COUNTRIES_OVER_TIME)
def test_countries_that_contributed_over_the_years_are_not_todays_contributors(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value == 130] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers from 121 countries serve in 12 operations.",
        "Currently, 121 countries contribute uniformed personnel.",
        "Des Casques bleus de 121 pays servent dans 12 opérations.",
        "Actualmente 121 países aportan personal uniformado.",
        "Close to 130 nations have contributed at various times, and 121 countries currently provide personnel.",
    ],
)
def test_todays_contributing_countries_stay_a_world_figure(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value == 121] == ["global_countries"]


RANKS_OVER_TIME = sentences("over_time", "RANKS_OVER_TIME")


@pytest.mark.parametrize(("text", "rank"), RANKS_OVER_TIME)
def test_a_rank_over_the_years_is_in_doubt(text, rank):
    (claim,) = [c for c in extract(text, None, WHEN) if c.text == rank]
    assert claim.kind == "rank" and claim.doubt.key == "doubt_rank_over_time"
    assert say(claim.doubt, "fr") and say(claim.doubt, "es")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Pakistan is the third largest contributor of uniformed personnel.", "third"),
        (
            "Pakistan has sent more than 200,000 troops so far. Today Pakistan is the third largest contributor.",
            "third",
        ),
        ("Le Pakistan a envoyé 200 000 soldats jusqu'ici. Il est aujourd'hui le troisième contributeur.", "troisième"),
        ("Pakistán ha enviado 200.000 soldados hasta la fecha. Hoy Pakistán es el tercer contribuyente.", "tercer"),
        ("Egypt ranked third among contributing countries for the current period.", "third"),
    ],
)
def test_todays_rank_stays_certain(text, rank):
    assert [(c.kind, c.doubt) for c in extract(text, None, WHEN) if c.text == rank] == [("rank", None)]


FIRSTS = sentences("over_time", "FIRSTS")


@pytest.mark.parametrize("text", FIRSTS)
def test_a_historical_first_is_no_rank(text):
    assert [c for c in extract(text, None, WHEN) if c.kind in _RANKS] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pakistan is the first contributor of women peacekeepers.", "rank_women"),
        ("India is the second largest contributor to UN peacekeeping.", "rank"),
        ("Le Bangladesh est le premier pays contributeur de Casques bleus.", "rank"),
        ("El Pakistán es el primer contribuyente a nivel mundial.", "rank"),
        ("Cambodia is ranked second in deploying women peacekeepers.", "rank_women"),
    ],
)
def test_a_rank_among_contributors_stays_a_rank(text, kind):
    assert [c.kind for c in extract(text, None, WHEN) if c.kind.startswith("rank")] == [kind]


@pytest.mark.archive
@pytest.mark.parametrize(
    "text", COUNTRIES_OVER_TIME + [t for t, _ in RANKS_OVER_TIME] + FIRSTS + [t for t, _ in SENT_SINCE]
)
def test_nothing_over_the_years_is_contradicted(full_con, text):
    assert contradicted(chosen(full_con, text, "2023-06-15", lambda v: v.claim.kind != "mission")) == []


@pytest.mark.archive
@pytest.mark.parametrize(
    "sentence",
    [
        "As of 30 April 2023, Pakistan is the {n} largest contributor of uniformed personnel.",
        "Au 30 avril 2023, le Pakistan est le {n} contributeur de Casques bleus.",
        "Al 30 de abril de 2023, Pakistán es el {n} contribuyente de cascos azules.",
    ],
)
def test_a_wrong_rank_of_today_is_still_contradicted(full_con, sentence):
    (rank,) = full_con.execute("SELECT rank FROM country_months WHERE iso3 = 'PAK' AND as_of = '2023-04-30'").fetchone()
    wrong = rank + 3
    ordinal = {"As": f"{wrong}th", "Au": f"{wrong}e", "Al": f"{wrong}.º"}[sentence[:2]]
    text = sentence.format(n=ordinal)
    found = chosen(full_con, text, "2023-06-15", lambda v: v.claim.kind == "rank")
    assert [(v.claim.value, v.verdict, v.data) for v in found] == [(wrong, "contradicted", rank)]
