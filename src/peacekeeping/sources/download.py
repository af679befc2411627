"""Downloading a Data Hub dataset over HTTP (httpx), retried with exponential backoff (stamina), into a snapshot.

A request is conditional (If-None-Match, If-Modified-Since) on the previous snapshot's validators; 304 gives that
snapshot back unchanged. The body is checked before it is kept: its length, its gzip stream, and that it reads as
a CSV or JSON table with at least one row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import ssl
import tempfile
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

import httpx
import stamina

from .. import __version__
from . import snapshots, tabular
from .datahub import BASE_URL, DATASETS, FORMATS, DataHubError, dataset_url
from .snapshots import Download, Entry, Snapshot

Progress = Callable[[int, int | None], None]  # bytes received, bytes expected (None: unknown)

MAX_WAIT = 60.0  # seconds: the longest backoff, and the longest Retry-After obeyed
_SAFE_ID = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
_ACCEPT = {"csv": "text/csv, */*;q=0.1", "json": "application/json, */*;q=0.1"}
_ANY = tabular.Columns("downloaded", (), others=True)
_EMPTY = "try again later (the previous snapshot, if any, is kept), or use --from DIR"

logging.getLogger("stamina").addHandler(logging.NullHandler())  # retries are reported by the final error only


class _Retryable(Exception):
    """A failure worth another attempt: no connection, a timeout, HTTP 429 or 5xx, a truncated or malformed body."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after
        self.wait: float | None = None


class _Fatal(Exception):
    """A failure that another attempt would not mend; `advice` says what to do."""

    def __init__(self, reason: str, advice: str):
        super().__init__(reason)
        self.reason, self.advice = reason, advice


class _Malformed(DataHubError):
    """A downloaded body that does not read as a table (raised by the tabular reader)."""


def fetch(
    dataset: str,
    snapshots_dir: Path,
    base_url: str = BASE_URL,
    fmt: str = "csv",
    timeout: float = 30,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Progress | None = None,
) -> Snapshot:
    """Download one dataset into a new dated snapshot, or report it unchanged.

    `timeout` bounds every network operation (connecting, each read); a connection error, a timeout, an HTTP 5xx
    or 429 answer, or a truncated or malformed body is retried `retries` times (so 1 + retries attempts), after
    backoff, 2 x backoff, 4 x backoff ... seconds (at most a minute), or the server's Retry-After (up to a minute)
    if longer. Other 4xx answers and an empty dataset fail at once. `progress(bytes_received, bytes_expected or
    None)` is called as the body arrives. Raises DataHubError naming the dataset, the URL and what to do.
    """
    snapshots_dir = Path(snapshots_dir)
    folder = snapshots_dir / dataset
    if dataset not in DATASETS or not _SAFE_ID.fullmatch(dataset):
        raise DataHubError(folder, f"unknown Data Hub dataset; choose from {', '.join(DATASETS)}")
    if fmt not in FORMATS:
        raise DataHubError(folder, f"unknown format {fmt!r}; choose csv or json")
    url = dataset_url(dataset, base_url, fmt)
    before = snapshots.previous(snapshots_dir, dataset, fmt)
    if before is not None and not before.verified():
        before = None  # altered or damaged since it was recorded: neither its validators nor its digest hold
    validators = before if before is not None and before.url == url else None
    try:
        download = _download(url, _headers(fmt, validators), folder, fmt, timeout, retries, backoff, progress)
    except _Fatal as err:
        raise DataHubError(folder, f"{err.reason} for {url}; {err.advice}") from None
    if download is not None:
        return snapshots.keep(snapshots_dir, dataset, url, fmt, download, before)
    if validators is None:
        raise DataHubError(
            folder,
            f"the Data Hub answered 304 Not Modified to a plain request for {url}; try again later or use --from DIR",
        )
    return validators.snapshot(dataset, changed=False)


