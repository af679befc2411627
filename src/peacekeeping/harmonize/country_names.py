"""Country names in English, Spanish and French with their articles and nationality adjectives.

From the reviewed table harmonize/data/country_names.csv, one row per ISO3: `en_name` (the UN short name, as in
countries.csv), `en_article` ("the" or empty), `en` (the adjective used before "peacekeepers"); `es_name`,
`es_article` (el, la, los, las or empty), `es_sg`/`es` (masculine singular/plural adjective); `fr_name`,
`fr_article` (le, la, l', les or empty), `fr_in` (the preposition for "in" when the name takes no article and it is
not "à": "en Haïti"), `fr_sg`/`fr` (masculine singular/plural adjective); `note` (why, for reviewers). An empty
adjective means the UN does not use one for that country (Türkiye in English, the two Congos, the Republic of
Korea, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from ..errors import PeacekeepingError, ReviewError
from .tables import read_table

LANGS = ("en", "es", "fr")
TABLE = "harmonize/data/country_names.csv"


class WordingError(PeacekeepingError):
    """A language, noun, gender or country that has no reviewed wording."""


def check_lang(lang: str) -> str:
    """The language code, checked."""
    if lang not in LANGS:
        raise WordingError(f"unknown language {lang!r}: choose {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True, slots=True)
class CountryNames:
    """One reviewed row of country_names.csv."""

    iso3: str
    en_name: str
    en_article: str
    en: str
    es_name: str
    es_article: str
    es_sg: str
    es: str
    fr_name: str
    fr_article: str
    fr_in: str
    fr_sg: str
    fr: str
    note: str


_ARTICLES = {"en": ("", "the"), "es": ("", "el", "la", "los", "las"), "fr": ("", "le", "la", "l'", "les")}


@cache
def _table() -> dict[str, CountryNames]:
    """The reviewed table, checked, by ISO3."""
    rows: dict[str, CountryNames] = {}
    columns = [f.name for f in fields(CountryNames)]
    table = read_table("country_names.csv")
    if table and list(table[0]) != columns:
        raise ReviewError(f"{TABLE}: columns {list(table[0])} differ from {columns}")
    for line, row in enumerate(table, start=2):
        entry = CountryNames(**{k: (v or "").strip() for k, v in row.items()})
        where = f"{TABLE}, line {line} ({entry.iso3})"
        if entry.iso3 in rows:
            raise ReviewError(f"{where}: ISO3 listed twice")
        if not (entry.en_name and entry.es_name and entry.fr_name):
            raise ReviewError(f"{where}: a country name is missing")
        for lang in LANGS:
            if getattr(entry, f"{lang}_article") not in _ARTICLES[lang]:
                raise ReviewError(f"{where}: {lang}_article must be one of {_ARTICLES[lang]}")
        for lang in ("es", "fr"):
            if bool(getattr(entry, lang)) != bool(getattr(entry, f"{lang}_sg")):
                raise ReviewError(f"{where}: give both {lang}_sg and {lang}, or neither")
        if entry.fr_in not in ("", "en") or (entry.fr_in and entry.fr_article):
            raise ReviewError(f"{where}: fr_in is 'en' or empty, and only for names without article")
        rows[entry.iso3] = entry
    return rows


def names_of(iso3: str) -> CountryNames:
    """The reviewed row for an ISO3 code; a code without one raises WordingError naming the table."""
    key = str(iso3).strip().upper()
    entry = _table().get(key)
    if entry is None:
        raise WordingError(
            f"no wording for ISO3 {iso3!r} in {TABLE}: add a reviewed row "
            "(names, articles and adjectives in en, es and fr)"
        )
    return entry


def known_iso3() -> frozenset[str]:
    """The ISO3 codes the reviewed table covers."""
    return frozenset(_table())


def country_name(iso3: str, lang: str) -> str:
    """The UN short name without article: "Peru", "Perú", "Pérou"; "Türkiye"; "République-Unie de Tanzanie"."""
    return getattr(names_of(iso3), f"{check_lang(lang)}_name")


def article(iso3: str, lang: str) -> tuple[str, str]:
    """The (article, name) pair of a country in a language."""
    entry = names_of(iso3)
    return getattr(entry, f"{check_lang(lang)}_article"), getattr(entry, f"{lang}_name")


def adjective(iso3: str, lang: str, singular: bool = False) -> str | None:
    """The nationality adjective ("Peruvian"; es/fr masculine plural "peruanos"); None where UN style has none."""
    entry = names_of(iso3)
    if check_lang(lang) == "en":
        return entry.en or None
    return getattr(entry, f"{lang}_sg" if singular else lang) or None
