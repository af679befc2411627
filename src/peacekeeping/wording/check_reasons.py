"""The checker's reasons for a verdict that come from the data or the history tables (check/data.py,
check/history.py), in English, Spanish and French: check_notes.said writes them by these keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..harmonize.country_names import WordingError
from . import country_with_article, from_country, long_date, long_month, of_country

__all__ = ["REASONS", "day", "month"]

_NBSP, _NNBSP = "\u00a0", "\u202f"


def month(key: str, lang: str) -> str:
    """'2022-06' as `lang` writes it mid-sentence (English: as is)."""
    return key if lang == "en" else long_month(key, lang)


def day(iso: str, lang: str) -> str:
    """An ISO day as `lang` writes it (English: as is)."""
    return iso if lang == "en" else long_date(dt.date.fromisoformat(iso[:10]), lang)


def _owner(iso3: str, lang: str) -> str:
    """Whose: "del Perú", "du Pérou" (else "de" and the code)."""
    try:
        return from_country(iso3, lang) if lang == "es" else of_country(iso3, lang)
    except WordingError:
        return f"de {iso3}"


# What a first deployment was (harmonize/milestones.py DEPLOYED), in Spanish and French.
_DEPLOYED = {
    "troops": {"es": "tropas", "fr": "des troupes"},
    "military_observers": {"es": "observadores militares", "fr": "des observateurs militaires"},
    "medical": {"es": "personal médico", "fr": "du personnel médical"},
    "officers": {"es": "oficiales", "fr": "des officiers"},
    "engineers": {"es": "ingenieros", "fr": "des ingénieurs"},
    "deminers": {"es": "desminadores", "fr": "des démineurs"},
    "police": {"es": "policía", "fr": "des policiers"},
}


def _first(v: dict, lang: str) -> str:
    """What a country first deployed, and when: "UNEF in 1956", "el Líbano en 1958 o 1960 (…)"."""
    what = v["what"]
    if lang != "en":
        try:
            what = country_with_article(what, lang) if len(what) == 3 and what.isupper() else what
        except WordingError:
            pass
        what = _DEPLOYED.get(what, {}).get(lang, what)
    joins = {
        "en": ("in", "or", "its sources disagree on the year"),
        "es": ("en", "o", "sus fuentes discrepan sobre el año"),
        "fr": ("en", "ou", "ses sources divergent sur l’année"),
    }[lang]
    said = f"{what} {joins[0]} {v['year']}"
    return f"{said} {joins[1]} {v['disputed']} ({joins[2]})" if v["disputed"] else said


def _where(v: dict, lang: str) -> str:
    """The reviewed table's line and its publisher."""
    line = {"en": "line", "es": "línea", "fr": "ligne"}[lang]
    return f"{v['table']}, {line} {v['line']} ({v['publisher']})"


