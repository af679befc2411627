"""DPO-UCLATEST, the Data Hub's latest ranking of contributing countries (also the ranking export of the same
shape), as printed (CSV or API JSON): countries are resolved at ingest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cells import any_date, count
from . import tabular
from .datahub import COUNTRY_COLUMNS, HISTORICAL_MARKS, RANKING_MARKS, DataHubError, printed_country

# Headers are matched ignoring case ("ISOCode3", "Personnel_Contribution_Rank"); the 2022 export has no id.
COLUMNS = tabular.Columns("DPO-UCLATEST", (*COUNTRY_COLUMNS, *sorted(RANKING_MARKS)), ("id",))


@dataclass(frozen=True, slots=True)
class RankingRow:
    """One country of the ranking, as printed: its name and codes (an ISO3 as text, an M49 as a number, None when
    blank), rank and personnel; `line` does not take part in equality."""

    country: str
    isocode3: str | int | None
    m49_code: str | int | None
    rank: int
    female: int
    male: int
    total: int
    line: int = field(compare=False)


@dataclass(slots=True)
class Ranking:
    """A DPO-UCLATEST file: the ranking of one reporting date, rows in file order."""

    path: Path
    as_of: dt.date
    rows: list[RankingRow]
    format: str = "csv"


def looks_like(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) holds DPO-UCLATEST (also the 2022 ranking export with its
    capitalized headers and no id), allowing up to two renamed or missing columns."""
    return tabular.resembles(path, COLUMNS, RANKING_MARKS, HISTORICAL_MARKS)


def read(path: str | Path) -> Ranking:
    """Read DPO-UCLATEST, CSV or API JSON, values as printed.

    Checks that every total is female + male, that all rows share one reporting date, that no country is printed
    twice and that the ranks follow the totals (a better rank never has fewer personnel; equal ranks, equal totals).
    Raises DataHubError naming the file and line (or JSON item).
    """
    path = Path(path)
    table = tabular.read(path, COLUMNS, DataHubError)
    rows: list[RankingRow] = []
    seen: dict[str, int] = {}
    as_of: dt.date | None = None
    first_line = 0
    for line, values in table.records:
        where = table.where(line)
        try:
            date = any_date("last_reporting_date", values["last_reporting_date"])
            row = _row(values, line)
        except ValueError as err:
            raise DataHubError(path, str(err), where) from None
        if row.rank < 1:
            raise DataHubError(path, f"personnel_contribution_rank {row.rank} is not a rank", where)
        if row.total != row.female + row.male:
            raise DataHubError(
                path, f"total_uniformed_personnel {row.total} is not female {row.female} + male {row.male}", where
            )
        if as_of is None:
            as_of, first_line = date, line
        elif date != as_of:
            raise DataHubError(
                path,
                f"last_reporting_date {date} differs from {as_of} on "
                f"{table.where(first_line)}: a ranking is of one date",
                where,
            )
        if row.country in seen:
            raise DataHubError(path, f"{row.country} repeats {table.where(seen[row.country])}", where)
        seen[row.country] = line
        rows.append(row)
    if as_of is None:
        raise DataHubError(path, "no rows (an empty DPO-UCLATEST dataset)")
    _check_order(table, rows)
    return Ranking(path, as_of, rows, table.format)


def _row(values: dict[str, Any], line: int) -> RankingRow:
    country, isocode3, m49_code = printed_country(values)
    rank = count("personnel_contribution_rank", values["personnel_contribution_rank"])
    female = count("female_personnel", values["female_personnel"])
    male = count("male_personnel", values["male_personnel"])
    total = count("total_uniformed_personnel", values["total_uniformed_personnel"])
    return RankingRow(country, isocode3, m49_code, rank, female, male, total, line)


def _check_order(table: tabular.Table, rows: list[RankingRow]) -> None:
    """A better rank never has fewer personnel, and equal ranks have equal totals."""
    ordered = sorted(rows, key=lambda r: (r.rank, -r.total))
    for better, worse in zip(ordered, ordered[1:]):
        if worse.total > better.total or (worse.rank == better.rank and worse.total != better.total):
            raise DataHubError(
                table.path,
                f"rank {worse.rank} ({worse.country}, {worse.total}) does not follow the totals: rank "
                f"{better.rank} ({better.country}, {table.where(better.line)}) has {better.total}",
                table.where(worse.line),
            )
