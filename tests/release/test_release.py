"""Release drafts: on the small store, the sentences each case makes; on the real data, the seed's figures; in three
languages, every figure sourced."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES
from docx import Document
from typer.testing import CliRunner

from peacekeeping import facts, store, wording
from peacekeeping.cli import app
from peacekeeping.release import brief as briefs
from peacekeeping.release import draft, figures, render

DATE = dt.date(2022, 10, 12)
BRIEF = FIXTURES / "brief-peru.toml"
JUNE_CONTRIBUTORS = ["BGD", "GHA", "NPL", "PER", "BRN", "CHL", "UKR"]  # Papua New Guinea is listed with zeros


@pytest.fixture(scope="module")
def dcon(small_store):
    """One connection for the module (its calendar is read once)."""
    with store.connect(small_store[0]) as connection:
        yield connection


def text(d: figures.Draft) -> str:
    return render.markdown(d, clean=True)  # the words: no footnotes, sources or notes


def test_peru_uses_the_latest_report_published_before_the_date(dcon):
    d = draft.build(dcon, "Peru", DATE)
    # August's and later reports were generated after 12 October 2022
    assert d.month == {
        "as_of": "2022-06-30",
        "month": "2022-06",
        "report": "UN_country_contributions_2022_06.pdf",
        "requested": None,
        "missing_nearby": ["2022-07"],
        "created": "2022-07-20",
        "substitution": "The report of 30 September 2022 was generated on 25 October 2022, not before "
        "12 October 2022: figures are from the report of 30 June 2022, the latest "
        "generated before.",
        "source": "report",
        "why": {
            "kind": "generated_after",
            "latest": "2022-09-30",
            "generated": "2022-10-25",
            "before": "2022-10-12",
            "used": "2022-06-30",
        },
    }
    assert [d.text(b) for b in d.blocks[:6]] == [
        "# United Nations thanks Peru for its contribution to peacekeeping",
        "New York, 12 October 2022 - [Speaker and title] expressed appreciation for Peru's strong support to United "
        "Nations Peacekeeping and for the service and sacrifice of its uniformed personnel deployed around the world "
        "under the UN flag.",
        "Peru first contributed peacekeepers to the United Nations when it deployed troops to Lebanon in 1958. "
        "Today, Peru provides 270 uniformed personnel, including 38 women, to four missions making it the 4th largest "
        "contributor of uniformed personnel to UN peace operations.",
        "Peru's largest contribution of peacekeepers is to the United Nations Multidimensional Integrated "
        "Stabilization Mission in the Central African Republic (MINUSCA), where 241 of its peacekeepers serve.",
        "[Quote from the speaker on Peru's contribution]",
        "Peru also contributes to the UN Interim Force in Lebanon (UNIFIL); the UN Organization Stabilization Mission "
        "in the Democratic Republic of the Congo (MONUSCO); and the UN Integrated Office in Haiti (BINUH).",
    ]
    body = text(d)
    assert (
        "The United Nations will never forget the sacrifice of the four Peruvian peacekeepers who lost their lives "
        "while serving under the UN flag."
    ) in body
    assert (
        "Today, 3,250 uniformed personnel from seven countries serve in UN peace operations, alongside civilian "
        "personnel."
    ) in body
    assert (
        "Tragically some make the ultimate sacrifice: eight peacekeepers have lost their lives in the cause of "
        "peace since 1961." in body
    )
    assert d.placeholders == [
        "[Speaker and title]",
        "[Quote from the speaker on Peru's contribution]",
        "[Media contacts]",
    ]


@pytest.mark.parametrize(
    "lang, passages",
    [
        (
            "es",
            [
                "Hoy, el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cuatro misiones, lo que hace "
                "del Perú el 4.º mayor contribuyente de personal uniformado a las operaciones de paz de la ONU.",
                "donde prestan servicio 241 de sus cascos azules",
                "los cuatro cascos azules peruanos",
                "(FPNUL)",
            ],
        ),
        (
            "fr",
            [
                "Aujourd’hui, le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à quatre missions, "
                "ce qui en fait le 4e contributeur de personnel en tenue aux opérations de paix des Nations Unies.",
                "où servent 241 de ses Casques bleus",
                "des quatre Casques bleus péruviens",
                "(MINUSCA)",
                "(FINUL)",
                "(MONUSCO)",
                "(BINUH)",
            ],
        ),
    ],
)
def test_spanish_and_french(dcon, lang, passages):
    body = text(draft.build(dcon, "Peru", DATE, lang))
    assert [p for p in passages if p not in body] == []


def test_brief_supplies_words_not_figures(dcon):
    d = draft.build(dcon, "Peru", DATE, brief=briefs.load(BRIEF))
    body = text(d)
    assert body.startswith(
        "# United Nations thanks Peru for its contribution to peacekeeping\n\nNew York, 12 October "
        "2022 - Under-Secretary-General for Peace Operations Jean-Pierre Lacroix expressed "
        "appreciation for Peru's strong support"
    )
    assert (
        "Peru first contributed peacekeepers to the United Nations when it deployed troops to Lebanon in 1958, and "
        "it has been a consistent contributor ever since. Today, Peru provides 270"
    ) in body
    assert "“We are deeply grateful for their continued service,” Mr. Lacroix said." in body
    assert "## Media enquiries in Peru\n\nUnited Nations Information Centre in Lima\n\nTel: +51 1 625 9142" in body
    assert d.placeholders == []
    year = next(f for f in d.figures if f.key == "first_deployment_year")
    assert (year.value, year.source) == (1958, "editorial brief (brief-peru.toml)")


@pytest.mark.parametrize(
    "country, sentence, second, also",
    [
        (
            "Bangladesh",
            "Today, Bangladesh provides 1,230 uniformed personnel, including 80 women, to two missions making "
            "it the largest contributor of uniformed personnel to UN peace operations.",
            "Bangladesh's largest contribution of peacekeepers is to the United Nations Multidimensional Integrated "
            "Stabilization Mission in the Central African Republic (MINUSCA), where 1,050 of its peacekeepers serve.",
            "Bangladesh also contributes to the UN Organization Stabilization Mission in the "
            "Democratic Republic of the Congo "
            "(MONUSCO).",
        ),
        (
            "Ukraine",
            "Today, Ukraine provides five uniformed personnel to one mission making it the 7th largest contributor "
            "of uniformed personnel to UN peace operations.",
            "All of Ukraine's peacekeepers serve with the United Nations Mission in the Republic of "
            "South Sudan (UNMISS).",
            None,
        ),
        (
            "Brunei Darussalam",
            "Today, Brunei Darussalam provides 30 uniformed personnel to one mission making it the 5th "
            "largest contributor of uniformed personnel to UN peace operations.",
            "All of Brunei Darussalam's peacekeepers serve with the United Nations Interim Force in Lebanon (UNIFIL).",
            None,
        ),
    ],
)
def test_the_largest_one_mission_and_no_women(dcon, country, sentence, second, also):
    d = draft.build(dcon, country, DATE)
    first = {  # from the reviewed table
        "Bangladesh": "Bangladesh first contributed peacekeepers to the United Nations when it deployed military "
        "observers to the United Nations Iran-Iraq Military Observer Group (UNIIMOG) in 1988. ",
        "Ukraine": "Ukraine first contributed peacekeepers to the United Nations when it deployed troops to the United "
        "Nations Protection Force (UNPROFOR) in 1992. ",
        "Brunei Darussalam": "Brunei Darussalam first contributed peacekeepers to the United Nations when it deployed "
        "troops to Lebanon in 2008. ",
    }[country]
    assert [d.text(b) for b in d.blocks[2:4]] == [first + sentence, second]
    assert [d.text(b) for b in d.blocks if "also contributes" in b] == ([also] if also else [])


def test_a_month_without_missions_or_sex_split(dcon):
    d = draft.build(dcon, "Peru", DATE, as_of="2022-08")
    assert d.text(d.blocks[2]) == (
        "Peru first contributed peacekeepers to the United Nations when it deployed troops "
        "to Lebanon in 1958. Today, Peru provides 280 uniformed personnel making it the 4th "
        "largest contributor of uniformed personnel to UN peace operations."
    )
    assert d.blocks[3] == "[Quote from the speaker on Peru's contribution]"
    assert not {"women", "missions", "largest_mission"} & {f.key for f in d.figures}


def test_absent_and_zero_countries_are_a_clear_message(dcon):
    with pytest.raises(
        draft.Absent,
        match=r"^Iceland has no uniformed personnel in the report of 2022-06-30 "
        r"\(UN_country_contributions_2022_06.pdf\): there is nothing to thank",
    ):
        draft.build(dcon, "Iceland", DATE)
    with pytest.raises(draft.Absent, match="^Papua New Guinea has no uniformed personnel in the report of 2022-06-30"):
        draft.build(dcon, "PNG", DATE)
    with pytest.raises(draft.PeacekeepingError, match="unknown language 'de'"):
        draft.build(dcon, "Peru", DATE, "de")


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_provenance_covers_every_number_in_the_draft(dcon, lang):
    d = draft.build(dcon, "Peru", DATE, lang, brief=briefs.load(BRIEF))
    assert unsourced_numbers(d) == []
    # the brief's first deployment is written in English only; the reviewed table gives it in every language
    first = [("first_deployment_year", 1958)]
    assert [(f.key, f.value) for f in d.figures] == [
        ("date", "2022-10-12"),
        *first,
        ("total", 270),
        ("women", 38),
        ("missions", 4),
        ("rank", 4),
        ("largest_mission", 241),
        ("fatalities", 4),
        ("world_personnel", 3250),
        ("world_countries", 7),
        ("world_fatalities", 8),
        ("world_fatalities_since", 1961),
    ]
    assert [f.n for f in d.figures] == list(range(1, len(d.figures) + 1))
    assert ("brief field first_deployment has no es text" in d.placeholders) == (lang == "es")
    sources = {f.key: (f.as_of, f.source, f.pages) for f in d.figures}
    assert sources["total"] == ("2022-06-30", "UN_country_contributions_2022_06.pdf", [1, 2, 3, 4])
    assert sources["largest_mission"] == ("2022-06-30", "UN_country_contributions_2022_06.pdf", [2])
    assert sources["fatalities"] == ("2022-10-12", "fatalities-2025-04-04.csv", [])
    sidecar = render.sources(d)
    assert [f["text"] for f in sidecar["figures"]] == [f.text for f in d.figures]
    assert len(figures.MARK.findall(" ".join(d.blocks))) == len(d.figures)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
@pytest.mark.parametrize("iso3", JUNE_CONTRIBUTORS)
def test_drafts_for_every_contributor_of_a_month(dcon, iso3, lang):
    d = draft.build(dcon, iso3, DATE, lang, as_of="2022-06")
    body = text(d)
    assert unsourced_numbers(d) == [], (iso3, lang)
    assert "{{" not in body and "⟦" not in body and "[title]" not in body
    assert d.country["iso3"] == iso3 and d.month["as_of"] == "2022-06-30"


def test_html_has_figures_and_footnotes(dcon):
    page = render.html(draft.build(dcon, "Peru", DATE))
    assert "<h1>United Nations thanks Peru for its contribution to peacekeeping</h1>" in page
    assert (
        '<span class="figure" data-figure="3" title="270: uniformed personnel of Peru, as of 30 June 2022 '
        '(UN_country_contributions_2022_06.pdf, pages 1, 2, 3, 4)">270</span>' in page
    )  # 2: the first deployment
    assert 'id="source-3"' in page


def test_word_and_json(dcon):
    d = draft.build(dcon, "Peru", DATE, "fr")
    document = Document(io.BytesIO(render.docx(d)))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à quatre missions" in body
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows[0] == ["Chiffre", "Où dans le texte", "Ce que c’est", "Source"]
    assert next(row for row in rows if row[0] == "270") == [
        "270",
        "paragraphe 2\u00a0: …en 1958. Aujourd’hui, le Pérou fournit 270 membres du personnel en tenue, dont 38…",
        "personnel en tenue du Pérou, au 30 juin 2022",
        "UN_country_contributions_2022_06.pdf, pages 1, 2, 3, 4",
    ]
    assert (
        document.core_properties.title == "Les Nations Unies remercient le Pérou pour sa contribution au maintien "
        "de la paix"
    )
    data = json.loads(render.as_json(d))
    assert data["lang"] == "fr" and data["text"][0] == "# " + document.core_properties.title


# ------------------------------------------------------------------------------------------------ the real archive


SEED_DATE = dt.date(2022, 10, 12)


@pytest.mark.archive
@pytest.mark.archive
def test_peru_draft_uses_june_2022_and_states_the_seed_figures(full_con):
    d = draft.build(full_con, "Peru", SEED_DATE)
    assert d.month["as_of"] == "2022-06-30" and d.month["report"] == "UN_country_contributions_2022_06.pdf"
    body = text(d)
    assert (
        "Today, Peru provides 270 uniformed personnel, including 38 women, to five missions making it the 48th "
        "largest contributor of uniformed personnel to UN peace operations."
    ) in body
    assert (
        "Peru's largest contribution of peacekeepers is to the United Nations Multidimensional Integrated "
        "Stabilization Mission in the Central African Republic (MINUSCA), where 255 of its peacekeepers serve."
    ) in body
    for other in ("(UNIFIL)", "(MONUSCO)", "(UNMISS)", "(UNISFA)"):
        assert other in body
    assert "the eight Peruvian peacekeepers who lost their lives" in body
    assert body.startswith(
        "# United Nations thanks Peru for its contribution to peacekeeping\n\nNew York, 12 October 2022 - "
    )


@pytest.mark.archive
@pytest.mark.archive
def test_spanish_and_french_on_the_archive(full_con):
    es = text(draft.build(full_con, "Peru", SEED_DATE, "es"))
    assert "Hoy, el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cinco misiones" in es
    assert "el 48.º mayor contribuyente" in es and "donde prestan servicio 255 de sus cascos azules" in es
    assert "los ocho cascos azules peruanos" in es
    fr = text(draft.build(full_con, "Peru", SEED_DATE, "fr"))
    assert "Aujourd’hui, le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à cinq missions" in fr
    assert "le 48e contributeur" in fr and "où servent 255 de ses Casques bleus" in fr
    assert "des huit Casques bleus péruviens" in fr
    for acronym in ("(MINUSCA)", "(FINUL)", "(MONUSCO)", "(MINUSS)", "(FISNUA)"):
        assert acronym in fr


@pytest.mark.archive
@pytest.mark.archive
def test_brief_supplies_words_not_figures_on_the_archive(full_con):
    d = draft.build(full_con, "Peru", SEED_DATE, brief=briefs.load(BRIEF))
    body = text(d)
    assert "Under-Secretary-General for Peace Operations Jean-Pierre Lacroix expressed appreciation" in body
    assert "when it deployed troops to Lebanon in 1958, and it has been" in body
    assert "“We are deeply grateful for their continued service,” Mr. Lacroix said." in body
    assert d.placeholders == []
    year = next(f for f in d.figures if f.key == "first_deployment_year")
    assert year.source == "editorial brief (brief-peru.toml)"


@pytest.mark.archive
@pytest.mark.archive
def test_without_a_brief_the_draft_marks_what_to_write(full_con):
    d = draft.build(full_con, "Peru", SEED_DATE)
    assert d.placeholders == [
        "[Speaker and title]",
        "[Quote from the speaker on Peru's contribution]",
        "[Media contacts]",
    ]


@pytest.mark.parametrize(
    "bad,message",
    [
        ('quotes = ["We thank its 270 peacekeepers"]', "quotes[0] contains a figure"),
        ('speaker = "x"', "unknown field(s) speaker"),
        ("first_deployment_year = 1958", "first_deployment_year needs a first_deployment text"),
        ('quotes = "one"', "quotes must be a list"),
        ('lang = "de"', "lang must be one of en, es, fr"),
        ("quotes = [", "not valid TOML"),
    ],
)
@pytest.mark.archive
def test_brief_errors(tmp_path, bad, message):
    path = tmp_path / "brief.toml"
    path.write_text(bad + "\n", encoding="utf-8")
    with pytest.raises(briefs.BriefError, match=re.escape(message)):
        briefs.load(path)


@pytest.mark.archive
def test_yaml_brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("speaker_name: Jean-Pierre Lacroix\nquotes:\n  - en: Thank you\n    fr: Merci\n", encoding="utf-8")
    loaded = briefs.load(path)
    assert loaded.quote_list("fr") == ["Merci"] and loaded.quote_list("es") == []


@pytest.mark.archive
@pytest.mark.archive
def test_one_mission_country(full_con):
    body = text(draft.build(full_con, "Ukraine", SEED_DATE, as_of="2022-06"))
    assert "to one mission making it" in body
    assert "All of Ukraine's peacekeepers serve with the" in body
    assert "also contributes" not in body


@pytest.mark.archive
@pytest.mark.archive
def test_country_with_no_women(full_con):
    body = text(draft.build(full_con, "Brunei Darussalam", SEED_DATE, as_of="2022-06"))
    assert "including" not in body.split("\n\n")[2]
    assert "provides 30 uniformed personnel to one mission" in body


@pytest.mark.archive
@pytest.mark.archive
def test_absent_country_is_a_clear_message(full_con):
    with pytest.raises(draft.Absent, match="Iceland has no uniformed personnel in the report of 2022-06-30"):
        draft.build(full_con, "Iceland", SEED_DATE)
    with pytest.raises(draft.Absent, match="Papua New Guinea"):
        draft.build(full_con, "PNG", SEED_DATE)


# One to nine in words; Spanish and French "un(e)" is also the indefinite article, so only "one" is looked for there.
_WORDS = {
    lang: [wording.number(n, lang, g) for n in range(1 if lang == "en" else 2, 10) for g in ("m", "f")]
    for lang in ("en", "es", "fr")
}


def unsourced_numbers(d: figures.Draft) -> list[str]:
    """Numbers a reader sees outside the draft's sourced figures (links and phone lines aside)."""
    prose = "\n".join(
        figures.MARK.sub("", block) for block in d.blocks if "<http" not in block and not block.startswith("Tel")
    )
    digits = re.findall(r"\d+", prose)
    words = re.findall(
        r"\b(" + "|".join(sorted(set(_WORDS[d.lang]), key=len, reverse=True)) + r")\b", prose, flags=re.IGNORECASE
    )
    return digits + words


