"""Issue 23, kinds of false contradiction seen on a third set of published texts (set I), in en, fr, es: a stray
space in a thousands group ('2, 170'), a contingent that 'serves in the mission' named before, a mission named in the
story of its founding, and a figure that fails in the chosen month while a later report the text may have used cannot
tell it (no breakdown by mission): none is contradicted."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, doubts, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.numbers import numbers
from peacekeeping.check.periods import published

WHEN = published("2018-08-03")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nigeria contributes a total of 2, 170 peacekeeping personnel.", [2170]),
        ("Le Nigeria fournit au total 2, 170 Casques bleus.", [2170]),
        ("Tunisia and Burkina Faso deploy 969, 946 and 12 personnel.", [969, 946, 12]),
        ("Le Ghana, la Tunisie et le Burkina Faso déploient 2 762, 969 et 946 militaires.", [2762, 969, 946]),
    ],
)
def test_a_stray_space_after_a_thousands_comma_is_one_number_and_a_list_stays_a_list(text, values):
    assert [n.value for n in numbers(text, "en")] == values


@pytest.mark.parametrize(
    "text",
    [
        "UNAMID was set up in 2007. Approximately 70 uniformed personnel from Malawi currently serve in the mission.",
        "La MINUAD a été créée en 2007. Environ 70 militaires du Malawi servent actuellement dans la mission.",
        "La UNAMID se creó en 2007. Unos 70 efectivos de Malawi sirven actualmente en la misión.",
    ],
)
def test_a_contingent_in_the_mission_named_before_is_in_doubt(text):
    assert doubts(text, 70, WHEN) == ["doubt_mission_after"]


MISSION_FOUNDED = sentences("later_reports", "MISSION_FOUNDED")


@pytest.mark.parametrize("text", MISSION_FOUNDED)
def test_a_mission_named_in_the_story_of_its_founding_is_in_doubt(text):
    assert [getattr(c.doubt, "key", None) for c in extract(text, None, WHEN) if c.kind == "mission"] == ["doubt_past"]


@pytest.mark.archive
@pytest.mark.parametrize("text", MISSION_FOUNDED)
def test_a_mission_in_the_story_of_its_founding_is_not_contradicted(full_con, text):
    assert contradicted(chosen(full_con, text, "2022-05-29", lambda v: v.claim.kind == "mission")) == []


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "India contributes 6,712 personnel to some 91,000 uniformed personnel across 14 UN peacekeeping operations.",
        "L'Inde fournit 6 712 personnels sur quelque 91 000 personnels en tenue dans 14 opérations de maintien de la "
        "paix.",
        "India aporta 6.712 efectivos de unos 91.000 uniformados en 14 operaciones de mantenimiento de la paz.",
    ],
)
def test_a_figure_a_later_report_cannot_tell_is_not_contradicted(full_con, text):
    found = chosen(full_con, text, "2018-05-15", lambda v: v.claim.value == 14)
    assert [v.verdict for v in found] == ["not checkable"] and "cannot tell it" in found[0].note
