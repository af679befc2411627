"""The claim checker on the seed release and copies of it with one figure changed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import DATA
from typer.testing import CliRunner

from peacekeeping.check import extract, verify
from peacekeeping.check import render as report
from peacekeeping.cli import app
from peacekeeping.release import draft, render

SEED_FILE = DATA.parent / "examples" / "release-peru-2022-10-12.txt"
DATE = dt.date(2022, 10, 12)


@pytest.fixture(scope="module")
def seed() -> str:
    """The seed release's text (read when a test asks for it: it is in ../shared)."""
    return SEED_FILE.read_text(encoding="utf-8-sig")


def verdicts(result) -> dict[tuple[str, str], tuple[str, object]]:
    return {(v.claim.kind, v.claim.text): (v.verdict, v.data) for v in result.verdicts}


@pytest.mark.archive
def test_seed_reference_month_and_supported_claims(fcon, seed):
    result = verify.check(fcon, seed, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    found = verdicts(result)
    for key in [("total", "270"), ("women", "38"), ("missions", "five"), ("rank", "48th"), ("mission_count", "255"),
                ("fatalities", "eight"), ("mission", "MINUSCA"), ("mission", "UNIFIL"), ("mission", "MONUSCO"),
                ("mission", "UNMISS"), ("mission", "UNISFA")]:
        assert found[key][0] == "supported", key
    assert found[("global_fatalities", "3,500")][0] == "bound holds"
    assert found[("global_countries", "120")] == ("bound holds", 121)
    assert found[("other", "a million")][0] == "not checkable"
    assert "contradicted" not in result.counts()
    assert result.runners_up and all(r["score"] < result.month["score"] for r in result.runners_up)
    mission = next(v for v in result.verdicts if v.claim.kind == "mission_count")
    assert mission.claim.mission == "MINUSCA"
    assert mission.source == {"file": "UN_country_contributions_2022_06.pdf", "as_of": "2022-06-30", "pages": [5]}
    assert seed[mission.claim.start:mission.claim.end] == "255"


@pytest.mark.archive
@pytest.mark.parametrize("old,new,kind,truth", [
    ("provides 270 uniformed", "provides 271 uniformed", "total", 270),
    ("including 38 women", "including 39 women", "women", 38),
    ("to five missions", "to six missions", "missions", 5),
    ("the 48th largest", "the 47th largest", "rank", 48),
    ("where 255 of its", "where 250 of its", "mission_count", 255),
    ("the eight Peruvian", "the nine Peruvian", "fatalities", 8),
])
def test_one_changed_figure_is_the_one_contradiction(fcon, seed, old, new, kind, truth):
    assert old in seed
    result = verify.check(fcon, seed.replace(old, new), DATE)
    assert result.month["month"] == "2022-06"
    wrong = [v for v in result.verdicts if v.verdict == "contradicted"]
    assert [(v.claim.kind, v.data) for v in wrong] == [(kind, truth)]
    assert wrong[0].note.split(";")[0] in (f"the data says {truth} in 2022-06", f"the data says {truth}")


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_spanish_and_french_claims(fcon, lang):
    text = render.markdown(draft.build(fcon, "Peru", DATE, lang))
    result = verify.check(fcon, text, DATE)
    assert result.month["month"] == "2022-06" and result.country["iso3"] == "PER"
    kinds = {v.claim.kind: v.verdict for v in result.verdicts}
    for kind in ("total", "women", "missions", "rank", "mission_count", "fatalities", "global_personnel",
                 "global_countries", "global_fatalities"):
        assert kinds.get(kind) == "supported", (kind, kinds)


def test_numbers_as_texts_write_them():
    claims = extract.extract("Peru provides nearly 1,189 peacekeepers, some 1 190 troops in all, and is the sixth "
                             "largest contributor of women.", "PER")
    assert [(c.kind, c.value, c.qualifier) for c in claims] == [
        ("total", 1189, "<~"), ("total", 1190, "~"), ("rank_women", 6, None)]


@pytest.mark.archive
def test_no_figures_empty_and_not_utf8(fcon, tmp_path):
    assert verify.check(fcon, "Peacekeepers serve with distinction.", DATE).message == \
        "no numeric claims found in the text"
    assert verify.check(fcon, "", DATE).verdicts == []
    text, note = report.read_text("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    assert note == "not UTF-8 (byte 3); read as Windows-1252" and text.startswith("Perú")


@pytest.mark.archive
def test_cli_formats(full_store, seed, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed, encoding="utf-8")
    run = CliRunner().invoke
    out = run(app, ["check", str(path), "--date", "2022-10-12", "--db", str(full_store[0])])
    assert out.exit_code == 0
    assert out.stdout.splitlines()[2] == ("reference month: 2022-06 (report UN_country_contributions_2022_06.pdf): "
                                          "10 of 11 claims match the report of 2022-06-30 exactly")
    data = json.loads(run(app, ["check", str(path), "--date", "2022-10-12", "-f", "json",
                                "--db", str(full_store[0])]).stdout)
    assert data["month"]["as_of"] == "2022-06-30" and data["counts"]["supported"] == 11
    page = run(app, ["check", str(path), "--date", "2022-10-12", "-f", "html", "--db", str(full_store[0])]).stdout
    assert ('<mark class="claim supported" data-claim="0" title="supported: matches the data [total of Peru '
            '(subject: Peru; kind: uniformed personnel)]">270</mark>') in page
    assert "<td>total of Peru (subject: Peru; kind: uniformed personnel)</td>" in page
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run(app, ["check", str(empty), "--db", str(full_store[0])])
    assert out.exit_code == 0 and "no numeric claims found in the text" in out.stdout
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Perú aporta 270 efectivos uniformados.".encode("cp1252"))
    out = run(app, ["check", str(latin), "--db", str(full_store[0])])
    assert out.exit_code == 0 and out.stdout.startswith("note: not UTF-8 (byte 3); read as Windows-1252")
