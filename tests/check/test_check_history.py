"""History is no current deployment: first deployments are checked against the reviewed table, past missions and
missions the reports do not cover are never contradicted; and the release drafts the tool writes check back with
every figure supported (issue 23)."""

from __future__ import annotations

import datetime as dt

import pytest
from verdicts_of import sentences

from peacekeeping.check import inputs, verify
from peacekeeping.harmonize import milestones
from peacekeeping.release import draft, render

pytestmark = pytest.mark.archive
DATE = "2024-05-29"


def verdicts(con, text: str, date: str = DATE) -> list[tuple]:
    return [(v.claim.kind, v.claim.value, v.claim.subject, v.verdict) for v in verify.check(con, text, date).verdicts]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana first deployed troops to ONUC in 1960.",
        "Le Ghana a déployé pour la première fois des troupes à l'ONUC en 1960.",
        "Ghana desplegó por primera vez tropas en la ONUC en 1960.",
        "Ghana first deployed troops to the United Nations Operation in the Congo (ONUC) in 1960.",
    ],
)
def test_a_first_deployment_is_checked_against_the_reviewed_table(full_con, text):
    assert verdicts(full_con, text) == [("first_deployment", "ONUC", "GHA", "supported")]


def test_a_first_deployment_the_table_does_not_say_is_not_checkable_never_contradicted(full_con):
    (v,) = verify.check(full_con, "Ghana first deployed troops to ONUC in 1961.", DATE).verdicts
    assert (v.claim.kind, v.verdict) == ("first_deployment", "not checkable") and "ONUC in 1960" in v.note


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        ("Ghana first deployed peacekeepers in 1960.", 1960, "supported"),
        ("Ghana has served in UN peacekeeping since 1960.", 1960, "supported"),
        ("Le Ghana participe aux opérations de maintien de la paix de l'ONU depuis 1960.", 1960, "supported"),
        ("Ghana participa en las misiones de paz de la ONU desde 1960.", 1960, "supported"),
        ("Ghana began participating in UN peacekeeping in 1961.", 1961, "not checkable"),
        (
            "Ghana first deployed a group of qualified army officers to serve with the organisation in 1960.",
            1960,
            "supported",
        ),
        (
            "Since 1960, Ghana's armed forces have served in UN peacekeeping missions around the world.",
            1960,
            "supported",
        ),
        (
            "Ghana has been a proud contributor to UN peacekeeping since 1960, sending 850 soldiers to UNIFIL in 2022.",
            1960,
            "supported",
        ),
    ],
)
def test_the_year_of_a_first_deployment_with_no_mission_named_is_checked_against_the_table(
    full_con, text, year, verdict
):
    """Sets K and L: "first deployed in 1988", "a contributor since 2014" were read as no claim at all."""
    assert [v for v in verdicts(full_con, text) if v[0] == "first_deployment"] == [
        ("first_deployment", year, "GHA", verdict)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana started its journey in UN peacekeeping in 1960.",
        "Ghana began taking part in UN peacekeeping operations in 1960.",
        "Ghana initially participated in UN peacekeeping missions in 1960 and has since sent thousands.",
        "Since 1960, Ghana has been sending its soldiers to UN peacekeeping missions.",
        "Since contributing to the very first UN peace operation it joined in 1960, Ghana has served widely.",
        "La première participation du Ghana aux opérations de maintien de la paix remonte au 15 juillet 1960.",
        "La primera participación de Ghana en las misiones de paz de la ONU fue en 1960.",
        "Since 1960, Ghanaian peacekeepers have been playing an instrumental role in conflict zones.",
        "Ghana has taken part in over 30 peacekeeping operations since 1960.",
    ],
)
def test_the_ways_a_first_deployment_is_told_are_read(full_con, text):
    """Sets I to P: "started its journey in 1988", "began joining in 2014", "initially participated in 2006",
    "Since 1958, Nepal has been sending", "remonte au 15 juillet 1960" (a day of history, not the data's month)."""
    assert [v for v in verdicts(full_con, text) if v[0] == "first_deployment"] == [
        ("first_deployment", 1960, "GHA", "supported")
    ]
    assert verify.check(full_con, text, DATE).reference["status"] != "stated month missing"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ghana's first participation was in a UN force in the Republic of Congo in 1960.", "Republic of Congo"),
        ("Ghana's first contribution to UN peacekeeping goes back to 1960 in the Congo.", "Congo"),
        ("Ghana deployed its first peacekeeping unit to the Congo in 1960.", "Congo"),
        ("Ghana's forces were first deployed from July 1960 to June 1964 in the UN Operation in the Congo.", "Congo"),
    ],
)
def test_the_congo_of_a_first_deployment_in_1960_is_onucs(full_con, text, place):
    """ONUC's "Republic of the Congo" of 1960 is today's DR Congo; the year is the first after the words of
    history ("from July 1960 to June 1964"), not the one nearest the place."""
    assert [v for v in verdicts(full_con, text) if v[0] == "first_deployment"] == [
        ("first_deployment", place, "GHA", "supported")
    ]


