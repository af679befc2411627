"""The draft-release form's answer: the draft on a page (copy to clipboard) or as Word, Markdown or HTML."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from ... import dates
from ...release import draft as drafts
from ...release import render
from ...release.brief import Brief, BriefError, Contact
from ..deps import Con
from ..i18n import lang_of
from ..render import link, page

router = APIRouter(include_in_schema=False)
_DIGIT = re.compile(r"\d")
Text = Annotated[str, Query(max_length=2000)]


def brief_of(lang: str, speaker: str, title: str, quote: str, contacts: str) -> Brief:
    """The brief the form's words make (in the draft's language); figures come from the data, never from the words."""
    brief = Brief(source="the form", lang=lang)
    for name, text in (("speaker_name", speaker), ("speaker_title", title)):
        if text.strip():
            brief.texts[name] = {"*": text.strip()}
    if quote.strip():
        brief.quotes = [{"*": quote.strip()}]
    for name, text in (("speaker", speaker), ("speaker's title", title), ("quote", quote)):
        if _DIGIT.search(text):
            raise BriefError(f"The {name} contains a figure: figures come from the data, not from the brief's words.")
    lines = [line.strip() for line in contacts.splitlines() if line.strip()]
    if lines:
        brief.contacts = [Contact(lines[0], lines[1:])]
    return brief


@router.get("/release/{country}", response_class=HTMLResponse)
def release(
    request: Request,
    country: str,
    con: Con,
    date: Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")],
    language: Literal["en", "es", "fr"] | None = None,
    format: Literal["page", "docx", "md", "txt", "html"] = "page",
    speaker: Text = "",
    title: Text = "",
    quote: Text = "",
    contacts: Text = "",
    allow_unreliable: bool = False,
    clean: bool = False,
) -> Response:
    """A release draft dated `date` from the latest report generated before it, with the form's words: the one way
    to a draft, on the page or as a file. Its language is the form's (`language=`), else the page's (`lang=`, then
    the cookie), as on every page."""
    lang = language or lang_of(request)
    day = dates.when(date)
    draft = drafts.build(
        con,
        country,
        day,
        lang,
        None,
        brief_of(lang, speaker, title, quote, contacts),
        allow_unreliable=allow_unreliable,
    )
    if format != "page":
        body = render.render(draft, format, clean=clean)
        name = f"release-{draft.country['iso3'].lower()}-{draft.date}-{lang}{'-clean' if clean else ''}.{format}"
        kinds = {
            "md": "text/markdown; charset=utf-8",
            "txt": "text/plain; charset=utf-8",
            "html": "text/html; charset=utf-8",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
        return Response(
            body, media_type=kinds[format], headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )
    fragment = render.html_fragment(draft, clean=clean)
    # one h1 a page: the draft's headings go one level down
    for level in (2, 1):
        fragment = fragment.replace(f"<h{level}", f"<h{level + 1}").replace(f"</h{level}>", f"</h{level + 1}>")
    form = {
        "iso3": draft.country["iso3"],
        "date": date,
        "lang": lang,
        "format": "page",
        "speaker": speaker,
        "title": title,
        "quote": quote,
        "contacts": contacts,
        "allow_unreliable": allow_unreliable,
        "clean": clean,
    }
    return page(
        request,
        "release.html",
        draft=draft.to_dict() | {"month": draft.month},
        body=Markup(fragment),
        form=form,
        files={f: link(request, format=f, language=lang) for f in ("docx", "md", "html")},
    )
