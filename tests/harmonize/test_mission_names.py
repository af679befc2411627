"""The reviewed table of missions' official names in English, Spanish and French."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from peacekeeping.errors import PeacekeepingError
from peacekeeping.harmonize import mission_names as missionnames
from peacekeeping.harmonize.mission_names import gender, mission_name, short_name

A = "\u2019"  # the UN's typographic apostrophe

# Every mission in the UN's monthly contribution reports, 2015-2025.
REPORTED = (
    "BINUB BINUH MINUJUSTH MINURSO MINUSCA MINUSMA MINUSTAH MONUSCO UNAMA UNAMI UNAMID UNDOF UNFICYP UNIFIL "
    "UNIOGBIS UNISFA UNITAMS UNMC UNMHA UNMIK UNMIL UNMISS UNMOGIP UNOCI UNOWAS UNSMIL UNSOM UNSOS UNTMIS UNTSO "
    "UNVMC"
).split()
# The missions of the research dataset's months with a breakdown by mission (IPI, 2009-2014) that no report names.
RESEARCH = "BNUB MINURCAT MONUC UNMIN UNMIS UNMIT UNSMIS".split()
# Missions no monthly report names that texts name as history (first deployments): UNEF, FUNU, FENU.
HISTORY = ["UNEF"]

EXACT = {
    "MINUSCA": {
        "en": (
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
            "MINUSCA",
        ),
        "es": (
            "Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República Centroafricana",
            "MINUSCA",
        ),
        "fr": (
            "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en Centrafrique",
            "MINUSCA",
        ),
    },
    "UNIFIL": {
        "en": ("United Nations Interim Force in Lebanon", "UNIFIL"),
        "es": ("Fuerza Provisional de las Naciones Unidas en el Líbano", "FPNUL"),
        "fr": ("Force intérimaire des Nations Unies au Liban", "FINUL"),
    },
    "MONUSCO": {
        "en": ("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO"),
        "es": ("Misión de Estabilización de las Naciones Unidas en la República Democrática del Congo", "MONUSCO"),
        "fr": (
            f"Mission de l{A}Organisation des Nations Unies pour la stabilisation en République démocratique du Congo",
            "MONUSCO",
        ),
    },
    "UNMISS": {
        "en": ("United Nations Mission in the Republic of South Sudan", "UNMISS"),
        "es": ("Misión de las Naciones Unidas en la República de Sudán del Sur", "UNMISS"),
        "fr": ("Mission des Nations Unies au Soudan du Sud", "MINUSS"),
    },
    "UNISFA": {
        "en": ("United Nations Interim Security Force for Abyei", "UNISFA"),
        "es": ("Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei", "UNISFA"),
        "fr": ("Force intérimaire de sécurité des Nations Unies pour Abyei", "FISNUA"),
    },
    "UNDOF": {
        "en": ("United Nations Disengagement Observer Force", "UNDOF"),
        "es": ("Fuerza de las Naciones Unidas de Observación de la Separación", "FNUOS"),
        "fr": (f"Force des Nations Unies chargée d{A}observer le dégagement", "FNUOD"),
    },
    "UNTSO": {
        "en": ("United Nations Truce Supervision Organization", "UNTSO"),
        "es": ("Organismo de las Naciones Unidas para la Vigilancia de la Tregua", "ONUVT"),
        "fr": ("Organisme des Nations Unies chargé de la surveillance de la trêve", "ONUST"),
    },
}


def _table() -> list[dict[str, str]]:
    text = resources.files("peacekeeping.harmonize").joinpath("data", "mission_names.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_table_columns_and_one_row_per_acronym():
    rows = _table()
    assert list(rows[0]) == ["acronym", "en", "es", "fr", "es_acronym", "fr_acronym", "es_gender", "fr_gender", "note"]
    acronyms = [r["acronym"] for r in rows]
    assert len(acronyms) == len(set(acronyms))
    assert set(acronyms) == set(REPORTED) | set(RESEARCH) | set(HISTORY)


@pytest.mark.parametrize("acronym", REPORTED + RESEARCH + HISTORY)
def test_every_reported_mission_has_three_names(acronym):
    for lang in ("en", "es", "fr"):
        name, short = mission_name(acronym, lang)
        assert name and name == name.strip() and "  " not in name and "(" not in name
        assert short and short == short.strip() and " " not in short
        assert "'" not in name  # apostrophes are the UN's typographic one
    assert mission_name(acronym, "en")[1] == acronym
    assert gender(acronym, "es") in ("f", "m") and gender(acronym, "fr") in ("f", "m")


@pytest.mark.parametrize(("acronym", "lang"), [(a, lang) for a in EXACT for lang in ("en", "es", "fr")])
def test_exact_names(acronym, lang):
    assert mission_name(acronym, lang) == EXACT[acronym][lang]


def test_genders_follow_the_head_noun():
    assert (gender("UNIFIL", "es"), gender("UNIFIL", "fr")) == ("f", "f")  # Fuerza, Force
    assert (gender("BINUH", "es"), gender("BINUH", "fr")) == ("f", "m")  # Oficina, Bureau
    assert (gender("UNTSO", "es"), gender("UNTSO", "fr")) == ("m", "m")  # Organismo, Organisme
    assert (gender("UNMOGIP", "es"), gender("UNMOGIP", "fr")) == ("m", "m")  # Grupo, Groupe
    assert (gender("MINUSCA", "es"), gender("MINUSCA", "fr")) == ("f", "f")  # Misión, Mission
    for row in _table():
        head_es, head_fr = row["es"].split()[0], row["fr"].split()[0]
        assert row["es_gender"] == ("m" if head_es in ("Organismo", "Grupo") else "f"), row["acronym"]
        assert row["fr_gender"] == ("m" if head_fr in ("Bureau", "Organisme", "Groupe") else "f"), row["acronym"]


def test_short_name():
    assert short_name("UNIFIL", "en") == "UN Interim Force in Lebanon"
    assert short_name("MINUSCA") == (
        "UN Multidimensional Integrated Stabilization Mission in the Central African Republic"
    )
    assert short_name("UNAMID", "en") == "African Union-United Nations Hybrid Operation in Darfur"  # no leading UN
    with pytest.raises(PeacekeepingError, match="English only"):
        short_name("UNIFIL", "fr")


def test_acronym_case_is_forgiven():
    assert mission_name("unifil", "fr") == ("Force intérimaire des Nations Unies au Liban", "FINUL")


def test_unknown_acronym_names_acronym_and_table():
    with pytest.raises(PeacekeepingError, match=r"'UNXYZ'.*mission_names\.csv"):
        mission_name("UNXYZ", "en")
    with pytest.raises(PeacekeepingError, match=r"'UNXYZ'.*mission_names\.csv"):
        short_name("UNXYZ", "en")


def test_unknown_language():
    with pytest.raises(PeacekeepingError, match=r"'de'.*mission_names\.csv"):
        mission_name("UNIFIL", "de")


def test_table_is_read_once():
    missionnames._rows.cache_clear()
    mission_name("UNIFIL", "en")
    mission_name("UNDOF", "es")
    assert missionnames._rows.cache_info().misses == 1
