"""News leads counted by CLDR plural rules and in the reader's language: no "un efectivos", "one countries"."""

from __future__ import annotations

import pytest

from peacekeeping import news

pytestmark = pytest.mark.archive


def _story(n, kind, **match):
    return next(s for s in n.stories if s.kind == kind and all(s.subject.get(k) == v for k, v in match.items()))


@pytest.mark.parametrize(
    "month, kind, match, lead",
    [
        (
            "2015-07",
            "returns",
            {"iso3": "MKD"},
            {
                "en": "North Macedonia contributes again: one uniformed personnel, none since April 2015.",
                "es": "Macedonia del Norte vuelve a contribuir: un efectivo uniformado, ninguno desde abril de 2015.",
                "fr": "La Macédoine du Nord contribue à nouveau : un membre du personnel en tenue, aucun depuis avril "
                "2015.",
            },
        ),
        (
            "2016-09",
            "mission_opened",
            {"mission": "UNSOS"},
            {
                "en": "UNSOS appears in the reports with 41 uniformed personnel from one country.",
                "es": "La UNSOS aparece en los informes con 41 efectivos uniformados de un país.",
                "fr": "La UNSOS apparaît dans les rapports avec 41 membres du personnel en tenue d’un pays.",
            },
        ),
    ],
    ids=["one-person-returning", "a-mission-from-one-country"],
)
def test_one_is_singular(full_con, month, kind, match, lead):
    assert _story(news.build(full_con, month), kind, **match).lead == lead


def test_no_lead_counts_one_with_a_plural(full_con):
    import re

    from peacekeeping.facts.months import calendar

    wrong = re.compile(r"\b(one|un|une|1) (countries|efectivos|membres|países|missions|misiones|women|mujeres)\b")
    for m in [r.month for r in calendar(full_con).rows]:
        n = news.build(full_con, m)
        for lead in [s.lead for s in n.stories] + n.notes:
            for lang, text in lead.items():
                assert not wrong.search(text), (m, lang, text)


def test_months_in_news_notes_are_lower_case(full_con):
    n = news.build(full_con, "2022-08")
    note = next(x for x in n.notes if "July 2022" in x["en"])
    assert "julio de 2022" in note["es"] and "juillet 2022" in note["fr"]


def test_shares_have_a_no_break_space_before_the_sign_in_spanish_and_french(full_con):
    world = news.build(full_con, "2023-12").world["lead"]
    assert "9.2% of them women" in world["en"]
    assert "9,2\u00a0% son mujeres" in world["es"] and "9,2\u00a0% sont des femmes" in world["fr"]
