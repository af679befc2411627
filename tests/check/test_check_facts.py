"""Facts the claim checker reads: figures over a range of months (by type, mission and page), the world's months,
and the fatalities register counted by period and personnel type (exact figures as the UN published them)."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping.facts.fatalities import LOCAL, UNIFORMED, fatalities, register
from peacekeeping.facts.figures import Split, country_months, world_months

pytestmark = pytest.mark.archive
JUNE_2022 = dt.date(2022, 6, 30)


def test_country_months_by_type_mission_and_page(full_con):
    found = country_months(full_con, ["PER", "NPL"], dt.date(2022, 4, 1), JUNE_2022)
    assert sorted(found) == ["NPL", "PER"]
    assert sorted(found["PER"]) == [dt.date(2022, 4, 30), dt.date(2022, 5, 31), JUNE_2022]
    peru = found["PER"][JUNE_2022]
    assert (peru.total, peru.women, peru.rank, peru.rank_women) == (270, 38, 48, 40)
    assert peru.by_type == {"Experts on Mission": Split(18, 7), "Staff Officer": Split(12, 7), "Troops": Split(240, 24)}
    assert {m: peru.mission(m).total for m in peru.by_mission} == {
        "MINUSCA": 255,
        "MONUSCO": 6,
        "UNIFIL": 1,
        "UNISFA": 4,
        "UNMISS": 4,
    }
    assert peru.mission("UNMISS") == Split(4, peru.mission("UNMISS").women)
    assert peru.mission("MINUSMA") == Split(0, 0)
    assert peru.pages["MINUSCA"] == {5}


def test_country_months_of_no_country_and_without_breakdowns(full_con):
    assert country_months(full_con, [], JUNE_2022, JUNE_2022) == {}
    june_2018 = dt.date(2018, 6, 30)
    nepal = country_months(full_con, ["NPL"], june_2018, june_2018)["NPL"][june_2018]
    assert nepal.total == 5508 and nepal.by_mission == {} and set(nepal.pages) == {None}
    september_2023 = dt.date(2023, 9, 30)
    ghana = country_months(full_con, ["GHA"], september_2023, september_2023)["GHA"][september_2023]
    assert ghana.total == 2793 and ghana.women is None and all(s.women is None for s in ghana.by_type.values())


def test_world_months(full_con):
    world = world_months(full_con)
    assert world is world_months(full_con)  # read once per connection
    january_2024 = world[dt.date(2024, 1, 31)]
    assert (january_2024.personnel, january_2024.countries_listed, january_2024.countries_with_personnel) == (
        64513,
        121,
        117,
    )
    assert (january_2024.operations, january_2024.open_operations) == (12, 11)  # MINUSMA closed on 31 December 2023
    assert january_2024.closed == ("MINUSMA",)
    assert world[JUNE_2022].personnel == 74892 and world[JUNE_2022].countries_listed == 121
    assert world[dt.date(2023, 9, 30)].missions == ()  # no breakdown by mission that month


def test_register_counted_by_period_and_personnel_type(full_con):
    india = register(full_con, "India")
    until = dt.date(2023, 5, 29)
    since = dt.date(2006, 1, 1)
    assert india.release == dt.date(2025, 4, 4) and india.file == "fatalities-2025-04-04.csv"
    assert india.count(since, until) == 63
    assert india.count(since, until, without=LOCAL) == 62
    assert india.count(since, until, types=UNIFORMED) == 54
    assert india.count(None, until) == 178 and india.count() == 181
    mali = register(full_con, "Mali")
    assert (mali.count(since, until), mali.count(since, until, without=LOCAL)) == (20, 3)
    world = register(full_con)
    assert world.count(None, until) == 4309 == fatalities(full_con, until=until).count
    assert world.count(dt.date(2022, 1, 1), dt.date(2022, 12, 31), without=LOCAL) == 79
    peru = register(full_con, "PER")
    assert len(peru.lines(None, dt.date(2022, 10, 12))) == 8
    older = register(full_con, "India", release_of="2023-11-28")
    assert older.release == dt.date(2023, 11, 28) and older.count() == 179
