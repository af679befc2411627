"""The owner of a contribution or a support: French keeps a feminine name's article ("la contribution de la
Mauritanie", as the UN writes) where the origin drops it ("ressortissants de Côte d’Ivoire")."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping.release import draft, render
from peacekeeping.wording import from_country, of_country


@pytest.mark.parametrize(
    ("iso3", "lang", "owner"),
    [
        ("PER", "en", "of Peru"),
        ("NLD", "en", "of the Netherlands"),
        ("PER", "es", "del Perú"),
        ("IND", "es", "de la India"),
        ("NLD", "es", "de los Países Bajos"),
        ("PER", "fr", "du Pérou"),
        ("MRT", "fr", "de la Mauritanie"),
        ("CIV", "fr", "de la Côte d’Ivoire"),
        ("IND", "fr", "de l’Inde"),
        ("FJI", "fr", "des Fidji"),
        ("HTI", "fr", "d’Haïti"),
        ("CUB", "fr", "de Cuba"),
        ("CAF", "fr", "de la République centrafricaine"),
    ],
)
def test_the_owner_in_three_languages(iso3, lang, owner):
    assert of_country(iso3, lang) == owner


def test_the_origin_still_drops_the_article():
    assert [from_country(c, "fr") for c in ("CIV", "IND", "MRT")] == ["de Côte d’Ivoire", "d’Inde", "de Mauritanie"]


@pytest.mark.archive
def test_a_french_draft_names_the_owner_with_its_article(full_con):
    text = render.render(draft.build(full_con, "Mauritania", dt.date(2022, 10, 12), "fr"), "txt", clean=True)
    text = text.decode("utf-8")
    assert "le soutien résolu de la Mauritanie au maintien de la paix" in text
    assert "La plus importante contribution de la Mauritanie va à la Mission" in text
    assert "soutien résolu de Mauritanie" not in text
