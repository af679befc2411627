"""The dashboard over the small store, as the server renders it: the month picker, the search box, the missions index,
the compare view, the draft-release form, the downloads, the language switch, the map's classes, static files and
cached pages, accessible structure, plain error pages; and the facts the pages added (facts/deployments.py)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import web_client
from test_web_small import Page, charts

PAGES = [
    "/",
    "/country/Peru?as_of=2022-06",
    "/mission/MINUSCA?as_of=2022-06",
    "/rankings?as_of=2022-06",
    "/missions?as_of=2022-06",
    "/data?as_of=2022-06",
    "/news?as_of=2022-06",
]


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


def html(client, path: str, **headers) -> str:
    response = client.get(path, headers={"accept": "text/html", **headers})
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    return response.text


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_the_month_picker_one_h1_a_skip_link_and_the_search_box(client, path):
    text = html(client, path)
    picker = re.search(r'<form[^>]*id="picker".*?</form>', text, re.S)[0]
    options = re.findall(r'<option value="([\d-]+)"( selected)?>', picker)
    assert [m for m, _ in options] == [
        "2022-10",
        "2022-09",
        "2022-08",
        "2022-06",
        "2022-05",
        "2022-04",
        "2022-03",
        "2021-06",
    ]  # the covered months, newest first
    assert len(re.findall(r"<h1[ >]", text)) == 1
    assert '<a class="skip" href="#main">' in text and '<main id="main"' in text
    assert 'action="/go"' in text and 'name="q"' in text
    if "as_of=2022-06" in path and not path.startswith("/data"):  # the data page's month: its downloads
        assert dict((m, s) for m, s in options)["2022-06"] == " selected"
        assert 'id="prev-month" rel="prev"' in picker and "as_of=2022-05" in picker  # previous and next report
        assert 'id="next-month" rel="next"' in picker and "as_of=2022-08" in picker
        assert "June 2022</h1>" in text or "June 2022 <span" in text  # the heading says the month


def test_the_picker_keeps_the_other_parameters(client):
    picker = re.search(r'<form[^>]*id="picker".*?</form>', html(client, "/rankings?as_of=2022-06&by=women"), re.S)[0]
    assert '<input type="hidden" name="by" value="women">' in picker
    assert 'href="/rankings?as_of=2022-05&amp;by=women"' in picker


def test_the_search_box_finds_countries_and_missions(client):
    def go(**params):
        response = client.get("/go", params=params, follow_redirects=False)
        assert response.status_code == 303, response.text
        return response.headers["location"]

    assert go(q="MINUSCA") == "/mission/MINUSCA"  # not Dominica
    assert go(q="finul") == "/mission/UNIFIL"  # the French acronym
    assert go(q="Force intérimaire des Nations Unies au Liban") == "/mission/UNIFIL"
    assert go(q="United Nations Mission in the Republic of South Sudan") == "/mission/UNMISS"
    assert go(q="Peru", as_of="2022-06") == "/country/PER?as_of=2022-06"  # the month the page was showing
    assert go(q="Pérou") == "/country/PER" and go(q="604") == "/country/PER"
    missing = client.get("/go", params={"q": "Atlantis"}, headers={"accept": "text/html"})
    assert missing.status_code == 404 and "No country or mission goes by that name." in missing.text


def test_missions_index(client):
    page = Page(html(client, "/missions?as_of=2022-06"))
    assert page.tables["active"][1:] == [
        [
            "MINUSCA",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
            "peacekeeping operation",
            "Bangui",
            "2,031",
            "121",
            "6.0%",
            "3",
        ],
        [
            "UNIFIL",
            "United Nations Interim Force in Lebanon",
            "peacekeeping operation",
            "Naqoura",
            "953[1]",
            "105",
            "11.0%",
            "3",
        ],
        [
            "MONUSCO",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "peacekeeping operation",
            "Kinshasa",
            "184",
            "32",
            "17.4%",
            "2",
        ],
        [
            "UNMISS",
            "United Nations Mission in the Republic of South Sudan",
            "peacekeeping operation",
            "Juba",
            "65",
            "15",
            "23.1%",
            "3",
        ],
        [
            "BINUH",
            "United Nations Integrated Office in Haiti",
            "special political mission",
            "Port-au-Prince",
            "17",
            "5",
            "29.4%",
            "2",
        ],
    ]
    for row in page.tables["active"][1:]:  # each mission's women: those of its own page (facts.mission)
        assert client.get(f"/api/missions/{row[0]}", params={"as_of": "2022-06"}).json()["women"] == int(row[5])
    closed = {row[0]: row for row in page.tables["closed"][1:]}
    assert closed["MINUSTAH"][3] == "15 October 2017" and len(closed) == 11
    # a month whose report has no mission breakdown says so, and names the nearest months that have one
    august = html(client, "/missions?as_of=2022-08")
    assert 'id="no-missions"' in august and "has no breakdown by mission" in august


def test_country_missions_and_mission_index_facts(small_con):
    from peacekeeping.facts import deployments

    nepal = deployments.country_missions(small_con, "Nepal")
    assert [(p.month, p.missions) for p in nepal.points][2:4] == [
        ("2022-04", {"BINUH": 15, "MINUSCA": 740, "UNMISS": 30}),
        ("2022-05", {"BINUH": None, "MINUSCA": None, "UNMISS": None}),
    ]  # withheld: the total jump
    assert any("out of line" in c.text and "/points/3/missions/MINUSCA" in c.figures for c in nepal.caveats)
    index = deployments.mission_index(small_con, "2022-06")
    assert sum(m.total for m in index.missions) == 3250 and index.month.month == "2022-06"
    assert all(m.last_month is None for m in index.closed)  # none of them in a report of the store


def test_compare_view(client):
    text = html(client, "/compare?c=Peru&c=Nepal&c=Atlantis&as_of=2022-06")
    page = Page(text)
    assert page.tables["compare-table"][1:] == [
        ["Peru", "270[1]", "38[1]", "14.1% (38 of 270)", "4th[1]"],
        ["Nepal", "785", "55", "7.0% (55 of 785)", "3rd"],
    ]
    assert page.ids["compare-unknown"] == "Not found: Atlantis"
    specs = charts(text)
    lines = specs["compare-totals"]["layer"][0]
    assert lines["encoding"]["color"]["scale"]["domain"] == ["Peru", "Nepal"]
    nepal = [(v["month"], v["value"]) for v in specs["compare-totals"]["data"]["values"] if v["country"] == "Nepal"]
    assert ("2022-05-31", 1885) not in nepal and ("2022-06-30", 785) in nepal  # May withheld: a gap
    shares = specs["compare-women"]["data"]["values"]
    assert {"month": "2022-06-30", "country": "Peru", "label": "14.1% (38 of 270)"}.items() <= next(
        v for v in shares if v["country"] == "Peru" and v["month"] == "2022-06-30"
    ).items()


def test_compare_adds_and_removes_countries_and_changes_scale_keeping_the_month(client):
    text = html(client, "/compare?c=Peru&c=Nepal&as_of=2022-06&scale=log")
    links = dict(re.findall(r'<a href="([^"]+)" id="(?:remove|scale)-(\w+)"', text))
    links |= {href: "month" for href in re.findall(r'id="(?:prev|next)-month" rel="\w+" href="([^"]+)"', text)}
    links = {k.replace("&amp;", "&"): v for k, v in links.items()}
    assert links == {
        "/compare?c=Nepal&as_of=2022-06&scale=log#compare-edit": "PER",
        "/compare?c=Peru&as_of=2022-06&scale=log#compare-edit": "NPL",
        "/compare?c=Peru&c=Nepal&as_of=2022-06#compare-scale": "linear",
        "/compare?c=Peru&c=Nepal&as_of=2022-05&scale=log": "month",  # the month picker keeps every country
        "/compare?c=Peru&c=Nepal&as_of=2022-08&scale=log": "month",
    }
    add = re.search(r'<form method="get" action="/compare#compare-edit" id="compare-add">(.*?)</form>', text, re.S)[1]
    assert re.findall(r'type="hidden" name="(\w+)" value="([^"]+)"', add) == [
        ("c", "Peru"),
        ("c", "Nepal"),
        ("as_of", "2022-06"),
        ("scale", "log"),
    ]
    assert '<strong aria-current="true">logarithmic, for countries of very different sizes</strong>' in text
    specs = charts(text)
    assert specs["compare-totals"]["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"
    assert "(log scale)" in specs["compare-totals"]["title"]["text"]
    assert "log" not in specs["compare-women"]["title"]["text"]
    linear = html(client, "/compare?c=Peru&c=Nepal&as_of=2022-06")
    assert '<strong aria-current="true">linear</strong>' in linear and 'id="scale-log"' in linear
    assert "(log scale)" not in charts(linear)["compare-totals"]["title"]["text"]
    full = html(client, "/compare?" + "&".join(f"c={c}" for c in ("PER", "NPL", "BGD", "GHA", "IND")))
    assert 'id="compare-add"' not in full  # five already: nothing to add
    assert client.get("/compare?c=Peru&scale=cubic").status_code == 422


def test_release_form_makes_a_word_draft_in_french_with_the_brief_words(client):
    import docx

    params = {
        "date": "2022-10-12",
        "language": "fr",
        "format": "docx",
        "speaker": "Ana Torres",
        "title": "Ambassadrice",
        "quote": "Nous sommes fiers de nos Casques bleus.",
        "contacts": "Contacts presse\nBureau de presse, press@example.org",
    }
    response = client.get("/release/Peru", params=params)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="release-per-2022-10-12-fr.docx"'
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "Pérou" in text and "270" in text and "Ana Torres" in text and "Nous sommes fiers" in text
    assert "press@example.org" in text
    shown = html(client, "/release/Peru?date=2022-10-12&language=en&format=page")
    assert len(re.findall(r"<h1[ >]", shown)) == 1 and 'data-copy="draft-text"' in shown
    assert "Today, Peru provides" in shown and 'id="source-2"' in shown
    assert 'href="/release/Peru?date=2022-10-12&amp;language=en&amp;format=docx"' in shown
    figures = client.get(
        "/release/Peru", params={"date": "2022-10-12", "quote": "We sent 300 more."}, headers={"accept": "text/html"}
    )
    assert figures.status_code == 422 and "figures come from the data" in figures.text


def test_downloads_full_export_and_rankings_csv(client):
    import pyarrow.parquet as pq

    month = client.get("/export", params={"as_of": "2022-06", "format": "csv"})
    assert month.status_code == 200 and month.content.startswith(b"\xef\xbb\xbf")
    assert month.headers["content-disposition"] == 'attachment; filename="peacekeeping-contributions-2022-06.csv"'
    rows = list(csv.DictReader(io.StringIO(month.content.decode("utf-8-sig"))))
    assert {r["as_of"] for r in rows} == {"2022-06-30"}
    assert sum(int(r["total"]) for r in rows if r["iso3"] == "PER") == 270
    every = client.get("/export", params={"format": "parquet"})
    table = pq.read_table(io.BytesIO(every.content))
    assert len({d.isoformat() for d in table.column("as_of").to_pylist()}) == 8 and "source_file" in table.column_names
    text = html(client, "/data?as_of=2022-06")
    assert 'href="/export?as_of=2022-06&amp;format=csv"' in text and 'id="terms"' in text


def test_language_switch_localises_words_numbers_dates_and_names(client):
    french = client.get("/country/Peru?as_of=2022-06&lang=fr", headers={"accept": "text/html"})
    assert french.cookies.get("lang") == "fr"
    client.cookies.clear()  # the cookie is sent explicitly below
    assert "<h1>Pérou, juin 2022" in french.text and '<html lang="fr">' in french.text
    assert "personnel en uniforme" in french.text and "4e" in Page(french.text).ids["rank"]
    home = html(client, "/", cookie="lang=es")  # the cookie keeps the language on the next pages
    assert '<html lang="es">' in home and "1.230" in Page(home).tables["top"][1][2]
    assert "Principales contribuyentes" in home
    english = html(client, "/")
    assert "Top contributors" in english and "1,230" in english
    spec = charts(french.text)["by-type"]
    assert spec["config"]["locale"]["time"]["months"][5] == "juin" and spec["title"]["subtitle"].startswith("Source :")


def test_map_classes_show_small_contributors_and_no_personnel_is_in_the_legend():
    from peacekeeping.web.charts import maps
    from peacekeeping.web.i18n import words

    w = words("en")
    assert maps.class_labels(w) == ["1–9", "10–99", "100–999", "1,000–4,999", "5,000 or more"]
    assert maps.class_of(w, 1) != maps.class_of(w, 270) != maps.class_of(w, 5905)

    def luminance(colour: str) -> float:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for colour in maps.CLASSES:
        high, low = sorted([luminance(maps.NONE), luminance(colour)], reverse=True)
        assert (high + 0.05) / (low + 0.05) >= 3, colour
    spec = maps.world_map(
        w, "map", [{"m49": 604, "country": "Peru", "total": 270}], "t", "2022-06-30", lambda name: f"/static/{name}"
    ).spec
    assert spec["layer"][0]["encoding"]["color"] == {"datum": "no personnel"}
    assert spec["layer"][1]["encoding"]["color"]["scale"]["domain"][0] == "no personnel"


def test_static_files_have_hashed_names_cached_for_a_year(client):
    text = html(client, "/")
    url = re.search(r'src="(/static/vendor/vega\.min\.[0-9a-f]{10}\.js)"', text)[1]
    hashed = client.get(url, headers={"accept-encoding": "gzip"})
    assert hashed.status_code == 200 and hashed.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert hashed.headers["content-encoding"] == "gzip" and b"vega" in hashed.content
    assert client.get("/static/vendor/vega.min.js").headers["cache-control"] == "public, max-age=300"
    assert client.get("/static/vendor/vega.min.0000000000.js").status_code == 404  # an old name is not served
    assert client.get("/static/../app.py").status_code == 404


def test_pages_are_cached_per_store_version_and_language(client):
    first = client.get("/rankings?as_of=2022-06")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    assert client.get("/rankings?as_of=2022-06", headers={"if-none-match": etag}).status_code == 304
    spanish = client.get("/rankings?as_of=2022-06", headers={"cookie": "lang=es"})
    assert spanish.headers["etag"] != etag and "Clasificación" in spanish.text


def test_charts_have_a_title_a_description_and_a_data_table(client):
    text = html(client, "/country/Peru?as_of=2022-06")
    for chart_id, spec in charts(text).items():
        assert re.search(rf'<div class="chart" id="{chart_id}" role="img" aria-label="[^"]+"', text), chart_id
        assert f'<table id="{chart_id}-data"' in text and f'id="{chart_id}-caption"' in text
        assert spec["title"]["text"] and spec["title"]["subtitle"].startswith("Source:") and spec["description"]
        assert f'data-chart-id="{chart_id}" data-format="png"' in text
        assert f'data-format="svg" id="{chart_id}-svg"' in text


def test_calendar_tells_status_by_symbol_too(client):
    calendar = charts(html(client, "/data"))["calendar"]
    symbols = {v["status"]: v["symbol"] for v in calendar["data"]["values"]}
    assert symbols == {"ingested": "✓", "missing": "✗", "flagged": "!"}
    assert calendar["layer"][1]["mark"]["type"] == "text"


@pytest.mark.parametrize(
    "path, words",
    [
        ("/country/Peru?as_of=2022-13", "Months are written like 2022-06"),
        ("/no/such/page", "There is no page at this address."),
        ("/country/Peru?as_of=2019-01", "no report on or before"),
    ],
)
def test_error_pages_speak_plainly(client, path, words):
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code >= 400 and words in response.text
    for internal in ("String should match pattern", "query.as_of", "Traceback", "_"):
        if internal == "_":
            assert 'data-error-type="' in response.text
            continue
        assert internal not in response.text
