"""The server answers while an ingest swaps the store under it: every answer whole, from one store or the next.

The app runs in uvicorn on 127.0.0.1 (a free port) in a thread; ingests of one report after another into the same
store path run in a child process (or a thread of the server's process), each swapping in a new store file. Client
threads hammer /api/totals and /api/profile/Peru?as_of=2022-06 meanwhile, a bounded number of times. Every answer
must be a 200 whose figures are those of one of the stores the ingests go through, never a mix, never an error; and
once the ingests are done and the last store is warm, the server answers from it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import uvicorn
from conftest import report

from peacekeeping import facts, store
from peacekeeping.ingest import ingest
from peacekeeping.web.app import create_app
from peacekeeping.web.state import ResponseCache, StoreHandle

pytestmark = pytest.mark.archive

BASE = ["2022_01", "2022_02", "2022_03", "2022_04", "2022_05"]
ADDED = ["2022_06", "2022_08", "2022_09"]  # one store swap each (2022-07 is missing)
URLS = ["/api/totals", "/api/profile/Peru?as_of=2022-06"]
CLIENTS = 12
MAX_REQUESTS = 3000
TIME_LIMIT = 60.0  # seconds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def stages(archive) -> dict[str, set[tuple]]:
    """The answers each store along the way may give: (month, personnel) of the latest month for /api/totals,
    (month, total) of Peru's profile for June 2022 (May's until June is in)."""
    with store.connect(archive[0]) as con:
        months = ["2022-05", *(f"{label[:4]}-{label[5:]}" for label in ADDED)]
        totals = [(m, facts.totals(con, m).to_dict()["personnel"]) for m in months]
        peru = [
            (p.month.month, p.total) for p in (facts.country_profile(con, "Peru", m) for m in ("2022-05", "2022-06"))
        ]
    return {
        "initial": {URLS[0]: totals[0], URLS[1]: peru[0]},
        "final": {URLS[0]: totals[-1], URLS[1]: peru[1]},
        URLS[0]: set(totals),
        URLS[1]: set(peru),
    }


@pytest.fixture(params=["cached", "uncached"])
def served(request, tmp_path_factory):
    """(store path, base URL, the app's store handle): a store of five reports, served by uvicorn in a thread; with the
    app's answer cache, or without it, so that every request reads the store (the worst case for following it)."""
    base = tmp_path_factory.getbasetemp() / "concurrency-base.duckdb"
    if not base.exists():
        ingest([report(label) for label in BASE], base)
    db = tmp_path_factory.mktemp("served") / "store.duckdb"
    shutil.copyfile(base, db)
    app = create_app(db)
    if request.param == "uncached":
        app.state.cache = ResponseCache(size=0)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield db, f"http://127.0.0.1:{port}", app.state.store
    server.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


def _answer(response: httpx.Response, url: str) -> tuple:
    body = response.json()
    if url == URLS[0]:
        return body["month"]["month"], body["personnel"]
    return body["month"]["month"], body["total"]


def _hammer(base_url: str, done: threading.Event, budget: list[int], lock: threading.Lock) -> list[tuple]:
    """Requests until the ingests are done or time is up, (url, status, answer or text); once the budget is spent,
    one every 50 ms, so that a slow writer (a loaded machine) is still watched to its end."""
    seen = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        i = 0
        started = time.monotonic()
        while not done.is_set() and time.monotonic() - started < TIME_LIMIT:
            with lock:
                spent = budget[0] <= 0
                budget[0] -= 1
            if spent:
                time.sleep(0.05)
            url = URLS[i % len(URLS)]
            i += 1
            try:
                response = client.get(url)
            except httpx.TransportError as exc:  # the server dropped the connection: no answer at all
                seen.append((url, None, repr(exc)))
                continue
            if response.status_code == 200:
                seen.append((url, 200, _answer(response, url)))
            else:
                seen.append((url, response.status_code, response.text[:300]))
    return seen


def _ingest_in_child(db: Path) -> subprocess.Popen:
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom peacekeeping.ingest import ingest\n"
        "for path in sys.argv[2:]:\n    ingest([Path(path)], Path(sys.argv[1]))\n    time.sleep(0.1)\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(db), *(str(report(label)) for label in ADDED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
@pytest.mark.parametrize("writer", ["process", "thread"])
def test_answers_during_ingests_are_whole(served, stages, writer):
    db, base_url, handle = served
    with httpx.Client(base_url=base_url) as client:  # the store before: the initial answers
        for url in URLS:
            response = client.get(url)
            assert response.status_code == 200, response.text
            assert _answer(response, url) == stages["initial"][url]

    done, lock, budget = threading.Event(), threading.Lock(), [MAX_REQUESTS]
    with ThreadPoolExecutor(CLIENTS) as pool:
        clients = [pool.submit(_hammer, base_url, done, budget, lock) for _ in range(CLIENTS)]
        time.sleep(0.2)
        if writer == "process":
            child = _ingest_in_child(db)
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err.decode()[-2000:]
        else:
            for label in ADDED:
                ingest([report(label)], db)
                time.sleep(0.1)
        done.set()
        seen = [answer for future in clients for answer in future.result()]

    errors = [s for s in seen if s[1] != 200]
    assert not errors, f"{len(errors)} of {len(seen)} answers failed, e.g. {errors[:3]}"
    torn = [s for s in seen if s[2] not in stages[s[0]]]
    assert not torn, f"{len(torn)} answers match no store along the way, e.g. {torn[:3]}"
    assert len(seen) >= 100
    observed = {s[2] for s in seen if s[0] == URLS[0]}
    assert len(observed) >= 2, f"the answers never changed: {observed}"

    with httpx.Client(base_url=base_url) as client:  # the store after: the final answers, once it is warm
        assert client.get(URLS[0]).status_code == 200  # the last swap seen (if the clients had not)
        assert handle.settle(), "the last store's warm-up did not end"
        for url in URLS:
            response = client.get(url)
            assert response.status_code == 200, response.text
            assert _answer(response, url) == stages["final"][url]


def test_a_request_under_way_keeps_its_store_when_the_next_one_reopens_it(tmp_path):
    """The race the hammering above can hit: request A holds a cursor, an ingest swaps the store, request B's
    cursor() reopens it. A must finish on the store it started on (closing the old connection closed A's cursor:
    "Connection already closed", a 500)."""
    db = tmp_path / "store.duckdb"
    ingest([report("2022_05")], db)
    handle = StoreHandle(db)
    query = "SELECT count(DISTINCT as_of) FROM contributions"
    try:
        under_way = handle.cursor()
        ingest([report("2022_06")], db)
        during = handle.cursor()  # it sees the new file, and reads the previous one while the new one is warmed
        assert during.execute(query).fetchone() == (1,)
        handle.release(during)
        assert handle.settle(), "the new store's warm-up did not end"
        following = handle.cursor()
        assert following.execute(query).fetchone() == (2,)
        assert under_way.execute(query).fetchone() == (1,)
        under_way.close()
        following.close()
        assert handle.cursor().execute(query).fetchone() == (2,)
    finally:
        handle.close()
