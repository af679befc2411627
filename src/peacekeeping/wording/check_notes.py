"""The checker's notes in English, Spanish and French.

The checker (check/verify.py) writes each verdict's note with `said`: a `Said` is the English note itself, byte for
byte the one the API gives, that also keeps the key of its template and the values it was made from (figures,
months, the data's readings, a caveat, a note inside it, a doubt about how the text reads: check_doubts.py). `say`
writes it again in Spanish or French; a note with a part that is free English (a plain string) gives None, and the
page keeps it in English and says so (a doubt given as a plain string is said to be English inside the note).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..harmonize.country_names import WordingError
from ..harmonize.country_names import check_lang as _lang
from . import check_doubts, de, editor_notes, figure
from .check_reasons import FIELDS, READINGS, REASONS, day, month, source

__all__ = ["IPI", "READINGS", "Said", "first_said", "said", "say", "source"]

_NBSP = "\u00a0"


class Said(str):
    """An English note of the checker (the string itself) with its template's key and values."""

    key: str
    values: dict[str, Any]


# check/reference.py IPI_NOTE, in each language.
IPI = {
    "en": "IPI's figures (a research dataset from the UN's monthly reports), not an official UN dataset",
    "es": "cifras del IPI (un conjunto de datos de investigación basado en los informes mensuales de la ONU), no un "
    "conjunto de datos oficial de la ONU",
    "fr": "chiffres de l’IPI (un jeu de données de recherche tiré des rapports mensuels de l’ONU), et non un jeu de "
    "données officiel de l’ONU",
}


class _English(Exception):
    """A part of a note that has no words but English."""


_IN_MISSIONS = re.compile(r"(?P<who>.+?) in (?P<where>[A-Z][A-Z0-9-]*(?: \+ [A-Z][A-Z0-9-]*)*)")
_WHO = {
    "es": {"women": "las mujeres", "personnel": "el personal"},
    "fr": {"women": "les femmes", "personnel": "le personnel"},
}


def _reading(label: str, lang: str) -> str:
    """What a reading counts (check/data.py), in `lang`: "las tropas", "el personal de MINUSCA + UNMISS"."""
    if lang == "en":
        return label
    if label in READINGS:
        return READINGS[label][lang]
    found = _IN_MISSIONS.fullmatch(label)  # "personnel in MINUSCA", "troops in MINUSMA" (a type's contingent)
    if found and (who := _WHO[lang].get(found["who"]) or READINGS.get(found["who"], {}).get(lang)):
        return f"{who} de {found['where']}"
    raise _English(label)


def _note(note: str, lang: str) -> str:
    """A note inside another, in `lang`; free English raises _English."""
    if lang == "en" or not note:
        return str(note)
    if not isinstance(note, Said):
        raise _English(note)
    return _written(note.key, note.values, lang)


def _english(doubt: str, lang: str) -> str:
    """A doubt about how a text reads given in English only (no key of check_doubts): said to be English."""
    return {"es": "en inglés: {}", "fr": f"en anglais{_NBSP}: {{}}"}[lang].format(doubt)


def _doubt(v: dict, lang: str, english: str) -> str:
    """A doubt after the word that announces it: ": " and its words in `lang`, else `english` with it said to be
    English."""
    if isinstance(v["doubt"], Said):
        return f"{_COLON[lang]} {_note(v['doubt'], lang)}"
    return english.format(_english(v["doubt"], lang))


_SEMI = {"en": ";", "es": ";", "fr": "\u202f;"}
_COLON = {"en": ":", "es": ":", "fr": "\u00a0:"}
_OR = {"en": " or ", "es": " o ", "fr": " ou "}
_ROUNDED = {
    "en": " (stale or rounded)",
    "es": " (cifra desactualizada o redondeada)",
    "fr": " (chiffre périmé ou arrondi)",
}
_PERIOD = {  # (from a day, since 1948, to a day after "from", to a day after "since")
    "en": ("from {}", "since 1948", " to {}", " to {}"),
    "es": ("del {}", "desde 1948", " al {}", " hasta el {}"),
    "fr": ("du {}", "depuis 1948", " au {}", " jusqu’au {}"),
}
_APART = {  # (no figure tells them apart, {exact} exact and {bounds} bounds each)
    "en": ("no figure tells them apart", "{exact} exact, {bounds} bounds each"),
    "es": ("ninguna cifra los distingue", "{exact} exactas y {bounds} límites cada uno"),
    "fr": ("aucun chiffre ne les distingue", "{exact} exactes et {bounds} bornes chacun"),
}
_REPORT = {  # the reference of a check: (IPI's figures, a report) of a day
    "en": ("IPI's figures of {} (a research dataset, not official)", "the report of {}"),
    "es": ("las cifras del IPI del {} (un conjunto de datos de investigación, no oficial)", "el informe del {}"),
    "fr": ("les chiffres de l’IPI du {} (un jeu de données de recherche, non officiel)", "le rapport du {}"),
}


