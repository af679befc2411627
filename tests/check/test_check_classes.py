"""What each number of a published text counts, and of whom: one test per failure class seen on real texts, in each
language it was seen in (sentences made up in the style of the real texts; no store needed)."""

from __future__ import annotations

import pytest

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-05-29")


def read(text: str, iso3: str | None = None) -> list[tuple]:
    """(kind, value, subject) of every numeric claim, in order."""
    return [(c.kind, c.value, c.subject) for c in extract(text, iso3, WHEN) if c.kind != "mission"]


def one(text: str, at: str) -> object:
    """The claim whose words are `at`."""
    found = [c for c in extract(text, None, WHEN) if c.text == at]
    assert len(found) == 1, [(c.text, c.kind) for c in extract(text, None, WHEN)]
    return found[0]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ghana contributes 2,700 uniformed personnel to seven UN peace operations.",
            [("total", 2700, "GHA"), ("missions", 7, "GHA")],
        ),
        ("Ghana currently serves in eight UN peacekeeping missions.", [("missions", 8, "GHA")]),
        ("Le Sénégal contribue à quatre opérations de paix des Nations Unies.", [("missions", 4, "SEN")]),
        ("Le Sénégal est présent dans quatorze opérations de maintien de la paix.", [("missions", 14, "SEN")]),
        ("Uruguay participa en cinco misiones de paz de la ONU.", [("missions", 5, "URY")]),
        ("El Uruguay despliega efectivos en trece misiones de mantenimiento de la paz.", [("missions", 13, "URY")]),
        (
            "Today, more than 87,000 peacekeepers from 125 countries serve in 12 operations.",
            [
                ("global_personnel", 87000, "world"),
                ("global_countries", 125, "world"),
                ("global_operations", 12, "world"),
            ],
        ),
    ],
)
def test_mission_counts_in_the_standard_wording(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "India is the second largest contributor. It currently deploys 5,900 military and police personnel.",
            [("rank", 2, "IND"), ("total", 5900, "IND")],
        ),
        (
            "La Mauritanie est le 28e contributeur. Il fournit 751 militaires et policiers.",
            [("rank", 28, "MRT"), ("total", 751, "MRT")],
        ),
        (
            "Uruguay es el 20.º contribuyente. El país aporta 1.100 efectivos militares y policiales.",
            [("rank", 20, "URY"), ("total", 1100, "URY")],
        ),
        (
            "Nepal contributes 6,200 peacekeepers, most of them in Lebanon, Sudan and South Sudan.",
            [("total", 6200, "NPL")],
        ),
        (
            "Rwanda is the second largest contributor, second only to Nepal, with 5,900 personnel.",
            [("rank", 2, "RWA"), ("total", 5900, "RWA")],
        ),
        (
            "L'Inde fournit 5 900 casques bleus. L'Égypte compte 1 200 militaires.",
            [("total", 5900, "IND"), ("total", 1200, "EGY")],
        ),
        ("South Africa's 1,100 peacekeepers serve with the mission.", [("total", 1100, "ZAF")]),
        ("Nepali peacekeepers number 6,100.", [("total", 6100, "NPL")]),
        ("Turkish troops number 400.", [("total", 400, "TUR")]),
        ("Some 300 Tanzanian soldiers are deployed.", [("total", 300, "TZA")]),
        ("Vietnamese officers number 270.", [("total", 270, "VNM")]),
        ("South Korean troops number 500.", [("total", 500, "KOR")]),
        ("Right now, more than 2,400 Uruguayans serve under the blue flag.", [("total", 2400, "URY")]),
        ("Sudán del Sur acoge la misión; Sudán aporta 10 efectivos.", [("total", 10, "SDN")]),
    ],
)
def test_the_subject_of_a_figure(text, expected):
    assert read(text) == expected


def test_hosts_comparisons_and_variants_do_not_make_the_text_s_country():
    text = (
        "Viet Nam (Vietnam) deploys 270 personnel to South Sudan and the Central African Republic, "
        "behind Thailand and India. Its engineers serve in Abyei."
    )
    claims = extract(text, None, WHEN)
    assert [(c.kind, c.value, c.subject) for c in claims] == [("total", 270, "VNM")]
    assert claims[0].subject_words in ("Viet Nam", "Vietnam")


