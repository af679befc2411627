"""The UN Peace and Security Data Hub: downloading its datasets as dated raw snapshots, and reading the two
contribution datasets, DPO-UCHISTORICAL (monthly contributions by mission and personnel type since 2010) and
DPO-UCLATEST (the latest ranking of contributing countries).

Downloads use only the standard library (urllib). Each new download is kept as
`snapshots/{DATASET}/{DATASET}-{YYYYmmddTHHMMSSZ}.{csv|json}`, written atomically, and recorded in
`snapshots/manifest.json`; an unchanged dataset (HTTP 304 to a conditional request, or the same sha256) gives
the previous snapshot back with `changed=False`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import http.client
import io
import json
import os
import re
import ssl
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import PeacekeepingError, SourceError
from ..harmonize import countries
from ..harmonize.countries import Country
from .files import Unreadable, read_utf8

BASE_URL = "https://api.psdata.un.org/public/"
DATASETS = {
    "DPO-UCHISTORICAL": "uniformed personnel contributed by each country to each mission, monthly since 2010",
    "DPO-UCLATEST": "the latest ranking of countries by uniformed personnel contributed",
    "DPPADPOSS-FATALITIES": "fatalities in peacekeeping operations and special political missions since 1948",
    "DPPADPOSS-PKO": "past and present peacekeeping operations, with mandate dates and headquarters",
}
FORMATS = ("csv", "json")
MANIFEST = "manifest.json"

# Columns (lower case; headers are matched case-insensitively, e.g. "ISOCode3", "Personnel_Contribution_Rank").
# The ids are optional: the 2022 ranking file has none, and they are not used.
HISTORICAL_COLUMNS = ("contributing_country", "female_personnel", "isocode3", "last_reporting_date", "m49_code",
                      "male_personnel", "mission_acronym", "personnel_type")
HISTORICAL_OPTIONAL = ("contribution_id",)
LATEST_COLUMNS = ("contributing_country", "female_personnel", "isocode3", "last_reporting_date", "m49_code",
                  "male_personnel", "personnel_contribution_rank", "total_uniformed_personnel")
LATEST_OPTIONAL = ("id",)
_DISTINCT = {"historical": frozenset({"mission_acronym", "personnel_type"}),
             "latest": frozenset({"personnel_contribution_rank", "total_uniformed_personnel"})}
_CODE_COLUMNS = ("isocode3", "m49_code")  # either may hold an ISO3 or an M49 code (their definitions are swapped)

_CHUNK = 65_536
_HEAD = 65_536
_DAY_MS = 86_400_000
_EPOCH = dt.date(1970, 1, 1)
_STAMP = "%Y%m%dT%H%M%SZ"
_SAFE_ID = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
_SNAPSHOT_NAME = re.compile(r"(?P<dataset>.+)-(?P<stamp>\d{8}T\d{6}Z)\.(?P<fmt>csv|json)")
_HEADER_KEY = re.compile(r"[^0-9a-z]+")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_WHOLE = re.compile(r"\d+(?:\.0*)?")
_ALPHA3 = re.compile(r"[A-Za-z]{3}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?")
_DMY_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DMY_NAMED = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})")
_MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_RETRY_STATUS = frozenset({429}) | frozenset(range(500, 600))
_MAX_RETRY_AFTER = 60.0


class DataHubError(SourceError):
    """A Data Hub download that failed, or a Data Hub file that cannot be read.

    Reading errors name the file and the CSV line (or JSON item); download errors are raised with the dataset's
    snapshot folder as `path`, so that the message starts with the dataset id, and name the URL and what to do.
    """


# --------------------------------------------------------------------------------------------------- downloads


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A raw download of one dataset; `changed` is False when the Data Hub had nothing new (`path` is then the
    previous snapshot and `fetched_at` the time it was downloaded)."""

    dataset: str
    path: Path
    url: str
    fetched_at: dt.datetime
    sha256: str
    changed: bool


def dataset_url(dataset: str, base_url: str = BASE_URL, fmt: str = "csv") -> str:
    """Where the Data Hub serves a dataset: {base}/data/{DATASET}/{csv|json}."""
    return f"{base_url.rstrip('/')}/data/{dataset}/{fmt}"


def snapshot_name(dataset: str, fetched_at: dt.datetime, fmt: str = "csv") -> str:
    """The file name of a snapshot, e.g. DPO-UCLATEST-20231128T101500Z.csv (the time in UTC)."""
    return f"{dataset}-{fetched_at.astimezone(dt.timezone.utc).strftime(_STAMP)}.{fmt}"


