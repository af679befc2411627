"""Issue 23, kinds seen on sets Y to AY of published texts (session of 2026-12-07, the twelfth), in en, fr, es: a
list of countries each with a figure ("Italy 1,114" a line, "Egypt – 2,889") read as their personnel, supported
where it holds and never contradicted; a send-off ceremony before a deployment is an event, not a contribution; the
dead of one blast ("killed and three injured by an explosive device"); the dead of "international missions" (other
forces' too); the countries of civilian, police and military personnel together; a strength told in the past
("totaled", "participated", "le déploiement") is not dated to now; a "Compañia" without its accent is a unit;
missions after personnel too few to be the world's are not the world's operations."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify

pytestmark = pytest.mark.archive


@pytest.mark.parametrize(
    "text",
    [
        "The top EU contributors are:\n\nItaly 1,114\nFrance 867\nSpain 613",
        "Les principaux contributeurs européens : Italie 1 114, France 867, Espagne 613.",
        "Los mayores contribuyentes europeos: Italia – 1.114, Francia – 867, España – 613.",
    ],
)
def test_a_list_of_countries_and_figures_reads_their_personnel(full_con, text):
    verdicts = verify.check(full_con, text, "2016-10-25").verdicts
    got = [(v.claim.subject, v.claim.kind, v.data, v.verdict) for v in verdicts]
    assert got == [
        ("ITA", "total", 1114, "supported"),
        ("FRA", "total", 867, "supported"),
        ("ESP", "total", 613, "supported"),
    ]
    assert all("in a list of countries and numbers" in v.claim.doubt for v in verdicts)


def test_a_listed_figure_that_does_not_hold_is_not_contradicted(full_con):
    """Read from the list's shape alone, a figure that does not hold may be something else: not checkable."""
    verdicts = verify.check(full_con, "The top EU contributors are:\nItaly 1,200\nFrance 900\nSpain 613", "2016-10-25")
    got = [(v.claim.text, v.verdict) for v in verdicts.verdicts]
    assert got == [("1,200", "not checkable"), ("900", "not checkable"), ("613", "supported")]
    assert "the data says 1,114 in 2016-08" in verdicts.verdicts[0].note


@pytest.mark.parametrize(
    "text",
    ["Italy 1,114", "Italy 1,114 is a number. Many words follow here, with no list to speak of. France 867."],
)
def test_a_country_and_a_number_in_a_sentence_of_its_own_is_no_list(full_con, text):
    assert {v.claim.kind for v in verify.check(full_con, text, "2016-10-25").verdicts} == {"other"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Viet Nam's engineering unit held a departure ceremony ahead of their work at the UN Interim Security "
            "Force for Abyei (UNISFA).",
            "departure",
        ),
        ("Le Viet Nam a tenu la cérémonie de départ de son unité du génie vers la FISNUA.", "cérémonie de départ"),
        (
            "Viet Nam celebró la ceremonia de despedida de su unidad de ingenieros para la UNISFA.",
            "ceremonia de despedida",
        ),
    ],
)
def test_a_send_off_before_a_deployment_is_no_contribution_yet(full_con, text, words):
    """In 2021-12 Viet Nam had no one in UNISFA: the unit seen off was on its way, not a contradiction."""
    (v,) = verify.check(full_con, text, "2022-01-27").verdicts
    assert (v.claim.subject, v.claim.mission, v.verdict) == ("VNM", "UNISFA", "not checkable")
    assert f"an event ('{words}')" in v.note


@pytest.mark.parametrize(
    "text",
    [
        "Mali: Seven peacekeepers were killed and three others injured by an explosive device.",
        "Mali : Sept Casques bleus ont été tués et trois autres blessés par un engin explosif.",
        "Malí: Siete cascos azules murieron y otros tres resultaron heridos por un artefacto explosivo.",
    ],
)
def test_the_dead_of_one_blast_are_not_a_countrys_toll(full_con, text):
    """Mali's nationals in the register up to then: 5 (17 with local staff); seven is one blast's dead, in Mali."""
    (v,) = [v for v in verify.check(full_con, text, "2021-12-09").verdicts if v.claim.kind == "fatalities"]
    assert (v.claim.subject, v.verdict) == ("MLI", "not checkable"), v.note


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian peacekeepers have been part of international missions since 1992. More than 44,000 Ukrainian "
        "soldiers have taken part in them, and 54 of them have been killed.",
        "Les Casques bleus ukrainiens participent à des missions internationales depuis 1992. Plus de 44 000 soldats "
        "ukrainiens y ont pris part, et 54 d'entre eux ont été tués.",
        "Los cascos azules ucranianos participan en misiones internacionales desde 1992. Más de 44.000 soldados "
        "ucranianos han participado, y 54 de ellos han muerto.",
    ],
)
def test_the_dead_of_international_missions_may_count_other_forces(full_con, text):
    """The register has 35 Ukrainians: 'international missions' take in NATO's and others' as well."""
    (v,) = [v for v in verify.check(full_con, text, "2021-12-09").verdicts if v.claim.text == "54"]
    assert (v.claim.kind, v.verdict) == ("fatalities", "not checkable"), v.note
    assert "it may count deployments the UN's reports do not" in v.note


