"""The history since 1990 on the real files: the archive, the Data Hub's files and IPI's research dataset
(../shared/data/history/ipi) in one store; every figure of a month before 2015 is answered as IPI's."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from peacekeeping import facts
from peacekeeping.cli import app
from peacekeeping.facts import coverage, quality
from peacekeeping.facts.models import dump
from peacekeeping.harmonize import mission_names

pytestmark = pytest.mark.archive

IPI = (
    "are IPI's: International Peace Institute, Providing for Peacekeeping (research dataset from the UN's monthly "
    "reports), not an official UN dataset"
)


def _ipi_noted(caveats: list[dict], path: str) -> bool:
    return any(IPI in c["text"] and path in c["figures"] for c in dump(caveats))


def test_the_history_is_ingested_with_files_and_lines(history_store, history_con):
    summary = history_store[1]
    ingested = [o for o in summary.outcomes if o.status == "ingested"]
    assert len(ingested) == 148 + 3  # the country files, full_gender_data.csv, data_mission.csv, missions.json
    assert {o.file for o in summary.outcomes if o.status == "ignored"} == {
        ".csv",
        "current_month.csv",
        "data_monthly.csv",
    }
    assert history_con.execute(
        "SELECT report, line, total FROM contributions WHERE iso3 = 'GHA' "
        "AND as_of = '1995-06-30' AND personnel_type = 'Troops'"
    ).fetchall() == [("Ghana.csv", 57, 1609)]


def test_ghana_june_1995(history_con):
    p = facts.country_profile(history_con, "Ghana", "1995-06")
    assert (p.total, p.month.as_of) == (1705, dt.date(1995, 6, 30))
    assert {t.personnel_type: t.total for t in p.by_type} == {
        "Troops": 1609,
        "Individual Police": 18,
        "Experts on Mission": 78,
    }
    assert _ipi_noted(p.caveats, "/total") and _ipi_noted(p.caveats, "/by_type/0/total")
    assert p.missions is None and p.women is None


def test_peru_june_2012(history_con):
    p = facts.country_profile(history_con, "Peru", "2012-06")
    assert (p.total, p.women) == (390, 9)
    assert [(m.acronym, m.total) for m in p.missions][0] == ("MINUSTAH", 371)
    assert _ipi_noted(p.caveats, "/women")


def test_december_2005_ranks_108_contributors(history_con):
    ranking = facts.ranking(history_con, "2005-12").to_dict()
    rows = ranking["rows"]
    assert len(rows) == 108
    assert (rows[0]["rank"], rows[0]["country"], rows[0]["total"]) == (1, "Bangladesh", 9529)
    assert _ipi_noted(ranking["caveats"], "/rows/0/total")


def test_a_carried_forward_month_is_answered_with_its_caveat(history_con):
    p = facts.country_profile(history_con, "Ghana", "1990-12")
    carried = [c for c in p.caveats if "carried figures forward" in c.text]
    assert carried and "/total" in carried[0].figures and "1990-11" in carried[0].text
    flagged = sorted(f.as_of.strftime("%Y-%m") for f in quality.flags(history_con) if f.kind == "carried_forward")
    assert flagged == ["1990-12", "1991-01", "1991-02", "1992-05", "1992-06", "1992-07", "1998-12", "2001-02"]


def test_june_2014_is_missing_not_zero(history_con):
    rows = {r["month"]: r for r in dump(coverage.coverage(history_con))}
    assert [m for m in rows if "2014-04" <= m <= "2014-12" and rows[m]["status"] == "missing"] == [
        f"2014-{m:02d}" for m in range(4, 13)
    ]
    assert rows["2014-06"]["personnel"] is None
    points = {p["month"]: p for p in facts.series(history_con, "Peru").to_dict()["points"]}
    assert "2014-06" not in points and points["2014-03"]["total"] == 407
    p = facts.country_profile(history_con, "Peru", "2014-06")
    assert p.month.month == "2014-03" and p.month.substitution.startswith("No report covers June 2014")


def test_months_show_coverage_from_1990_with_each_months_source(history_store):
    result = CliRunner().invoke(app, ["months", "-f", "csv", "--db", str(history_store[0])])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("1990-11,ingested,1990-11-30,countries/*.csv,ipi,") and lines[1].endswith(",ipi")
    by_month = {line[:7]: line for line in lines[1:]}
    assert by_month["2012-06"].endswith(",ipi") and by_month["2022-06"].endswith(",report")
    assert (
        by_month["1991-01"].split(",")[7] == "IPI carried 1990-11 forward: not an observation; no mission "
        "breakdown; no sex split; no Staff Officer category"
    )


def test_a_missions_whole_life(history_con):
    unavem = facts.series(history_con, mission_acronym="UNAVEM").to_dict()["points"]
    staffed = [p["month"] for p in unavem if p["total"]]
    assert (staffed[0], staffed[-1]) == ("1990-11", "1997-06")
    m = facts.mission(history_con, "UNPROFOR", "1994-06").to_dict()
    assert m["host"]["name"] == "Croatia" and m["contributors"] == [] and m["by_type"][0]["personnel_type"] == "Troops"
    onumoz = [p["month"] for p in facts.series(history_con, mission_acronym="ONUMOZ").to_dict()["points"] if p["total"]]
    assert (onumoz[0], onumoz[-1]) == ("1993-01", "1994-12")


def test_a_mission_of_a_research_month_lists_no_pages(history_con):
    """IPI's rows (and the Data Hub's) carry no page: a mission's contributors list none, never a page "None"."""
    m = facts.mission(history_con, "UNMIS", "2010-06").to_dict()
    assert (m["total"], m["contributors"][0]["iso3"], m["contributors"][0]["total"]) == (10607, "IND", 2701)
    assert {tuple(c["pages"]) for c in m["contributors"]} == {()} and m["source"]["pages"] == []


def test_every_mission_of_the_store_has_its_names_in_three_languages(history_con):
    """A draft of any month names its missions: every mission with figures, IPI's months included, is in the table."""
    missions = {
        m for (m,) in history_con.execute("SELECT DISTINCT mission FROM cells WHERE mission IS NOT NULL").fetchall()
    }
    assert missions - set(mission_names.acronyms()) == set()


def test_the_news_says_since_only_over_observed_months(history_con):
    from peacekeeping.news.build import build

    news = build(history_con, "2012-06")
    leads = [s.lead["en"] for s in news.stories if s.kind.startswith("record")]
    assert leads and all("since March 2001" in lead or "since November 2009" in lead for lead in leads)
