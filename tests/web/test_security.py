"""The server cannot be made to write, to run injected SQL, to echo markup, or to take unbounded text.

- the store connection the server reads through is read-only;
- SQL injection strings in every path, query, JSON and form parameter of every route give a 4xx (with the one
  error shape) or a normal answer, and leave the store byte-identical;
- pages escape what they echo (error pages, the checker's text);
- the checker's text is limited to 100,000 characters, in the API and in the form;
- no SQL in src/ is built from a value that is not a reviewed constant (the f-strings that build SQL are listed).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.params import Form
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from peacekeeping import store
from peacekeeping.web.api.legacy import MAX_CHECK_TEXT
from peacekeeping.web.app import create_app

SRC = Path(__file__).resolve().parents[2] / "src" / "peacekeeping"
INJECTIONS = [
    "'; DROP TABLE contributions; --",
    "1 OR 1=1",
    "PER' --",
    "%' OR '1'='1",
    "Peru'); DELETE FROM reports; --",
    '" OR ""="',
    "2022-06' UNION SELECT * FROM reports --",
    "MINUSCA'; CREATE TABLE pwned(i INT); --",
]
VALID = {
    "country": "Peru",
    "acronym": "MINUSCA",
    "text": "Peru provides 270 uniformed personnel.",
    "date": "2022-10-12",
    "as_of": "2022-06",
}
TABLES = [
    "countries",
    "reports",
    "contributions",
    "datasets",
    "fatalities",
    "missions",
    "months",
    "country_months",
    "quality_flags",
    "datahub_contributions",
    "datahub_ranking",
]


@pytest.fixture(scope="module")
def app(small_store):
    application = create_app(small_store[0])
    yield application
    application.state.store.close()


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _snapshot(db: Path) -> tuple[bytes, dict[str, int]]:
    with store.connect(db) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return db.read_bytes(), counts


# ------------------------------------------------------------------------------------------------ read-only


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE x(i INT)",
        "INSERT INTO reports SELECT * FROM reports LIMIT 1",
        "DELETE FROM contributions",
        "UPDATE countries SET name = 'x'",
        "DROP TABLE contributions",
        "ALTER TABLE reports ADD COLUMN x INT",
        "CREATE VIEW v AS SELECT 1",
    ],
)
def test_the_servers_connection_is_read_only(app, small_store, statement):
    before = _snapshot(small_store[0])
    cursor = app.state.store.cursor()
    try:
        with pytest.raises(duckdb.Error, match="read-only|read only"):
            cursor.execute(statement)
    finally:
        cursor.close()
    assert _snapshot(small_store[0]) == before


# ------------------------------------------------------------------------------------------------ injection


def _flat(dependant) -> dict[str, list]:
    """A route's path, query and body parameters, its dependencies' included."""
    out = {
        "path": list(dependant.path_params),
        "query": list(dependant.query_params),
        "body": list(dependant.body_params),
    }
    for sub in dependant.dependencies:
        for kind, params in _flat(sub).items():
            out[kind] += params
    return out


def _routes(routes) -> list[APIRoute]:
    """The app's endpoints, inside included routers too (FastAPI >= 0.160 wraps them)."""
    out = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append(route)
        elif (router := getattr(route, "original_router", None)) is not None:
            out += _routes(router.routes)
    return out


def _parameters(app) -> list[tuple[APIRoute, str, str, str]]:
    """(route, method, where, name) for every parameter of every route: where is path, query, json or form."""
    out = []
    for route in _routes(app.routes):
        flat = _flat(route.dependant)
        method = sorted(route.methods)[0]
        out += [(route, method, "path", p.name) for p in flat["path"]]
        out += [(route, method, "query", p.alias) for p in flat["query"]]
        out += [(route, method, "form" if isinstance(p.field_info, Form) else "json", p.alias) for p in flat["body"]]
    return out


