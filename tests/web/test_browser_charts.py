"""Charts as a journalist takes them, in real Chromium over the full store (issue 26): the month marked, gaps and lone
months, shares and counts on honest axes, the same colour for a mission on every page, legends and map labels that
fit, bubbles by area, titles that name their subject and months, exports that stand alone, CSVs of numbers.

The browser, the server and the page helper are test_browser's (Chromium at /usr/bin/chromium, nothing leaves
127.0.0.1, no console error).
"""

from __future__ import annotations

import csv
import io
import json
import re
import struct
import zlib

import pytest
import test_browser
from test_browser import _download, _wait_for_charts

browser, server, browse = test_browser.browser, test_browser.server, test_browser.browse  # its fixtures, used here

pytestmark = pytest.mark.archive
OVER_TIME = ["by-mission", "by-type", "women-share"]


def _x(browse, chart: str, day: str) -> float:
    """Where `day` falls on a chart's x axis, in the chart's own px (Vega parses YYYY-MM-DD as UTC, as here)."""
    return browse.page.evaluate("([id, day]) => views[id].scale('x')(Date.parse(day))", [chart, day])


def _translate(transform: str) -> tuple[float, float]:
    x, y = re.match(r"translate\(([-\d.e]+),([-\d.e]+)\)", transform).groups()
    return float(x), float(y)


def _spec(browse, chart: str) -> dict:
    return json.loads(browse.page.locator(f'script[data-chart="{chart}"]').text_content())


def test_the_month_is_marked_on_every_trend_chart_of_peru_at_june_2022(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    for chart in OVER_TIME:
        rule = browse.page.locator(f"#{chart} g.month_mark_marks line")
        assert rule.count() == 1, chart
        x, _ = _translate(rule.get_attribute("transform"))
        assert x == pytest.approx(_x(browse, chart, "2022-06-30"), abs=0.5), chart
        assert browse.page.locator(f"#{chart} g.month_label_marks text").text_content() == "June 2022", chart
    browse.assert_clean()


def test_a_month_alone_between_gaps_is_drawn_as_a_point(browse):
    # Bangladesh, July 2020: June has no report, August's split by sex is withheld
    browse.goto("/country/Bangladesh?as_of=2020-08")
    _wait_for_charts(browse)
    points = browse.page.locator("#women-share g.lone_marks path")
    xs = [_translate(points.nth(i).get_attribute("transform"))[0] for i in range(points.count())]
    assert any(x == pytest.approx(_x(browse, "women-share", "2020-07-31"), abs=0.5) for x in xs), xs
    july = browse.page.evaluate(
        "() => [...document.querySelectorAll('#women-share g.lone_marks path')].map(p => p.__data__.datum)"
        ".map(d => [new Date(d.month).toISOString().slice(0, 10), d.women, d.total])")
    assert ["2020-07-31", 254, 6568] in july
    # no line is an empty path, and the stacked areas stop at the missing month (June 2020): no run spans it
    assert browse.page.locator("#women-share g.layer_0_marks path[d='']").count() == 0
    runs = browse.page.evaluate(
        "() => [...document.querySelectorAll('#by-type g.layer_0_marks path')].map(p => p.__data__.datum.run)")
    months = {}
    for value in _spec(browse, "by-type")["data"]["values"]:
        months.setdefault(value["run"], []).append(value["month"])
    assert len(runs) == len(set(runs)) and all(
        not (min(months[r]) < "2020-06-30" < max(months[r])) for r in runs)
    browse.assert_clean()


AXIS_LABELS = "() => [...document.querySelectorAll('.chart g.role-axis-label text')].map(t => t.textContent)"


@pytest.mark.parametrize("path", ["/country/COG", "/country/Peru?as_of=2022-06", "/country/Bangladesh?as_of=2020-08",
                                  "/compare?c=Peru&c=Nepal&c=COG&as_of=2022-06"])
def test_share_axes_stop_at_100_percent_and_count_axes_are_whole_numbers(browse, path):
    browse.goto(path)
    _wait_for_charts(browse)
    labels = browse.page.evaluate(AXIS_LABELS)
    shares = [float(t.rstrip("%").replace(",", "")) for t in labels if t.endswith("%")]
    assert shares and max(shares) <= 100, shares
    numbers = [t for t in labels if re.fullmatch(r"[\d,.]+", t)]
    assert numbers and all(re.fullmatch(r"\d{1,3}(,\d{3})*|\d{4}", t) for t in numbers), numbers  # no "0.5"
    browse.assert_clean()


def test_every_chart_title_on_peru_s_page_names_peru_and_its_months(browse):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    titles = dict(browse.page.evaluate(
        "() => [...document.querySelectorAll('.chart')].map(c => [c.id, "
        "c.querySelector('g.role-title-text text').textContent])"))
    assert len(titles) == 6 and all("Peru" in t for t in titles.values()), titles
    assert titles["women-share"] == "Peru: women's share of personnel, 2015-01 to 2025-07"
    assert titles["share-by-type"] == "Peru: women's share by type, June 2022"
    assert titles["fatalities-chart"].endswith(", 1974 to 2021")
    browse.assert_clean()


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
            " const r = t.getBoundingClientRect(); return r.bottom <= box.bottom && r.right <= box.right; }) }")
        assert fits, country
    assert {m: s for m, s in styles.items() if len(s) > 1} == {}
    assert len(styles["MINUSCA"]) == 1
    browse.assert_clean()


