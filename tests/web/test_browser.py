"""End-to-end: the web app in real headless Chromium, with no internet.

The app runs with uvicorn on a free loopback port over the full store; Playwright drives Debian's
/usr/bin/chromium (never a downloaded browser). Every request that leaves 127.0.0.1 is aborted and
recorded, and every console error or page error is recorded: each test asserts both lists are empty.
Full-page screenshots land in test-output/screenshots/ (git-ignored).

Without /usr/bin/chromium the tests skip, unless CI is set: then they fail.
"""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import struct
import threading
import time
import zlib
from pathlib import Path

import httpx
import pytest
from conftest import DATA, ROOT, under_ci

from peacekeeping.web.i18n import words

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
SEED_RELEASE = DATA.parent / "examples" / "release-peru-2022-10-12.txt"
CHART_TIMEOUT_MS = 30_000


def _unavailable(reason: str):
    """Skip on a workstation without a browser; fail under CI, where .ci/run installs it."""
    if under_ci():
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is missing: pip install -e '.[test]'")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(full_store):
    """The app over the full store, served by uvicorn in a background thread: its base URL."""
    yield from _serve(full_store[0])


@pytest.fixture(scope="session")
def small_server(small_store):
    """The app over the small store (tests/fixtures/small.py), served likewise."""
    yield from _serve(small_store[0])


def _serve(db: Path):
    import uvicorn

    from peacekeeping.web.app import create_app

    port = _free_port()
    app = create_app(db)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


class Browse:
    """A page that only reaches the app and remembers what went wrong."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.blocked: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"))
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))

    def _route(self, route):
        url = route.request.url
        if url == self.base or url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def goto(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        return response

    def text(self, selector: str) -> str:
        return self.page.locator(selector).inner_text().strip()

    def charts_rendered(self, expected: list[str]) -> None:
        """Wait for vega-embed on every .chart, then: all rendered as SVG, none failed, the ones expected."""
        self.page.wait_for_function(
            "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.rendered || c.dataset.error)",
            timeout=CHART_TIMEOUT_MS,
        )
        charts = self.page.eval_on_selector_all(
            ".chart",
            "els => els.map(e => ({id: e.id, rendered: e.dataset.rendered || null, "
            "error: e.dataset.error || null, svg: !!e.querySelector('svg'), "
            "width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height}))",
        )
        assert [c["id"] for c in charts] == expected
        for c in charts:
            assert c["error"] is None, f"chart {c['id']} failed: {c['error']}"
            assert c["rendered"] == "true" and c["svg"], f"chart {c['id']} not rendered: {c}"
            assert c["width"] > 200 and c["height"] > 100, f"chart {c['id']} too small: {c}"
        assert self.page.locator('.chart[data-rendered="true"] svg').count() == len(expected)

    def map_drawn(self, chart_id: str) -> None:
        """The world map's countries came from the vendored topojson: many shapes in the SVG."""
        shapes = self.page.locator(f"#{chart_id} svg path").count()
        assert shapes > 150, f"map {chart_id}: only {shapes} shapes drawn"

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def assert_clean(self) -> None:
        assert self.blocked == [], f"requests left 127.0.0.1: {self.blocked}"
        assert self.errors == [], f"errors in the browser: {self.errors}"


@pytest.fixture()
def browse(browser, server):
    yield from _browse(browser, server)


@pytest.fixture()
def small_browse(browser, small_server):
    yield from _browse(browser, small_server)


@pytest.fixture()
def phone(browser, server):
    """A page 390 px wide, as an iPhone 12 to 15 shows it."""
    yield from _browse(browser, server, 390, 844)


def _browse(browser, base: str, width: int = 1280, height: int = 900):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(CHART_TIMEOUT_MS)
    yield Browse(page, base)
    context.close()


def _row(page, table: str, first_text: str):
    """The cells' texts of the row of `table` whose link or first cells read exactly `first_text`."""
    row = page.locator(f"{table} tbody tr").filter(
        has=page.locator("td").filter(has_text=re.compile(rf"^\s*{re.escape(first_text)}\s*$"))
    )
    assert row.count() == 1, f"{table}: {row.count()} rows for {first_text!r}"
    return [cell.strip() for cell in row.locator("td").all_inner_texts()]


@pytest.mark.archive
def test_home(browse, server):
    latest = httpx.get(f"{server}/api/totals").json()
    top = httpx.get(f"{server}/api/ranking", params={"top": 10}).json()["rows"]
    browse.goto("/")
    assert browse.text("#total-personnel") == f"{latest['personnel']:,}"
    written = words("en").date(latest["month"]["as_of"])  # "31 July 2025": never ISO in running text
    assert f"Figures from the report of {written}" in browse.text("main > p.meta")
    assert f"{latest['contributing_countries']}" in browse.text(".cards")
    rows = browse.page.locator("#top tbody tr")
    assert rows.count() == 10
    first = [c.strip() for c in rows.nth(0).locator("td").all_inner_texts()]
    assert first == ["1", top[0]["country"], f"{top[0]['total']:,}", f"{top[0]['women']:,}"]
    browse.charts_rendered(["map", "trend", "women-count", "women-share"])
    browse.map_drawn("map")
    browse.screenshot("home")
    browse.assert_clean()


@pytest.mark.archive
def test_country_peru_june_2022(browse, tmp_path):
    import docx

    browse.goto("/country/Peru?as_of=2022-06")
    assert browse.text("main > h1").startswith("Peru")
    assert "30 June 2022" in browse.text("main > p.meta")
    assert browse.text("#total") == "270"
    assert browse.text("#women") == "38"
    assert browse.text("#missions") == "5"
    assert browse.text("#rank") == "48th"
    assert browse.page.locator("#missions-table tbody tr").count() == 5
    minusca = _row(browse.page, "#missions-table", "MINUSCA")
    assert minusca[0] == "MINUSCA" and minusca[2] == "255"
    browse.charts_rendered(
        ["deployment-map", "by-mission", "by-type", "women-count", "women-share", "share-by-type", "fatalities-chart"]
    )
    browse.map_drawn("deployment-map")
    browse.screenshot("country-peru-2022-06")

    browse.page.select_option("#release-format", "docx")  # the form as it stands: the day after June's report was made
    path = _download(browse, "#release-go", tmp_path)
    assert path.name == "release-per-2022-09-24-en.docx"
    document = docx.Document(str(path))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    )
    assert "270" in text and "Peru" in text
    browse.assert_clean()


