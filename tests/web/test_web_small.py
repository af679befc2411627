"""The HTML pages over the small store, as the server renders them (TestClient): the figures each page shows, the
downloads, the checker form, the error pages. The browser's side (charts, downloads, no requests off the machine)
is in test_browser.py."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from conftest import web_client
from fixtures import small


class Page(HTMLParser):
    """An HTML page read into the text of its elements with an id, and the rows (cell texts) of its tables."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html: str):
        super().__init__()
        self.ids: dict[str, str] = {}
        self.tables: dict[str, list[list[str]]] = {}
        self._open: list[tuple[str, str | None, list[str]]] = []  # tag, id, texts
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.VOID:
            return
        self._open.append((tag, attrs.get("id"), []))
        if tag == "table" and attrs.get("id"):
            self._table = attrs["id"]
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self._open:
            open_tag, open_id, texts = self._open.pop()
            text = " ".join("".join(texts).split())
            if open_id:
                self.ids[open_id] = text
            if self._open:
                self._open[-1][2].append("".join(texts))
            if open_tag == tag:
                break
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table:
            self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="module")
def client(small_store):
    yield from web_client(small_store[0])


def page(client, path: str, **params) -> Page:
    response = client.get(path, params=params, headers={"accept": "text/html"})
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    assert response.headers["content-type"].startswith("text/html")
    return Page(response.text)


def charts(html: str) -> dict[str, dict]:
    """The Vega-Lite specs of a page, by chart id."""
    found = {}
    for chart_id, spec in re.findall(
        r'<div class="chart" id="([\w-]+)"[^>]*>.*?<script type="application/json"[^>]*>'
        r"(.*?)</script>",
        html,
        flags=re.S,
    ):
        found[chart_id] = json.loads(spec)
    return found


def test_home(client):
    response = client.get("/", headers={"accept": "text/html"})
    home = Page(response.text)
    assert home.ids["total-personnel"] == "3,260"  # the latest month, October 2022
    assert "Figures from the report of 31 October 2022" in response.text
    assert home.tables["top"] == [
        ["rank", "country", "personnel", "women"],
        ["1", "Bangladesh", "1,230", "80"],
        ["2", "Ghana", "900", "100"],
        ["3", "Nepal", "785", "55"],
        ["4", "Peru", "280", "38"],
        ["5", "Brunei Darussalam", "30", "0"],
        ["5", "Chile", "30", "5"],
        ["7", "Ukraine", "5", "0"],
    ]


def test_home_charts_carry_the_store_figures(client):
    specs = charts(client.get("/").text)
    assert set(specs) >= {"map", "trend"}
    trend = specs["trend"]["data"]["values"]
    assert [(v["month"], v["total"]) for v in trend] == [
        ("2021-06-30", 2940),
        ("2022-03-31", 2898),
        ("2022-04-30", 3183),
        ("2022-06-30", 3250),
        ("2022-08-31", 3260),
        ("2022-09-30", 3260),
        ("2022-10-31", 3260),
    ]  # May's world total is withheld
    # a line is drawn in runs of consecutive months: a gap at the missing months, at May (withheld) and July
    assert [v["run"] for v in trend] == [1, 2, 2, 3, 4, 4, 4]
    source = "Source: UN Department of Peace Operations, report of 31 October 2022"
    assert specs["trend"]["title"]["subtitle"] == source
    rule = next(layer for layer in specs["trend"]["layer"] if layer.get("name") == "month_mark")
    assert rule["mark"]["type"] == "rule" and rule["data"]["values"][0]["month"] == "2022-10-31"  # the month shown