def read_manifest(snapshots: str | Path) -> list[dict[str, Any]]:
    """The manifest's entries, oldest first (an empty list when there is no manifest yet)."""
    path = Path(snapshots) / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as err:
        raise DataHubError(path, f"cannot read the snapshot manifest: {err.strerror}") from None
    try:
        data = json.loads(text)
        entries = data["snapshots"]
        if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
            raise ValueError
    except (ValueError, TypeError, KeyError):
        raise DataHubError(path, "the snapshot manifest is not valid (fix or remove it: the snapshots beside it "
                                 "are kept)") from None
    return entries


def latest_snapshot(snapshots: str | Path, dataset: str, fmt: str | None = None) -> Path | None:
    """The newest snapshot of a dataset (in format `fmt` if given) that is still on disk, or None.

    The manifest decides; without a manifest entry, the newest file named like a snapshot in the dataset's folder.
    """
    entry = _previous(Path(snapshots), dataset, fmt)
    return None if entry is None else entry.path


def fetch(
    dataset: str,
    snapshots: Path,
    base_url: str = BASE_URL,
    fmt: str = "csv",
    timeout: float = 30,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Callable[[int, int | None], None] | None = None,
) -> Snapshot:
    """Download one dataset into a new dated snapshot, or report it unchanged.

    `timeout` bounds every network operation (connecting, each read); a connection error, a timeout, an HTTP 5xx
    or 429 answer, or a truncated or malformed body is retried `retries` times (so 1 + retries attempts), after
    backoff, 2 x backoff, 4 x backoff ... seconds (or the server's Retry-After, up to a minute). Other 4xx
    answers and an empty dataset fail at once. `progress(bytes_received, bytes_expected or None)` is called as
    the body arrives. Raises DataHubError naming the dataset, the URL and what to do.
    """
    snapshots = Path(snapshots)
    folder = snapshots / dataset
    if dataset not in DATASETS or not _SAFE_ID.fullmatch(dataset):
        raise DataHubError(folder, f"unknown Data Hub dataset; choose from {', '.join(DATASETS)}")
    if fmt not in FORMATS:
        raise DataHubError(folder, f"unknown format {fmt!r}; choose csv or json")
    url = dataset_url(dataset, base_url, fmt)
    previous = _previous(snapshots, dataset, fmt)
    if previous is not None and not previous.verified():
        previous = None  # altered or damaged since it was recorded: neither its validators nor its digest hold
    validators = previous if previous is not None and previous.url == url else None
    headers = {"User-Agent": f"peacekeeping/{__version__}", "Accept": _ACCEPT[fmt]}
    if validators is not None:
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
    attempts = 1 + max(0, retries)
    failures: list[str] = []
    statuses: list[int | None] = []
    for attempt in range(1, attempts + 1):
        wait = backoff * 2 ** (attempt - 1)
        try:
            outcome = _attempt(url, headers, folder, dataset, fmt, timeout, progress)
        except _Retryable as err:
            failures.append(err.reason)
            statuses.append(err.status)
            if err.retry_after is not None:
                wait = max(wait, min(err.retry_after, _MAX_RETRY_AFTER))
            if attempt < attempts:
                time.sleep(wait)
            continue
        except _Fatal as err:
            raise DataHubError(folder, f"{err.reason} for {url}; {err.advice}") from None
        if outcome is None:  # 304 Not Modified
            if validators is None:
                raise DataHubError(folder, f"the Data Hub answered 304 Not Modified to a plain request for {url}; "
                                           "try again later or use --from DIR")
            return validators.snapshot(dataset, changed=False)
        return _keep(snapshots, dataset, url, fmt, outcome, previous)
    raise DataHubError(folder, _give_up(failures, statuses, attempts, url))


_ACCEPT = {"csv": "text/csv, */*;q=0.1", "json": "application/json, */*;q=0.1"}


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class _Fatal(Exception):
    def __init__(self, reason: str, advice: str):
        super().__init__(reason)
        self.reason = reason
        self.advice = advice


@dataclass(slots=True)
class _Download:
    temp: Path
    sha256: str
    size: int
    etag: str | None
    last_modified: str | None
    fetched_at: dt.datetime


