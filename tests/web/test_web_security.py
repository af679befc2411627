"""Defence in depth on the server (issue 14): a sealed DuckDB connection, security headers on every answer, brief
error bodies, 500s that say "internal error" with a request id (the traceback only in the log), and a damaged store
answered with a 503, never a 500."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from peacekeeping.web import security
from peacekeeping.web.app import create_app

HEADERS = {"content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"}


@pytest.fixture()
def client(small_store):
    with TestClient(create_app(small_store[0]), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('/etc/passwd', sep = ':')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM glob('/etc/*')",
        "ATTACH '/tmp/peacekeeping-sealed.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "RESET enable_external_access",
    ],
)
def test_the_servers_connection_cannot_reach_files_or_change_its_settings(client, query):
    cursor = client.app.state.store.cursor()
    with pytest.raises(duckdb.Error):
        cursor.execute(query).fetchall()
    assert cursor.execute("SELECT count(*) FROM contributions").fetchone()[0] == 88  # and it still reads the store


def test_the_servers_connection_cannot_write_files(client, tmp_path):
    target = tmp_path / "out.csv"
    cursor = client.app.state.store.cursor()
    with pytest.raises(duckdb.Error, match="disabled"):
        cursor.execute(f"COPY (SELECT * FROM contributions) TO '{target}'")
    assert not target.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/api/months",
        "/api/months",
        "/api/profile/Peru?as_of=2022-06",
        "/",
        "/country/Peru",
        "/static/app.css",
        "/api/profile/Atlantis",
        "/api/ranking?by=x",
        "/no/such/page",
    ],
)
def test_security_headers_on_every_answer(client, url):
    response = client.get(url)
    assert HEADERS <= set(response.headers), url
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize(
    "url",
    [
        "/api/profile/{big}",
        "/country/{big}",
        "/api/profile/Peru?as_of={big}",
        "/api/ranking?as_of={big}",
        "/api/missions/{big}",
    ],
)
def test_error_bodies_quote_little_of_a_long_input(client, url):
    big = "x" * 60_000  # as long as a URL may be (the HTTP client refuses 64 KiB)
    response = client.get(url.format(big=big), headers={"accept": "application/json"})
    assert 400 <= response.status_code < 500
    assert len(response.content) < 2_000, len(response.content)
    assert "x" * 201 not in response.text


def test_a_500_says_internal_error_with_a_request_id_and_logs_the_traceback(small_store, caplog):
    app = create_app(small_store[0])

    def broken() -> dict:
        raise ZeroDivisionError("secret detail of the server")

    app.add_api_route("/api/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.ERROR):
        response = client.get("/api/broken")
        page = client.get("/api/broken", headers={"accept": "text/html"})
    assert response.status_code == 500 and HEADERS <= set(response.headers)
    error = response.json()["error"]
    assert error["type"] == "internal_error" and "secret" not in response.text and "ZeroDivision" not in response.text
    request_id = re.fullmatch(r"internal error; request id ([0-9a-f]{16})", error["message"])[1]
    logged = [r for r in caplog.records if request_id in r.getMessage()]
    assert logged and logged[0].exc_info[0] is ZeroDivisionError
    assert page.status_code == 500 and "secret" not in page.text


@pytest.fixture(scope="module")
def cut_store(small_store, tmp_path_factory) -> Path:
    """The small store cut short where DuckDB still opens it and fails on a query."""
    data = small_store[0].read_bytes()
    folder = tmp_path_factory.mktemp("cut-web")
    for size in range(65536, len(data), 65536):
        path = folder / "cut.duckdb"
        path.write_bytes(data[:size])
        con = duckdb.connect()
        try:
            con.execute("ATTACH ? AS s (READ_ONLY)", [str(path)])
            for table in ("cells", "notes", "months", "country_months", "reports", "contributions", "meta"):
                con.execute(f"SELECT * FROM s.{table}").fetchall()
        except duckdb.Error:
            if con.execute("SELECT count(*) FROM duckdb_databases() WHERE database_name = 's'").fetchone()[0]:
                return path
        finally:
            con.close()
    pytest.fail("no cut of the store opens and then fails")


@pytest.mark.parametrize(
    "url", ["/api/profile/Peru", "/api/ranking", "/api/months", "/api/totals", "/", "/country/Peru", "/api/missions"]
)
def test_a_damaged_store_is_a_503_never_a_500(cut_store, small_store, tmp_path, url):
    for db in (cut_store, tmp_path / "missing.duckdb"):
        with TestClient(create_app(db), raise_server_exceptions=False) as client:
            response = client.get(url, headers={"accept": "application/json"})
        assert response.status_code == 503, (url, response.text[:300])
        assert response.json()["error"]["type"] in ("store_unreadable", "no_store")
        assert "Traceback" not in response.text


def test_messages_and_suggestions_are_cut():
    error = security.brief(security.ApiError(404, "x", "y" * 10_000, ["z" * 1000] * 50))
    assert len(error.message) < 900 and len(error.suggestions) == 10 and len(error.suggestions[0]) == 200


def test_the_store_swap_syncs_its_folder(tmp_path, small_store, monkeypatch):
    """The rename of the new store into place is made durable: the folder is fsynced after os.replace."""
    import os

    from peacekeeping import store

    db = tmp_path / "s.duckdb"
    shutil.copyfile(small_store[0], db)
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with store.writer(db), store.writing(db) as con:
        con.execute("SELECT 1")
    assert synced[-1] == str(tmp_path) and synced[-2].endswith(".tmp")