@pytest.mark.archive
def test_rankings_january_2022(browse, tmp_path):
    browse.goto("/rankings")
    with browse.page.expect_navigation():  # the picker applies the month chosen
        browse.page.select_option("#month", "2022-01")
    assert "as_of=2022-01" in browse.page.url
    assert "31 January 2022" in browse.text("main > p.meta")
    peru = _row(browse.page, "#ranking", "Peru")
    assert peru[0] == "50" and peru[2] == "230"
    browse.screenshot("rankings-2022-01")

    with browse.page.expect_download() as info:
        browse.page.click("#csv")
    download = info.value
    assert download.failure() is None
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for spreadsheets
    header, *rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    assert header[:5] == ["rank", "iso3", "m49", "country", "total"]
    assert len(rows) == 121  # the 121 contributors: the UN also ranks Papua New Guinea, listed with no one
    assert ["50", "PER", "604", "Peru", "230"] in [r[:5] for r in rows]
    browse.assert_clean()


@pytest.mark.archive
def test_check_seed_release(browse):
    browse.goto("/check")
    browse.page.fill("textarea[name=text]", SEED_RELEASE.read_text(encoding="utf-8"))
    browse.page.fill("input[name=date]", "2022-10-12")
    with browse.page.expect_navigation():
        browse.page.click("#check-button")
    assert browse.text("#reference-month") == "2022-06"
    supported = [t.strip() for t in browse.page.locator("mark.supported").all_inner_texts()]
    for figure in ("270", "38", "48th"):
        assert figure in supported, f"{figure} not marked supported: {supported}"
    assert browse.page.locator("mark.contradicted").count() == 0
    browse.screenshot("check-seed-release")
    browse.assert_clean()


@pytest.mark.archive
def test_mission_minusca(browse):
    browse.goto("/mission/MINUSCA")
    assert browse.text("main > h1").startswith("MINUSCA")
    assert browse.page.locator("#contributors tbody tr").count() > 10
    browse.charts_rendered(["strength", "mission-map", "by-type", "share-by-type", "women-count", "women-share"])
    browse.map_drawn("mission-map")
    browse.screenshot("mission-minusca")
    browse.assert_clean()


@pytest.mark.archive
def test_data_page(browse):
    browse.goto("/data")
    assert browse.page.locator("#months tbody tr").count() > 100
    assert browse.page.locator("#flags tbody tr").count() > 0
    browse.charts_rendered(["calendar"])
    browse.screenshot("data")
    browse.assert_clean()


@pytest.mark.archive
def test_api_docs_page(browse):
    browse.goto("/docs")
    assert browse.page.locator("#endpoints tbody tr").count() >= 10
    browse.screenshot("docs")
    browse.assert_clean()


@pytest.mark.archive
def test_a_figure_printed_in_error_is_withheld_on_the_page_with_its_reason(browse):
    browse.goto("/country/Bangladesh?as_of=2020-08")
    assert browse.text("#total") == "6,731"
    assert browse.text("#women").startswith("withheld")
    mark = browse.page.locator("#women ~ sup a.caveat-mark").first
    target = mark.get_attribute("href")
    caveat = browse.text(target)
    assert caveat.startswith("Withheld: The August 2020 report's split by sex is wrong for many contingents")
    assert "(as printed: 4,658)" in caveat
    assert "sex_split_flip" not in browse.page.content()  # the pages speak in words, not flag names
    browse.charts_rendered(
        ["deployment-map", "by-mission", "by-type", "women-count", "women-share", "share-by-type", "fatalities-chart"]
    )
    browse.screenshot("country-bangladesh-2020-08")
    browse.assert_clean()


@pytest.mark.archive
def test_a_month_with_no_report_is_named_on_the_page(browse):
    browse.goto("/country/Peru?as_of=2022-07")
    assert browse.text("#substitution") == (
        "No report covers July 2022: figures are from the report of 30 June 2022, the latest before it."
    )
    assert browse.text("#total") == "270"
    browse.screenshot("country-peru-2022-07")
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ the small store


def test_small_store_home_and_data_pages(small_browse):
    small_browse.goto("/")
    assert small_browse.text("#total-personnel") == "3,260"
    assert "Figures from the report of 31 October 2022" in small_browse.text("main > p.meta")
    rows = small_browse.page.locator("#top tbody tr")
    assert rows.count() == 7
    assert [c.strip() for c in rows.nth(3).locator("td").all_inner_texts()] == ["4", "Peru", "280", "38"]
    small_browse.charts_rendered(["map", "trend", "women-count", "women-share"])
    small_browse.map_drawn("map")
    small_browse.screenshot("small-home")
    small_browse.goto("/data")
    assert small_browse.page.locator("#months tbody tr").filter(has_text="missing").count() == 9
    assert small_browse.page.locator("#months tbody tr").first.locator("td").first.inner_text() == "October 2022"
    assert small_browse.page.locator("#flags tbody tr").count() == 6
    small_browse.charts_rendered(["calendar"])
    small_browse.assert_clean()


def test_small_store_country_page_its_word_draft_and_the_checker(small_browse, tmp_path):
    import docx
    from fixtures.small import RELEASE_TEXT

    small_browse.goto("/country/Peru?as_of=2022-06")
    assert [small_browse.text(f"#{card}") for card in ("total", "women", "missions", "rank")] == [
        "270",
        "38",
        "4",
        "4th",
    ]
    assert _row(small_browse.page, "#missions-table", "MINUSCA")[2:] == ["241", "31", "2"]
    small_browse.charts_rendered(
        ["deployment-map", "by-mission", "by-type", "women-count", "women-share", "share-by-type", "fatalities-chart"]
    )
    small_browse.page.select_option("#release-format", "docx")
    path = _download(small_browse, "#release-go", tmp_path)
    assert path.name == "release-per-2022-07-21-en.docx"
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Today, Peru provides 270 uniformed personnel, including 38 women, to four missions" in text
    small_browse.screenshot("small-country-peru")

    small_browse.goto("/check")
    small_browse.page.fill("textarea[name=text]", RELEASE_TEXT)
    small_browse.page.fill("input[name=date]", "2022-10-12")
    with small_browse.page.expect_navigation():
        small_browse.page.click("#check-button")
    assert small_browse.text("#reference-month") == "2022-06"
    assert small_browse.page.locator("mark.supported").count() == 12
    assert small_browse.page.locator("mark.contradicted").count() == 0
    small_browse.assert_clean()


