"""Why an answer's figures are of another report than the month asked, in English, Spanish and French.

The facts layer says why as data (`why`: its kind and dates, ISO); every reader's sentence is made here, so that a
Spanish page or draft says it in Spanish and the English stays the one the API gives (`month.substitution`).
"""

from __future__ import annotations

import datetime as dt

from ..harmonize.country_names import check_lang as _lang
from . import long_date, long_month

# fmt: off
_TEMPLATES = {
    "generated_after": {
        "en": "The report of {latest} was generated on {generated}, not before {before}: figures are from the report "
              "of {used}, the latest generated before.",
        "es": "El informe del {latest} se generó el {generated}, no antes del {before}: las cifras proceden del "
              "informe del {used}, el último generado antes.",
        "fr": "Le rapport du {latest} a été généré le {generated}, et non avant le {before}\u00a0: les chiffres "
              "proviennent du rapport du {used}, le dernier généré avant.",
    },
    "after_latest": {
        "en": "{Asked} is after the latest report in the store: figures are from the report of {used}, the latest "
              "report ({used_month}).",
        "es": "{Asked} es posterior al último informe de la base de datos: las cifras proceden del informe del {used}, "
              "el último ({used_month}).",
        "fr": "{Asked} est postérieur au dernier rapport de la base de données\u00a0: les chiffres proviennent du "
              "rapport du {used}, le dernier ({used_month}).",
    },
    "missing": {
        "en": "No report covers {asked}: figures are from the report of {used}, the latest before it.",
        "es": "Ningún informe cubre {asked}: las cifras proceden del informe del {used}, el último anterior.",
        "fr": "Aucun rapport ne couvre {asked}\u00a0: les chiffres proviennent du rapport du {used}, le dernier avant "
              "ce mois.",
    },
    "dated_after": {
        "en": "The {asked} report is dated {asked_report}, after the date asked ({requested}): figures are from the "
              "report of {used}.",
        "es": "El informe de {asked} está fechado el {asked_report}, después de la fecha pedida ({requested}): las "
              "cifras proceden del informe del {used}.",
        "fr": "Le rapport de {asked} est daté du {asked_report}, après la date demandée ({requested})\u00a0: les "
              "chiffres proviennent du rapport du {used}.",
    },
}
# fmt: on
KINDS = tuple(_TEMPLATES)
_DATES = ("latest", "generated", "before", "used", "asked_report", "requested")  # ISO dates, written out


def substitution(why: dict | None, lang: str = "en") -> str | None:
    """The sentence of a `why` (ReportMonth.why) in `lang`, or None when the month used is the month asked."""
    if why is None:
        return None
    lang = _lang(lang)
    values = {k: long_date(dt.date.fromisoformat(v), lang) for k, v in why.items() if k in _DATES}
    if "used_month" in why:
        values["used_month"] = long_month(why["used_month"], lang)
    if "asked" in why:
        values["asked"] = long_month(why["asked"], lang)
        values["Asked"] = values["asked"][:1].upper() + values["asked"][1:]
    return _TEMPLATES[why["kind"]][lang].format(**values)
