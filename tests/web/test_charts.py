"""The chart specs themselves (issue 26), made from small series written here: gaps, lone months, the month mark,
shares and counts on honest axes, mission styles, map labels, titles, and data tables whose CSV holds numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peacekeeping.web.charts import bars, labels, maps, palette, several, trends
from peacekeeping.web.charts.kit import count_axis, lone, runs, titled, with_month
from peacekeeping.web.i18n import words

W = words("en")


def _point(month: str, total: int | None, women: int | None = None, by_type: dict | None = None) -> dict:
    day = {"02": "28"}.get(month[5:], "30")
    return {
        "month": month,
        "as_of": f"{month}-{day}",
        "report": "r.pdf",
        "source": "report",
        "total": total,
        "women": women,
        "by_type": by_type or {},
    }


# June 2020 missing, August's women withheld: July stands alone in the women's share (Bangladesh's case)
POINTS = [
    _point("2020-04", 100, 5, {"Troops": 90, "Staff Officer": 10}),
    _point("2020-05", 110, 6, {"Troops": 100, "Staff Officer": 10}),
    _point("2020-07", 120, 7, {"Troops": 110, "Individual Police": 10}),
    _point("2020-08", 130, None, {"Troops": 130}),
    _point("2020-09", 140, 9, {"Troops": 140}),
]


def _layer(spec: dict, name: str) -> dict:
    return next(layer for layer in spec["layer"] if layer.get("name") == name)


def test_a_run_ends_at_a_missing_month_and_a_month_alone_is_marked_lone():
    kept = runs([(p["month"], p["as_of"], p["women"]) for p in POINTS])
    assert [(a[:7], r) for a, r, _ in kept] == [("2020-04", 1), ("2020-05", 1), ("2020-07", 2), ("2020-09", 3)]
    flags = lone([{"run": r} for _, r, _ in kept])
    assert [f["lone"] for f in flags] == [False, False, True, True]


def test_the_women_share_draws_july_as_a_point_and_marks_the_page_month():
    chart = with_month(trends.women_share(W, "women-share", POINTS, "Bangladesh: women's share"), W, "2020-08-31")
    spec = json.loads(chart.spec_json())  # the spec as the page has it, the month's marks drawn over its layers
    values = spec["data"]["values"]
    assert [(v["month"], v["lone"]) for v in values] == [
        ("2020-04-30", False),
        ("2020-05-30", False),
        ("2020-07-30", True),
        ("2020-09-30", True),
    ]
    assert _layer(spec, "lone")["transform"] == [{"filter": "datum.lone"}]
    mark = _layer(spec, "month_mark")
    assert mark["mark"]["type"] == "rule" and mark["data"]["values"][0]["month"] == "2020-08-31"
    assert _layer(spec, "month_label")["data"]["values"][0]["label"] == "August 2020"
    assert spec == {**chart.spec, "layer": [*chart.spec["layer"], *chart.marks]}
    frozen = chart.frozen()  # as a cache keeps it: the same text, without its data
    assert json.loads(frozen.spec_json()) == spec and frozen.spec == {} and frozen.rows == []
    assert chart.title == "Bangladesh: women's share, 2020-04 to 2020-09"


def test_personnel_by_type_is_stacked_per_month_with_zeros_and_never_across_a_gap():
    chart = trends.by_type(W, "by-type", POINTS, "Peru: personnel by type")
    values = chart.spec["data"]["values"]
    july = [(v["type"], v["y0"], v["y1"]) for v in values if v["month"] == "2020-07-30"]
    assert july == [("Troops", 0, 110), ("Staff Officer", 110, 110), ("Individual Police", 110, 120)]
    months: dict[str, set] = {}
    for v in values:
        months.setdefault(v["run"], set()).add(v["month"][:7])
    assert months["Troops-1"] == {"2020-04", "2020-05"} and months["Troops-2"] == {"2020-07", "2020-08", "2020-09"}
    area = chart.spec["layer"][0]
    assert area["mark"]["type"] == "area" and "stack" not in area["encoding"]["y"]  # stacked here, not by Vega-Lite
    assert area["encoding"]["y"]["axis"]["format"] == ",d"


def test_a_share_is_checked_and_the_axis_never_passes_100_percent():
    assert trends.share(2, 2) == 1 and trends.share(3, 2) is None and trends.share(1, 0) is None
    # the Republic of the Congo, July 2025: 2 experts on mission, both women; the axis ran to 160%
    congo = [
        {"personnel_type": "Staff Officer", "total": 5, "women": 2},
        {"personnel_type": "Experts on Mission", "total": 2, "women": 2},
        {"personnel_type": "Formed Police Units", "total": 180, "women": 25},
        {"personnel_type": "Troops", "total": 4, "women": 9},
    ]  # impossible: left out, not drawn at 225%
    chart = bars.share_by_type(
        W, "share-by-type", congo, "Republic of the Congo: women's share by type, July 2025", "2025-07-31"
    )
    assert chart.spec["encoding"]["x"]["scale"]["domain"] == [0, 1.0]
    assert [v["type"] for v in chart.spec["data"]["values"]] == [
        "Staff Officer",
        "Experts on Mission",
        "Formed Police Units",
    ]
    assert chart.spec["encoding"]["y"]["sort"] == ["Experts on Mission", "Staff Officer", "Formed Police Units"]
    inside = chart.spec["layer"][2]  # the 100% bar carries its label inside it
    assert inside["mark"]["color"] == "white" and inside["transform"] == [{"filter": "datum.share > 0.7"}]


@pytest.mark.parametrize(("top", "ticks"), [(1, [0, 1, 2]), (3, [0, 1, 2, 3, 4]), (9, [0, 2, 4, 6, 8, 10])])
def test_count_axes_have_whole_ticks(top, ticks):
    axis = count_axis(top, "deaths")["axis"]
    assert axis["values"] == ticks and axis["format"] == ",d" and axis["tickMinStep"] == 1
    assert "values" not in count_axis(250, "personnel")["axis"]


def test_fatalities_by_year_count_whole_deaths_and_name_their_years():
    incidents = [
        {"date": day, "incident_type": kind}
        for day, kind in [("2019-03-01", "Illness"), ("2019-05-01", "Accident"), ("2021-01-01", "Illness")]
    ]
    chart = bars.fatalities(W, "fatalities-chart", incidents, "Peru: fatalities", "Source: register")
    assert chart.title == "Peru: fatalities, 2019 to 2021"
    assert chart.spec["encoding"]["y"]["axis"]["values"] == [0, 1, 2, 3]


def test_a_mission_has_one_style_everywhere_and_no_two_missions_share_one():
    assert len(set(palette.STYLES.values())) == len(palette.STYLES)
    assert len({palette.STYLES[m][0] for m in list(palette.STYLES)[:7]}) == 7  # the seven largest: seven colours
    assert palette.style("MINUSCA") == palette.style("MINUSCA") == ("#117733", [1, 0])
    new = palette.style("UNNEW")
    assert new not in [palette.style(m) for m in palette.STYLES]


def test_by_mission_shows_the_seven_largest_and_sums_the_others():
    points = [
        {"month": "2022-06", "as_of": "2022-06-30", "missions": {m: 100 - i for i, m in enumerate(palette.STYLES)}}
    ]
    chart = several.by_mission(W, "by-mission", points, "Bangladesh: personnel by mission", "2022-06-30")
    enc = chart.spec["layer"][0]["encoding"]
    domain = enc["color"]["scale"]["domain"]
    assert domain == list(palette.STYLES)[:7] + ["24 other missions"]
    assert enc["color"]["scale"]["range"][-1] == palette.OTHER[0]
    other = [v for v in chart.spec["data"]["values"] if v["mission"] == "24 other missions"]
    assert other[0]["total"] == sum(100 - i for i in range(7, len(palette.STYLES)))
    assert chart.title == "Bangladesh: personnel by mission, 2022-06"


def test_map_labels_are_placed_apart_and_bubbles_by_area():
    # Peru, June 2022: four missions within a few hundred km in central Africa
    missions = [
        {"acronym": "MINUSCA", "hq": "Bangui", "total": 255, "latitude": 4.37, "longitude": 18.58},
        {"acronym": "MONUSCO", "hq": "Kinshasa", "total": 6, "latitude": -4.33, "longitude": 15.31},
        {"acronym": "UNISFA", "hq": "Abyei", "total": 4, "latitude": 9.6, "longitude": 28.44},
        {"acronym": "UNMISS", "hq": "Juba", "total": 4, "latitude": 4.85, "longitude": 31.58},
    ]
    chart = maps.deployment_map(
        W, "deployment-map", {"m49": 604, "name": "Peru"}, missions, "t", "2022-06-30", lambda name: f"/static/{name}"
    )
    values = _layer(chart.spec, "labels")["data"]["values"]
    for band, (low, high) in enumerate(labels.BANDS):  # a phone's width to a desktop's: apart and inside the map
        for width in (low, (low + high) / 2, high):
            k, boxes = labels.scale(width, 280), []
            for v in values:
                x, y = labels.project(v["longitude"], v["latitude"])
                dx, dy, align, shown = v["at"][band]
                if shown:
                    at = (width / 2 + x * k + dx, 140 + (y + labels.CENTRE) * k + dy)
                    boxes.append((v["mission"], labels._box(*at, len(v["mission"]) * labels.CHAR, align)))
            for i, (name, a) in enumerate(boxes):
                assert not any(labels._overlap(a, b) for _, b in boxes[i + 1 :]), (width, name)
                assert 0 <= a[0] and a[2] <= width and 0 <= a[1] and a[3] <= 280, (width, name)
            assert width < 640 or len(boxes) == 4  # every label on a desktop
    assert labels.band_expr() == "(width < 370 ? 0 : width < 450 ? 1 : width < 560 ? 2 : 3)"
    size = _layer(chart.spec, "bubbles")["encoding"]["size"]["scale"]
    assert size["domain"] == [0, 255] and size["range"][0] == 0 and "1200" in size["range"][1]["expr"]
    assert labels.bubble_factor(1092, 280) == 1 and labels.bubble_factor(352, 280) == labels.MIN_FACTOR


def _country(iso3: str, name: str, totals: list[int | None]) -> dict:
    months = ["2022-03", "2022-04", "2022-05", "2022-06"]
    return {"iso3": iso3, "name": name, "points": [_point(m, t) for m, t in zip(months, totals)]}


def test_a_log_scale_compares_countries_of_very_different_sizes_and_says_so():
    series = [_country("PER", "Peru", [240, 0, 255, 270]), _country("BGD", "Bangladesh", [6500, 6600, 6700, 6800])]
    chart = several.compare(W, "compare-totals", series, "total", "uniformed personnel", None, log=True)
    y = chart.spec["layer"][0]["encoding"]["y"]
    assert y["scale"] == {"type": "log", "domain": [100, 10000]} and y["title"] == "personnel (log scale)"
    assert y["axis"]["values"] == [100, 200, 500, 1000, 2000, 5000, 10000]
    assert chart.title == "Peru, Bangladesh: uniformed personnel (log scale), 2022-03 to 2022-06"
    assert "10, 100 and 1,000 are equally spaced" in chart.description
    assert "1 month with no personnel is a gap: a log scale cannot show 0." in chart.description
    peru = [(v["month"], v["value"]) for v in chart.spec["data"]["values"] if v["country"] == "Peru"]
    assert peru == [("2022-03-30", 240), ("2022-05-30", 255), ("2022-06-30", 270)]  # April's 0: a gap
    linear = several.compare(W, "compare-totals", series, "total", "uniformed personnel", None)
    assert "type" not in linear.spec["layer"][0]["encoding"]["y"].get("scale", {}) and "log" not in linear.title
    shares = several.compare(W, "compare-women", series, "share", "women's share", None, log=True)
    assert "log" not in shares.title and shares.spec["layer"][0]["encoding"]["y"]["scale"].get("type") is None
    french = several.compare(words("fr"), "c", series, "total", "personnel", None, log=True).description
    assert "1 mois sans personnel est une lacune" in french


def test_titles_name_their_months():
    assert titled(W, "Peru: personnel by type", "2015-01", "2025-07") == "Peru: personnel by type, 2015-01 to 2025-07"
    assert titled(words("fr"), "Pérou", "2015-01", "2025-07") == "Pérou, de 2015-01 à 2025-07"
    assert titled(W, "Peru", "2022-06", "2022-06") == "Peru, 2022-06" and titled(W, "Peru", None, None) == "Peru"


def test_a_chart_table_shows_words_and_gives_its_csv_plain_numbers():
    points = [_point("2022-05", 9436, 215), _point("2022-06", 9500, 220)]
    html = str(trends.women_share(W, "women-share", points, "Nepal: women's share").table_html())
    assert '<th scope="col" data-v="month (YYYY-MM)">month</th>' in html
    assert '<th scope="col" data-v="women&#x27;s share (% of personnel)">share</th>' in html
    assert '<td data-v="2022-05">May 2022</td><td data-v="2.28">2.3%</td><td data-v="215">215</td>' in html
    assert '<td data-v="9436">9,436</td>' in html


def test_an_export_adds_the_gaps_and_the_data_terms():
    chart = trends.trend(W, "trend", POINTS, "UN peacekeeping: uniformed personnel deployed")
    assert chart.spec["usermeta"]["export"] == [
        "Gaps: months no report covers, or whose figure is withheld.",
        "Data: United Nations, under its terms of use (www.un.org/en/about-us/terms-of-use)",
    ]
    french = trends.trend(words("fr"), "trend", POINTS, "x").spec["usermeta"]["export"]
    assert french[1].startswith("Données : Nations Unies")


@pytest.fixture(scope="module")
def full_client(full_store):
    from conftest import web_client

    yield from web_client(full_store[0])


@pytest.mark.archive
def test_no_country_page_draws_a_share_above_100_percent(full_client):
    """Every contributor of the latest report (the Congo's 2 of 2 experts among them): shares drawn are women over
    their own total, on axes that stop at 100%; every chart title names the country."""
    from test_web_small import charts as specs_of

    for as_of in ("2025-07",):
        ranking = full_client.get("/api/v1/rankings", params={"as_of": as_of}).json()
        assert len(ranking["rows"]) > 100
        for row in ranking["rows"]:
            page = full_client.get(f"/country/{row['iso3']}", params={"as_of": as_of}).text
            specs = specs_of(page)
            if "share-by-type" in specs:
                bars_ = specs["share-by-type"]
                assert bars_["encoding"]["x"]["scale"]["domain"][1] <= 1, row["iso3"]
                assert all(0 <= v["share"] <= 1 and v["women"] <= v["total"] for v in bars_["data"]["values"])
            shares = specs["women-share"]
            assert all(0 <= v["share"] <= 1 for v in shares["data"]["values"]), row["iso3"]
            assert shares["layer"][0]["encoding"]["y"]["scale"]["domain"][1] <= 1, row["iso3"]
            name = row["country"]
            titles = {k: s["title"]["text"] for k, s in specs.items()}
            assert all(t.startswith(("Where ", name)) and name in t for t in titles.values()), titles


@pytest.mark.archive
def test_a_mission_s_page_tells_its_life_since_1990_from_ipi_s_history(history_store):
    """Issue 26, item 7: UNIFIL (1978) in the store with IPI's history: its life from November 1990, where the UN's
    reports in the store do not reach, its strength charted from then, IPI named in the source line."""
    import json
    import re

    from fastapi.testclient import TestClient

    from peacekeeping.web.app import create_app

    with TestClient(create_app(history_store[0])) as client:
        text = client.get("/mission/UNIFIL?as_of=2022-06", headers={"accept": "text/html"}).text
    life = re.search(r'<p class="meta" id="life">(.*?)</p>', text).group(1)
    assert life == (
        "Started on 19 March 1978. In the store from November 1990 to July 2025; largest strength: "
        "13,539 personnel (July 2007)."
    )
    spec = json.loads(re.search(r'data-chart="strength">(.*?)</script>', text).group(1).replace("<\\/", "</"))
    assert spec["title"]["text"] == "UNIFIL: uniformed personnel, 1990-11 to 2025-07"
    assert "International Peace Institute" in spec["title"]["subtitle"]


# ------------------------------------------------------------------------------------------------ contrast
# WCAG 2.1 AA: 4.5:1 for text, 3:1 for the graphics a reader needs (lines, areas, bars, bubbles, focus rings); and the
# mission colours apart from each other under the three colour-vision deficiencies (Machado, Oliveira and Fernandes
# 2009, full severity), by their distance in CIELAB.

WHITE = "#ffffff"
MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
}


def _linear(colour: str) -> list[float]:
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]


def contrast(a: str, b: str = WHITE) -> float:
    """The WCAG contrast ratio of two sRGB colours (#rrggbb)."""
    lum = [0.2126 * r + 0.7152 * g + 0.0722 * b_ for r, g, b_ in (_linear(a), _linear(b))]
    return (max(lum) + 0.05) / (min(lum) + 0.05)


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _seen(colour: str, deficiency: str | None) -> tuple[float, float, float]:
    rgb = _linear(colour)
    if deficiency:
        rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in MACHADO[deficiency]]
    return _lab(rgb)


def test_contrast_ratios_are_those_wcag_gives():
    assert contrast("#000000") == pytest.approx(21) and contrast(WHITE) == 1
    assert contrast("#44AA99") == pytest.approx(2.82, abs=0.01)  # the teal this palette had
    assert contrast("#767676") == pytest.approx(4.54, abs=0.01)  # the lightest grey for text on white


def test_every_chart_colour_reaches_3_to_1_on_white_and_every_text_4_5():
    from peacekeeping.web.charts.kit import MARKED

    graphics = {
        **{f"mission {i}": c for i, c in enumerate(palette.MUTED)},
        "other missions": palette.OTHER[0],
        **{f"type {t}": c for t, c in trends.TYPES.items()},
        **{f"incident {t}": c for t, c in bars.INCIDENTS.items()},
        "personnel": trends.BLUE,
        "women": trends.ROSE,
        "month mark": MARKED,
        **{f"map class {i}": c for i, c in enumerate(maps.CLASSES)},
        "bubble": maps.POINT,
        **{f"month {s}": c for s, (c, _) in maps.STATUS.items()},
    }
    assert {k: round(contrast(c), 2) for k, c in graphics.items() if contrast(c) < 3} == {}
    texts = {  # (text, background)
        "month label": (MARKED, WHITE),
        "source line": ("#4a5561", WHITE),
        "map labels": ("#1c2733", WHITE),
        "label inside a bar": (WHITE, trends.ROSE),
        **{f"symbol of a {s} month": (WHITE, c) for s, (c, _) in maps.STATUS.items()},
    }
    assert {k: round(contrast(*c), 2) for k, c in texts.items() if contrast(*c) < 4.5} == {}


def test_the_mission_colours_stay_apart_under_colour_blindness():
    for deficiency in (None, *MACHADO):
        seen = [_seen(c, deficiency) for c in palette.MUTED]
        nearest = min(
            (sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5, palette.MUTED[i], palette.MUTED[j])
            for i, a in enumerate(seen)
            for j, b in enumerate(seen)
            if i < j
        )
        assert nearest[0] >= 12, (deficiency, nearest)  # CIELAB distance; the teal darkened to #2F8C7E: 4.9


def test_the_page_s_colours_reach_aa():
    """Text on the page and on the header, links, and focus rings (3:1 against what surrounds them)."""
    import peacekeeping.web

    css = (Path(peacekeeping.web.__file__).parent / "static" / "app.css").read_text()
    blue, muted = re.search(r"--blue: (#\w{6})", css)[1], re.search(r"--muted: (#\w{6})", css)[1]
    page, text = "#f7f9fb", "#1c2733"
    assert contrast(text, page) >= 4.5 and contrast(muted, page) >= 4.5 and contrast(muted, WHITE) >= 4.5
    assert contrast(blue, page) >= 4.5 and contrast(WHITE, blue) >= 4.5  # links; the header's white on blue
    ring = re.search(r"textarea:focus, summary:focus \{ outline: 3px solid (#\w{6})", css)[1]
    header_ring = re.search(r"header input:focus \{ outline-color: (#\w{6})", css)[1]
    assert contrast(ring, page) >= 3 and contrast(ring, WHITE) >= 3 and contrast(header_ring, blue) >= 3
