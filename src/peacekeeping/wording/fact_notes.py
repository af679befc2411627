"""The notes the facts write beside their figures (a rank that may be off, a breakdown a report lacks, IPI's months),
in Spanish and French.

The facts give these notes in English (the API's `text`). Each has one shape, written in facts/ (profile.py,
rankings.py, missions.py) or ingest/ipi_months.py; `say` reads the shape back (names, figures, dates) and writes the
note in the reader's language. A note of no known shape stays English, said to be English (editor_notes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..harmonize.country_names import WordingError
from . import (
    count_phrase,
    country_with_article,
    de,
    from_country,
    is_plural,
    long_date,
    long_month,
    number,
    of_country,
    ordinal,
)
from .flag_notes import iso3_of, known_names, name

__all__ = ["IPI_SOURCE", "say"]

_NBSP = "\u00a0"
# The name IPI's dataset goes by (sources/ipi.py SOURCE), and its words in Spanish and French.
IPI_SOURCE = {
    "en": "International Peace Institute, Providing for Peacekeeping (research dataset from the UN's monthly reports)",
    "es": "International Peace Institute, Providing for Peacekeeping (conjunto de datos de investigación basado en "
    "los informes mensuales de la ONU)",
    "fr": "International Peace Institute, Providing for Peacekeeping (jeu de données de recherche tiré des rapports "
    "mensuels de l’ONU)",
}
_AND = {"es": " y ", "fr": " et "}


def _iso3s(text: str) -> list[str] | None:
    """The countries of an English list ("Chile", "Fiji and Papua New Guinea", "Chile, Nepal"), else None."""
    for known, iso3 in known_names():
        if not text.startswith(known):
            continue
        rest = text[len(known) :]
        if not rest:
            return [iso3]
        sep = ", " if rest.startswith(", ") else " and " if rest.startswith(" and ") else None
        if sep and (others := _iso3s(rest[len(sep) :])):
            return [iso3, *others]
    return None


def _english(iso3: str) -> str:
    return name(iso3, "en")


def _listed(words: list[str], lang: str) -> str:
    """A list in running text: "A, B y C", "A, B et C"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + _AND[lang] + words[-1]


def _of_each(iso3s: list[str], lang: str) -> str:
    """Whose, for each country: "del Perú y de Chile", "du Pérou et du Chili"."""
    return _listed([_owner(c, lang) for c in iso3s], lang)


def _owner(iso3: str, lang: str) -> str:
    try:
        return from_country(iso3, lang) if lang == "es" else of_country(iso3, lang)
    except WordingError:
        return f"de {_english(iso3)}"


def _with_article(iso3: str, lang: str) -> str:
    try:
        return country_with_article(iso3, lang)
    except WordingError:
        return _english(iso3)


def _day(text: str, lang: str) -> str:
    """An English date ("30 June 2022", as facts write it) in `lang`."""
    return long_date(dt.datetime.strptime(text, "%d %B %Y").date(), lang)


def _month(text: str, lang: str) -> str:
    """An English month ("June 2022") in `lang`."""
    return long_month(dt.datetime.strptime(text, "%B %Y").strftime("%Y-%m"), lang)


def _rank_off(g: dict, lang: str) -> str | None:
    iso3s = _iso3s(g["names"])
    if iso3s is None:
        return None
    n = int(g["n"])
    alone = ("uno" if lang == "es" else "un") if n == 1 else number(n, lang)
    return {
        "es": f"El puesto puede desviarse hasta en {alone}: se retienen las cifras {_of_each(iso3s, lang)}.",
        "fr": f"Le rang peut s’écarter {'d’un' if n == 1 else f'de {alone}'} au plus{_NBSP}: les chiffres "
        f"{_of_each(iso3s, lang)} sont retenus.",
    }[lang]


