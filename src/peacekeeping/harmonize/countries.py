"""Country identity (ISO3, M49, one canonical name) from the reviewed tables countries.csv and country_aliases.csv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import NotFound, PeacekeepingError, one_of, quoted
from . import country_names
from .similar import closest
from .tables import normalize, read_table


@dataclass(frozen=True, slots=True)
class Country:
    """A country as the project identifies it."""

    iso3: str
    m49: int
    name: str


@dataclass(frozen=True, slots=True)
class Match:
    """A lookup result: the country and whether the name matched a reviewed name exactly."""

    country: Country
    exact: bool


class UnknownCountry(NotFound):
    """A name that no reviewed name or alias matches."""

    kind = "unknown_country"

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        hint = (
            f"; did you mean {one_of(suggestions)}?"
            if suggestions
            else " (give a name, an ISO3 code such as PER or an M49 code such as 604)"
        )
        super().__init__(f"{quoted(name)} is not a country name we know{hint}", suggestions)


class AmbiguousCountry(NotFound):
    """A name that stands for more than one country ('Congo'): no one country is found, the user is asked which one
    (a 404 with the choices as suggestions, like an unknown name; never an error on the server's side)."""

    kind = "ambiguous_country"

    def __init__(self, name: str, choices: list[str]):
        self.name = name
        super().__init__(f"{quoted(name)} may mean more than one country: which one, {one_of(choices)}?", choices)


@dataclass(frozen=True)
class _Index:
    by_iso3: dict[str, Country]
    by_m49: dict[int, Country]
    by_key: dict[str, Country]
    by_month_key: dict[tuple[str, str], Country]  # aliases reviewed for one report month only


@cache
def _index() -> _Index:
    countries = [Country(r["iso3"], int(r["m49"]), r["name"]) for r in read_table("countries.csv")]
    by_iso3 = {c.iso3: c for c in countries}
    by_key = {normalize(c.name): c for c in countries}
    by_month_key = {}
    for row in read_table("country_aliases.csv"):
        if row["iso3"] not in by_iso3:
            raise PeacekeepingError(f"country_aliases.csv: alias {row['alias']!r} names unknown ISO3 {row['iso3']!r}")
        if row["only_in"]:
            by_month_key[(row["only_in"], normalize(row["alias"]))] = by_iso3[row["iso3"]]
        else:
            by_key[normalize(row["alias"])] = by_iso3[row["iso3"]]
    return _Index(by_iso3, {c.m49: c for c in countries}, by_key, by_month_key)


@cache
def _ambiguous() -> dict[str, list[str]]:
    """Names a user may give that stand for more than one country -> the names to choose from (each of which
    resolves to one country), from the reviewed table ambiguous_country_names.csv."""
    return {normalize(r["name"]): r["choices"].split("|") for r in read_table("ambiguous_country_names.csv")}


def all_countries() -> list[Country]:
    """Every country in the reviewed table."""
    return list(_index().by_iso3.values())


def by_iso3(code: str) -> Country:
    """The country with this ISO3 code."""
    return _index().by_iso3[code.upper()]


@cache
def _user_keys() -> dict[str, Country]:
    """Every name a user may give: the reviewed names and aliases, and the Spanish and French UN short names of the
    reviewed table country_names.csv ('Pérou', 'Países Bajos')."""
    index = _index()
    keys = {}
    for iso3 in country_names.known_iso3():
        entry = country_names.names_of(iso3)
        for name in (entry.es_name, entry.fr_name):
            keys.setdefault(normalize(name), index.by_iso3[iso3])
    return {**keys, **index.by_key}


def _exact(text: str) -> Country | None:
    """The country of an M49 or ISO3 code, a reviewed name or a reviewed alias, or None."""
    index = _index()
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 3 and int(text) in index.by_m49:  # not "²", "٦٠٤"
        return index.by_m49[int(text)]
    if len(text) == 3 and text.upper() in index.by_iso3:
        return index.by_iso3[text.upper()]
    return index.by_key.get(normalize(text))


def suggest(name: str, n: int = 3) -> list[str]:
    """Canonical names of the countries whose names or aliases are closest to `name`, above similar.FLOOR."""
    return [country.name for country, _ in closest(normalize(name), _user_keys(), n)]


def match(name: str) -> Match | None:
    """Look a name a user gives up: exact on reviewed names, aliases, Spanish and French names, ISO3 and M49; else
    the one country whose name is very close (exact=False: a guess to show as one, never to answer with), or None."""
    key = normalize(name)
    found = _exact(name) or _user_keys().get(key)
    if found is not None:
        return Match(found, True)
    close = closest(key, _user_keys(), n=2, floor=85)
    return Match(close[0][0], False) if len(close) == 1 else None


def resolve(name: str, month: str | None = None) -> Country:
    """The country a name printed in a report of `month` (YYYY-MM) stands for, exactly, or UnknownCountry."""
    if month is not None:
        scoped = _index().by_month_key.get((month, normalize(name)))
        if scoped is not None:
            return scoped
    found = _exact(name)
    if found is None:
        raise UnknownCountry(name, suggest(name))
    return found


def lookup(name: str) -> Country:
    """The country a user means by a name (in English, Spanish or French), ISO3 or M49 code, exactly; a name that
    stands for more than one country ('Congo', 'Korea', 'Guinea') raises AmbiguousCountry with the choices, any other
    UnknownCountry with the closest names: never a guess."""
    choices = _ambiguous().get(normalize(name))
    if choices:
        raise AmbiguousCountry(name, choices)
    found = match(name)
    if found is None or not found.exact:
        raise UnknownCountry(name, suggest(name))
    return found.country


class CodeMismatch(PeacekeepingError):
    """A printed country name whose printed codes name another country, or no country at all."""


def by_code(code: str | int) -> Country | None:
    """The country of an ISO3 code (text) or an M49 code (a number), or None."""
    index = _index()
    return index.by_iso3.get(code.upper()) if isinstance(code, str) else index.by_m49.get(code)


def resolve_coded(
    name: str, codes: dict[str, str | int | None], month: str | None = None, column: str = "name"
) -> Country:
    """The country a printed name stands for, checked against the codes printed beside it (column -> an ISO3 code
    as text or an M49 code as a number, None when blank): UnknownCountry, or CodeMismatch naming the column."""
    country = resolve(name, month)
    for code_column, code in codes.items():
        if code is None:
            continue
        kind = "ISO3" if isinstance(code, str) else "M49"
        coded = by_code(code)
        if coded is None:
            raise CodeMismatch(
                f"{code_column} {code!r}: {kind} code {code} is not in countries.csv "
                f"({column} {name!r} is {country.name}, {country.iso3})"
            )
        if coded != country:
            raise CodeMismatch(
                f"{column} {name!r} ({country.name}, {country.iso3}) disagrees with {code_column} "
                f"{code!r}, the {kind} code of {coded.name} ({coded.iso3})"
            )
    return country
