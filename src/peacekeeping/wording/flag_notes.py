"""Quality flags in English, Spanish and French: what each rule found, its particulars, and the note a reader is told.

ingest/corrections.py writes a flag's note in English from `sentence` (the API keeps that text). A page or a draft in
Spanish or French says it again from the flag's data (`say`): its kind, its particulars (the rule's `detail`, whose
shapes ingest/quality.py and ingest/ipi_months.py write and `detail` reads back) and its scope (the caveat's, as the
store's notes hold it), when the English note comes out the same written again from them; else it stays English.
"""

from __future__ import annotations

from functools import cache

from ..harmonize import countries
from ..harmonize.country_names import WordingError
from ..harmonize.country_names import check_lang as _lang
from . import country_name, country_with_article, personnel_type
from .flag_details import particulars

__all__ = [
    "DECISIONS",
    "FLAGS",
    "FLAG_NOTES",
    "decision",
    "detail",
    "iso3_of",
    "known_names",
    "label",
    "name",
    "say",
    "sentence",
]

_NBSP = "\u00a0"

# What each quality rule found (facts/quality.py LABELS), in the three languages.
FLAGS: dict[str, dict[str, str]] = {
    "sex_split_flip": {
        "en": "split by sex out of line with the months around it",
        "es": "desglose por sexo fuera de línea con los meses cercanos",
        "fr": "ventilation par sexe en décalage avec les mois voisins",
    },
    "total_jump": {
        "en": "total out of line with the months around it",
        "es": "total fuera de línea con los meses cercanos",
        "fr": "total en décalage avec les mois voisins",
    },
    "source_disagreement": {
        "en": "the Data Hub gives another figure",
        "es": "el Data Hub da otra cifra",
        "fr": "le Data Hub donne un autre chiffre",
    },
    "ranking_mismatch": {
        "en": "the UN's own ranking gives another rank",
        "es": "la clasificación de la propia ONU da otro puesto",
        "fr": "le classement de l’ONU elle-même donne un autre rang",
    },
    "inferred_date": {
        "en": "no date printed: taken from the file",
        "es": "sin fecha impresa: tomada del archivo",
        "fr": "aucune date imprimée : tirée du fichier",
    },
    "no_printed_totals": {
        "en": "no printed totals to check the rows against",
        "es": "sin totales impresos con que comprobar las filas",
        "fr": "aucun total imprimé pour vérifier les lignes",
    },
    "carried_forward": {
        "en": "IPI carried the month before forward: not an observation",
        "es": "el IPI repitió el mes anterior: no es una observación",
        "fr": "l’IPI a reporté le mois précédent : ce n’est pas une observation",
    },
    "ipi_no_breakdown": {
        "en": "IPI's breakdown by mission and sex lacks the country",
        "es": "el desglose del IPI por misión y sexo no incluye al país",
        "fr": "la ventilation de l’IPI par mission et par sexe ne comprend pas le pays",
    },
    "ipi_sex_total": {
        "en": "IPI's men and women do not add up to its total",
        "es": "los hombres y mujeres del IPI no suman su total",
        "fr": "les hommes et les femmes de l’IPI ne correspondent pas à son total",
    },
    "ipi_disagreement": {
        "en": "IPI's research dataset gives another figure",
        "es": "el conjunto de datos de investigación del IPI da otra cifra",
        "fr": "le jeu de données de recherche de l’IPI donne un autre chiffre",
    },
}

# The decision on a flag (facts/quality.py DECISIONS), by the status of its note.
DECISIONS: dict[str, dict[str, str]] = {
    "corrected": {"en": "corrected", "es": "corregida", "fr": "corrigé"},
    "unreliable": {"en": "withheld", "es": "retenida", "fr": "retenu"},
    "checked": {
        "en": "checked: right as printed",
        "es": "comprobada: correcta tal como se imprimió",
        "fr": "vérifié : exact tel qu’imprimé",
    },
    "note": {"en": "a note for readers", "es": "una nota para los lectores", "fr": "une note pour les lecteurs"},
}


