"""IPI's "Providing for Peacekeeping" research dataset (1990-2014), as IPI published it: where it lives, which of its
files is which (by their columns), and its contributions read as printed.

IPI scraped the UN's monthly contribution reports into a country file per contributor (`countries/<Country>.csv`:
Date and a column per personnel type, 1990-11 .. 2014-03) and one file by country, mission, type and sex
(`full_gender_data.csv`, 2009-11 .. 2014-02). `NA` means none; rows named `all` are roll-ups of the others and are
not read. Countries, types and missions are resolved at ingest; the mission files are read in `ipi_missions.py`.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cells import count, iso_date, required_text
from ..errors import SourceError
from . import tabular

SOURCE = "International Peace Institute, Providing for Peacekeeping (research dataset from the UN's monthly reports)"
# IPI's public repository: the commit of its last published files, and the earlier commit whose
# full_gender_data.csv is the one without the rows IPI's later loads duplicated (commit ed89883, 2014-10-29).
REPOSITORY = "IPIDataLab/PPP_Loader"
COMMIT = "2653920af58e91a892d1cde3a402a57a2ebf5cdf"
GENDER_COMMIT = "ed898838328aaf2b10627cacbd4b3d7f43926172"
FILES = {  # file kept in a snapshot -> (commit, path in the repository)
    "full_gender_data.csv": (GENDER_COMMIT, "ppp_files/full_gender_data.csv"),
    "data_mission.csv": (COMMIT, "ppp_files/data_mission.csv"),
    "data_monthly.csv": (COMMIT, "ppp_files/data_monthly.csv"),
    "missions.json": (COMMIT, "python3/json/missions.json"),
}
COUNTRY_FOLDER = (COMMIT, "ppp_files/countries")  # one CSV per contributor, listed from the repository's tree
NONE = "NA"
ROLL_UP = "all"
_SEX = ("male", "female", "total")
_GENDER_KEYS = {"date", "contributor", "contributor_iso_3", "mission"}
_NO_ONE = (NONE, "0")  # a type's total that gives no row
_OTHER_MARKS = {"contributor", "mission", "number_of_contributors", "troop_contributions"}


class IpiError(SourceError):
    """One of IPI's files that cannot be read: names the file and the line."""


@dataclass(frozen=True, slots=True)
class IpiRow:
    """A contributor's personnel of one type (in one mission) at one of IPI's dates, as printed.

    `male` and `female` are None where the file has no split by sex; `mission` None in a country file.
    """

    as_of: dt.date
    country: str
    iso3: str | None  # the code printed beside the name (full_gender_data.csv), None in a country file
    mission: str | None
    personnel_type: str
    male: int | None
    female: int | None
    total: int
    line: int = field(compare=False)


@dataclass(slots=True)
class IpiFile:
    """One of IPI's contribution files: its kind ('country' or 'gender'), rows in file order, and what was left out.

    `country` is the contributor a country file is named for ('' for a file named `.csv`); `empty` counts lines with
    no figure at all (every value `NA`), `roll_ups` the rows named `all`.
    """

    path: Path
    kind: str
    rows: list[IpiRow]
    country: str | None = None
    empty: int = 0
    roll_ups: int = 0
    dates: set[dt.date] = field(default_factory=set)

    @property
    def release(self) -> dt.date | None:
        """The latest date the file holds."""
        return max(self.dates) if self.dates else None


def kind_of(path: str | Path) -> str | None:
    """'country' (Date and a column per personnel type) or 'gender' (country x mission x type x sex), judged by the
    columns; None for anything else. A country file with a renamed type column is recognised (and the label is
    then checked at ingest)."""
    keys = tabular.header(path, "csv")
    if not keys:
        return None
    if _GENDER_KEYS <= keys and "total_total" in keys:
        return "gender"
    if "date" in keys and 2 <= len(keys) <= 6 and not keys & _OTHER_MARKS and keys & {"troops", "police", "experts"}:
        return "country"
    return None


def _value(column: str, raw: str) -> int | None:
    """A count of people, or None for `NA`."""
    if raw.isdigit() and raw.isascii():  # the common case, first
        return int(raw)
    return None if raw.strip() == NONE else count(column, raw)


