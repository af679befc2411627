"""Downloading IPI's research dataset from its public repository into a dated snapshot folder beside the store.

IPI's files stopped changing in 2017, so they are fetched at the commits pinned in `ipi.py`: the repository's tree
lists the country files and the Git hash of every file, each download is checked against its hash, and the files are
kept as `snapshots/IPI-PPP/IPI-PPP-{time}/` (written whole, then renamed) and recorded in `snapshots/manifest.json`.
A snapshot of the pinned commits already on disk, intact, is given back without a request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import httpx
import stamina

from .. import __version__
from .ipi import COMMIT, COUNTRY_FOLDER, FILES, REPOSITORY, IpiError
from .snapshots import Snapshot, read_manifest, record, sha256_file, snapshot_name

DATASET = "IPI-PPP"
API_URL = "https://api.github.com/"  # the repository's tree (which files, and their Git hashes)
RAW_URL = "https://raw.githubusercontent.com/"  # the files, at a commit
HOME = f"https://github.com/{REPOSITORY}"
Progress = Callable[[int, int | None], None]  # bytes received, bytes expected (not known: None)


def tree_url(commit: str, api_url: str = API_URL) -> str:
    """Where the repository lists its files at a commit, with their Git hashes."""
    return f"{api_url.rstrip('/')}/repos/{REPOSITORY}/git/trees/{commit}?recursive=1"


def file_url(commit: str, path: str, raw_url: str = RAW_URL) -> str:
    """Where the repository serves a file at a commit."""
    return f"{raw_url.rstrip('/')}/{REPOSITORY}/{commit}/{quote(path)}"


def git_hash(data: bytes) -> str:
    """The Git blob hash of a file's bytes (SHA-1 of 'blob {size}\\0' and the bytes)."""
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()


def fetch(
    snapshots_dir: Path,
    api_url: str = API_URL,
    raw_url: str = RAW_URL,
    timeout: float = 30,
    retries: int = 3,
    progress: Progress | None = None,
) -> Snapshot:
    """IPI's files of the pinned commits as a snapshot folder: the one on disk if intact, else a new download.

    Raises IpiError naming the URL and what to do (a download that fails after its retries, a file whose bytes are
    not the repository's)."""
    folder = Path(snapshots_dir) / DATASET
    if (kept := latest(snapshots_dir)) is not None:
        return kept
    wanted = _wanted(folder, api_url, timeout, retries)
    folder.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{DATASET}-", suffix=".part", dir=folder))
    try:
        digests, received = {}, 0
        with _client(timeout) as client:
            for name, (commit, path, blob) in sorted(wanted.items()):
                data = _get(client, file_url(commit, path, raw_url), folder, retries).content
                if git_hash(data) != blob:
                    raise IpiError(
                        folder,
                        f"{file_url(commit, path, raw_url)} is not the file of commit "
                        f"{commit[:7]} (its Git hash differs): try again later, or ingest a copy "
                        "of IPI's files with `peacekeeping ingest DIR`",
                    )
                target = temp / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                digests[name] = hashlib.sha256(data).hexdigest()
                received += len(data)
                if progress is not None:
                    progress(received, None)
        fetched_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        final = folder / snapshot_name(DATASET, fetched_at).removesuffix(".csv")
        os.replace(temp, final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    digest = _digest(digests)
    record(
        Path(snapshots_dir),
        {
            "dataset": DATASET,
            "file": f"{DATASET}/{final.name}",
            "url": HOME,
            "commit": COMMIT,
            "fetched_at": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sha256": digest,
            "files": digests,
        },
    )
    return Snapshot(DATASET, final, HOME, fetched_at, digest, True)


def latest(snapshots_dir: Path) -> Snapshot | None:
    """The newest snapshot of IPI's pinned commit on disk whose every file is as recorded, or None."""
    for entry in reversed(read_manifest(snapshots_dir)):
        if entry.get("dataset") != DATASET or entry.get("commit") != COMMIT or not isinstance(entry.get("files"), dict):
            continue
        path = Path(snapshots_dir) / str(entry["file"])
        if all((path / name).is_file() and sha256_file(path / name) == sha for name, sha in entry["files"].items()):
            fetched_at = dt.datetime.fromisoformat(str(entry.get("fetched_at")).replace("Z", "+00:00"))
            return Snapshot(DATASET, path, HOME, fetched_at, str(entry.get("sha256")), False)
    return None


def _digest(digests: dict[str, str]) -> str:
    """One SHA-256 for a snapshot folder: of its files' names and SHA-256s, sorted."""
    return hashlib.sha256(json.dumps(sorted(digests.items())).encode()).hexdigest()


def _wanted(folder: Path, api_url: str, timeout: float, retries: int) -> dict[str, tuple[str, str, str]]:
    """Name in the snapshot -> (commit, path in the repository, Git hash), from the trees of the pinned commits."""
    trees: dict[str, dict[str, str]] = {}
    with _client(timeout) as client:
        for commit in sorted({c for c, _ in FILES.values()} | {COUNTRY_FOLDER[0]}):
            url = tree_url(commit, api_url)
            try:
                listing = _get(client, url, folder, retries).json()["tree"]
                trees[commit] = {e["path"]: e["sha"] for e in listing if e.get("type") == "blob"}
            except (ValueError, KeyError, TypeError):
                raise IpiError(folder, f"{url} does not list the repository's files: try again later") from None
    wanted = {}
    for name, (commit, path) in FILES.items():
        if path not in trees[commit]:
            raise IpiError(folder, f"{REPOSITORY} has no {path} at commit {commit[:7]}")
        wanted[name] = (commit, path, trees[commit][path])
    commit, prefix = COUNTRY_FOLDER
    for path, blob in trees[commit].items():
        if path.startswith(prefix + "/") and path.endswith(".csv") and "/" not in path[len(prefix) + 1 :]:
            wanted[f"countries/{path[len(prefix) + 1 :]}"] = (commit, path, blob)
    if not any(n.startswith("countries/") for n in wanted):
        raise IpiError(folder, f"{REPOSITORY} lists no country files under {prefix} at commit {commit[:7]}")
    return wanted


def _client(timeout: float) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": f"peacekeeping/{__version__}"}, timeout=httpx.Timeout(timeout), follow_redirects=True
    )


class _Retry(Exception):
    """A failure worth another attempt: no connection, a timeout, HTTP 429 or 5xx."""


def _get(client: httpx.Client, url: str, folder: Path, retries: int) -> httpx.Response:
    """A successful answer, retried with backoff (stamina) on transient failures; IpiError otherwise."""
    last = ""
    try:
        for attempt in stamina.retry_context(on=_Retry, attempts=1 + max(0, retries), timeout=None, wait_max=60):
            with attempt:
                try:
                    response = client.get(url)
                except httpx.HTTPError as err:
                    last = str(err) or type(err).__name__
                    raise _Retry(last) from None
                if response.status_code == 429 or response.status_code >= 500:
                    last = f"HTTP {response.status_code}"
                    raise _Retry(last)
                if not response.is_success:
                    raise IpiError(
                        folder,
                        f"{url} answered HTTP {response.status_code}: check the address, or "
                        "ingest a copy of IPI's files with `peacekeeping ingest DIR`",
                    )
                return response
    except _Retry:
        raise IpiError(
            folder,
            f"the download of {url} failed ({last}): check the network connection and try "
            "again later, or ingest a copy of IPI's files with `peacekeeping ingest DIR`",
        ) from None
    raise AssertionError("stamina's last attempt returns or raises")