# ------------------------------------------------------------------------------------------------ the dashboard
# As a press officer uses it: Peru, June 2022 found from the home page without editing a URL, the draft form's Word
# file, every download's content, the language switch on every page, and axe-core (vendored, injected from the
# package) finding no violation on any page.

PAGES = [
    "/",
    "/country/Peru?as_of=2022-06",
    "/mission/MINUSCA?as_of=2022-06",
    "/missions?as_of=2022-06",
    "/rankings?as_of=2022-06",
    "/compare?c=Peru&c=Nepal&as_of=2022-06",
    "/data",
    "/news?as_of=2022-06",
    "/check",
    "/docs",
    "/release/Peru?date=2022-10-12",
]


def _download(browse: Browse, selector: str, tmp_path: Path) -> Path:
    with browse.page.expect_download() as info:
        browse.page.click(selector)
    download = info.value
    assert download.failure() is None
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    return path


def _wait_for_charts(browse: Browse) -> None:
    browse.page.wait_for_function(
        "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.rendered || c.dataset.error)"
    )


@pytest.mark.archive
def test_the_language_chosen_is_kept_by_a_cookie(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    with browse.page.expect_navigation():
        browse.page.click("#langs a[lang=fr]")
    with browse.page.expect_navigation():  # the home page, reached by its link, is in French too
        browse.page.click("header a.brand")
    assert browse.text("main > h1").startswith("Maintien de la paix de l’ONU")
    browse.assert_clean()


@pytest.mark.archive
def test_peru_june_2022_from_the_home_page_by_the_month_picker_and_the_search_box(browse):
    browse.goto("/")
    with browse.page.expect_navigation():  # the picker applies the month chosen, with no button to click
        browse.page.select_option("#month", "2022-06")
    assert "as_of=2022-06" in browse.page.url and browse.text("main > h1").endswith("June 2022")
    browse.page.fill("#search-box", "Peru")
    with browse.page.expect_navigation():
        browse.page.press("#search-box", "Enter")
    assert browse.text("main > h1").startswith("Peru, June 2022")
    assert browse.page.title().startswith("Peru, June 2022")
    assert [browse.text(f"#{card}") for card in ("total", "women", "missions", "rank")] == ["270", "38", "5", "48th"]
    with browse.page.expect_navigation():  # next and previous reports, then back
        browse.page.click("#next-month")
    assert browse.text("main > h1").startswith("Peru, August 2022")  # July 2022 has no report
    with browse.page.expect_navigation():
        browse.page.click("#prev-month")
    assert browse.text("#total") == "270"
    browse.page.fill("#search-box", "MINUSCA")  # a mission, in the month shown
    with browse.page.expect_navigation():
        browse.page.press("#search-box", "Enter")
    assert browse.text("main > h1").startswith("MINUSCA, June 2022")
    browse.assert_clean()


def test_the_search_box_asks_which_congo_and_offers_near_missions(small_browse):
    """Issue 24, item 1: 'Congo' asks which one under a heading that says so, each choice leads to its country in the
    month shown; a near name ('MINUSXX') offers the close mission, never that mission's page."""
    browse = small_browse

    def search(text: str) -> None:
        browse.page.fill("#search-box", text)
        with browse.page.expect_navigation():
            browse.page.press("#search-box", "Enter")

    browse.goto("/?as_of=2022-06")
    search("Congo")
    assert browse.text("main h1") == "That name may mean more than one country. Which one do you mean?"
    assert browse.page.locator("#choices a").all_inner_texts() == [
        "Republic of the Congo",
        "Democratic Republic of the Congo",
    ]
    with browse.page.expect_navigation():
        browse.page.click("#choices a >> nth=1")
    assert browse.text("main > h1").startswith("Democratic Republic of the Congo, June 2022")  # the month kept
    search("MINUSXX")
    assert browse.text("main h1") == "No country or mission goes by that name."
    assert browse.page.locator("#choices a").all_inner_texts() == ["UNMIS", "UNMISS", "UNSMIS"]
    browse.errors = [e for e in browse.errors if "status of 404" not in e]  # the two answers with choices are 404s
    browse.assert_clean()


@pytest.mark.archive
def test_the_draft_form_makes_a_word_file_with_peru_figures(browse, tmp_path):
    import docx

    browse.goto("/country/Peru?as_of=2022-06")
    browse.page.fill("#release-date", "2022-10-12")
    browse.page.select_option("#release-format", "docx")
    browse.page.fill("#speaker-name", "Ana Torres")
    browse.page.fill("#quote", "We are proud of our peacekeepers.")
    path = _download(browse, "#release-go", tmp_path)
    assert path.name == "release-per-2022-10-12-en.docx"
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    for figure in ("270", "38", "five", "48th", "Ana Torres", "“We are proud of our peacekeepers,” said Ana Torres."):
        assert figure in text, figure
    browse.page.select_option("#release-format", "page")  # on the page: the text, to copy
    with browse.page.expect_navigation():
        browse.page.click("#release-go")
    assert "Today, Peru provides" in browse.text("#draft-text")
    assert browse.page.locator("h1").count() == 1
    browse.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    browse.page.click("#copy")
    browse.page.wait_for_selector("#copy-status:not([hidden])")
    copied = browse.page.evaluate("navigator.clipboard.readText()")  # the words and figures, no footnote marks
    assert (
        "Today, Peru provides 270 uniformed personnel, including 38 women, to five missions making it the 48th "
        "largest contributor" in copied
    )
    assert copied.splitlines()[2].startswith("New York, 12 October 2022 - [title] Ana Torres")
    assert "Sources of the figures" not in copied and "UN_country_contributions" not in copied
    browse.assert_clean()


@pytest.mark.archive
def test_the_release_form_with_date_spanish_and_word_downloads_that_draft(browse, tmp_path):
    """Issue 24: the form's date, language and format make the file (no button beside it that ignores them)."""
    import zipfile

    import docx

    browse.goto("/country/Peru?as_of=2022-06")
    assert browse.page.locator("#download-docx").count() == 0
    browse.page.fill("#release-date", "2022-10-12")
    browse.page.select_option("#release-lang", "es")
    browse.page.select_option("#release-format", "docx")
    path = _download(browse, "#release-go", tmp_path)
    assert path.name == "release-per-2022-10-12-es.docx"
    with zipfile.ZipFile(path) as word:
        assert '<w:lang w:val="es-ES"' in word.read("word/styles.xml").decode()
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs[0] == "Las Naciones Unidas agradecen al Perú su contribución al mantenimiento de la paz"
    assert paragraphs[1].startswith("Nueva York, 12 de octubre de 2022 - ")
    assert any(
        "Hoy, el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cinco misiones" in p for p in paragraphs
    )
    assert "Sources of the figures" not in paragraphs and "Fuentes de las cifras" in paragraphs
    browse.assert_clean()


@pytest.mark.archive
def test_every_download_has_its_content(browse, tmp_path):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    table = _download(browse, "#missions-table-csv", tmp_path)
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["mission", "name", "personnel"] and rows[1][0] == "MINUSCA" and rows[1][2] == "255"
    data = _download(browse, "#by-type-data-csv", tmp_path)  # a chart's data table
    assert len(list(csv.reader(io.StringIO(data.read_text(encoding="utf-8-sig"))))) > 100
    for chart in ("deployment-map", "by-mission", "share-by-type", "fatalities-chart"):
        svg = _download(browse, f"#{chart}-svg", tmp_path).read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "Source: UN" in svg, chart
        png = _download(browse, f"#{chart}-png", tmp_path).read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 10_000, chart
    svg = (tmp_path / "country-Peru-2022-06-share-by-type.svg").read_text(encoding="utf-8")
    assert "report of 30 June 2022" in svg and "Peru: women&apos;s share by type, June 2022" in svg.replace(
        "'", "&apos;"
    )
    browse.goto("/data?as_of=2022-06")
    export = _download(browse, "#export-month-csv", tmp_path)
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    assert sum(int(r["total"]) for r in rows if r["iso3"] == "PER") == 270
    parquet = _download(browse, "#export-month-parquet", tmp_path)
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
    browse.assert_clean()


def _no_axe_violation(browse: Browse, lang: str = "en", contrast: bool = True) -> None:
    """axe-core, loaded from the app's own /static (the CSP allows only 'self'), finds no violation on the page;
    `contrast=False` leaves out its colour-contrast rule (two thirds of its time on a page of 10,000 elements)."""
    _wait_for_charts(browse)
    browse.page.add_script_tag(url="/static/vendor/axe.min.js")
    options = {"resultTypes": ["violations"], "rules": {"color-contrast": {"enabled": contrast}}}
    result = browse.page.evaluate("(options) => axe.run(document, options)", options)
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == [], lang


@pytest.mark.archive
@pytest.mark.parametrize("path", PAGES)
def test_every_page_switches_language_and_keeps_it(browse, path):
    browse.goto(path)
    english = browse.text("main h1")
    with browse.page.expect_navigation():
        browse.page.click("#langs a[lang=fr]")
    assert browse.page.locator("html").get_attribute("lang") == "fr"
    assert browse.text("header nav").startswith("Nouveautés")
    assert browse.text("main h1") != english
    assert {c["name"]: c["value"] for c in browse.page.context.cookies()}.get("lang") == "fr"  # kept for the next
    browse.goto(path + ("&" if "?" in path else "?") + "lang=en")  # lang= wins over the cookie
    assert browse.text("main h1") == english
    browse.assert_clean()


@pytest.mark.archive
@pytest.mark.parametrize("path", ["/country/Perru", "/country/Bangladesh?as_of=2020-08&lang=fr"])
def test_an_error_page_and_a_french_page_have_no_axe_violation(browse, path):
    response = browse.page.goto(browse.base + path)
    assert response is not None
    _no_axe_violation(browse)
    if path == "/country/Perru":  # the browser logs the error page's own 404
        browse.errors = [e for e in browse.errors if "status of 404" not in e]
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ the charts
# As a journalist takes them (issue 26): the month marked, gaps and lone months, shares and counts on honest axes, the
# same style for a mission on every page, legends and map labels that fit, bubbles by area, titles that name their
# subject and months, exports that stand alone, CSVs of numbers.

OVER_TIME = ["by-mission", "by-type", "women-count", "women-share"]


def _x(browse, chart: str, day: str) -> float:
    """Where `day` falls on a chart's x axis, in the chart's own px (Vega parses YYYY-MM-DD as UTC, as here)."""
    return browse.page.evaluate("([id, day]) => views[id].scale('x')(Date.parse(day))", [chart, day])


def _translate(transform: str) -> tuple[float, float]:
    x, y = re.match(r"translate\(([-\d.e]+),([-\d.e]+)\)", transform).groups()
    return float(x), float(y)


def _spec(browse, chart: str) -> dict:
    return json.loads(browse.page.locator(f'script[data-chart="{chart}"]').text_content())


@pytest.mark.archive
def test_the_month_is_marked_on_every_trend_chart_of_peru_at_june_2022(browse):
    warnings: list[str] = []
    browse.page.on("console", lambda msg: msg.type == "warning" and warnings.append(msg.text))
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    assert warnings == []  # Vega warns of what it drops or cannot scale: nothing
    for chart in OVER_TIME:
        rule = browse.page.locator(f"#{chart} g.month_mark_marks line")
        assert rule.count() == 1, chart
        x, _ = _translate(rule.get_attribute("transform"))
        assert x == pytest.approx(_x(browse, chart, "2022-06-30"), abs=0.5), chart
        assert browse.page.locator(f"#{chart} g.month_label_marks text").text_content() == "June 2022", chart
    browse.assert_clean()


@pytest.mark.archive
def test_a_month_alone_between_gaps_is_drawn_as_a_point(browse):
    # Bangladesh, July 2020: June has no report, August's split by sex is withheld
    browse.goto("/country/Bangladesh?as_of=2020-08")
    _wait_for_charts(browse)
    points = browse.page.locator("#women-share g.lone_marks path")
    xs = [_translate(points.nth(i).get_attribute("transform"))[0] for i in range(points.count())]
    assert any(x == pytest.approx(_x(browse, "women-share", "2020-07-31"), abs=0.5) for x in xs), xs
    july = browse.page.evaluate(
        "() => [...document.querySelectorAll('#women-share g.lone_marks path')].map(p => p.__data__.datum)"
        ".map(d => [new Date(d.month).toISOString().slice(0, 10), d.women, d.total])"
    )
    assert ["2020-07-31", 254, 6568] in july
    # no line is an empty path, and the stacked areas stop at the missing month (June 2020): no run spans it
    assert browse.page.locator("#women-share g.layer_0_marks path[d='']").count() == 0
    runs = browse.page.evaluate(
        "() => [...document.querySelectorAll('#by-type g.layer_0_marks path')].map(p => p.__data__.datum.run)"
    )
    months = {}
    for value in _spec(browse, "by-type")["data"]["values"]:
        months.setdefault(value["run"], []).append(value["month"])
    assert len(runs) == len(set(runs)) and all(not (min(months[r]) < "2020-06-30" < max(months[r])) for r in runs)
    browse.assert_clean()


AXIS_LABELS = "() => [...document.querySelectorAll('.chart g.role-axis-label text')].map(t => t.textContent)"


@pytest.mark.archive
@pytest.mark.parametrize(
    "path",
    [
        "/country/COG",
        "/country/Peru?as_of=2022-06",
        "/country/Bangladesh?as_of=2020-08",
        "/compare?c=Peru&c=Nepal&c=COG&as_of=2022-06",
    ],
)
def test_share_axes_stop_at_100_percent_and_count_axes_are_whole_numbers(browse, path):
    browse.goto(path)
    _wait_for_charts(browse)
    labels = browse.page.evaluate(AXIS_LABELS)
    shares = [float(t.rstrip("%").replace(",", "")) for t in labels if t.endswith("%")]
    assert shares and max(shares) <= 100, shares
    numbers = [t for t in labels if re.fullmatch(r"[\d,.]+", t)]
    assert numbers and all(re.fullmatch(r"\d{1,3}(,\d{3})*|\d{4}", t) for t in numbers), numbers  # no "0.5"
    browse.assert_clean()


@pytest.mark.archive
def test_every_chart_title_on_peru_s_page_names_peru_and_its_months(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    titles = dict(
        browse.page.evaluate(
            "() => [...document.querySelectorAll('.chart')].map(c => [c.id, "
            "c.querySelector('g.role-title-text text').textContent])"
        )
    )
    assert len(titles) == 7 and all("Peru" in t for t in titles.values()), titles
    assert titles["women-share"] == "Peru: women's share of personnel, 2015-01 to 2025-07"
    assert titles["share-by-type"] == "Peru: women's share by type, June 2022"
    assert titles["women-count"] == "Peru: women deployed, 2015-01 to 2025-07"
    assert titles["fatalities-chart"].endswith(", 1974 to 2021")
    browse.assert_clean()


@pytest.mark.archive
def test_a_mission_has_one_style_on_every_page_and_the_legend_fits(browse):
    styles = {}
    for country in ("Bangladesh", "Peru", "Nepal"):
        browse.goto(f"/country/{country}?as_of=2022-06")
        _wait_for_charts(browse)
        enc = next(layer for layer in _spec(browse, "by-mission")["layer"] if layer["mark"]["type"] == "line")
        enc = enc["encoding"]
        colours, dashes = enc["color"]["scale"], enc["strokeDash"]["scale"]
        drawn = [(c, tuple(d)) for c, d in zip(colours["range"], dashes["range"])]
        assert len(set(drawn)) == len(drawn) <= 8  # no style twice; seven missions at most, then "others"
        for mission, colour, dash in zip(colours["domain"], colours["range"], dashes["range"]):
            styles.setdefault(mission, set()).add((colour, tuple(dash)))
        fits = browse.page.evaluate(
            "() => { const svg = document.querySelector('#by-mission svg'), box = svg.getBoundingClientRect();"
            " return [...svg.querySelectorAll('g.role-legend-label text')].every(t => {"
            " const r = t.getBoundingClientRect(); return r.bottom <= box.bottom && r.right <= box.right; }) }"
        )
        assert fits, country
    assert {m: s for m, s in styles.items() if len(s) > 1} == {}
    assert len(styles["MINUSCA"]) == 1
    browse.assert_clean()


@pytest.mark.archive
def test_map_labels_do_not_collide_and_bubbles_are_proportional(browse):
    browse.goto("/country/Bangladesh?as_of=2020-08")
    _wait_for_charts(browse)
    boxes = browse.page.evaluate(
        "() => [...document.querySelectorAll('#deployment-map g.labels_marks text')].map(t => {"
        " const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })"
    )
    assert len(boxes) == 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]), (a[0], b[0])
    bubbles = browse.page.evaluate(
        "() => [...document.querySelectorAll('#deployment-map g.bubbles_marks path')].map(p => "
        "[p.__data__.datum.total, p.getBBox().width])"
    )
    largest = max(bubbles)
    for total, width in bubbles:
        if total >= 20:  # areas in proportion to personnel (a pixel's rounding aside)
            assert (width / largest[1]) ** 2 == pytest.approx(total / largest[0], rel=0.05), total
    browse.assert_clean()


