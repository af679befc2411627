"""The countries of the Data Hub's datasets: each printed name, checked against its printed codes, as one ISO3.

Errors name the file and the CSV line (or JSON item) of the row, as the readers' errors do.
"""

from __future__ import annotations

import datetime as dt

from .. import dates
from ..errors import PeacekeepingError
from ..harmonize import countries, nationalities
from ..sources.datahub import DataHubError
from ..sources.fatalities import FatalitiesError, FatalityRelease
from ..sources.historical import HistoricalRelease, HistoricalRow
from ..sources.ranking import Ranking, RankingRow
from ..sources.tabular import where


def contributors(release: HistoricalRelease) -> list[str]:
    """The ISO3 of each row's contributing country; a row repeated under another spelling of its country (the
    same month, mission and personnel type) is an error."""
    return _identify(release, [(r, r.as_of, (r.mission, r.personnel_type)) for r in release.rows])


def ranked(ranking: Ranking) -> list[str]:
    """The ISO3 of each ranked country; a country ranked twice under two spellings is an error."""
    return _identify(ranking, [(r, ranking.as_of, ()) for r in ranking.rows])


def nationalities_of(release: FatalityRelease) -> list[str | None]:
    """The ISO3 of each casualty's nationality, None where the register marks it undetermined."""
    resolved: dict[tuple[str, int | None, str | None], str | None] = {}
    found: list[str | None] = []
    for row in release.rows:
        key = (row.nationality, row.m49, row.isocode3)
        if key not in resolved:
            try:
                country = nationalities.resolve(*key)
            except PeacekeepingError as err:
                raise FatalitiesError(release.path, str(err), where(release.format, row.line)) from None
            resolved[key] = None if country is None else country.iso3
        found.append(resolved[key])
    return found


def _identify(
    source: HistoricalRelease | Ranking, rows: list[tuple[HistoricalRow | RankingRow, dt.date, tuple[str, ...]]]
) -> list[str]:
    """The ISO3 of each (row, reporting date, what else makes the row unique: mission and personnel type), in
    order."""
    resolve = _Contributors()
    seen: dict[tuple, HistoricalRow | RankingRow] = {}
    found: list[str] = []
    for row, as_of, rest in rows:
        try:
            iso3 = resolve(row.country, row.isocode3, row.m49_code, as_of)
        except PeacekeepingError as err:
            raise DataHubError(source.path, str(err), where(source.format, row.line)) from None
        first = seen.setdefault((iso3, as_of, *rest), row)
        if first is not row:
            what = "".join(f", {part}" for part in rest) + (f" at {as_of}" if rest else "")
            raise DataHubError(
                source.path,
                f"{row.country} ({iso3}){what} repeats {first.country} on {where(source.format, first.line)}",
                where(source.format, row.line),
            )
        found.append(iso3)
    return found


class _Contributors:
    """Printed name + the two code columns -> ISO3, cached per distinct printing and month (some aliases are
    reviewed for one month only). Either code column may hold an ISO3 or an M49 code."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str | int | None, str | int | None, int, int], str] = {}

    def __call__(self, name: str, isocode3: str | int | None, m49_code: str | int | None, as_of: dt.date) -> str:
        key = (name, isocode3, m49_code, as_of.year, as_of.month)
        if key not in self._cache:
            codes = {"isocode3": isocode3, "m49_code": m49_code}
            try:
                country = countries.resolve_coded(name, codes, dates.month_of(as_of), column="contributing_country")
            except countries.UnknownCountry as err:
                printed = ", ".join(f"{c} {v!r}" for c, v in codes.items() if v is not None)
                raise PeacekeepingError(f"{err} [{printed}]" if printed else str(err), err.suggestions) from None
            self._cache[key] = country.iso3
        return self._cache[key]
