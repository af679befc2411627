"""A country whose name is plural in French or Spanish ("les Fidji", "los Países Bajos") takes plural verbs and
possessives in the draft; English keeps the singular ("the Philippines provides"), as the UN writes."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping import wording
from peacekeeping.release import draft, render

DAY = dt.date(2022, 10, 12)


@pytest.mark.parametrize(
    ("iso3", "lang", "plural"),
    [
        ("FJI", "fr", True),
        ("NLD", "es", True),
        ("NLD", "fr", True),
        ("PHL", "fr", True),
        ("PER", "fr", False),
        ("PER", "es", False),
        ("PHL", "en", False),
        ("NLD", "en", False),
        ("IND", "fr", False),
    ],
)
def test_plural_names_are_those_with_a_plural_article(iso3, lang, plural):
    assert wording.is_plural(iso3, lang) is plural


@pytest.mark.archive
@pytest.mark.parametrize(
    ("country", "lang", "sentences"),
    [
        (
            "Fiji",
            "fr",
            [
                "Les Nations Unies remercient les Fidji pour leur contribution au maintien de la paix",
                "Les Fidji ont fourni pour la première fois des Casques bleus aux Nations Unies en déployant des "
                "troupes au Liban en 1978. Aujourd’hui, les Fidji fournissent 345 membres du personnel en tenue, dont "
                "50 femmes, à huit missions, ce qui en fait le 43e contributeur de personnel en tenue aux opérations "
                "de paix des Nations Unies.",
                "où servent 167 de leurs Casques bleus.",
                "Les Fidji contribuent également à la Force des Nations Unies",
                "le service et le sacrifice de leur personnel en tenue",
            ],
        ),
        (
            "Netherlands",
            "es",
            [
                "Hoy, los Países Bajos aportan 29 efectivos uniformados, incluidas seis mujeres, a cuatro misiones",
                "Los Países Bajos también contribuyen al Organismo de las Naciones Unidas para la Vigilancia de la "
                "Tregua (ONUVT)",
            ],
        ),
        (
            "Philippines",
            "en",
            [
                "The Philippines first contributed peacekeepers to the United Nations when it deployed troops to the "
                "Democratic Republic of the Congo in 1963. Today, the Philippines provides nine uniformed personnel"
            ],
        ),
    ],
)
def test_a_plural_country_takes_plural_verbs(full_con, country, lang, sentences):
    text = render.render(draft.build(full_con, country, DAY, lang), "txt", clean=True).decode("utf-8")
    missing = [s for s in sentences if s not in text]
    assert missing == [], text
