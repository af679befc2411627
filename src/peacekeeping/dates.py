"""Dates as the sources print them and as users ask for them: the one place they are parsed."""

from __future__ import annotations

import datetime as dt
import re

from .errors import BadDate, quoted

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NUMBER = {name: n for n, name in enumerate(MONTHS, start=1)}
_DAY_MS = 86_400_000
_EPOCH = dt.date(1970, 1, 1)

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MIDNIGHT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?")
_DMY_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DMY_NAMED = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_PDF = re.compile(r"D:(\d{4})(\d{2})(\d{2})")


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month (ValueError for a year outside 1..9999)."""
    if month == 12:  # not from January of the next year, which for 9999 does not exist
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def month_of(day: dt.date) -> str:
    """The YYYY-MM of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def shift_month(month: str, by: int) -> str:
    """A YYYY-MM moved by `by` months ('2022-12', 1 -> '2023-01')."""
    year, number = map(int, month.split("-"))
    index = year * 12 + number - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_number(name: str) -> int:
    """The number of an English month name or its three-letter abbreviation, any case; ValueError otherwise."""
    key = name.strip().casefold()[:3]
    if len(name.strip()) < 3 or key not in _MONTH_NUMBER:
        raise ValueError(f"not a month name: {name!r}")
    return _MONTH_NUMBER[key]


def iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD date exactly; ValueError otherwise."""
    value = text.strip()
    if not _ISO.fullmatch(value):
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date")
    return _day(text, int(value[:4]), int(value[5:7]), int(value[8:10]))


def printed_date(text: str) -> dt.date:
    """A date as reports and datasets print it: '31-Jan-15', '30/06/2022', '2023-09-30' (a midnight time allowed)."""
    value = text.strip()
    if m := _ISO_MIDNIGHT.fullmatch(value):
        return _day(text, int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY_SLASH.fullmatch(value):
        return _day(text, int(m[3]), int(m[2]), int(m[1]))
    if (m := _DMY_NAMED.fullmatch(value)) and m[2].casefold() in _MONTH_NUMBER:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _day(text, year, _MONTH_NUMBER[m[2].casefold()], int(m[1]))
    raise ValueError(f"{text!r} is not a date (expected 2023-09-30, 30/09/2023 or 31-Jan-22)")


def _day(text: str, year: int, month: int, day: int) -> dt.date:
    """The date, or ValueError naming the printed text for one that does not exist ('2023-02-30')."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None


def epoch_ms(value: int) -> dt.date:
    """A date sent as epoch milliseconds at UTC midnight (negative before 1970); ValueError otherwise."""
    days, rest = divmod(value, _DAY_MS)
    if rest:
        raise ValueError(f"{value} (epoch milliseconds) is not a UTC midnight")
    try:
        return _EPOCH + dt.timedelta(days=days)
    except OverflowError:
        raise ValueError(f"{value} is not epoch milliseconds") from None


def pdf_date(text: str | None) -> dt.date | None:
    """The date of a PDF date string ("D:20220923163825Z00'00'"), or None."""
    m = _PDF.match(text or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def when(text: str | dt.date | None) -> dt.date | None:
    """What a user asks for: '2022-06' (the month's end), '2022-06-30', a date, or None (the latest)."""
    if text is None or isinstance(text, dt.date):
        return text
    value = text.strip()
    if (m := _YEAR_MONTH.fullmatch(value)) and 1 <= int(m[1]) and 1 <= int(m[2]) <= 12:
        return month_end(int(m[1]), int(m[2]))
    try:
        return iso_date(value)
    except ValueError:
        raise BadDate(f"bad date {quoted(text)}: use YYYY-MM or YYYY-MM-DD, e.g. 2022-06 or 2022-10-12") from None
