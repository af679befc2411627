"""Issue 23's last kinds, probed with made-up sentences in the style of published texts (en, fr, es): a contingent's
figure that the report's round figure for its mission rounds, a contingent read as the total near one mission's
figure, a text that names two countries as often, a place before a possessive, "Centrafrique", UNEF by its French
and Spanish acronyms (FUNU, FENU), and a verb read only as a word ("had" is not the end of "Chad")."""

from __future__ import annotations

import pytest
from verdicts_of import sentences

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published
from peacekeeping.wording.check_notes import say

WHEN = published("2023-06-15")
STATED = {  # the month each sentence states: the report of April 2023, whatever months are near the date
    "en": "As of 30 April 2023, ",
    "fr": "Au 30 avril 2023, ",
    "es": "Al 30 de abril de 2023, ",
}


def _figure(con, sql: str, *args) -> int:
    return con.execute(sql, [*args, "2023-04-30"]).fetchone()[0]


def in_mission(con, iso3: str, mission: str) -> int:
    """A country's people in one mission in the report of April 2023."""
    sql = "SELECT sum(total) FROM contributions WHERE iso3 = ? AND mission = ? AND as_of = ?"
    return _figure(con, sql, iso3, mission)


def total(con) -> int:
    """Egypt's uniformed personnel in the report of April 2023."""
    return _figure(con, "SELECT sum(total) FROM contributions WHERE iso3 = ? AND as_of = ?", "EGY")


def written(value: int, lang: str) -> str:
    """A figure as each language writes it: 1,187 / 1 187 / 1.187."""
    return f"{value:,}".replace(",", {"en": ",", "fr": " ", "es": "."}[lang])


def off(value: int, by: int) -> int:
    """A figure `by` from `value`, never of whole hundreds (those are in doubt as rounded)."""
    found = value + by
    return found + 7 if found % 100 == 0 else found


ROUND_IN_A_MISSION = {  # the report prints Indonesia's people in UNIFIL in whole tens (1,230 in April 2023)
    "en": "Indonesia had {n} troops serving in Lebanon.",
    "fr": "l'Indonésie comptait {n} militaires au Liban.",
    "es": "Indonesia tenía {n} efectivos desplegados en la FPNUL.",
}
IN_A_MISSION = {  # the report prints Egypt's people in MINUSCA to the unit (1,194 in April 2023)
    "en": "Egypt had {n} troops serving in the Central African Republic.",
    "fr": "l'Égypte comptait {n} militaires en Centrafrique.",
    "es": "Egipto tenía {n} efectivos desplegados en la MINUSCA.",
}
A_CONTINGENT = {
    "en": "the Egyptian contingent numbers {n} troops.",
    "fr": "le contingent égyptien compte {n} militaires.",
    "es": "el contingente egipcio cuenta con {n} efectivos.",
}


def checked(con, lang: str, sentence: str, value: int) -> list[tuple]:
    text = STATED[lang] + sentence.format(n=written(value, lang))
    found = verify.check(con, text, "2023-06-15").verdicts
    return [(v.claim.value, v.verdict, _doubt(v)) for v in found if v.claim.kind != "mission"]


