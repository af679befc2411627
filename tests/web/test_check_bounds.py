"""Checks cannot take the server down (issue 27.1), on real `peacekeeping serve` processes: concurrent checks of a
slow text each answer within their time budget (a result, a 422 saying the text took too long, or a 503 with
Retry-After when the process's check slots are taken) while pages keep answering; a check whose client goes away
is stopped (its worker process killed)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest
from served import serving

from benchmarks.common import live_processes
from peacekeeping.web.checks import BUDGET, IDLE_LOOK, RETRY_AFTER, SLOTS

# about 1 s for the checker alone on one core since its time is linear on such a text (7 s before), 95 KB: past
# a budget of 0.3 s
SLOW = ("Peru 270 troops, 38 women, 4 missions in 2022. " * 3000)[:95_000]
# the densest kind of text the checker reads (figures only): about 1.5 s of CPU at the API's size limit since the
# checker is linear (issue 23); it once took minutes
DENSE = ("Peru 270, Ghana 2,700, Nepal 6,247, India 5,832, Rwanda 5,912; " * 2000)[:95_000]
FAST = "Peru had 270 troops in June 2022."

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc"),
]


def _post(served, text: str, timeout: float = 60) -> tuple[int, dict, bytes]:
    return served.request(
        "POST",
        "/api/v1/check",
        body=json.dumps({"text": text}).encode(),
        headers={"content-type": "application/json"},
        timeout=timeout,
    )


def _check_workers(server: int) -> list[int]:
    """The check worker processes under a server process (multiprocessing's spawned children running checks)."""
    return [
        p.pid
        for p in live_processes()
        if p.parent == server and "spawn_main" in p.command and "resource_tracker" not in p.command
    ]


def test_concurrent_slow_checks_answer_within_their_budget_while_pages_answer(small_store, tmp_path):
    budget = 0.3
    env = {BUDGET: str(budget), SLOTS: "1"}
    with serving(small_store[0], tmp_path / "serve.log", "--workers", "2", env=env) as served:
        assert _post(served, FAST)[0] == 200
        answers: list[tuple[float, int, dict, bytes]] = []

        def check():
            start = time.monotonic()
            status, headers, body = _post(served, SLOW)
            answers.append((time.monotonic() - start, status, headers, body))

        threads = [threading.Thread(target=check) for _ in range(4)]
        for thread in threads:
            thread.start()
        pages = []
        while any(t.is_alive() for t in threads):
            start = time.monotonic()
            status, _, _ = served.request("GET", "/api/v1/countries/PER/series", timeout=10)
            pages.append((time.monotonic() - start, status))
            time.sleep(0.1)
        for thread in threads:
            thread.join()
    assert len(answers) == 4
    kinds = []
    for seconds, status, headers, body in answers:
        error = json.loads(body).get("error") if status != 200 else None
        kinds.append(status if error is None else error["type"])
        # the budget plus 1 s (issue 27), and 1 s more for a machine shared with other work (load of 10 seen)
        assert seconds < budget + 2, (seconds, status, body[:300])
        if status == 503:
            assert error["type"] == "busy" and headers["retry-after"] == str(RETRY_AFTER)
        elif status == 422:
            assert error["type"] == "too_slow"
            assert error["message"].startswith(f"the text took too long to check: more than {budget} s")
    assert "too_slow" in kinds, kinds  # the slow text takes longer than the budget
    assert pages and all(status == 200 for _, status in pages), pages
    assert max(seconds for seconds, _ in pages) < 1, pages
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def _cpu_ticks(pid: int) -> int:
    """The CPU time a process has used, in clock ticks (user and system, from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def test_a_check_whose_client_goes_away_is_stopped(small_store, tmp_path):
    with serving(small_store[0], tmp_path / "serve.log", env={BUDGET: "60"}) as served:
        assert _post(served, FAST)[0] == 200
        workers = _check_workers(served.proc.pid)
        idle = {pid: _cpu_ticks(pid) for pid in workers}
        body = json.dumps({"text": DENSE}).encode()
        client = socket.create_connection(("127.0.0.1", served.port))
        client.sendall(
            b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        deadline = time.monotonic() + 30
        while all(_cpu_ticks(pid) - idle[pid] < 10 for pid in workers):  # until a worker has computed 0.1 s
            assert time.monotonic() < deadline, "no check worker started computing"
            time.sleep(0.01)
        client.close()  # well before the check could end (about 1.5 s of CPU; the budget, 60 s, is far)
        gone = time.monotonic()
        while set(_check_workers(served.proc.pid)) & set(workers) and time.monotonic() - gone < 5:
            time.sleep(0.05)
        stopped = time.monotonic() - gone
        # its worker killed (another is started at once for the next check)
        assert not set(_check_workers(served.proc.pid)) & set(workers), "the check kept computing after its client left"
        assert stopped < 1.5, stopped  # POLL seconds to see the client gone, the kill, on a loaded machine
        assert _post(served, FAST)[0] == 200  # the next check gets a new worker and an answer
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_a_check_past_its_budget_frees_its_slot(small_store, tmp_path):
    with serving(small_store[0], tmp_path / "serve.log", env={BUDGET: "0.3"}) as served:
        status, _, body = _post(served, SLOW)
        assert status == 422 and json.loads(body)["error"]["type"] == "too_slow"
        status, _, body = _post(served, FAST)
        assert status == 200 and json.loads(body)["claims"], body[:300]
        # the page's form is checked the same way, its error a page
        status, headers, body = served.request(
            "POST",
            "/check",
            body=f"text={SLOW.replace(' ', '+')}".encode(),
            headers={"content-type": "application/x-www-form-urlencoded", "accept": "text/html"},
        )
        assert status == 422 and headers["content-type"].startswith("text/html")
        assert b"The text took too long to check." in body


def _clients(served, text: str, clients: int, each: int) -> list[int]:
    """The statuses of `each` checks of `text` sent back to back by each of `clients` clients at once."""
    answers: list[int] = []

    def client():
        answers.extend(_post(served, text)[0] for _ in range(each))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_checks_arriving_together_wait_their_turn_for_a_slot(small_store, tmp_path):
    """A check arriving while the process's one slot is taken waits for it (up to checks.QUEUE seconds) instead of
    being turned away at once: short checks sent together are all answered."""
    with serving(small_store[0], tmp_path / "serve.log", env={SLOTS: "1"}) as served:
        answers = _clients(served, FAST, 4, 1)
    assert answers == [200] * 4
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_checks_sent_without_pause_are_answered_in_turn(small_store, tmp_path):
    """Four clients each sending checks of some 50 ms back to back to one process with one slot: every
    check waits its turn in line (first come, first served: three before it at most) and is answered; none is
    passed over until it is turned away."""
    with serving(small_store[0], tmp_path / "serve.log", env={SLOTS: "1"}) as served:
        answers = _clients(served, SLOW[:2_000], 4, 8)
    assert answers == [200] * 32
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def _holds(pid: int, path: Path) -> bool:
    """Whether a process has the file now at `path` open (an inode of its descriptors, from /proc)."""
    inode = os.stat(path).st_ino
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.stat(fd).st_ino == inode:
                return True
        except OSError:  # closed meanwhile, or not a file
            continue
    return False


def test_an_idle_check_worker_reads_a_replaced_store_before_the_next_check(small_store, tmp_path):
    """A writer swaps the store: an idle check worker opens the new file within checks.IDLE_LOOK seconds, without
    waiting for a check, so the next check does not pay for it; its answer is the new store's."""
    db = tmp_path / "store.duckdb"
    shutil.copyfile(small_store[0], db)
    with serving(db, tmp_path / "serve.log") as served:
        assert _post(served, FAST)[0] == 200
        (worker,) = _check_workers(served.proc.pid)
        assert _holds(worker, db)
        copy = tmp_path / "copy.duckdb"
        shutil.copyfile(small_store[0], copy)
        os.replace(copy, db)  # as a writer swaps its copy in: another file at the same path
        assert not _holds(worker, db)
        deadline = time.monotonic() + 20 * IDLE_LOOK  # a look a second, on a machine that may be busy
        while not _holds(worker, db):
            assert time.monotonic() < deadline, "the idle worker did not open the new store"
            time.sleep(0.05)
        status, _, body = _post(served, FAST)
        assert status == 200 and json.loads(body)["claims"], body[:300]
        assert _check_workers(served.proc.pid) == [worker]
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
