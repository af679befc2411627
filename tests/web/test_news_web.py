"""The news page: stories grouped by country (names linked), no internal codes or figure paths, sources behind a
toggle, every word in the reader's language."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from peacekeeping import news
from peacekeeping.web.app import create_app

pytestmark = pytest.mark.archive


@pytest.fixture(scope="module")
def client(full_store):
    return TestClient(create_app(full_store[0]))


def _visible(html: str) -> str:
    """The text a reader sees without opening a toggle: no tags, no <details> bodies."""
    body = html.split("<main", 1)[-1]
    body = re.sub(r"<details.*?</details>", " ", body, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", body))


def test_news_page_groups_stories_by_country_with_linked_names(client, full_con):
    built = news.build(full_con, "2023-12")
    html = client.get("/news?as_of=2023-12&lang=en").text
    countries = {s.subject["iso3"] for s in built.stories if s.subject.get("iso3")}
    assert len(countries) > 1
    for iso3 in countries:
        assert html.count(f'<a href="/country/{iso3}?as_of=2023-12">') == 1, iso3
    assert '<a href="/mission/MINUSMA?as_of=2023-12">MINUSMA</a>' in html
    assert html.count('class="news-group"') == len(built.groups())


def test_news_page_shows_no_codes_or_paths_and_hides_sources(client, full_con):
    html = client.get("/news?as_of=2023-12&lang=en").text
    seen = _visible(html.split('<div id="stories">', 1)[1])
    kinds = {s.kind for s in news.build(full_con, "2023-12").stories}
    assert not [k for k in kinds if k in seen]
    assert "/countries/" not in html and "harmonize/data" not in seen and ".xlsx" not in seen and ".pdf" not in seen
    assert '<details class="sources"><summary>Sources</summary>' in html


@pytest.mark.parametrize(("lang", "english"), [("es", "Spanish"), ("fr", "French")])
def test_news_page_is_in_the_readers_language(client, full_con, lang, english):
    built = news.build(full_con, "2017-10")
    html = client.get(f"/news?as_of=2017-10&lang={lang}").text
    seen = _visible(html)
    for phrase in (
        "Changes against",
        "What this month cannot tell",
        "cannot be told",
        "No report covers",
        "Sources",
        " and ",
    ):
        assert phrase not in seen, (lang, phrase)
    for s in built.stories:
        assert unescape(s.lead[lang]) in unescape(html)
    for note in built.notes:
        assert note[lang] in unescape(html)


def test_news_notes_come_in_three_languages(full_con):
    built = news.build(full_con, "2022-08")
    note = next(n for n in built.notes if "2022" in n["en"] and "July" in n["en"])
    assert "julio de 2022" in note["es"] and "juillet 2022" in note["fr"]
