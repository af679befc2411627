"""One-sentence leads in English, Spanish and French: numbers, ordinals, months and shares through Babel."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_percent

from .. import wording
from ..harmonize import country_names

LANGS = ("en", "es", "fr")
TYPES = {
    "Troops": ("troops", "tropas", "troupes"),
    "Staff Officer": ("staff officers", "oficiales de Estado Mayor", "officiers d’état-major"),
    "Experts on Mission": ("experts on mission", "expertos en misión", "experts en mission"),
    "Formed Police Units": ("formed police units", "unidades de policía constituidas", "unités de police constituées"),
    "Individual Police": ("individual police", "agentes de policía", "policiers hors unités constituées"),
}
GROUPS = {
    "troops": ("troops", "las tropas", "des troupes"),
    "observers_staff": (
        "military observers and staff officers",
        "los observadores militares y oficiales de Estado Mayor",
        "des observateurs militaires et officiers d’état-major",
    ),
    "formed_police": (
        "formed police units",
        "las unidades de policía constituidas",
        "des unités de police constituées",
    ),
    "individual_police": ("individual police", "los agentes de policía", "des policiers hors unités constituées"),
}


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def num(n: int, lang: str) -> str:
    return wording.number(n, lang)


def count(n: int, noun: str, lang: str) -> str:
    """A count with its noun in agreement: "one country", "un efectivo uniformado", "41 membres du personnel"."""
    return wording.count_phrase(n, noun, lang)


def de(phrase: str, lang: str) -> str:
    """French "de" before a phrase, elided before a vowel ("d’un pays"); Spanish and English "de"/"from" as is."""
    if lang == "fr" and phrase[:1].lower() in "aeiouyéèêh":
        return f"d’{phrase}"
    return f"de {phrase}"


def nth(n: int, lang: str) -> str:
    return wording.ordinal(n, lang)


@lru_cache(maxsize=4096)
def pct(x: float, lang: str) -> str:
    """'9.2%', '9,2 %', '9,2 %': a no-break space before the sign in Spanish and French, as the web writes it."""
    return format_percent(x, "#,##0.0%" if lang == "en" else "#,##0.0\u00a0%", locale=lang)


@lru_cache(maxsize=1024)
def month(key: str, lang: str) -> str:
    """'2022-06' -> 'June 2022', 'junio de 2022', 'juin 2022'."""
    pattern = {"en": "MMMM y", "es": "MMMM 'de' y", "fr": "MMMM y"}[lang]
    return format_date(dt.date(int(key[:4]), int(key[5:7]), 1), pattern, locale=lang)


def day(date: dt.date, lang: str) -> str:
    return wording.long_date(date, lang)


def the(iso3: str, lang: str) -> str:
    """The country as a subject: 'Peru', 'el Perú', 'le Pérou'."""
    return wording.country_with_article(iso3, lang)


def of(iso3: str, lang: str) -> str:
    """'of Peru', 'del Perú', 'du Pérou'."""
    return f"of {the(iso3, 'en')}" if lang == "en" else wording.from_country(iso3, lang)


def name(iso3: str, lang: str) -> str:
    return country_names.country_name(iso3, lang)


def typename(ptype: str | None, lang: str) -> str:
    return "" if ptype is None else TYPES[ptype][LANGS.index(lang)]


def per_lang(make) -> dict[str, str]:
    """A lead in every language from a function of the language."""
    return {lang: make(lang) for lang in LANGS}


def listing(items: list[tuple[str, int]], lang: str, signed: bool = False) -> str:
    """'Ghana (120), Nepal (85)' with the languages' separators."""

    def value(n: int) -> str:
        text = wording.number(abs(n), lang) if abs(n) > 9 else f"{abs(n)}"
        return (("+" if n > 0 else "−") + text) if signed and n else text

    return ", ".join(f"{name(iso3, lang)} ({value(n)})" for iso3, n in items)
