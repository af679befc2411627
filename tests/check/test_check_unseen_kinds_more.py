"""More of issue 23's kinds of failure, seen on a further set of published texts and probed with made-up sentences in
their style (en, fr, es): pledges and aims, ranks among payers, counts over a period, missions beside personnel that
may include civilians, the speaker's own forces, a group's rank, the dead after a toll, a total that includes its
types, a contingent's women, forces outside the UN, deployments abroad. None may be the country's for certain; the
country's own figures beside them stay certain."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-06-15")
_SURE = {"total", "women", "type", "missions", "rank", "rank_women", "mission_count", "mission_women"}


def sure(text: str, iso3: str) -> list[tuple]:
    """(kind, value) of the figures bound to `iso3` for certain, with a reading that can be contradicted."""
    return [
        (c.kind, c.value) for c in extract(text, None, WHEN) if c.kind in _SURE and c.subject == iso3 and not c.doubt
    ]


PLEDGES = [
    ("Kenya pledged an additional 400 personnel, 60 of them women, for UN missions through 2025.", "KEN"),
    ("Kenya would send 600 troops to the UN mission in South Sudan, the minister said.", "KEN"),
    ("Kenya aims to be among the top ten contributors by 2026.", "KEN"),
    ("Kenya plans to deploy 1,500 peacekeepers by 2026.", "KEN"),
    ("Le Sénégal s'est engagé à déployer 800 Casques bleus supplémentaires.", "SEN"),
    ("L'objectif du Sénégal est d'atteindre 4 000 Casques bleus.", "SEN"),
    ("Uruguay se comprometió a desplegar 250 efectivos adicionales.", "URY"),
    ("La meta de Uruguay es llegar a 2.000 cascos azules.", "URY"),
]
MONEY = [
    ("Kenya is also the fifth largest contributor to UN peacekeeping funds.", "KEN"),
    ("Japan is the third largest contributor to the peacekeeping budget.", "JPN"),
    ("Japan is the third-largest contributor to the operations' multibillion-dollar budget.", "JPN"),
    ("Le Japon est le troisième contributeur financier des opérations de paix.", "JPN"),
    ("Japón es el tercer contribuyente al presupuesto de mantenimiento de la paz.", "JPN"),
]
OVER_A_PERIOD = [
    ("Kenya has sent more than 40,000 personnel to about 30 UN peacekeeping missions.", "KEN"),
    ("Kenyans had since then served in more than 30 UN peacekeeping missions.", "KEN"),
    ("From 2006 to 2012, Kenya sent 1,933 personnel to UN missions.", "KEN"),
    ("Le Sénégal a envoyé au total 25 000 Casques bleus depuis lors.", "SEN"),
    ("Entre 2004 y 2017, Uruguay envió 2.500 efectivos a Haití.", "URY"),
]
GROUP_RANKS = [
    ("China is the largest troop contributor among the five permanent members of the Security Council.", "CHN"),
    ("La Chine est le premier contributeur parmi les cinq membres permanents du Conseil de sécurité.", "CHN"),
    ("China es el mayor contribuyente entre los cinco miembros permanentes del Consejo de Seguridad.", "CHN"),
]
UNITS_AND_FORCES = [
    ("Kenya on Monday sent a contingent of 244 peacekeepers, 30 of them women, to South Sudan.", "KEN"),
    ("Kenya also contributes to one non-UN mission with 15 personnel.", "KEN"),
    ("Kenya has 20 officers in the International Monitoring Team in Mindanao.", "KEN"),
    ("There are currently 587 Defence Forces personnel serving overseas on behalf of the people of Kenya.", "KEN"),
    ("Le Sénégal compte 900 militaires déployés à l'étranger.", "SEN"),
    ("Uruguay tiene 1.100 militares desplegados en el exterior.", "URY"),
]
THE_DEAD = [
    ("More than 3,700 peacekeepers have lost their lives. Among them are 113 Kenyans.", "KEN"),
    ("Plus de 3 700 Casques bleus ont perdu la vie. Parmi eux figurent 113 Français.", "FRA"),
    ("Más de 3.700 cascos azules han perdido la vida. Entre ellos, 113 uruguayos.", "URY"),
]

UNSURE = PLEDGES + MONEY + OVER_A_PERIOD + GROUP_RANKS + UNITS_AND_FORCES + THE_DEAD


@pytest.mark.parametrize(("text", "iso3"), UNSURE)
def test_an_unsure_figure_is_never_the_countrys_for_certain(text, iso3):
    assert sure(text, iso3) == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN counts 120,000 peacekeepers serving in 17 missions, Kenya noted.",
        "Environ 120 000 personnes, dont 18 000 civils, participent aux 16 missions de l'ONU.",
        "Avec dix-huit missions à travers le monde, l'ONU a 97 175 personnes sur le terrain.",
        "Más de 120.000 personas trabajan en las 16 misiones de paz de la ONU.",
    ],
)
def test_missions_beside_people_who_may_be_civilians_are_in_doubt(text):
    found = [c for c in extract(text, None, WHEN) if c.kind == "global_operations"]
    assert found and all(c.doubt for c in found)


def test_missions_beside_uniformed_personnel_stay_certain():
    found = extract("Some 70,000 uniformed personnel serve in 12 operations, Kenya noted.", None, WHEN)
    assert [(c.kind, c.value, c.doubt) for c in found if c.kind == "global_operations"] == [
        ("global_operations", 12, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Au total, 3 646 éléments de nos forces sont déployés dans huit missions de maintien de la paix, a dit le "
        "Président du Sénégal.",
        "In total, 3,646 of our troops serve in eight UN missions, the President of Senegal said.",
        "En total, 1.100 de nuestros efectivos sirven en seis misiones, dijo el ministro uruguayo.",
    ],
)
def test_the_speakers_own_forces_are_never_the_worlds_for_certain(text):
    found = [c for c in extract(text, None, WHEN) if c.subject == "world" and c.kind.startswith("global")]
    assert all(c.doubt for c in found)


@pytest.mark.parametrize(
    ("text", "iso3", "expected"),
    [
        ("Uruguay tiene 1.463 soldados, incluyendo policías y expertos militares.", "URY", [("total", 1463)]),
        ("Uruguay has 1,463 troops, including police and military experts.", "URY", [("total", 1463)]),
        ("L'Uruguay compte 1 463 soldats, y compris des policiers.", "URY", [("total", 1463)]),
        ("Kenya deploys 1,463 personnel, 90 of them women, in five UN missions.", "KEN", [("total", 1463)]),
        ("Kenya is the 25th largest contributor and provides 620 uniformed personnel.", "KEN", [("rank", 25)]),
        ("China is the largest contributor to UN peacekeeping among all countries.", "CHN", [("rank", 1)]),
    ],
)
def test_the_countrys_own_figures_stay_certain(text, iso3, expected):
    assert sure(text, iso3)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan is the third largest contributor to the peacekeeping budget.", "other"),
        (
            "China is the largest troop contributor among the five permanent members of the Security Council.",
            "rank_partial",
        ),
    ],
)
def test_a_rank_among_payers_or_a_group_is_not_a_world_rank(text, kind):
    assert [c.kind for c in extract(text, None, WHEN) if c.text in ("third", "largest")] == [kind]


@pytest.mark.archive
@pytest.mark.parametrize("text", [t for t, _ in UNSURE])
def test_no_unsure_figure_is_contradicted(full_con, text):
    found = verify.check(full_con, text, "2023-06-15").verdicts
    assert [(v.claim.text, v.note) for v in found if v.verdict == "contradicted" and v.claim.kind != "mission"] == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("12 des 13 opérations ont été financées du 1er juillet 2019 au 30 juin 2020.", None),
        ("The budget runs from 1 July 2022 to 30 June 2023; Kenya deploys 620 personnel.", None),
        ("El presupuesto va del 1 de julio de 2022 al 30 de junio de 2023.", None),
        ("Au 30 juin 2020, le Sénégal comptait 1 500 Casques bleus.", "2020-06"),
        ("Al 30 de junio de 2020, Uruguay tenía 1.000 efectivos.", "2020-06"),
    ],
)
def test_the_end_of_a_period_is_no_data_month(text, month):
    from peacekeeping.check.periods import stated_month

    stated = stated_month(text, published("2020-07-15"))
    assert (stated.month if stated else None) == month
