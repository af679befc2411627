"""The checker's reasons for a verdict that come from the data or the history tables (check/data.py,
check/history.py), in English, Spanish and French: templates that check_notes.said writes by these keys."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from babel import Locale

from ..harmonize.country_names import WordingError, check_lang
from . import country_with_article, de, from_country, long_date, long_month, of_country

__all__ = ["FIELDS", "READINGS", "REASONS", "day", "month", "source"]


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
    "women among troops": {"es": "las mujeres de las tropas", "fr": "les femmes des troupes"},
    "women among troops and staff officers": {
        "es": "las mujeres de las tropas y de los oficiales de Estado Mayor",
        "fr": "les femmes des troupes et des officiers d’état-major",
    },
    "women among all military": {"es": "las mujeres de todo el personal militar", "fr": "les femmes militaires"},
    "women among police (formed units and individual)": {
        "es": "las mujeres policías (unidades constituidas y agentes)",
        "fr": "les policières (unités constituées et hors unités)",
    },
    "women among individual police": {
        "es": "las mujeres agentes de policía",
        "fr": "les policières hors unités constituées",
    },
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
    "missions with troops": {"es": "las misiones con tropas o militares", "fr": "les missions avec des militaires"},
    "missions with police": {"es": "las misiones con policías", "fr": "les missions avec des policiers"},
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


_JOINS = {  # (in a year, or another year, the sources disagree)
    "en": ("in", "or", "its sources disagree on the year"),
    "es": ("en", "o", "sus fuentes discrepan sobre el año"),
    "fr": ("en", "ou", "ses sources divergent sur l’année"),
}


def _first(v: dict, lang: str) -> str:
    """What a country first deployed, and when: "UNEF in 1956", "el Líbano en 1958 o 1960 (…)"."""
    what = v["what"]
    if lang != "en":  # English keeps the table's own words
        try:
            what = country_with_article(what, lang) if len(what) == 3 and what.isupper() else what
        except WordingError:
            pass
        what = _DEPLOYED.get(what, {}).get(lang, what)
    year, other, disagree = _JOINS[lang]
    said = f"{what} {year} {v['year']}"
    return f"{said} {other} {v['disputed']} ({disagree})" if v["disputed"] else said


_LINE = {"en": "line", "es": "línea", "fr": "ligne"}

# The few values a reason writes otherwise than as given (check_notes._Fields reads them by their name).
FIELDS: dict[str, Callable[[dict, str], str]] = {
    "owner": lambda v, lang: _owner(v["iso3"], lang),
    "first": _first,
    "where": lambda v, lang: f"{v['table']}, {_LINE[lang]} {v['line']} ({v['publisher']})",
    "before": lambda v, lang: _before(v["date"], lang),
    "day": lambda v, lang: day(v["day"], lang),
    "month": lambda v, lang: month(v["month"], lang),
    "long_day": lambda v, lang: _long(v["day"], lang),
    "long_month": lambda v, lang: long_month(v["month"], lang),
    "long_month_of": lambda v, lang: de(long_month(v["month"], lang), lang),
    "language": lambda v, lang: _language(v["language"], lang),
}

# Each reason's template in each language, {name} a value as FIELDS writes it (else as given).
REASONS: dict[str, dict[str, str]] = {
    "no_missions": {
        "en": "not checkable in this report: it has no breakdown by mission",
        "es": "no verificable en este informe: no tiene desglose por misión",
        "fr": "non vérifiable dans ce rapport\u00a0: il ne ventile pas le personnel par mission",
    },
    "no_sexes": {
        "en": "not checkable in this report: it does not split personnel by sex",
        "es": "no verificable en este informe: no desglosa el personal por sexo",
        "fr": "non vérifiable dans ce rapport\u00a0: il ne ventile pas le personnel par sexe",
    },
    "sexes_wrong": {
        "en": "not checkable in this report: its split by sex is wrong, so it ranks no women",
        "es": "no verificable en este informe: su desglose por sexo es erróneo, así que no clasifica a las mujeres",
        "fr": "non vérifiable dans ce rapport\u00a0: sa ventilation par sexe est fausse, il ne classe donc pas les "
        "femmes",
    },
    "no_such_figure": {
        "en": "the data holds no such figure",
        "es": "los datos no contienen esa cifra",
        "fr": "les données ne contiennent pas ce chiffre",
    },
    "rank_in_group": {
        "en": "a rank among a group of contributors: the data ranks all contributors only",
        "es": "un puesto dentro de un grupo de contribuyentes: los datos solo clasifican al conjunto de los "
        "contribuyentes",
        "fr": "un rang au sein d’un groupe de contributeurs\u00a0: les données ne classent que l’ensemble des "
        "contributeurs",
    },
    "no_country": {
        "en": "ambiguous: no country named",
        "es": "ambiguo: no se nombra ningún país",
        "fr": "ambigu\u00a0: aucun pays n’est nommé",
    },
    "civilians_too": {
        "en": "the figure counts civilian staff too: the reports count uniformed personnel only",
        "es": "la cifra cuenta también al personal civil: los informes solo cuentan al personal uniformado",
        "fr": "le chiffre compte aussi le personnel civil\u00a0: les rapports ne comptent que le personnel en tenue",
    },
    "not_ranked": {
        "en": "the report does not rank it: it lists no personnel",
        "es": "el informe no le asigna ningún puesto: no indica personal",
        "fr": "le rapport ne le classe pas\u00a0: il n’indique aucun personnel",
    },
    "no_mission_there": {
        "en": "ambiguous: no mission of {iso3} in the place named that month",
        "es": "ambiguo: ninguna misión {owner} en el lugar nombrado ese mes",
        "fr": "ambigu\u00a0: aucune mission {owner} à l’endroit nommé ce mois-là",
    },
    "no_register": {
        "en": "no fatalities register in the store",
        "es": "no hay ningún registro de víctimas mortales en la base de datos",
        "fr": "aucun registre des victimes dans la base de données",
    },
    "register_ends": {
        "en": "not checkable: the register in the store ends on {day}, before the text: {actual} deaths by then; "
        "later ones may make up the difference",
        "es": "no verificable: el registro de la base de datos termina el {day}, antes del texto: {actual} "
        "muertes hasta entonces; las posteriores pueden explicar la diferencia",
        "fr": "non vérifiable\u00a0: le registre de la base de données s’arrête le {day}, avant le texte\u00a0: "
        "{actual} décès jusque-là\u00a0; les suivants peuvent expliquer l’écart",
    },
    "first_unlisted": {
        "en": "history (a first deployment): the reports give each month's deployments only, and the reviewed "
        "first-deployment table does not list this country",
        "es": "historia (un primer despliegue): los informes solo dan los despliegues de cada mes, y el cuadro "
        "revisado de primeros despliegues no incluye a este país",
        "fr": "historique (un premier déploiement)\u00a0: les rapports ne donnent que les déploiements de chaque "
        "mois, et le tableau revu des premiers déploiements ne mentionne pas ce pays",
    },
    "first_said": {"en": "{first}", "es": "{first}", "fr": "{first}"},
    "first_agrees": {
        "en": "first deployment: {first} ({where})",
        "es": "primer despliegue: {first} ({where})",
        "fr": "premier déploiement\u00a0: {first} ({where})",
    },
    "first_in_table": {
        "en": "history (a first deployment): the reviewed table has {first} ({where})",
        "es": "historia (un primer despliegue): el cuadro revisado indica {first} ({where})",
        "fr": "historique (un premier déploiement)\u00a0: le tableau revu indique {first} ({where})",
    },
    "past_mission": {
        "en": "history ('{words}'): a past deployment, not in this month's report",
        "es": "historia («{words}»): un despliegue pasado, que no figura en el informe de este mes",
        "fr": "historique («\u202f{words}\u202f»)\u00a0: un déploiement passé, absent du rapport de ce mois",
    },
    "mission_closed": {
        "en": "not in the reports: {acronym} closed on {day}, before {month} (history)",
        "es": "no figura en los informes: la misión {acronym} terminó el {day}, antes de {month} (historia)",
        "fr": "absent des rapports\u00a0: la mission {acronym} a pris fin le {day}, avant {month} (historique)",
    },
    "mission_unknown": {
        "en": "not in the reports: {acronym} is no mission the reviewed list knows",
        "es": "no figura en los informes: {acronym} no figura en la lista revisada de misiones",
        "fr": "absent des rapports\u00a0: {acronym} ne figure pas dans la liste revue des missions",
    },
    "mission_not_pko": {
        "en": "not in the reports: {acronym} is not a peacekeeping operation the monthly reports cover in full",
        "es": "no figura en los informes: {acronym} no es una operación de mantenimiento de la paz que los "
        "informes mensuales cubran por completo",
        "fr": "absent des rapports\u00a0: {acronym} n’est pas une opération de maintien de la paix que les "
        "rapports mensuels couvrent entièrement",
    },
    "no_date": {
        "en": "no publication date: every report is a candidate",
        "es": "sin fecha de publicación: todos los informes son candidatos",
        "fr": "pas de date de publication\u00a0: tous les rapports sont candidats",
    },
    "widened": {
        "en": "no report was published in the {months} months before {date}: widened to the {reports} reports "
        "published before it",
        "es": "no se publicó ningún informe en los {months} meses {before}: se amplía a los {reports} informes "
        "publicados antes",
        "fr": "aucun rapport n’a été publié dans les {months} mois {before}\u00a0: élargi aux {reports} rapports "
        "publiés auparavant",
    },
    "none_before": {
        "en": "no report was published before {date}",
        "es": "no se publicó ningún informe {before}",
        "fr": "aucun rapport n’a été publié {before}",
    },
    "published_after": {
        "en": "the {long_month} report was published on {long_day}, after the date given",
        "es": "el informe de {long_month} se publicó el {long_day}, después de la fecha indicada",
        "fr": "le rapport {long_month_of} a été publié le {long_day}, après la date indiquée",
    },
    "stated_missing": {
        "en": "the text states {long_month} ('{words}'), which no report in the store covers: its figures are not "
        "checkable",
        "es": "el texto indica {long_month} («{words}»), que ningún informe de la base de datos cubre: sus cifras "
        "no son verificables",
        "fr": "le texte indique {long_month} («\u202f{words}\u202f»), qu’aucun rapport de la base de données ne "
        "couvre\u00a0: ses chiffres ne sont pas vérifiables",
    },
    "stated_unpublished": {
        "en": "the text states {long_month} ('{words}'), whose report was published on {long_day}, after the text: "
        "the month is chosen among the reports published before it{then}",
        "es": "el texto indica {long_month} («{words}»), cuyo informe se publicó el {long_day}, después del texto: "
        "el mes se elige entre los informes publicados antes{then}",
        "fr": "le texte indique {long_month} («\u202f{words}\u202f»), dont le rapport a été publié le {long_day}, "
        "après le texte\u00a0: le mois est choisi parmi les rapports publiés avant lui{then}",
    },
    "stated_later": {
        "en": "the month the text states ('{words}'), whose report was published on {long_day}, after the text",
        "es": "el mes que indica el texto («{words}»), cuyo informe se publicó el {long_day}, después del texto",
        "fr": "le mois qu’indique le texte («\u202f{words}\u202f»), dont le rapport a été publié le {long_day}, "
        "après le texte",
    },
    "stated": {
        "en": "the month the text states ('{words}')",
        "es": "el mes que indica el texto («{words}»)",
        "fr": "le mois qu’indique le texte («\u202f{words}\u202f»)",
    },
    "language": {
        "en": "{language}: only English, French and Spanish texts are checked",
        "es": "{language}: solo se comprueban los textos en inglés, francés y español",
        "fr": "{language}\u00a0: seuls les textes en anglais, en français et en espagnol sont vérifiés",
    },
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


_LANGUAGES = {  # (a text in an unknown language, a text in a named one)
    "en": ("a text in an unknown language", "{} text"),
    "es": ("un texto en una lengua desconocida", "un texto en {}"),
    "fr": ("un texte dans une langue inconnue", "un texte en {}"),
}


def _language(name: str, lang: str) -> str:
    """A text in a language or script named in English ("Italian", "Cyrillic"), in `lang`: "Italian text", "un
    texto en italiano", "un texte en italien"."""
    unknown, known = _LANGUAGES[lang]
    if name == "an unknown language":
        return unknown
    if lang == "en":
        return known.format(name)
    english, local = Locale("en"), Locale(lang)
    for names, theirs in ((english.languages, local.languages), (english.scripts, local.scripts)):
        code = next((c for c, n in names.items() if n == name), None)
        if code and code in theirs:
            return known.format(theirs[code])
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
