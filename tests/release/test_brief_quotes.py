"""The brief takes names with digits ("A4P", "UNSCR 1325") and refuses figures; quotes are punctuated and placed by
each language's rules, as the UN's releases do."""

from __future__ import annotations

import datetime as dt

import pytest

from peacekeeping.release import brief as briefs
from peacekeeping.release import draft, render


@pytest.mark.parametrize(
    "text",
    [
        "Action for Peacekeeping (A4P)",
        "A4P+",
        "UNSCR 1325",
        "resolution 1325 (2000)",
        "S/RES/2594 (2021)",
        "la résolution 1325 du Conseil de sécurité",
        "COVID-19",
    ],
)
def test_names_with_digits_are_allowed(tmp_path, text):
    path = tmp_path / "brief.toml"
    path.write_text(f'campaign = "{text}"\nquotes = ["In the spirit of {text}, we thank Peru."]\n', encoding="utf-8")
    loaded = briefs.load(path)
    assert loaded.text("campaign", "en") == text


@pytest.mark.parametrize(
    "text", ["We thank its 270 peacekeepers", "Since 1958 Peru serves", "2,703 of them", "G20 and 5 more"]
)
def test_figures_are_still_refused(tmp_path, text):
    path = tmp_path / "brief.toml"
    path.write_text(f'campaign = "{text}"\n', encoding="utf-8")
    with pytest.raises(briefs.BriefError, match="campaign contains a figure"):
        briefs.load(path)


BRIEF = """speaker_name = "Jean-Pierre Lacroix"
speaker_short = "Mr. Lacroix"
campaign = "Action for Peacekeeping (A4P)"
[[quotes]]
en = "Peru's peacekeepers protect civilians in difficult environments."
es = "Los cascos azules peruanos protegen a los civiles en entornos difíciles."
fr = "Les Casques bleus péruviens protègent les civils dans des environnements difficiles."
[[quotes]]
en = "Will we thank them?"
es = "¿Les damos las gracias?"
fr = "Les remercions-nous ?"
"""


@pytest.mark.archive
@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (
            "en",
            "“Peru's peacekeepers protect civilians in difficult environments,” said Mr. Lacroix.",
            "“Will we thank them?” Mr. Lacroix said.",
        ),
        (
            "es",
            "«Los cascos azules peruanos protegen a los civiles en entornos difíciles», dijo Mr. Lacroix.",
            "«¿Les damos las gracias?», añadió Mr. Lacroix.",
        ),
        (
            "fr",
            "«\u202fLes Casques bleus péruviens protègent les civils dans des environnements "
            "difficiles\u202f», a déclaré Mr. Lacroix.",
            "«\u202fLes remercions-nous\u202f?\u202f», a ajouté Mr. Lacroix.",
        ),
    ],
)
def test_quotes_are_punctuated_by_the_languages_rules(full_con, tmp_path, lang, first, second):
    path = tmp_path / "brief.toml"
    path.write_text(BRIEF, encoding="utf-8")
    d = draft.build(full_con, "Peru", dt.date(2022, 10, 12), lang, brief=briefs.load(path))
    paragraphs = render.render(d, "txt").decode("utf-8").split("\n\n")
    assert first in paragraphs and second in paragraphs, [p for p in paragraphs if "Lacroix" in p]
    assert not any('.",' in p or '."' in p for p in paragraphs)