def _png_text(data: bytes) -> dict[str, str]:
    """The iTXt chunks of a PNG: keyword -> text."""
    out, at = {}, 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        body = data[at + 8 : at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length : at + 12 + length])[0] == zlib.crc32(kind + body)
        if kind == b"iTXt":
            key, rest = body.split(b"\0", 1)
            out[key.decode()] = rest[2:].split(b"\0", 2)[2].decode("utf-8")
        at += 12 + length
    return out


@pytest.mark.archive
def test_an_exported_chart_carries_its_source_terms_and_address(browse, tmp_path):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    address = browse.page.url
    png = _download(browse, "#women-share-png", tmp_path).read_bytes()
    text = _png_text(png)
    assert text["Title"] == "Peru: women's share of personnel, 2015-01 to 2025-07"
    assert text["Source"] == "Source: UN Department of Peace Operations, report of 31 July 2025"
    assert "terms of use" in text["Copyright"] and text["URL"] == address
    assert text["Comment"].startswith("Gaps:")
    svg = _download(browse, "#share-by-type-svg", tmp_path).read_text(encoding="utf-8")
    assert "report of 30 June 2022" in svg and "terms of use" in svg and address.replace("&", "&amp;") in svg
    assert "Peru: women&apos;s share by type, June 2022" in svg.replace("'", "&apos;")
    browse.assert_clean()


