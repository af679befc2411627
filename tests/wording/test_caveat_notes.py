"""The caveats' words in the reader's language: a quality flag's note with its particulars and the facts' own notes
are said in Spanish and French from their data; the English (the API's `text`) stays word for word, and free English
(a reviewer's prose, a shape no template wrote) is said to be English."""

from __future__ import annotations

import pytest

from peacekeeping import wording
from peacekeeping.harmonize.personnel import CATEGORIES
from peacekeeping.wording import editor_notes, fact_notes, flag_notes

NNBSP, NBSP = "\u202f", "\u00a0"

# (kind, iso3, mission, personnel type, detail) as ingest stores a flag, and the note in each language.
FLAGS = [
    (
        (
            "sex_split_flip",
            "GHA",
            "UNIFIL",
            "Troops",
            "500 women of 900 (56%) against 11% in 2022-04 and 1% in 2022-06",
        ),
        {
            "en": "The report's split by sex of Ghana UNIFIL troops is out of line with the months before and after "
            "(500 women of 900 (56%) against 11% in 2022-04 and 1% in 2022-06): its figures of women may be wrong.",
            "es": "El desglose por sexo que da el informe para Ghana (UNIFIL, tropas) no concuerda con los meses "
            f"anterior y posterior (500 mujeres de 900 (56{NBSP}%) frente al 11{NBSP}% en abril de 2022 y al "
            f"1{NBSP}% en junio de 2022): sus cifras de mujeres pueden ser erróneas.",
            "fr": "La ventilation par sexe que donne le rapport pour le Ghana (UNIFIL, troupes) ne concorde pas avec "
            f"les mois précédent et suivant (500 femmes sur 900 (56{NNBSP}%) contre 11{NNBSP}% en avril 2022 et "
            f"1{NNBSP}% en juin 2022){NBSP}: ses chiffres de femmes sont peut-être erronés.",
        },
    ),
    (
        ("total_jump", "NLD", None, None, "total 1885 against 785 in 2022-04 and 785 in 2022-06"),
        {
            "en": "The report's total for Netherlands is out of line with the months before and after "
            "(total 1885 against 785 in 2022-04 and 785 in 2022-06): it may be wrong.",
            "es": "El total que da el informe para los Países Bajos no concuerda con los meses anterior y posterior "
            "(total de 1.885 frente a 785 en abril de 2022 y 785 en junio de 2022): puede ser erróneo.",
            "fr": "Le total que donne le rapport pour les Pays-Bas ne concorde pas avec les mois précédent et suivant "
            f"(total de 1{NNBSP}885 contre 785 en avril 2022 et 785 en juin 2022){NBSP}: il est peut-être erroné.",
        },
    ),
    (
        ("source_disagreement", "PER", "UNIFIL", "Staff Officer", "report 23 against DPO-UCHISTORICAL 22 (no row)"),
        {
            "en": "The Data Hub gives another figure for Peru UNIFIL staff officer: report 23 against "
            "DPO-UCHISTORICAL 22 (no row).",
            "es": "El Data Hub da otra cifra para el Perú (UNIFIL, oficiales de Estado Mayor): el informe da 23 y "
            "DPO-UCHISTORICAL, 22 (sin fila).",
            "fr": f"Le Data Hub donne un autre chiffre pour le Pérou (UNIFIL, officiers d’état-major){NBSP}: le "
            "rapport donne 23 et DPO-UCHISTORICAL 22 (aucune ligne).",
        },
    ),
    (
        (
            "ranking_mismatch",
            "FJI",
            None,
            None,
            "DPO-UCLATEST ranks it 8 (DPO-UCLATEST.csv, line 10), the report gives rank 9",
        ),
        {
            "en": "The UN's own ranking disagrees: DPO-UCLATEST ranks it 8 (DPO-UCLATEST.csv, line 10), the report "
            "gives rank 9.",
            "es": "La clasificación de la propia ONU discrepa: DPO-UCLATEST le asigna el puesto 8 (DPO-UCLATEST.csv, "
            "línea 10) y el informe, el puesto 9.",
            "fr": f"Le classement de l’ONU elle-même diffère{NBSP}: DPO-UCLATEST lui attribue le rang 8 "
            "(DPO-UCLATEST.csv, ligne 10) et le rapport, le rang 9.",
        },
    ),
    (
        ("carried_forward", None, None, None, "IPI repeats its figures of 1995-06 for every contributor and type"),
        {
            "en": "IPI had no report for this month and carried figures forward into it (IPI repeats its figures of "
            "1995-06 for every contributor and type): they are not an observation of this month.",
            "es": "El IPI no tenía informe de este mes y le trasladó cifras de un mes anterior (el IPI repite sus "
            "cifras de junio de 1995 para todos los contribuyentes y tipos de personal): no son una observación de "
            "este mes.",
            "fr": "L’IPI n’avait pas de rapport pour ce mois et y a reporté les chiffres d’un mois antérieur (l’IPI "
            "reprend ses chiffres de juin 1995 pour tous les contributeurs et types de personnel)"
            f"{NBSP}: ce ne sont pas des observations de ce mois.",
        },
    ),
    (
        ("ipi_no_breakdown", "HTI", None, None, "1 people, from Haiti.csv (no mission or sex)"),
        {
            "en": "IPI's breakdown by mission and sex lacks Haiti this month: its figures (1 people, from Haiti.csv "
            "(no mission or sex)) are from IPI's country file.",
            "es": "El desglose del IPI por misión y sexo no incluye datos para Haití este mes: sus cifras (1 persona, "
            "del archivo Haiti.csv (sin misión ni sexo)) proceden del archivo por país del IPI.",
            "fr": f"La ventilation de l’IPI par mission et par sexe ne comprend pas Haïti ce mois-ci{NBSP}: ses "
            "chiffres (1 personne, du fichier Haiti.csv (sans mission ni sexe)) proviennent du fichier par pays de "
            "l’IPI.",
        },
    ),
    (
        (
            "ipi_sex_total",
            "PER",
            "MINUSTAH",
            "Formed Police Units",
            "190 men and 1 women against a total of 200 (full_gender_data.csv, line 7)",
        ),
        {
            "en": "IPI's men and women of Peru MINUSTAH formed police units do not add up to its total (190 men and 1 "
            "women against a total of 200 (full_gender_data.csv, line 7)): the figure may be wrong.",
            "es": "Los hombres y las mujeres que da el IPI para el Perú (MINUSTAH, unidades de policía constituidas) "
            "no suman su total (190 hombres y 1 mujer frente a un total de 200 (full_gender_data.csv, línea 7)): la "
            "cifra puede ser errónea.",
            "fr": "Les hommes et les femmes que donne l’IPI pour le Pérou (MINUSTAH, unités de police constituées) ne "
            "correspondent pas à son total (190 hommes et 1 femme pour un total de 200 (full_gender_data.csv, ligne "
            f"7)){NBSP}: le chiffre est peut-être erroné.",
        },
    ),
    (
        ("ipi_disagreement", "IND", None, None, "DPO-UCHISTORICAL 1050 against IPI 0 (no row)"),
        {
            "en": "IPI's research dataset gives another figure for India: DPO-UCHISTORICAL 1050 against IPI 0 (no "
            "row).",
            "es": "El conjunto de datos de investigación del IPI da otra cifra para la India: DPO-UCHISTORICAL da "
            "1.050 y el IPI, 0 (sin fila).",
            "fr": f"Le jeu de données de recherche de l’IPI donne un autre chiffre pour l’Inde{NBSP}: "
            f"DPO-UCHISTORICAL donne 1{NNBSP}050 et l’IPI 0 (aucune ligne).",
        },
    ),
]


