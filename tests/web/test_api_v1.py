"""The API, version 1, on the small store: HTTP done right (ETag, 304, HEAD, 405, CORS, gzip), CSV = JSON, pages."""

from __future__ import annotations

import csv
import gzip
import io
import re

import pytest
from conftest import web_client


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


def csv_rows(response) -> list[dict]:
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())  # a BOM, so that spreadsheets read the accents
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_etag_and_304(client):
    first = client.get("/api/v1/rankings", params={"as_of": "2022-06"})
    etag = first.headers["etag"]
    assert etag.startswith('W/"') and first.headers["cache-control"] == "public, max-age=60"
    again = client.get("/api/v1/rankings", params={"as_of": "2022-06"}, headers={"if-none-match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    other = client.get("/api/v1/rankings", params={"as_of": "2022-05"}, headers={"if-none-match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag
    as_csv = client.get("/api/v1/rankings", params={"as_of": "2022-06"}, headers={"accept": "text/csv"})
    assert as_csv.headers["etag"] != etag  # another representation, another tag


def test_server_timing_on_answers_made_not_on_cached_ones(client):
    made = client.get("/api/v1/world", params={"as_of": "2022-04"})
    assert re.fullmatch(r"app;dur=\d+\.\d", made.headers["server-timing"])
    cached = client.get("/api/v1/world", params={"as_of": "2022-04"})
    assert cached.content == made.content and "server-timing" not in cached.headers
    page = client.get("/country/Peru", params={"as_of": "2022-05"})
    assert page.headers["server-timing"].startswith("app;dur=")


def test_an_ingest_changes_every_etag(synthetic_reports, tmp_path):
    from fastapi.testclient import TestClient

    from peacekeeping.ingest import ingest
    from peacekeeping.web.app import create_app

    db = tmp_path / "s.duckdb"
    ingest([synthetic_reports["uniformed_by_mission"]], db)
    app = create_app(db)
    with TestClient(app) as c:
        before = c.get("/api/v1/world").headers["etag"]
        ingest([synthetic_reports["table_export_2022_09"]], db)
        during = c.get("/api/v1/world", headers={"if-none-match": before})
        assert during.status_code == 304  # the previous store answers while the new one is warmed
        assert app.state.store.settle(), "the new store's warm-up did not end"
        after = c.get("/api/v1/world", headers={"if-none-match": before})
        assert after.status_code == 200 and after.json()["month"]["month"] == "2022-09"
    app.state.store.close()


def test_head_answers_every_get_without_a_body(client):
    for path in ("/api/v1/world", "/api/v1/countries/Peru", "/", "/rankings", "/api/profile/Peru"):
        get, head = client.get(path), client.head(path)
        assert (head.status_code, head.content) == (200, b""), path
        assert head.headers["content-length"] == get.headers["content-length"], path


def test_405_says_what_is_allowed(client):
    response = client.post("/api/v1/world")
    assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD"
    assert response.json()["error"]["type"] == "method_not_allowed"


def test_cors_for_reading_from_any_origin(client):
    preflight = client.options(
        "/api/v1/rankings", headers={"origin": "https://notebook.example", "access-control-request-method": "GET"}
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]
    refused = client.options(
        "/api/v1/check", headers={"origin": "https://notebook.example", "access-control-request-method": "POST"}
    )
    assert refused.status_code == 400  # read-only: no cross-origin POST
    simple = client.get("/api/v1/world", headers={"origin": "https://notebook.example"})
    assert simple.headers["access-control-allow-origin"] == "*"
    assert "ETag" in simple.headers["access-control-expose-headers"]


def test_answers_are_compressed(client):
    raw = client.get("/api/v1/countries/Peru/series", headers={"accept-encoding": "gzip"}).headers
    assert raw["content-encoding"] == "gzip" and "Accept-Encoding" in raw["vary"]
    plain = client.get("/api/v1/countries/Peru/series", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert len(gzip.compress(plain.content)) < len(plain.content)


@pytest.mark.parametrize(
    "path, key",
    [
        ("/api/v1/rankings?as_of=2022-06", "rows"),
        ("/api/v1/missions?as_of=2022-06", "missions"),
        ("/api/v1/countries", None),
        ("/api/v1/quality", None),
        ("/api/v1/months", "months"),
        ("/api/v1/missions/MINUSCA?as_of=2022-06", "contributors"),
        ("/api/v1/countries/Peru/series", "points"),
        ("/api/v1/countries/Peru/fatalities", "incidents"),
    ],
)
def test_csv_holds_the_json_rows(client, path, key):
    answer = client.get(path).json()
    rows = answer if key is None else answer[key]
    by_suffix = csv_rows(client.get(path.replace("?", ".csv?") if "?" in path else path + ".csv"))
    by_accept = csv_rows(client.get(path, headers={"accept": "text/csv"}))
    assert by_suffix == by_accept and len(by_suffix) == len(rows) > 0
    for row, cells in zip(rows, by_suffix, strict=True):
        for name, value in row.items():
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                assert cells[name] == str(value), (name, cells[name], value)


def test_peru_in_the_ranking_csv_carries_its_caveat(client):
    peru = next(
        r for r in csv_rows(client.get("/api/v1/rankings.csv", params={"as_of": "2022-06"})) if r["iso3"] == "PER"
    )
    assert (peru["rank"], peru["total"]) == ("4", "270")
    assert peru["caveats"].startswith("The Data Hub gives another figure for Peru UNIFIL troops")


def test_pages_of_a_list_with_links_and_their_caveats_renumbered(client):
    whole = client.get("/api/v1/rankings", params={"as_of": "2022-06"})
    assert whole.headers["x-total-count"] == "7" and "link" not in whole.headers
    page = client.get("/api/v1/rankings", params={"as_of": "2022-06", "limit": 2, "offset": 2})
    assert [r["iso3"] for r in page.json()["rows"]] == ["NPL", "PER"]
    assert page.headers["x-total-count"] == "7"
    assert page.headers["link"] == (
        '</api/v1/rankings?as_of=2022-06&limit=2&offset=0>; rel="first", '
        '</api/v1/rankings?as_of=2022-06&limit=2&offset=6>; rel="last", '
        '</api/v1/rankings?as_of=2022-06&limit=2&offset=0>; rel="prev", '
        '</api/v1/rankings?as_of=2022-06&limit=2&offset=4>; rel="next"'
    )
    [note, listed] = [c for c in page.json()["caveats"] if c["kind"] == "note"]
    assert note["figures"] == ["/rows/1/total", "/rows/1/women", "/rows/1/rank"]  # Peru is the page's second row
    assert listed["figures"] == ["/rows"]  # the whole list's: Papua New Guinea, listed with no one, is left out
    beyond = client.get("/api/v1/rankings", params={"as_of": "2022-06", "limit": 2, "offset": 20}).json()
    assert beyond["rows"] == [] and beyond["caveats"] == [listed]
    assert client.get("/api/v1/rankings", params={"limit": 0}).status_code == 422


def test_the_old_paths_answer_and_say_they_are_deprecated(client):
    old = client.get("/api/profile/Peru", params={"as_of": "2022-06"})
    new = client.get("/api/v1/countries/Peru", params={"as_of": "2022-06"})
    assert old.json() == new.json()
    assert old.headers["deprecation"] == "true" and old.headers["link"] == '</api/v1>; rel="successor-version"'
    assert "deprecation" not in new.headers
    assert client.get("/api/ranking", params={"top": 3}).json()["rows"][2]["rank"] == 3
    assert client.get("/api/totals").json() == client.get("/api/v1/world").json()
    schema = client.get("/openapi.json").json()["paths"]
    assert schema["/api/profile/{country}"]["get"]["deprecated"] is True
    assert "deprecated" not in schema["/api/v1/countries/{country}"]["get"]


def test_one_name_for_a_month_everywhere(client):
    schema = client.get("/openapi.json").json()["paths"]
    names = {
        p["name"]
        for path, ops in schema.items()
        if path.startswith("/api/v1/")
        for op in ops.values()
        for p in op.get("parameters", [])
    }
    assert {"until", "release"} & names == set() and "as_of" in names
    deaths = client.get("/api/v1/countries/Peru/fatalities", params={"as_of": "2022-06-30"}).json()
    assert (deaths["until"], deaths["count"]) == ("2022-06-30", 4)


def test_every_answer_of_the_api_is_a_model_declared_once_in_facts():
    """The API declares no shape of its own: each route serves the model facts/models/ declares (errors aside)."""
    import typing

    from peacekeeping.facts import models
    from peacekeeping.web.api.v1 import router
    from peacekeeping.web.errors import Error

    served = []
    for route in router.routes:
        model = route.response_model
        for inner in (model, *typing.get_args(model)):
            if isinstance(inner, type):
                served.append((route.path, inner))
    assert len({path for path, _ in served}) >= 14
    assert [(path, m) for path, m in served if getattr(models, m.__name__, None) is not m] == []
    assert all(r.responses[404]["model"] is Error for r in router.routes if 404 in r.responses)
