"""Reviewed tables: countries, personnel types, missions."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping.harmonize import countries, missions, personnel


@pytest.mark.parametrize("name", ["Peru", "peru", "PER", "604", "Perú"])
def test_peru_spellings(name):
    assert countries.resolve(name).iso3 == "PER"


@pytest.mark.parametrize("name,iso3", [
    ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"),
    ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Cote dIvoire", "CIV"), ("Ivory Coast", "CIV"),
    ("United Republic of Tanzania", "TZA"), ("Czech Republic", "CZE"), ("Czechia", "CZE"),
    ("The former Yugoslav Republic of Macedonia", "MKD"), ("Bolivia", "BOL"),
])
def test_aliases(name, iso3):
    assert countries.resolve(name).iso3 == iso3


def test_canonical_names_and_codes():
    tur = countries.by_iso3("TUR")
    assert (tur.name, tur.m49) == ("Türkiye", 792)
    assert countries.by_iso3("civ").name == "Côte d'Ivoire"


def test_unknown_name_fails_with_suggestions():
    with pytest.raises(countries.UnknownCountry) as info:
        countries.resolve("Frnace")
    assert info.value.suggestions[0] == "France"
    assert "closest: France" in str(info.value)


def test_fuzzy_match_is_marked_inexact():
    found = countries.match("Argentinaa")
    assert found.country.iso3 == "ARG" and found.exact is False
    with pytest.raises(countries.UnknownCountry):
        countries.resolve("Argentinaa")


@pytest.mark.parametrize("label,category", [
    ("Contingent Troop", "Troops"), ("Contingent Troops", "Troops"), ("FPU", "Formed Police Units"),
    ("Ind Police", "Individual Police"), ("Civilian Police", "Individual Police"),
    ("Military Observer", "Experts on Mission"), ("Staff Officer", "Staff Officer"), ("UNMEM", "Experts on Mission"),
])
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
