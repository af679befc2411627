"""Names resolve exactly (a reviewed name, a code, a reviewed alias, an official acronym in English, French or Spanish)
or not at all: anything else is an error offering the close names above a similarity floor, an ambiguous name the
choices. Never another country or mission (issue 24, item 1)."""

from __future__ import annotations

import pytest

from peacekeeping import facts
from peacekeeping.errors import NotFound
from peacekeeping.harmonize import countries, missions, similar


@pytest.mark.parametrize("text", ["MINUSXX", "MINUSQQ"])
def test_a_made_up_acronym_is_no_mission_even_next_to_a_french_one(text):
    """They once answered UNMISS, matched through its French acronym MINUSS; now the missions whose acronyms are
    close (UNMIS is MINUS in French, UNSMIS is MISNUS) are offered, none answered."""
    with pytest.raises(missions.UnknownMission) as info:
        missions.resolve(text)
    assert info.value.suggestions == ["UNMIS", "UNMISS", "UNSMIS"] and info.value.status == 404
    assert str(info.value) == (
        f"unknown mission {text!r}; did you mean UNMIS, UNMISS or UNSMIS? (use an acronym such as MINUSCA, or a full "
        "name)"
    )


def test_a_close_spelling_is_suggested_not_answered():
    with pytest.raises(missions.UnknownMission) as info:
        missions.resolve("UNIFILL")
    assert info.value.suggestions == ["UNIFIL"]
    assert missions.match("UNIFILL") == missions.MissionMatch("UNIFIL", exact=False)  # the doubt stays visible
    with pytest.raises(missions.UnknownMission) as minuska:
        missions.resolve("MINUSKA")
    assert minuska.value.suggestions[:2] == ["MINUSCA", "MINUSMA"]
    with pytest.raises(missions.UnknownMission) as foo:
        missions.resolve("FOO")
    assert foo.value.suggestions == []


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("UNIFIL", "UNIFIL"),
        ("FINUL", "UNIFIL"),
        ("FPNUL", "UNIFIL"),
        ("finul", "UNIFIL"),
        ("MINUSS", "UNMISS"),
        ("Force intérimaire des Nations Unies au Liban", "UNIFIL"),
        ("ONUCI", "UNOCI"),
        (" Minusca ", "MINUSCA"),
    ],
)
def test_official_acronyms_and_names_in_three_languages_are_exact(text, acronym):
    assert missions.resolve(text) == missions.MissionMatch(acronym, exact=True)


def test_atlantis_suggests_nothing():
    """It once suggested Albania (similarity 67, below the floor)."""
    assert countries.suggest("Atlantis") == [] and missions.suggest("Atlantis") == []
    with pytest.raises(countries.UnknownCountry) as info:
        countries.lookup("Atlantis")
    assert info.value.suggestions == []
    assert similar.FLOOR == 75


def test_a_misspelt_country_suggests_the_close_ones_only():
    """'Austrlia' once suggested the Syrian Arab Republic."""
    assert countries.suggest("Austrlia") == ["Australia", "Austria"]
    with pytest.raises(
        countries.UnknownCountry,
        match=r"^'Austrlia' is not a country name we know; did you mean "
        r"Australia or Austria\?$",
    ):
        countries.lookup("Austrlia")
    assert countries.suggest("Perru") == ["Peru"]
    assert countries.match("Perru") == countries.Match(countries.by_iso3("PER"), exact=False)


# a country's names as the reports print them (read by `resolve`), which users may give too
PRINTED_NAMES = {
    "PER": ("Peru", "peru", "PER", "604", "Perú"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Cote dIvoire", "Ivory Coast"),
    "TZA": ("United Republic of Tanzania",),
    "CZE": ("Czech Republic", "Czechia"),
    "MKD": ("The former Yugoslav Republic of Macedonia",),
    "BOL": ("Bolivia",),
}
# a country's names that users give (read by `lookup`): short and common names, names in French and Spanish
GIVEN_NAMES = {
    "USA": ("US", "USA", "United States", "America", "U.S."),
    "GBR": ("Britain", "Great Britain", "UK"),
    "NLD": ("Holland", "Pays-Bas", "Países Bajos"),
    "LAO": ("Laos",),
    "PRK": ("North Korea",),
    "GIN": ("Republic of Guinea",),
    "PER": ("Pérou",),
    "COD": ("République démocratique du Congo",),
}


def _named(*tables: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(iso3, name) for every name of the tables."""
    return [(iso3, name) for table in tables for iso3, names in table.items() for name in names]


@pytest.mark.parametrize(("iso3", "name"), _named(PRINTED_NAMES))
def test_a_printed_name_is_one_country(iso3, name):
    assert countries.resolve(name).iso3 == iso3


@pytest.mark.parametrize(("iso3", "name"), _named(PRINTED_NAMES, GIVEN_NAMES))
def test_a_known_name_is_one_country_exactly(iso3, name):
    assert countries.lookup(name).iso3 == iso3
    assert countries.match(name).exact


@pytest.mark.parametrize(
    ("name", "choices"),
    [
        ("Congo", ["Republic of the Congo", "Democratic Republic of the Congo"]),
        ("Guinea", ["Republic of Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]),
        ("Guinée", ["Republic of Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]),
    ],
)
def test_an_ambiguous_name_is_a_choice_not_a_server_error(name, choices):
    with pytest.raises(countries.AmbiguousCountry) as info:
        countries.lookup(name)
    assert info.value.suggestions == choices
    assert isinstance(info.value, NotFound) and info.value.status == 404 and info.value.kind == "ambiguous_country"


def test_every_country_lookup_asks_which_congo(small_con):
    """facts/deployments.py once took 'Congo' as the Republic of the Congo without asking."""
    from peacekeeping.facts import deployments

    for lookup in (
        lambda: deployments.country_missions(small_con, "Congo"),
        lambda: facts.country_profile(small_con, "Congo"),
        lambda: facts.series(small_con, "Congo").to_dict(),
        lambda: facts.fatalities(small_con, "Congo").to_dict(),
    ):
        with pytest.raises(countries.AmbiguousCountry):
            lookup()


def test_a_mission_typo_is_not_answered_from_the_store(small_con):
    with pytest.raises(missions.UnknownMission) as info:
        facts.mission(small_con, "MINUSXX", "2022-06").to_dict()
    assert info.value.suggestions == ["UNMIS", "UNMISS", "UNSMIS"]
    with pytest.raises(missions.UnknownMission):
        facts.series(small_con, mission_acronym="UNIFILL").to_dict()
