"""The JSON API over the full store, through FastAPI's TestClient: every endpoint, and the one error shape."""

from __future__ import annotations

import io

import pytest
from conftest import DATA, web_client

pytestmark = pytest.mark.archive

SEED_RELEASE = DATA.parent / "examples" / "release-peru-2022-10-12.txt"


@pytest.fixture(scope="module")
def client(full_store):
    yield from web_client(full_store[0])


def ok(client, url: str, **params):
    response = client.get(url, params=params)
    assert response.status_code == 200, f"{url} {params}: {response.status_code} {response.text[:500]}"
    return response


def test_countries(client):
    countries = ok(client, "/api/countries").json()
    peru = next(c for c in countries if c["iso3"] == "PER")
    assert peru["name"] == "Peru" and peru["m49"] == 604
    assert peru["first_month"] == "2015-01" and peru["latest_total"] > 0
    assert [c["name"] for c in countries] == sorted(c["name"] for c in countries)


def test_profile_peru_june_2022(client):
    p = ok(client, "/api/profile/Peru", as_of="2022-06").json()
    assert (p["total"], p["women"], p["mission_count"], p["rank"]) == (270, 38, 5, 48)
    assert p["country"] == {"iso3": "PER", "m49": 604, "name": "Peru"}
    assert p["month"]["month"] == "2022-06" and p["month"]["report"] == "UN_country_contributions_2022_06.pdf"
    assert p["missions"][0]["acronym"] == "MINUSCA" and p["missions"][0]["total"] == 255
    # names, ISO3 and M49 codes all reach the same profile
    assert ok(client, "/api/profile/PER", as_of="2022-06").json()["total"] == 270
    assert ok(client, "/api/profile/604", as_of="2022-06-30").json()["total"] == 270


def test_ranking(client):
    by_total = ok(client, "/api/ranking", as_of="2022-01").json()
    assert by_total["by"] == "total" and by_total["month"]["month"] == "2022-01"
    assert len(by_total["rows"]) == 122
    peru = next(r for r in by_total["rows"] if r["iso3"] == "PER")
    assert (peru["rank"], peru["total"]) == (50, 230)
    by_women = ok(client, "/api/ranking", as_of="2022-01", by="women").json()
    assert by_women["by"] == "women"
    assert [r["women"] for r in by_women["rows"]] == sorted((r["women"] for r in by_women["rows"]), reverse=True)
    top = ok(client, "/api/ranking", as_of="2022-01", top=10).json()["rows"]
    assert 10 <= len(top) and all(r["rank"] <= 10 for r in top)
    assert top == [r for r in by_total["rows"] if r["rank"] <= 10]


def test_missions(client):
    month = ok(client, "/api/missions", as_of="2022-06").json()
    minusca = next(m for m in month["missions"] if m["acronym"] == "MINUSCA")
    assert minusca["hq"] == "Bangui" and minusca["kind"] == "pko" and minusca["total"] > 10_000
    assert [m["total"] for m in month["missions"]] == sorted((m["total"] for m in month["missions"]), reverse=True)
    one = ok(client, "/api/missions/MINUSCA", as_of="2022-06").json()
    assert one["acronym"] == "MINUSCA" and one["total"] == minusca["total"]
    assert next(c for c in one["contributors"] if c["iso3"] == "PER")["total"] == 255


def test_series(client):
    peru = ok(client, "/api/series", country="Peru").json()
    assert peru["country"]["iso3"] == "PER"
    june = next(p for p in peru["points"] if p["month"] == "2022-06")
    assert (june["total"], june["women"]) == (270, 38)
    both = ok(client, "/api/series", country="PER", mission="MINUSCA").json()
    assert next(p for p in both["points"] if p["month"] == "2022-06")["total"] == 255
    assert len(ok(client, "/api/series").json()["points"]) == len(peru["points"])


def test_fatalities(client):
    deaths = ok(client, "/api/fatalities/Peru", until="2022-10-12").json()
    assert deaths["country"]["iso3"] == "PER" and deaths["count"] == 8


def test_totals_months_quality(client):
    totals = ok(client, "/api/totals", as_of="2022-06").json()
    assert totals["personnel"] == 74_892 and totals["contributing_countries"] == 121
    latest = ok(client, "/api/totals").json()
    months = ok(client, "/api/months").json()
    assert "2022-07" in months["missing"]
    ingested = [m for m in months["months"] if m["status"] == "ingested"]
    assert ingested[-1]["as_of"] == latest["month"]["as_of"]
    flags = ok(client, "/api/quality").json()
    assert isinstance(flags, list) and flags and {"kind", "as_of"} <= set(flags[0])