def scope(flag: tuple) -> dict:
    """The scope of a flag as its caveat carries it (facts/models/ Caveat.scope)."""
    return {"iso3": flag[1], "mission": flag[2], "personnel_type": flag[3]}


@pytest.mark.parametrize(("flag", "said"), FLAGS, ids=[f[0][0] for f in FLAGS])
def test_a_flags_note_is_said_in_each_language(flag, said):
    kind, detail = flag[0], flag[4]
    english = flag_notes.sentence(*flag)
    assert english == said["en"]
    caveat = {
        "kind": "note",
        "text": english,
        "review": None,
        "flags": [{"kind": kind, "detail": detail}],
        "scope": scope(flag),
    }
    for lang in ("en", "es", "fr"):
        assert editor_notes.note(caveat, lang) == said[lang]


def test_a_flags_note_with_no_scope_stays_english():
    flag, said = FLAGS[0]
    caveat = {"kind": "note", "text": said["en"], "review": None, "flags": [{"kind": flag[0], "detail": flag[4]}]}
    assert editor_notes.note(caveat, "es") == (
        "Control de calidad (desglose por sexo fuera de línea con los meses cercanos), nota en inglés: " + said["en"]
    )


def test_a_withheld_flag_says_by_how_much_figures_may_be_off():
    flag, said = FLAGS[0]
    caveat = {
        "kind": "approximate",
        "text": said["en"] + " Figures that include it may be off by up to 1,230.",
        "flags": [{"kind": flag[0], "detail": flag[4]}],
        "scope": scope(flag),
    }
    assert editor_notes.note(caveat, "es") == said["es"] + " Las cifras que la incluyen pueden desviarse hasta 1.230."
    assert editor_notes.note(caveat, "fr") == said["fr"] + (
        f" Les chiffres qui l’incluent peuvent s’écarter de 1{NNBSP}230 au plus."
    )
    caveat["text"] = said["en"] + " Figures that include it may be off by up to 1."
    assert editor_notes.note(caveat, "fr").endswith(" peuvent s’écarter d’un au plus.")
    assert editor_notes.note(caveat, "es").endswith(" pueden desviarse hasta uno.")


