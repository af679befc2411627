"""A server process's memory (issue 27.5): what it imports, and the bounds of what it keeps per store generation."""

from __future__ import annotations

import subprocess
import sys

import pytest

from peacekeeping import news
from peacekeeping.facts import cache
from peacekeeping.web import app, reads, warm

WRITERS_ONLY = ("pyarrow", "docx", "lxml")  # ~60 MB a process that only reads and answers does not need
# an HTTP client (and the console libraries it loads), the checker itself (its worker processes run it): ~7 MB
READERS_NEED_NOT = ("httpx", "rich", "pygments", "peacekeeping.check.verify", "peacekeeping.check.extract")


def test_a_server_process_imports_neither_pyarrow_nor_python_docx(tmp_path):
    code = (
        "import sys\n"
        "from peacekeeping.web import app, checks\n"
        "from peacekeeping import check, news\n"
        "app.create_app(sys.argv[1])\n"
        f"print(sorted(m for m in {WRITERS_ONLY + READERS_NEED_NOT!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.duckdb")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_pages_warmed_at_the_start_are_cached_as_browsers_ask_them(small_store):
    """warm.pages asks the app itself (no HTTP client): the page a browser then asks (HTML, gzip) is a cached one."""
    from starlette.testclient import TestClient

    app_ = app.create_app(small_store[0])
    with TestClient(app_) as client:
        client.portal.call(warm.pages, app_, ("/",))  # in the client's event loop, as the server's lifespan does
        assert [(k[1], k[3]) for k in app_.state.cache._items] == [("/", ("html ", "gzip"))]
        answer = client.get("/", headers={"accept": "text/html", "accept-encoding": "gzip, deflate, br"})
    assert answer.status_code == 200 and "server-timing" not in answer.headers  # served from the cache


@pytest.mark.archive
def test_a_server_process_keeps_no_table_of_every_countrys_types_missions_or_series(full_con):
    """Pages of a country read its types and missions, the news a few countries' series, not tables of all of them
    (16 and 10-14 MB a server process on the archive, issue 27.5)."""
    cache.forget()
    reads.points(full_con, "PER")
    reads.country_missions(full_con, "PER")
    news.build(full_con, None)
    kept = cache._STORES[cache.generation(full_con)]
    assert not {"country_types", "country_missions", "country series"} & set(kept.tables)
    assert not any(k[:2] == ("web", "series") for k in kept.items)  # the series' points only, not its models
    cache.forget()
