"""One-sentence leads in English, Spanish and French: numbers, ordinals, months, shares and country phrases, all written
by the wording layer (wording/, the leads' texts in wording/news.py)."""

from __future__ import annotations

import datetime as dt

from .. import wording
from ..wording import news as news_words

LANGS = ("en", "es", "fr")
TYPES, GROUPS = news_words.TYPES, news_words.GROUPS  # the words: wording/news.py


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def num(n: int, lang: str) -> str:
    return wording.number(n, lang)


def count(n: int, noun: str, lang: str) -> str:
    """A count with its noun in agreement: "one country", "un efectivo uniformado", "41 membres du personnel"."""
    return wording.count_phrase(n, noun, lang)


def de(phrase: str, lang: str) -> str:
    """French "de" before a phrase, elided before a vowel ("d’un pays"); Spanish and English "de"/"from" as is."""
    return news_words.de(phrase, lang)


def nth(n: int, lang: str) -> str:
    return wording.ordinal(n, lang)


def pct(x: float, lang: str) -> str:
    """'9.2%', '9,2 %', '9,2 %': a no-break space before the sign in Spanish and French, as the web writes it."""
    return news_words.percent(x, lang)


def month(key: str, lang: str) -> str:
    """'2022-06' -> 'June 2022', 'junio de 2022', 'juin 2022'."""
    return wording.long_month(key, lang)


def day(date: dt.date, lang: str) -> str:
    return wording.long_date(date, lang)


def the(iso3: str, lang: str) -> str:
    """The country as a subject: 'Peru', 'el Perú', 'le Pérou'."""
    return wording.country_with_article(iso3, lang)


def of(iso3: str, lang: str) -> str:
    """'of Peru', 'del Perú', 'du Pérou'."""
    return news_words.of(iso3, lang)


def name(iso3: str, lang: str) -> str:
    return wording.country_name(iso3, lang)


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
