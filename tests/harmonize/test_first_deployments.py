"""The reviewed first-deployment table: at least 60 contributors, each with its source and words, disputed years kept
as such (issue 24, item 9); the sentence drafts make of an entry, with and without its year."""

from __future__ import annotations

import re

import pytest

from peacekeeping.errors import ReviewError
from peacekeeping.harmonize import milestones
from peacekeeping.wording import deployments

URL = re.compile(r"https?://\S+")


def test_the_table_holds_at_least_60_contributors_each_with_its_source_and_words():
    table = milestones.first_deployments()
    assert len(table) >= 60
    for iso3, e in table.items():
        assert URL.fullmatch(e.source) and e.publisher.strip() and e.quote.strip(), iso3
        assert str(e.year) in e.quote and e.mission != "" and e.deployed in milestones.DEPLOYED, iso3
        if e.disputed:
            d = e.disputed
            assert URL.fullmatch(d.source) and d.publisher and str(d.year) in d.quote and d.year != e.year, iso3
    assert "KOR" not in {e.place_iso3 for e in table.values()}  # the UN Command in Korea was no peacekeeping operation
    assert {"THA", "LKA", "URY"} <= {iso3 for iso3, e in table.items() if e.disputed}


ROW = {
    "iso3": "URY",
    "year": "1952",
    "mission": "UNMOGIP",
    "deployed": "military_observers",
    "place_iso3": "",
    "source": "https://example.org/a",
    "publisher": "Someone",
    "quote": "It first sent observers to Kashmir in 1952.",
}
OTHER = {
    "disputed_year": "1954",
    "disputed_source": "https://example.org/b",
    "disputed_publisher": "Someone else",
    "disputed_quote": "Its participation began in 1954.",
}


def test_a_disputed_year_is_kept_with_its_own_source_and_words():
    entry = milestones._first({**ROW, **OTHER}, 7)
    assert (entry.year, entry.disputed.year, entry.disputed.publisher) == (1952, 1954, "Someone else")
    assert milestones._first(ROW, 7).disputed is None  # a table without the columns, or with them empty


@pytest.mark.parametrize(
    "change",
    [
        {"disputed_quote": ""},
        {"disputed_source": "example.org/b"},
        {"disputed_year": "1952", "disputed_quote": "Its participation began in 1952."},
        {"disputed_quote": "Its participation began in the fifties."},
    ],
)
def test_a_disputed_year_without_its_source_words_or_a_different_year_is_refused(change):
    with pytest.raises(ReviewError, match="disputed year"):
        milestones._first({**ROW, **OTHER, **change}, 7)


def test_a_place_the_drafts_cannot_name_is_refused():
    with pytest.raises(ReviewError, match="no wording"):
        milestones._first({**ROW, "place_iso3": "ESH"}, 7)


def test_a_quote_that_says_un_peacekeeping_is_enough_without_a_mission():
    quote = "Malawi first contributed troops to UN peacekeeping in 1952."
    entry = milestones._first({**ROW, "mission": "", "quote": quote}, 7)
    assert entry.mission is None


def test_the_sentence_leaves_out_a_disputed_year_and_a_place_no_source_gives():
    table = milestones.first_deployments()
    uruguay = deployments.first_deployment(table["URY"], "URY", None, "en")
    assert uruguay == (
        "Uruguay first contributed peacekeepers to the United Nations when it deployed military observers to the "
        "United Nations Military Observer Group in India and Pakistan (UNMOGIP)."
    )
    assert deployments.first_deployment(table["BTN"], "BTN", "2014", "fr") == (
        "Le Bhoutan a fourni pour la première fois des Casques bleus aux Nations Unies en déployant des observateurs "
        "militaires en 2014."
    )
    assert deployments.first_deployment(table["PER"], "PER", "1958", "es").endswith("tropas en el Líbano en 1958.")


@pytest.mark.parametrize("lang, words", [("en", "Sources disagree"), ("es", "no coinciden"), ("fr", "divergent")])
def test_the_editor_is_told_the_years_and_sources_that_disagree(lang, words):
    entry = milestones.first_deployments()["THA"]
    note = deployments.disputed_note(entry, "THA", lang)
    assert words in note and "1958" in note and "1985" in note and entry.disputed.source in note
    assert deployments.disputed_note(milestones.first_deployments()["PER"], "PER", lang) is None


def test_every_entry_makes_a_sentence_in_three_languages():
    for iso3, e in milestones.first_deployments().items():
        for lang in ("en", "es", "fr"):
            text = deployments.first_deployment(e, iso3, None if e.disputed else str(e.year), lang)
            assert text.endswith(".") and "  " not in text and "None" not in text, (iso3, lang)
            assert (str(e.year) in text) == (e.disputed is None), (iso3, lang)
