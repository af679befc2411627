"""A brief's words land in every format as words (issue 27.6): markup and links a CMS would make active are
escaped in Markdown, escaped in HTML, plain runs in Word; a link must be a web address."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser

import pytest
from docx import Document
from markdown_it import MarkdownIt

from peacekeeping import store
from peacekeeping.release import brief as briefs
from peacekeeping.release import draft, render

HOSTILE = [
    "<script>alert(one)</script>",
    "[click here](javascript:alert(two))",
    "<javascript:alert(three)>",
    "![x](data:text/html,alert(four))",
    '<img src=x onerror="alert(five)">',
]
BRIEF = f"""speaker_name = "Jean-Pierre Lacroix"
speaker_short = "Mr. Lacroix"
quotes = [{", ".join(repr(h) for h in HOSTILE[:3])}]

[[contacts]]
heading = "Media enquiries"
lines = [{", ".join(repr(h) for h in HOSTILE[3:])}, "[x]: javascript:alert(six)", "[x]"]
"""


@pytest.fixture(scope="module")
def made(small_store, tmp_path_factory) -> draft.Draft:
    path = tmp_path_factory.mktemp("brief") / "brief.toml"
    path.write_text(BRIEF, encoding="utf-8")
    with store.connect(small_store[0]) as con:
        return draft.build(con, "Peru", dt.date(2022, 10, 12), brief=briefs.load(path))


class _Active(HTMLParser):
    """What in an HTML page would run or lead away: scripts, images, event handlers, links not to the web."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src") and not (value or "").startswith(("https://", "#"))):
                self.found.append(f"{tag} {name}={value}")


def _active(page: str) -> list[str]:
    parser = _Active()
    parser.feed(page)
    return parser.found


@pytest.mark.parametrize("clean", [False, True], ids=["with sources", "clean"])
def test_a_brief_s_markup_is_inert_in_markdown_rendered_as_a_cms_would(made, clean):
    source = render.markdown(made, clean)
    page = MarkdownIt("commonmark").enable("table").render(source)
    assert _active(page) == []
    for hostile in ("alert(one)", "click here", "alert(three)", "alert(four)", "alert(five)", "javascript:alert(six)"):
        assert hostile in page  # the words are still there, shown as text


def test_a_brief_s_markup_is_inert_in_html_and_plain_in_word(made):
    assert _active(render.render(made, "html").decode("utf-8")) == []
    document = Document(io.BytesIO(render.render(made, "docx")))
    words = "\n".join(p.text for p in document.paragraphs)
    assert all(hostile in words for hostile in HOSTILE)  # Word shows the text as written, nothing to run


@pytest.mark.parametrize("url", ["javascript:alert(one)", "data:text/html,x", "https://a.org/ x", "https://a.org/>x"])
def test_a_link_that_is_not_a_web_address_is_refused(tmp_path, url):
    path = tmp_path / "brief.toml"
    path.write_text(f'[[links]]\nlabel = "More"\nurl = "{url}"\n', encoding="utf-8")
    with pytest.raises(briefs.BriefError, match=r"links\[0\] url must be a web address"):
        briefs.load(path)