@dataclass(slots=True)
class _Entry:
    """A previous snapshot, from the manifest (or, failing that, from its file name)."""

    path: Path
    file: str
    url: str | None
    fetched_at: dt.datetime
    sha256: str | None
    size: int | None
    etag: str | None
    last_modified: str | None

    def digest(self) -> str:
        if self.sha256 is None:
            self.sha256 = _sha256_file(self.path)
        return self.sha256

    def verified(self) -> bool:
        """Whether the file on disk is still the one the manifest recorded (else its validators are useless)."""
        try:
            if self.size is not None and self.path.stat().st_size != self.size:
                return False
            return self.sha256 is None or _sha256_file(self.path) == self.sha256
        except OSError:
            return False

    def snapshot(self, dataset: str, changed: bool) -> Snapshot:
        return Snapshot(dataset, self.path, self.url or "", self.fetched_at, self.digest(), changed)


def _attempt(url: str, headers: dict[str, str], folder: Path, dataset: str, fmt: str, timeout: float,
             progress: Callable[[int, int | None], None] | None) -> _Download | None:
    """One request: the body checked and kept in a temporary file, or None for 304; raises _Retryable/_Fatal."""
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as err:
        err.close()
        if err.code == 304:
            return None
        reason = f"the Data Hub answered HTTP {err.code} ({err.reason})"
        if err.code in _RETRY_STATUS:
            raise _Retryable(reason, err.code, _retry_after(err.headers.get("Retry-After"))) from None
        if err.code == 404:
            raise _Fatal(reason, "check the dataset id and the base URL, or use --from DIR") from None
        raise _Fatal(reason, "check the base URL, or use --from DIR") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, ssl.SSLCertVerificationError):
            raise _Fatal(f"the Data Hub's certificate cannot be verified ({err.reason.verify_message})",
                         "check the system's certificates or the base URL, or use --from DIR") from None
        raise _Retryable(f"cannot connect ({_describe(err.reason, timeout)})") from None
    except (OSError, http.client.HTTPException) as err:
        raise _Retryable(_describe(err, timeout)) from None
    with response:
        fetched_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        expected = _content_length(response.headers.get("Content-Length"))
        gzipped = (response.headers.get("Content-Encoding") or "").strip().lower() in ("gzip", "x-gzip")
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{dataset}-", suffix=".part", dir=folder)
        temp = Path(name)
        try:
            digest, size = hashlib.sha256(), 0
            received = 0
            inflate = zlib.decompressobj(wbits=31) if gzipped else None
            with os.fdopen(handle, "wb") as out:
                if progress is not None:
                    progress(0, expected)
                while True:
                    try:
                        chunk = response.read(_CHUNK)
                    except (OSError, http.client.HTTPException) as err:
                        raise _Retryable(f"the download broke off after {received:,} bytes "
                                         f"({_describe(err, timeout)})") from None
                    if not chunk:
                        break
                    received += len(chunk)
                    if inflate is not None:
                        try:
                            chunk = inflate.decompress(chunk)
                        except zlib.error:
                            raise _Retryable("the Data Hub sent a corrupt gzip body") from None
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress(received, expected)
                if inflate is not None and not inflate.eof:
                    raise _Retryable(f"truncated body (the gzip stream ends early after {received:,} bytes)")
                out.flush()
                os.fsync(out.fileno())
            if expected is not None and received != expected:
                raise _Retryable(f"truncated body ({received:,} of {expected:,} bytes)")
            _check_body(temp, fmt)
            return _Download(temp, digest.hexdigest(), size, response.headers.get("ETag"),
                             response.headers.get("Last-Modified"), fetched_at)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise


