"""Issue 23, kinds seen on sets CA-CE (built this session, measured before any rule made from them), in en, fr, es:
a country at odds with a mission ('the Israeli military attacked UNIFIL's headquarters') is not said to serve in it;
a dispatch to come ('Cambodia to dispatch 300', 'enverra', 'enviará') is a plan; the dead of one accident are not the
toll; the UN's own count of its operations is never contradicted."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2021-09-28")


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, UNIFIL reported that the Israeli military attacked its headquarters.",
        "La FINUL a accusé l'armée israélienne d'avoir frappé son quartier général.",
        "La FPNUL denunció que el ejército israelí atacó su cuartel general.",
    ],
)
def test_a_country_at_odds_with_a_mission_is_not_said_to_serve_in_it(text):
    found = [c for c in extract(text, None, WHEN) if c.kind == "mission" and c.subject == "ISR"]
    assert found and all(c.doubt and c.doubt.key == "doubt_hostile" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia to dispatch 300 peacekeepers to Mali in October.",
        "Cambodia will dispatch 300 blue berets to Mali on 1 October.",
        "Canada is still deciding which mission to commit 300 police officers to.",
        "Le Cambodge enverra 300 Casques bleus au Mali le 1er octobre.",
        "Camboya enviará 300 cascos azules a Malí el 1 de octubre.",
    ],
)
def test_a_dispatch_to_come_is_a_plan(text):
    found = [c for c in extract(text, None, WHEN) if c.value == 300]
    assert found and all(c.kind == "other" or (c.doubt and c.doubt.key == "doubt_future") for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "A plane crash killed 92 Senegalese soldiers.",
        "Un accident d’avion a causé la mort de 92 soldats sénégalais.",
        "Un accidente aéreo causó la muerte de 92 soldados senegaleses.",
        "92 Senegalese soldiers were killed in a similar incident a day earlier.",
        "92 soldats sénégalais avaient été tués la veille.",
        "92 soldados senegaleses murieron el día anterior.",
    ],
)
def test_the_dead_of_one_accident_are_not_the_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.value == 92]
    assert [(c.kind, c.doubt.key) for c in found] == [("fatalities", "doubt_deaths_one_mission")]


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Africa hosts 7 of the 14 UN peacekeeping missions, with 80 percent of the force.",
        "L'Afrique accueille 7 des 14 missions de maintien de la paix de l'ONU.",
        "El continente africano alberga 7 de las 14 misiones de paz.",
    ],
)
def test_the_uns_own_count_of_its_operations_is_never_contradicted(full_con, text):
    assert contradicted(chosen(full_con, text, "2021-06-10", lambda v: v.claim.value == 14)) == []


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Egypt keeps 1,072 soldiers, MINUSMA said.",
        "L'Égypte maintient 1 072 soldats, selon la MINUSMA.",
        "Egipto mantiene 1.072 soldados, según la MINUSMA.",
    ],
)
def test_a_figure_that_held_in_the_mission_named_after_it_a_month_before_is_stale(full_con, text):
    (v,) = [v for v in chosen(full_con, text, "2022-07-15", lambda v: v.claim.value == 1072)]
    assert (v.verdict, v.claim.kind, v.claim.mission, v.stale) == ("stale", "mission_count", "MINUSMA", "2021-11")


@pytest.mark.parametrize(
    "text",
    [
        "The number of Canadian peacekeepers in the field fell to just 68.",
        "The number of Canadian peacekeepers in the field is down to just 68.",
        "Le nombre de Casques bleus canadiens est tombé à 68.",
        "El número de cascos azules canadienses cayó a solo 68.",
    ],
)
def test_the_level_a_number_fell_to_is_the_total(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value == 68] == ["total"]


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "contradicted_too"),
    [
        ("The Norwegian contribution to the UNIFIL mission in Lebanon stands out in history.", False),
        ("La contribution norvégienne à la FINUL au Liban est remarquable.", False),
        ("La contribución noruega a la FPNUL en el Líbano es notable.", False),
        ("Norway currently has troops in UNIFIL.", True),
    ],
)
def test_a_mission_a_country_no_longer_serves_in_is_contradicted_only_if_dated_now(full_con, text, contradicted_too):
    found = chosen(full_con, text, "2025-11-15", lambda v: v.claim.kind == "mission")
    assert found and bool(contradicted(found)) is contradicted_too, [(v.verdict, v.note) for v in found]


@pytest.mark.parametrize(
    "text",
    [
        "Forty-eight Irish peacekeepers have died on the mission since it began.",
        "Quarante-huit Casques bleus irlandais sont morts dans la mission depuis son début.",
        "Cuarenta y ocho cascos azules irlandeses murieron en la misión desde su inicio.",
    ],
)
def test_the_dead_on_one_mission_are_not_the_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.value == 48]
    assert [(c.kind, c.doubt.key) for c in found] == [("fatalities", "doubt_deaths_one_mission")]


def test_a_country_that_continues_to_deploy_states_its_strength_not_a_plan():
    found = [c for c in extract("Nepal continues to deploy 5,782 peacekeepers.", None, WHEN) if c.value == 5782]
    assert [(c.kind, c.doubt) for c in found] == [("total", None)]


def test_a_target_is_no_attack_on_a_mission():
    text = "Ghana serves in UNIFIL and meets the UN's targets for women."
    assert [c.doubt for c in extract(text, None, WHEN) if c.kind == "mission"] == [None]
