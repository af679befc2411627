"""The words of the month's news, in English, Spanish and French: every lead and every note of what cannot be told,
by key, with {named} places the news fills with figures, months, dates and country phrases already written in the
language (news/leads.py writes those through this layer).

news/ only picks a key and gives the values: `say("rank_move", "fr", who=..., verb=say("rank_up", "fr"), ...)`.
"""

from __future__ import annotations

from functools import lru_cache

from babel.numbers import format_percent

from ..harmonize.country_names import check_lang as _lang
from . import TYPES, of_country

__all__ = ["GROUPS", "TEXTS", "TYPES", "de", "of", "percent", "say"]

# Groups of personnel types, as a lead names them (en, es, fr); the types themselves: wording.TYPES.
GROUPS = {
    "troops": ("troops", "las tropas", "des troupes"),
    "observers_staff": (
        "military observers and staff officers",
        "los observadores militares y oficiales de Estado Mayor",
        "des observateurs militaires et officiers d’état-major",
    ),
    "formed_police": (
        "formed police units",
        "las unidades de policía constituidas",
        "des unités de police constituées",
    ),
    "individual_police": ("individual police", "los agentes de policía", "des policiers hors unités constituées"),
}


def _t(en: str, es: str, fr: str) -> dict[str, str]:
    return {"en": en, "es": es, "fr": fr}