@pytest.mark.archive
@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_provenance_covers_every_number_in_the_draft_on_the_archive(full_con, lang):
    d = draft.build(full_con, "Peru", SEED_DATE, lang, brief=briefs.load(BRIEF))
    covered = {f.text for f in d.figures}
    assert unsourced_numbers(d) == []
    assert {"270", "255"} <= covered and len(figures.MARK.findall(" ".join(d.blocks))) >= len(d.figures) >= 11
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
    return [r["iso3"] for r in facts.ranking(drafts_con, "2022-06").to_dict()["rows"] if r["total"] > 0]


@pytest.mark.archive
@pytest.mark.archive
def test_the_contributors_of_june_2022(june_contributors):
    assert len(june_contributors) == 120 and june_contributors[:3] == ["BGD", "IND", "NPL"]


@pytest.mark.archive
@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
@pytest.mark.parametrize("position", range(120))
def test_drafts_for_every_contributor_of_a_month_on_the_archive(drafts_con, june_contributors, position, lang):
    """Every contributor of June 2022 (by its place in the ranking) in each language: a test of its own."""
    iso3 = june_contributors[position]
    d = draft.build(drafts_con, iso3, SEED_DATE, lang, as_of="2022-06")
    body = text(d)
    assert unsourced_numbers(d) == [], iso3
    assert "{{" not in body and "⟦" not in body and "[title]" not in body, iso3
    assert d.country["iso3"] == iso3 and d.month["as_of"] == "2022-06-30"