REASONS: dict[str, Callable[[dict, str], str]] = {
    "no_missions": lambda v, lang: {
        "en": "not checkable in this report: it has no breakdown by mission",
        "es": "no verificable en este informe: no tiene desglose por misión",
        "fr": f"non vérifiable dans ce rapport{_NBSP}: il ne ventile pas le personnel par mission",
    }[lang],
    "no_sexes": lambda v, lang: {
        "en": "not checkable in this report: it does not split personnel by sex",
        "es": "no verificable en este informe: no desglosa el personal por sexo",
        "fr": f"non vérifiable dans ce rapport{_NBSP}: il ne ventile pas le personnel par sexe",
    }[lang],
    "no_such_figure": lambda v, lang: {
        "en": "the data holds no such figure",
        "es": "los datos no contienen esa cifra",
        "fr": "les données ne contiennent pas ce chiffre",
    }[lang],
    "rank_in_group": lambda v, lang: {
        "en": "a rank among a group of contributors: the data ranks all contributors only",
        "es": "un puesto dentro de un grupo de contribuyentes: los datos solo clasifican al conjunto de los "
        "contribuyentes",
        "fr": f"un rang au sein d’un groupe de contributeurs{_NBSP}: les données ne classent que l’ensemble des "
        "contributeurs",
    }[lang],
    "no_country": lambda v, lang: {
        "en": "ambiguous: no country named",
        "es": "ambiguo: no se nombra ningún país",
        "fr": f"ambigu{_NBSP}: aucun pays n’est nommé",
    }[lang],
    "civilians_too": lambda v, lang: {
        "en": "the figure counts civilian staff too: the reports count uniformed personnel only",
        "es": "la cifra cuenta también al personal civil: los informes solo cuentan al personal uniformado",
        "fr": f"le chiffre compte aussi le personnel civil{_NBSP}: les rapports ne comptent que le personnel en tenue",
    }[lang],
    "not_ranked": lambda v, lang: {
        "en": "the report does not rank it: it lists no personnel",
        "es": "el informe no le asigna ningún puesto: no indica personal",
        "fr": f"le rapport ne le classe pas{_NBSP}: il n’indique aucun personnel",
    }[lang],
    "no_mission_there": lambda v, lang: {
        "en": f"ambiguous: no mission of {v['iso3']} in the place named that month",
        "es": f"ambiguo: ninguna misión {_owner(v['iso3'], lang)} en el lugar nombrado ese mes",
        "fr": f"ambigu{_NBSP}: aucune mission {_owner(v['iso3'], lang)} à l’endroit nommé ce mois-là",
    }[lang],
    "no_register": lambda v, lang: {
        "en": "no fatalities register in the store",
        "es": "no hay ningún registro de víctimas mortales en la base de datos",
        "fr": "aucun registre des victimes dans la base de données",
    }[lang],
    "first_unlisted": lambda v, lang: {
        "en": "history (a first deployment): the reports give each month's deployments only, and the reviewed "
        "first-deployment table does not list this country",
        "es": "historia (un primer despliegue): los informes solo dan los despliegues de cada mes, y el cuadro "
        "revisado de primeros despliegues no incluye a este país",
        "fr": f"historique (un premier déploiement){_NBSP}: les rapports ne donnent que les déploiements de chaque "
        "mois, et le tableau revu des premiers déploiements ne mentionne pas ce pays",
    }[lang],
    "first_said": lambda v, lang: _first(v, lang),
    "first_agrees": lambda v, lang: {
        "en": f"first deployment: {_first(v, lang)} ({_where(v, lang)})",
        "es": f"primer despliegue: {_first(v, lang)} ({_where(v, lang)})",
        "fr": f"premier déploiement{_NBSP}: {_first(v, lang)} ({_where(v, lang)})",
    }[lang],
    "first_in_table": lambda v, lang: {
        "en": f"history (a first deployment): the reviewed table has {_first(v, lang)} ({_where(v, lang)})",
        "es": f"historia (un primer despliegue): el cuadro revisado indica {_first(v, lang)} ({_where(v, lang)})",
        "fr": f"historique (un premier déploiement){_NBSP}: le tableau revu indique {_first(v, lang)} "
        f"({_where(v, lang)})",
    }[lang],
    "past_mission": lambda v, lang: {
        "en": f"history ('{v['words']}'): a past deployment, not in this month's report",
        "es": f"historia («{v['words']}»): un despliegue pasado, que no figura en el informe de este mes",
        "fr": f"historique («{_NNBSP}{v['words']}{_NNBSP}»){_NBSP}: un déploiement passé, absent du rapport de ce mois",
    }[lang],
    "mission_closed": lambda v, lang: {
        "en": f"not in the reports: {v['acronym']} closed on {v['day']}, before {v['month']} (history)",
        "es": f"no figura en los informes: la misión {v['acronym']} terminó el {day(v['day'], lang)}, antes de "
        f"{month(v['month'], lang)} (historia)",
        "fr": f"absent des rapports{_NBSP}: la mission {v['acronym']} a pris fin le {day(v['day'], lang)}, avant "
        f"{month(v['month'], lang)} (historique)",
    }[lang],
    "mission_unknown": lambda v, lang: {
        "en": f"not in the reports: {v['acronym']} is no mission the reviewed list knows",
        "es": f"no figura en los informes: {v['acronym']} no figura en la lista revisada de misiones",
        "fr": f"absent des rapports{_NBSP}: {v['acronym']} ne figure pas dans la liste revue des missions",
    }[lang],
    "mission_not_pko": lambda v, lang: {
        "en": f"not in the reports: {v['acronym']} is not a peacekeeping operation the monthly reports cover in full",
        "es": f"no figura en los informes: {v['acronym']} no es una operación de mantenimiento de la paz que los "
        "informes mensuales cubran por completo",
        "fr": f"absent des rapports{_NBSP}: {v['acronym']} n’est pas une opération de maintien de la paix que les "
        "rapports mensuels couvrent entièrement",
    }[lang],
}
