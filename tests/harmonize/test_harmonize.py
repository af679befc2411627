"""Reviewed tables: countries, personnel types, missions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peacekeeping.harmonize import countries, missions, personnel

ROOT = Path(__file__).resolve().parents[2]


def test_canonical_names_and_codes():
    tur = countries.by_iso3("TUR")
    assert (tur.name, tur.m49) == ("Türkiye", 792)
    assert countries.by_iso3("civ").name == "Côte d'Ivoire"


def test_unknown_name_fails_with_suggestions():
    with pytest.raises(countries.UnknownCountry) as info:
        countries.resolve("Frnace")
    assert info.value.suggestions[0] == "France"
    assert "did you mean France" in str(info.value)


def test_fuzzy_match_is_marked_inexact():
    found = countries.match("Argentinaa")
    assert found.country.iso3 == "ARG" and found.exact is False
    with pytest.raises(countries.UnknownCountry):
        countries.resolve("Argentinaa")


@pytest.mark.parametrize(
    "label,category",
    [
        ("Contingent Troop", "Troops"),
        ("Contingent Troops", "Troops"),
        ("FPU", "Formed Police Units"),
        ("Ind Police", "Individual Police"),
        ("Civilian Police", "Individual Police"),
        ("Military Observer", "Experts on Mission"),
        ("Staff Officer", "Staff Officer"),
        ("UNMEM", "Experts on Mission"),
    ],
)
def test_personnel_labels(label, category):
    assert personnel.category(label) == category


def test_unknown_personnel_type():
    with pytest.raises(personnel.UnknownPersonnelType, match="Cooks"):
        personnel.category("Cooks")


def test_staff_officer_era():
    assert "Staff Officer" in personnel.not_reported(dt.date(2016, 5, 31))
    assert personnel.not_reported(dt.date(2017, 5, 31)) == {}


def test_mission_acronyms():
    assert missions.acronym(" Minusca ") == "MINUSCA"
    with pytest.raises(missions.UnknownMission):
        missions.acronym("Total for Mission 5")


def test_alias_reviewed_for_one_month_only():
    assert countries.resolve("Republic of", "2019-09").iso3 == "KOR"
    with pytest.raises(countries.UnknownCountry):
        countries.resolve("Republic of", "2019-10")
    with pytest.raises(countries.UnknownCountry):
        countries.resolve("Republic of")


def test_truncated_names_from_the_reports():
    assert countries.resolve("United States of Americ").iso3 == "USA"
    assert countries.resolve("The former Yugoslav Republic of Macedoni").iso3 == "MKD"
    assert countries.resolve("Democratic Republic of").iso3 == "COD"


@pytest.mark.parametrize(
    ("name", "choices"),
    [
        ("Congo", {"COG", "COD"}),
        ("Korea", {"KOR", "PRK"}),
        ("Guinea", {"GIN", "GNB", "GNQ", "PNG"}),
        ("  congo ", {"COG", "COD"}),
    ],
)
def test_an_ambiguous_name_asks_which_one(name, choices):
    with pytest.raises(countries.AmbiguousCountry) as info:
        countries.lookup(name)
    assert str(info.value).startswith(f"{name!r} may mean more than one country: which one, ")
    assert {countries.lookup(choice).iso3 for choice in info.value.suggestions} == choices  # each choice is one


def test_printed_names_keep_their_reviewed_meaning():
    """Reports print 'Congo' for the Republic of the Congo and 'Korea' for the Republic of Korea."""
    assert countries.resolve("Congo").iso3 == "COG" and countries.resolve("Korea").iso3 == "KOR"


def test_no_message_asks_the_user_to_edit_a_project_file():
    with pytest.raises(countries.UnknownCountry) as info:
        countries.lookup("Atlantis")
    assert "csv" not in str(info.value) and "harmonize" not in str(info.value)
    source = "".join(p.read_text() for p in (ROOT / "src" / "peacekeeping").rglob("*.py"))
    assert "(add it to" not in source


@pytest.mark.parametrize(
    "mission, place, quote, problem",
    [
        (
            "",
            "KOR",
            "the Indian Army made its first commitment to a UN assignment during the Korean War from 1950",
            "no mission named and the quote does not say it was a peacekeeping operation",
        ),
        ("UNAMA", "AFG", "first deployed to the UN in Afghanistan in 1950", "UNAMA is not a peacekeeping operation"),
    ],
)
def test_a_first_deployment_must_be_a_peacekeeping_operation(mission, place, quote, problem):
    from peacekeeping.errors import ReviewError
    from peacekeeping.harmonize import milestones

    row = {
        "iso3": "IND",
        "year": "1950",
        "mission": mission,
        "deployed": "troops",
        "place_iso3": place,
        "source": "https://example.org/page",
        "publisher": "Someone",
        "quote": quote,
    }
    with pytest.raises(ReviewError, match=problem):
        milestones._first(row, 5)
    spanish = {
        **row,
        "mission": "",
        "place_iso3": "LBN",
        "quote": "La primera participación en una misión de paz se remonta a 1950, en el Líbano.",
    }
    assert milestones._first(spanish, 6).year == 1950
