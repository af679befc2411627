"""Dataset files as records: UTF-8 text, CSV or API JSON (told apart by content), columns matched by name.

Every Data Hub reader (fatalities, missions, historical contributions, ranking) reads its file here. Errors are
raised as the reader's own SourceError class, naming the file and the CSV line or JSON item.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SourceError

_HEAD = 65_536
MAX_INPUT = 64 * 2**20  # bytes of one input file (report or dataset): the UN's largest is under 3 MB
_WIDE = [
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
]
_KEY = re.compile(r"[^0-9a-z]+")
_SPACE = re.compile(r"[ \t\n\r]*")

Record = tuple[int, dict[str, Any]]  # (CSV line or JSON item number, values by column key)


@dataclass(frozen=True, slots=True)
class Columns:
    """A dataset's columns (as keys): those it must have, those it may have, and whether others may follow."""

    dataset: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    others: bool = False


@dataclass(slots=True)
class Table:
    """A file's records in order, with its format: 'csv' or 'json'."""

    path: Path
    format: str
    records: Iterator[Record]

    def where(self, number: int) -> str:
        """'line N' in a CSV file, 'item N' in a JSON one."""
        return where(self.format, number)


def where(fmt: str, number: int) -> str:
    """'line N' in a CSV file, 'item N' in a JSON one."""
    return f"item {number}" if fmt == "json" else f"line {number}"


def key(name: object) -> str:
    """Headers are matched ignoring case, spacing and punctuation: 'ISOCode3' -> 'isocode3'."""
    return _KEY.sub("_", str(name).strip().lstrip("\ufeff").casefold()).strip("_")


def header(path: str | Path, fmt: str | None = None) -> set[str] | None:
    """The column keys of a CSV header or of the first object of a JSON list (only of format `fmt`, if given),
    from the file's first 64 KiB."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD).decode("utf-8-sig", errors="replace").lstrip()
    except OSError:
        return None
    if fmt is not None and fmt != ("json" if head[:1] in ("[", "{") else "csv"):
        return None
    if head.startswith("["):
        try:
            first, _ = json.JSONDecoder().raw_decode(head, _SPACE.match(head, 1).end())
        except (ValueError, RecursionError):  # JSONDecodeError, a number too long to read, nesting too deep
            return None
        return {key(name) for name in first} if isinstance(first, dict) else None
    if head.startswith("{"):
        return None
    try:
        names = next(csv.reader([head.split("\n", 1)[0].rstrip("\r")]), None)
    except csv.Error:  # e.g. a bare "\r" inside the first line: no header of ours
        return None
    return None if names is None else {key(name) for name in names}


def resembles(path: str | Path, columns: Columns, marks: set[str], unlike: set[str]) -> bool:
    """Whether a file's header has one of a dataset's `marks`, none of `unlike`, and all but at most two of its
    required columns: a file with a renamed column is then reported by the reader, not passed over."""
    keys = header(path)
    return (
        keys is not None
        and bool(keys & marks)
        and not keys & unlike
        and len(keys & set(columns.required)) >= len(columns.required) - 2
    )


def read(path: Path, columns: Columns, error: type[SourceError]) -> Table:
    """A file's records (CSV or JSON, by content), its columns checked; errors raised as `error`."""
    return parse(path, _text(path, error), columns, error)


def parse(path: Path, content: str, columns: Columns, error: type[SourceError]) -> Table:
    """The records of a file's text, CSV or a JSON list of objects (by content); errors raised as `error`."""
    if content.lstrip()[:1] in ("[", "{"):
        return Table(path, "json", _json_records(path, content, columns, error))
    return Table(path, "csv", _csv_records(path, content, columns, error))


def too_large(path: Path) -> str | None:
    """Why a file is too large to read ('200.0 MB, more than the 64 MiB an input may be'), from its size alone; None
    when it is not."""
    size = path.stat().st_size
    if size <= MAX_INPUT:
        return None
    return (
        f"{size / 1e6:,.1f} MB, more than the {MAX_INPUT // 2**20} MiB an input may be (the UN's largest file is "
        f"under 3 MB)"
    )