@pytest.mark.archive
def test_chart_csvs_hold_plain_numbers_under_headers_naming_units(browse, tmp_path):
    browse.goto("/country/Bangladesh?as_of=2022-06")
    _wait_for_charts(browse)
    rows = list(
        csv.reader(io.StringIO(_download(browse, "#women-share-data-csv", tmp_path).read_text(encoding="utf-8-sig")))
    )
    assert rows[0] == ["month (YYYY-MM)", "women's share (% of personnel)", "women (number)", "personnel (number)"]
    june = next(r for r in rows if r[0] == "2022-06")
    assert float(june[1]) == pytest.approx(100 * int(june[2]) / int(june[3]), abs=0.005)
    assert int(june[3]) > 1000  # no thousands separator
    rows = list(
        csv.reader(io.StringIO(_download(browse, "#by-mission-data-csv", tmp_path).read_text(encoding="utf-8-sig")))
    )
    assert rows[0] == ["month (YYYY-MM)", "mission", "personnel (number)"]
    assert all(re.fullmatch(r"\d{4}-\d{2}", r[0]) and r[2].isdigit() for r in rows[1:])
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ the flow
# Issue 26, item 5: the month kept by every link of the menu, the picker applying on change (and without JavaScript by
# its button), the search box's type-ahead over countries and missions in the three languages.