@pytest.mark.archive
@pytest.mark.archive
def test_html_has_figures_and_footnotes_on_the_archive(full_con):
    page = render.html(draft.build(full_con, "Peru", SEED_DATE))
    assert '<span class="figure" data-figure="1"' in page
    assert 'id="source-1"' in page and "UN_country_contributions_2022_06.pdf, pages 5, 14, 19, 22, 28" in page
    assert "<h1>United Nations thanks Peru for its contribution to peacekeeping</h1>" in page


@pytest.mark.archive
@pytest.mark.archive
def test_word_document_opens_and_contains_the_figures(full_con):
    data = render.docx(draft.build(full_con, "Peru", SEED_DATE, "fr"))
    document = Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert (
        "le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à cinq missions, ce qui en fait le "
        "48e contributeur" in body
    )
    assert "Sources des chiffres" in body and "Sources of the figures" not in body
    assert any(
        "UN_country_contributions_2022_06.pdf, pages 5, 14, 19, 22, 28" in cell.text
        for row in document.tables[0].rows
        for cell in row.cells
    )
    with zipfile.ZipFile(io.BytesIO(data)) as word:
        assert '<w:lang w:val="fr-FR"' in word.read("word/styles.xml").decode()


@pytest.mark.archive
@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "en",
            "Peru provides 270 uniformed personnel, including 38 women, to five missions making it the 48th largest",
        ),
        (
            "es",
            "el Perú aporta 270 efectivos uniformados, incluidas 38 mujeres, a cinco misiones, lo que hace del Perú el "
            "48.º mayor",
        ),
        ("fr", "le Pérou fournit 270 membres du personnel en tenue, dont 38 femmes, à cinq missions"),
    ],
)
def test_a_word_paragraph_copies_as_words_and_figures_only(full_con, lang, lead):
    """Issue 24: copying a paragraph (its runs joined) gives no footnote number fused with a figure."""
    document = Document(io.BytesIO(render.docx(draft.build(full_con, "Peru", SEED_DATE, lang))))
    paragraphs = [p.text for p in document.paragraphs]
    assert any(lead in p for p in paragraphs)
    assert paragraphs[1].startswith(
        {
            "en": "New York, 12 October 2022 - ",
            "es": "Nueva York, 12 de octubre de 2022 - ",
            "fr": "New York, le 12 octobre 2022 - ",
        }[lang]
    )
    assert not any(re.search(r"\b(2703|384|48th6|five5|20221)\b", p) for p in paragraphs)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    english = {"Sources of the figures", "Notes for the editor (not for publication)", "Note to editors"}
    assert (set(headings) & english == set()) == (lang != "en")


