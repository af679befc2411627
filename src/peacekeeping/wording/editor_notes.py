"""The notes for the editor that come from the store's notes (quality flags and the reviewed corrections table), in a
draft's language.

Where a note says only what kind of doubt it is (the words the store keeps for a kind when a review gives none),
the note is written from a template per kind in the draft's language. Where it is a free English text (a reviewer's
note in harmonize/data/corrections.csv, or a quality flag's particulars), it is not translated by guess: the draft
says, in its own language, that the note is English and where it comes from, then gives it as written.
"""

from __future__ import annotations

import re

from ..harmonize.country_names import check_lang as _lang
from . import number

__all__ = ["FLAGS", "FLAG_NOTES", "KINDS", "english_note", "kind_note", "note"]

# A note that says only its kind: the caveat kinds (facts/caveats.py KINDS, as a sentence).
KINDS: dict[str, dict[str, str]] = {
    "unreliable": {
        "en": "The figure is wrong in the report and nothing settles it: withheld.",
        "es": "La cifra es errónea en el informe y nada permite corregirla: se retiene.",
        "fr": "Le chiffre est erroné dans le rapport et rien ne permet de le corriger : il est retenu.",
    },
    "approximate": {
        "en": "The figure sums a value the report printed in error, and may be off by a little.",
        "es": "La cifra suma un valor que el informe imprimió por error y puede desviarse un poco.",
        "fr": "Le chiffre additionne une valeur que le rapport a imprimée par erreur et peut s’écarter un peu.",
    },
    "corrected": {
        "en": "The report printed this figure in error; the corrected figure is given.",
        "es": "El informe imprimió esta cifra por error; se da la cifra corregida.",
        "fr": "Le rapport a imprimé ce chiffre par erreur ; le chiffre corrigé est donné.",
    },
    "checked": {
        "en": "Flagged as unusual, checked and right as printed.",
        "es": "Señalada como inusual, comprobada y correcta tal como se imprimió.",
        "fr": "Signalé comme inhabituel, vérifié et exact tel qu’imprimé.",
    },
    "note": {
        "en": "Something a reader should know about the figure.",
        "es": "Algo que el lector debe saber sobre la cifra.",
        "fr": "Une information que le lecteur doit connaître sur ce chiffre.",
    },
}
_BOUND = {
    "en": " Figures that include it may be off by up to {bound}.",
    "es": " Las cifras que la incluyen pueden desviarse hasta {bound}.",
    "fr": " Les chiffres qui l’incluent peuvent s’écarter de {bound} au plus.",
}

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

# The notes of quality rules whose words have no particulars (ingest/corrections.py writes them so), by rule.
FLAG_NOTES: dict[str, dict[str, str]] = {
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
}

_REVIEWED = {
    "es": "Nota en inglés del cuadro de correcciones revisadas ({table}, línea {line}): {text}",
    "fr": "Note en anglais du tableau des corrections revues ({table}, ligne {line}) : {text}",
}
_FLAGGED = {
    "es": "Control de calidad ({what}), nota en inglés: {text}",
    "fr": "Contrôle de qualité ({what}), note en anglais : {text}",
}
_ENGLISH = {"es": "Nota en inglés: {text}", "fr": "Note en anglais : {text}"}


def kind_note(kind: str, lang: str, bound: str | None = None) -> str:
    """The note of a kind of doubt, in `lang` ("La cifra es errónea en el informe…"); `bound`, a figure already
    written in the language, adds by how many the figures that include it may be off."""
    said = KINDS[kind][_lang(lang)]
    return said + _BOUND[lang].format(bound=bound) if bound else said


def english_note(text: str, lang: str, review: dict | None = None, flags: list[dict] | None = None) -> str:
    """An English note as a draft in `lang` gives it: as is in English; a quality rule's note without particulars
    by its template (FLAG_NOTES); else said to be English, with where it comes from (the reviewed table and its
    line, or the quality rule that raised it, named in `lang`)."""
    if _lang(lang) == "en":
        return text
    rules = {f.get("kind") for f in flags or []}
    if not review and len(rules) == 1 and (rule := rules.pop()) in FLAG_NOTES and text == FLAG_NOTES[rule]["en"]:
        return FLAG_NOTES[rule][lang]
    if review:
        return _REVIEWED[lang].format(table=review["table"], line=review["line"], text=text)
    kinds = [f["kind"] for f in flags or [] if f.get("kind") in FLAGS]
    if kinds:
        what = "; ".join(dict.fromkeys(FLAGS[k][lang] for k in kinds))
        return _FLAGGED[lang].format(what=what, text=text)
    return _ENGLISH[lang].format(text=text)


_BOUND_EN = re.compile(r" Figures that include it may be off by up to ([\d,]+)\.$")


def note(caveat: dict, lang: str) -> str:
    """A caveat (its kind, English text, review and flags) as a reader in `lang` is told it: a kind's own words by
    template, a quality rule's note without particulars by template, free English said to be English."""
    text = caveat["text"]
    if _lang(lang) == "en":
        return text
    bound = _BOUND_EN.search(text)
    plain = text[: bound.start()] if bound else text
    if caveat["kind"] in KINDS and plain == KINDS[caveat["kind"]]["en"]:
        written = number(int(bound[1].replace(",", "")), lang) if bound else None
        return kind_note(caveat["kind"], lang, written)
    return english_note(text, lang, caveat.get("review"), caveat.get("flags"))