def test_map_labels_do_not_collide_and_bubbles_are_proportional(browse):
    browse.goto("/country/Bangladesh?as_of=2020-08")
    _wait_for_charts(browse)
    boxes = browse.page.evaluate(
        "() => [...document.querySelectorAll('#deployment-map g.labels_marks text')].map(t => {"
        " const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })")
    assert len(boxes) == 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]), (a[0], b[0])
    bubbles = browse.page.evaluate(
        "() => [...document.querySelectorAll('#deployment-map g.bubbles_marks path')].map(p => "
        "[p.__data__.datum.total, p.getBBox().width])")
    largest = max(bubbles)
    for total, width in bubbles:
        if total >= 20:  # areas in proportion to personnel (a pixel's rounding aside)
            assert (width / largest[1]) ** 2 == pytest.approx(total / largest[0], rel=0.05), total
    browse.assert_clean()


def _png_text(data: bytes) -> dict[str, str]:
    """The iTXt chunks of a PNG: keyword -> text."""
    out, at = {}, 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        if kind == b"iTXt":
            key, rest = body.split(b"\0", 1)
            out[key.decode()] = rest[2:].split(b"\0", 2)[2].decode("utf-8")
        at += 12 + length
    return out


def test_an_exported_chart_carries_its_source_terms_and_address(browse, tmp_path):
    browse.goto("/country/Peru?as_of=2022-06")
    _wait_for_charts(browse)
    address = browse.page.url
    png = _download(browse, "#women-share-png", tmp_path).read_bytes()
    text = _png_text(png)
    assert text["Title"] == "Peru: women's share of personnel, 2015-01 to 2025-07"
    assert text["Source"] == "Source: UN Department of Peace Operations, report of July 31, 2025"
    assert "terms of use" in text["Copyright"] and text["URL"] == address
    assert text["Comment"].startswith("Gaps:")
    svg = _download(browse, "#share-by-type-svg", tmp_path).read_text(encoding="utf-8")
    assert "report of June 30, 2022" in svg and "terms of use" in svg and address.replace("&", "&amp;") in svg
    assert "Peru: women&apos;s share by type, June 2022" in svg.replace("'", "&apos;")
    browse.assert_clean()


def test_chart_csvs_hold_plain_numbers_under_headers_naming_units(browse, tmp_path):
    browse.goto("/country/Bangladesh?as_of=2022-06")
    _wait_for_charts(browse)
    rows = list(csv.reader(io.StringIO(_download(browse, "#women-share-data-csv", tmp_path)
                                       .read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["month (YYYY-MM)", "women's share (% of personnel)", "women (number)", "personnel (number)"]
    june = next(r for r in rows if r[0] == "2022-06")
    assert float(june[1]) == pytest.approx(100 * int(june[2]) / int(june[3]), abs=0.005)
    assert int(june[3]) > 1000  # no thousands separator
    rows = list(csv.reader(io.StringIO(_download(browse, "#by-mission-data-csv", tmp_path)
                                       .read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["month (YYYY-MM)", "mission", "personnel (number)"]
    assert all(re.fullmatch(r"\d{4}-\d{2}", r[0]) and r[2].isdigit() for r in rows[1:])
    browse.assert_clean()
