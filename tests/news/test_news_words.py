"""The news' words live in the wording layer (wording/news.py): news/ picks keys and fills them, it writes no
language's text itself."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from peacekeeping.news import notes
from peacekeeping.wording import news as news_words

NEWS = Path(news_words.__file__).parents[1] / "news"


def _language_dicts(path: Path) -> list[int]:
    """The lines of `path` where a dict keyed by "es" or "fr" (a text per language) is written."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        and any(isinstance(k, ast.Constant) and k.value in ("es", "fr") for k in node.keys)
    ]


@pytest.mark.parametrize("path", sorted(NEWS.glob("*.py")), ids=lambda p: p.name)
def test_news_modules_write_no_language_texts(path):
    assert _language_dicts(path) == [], path.name


def test_every_text_is_in_the_three_languages():
    assert all(set(texts) == {"en", "es", "fr"} and all(texts.values()) for texts in news_words.TEXTS.values())


def test_a_note_fills_every_language():
    said = notes.register_too_old("fatalities-2025-04-04.csv", dt.date(2025, 4, 4))
    assert said == {
        "en": "Fatality milestones cannot be told: the newest fatalities register (fatalities-2025-04-04.csv) was "
        "released on 4 April 2025, before the end of this report month.",
        "es": "No se pueden dar los hitos de víctimas: el registro de víctimas más reciente "
        "(fatalities-2025-04-04.csv) se publicó el 4 de abril de 2025, antes del final del mes de este informe.",
        "fr": "Les seuils de victimes ne peuvent être donnés : le registre des victimes le plus récent "
        "(fatalities-2025-04-04.csv) a été publié le 4 avril 2025, avant la fin du mois de ce rapport.",
    }


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "No report covers July 2022, August 2022: changes are against June 2022."),
        ("es", "Ningún informe abarca julio de 2022, agosto de 2022: los cambios se miden respecto de junio de 2022."),
        (
            "fr",
            "Aucun rapport ne couvre juillet 2022, août 2022 : les évolutions sont mesurées par rapport à juin 2022.",
        ),
    ],
)
def test_a_gap_is_said_in_each_language(lang, expected):
    assert notes.gap(["2022-07", "2022-08"], "2022-06")[lang] == expected


def test_a_withheld_world_total_is_said_in_each_language(small_con):
    from peacekeeping.news.build import build

    assert build(small_con, "2022-05").world["lead"] == {
        "en": "[withheld] uniformed personnel from seven countries serve in UN peace operations.",
        "es": "[cifra retenida] efectivos uniformados de siete países prestan servicio en las operaciones de paz de "
        "la ONU.",
        "fr": "[chiffre retenu] membres du personnel en tenue de sept pays servent dans les opérations de paix de "
        "l’ONU.",
    }
