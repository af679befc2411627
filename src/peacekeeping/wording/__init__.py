"""UN-style wording for release drafts in English, Spanish and French: numbers, ordinals, nouns, countries, dates.

Every function is pure and takes the language as "en", "es" or "fr". The rules:

* Numbers (`number`): one to nine (and zero) in words, 10 and above in figures, as the UN editorial
  manuals prescribe. Words come from num2words; Spanish and French "one" agrees with the noun it
  counts ("un casco azul", "una misión", "une mission"): the word is always the form written before
  a noun, so Spanish 1 is "un", not "uno". Figures are grouped with Babel's `format_decimal`:
  en "1,189", es "1.189" (a point, as UN Spanish press texts write "4.300 cascos azules"; Babel
  groups four-digit numbers too), fr "1 189" with U+202F NARROW NO-BREAK SPACE (the French
  typographic separator; it never breaks across lines).
* Ordinals (`ordinal`) are always figures: "48th", "48.º"/"48.ª", "48e" ("1er"/"1re").
* Nouns (`count_phrase`): en peacekeepers / es "cascos azules" / fr "Casques bleus" (the terms UN News
  and UN information centres use; Spanish lower case, French capitalized); uniformed personnel is
  en "uniformed personnel" (uncountable: "one uniformed personnel" too), es "efectivos uniformados",
  fr "membres du personnel en tenue".
* Countries: names, articles and adjectives come from harmonize/country_names.py (a reviewed table). An
  empty adjective means the UN does not use one for that country: phrases then say "peacekeepers from Türkiye",
  "cascos azules de la República de Corea", "Casques bleus de la République de Corée".
* Country phrases: `country_with_article` for subjects and direct objects (en title "United Nations thanks
  the Netherlands", fr title "Les Nations Unies remercient le Pérou"); `to_country` for the indirect object
  (es title "Las Naciones Unidas agradecen al Perú"); `in_country` for places ("au Liban", "en Inde");
  `from_country` for origin; `possessive` for English "Peru's". Articles come back in lower case: capitalize
  at the start of a sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from num2words import num2words

from ..harmonize.country_names import LANGS, WordingError, adjective, names_of
from ..harmonize.country_names import article as _reviewed
from ..harmonize.country_names import check_lang as _lang

__all__ = [
    "LANGS",
    "WordingError",
    "count_phrase",
    "country_name",
    "country_with_article",
    "de",
    "from_country",
    "in_country",
    "is_plural",
    "long_date",
    "long_month",
    "nationals",
    "noun",
    "of_country",
    "number",
    "ordinal",
    "plural",
    "possessive",
    "quotation",
    "to_country",
]


def _gender(gender: str) -> str:
    """The grammatical gender, checked: 'm' or 'f'."""
    if gender not in ("m", "f"):
        raise WordingError(f"unknown gender {gender!r}: choose 'm' or 'f'")
    return gender


def _count(n: int) -> int:
    """A count, checked: a non-negative int."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise WordingError(f"cannot word {n!r}: a count is a whole number, zero or more")
    return n


# --- numbers -------------------------------------------------------------------------------------------------------

_ONE = {
    ("en", "m"): "one",
    ("en", "f"): "one",
    ("es", "m"): "un",
    ("es", "f"): "una",
    ("fr", "m"): "un",
    ("fr", "f"): "une",
}


@lru_cache(maxsize=4096, typed=True)  # Babel's formatting is most of the time of a month's news
def number(n: int, lang: str, gender: str = "m") -> str:
    """A count in UN style, written before its noun: 0-9 in words ("five", "una", "une"), 10+ in figures ("1,189")."""
    n, lang, gender = _count(n), _lang(lang), _gender(gender)
    if n == 1:
        return _ONE[(lang, gender)]
    if n < 10:
        return num2words(n, lang=lang)
    return figure(n, lang)


