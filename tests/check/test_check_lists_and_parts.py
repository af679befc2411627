"""Issue 23: figures of a list, of a part or of a place read as the country's or the world's, probed with made-up
sentences in the style of published texts (en, fr, es): "these three countries" after a list is not the world's
number of contributors; "243 personnel including 20 officers based in Mali" does not make 20 the country's people in
Mali; "1,295 Senegalese troops" among the peacekeepers "deployed in that country", or near the report's figure of one
mission, is a contingent, not the country's troops. None may be contradicted; the country's own figures stay."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published
from peacekeeping.wording.check_notes import say

WHEN = published("2023-06-15")

LISTS = sentences("lists_and_parts", "LISTS")


@pytest.mark.parametrize("text", LISTS)
def test_the_countries_of_a_list_are_not_the_worlds_contributors(text):
    assert [c for c in extract(text, None, WHEN) if c.kind == "global_countries"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bangladesh, Nepal and India lead the list of the 120 countries that contribute personnel.",
        "Peacekeepers come from the 121 countries that contribute troops and police.",
        "Les Casques bleus viennent des 121 pays qui fournissent des militaires et des policiers.",
        "Los cascos azules proceden de los 121 países que aportan tropas y policías.",
    ],
)
def test_the_worlds_contributors_stay_a_world_figure(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value in (120, 121)] == ["global_countries"]


PARTS = sentences("lists_and_parts", "PARTS")


@pytest.mark.parametrize(("text", "iso3"), PARTS)
def test_a_part_of_the_figure_before_it_is_never_a_total_for_certain(text, iso3):
    assert [
        (c.kind, c.value) for c in extract(text, None, WHEN) if c.value == 20 and c.subject == iso3 and not c.doubt
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya currently deploys 1,463 personnel, including 90 women.", [("women", 90)]),
        (
            "Kenya currently deploys 1,463 personnel, comprising 812 police and 651 troops.",
            [("type", 812), ("type", 651)],
        ),
        ("Le Sénégal déploie 2 446 Casques bleus, dont 248 femmes.", [("women", 248)]),
    ],
)
def test_a_breakdown_by_women_or_type_stays_certain(text, expected):
    found = [(c.kind, c.value) for c in extract(text, None, WHEN) if c.kind in ("women", "type") and not c.doubt]
    assert found == expected


THAT_PLACE = sentences("lists_and_parts", "THAT_PLACE")


@pytest.mark.parametrize("text", THAT_PLACE)
def test_figures_of_a_place_named_before_are_in_doubt(text):
    found = {c.value: c for c in extract(text, None, WHEN) if c.subject == "SEN"}
    assert found[1295].kind == "type" and found[1295].doubt.key == "doubt_that_place"
    assert say(found[1295].doubt, "fr") and say(found[1295].doubt, "es")
    assert (found[2446].kind, found[2446].doubt) == ("total", None)  # the country's own, beside them


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "values"),
    [(t, {3}) for t in LISTS] + [(t, {20}) for t, _ in PARTS] + [(t, {13211, 1295}) for t in THAT_PLACE],
)
def test_no_list_part_or_place_is_contradicted(full_con, text, values):
    found = chosen(full_con, text, "2023-07-15", lambda v: v.claim.value in values)
    assert found and contradicted(found) == []


BREAKDOWN = {  # a type's figure in a breakdown of the country's total, as of the report of April 2023
    "en": "As of 30 April 2023, Senegal deploys {total} peacekeepers, comprising {n} troops and 48 police.",
    "fr": "Au 30 avril 2023, le Sénégal déploie {total} Casques bleus, dont {n} militaires et 48 policiers.",
    "es": "Al 30 de abril de 2023, Senegal despliega {total} efectivos, incluidos {n} soldados y 48 policías.",
}


def _sen(con, sql: str) -> int:
    return con.execute(sql + " AND iso3 = 'SEN' AND as_of = '2023-04-30'").fetchone()[0]


def _written(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", {"en": ",", "fr": " ", "es": "."}[lang])


def _troops(con, lang: str, value: int) -> list[tuple]:
    total = _sen(con, "SELECT sum(total) FROM contributions WHERE true")
    text = BREAKDOWN[lang].format(total=_written(total, lang), n=_written(value, lang))
    found = verify.check(con, text, "2023-06-15").verdicts
    return [
        (v.verdict, v.note.values.get("doubt", "") if v.verdict != "contradicted" else "")
        for v in found
        if v.claim.value == value
    ]


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_types_figure_that_is_one_missions_is_a_contingent_not_contradicted(full_con, lang):
    mission = _sen(full_con, "SELECT sum(total) FROM contributions WHERE mission = 'MINUSMA'")
    troops = _sen(full_con, "SELECT sum(total) FROM contributions WHERE personnel_type = 'Troops'")
    assert abs(mission - troops) > 0.05 * mission  # the mission's figure is not the country's troops
    ((verdict, doubt),) = _troops(full_con, lang, mission)
    assert verdict == "not checkable" and say(doubt, "fr") and say(doubt, "es")
    assert (
        doubt == f"a contingent's own figure: {_written(mission, lang)} is near the report's {mission:,} "
        "(personnel in MINUSMA) in 2023-04"
    )


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_types_figure_far_from_every_missions_is_still_contradicted(full_con, lang):
    troops = _sen(full_con, "SELECT sum(total) FROM contributions WHERE personnel_type = 'Troops'")
    far = troops + 237
    assert _troops(full_con, lang, far) == [("contradicted", "")]
