"""The checker's reasons for a verdict that come from the data or the history tables (check/data.py,
check/history.py), in English, Spanish and French: check_notes.said writes them by these keys."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from babel import Locale

from ..harmonize.country_names import WordingError, check_lang
from . import country_with_article, de, from_country, long_date, long_month, of_country

__all__ = ["READINGS", "REASONS", "day", "month", "source"]

_NBSP, _NNBSP = "\u00a0", "\u202f"


# What a reading of the data counts (check/data.py), in Spanish and French.
READINGS: dict[str, dict[str, str]] = {
    "uniformed personnel": {"es": "el personal uniformado", "fr": "le personnel en tenue"},
    "uniformed women": {"es": "las mujeres uniformadas", "fr": "les femmes en tenue"},
    "formed police units": {"es": "las unidades de policía constituidas", "fr": "les unités de police constituées"},
    "individual police": {"es": "los agentes de policía", "fr": "les policiers hors unités constituées"},
    "staff officers": {"es": "los oficiales de Estado Mayor", "fr": "les officiers d’état-major"},
    "experts on mission": {"es": "los expertos en misión", "fr": "les experts en mission"},
    "police (formed units and individual)": {
        "es": "la policía (unidades constituidas y agentes)",
        "fr": "la police (unités constituées et policiers hors unités)",
    },
    "troops": {"es": "las tropas", "fr": "les troupes"},
    "troops and staff officers": {
        "es": "las tropas y los oficiales de Estado Mayor",
        "fr": "les troupes et les officiers d’état-major",
    },
    "all military": {"es": "todo el personal militar", "fr": "tout le personnel militaire"},
    "countries the report lists": {"es": "los países que enumera el informe", "fr": "les pays que liste le rapport"},
    "countries with personnel deployed": {
        "es": "los países con personal desplegado",
        "fr": "les pays ayant du personnel déployé",
    },
    "peacekeeping operations with personnel": {
        "es": "las operaciones de mantenimiento de la paz con personal",
        "fr": "les opérations de maintien de la paix dotées de personnel",
    },
    "peacekeeping operations open that month": {
        "es": "las operaciones de mantenimiento de la paz abiertas ese mes",
        "fr": "les opérations de maintien de la paix ouvertes ce mois-là",
    },
    "rank": {"es": "el puesto", "fr": "le rang"},
    "missions and offices": {"es": "las misiones y oficinas", "fr": "les missions et bureaux"},
    "peacekeeping operations": {
        "es": "las operaciones de mantenimiento de la paz",
        "fr": "les opérations de maintien de la paix",
    },
    "missions it contributes to": {
        "es": "las misiones a las que contribuye",
        "fr": "les missions auxquelles il contribue",
    },
    "uniformed and international staff": {
        "es": "el personal uniformado e internacional",
        "fr": "le personnel en tenue et international",
    },
    "all personnel, with local staff": {
        "es": "todo el personal, incluido el local",
        "fr": "tout le personnel, personnel local compris",
    },
}


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
        "en": lambda v: "not checkable in this report: it has no breakdown by mission",
        "es": lambda v: "no verificable en este informe: no tiene desglose por misión",
        "fr": lambda v: f"non vérifiable dans ce rapport{_NBSP}: il ne ventile pas le personnel par mission",
    }[lang](v),
    "no_sexes": lambda v, lang: {
        "en": lambda v: "not checkable in this report: it does not split personnel by sex",
        "es": lambda v: "no verificable en este informe: no desglosa el personal por sexo",
        "fr": lambda v: f"non vérifiable dans ce rapport{_NBSP}: il ne ventile pas le personnel par sexe",
    }[lang](v),
    "no_such_figure": lambda v, lang: {
        "en": lambda v: "the data holds no such figure",
        "es": lambda v: "los datos no contienen esa cifra",
        "fr": lambda v: "les données ne contiennent pas ce chiffre",
    }[lang](v),
    "rank_in_group": lambda v, lang: {
        "en": lambda v: "a rank among a group of contributors: the data ranks all contributors only",
        "es": lambda v: (
            "un puesto dentro de un grupo de contribuyentes: los datos solo clasifican al conjunto de los "
            "contribuyentes"
        ),
        "fr": lambda v: (
            f"un rang au sein d’un groupe de contributeurs{_NBSP}: les données ne classent que l’ensemble des "
            "contributeurs"
        ),
    }[lang](v),
    "no_country": lambda v, lang: {
        "en": lambda v: "ambiguous: no country named",
        "es": lambda v: "ambiguo: no se nombra ningún país",
        "fr": lambda v: f"ambigu{_NBSP}: aucun pays n’est nommé",
    }[lang](v),
    "civilians_too": lambda v, lang: {
        "en": lambda v: "the figure counts civilian staff too: the reports count uniformed personnel only",
        "es": lambda v: "la cifra cuenta también al personal civil: los informes solo cuentan al personal uniformado",
        "fr": lambda v: (
            f"le chiffre compte aussi le personnel civil{_NBSP}: les rapports ne comptent que le personnel en tenue"
        ),
    }[lang](v),
    "not_ranked": lambda v, lang: {
        "en": lambda v: "the report does not rank it: it lists no personnel",
        "es": lambda v: "el informe no le asigna ningún puesto: no indica personal",
        "fr": lambda v: f"le rapport ne le classe pas{_NBSP}: il n’indique aucun personnel",
    }[lang](v),
    "no_mission_there": lambda v, lang: {
        "en": lambda v: f"ambiguous: no mission of {v['iso3']} in the place named that month",
        "es": lambda v: f"ambiguo: ninguna misión {_owner(v['iso3'], lang)} en el lugar nombrado ese mes",
        "fr": lambda v: f"ambigu{_NBSP}: aucune mission {_owner(v['iso3'], lang)} à l’endroit nommé ce mois-là",
    }[lang](v),
    "no_register": lambda v, lang: {
        "en": lambda v: "no fatalities register in the store",
        "es": lambda v: "no hay ningún registro de víctimas mortales en la base de datos",
        "fr": lambda v: "aucun registre des victimes dans la base de données",
    }[lang](v),
    "first_unlisted": lambda v, lang: {
        "en": lambda v: (
            "history (a first deployment): the reports give each month's deployments only, and the reviewed "
            "first-deployment table does not list this country"
        ),
        "es": lambda v: (
            "historia (un primer despliegue): los informes solo dan los despliegues de cada mes, y el cuadro "
            "revisado de primeros despliegues no incluye a este país"
        ),
        "fr": lambda v: (
            f"historique (un premier déploiement){_NBSP}: les rapports ne donnent que les déploiements de chaque "
            "mois, et le tableau revu des premiers déploiements ne mentionne pas ce pays"
        ),
    }[lang](v),
    "first_said": lambda v, lang: _first(v, lang),
    "first_agrees": lambda v, lang: {
        "en": lambda v: f"first deployment: {_first(v, lang)} ({_where(v, lang)})",
        "es": lambda v: f"primer despliegue: {_first(v, lang)} ({_where(v, lang)})",
        "fr": lambda v: f"premier déploiement{_NBSP}: {_first(v, lang)} ({_where(v, lang)})",
    }[lang](v),
    "first_in_table": lambda v, lang: {
        "en": lambda v: f"history (a first deployment): the reviewed table has {_first(v, lang)} ({_where(v, lang)})",
        "es": lambda v: (
            f"historia (un primer despliegue): el cuadro revisado indica {_first(v, lang)} ({_where(v, lang)})"
        ),
        "fr": lambda v: (
            f"historique (un premier déploiement){_NBSP}: le tableau revu indique {_first(v, lang)} ({_where(v, lang)})"
        ),
    }[lang](v),
    "past_mission": lambda v, lang: {
        "en": lambda v: f"history ('{v['words']}'): a past deployment, not in this month's report",
        "es": lambda v: f"historia («{v['words']}»): un despliegue pasado, que no figura en el informe de este mes",
        "fr": lambda v: (
            f"historique («{_NNBSP}{v['words']}{_NNBSP}»){_NBSP}: un déploiement passé, absent du rapport de ce mois"
        ),
    }[lang](v),
    "mission_closed": lambda v, lang: {
        "en": lambda v: f"not in the reports: {v['acronym']} closed on {v['day']}, before {v['month']} (history)",
        "es": lambda v: (
            f"no figura en los informes: la misión {v['acronym']} terminó el {day(v['day'], lang)}, antes de "
            f"{month(v['month'], lang)} (historia)"
        ),
        "fr": lambda v: (
            f"absent des rapports{_NBSP}: la mission {v['acronym']} a pris fin le {day(v['day'], lang)}, avant "
            f"{month(v['month'], lang)} (historique)"
        ),
    }[lang](v),
    "mission_unknown": lambda v, lang: {
        "en": lambda v: f"not in the reports: {v['acronym']} is no mission the reviewed list knows",
        "es": lambda v: f"no figura en los informes: {v['acronym']} no figura en la lista revisada de misiones",
        "fr": lambda v: f"absent des rapports{_NBSP}: {v['acronym']} ne figure pas dans la liste revue des missions",
    }[lang](v),
    "mission_not_pko": lambda v, lang: {
        "en": lambda v: (
            f"not in the reports: {v['acronym']} is not a peacekeeping operation the monthly reports cover in full"
        ),
        "es": lambda v: (
            f"no figura en los informes: {v['acronym']} no es una operación de mantenimiento de la paz que los "
            "informes mensuales cubran por completo"
        ),
        "fr": lambda v: (
            f"absent des rapports{_NBSP}: {v['acronym']} n’est pas une opération de maintien de la paix que les "
            "rapports mensuels couvrent entièrement"
        ),
    }[lang](v),
    "no_date": lambda v, lang: {
        "en": lambda v: "no publication date: every report is a candidate",
        "es": lambda v: "sin fecha de publicación: todos los informes son candidatos",
        "fr": lambda v: f"pas de date de publication{_NBSP}: tous les rapports sont candidats",
    }[lang](v),
    "widened": lambda v, lang: {
        "en": lambda v: (
            f"no report was published in the {v['months']} months before {v['date']}: widened to the "
            f"{v['reports']} reports published before it"
        ),
        "es": lambda v: (
            f"no se publicó ningún informe en los {v['months']} meses {_before(v['date'], lang)}: se amplía a los "
            f"{v['reports']} informes publicados antes"
        ),
        "fr": lambda v: (
            f"aucun rapport n’a été publié dans les {v['months']} mois {_before(v['date'], lang)}{_NBSP}: élargi "
            f"aux {v['reports']} rapports publiés auparavant"
        ),
    }[lang](v),
    "none_before": lambda v, lang: {
        "en": lambda v: f"no report was published before {v['date']}",
        "es": lambda v: f"no se publicó ningún informe {_before(v['date'], lang)}",
        "fr": lambda v: f"aucun rapport n’a été publié {_before(v['date'], lang)}",
    }[lang](v),
    "published_after": lambda v, lang: {
        "en": lambda v: (
            f"the {long_month(v['month'], lang)} report was published on {_long(v['day'], lang)}, after the date given"
        ),
        "es": lambda v: (
            f"el informe de {long_month(v['month'], lang)} se publicó el {_long(v['day'], lang)}, después de la "
            "fecha indicada"
        ),
        "fr": lambda v: (
            f"le rapport {de(long_month(v['month'], lang), lang)} a été publié le {_long(v['day'], lang)}, "
            "après la date indiquée"
        ),
    }[lang](v),
    "stated_missing": lambda v, lang: {
        "en": lambda v: (
            f"the text states {long_month(v['month'], lang)} ('{v['words']}'), which no report in the store "
            "covers: its figures are not checkable"
        ),
        "es": lambda v: (
            f"el texto indica {long_month(v['month'], lang)} («{v['words']}»), que ningún informe de la base de "
            "datos cubre: sus cifras no son verificables"
        ),
        "fr": lambda v: (
            f"le texte indique {long_month(v['month'], lang)} («{_NNBSP}{v['words']}{_NNBSP}»), qu’aucun rapport "
            f"de la base de données ne couvre{_NBSP}: ses chiffres ne sont pas vérifiables"
        ),
    }[lang](v),
    "stated": lambda v, lang: {
        "en": lambda v: f"the month the text states ('{v['words']}')",
        "es": lambda v: f"el mes que indica el texto («{v['words']}»)",
        "fr": lambda v: f"le mois qu’indique le texte («{_NNBSP}{v['words']}{_NNBSP}»)",
    }[lang](v),
    "language": lambda v, lang: {
        "en": lambda v: (
            f"{'a text in an unknown language' if v['language'] == 'an unknown language' else v['language'] + ' text'}"
            ": only English, French and Spanish texts are checked"
        ),
        "es": lambda v: (
            f"un texto en {_language(v['language'], lang)}: solo se comprueban los textos en inglés, francés y español"
        ),
        "fr": lambda v: (
            f"un texte {_language(v['language'], lang)}{_NBSP}: seuls les textes en anglais, en français et en "
            "espagnol sont vérifiés"
        ),
    }[lang](v),
}


def _long(iso: str, lang: str) -> str:
    """An ISO day written out, in every language: '20 July 2022', '20 de julio de 2022'."""
    return long_date(dt.date.fromisoformat(iso[:10]), lang)


def _before(date: str, lang: str) -> str:
    """Before a publication date as given (a day, a month or a year): "antes del 12 de octubre de 2022",
    "avant octobre 2022", "antes de 2015"."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return {"es": "antes del {}", "fr": "avant le {}"}[lang].format(_long(date, lang))
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return {"es": "antes de {}", "fr": "avant {}"}[lang].format(long_month(date, lang))
    return {"es": "antes de {}", "fr": "avant {}"}[lang].format(date)


