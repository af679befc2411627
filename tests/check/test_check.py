"""The claim checker on a release and copies of it with one figure changed: on the small store (a release written from
June 2022), and on the real archive (the seed release)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import DATA
from fixtures import small
from fixtures.small import RELEASE_TEXT
from typer.testing import CliRunner

from peacekeeping.check import extract, verify
from peacekeeping.check import render as report
from peacekeeping.cli import app
from peacekeeping.harmonize.countries import UnknownCountry
from peacekeeping.release import draft, render

DATE = dt.date(2022, 10, 12)
JUNE_PAGES = {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [1, 2, 3, 4]}


def test_every_claim_of_the_release(small_con):
    result = verify.check(small_con, RELEASE_TEXT, DATE)
    assert (result.date, result.country, result.message) == (
        "2022-10-12",
        {"iso3": "PER", "m49": 604, "name": "Peru"},
        "10 of 11 claims match the report of 2022-06-30 exactly",
    )
    assert result.month == {
        **small.JUNE_MONTH,
        "score": 6,
        "bounds": 5,
        "status": "chosen",
    }
    assert result.runners_up == [
        {"month": "2022-05", "report": "UN_country_contributions_2022_05.pdf", "score": 2, "bounds": 4},
        {"month": "2022-04", "report": "UN_country_contributions_2022_04.pdf", "score": 1, "bounds": 3},
    ]
    assert [
        (v.claim.kind, v.claim.text, v.claim.qualifier, v.claim.mission, v.verdict, v.data) for v in result.verdicts
    ] == [
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
        ("global_fatalities", "eight", None, None, "supported", 8),
    ]
    sources = [v.source for v in result.verdicts]
    assert sources[0] == JUNE_PAGES
    assert sources[5] == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [2]}
    assert sources[9] == {
        "file": "fatalities-2025-04-04.csv",
        "release": "2025-04-04",
        "until": "2022-10-12",
        "lines": [3, 4, 7, 9],
    }
    assert sources[10] == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30"}
    mission = result.verdicts[5].claim
    assert RELEASE_TEXT[mission.start : mission.end] == "241"


@pytest.mark.parametrize(
    "old, new, kind, truth",
    [
        ("provides 270", "provides 271", "total", 270),
        ("including 38 women", "including 39 women", "women", 38),
        ("to four missions", "to five missions", "missions", 4),
        ("the 4th largest", "the 5th largest", "rank", 4),
        ("where 241 of its", "where 240 of its", "mission_count", 241),
        ("the four Peruvian", "the five Peruvian", "fatalities", 4),
        ("from eight countries", "from nine countries", "global_countries", 8),
    ],
)
def test_one_changed_figure_is_the_one_contradiction(small_con, old, new, kind, truth):
    assert RELEASE_TEXT.count(old) == 1
    result = verify.check(small_con, RELEASE_TEXT.replace(old, new), DATE)
    assert result.month["month"] == "2022-06"
    wrong = [v for v in result.verdicts if v.verdict == "contradicted"]
    assert [(v.claim.kind, v.data) for v in wrong] == [(kind, truth)]
    assert wrong[0].note.startswith(f"the data says {truth}")
    said = "of the 12 months before publication"
    assert wrong[0].note.endswith(
        f"it held at the end of none {said}" if "fatalities" in kind else f"in 2022-06; it held in no report {said}"
    )


def test_the_month_that_explains_the_text_best(small_con):
    may = verify.check(small_con, "Today, Peru provides 237 uniformed personnel, including 33 women.", DATE)
    assert (may.month["month"], may.message) == ("2022-05", "2 of 2 claims match the report of 2022-05-31 exactly")
    # without a date every month is a candidate, and fatalities count over the whole register (5 Peruvians, 9 in all)
    undated = verify.check(small_con, RELEASE_TEXT)
    assert (undated.month["month"], undated.message) == (
        "2022-06",
        "10 of 11 claims match the report of 2022-06-30 exactly; no publication date: every report is a candidate",
    )
    assert [v for v in undated.verdicts if v.verdict == "contradicted"] == []
    (toll,) = [v for v in undated.verdicts if v.claim.kind == "fatalities"]  # 4 of 5: the register's military dead
    assert (toll.verdict, toll.data) == ("not checkable", 5)
    assert toll.note.startswith("ambiguous: between the register's count of the country's military dead (4)")


def test_a_text_without_a_country(small_con):
    result = verify.check(
        small_con, "Over 3,000 uniformed personnel serve in five missions; 270 of them are women.", DATE
    )
    assert result.country is None
    # with no country named, figures that could be a country's are read as the world's, in doubt (not checkable)
    assert [(v.claim.kind, v.claim.text, v.verdict, v.data) for v in result.verdicts] == [
        ("global_personnel", "3,000", "bound holds", 3250),
        ("global_operations", "five", "not checkable", 4),  # BINUH is not a peacekeeping operation
        ("global_women", "270", "not checkable", 278),
    ]
    assert result.verdicts[1].note == (
        "ambiguous: no country named: read as a world figure; read so, the data says "
        "4 in 2022-06; it held in no report of the 12 months before publication"
    )
    named = verify.check(small_con, "It provides 270 uniformed personnel.", DATE, "Peru")
    assert [(v.claim.kind, v.verdict) for v in named.verdicts] == [("total", "supported")]
    with pytest.raises(UnknownCountry, match="Atlantis"):
        verify.check(small_con, "It provides 270 uniformed personnel.", DATE, "Atlantis")


def test_no_figures_empty_and_too_early(small_con):
    assert (
        verify.check(small_con, "Peacekeepers serve with distinction.", DATE).message
        == "no numeric claims found in the text"
    )
    assert verify.check(small_con, "", DATE).verdicts == []
    early = verify.check(small_con, RELEASE_TEXT, dt.date(2021, 1, 1))
    assert (early.month, early.message) == (None, "no report was published before 2021-01-01")
    # figures of the reports cannot be checked; deaths are counted in the register up to the day (three Peruvians)
    assert {(v.verdict, v.note) for v in early.verdicts if "fatalities" not in v.claim.kind} == {
        ("not checkable", "no report to check it against")
    }
    assert [(v.claim.kind, v.verdict, v.data) for v in early.verdicts if "fatalities" in v.claim.kind] == [
        ("fatalities", "contradicted", 3),
        ("global_fatalities", "not checkable", 7),
    ]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_drafts_in_three_languages_check_out(small_con, lang):
    text = render.markdown(draft.build(small_con, "Peru", DATE, lang), clean=True)  # the text, no sources
    result = verify.check(small_con, text, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    assert {v.claim.kind: v.verdict for v in result.verdicts} == {
        kind: "supported"
        for kind in (
            "total",
            "women",
            "missions",
            "rank",
            "mission",
            "mission_count",
            "fatalities",
            "global_personnel",
            "global_countries",
            "global_fatalities",
            "first_deployment",
        )
    }  # issue 23: its first-deployment sentence, checked


def test_text_and_html_renderings(small_con):
    result = verify.check(small_con, RELEASE_TEXT, DATE)
    lines = report.text(result, None).splitlines()
    assert lines[:4] == [
        "country: Peru (PER)",
        "published: 2022-10-12",
        "reference month: 2022-06 (report UN_country_contributions_2022_06.pdf): 10 of 11 claims match the report "
        "of 2022-06-30 exactly",
        "runners-up: 2022-05 (2 exact, 4 bounds), 2022-04 (1 exact, 3 bounds)",
    ]
    assert "1 bound holds, 12 supported" in lines
    assert lines[-1] == (
        "  eight: global_fatalities of the world (subject: no country named in the paragraph; kind: "
        "peacekeepers … ultimate sacrifice; period: since 1961)"
    )
    page = report.html(result, RELEASE_TEXT, None)
    assert (
        '<mark class="claim supported" data-claim="0" title="supported: matches the data [total of Peru '
        '(subject: Peru; kind: uniformed personnel)]">270</mark>'
    ) in page
    assert page.count('<mark class="claim') == 13
    text, note = report.read_text("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    assert (text, note) == ("Perú aporta 270 efectivos uniformados.", "not UTF-8 (byte 3); read as Windows-1252")


# ------------------------------------------------------------------------------------------------ the real archive


SEED_FILE = DATA.parent / "examples" / "release-peru-2022-10-12.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    """The seed release's text (read when a test asks for it: it is in ../shared)."""
    return SEED_FILE.read_text(encoding="utf-8-sig")


