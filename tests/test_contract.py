"""The API against its own OpenAPI schema (/openapi.json), with Schemathesis over the ASGI app (no network).

Every operation (the GET endpoints and POST /api/check) gets a bounded number of generated requests, valid and
invalid ones; none may end in a server error (5xx). A 4xx must carry the one error shape.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from peacekeeping.web.app import create_app
from peacekeeping.web.state import StoreHandle

MAX_EXAMPLES = int(os.environ.get("PEACEKEEPING_CONTRACT_EXAMPLES", "20"))  # per operation

# The schema is loaded from the app at import (Schemathesis parametrizes at collection; its lazy from_fixture does
# not work with this pytest); the app opens its store only at the first request, so the store is set below.
APP = create_app(Path("store-set-by-the-fixture-below.duckdb"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _small_store(small_store):
    APP.state.store = StoreHandle(small_store[0])
    yield
    APP.state.store.close()


def test_the_schema_lists_every_api_operation():
    operations = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in schema.get_all_operations())}
    assert "POST /api/check" in operations
    assert {o.split()[0] for o in operations} == {"GET", "POST"}
    assert len(operations) == 12, sorted(operations)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_server_errors(case):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}, body
        assert body["error"]["status"] == response.status_code
        assert {"type", "message", "suggestions"} <= set(body["error"])


# Requests Schemathesis found answered with a 500 before their fix (ValueError: year 0 is out of range; int('¹')).
@pytest.mark.parametrize("url, status", [
    ("/api/totals?as_of=0000-01", 422),
    ("/api/ranking?as_of=0000-12", 422),
    ("/api/totals?as_of=9999-12", 200),  # December's end was computed from January of year 10000
    ("/api/profile/%C2%B9", 404),  # '¹'.isdigit() is True, int('¹') fails
    ("/api/fatalities/%C2%B2", 404),
])
def test_requests_that_were_server_errors(url, status):
    from fastapi.testclient import TestClient

    with TestClient(APP, raise_server_exceptions=False) as client:
        response = client.get(url)
    assert response.status_code == status, response.text[:300]


def test_checking_a_text_with_a_5000_digit_number():
    from fastapi.testclient import TestClient

    with TestClient(APP, raise_server_exceptions=False) as client:
        response = client.post("/api/check", json={"text": "Peru provides " + "9" * 5000 + " peacekeepers"})
    assert response.status_code == 200, response.text[:300]


def test_a_far_future_month_is_answered_at_once():
    """as_of=9999-12 used to walk the ~95,000 months up to it looking for missing ones (3.6 s per request)."""
    import time

    from fastapi.testclient import TestClient

    with TestClient(APP, raise_server_exceptions=False) as client:
        client.get("/api/totals")  # warm
        started = time.perf_counter()
        for url in ["/api/totals?as_of=9999-12", "/api/profile/Peru?as_of=9999-11", "/api/missions?as_of=9998-10"]:
            assert client.get(url).status_code == 200
        assert time.perf_counter() - started < 1.0
