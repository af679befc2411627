"""A page says who published its figures: the UN's report, or IPI's research dataset (not official), in the reader's
language; never "the report" for a month the UN's reports do not cover."""

from __future__ import annotations

import html
import re

import pytest
from conftest import web_client

pytestmark = pytest.mark.archive


@pytest.fixture(scope="module")
def client(history_store):
    yield from web_client(history_store[0])


def meta(client, path: str, month: str, lang: str) -> str:
    page = client.get(path, params={"as_of": month, "lang": lang}, headers={"accept": "text/html"}).text
    return html.unescape(" ".join(re.search(r'<p class="meta"[^>]*>(.*?)</p>', page, re.S)[1].split()))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Figures of 30 June 2010 from IPI's research dataset, not an official UN source (full_gender_data.csv).",
        ),
        (
            "es",
            "Cifras del 30 de junio de 2010 del conjunto de datos de investigación del IPI, que no es una fuente "
            "oficial de la ONU (full_gender_data.csv).",
        ),
        (
            "fr",
            "Chiffres du 30 juin 2010 tirés du jeu de données de recherche de l’IPI, qui n’est pas une source "
            "officielle de l’ONU (full_gender_data.csv).",
        ),
    ],
)
def test_a_research_month_says_it_is_not_official(client, lang, said):
    assert meta(client, "/mission/UNMIS", "2010-06", lang) == said


def test_a_report_month_names_the_report(client):
    assert meta(client, "/country/PER", "2022-06", "en").startswith(
        "Figures from the report of 30 June 2022 (UN_country_contributions_2022_06.pdf)"
    )
