"""Release drafts on the real data: the seed's figures, three languages, every figure sourced."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT
from docx import Document
from typer.testing import CliRunner

from peacekeeping import facts, wording
from peacekeeping.cli import app
from peacekeeping.release import brief as briefs
from peacekeeping.release import draft, render

SEED_DATE = dt.date(2022, 10, 12)
BRIEF = ROOT / "tests" / "fixtures" / "brief-peru.toml"


def text(d: draft.Draft) -> str:
    return render.markdown(d)


@pytest.mark.archive
def test_peru_draft_uses_june_2022_and_states_the_seed_figures(fcon):
    d = draft.build(fcon, "Peru", SEED_DATE)
    assert d.month["as_of"] == "2022-06-30" and d.month["report"] == "UN_country_contributions_2022_06.pdf"
    body = text(d)
    assert ("Today, Peru provides 270 uniformed personnel, including 38 women, to five missions making it the 48th "
            "largest contributor of uniformed personnel to UN peace operations.") in body
    assert ("Peru's largest contribution of peacekeepers is to the United Nations Multidimensional Integrated "
            "Stabilization Mission in the Central African Republic (MINUSCA), where 255 of its peacekeepers serve."
            ) in body
    for other in ("(UNIFIL)", "(MONUSCO)", "(UNMISS)", "(UNISFA)"):
        assert other in body
    assert "the eight Peruvian peacekeepers who lost their lives" in body
    assert body.startswith("# United Nations thanks Peru for its contribution to peacekeeping\n\n"
                           "New York, 12 October 2022 - ")


@pytest.mark.archive
def test_spanish_and_french(fcon):
    es = text(draft.build(fcon, "Peru", SEED_DATE, "es"))
    assert "Hoy, el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cinco misiones" in es
    assert "el 48.º mayor contribuyente" in es and "donde prestan servicio 255 de sus cascos azules" in es
    assert "los ocho cascos azules peruanos" in es
    fr = text(draft.build(fcon, "Peru", SEED_DATE, "fr"))
    assert "Aujourd’hui, le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à cinq missions" in fr
    assert "le 48e contributeur" in fr and "où servent 255 de ses Casques bleus" in fr
    assert "des huit Casques bleus péruviens" in fr
    for acronym in ("(MINUSCA)", "(FINUL)", "(MONUSCO)", "(MINUSS)", "(FISNUA)"):
        assert acronym in fr


@pytest.mark.archive
def test_brief_supplies_words_not_figures(fcon):
    d = draft.build(fcon, "Peru", SEED_DATE, brief=briefs.load(BRIEF))
    body = text(d)
    assert "Under-Secretary-General for Peace Operations Jean-Pierre Lacroix expressed appreciation" in body
    assert "when it deployed troops to Lebanon in 1958, and it has been" in body
    assert '"We are deeply grateful for their continued service", Mr. Lacroix said.' in body
    assert d.placeholders == []
    year = next(f for f in d.figures if f.key == "first_deployment_year")
    assert year.source == "editorial brief (brief-peru.toml)"


@pytest.mark.archive
def test_without_a_brief_the_draft_marks_what_to_write(fcon):
    d = draft.build(fcon, "Peru", SEED_DATE)
    assert d.placeholders == ["[Quote from the speaker on Peru's contribution]", "[Media contacts]"]


@pytest.mark.parametrize("bad,message", [
    ('quotes = ["We thank its 270 peacekeepers"]', "quotes[0] contains a figure"),
    ('speaker = "x"', "unknown field(s) speaker"),
    ('first_deployment_year = 1958', "first_deployment_year needs a first_deployment text"),
    ('quotes = "one"', "quotes must be a list"),
    ('lang = "de"', "lang must be one of en, es, fr"),
    ("quotes = [", "not valid TOML"),
])
def test_brief_errors(tmp_path, bad, message):
    path = tmp_path / "brief.toml"
    path.write_text(bad + "\n", encoding="utf-8")
    with pytest.raises(briefs.BriefError, match=re.escape(message)):
        briefs.load(path)


def test_yaml_brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("speaker_name: Jean-Pierre Lacroix\nquotes:\n  - en: Thank you\n    fr: Merci\n", encoding="utf-8")
    loaded = briefs.load(path)
    assert loaded.quote_list("fr") == ["Merci"] and loaded.quote_list("es") == []


@pytest.mark.archive
def test_one_mission_country(fcon):
    body = text(draft.build(fcon, "Ukraine", SEED_DATE, as_of="2022-06"))
    assert "to one mission making it" in body
    assert "All of Ukraine's peacekeepers serve with the" in body
    assert "also contributes" not in body


@pytest.mark.archive
def test_country_with_no_women(fcon):
    body = text(draft.build(fcon, "Brunei Darussalam", SEED_DATE, as_of="2022-06"))
    assert "including" not in body.split("\n\n")[2]
    assert "provides 30 uniformed personnel to one mission" in body


@pytest.mark.archive
def test_absent_country_is_a_clear_message(fcon):
    with pytest.raises(draft.Absent, match="Iceland has no uniformed personnel in the report of 2022-06-30"):
        draft.build(fcon, "Iceland", SEED_DATE)
    with pytest.raises(draft.Absent, match="Papua New Guinea"):
        draft.build(fcon, "PNG", SEED_DATE)


# One to nine in words; Spanish and French "un(e)" is also the indefinite article, so only "one" is looked for there.
_WORDS = {lang: [wording.number(n, lang, g) for n in range(1 if lang == "en" else 2, 10) for g in ("m", "f")]
          for lang in ("en", "es", "fr")}


def unsourced_numbers(d: draft.Draft) -> list[str]:
    """Numbers a reader sees outside the draft's sourced figures (links and phone lines aside)."""
    prose = "\n".join(draft.MARK.sub("", block) for block in d.blocks
                      if "<http" not in block and not block.startswith("Tel"))
    digits = re.findall(r"\d+", prose)
    words = re.findall(r"\b(" + "|".join(sorted(set(_WORDS[d.lang]), key=len, reverse=True)) + r")\b", prose,
                       flags=re.IGNORECASE)
    return digits + words


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_provenance_covers_every_number_in_the_draft(fcon, lang):
    d = draft.build(fcon, "Peru", SEED_DATE, lang, brief=briefs.load(BRIEF))
    covered = {f.text for f in d.figures}
    assert unsourced_numbers(d) == []
    assert {"270", "255"} <= covered and len(draft.MARK.findall(" ".join(d.blocks))) >= len(d.figures) >= 11
    for f in d.figures:
        assert f.source and (f.pages or f.key.startswith(("world", "fatalities", "first", "date")))
    sidecar = render.sources(d)
    assert {f["text"] for f in sidecar["figures"]} == covered
    total = next(f for f in sidecar["figures"] if f["value"] == 270)
    assert total["as_of"] == "2022-06-30" and total["source"] == "UN_country_contributions_2022_06.pdf"
    assert total["pages"] == [5, 14, 19, 22, 28]


