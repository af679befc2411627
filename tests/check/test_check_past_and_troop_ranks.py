"""Issue 23, kinds seen on sets BO, BP, BM and BD (session of 2026-12-08, measured before), in en, fr, es: a clause
after a dash keeps the time of the one before it ("since 2007 when the country deployed … in Liberia – it had 103
women"), "since 2007 when" names that year's event, not a period; a peak is history ("peaked between October and
December 2006, when it had 50 peacekeepers"); a rank among troop-contributing countries is a rank of troops; and a
simple past "deployed" does not date a figure to now; a year after a range of months is a past time."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.periods import published

WHEN = published("2023-01-06")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Its largest unit of women since 2007 when the country deployed a women's police contingent in "
            "Liberia – it had 103 women.",
            103,
        ),
        (
            "En 2007, l'Inde a déployé le premier contingent de police entièrement féminin au Liberia – il "
            "comptait 103 femmes.",
            103,
        ),
        ("En 2007, la India desplegó el primer contingente policial femenino en Liberia – tenía 103 mujeres.", 103),
    ],
)
def test_a_clause_after_a_dash_keeps_the_past_year_before_it(text, value):
    assert doubts(text, value, WHEN, "IND") == ["doubt_past"]


@pytest.mark.parametrize(
    "text",
    [
        "Samoa's contributions peaked between October and December 2006, when it had 50 peacekeepers deployed.",
        "La contribution du Samoa a culminé entre octobre et décembre 2006, avec 50 Casques bleus déployés.",
        "La contribución de Samoa alcanzó su máximo entre octubre y diciembre de 2006, con 50 cascos azules.",
    ],
)
def test_a_peak_is_history(text):
    assert doubts(text, 50, published("2021-01-15"), "WSM") == ["doubt_past"]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal ranks as the 16th largest troop contributing country to United Nations peace operations.",
        "Le Sénégal est le 16e pays contributeur de troupes aux opérations de paix des Nations Unies.",
        "Senegal es el decimosexto país que más tropas aporta a las operaciones de paz de las Naciones Unidas.",
    ],
)
def test_a_rank_among_troop_contributors_is_a_rank_of_troops(text):
    """Set BO: Senegal was 16th by troops and 11th by all uniformed personnel in February 2022."""
    assert doubts(text, 16, published("2022-05-12"), "SEN") == ["doubt_rank_of_troops"]


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "India deployed around 3,000 police officers in 24 UN peacekeeping operations.",
        "L'Inde déploya quelque 3 000 policiers dans 24 opérations de maintien de la paix de l'ONU.",
        "India desplegó unos 3.000 policías en 24 operaciones de mantenimiento de la paz de la ONU.",
    ],
)
def test_a_simple_past_deployed_does_not_date_a_figure_to_now(full_con, text):
    """Sets BM and BD: "India deployed around 3,000 police officers" (over the years), "it deployed 22 female to
    Mali" (in 2016): the verb in the simple past; "has deployed", "are deployed", "troops deployed in" still do."""
    (v,) = [v for v in verify.check(full_con, text, "2021-11-11").verdicts if v.claim.value == 3000]
    assert v.verdict == "not checkable" and v.note.values["doubt"].key == "doubt_not_now", v.note


@pytest.mark.archive
def test_a_present_deployed_still_dates_it(full_con):
    text = "India has 3,333 police officers deployed in UN missions."
    (v,) = verify.check(full_con, text, "2021-11-11").verdicts
    assert v.verdict == "contradicted", v.note


@pytest.mark.parametrize(
    "text",
    [
        "Samoa had 40 police personnel in UN missions between July and December 2001.",
        "Le Samoa comptait 40 policiers dans les missions de l'ONU entre juillet et décembre 2001.",
        "Samoa tenía 40 policías en misiones de la ONU entre julio y diciembre de 2001.",
    ],
)
def test_a_year_of_a_range_of_months_is_a_past_time(text):
    """Set BP: "between July and December 2001" names two months, so no month checks the figure: the year is its
    past time (a single month, "in March 2016", is checked in that month instead)."""
    assert doubts(text, 40, published("2021-01-09"), "WSM") == ["doubt_past"]
