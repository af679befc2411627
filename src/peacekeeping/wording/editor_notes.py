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
from . import fact_notes, flag_notes, number
from .flag_notes import FLAG_NOTES, FLAGS

__all__ = ["FLAGS", "FLAG_NOTES", "KINDS", "alone", "english_note", "kind_note", "note"]

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
    return said + _bound(bound, lang) if bound else said


def alone(n: int, lang: str) -> str:
    """A count standing alone, not before a noun: "uno", "un" (else as `number` writes it: "dos", "1.230")."""
    return {"es": "uno", "fr": "un"}.get(lang, "one") if n == 1 else number(n, lang)


def _bound(bound: str, lang: str) -> str:
    """By how many the figures that include it may be off, in `lang` (French elides: "d’un au plus")."""
    return _BOUND[lang].format(bound=bound).replace(" de un au plus", " d’un au plus")


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
    """A caveat (its kind, English text, review, flags and scope) as a reader in `lang` is told it: a kind's own
    words, a quality rule's note and a note the facts write by template (wording/flag_notes.py, fact_notes.py); free
    English (a reviewer's prose) said to be English."""
    text = _get(caveat, "text")
    if _lang(lang) == "en":
        return text
    kind, review, flags = _get(caveat, "kind"), _get(caveat, "review"), [_plain(f) for f in _get(caveat, "flags") or []]
    bound = _BOUND_EN.search(text)
    plain = text[: bound.start()] if bound else text
    written = alone(int(bound[1].replace(",", "")), lang) if bound else None
    if kind in KINDS and plain == KINDS[kind]["en"]:
        return kind_note(kind, lang, written)
    said = None if review else _templated(plain, flags, _plain(_get(caveat, "scope")), lang)
    if said is None:
        return english_note(text, lang, _plain(review), flags)
    return said + _bound(written, lang) if written else said


def _templated(text: str, flags: list[dict] | None, scope: dict | None, lang: str) -> str | None:
    """An English note that a template of the wording layer wrote, in `lang`; None for free English."""
    return flag_notes.say(text, flags, scope, lang) or (None if flags else fact_notes.say(text, lang))


def _get(caveat, key: str):
    """A field of a caveat, a dict or a model (facts/models/ Caveat)."""
    return caveat.get(key) if isinstance(caveat, dict) else getattr(caveat, key, None)


def _plain(item) -> dict | None:
    """A flag, a review or a scope as a dict (an answer's, or its model's); None as is."""
    return item if item is None or isinstance(item, dict) else item.model_dump()
