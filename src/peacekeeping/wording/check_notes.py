"""The checker's notes in English, Spanish and French.

The checker (check/verify.py) writes each verdict's note with `said`: a `Said` is the English note itself, byte for
byte the one the API gives, that also keeps the key of its template and the values it was made from (figures,
months, the data's readings, a caveat, a note inside it). `say` writes it again in Spanish or French; a note with a
part that is free English (a doubt about how a text reads, a plain string) gives None, and the page keeps it in
English and says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from babel.numbers import format_decimal

from ..harmonize.country_names import WordingError
from ..harmonize.country_names import check_lang as _lang
from . import de, editor_notes
from .check_reasons import READINGS, REASONS, source
from .check_reasons import day as _day
from .check_reasons import month as _month

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


def _fig(n: int, lang: str) -> str:
    return f"{n:,}" if lang == "en" else format_decimal(n, locale=lang)


_IN_MISSIONS = re.compile(r"(?P<who>women|personnel) in (?P<where>[A-Z][A-Z0-9-]*(?: \+ [A-Z][A-Z0-9-]*)*)")
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
    if found := _IN_MISSIONS.fullmatch(label):
        return f"{_WHO[lang][found['who']]} de {found['where']}"
    raise _English(label)


def _note(note: str, lang: str) -> str:
    """A note inside another, in `lang`; free English raises _English."""
    if lang == "en" or not note:
        return str(note)
    if not isinstance(note, Said):
        raise _English(note)
    return _write(note, lang)


def _rule(label: str | None, lang: str) -> str:
    return f" ({_reading(label, lang)})" if label else ""


def _colon(lang: str) -> str:
    return f"{_NBSP}:" if lang == "fr" else ":"


def _semi(lang: str) -> str:
    return "\u202f;" if lang == "fr" else ";"


def _readings(v: dict, lang: str) -> str:
    several = len(v["readings"]) > 1
    sep = {"en": " or ", "es": " o ", "fr": " ou "}[lang]
    said = sep.join(
        f"{_fig(actual, lang)} ({_reading(label, lang)})" if several else _fig(actual, lang)
        for label, actual in v["readings"]
    )
    return {"en": "the data says ", "es": "los datos dicen ", "fr": "les données indiquent "}[lang] + said


_PERIOD = {  # (from a day, since 1948, to a day after "from", to a day after "since")
    "es": ("del {}", "desde 1948", " al {}", " hasta el {}"),
    "fr": ("du {}", "depuis 1948", " au {}", " jusqu’au {}"),
}


def _deaths(v: dict, lang: str) -> str:
    since, until = v.get("since"), v.get("until")
    if lang == "en":
        period = f"from {since}" if since else "since 1948"
        period = f"{period} to {until}" if until else period
        return f"{v['note']}; deaths {period}".lstrip("; ")
    start, ever, to, up_to = _PERIOD[lang]
    period = start.format(_day(since, lang)) if since else ever
    if until:
        period += (to if since else up_to).format(_day(until, lang))
    words = f"{'fallecimientos' if lang == 'es' else 'décès'} {period}"
    note = _note(v["note"], lang)
    return f"{note}{_semi(lang)} {words}" if note else words


def _english(doubt: str, lang: str) -> str:
    """A doubt about how a text reads, which the checker words in English only: said to be English."""
    return {"es": "en inglés: {}", "fr": f"en anglais{_NBSP}: {{}}"}[lang].format(doubt)


def _then(note: str, lang: str) -> str:
    """A note that follows another, after a semicolon (nothing when there is none)."""
    return f"{_semi(lang)} {_note(note, lang)}" if note else ""


_TIED = {  # (no figure tells them apart, {exact} exact and {bounds} bounds each, the sentence)
    "en": (
        "no figure tells them apart",
        "{exact} exact, {bounds} bounds each",
        "ambiguous: the reports {months} fit the text equally ({why}); verdicts hold for all of them unless said "
        "otherwise",
    ),
    "es": (
        "ninguna cifra los distingue",
        "{exact} exactas y {bounds} límites cada uno",
        "ambiguo: los informes {months} se ajustan igual al texto ({why}); los veredictos valen para todos ellos "
        "salvo que se indique lo contrario",
    ),
    "fr": (
        "aucun chiffre ne les distingue",
        "{exact} exactes et {bounds} bornes chacun",
        "ambigu\u00a0: les rapports {months} correspondent également au texte ({why})\u202f; les verdicts valent "
        "pour chacun d’eux sauf mention contraire",
    ),
}


def _tied(v: dict, lang: str) -> str:
    """Several reports fit a text equally."""
    none, each, sentence = _TIED[lang]
    why = none if (v["exact"], v["bounds"]) == (0, 0) else each.format(exact=v["exact"], bounds=v["bounds"])
    months = ", ".join(v["months"] if lang == "en" else (_month(m, lang) for m in v["months"]))
    return sentence.format(months=de(months, lang), why=why) + _then(v["note"], lang)


_WRITE: dict[str, Callable[[dict, str], str]] = {
    **REASONS,
    "matches_counting": lambda v, lang: {
        "en": lambda v: f"matches the data counting {v['label']}",
        "es": lambda v: f"coincide con los datos si se cuenta {_reading(v['label'], lang)}",
        "fr": lambda v: f"correspond aux données en comptant {_reading(v['label'], lang)}",
    }[lang](v),
    "approximately": lambda v, lang: {
        "en": lambda v: f"approximately: the data says {_fig(v['actual'], lang)}{_rule(v['label'], lang)}",
        "es": lambda v: f"aproximadamente: los datos dicen {_fig(v['actual'], lang)}{_rule(v['label'], lang)}",
        "fr": lambda v: (
            f"approximativement{_NBSP}: les données indiquent {_fig(v['actual'], lang)}{_rule(v['label'], lang)}"
        ),
    }[lang](v),
    "true_but": lambda v, lang: {
        "en": lambda v: (
            f"true, but the data says {_fig(v['actual'], lang)}{_rule(v['label'], lang)}"
            + (" (stale or rounded)" if v["rounded"] else "")
        ),
        "es": lambda v: (
            f"cierto, pero los datos dicen {_fig(v['actual'], lang)}{_rule(v['label'], lang)}"
            + (" (cifra desactualizada o redondeada)" if v["rounded"] else "")
        ),
        "fr": lambda v: (
            f"exact, mais les données indiquent {_fig(v['actual'], lang)}{_rule(v['label'], lang)}"
            + (" (chiffre périmé ou arrondi)" if v["rounded"] else "")
        ),
    }[lang](v),
    "data_says": _readings,
    "deaths": _deaths,
    "no_report": lambda v, lang: {
        "en": lambda v: "no report to check it against",
        "es": lambda v: "no hay ningún informe con que comprobarlo",
        "fr": lambda v: "aucun rapport pour le vérifier",
    }[lang](v),
    "not_in_mission": lambda v, lang: {
        "en": lambda v: "no personnel of the country in this mission that month",
        "es": lambda v: "el país no tiene personal en esta misión ese mes",
        "fr": lambda v: "le pays n’a pas de personnel dans cette mission ce mois-là",
    }[lang](v),
    "printed_in_error": lambda v, lang: {
        "en": lambda v: f"matches a figure the report printed in error: {editor_notes.note(v['caveat'], lang)}",
        "es": lambda v: (
            f"coincide con una cifra que el informe imprimió por error: {editor_notes.note(v['caveat'], lang)}"
        ),
        "fr": lambda v: (
            f"correspond à un chiffre que le rapport a imprimé par erreur{_NBSP}: "
            f"{editor_notes.note(v['caveat'], lang)}"
        ),
    }[lang](v),
    "unreliable": lambda v, lang: {
        "en": lambda v: f"the report's figure is unreliable: {editor_notes.note(v['caveat'], lang)}",
        "es": lambda v: f"la cifra del informe no es fiable: {editor_notes.note(v['caveat'], lang)}",
        "fr": lambda v: f"le chiffre du rapport n’est pas fiable{_NBSP}: {editor_notes.note(v['caveat'], lang)}",
    }[lang](v),
    "no_report_covers": lambda v, lang: {
        "en": lambda v: f"not checkable: no report covers {v['asked']}, the month the text states",
        "es": lambda v: f"no verificable: ningún informe cubre {_month(v['asked'], lang)}, el mes que indica el texto",
        "fr": lambda v: (
            f"non vérifiable{_NBSP}: aucun rapport ne couvre {_month(v['asked'], lang)}, le mois qu’indique le texte"
        ),
    }[lang](v),
    "ambiguous_month": lambda v, lang: {
        "en": lambda v: f"ambiguous month: it holds in {', '.join(v['fits'])} only; {v['note']}".rstrip("; "),
        "es": lambda v: (
            f"mes ambiguo: solo se cumple en {', '.join(_month(m, lang) for m in v['fits'])}"
            + (f"; {n}" if (n := _note(v["note"], lang)) else "")
        ),
        "fr": lambda v: (
            f"mois ambigu{_NBSP}: ne se vérifie qu’en {', '.join(_month(m, lang) for m in v['fits'])}"
            + (f"\u202f; {n}" if (n := _note(v["note"], lang)) else "")
        ),
    }[lang](v),
    "stale_up_to": lambda v, lang: {
        "en": lambda v: f"stale: held up to {v['day']}; {v['note']}",
        "es": lambda v: f"desactualizada: se cumplía hasta el {_day(v['day'], lang)}; {_note(v['note'], lang)}",
        "fr": lambda v: f"périmée{_NBSP}: se vérifiait jusqu’au {_day(v['day'], lang)}\u202f; {_note(v['note'], lang)}",
    }[lang](v),
    "stale_in": lambda v, lang: {
        "en": lambda v: f"stale: held in {v['held']}; in {v['month']} {v['note']}",
        "es": lambda v: (
            f"desactualizada: se cumplía en {_month(v['held'], lang)}; en {_month(v['month'], lang)}, "
            f"{_note(v['note'], lang)}"
        ),
        "fr": lambda v: (
            f"périmée{_NBSP}: se vérifiait en {_month(v['held'], lang)}\u202f; en {_month(v['month'], lang)}, "
            f"{_note(v['note'], lang)}"
        ),
    }[lang](v),
    "held_in_no_report": lambda v, lang: {
        "en": lambda v: (
            f"{v['note']} in {v['month']}; it held in no report of the {v['months']} months before publication"
        ),
        "es": lambda v: (
            f"{_note(v['note'], lang)} en {_month(v['month'], lang)}; no se cumplía en ningún informe de los "
            f"{v['months']} meses anteriores a la publicación"
        ),
        "fr": lambda v: (
            f"{_note(v['note'], lang)} en {_month(v['month'], lang)}\u202f; ne se vérifiait dans aucun rapport des "
            f"{v['months']} mois précédant la publication"
        ),
    }[lang](v),
    "named": lambda v, lang: {
        "en": lambda v: (
            f"IPI's figures of {v['day']} (a research dataset, not official)"
            if v["ipi"]
            else f"the report of {v['day']}"
        ),
        "es": lambda v: (
            f"las cifras del IPI del {_day(v['day'], lang)} (un conjunto de datos de investigación, no oficial)"
            if v["ipi"]
            else f"el informe del {_day(v['day'], lang)}"
        ),
        "fr": lambda v: (
            f"les chiffres de l’IPI du {_day(v['day'], lang)} (un jeu de données de recherche, non officiel)"
            if v["ipi"]
            else f"le rapport du {_day(v['day'], lang)}"
        ),
    }[lang](v),
    "matched": lambda v, lang: (
        {
            "en": lambda v: f"{v['exact']} of {v['claims']} claims match {v['named']} exactly",
            "es": lambda v: f"afirmaciones exactas según {_note(v['named'], lang)}: {v['exact']} de {v['claims']}",
            "fr": lambda v: (
                f"affirmations exactes selon {_note(v['named'], lang)}{_NBSP}: {v['exact']} sur {v['claims']}"
            ),
        }[lang](v)
        + _then(v["note"], lang)
    ),
    "no_dependency": lambda v, lang: (
        {
            "en": lambda v: f"no figure of the text depends on the report month; checked against {v['named']}",
            "es": lambda v: (
                f"ninguna cifra del texto depende del mes del informe; se comprueba con {_note(v['named'], lang)}"
            ),
            "fr": lambda v: (
                "aucun chiffre du texte ne dépend du mois du rapport\u202f; "
                f"référence{_NBSP}: {_note(v['named'], lang)}"
            ),
        }[lang](v)
        + _then(v["note"], lang)
    ),
    "no_claims": lambda v, lang: (
        {
            "en": lambda v: "no numeric claims found in the text",
            "es": lambda v: "no se encontró ninguna afirmación numérica en el texto",
            "fr": lambda v: "aucune affirmation chiffrée dans le texte",
        }[lang](v)
        + _then(v["note"], lang)
    ),
    "tied": _tied,
    "ambiguous": lambda v, lang: {
        "en": lambda v: f"ambiguous: {v['doubt']}",
        "es": lambda v: f"ambiguo ({_english(v['doubt'], lang)})",
        "fr": lambda v: f"ambigu ({_english(v['doubt'], lang)})",
    }[lang](v),
    "ambiguous_read": lambda v, lang: {
        "en": lambda v: f"ambiguous: {v['doubt']}; read so, {v['note']}",
        "es": lambda v: f"ambiguo ({_english(v['doubt'], lang)}); así leído, {_note(v['note'], lang)}",
        "fr": lambda v: f"ambigu ({_english(v['doubt'], lang)})\u202f; ainsi lu, {_note(v['note'], lang)}",
    }[lang](v),
    "read_as": lambda v, lang: {
        "en": lambda v: f"{v['note']} (read as: {v['doubt']})",
        "es": lambda v: f"{_note(v['note'], lang)} (leído así, {_english(v['doubt'], lang)})",
        "fr": lambda v: f"{_note(v['note'], lang)} (lu ainsi, {_english(v['doubt'], lang)})",
    }[lang](v),
    "ipi": lambda v, lang: f"{_note(v['note'], lang)}{_semi(lang)} {IPI[lang]}" if v["note"] else IPI[lang],
}


def _write(note: Said, lang: str) -> str:
    return _WRITE[note.key](note.values, lang)


def said(key: str, **values: Any) -> Said:
    """The checker's note of template `key` made from `values`: the English string, keeping both."""
    note = Said(_WRITE[key](values, "en"))
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
        return _write(note, lang)
    except (_English, WordingError):
        return None
