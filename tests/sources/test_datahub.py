"""The Data Hub client against a real local HTTP server, the readers of DPO-UCHISTORICAL and DPO-UCLATEST, and the
resolution of their countries at ingest.

Every dataset served here is hand-made (a few rows in the API's shapes), except the real 2022 ranking export.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import DATA

from peacekeeping.errors import SourceError
from peacekeeping.ingest.countries import contributors, ranked
from peacekeeping.sources import download, historical, ranking, snapshots
from peacekeeping.sources.datahub import DATASETS, DataHubError

RANKING_2022 = DATA / "contributions" / "ranking-2022-01-31.csv"

HISTORICAL_CSV = (
    "contributing_country,contribution_id,female_personnel,isocode3,last_reporting_date,m49_code,male_personnel,"
    "mission_acronym,personnel_type\r\n"
    "Peru,1,12,PER,2023-09-30,604,190,MINUSCA,troops\r\n"
    "Peru,2,1,PER,2023-09-30,604,6,MINUSCA,staff_officer\r\n"
    "Ghana,3,100,GHA,2023-09-30,288,600,UNIFIL,troops\r\n"
    "Nepal,4,5,NPL,2023-08-31,524,40,UNMISS,individual_police\r\n"
).encode()

LATEST_CSV = (
    "contributing_country,female_personnel,id,isocode3,last_reporting_date,m49_code,male_personnel,"
    "personnel_contribution_rank,total_uniformed_personnel\n"
    "Nepal,200,1,NPL,30/09/2023,524,5800,1,6000\n"
    "Ghana,300,2,GHA,30/09/2023,288,2700,2,3000\n"
    "Peru,20,3,PER,30/09/2023,604,210,3,230\n"
    "Fiji,2,4,FJI,30/09/2023,242,228,3,230\n"
).encode()


def epoch_ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def historical_json(**changes) -> list[dict]:
    records = [
        {
            "contributing_country": "Peru",
            "contribution_id": 1,
            "female_personnel": 12,
            "isocode3": "PER",
            "last_reporting_date": epoch_ms("2023-09-30"),
            "m49_code": 604.0,
            "male_personnel": 190,
            "mission_acronym": "MINUSCA",
            "personnel_type": "troops",
        },
        {
            "contributing_country": "Ghana",
            "contribution_id": 3,
            "female_personnel": 100,
            "isocode3": "GHA",
            "last_reporting_date": epoch_ms("2023-09-30"),
            "m49_code": 288.0,
            "male_personnel": 600,
            "mission_acronym": "UNIFIL",
            "personnel_type": "troops",
        },
    ]
    records[0].update(changes)
    return records


HISTORICAL_JSON = json.dumps(historical_json()).encode()


# ------------------------------------------------------------------------------------------ a local Data Hub


@dataclass
class Reply:
    """One scripted answer: status, body, ETag / Last-Modified, a delay before answering, a Content-Length that
    lies (larger than the body: a truncated download) or none at all (the body ends when the connection closes)."""

    status: int = 200
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    length: int | None = None
    no_length: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class Hub(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/public/"

    def serve(self, dataset: str, *replies: Reply, fmt: str = "csv") -> None:
        """Answer requests for a dataset with these replies in turn, the last one from then on."""
        self.script[f"/public/data/{dataset}/{fmt}"] = list(replies)

    def asked(self, dataset: str, fmt: str = "csv") -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == f"/public/data/{dataset}/{fmt}"]

    def next_reply(self, path: str) -> Reply | None:
        with self.lock:
            replies = self.script.get(path)
            if not replies:
                return None
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def handle_error(self, request, client_address):  # a client that gave up (timeout) is expected here
        pass


class _Handler(BaseHTTPRequestHandler):
    server: Hub

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers.items())))
        reply = self.server.next_reply(self.path)
        if reply is None:
            self.send_error(404, "no such dataset")
            return
        if reply.delay:
            time.sleep(reply.delay)
        if reply.status == 200 and reply.etag and self.headers.get("If-None-Match") == reply.etag:
            self.send_response(304)
            self.send_header("ETag", reply.etag)
            self.end_headers()
            return
        self.send_response(reply.status)
        if not reply.no_length:
            self.send_header("Content-Length", str(reply.length if reply.length is not None else len(reply.body)))
        for name, value in (("ETag", reply.etag), ("Last-Modified", reply.last_modified), *reply.headers.items()):
            if value:
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)
        self.wfile.flush()

    def log_message(self, format, *args):
        pass


@pytest.fixture()
def hub():
    server = Hub()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


FAST = {"timeout": 0.25, "retries": 2, "backoff": 0.01}


def fetch(hub: Hub, dataset: str, snapshots: Path, **options):
    return download.fetch(dataset, snapshots, base_url=hub.base_url, **{**FAST, **options})


def snapshot_files(snapshots: Path) -> list[str]:
    """Every file under the snapshot folder, the manifest and any leftover temporary file included."""
    return sorted(str(p.relative_to(snapshots)) for p in snapshots.rglob("*") if p.is_file())


# ------------------------------------------------------------------------------------------------ downloads


def test_download_keeps_a_dated_snapshot_and_a_manifest_entry(hub, tmp_path):
    modified = "Sat, 30 Sep 2023 10:00:00 GMT"
    hub.serve("DPO-UCHISTORICAL", Reply(body=HISTORICAL_CSV, etag='"v1"', last_modified=modified))
    seen = []
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    snap = fetch(hub, "DPO-UCHISTORICAL", tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert snap.changed and snap.dataset == "DPO-UCHISTORICAL"
    assert snap.url == hub.base_url + "data/DPO-UCHISTORICAL/csv"
    assert re.fullmatch(r"DPO-UCHISTORICAL-\d{8}T\d{6}Z\.csv", snap.path.name)
    assert snap.path.parent == tmp_path / "DPO-UCHISTORICAL"
    assert snap.path.read_bytes() == HISTORICAL_CSV
    assert snap.sha256 == hashlib.sha256(HISTORICAL_CSV).hexdigest()
    assert before <= snap.fetched_at <= dt.datetime.now(dt.timezone.utc)
    assert seen[0] == (0, len(HISTORICAL_CSV)) and seen[-1] == (len(HISTORICAL_CSV), len(HISTORICAL_CSV))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["snapshots"] == [
        {
            "dataset": "DPO-UCHISTORICAL",
            "file": f"DPO-UCHISTORICAL/{snap.path.name}",
            "url": snap.url,
            "fetched_at": snap.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sha256": snap.sha256,
            "bytes": len(HISTORICAL_CSV),
            "etag": '"v1"',
            "last_modified": "Sat, 30 Sep 2023 10:00:00 GMT",
        }
    ]
    assert snapshot_files(tmp_path) == ["DPO-UCHISTORICAL/" + snap.path.name, "manifest.json"]
    assert snapshots.latest_snapshot(tmp_path, "DPO-UCHISTORICAL") == snap.path
    assert historical.read(snap.path).rows[0].isocode3 == "PER"


def test_unchanged_dataset_answered_304_to_its_etag(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV, etag='"r1"', last_modified="Sat, 30 Sep 2023 10:00:00 GMT"))
    first = fetch(hub, "DPO-UCLATEST", tmp_path)
    manifest = (tmp_path / "manifest.json").read_bytes()
    again = fetch(hub, "DPO-UCLATEST", tmp_path)
    conditional = hub.asked("DPO-UCLATEST")[-1]
    assert conditional["If-None-Match"] == '"r1"'
    assert conditional["If-Modified-Since"] == "Sat, 30 Sep 2023 10:00:00 GMT"
    assert not again.changed
    assert (again.path, again.sha256, again.fetched_at) == (first.path, first.sha256, first.fetched_at)
    assert snapshot_files(tmp_path) == ["DPO-UCLATEST/" + first.path.name, "manifest.json"]
    assert (tmp_path / "manifest.json").read_bytes() == manifest


def test_unchanged_dataset_answered_200_with_the_same_bytes(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV))  # no validators: the sha256 decides
    first = fetch(hub, "DPO-UCLATEST", tmp_path)
    again = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert "If-None-Match" not in hub.asked("DPO-UCLATEST")[-1]
    assert not again.changed and again.path == first.path and again.sha256 == first.sha256
    assert snapshot_files(tmp_path) == ["DPO-UCLATEST/" + first.path.name, "manifest.json"]


def test_changed_dataset_gets_a_new_snapshot(hub, tmp_path):
    changed = LATEST_CSV.replace(b"Peru,20,3,PER,30/09/2023,604,210,3,230", b"Peru,21,3,PER,30/09/2023,604,209,3,230")
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV, etag='"r1"'), Reply(body=changed, etag='"r2"'))
    first = fetch(hub, "DPO-UCLATEST", tmp_path)
    second = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert second.changed and second.path != first.path and second.path.read_bytes() == changed
    assert first.path.read_bytes() == LATEST_CSV  # the older snapshot is kept
    assert snapshots.latest_snapshot(tmp_path, "DPO-UCLATEST") == second.path
    entries = json.loads((tmp_path / "manifest.json").read_text())["snapshots"]
    assert [e["etag"] for e in entries] == ['"r1"', '"r2"']
    assert ranking.read(second.path).rows[2].female == 21


def test_new_validators_for_the_same_bytes_are_remembered(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV), Reply(body=LATEST_CSV, etag='"r9"'))
    first = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert not fetch(hub, "DPO-UCLATEST", tmp_path).changed  # 200, same bytes, now with an ETag
    third = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert hub.asked("DPO-UCLATEST")[-1]["If-None-Match"] == '"r9"'  # answered 304
    assert not third.changed and third.path == first.path
    assert [e["etag"] for e in json.loads((tmp_path / "manifest.json").read_text())["snapshots"]] == ['"r9"']


def test_a_gzip_body_is_kept_decoded(hub, tmp_path):
    packed = gzip.compress(LATEST_CSV)
    hub.serve("DPO-UCLATEST", Reply(body=packed, headers={"Content-Encoding": "gzip"}))
    snap = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert snap.path.read_bytes() == LATEST_CSV and snap.sha256 == hashlib.sha256(LATEST_CSV).hexdigest()
    hub.serve(
        "DPO-UCHISTORICAL",
        Reply(body=gzip.compress(HISTORICAL_CSV)[:-12], no_length=True, headers={"Content-Encoding": "gzip"}),
    )
    with pytest.raises(DataHubError, match="truncated body"):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path)


def test_too_many_requests_is_retried_after_the_servers_delay(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(status=429, headers={"Retry-After": "0"}), Reply(body=LATEST_CSV))
    assert fetch(hub, "DPO-UCLATEST", tmp_path).changed and len(hub.asked("DPO-UCLATEST")) == 2


def test_retries_back_off_exponentially(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(status=500), Reply(status=502), Reply(body=LATEST_CSV))
    started = time.monotonic()
    assert fetch(hub, "DPO-UCLATEST", tmp_path, backoff=0.1).changed
    assert 0.3 <= time.monotonic() - started < 2  # 0.1 s, then 0.2 s


def test_retry_after_is_obeyed_up_to_a_cap(hub, tmp_path, monkeypatch):
    monkeypatch.setattr(download, "MAX_WAIT", 0.3)
    hub.serve("DPO-UCLATEST", Reply(status=503, headers={"Retry-After": "120"}), Reply(body=LATEST_CSV))
    started = time.monotonic()
    assert fetch(hub, "DPO-UCLATEST", tmp_path).changed
    assert 0.3 <= time.monotonic() - started < 2  # the server asked for 120 s: capped


def test_a_slow_answer_times_out_and_is_retried(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV, delay=0.8), Reply(body=LATEST_CSV))
    started = time.monotonic()
    snap = fetch(hub, "DPO-UCLATEST", tmp_path, timeout=0.2)
    assert snap.changed and snap.path.read_bytes() == LATEST_CSV
    assert len(hub.asked("DPO-UCLATEST")) == 2
    assert time.monotonic() - started < 0.7


def test_a_server_error_is_retried(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(status=500, body=b"oops"), Reply(status=503), Reply(body=LATEST_CSV))
    snap = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert snap.changed and len(hub.asked("DPO-UCLATEST")) == 3


def test_server_errors_every_time_fail_clearly_and_write_nothing(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV))
    kept = fetch(hub, "DPO-UCLATEST", tmp_path)
    manifest = (tmp_path / "manifest.json").read_bytes()
    hub.serve("DPO-UCHISTORICAL", Reply(status=500, body=b"oops"))
    with pytest.raises(DataHubError) as caught:
        fetch(hub, "DPO-UCHISTORICAL", tmp_path)
    url = hub.base_url + "data/DPO-UCHISTORICAL/csv"
    assert str(caught.value) == (
        f"DPO-UCHISTORICAL: the Data Hub answered HTTP 500 three times for {url}; try again later or use --from DIR"
    )
    assert isinstance(caught.value, SourceError)
    assert len(hub.asked("DPO-UCHISTORICAL")) == 3  # 1 + retries=2
    assert (tmp_path / "manifest.json").read_bytes() == manifest
    assert snapshot_files(tmp_path) == ["DPO-UCLATEST/" + kept.path.name, "manifest.json"]


def test_a_client_error_is_not_retried(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(status=403, body=b"no"))
    with pytest.raises(DataHubError, match=r"DPO-UCLATEST: the Data Hub answered HTTP 403 .*use --from DIR"):
        fetch(hub, "DPO-UCLATEST", tmp_path)
    with pytest.raises(DataHubError, match="HTTP 404 .*check the dataset id and the base URL"):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path)  # nothing served: 404
    assert len(hub.asked("DPO-UCLATEST")) == 1 and len(hub.asked("DPO-UCHISTORICAL")) == 1
    assert snapshot_files(tmp_path) == []


def test_connection_refused_is_retried_then_fails(tmp_path):
    hub = Hub()  # bound, never serving, then closed: nothing listens on its port
    base_url = hub.base_url
    hub.server_close()
    with pytest.raises(
        DataHubError,
        match=r"DPO-UCLATEST: the download failed three times \(last: cannot "
        r"connect .*\) for http://127\.0\.0\.1.*check the network",
    ):
        download.fetch("DPO-UCLATEST", tmp_path, base_url=base_url, **FAST)
    assert snapshot_files(tmp_path) == []


def test_a_truncated_body_is_retried_then_fails(hub, tmp_path):
    hub.serve("DPO-UCHISTORICAL", Reply(body=HISTORICAL_CSV[:100], length=len(HISTORICAL_CSV)))
    with pytest.raises(
        DataHubError,
        match=rf"DPO-UCHISTORICAL: the download failed three times \(last: truncated "
        rf"body \(100 of {len(HISTORICAL_CSV)} bytes\)\)",
    ):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path)
    assert len(hub.asked("DPO-UCHISTORICAL")) == 3
    assert snapshot_files(tmp_path) == []


def test_a_truncated_body_without_length_is_caught_by_its_structure(hub, tmp_path):
    hub.serve("DPO-UCHISTORICAL", Reply(body=HISTORICAL_CSV[:-20], no_length=True), Reply(body=HISTORICAL_CSV))
    assert fetch(hub, "DPO-UCHISTORICAL", tmp_path).path.read_bytes() == HISTORICAL_CSV
    hub.serve("DPO-UCHISTORICAL", Reply(body=HISTORICAL_JSON[:-30], no_length=True), fmt="json")
    with pytest.raises(DataHubError, match=r"failed three times \(last: invalid or truncated JSON"):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path, fmt="json")


@pytest.mark.parametrize(
    "body,reason",
    [
        (b"<html><body>Down for maintenance</body></html>", "the Data Hub sent an HTML or XML page instead of CSV"),
        (HISTORICAL_JSON, "the Data Hub sent JSON instead of CSV"),
        (
            HISTORICAL_CSV.replace(b"UNIFIL,troops", b"UNIFIL"),
            r"invalid or truncated CSV at line 4 \(8 fields, expected 9\)",
        ),
    ],
)
def test_a_body_that_is_not_the_dataset_is_retried(hub, tmp_path, body, reason):
    hub.serve("DPO-UCHISTORICAL", Reply(body=body), Reply(body=HISTORICAL_CSV))
    assert fetch(hub, "DPO-UCHISTORICAL", tmp_path).path.read_bytes() == HISTORICAL_CSV
    hub.serve("DPO-UCHISTORICAL", Reply(body=body))
    with pytest.raises(DataHubError, match=rf"failed three times \(last: {reason}\) for http"):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path / "again")


@pytest.mark.parametrize(
    "body,fmt", [(b"[]", "json"), (HISTORICAL_CSV.split(b"\r\n")[0] + b"\r\n", "csv"), (b"", "csv")]
)
def test_an_empty_dataset_is_an_error_not_a_snapshot(hub, tmp_path, body, fmt):
    hub.serve("DPO-UCHISTORICAL", Reply(body=body), fmt=fmt)
    with pytest.raises(DataHubError, match=r"DPO-UCHISTORICAL: the Data Hub returned an empty dataset .* for http"):
        fetch(hub, "DPO-UCHISTORICAL", tmp_path, fmt=fmt)
    assert len(hub.asked("DPO-UCHISTORICAL", fmt)) == 1
    assert snapshot_files(tmp_path) == []


def test_json_download_and_read(hub, tmp_path):
    hub.serve("DPO-UCHISTORICAL", Reply(body=HISTORICAL_JSON), fmt="json")
    snap = fetch(hub, "DPO-UCHISTORICAL", tmp_path, fmt="json")
    assert snap.path.suffix == ".json" and snap.url.endswith("/data/DPO-UCHISTORICAL/json")
    assert hub.asked("DPO-UCHISTORICAL", "json")[0]["Accept"].startswith("application/json")
    release = historical.read(snap.path)
    assert release.format == "json" and [r.as_of for r in release.rows] == [dt.date(2023, 9, 30)] * 2
    assert snapshots.latest_snapshot(tmp_path, "DPO-UCHISTORICAL", "csv") is None


def test_a_changed_column_is_downloaded_but_not_read(hub, tmp_path):
    renamed = HISTORICAL_CSV.replace(b"male_personnel,mission", b"male_count,mission")
    hub.serve("DPO-UCHISTORICAL", Reply(body=renamed))
    snap = fetch(hub, "DPO-UCHISTORICAL", tmp_path)
    assert historical.looks_like(snap.path)  # recognised, so that the reader can say what changed
    with pytest.raises(
        DataHubError,
        match=rf"{snap.path.name}, line 1: not the DPO-UCHISTORICAL columns: "
        r"missing column 'male_personnel'; unexpected column 'male_count'",
    ):
        historical.read(snap.path)


def test_a_damaged_previous_snapshot_is_not_trusted(hub, tmp_path):
    hub.serve("DPO-UCLATEST", Reply(body=LATEST_CSV, etag='"r1"'))
    first = fetch(hub, "DPO-UCLATEST", tmp_path)
    first.path.write_bytes(LATEST_CSV[:50])
    again = fetch(hub, "DPO-UCLATEST", tmp_path)
    assert "If-None-Match" not in hub.asked("DPO-UCLATEST")[-1]
    assert again.changed and again.path != first.path and again.path.read_bytes() == LATEST_CSV


def test_unknown_dataset_and_latest_snapshot_without_any(tmp_path):
    with pytest.raises(DataHubError, match="DPO-NOPE: unknown Data Hub dataset; choose from DPO-UCHISTORICAL"):
        download.fetch("DPO-NOPE", tmp_path)
    assert snapshots.latest_snapshot(tmp_path, "DPO-UCLATEST") is None
    assert set(DATASETS) == {"DPO-UCHISTORICAL", "DPO-UCLATEST", "DPPADPOSS-FATALITIES", "DPPADPOSS-PKO"}


def test_snapshots_without_manifest_are_found_by_name(tmp_path):
    folder = tmp_path / "DPO-UCLATEST"
    folder.mkdir()
    for stamp in ("20231001T080000Z", "20231101T080000Z"):
        (folder / f"DPO-UCLATEST-{stamp}.csv").write_bytes(LATEST_CSV)
    assert snapshots.latest_snapshot(tmp_path, "DPO-UCLATEST").name == "DPO-UCLATEST-20231101T080000Z.csv"


# -------------------------------------------------------------------------------------------------- readers


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_historical_csv(tmp_path):
    path = write(tmp_path, "hist.csv", HISTORICAL_CSV)
    assert historical.looks_like(path) and not ranking.looks_like(path)
    release = historical.read(path)
    assert release.format == "csv" and release.path == path
    assert release.rows[0] == historical.HistoricalRow(
        dt.date(2023, 9, 30), "MINUSCA", "Peru", "PER", 604, "troops", 190, 12, 202, line=2
    )
    assert [(r.country, r.isocode3, r.m49_code, r.personnel_type, r.total, r.line) for r in release.rows] == [
        ("Peru", "PER", 604, "troops", 202, 2),
        ("Peru", "PER", 604, "staff_officer", 7, 3),
        ("Ghana", "GHA", 288, "troops", 700, 4),
        ("Nepal", "NPL", 524, "individual_police", 45, 5),
    ]
    assert release.months == [dt.date(2023, 8, 31), dt.date(2023, 9, 30)]
    assert contributors(release) == ["PER", "PER", "GHA", "NPL"]


def test_historical_json_with_epoch_milliseconds(tmp_path):
    path = write(tmp_path, "hist.json", HISTORICAL_JSON)
    assert historical.looks_like(path) and not ranking.looks_like(path)
    release = historical.read(path)
    assert release.format == "json"
    assert [(r.as_of, r.isocode3, r.m49_code, r.male, r.female, r.line) for r in release.rows] == [
        (dt.date(2023, 9, 30), "PER", 604, 190, 12, 1),
        (dt.date(2023, 9, 30), "GHA", 288, 600, 100, 2),
    ]
    assert contributors(release) == ["PER", "GHA"]


@pytest.mark.parametrize("printed", ["2023-09-30", "30/09/2023", "30-Sep-23", "30-SEP-2023", "2023-09-30T00:00:00"])
def test_date_formats(tmp_path, printed):
    path = write(tmp_path, "hist.csv", HISTORICAL_CSV.replace(b"2023-09-30", printed.encode()))
    assert historical.read(path).rows[0].as_of == dt.date(2023, 9, 30)


def test_swapped_code_columns_resolve_the_same_country(tmp_path):
    swapped = HISTORICAL_CSV.replace(b"Peru,1,12,PER,2023-09-30,604", b"Peru,1,12,604,2023-09-30,PER")
    release = historical.read(write(tmp_path, "s.csv", swapped))
    assert (release.rows[0].isocode3, release.rows[0].m49_code) == (604, "PER")  # as printed
    assert contributors(release)[0] == "PER"
    records = historical_json(isocode3=604, m49_code="PER")
    path = write(tmp_path, "s.json", json.dumps(records))
    assert contributors(historical.read(path))[0] == "PER"
    header = LATEST_CSV.split(b"\n")[0].replace(b"isocode3", b"TMP").replace(b"m49_code", b"isocode3")
    latest = header.replace(b"TMP", b"m49_code") + b"\n" + b"\n".join(LATEST_CSV.split(b"\n")[1:])
    assert ranked(ranking.read(write(tmp_path, "l.csv", latest))) == ["NPL", "GHA", "PER", "FJI"]


@pytest.mark.parametrize(
    "change,message",
    [
        (
            (b"2023-09-30,604,6,", b"2023-09-30,604,six,"),
            r"hist.csv, line 3: male_personnel 'six' is not a whole number",
        ),
        ((b"Ghana,3,100,", b"Ghana,3,-1,"), r"hist.csv, line 4: female_personnel '-1' is not a whole number"),
        (
            (b"Nepal,4,5,NPL,2023-08-31", b"Nepal,4,5,NPL,2023-02-30"),
            r"hist.csv, line 5: last_reporting_date "
            r"'2023-02-30' is not a date",
        ),
        ((b"Nepal,4,5,NPL,2023-08-31", b"Nepal,4,5,NPL,08/31/2023"), r"line 5: last_reporting_date '08/31/2023'"),
        ((b",MINUSCA,staff_officer", b",,staff_officer"), r"hist.csv, line 3: mission_acronym is empty"),
        ((b"UNIFIL,troops", b"UNIFIL,troops,extra"), r"hist.csv, line 4: 10 fields, expected 9"),
        ((b"Peru,1,12,PER", b"Peru,1,12,P3R"), r"hist.csv, line 2: isocode3 'P3R' is neither an ISO3 nor an M49 code"),
        (
            (b"Peru,2,1,PER,2023-09-30,604,6,MINUSCA,staff_officer", b"Peru,2,1,PER,2023-09-30,604,6,MINUSCA,troops"),
            r"hist.csv, line 3: Peru, MINUSCA, troops at 2023-09-30 repeats line 2",
        ),
    ],
)
def test_historical_errors_name_the_file_and_line(tmp_path, change, message):
    assert HISTORICAL_CSV.count(change[0]) == 1
    path = write(tmp_path, "hist.csv", HISTORICAL_CSV.replace(*change))
    with pytest.raises(DataHubError, match=message):
        historical.read(path)


@pytest.mark.parametrize(
    "change,message",
    [
        (
            (b"Peru,1,12,PER", b"Atlantis,1,12,PER"),
            r"hist.csv, line 2: 'Atlantis' is not a country name we know.* "
            r"\[isocode3 "
            r"'PER', m49_code 604\]",
        ),
        (
            (b"Peru,1,12,PER", b"Peru,1,12,GHA"),
            r"hist.csv, line 2: contributing_country 'Peru' \(Peru, PER\) disagrees with isocode3 "
            r"'GHA', the ISO3 code of "
            r"Ghana \(GHA\)",
        ),
        ((b"2023-09-30,288,600", b"2023-09-30,999,600"), r"hist.csv, line 4: m49_code 999: M49 code 999 is not in"),
        (
            (b"Peru,2,1,PER,2023-09-30,604,6,MINUSCA,staff_officer", b"PERU,2,1,PER,2023-09-30,604,6,MINUSCA,troops"),
            r"hist.csv, line 3: PERU \(PER\), MINUSCA, troops at 2023-09-30 repeats Peru on line 2",
        ),
    ],
)
def test_historical_countries_are_checked_at_ingest(tmp_path, change, message):
    """The reader gives names and codes as printed; resolving them (ingest) checks that they agree."""
    assert HISTORICAL_CSV.count(change[0]) == 1
    release = historical.read(write(tmp_path, "hist.csv", HISTORICAL_CSV.replace(*change)))
    with pytest.raises(DataHubError, match=message):
        contributors(release)


def test_historical_json_errors_name_the_item(tmp_path):
    path = write(tmp_path, "h.json", json.dumps(historical_json() + historical_json(male_personnel=1.5)[:1]))
    with pytest.raises(DataHubError, match=r"h.json, item 3: male_personnel 1.5 is not a whole number"):
        historical.read(path)
    path = write(tmp_path, "h.json", json.dumps(historical_json(last_reporting_date=epoch_ms("2023-09-30") + 3600)))
    with pytest.raises(DataHubError, match=r"h.json, item 1: last_reporting_date \d+ \(epoch milliseconds\) is not"):
        historical.read(path)
    path = write(tmp_path, "h.json", HISTORICAL_JSON[:-40])
    with pytest.raises(DataHubError, match=r"h.json, item 2: invalid or truncated JSON"):
        historical.read(path)
    records = historical_json()
    records[1]["personnel"] = records[1].pop("personnel_type")
    with pytest.raises(
        DataHubError,
        match=r"h.json, item 2: .*missing column 'personnel_type'; unexpected column "
        r"'personnel'",
    ):
        historical.read(write(tmp_path, "h.json", json.dumps(records)))
    path = write(tmp_path, "h.json", json.dumps(historical_json(m49_code=999.0)))
    with pytest.raises(DataHubError, match=r"h.json, item 1: m49_code 999: M49 code 999 is not in countries.csv"):
        contributors(historical.read(path))


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", r"x.csv: empty file"),
        (HISTORICAL_CSV.split(b"\r\n")[0] + b"\r\n", r"x.csv: no rows"),
        (b"[]", r"x.csv: no rows"),
        (HISTORICAL_CSV.replace(b"Ghana", "Gh\u00e2na".encode("latin-1")), r"x.csv, line 4: not UTF-8 \(byte 0xe2\)"),
    ],
)
def test_empty_or_undecodable_files(tmp_path, content, message):
    with pytest.raises(DataHubError, match=message):
        historical.read(write(tmp_path, "x.csv", content))


def test_latest_csv(tmp_path):
    path = write(tmp_path, "latest.csv", LATEST_CSV)
    assert ranking.looks_like(path) and not historical.looks_like(path)
    latest = ranking.read(path)
    assert latest.as_of == dt.date(2023, 9, 30) and latest.format == "csv"
    assert latest.rows[2] == ranking.RankingRow("Peru", "PER", 604, 3, 20, 210, 230, line=4)
    assert [(r.rank, r.total) for r in latest.rows] == [(1, 6000), (2, 3000), (3, 230), (3, 230)]
    assert ranked(latest) == ["NPL", "GHA", "PER", "FJI"]


def test_latest_json(tmp_path):
    records = [
        {
            "contributing_country": "Peru",
            "female_personnel": 20,
            "id": 7,
            "isocode3": "PER",
            "last_reporting_date": epoch_ms("2023-09-30"),
            "m49_code": 604,
            "male_personnel": 210,
            "personnel_contribution_rank": 1,
            "total_uniformed_personnel": 230,
        }
    ]
    path = write(tmp_path, "latest.json", json.dumps(records))
    assert ranking.looks_like(path)
    latest = ranking.read(path)
    assert latest.format == "json" and latest.as_of == dt.date(2023, 9, 30)
    assert latest.rows == [ranking.RankingRow("Peru", "PER", 604, 1, 20, 210, 230, line=1)]


@pytest.mark.archive
def test_the_real_ranking_of_january_2022():
    assert ranking.looks_like(RANKING_2022) and not historical.looks_like(RANKING_2022)
    latest = ranking.read(RANKING_2022)
    assert latest.as_of == dt.date(2022, 1, 31) and len(latest.rows) == 122
    iso3 = ranked(latest)
    peru = latest.rows[iso3.index("PER")]
    assert (peru.country, peru.rank, peru.total, peru.female, peru.male, peru.line) == ("Peru", 50, 230, 30, 200, 51)
    assert (peru.isocode3, peru.m49_code) == ("PER", 604)
    assert iso3[0] == "BGD" and latest.rows[0].rank == 1
    assert sum(r.total for r in latest.rows) == 75_252


@pytest.mark.parametrize(
    "change,message",
    [
        (
            (b"Peru,20,3,PER,30/09/2023,604,210,3,230", b"Peru,20,3,PER,30/09/2023,604,210,3,231"),
            r"latest.csv, line 4: total_uniformed_personnel 231 is not female 20 \+ male 210",
        ),
        (
            (b"Fiji,2,4,FJI,30/09/2023", b"Fiji,2,4,FJI,31/08/2023"),
            r"latest.csv, line 5: last_reporting_date 2023-08-31 differs from 2023-09-30 on line 2",
        ),
        ((b"Fiji,2,4,FJI,30/09/2023,242", b"Peru,2,4,PER,30/09/2023,604"), r"latest.csv, line 5: Peru repeats line 4"),
        (
            (b"Ghana,300,2,GHA,30/09/2023,288,2700,2,3000", b"Ghana,29,2,GHA,30/09/2023,288,200,2,229"),
            r"latest.csv, line 4: rank 3 \(Peru, 230\) does not follow the totals",
        ),
        (
            (b"personnel_contribution_rank", b"rank"),
            r"latest.csv, line 1: .*missing column "
            r"'personnel_contribution_rank'; unexpected column 'rank'",
        ),
    ],
)
def test_latest_errors_name_the_file_and_line(tmp_path, change, message):
    content = LATEST_CSV.replace(*change)
    assert content != LATEST_CSV
    with pytest.raises(DataHubError, match=message):
        ranking.read(write(tmp_path, "latest.csv", content))


@pytest.mark.parametrize(
    "change,message",
    [
        ((b"Nepal,200,1,NPL", b"Nepal,200,1,XXX"), r"latest.csv, line 2: isocode3 'XXX': ISO3 code XXX is not in"),
        (
            (b"Fiji,2,4,FJI,30/09/2023,242", b"PERU,2,4,PER,30/09/2023,604"),
            r"latest.csv, line 5: PERU \(PER\) repeats Peru on line 4",
        ),
    ],
)
def test_latest_countries_are_checked_at_ingest(tmp_path, change, message):
    content = LATEST_CSV.replace(*change)
    assert content != LATEST_CSV
    latest = ranking.read(write(tmp_path, "latest.csv", content))
    with pytest.raises(DataHubError, match=message):
        ranked(latest)


@pytest.mark.archive
def test_other_files_are_not_contribution_datasets():
    for path in [
        DATA / "datahub" / "metadata-all-2023-11.json",
        DATA / "datahub" / "DPPADPOSS-FATALITIES-2023-11-28.json",
        DATA / "fatalities" / "fatalities-2025-04-04.csv",
        DATA / "missions" / "missions-2024-02-19.csv",
    ]:
        assert not historical.looks_like(path) and not ranking.looks_like(path), path
