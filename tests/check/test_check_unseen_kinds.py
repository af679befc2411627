"""Issue 23's kinds of failure, probed with new made-up sentences in the style of published texts (en, fr, es): a
figure whose subject or reading is unsure is never bound to the text's country for certain, so the data can never
make it "contradicted"."""

from __future__ import annotations

import pytest
from verdicts_of import chosen, contradicted, sentences

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-06-15")
_SURE = {"total", "women", "type", "missions", "rank", "rank_women", "mission_count", "mission_women"}


def sure(text: str, iso3: str, kinds: frozenset = frozenset(_SURE)) -> list[tuple]:
    """(kind, value, words) of the figures bound to `iso3` for certain, with a reading that can be contradicted."""
    return [
        (c.kind, c.value, c.subject_words)
        for c in extract(text, None, WHEN)
        if c.kind in kinds and c.subject == iso3 and c.doubt is None
    ]


GROUPS = sentences("unseen_kinds", "GROUPS")
OTHER_COUNTRIES = sentences("unseen_kinds", "OTHER_COUNTRIES")
WORLD = sentences("unseen_kinds", "WORLD")
UNITS_AND_PLACES = sentences("unseen_kinds", "UNITS_AND_PLACES")
EVENTS_AND_HISTORY = sentences("unseen_kinds", "EVENTS_AND_HISTORY")
PARTIAL_RANKS = sentences("unseen_kinds", "PARTIAL_RANKS")
ROUND_TWO = sentences("unseen_kinds", "ROUND_TWO")
DEATHS = sentences("unseen_kinds", "DEATHS")


UNSURE = GROUPS + OTHER_COUNTRIES + WORLD + UNITS_AND_PLACES + EVENTS_AND_HISTORY + PARTIAL_RANKS + ROUND_TWO


@pytest.mark.parametrize(("text", "iso3"), UNSURE)
def test_an_unsure_figure_is_never_the_countrys_for_certain(text, iso3):
    assert sure(text, iso3) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 70,000 personnel serve in 12 operations, Rwanda noted.",
            [("global_personnel", 70000), ("global_operations", 12)],
        ),
        (
            "Près de 80 000 Casques bleus servent dans 11 opérations.",
            [("global_personnel", 80000), ("global_operations", 11)],
        ),
        ("Unos 70.000 cascos azules sirven en 12 misiones.", [("global_personnel", 70000), ("global_operations", 12)]),
        ("Rwanda notes that 6,000 women serve as peacekeepers.", [("global_women", 6000)]),
    ],
)
def test_world_sized_figures_and_the_missions_after_them_are_the_worlds(text, expected):
    assert [(c.kind, c.value) for c in extract(text, None, WHEN) if c.subject == "world"] == expected


def test_a_mission_named_in_a_groups_sentence_is_in_doubt():
    found = [c for c in extract("Together, SADC countries provide troops to MONUSCO, Rwanda said.", None, WHEN)]
    assert [(c.kind, c.subject, c.doubt is not None) for c in found] == [("mission", "RWA", True)]


@pytest.mark.parametrize(
    ("text", "iso3", "expected"),
    [
        ("Rwanda deploys 5,941 personnel, behind Bangladesh with 7,000.", "RWA", ("total", 5941)),
        (
            "Rwanda is the second-largest contributor after Nepal, with 5,885 military and police officers deployed.",
            "RWA",
            ("total", 5885),
        ),
        ("Rwanda currently deploys 5,885 personnel. Its contingent includes 688 women.", "RWA", ("women", 688)),
        ("As of 30 June 2023, Uruguay provides 1,051 uniformed personnel.", "URY", ("total", 1051)),
        ("Ruanda aporta 5.941 efectivos uniformados, incluidas 587 mujeres.", "RWA", ("women", 587)),
        ("Kenia aporta 300 efectivos a las misiones de la ONU.", "KEN", ("total", 300)),
        ("Le Rwanda devance l'Inde et fournit 5 941 militaires et policiers.", "RWA", ("total", 5941)),
        ("De los 70.000 cascos azules, 1.051 son uruguayos.", "URY", ("total", 1051)),
        ("Of the 70,000 peacekeepers, 5,941 are Rwandans.", "RWA", ("total", 5941)),
        ("Le Sénégal a déployé 2 446 personnels en tenue.", "SEN", ("total", 2446)),
        ("Uruguay ocupa el puesto 16, con 997 efectivos.", "URY", ("rank", 16)),
    ],
)
def test_the_countrys_own_figures_stay_certain(text, iso3, expected):
    assert expected in [(kind, value) for kind, value, _ in sure(text, iso3)]


@pytest.mark.archive
@pytest.mark.parametrize("text", [t for t, _ in UNSURE])
def test_no_unsure_figure_is_contradicted(full_con, text):
    assert contradicted(chosen(full_con, text, "2023-06-15", lambda v: v.claim.kind != "mission")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey provides 179 personnel to eight U.N. peace operations.", [("total", 179), ("missions", 8)]),
        ("México aporta un total de 23 uniformados.", [("total", 23)]),
        ("Tanzania had 2,667 troops in five UN missions in Africa and one in Lebanon.", [("total", 2667)]),
    ],
)
def test_abbreviations_spanish_personnel_words_and_figures_across_missions(text, expected):
    found = [(c.kind, c.value) for c in extract(text, None, WHEN) if c.kind != "mission" and c.doubt is None]
    assert found[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan deploys staff officers to UNMISS.\n\nCurrently, four SDF members are stationed there.", "JPN"),
        ("Peru serves in Lebanon.\n\nToday, 3,250 uniformed personnel from seven countries serve.", "world"),
        ("Le Pérou sert au Liban.\n\nAujourd'hui, 3 250 militaires venus de sept pays servent.", "world"),
    ],
)
def test_a_small_figure_without_a_country_is_not_the_worlds(text, expected):
    assert [c.subject for c in extract(text, None, WHEN) if c.kind in ("total", "global_personnel")] == [expected]


