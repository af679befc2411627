"""Numbers as published texts write them, in English, Spanish and French (no store needed)."""

from __future__ import annotations

import pytest
from num2words import num2words

from peacekeeping.check.numbers import language, numbers


def read(text: str, lang: str = "en") -> list[tuple[int, bool, str | None]]:
    return [(n.value, n.ordinal, n.qualifier) for n in numbers(text, lang)]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_what_num2words_writes_is_read_back(lang):
    """The words release drafts write (num2words) are the words the checker reads (text2num), beyond twelve."""
    for value in [*range(2, 130), 151, 278, 999] + ([] if lang == "en" else [1348, 2756]):
        words = num2words(value, lang=lang)
        assert [(n.value, n.ordinal) for n in numbers(f"a {words} b" if lang == "en" else f"x {words} y", lang)] == [
            (value, False)
        ], (lang, words)
    one = {"en": "one mission", "es": "una misión", "fr": "une mission"}[lang]
    assert [(n.value, n.ordinal) for n in numbers(one, lang)] == [(1, False)]
    for value in range(1, 126):
        words = num2words(value, lang=lang, to="ordinal")
        assert [(n.value, n.ordinal) for n in numbers(words, lang)] == [(value, True)], (lang, words)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("(1,437) personnel", "en", [(1437, False, None)]),
        ("mil 348 efectivos", "es", [(1348, False, None)]),
        ("mil trescientos cuarenta y ocho", "es", [(1348, False, None)]),
        ("2.1 million have served", "en", [(2_100_000, False, None)]),
        ("2,1 millones", "es", [(2_100_000, False, None)]),
        ("more than a million women and men", "en", [(1_000_000, False, ">")]),
        ("upwards of 5,000 troops", "en", [(5000, False, ">=")]),
        ("près de 1 400 casques bleus", "fr", [(1400, False, "~")]),
        ("plus de 6 000 militaires", "fr", [(6000, False, ">")]),
        ("casi 4.200 cascos azules", "es", [(4200, False, "<~")]),
        (
            "le 7ᵉ contributeur, le 13e, le 1er, la quinzième",
            "fr",
            [(7, True, None), (13, True, None), (1, True, None), (15, True, None)],
        ),
        ("el decimoquinto contribuyente, el 48.º", "es", [(15, True, None), (48, True, None)]),
        (
            "ranks 23rd, 2nd position, seventh out of the 122",
            "en",
            [(23, True, None), (2, True, None), (7, True, None), (122, False, None)],
        ),
        ("twenty-three staff officers", "en", [(23, False, None)]),
        ("vingt-huit femmes, quatre-vingt-dix soldats", "fr", [(28, False, None), (90, False, None)]),
        ("veintisiete mujeres", "es", [(27, False, None)]),
    ],
)
def test_written_forms(text, lang, expected):
    assert read(text, lang) == expected


def test_percentages_and_decimals_are_marked_or_skipped():
    found = numbers("50 per cent of 3.5 missions, 12% and 7 pour cent", "en")
    assert [(n.value, n.percent) for n in found] == [(50, True), (12, True), (7, True)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Nepal is the second largest contributor of uniformed personnel to UN peacekeeping.", "en"),
        ("Uruguay participa en cinco misiones de paz de la ONU.", "es"),
        ("Le Sénégal contribue à quatre opérations de paix des Nations Unies.", "fr"),
        ("Il fournit 751 militaires et policiers.", "fr"),
        ("El país aporta 1.100 efectivos.", "es"),
    ],
)
def test_language(text, lang):
    assert language(text) == lang


@pytest.mark.parametrize(
    "text,expected",
    [
        ("more than 2,75,000 troops", [(275000, False, ">")]),  # Indian grouping
        ("a 1,200-strong contingent, a 140-member unit", [(1200, False, None), (140, False, None)]),
        ("COVID-19, A4P, 2019-05-21, 625-9142, alert(1)", []),
        ("1,200-3,000 and 5,", [(5, False, None)]),
    ],
)
def test_what_is_and_is_not_a_figure(text, expected):
    assert read(text) == expected


def test_feminine_hundreds_in_spanish():
    """'doscientas veinte mujeres' is 220, not 20 (text2num reads the hundreds in the masculine only)."""
    from peacekeeping.check.numbers import numbers

    assert [(n.text, n.value) for n in numbers("doscientas veinte mujeres y quinientos hombres", "es")] == [
        ("doscientas veinte", 220),
        ("quinientos", 500),
    ]