def test_a_figures_period_is_no_first_deployment(full_con):
    assert [v[0] for v in verdicts(full_con, "Ghana has deployed 5,000 troops since 2004.")] == ["total"]


def test_the_first_mission_of_the_un_is_no_countrys_first_deployment(full_con):
    text = "The first mission was established in 1948 to form UNTSO, to monitor the Armistice in the Middle East."
    assert "first_deployment" not in [v[0] for v in verdicts(full_con, text)]


def test_a_year_the_sources_disagree_on_is_not_checkable_the_mission_alone_is_supported(full_con):
    (v,) = verify.check(full_con, "Uruguay first deployed military observers to UNMOGIP in 1952.", DATE).verdicts
    assert (v.claim.kind, v.verdict) == ("first_deployment", "not checkable") and "disagree" in v.note
    without = "Uruguay first deployed military observers to UNMOGIP."
    assert verdicts(full_con, without) == [("first_deployment", "UNMOGIP", "URY", "supported")]


def test_the_figures_of_a_first_deployment_are_history(full_con):
    found = verdicts(
        full_con,
        "Bangladesh's journey began in 1988 with the deployment of only 15 military "
        "observers to the United Nations Iran-Iraq Military Observer Group (UNIIMOG).",
    )
    assert found == [("other", 15, "BGD", "not checkable"), ("first_deployment", "UNIIMOG", "BGD", "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "Nepal has served in UNAMID and UNMIL.",
        "Le Népal a également servi à la MINUAD et à la MINUL.",
        "Nepal ha servido en la UNAMID y la UNMIL.",
    ],
)
def test_missions_served_in_the_past_are_history(full_con, text):
    assert verdicts(full_con, text) == [
        ("past_mission", "UNAMID", "NPL", "not checkable"),
        ("past_mission", "UNMIL", "NPL", "not checkable"),
    ]


@pytest.mark.parametrize(
    "text,why",
    [
        ("Today, Bangladesh serves in UNAMID.", "closed on 2020-12-31"),
        ("Egypt has 500 troops in UNAMID.", "closed on 2020-12-31"),
        ("Peru contributes personnel to BINUH.", "not a peacekeeping operation"),
    ],
)
def test_missions_the_reports_do_not_cover_are_not_contradicted(full_con, text, why):
    found = verify.check(full_con, text, DATE).verdicts
    assert found and all(v.verdict == "not checkable" and why in v.note for v in found)


FIRSTS = sentences("history", "FIRSTS")
OTHERS = sentences("history", "OTHERS")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("day", [dt.date(2019, 6, 15), dt.date(2024, 5, 29)])
def test_the_tools_own_drafts_check_back_supported(full_con, lang, day):
    assert set(FIRSTS) <= set(milestones.first_deployments())
    for iso3 in FIRSTS + OTHERS:
        text, _ = inputs.read(render.markdown(draft.build(full_con, iso3, day, lang)).encode(), "draft.md")
        found = verify.check(full_con, text, day).verdicts
        figures = [v for v in found if v.claim.kind != "other"]
        assert figures, (iso3, lang, day)
        wrong = [
            (v.claim.kind, v.claim.text, v.verdict, v.note)
            for v in figures
            if v.verdict not in ("supported", "bound holds")
        ]
        assert not wrong, (iso3, lang, day, wrong)
        if iso3 in FIRSTS:
            assert any(v.claim.kind == "first_deployment" and v.verdict == "supported" for v in found), (iso3, lang)


def test_the_aggregate_name_of_a_first_mission_with_its_year_is_supported(full_con):
    """'UNEF' for UNEF I (1956-67): the aggregate the press writes, with the year to say which."""
    found = verdicts(full_con, "Indonesia first deployed to UNEF in 1957.")
    assert found == [("first_deployment", "UNEF", "IDN", "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "The UNIFIL mission in Lebanon stands out: more than 22,400 Norwegian men and women participated in the "
        "operation.",
        "UNIFIL stands out: 22,400 Norwegian soldiers served in the mission over the years.",
    ],
)
def test_a_mission_the_country_took_part_in_is_history(full_con, text):
    """Set P: a mission named before "participated in the operation" was contradicted as a current deployment."""
    assert [v for v in verdicts(full_con, text, "2023-05-29") if v[0] in ("mission", "past_mission")] == [
        ("past_mission", "UNIFIL", "NOR", "not checkable")
    ]