def _places_off(g: dict, lang: str) -> str | None:
    iso3 = iso3_of(g["country"])
    if iso3 is None:
        return None
    n, first, last = int(g["n"]), ordinal(int(g["a"]), lang), ordinal(int(g["b"]), lang)
    places = count_phrase(n, "country", lang)
    return {
        "es": f"La cifra {_owner(iso3, lang)} se retiene, por lo que los puestos de {places}, del {first} al {last}, "
        "pueden desviarse en uno.",
        "fr": f"Le chiffre {_owner(iso3, lang)} est retenu{_NBSP}: les rangs {de(places, lang)}, du {first} au {last}, "
        "peuvent s’écarter d’une place.",
    }[lang]


def _no_women(g: dict, lang: str) -> str | None:
    iso3s = _iso3s(g["names"])
    if iso3s is None:
        return None
    n, names = int(g["n"]), _listed([name(c, lang) for c in iso3s], lang)
    if lang == "es":
        one = n == 1
        who = f"{number(n, lang)} {'contribuyente no despliega' if one else 'contribuyentes no despliegan'}"
        return (
            f"Este mes, {who} mujeres ({names}): {'figura' if one else 'figuran'} al final de la lista, sin "
            "clasificar por número de mujeres."
        )
    one = n < 2
    who = f"{number(n, lang)} {'contributeur ne déploie' if one else 'contributeurs ne déploient'}"
    return (
        f"Ce mois-ci, {who} aucune femme ({names}){_NBSP}: {'il figure' if one else 'ils figurent'} en fin de liste, "
        f"sans être {'classé' if one else 'classés'} selon le nombre de femmes."
    )


def _idle(g: dict, lang: str) -> str | None:
    iso3s = _iso3s(g["names"])
    if iso3s is None:
        return None
    names = _listed([_with_article(c, lang) for c in iso3s], lang)
    many = len(iso3s) > 1
    if lang == "es":
        verb = "figuran" if many or is_plural(iso3s[0], lang) else "figura"
        them = "estos países no son contribuyentes" if many else "este país no es contribuyente"
        return (
            f"En el informe {verb} también {names} sin personal uniformado: {them} este mes, por lo que no "
            f"{'están' if many else 'está'} en esta lista (la clasificación de la propia ONU {'los' if many else 'lo'} "
            "sitúa en último lugar)."
        )
    them = "ces pays ne sont pas contributeurs" if many else "ce pays n’est pas contributeur"
    return (
        f"Le rapport mentionne aussi {names} sans personnel en tenue{_NBSP}: {them} ce mois-ci et "
        f"{'ne figurent' if many else 'ne figure'} donc pas dans cette liste (le classement de l’ONU elle-même "
        f"{'les' if many else 'le'} place en dernier)."
    )


_LACKS = {
    "has no breakdown by mission": {
        "es": ("no tiene desglose por misión", "los meses más cercanos que lo tienen"),
        "fr": ("ne comporte pas de ventilation par mission", "les mois les plus proches qui en ont une"),
    },
    "does not split personnel by sex": {
        "es": ("no desglosa el personal por sexo", "los meses más cercanos que lo hacen"),
        "fr": ("ne ventile pas le personnel par sexe", "les mois les plus proches qui le font"),
    },
}


def _absent(g: dict, lang: str) -> str:
    what, nearest = _LACKS[g["what"]][lang]
    months = g["months"] and _listed([long_month(m, lang) for m in g["months"].split(", ")], lang)
    if lang == "es":
        return f"El informe del {_day(g['date'], lang)} {what}" + (f"; {nearest}: {months}." if months else ".")
    return f"Le rapport du {_day(g['date'], lang)} {what}" + (f"\u202f; {nearest}{_NBSP}: {months}." if months else ".")


def _ipi_mission(g: dict, lang: str) -> str:
    lines = g["lines"]
    many = "," in lines
    if lang == "es":
        return (
            f"El IPI da los efectivos de la misión {g['code']} al {_day(g['date'], lang)} solo por tipo de personal "
            f"({g['file']}, {'líneas' if many else 'línea'} {lines}): no qué países los aportaron ni cuántas eran "
            "mujeres."
        )
    return (
        f"L’IPI donne l’effectif de la mission {g['code']} au {_day(g['date'], lang)} par type de personnel "
        f"seulement ({g['file']}, {'lignes' if many else 'ligne'} {lines}){_NBSP}: ni les pays qui l’ont fourni, "
        "ni le nombre de femmes."
    )