def test_a_note_that_no_template_wrote_stays_english_and_says_so():
    flag, said = FLAGS[1]
    edited = said["en"].replace("it may be wrong", "it is wrong")
    caveat = {"kind": "note", "text": edited, "flags": [{"kind": flag[0], "detail": flag[4]}]}
    assert editor_notes.note(caveat, "es") == (
        f"Control de calidad (total fuera de línea con los meses cercanos), nota en inglés: {edited}"
    )
    odd = {"kind": "note", "text": said["en"], "flags": [{"kind": flag[0], "detail": "total 5 in 2022-04"}]}
    assert "nota en inglés" in editor_notes.note(odd, "es")


def test_a_reviewers_prose_stays_english_with_its_line():
    caveat = {
        "kind": "corrected",
        "text": "The Data Hub gives another figure for Peru: report 23 against DPO-UCHISTORICAL 22 (no row).",
        "review": {"table": "harmonize/data/corrections.csv", "line": 7, "evidence": None, "source": None},
        "flags": [{"kind": "source_disagreement", "detail": "report 23 against DPO-UCHISTORICAL 22 (no row)"}],
    }
    assert editor_notes.note(caveat, "fr").startswith("Note en anglais du tableau des corrections revues")


def test_a_caveat_model_reads_as_its_dict():
    from peacekeeping.facts.models import Caveat

    flag, said = FLAGS[2]
    data = {
        "kind": "note",
        "text": said["en"],
        "figures": ["/total"],
        "printed": {},
        "bound": None,
        "flags": [{"kind": flag[0], "detail": flag[4], "report": "r.pdf", "page": 3}],
        "review": None,
        "scope": scope(flag),
    }
    assert editor_notes.note(Caveat(**data), "fr") == editor_notes.note(data, "fr") == said["fr"]


