"""`update` against a hostile mirror (issue 14): a local folder (`--from`) or a local Data Hub serving truncated,
empty, wrong-column, huge, negative, duplicated, future-dated, slow or failing datasets. Each ends with one line
naming the dataset or file and exit code 1, the store byte-identical; `--datasets` is honoured; files that are not
the mirror's are refused unless `--skip-unknown`."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import stamina
from fixtures import small
from typer.testing import CliRunner

from peacekeeping import store
from peacekeeping.cli import app

runner = CliRunner()
IDS = {
    "DPO-UCHISTORICAL": small.HISTORICAL_FILE,
    "DPO-UCLATEST": small.LATEST_FILE,
    "DPPADPOSS-FATALITIES": small.FATALITIES_FILE,
    "DPPADPOSS-PKO": small.MISSIONS_FILE,
}
FIRST_ROW = "Peru,1,20,PER,2021-06-30,604,230,MINUSCA,troops"  # the historical file's first row as written


def _historical(small_inputs: Path) -> str:
    return (small_inputs / "datasets" / small.HISTORICAL_FILE).read_text(encoding="utf-8")


def _first_row(old: str, new: str) -> Callable[[str], bytes]:
    """The historical file's bytes made from its text with `old` changed to `new` in its first row."""
    return lambda text: text.replace(FIRST_ROW, FIRST_ROW.replace(old, new)).encode()


