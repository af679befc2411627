"""Sentences written from the store's own figures, in the three languages and in the styles of published texts:
the checker supports every true figure, and never supports one that is off by seven (unless it is the figure of
another month of the window, which it then names)."""

from __future__ import annotations

import datetime as dt

import pytest
from num2words import num2words

from peacekeeping import facts
from peacekeeping.check import verify
from peacekeeping.harmonize import country_names, mission_names

pytestmark = pytest.mark.archive
CASES = [
    ("NPL", "2016-09"),
    ("GHA", "2017-06"),
    ("URY", "2020-01"),
    ("SEN", "2021-03"),
    ("IDN", "2022-06"),
    ("FJI", "2023-04"),
    ("MAR", "2024-02"),
    ("ITA", "2024-11"),
    ("RWA", "2025-03"),
    ("EGY", "2019-10"),
]
TEMPLATES = {
    "en": [
        "{C} currently deploys {n} uniformed personnel, including {w} women.",
        "{C} contributes {n} military and police personnel to {k} UN peacekeeping missions.",
        "{C} is the {o} largest contributor of uniformed personnel.",
        "{C} has {m} troops serving with {M}.",
        "Today, {n} {A} peacekeepers serve with the UN. Of these, {w} are women.",
    ],
    "fr": [
        "{C} fournit actuellement {n} militaires et policiers, dont {w} femmes.",
        "{C} participe à {k} opérations de maintien de la paix.",
        "{C} est le {o} contributeur de personnel en tenue.",
        "{C} compte {m} Casques bleus au sein de la {M}.",
        "Aujourd'hui, {n} Casques bleus {A} servent sous le drapeau de l'ONU.",
    ],
    "es": [
        "{C} aporta actualmente {n} efectivos uniformados, entre ellos {w} mujeres.",
        "{C} participa en {k} misiones de paz.",
        "{C} es el {o} mayor contribuyente de personal uniformado.",
        "{C} tiene {m} efectivos en la {M}.",
        "Hoy, {n} cascos azules {A} sirven bajo la bandera de la ONU.",
    ],
}


def written(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", {"en": ",", "es": ".", "fr": " "}[lang])


def ordinal(value: int, lang: str) -> str:
    return {"en": num2words(value, lang="en", to="ordinal"), "fr": f"{value}e", "es": f"{value}.º"}[lang]


@pytest.mark.parametrize("iso3,month", CASES)
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_sentences_written_from_the_data(full_con, iso3, month, lang):
    p = facts.country_profile(full_con, iso3, month)
    row = facts.resolve_month(full_con, month)
    day = (row.created or row.as_of) + dt.timedelta(days=20)
    mission = p.missions[0]
    article, name = country_names.article(iso3, lang)
    lead = (f"{article} {name}" if article and article != "l'" else f"{article}{name}").strip()
    values = {
        "C": lead[0].upper() + lead[1:],
        "A": country_names.adjective(iso3, lang),
        "k": num2words(p.mission_count, lang=lang),
        "o": ordinal(p.rank, lang),
        "M": mission_names.mission_name(mission.acronym, lang)[1],
        "w": written(p.women, lang),
    }
    for template in TEMPLATES[lang]:
        for shift in (0, 7):
            text = template.format(**values, n=written(p.total + shift, lang), m=written(mission.total + shift, lang))
            result = verify.check(full_con, text, day)
            figures = [v for v in result.verdicts if v.claim.kind not in ("mission", "other")]
            assert figures, text
            for v in figures:
                shifted = shift and v.claim.kind in ("total", "mission_count")
                if shifted:  # unless it is another month's figure, and the checker says so
                    assert v.verdict not in ("supported", "bound holds") or result.month["month"] != month, text
                else:
                    assert v.verdict in ("supported", "bound holds"), (text, v.claim.kind, v.note)
