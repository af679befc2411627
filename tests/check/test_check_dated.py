"""Precision first (issue 23): a country's strength (its total, a type, its women, its missions, a mission's
contingent) is contradicted only where its sentence dates it, to the present ("currently", "deploys", "aporta",
"déploie actuellement") or to a month ("in June 2022"); a sentence that does not (a tribute, a past deed, a
figure in passing) gives a figure the data does not hold as "not checkable", saying why, in every language."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check import verify
from peacekeeping.wording.check_notes import say

pytestmark = pytest.mark.archive

DATE = "2022-10-12"  # Peru's figures of the month the text must have used: 270 personnel, 38 women, 255 in MINUSCA
UNDATED = sentences("dated", "UNDATED")
DATED = sentences("dated", "DATED")


def _peru(result: verify.Result) -> list[verify.Verdict]:
    return [v for v in result.verdicts if v.claim.subject == "PER" and v.claim.value == 333]


@pytest.mark.parametrize("text", UNDATED)
def test_an_undated_strength_the_data_does_not_hold_is_not_contradicted(full_con, text):
    verdicts = _peru(verify.check(full_con, text, DATE))
    assert verdicts, text
    for v in verdicts:
        assert v.verdict == "not checkable", (text, v.verdict, v.note)
        assert "the sentence does not say this is the strength deployed now or in a month it names" in v.note


@pytest.mark.parametrize("text", DATED)
def test_a_dated_strength_the_data_does_not_hold_is_contradicted(full_con, text):
    verdicts = _peru(verify.check(full_con, text, DATE))
    assert [v.verdict for v in verdicts] == ["contradicted"], text


def test_the_doubt_is_said_in_spanish_and_french(full_con):
    (v,) = _peru(verify.check(full_con, UNDATED[4], DATE))
    assert "la frase no dice que sean los efectivos desplegados ahora" in say(v.note, "es")
    assert "la phrase ne dit pas qu’il s’agit de l’effectif déployé" in say(v.note, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Three Zambian peacekeepers were killed on 4 March in an ambush.",
        "Two Zambian peacekeepers died last week in an attack on their base.",
        "June 2020 – three peacekeepers from Zambia are killed in the Central African Republic.",
        "Trois Casques bleus zambiens ont été tués le 4 mars dans une embuscade.",
        "Tres cascos azules zambianos murieron el 4 de marzo en una emboscada.",
    ],
)
def test_the_dead_of_one_attack_are_not_the_countrys_toll(full_con, text):
    (v,) = chosen(full_con, text, "2021-03-10", lambda v: v.claim.kind == "fatalities")
    assert v.verdict == "not checkable" and "the deaths of one mission or period, not all" in v.note, v.note


def test_a_toll_since_a_year_is_still_checked(full_con):
    """Zambia's dead up to March 2021: 81 uniformed, 83 in all; 60 is fewer than its uniformed dead."""
    (v,) = verify.check(full_con, "Since 1948, 60 Zambian peacekeepers have lost their lives.", "2021-03-10").verdicts
    assert v.verdict == "contradicted"


NOT_COUNTS_OF_NOW = [  # (text, date, the verdicts looked at): counts of something else, or over the years
    *[  # more contributing countries than there are states
        (text, "2021-03-10", lambda v: v.claim.value == 2700)
        for text in (
            "Ghana ranks 8th among 2,700 contributing countries.",
            "Le Ghana est 8e parmi 2 700 pays contributeurs.",
            "Ghana ocupa el octavo lugar entre 2.700 países contribuyentes.",
        )
    ],
    *[  # more missions than ever ran at once, or counted "hitherto": missions over the years
        (text, "2020-10-24", lambda v: v.claim.value in (46, 41))
        for text in (
            "Pakistan has contributed over 200,000 troops in 46 UN missions in 28 countries.",
            "Le Pakistan a participé à 46 missions de l'ONU.",
            "Pakistán ha participado en 46 misiones de la ONU.",
            "Pakistan has hitherto participated in 41 UN peacekeeping missions.",
        )
    ],
    *[  # an entry of a timeline: one day's dead, not the country's toll
        (text, "2023-09-08", lambda v: v.claim.kind == "fatalities")
        for text in (
            "May 4, 2000 - In Sierra Leone, seven peacekeepers from Kenya are killed by rebels.",
            "4 mai 2000 : en Sierra Leone, sept Casques bleus kényans sont tués par des rebelles.",
        )
    ],
]


@pytest.mark.parametrize(("text", "date", "keep"), NOT_COUNTS_OF_NOW, ids=[t[:48] for t, _, _ in NOT_COUNTS_OF_NOW])
def test_counts_of_something_else_or_over_the_years_are_never_contradicted(full_con, text, date, keep):
    found = chosen(full_con, text, date, keep)
    assert found, text
    assert contradicted(found) == []


def test_a_countrys_present_missions_are_still_checked(full_con):
    (v,) = verify.check(full_con, "Pakistan currently serves in 12 UN peacekeeping missions.", "2020-10-24").verdicts
    assert v.claim.kind == "missions" and v.verdict == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "While 111 peacekeepers died last year, Nigeria alone had 17 fatalities.",
        "Alors que 111 Casques bleus sont morts l'an dernier, le Nigeria à lui seul a perdu 17 Casques bleus.",
        "Mientras 111 cascos azules murieron el año pasado, Nigeria perdió 17 cascos azules.",
    ],
)
def test_of_two_tolls_of_one_country_in_a_sentence_the_larger_may_be_everyones(full_con, text):
    verdicts = {v.claim.value: v for v in verify.check(full_con, text, "2013-05-30").verdicts}
    assert verdicts[111].verdict == "not checkable" and "the larger (111) may be everyone's" in verdicts[111].note
    assert verdicts[17].verdict == "supported"
