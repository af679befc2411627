"""Issue 23, kinds of false contradiction seen on a fourth set of published texts (set J), then on sets K and L, in
en, fr, es: the countries at a meeting, another body's count (SIPRI, African peace operations), one national
service's dead, EU missions beside the UN's, and a stray space in a thousands group
after a dot ('96. 000'), which also ended the sentence."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check.numbers import numbers
from peacekeeping.check.periods import published
from peacekeeping.check.sentences import sentences

WHEN = published("2022-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is expected to bring together some 700 people from more than 150 nations.",
        "La réunion doit rassembler quelque 700 personnes de plus de 150 pays.",
        "La reunión reunirá a unas 700 personas de más de 150 países.",
    ],
)
def test_the_countries_at_a_meeting_are_in_doubt(text):
    assert doubts(text, 150, WHEN) == ["doubt_event"]


@pytest.mark.parametrize(
    "text",
    [
        "With 6,162 troops, Uganda is the second largest contributor. This was contained in a new study by SIPRI.",
        "Avec 6 162 soldats, l'Ouganda est le deuxième contributeur, selon une étude du SIPRI.",
        "Con 6.162 soldados, Uganda es el segundo contribuyente, según un estudio del SIPRI.",
    ],
)
def test_another_bodys_count_is_in_doubt(text):
    assert doubts(text, 6162, WHEN) == ["doubt_other_body"]


def test_a_stray_space_after_a_thousands_dot_is_one_number_and_no_sentence_end():
    text = "En hommage aux plus de 96. 000 personnes en uniforme de 124 pays. Il a dit."
    assert [n.value for n in numbers(text, "fr")] == [96000, 124]
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "En hommage aux plus de 96. 000 personnes en uniforme de 124 pays.",
        "Il a dit.",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A total of 126 Bangladesh Army personnel have died in UN peacekeeping missions.", 126),
        ("Depuis 1960, 45 soldats de l'armée sénégalaise sont morts dans les missions de l'ONU.", 45),
        ("Desde 1952, 30 efectivos del Ejército uruguayo han muerto en misiones de paz.", 30),
    ],
)
def test_one_national_services_dead_are_in_doubt(text, value):
    """Set K (measured before): "126 Army personnel died" is one service's toll, not the country's."""
    assert doubts(text, value, WHEN) == ["doubt_service"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Serbia currently has 285 members deployed in UN and EU peacekeeping missions.", "doubt_force"),
        ("La Serbie compte actuellement 285 militaires dans les missions de l'ONU et de l'UE.", "doubt_force"),
        ("Serbia tiene actualmente 285 efectivos en misiones de paz de la ONU y de la UE.", "doubt_force"),
        ("Serbia currently has 285 members deployed in UN peacekeeping missions.", None),
    ],
)
def test_a_count_that_takes_in_eu_missions_is_in_doubt(text, key):
    """Set L (measured before): the European Union's or the OSCE's missions beside the UN's, which the reports do not
    count."""
    assert doubts(text, 285, WHEN) == [key]


def test_il_existe_is_no_ones():
    """Set P: "Il existe actuellement au moins douze opérations" bound the operations to the country by its "Il"."""
    text = (
        "Le Togo compte 1 400 Casques bleus. Il existe actuellement au moins douze opérations de maintien de la paix."
    )
    assert doubts(text, 12, WHEN) == ["doubt_no_country_in_sentence"]