def test_country_peru_june_2022(client):
    response = client.get("/country/Peru", params={"as_of": "2022-06"}, headers={"accept": "text/html"})
    peru = Page(response.text)
    assert (peru.ids["total"], peru.ids["women"], peru.ids["missions"], peru.ids["rank"]) == ("270", "38", "4", "4th")
    assert peru.tables["missions-table"] == [
        ["mission", "name", "personnel", "women", "pages"],
        [
            "MINUSCA",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
            "241",
            "31",
            "2",
        ],
        ["UNIFIL", "United Nations Interim Force in Lebanon", "23[1]", "5[1]", "3"],  # the Data Hub says 22
        [
            "MONUSCO",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "4",
            "2",
            "4",
        ],
        ["BINUH", "United Nations Integrated Office in Haiti", "2", "0", "1"],
    ]
    # one fatality figure on the page, the draft's: up to the draft's date
    assert peru.ids["fatalities"] == (
        "4 nationals of Peru lost their lives in UN peace operations up to 21 July 2022 "
        "(register of 4 April 2025, fatalities-2025-04-04.csv)."
    )
    # one way to a draft: the form (dated the day after the report was made), no download link that ignores it
    assert "/api/release/" not in response.text and 'action="/release/PER"' in response.text
    assert 'name="date" value="2022-07-21"' in response.text
    specs = charts(response.text)
    assert set(specs) == {
        "deployment-map",
        "by-mission",
        "by-type",
        "women-count",
        "women-share",
        "share-by-type",
        "fatalities-chart",
    }
    # shares with their counts: MINUSCA and UNIFIL troops (29 + 5 women of 232 + 23), staff officers, experts, police
    assert peru.tables["share-by-type-data"][1:] == [
        ["Troops", "13.3%", "34", "255"],
        ["Staff Officer", "22.2%", "2", "9"],
        ["Experts on Mission", "50.0%", "2", "4"],
        ["Individual Police", "0.0%", "0", "2"],
    ]
    bars = specs["share-by-type"]["data"]["values"]
    assert [v["label"] for v in bars] == ["13.3% (34 of 255)", "22.2% (2 of 9)", "50.0% (2 of 4)", "0.0% (0 of 2)"]
    where = specs["deployment-map"]["layer"][2]["data"]["values"]
    assert [(v["mission"], v["total"], v["latitude"]) for v in where] == [
        ("MINUSCA", 241, 4.3667),
        ("UNIFIL", 23, 33.12),
        ("MONUSCO", 4, -4.325),
    ]  # BINUH: no place in the list


def test_country_month_without_missions_and_absent_country(client):
    august = client.get("/country/Peru", params={"as_of": "2022-08"}).text
    parsed = Page(august)
    assert (parsed.ids["total"], parsed.ids["women"], parsed.ids["missions"]) == (
        "280",
        "not in this report",
        "not in this report",
    )
    assert "missions-table" not in parsed.tables
    iceland = Page(client.get("/country/Iceland", params={"as_of": "2022-06"}).text)
    assert "total" not in iceland.ids
    assert (
        "Iceland has no uniformed personnel in this report."
        in client.get("/country/Iceland", params={"as_of": "2022-06"}).text
    )


def test_rankings_page_and_csv(client):
    ranking = page(client, "/rankings", as_of="2022-06", by="women")
    assert ranking.tables["ranking"][1:] == [
        ["1", "Ghana", "900", "100", "800"],
        ["2", "Bangladesh", "1,230", "80", "1,150"],
        ["3", "Nepal", "785", "55", "730"],
        ["4[1]", "Peru", "270[1]", "38[1]", "232"],
        ["5", "Chile", "30", "5", "25"],
        ["", "Brunei Darussalam", "30", "0[2]", "30"],
        ["", "Ukraine", "5", "0[2]", "5"],
    ]  # no women: unranked, said
    assert (
        "2 contributors deploy no women this month (Brunei Darussalam and Ukraine)"
        in client.get("/rankings", params={"as_of": "2022-06", "by": "women"}).text
    )
    response = client.get("/rankings.csv", params={"as_of": "2022-06"})
    assert response.headers["content-disposition"] == 'attachment; filename="ranking-total-2022-06.csv"'
    assert response.content.startswith("\ufeff".encode())  # spreadsheets read UTF-8 with a BOM
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["rank", "iso3", "m49", "country", "total", "women", "men", "as_of", "report", "caveats"]
    assert rows[4] == [
        "4",
        "PER",
        "604",
        "Peru",
        "270",
        "38",
        "232",
        "2022-06-30",
        "UN_country_contributions_2022_06.pdf",
        "The Data Hub gives another figure for Peru UNIFIL "
        "troops: report 23 against DPO-UCHISTORICAL 22 (DPO-UCHISTORICAL.csv, line 14).",
    ]
    assert len(rows) == 8  # the 7 contributors: Papua New Guinea, listed with no one, is not one
    women = list(
        csv.reader(
            io.StringIO(
                client.get("/rankings.csv", params={"as_of": "2022-06", "by": "women"}).content.decode("utf-8-sig")
            )
        )
    )
    assert [r[:2] + r[5:6] + [r[9][:44]] for r in women[6:]] == [  # none left out without a word
        ["", "BRN", "0", "2 contributors deploy no women this month (B"],
        ["", "UKR", "0", "2 contributors deploy no women this month (B"],
    ]