def test_south_sudan_is_not_sudan():
    assert read("South Sudan hosts 1,000 Nepalese troops.")[0][2] == "NPL"
    assert [c.text for c in extract("Le Soudan du Sud et le Soudan", None, WHEN)] == []
    from peacekeeping.check.subjects import countries_in

    assert [m.iso3 for m in countries_in("South Sudan, Sudán del Sur, Soudan du Sud, Sudan")] == [
        "SSD",
        "SSD",
        "SSD",
        "SDN",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bangladesh deploys 5,700 personnel, while Nepal deploys 6,100 and India 5,400.",
            [("total", 5700, "BGD"), ("total", 6100, "NPL"), ("total", 5400, "IND")],
        ),
        (
            "Le Népal déploie 6 100 casques bleus; l'Inde en déploie 5 400.",
            [("total", 6100, "NPL"), ("total", 5400, "IND")],
        ),
        (
            "Nepal rose to the 2nd position having sent 5,571 troops, while India fell to 3rd with 5,525.",
            [("rank", 2, "NPL"), ("total", 5571, "NPL"), ("rank", 3, "IND"), ("total", 5525, "IND")],
        ),
        (
            "Ghana deploys 2,700 personnel. Peacekeeping counts 76,000 uniformed personnel worldwide.",
            [("total", 2700, "GHA"), ("global_personnel", 76000, "world")],
        ),
        (
            "Nepal's 6,200 peacekeepers are among the 87,000 serving worldwide.",
            [("total", 6200, "NPL"), ("global_personnel", 87000, "world")],
        ),
        ("Nepal deploys 6,200 peacekeepers around the world.", [("total", 6200, "NPL")]),
        (
            "The 61 peacekeepers who lost their lives in 2023 came from 33 countries.",
            [("global_fatalities", 61, "world"), ("other", 33, "world")],
        ),
    ],
)
def test_several_countries_each_figure_to_its_own_clause(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ethiopia provides 4,800 peacekeepers, comprising 812 police and 4,020 troops.",
            [("total", 4800, "ETH"), ("type", 812, "ETH"), ("type", 4020, "ETH")],
        ),
        (
            "Indonesia deploys 2,700 personnel. They include 205 police officers.",
            [("total", 2700, "IDN"), ("type", 205, "IDN")],
        ),
        (
            "Kenya deploys twenty-three staff officers and fifty-four police.",
            [("type", 23, "KEN"), ("type", 54, "KEN")],
        ),
        (
            "El Perú aporta 270 efectivos, entre ellos 12 oficiales de estado mayor y 240 soldados.",
            [("total", 270, "PER"), ("type", 12, "PER"), ("type", 240, "PER")],
        ),
        ("Le Sénégal fournit 1 200 casques bleus, dont 420 policiers.", [("total", 1200, "SEN"), ("type", 420, "SEN")]),
        (
            "Of the 193 Member States, 120 contribute uniformed personnel.",
            [("other", 193, "world"), ("global_countries", 120, "world")],
        ),
        (
            "Fiji is the 64th largest contributor, providing 51 personnel including 17 women.",
            [("rank", 64, "FJI"), ("total", 51, "FJI"), ("women", 17, "FJI")],
        ),
    ],
)
def test_breakdowns_are_not_totals(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Nigeria is the 6th largest troop contributor in Africa and the 10th largest in the world.",
            [("rank_partial", 6, "NGA"), ("rank", 10, "NGA")],
        ),
        (
            "China is the largest contributor among the permanent members of the Security Council.",
            [("rank_partial", 1, "CHN")],
        ),
        ("Within the mission, Nepal is the 2nd largest contingent.", [("rank_partial", 2, "NPL")]),
        ("L'Égypte est le deuxième contributeur africain parmi les pays d'Afrique.", [("rank_partial", 2, "EGY")]),
        ("Etiopía es el primer contribuyente de África.", [("rank_partial", 1, "ETH")]),
    ],
)
def test_a_rank_in_a_group_is_not_the_world_rank(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rwanda is ranked 3rd in the world.", [("rank", 3, "RWA")]),
        ("Ghana ranks 23rd.", [("rank", 23, "GHA")]),
        ("Nepal rose to the 2nd position.", [("rank", 2, "NPL")]),
        (
            "Viet Nam ranks seventh out of the 122 contributing countries.",
            [("rank", 7, "VNM"), ("global_countries", 122, "world")],
        ),
        (
            "Out of the 122 contributing countries, Ghana ranks number 7.",
            [("global_countries", 122, "world"), ("rank", 7, "GHA")],
        ),
        ("Bangladesh is the largest contributor of uniformed personnel.", [("rank", 1, "BGD")]),
        ("Rwanda is the largest contributor of women peacekeepers.", [("rank_women", 1, "RWA")]),
        ("Pakistan is among the top 10 contributors.", [("rank", 10, "PAK")]),
        ("Le Maroc est le quinzième contributeur de personnel en tenue.", [("rank", 15, "MAR")]),
        ("Le Sénégal est le 7ᵉ pays contributeur.", [("rank", 7, "SEN")]),
        ("Uruguay es el decimoquinto contribuyente de personal uniformado.", [("rank", 15, "URY")]),
        ("El Perú es el segundo mayor contribuyente de mujeres de América Latina.", [("rank_partial", 2, "PER")]),
        (
            "Nepal first deployed peacekeepers in 1958, for the second time in 1974.",
            [("first_deployment", 1958, "NPL")],
        ),
    ],
)
def test_rank_wording(text, expected):
    assert read(text) == expected
    if expected and expected[0][1] == 10 and "top" in text:
        assert extract(text, None, WHEN)[0].qualifier == "<="


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zambia deploys (1,437) personnel.", [("total", 1437, "ZMB")]),
        ("El Uruguay aporta mil 348 efectivos.", [("total", 1348, "URY")]),
        ("More than 2.1 million people have served since 1948.", [("other", 2_100_000, "world")]),
        ("Upwards of 5,000 Pakistani troops serve.", [("total", 5000, "PAK")]),
        ("Le Togo compte près de 1 400 casques bleus.", [("total", 1400, "TGO")]),
        ("Ghana deploys thirty-one women in thirteen missions.", [("women", 31, "GHA"), ("missions", 13, "GHA")]),
        ("Le Bénin déploie vingt-huit femmes.", [("women", 28, "BEN")]),
        ("El Perú despliega veintisiete mujeres.", [("women", 27, "PER")]),
    ],
)
def test_numbers(text, expected):
    assert read(text) == expected


