"""The server answers while an ingest swaps the store under it: every answer whole, from one store or the next.

The app runs in uvicorn on 127.0.0.1 (a free port) in a thread; ingests of one report after another into the same
store path run in a child process (or a thread of the server's process), each swapping in a new store file. Client
threads hammer /api/totals and /api/profile/Peru?as_of=2022-06 meanwhile, a bounded number of times. Every answer
must be a 200 whose figures are those of one of the stores the ingests go through, never a mix, never an error; and
once the ingests are done and the last store is warm, the server answers from it.
"""

from __future__ import annotations

import json
import os
import re
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
from conftest import DATA, report
from served import CLI, serving

from peacekeeping import facts, store
from peacekeeping.facts import cache
from peacekeeping.ingest import ingest
from peacekeeping.web import state
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
    """Requests until the ingests are done and the last store served (one more request after that) or time is up,
    (url, status, answer or text); once the budget is spent, one every 50 ms, so that a slow writer (a loaded
    machine) is still watched to its end."""
    seen = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        i = 0
        started = time.monotonic()
        last = False
        while not last and time.monotonic() - started < TIME_LIMIT:
            last = done.is_set()
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


def _serving_the_file(handle: StoreHandle, timeout: float = 60) -> bool:
    """Wait until the server reads the store file now in place (a newer one is warmed first, or served anyway after
    state.SWAP_WITHIN seconds: web/state.py); a warm-up that goes on after the swap is not waited for."""
    deadline = time.monotonic() + timeout
    while handle.version() != handle.on_disk():  # asking the version starts the warm-up of a newer file
        if time.monotonic() > deadline:
            return False
        handle.settle(min(0.5, max(0.0, deadline - time.monotonic())))
    return True


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
        waited = time.monotonic()
        served_now = _serving_the_file(handle)
        done.set()
        assert served_now, (
            f"the last store not served after {time.monotonic() - waited:.0f} s: warming {handle.warming()}, "
            f"serving {handle.version()}, on disk {handle.on_disk()}"
        )
        seen = [answer for future in clients for answer in future.result()]

    errors = [s for s in seen if s[1] != 200]
    assert not errors, f"{len(errors)} of {len(seen)} answers failed, e.g. {errors[:3]}"
    torn = [s for s in seen if s[2] not in stages[s[0]]]
    assert not torn, f"{len(torn)} answers match no store along the way, e.g. {torn[:3]}"
    assert len(seen) >= 100
    observed = {s[2] for s in seen if s[0] == URLS[0]}
    assert len(observed) >= 2, f"the answers never changed: {observed}"

    with httpx.Client(base_url=base_url) as client:  # the store after: the final answers
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


WARM_COUNTRIES = ["PER", "IND", "NPL", "BGD", "PAK", "GHA", "RWA", "SEN", "FRA", "ITA", "CHN", "IDN", "URY", "FJI"]
WARM_MONTHS = [f"{y}-{m:02d}" for y in (2016, 2018, 2020, 2022, 2024) for m in (1, 4, 6, 9, 12)]
WARMING = "the store changed: warming it"  # the server's log when a request finds a newer store file (web/state.py)
SWAPPED = "answering from the new store"  # the server's log once the new store is warm and served


class _Reader:
    """A client in a thread asking for country profiles of many months (most not in the answer cache: each reads the
    store's tables) until stopped: (started, seconds, status, whether it carries fatalities) per answer."""

    def __init__(self, served):
        self.served, self.seen = served, []
        self.goal: tuple[float, int] = (0.0, 0)
        self.reached, self.stopped = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def answered_since(self, since: float, count: int, timeout: float) -> bool:
        """Wait until `count` answers of requests started at `since` or later are in (False after `timeout`)."""
        self.reached.clear()
        self.goal = (since, count)
        return self.reached.wait(timeout)

    def stop(self) -> list[tuple[float, float, int, bool | None]]:
        self.stopped.set()
        self.thread.join(60)
        return self.seen

    def _run(self) -> None:
        pairs = [(c, m) for m in WARM_MONTHS for c in WARM_COUNTRIES]
        while not self.stopped.is_set():
            country, month = pairs[len(self.seen) % len(pairs)]
            started = time.monotonic()
            status, _, body = self.served.request("GET", f"/api/v1/countries/{country}?as_of={month}", timeout=60)
            took = time.monotonic() - started
            carries = json.loads(body)["fatalities"] is not None if status == 200 else None
            self.seen.append((started, took, status, carries))
            since, count = self.goal
            if sum(1 for s in self.seen if s[0] >= since) >= count:
                self.reached.set()


