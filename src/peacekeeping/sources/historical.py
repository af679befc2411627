"""DPO-UCHISTORICAL, the Data Hub's monthly contributions by country, mission and personnel type since 2010, as
printed (CSV or API JSON): countries are resolved at ingest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cells import any_date, count, required_text
from . import tabular
from .datahub import COUNTRY_COLUMNS, HISTORICAL_MARKS, RANKING_MARKS, DataHubError, printed_country

# The id is optional: it is not used.
COLUMNS = tabular.Columns("DPO-UCHISTORICAL", (*COUNTRY_COLUMNS, *sorted(HISTORICAL_MARKS)), ("contribution_id",))


@dataclass(frozen=True, slots=True)
class HistoricalRow:
    """One row: a country's personnel of one type in one mission at a month's reporting date, as printed.

    `isocode3` and `m49_code` are the printed codes (an ISO3 as text, an M49 as a number, None when blank);
    `total` = male + female; `line` is the CSV line (or JSON item) and does not take part in equality.
    """

    as_of: dt.date
    mission: str
    country: str
    isocode3: str | int | None
    m49_code: str | int | None
    personnel_type: str
    male: int
    female: int
    total: int
    line: int = field(compare=False)


@dataclass(slots=True)
class HistoricalRelease:
    """A DPO-UCHISTORICAL file ('csv' or 'json'): its rows in file order."""

    path: Path
    format: str
    rows: list[HistoricalRow]

    @property
    def months(self) -> list[dt.date]:
        """The distinct reporting dates, oldest first."""
        return sorted({r.as_of for r in self.rows})


def looks_like(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) holds DPO-UCHISTORICAL: its columns, allowing up to two
    renamed or missing ones so that such a file is reported by `read` rather than ignored."""
    return tabular.resembles(path, COLUMNS, HISTORICAL_MARKS, RANKING_MARKS)


def read(path: str | Path) -> HistoricalRelease:
    """Read DPO-UCHISTORICAL, CSV or API JSON (detected by content), values as printed.

    Raises DataHubError naming the file and line (or JSON item) for a missing, renamed or unexpected column, a bad
    number, date or code, a row printed twice, non-UTF-8 text or no rows.
    """
    path = Path(path)
    table = tabular.read(path, COLUMNS, DataHubError)
    rows: list[HistoricalRow] = []
    seen: dict[tuple[dt.date, str, str, str], int] = {}
    for line, values in table.records:
        try:
            row = _row(values, line)
        except ValueError as err:
            raise DataHubError(path, str(err), table.where(line)) from None
        key = (row.as_of, row.mission, row.country, row.personnel_type)
        if key in seen:
            raise DataHubError(
                path,
                f"{row.country}, {row.mission}, {row.personnel_type} at {row.as_of} repeats {table.where(seen[key])}",
                table.where(line),
            )
        seen[key] = line
        rows.append(row)
    if not rows:
        raise DataHubError(path, "no rows (an empty DPO-UCHISTORICAL dataset)")
    return HistoricalRelease(path, table.format, rows)


def _row(values: dict[str, Any], line: int) -> HistoricalRow:
    as_of = any_date("last_reporting_date", values["last_reporting_date"])
    mission = required_text("mission_acronym", values["mission_acronym"])
    personnel_type = required_text("personnel_type", values["personnel_type"])
    country, isocode3, m49_code = printed_country(values)
    male = count("male_personnel", values["male_personnel"])
    female = count("female_personnel", values["female_personnel"])
    return HistoricalRow(as_of, mission, country, isocode3, m49_code, personnel_type, male, female, male + female, line)
