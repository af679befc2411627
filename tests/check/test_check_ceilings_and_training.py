"""Sets U, W and X (each measured before any rule of this file, then learnt from): "up to 750 troops" is a ceiling (a
pledge, a mandate), people trained are not people deployed, the dead honoured at a ceremony are often those of the year
before, the dead a staff union counts are its own count, a rank with women named after it may rank the women, a
count of missions that names a country with no UN peacekeeping operation takes in other forces, and soldiers "in the
capital Bamako" may be one mission's: none is contradicted as a count."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2019-08-20")


@pytest.mark.parametrize(
    "text",
    [
        "Canada pledged up to 750 troops.",
        "Le Canada pourra déployer jusqu'à 750 soldats.",
        "España podrá desplegar hasta 750 soldados.",
    ],
)
def test_up_to_is_a_ceiling_not_a_count(text):
    assert [c.kind for c in extract(text, None, WHEN)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Canada announced it would make available up to 600 troops and 150 police officers.",
        "Le Canada a annoncé son intention de rendre disponibles jusqu'à 600 soldats et 150 policiers.",
        "Le Canada a annoncé son intention de rendre disponibles jusqu’à 600 soldats et 150 policiers.",
        "Canadá anunció que pondría a disposición hasta 600 soldados y 150 policías.",
    ],
)
def test_the_ceiling_of_a_figure_holds_for_the_one_listed_after_it(text):
    """Set BJ (session of 2026-12-08): "jusqu’à 600 soldats et 150 policiers" caps both (a typographic apostrophe
    was no qualifier at all)."""
    assert [c.kind for c in extract(text, None, WHEN)] == ["other", "other"]


def test_a_figure_listed_after_a_count_is_no_ceiling():
    assert [c.kind for c in extract("Canada has 600 troops and 150 police officers in UN missions.", None, WHEN)] == [
        "type",
        "type",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "China has trained more than 1,500 peacekeepers from other countries.",
        "La Chine a formé plus de 1 500 Casques bleus d'autres pays.",
        "China ha capacitado a más de 1.500 cascos azules de otros países.",
    ],
)
def test_people_trained_are_not_people_deployed(text):
    assert [c.kind for c in extract(text, None, WHEN)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Ghanaian peacekeepers who lost their lives while on duty have been honoured at this year's Day.",
        "Deux Casques bleus ghanéens ont perdu la vie cette année ; ils ont été honorés lors de la Journée.",
        "Dos cascos azules ghaneses perdieron la vida mientras estaban en servicio, homenajeados este año.",
    ],
)
def test_the_dead_honoured_at_a_ceremony_are_in_doubt(text):
    """Ghana's two dead honoured on 29 May 2019 died in 2018 (the register has one Ghanaian death in 2019 by then):
    a doubt, so never contradicted."""
    assert doubts(text, 2, published("2019-05-30")) == ["doubt_honoured"]


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Eight peacekeepers who died in 2021 were from Togo, the Staff Union said.", 8, "doubt_other_body"),
        ("Huit Casques bleus morts en 2021 venaient du Togo, selon le syndicat du personnel.", 8, "doubt_other_body"),
        ("Ocho cascos azules muertos en 2021 eran de Togo, según el sindicato del personal.", 8, "doubt_other_body"),
        (
            "Ghana is the fourth highest contributor worldwide and the second in Africa when it comes to the "
            "deployment of women.",
            4,
            "doubt_women_after",
        ),
        (
            "Le Ghana est le quatrième contributeur au monde et le deuxième en Afrique en matière de déploiement de "
            "femmes.",
            4,
            "doubt_women_after",
        ),
        (
            "Ghana es el cuarto contribuyente del mundo y el segundo de África en cuanto al despliegue de mujeres.",
            4,
            "doubt_women_after",
        ),
        ("Kenya operates in six peacekeeping missions including Sudan, Lebanon and Somalia.", 6, "doubt_force"),
        ("Le Kenya opère dans six missions de paix, dont le Soudan, le Liban et la Somalie.", 6, "doubt_force"),
        ("Kenia opera en seis misiones de paz, entre ellas Sudán, Líbano y Somalia.", 6, "doubt_force"),
        ("About 70 Norwegian soldiers deployed in the capital Bamako will return home.", 70, "doubt_mission_after"),
        ("Environ 70 soldats norvégiens déployés dans la capitale Bamako rentreront.", 70, "doubt_mission_after"),
        ("Unos 70 soldados noruegos desplegados en la capital Bamako volverán.", 70, "doubt_mission_after"),
    ],
)
def test_counts_of_other_bodies_ranks_of_women_and_other_forces_are_in_doubt(text, value, key):
    assert doubts(text, value, WHEN) == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico sends another eight peacekeepers to the UN.",
        "Le Mexique envoie encore huit Casques bleus à l'ONU.",
        "México envía otros ocho cascos azules a la ONU.",
    ],
)
def test_another_few_are_more_of_them_not_the_total(text):
    """Set BS (session of 2026-12-08): "otros ocho cascos azules" were read as Mexico's total and contradicted."""
    assert [c.kind for c in extract(text, None, WHEN)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnamese engineering unit is expected to be sent to UNISFA.",
        "L'unité vietnamienne du génie sera déployée à la FISNUA.",
        "La unidad vietnamita de ingenieros será desplegada en la UNISFA.",
    ],
)
def test_a_mission_a_unit_is_to_be_sent_to_is_in_doubt(text):
    """Set BS: a mission the country had no one in yet was "contradicted: no personnel of the country"."""
    (claim,) = [c for c in extract(text, None, published("2018-01-15")) if c.kind == "mission"]
    assert claim.doubt.key == "doubt_future"


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia Sends 300 Troops to Mali for Humanitarian Mission.",
        "Le Cambodge envoie 300 soldats au Mali.",
        "Camboya envía 300 soldados a Malí.",
    ],
)
def test_a_country_sending_some_to_a_place_is_an_event(text):
    """Set BQ (session of 2026-12-08): a headline's "Sends 300 Troops to Mali" is a rotation, read as Cambodia's
    people in MINUSMA and contradicted."""
    assert doubts(text, 300, published("2021-10-01")) in (["doubt_event"], ["doubt_other_country"])


def test_sending_some_to_un_missions_is_no_event():
    assert doubts("Cambodia sends 300 troops to UN missions.", 300, published("2021-10-01")) != ["doubt_event"]