def _readings(v: dict, lang: str) -> str:
    """The data's readings: "1,280 (uniformed personnel) or 1,200 (troops)", a single one without its label."""
    several = len(v["readings"]) > 1
    return _OR[lang].join(
        f"{figure(actual, lang)} ({_reading(label, lang)})" if several else figure(actual, lang)
        for label, actual in v["readings"]
    )


def _period(v: dict, lang: str) -> str:
    """The period of a death toll: "from 2020-01-01", "desde 1948 hasta el 12 de octubre de 2022"."""
    since, until = v.get("since"), v.get("until")
    start, ever, to, up_to = _PERIOD[lang]
    period = start.format(day(since, lang)) if since else ever
    return period + (to if since else up_to).format(day(until, lang)) if until else period


def _apart(v: dict, lang: str) -> str:
    """What tells tied reports apart: nothing, or as many exact figures and bounds each."""
    none, each = _APART[lang]
    return none if (v["exact"], v["bounds"]) == (0, 0) else each.format(exact=v["exact"], bounds=v["bounds"])


# The values a note writes otherwise than as given, by their name in its template.
_FIELDS: dict[str, Callable[[dict, str], str]] = {
    **FIELDS,
    **check_doubts.FIELDS,
    "actual": lambda v, lang: figure(v["actual"], lang),
    "label": lambda v, lang: _reading(v["label"], lang),
    "rule": lambda v, lang: f" ({_reading(v['label'], lang)})" if v["label"] else "",
    "rounded": lambda v, lang: _ROUNDED[lang] if v["rounded"] else "",
    "readings": _readings,
    "note": lambda v, lang: _note(v["note"], lang),
    "named": lambda v, lang: _note(v["named"], lang),
    "then": lambda v, lang: f"{_SEMI[lang]} {_note(v['note'], lang)}" if v["note"] else "",
    "lead": lambda v, lang: f"{_note(v['note'], lang)}{_SEMI[lang]} " if v["note"] else "",
    "period": _period,
    "caveat": lambda v, lang: editor_notes.note(v["caveat"], lang),
    "asked": lambda v, lang: month(v["asked"], lang),
    "held": lambda v, lang: month(v["held"], lang),
    "later": lambda v, lang: month(v["later"], lang),
    "cannot": lambda v, lang: _note(v["cannot"], lang),
    "fits": lambda v, lang: ", ".join(month(m, lang) for m in v["fits"]),
    "span": lambda v, lang: de(", ".join(month(m, lang) for m in v["months"]), lang),
    "apart": _apart,
    "report": lambda v, lang: _REPORT[lang][0 if v["ipi"] else 1].format(day(v["day"], lang)),
    "why": lambda v, lang: _doubt(v, lang, " ({})"),
    "as_read": lambda v, lang: _doubt(v, lang, ", {}"),
    "ipi": lambda v, lang: IPI[lang],
}

