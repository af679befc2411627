"""How a page is made: Jinja2 (base.html + partials) in the reader's language, figures with their caveats, static
files by hashed names, error pages in plain words."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup

from ..errors import NotFound
from ..facts.models import Caveat
from ..harmonize import countries
from .assets import Assets
from .errors import ApiError
from .i18n import COOKIE, LANGS, NAMES, lang_of, words

STATIC = Path(__file__).parent / "static"
assets = Assets(STATIC)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
env = templates.env
env.filters["num"] = pass_context(lambda ctx, n: ctx["w"].num(n))
env.filters["pct"] = pass_context(lambda ctx, x: ctx["w"].pct(x))
env.filters["ordinal"] = pass_context(lambda ctx, n: ctx["w"].ordinal(n))
env.filters["month"] = pass_context(lambda ctx, m: ctx["w"].month(m))
env.filters["date"] = pass_context(lambda ctx, d: ctx["w"].date(d))
env.filters["long_date"] = pass_context(lambda ctx, d: ctx["w"].long_date(d))
env.filters["country_label"] = pass_context(lambda ctx, name: country_label(ctx["w"], name))
env.globals["static"] = assets.url
env.globals["LANGS"] = LANGS
env.globals["LANG_NAMES"] = NAMES
KINDS = {
    "unreliable": "Withheld",
    "approximate": "Approximate",
    "corrected": "Corrected",
    "checked": "Checked",
    "note": "Note",
}


def country_label(w, name: str) -> str:
    """A country's English name, as suggestions carry it, in the reader's language."""
    try:
        found = countries.lookup(name)
    except NotFound:
        return name
    return w.country(found.iso3, name)


@pass_context
def fig(ctx, value, path: str, caveats: list[Caveat], fmt: str = "num", id: str | None = None) -> Markup:
    """A figure on a page (with `id`, the element the figure alone is in): its value, or 'withheld' or 'not in this
    report', then links to the caveats that touch it."""
    w = ctx["w"]
    shown = [i for i, c in enumerate(caveats, start=1) if c.kind != "month" and path in c.figures]
    withheld = any(caveats[i - 1].kind == "unreliable" for i in shown)
    if value is not None:
        text = {"num": w.num, "pct": w.pct, "ordinal": w.ordinal}[fmt](value)
    else:
        text = w.t("withheld") if withheld else w.t("not in this report") if shown else ""
    links = Markup("").join(
        Markup('<sup><a href="#caveat-{}" class="caveat-mark" aria-label="{}">[{}]</a></sup>').format(
            i, w.t("note {n}", n=i), i
        )
        for i in shown
    )
    css = "fig" + (" withheld" if value is None and withheld else "")
    return Markup('<span class="{}"{}>{}</span>').format(css, Markup(' id="{}"').format(id) if id else "", text) + links


env.globals["fig"] = fig


def link(request: Request, path: str | None = None, **params) -> str:
    """The current page's URL (or `path`) with some query parameters replaced (None: removed)."""
    query: list[tuple[str, str]] = []  # replaced parameters keep their place; repeated ones (compare's c) all stay
    for k, v in request.query_params.multi_items():
        if k not in params:
            query.append((k, v))
        elif params[k] is not None and k not in [q for q, _ in query]:
            query.append((k, params[k]))
    query += [(k, v) for k, v in params.items() if v is not None and k not in request.query_params]
    target = request.url.path if path is None else path
    return target + ("?" + urlencode(query) if query else "")


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    """A page in the reader's language; `?lang=` also sets the cookie that keeps it on the next pages."""
    lang = lang_of(request)
    w = words(lang)
    response = templates.TemplateResponse(
        request, name, {"w": w, "t": w.t, "lang": lang, "link": link, **context}, status_code=status
    )
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


_PLAIN = {
    "unknown_country": "No country or mission goes by that name.",
    "unknown_mission": "No mission goes by that name.",
    "unknown_name": "No country or mission goes by that name.",
    "ambiguous_country": "That name may mean more than one country. Which one do you mean?",
    "no_data": "The store has no figures for that.",
    "not_in_report": "That report does not give this figure.",
    "unreliable_figure": "The draft would state a figure the report printed in error.",
    "bad_request": "This address asks for something the site cannot read. Months are written like 2022-06 and "
    "dates like 2022-10-12.",
    "bad_brief": "The brief's words cannot be used.",
    "not_found": "There is no page at this address.",
    "method_not_allowed": "There is no page at this address.",
    "no_store": "The figures are not available yet: the store has not been loaded.",
    "internal_error": "Something went wrong on our side. Please try again, or go back to the home page.",
    "store_unreadable": "The figures cannot be read just now. Please try again in a moment.",
    "too_large": "What was sent is too long: at most 2 MiB can be sent at once.",
    "foreign_origin": "This form can be sent only from this site's own pages.",
    "too_slow": "The text took too long to check. Check a shorter part of it, or send it in pieces.",
    "busy": "The server is checking other texts just now. Please try again in a few seconds.",
}
# Errors whose message is already a sentence for readers (the library's words); the others are said plainly.
_SAID = {"no_data", "not_in_report", "unreliable_figure", "bad_brief"}
_COMMANDS = re.compile(r"\s*\((?:see |run )?`[^`]*`\)|`[^`]*`")


def error_page(request: Request, error: ApiError) -> str:
    """The error page: what went wrong in plain words, and what to try instead."""
    lang = lang_of(request)
    w = words(lang)
    body = error.body()["error"]
    plain = w.t(
        _PLAIN.get(body["type"], "Something went wrong on our side. Please try again, or go back to the home page.")
    )
    detail = _COMMANDS.sub("", body["message"]) if body["type"] in _SAID else None
    return templates.get_template("error.html").render(
        request=request, error=body, plain=plain, detail=detail, w=w, t=w.t, lang=lang, link=link
    )