def figure(n: int, lang: str) -> str:
    """A count in figures, grouped as `lang` groups them: "1,189", "1.189", "1 189"."""
    return format_decimal(n, locale=_lang(lang))


def ordinal(n: int, lang: str, gender: str = "m") -> str:
    """An ordinal in figures: en "1st", "22nd", "111th"; es "48.º", "48.ª" (feminine); fr "1er", "1re", "48e"."""
    n, lang, gender = _count(n), _lang(lang), _gender(gender)
    if n == 0:
        raise WordingError("there is no 0th: ordinals start at 1")
    if lang == "en":
        suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if lang == "es":
        return f"{n}.{'º' if gender == 'm' else 'ª'}"
    if n == 1:
        return "1er" if gender == "m" else "1re"
    return f"{n}e"


def plural(n: int, singular: str, plural: str, lang: str = "en") -> str:
    """The noun form for n by the language's CLDR plural rule (Babel): singular for the "one" category (1; in French
    0 and 1), else plural ("21 missions"; French "many", for millions, is a plural too)."""
    return singular if _plural_category(_count(n), _lang(lang)) == "one" else plural


@lru_cache(maxsize=1024)
def _plural_category(n: int, lang: str) -> str:
    return Locale.parse(lang).plural_form(n)


@dataclass(frozen=True, slots=True)
class Noun:
    """A countable noun in one language: its two forms and its grammatical gender."""

    singular: str
    plural: str
    gender: str = "m"


NOUNS: dict[str, dict[str, Noun]] = {
    "mission": {
        "en": Noun("mission", "missions"),
        "es": Noun("misión", "misiones", "f"),
        "fr": Noun("mission", "missions", "f"),
    },
    "peacekeeper": {
        "en": Noun("peacekeeper", "peacekeepers"),
        "es": Noun("casco azul", "cascos azules"),
        "fr": Noun("Casque bleu", "Casques bleus"),
    },
    "uniformed_personnel": {
        "en": Noun("uniformed personnel", "uniformed personnel"),
        "es": Noun("efectivo uniformado", "efectivos uniformados"),
        "fr": Noun("membre du personnel en tenue", "membres du personnel en tenue"),
    },
    "country": {"en": Noun("country", "countries"), "es": Noun("país", "países"), "fr": Noun("pays", "pays")},
    "woman": {"en": Noun("woman", "women"), "es": Noun("mujer", "mujeres", "f"), "fr": Noun("femme", "femmes", "f")},
}


def noun(noun_key: str, lang: str) -> Noun:
    """The reviewed noun for a key of NOUNS ("mission", "peacekeeper", "uniformed_personnel", "country", "woman")."""
    try:
        return NOUNS[noun_key][_lang(lang)]
    except KeyError:
        raise WordingError(f"no wording for noun {noun_key!r}: choose {', '.join(NOUNS)}") from None


def count_phrase(n: int, noun_key: str, lang: str) -> str:
    """A count with its noun, in agreement: "five missions", "una misión", "270 efectivos uniformados"."""
    word = noun(noun_key, lang)
    return f"{number(n, lang, word.gender)} {plural(n, word.singular, word.plural, lang)}"


def de(words: str, lang: str) -> str:
    """ "of" before words that are no country (a month, a count): es "de abril", fr "de juin", "d’avril", "d’un pays"
    (French elides before a vowel; countries take `of_country`)."""
    if _lang(lang) == "fr" and words[:1].lower() in "aeiouyàâéèêîïôû":
        return f"d’{words}"
    return f"of {words}" if lang == "en" else f"de {words}"


# --- countries -----------------------------------------------------------------------------------------------------


def _article(iso3: str, lang: str) -> tuple[str, str]:
    """The (article, name) of a country as `lang` writes them: French with the typographic apostrophe of the UN's
    French ("l’", "Côte d’Ivoire"; the reviewed table types "'")."""
    article, name = _reviewed(iso3, lang)
    return (article.replace("'", "’"), name.replace("'", "’")) if lang == "fr" else (article, name)


