"""Nationalities as the Data Hub prints them (name, M49, ISO3) -> one Country, or None when undetermined."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import cells
from ..errors import PeacekeepingError
from . import countries
from .countries import Country
from .tables import normalize, read_table


class NationalityError(PeacekeepingError):
    """A nationality that is unknown, or whose name and codes disagree."""


@dataclass(frozen=True)
class _Tables:
    undetermined: frozenset[str]
    exceptions: dict[tuple[str, int | None, str | None], Country]


@cache
def _tables() -> _Tables:
    by_iso3 = {c.iso3: c for c in countries.all_countries()}
    exceptions = {}
    for row in read_table("nationality_code_exceptions.csv"):
        if row["iso3"] not in by_iso3:
            raise PeacekeepingError(f"nationality_code_exceptions.csv: unknown ISO3 {row['iso3']!r}")
        key = (normalize(row["nationality"]), int(row["m49"]) if row["m49"] else None, row["isocode3"] or None)
        exceptions[key] = by_iso3[row["iso3"]]
    undetermined = frozenset(normalize(r["nationality"]) for r in read_table("undetermined_nationalities.csv"))
    return _Tables(undetermined, exceptions)


def m49_code(value: float | int | str | None) -> int | None:
    """An M49 code printed as a float ("604.0", 604.0) or integer, as an int; None when absent."""
    try:
        return cells.m49_code(value)
    except ValueError as err:
        raise NationalityError(str(err)) from None


def is_undetermined(printed: str) -> bool:
    """Whether a printed nationality is a reviewed 'undetermined' marker such as 'ZZ [Undetermined]'."""
    return normalize(printed) in _tables().undetermined


def resolve(printed: str, m49: float | int | str | None, isocode3: str | None) -> Country | None:
    """The country of a printed nationality, checked against its codes; None for an undetermined marker."""
    tables = _tables()
    name = printed.strip()
    code = m49_code(m49)
    iso = (isocode3 or "").strip().upper() or None
    reviewed = tables.exceptions.get((normalize(name), code, iso))
    if reviewed is not None:
        return reviewed
    if is_undetermined(name):
        if code is not None or iso is not None:
            raise NationalityError(f"undetermined nationality {name!r} has codes M49 {code}, ISO3 {iso}")
        return None
    try:
        return countries.resolve_coded(name, {"m49_code": code, "isocode3": iso}, column="nationality")
    except countries.UnknownCountry as err:
        hint = f"; did you mean {', '.join(err.suggestions)}?" if err.suggestions else "; no close name"
        raise NationalityError(
            f"unknown nationality {name!r} (M49 {code}, ISO3 {iso}): not a nationality we know yet{hint}",
            err.suggestions,
        ) from None
    except countries.CodeMismatch as err:
        raise NationalityError(f"{err} (review it in harmonize/data/nationality_code_exceptions.csv)") from None