# fmt: off
# The note of each rule, with {where} its scope and {detail} its particulars.
_SENTENCES: dict[str, dict[str, str]] = {
    "sex_split_flip": {
        "en": "The report's split by sex of {where} is out of line with the months before and after ({detail}): "
              "its figures of women may be wrong.",
        "es": "El desglose por sexo que da el informe para {where} no concuerda con los meses anterior y posterior "
              "({detail}): sus cifras de mujeres pueden ser erróneas.",
        "fr": "La ventilation par sexe que donne le rapport pour {where} ne concorde pas avec les mois précédent et "
              "suivant ({detail})\u00a0: ses chiffres de femmes sont peut-être erronés.",
    },
    "total_jump": {
        "en": "The report's total for {where} is out of line with the months before and after ({detail}): it may "
              "be wrong.",
        "es": "El total que da el informe para {where} no concuerda con los meses anterior y posterior ({detail}): "
              "puede ser erróneo.",
        "fr": "Le total que donne le rapport pour {where} ne concorde pas avec les mois précédent et suivant "
              "({detail})\u00a0: il est peut-être erroné.",
    },
    "source_disagreement": {
        "en": "The Data Hub gives another figure for {where}: {detail}.",
        "es": "El Data Hub da otra cifra para {where}: {detail}.",
        "fr": "Le Data Hub donne un autre chiffre pour {where}\u00a0: {detail}.",
    },
    "ranking_mismatch": {
        "en": "The UN's own ranking disagrees: {detail}.",
        "es": "La clasificación de la propia ONU discrepa: {detail}.",
        "fr": "Le classement de l’ONU elle-même diffère\u00a0: {detail}.",
    },
    "inferred_date": {
        "en": "The report prints no date: its month is taken from the date the file was made.",
        "es": "El informe no imprime ninguna fecha: su mes se toma de la fecha en que se creó el archivo.",
        "fr": "Le rapport n’imprime aucune date : son mois est tiré de la date de création du fichier.",
    },
    "no_printed_totals": {
        "en": "The report prints no totals to check its rows against.",
        "es": "El informe no imprime totales con que comprobar sus filas.",
        "fr": "Le rapport n’imprime aucun total permettant de vérifier ses lignes.",
    },
    "carried_forward": {
        "en": "IPI had no report for this month and carried figures forward into it ({detail}): they are not an "
              "observation of this month.",
        "es": "El IPI no tenía informe de este mes y le trasladó cifras de un mes anterior ({detail}): no son una "
              "observación de este mes.",
        "fr": "L’IPI n’avait pas de rapport pour ce mois et y a reporté les chiffres d’un mois antérieur "
              "({detail})\u00a0: ce ne sont pas des observations de ce mois.",
    },
    "ipi_no_breakdown": {
        "en": "IPI's breakdown by mission and sex lacks {where} this month: its figures ({detail}) are from IPI's "
              "country file.",
        "es": "El desglose del IPI por misión y sexo no incluye datos para {where} este mes: sus cifras ({detail}) "
              "proceden del archivo por país del IPI.",
        "fr": "La ventilation de l’IPI par mission et par sexe ne comprend pas {where} ce mois-ci\u00a0: ses "
              "chiffres ({detail}) proviennent du fichier par pays de l’IPI.",
    },
    "ipi_sex_total": {
        "en": "IPI's men and women of {where} do not add up to its total ({detail}): the figure may be wrong.",
        "es": "Los hombres y las mujeres que da el IPI para {where} no suman su total ({detail}): la cifra puede "
              "ser errónea.",
        "fr": "Les hommes et les femmes que donne l’IPI pour {where} ne correspondent pas à son total "
              "({detail})\u00a0: le chiffre est peut-être erroné.",
    },
    "ipi_disagreement": {
        "en": "IPI's research dataset gives another figure for {where}: {detail}.",
        "es": "El conjunto de datos de investigación del IPI da otra cifra para {where}: {detail}.",
        "fr": "Le jeu de données de recherche de l’IPI donne un autre chiffre pour {where}\u00a0: {detail}.",
    },
}
# fmt: on
# The notes of quality rules whose words have no particulars, by rule.
FLAG_NOTES = {k: v for k, v in _SENTENCES.items() if "{" not in v["en"]}