def country_name(iso3: str, lang: str) -> str:
    """The UN short name without article, as `lang` writes it: "Peru", "Perú", "Pérou", "Côte d’Ivoire"."""
    return _article(iso3, lang)[1]


def country_with_article(iso3: str, lang: str) -> str:
    """The name as subject or object, lower-case article: "the Netherlands", "el Perú", "le Pérou", "l’Inde", "Cuba"."""
    article, name = _article(iso3, lang)
    if not article:
        return name
    return f"{article}{name}" if article == "l’" else f"{article} {name}"


# Personnel types (harmonize/personnel.py CATEGORIES) as written mid-sentence (en, es, fr).
TYPES = {
    "Troops": ("troops", "tropas", "troupes"),
    "Staff Officer": ("staff officers", "oficiales de Estado Mayor", "officiers d’état-major"),
    "Experts on Mission": ("experts on mission", "expertos en misión", "experts en mission"),
    "Formed Police Units": ("formed police units", "unidades de policía constituidas", "unités de police constituées"),
    "Individual Police": ("individual police", "agentes de policía", "policiers hors unités constituées"),
}


def personnel_type(ptype: str, lang: str) -> str:
    """A personnel type as written mid-sentence in `lang`: "troops", "oficiales de Estado Mayor", "troupes"."""
    return TYPES[ptype][LANGS.index(_lang(lang))] if ptype in TYPES else ptype


def is_plural(iso3: str, lang: str) -> bool:
    """Whether the name takes a plural verb in `lang`: "les Fidji fournissent", "los Países Bajos aportan" (English
    treats every country as singular: "the Philippines provides")."""
    return _article(iso3, lang)[0] in ("les", "los", "las")


def to_country(iso3: str, lang: str) -> str:
    """The indirect object, as in es "agradecen al Perú": "to Peru", "a la India", "au Pérou", "à la France"."""
    article, name = _article(iso3, lang)
    if lang == "en":
        return f"to {country_with_article(iso3, lang)}"
    if lang == "es":
        return {"el": f"al {name}", "": f"a {name}"}.get(article, f"a {article} {name}")
    return {"le": f"au {name}", "les": f"aux {name}", "l’": f"à l’{name}", "": f"à {name}"}.get(
        article, f"à {article} {name}"
    )


def in_country(iso3: str, lang: str) -> str:
    """The place ("in", "deployed to"): "in the Sudan", "en el Líbano", "au Liban", "en Inde", "en Haïti"."""
    article, name = _article(iso3, lang)
    if lang == "en":
        return f"in {country_with_article(iso3, lang)}"
    if lang == "es":
        return f"en {country_with_article(iso3, lang)}"
    if article == "le":
        return f"au {name}"
    if article == "les":
        return f"aux {name}"
    if article in ("la", "l’"):
        return f"en {name}"
    return f"{names_of(iso3).fr_in or 'à'} {name}"


# French names that keep their article after "de" even when feminine: "de la République de Corée" but "de France".
_FR_KEEP_ARTICLE = ("République", "Fédération", "État")
_FR_ELIDE = tuple("AEIOUYÉÈÊÎÏÔÛ") + ("Haïti",)  # "d’Inde", "d’Haïti"; not "Hongrie" (aspirated h)


def from_country(iso3: str, lang: str) -> str:
    """The origin ("from"): "from Türkiye", "del Congo", "de la República de Corea", "de France", "d’Haïti"."""
    article, name = _article(iso3, lang)
    if lang == "en":
        return f"from {country_with_article(iso3, lang)}"
    if lang == "es":
        return {"el": f"del {name}", "": f"de {name}"}.get(article, f"de {article} {name}")
    if article == "le":
        return f"du {name}"
    if article == "les":
        return f"des {name}"
    if article and name.startswith(_FR_KEEP_ARTICLE):
        return f"de {article}{name}" if article == "l’" else f"de {article} {name}"
    return f"d’{name}" if name.startswith(_FR_ELIDE) else f"de {name}"