def test_qualifiers():
    assert one("Upwards of 5,000 Pakistani troops serve.", "5,000").qualifier == ">="
    assert one("Le Togo compte près de 1 400 casques bleus.", "1 400").qualifier == "~"
    assert one("Casi 4.200 cascos azules han perdido la vida.", "4.200").qualifier == "<~"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ghana has 2,700 agents deployed.", [("total", 2700, "GHA")]),
        ("Kenya has 400 people in missions.", [("total", 400, "KEN")]),
        ("Zambia deployed 900 officers.", [("total", 900, "ZMB")]),
        ("Kenya contributes 259 of its citizens to UN missions.", [("total", 259, "KEN")]),
        ("Some 600 Senegalese are now deployed.", [("total", 600, "SEN")]),
        ("El Perú tiene 270 agentes desplegados.", [("total", 270, "PER")]),
        ("La Côte d'Ivoire compte 900 personnes déployées.", [("total", 900, "CIV")]),
        (
            "We remember the more than 3,800 personnel who paid the ultimate price.",
            [("global_fatalities", 3800, "world")],
        ),
        ("Follow @UNPeacekeeping: Nepal deploys 6,100 uniformed personnel.", [("total", 6100, "NPL")]),
    ],
)
def test_personnel_wording(text, expected):
    assert read(text) == expected


def test_contact_lines_are_skipped_and_other_sentences_with_at_signs_kept():
    text = "Ghana deploys 2,700 personnel (press@un.org).\nTel: + (511) 625-9142\n+ 1 917 361 9923\ninfo@un.org\n"
    assert read(text) == [("total", 2700, "GHA")]


def test_fatality_periods_and_populations_are_read():
    text = (
        "Since 2006, 25 Indian peacekeepers have died. Over the past 12 years, 40 Indian uniformed "
        "peacekeepers lost their lives. This year, 12 peacekeepers were killed worldwide. "
        "Au total, 4 400 Casques bleus, civils compris, ont perdu la vie depuis 1948."
    )
    claims = [c for c in extract(text, None, WHEN)]
    assert [(c.kind, c.value, c.subject, c.since, c.population) for c in claims] == [
        ("fatalities", 25, "IND", "2006-01-01", None),
        ("fatalities", 40, "IND", "2011-05-29", "uniformed"),
        ("global_fatalities", 12, "world", "2023-01-01", None),
        ("global_fatalities", 4400, "world", None, "all"),
    ]
    assert {c.until for c in claims} == {"2023-05-29"}


