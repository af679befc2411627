"""Every caveat the facts give on the small store and IPI's months (tests/fixtures) is said in Spanish and French by
the wording layer: the notes the facts and ingest write in English keep the shapes wording/ reads back."""

from __future__ import annotations

import pytest

from peacekeeping import facts, store
from peacekeeping.facts.models import dump
from peacekeeping.wording import editor_notes


@pytest.fixture(scope="module")
def caveats(small_history) -> dict[str, dict]:
    """Every caveat of the store's answers (totals, rankings, missions, profiles), by its English text."""
    seen: dict[str, dict] = {}
    with store.connect(small_history[0]) as con:
        months = [m for (m,) in con.execute("SELECT month FROM months WHERE as_of IS NOT NULL ORDER BY 1").fetchall()]
        iso3s = [i for (i,) in con.execute("SELECT DISTINCT iso3 FROM cells").fetchall()]
        answers = []
        for month in months:
            for ask in (
                lambda m: facts.totals(con, m),
                lambda m: facts.ranking(con, m, "total"),
                lambda m: facts.ranking(con, m, "women"),
                lambda m: facts.missions(con, m),
                *(lambda m, code=code: facts.mission(con, code, m) for code in ("MINUSTAH", "UNPROFOR", "UNAVEM")),
                *(lambda m, i=i: {"caveats": facts.country_profile(con, i, m).caveats} for i in iso3s),
            ):
                try:
                    answers.append(ask(month))
                except Exception:  # noqa: BLE001 - an answer the month does not hold
                    continue
        for answer in answers:
            for caveat in dump(answer)["caveats"]:  # as the API serves it
                if caveat["kind"] != "month":
                    seen.setdefault(caveat["text"], caveat)
    return seen


def test_the_store_gives_caveats_of_every_shape(caveats):
    texts = " ".join(caveats)
    for part in ("'s strength on", "The figures of", "may be off by one", "no women this month"):
        assert part in texts, part


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_caveat_is_left_in_english(caveats, lang):
    english = {"es": "inglés", "fr": "anglais"}[lang]
    left = [text for text, c in caveats.items() if english in editor_notes.note(c, lang) and not c.get("review")]
    assert not left, left


def test_a_flags_caveat_carries_its_scope_and_is_said_from_it(caveats):
    flagged = [c for c in caveats.values() if c["flags"] and not c.get("review")]
    assert flagged and all(c["scope"] is not None for c in flagged)
    peru = caveats[
        "The Data Hub gives another figure for Peru UNIFIL troops: report 23 against DPO-UCHISTORICAL 22 "
        "(DPO-UCHISTORICAL.csv, line 14)."
    ]
    assert peru["scope"] == {"iso3": "PER", "mission": "UNIFIL", "personnel_type": "Troops"}
    assert editor_notes.note(peru, "es") == (
        "El Data Hub da otra cifra para el Perú (UNIFIL, tropas): el informe da 23 y DPO-UCHISTORICAL, 22 "
        "(DPO-UCHISTORICAL.csv, línea 14)."
    )
    assert editor_notes.note(peru, "fr") == (
        "Le Data Hub donne un autre chiffre pour le Pérou (UNIFIL, troupes)\u00a0: le rapport donne 23 et "
        "DPO-UCHISTORICAL 22 (DPO-UCHISTORICAL.csv, ligne 14)."
    )
    # Another scope than the one its English names: the note is not the template's, and stays English.
    elsewhere = {**peru, "scope": {**peru["scope"], "iso3": "GHA"}}
    assert editor_notes.note(elsewhere, "es").startswith("Control de calidad (el Data Hub da otra cifra), nota en")
