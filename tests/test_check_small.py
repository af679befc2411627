"""The claim checker on the small store: a release written from June 2022, and copies with one figure changed."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures.small import RELEASE_TEXT

from peacekeeping.check import render as report
from peacekeeping.check import verify
from peacekeeping.harmonize.countries import UnknownCountry
from peacekeeping.release import draft, render

DATE = dt.date(2022, 10, 12)
JUNE_PAGES = {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [1, 2, 3, 4]}


def test_every_claim_of_the_release(scon):
    result = verify.check(scon, RELEASE_TEXT, DATE)
    assert (result.date, result.country, result.message) == (
        "2022-10-12", {"iso3": "PER", "m49": 604, "name": "Peru"},
        "10 of 11 claims match the report of 2022-06-30 exactly")
    assert result.month == {"as_of": "2022-06-30", "month": "2022-06", "report": "UN_country_contributions_2022_06.pdf",
                            "requested": "2022-06-30", "missing_nearby": ["2022-07"], "created": "2022-07-20",
                            "substitution": None, "score": 6, "bounds": 5,
                            "status": "chosen"}
    assert result.runners_up == [
        {"month": "2022-05", "report": "UN_country_contributions_2022_05.pdf", "score": 2, "bounds": 4},
        {"month": "2022-04", "report": "UN_country_contributions_2022_04.pdf", "score": 1, "bounds": 3}]
    assert [(v.claim.kind, v.claim.text, v.claim.qualifier, v.claim.mission, v.verdict, v.data) for v in
            result.verdicts] == [
        ("total", "270", None, None, "supported", 270),
        ("women", "38", None, None, "supported", 38),
        ("missions", "four", None, None, "supported", 4),
        ("rank", "4th", None, None, "supported", 4),
        ("mission", "MINUSCA", None, "MINUSCA", "supported", "MINUSCA"),
        ("mission_count", "241", None, "MINUSCA", "supported", 241),
        ("mission", "UNIFIL", None, "UNIFIL", "supported", "UNIFIL"),
        ("mission", "MONUSCO", None, "MONUSCO", "supported", "MONUSCO"),
        ("mission", "BINUH", None, "BINUH", "supported", "BINUH"),
        ("fatalities", "four", None, None, "supported", 4),
        ("global_personnel", "3,000", ">", None, "bound holds", 3250),  # "more than 3,000": true, but stale
        ("global_countries", "eight", None, None, "supported", 8),
        ("global_fatalities", "eight", None, None, "supported", 8)]
    sources = [v.source for v in result.verdicts]
    assert sources[0] == JUNE_PAGES
    assert sources[5] == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [2]}
    assert sources[9] == {"file": "fatalities-2025-04-04.csv", "release": "2025-04-04", "until": "2022-10-12",
                          "lines": [3, 4, 7, 9]}
    assert sources[10] == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30"}
    mission = result.verdicts[5].claim
    assert RELEASE_TEXT[mission.start:mission.end] == "241"


@pytest.mark.parametrize("old, new, kind, truth", [
    ("provides 270", "provides 271", "total", 270),
    ("including 38 women", "including 39 women", "women", 38),
    ("to four missions", "to five missions", "missions", 4),
    ("the 4th largest", "the 5th largest", "rank", 4),
    ("where 241 of its", "where 240 of its", "mission_count", 241),
    ("the four Peruvian", "the five Peruvian", "fatalities", 4),
    ("from eight countries", "from nine countries", "global_countries", 8),
])
def test_one_changed_figure_is_the_one_contradiction(scon, old, new, kind, truth):
    assert RELEASE_TEXT.count(old) == 1
    result = verify.check(scon, RELEASE_TEXT.replace(old, new), DATE)
    assert result.month["month"] == "2022-06"
    wrong = [v for v in result.verdicts if v.verdict == "contradicted"]
    assert [(v.claim.kind, v.data) for v in wrong] == [(kind, truth)]
    assert wrong[0].note.startswith(f"the data says {truth}")
    assert wrong[0].note.endswith("in 2022-06; it held in no report of the 12 months before publication")


def test_the_month_that_explains_the_text_best(scon):
    may = verify.check(scon, "Today, Peru provides 237 uniformed personnel, including 33 women.", DATE)
    assert (may.month["month"], may.message) == ("2022-05", "2 of 2 claims match the report of 2022-05-31 exactly")
    # without a date every month is a candidate, and fatalities count over the whole register (5 Peruvians, 9 in all)
    undated = verify.check(scon, RELEASE_TEXT)
    assert (undated.month["month"], undated.message) == (
        "2022-06", "10 of 11 claims match the report of 2022-06-30 exactly; no publication date: every report is a "
                   "candidate")
    assert [(v.claim.kind, v.data, v.note) for v in undated.verdicts if v.verdict == "contradicted"] == [
        ("fatalities", 5, "the data says 5; deaths since 1948")]


def test_a_text_without_a_country(scon):
    result = verify.check(scon, "Over 3,000 uniformed personnel serve in five missions; 270 of them are women.", DATE)
    assert result.country is None
    # with no country named, figures that could be a country's are read as the world's, in doubt (not checkable)
    assert [(v.claim.kind, v.claim.text, v.verdict, v.data) for v in result.verdicts] == [
        ("global_personnel", "3,000", "bound holds", 3250),
        ("global_operations", "five", "not checkable", 4),  # BINUH is not a peacekeeping operation
        ("global_women", "270", "not checkable", 278)]
    assert result.verdicts[1].note == ("ambiguous: no country named: read as a world figure; read so, the data says "
                                       "4 in 2022-06; it held in no report of the 12 months before publication")
    named = verify.check(scon, "It provides 270 uniformed personnel.", DATE, "Peru")
    assert [(v.claim.kind, v.verdict) for v in named.verdicts] == [("total", "supported")]
    with pytest.raises(UnknownCountry, match="Atlantis"):
        verify.check(scon, "It provides 270 uniformed personnel.", DATE, "Atlantis")


def test_no_figures_empty_and_too_early(scon):
    assert verify.check(scon, "Peacekeepers serve with distinction.", DATE).message == \
        "no numeric claims found in the text"
    assert verify.check(scon, "", DATE).verdicts == []
    early = verify.check(scon, RELEASE_TEXT, dt.date(2021, 1, 1))
    assert (early.month, early.message) == (None, "no report was published before 2021-01-01")
    # figures of the reports cannot be checked; deaths are counted in the register up to the day (three Peruvians)
    assert {(v.verdict, v.note) for v in early.verdicts if "fatalities" not in v.claim.kind} == {
        ("not checkable", "no report to check it against")}
    assert [(v.claim.kind, v.verdict, v.data) for v in early.verdicts if "fatalities" in v.claim.kind] == [
        ("fatalities", "contradicted", 3), ("global_fatalities", "not checkable", 7)]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_drafts_in_three_languages_check_out(scon, lang):
    text = render.markdown(draft.build(scon, "Peru", DATE, lang)).split(f"\n---\n\n**{render.EDITOR}")[0]
    result = verify.check(scon, text, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    assert {v.claim.kind: v.verdict for v in result.verdicts} == {
        kind: "supported" for kind in ("total", "women", "missions", "rank", "mission", "mission_count",
                                       "fatalities", "global_personnel", "global_countries", "global_fatalities")}


def test_text_and_html_renderings(scon):
    result = verify.check(scon, RELEASE_TEXT, DATE)
    lines = report.text(result, None).splitlines()
    assert lines[:4] == [
        "country: Peru (PER)",
        "published: 2022-10-12",
        "reference month: 2022-06 (report UN_country_contributions_2022_06.pdf): 10 of 11 claims match the report "
        "of 2022-06-30 exactly",
        "runners-up: 2022-05 (2 exact, 4 bounds), 2022-04 (1 exact, 3 bounds)"]
    assert "1 bound holds, 12 supported" in lines
    assert lines[-1] == ("  eight: global_fatalities of the world (subject: no country named in the paragraph; kind: "
                         "peacekeepers … ultimate sacrifice; period: since 1961)")
    page = report.html(result, RELEASE_TEXT, None)
    assert ('<mark class="claim supported" data-claim="0" title="supported: matches the data [total of Peru '
            '(subject: Peru; kind: uniformed personnel)]">270</mark>') in page
    assert page.count('<mark class="claim') == 13
    text, note = report.read_text("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    assert (text, note) == ("Perú aporta 270 efectivos uniformados.", "not UTF-8 (byte 3); read as Windows-1252")
