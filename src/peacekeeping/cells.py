"""Cell values as the Data Hub's files print them, shared by the readers and the reviewed tables that correct them."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from . import dates

T = TypeVar("T")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def parse_text(text: str) -> str | None:
    """A printed text cell: surrounding spaces dropped, blank -> None."""
    return text.strip() or None


def parse_active(text: str) -> bool:
    """'Yes' / 'No' in any case -> bool."""
    value = text.strip().casefold()
    if value not in ("yes", "no"):
        raise ValueError(f"expected Yes or No, got {text!r}")
    return value == "yes"


def parse_date(text: str) -> dt.date | None:
    """An ISO date 'YYYY-MM-DD', blank -> None."""
    value = text.strip()
    if not value:
        return None
    if not _DATE.fullmatch(value):
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"no such date {text!r}") from None


def parse_coordinate(text: str) -> float | None:
    """A decimal number with a comma or point as decimal mark ('15,9833'), blank -> None."""
    value = text.strip()
    if not value:
        return None
    if not _NUMBER.fullmatch(value):
        raise ValueError(f"expected a decimal number, got {text!r}")
    return float(value.replace(",", "."))


# Cells of the CSV or API JSON datasets (a JSON cell may be a number or null): errors name the column.

_WHOLE = re.compile(r"\d+(?:\.0*)?")
_ALPHA3 = re.compile(r"[A-Za-z]{3}")
# A dataset prints few distinct dates, many times.
_printed_date = lru_cache(maxsize=4096)(dates.printed_date)
_iso_date = lru_cache(maxsize=4096)(dates.iso_date)


def text_cell(column: str, raw: object) -> str | None:
    """A text cell, stripped; None when blank or null."""
    if isinstance(raw, str):
        return raw.strip() or None
    if raw is None:
        return None
    raise ValueError(f"{column} {raw!r} is not text")


def required_text(column: str, raw: object) -> str:
    """A text cell that must not be blank, stripped."""
    value = text_cell(column, raw)
    if value is None:
        raise ValueError(f"{column} is empty")
    return value


def count(column: str, raw: object) -> int:
    """A whole number of people (or a rank), printed 12, "12" or "12.0", or sent as a JSON number."""
    if type(raw) is str and (text := raw.strip()).isdigit() and text.isascii():  # the common case, first
        return int(text)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise ValueError(f"{column} is empty")
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise ValueError(f"{column} {raw!r} is not a whole number")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError(f"{column} {raw!r} is not a whole number")
        value = int(raw)
    elif isinstance(raw, str):
        if not _WHOLE.fullmatch(raw.strip()):
            raise ValueError(f"{column} {raw!r} is not a whole number")
        value = int(raw.strip().split(".")[0])
    else:
        value = raw
    if value < 0:
        raise ValueError(f"{column} {raw!r} is negative")
    return value


def epoch_date(column: str, raw: object) -> dt.date:
    """A date sent in JSON as epoch milliseconds at UTC midnight."""
    if type(raw) is float and raw.is_integer():
        raw = int(raw)
    if type(raw) is not int:
        raise ValueError(f"{column} {raw!r} is not epoch milliseconds")
    return _named(column, dates.epoch_ms, raw)


def iso_date(column: str, raw: object) -> dt.date:
    """A date printed YYYY-MM-DD."""
    if not isinstance(raw, str):
        raise ValueError(f"{column} {raw!r} is not a YYYY-MM-DD date")
    return _named(column, _iso_date, raw)


def any_date(column: str, raw: object) -> dt.date:
    """A date printed 2023-09-30 (optionally with a midnight time), 30/09/2023 or 31-Jan-22, or sent in JSON as
    epoch milliseconds."""
    if raw is None:
        raise ValueError(f"{column} is empty")
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return epoch_date(column, raw)
    if not isinstance(raw, str):
        raise ValueError(f"{column} {raw!r} is not a date")
    return _named(column, _printed_date, raw)


def m49_code(value: object) -> int | None:
    """An M49 code printed as a float ("604.0", 604.0) or an integer, as an int; None when blank or null."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"M49 code {value!r} is not a number")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ValueError(f"M49 code {value!r} is not a number") from None
    if not math.isfinite(number) or number != int(number) or number < 0:
        raise ValueError(f"M49 code {value!r} is not a whole number")
    return int(number)


def country_code(column: str, raw: object) -> str | int | None:
    """An ISO3 code (as upper-case text) or an M49 code (as an int) in either code column; None when blank."""
    if isinstance(raw, str):
        text = raw.strip()
        if _ALPHA3.fullmatch(text):
            return text.upper()
        if text.isdigit() and text.isascii():  # the common case of an M49 code, before the float parse
            return int(text)
    try:
        return m49_code(raw)
    except ValueError:
        raise ValueError(f"{column} {raw!r} is neither an ISO3 nor an M49 code") from None


def _named(column: str, parse: Callable[[T], dt.date], value: T) -> dt.date:
    """parse(value), its ValueError prefixed with the column's name."""
    try:
        return parse(value)
    except ValueError as err:
        raise ValueError(f"{column} {err}") from None