def test_a_missions_own_contributors_are_not_the_worlds_for_certain():
    found = extract("UNIFIL, with 10,000 troops from 48 countries, includes 850 Indonesians.", None, WHEN)
    assert [(c.kind, c.value, c.doubt is not None) for c in found if c.kind.startswith("global")] == [
        ("global_personnel", 10000, True),
        ("global_countries", 48, True),
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Selon le rapport d'avril 2023, le Rwanda compte 5 941 Casques bleus.", "2023-04"),
        ("According to the April 2023 report, Rwanda has 5,941 personnel.", "2023-04"),
        ("Según el informe de abril de 2023, Ruanda tiene 5.941 efectivos.", "2023-04"),
        ("As of 30/04/2023, Rwanda provided 5,941 uniformed personnel.", "2023-04"),
        ("Au 31.03.2023, le Rwanda comptait 5 941 Casques bleus.", "2023-03"),
        ("Con datos a abril de 2023, Ruanda aporta 5.941 efectivos.", "2023-04"),
        ("UN data through April 2023 show that Rwanda provides 5,941 personnel.", "2023-04"),
    ],
)
def test_months_stated_by_a_report_or_a_numeric_date(text, month):
    from peacekeeping.check.periods import stated_month

    assert stated_month(text, WHEN).month == month
    assert [c.value for c in extract(text, None, WHEN) if c.kind == "total"] == [5941]


def test_a_year_in_a_relative_clause_is_not_the_figures_time():
    text = "Rwanda, which joined UN peacekeeping in 2005, provides 5,941 personnel."
    assert sure(text, "RWA") == [("total", 5941, "Rwanda")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana is the seventh largest contributor and third for women.",
            [("rank", 7), ("rank_women", 3)],
        ),
        (
            "Le Ghana est le septième contributeur et le troisième pour les femmes.",
            [("rank", 7), ("rank_women", 3)],
        ),
        (
            "Rwanda is the fourth largest contributor; it is second for women, with 498.",
            [("rank", 4), ("rank_women", 2), ("women", 498)],
        ),
        (
            "Bangladesh, with 6,731 personnel, remains the largest contributor, ahead of India (5,832) and Nepal"
            " (5,794).",
            [("total", 6731), ("rank", 1)],
        ),
    ],
)
def test_ranks_and_figures_in_a_list_keep_their_own_reading(text, expected):
    iso3 = "GHA" if "Ghana" in text else "RWA" if "Rwanda" in text else "BGD"
    assert [(kind, value) for kind, value, _ in sure(text, iso3)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda deploys 2,000 troops in the Central African Republic.",
        "Au total, 75 000 militaires et policiers de 121 pays servent dans 12 opérations.",
        "Uruguay aporta 1.000 efectivos.",
    ],
)
def test_a_round_figure_may_be_rounded(text):
    found = [c for c in extract(text, None, WHEN) if c.kind in ("total", "mission_count", "global_personnel")]
    assert found and all(c.doubt for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanzania serves in five missions. The East African nation is the 11th largest contributor.", "TZA"),
        ("Nepal serves in UNIFIL. The Himalayan country ranks first.", "NPL"),
    ],
)
def test_the_nation_stands_for_the_country_named_before(text, expected):
    assert [c.subject for c in extract(text, None, WHEN) if c.kind == "rank"] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("O Ruanda fornece 5.941 capacetes azuis às missões da ONU, incluindo 587 mulheres.", "Portuguese"),
        ("Ruanda stellt 5.941 Blauhelme für UN-Missionen, darunter 587 Frauen.", "German"),
        ("Il Ruanda fornisce 5.941 caschi blu alle missioni dell'ONU, di cui 587 donne.", "Italian"),
        ("Ruanda aporta 5.941 cascos azules a las misiones de la ONU, incluidas 587 mujeres.", None),
        ("Rwanda provides 5,941 personnel. Top contributors: Bangladesh 7,000; Nepal 6,000; India 5,800.", None),
    ],
)
def test_a_short_text_in_a_language_not_read_is_named(text, lang):
    from peacekeeping.check.inputs import language_read

    assert language_read(text) == lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 Rwandan women serve in UNMISS.", [("mission_women", 300, "UNMISS")]),
        ("Unas 300 mujeres sirven en la UNMISS, dijo Ruanda.", [("mission_women", 300, "UNMISS")]),
    ],
)
def test_women_in_one_mission(text, expected):
    assert [(c.kind, c.value, c.mission) for c in extract(text, None, WHEN) if c.kind != "mission"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda's 1,100 police officers, 200 of them women, serve in three missions.",
        "Rwanda runs a level II hospital with 60 staff in Bangui.",
        "Rwanda deploys 4,700 troops and 1,100 police.",
    ],
)
def test_parts_units_and_round_hundreds_are_in_doubt(text):
    assert [(k, v) for k, v, _ in sure(text, "RWA") if k != "missions"] == []


@pytest.mark.parametrize(("text", "iso3"), DEATHS)
def test_a_death_toll_whose_part_names_the_country_is_everyones(text, iso3):
    assert [v for _, v, _ in sure(text, iso3, frozenset({"fatalities"}))] == [2]