@pytest.mark.parametrize(
    "text",
    [
        "The civilian, police and military personnel from 73 countries carry out many duties.",
        "Le personnel civil, policier et militaire de 73 pays accomplit de nombreuses tâches.",
        "El personal civil, policial y militar de 73 países cumple muchas tareas.",
    ],
)
def test_countries_of_civilians_and_uniformed_are_not_the_reports(full_con, text):
    (v,) = verify.check(full_con, text, "2021-07-01").verdicts
    assert (v.claim.kind, v.verdict) == ("global_countries", "not checkable"), v.note


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian deployment lasted two years and totaled 497 troops.",
        "Le déploiement péruvien a duré deux ans et a totalisé 497 soldats.",
        "El despliegue peruano duró dos años y sumó 497 efectivos.",
    ],
)
def test_a_strength_told_in_the_past_is_not_dated_to_now(full_con, text):
    """'totaled' is no 'totals', 'participated' no 'participates': nothing dates 497 to now, so it is no
    contradiction of Peru's 393 (2016-12)."""
    (v,) = [v for v in verify.check(full_con, text, "2017-01-20").verdicts if v.claim.text == "497"]
    assert (v.claim.subject, v.verdict) == ("PER", "not checkable"), v.note


def test_a_past_participation_is_not_dated_to_now(full_con):
    (v,) = verify.check(full_con, "Peru participated with 497 troops.", "2017-01-20").verdicts
    assert (v.claim.subject, v.verdict) == ("PER", "not checkable"), v.note
    assert "the sentence does not say this is the strength deployed now" in v.note


@pytest.mark.parametrize(
    "text",
    [
        "The deployment, known as Compañia Peru, has some 200 troops.",
        "Le contingent, appelé Compañia Perú, compte quelque 200 soldats.",
        "El despliegue, conocido como Compañia Perú, tiene unos 200 efectivos.",
    ],
)
def test_a_company_named_without_its_accent_is_a_unit(full_con, text):
    (v,) = [v for v in verify.check(full_con, text, "2017-01-20").verdicts if v.claim.text == "200"]
    assert v.verdict == "not checkable" and "a unit named in its clause" in v.note, v.note


@pytest.mark.parametrize(
    "text",
    [
        "The NA currently has 5,128 personnel in 12 missions around the world.",
        "La NA compte actuellement 5 128 personnels dans 12 missions à travers le monde.",
        "La NA tiene actualmente 5.128 efectivos en 12 misiones en todo el mundo.",
    ],
)
def test_missions_after_too_few_personnel_for_the_world_are_not_the_worlds(full_con, text):
    """'The NA' (the Nepali Army) names no country: 5,128 is read as a world figure, far too few for one, so the
    12 missions after it are its holder's, not the world's 13 operations (2020-12)."""
    (v,) = [v for v in verify.check(full_con, text, "2021-03-03").verdicts if v.claim.text == "12"]
    assert (v.claim.kind, v.verdict) == ("global_operations", "not checkable"), v.note
    assert "too few to be the world's" in v.note


def test_missions_after_the_worlds_personnel_are_the_worlds_counted_as_the_un_counts_them(full_con):
    """The world's operations, read against the reports' 13, but never contradicted: the UN's own count of its
    operations (11 to 16 in these years) varies with what it counts (sets CC, AX)."""
    text = "UN peacekeeping has 87,000 personnel in 12 missions around the world."
    (v,) = [v for v in verify.check(full_con, text, "2021-03-03").verdicts if v.claim.text == "12"]
    assert (v.claim.kind, v.verdict, v.data) == ("global_operations", "not checkable", 13), v.note
    assert "a count of the UN's operations" in v.note
