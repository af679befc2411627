"""A country page's headline figures link to the check page prefilled with a sentence that states the figure and the
page's date: one click and a send, and the checker confirms the figure (issue 23; over the small store)."""

from __future__ import annotations

import datetime as dt
import html as markup
import re
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import web_client

from peacekeeping.web.checks import BUDGET
from peacekeeping.web.views import figure_checks

PERU = "/country/Peru?as_of=2022-06"


@pytest.fixture(scope="module")
def client(small_store):
    with pytest.MonkeyPatch.context() as env:
        env.setenv(BUDGET, "60")  # what is tested is the verdict, not the time: a loaded machine may be slow
        yield from web_client(small_store[0])


def links(client, path: str, **headers) -> dict[str, str]:
    """Figure -> the address its 'Check this figure' link goes to, on the page at `path`."""
    response = client.get(path, headers={"accept": "text/html", **headers})
    assert response.status_code == 200, response.text[:300]
    found = re.findall(r'<a class="check-figure" id="check-(\w+)" href="([^"]+)" aria-label="[^"]+"', response.text)
    return {kind: markup.unescape(href) for kind, href in found}


def checked(client, address: str) -> list[tuple[str, str, str]]:
    """(verdict, data, claim as written) of each row, after following `address` and sending its form as prefilled."""
    form = client.get(address, headers={"accept": "text/html"})
    assert form.status_code == 200
    text = markup.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", form.text, re.S)[1])
    date = markup.unescape(re.search(r'<input name="date" value="([^"]*)"', form.text)[1])
    query = parse_qs(urlparse(address).query)
    assert (text, date) == (query["text"][0], query["date"][0])  # the form shows what the link says
    result = client.post("/check", data={"text": text, "date": date}, headers={"accept": "text/html"})
    assert result.status_code == 200, result.text[:300]
    row = r'<tr class="([^"]*)"><td[^>]*>[^<]*</td><td>([^<]*)</td><td>[^<]*</td><td class="num">([^<]*)</td>'
    rows = re.findall(row, result.text)  # the verdict as the row's class: its cell says it in the page's language
    return [(verdict.replace("-", " "), data, written.strip()) for verdict, written, data in rows]


def test_each_headline_figure_links_to_its_check(client):
    found = links(client, PERU)
    assert set(found) == {"total", "women", "missions", "rank"}
    address = found["total"]
    assert address.startswith("/check?")
    query = parse_qs(urlparse(address).query)
    assert query["text"] == ["As of 30 June 2022, Peru provides 270 uniformed personnel to UN peace operations."]
    assert query["date"] == [re.search(r'name="date" value="([\d-]+)"', client.get(PERU).text)[1]]  # the page's date


def test_following_the_link_and_sending_confirms_the_figure(client):
    assert checked(client, links(client, PERU)["total"]) == [("supported", "270", "270")]


def test_every_headline_figure_is_confirmed_in_each_language(client):
    for lang in ("en", "es", "fr"):
        found = links(client, PERU + f"&lang={lang}")
        assert len(found) == 4, lang
        for kind, address in found.items():
            rows = checked(client, address)
            assert [verdict for verdict, _, _ in rows] == ["supported"], (lang, kind, rows)


def test_the_sentences_state_the_figure_in_the_page_language():
    june = dt.date(2022, 6, 30)
    assert figure_checks.sentence("rank", 1, "IND", june, "en") == (
        "As of 30 June 2022, India is the largest contributor of uniformed personnel to UN peace operations."
    )
    assert figure_checks.sentence("missions", 5, "PER", june, "fr") == (
        "Au 30 juin 2022, le Pérou fournit du personnel en tenue à cinq opérations de paix des Nations Unies."
    )
    assert figure_checks.sentence("total", 1189, "PER", june, "es").startswith("Al 30 de junio de 2022, el Perú aporta")