def test_each_claim_says_which_words_decided_subject_and_kind():
    c = one("La Mauritanie est le 28e contributeur. Il fournit 751 militaires et policiers.", "751")
    assert (c.subject_words, c.kind_words) == ("Il → Mauritanie", "militaires et policiers")
    c = one("Rwanda is the second largest contributor, after Nepal.", "second")
    assert (c.subject_words, c.kind_words) == ("Rwanda", "largest")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rwanda deploys 5,900 personnel. Of these, 688 are women.", [("total", 5900, "RWA"), ("women", 688, "RWA")]),
        (
            "El Uruguay aporta 1.100 efectivos. De ellos, 80 son mujeres.",
            [("total", 1100, "URY"), ("women", 80, "URY")],
        ),
        (
            "Le Bénin déploie 1 437 Casques bleus. Parmi eux, 140 femmes.",
            [("total", 1437, "BEN"), ("women", 140, "BEN")],
        ),
        ("The number of Rwandan women peacekeepers stands at 688.", [("women", 688, "RWA")]),
        ("Rwanda's female peacekeepers number 688.", [("women", 688, "RWA")]),
        ("Le nombre de Casques bleus sénégalais s'élève à 1 200.", [("total", 1200, "SEN")]),
        (
            "The Republic of Korea has 480 troops in South Sudan (UNMISS) and 250 in Lebanon (UNIFIL).",
            [("mission_count", 480, "KOR"), ("mission_count", 250, "KOR")],
        ),
        (
            "Les Casques bleus tchadiens servent au sein de la MINUSMA au Mali, où 1 413 d'entre eux sont déployés.",
            [("mission_count", 1413, "TCD")],
        ),
        ("Indonesia sent 1,000 more troops to Lebanon this year.", [("other", 1000, "IDN")]),
        ("Nepal is the largest contributor to UNIFIL.", [("rank_partial", 1, "NPL")]),
    ],
)
def test_anaphora_counts_and_changes(text, expected):
    assert read(text) == expected


def test_figures_that_may_be_of_one_mission_are_in_doubt():
    assert (
        one("The Ghanaian battalion in Lebanon comprises 870 troops.", "870").doubt
        == "'Lebanon' is named before it: it may count that mission only"
    )
    assert (
        one("Rwanda deploys 5,900 personnel to UNMISS, MINUSCA and UNISFA.", "5,900").doubt
        == "a figure for several missions, read as its total"
    )
    assert one("Bangladesh has 6,000+ peacekeepers.", "6,000").qualifier == ">="


def test_spanish_fatality_periods():
    text = "Desde 2010, 12 cascos azules uruguayos han perdido la vida. El año pasado murieron 3 cascos azules indios."
    assert [(c.kind, c.value, c.subject, c.since, c.until) for c in extract(text, None, WHEN)] == [
        ("fatalities", 12, "URY", "2010-01-01", "2023-05-29"),
        ("fatalities", 3, "IND", "2022-01-01", "2022-12-31"),
    ]


def test_the_reviewed_reading_words():
    from peacekeeping.harmonize import countries, country_words
    from peacekeeping.harmonize.tables import read_table

    known = {c.iso3 for c in countries.all_countries()}
    rows = read_table("country_words.csv")
    assert rows and all(r["iso3"] in known and r["note"] and r["form"] in ("name", "adjective") for r in rows)
    owners: dict[str, set[str]] = {}
    for form in country_words.forms():
        owners.setdefault(form.text.casefold(), set()).add(form.iso3)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert {"kenyans", "peruanas", "népalaises", "ivoiriennes", "nepali", "south korean"} <= set(owners)


def test_claim_kinds_and_verdicts_are_declared_once():
    from typing import get_args

    from peacekeeping.check import kinds

    assert get_args(kinds.ClaimKind) == tuple(kinds.KINDS)
    assert (kinds.SUPPORTED, kinds.CONTRADICTED, kinds.UNCHECKABLE) == ("supported", "contradicted", "not checkable")
