"""What's new on the real archive: closures, top-10 entries, no story from a withheld or substituted figure, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from peacekeeping import news
from peacekeeping.cli import app
from peacekeeping.facts import history
from peacekeeping.facts.months import calendar
from peacekeeping.harmonize import milestones
from peacekeeping.release import draft, render

pytestmark = pytest.mark.archive


def _story(n, kind, **match):
    found = [s for s in n.stories if s.kind == kind and all(s.subject.get(k) == v for k, v in match.items())]
    assert found, [(s.kind, s.subject) for s in n.stories]
    return found[0]


def test_panel_states_the_seed_figures(full_con):
    p = history.panel(full_con, dt.date(2022, 6, 30))
    assert (p.total["PER"], p.women["PER"]) == (270, 38)
    assert p.by_mission["MINUSCA"]["PER"] == 255
    assert p.world["personnel"] == 74892 and p.rank["total"]["PER"]["rank"] == 48


def test_minustah_closes_and_its_contingents_leave(full_con):
    s = _story(news.build(full_con, "2017-10"), "mission_closed", mission="MINUSTAH")
    assert s.months == ["2017-09", "2017-10"]
    assert s.subject["countries_left"][:3] == ["SEN", "IND", "BGD"]
    assert "MINUSTAH closed on 1 October 2017" in s.lead["en"] and "Senegal (304)" in s.lead["en"]
    assert s.sources[0]["line"] == "missions-2024-02-19.csv, line 66"


def test_unmil_closes_in_a_month_without_mission_breakdown(full_con):
    n = news.build(full_con, "2018-03")
    s = _story(n, "mission_closed", mission="UNMIL")
    assert s.months == ["2018-02", "2018-03"] and s.subject["countries_left"][:2] == ["NGA", "PAK"]
    assert "Nigeria (144)" in s.lead["en"]
    assert any("no breakdown by mission" in c for c in n.cannot)


def test_minusma_closes_with_the_contingents_that_left(full_con):
    s = _story(news.build(full_con, "2023-12"), "mission_closed", mission="MINUSMA")
    assert s.subject["countries_left"][:3] == ["CHN", "BEN", "DEU"] and len(s.subject["countries_remaining"]) == 12
    assert "China (399)" in s.lead["en"] and "MINUSMA" in s.lead["fr"] and "MINUSMA" in s.lead["es"]


def test_unamid_closes_then_its_last_contingents_leave(full_con):
    closed = _story(news.build(full_con, "2020-12"), "mission_closed", mission="UNAMID")
    assert "31 December 2020" in closed.lead["en"] and len(closed.subject["countries_remaining"]) == 40
    left = _story(news.build(full_con, "2022-01"), "mission_withdrawn", mission="UNAMID")
    assert left.subject["countries_left"] == ["IDN", "PAK"]
    assert "Indonesia (139), Pakistan (137)" in left.lead["en"]


def test_entering_the_top_ten_gives_both_ranks(full_con):
    s = _story(news.build(full_con, "2017-10"), "enters_top10_women", iso3="MNG")
    assert [f["value"] for f in s.figures] == [9, 11]
    assert s.lead["en"] == "Mongolia enters the top 10 contributors of women: 9th, from 11th in September 2017."
    assert "del 11.º al 9.º puesto" in s.lead["es"] and "de la 11e à la 9e place" in s.lead["fr"]


def test_no_story_uses_a_withheld_figure_or_another_month(full_con):
    months = calendar(full_con)
    for m in [r.month for r in months.rows]:
        n = news.build(full_con, m)
        if n.month["substitution"]:
            assert n.stories == [] and "No story is told" in n.cannot[0]
            continue
        withheld = {p for c in n.caveats if c["kind"] == "unreliable" for p in c["figures"]}
        for s in n.stories:
            for f in s.figures:
                assert f["value"] is not None and f["path"] not in withheld, (m, s.kind, f)
                assert f["month"] in s.months or s.kind == "anniversary", (m, s.kind, f)
            assert set(s.lead) == {"en", "es", "fr"} and all(s.lead.values())


def test_the_split_printed_in_error_tells_no_story_of_women(full_con):
    n = news.build(full_con, "2020-08")
    assert not [s for s in n.stories if "women" in s.kind or "share" in s.kind or "parity" in s.kind]
    assert any("split by sex" in c for c in n.cannot)


def test_first_deployments_are_sourced():
    table = milestones.first_deployments()
    assert len(table) >= 60
    assert all(e.source.startswith("http") and str(e.year) in e.quote for e in table.values())
    assert (table["PER"].year, table["PER"].mission, table["PER"].place_iso3) == (1958, "UNOGIL", "LBN")


def test_peru_draft_states_the_first_deployment_in_three_languages(full_con):
    day = dt.date(2022, 10, 12)
    texts = {lang: render.markdown(draft.build(full_con, "Peru", day, lang), clean=True) for lang in ("en", "es", "fr")}
    assert (
        "Peru first contributed peacekeepers to the United Nations when it deployed troops to Lebanon in 1958"
        in texts["en"]
    )
    assert (
        "El Perú contribuyó por primera vez con cascos azules a las Naciones Unidas al desplegar tropas en el "
        "Líbano en 1958" in texts["es"]
    )
    assert (
        "Le Pérou a fourni pour la première fois des Casques bleus aux Nations Unies en déployant des troupes au "
        "Liban en 1958" in texts["fr"]
    )
    figures = draft.build(full_con, "Peru", dt.date(2022, 10, 12)).figures
    year = next(f for f in figures if f.key == "first_deployment_year")
    assert year.value == 1958 and "first_deployments.csv, line 2" in year.source


def test_a_country_without_an_entry_keeps_a_placeholder(full_con):
    assert "TZA" not in milestones.first_deployments()
    d = draft.build(full_con, "Tanzania", dt.date(2022, 10, 12))
    assert "[First deployment: year and mission]" in d.placeholders


@pytest.mark.parametrize(
    "lang, sentence, note",
    [
        (
            "en",
            "Uruguay first contributed peacekeepers to the United Nations when it deployed military observers to "
            "the United Nations Military Observer Group in India and Pakistan (UNMOGIP).",
            "Sources disagree",
        ),
        (
            "es",
            "El Uruguay contribuyó por primera vez con cascos azules a las Naciones Unidas al desplegar "
            "observadores militares al Grupo de Observadores Militares de las Naciones Unidas en la India y el "
            "Pakistán (UNMOGIP).",
            "no coinciden",
        ),
        (
            "fr",
            "a fourni pour la première fois des Casques bleus aux Nations Unies en déployant des observateurs "
            "militaires au Groupe d’observateurs militaires des Nations Unies dans l’Inde et le Pakistan (UNMOGIP).",
            "divergent",
        ),
    ],
)
def test_a_disputed_first_deployment_leaves_the_year_out_and_tells_the_editor(full_con, lang, sentence, note):
    d = draft.build(full_con, "Uruguay", dt.date(2022, 10, 12), lang)
    clean = render.markdown(d, clean=True)
    assert sentence in clean and "1952" not in clean and "1954" not in clean
    assert not [f for f in d.figures if f.key == "first_deployment_year"]
    (said,) = [c["text"] for c in d.caveats if c["kind"] == "first_deployment"]
    assert note in said and "1952" in said and "1954" in said
    assert said in render.markdown(d)  # in the notes for the editor, not in the text


def test_cli_news_and_pack(full_store, tmp_path):
    result = CliRunner().invoke(app, ["news", "--as-of", "2023-12", "--db", str(full_store[0])])
    assert result.exit_code == 0 and "MINUSMA closed on 31 December 2023" in result.stdout
    result = CliRunner().invoke(
        app, ["pack", "--as-of", "2023-12", "--top", "2", "-o", str(tmp_path / "p"), "--db", str(full_store[0])]
    )
    assert result.exit_code == 0, result.output
    files = {p.name for p in (tmp_path / "p").iterdir()}
    assert {"index.md", "index.html", "release-mys-2023-12.docx", "release-mys-2023-12.md.sources.json"} <= files


def test_news_page_api_and_zip(full_store):
    from fastapi.testclient import TestClient

    from peacekeeping.web.app import create_app

    client = TestClient(create_app(full_store[0]))
    page = client.get("/news?as_of=2017-10", headers={"accept": "text/html"})
    assert page.status_code == 200 and "MINUSTAH closed on 1 October 2017" in page.text
    assert 'href="/news?as_of=2017-10"' in page.text  # the menu keeps the month
    body = client.get("/api/news?as_of=2022-07").json()
    assert body["stories"] == [] and "No report covers July 2022" in body["cannot"][0]
    archive = client.get("/news.zip?as_of=2023-12&top=1")
    assert archive.status_code == 200 and archive.content[:2] == b"PK"
