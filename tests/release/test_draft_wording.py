"""The words of a release draft that are not its sentences: the mark that ends the text, and the notes for the
editor, in the draft's language (Peru, 12 October 2022, on the small store)."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping import store
from peacekeeping.release import draft, render
from peacekeeping.wording import editor_notes

DATE = dt.date(2022, 10, 12)


@pytest.fixture(scope="module")
def dcon(small_store):
    with store.connect(small_store[0]) as connection:
        yield connection


@pytest.mark.parametrize(
    ("lang", "last", "note"),
    [
        (
            "en",
            "The United Nations will never forget the sacrifice of the four[^8] Peruvian peacekeepers who lost their "
            "lives while serving under the UN flag.",
            "## Note to editors",
        ),
        (
            "es",
            "Las Naciones Unidas nunca olvidarán el sacrificio de los cuatro[^8] cascos azules peruanos que perdieron "
            "la vida mientras servían bajo la bandera de la ONU.",
            "## Nota para los editores",
        ),
        (
            "fr",
            "L’ONU n’oubliera jamais le sacrifice des quatre[^8] Casques bleus péruviens qui ont perdu la vie en "
            "servant sous le drapeau des Nations Unies.",
            "## Note aux rédactions",
        ),
    ],
)
def test_the_text_ends_with_the_seed_s_end_mark(dcon, lang, last, note):
    """The seed release ends its text "#"; Markdown escapes it (a lone "#" is an empty heading there)."""
    d = draft.build(dcon, "Peru", DATE, lang)
    assert f"\n\n{last}\n\n\\#\n\n{note}\n\n" in render.markdown(d)
    assert "\n\n\\#\n\n" in render.markdown(d, clean=True)
    assert "\n\n#\n\n" in render.text(d) and "\\" not in render.text(d)


FLAG = (
    "The Data Hub gives another figure for Peru UNIFIL troops: report 23 against DPO-UCHISTORICAL 22 "
    "(DPO-UCHISTORICAL.csv, line 14)."
)


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "en",
            [
                "The report of 30 September 2022 was generated on 25 October 2022, not before 12 October 2022: figures "
                "are from the report of 30 June 2022, the latest generated before.",
                FLAG,
            ],
        ),
        (
            "es",
            [
                "El informe del 30 de septiembre de 2022 se generó el 25 de octubre de 2022, no antes del 12 de "
                "octubre de 2022: las cifras proceden del informe del 30 de junio de 2022, el último generado antes.",
                "El Data Hub da otra cifra para el Perú (UNIFIL, tropas): el informe da 23 y DPO-UCHISTORICAL, 22 "
                "(DPO-UCHISTORICAL.csv, línea 14).",
            ],
        ),
        (
            "fr",
            [
                "Le rapport du 30 septembre 2022 a été généré le 25 octobre 2022, et non avant le 12 octobre "
                "2022\u00a0: les chiffres proviennent du rapport du 30 juin 2022, le dernier généré avant.",
                "Le Data Hub donne un autre chiffre pour le Pérou (UNIFIL, troupes)\u00a0: le rapport donne 23 et "
                "DPO-UCHISTORICAL 22 (DPO-UCHISTORICAL.csv, ligne 14).",
            ],
        ),
    ],
)
def test_notes_for_the_editor_are_in_the_drafts_language(dcon, lang, notes):
    d = draft.build(dcon, "Peru", DATE, lang)
    assert render.editor_notes(d) == notes
    assert "\n".join(f"- {note}" for note in notes) in render.markdown(d)


@pytest.mark.parametrize(
    ("caveat", "lang", "expected"),
    [
        (
            {"kind": "unreliable", "text": "The figure is wrong in the report and nothing settles it: withheld."},
            "es",
            "La cifra es errónea en el informe y nada permite corregirla: se retiene.",
        ),
        (
            {
                "kind": "approximate",
                "text": "The figure sums a value the report printed in error, and may be off by a little. Figures "
                "that include it may be off by up to 1,230.",
            },
            "fr",
            "Le chiffre additionne une valeur que le rapport a imprimée par erreur et peut s’écarter un peu. Les "
            "chiffres qui l’incluent peuvent s’écarter de 1\u202f230 au plus.",
        ),
        (
            {
                "kind": "corrected",
                "text": "Ghana's women in UNIFIL were printed as men.",
                "review": {"table": "harmonize/data/corrections.csv", "line": 7},
            },
            "es",
            "Nota en inglés del cuadro de correcciones revisadas (harmonize/data/corrections.csv, línea 7): Ghana's "
            "women in UNIFIL were printed as men.",
        ),
        (
            {
                "kind": "corrected",
                "text": "Ghana's women in UNIFIL were printed as men.",
                "review": {"table": "harmonize/data/corrections.csv", "line": 7},
            },
            "fr",
            "Note en anglais du tableau des corrections revues (harmonize/data/corrections.csv, ligne 7) : Ghana's "
            "women in UNIFIL were printed as men.",
        ),
        (
            {"kind": "approximate", "text": "The rank may be off by up to 2: the figures of Chile are withheld."},
            "fr",
            "Le rang peut s’écarter de deux au plus\u00a0: les chiffres du Chili sont retenus.",
        ),
        (
            {"kind": "note", "text": "Something no template of the wording layer wrote."},
            "fr",
            "Note en anglais : Something no template of the wording layer wrote.",
        ),
        (
            {"kind": "note", "text": "The report prints no totals to check its rows against."},
            "en",
            "The report prints no totals to check its rows against.",
        ),
    ],
)
def test_each_kind_of_note_in_the_drafts_language(caveat, lang, expected):
    assert editor_notes.note(caveat, lang) == expected


def test_the_kinds_words_match_the_stores():
    from peacekeeping.facts.caveats import KINDS

    assert {k: v["en"] for k, v in editor_notes.KINDS.items()} == {
        k: v.capitalize() + "." for k, v in KINDS.items() if k != "month"
    }


@pytest.mark.parametrize(
    ("rule", "lang", "expected"),
    [
        ("no_printed_totals", "es", "El informe no imprime totales con que comprobar sus filas."),
        ("no_printed_totals", "fr", "Le rapport n’imprime aucun total permettant de vérifier ses lignes."),
        (
            "inferred_date",
            "es",
            "El informe no imprime ninguna fecha: su mes se toma de la fecha en que se creó el archivo.",
        ),
        (
            "inferred_date",
            "fr",
            "Le rapport n’imprime aucune date : son mois est tiré de la date de création du fichier.",
        ),
    ],
)
def test_a_quality_rules_note_without_particulars_is_translated(rule, lang, expected):
    from peacekeeping.ingest.corrections import _flag_text

    text = _flag_text(rule, "PER", None, None, "detail")
    caveat = {"kind": "note", "text": text, "review": None, "flags": [{"kind": rule, "detail": "detail"}]}
    assert editor_notes.note(caveat, "en") == text
    assert editor_notes.note(caveat, lang) == expected


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "es",
            [
                "El desglose por sexo que da el informe para Ghana (UNIFIL, tropas) no concuerda con los meses "
                "anterior y posterior (500 mujeres de 900 (56\u00a0%) frente al 11\u00a0% en abril de 2022 y al "
                "11\u00a0% en junio de 2022): sus cifras de mujeres pueden ser erróneas.",
                "El puesto puede desviarse hasta en uno: se retienen las cifras de Nepal.",
            ],
        ),
        (
            "fr",
            [
                "La ventilation par sexe que donne le rapport pour le Ghana (UNIFIL, troupes) ne concorde pas avec les "
                "mois précédent et suivant (500 femmes sur 900 (56\u202f%) contre 11\u202f% en avril 2022 et 11\u202f% "
                "en juin 2022)\u00a0: ses chiffres de femmes sont peut-être erronés.",
                "Le rang peut s’écarter d’un au plus\u00a0: les chiffres du Népal sont retenus.",
            ],
        ),
    ],
)
def test_a_withheld_figure_s_notes_are_in_the_drafts_language(dcon, lang, notes):
    d = draft.build(dcon, "Ghana", dt.date(2022, 7, 1), lang, as_of="2022-05", allow_unreliable=True)
    assert render.editor_notes(d) == notes
    assert notes[0] in render.markdown(d)