def wide_text(path: Path) -> str | None:
    """'UTF-16' or 'UTF-32' for a file in one of them (a BOM, or the NULs of ASCII text in UTF-16), else None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return None
    found = next((name for bom, name in _WIDE if head.startswith(bom)), None)
    if (
        found is None
        and len(head) >= 4
        and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)
    ):
        found = "UTF-32" if head[2:4] == b"\x00\x00" or head[0:2] == b"\x00\x00" else "UTF-16"
    return found


def _text(path: Path, error: type[SourceError]) -> str:
    """The text of a UTF-8 file (a BOM allowed); unreadable, too large, empty or not UTF-8 raises `error`."""
    try:
        large = too_large(path)  # before it is read whole
        if large:
            raise error(path, large)
        raw = path.read_bytes()
    except OSError as err:
        raise error(path, f"cannot read: {err.strerror or err}") from None
    if not raw.strip():
        raise error(path, "empty file")
    wide = wide_text(path)
    if wide:
        raise error(path, f"{wide} text, not UTF-8: the Data Hub's files are UTF-8 (save it as UTF-8)")
    if b"\x00" in raw:  # valid UTF-8, but no CSV or JSON text holds NUL: UTF-16 or UTF-32 without a BOM
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise error(path, "not UTF-8 text (NUL bytes: UTF-16 or UTF-32?)", f"line {line}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise error(path, f"not UTF-8 (byte 0x{raw[err.start]:02x})", f"line {line}") from None


def _match(names: list[Any], columns: Columns) -> list[str]:
    """The key of each printed column name, or ValueError naming what is missing, unexpected or repeated."""
    keys = [key(n) for n in names]
    known = set(columns.required) | set(columns.optional)
    missing = [c for c in columns.required if c not in keys]
    unexpected = [] if columns.others else [n for n, k in zip(names, keys) if k not in known]
    counts = Counter(keys)  # linear: a header may be huge
    repeated = sorted({str(n) for n, k in zip(names, keys) if k in known and counts[k] > 1})
    if missing or unexpected or repeated:
        parts = [
            f"{label} {_some(found)}"
            for label, found in (
                ("missing column", missing),
                ("unexpected column", unexpected),
                ("repeated column", repeated),
            )
            if found
        ]
        raise ValueError(f"not the {columns.dataset} columns: {'; '.join(parts)}")
    return keys


def _some(names: list[Any], most: int = 10) -> str:
    """The first names, quoted and shortened, and how many more: a header of thousands of fields, or of one long
    field, gives a short message."""
    more = f" and {len(names) - most:,} more" if len(names) > most else ""
    return ", ".join(repr(n if len(n) <= 40 else n[:40] + "…") for n in map(str, names[:most])) + more


def _csv_records(path: Path, content: str, columns: Columns, error: type[SourceError]) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        keys = _match(next(reader), columns)
    except csv.Error as err:
        raise error(path, f"bad CSV: {err}", "line 1") from None
    except ValueError as err:
        raise error(path, str(err), "line 1") from None
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:  # a field over the csv module's limit, a bare "\r", a stray quote ...
            raise error(path, f"bad CSV: {err}", f"line {start}") from None
        line, start = start, reader.line_num + 1
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(keys):
            raise error(path, f"{len(fields)} fields, expected {len(keys)}", f"line {line}")
        yield line, dict(zip(keys, fields, strict=True))


def _json_records(path: Path, content: str, columns: Columns, error: type[SourceError]) -> Iterator[Record]:
    """Items of the top-level JSON list one by one, so that a truncated file is reported at its item."""
    decoder = json.JSONDecoder()
    pos = _SPACE.match(content).end()
    if content[pos] != "[":
        raise error(path, "expected a JSON list of records")
    pos = _SPACE.match(content, pos + 1).end()
    checked: dict[tuple[str, ...], list[str]] = {}
    item = 0
    while pos < len(content) and content[pos] != "]":
        item += 1
        at = f"item {item}"
        try:
            value, pos = decoder.raw_decode(content, pos)
        except json.JSONDecodeError as err:
            raise error(
                path, f"invalid or truncated JSON ({err.msg}, line {err.lineno} column {err.colno})", at
            ) from None
        except (ValueError, RecursionError):
            raise error(path, "invalid JSON (a number too long to read, or nested too deeply)", at) from None
        if not isinstance(value, dict):
            raise error(path, f"expected a JSON object, found {type(value).__name__}", at)
        names = tuple(value)
        if (keys := checked.get(names)) is None:
            try:
                keys = checked[names] = _match(list(names), columns)
            except ValueError as err:
                raise error(path, str(err), at) from None
        yield item, dict(zip(keys, value.values(), strict=True))
        pos = _SPACE.match(content, pos).end()
        if pos >= len(content):
            raise error(path, "truncated JSON (no closing ']' after this item)", at)
        if content[pos] == ",":
            pos = _SPACE.match(content, pos + 1).end()
            if content[pos : pos + 1] == "]":
                raise error(path, "invalid JSON (',' before ']')", at)
        elif content[pos] != "]":
            raise error(path, "invalid or truncated JSON (expected ',' or ']' after the item)", at)
    if pos >= len(content):
        raise error(path, "truncated JSON (no closing ']')", f"item {item + 1}")
    if content[pos + 1 :].strip():
        raise error(path, "unexpected data after the JSON list", f"item {item}")