def sentence(kind: str, iso3: str | None, mission: str | None, ptype: str | None, detail: str, lang: str = "en") -> str:
    """The note of a flag that no reviewer has decided on yet, for a reader in `lang` (English: as the API gives it)."""
    lang = _lang(lang)
    said = particulars(kind, detail, lang) if lang != "en" else detail
    return _SENTENCES[kind][lang].format(where=_where(iso3, mission, ptype, lang), detail=said or detail)


def label(kind: str, lang: str) -> str:
    """What a rule found, in `lang` ("desglose por sexo fuera de línea…"); an unknown rule is its own name."""
    return FLAGS.get(kind, {}).get(_lang(lang), kind)


def decision(status_or_words: str, lang: str) -> str:
    """The decision on a flag in `lang`, from its note's status or its English words ("withheld" -> "retenida")."""
    for status, words in DECISIONS.items():
        if status_or_words in (status, words["en"]):
            return words[_lang(lang)]
    return status_or_words


def detail(kind: str, text: str, lang: str) -> str:
    """A flag's particulars in `lang` (figures, months and sources as the language writes them); as written when
    its shape is not one the rules write."""
    return text if _lang(lang) == "en" else particulars(kind, text, lang) or text


def say(text: str, flags: list[dict] | None, scope: dict | None, lang: str) -> str | None:
    """The note `text` (English, as ingest wrote it for its one flag over `scope`: iso3, mission, personnel_type) in
    `lang`; None when it is not such a note (a reviewer's words, or no scope to write it from)."""
    kinds = [f.get("kind") for f in flags or []]
    if len(kinds) != 1 or kinds[0] not in _SENTENCES:
        return None
    kind, stated = kinds[0], (flags or [{}])[0].get("detail") or ""
    if kind in FLAG_NOTES:
        return FLAG_NOTES[kind][lang] if text == FLAG_NOTES[kind]["en"] else None
    if scope is None:
        return None
    where = (scope.get("iso3"), scope.get("mission"), scope.get("personnel_type"))
    if sentence(kind, *where, stated) != text or (stated and particulars(kind, stated, lang) is None):
        return None
    return sentence(kind, *where, stated, lang)


# --- scope ---------------------------------------------------------------------------------------------------------

_ALL = {"en": "all countries", "es": "todos los países", "fr": "l’ensemble des pays"}


def _where(iso3: str | None, mission: str | None, ptype: str | None, lang: str) -> str:
    """The scope of a flag: en "Peru MINUSCA troops" (as the API writes it); es "el Perú (MINUSCA, tropas)"."""
    if lang == "en":
        name = countries.by_iso3(iso3).name if iso3 else _ALL["en"]
        return " ".join(filter(None, [name, mission, ptype and ptype.lower()]))
    name = _ALL[lang] if not iso3 else _with_article(iso3, lang)
    inside = ", ".join(filter(None, [mission, ptype and personnel_type(ptype, lang)]))
    return f"{name} ({inside})" if inside else name


def _with_article(iso3: str, lang: str) -> str:
    """The country with its article in `lang`, else its English name."""
    try:
        return country_with_article(iso3, lang)
    except WordingError:
        return countries.by_iso3(iso3).name


def name(iso3: str, lang: str) -> str:
    """The country's name without article in `lang`, else its English name."""
    try:
        return country_name(iso3, lang)
    except WordingError:
        return countries.by_iso3(iso3).name


@cache
def known_names() -> list[tuple[str, str]]:
    """(English name, ISO3) of every country, longest name first."""
    return sorted(((c.name, c.iso3) for c in countries.all_countries()), key=lambda p: -len(p[0]))


def iso3_of(english: str) -> str | None:
    """The ISO3 code of a country's English UN short name (as facts and ingest write it), else None."""
    return next((iso3 for known, iso3 in known_names() if known == english), None)