def _headers(fmt: str, validators: Entry | None) -> dict[str, str]:
    headers = {"User-Agent": f"peacekeeping/{__version__}", "Accept": _ACCEPT[fmt], "Accept-Encoding": "gzip"}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _download(
    url: str,
    headers: dict[str, str],
    folder: Path,
    fmt: str,
    timeout: float,
    retries: int,
    backoff: float,
    progress: Progress | None,
) -> Download | None:
    """The checked body in a temporary file, or None for 304; the retries are stamina's."""
    attempts = 1 + max(0, retries)
    failures: list[_Retryable] = []
    with httpx.Client(headers=headers, timeout=httpx.Timeout(timeout), follow_redirects=True, verify=_tls()) as client:
        try:
            for attempt in stamina.retry_context(
                on=_backoff, attempts=attempts, timeout=None, wait_initial=backoff, wait_max=MAX_WAIT, wait_jitter=0
            ):
                with attempt:
                    try:
                        return _attempt(client, url, folder, fmt, timeout, progress)
                    except _Retryable as err:
                        failures.append(err)
                        if err.retry_after is not None:
                            err.wait = max(attempt.next_wait, min(err.retry_after, MAX_WAIT))
                        raise
        except _Retryable:
            raise DataHubError(folder, _give_up(failures, url)) from None
    raise AssertionError("stamina's last attempt returns or raises")


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS settings, made once: loading the certificates takes a tenth of a second."""
    return httpx.create_ssl_context()


def _backoff(err: Exception) -> bool | float:
    """stamina's backoff hook: retry only _Retryable, after the server's Retry-After where it gave one."""
    if not isinstance(err, _Retryable):
        return False
    return True if err.wait is None else err.wait


def _attempt(
    client: httpx.Client, url: str, folder: Path, fmt: str, timeout: float, progress: Progress | None
) -> Download | None:
    """One request: the body checked and kept in a temporary file, or None for 304; raises _Retryable/_Fatal."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code == 304:
                return None
            if not response.is_success:
                raise _status(response)
            return _receive(response, folder, fmt, timeout, progress)
    except httpx.ConnectError as err:
        if (cause := _cause(err, ssl.SSLCertVerificationError)) is not None:
            raise _Fatal(
                f"the Data Hub's certificate cannot be verified ({cause.verify_message})",
                "check the system's certificates or the base URL, or use --from DIR",
            ) from None
        raise _Retryable(f"cannot connect ({_describe(err, timeout)})") from None
    except httpx.ConnectTimeout as err:
        raise _Retryable(f"cannot connect ({_describe(err, timeout)})") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.TooManyRedirects) as err:
        raise _Fatal(f"the base URL cannot be used ({err})", "check the base URL, or use --from DIR") from None
    except httpx.HTTPError as err:
        raise _Retryable(_describe(err, timeout)) from None


def _status(response: httpx.Response) -> Exception:
    code = response.status_code
    reason = f"the Data Hub answered HTTP {code} ({response.reason_phrase})"
    if code == 429 or 500 <= code < 600:
        return _Retryable(reason, code, _retry_after(response.headers.get("Retry-After")))
    if code == 404:
        return _Fatal(reason, "check the dataset id and the base URL, or use --from DIR")
    return _Fatal(reason, "check the base URL, or use --from DIR")


