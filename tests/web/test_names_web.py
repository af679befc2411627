"""Names on the web: an unknown or ambiguous country or mission is a 404 that lists the choices, on the pages (with a
heading that says what happened, in the reader's language), in the JSON API and from the search box; the compare view
says which names it could not use. Never another country or mission (issue 24, item 1). And one count of
contributors on the home page and its map (item 8)."""

from __future__ import annotations

import re

import pytest
from conftest import web_client
from test_web_small import Page, charts


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


def html(client, path: str, status: int = 200, **params):
    response = client.get(path, params=params, headers={"accept": "text/html"}, follow_redirects=False)
    assert response.status_code == status, f"{path}: {response.status_code} {response.text[:300]}"
    return response.text


def choices(text: str) -> list[tuple[str, str]]:
    """(link, name) of the choices an error page offers."""
    found = re.search(r'<p id="choices">(.*?)</p>', text, re.S)
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', found[1]) if found else []


def heading(text: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", text, re.S)[1]


@pytest.mark.parametrize("text", ["MINUSXX", "MINUSQQ"])
def test_an_unknown_mission_page_is_a_404_listing_the_choices(client, text):
    page = html(client, f"/mission/{text}", 404, as_of="2022-06")
    assert heading(page) == "No mission goes by that name."
    assert 'data-error-type="unknown_mission"' in page
    assert choices(page) == [  # in the month asked
        (f"/mission/{acronym}?as_of=2022-06", acronym) for acronym in ("UNMIS", "UNMISS", "UNSMIS")
    ]
    assert "United Nations Mission in the Republic of South Sudan" not in page  # not UNMISS's page


@pytest.mark.parametrize("path", ["/api/v1/missions/UNIFILL", "/api/missions/UNIFILL", "/api/v1/missions/MINUSXX"])
def test_the_api_answers_an_unknown_mission_with_a_404_and_the_choices(client, path):
    response = client.get(path, params={"as_of": "2022-06"})
    error = response.json()["error"]
    assert (response.status_code, error["type"]) == (404, "unknown_mission")
    assert error["suggestions"] == (["UNIFIL"] if "UNIFILL" in path else ["UNMIS", "UNMISS", "UNSMIS"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Congo", ["Republic of the Congo", "Democratic Republic of the Congo"]),
        ("Guinea", ["Republic of Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]),
    ],
)
def test_an_ambiguous_country_page_asks_which_one_under_a_proper_heading(client, name, expected):
    page = html(client, f"/country/{name}", 404)
    assert heading(page) == "That name may mean more than one country. Which one do you mean?"
    assert "Something went wrong" not in page and 'data-error-type="ambiguous_country"' in page
    assert [n for _, n in choices(page)] == expected
    for link, _ in choices(page):  # each choice is one country's page
        assert client.get(link, headers={"accept": "text/html"}).status_code == 200
    api = client.get(f"/api/v1/countries/{name}")
    assert api.status_code == 404 and api.json()["error"]["type"] == "ambiguous_country"
    assert api.json()["error"]["suggestions"] == expected


def test_the_choices_in_the_readers_language(client):
    page = html(client, "/country/Congo", 404, lang="fr")
    assert heading(page) == "Ce nom peut désigner plus d’un pays. Lequel voulez-vous dire ?"
    assert [n for _, n in choices(page)] == ["Congo", "République démocratique du Congo"]
    assert "Papua Nueva Guinea</a>" in html(client, "/country/Guinea", 404, lang="es")


def test_the_search_box_asks_which_congo(client):
    page = html(client, "/go", 404, q="Congo")
    assert heading(page) == "That name may mean more than one country. Which one do you mean?"
    assert [n for _, n in choices(page)] == ["Republic of the Congo", "Democratic Republic of the Congo"]
    assert html(client, "/go", 404, q="Guinée").count('href="/country/') == 4


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("MINUSXX", ["UNMIS", "UNMISS", "UNSMIS"]),
        ("UNIFILL", ["UNIFIL"]),
        ("Atlantis", []),
        ("Austrlia", ["Australia", "Austria"]),
        ("Perru", ["Peru"]),
    ],
)
def test_the_search_box_never_answers_a_near_name(client, q, expected):
    page = html(client, "/go", 404, q=q)
    assert heading(page) == "No country or mission goes by that name."
    assert [n for _, n in choices(page)] == expected
    assert "Syrian Arab Republic" not in page and "Albania" not in page


def test_the_search_box_finds_exact_names_in_three_languages(client):
    for q, where in (
        ("Pérou", "/country/PER"),
        ("Países Bajos", "/country/NLD"),
        ("MINUSS", "/mission/UNMISS"),
        ("FPNUL", "/mission/UNIFIL"),
    ):
        response = client.get("/go", params={"q": q}, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, where)


def test_compare_says_which_names_it_could_not_use(client):
    page = html(client, "/compare", c=["Peru", "Perru", "Atlantis", "Congo"], as_of="2022-06")
    parsed = Page(page)
    assert [row[0] for row in parsed.tables["compare-table"][1:]] == ["Peru"]
    assert parsed.ids["compare-unknown"] == "Not found: Perru (Did you mean: Peru?); Atlantis"
    assert ('href="/compare?c=Peru&amp;c=Peru&amp;c=Atlantis&amp;c=Congo&amp;as_of=2022-06">Peru</a>') in page
    ambiguous = re.search(r'<p class="error compare-ambiguous">(.*?)</p>', page, re.S)[1]
    assert ambiguous.startswith("Congo may mean more than one country. Choose a country: ")
    assert re.findall(r">([^<]+)</a>", ambiguous) == ["Republic of the Congo", "Democratic Republic of the Congo"]
    alone = Page(html(client, "/compare", c=["Perru"], as_of="2022-06"))
    assert "compare-table" not in alone.tables and alone.ids["compare-unknown"].startswith("Not found: Perru")


def test_the_home_page_counts_contributors_as_its_map_does(client):
    """Item 8: Papua New Guinea, listed with no one in June 2022, once counted on the home page and not on the map."""
    page = html(client, "/", as_of="2022-06")
    assert "7 contributing countries in classes of personnel." in charts(page)["map"]["description"]
    assert '<div class="value">7</div><div class="label">contributing countries</div>' in page