@pytest.mark.archive
@pytest.mark.archive
def test_cli_release_writes_draft_and_sidecar(full_store, tmp_path):
    out = tmp_path / "peru.docx"
    result = CliRunner().invoke(
        app,
        [
            "release",
            "Peru",
            "--date",
            "2022-10-12",
            "--lang",
            "es",
            "-f",
            "docx",
            "-o",
            str(out),
            "--brief",
            str(BRIEF),
            "--db",
            str(full_store[0]),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert (
        "figures from the report of 2022-06-30 (UN_country_contributions_2022_06.pdf), the latest published "
        "before 2022-10-12" in result.stderr
    )
    assert Document(str(out)).paragraphs
    sidecar = json.loads(Path(str(out) + ".sources.json").read_text(encoding="utf-8"))
    assert sidecar["month"]["as_of"] == "2022-06-30"


@pytest.mark.archive
@pytest.mark.archive
def test_cli_release_errors(full_store):
    run = CliRunner().invoke
    result = run(app, ["release", "Peru", "--date", "2022-10-12", "-f", "docx", "--db", str(full_store[0])])
    assert result.exit_code == 1 and "a Word draft needs a file" in result.stderr
    result = run(app, ["release", "Iceland", "--date", "2022-10-12", "--db", str(full_store[0])])
    assert result.exit_code == 1 and "Iceland has no uniformed personnel" in result.stderr
