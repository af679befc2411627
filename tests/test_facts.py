"""Facts on the real archive, against published UN figures."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from conftest import DATA

from peacekeeping import facts
from peacekeeping.errors import PeacekeepingError
from peacekeeping.harmonize.countries import UnknownCountry

pytestmark = pytest.mark.archive


def test_peru_june_2022(con):
    p = facts.country_profile(con, "Peru", "2022-06-30")
    assert (p.total, p.women, p.mission_count, p.rank) == (270, 38, 5, 48)
    assert p.missions[0]["acronym"] == "MINUSCA" and p.missions[0]["total"] == 255
    assert [m["acronym"] for m in p.missions][1:] == ["MONUSCO", "UNISFA", "UNMISS", "UNIFIL"]
    assert p.month["report"] == "UN_country_contributions_2022_06.pdf"
    assert p.source == {"report": "UN_country_contributions_2022_06.pdf", "pages": [5, 14, 19, 22, 28]}
    assert p.missions[0]["pages"] == [5]
    assert (p.previous.as_of, p.previous.total, p.previous.delta) == ("2022-05-31", 232, 38)
    assert (p.year_earlier.as_of, p.year_earlier.total) == ("2021-06-30", 257)
    assert p.first_month == "2015-01"
    assert p.women_share == round(38 / 270, 4)
    assert [t["personnel_type"] for t in p.by_type] == ["Troops", "Staff Officer", "Experts on Mission"]


def test_as_of_resolves_to_latest_report_on_or_before(con):
    p = facts.country_profile(con, "PER", "2022-07-15")
    assert p.month["as_of"] == "2022-06-30" and p.month["missing_nearby"] == ["2022-07"]
    assert facts.country_profile(con, "604", "2022-10-12").month["as_of"] == "2022-09-30"
    assert facts.resolve_month(con).as_of == dt.date(2025, 7, 31)


def test_ranking_equals_the_official_ranking_of_january_2022(con):
    with open(DATA / "contributions" / "ranking-2022-01-31.csv", encoding="utf-8-sig") as fh:
        official = {r["ISOCode3"]: int(r["Personnel_Contribution_Rank"]) for r in csv.DictReader(fh)}
    ours = facts.ranking(con, "2022-01-31")
    assert {r["iso3"]: r["rank"] for r in ours["rows"]} == official
    assert len(official) == 122


def test_competition_ranks_skip_after_ties(con):
    rows = facts.ranking(con, "2022-01")["rows"]
    ranks = [r["rank"] for r in rows]
    for i in range(1, len(rows)):
        if rows[i]["total"] == rows[i - 1]["total"]:
            assert ranks[i] == ranks[i - 1]
        else:
            assert ranks[i] == i + 1


def test_ranking_by_women(con):
    rows = facts.ranking(con, "2022-06", by="women")["rows"]
    assert all(r["women"] > 0 for r in rows)
    peru = next(r for r in rows if r["iso3"] == "PER")
    assert peru["rank"] == facts.country_profile(con, "Peru", "2022-06").rank_women
    assert [r["women"] for r in rows] == sorted((r["women"] for r in rows), reverse=True)


@pytest.mark.parametrize("name", ["Peru", "peru", "PER", "604", "Perú"])
def test_country_lookup(con, name):
    assert facts.country_profile(con, name, "2022-06").country["iso3"] == "PER"


@pytest.mark.parametrize("name,iso3", [("Türkiye", "TUR"), ("Turkey", "TUR"), ("Ivory Coast", "CIV")])
def test_renamed_countries_resolve(con, name, iso3):
    assert facts.country_profile(con, name, "2022-06").country["iso3"] == iso3


def test_unknown_country_lists_closest(con):
    with pytest.raises(UnknownCountry, match="did you mean Peru"):
        facts.country_profile(con, "Perru")


def test_country_absent_that_month(con):
    p = facts.country_profile(con, "Iceland", "2022-06")
    assert (p.present, p.total, p.rank, p.missions) == (False, 0, None, [])


def test_mission_and_totals(con):
    m = facts.mission(con, "MINUSCA", "2022-06")
    peru = next(c for c in m["contributors"] if c["iso3"] == "PER")
    assert peru["total"] == 255
    assert m["total"] == sum(c["total"] for c in m["contributors"])
    t = facts.totals(con, "2022-06")
    assert (t["personnel"], t["women"]) == (74892, 5963)


def test_series_covers_every_report_month(con):
    s = facts.series(con, country="Peru")
    assert len(s["points"]) == 122
    june = next(p for p in s["points"] if p["month"] == "2022-06")
    assert (june["total"], june["women"]) == (270, 38)


def test_bad_dates(con):
    with pytest.raises(PeacekeepingError, match="bad date 'June'"):
        facts.resolve_month(con, "June")
    with pytest.raises(PeacekeepingError, match="no report on or before 2014-12-31"):
        facts.resolve_month(con, "2014-12")


def test_totals_count_peacekeeping_operations_apart(con):
    t = facts.totals(con, "2019-09")
    assert t["missions"] > t["peacekeeping_operations"] > 10  # the 2019-09 export lists UNAMA, UNSOS ...
    assert facts.totals(con, "2018-06")["missions"] is None  # no mission breakdown that month