def _request(client: TestClient, route: APIRoute, method: str, where: str, name: str, value: str, html: bool):
    flat = _flat(route.dependant)
    path_values = {p.name: VALID.get(p.name, "x") for p in flat["path"]}
    params, body = {}, {p.alias: VALID.get(p.alias, "x") for p in flat["body"] if p.field_info.is_required()}
    if where == "path":
        path_values[name] = value
    elif where == "query":
        params[name] = value
    else:
        body[name] = value
    url = route.path.format(**{k: quote(v, safe="") for k, v in path_values.items()})
    headers = {"accept": "text/html"} if html else {}
    if method == "GET":
        return client.get(url, params=params, headers=headers, follow_redirects=False)
    if where == "form" or any(isinstance(p.field_info, Form) for p in flat["body"]):
        return client.post(url, params=params, data=body, headers=headers)
    return client.post(url, params=params, json=body, headers=headers)


def test_every_route_has_its_parameters_covered(app):
    covered = {(route.path, where, name) for route, _, where, name in _parameters(app)}
    for expected in [
        ("/api/profile/{country}", "path", "country"),
        ("/api/profile/{country}", "query", "as_of"),
        ("/api/check", "json", "text"),
        ("/api/check", "json", "country"),
        ("/check", "form", "text"),
        ("/mission/{acronym}", "path", "acronym"),
        ("/go", "query", "country"),
        ("/api/release/{country}", "query", "format"),
    ]:
        assert expected in covered
    assert len(covered) >= 35, sorted(covered)


@pytest.mark.parametrize("injection", INJECTIONS)
def test_sql_injection_in_every_parameter(app, client, small_store, injection):
    before = _snapshot(small_store[0])
    answers = []
    for route, method, where, name in _parameters(app):
        html = not route.path.startswith("/api")
        response = _request(client, route, method, where, name, injection, html)
        answers.append((method, route.path, where, name, response.status_code))
        assert response.status_code < 500, f"{method} {route.path} {where} {name}={injection!r}: {response.text[:300]}"
        if response.status_code >= 400 and route.path.startswith("/api"):
            error = response.json()["error"]
            assert error["status"] == response.status_code and error["type"] and error["message"]
    assert _snapshot(small_store[0]) == before, "the store changed"
    assert len(answers) >= 35
    assert any(a[-1] == 200 for a in answers)  # an injected text to the checker is just text


# ------------------------------------------------------------------------------------------------ escaping


def test_markup_in_a_country_name_is_escaped_on_the_error_page(client):
    for name in ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']:
        response = client.get("/country/" + quote(name, safe=""), headers={"accept": "text/html"})
        assert response.status_code == 404
        assert "text/html" in response.headers["content-type"]
        body = response.text
        assert "alert(1)" not in body or "<script>alert(1)" not in body and "<img src=x" not in body
        assert "<svg onload" not in body
    body = client.get(
        "/country/" + quote("<img src=x onerror=alert(1)>", safe=""), headers={"accept": "text/html"}
    ).text
    assert "&lt;img src=x onerror=alert(1)&gt;" in body  # echoed, escaped


def test_markup_in_a_checked_text_is_escaped(client):
    text = (
        "Peru provides 270 uniformed personnel <img src=x onerror=alert(1)>, including 38 women "
        "<script>alert(2)</script> to five missions."
    )
    response = client.post(
        "/check", data={"text": text, "date": "2022-10-12", "country": "<b>Peru</b>"}, headers={"accept": "text/html"}
    )
    assert response.status_code in (200, 404), response.text[:300]
    response = client.post("/check", data={"text": text, "date": "2022-10-12"}, headers={"accept": "text/html"})
    assert response.status_code == 200
    body = response.text
    assert "<img src=x" not in body and "<script>alert(2)" not in body
    assert body.count("&lt;img src=x onerror=alert(1)&gt;") >= 2  # in the textarea and in the highlighted text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in body
    assert '<mark class="claim' in body  # the claims are still highlighted