# Each note's template in each language (the reasons' too), {name} a value as _FIELDS writes it (else as given).
_WRITE: dict[str, dict[str, str]] = {
    **REASONS,
    **check_doubts.DOUBTS,
    "matches_counting": {
        "en": "matches the data counting {label}",
        "es": "coincide con los datos si se cuenta {label}",
        "fr": "correspond aux données en comptant {label}",
    },
    "approximately": {
        "en": "approximately: the data says {actual}{rule}",
        "es": "aproximadamente: los datos dicen {actual}{rule}",
        "fr": "approximativement\u00a0: les données indiquent {actual}{rule}",
    },
    "true_but": {
        "en": "true, but the data says {actual}{rule}{rounded}",
        "es": "cierto, pero los datos dicen {actual}{rule}{rounded}",
        "fr": "exact, mais les données indiquent {actual}{rule}{rounded}",
    },
    "data_says": {
        "en": "the data says {readings}",
        "es": "los datos dicen {readings}",
        "fr": "les données indiquent {readings}",
    },
    "deaths": {"en": "{lead}deaths {period}", "es": "{lead}fallecimientos {period}", "fr": "{lead}décès {period}"},
    "no_report": {
        "en": "no report to check it against",
        "es": "no hay ningún informe con que comprobarlo",
        "fr": "aucun rapport pour le vérifier",
    },
    "not_in_mission": {
        "en": "no personnel of the country in this mission that month",
        "es": "el país no tiene personal en esta misión ese mes",
        "fr": "le pays n’a pas de personnel dans cette mission ce mois-là",
    },
    "printed_in_error": {
        "en": "matches a figure the report printed in error: {caveat}",
        "es": "coincide con una cifra que el informe imprimió por error: {caveat}",
        "fr": "correspond à un chiffre que le rapport a imprimé par erreur\u00a0: {caveat}",
    },
    "unreliable": {
        "en": "the report's figure is unreliable: {caveat}",
        "es": "la cifra del informe no es fiable: {caveat}",
        "fr": "le chiffre du rapport n’est pas fiable\u00a0: {caveat}",
    },
    "no_report_covers": {
        "en": "not checkable: no report covers {asked}, the month the text states",
        "es": "no verificable: ningún informe cubre {asked}, el mes que indica el texto",
        "fr": "non vérifiable\u00a0: aucun rapport ne couvre {asked}, le mois qu’indique le texte",
    },
    "ambiguous_month": {
        "en": "ambiguous month: it holds in {fits} only{then}",
        "es": "mes ambiguo: solo se cumple en {fits}{then}",
        "fr": "mois ambigu\u00a0: ne se vérifie qu’en {fits}{then}",
    },
    "stale_up_to": {
        "en": "stale: held up to {day}; {note}",
        "es": "desactualizada: se cumplía hasta el {day}; {note}",
        "fr": "périmée\u00a0: se vérifiait jusqu’au {day}\u202f; {note}",
    },
    "stale_in": {
        "en": "stale: held in {held}; in {month} {note}",
        "es": "desactualizada: se cumplía en {held}; en {month}, {note}",
        "fr": "périmée\u00a0: se vérifiait en {held}\u202f; en {month}, {note}",
    },
    "own_month": {
        "en": "checked in {asked}, the month its sentence names ('{words}'){then}",
        "es": "comprobada en {asked}, el mes que nombra su frase («{words}»){then}",
        "fr": "vérifiée en {asked}, le mois que nomme sa phrase («\u202f{words}\u202f»){then}",
    },
    "own_month_missing": {
        "en": "not checkable: no report covers {asked}, the month its sentence names ('{words}')",
        "es": "no verificable: ningún informe cubre {asked}, el mes que nombra su frase («{words}»)",
        "fr": "non vérifiable\u00a0: aucun rapport ne couvre {asked}, le mois que nomme sa phrase "
        "(«\u202f{words}\u202f»)",
    },
    "held_in_no_report": {
        "en": "{note} in {month}; it held in no report of the {months} months before publication",
        "es": "{note} en {month}; no se cumplía en ningún informe de los {months} meses anteriores a la publicación",
        "fr": "{note} en {month}\u202f; ne se vérifiait dans aucun rapport des {months} mois précédant la publication",
    },
    "held_at_no_month_end": {
        "en": "{note}; it held at the end of none of the {months} months before publication",
        "es": "{note}; no se cumplía al final de ninguno de los {months} meses anteriores a la publicación",
        "fr": "{note}\u202f; ne se vérifiait à la fin d’aucun des {months} mois précédant la publication",
    },
    "unknown_later": {
        "en": "not checkable: the report of {later}, which the text may have used, cannot tell it ({cannot}); "
        "{note} in {month}",
        "es": "no verificable: el informe de {later}, que el texto pudo usar, no permite saberlo ({cannot}); "
        "{note} en {month}",
        "fr": "non vérifiable\u00a0: le rapport de {later}, que le texte a pu utiliser, ne permet pas de le savoir "
        "({cannot})\u202f; {note} en {month}",
    },
    "missing_later": {
        "en": "not checkable: the report of {later}, which the text may have used, is not in the store (a later one "
        "came out before the text); {note} in {month}",
        "es": "no verificable: el informe de {later}, que el texto pudo usar, no está en el almacén (uno posterior "
        "se publicó antes del texto); {note} en {month}",
        "fr": "non vérifiable\u00a0: le rapport de {later}, que le texte a pu utiliser, n’est pas dans la base (un "
        "rapport ultérieur est paru avant le texte)\u202f; {note} en {month}",
    },
    "missing_between": {
        "en": "not checkable: it lies between the figures of the reports either side of {later}, a month whose "
        "report the store lacks and in which it may have held; {note} in {month}",
        "es": "no verificable: está entre las cifras de los informes anterior y posterior a {later}, un mes cuyo "
        "informe falta en el almacén y en el que pudo ser cierta; {note} en {month}",
        "fr": "non vérifiable\u00a0: elle se situe entre les chiffres des rapports qui encadrent {later}, un mois dont "
        "le rapport manque à la base et où elle a pu être juste\u202f; {note} en {month}",
    },
    "late_file": {
        "en": "stale: it holds in {held}, whose report the store has only as a file of {day}, after the text "
        "(the UN may have published it before); {note} in {month}",
        "es": "desactualizada: se cumple en {held}, cuyo informe solo consta como un archivo del {day}, posterior al "
        "texto (la ONU pudo publicarlo antes); {note} en {month}",
        "fr": "périmée\u00a0: se vérifie en {held}, dont le rapport n’existe que dans un fichier du {day}, "
        "postérieur au texte (l’ONU a pu le publier avant)\u202f; {note} en {month}",
    },
    "named": {"en": "{report}", "es": "{report}", "fr": "{report}"},
    "matched": {
        "en": "{exact} of {claims} claims match {named} exactly{then}",
        "es": "afirmaciones exactas según {named}: {exact} de {claims}{then}",
        "fr": "affirmations exactes selon {named}\u00a0: {exact} sur {claims}{then}",
    },
    "no_dependency": {
        "en": "no figure of the text depends on the report month; checked against {named}{then}",
        "es": "ninguna cifra del texto depende del mes del informe; se comprueba con {named}{then}",
        "fr": "aucun chiffre du texte ne dépend du mois du rapport\u202f; référence\u00a0: {named}{then}",
    },
    "no_claims": {
        "en": "no numeric claims found in the text{then}",
        "es": "no se encontró ninguna afirmación numérica en el texto{then}",
        "fr": "aucune affirmation chiffrée dans le texte{then}",
    },
    "newest": {
        "en": "no figure of the text tells the reports it may have used apart (none holds in any): the newest of them, "
        "{month}, is assumed{then}",
        "es": "ninguna cifra del texto distingue los informes que pudo usar (ninguna es cierta en ellos): se toma el "
        "más reciente, el de {month}{then}",
        "fr": "aucun chiffre du texte ne départage les rapports qu’il a pu utiliser (aucun n’y est juste)\u00a0: le "
        "plus récent, celui de {month}, est retenu{then}",
    },
    "newest_bounds": {
        "en": "no exact figure of the text tells the reports it may have used apart (its bounds hold in each): the "
        "newest of them, {month}, is assumed{then}",
        "es": "ninguna cifra exacta del texto distingue los informes que pudo usar (sus cotas se cumplen en todos): se "
        "toma el más reciente, el de {month}{then}",
        "fr": "aucun chiffre exact du texte ne départage les rapports qu’il a pu utiliser (ses bornes tiennent dans "
        "chacun)\u00a0: le plus récent, celui de {month}, est retenu{then}",
    },
    "tied": {
        "en": "ambiguous: the reports {span} fit the text equally ({apart}); verdicts hold for all of them unless "
        "said otherwise{then}",
        "es": "ambiguo: los informes {span} se ajustan igual al texto ({apart}); los veredictos valen para todos "
        "ellos salvo que se indique lo contrario{then}",
        "fr": "ambigu\u00a0: les rapports {span} correspondent également au texte ({apart})\u202f; les verdicts "
        "valent pour chacun d’eux sauf mention contraire{then}",
    },
    "ambiguous": {"en": "ambiguous: {doubt}", "es": "ambiguo{why}", "fr": "ambigu{why}"},
    "ambiguous_read": {
        "en": "ambiguous: {doubt}; read so, {note}",
        "es": "ambiguo{why}; así leído, {note}",
        "fr": "ambigu{why}\u202f; ainsi lu, {note}",
    },
    "read_as": {
        "en": "{note} (read as: {doubt})",
        "es": "{note} (leído así{as_read})",
        "fr": "{note} (lu ainsi{as_read})",
    },
    "ipi": {"en": "{lead}{ipi}", "es": "{lead}{ipi}", "fr": "{lead}{ipi}"},
}


class _Fields:
    """A note's values as `lang` writes them, looked up by the {names} of its template."""

    def __init__(self, values: dict, lang: str) -> None:
        self.values, self.lang = values, lang

    def __getitem__(self, name: str) -> str:
        write = _FIELDS.get(name)
        return write(self.values, self.lang) if write else str(self.values[name])


def _written(key: str, values: dict, lang: str) -> str:
    """The template `key` in `lang`, filled with `values`."""
    return _WRITE[key][lang].format_map(_Fields(values, lang))


def said(key: str, **values: Any) -> Said:
    """The checker's note of template `key` made from `values`: the English string, keeping both."""
    note = Said(_written(key, values, "en"))
    note.key, note.values = key, values
    return note


def first_said(**values: Any) -> Said:
    """What the first-deployment table has for a country ("UNEF in 1956"), as a verdict's data."""
    return said("first_said", **values)


def say(note: str, lang: str) -> str | None:
    """A checker's note in `lang`; None when some part of it is free English (the page then gives it as is)."""
    if _lang(lang) == "en" or not note:
        return str(note)
    if not isinstance(note, Said):
        return None
    try:
        return _written(note.key, note.values, lang)
    except (_English, WordingError):
        return None