def test_mission_page(client):
    response = client.get("/mission/MINUSCA", params={"as_of": "2022-06"})
    mission = Page(response.text)
    assert mission.ids["mission-total"] == "2,031"
    assert [row[:3] for row in mission.tables["contributors"][1:]] == [
        ["Bangladesh", "1,050", "50"],
        ["Nepal", "740", "40"],
        ["Peru", "241", "31"],
    ]
    points = [layer for layer in charts(response.text)["mission-map"]["layer"] if layer["mark"]["type"] == "circle"]
    assert points[0]["data"]["values"] == [{"latitude": 4.3667, "longitude": 18.5833, "label": "MINUSCA: Bangui"}]


def test_check_form(client):
    form = page(client, "/check")
    assert "check-button" in form.ids and "result" not in form.ids
    response = client.post(
        "/check", data={"text": small.RELEASE_TEXT, "date": "2022-10-12"}, headers={"accept": "text/html"}
    )
    assert response.status_code == 200
    checked = Page(response.text)
    assert checked.ids["reference-month"] == "2022-06"
    verdicts = checked.tables["verdicts"]
    assert len(verdicts) == 14 and [row[2] for row in verdicts[1:]].count("supported") == 12
    assert response.text.count('<mark class="claim supported"') == 12


def test_data_page(client):
    data = page(client, "/data")
    months = data.tables["months"]  # newest first
    assert [row[:2] for row in months[1:] if row[1] == "missing"] == [
        [m, "missing"]
        for m in (
            "July 2022",
            "February 2022",
            "January 2022",
            "December 2021",
            "November 2021",
            "October 2021",
            "September 2021",
            "August 2021",
            "July 2021",
        )
    ]
    assert months[1] == [
        "October 2022",
        "ingested",
        "31 October 2022",
        "UN_country_contributions_2022_10.pdf",
        "country by mission matrix",
        "3,260",
        "date from the PDF's creation date",
    ]  # words, no names
    assert len(data.tables["flags"]) == 1 + 6


@pytest.mark.parametrize(
    ("lang", "month", "as_of", "flagged"),
    [
        ("en", "October 2022", "31 October 2022", "June 2022"),
        ("es", "octubre de 2022", "31 de octubre de 2022", "junio de 2022"),
        ("fr", "octobre 2022", "31 octobre 2022", "juin 2022"),
    ],
)
def test_the_data_pages_months_in_its_language_iso_for_machines(client, lang, month, as_of, flagged):
    html = client.get("/data", params={"lang": lang}).text
    data = page(client, "/data", lang=lang)
    client.cookies.clear()  # ?lang= keeps the language in a cookie: the next tests read English
    assert data.tables["months"][1][0] == month and data.tables["months"][1][2] == as_of
    assert flagged in [row[0] for row in data.tables["flags"][1:]]
    assert f'<td data-v="2022-10"><time datetime="2022-10">{month}</time></td>' in html  # the table's CSV: ISO
    assert not re.search(r"<td>\d{4}-\d{2}(?:-\d{2})?</td>", html)


def test_api_docs_page(client):
    docs = page(client, "/docs")
    paths = {row[1] for row in docs.tables["endpoints"][1:]}
    assert {
        "/api/v1/countries/{country}",
        "/api/v1/rankings",
        "/api/v1/check",
        "/api/v1/releases/{country}",
        "/api/profile/{country}",
    } <= paths
    assert len(docs.tables["endpoints"]) - 1 == 14 + 13  # version 1, and the deprecated unversioned paths


def test_go_redirects_to_the_country(client):
    response = client.get("/go", params={"country": " Peru "}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/country/Peru")


def test_error_page_for_an_unknown_country(client):
    response = client.get("/country/Perru", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert 'data-error-type="unknown_country"' in response.text and 'href="/country/Peru"' in response.text


def test_the_check_page_offers_an_example_is_prefilled_from_its_address_and_says_which_months_were_left_out(client):
    link = re.search(r'id="check-example" href="([^"]+)"', client.get("/check").text)[1].replace("&amp;", "&")
    example = client.get(link)
    assert example.status_code == 200
    assert "Peru provides 270 uniformed personnel, including 38 women, to five missions" in example.text
    assert 'value="2022-10-12"' in example.text and 'id="result"' not in example.text
    response = client.post(
        "/check", data={"text": small.RELEASE_TEXT, "date": "2022-06-15"}, headers={"accept": "text/html"}
    )
    assert Page(response.text).ids["left-out"] == (
        "Left out: the May 2022 report was published on 20 June 2022, after the date given."
    )