def verdicts(result) -> dict[tuple[str, str], tuple[str, object]]:
    return {(v.claim.kind, v.claim.text): (v.verdict, v.data) for v in result.verdicts}


@pytest.mark.archive
@pytest.mark.archive
def test_seed_reference_month_and_supported_claims(full_con, seed):
    result = verify.check(full_con, seed, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    found = verdicts(result)
    for key in [
        ("total", "270"),
        ("women", "38"),
        ("missions", "five"),
        ("rank", "48th"),
        ("mission_count", "255"),
        ("fatalities", "eight"),
        ("mission", "MINUSCA"),
        ("mission", "UNIFIL"),
        ("mission", "MONUSCO"),
        ("mission", "UNMISS"),
        ("mission", "UNISFA"),
    ]:
        assert found[key][0] == "supported", key
    assert found[("global_fatalities", "3,500")][0] == "bound holds"
    assert found[("global_countries", "120")] == ("bound holds", 121)
    assert found[("other", "a million")][0] == "not checkable"
    assert "contradicted" not in result.counts()
    assert result.runners_up and all(r["score"] < result.month["score"] for r in result.runners_up)
    mission = next(v for v in result.verdicts if v.claim.kind == "mission_count")
    assert mission.claim.mission == "MINUSCA"
    assert mission.source == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [5]}
    assert seed[mission.claim.start : mission.claim.end] == "255"