def _receive(response: httpx.Response, folder: Path, fmt: str, timeout: float, progress: Progress | None) -> Download:
    """The body (gzip decoded) in a temporary file beside the snapshots, with its digest, checked."""
    fetched_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    length = response.headers.get("Content-Length", "").strip()
    expected = int(length) if length.isdigit() else None
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    inflate = zlib.decompressobj(wbits=31) if encoding in ("gzip", "x-gzip") else None
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{folder.name}-", suffix=".part", dir=folder)
    temp = Path(name)
    try:
        digest, size = hashlib.sha256(), 0
        with os.fdopen(handle, "wb") as out:
            if progress is not None:
                progress(0, expected)
            try:
                for chunk in response.iter_raw():
                    if inflate is not None:
                        chunk = inflate.decompress(chunk)
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress(response.num_bytes_downloaded, expected)
            except zlib.error:
                raise _Retryable("the Data Hub sent a corrupt gzip body") from None
            except httpx.HTTPError as err:
                raise _broken(err, response.num_bytes_downloaded, expected, timeout) from None
            received = response.num_bytes_downloaded
            if inflate is not None and not inflate.eof:
                raise _Retryable(f"truncated body (the gzip stream ends early after {received:,} bytes)")
            out.flush()
            os.fsync(out.fileno())
        if expected is not None and received != expected:
            raise _Retryable(f"truncated body ({received:,} of {expected:,} bytes)")
        _check_body(temp, fmt)
        return Download(
            temp,
            digest.hexdigest(),
            size,
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
            fetched_at,
        )
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _broken(err: httpx.HTTPError, received: int, expected: int | None, timeout: float) -> _Retryable:
    if isinstance(err, httpx.RemoteProtocolError) and expected is not None and received < expected:
        return _Retryable(f"truncated body ({received:,} of {expected:,} bytes)")
    return _Retryable(f"the download broke off after {received:,} bytes ({_describe(err, timeout)})")


def _check_body(path: Path, fmt: str) -> None:
    """A downloaded body must read as a table of at least one row (truncation shows up here when the server sent no
    Content-Length). Malformed: _Retryable; well-formed but empty: _Fatal."""
    text = path.read_bytes().decode("utf-8-sig", errors="replace")  # not UTF-8 is the reader's to report
    if not text.strip():
        raise _Fatal("the Data Hub returned an empty dataset (an empty body)", _EMPTY)
    if text.lstrip()[:1] == "<":
        raise _Retryable(f"the Data Hub sent an HTML or XML page instead of {fmt.upper()}")
    try:
        table = tabular.parse(path, text, _ANY, _Malformed)
        if table.format != fmt:
            raise _Retryable(f"the Data Hub sent {table.format.upper()} instead of {fmt.upper()}")
        rows = sum(1 for _ in table.records)
    except _Malformed as err:
        at = f" at {err.where}" if err.where else ""
        if fmt.upper() in err.reason:  # the reader's words already say what is wrong with the text
            raise _Retryable(f"{err.reason}{at}") from None
        raise _Retryable(f"invalid or truncated {fmt.upper()}{at} ({err.reason})") from None
    if not rows:
        raise _Fatal(
            f"the Data Hub returned an empty dataset ({'[]' if fmt == 'json' else 'a header and no rows'})", _EMPTY
        )


def _give_up(failures: list[_Retryable], url: str) -> str:
    times = {1: "once", 2: "twice", 3: "three times", 4: "four times"}.get(len(failures), f"{len(failures)} times")
    statuses = {f.status for f in failures}
    if len(statuses) == 1 and None not in statuses:
        return f"the Data Hub answered HTTP {statuses.pop()} {times} for {url}; try again later or use --from DIR"
    return (
        f"the download failed {times} (last: {failures[-1].reason}) for {url}; check the network connection "
        "and try again later, or use --from DIR"
    )


def _describe(err: BaseException, timeout: float) -> str:
    """A network failure in a few words: 'timed out after 30 s', 'Connection refused' ..."""
    if isinstance(err, httpx.TimeoutException):
        return f"timed out after {timeout:g} s"
    if isinstance(err, httpx.RemoteProtocolError):
        return "the server closed the connection"
    cause = _cause(err, OSError)
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return str(err) or type(err).__name__


def _retry_after(value: str | None) -> float | None:
    """The seconds of a Retry-After header given in seconds (its date form is not used)."""
    return float(value.strip()) if value and value.strip().isdigit() else None


def _cause(err: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The first exception of `kind` in the chain that caused `err`."""
    seen = err
    while seen is not None:
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
