"""The web's release drafts over the small store (issue 24): one way to a draft, the form, with its date, language,
brief and format; `lang=` sets the draft's language there as on every page; the page's draft copies clean."""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser

import pytest
from conftest import web_client
from docx import Document

LEAD_EN = "Today, Peru provides 270 uniformed personnel, including 38 women, to four missions"
LEAD_ES = "Hoy, el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cuatro misiones"


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


class DraftBody(HTMLParser):
    """What the copy button copies: the blocks of the draft's body, footnote marks (<sup>) left out."""

    def __init__(self, html: str):
        super().__init__()
        self.blocks: list[str] = []
        self._depth = 0  # inside .draft-body
        self._sup = 0
        self._text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if self._depth:
            self._depth += 1
            self._sup += tag == "sup"
        elif ("class", "draft-body") in attrs:
            self._depth = 1

    def handle_endtag(self, tag):
        if not self._depth:
            return
        self._depth -= 1
        self._sup -= tag == "sup"
        if self._depth == 1 and self._text:  # a block ends
            self.blocks.append(" ".join("".join(self._text).split()))
            self._text = []

    def handle_data(self, data):
        if self._depth > 1 and not self._sup:
            self._text.append(data)


def page(client, path: str, **params) -> str:
    response = client.get(path, params=params, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text[:300]
    return response.text


def test_the_country_page_has_one_way_to_a_draft_in_its_language(client):
    spanish = page(client, "/country/Peru", as_of="2022-06", lang="es")
    assert "/api/release/" not in spanish  # no button that ignores the form
    assert re.search(r'<option value="es" selected>', spanish)
    assert 'name="date" value="2022-07-21"' in spanish


def test_lang_sets_the_draft_language_as_on_every_page(client):
    shown = page(client, "/release/Peru", date="2022-10-12", lang="es")
    assert '<html lang="es"' in shown and '<article class="release" lang="es">' in shown
    assert any(LEAD_ES in block for block in DraftBody(shown).blocks)
    assert "Fuentes de las cifras" in shown and "Sources of the figures" not in shown
    assert "Volver al Perú" in shown  # the country with its article, from the wording layer
    # the form's language wins over the page's
    english = page(client, "/release/Peru", date="2022-10-12", language="en", lang="es")
    assert '<html lang="es"' in english and '<article class="release" lang="en">' in english


def test_the_form_gives_a_spanish_word_draft_of_its_date(client):
    response = client.get(
        "/release/PER", params={"date": "2022-10-12", "language": "es", "format": "docx", "speaker": "Ana Torres"}
    )
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="release-per-2022-10-12-es.docx"'
    with zipfile.ZipFile(io.BytesIO(response.content)) as word:
        assert '<w:lang w:val="es-ES"' in word.read("word/styles.xml").decode()
    paragraphs = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert paragraphs[1].startswith("Nueva York, 12 de octubre de 2022 - ")
    assert any(LEAD_ES in p for p in paragraphs)


def test_the_copy_takes_the_words_and_figures_only(client):
    shown = page(client, "/release/Peru", date="2022-10-12", language="en")
    blocks = DraftBody(shown).blocks
    assert any(LEAD_EN in block for block in blocks)
    assert blocks[1].startswith("New York, 12 October 2022 - ")
    assert not any(re.search(r"\b2703\b|four5|4th6", block) for block in blocks)
    assert "Sources of the figures" not in "\n".join(blocks)  # the sources stay out of the copy


def test_a_clean_draft_has_no_sources(client):
    shown = page(client, "/release/Peru", date="2022-10-12", clean="true")
    assert "<sup" not in shown.split('class="draft-body"')[1].split("</article>")[0]
    assert 'id="source-1"' not in shown
    text = client.get(
        "/release/Peru", params={"date": "2022-10-12", "clean": "true", "format": "md", "language": "en"}
    ).text
    assert LEAD_EN in text and "[^" not in text


def test_the_api_gives_a_clean_plain_text_draft(client):
    response = client.get("/api/v1/releases/PER", params={"date": "2022-10-12", "format": "txt", "clean": "true"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    assert response.headers["content-disposition"] == 'attachment; filename="release-per-2022-10-12-en.txt"'
    assert response.text.startswith(
        "United Nations thanks Peru for its contribution to peacekeeping\n\nNew York, 12 October 2022 - "
    )
    assert LEAD_EN in response.text and "Sources" not in response.text