def _keep(snapshots: Path, dataset: str, url: str, fmt: str, download: _Download, previous: _Entry | None
          ) -> Snapshot:
    """Keep a checked download as a new snapshot, unless it has the previous snapshot's bytes."""
    entries = read_manifest(snapshots)
    if previous is not None and previous.path.exists() and previous.digest() == download.sha256:
        download.temp.unlink(missing_ok=True)
        # Same bytes, new validators: remember them so that the next request can be answered with 304.
        for entry in entries:
            if entry.get("file") == previous.file and (entry.get("etag"), entry.get("last_modified")) != (
                    download.etag, download.last_modified) and entry.get("url") == url:
                entry["etag"], entry["last_modified"] = download.etag, download.last_modified
                _write_manifest(snapshots, entries)
                break
        return previous.snapshot(dataset, changed=False)
    folder = snapshots / dataset
    taken = {e.get("file") for e in entries}
    stamp = download.fetched_at
    while True:  # one snapshot per second and dataset: a name taken in the same second moves to the next one
        name = snapshot_name(dataset, stamp, fmt)
        relative = f"{dataset}/{name}"
        if relative not in taken and not (folder / name).exists():
            break
        stamp += dt.timedelta(seconds=1)
    path = folder / name
    try:
        os.replace(download.temp, path)
    except OSError as err:
        download.temp.unlink(missing_ok=True)
        raise DataHubError(folder, f"cannot write the snapshot {name}: {err.strerror}") from None
    _fsync_dir(folder)
    entries.append({
        "dataset": dataset, "file": relative, "url": url, "fetched_at": _iso(download.fetched_at),
        "sha256": download.sha256, "bytes": download.size, "etag": download.etag,
        "last_modified": download.last_modified,
    })
    _write_manifest(snapshots, entries)
    return Snapshot(dataset, path, url, download.fetched_at, download.sha256, True)


def _write_manifest(snapshots: Path, entries: list[dict[str, Any]]) -> None:
    snapshots.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"version": 1, "snapshots": entries}, indent=2, ensure_ascii=False) + "\n"
    handle, name = tempfile.mkstemp(prefix=".manifest-", suffix=".part", dir=snapshots)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, snapshots / MANIFEST)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    _fsync_dir(snapshots)


def _previous(snapshots: Path, dataset: str, fmt: str | None) -> _Entry | None:
    """The newest snapshot of a dataset (and format) still on disk: from the manifest, else by file name."""
    found: list[tuple[dt.datetime, int, _Entry]] = []
    for order, entry in enumerate(read_manifest(snapshots)):
        file = str(entry.get("file", ""))
        match = _SNAPSHOT_NAME.fullmatch(Path(file).name)
        if entry.get("dataset") != dataset or match is None or (fmt is not None and match["fmt"] != fmt):
            continue
        path = snapshots / file
        if not path.is_file():
            continue
        try:
            fetched_at = _parse_iso(entry["fetched_at"])
        except (KeyError, TypeError, ValueError):
            fetched_at = _stamp_time(match["stamp"])
        size = entry.get("bytes")
        found.append((fetched_at, order, _Entry(
            path, file, entry.get("url"), fetched_at, entry.get("sha256"), size if isinstance(size, int) else None,
            entry.get("etag"), entry.get("last_modified"))))
    if found:
        return max(found, key=lambda item: item[:2])[2]
    folder = snapshots / dataset
    named = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _SNAPSHOT_NAME.fullmatch(path.name)
            if (match and match["dataset"] == dataset and (fmt is None or match["fmt"] == fmt)
                    and path.is_file()):
                named.append((match["stamp"], path))
    if not named:
        return None
    stamp, path = max(named)
    return _Entry(path, f"{dataset}/{path.name}", None, _stamp_time(stamp), None, None, None, None)


def _check_body(path: Path, fmt: str) -> None:
    """A downloaded body must be well-formed and hold at least one row (truncation shows up here when the server
    sent no Content-Length). Malformed: _Retryable; well-formed but empty: _Fatal."""
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if not stripped:
        raise _Fatal("the Data Hub returned an empty dataset (an empty body)",
                     "try again later (the previous snapshot, if any, is kept), or use --from DIR")
    if stripped[:1] == "<":
        raise _Retryable(f"the Data Hub sent an HTML or XML page instead of {fmt.upper()}")
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise _Retryable(f"invalid or truncated JSON ({err.msg} at line {err.lineno} column {err.colno})"
                             ) from None
        if not isinstance(data, list):
            raise _Retryable(f"the Data Hub sent a JSON {type(data).__name__}, not a list of records")
        if not data:
            raise _Fatal("the Data Hub returned an empty dataset ([])",
                         "try again later (the previous snapshot, if any, is kept), or use --from DIR")
        if not all(isinstance(item, dict) for item in data):
            raise _Retryable("the Data Hub sent a JSON list that is not a list of records")
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
        rows = 0
        for fields in reader:
            if not fields:
                continue
            if len(fields) != len(header):
                raise _Retryable(f"invalid or truncated CSV (line {reader.line_num} has {len(fields)} fields, "
                                 f"the header {len(header)})")
            rows += 1
    except csv.Error as err:
        raise _Retryable(f"invalid or truncated CSV (line {reader.line_num}: {err})") from None
    if not rows:
        raise _Fatal("the Data Hub returned an empty dataset (a header and no rows)",
                     "try again later (the previous snapshot, if any, is kept), or use --from DIR")