@pytest.mark.archive
@pytest.mark.parametrize(
    "old,new,kind,truth",
    [
        ("provides 270 uniformed", "provides 271 uniformed", "total", 270),
        ("including 38 women", "including 39 women", "women", 38),
        ("to five missions", "to six missions", "missions", 5),
        ("the 48th largest", "the 47th largest", "rank", 48),
        ("where 255 of its", "where 250 of its", "mission_count", 255),
        ("the eight Peruvian", "the nine Peruvian", "fatalities", 8),
    ],
)
@pytest.mark.archive
def test_one_changed_figure_is_the_one_contradiction_on_the_archive(full_con, seed, old, new, kind, truth):
    assert old in seed
    result = verify.check(full_con, seed.replace(old, new), DATE)
    assert result.month["month"] == "2022-06"
    wrong = [v for v in result.verdicts if v.verdict == "contradicted"]
    assert [(v.claim.kind, v.data) for v in wrong] == [(kind, truth)]
    assert wrong[0].note.split(";")[0] in (f"the data says {truth} in 2022-06", f"the data says {truth}")


@pytest.mark.archive
@pytest.mark.archive
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_spanish_and_french_claims(full_con, lang):
    text = render.markdown(draft.build(full_con, "Peru", DATE, lang), clean=True)
    result = verify.check(full_con, text, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    kinds = {v.claim.kind: v.verdict for v in result.verdicts}
    for kind in (
        "total",
        "women",
        "missions",
        "rank",
        "mission_count",
        "fatalities",
        "global_personnel",
        "global_countries",
        "global_fatalities",
    ):
        assert kinds.get(kind) == "supported", (kind, kinds)


@pytest.mark.archive
def test_numbers_as_texts_write_them():
    claims = extract.extract(
        "Peru provides nearly 1,189 peacekeepers, some 1 190 troops in all, and is the sixth "
        "largest contributor of women.",
        "PER",
    )
    assert [(c.kind, c.value, c.qualifier) for c in claims] == [
        ("total", 1189, "<~"),
        ("total", 1190, "~"),
        ("rank_women", 6, None),
    ]


@pytest.mark.archive
@pytest.mark.archive
def test_no_figures_empty_and_not_utf8(full_con, tmp_path):
    assert (
        verify.check(full_con, "Peacekeepers serve with distinction.", DATE).message
        == "no numeric claims found in the text"
    )
    assert verify.check(full_con, "", DATE).verdicts == []
    text, note = report.read_text("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    assert note == "not UTF-8 (byte 3); read as Windows-1252" and text.startswith("Perú")


@pytest.mark.archive
@pytest.mark.archive
def test_cli_formats(full_store, seed, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed, encoding="utf-8")
    run = CliRunner().invoke
    out = run(app, ["check", str(path), "--date", "2022-10-12", "--db", str(full_store[0])])
    assert out.exit_code == 0
    assert out.stdout.splitlines()[2] == (
        "reference month: 2022-06 (report UN_country_contributions_2022_06.pdf): "
        "10 of 11 claims match the report of 2022-06-30 exactly"
    )
    data = json.loads(
        run(app, ["check", str(path), "--date", "2022-10-12", "-f", "json", "--db", str(full_store[0])]).stdout
    )
    assert data["month"]["as_of"] == "2022-06-30" and data["counts"]["supported"] == 12  # its first deployment too
    assert data["claims"][0]["kind"] == "first_deployment" and data["claims"][0]["verdict"] == "supported"
    page = run(app, ["check", str(path), "--date", "2022-10-12", "-f", "html", "--db", str(full_store[0])]).stdout
    assert (
        '<mark class="claim supported" data-claim="1" title="supported: matches the data [total of Peru '
        '(subject: Peru; kind: uniformed personnel)]">270</mark>'
    ) in page
    assert "<td>total of Peru (subject: Peru; kind: uniformed personnel)</td>" in page
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run(app, ["check", str(empty), "--db", str(full_store[0])])
    assert out.exit_code == 0 and "no numeric claims found in the text" in out.stdout
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    out = run(app, ["check", str(latin), "--db", str(full_store[0])])
    assert out.exit_code == 0 and out.stdout.startswith("note: not UTF-8 (byte 3); read as Windows-1252")