def _language(name: str, lang: str) -> str:
    """A language or script named in English ("Italian", "Cyrillic"), in `lang`: "italiano", "en italien"."""
    if name == "an unknown language":
        return {"es": "una lengua desconocida", "fr": "dans une langue inconnue"}[lang]
    english, local = Locale("en"), Locale(lang)
    for names, theirs in ((english.languages, local.languages), (english.scripts, local.scripts)):
        code = next((c for c, n in names.items() if n == name), None)
        if code and code in theirs:
            return theirs[code] if lang == "es" else f"en {theirs[code]}"
    raise WordingError(f"no words for the language {name!r}")


def source(src: dict, lang: str) -> str:
    """Where a verdict's data comes from (check/render.py source_text), in `lang`."""
    if not src:
        return ""
    lang = check_lang(lang)
    words = {
        "en": ("lines", "register of", "up to", "today", "page", "pages"),
        "es": ("líneas", "registro del", "hasta el", "hoy", "página", "páginas"),
        "fr": ("lignes", "registre du", "jusqu’au", "aujourd’hui", "page", "pages"),
    }[lang]
    if "release" in src:
        lines = f", {words[0]} {', '.join(map(str, src['lines']))}" if src.get("lines") else ""
        until = day(src["until"], lang) if src.get("until") else words[3]
        if lang == "es" and not src.get("until"):
            return f"{src['file']} ({words[1]} {day(src['release'], lang)}, hasta hoy){lines}"
        if lang == "fr" and not src.get("until"):
            return f"{src['file']} ({words[1]} {day(src['release'], lang)}, jusqu’à aujourd’hui){lines}"
        return f"{src['file']} ({words[1]} {day(src['release'], lang)}, {words[2]} {until}){lines}"
    pages = src.get("pages") or []
    if not pages:
        return src["file"]
    return f"{src['file']}, {words[5] if len(pages) > 1 else words[4]} {', '.join(map(str, pages))}"
