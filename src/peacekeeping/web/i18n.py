"""The interface in English, Spanish and French: the language of a request, its words, numbers, dates and names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent, get_group_symbol
from fastapi import Request

from .. import wording
from ..harmonize import country_names, mission_names
from .messages import MESSAGES

LANGS = ("en", "es", "fr")
NAMES = {"en": "English", "es": "Español", "fr": "Français"}
COOKIE = "lang"


def lang_of(request: Request) -> str:
    """The language asked: `?lang=` first, then the cookie the language switch set, else English."""
    asked = request.query_params.get("lang") or request.cookies.get(COOKIE) or "en"
    return asked if asked in LANGS else "en"


def lang_of_scope(query: dict[str, str], cookies: dict[str, str]) -> str:
    """The same choice from a query and cookies already parsed (the HTTP layer's cache key)."""
    asked = query.get("lang") or cookies.get(COOKIE) or "en"
    return asked if asked in LANGS else "en"


@dataclass(frozen=True, slots=True)
class Words:
    """Everything a page says in one language: `t` for words, the rest for figures, dates and names."""

    lang: str

    def t(self, text: str, **values) -> str:
        """The interface text `text` in this language (English when the catalog has none), with {values} filled."""
        said = text if self.lang == "en" else MESSAGES.get(text, {}).get(self.lang, text)
        return said.format(**values) if values else said

    def num(self, n) -> str:
        """1,230 / 1.230 / 1 230 (empty for None)."""
        if n is None:
            return ""
        if isinstance(n, int):  # Babel's grouping symbol, without its per-call parsing (pages show thousands)
            return f"{n:,}".replace(",", _group(self.lang))
        return format_decimal(n, locale=self.lang)

    def pct(self, x) -> str:
        """14.1% / 14,1 % (one decimal; empty for None)."""
        if x is None:
            return ""
        return f"{x:.1%}" if self.lang == "en" else format_percent(x, "#,##0.0\u00a0%", locale=self.lang)

    def ordinal(self, n) -> str:
        """48th / 48.º / 48e (empty for None)."""
        return "" if n is None else wording.ordinal(n, self.lang)

    def month(self, month: str | dt.date | None) -> str:
        """'2022-06' or a date -> 'June 2022' / 'junio de 2022' / 'juin 2022'."""
        if month is None:
            return ""
        if isinstance(month, dt.date):
            return _month(month.year, month.month, self.lang)
        return _month(int(month[:4]), int(month[5:7]), self.lang)

    def date(self, day: str | dt.date | None) -> str:
        """'2022-06-30' -> '30 June 2022' / '30 de junio de 2022' / '30 juin 2022'."""
        if day is None:
            return ""
        day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
        return format_skeleton("yMMMMd", day, locale=self.lang)

    def country(self, iso3: str, fallback: str = "") -> str:
        """A country's UN short name in this language (the reviewed table), else `fallback` (as is in English)."""
        if self.lang == "en" and fallback:
            return fallback
        try:
            return country_names.country_name(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            return fallback or iso3

    def to_country(self, iso3: str, fallback: str = "") -> str:
        """"to Peru", "al Perú", "au Pérou" (the wording layer's articles), else "to" and `fallback`."""
        try:
            return wording.to_country(iso3, self.lang)
        except Exception:  # noqa: BLE001 - a country without reviewed wording keeps its English name
            return f"to {fallback or iso3}" if self.lang == "en" else self.country(iso3, fallback)

    def mission(self, acronym: str, fallback: str | None = None) -> tuple[str | None, str]:
        """(full name, acronym) of a mission in this language, else (`fallback`, the acronym)."""
        try:
            return mission_names.mission_name(acronym, self.lang)
        except Exception:  # noqa: BLE001 - a mission without reviewed names keeps its English name
            return fallback, acronym


@cache
def _group(lang: str) -> str:
    return get_group_symbol(locale=lang)


@cache
def _month(year: int, month: int, lang: str) -> str:
    text = format_skeleton("yMMMM", dt.date(year, month, 1), locale=lang)
    return text[:1].upper() + text[1:]


@cache
def words(lang: str) -> Words:
    """The Words of a language (one object per language)."""
    return Words(lang if lang in LANGS else "en")
