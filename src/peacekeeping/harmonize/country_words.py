"""Every way a published text writes a country, for reading: names, aliases and adjectives in en, es and fr.

From the reviewed tables: countries.csv (names), country_aliases.csv (aliases a report or reader uses, except those
reviewed as cut off in one report), country_names.csv (names and adjectives in three languages, each also without
its parenthesised part: "Bolivia"), their regular inflections (English plural nouns "Kenyans"; Spanish and French
feminine and plural "peruanas", "népalaises"), and country_words.csv (words readers meet that UN style does not write:
"Nepali", "Turkish", "South Korean", with a note each). An inflection that is another country's word is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import countries, country_names
from .tables import read_table

NAME, ADJECTIVE = "name", "adjective"


@dataclass(frozen=True, slots=True)
class Form:
    """One written form of a country: the words, the ISO3 code, and whether it is a name or an adjective."""

    text: str
    iso3: str
    form: str


def _plain(name: str) -> str:
    """A name without its parenthesised part: 'Bolivia (Plurinational State of)' -> 'Bolivia'."""
    return re.sub(r"\s*\(.*$", "", name).strip()


def english_plural(adjective: str) -> str | None:
    """'Kenyan' -> 'Kenyans', 'Bangladeshi' -> 'Bangladeshis'; None where the plural is the adjective ('Nepalese')."""
    if re.search(r"(?:s|sh|ch|se|x|z)$", adjective, re.I):
        return None
    return adjective + "s"


def spanish_feminine(adjective: str) -> str:
    """'peruano' -> 'peruana', 'peruanos' -> 'peruanas', 'nepalés' -> 'nepalesa', 'nepaleses' -> 'nepalesas'."""
    for end, feminine in (("os", "as"), ("eses", "esas"), ("o", "a"), ("és", "esa"), ("án", "ana"), ("ín", "ina")):
        if adjective.endswith(end):
            return adjective[: -len(end)] + feminine
    return adjective


def french_feminine(adjective: str) -> str:
    """The feminine of a singular adjective: 'népalais' -> 'népalaise', 'ivoirien' -> 'ivoirienne', 'serbe'."""
    if adjective.endswith("e"):
        return adjective
    return adjective + ("ne" if adjective.endswith("en") else "e")


def _reviewed() -> list[Form]:
    """Names from countries.csv, standing aliases, and the three languages' names and adjectives."""
    forms = [Form(c.name, c.iso3, NAME) for c in countries.all_countries()]
    for row in read_table("country_aliases.csv"):
        if not row["only_in"] and not re.search(r"truncated|cut off", row["note"]):
            forms.append(Form(row["alias"], row["iso3"], NAME))
    for iso3 in country_names.known_iso3():
        for lang in country_names.LANGS:
            name = country_names.country_name(iso3, lang)
            forms += [Form(name, iso3, NAME), Form(_plain(name), iso3, NAME)]
            for singular in (False, True):
                if adjective := country_names.adjective(iso3, lang, singular):
                    forms.append(Form(adjective, iso3, ADJECTIVE))
    return forms


def _inflections(forms: list[Form]) -> list[Form]:
    """The regular inflections of the reviewed adjectives, in the language each adjective belongs to."""
    out = []
    for iso3 in country_names.known_iso3():
        if en := country_names.adjective(iso3, "en"):
            if plural := english_plural(en):
                out.append(Form(plural, iso3, ADJECTIVE))
        for singular in (False, True):
            if es := country_names.adjective(iso3, "es", singular):
                out.append(Form(spanish_feminine(es), iso3, ADJECTIVE))
        if fr := country_names.adjective(iso3, "fr", True):
            out += [Form(french_feminine(fr), iso3, ADJECTIVE), Form(french_feminine(fr) + "s", iso3, ADJECTIVE)]
    return out


@cache
def forms() -> tuple[Form, ...]:
    """Every written form of every country, without duplicates; an inflection that is another country's is dropped."""
    reviewed = _reviewed() + [Form(r["word"], r["iso3"], r["form"]) for r in read_table("country_words.csv")]
    owner = {f.text.casefold(): f.iso3 for f in reviewed}
    extra = [f for f in _inflections(reviewed) if owner.setdefault(f.text.casefold(), f.iso3) == f.iso3]
    seen, out = set(), []
    for f in reviewed + extra:
        if f.text and (f.text.casefold(), f.iso3) not in seen:
            seen.add((f.text.casefold(), f.iso3))
            out.append(f)
    return tuple(out)
