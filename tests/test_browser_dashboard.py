"""The dashboard as a press officer uses it, in real headless Chromium with no internet (see test_browser.py): Peru,
June 2022 found from the home page without editing a URL, the draft form's Word file, every download's content,
the language switch on every page, and axe-core (vendored, injected from the package) finding no violation."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from test_browser import Browse, _row, browse, browser, server  # noqa: F401 - the fixtures, shared

AXE = Path(__file__).resolve().parents[1] / "src" / "peacekeeping" / "web" / "static" / "vendor" / "axe.min.js"
PAGES = ["/", "/country/Peru?as_of=2022-06", "/mission/MINUSCA?as_of=2022-06", "/missions?as_of=2022-06",
         "/rankings?as_of=2022-06", "/compare?c=Peru&c=Nepal&as_of=2022-06", "/data", "/news?as_of=2022-06",
         "/check", "/docs", "/release/Peru?date=2022-10-12"]


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
        "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.rendered || c.dataset.error)")


@pytest.mark.archive
def test_peru_june_2022_from_the_home_page_by_the_month_picker_and_the_search_box(browse):
    browse.goto("/")
    browse.page.select_option("#month", "2022-06")
    with browse.page.expect_navigation():
        browse.page.click("#month-go")
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
    for figure in ("270", "38", "five", "48th", "Ana Torres", "We are proud of our peacekeepers."):
        assert figure in text, figure
    browse.page.select_option("#release-format", "page")  # on the page: the text, to copy
    with browse.page.expect_navigation():
        browse.page.click("#release-go")
    assert "Today, Peru provides" in browse.text("#draft-text")
    assert browse.page.locator("h1").count() == 1
    browse.page.click("#copy")
    browse.page.wait_for_selector("#copy-status:not([hidden])")
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
    assert "report of June 30, 2022" in svg and "Women&apos;s share by type, June 2022" in svg.replace("'", "&apos;")
    browse.goto("/data?as_of=2022-06")
    export = _download(browse, "#export-month-csv", tmp_path)
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    assert sum(int(r["total"]) for r in rows if r["iso3"] == "PER") == 270
    parquet = _download(browse, "#export-month-parquet", tmp_path)
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
    browse.assert_clean()


@pytest.mark.archive
@pytest.mark.parametrize("path", PAGES)
def test_the_language_switch_on_every_page(browse, path):
    browse.goto(path)
    english = browse.text("main h1")
    with browse.page.expect_navigation():
        browse.page.click("#langs a[lang=fr]")
    assert browse.page.locator("html").get_attribute("lang") == "fr"
    assert browse.text("header nav") .startswith("Nouveautés")
    assert browse.text("main h1") != english
    with browse.page.expect_navigation():  # the cookie keeps it: the home page is in French too
        browse.page.click("header a.brand")
    assert browse.text("main > h1").startswith("Maintien de la paix de l’ONU")
    browse.goto(path + ("&" if "?" in path else "?") + "lang=es")
    assert browse.text("header nav").startswith("Novedades")
    browse.goto(path + ("&" if "?" in path else "?") + "lang=en")
    assert browse.text("main h1") == english
    browse.assert_clean()


@pytest.mark.archive
@pytest.mark.parametrize("path", PAGES + ["/country/Perru", "/country/Bangladesh?as_of=2020-08&lang=fr"])
def test_axe_finds_no_violation(browse, path):
    response = browse.page.goto(browse.base + path)
    assert response is not None
    _wait_for_charts(browse)
    browse.page.add_script_tag(path=str(AXE))
    result = browse.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []
    if path == "/country/Perru":  # the browser logs the error page's own 404
        browse.errors = [e for e in browse.errors if "status of 404" not in e]
    browse.assert_clean()
