"""The Data Hub's register of peacekeeper fatalities (DPPADPOSS-FATALITIES), as CSV or API JSON -> Fatality rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PeacekeepingError, SourceError
from ..harmonize import nationalities
from .files import Unreadable, read_utf8

COLUMNS = (
    "id", "incident_date", "casualty_id", "mission_acronym", "type_of_casualty", "gender", "casualty_nationality",
    "casualty_personnel_type", "type_of_incident", "m49_code", "isocode3", "last_update",
)
_REQUIRED = ("casualty_id", "mission_acronym", "type_of_casualty", "casualty_personnel_type", "type_of_incident")
_OPTIONAL = ("gender", "casualty_nationality", "isocode3")
_DAY_MS = 86_400_000
_EPOCH = dt.date(1970, 1, 1)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"\d+")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_HEAD = 65_536


class FatalitiesError(SourceError):
    """A fatalities file that cannot be read: names the file and the CSV line or JSON item."""


@dataclass(frozen=True, slots=True)
class Fatality:
    """One death in the register; `line` (CSV line, or JSON item index + 1) does not take part in equality."""

    id: int
    incident_date: dt.date
    casualty_id: str
    mission: str
    casualty_type: str
    gender: str | None
    nationality: str
    m49: int | None
    iso3: str | None
    personnel_type: str
    incident_type: str
    line: int = field(compare=False)


@dataclass(slots=True)
class FatalityRelease:
    """One release of the register: its date (the latest last_update) and its rows in file order."""

    path: Path
    format: str
    release: dt.date
    rows: list[Fatality]


def looks_like(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) has exactly this dataset's columns."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD).decode("utf-8-sig", errors="replace").lstrip()
    except OSError:
        return False
    if head.startswith("["):
        try:
            first, _ = json.JSONDecoder().raw_decode(head, _JSON_SPACE.match(head, 1).end())
        except (ValueError, RecursionError):  # JSONDecodeError, a number too long to read, nesting too deep
            return False
        return isinstance(first, dict) and sorted(first) == sorted(COLUMNS)
    try:
        header = next(csv.reader([head.split("\n", 1)[0].rstrip("\r")]), [])
    except csv.Error:  # e.g. a bare "\r" inside the first line: not this dataset's header
        return False
    return sorted(name.strip() for name in header) == sorted(COLUMNS)


def read(path: str | Path) -> FatalityRelease:
    """Read a release of the register, CSV or API JSON (detected by content), with nationalities harmonized."""
    path = Path(path)
    text = _text(path)
    kind = "json" if text.lstrip()[:1] in ("[", "{") else "csv"
    records = _json_records(path, text) if kind == "json" else _csv_records(path, text)
    rows: list[Fatality] = []
    updates: set[dt.date] = set()
    seen: dict[int, str] = {}
    resolved: dict[tuple[str, int | None, str | None], str | None] = {}
    for where, line, values in records:
        try:
            fatality, updated = _fatality(values, line, resolved)
        except (ValueError, PeacekeepingError) as err:
            raise FatalitiesError(path, str(err), where) from None
        if fatality.id in seen:
            raise FatalitiesError(path, f"id {fatality.id} repeats the id of {seen[fatality.id]}", where)
        seen[fatality.id] = where
        rows.append(fatality)
        updates.add(updated)
    if not rows:
        raise FatalitiesError(path, "no rows")
    return FatalityRelease(path, kind, max(updates), rows)


def _text(path: Path) -> str:
    try:
        return read_utf8(path)
    except Unreadable as err:
        raise FatalitiesError(path, err.reason, err.where) from None


def _check_columns(names: list[str]) -> None:
    missing = [c for c in COLUMNS if c not in names]
    unexpected = [n for n in names if n not in COLUMNS]
    duplicated = sorted(n for n, count in Counter(names).items() if count > 1)  # linear: a header may be huge
    if missing or unexpected or duplicated:
        parts = [f"{label} {_some(found)}" for label, found in
                 (("missing", missing), ("unexpected", unexpected), ("duplicated", duplicated)) if found]
        raise ValueError(f"not the DPPADPOSS-FATALITIES columns: {'; '.join(parts)}")


def _some(names: list[str], most: int = 10) -> str:
    """The first names, quoted and shortened, and how many more: a header of thousands of fields, or of one long
    field, gives a short message."""
    more = f" and {len(names) - most:,} more" if len(names) > most else ""
    return ", ".join(repr(n if len(n) <= 40 else n[:40] + "…") for n in map(str, names[:most])) + more


Record = tuple[str, int, dict[str, Any]]


def _csv_records(path: Path, text: str) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader)]
        _check_columns(header)
    except (ValueError, csv.Error) as err:
        raise FatalitiesError(path, str(err), "line 1") from None
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise FatalitiesError(path, f"bad CSV: {err}", f"line {start}") from None
        line, start = start, reader.line_num + 1
        if not fields:
            continue
        if len(fields) != len(header):
            raise FatalitiesError(path, f"{len(fields)} fields, expected {len(header)}", f"line {line}")
        values = dict(zip(header, fields, strict=True))
        try:
            parsed = _from_csv(values)
        except (ValueError, PeacekeepingError) as err:
            raise FatalitiesError(path, str(err), f"line {line}") from None
        yield f"line {line}", line, parsed


def _from_csv(values: dict[str, str]) -> dict[str, Any]:
    parsed: dict[str, Any] = {name: value.strip() for name, value in values.items()}
    if not _INTEGER.fullmatch(parsed["id"]):
        raise ValueError(f"id {values['id']!r} is not a whole number")
    parsed["id"] = int(parsed["id"])
    for name in ("incident_date", "last_update"):
        parsed[name] = _iso_date(name, parsed[name])
    parsed["m49_code"] = nationalities.m49_code(parsed["m49_code"])
    return parsed


def _iso_date(name: str, text: str) -> dt.date:
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"{name} {text!r} is not a YYYY-MM-DD date")


def _json_records(path: Path, text: str) -> Iterator[Record]:
    """Items of the top-level JSON list one by one, so that a truncated file is reported at its item."""
    decoder = json.JSONDecoder()
    pos = _JSON_SPACE.match(text).end()
    if text[pos] != "[":
        raise FatalitiesError(path, "expected a JSON list of records")
    pos = _JSON_SPACE.match(text, pos + 1).end()
    item = 0
    while pos < len(text) and text[pos] != "]":
        item += 1
        where = f"item {item}"
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            raise FatalitiesError(path, f"invalid or truncated JSON ({err.msg}, line {err.lineno} column {err.colno})",
                                  where) from None
        except (ValueError, RecursionError):
            raise FatalitiesError(path, "invalid JSON (a number too long to read, or nested too deeply)",
                                  where) from None
        try:
            parsed = _from_json(value)
        except (ValueError, PeacekeepingError) as err:
            raise FatalitiesError(path, str(err), where) from None
        yield where, item, parsed
        pos = _JSON_SPACE.match(text, pos).end()
        if pos >= len(text):
            raise FatalitiesError(path, "truncated JSON (no closing ']' after this item)", where)
        if text[pos] == ",":
            pos = _JSON_SPACE.match(text, pos + 1).end()
            if text[pos:pos + 1] == "]":
                raise FatalitiesError(path, "invalid JSON (',' before ']')", where)
        elif text[pos] != "]":
            raise FatalitiesError(path, "invalid or truncated JSON (expected ',' or ']' after the item)", where)
    if pos >= len(text):
        raise FatalitiesError(path, "truncated JSON (no closing ']')", f"item {item + 1}")
    if text[pos + 1:].strip():
        raise FatalitiesError(path, "unexpected data after the JSON list", f"item {item}")


def _from_json(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, found {type(value).__name__}")
    _check_columns(list(value))
    parsed: dict[str, Any] = {}
    for name in COLUMNS:
        raw = value[name]
        if name == "id":
            if type(raw) is not int:
                raise ValueError(f"id {raw!r} is not an integer")
            parsed[name] = raw
        elif name in ("incident_date", "last_update"):
            parsed[name] = _epoch_date(name, raw)
        elif name == "m49_code":
            parsed[name] = nationalities.m49_code(raw)
        elif raw is None and name in _OPTIONAL:
            parsed[name] = ""
        elif isinstance(raw, str):
            parsed[name] = raw.strip()
        else:
            raise ValueError(f"{name} {raw!r} is not text")
    return parsed


def _epoch_date(name: str, raw: object) -> dt.date:
    """A date sent as epoch milliseconds at UTC midnight (negative before 1970)."""
    if type(raw) is float and raw.is_integer():
        raw = int(raw)
    if type(raw) is not int:
        raise ValueError(f"{name} {raw!r} is not epoch milliseconds")
    days, rest = divmod(raw, _DAY_MS)
    if rest:
        raise ValueError(f"{name} {raw} is not a UTC midnight")
    return _EPOCH + dt.timedelta(days=days)


def _fatality(
    values: dict[str, Any], line: int, resolved: dict[tuple[str, int | None, str | None], str | None]
) -> tuple[Fatality, dt.date]:
    for name in _REQUIRED:
        if not values[name]:
            raise ValueError(f"{name} is empty")
    nationality, m49, isocode3 = values["casualty_nationality"], values["m49_code"], values["isocode3"] or None
    key = (nationality, m49, isocode3)
    if key not in resolved:
        country = nationalities.resolve(nationality, m49, isocode3)
        resolved[key] = None if country is None else country.iso3
    fatality = Fatality(
        id=values["id"],
        incident_date=values["incident_date"],
        casualty_id=values["casualty_id"],
        mission=values["mission_acronym"],
        casualty_type=values["type_of_casualty"],
        gender=values["gender"] or None,
        nationality=nationality,
        m49=m49,
        iso3=resolved[key],
        personnel_type=values["casualty_personnel_type"],
        incident_type=values["type_of_incident"],
        line=line,
    )
    return fatality, values["last_update"]