@pytest.mark.archive
def test_every_menu_link_keeps_the_month_and_the_picker_applies_on_change(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    links = dict(
        zip(
            browse.page.locator("header nav a").all_inner_texts(),
            browse.page.eval_on_selector_all("header nav a", "els => els.map(a => a.getAttribute('href'))"),
        )
    )
    assert links == {
        "What's new": "/news?as_of=2022-06",
        "Rankings": "/rankings?as_of=2022-06",
        "Missions": "/missions?as_of=2022-06",
        "Compare": "/compare?as_of=2022-06",
        "Check a text": "/check",
        "Data": "/data?as_of=2022-06",
        "API": "/docs",
    }
    assert browse.page.locator("header a.brand").get_attribute("href") == "/?as_of=2022-06"
    with browse.page.expect_navigation():
        browse.page.click("header nav >> text=Rankings")
    assert browse.page.url.endswith("/rankings?as_of=2022-06") and browse.text("main > h1").endswith("June 2022")
    assert browse.page.locator("#month-go").count() == 0  # the button is for browsers without JavaScript
    with browse.page.expect_navigation():
        browse.page.select_option("#month", "2021-06")
    assert browse.page.url.endswith("/rankings?as_of=2021-06") and browse.text("main > h1").endswith("June 2021")
    with browse.page.expect_navigation():
        browse.page.click("header nav >> text=Missions")
    assert browse.text("main > h1").endswith("June 2021")
    browse.assert_clean()


@pytest.mark.archive
def test_the_month_picker_works_without_javascript(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + "/rankings?by=women")
        page.select_option("#month", "2022-06")
        with page.expect_navigation():
            page.click("#month-go")
        assert "as_of=2022-06" in page.url and "by=women" in page.url
        assert page.locator("main > h1").inner_text().strip().endswith("June 2022")
    finally:
        context.close()


@pytest.mark.archive
def test_the_search_box_offers_countries_and_missions_in_three_languages(browse):
    browse.goto("/?as_of=2022-06&lang=fr")
    browse.page.focus("#search-box")
    browse.page.wait_for_selector("#search-names[data-loaded]", state="attached")
    options = browse.page.eval_on_selector_all("#search-names option", "os => os.map(o => [o.value, o.label])")
    values = {v for v, _ in options}
    assert {"Peru", "Pérou", "Perú", "MINUSCA", "FINUL", "UNIFIL"} <= values
    assert [
        "MINUSCA",
        "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en Centrafrique",
    ] in [list(o) for o in options]
    assert len(options) < 1000 and len(httpx.get(browse.base + "/search-index.json").content) < 30_000  # small
    _no_axe_violation(browse)
    browse.page.fill("#search-box", "Pérou")
    with browse.page.expect_navigation():
        browse.page.press("#search-box", "Enter")
    assert browse.text("main > h1").startswith("Pérou") and "as_of=2022-06" in browse.page.url
    browse.page.fill("#search-box", "FINUL")
    with browse.page.expect_navigation():
        browse.page.press("#search-box", "Enter")
    assert "/mission/UNIFIL" in browse.page.url
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ the phone
# Issue 26, item 6: at 390 px a compact header, no sideways scroll of the page, charts whose titles and source lines
# wrap inside their box, tables that scroll inside their own box; axe-core clean there too.


def _fits_a_phone(browse: Browse) -> None:
    """No sideways scroll, a compact header, chart texts inside their chart's box, wide tables scrolling in theirs."""
    page = browse.page
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "the page scrolls sideways"
    assert page.evaluate("document.body.scrollWidth") <= 390
    header = page.locator("header")  # an embed has none
    assert header.count() == 0 or header.bounding_box()["height"] <= 125  # 208 px before
    clipped = page.evaluate("""() => [...document.querySelectorAll('.chart')].flatMap(c => {
        const box = c.getBoundingClientRect();
        return [...c.querySelectorAll('svg text')].filter(t => {
            const r = t.getBoundingClientRect();
            return r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
        }).map(t => c.id + ': ' + t.textContent);
    })""")
    assert clipped == [], clipped  # titles, source lines, legends and labels inside their chart's box
    wide = page.evaluate("""() => [...document.querySelectorAll('main table')].filter(t => t.offsetParent)
        .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth).map(t => t.id)""")
    assert wide == [], wide  # a wide table scrolls inside its own box


@pytest.mark.archive
def test_a_phone_shows_a_long_french_country_name_without_sideways_scroll_or_clipping(phone):
    phone.goto("/country/Bangladesh?as_of=2022-06&lang=fr")
    _wait_for_charts(phone)
    _fits_a_phone(phone)
    phone.screenshot("phone-country-Bangladesh-fr")
    _no_axe_violation(phone)
    phone.assert_clean()


@pytest.mark.archive
def test_a_chart_s_source_line_wraps_on_a_phone_and_its_export_keeps_it(phone, tmp_path):
    phone.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(phone)
    lines = phone.page.eval_on_selector_all(
        "#women-share .role-title-subtitle text tspan", "ts => ts.map(t => t.textContent)"
    )
    assert len(lines) >= 2 and " ".join(lines) == "Source: UN Department of Peace Operations, report of 31 July 2025"
    png = _download(phone, "#women-share-png", tmp_path).read_bytes()
    assert _png_text(png)["Source"] == "Source: UN Department of Peace Operations, report of 31 July 2025"
    phone.assert_clean()


# ------------------------------------------------------------------------------------------------ the missions
# Issue 26, item 7: the index with a map of missions and the women of each; a mission's page with its women, its
# personnel by type, its contributors and its life since it started.


def _table_cells(browse: Browse, table: str) -> list[list[str]]:
    return browse.page.eval_on_selector_all(
        f"{table} tbody tr", "trs => trs.map(tr => [...tr.cells].map(c => c.textContent.trim()))"
    )


@pytest.mark.archive
def test_the_missions_index_maps_every_mission_with_its_women(browse, server):
    month = {"as_of": "2022-06"}
    facts = {m["acronym"]: m for m in httpx.get(f"{server}/api/missions", params=month).json()["missions"]}
    minusca = httpx.get(f"{server}/api/missions/MINUSCA", params=month).json()
    browse.goto("/missions?as_of=2022-06")
    browse.charts_rendered(["missions-map"])
    browse.map_drawn("missions-map")
    assert browse.page.locator(
        "#missions-map svg path[aria-roledescription], #missions-map svg .mark-symbol path"
    ).count() >= len([m for m in facts.values() if m["latitude"] is not None])
    assert _row(browse.page, "#active", "MINUSCA") == [
        "MINUSCA",
        "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        "peacekeeping operation",
        "Bangui",
        f"{minusca['total']:,}",
        f"{minusca['women']:,}",
        f"{100 * minusca['women'] / minusca['total']:.1f}%",
        str(len(minusca["contributors"])),
    ]
    table = _table_cells(browse, "#missions-map-data")  # the map's data table (closed, so read as text)
    assert ["MINUSCA", "Bangui", "14,816", "1,217"] in table, table[:3]
    assert len(table) == len(facts)
    browse.assert_clean()


@pytest.mark.archive
def test_minusca_s_page_shows_its_women_types_contributors_and_life(browse, server):
    minusca = httpx.get(f"{server}/api/missions/MINUSCA", params={"as_of": "2022-06"}).json()
    browse.goto("/mission/MINUSCA?as_of=2022-06")
    browse.charts_rendered(["strength", "mission-map", "by-type", "share-by-type", "women-count", "women-share"])
    assert browse.text("#mission-total") == "14,816" and browse.text("#mission-women") == "1,217"
    assert "women (8.2%)" in browse.text(".cards")
    assert browse.text("#life") == (
        "Started on 10 April 2014. In the store from January 2015 to July 2025; largest "
        "strength: 17,235 personnel (September 2024)."
    )
    types = {r[0]: r[1:] for r in _table_cells(browse, "#share-by-type-data")}
    assert types["Troops"] == ["6.2%", "724", "11,619"] and len(types) == len(minusca["by_type"]) == 5
    assert sum(int(c["total"]) for c in minusca["contributors"]) == 14_816
    assert browse.page.locator("#contributors tbody tr").count() == len(minusca["contributors"]) == 57
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ reading
# Issue 26, item 4 (part): a tooltip follows the line, the nearest month's value and its report, on titled charts.


@pytest.mark.archive
def test_a_tooltip_follows_the_line_with_month_value_and_source(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    for chart, value in (("women-share", "14.1%"), ("women-count", "38"), ("women-share", "14.1%")):
        browse.page.locator(f"#{chart}").scroll_into_view_if_needed()
        mark = browse.page.evaluate(f"""() => {{  // the June 2022 mark's rule, where the page shows it
            const r = [...document.querySelectorAll('#{chart} svg g')].find(g =>
                (g.getAttribute('class') || '').includes('month_mark')).getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2];
        }}""")
        x, y = mark
        browse.page.mouse.move(x, y)  # halfway up the plot, above June 2022: not on the line itself
        tip = browse.page.locator("#vg-tooltip-element")
        tip.wait_for(state="visible")
        text = tip.inner_text()
        assert "June 2022" in text and value in text and "UN_country_contributions_2022_06.pdf" in text, text
        browse.page.mouse.move(x + 40, y)  # the next months follow the pointer
        browse.page.wait_for_function(
            "() => !document.querySelector('#vg-tooltip-element').innerText.includes('June 2022')"
        )
        browse.page.mouse.move(5, 5)
    browse.assert_clean()


@pytest.mark.archive
def test_a_chart_embeds_alone_in_an_iframe_and_only_the_embed_route_may_be_framed(browse, server):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    code = browse.page.input_value("#women-share-embed")
    src = f"{server}/embed/country/Peru?chart=women-share&as_of=2022-06"
    assert code.startswith(f'<iframe src="{src}" title="Peru: women\'s share of personnel, 2015-01 to 2025-07"')
    assert browse.page.get_attribute("#women-share-link", "href") == src
    embedded = httpx.get(src)
    assert "frame-ancestors *" in embedded.headers["content-security-policy"]
    assert (
        "frame-ancestors 'none'" in httpx.get(f"{server}/country/Peru?as_of=2022-06").headers["content-security-policy"]
    )
    browse.page.evaluate(
        """([chart, page]) => {  // the snippet's frame, and a page's, on a page of ours
        for (const [id, url] of [["chart-frame", chart], ["page-frame", page]]) {
            const f = document.createElement("iframe"); f.id = id; f.src = url; f.width = 640; f.height = 420;
            document.body.appendChild(f);
        }
    }""",
        [src, f"{server}/country/Peru?as_of=2022-06"],
    )
    frame = browse.page.frame_locator("#chart-frame")
    frame.locator('.chart[data-rendered="true"] svg').wait_for()
    assert frame.locator(".chart").count() == 1 and frame.locator("header").count() == 0
    assert frame.locator(".role-title-subtitle").text_content().startswith("Source: UN Department of Peace Operations")
    browse.page.wait_for_function("() => window.frames.length === 2")
    browse.page.wait_for_timeout(1000)  # the page's own frame is refused by the browser: no page in it
    assert browse.page.frame_locator("#page-frame").locator("main").count() == 0
    assert browse.page.frame_locator("#chart-frame").locator("main").count() == 1
    browse.errors = [e for e in browse.errors if "frame-ancestors" not in e and "Refused to display" not in e]
    browse.assert_clean()


@pytest.mark.archive
@pytest.mark.parametrize(
    "path", ["/embed/country/Peru?chart=women-share&as_of=2022-06", "/embed/mission/MINUSCA?chart=by-type&lang=fr"]
)
def test_an_embedded_chart_stands_alone(browse, path):
    browse.goto(path)
    browse.charts_rendered([path.split("chart=")[1].split("&")[0]])
    assert browse.page.locator("header").count() == 0
    browse.assert_clean()


# ------------------------------------------------------------------------------------------------ reading, contrast
# Issue 26, items 4 and 6: a log scale for countries of very different sizes and countries added and removed on the
# comparison, the month kept; map labels apart and inside the map at 390 px; axe-core at 390 px in every language.


@pytest.mark.archive
def test_the_comparison_adds_and_removes_countries_and_takes_a_log_scale_keeping_the_month(browse):
    warnings: list[str] = []
    browse.page.on("console", lambda msg: msg.type == "warning" and warnings.append(msg.text))
    browse.goto("/compare?c=Peru&c=Bangladesh&as_of=2020-08")
    browse.page.fill("#compare-add-name", "Nepal")
    with browse.page.expect_navigation():
        browse.page.click("#compare-add button")
    assert [r[0] for r in _table_cells(browse, "#compare-table")] == ["Peru", "Bangladesh", "Nepal"]
    assert "as_of=2020-08" in browse.page.url
    with browse.page.expect_navigation():
        browse.page.click("#remove-BGD")
    assert [r[0] for r in _table_cells(browse, "#compare-table")] == ["Peru", "Nepal"]
    with browse.page.expect_navigation():
        browse.page.click("#scale-log")
    assert "as_of=2020-08" in browse.page.url and "scale=log" in browse.page.url
    browse.charts_rendered(["compare-totals", "compare-women"])
    assert browse.page.evaluate("views['compare-totals'].scale('y').type") == "log"
    assert browse.page.evaluate("views['compare-women'].scale('y').type") == "linear"
    assert "(log scale)" in _spec(browse, "compare-totals")["title"]["text"]
    assert "log scale" in browse.text("#compare-totals-caption").lower()
    assert browse.text("#compare-scale strong") == "logarithmic, for countries of very different sizes"
    with browse.page.expect_navigation():
        browse.page.click("#next-month")  # the next month keeps both countries and the scale
    assert [r[0] for r in _table_cells(browse, "#compare-table")] == ["Peru", "Nepal"]
    assert "scale=log" in browse.page.url and "as_of=2020-09" in browse.page.url
    assert warnings == []
    browse.assert_clean()


def _map_labels(browse: Browse, chart: str) -> tuple[list, list, list]:
    """The map's box, its labels' boxes (those drawn) and its bubbles' boxes, in page px."""
    return browse.page.evaluate(
        """(id) => { const svg = document.querySelector('#' + id + ' svg'), box = svg.getBoundingClientRect();
        const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        return [[box.left, box.top, box.right, box.bottom],
          [...svg.querySelectorAll('g.labels_marks text')].filter(t => t.textContent)
            .map(t => [t.textContent, ...rect(t)]),
          [...svg.querySelectorAll('g.bubbles_marks path')].map(p => [p.__data__.datum.mission, ...rect(p)])] }""",
        chart,
    )


@pytest.mark.archive
@pytest.mark.parametrize(
    ("path", "chart", "least"),
    [
        ("/country/Bangladesh?as_of=2020-08", "deployment-map", 8),
        ("/country/Nepal?as_of=2022-06", "deployment-map", 7),
        ("/missions?as_of=2022-06", "missions-map", 9),
        ("/missions?as_of=2015-06", "missions-map", 12),
    ],
)
def test_map_labels_on_a_phone_neither_collide_nor_leave_the_map(phone, path, chart, least):
    phone.goto(path)
    _wait_for_charts(phone)
    box, names, bubbles = _map_labels(phone, chart)
    assert len(names) >= least  # a label with no clear spot is left off (its mission is in the caption and table)

    def overlap(a, b):
        return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]

    for i, a in enumerate(names):
        assert box[0] <= a[1] and a[3] <= box[2], f"{a[0]} leaves the map"
        assert not [b[0] for b in names[i + 1 :] if overlap(a, b)], a[0]
        assert not [b[0] for b in bubbles if b[0] != a[0] and overlap(a, b)], a[0]
    widths = {b[0]: b[3] - b[1] for b in bubbles}
    assert max(widths.values()) < 30  # bubbles shrink with the world on a phone (35 px on a desktop)
    phone.screenshot("phone-map" + re.sub(r"[^\w]+", "-", path))
    phone.assert_clean()


EVERY_PAGE = [
    *PAGES,
    "/compare?c=Peru&c=Nepal&as_of=2022-06&scale=log",
    "/embed/country/Peru?chart=women-share&as_of=2022-06",
    "/embed/mission/MINUSCA?chart=by-type&as_of=2022-06",
]


@pytest.mark.archive
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", EVERY_PAGE)
def test_every_page_has_no_axe_violation_in_every_language_and_width(browser, server, path, width):
    for browse in _browse(browser, server, width, 844 if width == 390 else 900):
        for lang, nav in (("en", "What's new"), ("es", "Novedades"), ("fr", "Nouveautés")):
            browse.goto(path + ("&" if "?" in path else "?") + f"lang={lang}")
            assert browse.page.locator("html").get_attribute("lang") == lang
            assert browse.page.locator("header").count() == 0 or browse.text("header nav").startswith(nav)
            assert browse.page.evaluate("document.documentElement.scrollWidth") <= width, lang
            # words decide names and labels, not the width: every rule but contrast in every language on a desktop;
            # colours and layout decide contrast: checked at both widths in French, whose longer words are the
            # likeliest to push a text onto another background (and, on a phone, every rule in French alone)
            if width == 1280 or lang == "fr":
                _no_axe_violation(browse, lang, contrast=lang == "fr")
            if width == 390:
                _fits_a_phone(browse)
            if width == 390 and lang == "en":
                browse.screenshot("phone" + re.sub(r"[^\w]+", "-", path))
        browse.assert_clean()