def test_markup_in_query_parameters_is_escaped(client):
    response = client.get("/rankings", params={"as_of": "<script>alert(1)</script>"}, headers={"accept": "text/html"})
    assert response.status_code == 422
    assert "<script>alert(1)" not in response.text


# ------------------------------------------------------------------------------------------------ size limit


def test_checker_text_is_size_limited_in_the_api(client):
    assert client.post("/api/check", json={"text": "x" * MAX_CHECK_TEXT}).status_code == 200
    response = client.post("/api/check", json={"text": "x" * (MAX_CHECK_TEXT + 1)})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] == "bad_request" and "100000" in error["message"] and error["status"] == 422


def test_checker_text_is_size_limited_in_the_form(client):
    response = client.post("/check", data={"text": "x" * (MAX_CHECK_TEXT + 1)}, headers={"accept": "text/html"})
    assert response.status_code == 422
    assert 'data-error-type="bad_request"' in response.text
    response = client.post("/check", data={"text": "x" * (MAX_CHECK_TEXT + 1)})  # no HTML asked for: JSON
    assert response.status_code == 422 and response.json()["error"]["type"] == "bad_request"


# ------------------------------------------------------------------------------------------------ SQL in src/

_SQL = re.compile(r"\b(SELECT|INSERT|DELETE|UPDATE|CREATE|COPY|DROP|ATTACH|ALTER)\b")
# Every value interpolated into SQL text in src/, reviewed: none can come from a user (values are bound as ?).
REVIEWED = {
    ("facts/rankings.py", "column"),  # 'rank' or 'rank_women'
    ("facts/history.py", "column"),  # 'rank' or 'rank_women'
    ("facts/world.py", "' AND '.join(where)"),  # constant conditions with ? placeholders
    ("ingest/corrections.py", "_SCOPE"),  # the module's constant scope condition with ? placeholders
    ("ingest/corrections.py", "measure"),  # _CELL_BOUNDS: the module's constant measure of a flag's cells
    ("ingest/corrections.py", "country"),  # _CELL_BOUNDS: 'printed_iso3' or 'iso3'
    ("ingest/write.py", "table"),  # 'missions' or 'datahub_contributions', or the tables of IPI's files
    ("store/__init__.py", "table"),  # the store's own table names (schema.BY_NAME)
    ("store/__init__.py", "', '.join(arrow.schema.names)"),  # the schema's column names
    ("store/schema.py", "self.name"),  # the DDL of the schema's own tables
    ("ingest/quality.py", "query"),  # the module's constant flag queries
    ("ingest/ipi_months.py", "query"),  # the module's constant flag queries
    ("ingest/derive.py", "prefixes.QUERY"),  # facts/prefixes.py's constant query of the record prefixes
    ("facts/missions.py", "STRENGTH"),  # the module's constant query of missions' strength
    ("facts/deployments.py", "STRENGTH"),  # facts.missions.STRENGTH
    ("facts/world.py", "table"),  # 'cells' or facts.missions.STRENGTH
    ("facts/months.py", "CONTRIBUTOR"),  # the one constant condition of a contributor: 'total > 0'
    ("facts/rankings.py", "CONTRIBUTOR"),  # facts.months.CONTRIBUTOR
}


def _interpolated_sql() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
                text, values = str(node.left.value), [node.right]  # "... %s" % value
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
            ):
                text, values = str(node.func.value.value), [*node.args, *(k.value for k in node.keywords)]
            else:
                continue
            if _SQL.search(text) and values:
                found |= {(path.relative_to(SRC).as_posix(), ast.unparse(v)) for v in values}
    return found


def test_sql_is_built_only_from_reviewed_constants():
    found = _interpolated_sql()
    assert found, "the scan found no SQL at all: it is broken"
    unreviewed = found - REVIEWED
    assert not unreviewed, f"SQL built with values not reviewed (bind them as ? parameters): {sorted(unreviewed)}"
    assert not REVIEWED - found, f"reviewed interpolations that no longer exist: {sorted(REVIEWED - found)}"