@pytest.fixture(scope="module")
def drafts_con(full_store):
    """One connection for the 360 drafts below (its calendar is read once)."""
    from peacekeeping import store

    with store.connect(full_store[0]) as connection:
        yield connection


@pytest.fixture(scope="module")
def june_contributors(drafts_con) -> list[str]:
    """The countries with personnel in the report of June 2022, largest first."""
    return [r["iso3"] for r in facts.ranking(drafts_con, "2022-06")["rows"] if r["total"] > 0]


@pytest.mark.archive
def test_the_contributors_of_june_2022(june_contributors):
    assert len(june_contributors) == 120 and june_contributors[:3] == ["BGD", "IND", "NPL"]


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
@pytest.mark.parametrize("position", range(120))
def test_drafts_for_every_contributor_of_a_month(drafts_con, june_contributors, position, lang):
    """Every contributor of June 2022 (by its place in the ranking) in each language: a test of its own."""
    iso3 = june_contributors[position]
    d = draft.build(drafts_con, iso3, SEED_DATE, lang, as_of="2022-06")
    body = text(d)
    assert unsourced_numbers(d) == [], iso3
    assert "{{" not in body and "⟦" not in body and "[title]" not in body, iso3
    assert d.country["iso3"] == iso3 and d.month["as_of"] == "2022-06-30"


@pytest.mark.archive
def test_html_has_figures_and_footnotes(fcon):
    page = render.html(draft.build(fcon, "Peru", SEED_DATE))
    assert '<span class="figure" data-figure="1"' in page
    assert 'id="source-1"' in page and "UN_country_contributions_2022_06.pdf, pages 5, 14, 19, 22, 28" in page
    assert "<h1>United Nations thanks Peru for its contribution to peacekeeping</h1>" in page


@pytest.mark.archive
def test_word_document_opens_and_contains_the_figures(fcon):
    data = render.docx(draft.build(fcon, "Peru", SEED_DATE, "fr"))
    document = Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "le Pérou fournit 2703 membres" in body  # the figure, then its footnote (1: the date, 2: the first year)
    assert "Sources of the figures" in body and "UN_country_contributions_2022_06.pdf" in body


@pytest.mark.archive
def test_cli_release_writes_draft_and_sidecar(full_store, tmp_path):
    out = tmp_path / "peru.docx"
    result = CliRunner().invoke(app, ["release", "Peru", "--date", "2022-10-12", "--lang", "es", "-f", "docx",
                                      "-o", str(out), "--brief", str(BRIEF), "--db", str(full_store[0])])
    assert result.exit_code == 0, result.stderr
    assert "figures from the report of 2022-06-30 (UN_country_contributions_2022_06.pdf), the latest published " \
           "before 2022-10-12" in result.stderr
    assert Document(str(out)).paragraphs
    sidecar = json.loads(Path(str(out) + ".sources.json").read_text(encoding="utf-8"))
    assert sidecar["month"]["as_of"] == "2022-06-30"


@pytest.mark.archive
def test_cli_release_errors(full_store):
    run = CliRunner().invoke
    result = run(app, ["release", "Peru", "--date", "2022-10-12", "-f", "docx", "--db", str(full_store[0])])
    assert result.exit_code == 1 and "a Word draft needs a file" in result.stderr
    result = run(app, ["release", "Iceland", "--date", "2022-10-12", "--db", str(full_store[0])])
    assert result.exit_code == 1 and "Iceland has no uniformed personnel" in result.stderr
