"""Why an answer's report is not the month asked, in the reader's language: the facts give the reason as data, the
wording layer says it (the English is the API's `month.substitution`, word for word)."""

from __future__ import annotations

import pytest

from peacekeeping.wording.months import KINDS, substitution

WHY = {
    "generated_after": {
        "kind": "generated_after",
        "latest": "2022-09-30",
        "generated": "2022-10-25",
        "before": "2022-10-12",
        "used": "2022-06-30",
    },
    "after_latest": {"kind": "after_latest", "asked": "2030-01", "used_month": "2025-07", "used": "2025-07-31"},
    "missing": {"kind": "missing", "asked": "2022-07", "used": "2022-06-30"},
    "dated_after": {
        "kind": "dated_after",
        "asked": "2022-06",
        "asked_report": "2022-06-30",
        "requested": "2022-06-15",
        "used": "2022-05-31",
    },
}


@pytest.mark.parametrize(
    ("kind", "lang", "said"),
    [
        (
            "missing",
            "en",
            "No report covers July 2022: figures are from the report of 30 June 2022, the latest before it.",
        ),
        (
            "missing",
            "es",
            "Ningún informe cubre julio de 2022: las cifras proceden del informe del 30 de junio de 2022, el último "
            "anterior.",
        ),
        (
            "missing",
            "fr",
            "Aucun rapport ne couvre juillet 2022\u00a0: les chiffres proviennent du rapport du 30 juin 2022, le "
            "dernier avant ce mois.",
        ),
        (
            "after_latest",
            "es",
            "Enero de 2030 es posterior al último informe de la base de datos: las cifras proceden del informe del 31 "
            "de julio de 2025, el último (julio de 2025).",
        ),
        (
            "dated_after",
            "fr",
            "Le rapport de juin 2022 est daté du 30 juin 2022, après la date demandée (15 juin 2022)\u00a0: les "
            "chiffres proviennent du rapport du 31 mai 2022.",
        ),
        (
            "generated_after",
            "en",
            "The report of 30 September 2022 was generated on 25 October 2022, not before 12 October 2022: figures are "
            "from the report of 30 June 2022, the latest generated before.",
        ),
    ],
)
def test_the_reason_in_each_language(kind, lang, said):
    assert substitution(WHY[kind], lang) == said


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_every_kind_is_said_in_every_language(kind, lang):
    said = substitution(WHY[kind], lang)
    assert said and "{" not in said and said[0].isupper() and said.endswith(".")


def test_no_reason_when_the_month_is_the_one_asked():
    assert substitution(None, "fr") is None