def _ipi_month(g: dict, lang: str) -> str | None:
    if g["source"] != IPI_SOURCE["en"]:
        return None
    month = _month(g["month"], lang)
    if lang == "es":
        text = (
            f"Las cifras de {month} son del IPI: {IPI_SOURCE[lang]}, no un conjunto de datos oficial de la ONU; "
            "ningún informe de la ONU ni ningún mes del Data Hub cubre ese mes en esta base de datos."
        )
        files = (
            " Los archivos por país del IPI no desglosan por misión ni por sexo; su categoría «Police» cuenta a "
            "toda la policía (también las unidades de policía constituidas) y, en los años noventa, «Experts» son "
            "observadores militares."
        )
    else:
        text = (
            f"Les chiffres {de(month, lang)} sont ceux de l’IPI{_NBSP}: {IPI_SOURCE[lang]}, et non un jeu de données "
            "officiel de l’ONU\u202f; aucun rapport de l’ONU ni aucun mois du Data Hub ne couvre ce mois dans cette "
            "base de données."
        )
        files = (
            " Les fichiers par pays de l’IPI ne ventilent ni par mission ni par sexe\u202f; leur catégorie "
            "«\u202fPolice\u202f» compte toute la police (unités de police constituées comprises) et, dans les "
            "années 1990, les «\u202fExperts\u202f» sont des observateurs militaires."
        )
    return text + (files if g["files"] else "")


_DATE = r"\d{1,2} [A-Z][a-z]+ \d{4}"
_ORD = r"(?:st|nd|rd|th)"
_SHAPES: list[tuple[re.Pattern, Callable[[dict, str], str | None]]] = [
    (re.compile(r"The rank may be off by up to (?P<n>\d+): the figures of (?P<names>.+) are withheld\."), _rank_off),
    (
        re.compile(
            rf"(?P<country>.+)'s figure is withheld, so the places of (?P<n>\d+) (?:country|countries) from "
            rf"(?P<a>\d+){_ORD} to (?P<b>\d+){_ORD} may be off by one\."
        ),
        _places_off,
    ),
    (
        re.compile(
            r"(?P<n>\d+) (?:contributor deploys|contributors deploy) no women this month \((?P<names>.+)\): listed "
            r"last, not ranked by women\."
        ),
        _no_women,
    ),
    (
        re.compile(
            r"The report also lists (?P<names>.+) with no uniformed personnel: (?:not a contributor|not "
            r"contributors) this month, so not in this list \(the UN's own ranking puts (?:it|them) last\)\."
        ),
        _idle,
    ),
    (
        re.compile(
            rf"The report of (?P<date>{_DATE}) (?P<what>has no breakdown by mission|does not split personnel by "
            r"sex)(?:; the nearest months that do: (?P<months>\d{4}-\d{2}(?:, \d{4}-\d{2})*))?\."
        ),
        _absent,
    ),
    (
        re.compile(
            rf"IPI gives (?P<code>[A-Z0-9/-]+)'s strength on (?P<date>{_DATE}) by personnel type only "
            r"\((?P<file>.+), lines? (?P<lines>\d+(?:, \d+)*)\): not which countries contributed it, nor how many "
            r"were women\."
        ),
        _ipi_mission,
    ),
    (
        re.compile(
            r"The figures of (?P<month>[A-Z][a-z]+ \d{4}) are IPI's: (?P<source>.+), not an official UN dataset; no "
            r"report of the UN's and no Data Hub month covers it in this store\.(?P<files> IPI's country files give "
            r"no breakdown by mission or sex; their 'Police' counts all police \(formed police units too\) and, in "
            r"the 1990s, 'Experts' are military observers\.)?"
        ),
        _ipi_month,
    ),
]


def say(text: str, lang: str) -> str | None:
    """A note the facts wrote in English, in `lang` ("es" or "fr"); None when it has no known shape."""
    if lang == "en":
        return text
    for shape, write in _SHAPES:
        if found := shape.fullmatch(text):
            return write(found.groupdict(), lang)
    return None
