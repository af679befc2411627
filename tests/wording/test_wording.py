"""The wording layer: UN-style numbers, ordinals, nouns, country phrases and dates in en, es and fr."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping import wording
from peacekeeping.errors import PeacekeepingError
from peacekeeping.harmonize import countries, country_names
from peacekeeping.harmonize.country_names import adjective
from peacekeeping.wording import (
    count_phrase,
    country_name,
    country_with_article,
    from_country,
    in_country,
    long_date,
    nationals,
    number,
    of_country,
    ordinal,
    plural,
    possessive,
    to_country,
)

NNBSP = "\u202f"  # Babel's French group separator: NARROW NO-BREAK SPACE

# Every ISO3 that appears as a contributor in the full 2015-2025 store (/tmp/full.duckdb, table contributions).
CONTRIBUTORS = """
AFG AGO ALB ARG ARM AUS AUT AZE BDI BEL BEN BFA BGD BGR BIH BLR BMU BOL BRA BRB BRN BTN BWA CAF CAN
CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DNK DOM DZA ECU EGY ESP EST ETH FIN
FJI FRA GAB GBR GEO GHA GIN GMB GNB GRC GRD GTM HND HRV HTI HUN IDN IND IRL IRN ITA JAM JOR JPN KAZ
KEN KGZ KHM KIR KOR LBR LBY LKA LSO LTU LUX LVA MAR MDA MDG MEX MKD MLI MLT MMR MNE MNG MOZ MRT MWI
MYS NAM NER NGA NLD NOR NPL NRU NZL PAK PER PHL PNG POL PRT PRY QAT ROU RUS RWA SDN SEN SLB SLE SLV
SRB STP SVK SVN SWE SWZ TCD TGO THA TJK TLS TUN TUR TZA UGA UKR URY USA VNM VUT WSM YEM ZAF ZMB ZWE
""".split()

# Nationalities in the fatalities register of the same store that never contributed in 2015-2025.
FATALITIES_ONLY = "ARE ERI GUY IRQ LBN MUS PAN PSE SCG SOM SSD SYR VEN YUG".split()


# --- numbers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n,en,es,fr",
    [
        (1, "one", "un", "un"),
        (2, "two", "dos", "deux"),
        (5, "five", "cinco", "cinq"),
        (8, "eight", "ocho", "huit"),
        (9, "nine", "nueve", "neuf"),
        (10, "10", "10", "10"),
        (38, "38", "38", "38"),
        (270, "270", "270", "270"),
        (1189, "1,189", "1.189", f"1{NNBSP}189"),
        (74892, "74,892", "74.892", f"74{NNBSP}892"),
        (1234567, "1,234,567", "1.234.567", f"1{NNBSP}234{NNBSP}567"),
    ],
)
def test_number(n, en, es, fr):
    assert (number(n, "en"), number(n, "es"), number(n, "fr")) == (en, es, fr)


def test_number_feminine_one():
    assert (number(1, "en", "f"), number(1, "es", "f"), number(1, "fr", "f")) == ("one", "una", "une")
    assert (number(2, "es", "f"), number(2, "fr", "f")) == ("dos", "deux")
    assert number(1189, "es", "f") == "1.189"


def test_number_zero_is_a_word():
    assert (number(0, "en"), number(0, "es"), number(0, "fr")) == ("zero", "cero", "zéro")


@pytest.mark.parametrize("bad", [-1, 2.5, True, "3"])
def test_number_rejects_non_counts(bad):
    with pytest.raises(wording.WordingError):
        number(bad, "en")


def test_unknown_language_and_gender():
    with pytest.raises(wording.WordingError, match="unknown language 'de'"):
        number(3, "de")
    with pytest.raises(wording.WordingError, match="unknown gender"):
        number(3, "es", "n")
    assert issubclass(wording.WordingError, PeacekeepingError)


# --- ordinals ------------------------------------------------------------------------------------------------------

ORDINALS = [1, 2, 3, 11, 12, 13, 21, 22, 23, 48, 101, 111, 112]


def test_ordinal_en():
    assert [ordinal(n, "en") for n in ORDINALS] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "48th",
        "101st",
        "111th",
        "112th",
    ]
    assert ordinal(4, "en") == "4th" and ordinal(1000, "en") == "1000th"


def test_ordinal_es():
    assert [ordinal(n, "es") for n in ORDINALS] == [
        "1.º",
        "2.º",
        "3.º",
        "11.º",
        "12.º",
        "13.º",
        "21.º",
        "22.º",
        "23.º",
        "48.º",
        "101.º",
        "111.º",
        "112.º",
    ]
    assert (ordinal(48, "es", "f"), ordinal(1, "es", "f")) == ("48.ª", "1.ª")


def test_ordinal_fr():
    assert [ordinal(n, "fr") for n in ORDINALS] == [
        "1er",
        "2e",
        "3e",
        "11e",
        "12e",
        "13e",
        "21e",
        "22e",
        "23e",
        "48e",
        "101e",
        "111e",
        "112e",
    ]
    assert (ordinal(1, "fr", "f"), ordinal(48, "fr", "f")) == ("1re", "48e")


def test_ordinal_zero_fails():
    with pytest.raises(wording.WordingError, match="0th"):
        ordinal(0, "en")


# --- nouns ---------------------------------------------------------------------------------------------------------


def test_plural():
    assert [plural(n, "mission", "missions") for n in (0, 1, 2)] == ["missions", "mission", "missions"]
    assert plural(0, "mission", "missions", "fr") == "mission"  # French counts zero as singular
    assert plural(0, "misión", "misiones", "es") == "misiones"


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("en", ["missions", "mission", "missions", "missions"]),
        ("es", ["misiones", "misión", "misiones", "misiones"]),
        ("fr", ["mission", "mission", "missions", "missions"]),
    ],
)
def test_plural_by_the_cldr_rules_for_0_1_2_and_21(lang, forms):
    singular, many = {"en": ("mission", "missions"), "es": ("misión", "misiones"), "fr": ("mission", "missions")}[lang]
    assert [plural(n, singular, many, lang) for n in (0, 1, 2, 21)] == forms
    assert [count_phrase(n, "mission", lang) for n in (1, 2, 21)] == {
        "en": ["one mission", "two missions", "21 missions"],
        "es": ["una misión", "dos misiones", "21 misiones"],
        "fr": ["une mission", "deux missions", "21 missions"],
    }[lang]


@pytest.mark.parametrize(
    "n,key,en,es,fr",
    [
        (5, "mission", "five missions", "cinco misiones", "cinq missions"),
        (1, "mission", "one mission", "una misión", "une mission"),
        (2, "mission", "two missions", "dos misiones", "deux missions"),
        (10, "mission", "10 missions", "10 misiones", "10 missions"),
        (8, "peacekeeper", "eight peacekeepers", "ocho cascos azules", "huit Casques bleus"),
        (1, "peacekeeper", "one peacekeeper", "un casco azul", "un Casque bleu"),
        (1189, "peacekeeper", "1,189 peacekeepers", "1.189 cascos azules", f"1{NNBSP}189 Casques bleus"),
        (
            270,
            "uniformed_personnel",
            "270 uniformed personnel",
            "270 efectivos uniformados",
            "270 membres du personnel en tenue",
        ),
        (
            1,
            "uniformed_personnel",
            "one uniformed personnel",
            "un efectivo uniformado",
            "un membre du personnel en tenue",
        ),
        (38, "woman", "38 women", "38 mujeres", "38 femmes"),
        (1, "woman", "one woman", "una mujer", "une femme"),
        (9, "woman", "nine women", "nueve mujeres", "neuf femmes"),
    ],
)
def test_count_phrase(n, key, en, es, fr):
    assert (count_phrase(n, key, "en"), count_phrase(n, key, "es"), count_phrase(n, key, "fr")) == (en, es, fr)


def test_unknown_noun():
    with pytest.raises(wording.WordingError, match="no wording for noun 'soldier'"):
        count_phrase(3, "soldier", "en")


# --- countries -----------------------------------------------------------------------------------------------------

COUNTRIES = {
    # iso3: (en, es, fr) for country_name, country_with_article, to_country, in_country, from_country, adjective
    "PER": {
        "name": ("Peru", "Perú", "Pérou"),
        "the": ("Peru", "el Perú", "le Pérou"),
        "to": ("to Peru", "al Perú", "au Pérou"),
        "in": ("in Peru", "en el Perú", "au Pérou"),
        "from": ("from Peru", "del Perú", "du Pérou"),
        "adjective": ("Peruvian", "peruanos", "péruviens"),
    },
    "CIV": {
        "name": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d’Ivoire"),
        "the": ("Côte d'Ivoire", "Côte d'Ivoire", "la Côte d’Ivoire"),
        "to": ("to Côte d'Ivoire", "a Côte d'Ivoire", "à la Côte d’Ivoire"),
        "in": ("in Côte d'Ivoire", "en Côte d'Ivoire", "en Côte d’Ivoire"),
        "from": ("from Côte d'Ivoire", "de Côte d'Ivoire", "de Côte d’Ivoire"),
        "adjective": ("Ivorian", "marfileños", "ivoiriens"),
    },
    "TUR": {
        "name": ("Türkiye", "Türkiye", "Türkiye"),
        "the": ("Türkiye", "Türkiye", "la Türkiye"),
        "to": ("to Türkiye", "a Türkiye", "à la Türkiye"),
        "in": ("in Türkiye", "en Türkiye", "en Türkiye"),
        "from": ("from Türkiye", "de Türkiye", "de Türkiye"),
        "adjective": (None, "turcos", "turcs"),
    },
    "IND": {
        "name": ("India", "India", "Inde"),
        "the": ("India", "la India", "l’Inde"),
        "to": ("to India", "a la India", "à l’Inde"),
        "in": ("in India", "en la India", "en Inde"),
        "from": ("from India", "de la India", "d’Inde"),
        "adjective": ("Indian", "indios", "indiens"),
    },
    "NLD": {
        "name": ("Netherlands", "Países Bajos", "Pays-Bas"),
        "the": ("the Netherlands", "los Países Bajos", "les Pays-Bas"),
        "to": ("to the Netherlands", "a los Países Bajos", "aux Pays-Bas"),
        "in": ("in the Netherlands", "en los Países Bajos", "aux Pays-Bas"),
        "from": ("from the Netherlands", "de los Países Bajos", "des Pays-Bas"),
        "adjective": ("Dutch", "neerlandeses", "néerlandais"),
    },
    "USA": {
        "name": ("United States of America", "Estados Unidos de América", "États-Unis d’Amérique"),
        "the": ("the United States of America", "los Estados Unidos de América", "les États-Unis d’Amérique"),
        "to": ("to the United States of America", "a los Estados Unidos de América", "aux États-Unis d’Amérique"),
        "in": ("in the United States of America", "en los Estados Unidos de América", "aux États-Unis d’Amérique"),
        "from": ("from the United States of America", "de los Estados Unidos de América", "des États-Unis d’Amérique"),
        "adjective": ("United States", "estadounidenses", "américains"),
    },
}
FUNCTIONS = {
    "name": country_name,
    "the": country_with_article,
    "to": to_country,
    "in": in_country,
    "from": from_country,
    "adjective": adjective,
}


@pytest.mark.parametrize("iso3,kind", [(c, k) for c in COUNTRIES for k in FUNCTIONS])
def test_country_phrases(iso3, kind):
    assert tuple(FUNCTIONS[kind](iso3, lang) for lang in ("en", "es", "fr")) == COUNTRIES[iso3][kind]


@pytest.mark.parametrize(
    "iso3,en,es,fr",
    [
        ("PER", "eight Peruvian peacekeepers", "ocho cascos azules peruanos", "huit Casques bleus péruviens"),
        ("CIV", "eight Ivorian peacekeepers", "ocho cascos azules marfileños", "huit Casques bleus ivoiriens"),
        ("TUR", "eight peacekeepers from Türkiye", "ocho cascos azules turcos", "huit Casques bleus turcs"),
        ("IND", "eight Indian peacekeepers", "ocho cascos azules indios", "huit Casques bleus indiens"),
        ("NLD", "eight Dutch peacekeepers", "ocho cascos azules neerlandeses", "huit Casques bleus néerlandais"),
        (
            "USA",
            "eight United States peacekeepers",
            "ocho cascos azules estadounidenses",
            "huit Casques bleus américains",
        ),
        (
            "KOR",
            "eight peacekeepers from the Republic of Korea",
            "ocho cascos azules de la República de Corea",
            "huit Casques bleus de la République de Corée",
        ),
        ("COG", "eight peacekeepers from the Congo", "ocho cascos azules del Congo", "huit Casques bleus du Congo"),
    ],
)
def test_nationals(iso3, en, es, fr):
    assert (nationals(iso3, "en", 8), nationals(iso3, "es", 8), nationals(iso3, "fr", 8)) == (en, es, fr)


def test_nationals_singular_and_figures():
    assert nationals("PER", "en", 1) == "one Peruvian peacekeeper"
    assert nationals("PER", "es", 1) == "un casco azul peruano"
    assert nationals("PER", "fr", 1) == "un Casque bleu péruvien"
    assert nationals("TUR", "en", 1) == "one peacekeeper from Türkiye"
    assert nationals("NLD", "es", 1) == "un casco azul neerlandés"
    assert nationals("IND", "en", 1189) == "1,189 Indian peacekeepers"
    assert nationals("IND", "fr", 1189) == f"1{NNBSP}189 Casques bleus indiens"


def test_singular_adjectives():
    assert [adjective("PER", lang, singular=True) for lang in ("en", "es", "fr")] == ["Peruvian", "peruano", "péruvien"]
    assert adjective("KOR", "es", singular=True) is None


def test_french_prepositions():
    assert [to_country(c, "fr") for c in ("FRA", "CUB", "PHL")] == ["à la France", "à Cuba", "aux Philippines"]
    assert [in_country(c, "fr") for c in ("FRA", "CUB", "HTI", "SLV", "LBN", "IRN", "CAF")] == [
        "en France",
        "à Cuba",
        "en Haïti",
        "en El Salvador",
        "au Liban",
        "en Iran (République islamique d’)",
        "en République centrafricaine",
    ]
    assert [from_country(c, "fr") for c in ("HTI", "HUN", "RUS", "PSE", "CAF")] == [
        "d’Haïti",
        "de Hongrie",
        "de la Fédération de Russie",
        "de l’État de Palestine",
        "de la République centrafricaine",
    ]


def test_spanish_article_in_name_does_not_contract():
    assert (to_country("SLV", "es"), from_country("SLV", "es")) == ("a El Salvador", "de El Salvador")
    assert (to_country("LBN", "es"), in_country("LBN", "es")) == ("al Líbano", "en el Líbano")


def test_titles():
    assert f"United Nations thanks {country_with_article('NLD', 'en')}" == "United Nations thanks the Netherlands"
    assert f"Les Nations Unies remercient {country_with_article('PER', 'fr')}" == (
        "Les Nations Unies remercient le Pérou"
    )
    assert f"Las Naciones Unidas agradecen {to_country('PER', 'es')}" == "Las Naciones Unidas agradecen al Perú"


def test_possessive():
    assert [possessive(c) for c in ("PER", "TUR", "NLD", "PHL")] == [
        "Peru's",
        "Türkiye's",
        "the Netherlands'",
        "the Philippines'",
    ]
    with pytest.raises(wording.WordingError, match="English only"):
        possessive("PER", "fr")


def test_iso3_is_case_insensitive():
    assert country_name("per", "es") == "Perú"


def test_unknown_iso3_names_the_table():
    with pytest.raises(wording.WordingError, match=r"'XKX' in harmonize/data/country_names\.csv"):
        nationals("XKX", "en", 3)
    with pytest.raises(wording.WordingError, match="XKX"):
        adjective("XKX", "fr")


def test_every_contributor_has_an_entry():
    missing = sorted(set(CONTRIBUTORS + FATALITIES_ONLY) - country_names.known_iso3())
    assert missing == [], f"add reviewed rows to {country_names.TABLE} for {missing}"
    assert len(CONTRIBUTORS) == 150


@pytest.mark.parametrize("iso3", CONTRIBUTORS + FATALITIES_ONLY)
def test_every_entry_words_in_all_languages(iso3):
    for lang in wording.LANGS:
        assert nationals(iso3, lang, 3).startswith(number(3, lang))
        assert country_with_article(iso3, lang).endswith(country_name(iso3, lang))


def test_english_names_match_countries_csv():
    differ = {
        iso3: (country_name(iso3, "en"), countries.by_iso3(iso3).name)
        for iso3 in country_names.known_iso3()
        if country_name(iso3, "en") != countries.by_iso3(iso3).name
    }
    assert differ == {}


@pytest.mark.parametrize(
    ("iso3", "the", "in_"),
    [
        ("SEN", "le Sénégal", "au Sénégal"),
        ("TCD", "le Tchad", "au Tchad"),
        ("NPL", "le Népal", "au Népal"),
        ("BGD", "le Bangladesh", "au Bangladesh"),
        ("GHA", "le Ghana", "au Ghana"),
        ("RWA", "le Rwanda", "au Rwanda"),
        ("MAR", "le Maroc", "au Maroc"),
        ("COD", "la République démocratique du Congo", "en République démocratique du Congo"),
        ("KOR", "la République de Corée", "en République de Corée"),
        ("JOR", "la Jordanie", "en Jordanie"),
        ("ESP", "l’Espagne", "en Espagne"),
        ("EGY", "l’Égypte", "en Égypte"),
        ("URY", "l’Uruguay", "en Uruguay"),
        ("IDN", "l’Indonésie", "en Indonésie"),
    ],
)
def test_french_articles_of_contributors(iso3, the, in_):
    assert (country_with_article(iso3, "fr"), in_country(iso3, "fr")) == (the, in_)


def test_french_names_take_the_typographic_apostrophe():
    french = [country_with_article(iso3, "fr") for iso3 in country_names.known_iso3()]
    assert [n for n in french if "'" in n] == []
    assert [of_country(c, "fr") for c in ("CIV", "GBR")] == [
        "de la Côte d’Ivoire",
        "du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    ]
    assert (country_name("CIV", "es"), country_name("CIV", "en")) == ("Côte d'Ivoire", "Côte d'Ivoire")


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date,en,es,fr",
    [
        (dt.date(2022, 10, 12), "12 October 2022", "12 de octubre de 2022", "12 octobre 2022"),
        (dt.date(2023, 5, 29), "29 May 2023", "29 de mayo de 2023", "29 mai 2023"),
        (dt.date(2024, 2, 1), "1 February 2024", "1 de febrero de 2024", "1er février 2024"),
        (dt.date(2015, 8, 3), "3 August 2015", "3 de agosto de 2015", "3 août 2015"),
    ],
)
def test_long_date(date, en, es, fr):
    assert (long_date(date, "en"), long_date(date, "es"), long_date(date, "fr")) == (en, es, fr)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, ("zero countries", "cero países", "zéro pays")),
        (1, ("one country", "un país", "un pays")),
        (2, ("two countries", "dos países", "deux pays")),
        (21, ("21 countries", "21 países", "21 pays")),
    ],
)
def test_country_counts(n, expected):
    assert tuple(wording.count_phrase(n, "country", lang) for lang in ("en", "es", "fr")) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "We thank Peru.", "“We thank Peru,”"),
        ("en", "Do we thank Peru?", "“Do we thank Peru?”"),
        ("en", '"Already quoted."', "“Already quoted,”"),
        ("es", "Agradecemos al Perú.", "«Agradecemos al Perú»,"),
        ("es", "¿Lo agradecemos?", "«¿Lo agradecemos?»,"),
        ("fr", "Nous remercions le Pérou.", "«\u202fNous remercions le Pérou\u202f»,"),
        ("fr", "Le remercions-nous ?", "«\u202fLe remercions-nous\u202f?\u202f»,"),
        ("fr", "Merci : vraiment!", "«\u202fMerci\u202f: vraiment\u202f!\u202f»,"),
    ],
)
def test_quotations_follow_each_languages_rules(lang, text, expected):
    assert wording.quotation(text, lang) == expected