# The notes the facts write (facts/profile.py, rankings.py, missions.py; ingest/ipi_months.py), in each language.
FACTS = [
    (
        "The rank may be off by up to 2: the figures of Ghana, Nepal are withheld.",
        "El puesto puede desviarse hasta en dos: se retienen las cifras de Ghana y de Nepal.",
        f"Le rang peut s’écarter de deux au plus{NBSP}: les chiffres du Ghana et du Népal sont retenus.",
    ),
    (
        "The rank may be off by up to 1: the figures of Netherlands are withheld.",
        "El puesto puede desviarse hasta en uno: se retienen las cifras de los Países Bajos.",
        f"Le rang peut s’écarter d’un au plus{NBSP}: les chiffres des Pays-Bas sont retenus.",
    ),
    (
        "Nepal's figure is withheld, so the places of 3 countries from 2nd to 5th may be off by one.",
        "La cifra de Nepal se retiene, por lo que los puestos de tres países, del 2.º al 5.º, pueden desviarse en uno.",
        f"Le chiffre du Népal est retenu{NBSP}: les rangs de trois pays, du 2e au 5e, peuvent s’écarter d’une place.",
    ),
    (
        "1 contributor deploys no women this month (Brunei Darussalam): listed last, not ranked by women.",
        "Este mes, un contribuyente no despliega mujeres (Brunei Darussalam): figura al final de la lista, sin "
        "clasificar por número de mujeres.",
        f"Ce mois-ci, un contributeur ne déploie aucune femme (Brunéi Darussalam){NBSP}: il figure en fin de liste, "
        "sans être classé selon le nombre de femmes.",
    ),
    (
        "2 contributors deploy no women this month (Brunei Darussalam and Ukraine): listed last, not ranked by women.",
        "Este mes, dos contribuyentes no despliegan mujeres (Brunei Darussalam y Ucrania): figuran al final de la "
        "lista, sin clasificar por número de mujeres.",
        f"Ce mois-ci, deux contributeurs ne déploient aucune femme (Brunéi Darussalam et Ukraine){NBSP}: ils "
        "figurent en fin de liste, sans être classés selon le nombre de femmes.",
    ),
    (
        "The report also lists Papua New Guinea with no uniformed personnel: not a contributor this month, so not in "
        "this list (the UN's own ranking puts it last).",
        "En el informe figura también Papua Nueva Guinea sin personal uniformado: este país no es contribuyente este "
        "mes, por lo que no está en esta lista (la clasificación de la propia ONU lo sitúa en último lugar).",
        f"Le rapport mentionne aussi la Papouasie-Nouvelle-Guinée sans personnel en tenue{NBSP}: ce pays n’est pas "
        "contributeur ce mois-ci et ne figure donc pas dans cette liste (le classement de l’ONU elle-même le place "
        "en dernier).",
    ),
    (
        "The report also lists Fiji and Peru with no uniformed personnel: not contributors this month, so not in "
        "this list (the UN's own ranking puts them last).",
        "En el informe figuran también Fiji y el Perú sin personal uniformado: estos países no son contribuyentes "
        "este mes, por lo que no están en esta lista (la clasificación de la propia ONU los sitúa en último lugar).",
        f"Le rapport mentionne aussi les Fidji et le Pérou sans personnel en tenue{NBSP}: ces pays ne sont pas "
        "contributeurs ce mois-ci et ne figurent donc pas dans cette liste (le classement de l’ONU elle-même les "
        "place en dernier).",
    ),
    (
        "The report of 31 August 2022 has no breakdown by mission; the nearest months that do: 2022-06, 2022-09.",
        "El informe del 31 de agosto de 2022 no tiene desglose por misión; los meses más cercanos que lo tienen: "
        "junio de 2022 y septiembre de 2022.",
        f"Le rapport du 31 août 2022 ne comporte pas de ventilation par mission{NNBSP}; les mois les plus proches qui "
        f"en ont une{NBSP}: juin 2022 et septembre 2022.",
    ),
    (
        "The report of 1 August 2022 does not split personnel by sex.",
        "El informe del 1 de agosto de 2022 no desglosa el personal por sexo.",
        "Le rapport du 1er août 2022 ne ventile pas le personnel par sexe.",
    ),
    (
        "IPI gives MINUSTAH's strength on 31 January 2010 by personnel type only (data_mission.csv, lines 3, 4): not "
        "which countries contributed it, nor how many were women.",
        "El IPI da los efectivos de la misión MINUSTAH al 31 de enero de 2010 solo por tipo de personal "
        "(data_mission.csv, líneas 3, 4): no qué países los aportaron ni cuántas eran mujeres.",
        "L’IPI donne l’effectif de la mission MINUSTAH au 31 janvier 2010 par type de personnel seulement "
        f"(data_mission.csv, lignes 3, 4){NBSP}: ni les pays qui l’ont fourni, ni le nombre de femmes.",
    ),
    (
        "The figures of January 2010 are IPI's: International Peace Institute, Providing for Peacekeeping (research "
        "dataset from the UN's monthly reports), not an official UN dataset; no report of the UN's and no Data Hub "
        "month covers it in this store.",
        "Las cifras de enero de 2010 son del IPI: International Peace Institute, Providing for Peacekeeping (conjunto "
        "de datos de investigación basado en los informes mensuales de la ONU), no un conjunto de datos oficial de "
        "la ONU; ningún informe de la ONU ni ningún mes del Data Hub cubre ese mes en esta base de datos.",
        f"Les chiffres de janvier 2010 sont ceux de l’IPI{NBSP}: International Peace Institute, Providing for "
        "Peacekeeping (jeu de données de recherche tiré des rapports mensuels de l’ONU), et non un jeu de données "
        f"officiel de l’ONU{NNBSP}; aucun rapport de l’ONU ni aucun mois du Data Hub ne couvre ce mois dans cette "
        "base de données.",
    ),
]


@pytest.mark.parametrize(("en", "es", "fr"), FACTS)
def test_the_facts_notes_are_said_in_each_language(en, es, fr):
    for lang, said in (("en", en), ("es", es), ("fr", fr)):
        assert editor_notes.note({"kind": "approximate", "text": en, "flags": []}, lang) == said


def test_a_list_of_names_that_are_not_countries_stays_english():
    text = "The rank may be off by up to 2: the figures of Atlantis, Nepal are withheld."
    assert fact_notes.say(text, "es") is None
    assert editor_notes.note({"kind": "approximate", "text": text}, "es") == f"Nota en inglés: {text}"


def test_the_ipi_months_note_is_the_one_ingest_writes():
    import datetime as dt

    from peacekeeping.ingest.ipi_months import COUNTRY_FILES, source_text
    from peacekeeping.sources.ipi import SOURCE

    assert fact_notes.IPI_SOURCE["en"] == SOURCE
    for file in (COUNTRY_FILES, "full_gender_data.csv"):
        said = fact_notes.say(source_text(dt.date(1995, 5, 31), file), "fr")
        assert said and said.startswith("Les chiffres de mai 1995 sont ceux de l’IPI")


def test_the_flags_words_match_the_facts():
    from peacekeeping.facts.quality import DECISIONS, LABELS

    assert {k: v["en"] for k, v in flag_notes.FLAGS.items()} == LABELS
    assert {k: v["en"] for k, v in flag_notes.DECISIONS.items()} == DECISIONS
    assert flag_notes.decision("withheld", "es") == "retenida" and flag_notes.decision("corrected", "fr") == "corrigé"
    assert set(wording.TYPES) == set(CATEGORIES)