def test_release_formats(client):
    import docx

    params = {"date": "2022-10-12", "as_of": "2022-06"}
    as_json = ok(client, "/api/release/Peru", **params).json()
    assert as_json["country"]["iso3"] == "PER"
    md = ok(client, "/api/release/Peru", **params, format="md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.headers["content-disposition"].startswith("attachment;")
    assert "270" in md.text
    html = ok(client, "/api/release/Peru", **params, format="html")
    assert html.headers["content-type"].startswith("text/html") and "270" in html.text
    word = ok(client, "/api/release/Peru", **params, format="docx")
    assert word.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    disposition = word.headers["content-disposition"]
    assert disposition.startswith("attachment;") and 'filename="release-per-2022-10-12-en.docx"' in disposition
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert "270" in text and "Peru" in text
    french = ok(client, "/api/release/Peru", **params, lang="fr", format="md")
    assert "Pérou" in french.text


def test_check(client):
    response = client.post("/api/check", json={"text": SEED_RELEASE.read_text(encoding="utf-8"),
                                               "date": "2022-10-12"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["month"]["month"] == "2022-06"
    verdicts = {(c["kind"], c["text"]): c["verdict"] for c in result["claims"]}
    assert verdicts[("total", "270")] == "supported"
    assert verdicts[("women", "38")] == "supported"
    assert verdicts[("rank", "48th")] == "supported"
    assert result["counts"].get("contradicted", 0) == 0


def test_errors_have_one_shape(client):
    def error(response, status: int, type_: str | None = None) -> dict:
        assert response.status_code == status, f"{response.request.url}: {response.status_code} {response.text[:300]}"
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        assert set(body) == {"error"}
        assert set(body["error"]) == {"status", "type", "message", "suggestions"}
        e = body["error"]
        assert e["status"] == status and isinstance(e["message"], str) and e["message"]
        assert isinstance(e["suggestions"], list)
        if type_ is not None:
            assert e["type"] == type_, e
        return e

    unknown = error(client.get("/api/profile/Perru"), 404, "unknown_country")
    assert "Peru" in unknown["suggestions"]
    error(client.get("/api/missions/NOSUCHMISSION"), 404, "unknown_mission")
    error(client.get("/api/profile/Peru", params={"as_of": "2022-13"}), 422, "bad_request")
    error(client.get("/api/ranking", params={"as_of": "2022-13"}), 422, "bad_request")
    error(client.get("/api/release/Peru", params={"date": "2022-10-12", "format": "pdf"}), 422, "bad_request")
    error(client.get("/api/ranking", params={"by": "men"}), 422, "bad_request")
    error(client.get("/api/profile/Peru", params={"as_of": "2010-01"}), 404, "no_data")
    error(client.get("/api/no/such/route"), 404, "not_found")
    error(client.post("/api/check", json={"text": "Peru provides 270 peacekeepers. " * 3200,
                                          "date": "2022-10-12"}), 422, "bad_request")

    # the pages answer the same error as a page for people
    page = client.get("/country/Perru", headers={"accept": "text/html"})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>No country or mission goes by that name.</h1>" in page.text  # plain words, no internal names
    assert 'data-error-type="unknown_country"' in page.text and 'href="/country/Peru"' in page.text


def test_cached_answers_follow_the_store_file(tmp_path):
    """An ingest swaps the store file; the next request answers from the new store, not the cache."""
    from conftest import report
    from fastapi.testclient import TestClient

    from peacekeeping.ingest import ingest
    from peacekeeping.web.app import create_app

    db = tmp_path / "s.duckdb"
    ingest([report("2022_05")], db)
    client = TestClient(create_app(db))
    assert client.get("/api/totals").json()["month"]["month"] == "2022-05"
    assert client.get("/api/totals").json()["month"]["month"] == "2022-05"  # from the cache
    ingest([report("2022_06")], db)
    assert client.get("/api/totals").json()["month"]["month"] == "2022-06"


def test_absent_figures_and_unknown_missions_are_errors_not_zeros(client):
    unknown = client.get("/api/missions/FOO")
    assert unknown.status_code == 404 and unknown.json()["error"]["type"] == "unknown_mission"
    typo = client.get("/api/missions/MINUSKA")
    assert typo.status_code == 404 and "MINUSCA" in typo.json()["error"]["suggestions"]
    page = client.get("/mission/MINUSKA", headers={"accept": "text/html"})
    assert page.status_code == 404 and "MINUSCA" in page.text
    absent = client.get("/api/missions/MINUSCA", params={"as_of": "2018-06"})
    assert absent.status_code == 404
    assert absent.json()["error"]["type"] == "not_in_report"
    assert absent.json()["error"]["suggestions"] == ["2018-02", "2019-09"]
    assert ok(client, "/api/missions/FINUL", as_of="2022-06").json()["acronym"] == "UNIFIL"


def test_answers_carry_their_caveats(client):
    p = ok(client, "/api/profile/Bangladesh", as_of="2020-08").json()
    assert p["women"] is None and p["caveats"][0]["printed"]["/women"] == 4658
    peru = ok(client, "/api/profile/Peru", as_of="2022-07").json()
    assert peru["month"]["substitution"].startswith("No report covers July 2022")
    refused = client.get("/api/release/Bangladesh", params={"as_of": "2020-08", "date": "2020-11-02"})
    assert refused.status_code == 422 and refused.json()["error"]["type"] == "unreliable_figure"
    allowed = ok(client, "/api/release/Bangladesh", as_of="2020-08", date="2020-11-02", allow_unreliable="true")
    assert any(f["caveat"] for f in allowed.json()["figures"])
