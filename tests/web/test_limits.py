"""No request unbounded, no write from another site, no server detail in an error (issue 28.3, 28.4, 28.7), on a real
`peacekeeping serve` process: one body size limit for every POST, checked before the body is read (Content-Length
and streamed); CORS for reads only, POSTs from a foreign Origin refused; static 404/405 in the error shape (the 405
with Allow), `/static/%00` a 404; a damaged or missing store a 503 that shows no path and no DuckDB words."""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import time
from pathlib import Path

import pytest
from served import serving

from peacekeeping.web.deps import MAX_BODY

LIMIT = "the request body is larger than the limit of 2 MiB (2,097,152 bytes)"
JSON = {"content-type": "application/json", "accept": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded", "accept": "text/html"}
EVIL = "https://evil.example"


@pytest.fixture(scope="module")
def server(small_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("limits")
    with serving(small_store[0], folder / "serve.log") as served:
        yield served


def _partial(port: int, path: str, headers: dict[str, str], sent: bytes, timeout: float = 10):
    """A request that announces (or streams) more than it sends, then waits for the answer: (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.putrequest("POST", path)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.endheaders()
        try:
            conn.send(sent)
        except (BrokenPipeError, ConnectionResetError):  # the server answered and closed first
            pass
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_a_json_body_announced_over_the_limit_is_a_413_before_it_is_sent(server):
    """A 60 MB body: the answer comes after the headers and 64 KB of it (the rest is never read)."""
    status, headers, body = _partial(
        server.port, "/api/v1/check", {**JSON, "content-length": str(60 * 2**20)}, b'{"text": "' + b"1" * 65536
    )
    assert status == 413
    assert json.loads(body)["error"] == {"status": 413, "type": "too_large", "message": LIMIT, "suggestions": []}


def test_a_streamed_body_over_the_limit_is_a_413(server):
    """No Content-Length (chunked): counted as it arrives, refused once past the limit."""
    chunk = b"1" * 65536
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(MAX_BODY // len(chunk) + 8))
    status, _, body = _partial(
        server.port, "/api/v1/check", {**JSON, "transfer-encoding": "chunked"}, b'a\r\n{"text": "\r\n' + chunks
    )
    assert status == 413 and json.loads(body)["error"]["message"] == LIMIT


def test_a_form_over_the_limit_is_a_413_page(server):
    status, headers, body = _partial(
        server.port, "/check", {**FORM, "content-length": str(MAX_BODY + 1)}, b"text=" + b"1" * 65536
    )
    assert status == 413 and headers["content-type"].startswith("text/html")
    assert "2 MiB" in body.decode()


@pytest.mark.parametrize("path", ["/api/v1/check", "/api/check"])
def test_a_body_at_the_limit_is_read_and_judged(server, path):
    """2 MiB of JSON is read: its text, past the 100,000 characters a check takes, is a 422, not a 413."""
    body = json.dumps({"text": "1" * (MAX_BODY - 12)}).encode()
    assert len(body) == MAX_BODY
    status, _, error = server.error("POST", path, body=body, headers=JSON)
    assert status == 422 and "100000" in error["message"]


def test_reads_are_open_to_every_origin(server):
    status, headers, _ = server.request("GET", "/api/v1/world", headers={"origin": EVIL})
    assert status == 200 and headers["access-control-allow-origin"] == "*"


FOREIGN = [
    {"origin": EVIL},
    {"origin": "null"},
    {"origin": "http://127.0.0.1.evil.example"},
    {"origin": "http://localhost:1"},
    {"origin": EVIL, "sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "cross-site"},
    {"origin": "null", "sec-fetch-site": "same-site"},
]
OWN = [
    {"origin": "{base}"},
    {},
    {"origin": "null", "sec-fetch-site": "same-origin"},
    {"origin": "{base}", "sec-fetch-site": "same-origin"},
]


@pytest.mark.parametrize("sent", FOREIGN, ids=lambda h: " ".join(h.values()))
def test_a_check_from_another_origin_is_refused(server, sent):
    status, headers, error = server.error(
        "POST", "/api/v1/check", body=json.dumps({"text": "270 troops"}).encode(), headers={**JSON, **sent}
    )
    assert status == 403 and error["type"] == "foreign_origin"
    assert "access-control-allow-origin" not in headers
    status, headers, body = server.request("POST", "/check", body=b"text=270+troops", headers={**FORM, **sent})
    assert status == 403 and headers["content-type"].startswith("text/html")
    assert "access-control-allow-origin" not in headers


@pytest.mark.parametrize("sent", OWN, ids=lambda h: " ".join(h.values()) or "no origin")
def test_a_check_from_the_servers_own_pages_or_without_origin_is_answered(server, sent):
    """A form posted by a browser from the site's pages says 'Origin: null' (Referrer-Policy no-referrer) and
    'Sec-Fetch-Site: same-origin'; curl says neither."""
    extra = {name: value.format(base=server.base) for name, value in sent.items()}
    status, headers, body = server.request(
        "POST", "/api/v1/check", body=json.dumps({"text": "270 troops"}).encode(), headers={**JSON, **extra}
    )
    assert status == 200, body[:300]
    assert "access-control-allow-origin" not in headers
    status, headers, _ = server.request("POST", "/check", body=b"text=270+troops", headers={**FORM, **extra})
    assert status == 200 and "access-control-allow-origin" not in headers


def test_a_preflight_for_a_post_is_not_granted(server):
    status, headers, _ = server.request(
        "OPTIONS",
        "/api/v1/check",
        headers={
            "origin": EVIL,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert "POST" not in headers.get("access-control-allow-methods", "")


@pytest.mark.parametrize("path", ["/static/%00", "/static/no-such-file.css", "/static/a%00b.css", "/static/.."])
def test_a_missing_static_file_is_a_404_in_the_error_shape(server, path):
    status, _, error = server.error("GET", path)
    assert status == 404 and error["type"] == "not_found"


def test_a_static_file_with_another_method_is_a_405_with_allow(server):
    status, headers, error = server.error("POST", "/static/app.css")
    assert status == 405 and error["type"] == "method_not_allowed"
    assert headers["allow"] == "GET, HEAD"


def test_a_damaged_or_missing_store_is_a_503_without_paths_or_duckdb_words(small_store, tmp_path):
    db = tmp_path / "store" / "s.duckdb"
    db.parent.mkdir()
    shutil.copyfile(small_store[0], db)
    with serving(db, tmp_path / "serve.log") as served:
        assert served.request("GET", "/api/v1/world")[0] == 200
        cut = tmp_path / "store" / "cut.duckdb"
        cut.write_bytes(small_store[0].read_bytes()[:65536])
        cut.replace(db)  # as a damaged copy put in place
        deadline = time.monotonic() + 30
        while served.request("GET", "/api/v1/world")[0] == 200:  # the previous store until the new one is opened
            assert time.monotonic() < deadline, "the damaged store was never opened"
        for path in ("/api/v1/world", "/api/totals", "/"):
            status, _, error = served.error("GET", path, headers={"accept": "application/json"})
            assert status == 503 and error["type"] == "store_unreadable", error
            assert str(tmp_path) not in error["message"] and "duckdb" not in error["message"].lower()
            assert "IO Error" not in error["message"] and "/" not in error["message"], error
        status, _, page = served.request("GET", "/", headers={"accept": "text/html"})
        assert status == 503 and str(tmp_path).encode() not in page and b"IO Error" not in page
        db.unlink()
        status, _, error = served.error("GET", "/api/v1/world")
        assert status == 503 and error["type"] == "no_store" and "/" not in error["message"], error
    assert str(db) in Path(tmp_path / "serve.log").read_text()  # the details are in the server's log


def test_the_server_still_answers_after_refusals(server):
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"GET /static/%00 HTTP/1.1\r\nHost: x\r\n\r\n")
        assert s.recv(100).startswith(b"HTTP/1.1 404")
    assert server.request("GET", "/api/v1/world")[0] == 200
