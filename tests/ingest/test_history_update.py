"""`update --datasets IPI-PPP` against a local server in the shape of IPI's public repository (its tree of files
with their Git hashes, and the files at a commit), serving the tiny copy of IPI's files made in code."""

from __future__ import annotations

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
import stamina

from peacekeeping import store
from peacekeeping.errors import PeacekeepingError
from peacekeeping.facts import coverage
from peacekeeping.facts.models import dump
from peacekeeping.ingest import update
from peacekeeping.sources import ipi, ipi_download
from peacekeeping.sources.ipi import IpiError


@pytest.fixture(autouse=True)
def no_backoff():
    with stamina.set_testing(True, attempts=3, cap=True):
        yield


def _repository(folder: Path) -> dict[tuple[str, str], bytes]:
    """(commit, path in the repository) -> bytes, for IPI's files in `folder`."""
    files = {spec: (folder / name).read_bytes() for name, spec in ipi.FILES.items()}
    commit, prefix = ipi.COUNTRY_FOLDER
    for path in (folder / "countries").glob("*.csv"):
        files[(commit, f"{prefix}/{path.name}")] = path.read_bytes()
    files[(commit, "ppp_files/countries/Ghana.png")] = b"\x89PNG"  # other files of the tree are not fetched
    return files


class _Repository(BaseHTTPRequestHandler):
    files: dict[tuple[str, str], bytes] = {}
    served: dict[tuple[str, str], bytes] = {}  # what the raw address answers (a file may differ from the tree's)
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server interface)
        self.requests.append(self.path)
        parts = unquote(urlparse(self.path).path).strip("/").split("/")
        body = None
        if parts[:5] == ["repos", *ipi.REPOSITORY.split("/"), "git", "trees"]:
            commit = parts[-1]
            tree = [
                {"path": p, "type": "blob", "sha": ipi_download.git_hash(data)}
                for (c, p), data in self.files.items()
                if c == commit
            ]
            body = json.dumps({"sha": commit, "tree": tree}).encode() if tree else None
        elif "/".join(parts[:2]) == ipi.REPOSITORY:
            body = self.served.get((parts[2], "/".join(parts[3:])))
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def repository(ipi_folder):
    _Repository.files = _repository(ipi_folder)
    _Repository.served = dict(_Repository.files)
    _Repository.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Repository)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    yield base
    server.shutdown()


def test_update_downloads_ipis_files_once_into_a_snapshot(tmp_path, small_store, repository):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(small_store[0], db)
    result = update(db, datasets=["IPI-PPP"], ipi_urls=(repository, repository), retries=1, timeout=5)
    (snapshot,) = result.snapshots
    assert snapshot.changed and snapshot.path.parent == tmp_path / "snapshots" / "IPI-PPP"
    assert sorted(p.name for p in (snapshot.path / "countries").iterdir()) == [
        ".csv",
        "Cote d Ivoire.csv",
        "Ghana.csv",
        "Peru.csv",
        "United States of America.csv",
    ]
    assert not any("png" in r for r in _Repository.requests)
    manifest = json.loads((tmp_path / "snapshots" / "manifest.json").read_text())["snapshots"]
    assert [(e["dataset"], e["url"], e["commit"], len(e["files"])) for e in manifest] == [
        ("IPI-PPP", "https://github.com/IPIDataLab/PPP_Loader", ipi.COMMIT, 9)
    ]
    with store.connect(db) as con:
        sources = {r["month"]: r["source"] for r in dump(coverage.coverage(con))}
    assert (sources["1995-06"], sources["2021-06"], sources["2022-06"]) == ("ipi", "datahub", "report")
    asked = len(_Repository.requests)
    before = db.read_bytes()
    again = update(db, datasets=["IPI-PPP"], ipi_urls=(repository, repository))
    assert not again.snapshots[0].changed and len(_Repository.requests) == asked  # the pinned snapshot, no request
    assert db.read_bytes() == before


def test_a_file_that_is_not_the_repositorys_is_refused(tmp_path, repository):
    key = (ipi.COMMIT, "ppp_files/countries/Ghana.csv")
    _Repository.served[key] = _Repository.served[key].replace(b"850", b"851")
    with pytest.raises(IpiError, match=r"Ghana.csv is not the file of commit 2653920 \(its Git hash differs\)"):
        update(tmp_path / "s.duckdb", datasets=["IPI-PPP"], ipi_urls=(repository, repository), retries=1)
    assert not (tmp_path / "s.duckdb").exists()
    assert [p.name for p in (tmp_path / "snapshots" / "IPI-PPP").iterdir()] == []  # nothing half-written


def test_an_unreachable_repository_is_one_line(tmp_path):
    with pytest.raises(
        IpiError,
        match=r"IPI-PPP: the download of http://127.0.0.1:9/repos/IPIDataLab/PPP_Loader/git/"
        r"trees/.* failed .*ingest a copy of IPI's files",
    ):
        update(
            tmp_path / "s.duckdb",
            datasets=["IPI-PPP"],
            ipi_urls=("http://127.0.0.1:9/", "http://127.0.0.1:9/"),
            retries=1,
            timeout=2,
        )


def test_a_mirror_has_no_ipi_files(tmp_path):
    with pytest.raises(PeacekeepingError, match=r"IPI-PPP is not a file of a Data Hub mirror: ingest a copy"):
        update(tmp_path / "s.duckdb", mirror=tmp_path, datasets=["IPI-PPP"])
