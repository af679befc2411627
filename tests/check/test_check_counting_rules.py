"""Issue 23, kinds of false contradiction seen on sets AB and AC of published texts (session of 2026-12-07, the
eleventh), in en, fr, es: a figure a named body other than the UN gives ("according to the Cairo Center") and a
country's dead counted between the register's counting rules (its uniformed dead, and those with its international
staff). A service's own count is in test_check_services.py."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.periods import published

WHEN = published("2018-11-15")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("According to the Cairo Center for Conflict Resolution, 28 Egyptian peacekeepers lost their lives.", 28),
        ("Selon le Centre du Caire pour la résolution des conflits, 28 Casques bleus égyptiens sont morts.", 28),
        ("Según el Centro de El Cairo para la Resolución de Conflictos, 28 cascos azules egipcios murieron.", 28),
        ("According to the Ministry, Egypt has 3,217 peacekeepers deployed.", 3217),
    ],
)
def test_a_figure_another_named_body_gives_is_in_doubt(text, value):
    assert doubts(text, value, WHEN) == ["doubt_other_body"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the United Nations, 28 Egyptian peacekeepers lost their lives.",
        "Selon les Nations Unies, 28 Casques bleus égyptiens sont morts.",
        "Según el Departamento de Operaciones de Paz, 28 cascos azules egipcios murieron.",
        "According to official figures, 28 Egyptian peacekeepers lost their lives.",
    ],
)
def test_the_uns_own_figure_or_an_unnamed_source_is_not(text):
    assert doubts(text, 28, WHEN) == [None]


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "We honour 88 Irish peacekeepers who have lost their lives in the service of peace.",
        "Nous honorons 88 Casques bleus irlandais qui ont perdu la vie au service de la paix.",
        "Honramos a 88 cascos azules irlandeses que perdieron la vida al servicio de la paz.",
    ],
)
def test_a_toll_between_the_military_dead_and_those_with_international_staff_is_not_contradicted(full_con, text):
    """Ireland's dead up to May 2021 in the register: 86 military, 87 uniformed, 90 with its international staff."""
    (v,) = [v for v in verify.check(full_con, text, "2021-05-29").verdicts if v.claim.kind == "fatalities"]
    assert (v.verdict, v.data) == ("not checkable", 90), v.note
    assert "military dead (86)" in v.note and "(90)" in v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Ireland has lost 93 peacekeepers since 1958.",
        "L'Irlande a perdu 93 Casques bleus depuis 1958.",
        "Irlanda ha perdido 93 cascos azules desde 1958.",
        "Ireland has lost 80 peacekeepers since 1958.",
    ],
)
def test_a_toll_above_the_register_or_below_its_military_dead_is_contradicted(full_con, text):
    """Whoever counts them, a country's dead are checked against the register (issue 23: the reports are the
    reference): 93 for its 90 (a country's own count, a little above) and 80 for its 86 military dead are
    contradicted, as the development corpus and the issue's own definition count them."""
    (v,) = verify.check(full_con, text, "2021-05-29").verdicts
    assert (v.verdict, v.data) == ("contradicted", 90), v.note
