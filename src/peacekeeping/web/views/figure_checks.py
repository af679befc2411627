"""A country page's headline figures as sentences for the check page: each figure links to /check prefilled with a
sentence that states it, the report's date and the page's date, so a reader checks it in one click."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from ... import wording

# The sentences, in the page's language, as the release drafts word the same figures (the checker reads them back).
SENTENCES: dict[str, dict[str, str]] = {
    "total": {
        "en": "{As_of}, {country} provides {n} uniformed personnel to UN peace operations.",
        "es": "{As_of}, {country} aporta {n} efectivos uniformados a las operaciones de paz de la ONU.",
        "fr": "{As_of}, {country} fournit {n} membres du personnel en tenue aux opérations de paix des Nations Unies.",
    },
    "women": {
        "en": "{As_of}, {country} provides {n} women peacekeepers to UN peace operations.",
        "es": "{As_of}, {country} aporta {n} mujeres uniformadas a las operaciones de paz de la ONU.",
        "fr": "{As_of}, {country} fournit {n} femmes en tenue aux opérations de paix des Nations Unies.",
    },
    "missions": {
        "en": "{As_of}, {country} provides uniformed personnel to {n} UN peace operations.",
        "es": "{As_of}, {country} aporta efectivos uniformados a {n} operaciones de paz de la ONU.",
        "fr": "{As_of}, {country} fournit du personnel en tenue à {n} opérations de paix des Nations Unies.",
    },
    "rank": {
        "en": "{As_of}, {country} is the {n} largest contributor of uniformed personnel to UN peace operations.",
        "es": "{As_of}, {country} es el {n} mayor contribuyente de personal uniformado a las operaciones de paz de "
        "la ONU.",
        "fr": "{As_of}, {country} est le {n} contributeur de personnel en tenue aux opérations de paix des Nations "
        "Unies.",
    },
}
_AS_OF = {"en": "As of {date}", "es": "Al {date}", "fr": "Au {date}"}
_FIRST = {"en": "the largest", "es": "el mayor", "fr": "le premier"}


def sentence(kind: str, value: int, iso3: str, as_of: dt.date, lang: str) -> str:
    """The sentence stating one headline figure of a country as of a report's date, in `lang` (en, es, fr)."""
    lang = lang if lang in _AS_OF else "en"
    text = SENTENCES[kind][lang]
    if kind == "rank":
        n = wording.ordinal(value, lang)
        if value == 1:
            text = text.replace({"en": "the {n} largest", "es": "el {n} mayor", "fr": "le {n}"}[lang], _FIRST[lang])
    else:
        n = wording.number(value, lang, "f" if kind == "missions" and lang != "en" else "m")
    return text.format(
        As_of=_AS_OF[lang].format(date=wording.long_date(as_of, lang)),
        country=wording.country_with_article(iso3, lang),
        n=n,
    )


def links(profile, day: str, lang: str) -> dict[str, dict[str, str]]:
    """Figure id on the page ('total', 'women', 'missions', 'rank') -> its sentence and its link,
    /check?text=…&date=…, for the figures the page shows."""
    iso3, as_of = profile.country.iso3, profile.month.as_of
    figures = {"total": profile.total, "women": profile.women, "missions": profile.mission_count, "rank": profile.rank}
    out = {}
    for kind, value in figures.items():
        if isinstance(value, int) and value > 0:
            said = sentence(kind, value, iso3, as_of, lang)
            out[kind] = {"sentence": said, "href": "/check?" + urlencode({"text": said, "date": day})}
    return out