@pytest.mark.slow
def test_requests_during_a_warm_up_answer_from_the_previous_store_at_once(archive, tmp_path):
    """`peacekeeping serve` over the archive; `peacekeeping ingest` of the fatalities register swaps the store (every
    profile then carries its fatalities). While the server warms the new store (seconds: news, series, rankings),
    every request answers at once from the previous store; once it says it serves the new one, every request does."""
    db = tmp_path / "store.duckdb"
    shutil.copyfile(archive[0], db)
    log = tmp_path / "serve.log"
    with serving(db, log) as served:
        reader = _Reader(served)
        try:
            assert reader.answered_since(0.0, 20, 60), "the server did not answer"
            command = [str(CLI), "ingest", str(DATA / "fatalities"), "--db", str(db)]
            writer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 120
            began = None  # when the server said it warms the new store (the writer may not have exited yet)
            while SWAPPED not in (text := log.read_text()):  # the server's words (another process): polled
                assert time.monotonic() < deadline and reader.thread.is_alive(), text[-2000:]
                if began is None and WARMING in text:
                    began = time.monotonic()
                time.sleep(0.01)
            said = time.monotonic()
            began = said if began is None else began  # both said between two polls: no request seen during it
            assert writer.wait(120) == 0, writer.stderr.read().decode()[-2000:]
            assert reader.answered_since(said, 10, 60), "the server stopped answering"
        finally:
            seen = reader.stop()
    warmed = float(re.search(SWAPPED + r" \(warmed in ([\d.]+) s\)", log.read_text())[1])
    assert all(s[2] == 200 for s in seen), [s for s in seen if s[2] != 200][:3]
    during = [s for s in seen if began <= s[0] and s[0] + s[1] <= said]
    previous = [s for s in during if not s[3]]
    assert len(previous) >= 5, f"{len(previous)} of {len(during)} answers from the previous store during the warm-up"
    slowest = max(s[1] for s in during)  # an answer from the previous store waits for nothing of the new one's
    assert slowest < max(warmed, 1.0), f"a request took {slowest:.2f} s during a warm-up of {warmed:.1f} s"
    first = min((s for s in seen if s[3]), key=lambda s: s[0])
    assert not [s for s in seen if s[0] > first[0] + first[1] and not s[3]], "the previous store after the new one"
    after = [s for s in seen if s[0] > said]
    assert after and all(s[3] for s in after), "the new store was not served after the server said so"


def test_a_store_replaced_again_while_it_is_warmed_gives_way_to_the_newest(tmp_path):
    """Three store files in turn, the third put in place while the second is warmed: the requests read the first until
    the third is warm, then the third; the first's and the second's tables are dropped (at most two generations)."""
    files = []
    for n, label in enumerate(["2022_05", "2022_06", "2022_08"]):
        path = tmp_path / f"{n}.duckdb"
        if files:
            shutil.copyfile(files[-1], path)
        ingest([report(label)], path)
        files.append(path)
    generations = []
    for path in files:
        with store.connect(path) as con:
            generations.append(cache.generation(con))
    db = tmp_path / "store.duckdb"
    shutil.copyfile(files[0], db)
    handle = StoreHandle(db)
    months = "SELECT count(DISTINCT as_of) FROM contributions"
    try:
        handle.release(handle.cursor())  # the first store opened
        ready = [shutil.copyfile(path, tmp_path / f"next-{path.name}") for path in files[1:]]
        for path in ready:  # each put in place as a writer does (a rename), then seen by a request: the second is
            os.replace(path, db)  # still being opened (tens of ms) when the third replaces it
            cursor = handle.cursor()
            assert cursor.execute(months).fetchone() == (1,)  # the first store, while the newer one is warmed
            handle.release(cursor)
        assert handle.settle(), "the warm-up of the newest store did not end"
        cursor = handle.cursor()
        assert cursor.execute(months).fetchone() == (3,)
        assert cache.generation(cursor) == generations[2]
        handle.release(cursor)
        assert generations[0] in cache._RETIRED and generations[0] not in cache._STORES
        assert generations[1] not in cache._STORES and generations[2] in cache._STORES
    finally:
        handle.close()


def test_a_warm_up_past_its_time_leaves_the_requests_the_new_store(tmp_path, monkeypatch, caplog):
    """A warm-up that takes longer than SWAP_WITHIN (here 0 s): the next request reads the new store anyway, and the
    server's log says so. The warm-up is held until then (a store the writer derived warms in tens of ms, which once
    ended before the next request asked)."""
    monkeypatch.setattr(state, "SWAP_WITHIN", 0.0)
    held, real = threading.Event(), state.warm.warm
    monkeypatch.setattr(state.warm, "warm", lambda generation, going: held.wait(30) and real(generation, going))
    db = tmp_path / "store.duckdb"
    ingest([report("2022_05")], db)
    handle = StoreHandle(db)
    months = "SELECT count(DISTINCT as_of) FROM contributions"
    try:
        handle.release(handle.cursor())
        ingest([report("2022_06")], db)
        during = handle.cursor()  # the warm-up starts (it takes tens of ms at least: the store's tables read)
        assert during.execute(months).fetchone() == (1,)
        handle.release(during)
        assert handle._pending is not None and handle._pending.opened.wait(30), "the new store was not opened"
        with caplog.at_level("WARNING", logger="peacekeeping.web"):
            following = handle.cursor()
        assert following.execute(months).fetchone() == (2,)
        assert "serving the new store before its warm-up ended" in caplog.text
        handle.release(following)
        held.set()
        assert handle.settle(), "the warm-up did not end"
    finally:
        held.set()
        handle.close()