def of_country(iso3: str, lang: str) -> str:
    """The owner ("the contribution of"): "of Peru", "del Perú", "du Pérou", "de la Côte d’Ivoire", "de l’Inde",
    "des Fidji", "d’Haïti". French keeps the article of a feminine name here ("la contribution de la Mauritanie", as
    the UN writes), where the origin drops it ("ressortissants de Côte d’Ivoire", `from_country`)."""
    article, name = _article(iso3, lang)
    if lang == "en":
        return f"of {country_with_article(iso3, lang)}"
    if lang == "es" or article in ("le", "les", ""):
        return from_country(iso3, lang)
    return f"de l’{name}" if article == "l’" else f"de {article} {name}"


def possessive(iso3: str, lang: str = "en") -> str:
    """English only: the name with 's ("Peru's", "Türkiye's", "the Netherlands'"); es/fr use `from_country`."""
    if _lang(lang) != "en":
        raise WordingError(f"possessive is English only; in {lang!r} write the owner with from_country")
    name = country_with_article(iso3, lang)
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def nationals(iso3: str, lang: str, n: int) -> str:
    """N peacekeepers of a nationality: "eight Peruvian peacekeepers", "ocho cascos azules peruanos"."""
    word = noun("peacekeeper", lang)
    count = number(n, lang, word.gender)
    head = plural(n, word.singular, word.plural, lang)
    adj = adjective(iso3, lang, singular=head == word.singular)
    if lang == "en":
        return f"{count} {adj} {head}" if adj else f"{count} {head} {from_country(iso3, lang)}"
    return f"{count} {head} {adj or from_country(iso3, lang)}"


# --- quotations ---------------------------------------------------------------------------------------------------

_NNBSP = "\u202f"  # French: a narrow no-break space inside guillemets and before ? ! ; :


def quotation(text: str, lang: str) -> str:
    """A quote as the UN's releases open an attributed sentence, its punctuation included: en “…,” (the comma inside;
    “…?” keeps its mark), es «…», (comillas latinas, the comma after them), fr « … », (narrow no-break spaces inside
    the guillemets and before ? ! ; :). A final full stop goes: the attribution ends the sentence."""
    lang = _lang(lang)
    body = " ".join(text.split()).strip('"“”«»\u00a0\u202f ')
    body = body[:-1].rstrip() if body.endswith(".") and not body.endswith("...") else body
    ends = body[-1:] in ("?", "!", "…")
    if lang == "en":
        return f"“{body}”" if ends else f"“{body},”"
    if lang == "es":
        return f"«{body}»,"
    for mark in ("?", "!", ";", ":"):
        body = body.replace(f" {mark}", mark).replace(mark, f"{_NNBSP}{mark}")
    return f"«{_NNBSP}{body}{_NNBSP}»,"


# --- dates ---------------------------------------------------------------------------------------------------------

_DATE_PATTERNS = {"en": "d MMMM y", "es": "d 'de' MMMM 'de' y", "fr": "d MMMM y"}


def long_date(date: dt.date, lang: str) -> str:
    """A date in UN style via Babel: "12 October 2022", "12 de octubre de 2022", "12 octobre 2022" ("1er octobre")."""
    text = format_date(date, _DATE_PATTERNS[_lang(lang)], locale=lang)
    if lang == "fr" and date.day == 1:
        text = "1er" + text[1:]
    return text


_MONTH_PATTERNS = {"en": "MMMM y", "es": "MMMM 'de' y", "fr": "MMMM y"}


@lru_cache(maxsize=1024)
def long_month(key: str, lang: str) -> str:
    """'2022-06' -> 'June 2022', 'junio de 2022', 'juin 2022' (lower case mid-sentence)."""
    return format_date(dt.date(int(key[:4]), int(key[5:7]), 1), _MONTH_PATTERNS[_lang(lang)], locale=lang)