def _give_up(failures: list[str], statuses: list[int | None], attempts: int, url: str) -> str:
    times = {1: "once", 2: "twice", 3: "three times", 4: "four times"}.get(attempts, f"{attempts} times")
    if statuses and all(s is not None for s in statuses) and len(set(statuses)) == 1:
        what = f"the Data Hub answered HTTP {statuses[0]} {times}"
        advice = "try again later or use --from DIR"
    else:
        what = f"the download failed {times} (last: {failures[-1]})"
        advice = "check the network connection and try again later, or use --from DIR"
    return f"{what} for {url}; {advice}"


def _describe(err: BaseException, timeout: float) -> str:
    if isinstance(err, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(err, http.client.IncompleteRead):
        return "the connection closed early"
    if isinstance(err, http.client.RemoteDisconnected):
        return "the server closed the connection"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _content_length(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _stamp_time(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.timezone.utc)


# ----------------------------------------------------------------------------------------------------- readers


@dataclass(frozen=True, slots=True)
class HistoricalRow:
    """One row of DPO-UCHISTORICAL: a country's personnel of one type in one mission at a month's reporting date.

    `country`, `mission` and `personnel_type` as printed; `iso3` harmonized; `total` = male + female; `line` is
    the CSV line (or JSON item number) and does not take part in equality.
    """

    as_of: dt.date
    mission: str
    country: str
    iso3: str
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


@dataclass(frozen=True, slots=True)
class LatestRow:
    """One country of DPO-UCLATEST: its rank and personnel; `line` does not take part in equality."""

    iso3: str
    country: str
    rank: int
    female: int
    male: int
    total: int
    line: int = field(compare=False)


@dataclass(slots=True)
class LatestRanking:
    """A DPO-UCLATEST file: the ranking of one reporting date, rows in file order."""

    path: Path
    as_of: dt.date
    rows: list[LatestRow]
    format: str = "csv"


def looks_like_historical(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) holds DPO-UCHISTORICAL: its columns, allowing up to two
    renamed or missing ones so that such a file is reported by `read_historical` rather than ignored."""
    return _looks_like(path, "historical")


def looks_like_latest(path: str | Path) -> bool:
    """Whether a file (CSV or JSON, judged by content) holds DPO-UCLATEST (also the 2022 ranking export with its
    capitalized headers and no id), allowing up to two renamed or missing columns."""
    return _looks_like(path, "latest")


def read_historical(path: str | Path) -> HistoricalRelease:
    """Read DPO-UCHISTORICAL, CSV or API JSON (detected by content), countries harmonized.

    Raises DataHubError naming the file and line (or JSON item) for a missing, renamed or unexpected column, a bad
    number or date, an unknown country or one whose codes disagree with its name, a repeated row, non-UTF-8 text
    or no rows.
    """
    path = Path(path)
    kind, records = _records(path, HISTORICAL_COLUMNS, HISTORICAL_OPTIONAL, "DPO-UCHISTORICAL")
    rows: list[HistoricalRow] = []
    seen: dict[tuple[dt.date, str, str, str], int] = {}
    resolve = _Resolver()
    for where, line, values in records:
        try:
            as_of = _date("last_reporting_date", values["last_reporting_date"])
            mission = _text_value("mission_acronym", values["mission_acronym"])
            personnel_type = _text_value("personnel_type", values["personnel_type"])
            country_printed = _text_value("contributing_country", values["contributing_country"])
            country = resolve(country_printed, values["isocode3"], values["m49_code"], as_of)
            male = _count("male_personnel", values["male_personnel"])
            female = _count("female_personnel", values["female_personnel"])
        except (ValueError, PeacekeepingError) as err:
            raise DataHubError(path, str(err), where) from None
        key = (as_of, mission, country.iso3, personnel_type)
        if key in seen:
            raise DataHubError(path, f"{country_printed} ({country.iso3}), {mission}, {personnel_type} at {as_of} "
                                     f"repeats {_where(kind, seen[key])}", where)
        seen[key] = line
        rows.append(HistoricalRow(as_of, mission, country_printed, country.iso3, personnel_type, male, female,
                                  male + female, line))
    if not rows:
        raise DataHubError(path, "no rows (an empty DPO-UCHISTORICAL dataset)")
    return HistoricalRelease(path, kind, rows)


def read_latest(path: str | Path) -> LatestRanking:
    """Read DPO-UCLATEST (or the ranking export of the same shape), CSV or API JSON, countries harmonized.

    Checks that every total is female + male, that all rows share one reporting date, that no country repeats and
    that the ranks follow the totals (a better rank never has fewer personnel; equal ranks, equal totals).
    Raises DataHubError naming the file and line (or JSON item).
    """
    path = Path(path)
    kind, records = _records(path, LATEST_COLUMNS, LATEST_OPTIONAL, "DPO-UCLATEST")
    rows: list[LatestRow] = []
    seen: dict[str, int] = {}
    as_of: dt.date | None = None
    first_line = 0
    resolve = _Resolver()
    for where, line, values in records:
        try:
            date = _date("last_reporting_date", values["last_reporting_date"])
            country_printed = _text_value("contributing_country", values["contributing_country"])
            country = resolve(country_printed, values["isocode3"], values["m49_code"], date)
            rank = _count("personnel_contribution_rank", values["personnel_contribution_rank"])
            female = _count("female_personnel", values["female_personnel"])
            male = _count("male_personnel", values["male_personnel"])
            total = _count("total_uniformed_personnel", values["total_uniformed_personnel"])
        except (ValueError, PeacekeepingError) as err:
            raise DataHubError(path, str(err), where) from None
        if rank < 1:
            raise DataHubError(path, f"personnel_contribution_rank {rank} is not a rank", where)
        if total != female + male:
            raise DataHubError(path, f"total_uniformed_personnel {total} is not female {female} + male {male}",
                               where)
        if as_of is None:
            as_of, first_line = date, line
        elif date != as_of:
            raise DataHubError(path, f"last_reporting_date {date} differs from {as_of} on "
                                     f"{_where(kind, first_line)}: a ranking is of one date", where)
        if country.iso3 in seen:
            raise DataHubError(path, f"{country_printed} ({country.iso3}) repeats {_where(kind, seen[country.iso3])}",
                               where)
        seen[country.iso3] = line
        rows.append(LatestRow(country.iso3, country_printed, rank, female, male, total, line))
    if as_of is None:
        raise DataHubError(path, "no rows (an empty DPO-UCLATEST dataset)")
    ordered = sorted(rows, key=lambda r: (r.rank, -r.total))
    for better, worse in zip(ordered, ordered[1:]):
        if worse.total > better.total or (worse.rank == better.rank and worse.total != better.total):
            raise DataHubError(
                path, f"rank {worse.rank} ({worse.country}, {worse.total}) does not follow the totals: rank "
                      f"{better.rank} ({better.country}, {_where(kind, better.line)}) has {better.total}",
                _where(kind, worse.line))
    return LatestRanking(path, as_of, rows, kind)


Record = tuple[str, int, dict[str, Any]]


def _where(kind: str, line: int) -> str:
    return f"item {line}" if kind == "json" else f"line {line}"


def _looks_like(path: str | Path, dataset: str) -> bool:
    names = _head_columns(path)
    if names is None:
        return False
    columns, other = ((HISTORICAL_COLUMNS, "latest") if dataset == "historical" else (LATEST_COLUMNS, "historical"))
    keys = {_column_key(n) for n in names}
    return (bool(keys & _DISTINCT[dataset]) and not keys & _DISTINCT[other]
            and len(keys & set(columns)) >= len(columns) - 2)


def _head_columns(path: str | Path) -> list[str] | None:
    """The column names of a CSV header or of the first object of a JSON list, from the file's first 64 KiB."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD).decode("utf-8-sig", errors="replace").lstrip()
    except OSError:
        return None
    if head.startswith("["):
        try:
            first, _ = json.JSONDecoder().raw_decode(head, _JSON_SPACE.match(head, 1).end())
        except (ValueError, RecursionError):  # JSONDecodeError, a number too long to read, nesting too deep
            return None
        return list(first) if isinstance(first, dict) else None
    if head.startswith("{"):
        return None
    try:
        return next(csv.reader([head.split("\n", 1)[0].rstrip("\r")]), None)
    except csv.Error:
        return None


def _column_key(name: str) -> str:
    """Headers are matched ignoring case, spacing and punctuation: 'ISOCode3' -> 'isocode3'."""
    return _HEADER_KEY.sub("_", name.strip().lstrip("\ufeff").casefold()).strip("_")


def _columns(names: list[str], required: tuple[str, ...], optional: tuple[str, ...], dataset: str) -> list[str]:
    """The canonical column of each printed name, or ValueError naming what is missing, unexpected or repeated."""
    keys = [_column_key(str(n)) for n in names]
    known = set(required) | set(optional)
    missing = [c for c in required if c not in keys]
    unexpected = [n for n, k in zip(names, keys) if k not in known]
    counts = Counter(keys)  # linear: a header may be huge
    repeated = sorted({n for n, k in zip(names, keys) if k in known and counts[k] > 1})
    if missing or unexpected or repeated:
        parts = [f"{label} {_some(found)}" for label, found in
                 (("missing column", missing), ("unexpected column", unexpected), ("repeated column", repeated))
                 if found]
        raise ValueError(f"not the {dataset} columns: {'; '.join(parts)}")
    return keys


def _some(names: list[str], most: int = 10) -> str:
    """The first names, quoted and shortened, and how many more: a header of thousands of fields, or of one long
    field, gives a short message."""
    more = f" and {len(names) - most:,} more" if len(names) > most else ""
    return ", ".join(repr(n if len(n) <= 40 else n[:40] + "…") for n in map(str, names[:most])) + more


def _records(path: Path, required: tuple[str, ...], optional: tuple[str, ...], dataset: str
             ) -> tuple[str, Iterator[Record]]:
    text = _decode(path)
    if text.lstrip()[:1] in ("[", "{"):
        return "json", _json_records(path, text, required, optional, dataset)
    return "csv", _csv_records(path, text, required, optional, dataset)


def _decode(path: Path) -> str:
    try:
        return read_utf8(path)
    except Unreadable as err:
        raise DataHubError(path, err.reason, err.where) from None


def _csv_records(path: Path, text: str, required: tuple[str, ...], optional: tuple[str, ...], dataset: str
                 ) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
        keys = _columns(header, required, optional, dataset)
    except (ValueError, csv.Error, StopIteration) as err:
        raise DataHubError(path, str(err) or "no header", "line 1") from None
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise DataHubError(path, f"bad CSV: {err}", f"line {start}") from None
        line, start = start, reader.line_num + 1
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if len(fields) != len(keys):
            raise DataHubError(path, f"{len(fields)} fields, expected {len(keys)}", f"line {line}")
        yield f"line {line}", line, dict(zip(keys, fields, strict=True))


def _json_records(path: Path, text: str, required: tuple[str, ...], optional: tuple[str, ...], dataset: str
                  ) -> Iterator[Record]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataHubError(path, f"invalid or truncated JSON ({err.msg}, column {err.colno})",
                           f"line {err.lineno}") from None
    except (ValueError, RecursionError):
        raise DataHubError(path, "invalid JSON (a number too long to read, or nested too deeply)") from None
    if not isinstance(data, list):
        raise DataHubError(path, f"expected a JSON list of records, found a JSON {type(data).__name__}")
    checked: dict[tuple[str, ...], list[str]] = {}
    for item, value in enumerate(data, start=1):
        where = f"item {item}"
        if not isinstance(value, dict):
            raise DataHubError(path, f"expected a JSON object, found {type(value).__name__}", where)
        names = tuple(value)
        keys = checked.get(names)
        if keys is None:
            try:
                keys = checked[names] = _columns(list(names), required, optional, dataset)
            except ValueError as err:
                raise DataHubError(path, str(err), where) from None
        yield where, item, dict(zip(keys, value.values(), strict=True))


def _text_value(column: str, raw: object) -> str:
    if raw is None:
        raise ValueError(f"{column} is empty")
    if not isinstance(raw, str):
        raise ValueError(f"{column} {raw!r} is not text")
    text = raw.strip()
    if not text:
        raise ValueError(f"{column} is empty")
    return text


def _count(column: str, raw: object) -> int:
    """A whole number of people (or a rank), printed as 12, "12" or "12.0"."""
    if isinstance(raw, bool) or raw is None:
        raise ValueError(f"{column} {'is empty' if raw is None else f'{raw!r} is not a whole number'}")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError(f"{column} {raw!r} is not a whole number")
        value = int(raw)
    elif isinstance(raw, str):
        text = raw.strip()
        if not text:
            raise ValueError(f"{column} is empty")
        if not _WHOLE.fullmatch(text):
            raise ValueError(f"{column} {raw!r} is not a whole number")
        value = int(text.split(".")[0])
    else:
        raise ValueError(f"{column} {raw!r} is not a whole number")
    if value < 0:
        raise ValueError(f"{column} {raw!r} is negative")
    return value


def _date(column: str, raw: object) -> dt.date:
    """A date printed 2023-09-30 (optionally with a midnight time), 30/09/2023 or 31-Jan-22, or sent in JSON as
    epoch milliseconds at UTC midnight."""
    if isinstance(raw, bool) or raw is None:
        raise ValueError(f"{column} {'is empty' if raw is None else f'{raw!r} is not a date'}")
    if isinstance(raw, (int, float)):
        if isinstance(raw, float):
            if not raw.is_integer():
                raise ValueError(f"{column} {raw!r} is not epoch milliseconds")
            raw = int(raw)
        days, rest = divmod(raw, _DAY_MS)
        if rest:
            raise ValueError(f"{column} {raw} (epoch milliseconds) is not a UTC midnight")
        try:
            return _EPOCH + dt.timedelta(days=days)
        except OverflowError:
            raise ValueError(f"{column} {raw} is not epoch milliseconds") from None
    if not isinstance(raw, str):
        raise ValueError(f"{column} {raw!r} is not a date")
    text = raw.strip()
    try:
        if match := _ISO_DATE.fullmatch(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY_SLASH.fullmatch(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if (match := _DMY_NAMED.fullmatch(text)) and match[2].casefold() in _MONTHS:
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return dt.date(year, _MONTHS[match[2].casefold()], int(match[1]))
    except ValueError:
        raise ValueError(f"{column} {raw!r} is not a date") from None
    raise ValueError(f"{column} {raw!r} is not a date (expected 2023-09-30, 30/09/2023 or 31-Jan-22)")


@cache
def _codes() -> tuple[dict[str, Country], dict[int, Country]]:
    known = countries.all_countries()
    return {c.iso3: c for c in known}, {c.m49: c for c in known}


class _Resolver:
    """Printed name + the two code columns -> Country, cached per distinct printing (and month, for the aliases
    reviewed for one month only). Either code column may hold an ISO3 or an M49 code."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, object, object, str], Country] = {}

    def __call__(self, name: str, isocode3: object, m49_code: object, as_of: dt.date) -> Country:
        month = f"{as_of:%Y-%m}"
        key = (name, _hashable(isocode3), _hashable(m49_code), month)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = _resolve(name, {"isocode3": isocode3, "m49_code": m49_code}, month)
        return found


def _hashable(value: object) -> object:
    return value if isinstance(value, (str, int, float, type(None))) else repr(value)


def _resolve(name: str, codes: dict[str, object], month: str) -> Country:
    try:
        country = countries.resolve(name, month)
    except countries.UnknownCountry as err:
        printed = ", ".join(f"{c} {v!r}" for c, v in codes.items() if v not in (None, ""))
        raise ValueError(f"{err}" + (f" [{printed}]" if printed else "")) from None
    by_iso3, by_m49 = _codes()
    for column, raw in codes.items():
        kind, code = _code(column, raw)
        if kind is None:
            continue
        coded = by_iso3.get(code) if kind == "ISO3" else by_m49.get(code)
        if coded is None:
            raise ValueError(f"{column} {raw!r}: {kind} code {code} is not in countries.csv "
                             f"(contributing_country {name!r} is {country.name}, {country.iso3})")
        if coded != country:
            raise ValueError(f"contributing_country {name!r} ({country.name}, {country.iso3}) disagrees with "
                             f"{column} {raw!r}, the {kind} code of {coded.name} ({coded.iso3})")
    return country


def _code(column: str, raw: object) -> tuple[str | None, Any]:
    """('ISO3', 'PER'), ('M49', 604) or (None, None) for an empty cell; ValueError for anything else."""
    if raw is None:
        return None, None
    if isinstance(raw, bool):
        raise ValueError(f"{column} {raw!r} is neither an ISO3 nor an M49 code")
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not raw.is_integer() or raw < 0:
            raise ValueError(f"{column} {raw!r} is neither an ISO3 nor an M49 code")
        return "M49", int(raw)
    if isinstance(raw, str):
        text = raw.strip()
        if not text:
            return None, None
        if _ALPHA3.fullmatch(text):
            return "ISO3", text.upper()
        if _WHOLE.fullmatch(text):
            return "M49", int(text.split(".")[0])
    raise ValueError(f"{column} {raw!r} is neither an ISO3 nor an M49 code")