def read_country(path: str | Path) -> IpiFile:
    """A country file: a row per date and personnel type with people (`NA` and 0: no row). The country is the file's
    name; the type is the column's label, as printed."""
    path = Path(path)
    table = tabular.read(path, tabular.Columns("IPI country file", ("date",), others=True), IpiError)
    names = _printed_names(path)
    name = path.name[:-4] if path.name.lower().endswith(".csv") else path.stem
    out = IpiFile(path, "country", [], country=name.strip())
    for line, values in table.records:
        if all(str(v).strip() == NONE for v in values.values()):
            out.empty += 1
            continue
        try:
            as_of = iso_date("Date", values["date"])
            figures = [(names[key], _value(names[key], raw)) for key, raw in values.items() if key != "date"]
        except ValueError as err:
            raise IpiError(path, str(err), f"line {line}") from None
        if as_of in out.dates:
            raise IpiError(path, f"the date {as_of} is printed twice", f"line {line}")
        out.dates.add(as_of)
        out.empty += not any(value for _, value in figures)
        out.rows.extend(
            IpiRow(as_of, out.country, None, None, label, None, None, value, line) for label, value in figures if value
        )
    return out


def _printed_names(path: Path) -> dict[str, str]:
    """Column key -> the header as printed ('Police', 'Individual_Police_Male')."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        names = next(csv.reader([handle.readline()]), [])
    return {tabular.key(n): n.strip() for n in names}


def read_gender(path: str | Path) -> IpiFile:
    """full_gender_data.csv: a row per date, contributor, mission and personnel type with people; roll-up rows
    (`all`) are counted, not read. A contributor, mission and date printed twice is an error."""
    path = Path(path)
    table = tabular.read(
        path, tabular.Columns("IPI full_gender_data.csv", tuple(sorted(_GENDER_KEYS)), others=True), IpiError
    )
    out = IpiFile(path, "gender", [])
    seen: dict[tuple, int] = {}
    types: dict[tuple[str, ...], str] | None = None
    for line, values in table.records:
        if types is None:
            types = _types(path, values, _printed_names(path))
        try:
            as_of = iso_date("Date", values["date"])
            country = required_text("Contributor", values["contributor"])
            mission = required_text("Mission", values["mission"])
            if ROLL_UP in (country, mission):
                out.roll_ups += 1
                continue
            code = required_text("Contributor_ISO-3", values["contributor_iso_3"])
            rows = [
                _gender_row(as_of, country, code, mission, label, columns, values, line)
                for columns, label in types.items()
                if values[columns[2]] not in _NO_ONE
            ]
        except ValueError as err:
            raise IpiError(path, str(err), f"line {line}") from None
        key = (as_of, country, mission)
        if key in seen:
            raise IpiError(path, f"{country}, {mission} at {as_of} repeats line {seen[key]}", f"line {line}")
        seen[key] = line
        out.dates.add(as_of)
        out.rows.extend(r for r in rows if r is not None)
    return out


def _types(path: Path, values: dict[str, Any], names: dict[str, str]) -> dict[tuple[str, ...], str]:
    """The (male, female, total) column keys of each personnel type -> the type as printed ('Individual_Police'):
    every prefix with _Male, _Female and _Total columns, but the total over types."""
    prefixes = {k.rsplit("_", 1)[0] for k in values if k.rsplit("_", 1)[-1] in _SEX}
    broken = sorted(p for p in prefixes if not all(f"{p}_{s}" in values for s in _SEX))
    if broken:
        raise IpiError(path, f"columns {', '.join(broken)} lack a _Male, _Female or _Total column", "line 1")
    return {
        tuple(f"{p}_{s}" for s in _SEX): names[f"{p}_total"].rsplit("_", 1)[0] for p in sorted(prefixes - {"total"})
    }


def _gender_row(
    as_of: dt.date,
    country: str,
    code: str,
    mission: str,
    label: str,
    columns: tuple[str, ...],
    values: dict[str, Any],
    line: int,
) -> IpiRow | None:
    total = _value(f"{label} total", values[columns[2]])
    if not total:
        return None
    male, female = (_value(f"{label} {s}", values[c]) for s, c in zip(("male", "female"), columns))
    if (male is None) != (female is None):  # one half of a split: the other is none
        male, female = male or 0, female or 0
    return IpiRow(as_of, country, code, mission, label, male, female, total, line)