# name -> (what in the first row, changed to what, what the one line says after "DPO-UCHISTORICAL.csv, line 2: ")
FIRST_ROW_CHANGES = {
    "huge count": (",230,", ",2147483648,", "male_personnel 2,147,483,648 is above 200,000"),
    "negative": (",230,", ",-230,", "male_personnel '-230' is not a whole number"),
    "future date": ("2021-06-30", "2099-12-31", "last_reporting_date 2099-12-31 is in the future"),
    "1900": ("2021-06-30", "1900-01-31", "last_reporting_date 1900-01-31 is before 1948"),
}
HOSTILE = {  # name -> (the historical file's bytes made from its text, what the one line says)
    "truncated": (lambda t: t[: len(t) // 2 + 7].encode(), "DPO-UCHISTORICAL.csv, line "),
    "empty": (lambda t: b"", "DPO-UCHISTORICAL.csv: "),
    "wrong columns": (lambda t: t.replace("male_personnel,mission", "male_count,mission").encode(), "male_personnel"),
    **{
        name: (_first_row(old, new), f"DPO-UCHISTORICAL.csv, line 2: {says}")
        for name, (old, new, says) in FIRST_ROW_CHANGES.items()
    },
    "duplicate": (lambda t: (t + t.splitlines()[1] + "\r\n").encode(), "repeats line 2"),
    "utf-16": (lambda t: t.encode("utf-16"), "DPO-UCHISTORICAL.csv"),
    "one huge line": (lambda t: ("contributing_country," + "x" * 3_000_000).encode(), "DPO-UCHISTORICAL.csv"),
    "html": (lambda t: b"<html><body>Service unavailable</body></html>", "DPO-UCHISTORICAL.csv"),
}


@pytest.fixture(autouse=True)
def no_backoff():
    with stamina.set_testing(True, attempts=3, cap=True):
        yield


@pytest.fixture()
def db(small_copy) -> Path:
    return small_copy


@pytest.fixture()
def mirror(tmp_path, small_inputs) -> Path:
    folder = tmp_path / "mirror"
    folder.mkdir()
    for dataset_id, name in IDS.items():
        shutil.copyfile(small_inputs / "datasets" / name, folder / f"{dataset_id}.csv")
    return folder


def fails(db: Path, *args: str) -> str:
    """`update ARGS --db DB` fails with exit 1 and one line, the store byte-identical: that line."""
    before = db.read_bytes()
    result = runner.invoke(app, ["update", *args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output and len(result.stderr) < 1000
    assert db.read_bytes() == before
    return result.stderr.strip()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_in_a_mirror_is_one_line(db, mirror, small_inputs, case):
    make, says = HOSTILE[case]
    (mirror / "DPO-UCHISTORICAL.csv").write_bytes(make(_historical(small_inputs)))
    assert says in fails(db, "--from", str(mirror))


def test_only_the_datasets_asked_for_are_read(db, mirror, small_inputs):
    (mirror / "DPO-UCHISTORICAL.csv").write_bytes(b"")
    result = runner.invoke(
        app,
        ["update", "--from", str(mirror), "--datasets", "DPO-UCLATEST", "--datasets", "DPPADPOSS-PKO", "--db", str(db)],
    )
    assert result.exit_code == 0, result.output
    assert "DPO-UCHISTORICAL" not in result.stdout


def test_a_missing_dataset_and_an_unknown_one(db, mirror):
    (mirror / "DPO-UCLATEST.csv").unlink()
    assert fails(db, "--from", str(mirror)) == (
        f"Error: {mirror}: no DPO-UCLATEST.csv or DPO-UCLATEST.json (name "
        "the datasets the mirror holds with --datasets)"
    )
    assert fails(db, "--from", str(mirror), "--datasets", "DPO-NOPE").startswith("Error: unknown dataset(s) DPO-NOPE")


@pytest.mark.parametrize("name", ["report.pdf", "notes.txt", "DPO-UCHISTORICAL-2024.csv", "other.csv"])
def test_files_that_are_not_the_mirrors_are_refused_unless_skipped(db, mirror, name):
    (mirror / name).write_bytes(b"%PDF-1.4 something")
    assert fails(db, "--from", str(mirror)) == (
        f"Error: {mirror}: {name}: not a dataset file of a mirror (it holds only DPO-UCHISTORICAL.csv, "
        "DPO-UCLATEST.csv, DPPADPOSS-FATALITIES.csv, DPPADPOSS-PKO.csv, or .json): remove it, or add --skip-unknown"
    )
    result = runner.invoke(app, ["update", "--from", str(mirror), "--skip-unknown", "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_two_files_of_one_dataset_are_refused(db, mirror):
    shutil.copyfile(mirror / "DPO-UCLATEST.csv", mirror / "DPO-UCLATEST.json")
    assert fails(db, "--from", str(mirror)) == (
        f"Error: {mirror}: both DPO-UCLATEST.csv and DPO-UCLATEST.json: keep one of them"
    )


class _Hostile(BaseHTTPRequestHandler):
    """A local Data Hub: /public/data/{DATASET}/csv. `behaviour` says what DPO-UCHISTORICAL does."""

    folder: Path
    behaviour = "ok"
    body: bytes = b""

    def do_GET(self):  # noqa: N802 (the http.server interface)
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout): nothing to say
            pass

    def _answer(self) -> None:
        parts = self.path.strip("/").split("/")
        dataset = parts[-2] if len(parts) >= 2 else ""
        data = (
            self.body
            if dataset == "DPO-UCHISTORICAL" and self.body
            else (self.folder / f"{dataset}.csv").read_bytes()
            if (self.folder / f"{dataset}.csv").exists()
            else None
        )
        if data is None:
            self.send_error(404)
            return
        if dataset == "DPO-UCHISTORICAL" and self.behaviour == "500":
            self.send_error(500, "server error")
            return
        if dataset == "DPO-UCHISTORICAL" and self.behaviour == "slow":
            time.sleep(3)
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if dataset == "DPO-UCHISTORICAL" and self.behaviour == "cut":
            self.wfile.write(data[: len(data) // 2])  # the connection ends before the promised length
            return
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def hub(mirror):
    handler = type("Handler", (_Hostile,), {"folder": mirror})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/public/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("behaviour", "says"), [("500", "DPO-UCHISTORICAL"), ("slow", "DPO-UCHISTORICAL"), ("cut", "DPO-UCHISTORICAL")]
)
def test_a_hostile_data_hub_is_one_line(db, hub, behaviour, says):
    handler, url = hub
    handler.behaviour = behaviour
    message = fails(db, "--base-url", url, "--retries", "1", "--timeout", "1")
    assert says in message


@pytest.mark.parametrize("case", ["huge count", "negative", "duplicate", "future date", "empty", "wrong columns"])
def test_a_hostile_download_is_one_line(db, hub, small_inputs, case):
    handler, url = hub
    make, says = HOSTILE[case]
    handler.body = make(_historical(small_inputs)) or b" "
    message = fails(db, "--base-url", url, "--retries", "0", "--timeout", "5")
    assert "DPO-UCHISTORICAL" in message
    with store.connect(db) as con:  # the store still answers as before
        assert con.execute("SELECT count(*) FROM contributions").fetchone()[0] == 88