TEXTS: dict[str, dict[str, str]] = {
    # --- small words -------------------------------------------------------------------------------------------
    "none": _t("none", "ninguno", "aucun"),
    "this_report": _t("this report", "este informe", "ce rapport"),
    "previous_report": _t("the previous report", "el informe anterior", "le rapport précédent"),
    "of_women": _t(" of women", " de mujeres", " de femmes"),
    "enters": _t("enters", "entra entre", "entre parmi"),
    "leaves": _t("leaves", "sale de", "sort des"),
    "moves_up": _t("moves up", "sube", "gagne"),
    "moves_down": _t("moves down", "baja", "perd"),
    "grows": _t("grows", "crece", "augmente"),
    "shrinks": _t("shrinks", "se reduce", "diminue"),
    "above": _t("above", "por encima", "au-dessus"),
    "below": _t("below", "por debajo", "en dessous"),
    "un_peacekeeping": _t(
        "UN peacekeeping", "En las operaciones de paz de la ONU", "Dans les opérations de paix de l’ONU"
    ),
    "as_type": _t(" as {kind}", " ({kind})", " ({kind})"),
    "in_type": _t(" ({kind})", " ({kind})", " ({kind})"),
    # --- the world -----------------------------------------------------------------------------------------------
    "world": _t(
        "{n} uniformed personnel from {k} countries serve in UN peace operations{women}.",
        "{n} efectivos uniformados de {k} países prestan servicio en las operaciones de paz de la ONU{women}.",
        "{n} membres du personnel en tenue de {k} pays servent dans les opérations de paix de l’ONU{women}.",
    ),
    "withheld": _t("[withheld]", "[cifra retenida]", "[chiffre retenu]"),
    "world_women": _t("; {share} of them women", "; {share} son mujeres", " ; {share} sont des femmes"),
    # --- fatalities and anniversaries ----------------------------------------------------------------------------
    "deaths_pass": _t(
        "Deaths of peacekeepers {of} pass {mark}: {n} in the fatalities register up to {day}.",
        "Las muertes de cascos azules {of} superan las {mark}: {n} en el registro de víctimas hasta el {day}.",
        "Les décès de Casques bleus {of} dépassent {mark} : {n} dans le registre des victimes au {day}.",
    ),
    "deaths_between": _t(
        "{k} peacekeepers died in service between {a} and {b}.",
        "{k} cascos azules murieron en servicio entre el {a} y el {b}.",
        "{k} Casques bleus sont morts en service entre le {a} et le {b}.",
    ),
    "anniversary": _t(
        "{year} marks {years} years since {the} first contributed peacekeepers to the United Nations ({what}).",
        "En {year} se cumplen {years} años de la primera contribución {of} a las operaciones de paz de las Naciones "
        "Unidas ({what}).",
        "{year} marque les {years} ans de la première contribution {of} aux opérations de paix des Nations Unies "
        "({what}).",
    ),
    # --- ranks and contributors ----------------------------------------------------------------------------------
    "rank_top": _t(
        "{who} {verb} the top {n} contributors{women}: {a}, from {b} in {month}.",
        "{who} {verb} los {n} mayores contribuyentes{women}: pasa del {b} al {a} puesto.",
        "{who} {verb} les {n} premiers contributeurs{women}, passant de la {b} à la {a} place.",
    ),
    "rank_move": _t(
        "{who} {verb} {k} places among contributors{women}, from {b} to {a}.",
        "{who} {verb} {k} puestos entre los contribuyentes{women}, del {b} al {a}.",
        "{who} {verb} {k} places parmi les contributeurs{women}, de la {b} à la {a}.",
    ),
    "new_contributor": _t(
        "{who} contributes uniformed personnel for the first time since the reports of {first}: {n}.",
        "{who} aporta personal uniformado por primera vez desde los informes de {first}: {n}.",
        "{who} fournit du personnel en tenue pour la première fois depuis les rapports de {first} : {n}.",
    ),
    "returns": _t(
        "{who} contributes again: {c}, none since {last}.",
        "{who} vuelve a contribuir: {c}, ninguno desde {last}.",
        "{who} contribue à nouveau : {c}, aucun depuis {last}.",
    ),
    "stopped_contributing": _t(
        "{who} no longer contributes uniformed personnel: {n} in {m}, none now.",
        "{who} ya no aporta personal uniformado: {n} en {m}, ninguno ahora.",
        "{who} ne fournit plus de personnel en tenue : {n} en {m}, aucun aujourd’hui.",
    ),
    # --- records and parity --------------------------------------------------------------------------------------
    "record_share": _t(
        "Women are {share} of the uniformed personnel{kind} {of}, the highest share since {since}.",
        "Las mujeres son el {share} del personal uniformado{kind} {of}, la proporción más alta desde {since}.",
        "Les femmes représentent {share} du personnel en tenue{kind} {of}, la part la plus élevée depuis {since}.",
    ),
    "record_total": _t(
        "{who} deploys {n}{kind}, its most since {since}.",
        "{who} despliega {n}{kind}, su cifra más alta desde {since}.",
        "{who} déploie {n}{kind}, son chiffre le plus élevé depuis {since}.",
    ),
    "parity": _t(
        "{who}: women are {share} of {group}, {side} the {year} gender parity target of {target} ({before} in "
        "{month}).",
        "{who}: las mujeres son el {share} de {group}, {side} de la meta de paridad de género de {year} ({target}).",
        "{who} : les femmes représentent {share} {group}, {side} de l’objectif de parité de {year} ({target}).",
    ),
    # --- missions ------------------------------------------------------------------------------------------------
    "mission_closed": _t(
        "{acronym} closed on {day}; contingents that left since {month}: {names}{rest}.",
        "La {acronym} cerró el {day}; contingentes que se retiraron desde {month}: {names}{rest}.",
        "La {acronym} a fermé le {day} ; contingents partis depuis {month} : {names}{rest}.",
    ),
    "contingents_remain": _t("; {n} contingents remain", "; quedan {n} contingentes", " ; {n} contingents restent"),
    "mission_withdrawn": _t(
        "The last uniformed personnel of {acronym} have left the reports: {n} in {month}, none now ({names}).",
        "El último personal uniformado de la {acronym} ya no figura: {n} en {month}, ninguno ahora ({names}).",
        "Le dernier personnel en tenue de la {acronym} a quitté les rapports : {n} en {month}, aucun aujourd’hui "
        "({names}).",
    ),
    "mission_opened": _t(
        "{acronym} appears in the reports with {people} from {where}.",
        "La {acronym} aparece en los informes con {people} de {where}.",
        "La {acronym} apparaît dans les rapports avec {people} {de_where}.",
    ),
    "mission_change": _t(
        "{acronym} {verb} by {share}, from {b} to {a}; most affected: {names}.",
        "La {acronym} {verb} un {share}, de {b} a {a}; los más afectados: {names}.",
        "La {acronym} {verb} de {share}, de {b} à {a} ; les plus touchés : {names}.",
    ),
    # --- what cannot be told -------------------------------------------------------------------------------------
    "no_report_year": _t(
        "No report covers {months}: there is no comparison with a year earlier.",
        "Ningún informe abarca {months}: no hay comparación con un año antes.",
        "Aucun rapport ne couvre {months} : pas de comparaison avec l’année précédente.",
    ),
    "no_report_story": _t(
        "No report covers {months}: no story is told from another month's report.",
        "Ningún informe abarca {months}: no se cuenta ninguna noticia con el informe de otro mes.",
        "Aucun rapport ne couvre {months} : aucune nouvelle n’est tirée du rapport d’un autre mois.",
    ),
    "reason_no_story": _t(  # the month's reason is English (facts): only the English note uses it
        "{reason} No story is told from another month's report.",
        "{reason} No se cuenta ninguna noticia con el informe de otro mes.",
        "{reason} Aucune nouvelle n’est tirée du rapport d’un autre mois.",
    ),
    "gap": _t(
        "No report covers {months}: changes are against {previous}.",
        "Ningún informe abarca {months}: los cambios se miden respecto de {previous}.",
        "Aucun rapport ne couvre {months} : les évolutions sont mesurées par rapport à {previous}.",
    ),
    "first_report": _t(
        "The first report in the store: there is nothing to compare.",
        "Es el primer informe del almacén: no hay nada con que compararlo.",
        "C’est le premier rapport de la base : il n’y a rien à comparer.",
    ),
    "no_register": _t(
        "Fatality milestones cannot be told: the store holds no fatalities register.",
        "No se pueden dar los hitos de víctimas: el almacén no tiene registro de víctimas.",
        "Les seuils de victimes ne peuvent être donnés : la base ne contient aucun registre des victimes.",
    ),
    "register_too_old": _t(
        "Fatality milestones cannot be told: the newest fatalities register ({file}) was released on {day}, before "
        "the end of this report month.",
        "No se pueden dar los hitos de víctimas: el registro de víctimas más reciente ({file}) se publicó el {day}, "
        "antes del final del mes de este informe.",
        "Les seuils de victimes ne peuvent être donnés : le registre des victimes le plus récent ({file}) a été "
        "publié le {day}, avant la fin du mois de ce rapport.",
    ),
    "older_breakdown": _t(
        "{acronym}: this report has no breakdown by mission; the contingents named are those of the last report "
        "that has one ({basis}).",
        "{acronym}: este informe no desglosa por misión; los contingentes citados son los del último informe que lo "
        "hace ({basis}).",
        "{acronym} : ce rapport ne ventile pas par mission ; les contingents cités sont ceux du dernier rapport qui "
        "le fait ({basis}).",
    ),
    "no_missions": _t(
        "Missions opening, leaving the reports or changing strength cannot be told: {which} has no breakdown by "
        "mission.",
        "No se pueden dar las misiones que abren, dejan los informes o cambian de efectivos: {which} no desglosa "
        "por misión.",
        "Les missions qui ouvrent, quittent les rapports ou changent d’effectifs ne peuvent être données : {which} "
        "ne ventile pas par mission.",
    ),
    "no_split_ranks": _t(
        "Rankings of women are not compared: {which} has no split by sex that can be stated.",
        "No se comparan las clasificaciones de mujeres: {which} no tiene un desglose por sexo que se pueda dar.",
        "Les classements des femmes ne sont pas comparés : {which} n’a pas de ventilation par sexe qui puisse être "
        "donnée.",
    ),
    "no_parity": _t(
        "Gender parity targets are not compared: {why}",
        "No se comparan las metas de paridad de género: {why}",
        "Les objectifs de parité ne sont pas comparés : {why}",
    ),
    "parity_merged": _t(
        "staff officers are not reported separately.",
        "los oficiales de Estado Mayor no se dan por separado.",
        "les officiers d’état-major ne sont pas donnés séparément.",
    ),
    "parity_unsplit": _t(
        "a report compared has no split by sex.",
        "un informe comparado no tiene desglose por sexo.",
        "un rapport comparé n’a pas de ventilation par sexe.",
    ),
}


def say(key: str, lang: str, **values: object) -> str:
    """The text `key` in `lang` with its {places} filled by `values` (written in that language already)."""
    text = TEXTS[key][_lang(lang)]
    return text.format(**values) if values else text


def de(phrase: str, lang: str) -> str:
    """French "de" before a phrase, elided before a vowel ("d’un pays"); Spanish and English "de"/"from" as is."""
    if lang == "fr" and phrase[:1].lower() in "aeiouyéèêh":
        return f"d’{phrase}"
    return f"de {phrase}"


@lru_cache(maxsize=4096)
def percent(x: float, lang: str) -> str:
    """'9.2%', '9,2 %', '9,2 %': a no-break space before the sign in Spanish and French, as the web writes it."""
    return format_percent(x, "#,##0.0%" if lang == "en" else "#,##0.0\u00a0%", locale=lang)


def of(iso3: str, lang: str) -> str:
    """'of Peru', 'del Perú', 'du Pérou', 'de la Mauritanie': the owner (`of_country`)."""
    return of_country(iso3, lang)