def _doubt(v) -> str:
    """The doubt that decided a verdict: the text's reading's, or the one the data raised (in its note)."""
    if v.claim.doubt:
        return v.claim.doubt
    return v.note.values["doubt"] if getattr(v.note, "key", None) == "ambiguous_read" else ""


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_contingent_the_reports_round_figure_for_its_mission_rounds_is_not_contradicted(full_con, lang):
    report = in_mission(full_con, "IDN", "UNIFIL")
    assert report % 10 == 0
    value = report + 4
    ((claimed, verdict, doubt),) = checked(full_con, lang, ROUND_IN_A_MISSION[lang], value)
    assert (claimed, verdict) == (value, "not checkable")
    assert doubt == (
        f"a contingent's own figure: the report's {report:,} (personnel in UNIFIL) in 2023-04 is "
        f"{written(value, lang)} rounded"
    )
    assert "avril 2023" in say(doubt, "fr") and "abril de 2023" in say(doubt, "es")  # said in each language


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_contingent_figure_the_report_prints_otherwise_is_still_contradicted(full_con, lang):
    report = in_mission(full_con, "EGY", "MINUSCA")
    assert report % 10 != 0  # to the unit: a figure near it is no rounding of it
    value = off(report, -7)
    assert checked(full_con, lang, IN_A_MISSION[lang], value) == [(value, "contradicted", "")]
    far = off(report, report * 2 // 5)
    assert checked(full_con, lang, IN_A_MISSION[lang], far) == [(far, "contradicted", "")]


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_contingent_read_as_the_total_near_one_missions_figure_is_not_contradicted(full_con, lang):
    value = off(in_mission(full_con, "EGY", "MINUSCA"), -7)
    ((claimed, verdict, doubt),) = checked(full_con, lang, A_CONTINGENT[lang], value)
    assert (claimed, verdict) == (value, "not checkable") and doubt.startswith("a contingent's own figure")
    assert say(doubt, "fr").startswith("chiffre propre d’un contingent") and say(doubt, "es")


@pytest.mark.archive
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_total_far_from_every_missions_figure_is_still_contradicted(full_con, lang):
    value = off(total(full_con), 137)
    assert checked(full_con, lang, A_CONTINGENT[lang], value) == [(value, "contradicted", "")]


EQUALS = sentences("contingents", "EQUALS")


@pytest.mark.parametrize(("text", "iso3"), EQUALS)
def test_it_in_a_text_that_names_two_countries_as_often_is_an_unclear_subject(text, iso3):
    (claim,) = [c for c in extract(text, None, WHEN) if c.kind == "total"]
    assert (claim.subject, claim.doubt.split(":")[0]) == (iso3, "unclear subject")
    assert "GHA" in claim.doubt and "SEN" in claim.doubt
    assert say(claim.doubt, "es").startswith("sujeto poco claro") and say(claim.doubt, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana trains its peacekeepers at home. It deploys 2,517 personnel.",
        "Le Ghana forme ses Casques bleus. Il déploie 2 517 Casques bleus.",
        "Ghana forma a sus cascos azules. El país despliega 2.517 efectivos.",
        "Ghana and Senegal are partners. Ghana trains with Senegal; Ghana hosts. It deploys 2,517 personnel.",
    ],
)
def test_it_in_a_text_about_one_country_is_that_country(text):
    assert [(c.subject, c.doubt) for c in extract(text, None, WHEN) if c.kind == "total"] == [("GHA", None)]


@pytest.mark.archive
@pytest.mark.parametrize(("text", "iso3"), EQUALS)
def test_it_in_a_text_that_names_two_countries_as_often_is_never_contradicted(full_con, text, iso3):
    found = verify.check(full_con, text, "2023-06-15").verdicts
    assert [v.verdict for v in found if v.claim.kind == "total"] == ["not checkable"]


def test_a_possessive_after_a_place_is_the_subject():
    (claim,) = extract("In the Central African Republic, Egypt's 1,187 troops protect civilians.", None, WHEN)
    assert (claim.subject, claim.doubt) == (
        "EGY",
        "'Central African Republic' is named before it: it may count that mission only",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Son contingent en Centrafrique compte 1 187 militaires, a dit l'Égypte.", "total"),
        ("L'Égypte compte 1 187 militaires en Centrafrique.", "mission_count"),
    ],
)
def test_centrafrique_is_the_central_african_republic(text, kind):
    (claim,) = extract(text, None, WHEN)
    assert claim.kind == kind and (claim.place == "CAF" or "Centrafrique" in (claim.doubt or ""))


@pytest.mark.parametrize(
    "text",
    [
        "L'Indonésie a déployé pour la première fois des Casques bleus en 1957, au sein de la FUNU en Égypte.",
        "Indonesia envió por primera vez cascos azules en 1957, a la FENU en Egipto.",
        "Indonesia first deployed peacekeepers to UNEF in 1957.",
    ],
)
def test_unef_by_its_french_and_spanish_acronyms_is_a_first_deployment_the_table_supports(text):
    from peacekeeping.check import history

    (claim,) = extract(text, None, WHEN)
    assert (claim.kind, claim.subject, claim.mission, claim.since) == ("first_deployment", "IDN", "UNEF", "1957-01-01")
    assert history.first_deployment(claim)[0] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana, like Chad 1,402, serves in Mali.",
        "Le Sénégal, comme le Tchad 1 402, sert au Mali.",
        "Uruguay, como Chad 1.402, sirve en Malí.",
    ],
)
def test_a_verb_is_a_word_not_the_end_of_a_countrys_name(text):
    assert [c.kind_words for c in extract(text, None, WHEN) if c.value == 1402] == [""]  # not 'had' (Chad, Tchad)
