"""Data Hub datasets: historical contributions and the latest ranking in the store, and `update` over HTTP."""

from __future__ import annotations

import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
import stamina
from conftest import DATA, ROOT
from typer.testing import CliRunner

from peacekeeping import facts, store
from peacekeeping.cli import app
from peacekeeping.facts import quality
from peacekeeping.facts.models import dump
from peacekeeping.ingest import ingest

pytestmark = pytest.mark.archive

HISTORICAL = ROOT / "tests" / "fixtures" / "datahub" / "historical.csv"
RANKING = DATA / "contributions" / "ranking-2022-01-31.csv"


@pytest.fixture(autouse=True)
def no_backoff():
    """stamina's test mode: downloads are retried as asked (up to 10 attempts), without waiting in between."""
    with stamina.set_testing(True, attempts=10, cap=True):
        yield


@pytest.fixture()
def db(archive, tmp_path):
    """A copy of the archive store to change."""
    path = tmp_path / "store.duckdb"
    shutil.copyfile(archive[0], path)
    return path


def test_months_no_report_covers_come_from_the_data_hub(db):
    summary = ingest([HISTORICAL], db)
    assert [(o.file, o.status) for o in summary.outcomes] == [("historical.csv", "ingested")]
    with store.connect(db) as con:
        december = facts.country_profile(con, "Peru", "2014-12")
        assert (december.total, december.women, december.month.report) == (315, 11, "historical.csv")
        january = facts.country_profile(con, "Argentina", "2015-01")
        assert january.month.report == "UN_country_contributions_2015_01.pdf"  # the report wins
        assert january.total == 880
        flags = [f for f in dump(quality.flags(con)) if f["kind"] == "source_disagreement"]
    unficyp = [f for f in flags if f["mission"] == "UNFICYP"]
    assert [(f["iso3"], f["personnel_type"], f["detail"], f["report"], f["page"]) for f in unficyp] == [
        (
            "ARG",
            "Troops",
            "report 267 against DPO-UCHISTORICAL 266 (historical.csv, line 5)",
            "UN_country_contributions_2015_01.pdf",
            1,
        )
    ]
    assert {f["iso3"] for f in flags} == {"ARG"}


def test_official_ranking_agrees_and_a_changed_rank_is_flagged(db, archive, tmp_path):
    ingest([RANKING], db)
    with store.connect(db) as con:
        assert [f for f in dump(quality.flags(con)) if f["kind"] == "ranking_mismatch"] == []
    db = tmp_path / "other.duckdb"
    shutil.copyfile(archive[0], db)
    # A ranking that puts Peru (230 in the report) ahead of El Salvador (238) with 240 personnel.
    text = RANKING.read_text(encoding="utf-8-sig").splitlines()
    text = [
        row.replace("PER,604,Peru,50,30,200,230", "PER,604,Peru,49,30,210,240").replace(
            "SLV,222,El Salvador,49,", "SLV,222,El Salvador,50,"
        )
        for row in text
    ]
    changed = tmp_path / "ranking-changed.csv"
    changed.write_text("\n".join(text) + "\n", encoding="utf-8")
    ingest([changed], db)
    with store.connect(db) as con:
        mismatches = [f for f in dump(quality.flags(con)) if f["kind"] == "ranking_mismatch"]
    assert sorted((f["iso3"], f["detail"]) for f in mismatches) == [
        ("PER", "DPO-UCLATEST ranks it 49 (ranking-changed.csv, line 51), the report gives rank 50"),
        ("SLV", "DPO-UCLATEST ranks it 50 (ranking-changed.csv, line 50), the report gives rank 49"),
    ]


class _Hub(SimpleHTTPRequestHandler):
    """Serves /public/data/{DATASET}/csv from a folder of {DATASET}.csv files; /fail/... answers 500."""

    failing: set[str] = set()

    def do_GET(self):  # noqa: N802 (the http.server interface)
        parts = self.path.strip("/").split("/")
        dataset = parts[-2] if len(parts) >= 2 else ""
        if dataset in self.failing:
            self.send_error(500, "server error")
            return
        self.path = f"/{dataset}.csv"
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture()
def hub(tmp_path):
    """A local Data Hub serving the four datasets (real fatalities, missions and ranking; a hand-made history)."""
    folder = tmp_path / "hub"
    folder.mkdir()
    shutil.copyfile(HISTORICAL, folder / "DPO-UCHISTORICAL.csv")
    shutil.copyfile(RANKING, folder / "DPO-UCLATEST.csv")
    shutil.copyfile(DATA / "fatalities" / "fatalities-2025-04-04.csv", folder / "DPPADPOSS-FATALITIES.csv")
    shutil.copyfile(DATA / "missions" / "missions-2024-02-19.csv", folder / "DPPADPOSS-PKO.csv")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Hub, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/public/"
    server.shutdown()
    _Hub.failing = set()


def _update(db, url, *extra):
    return CliRunner().invoke(
        app, ["update", "--base-url", url, "--retries", "1", "--timeout", "5", "--db", str(db), *extra]
    )


def test_update_downloads_snapshots_and_ingests_once(db, hub):
    folder, url = hub
    result = _update(db, url)
    assert result.exit_code == 0, result.stderr
    assert "DPO-UCHISTORICAL: new snapshot" in result.stdout
    manifest = (db.parent / "snapshots" / "manifest.json").read_text()
    assert "sha256" in manifest and url in manifest
    with store.connect(db) as con:
        assert facts.fatalities(con, "Peru", "2022-10-12").to_dict()["count"] == 8
        assert facts.country_profile(con, "Peru", "2014-12").total == 315
    before = db.read_bytes()
    again = _update(db, url)
    assert again.exit_code == 0 and "DPO-UCLATEST: unchanged" in again.stdout
    assert db.read_bytes() == before


def _fails(db, url) -> str:
    """`update` from the hub at `url` fails with exit 1, the store byte-identical: what it says."""
    before = db.read_bytes()
    result = _update(db, url)
    assert result.exit_code == 1
    assert db.read_bytes() == before
    return result.stderr


def test_update_server_error_leaves_the_store_untouched(db, hub):
    _, url = hub
    _Hub.failing = {"DPPADPOSS-FATALITIES"}
    stderr = _fails(db, url)
    assert "DPPADPOSS-FATALITIES" in stderr and "500" in stderr


def test_update_changed_column_is_a_clear_error(db, hub):
    folder, url = hub
    path = folder / "DPO-UCHISTORICAL.csv"
    path.write_text(path.read_text().replace("male_personnel,mission", "male_count,mission"))
    assert "male_personnel" in _fails(db, url)


def test_update_from_a_local_mirror(db, hub):
    folder, _ = hub
    result = CliRunner().invoke(app, ["update", "--from", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    with store.connect(db) as con:
        assert facts.country_profile(con, "Peru", "2014-12").total == 315
