"""Issue 23, kinds of false contradiction seen on sets Y, Z and AA of published texts (session of 2026-12-07, the
eleventh), in en, fr, es: the countries of a world figure that may count civilians, a rank of troops only, a count so
far this year, the dead of one of the worst attacks, one kind of personnel of a list, round fifties, a country's
missions between its operations and its missions and offices, and a report the store lacks that the text may have
used."""

from __future__ import annotations

import pytest
from verdicts_of import doubts

from peacekeeping.check import verify
from peacekeeping.check.periods import published

WHEN = published("2025-05-29")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Today, more than 76,000 peacekeepers from over 120 nations serve in 11 operations.",
            "doubt_countries_civilians",
        ),
        ("Aujourd'hui, plus de 76 000 Casques bleus de plus de 120 pays servent.", "doubt_countries_civilians"),
        (
            "Hoy, más de 87.000 cascos azules, procedentes de más de 120 países, prestan servicio.",
            "doubt_countries_civilians",
        ),
        ("Today, 61,000 uniformed personnel from 120 countries serve.", None),
    ],
)
def test_the_countries_of_a_world_figure_that_may_count_civilians_are_in_doubt(text, key):
    assert doubts(text, 120, WHEN) == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Uruguay is the 14th country that contributes the most troops to peace missions.", "doubt_rank_of_troops"),
        ("L'Uruguay est le 14e pays qui fournit le plus de troupes aux missions de paix.", "doubt_rank_of_troops"),
        (
            "Uruguay es el decimocuarto país del mundo que más tropas aporta a las misiones de paz.",
            "doubt_rank_of_troops",
        ),
        ("Uruguay is the 14th largest contributor of troops and police to peace missions.", None),
    ],
)
def test_a_rank_of_troops_only_is_in_doubt_unless_the_police_are_named(text, key):
    assert doubts(text, 14, WHEN, "URY") == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Since the beginning of the year, Mexico contributes 14 uniformed personnel to peace operations.",
        "Depuis le début de l'année, le Mexique participe aux opérations de paix avec 14 éléments déployés.",
        "En lo que va de 2019, México participa en operaciones de paz con 14 elementos desplegados.",
    ],
)
def test_a_count_so_far_this_year_is_no_months_strength(text):
    assert doubts(text, 14, WHEN, "MEX") == ["doubt_so_far"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1993, 24 Pakistani troops lost their lives in one of the worst attacks on the UN in Mogadishu.",
        "En 1993, 24 soldats pakistanais ont perdu la vie dans l'une des pires attaques contre l'ONU à Mogadiscio.",
        "En 1993, 24 soldados paquistaníes perdieron la vida en uno de los peores ataques contra la ONU en Mogadiscio.",
    ],
)
def test_the_dead_of_one_of_the_worst_attacks_are_that_attacks(text):
    assert doubts(text, 24, WHEN, "PAK") == ["doubt_deaths_one_mission"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Belgium has only six officers and two police officers deployed.", "doubt_type_listed"),
        ("La Belgique n'a que six officiers et deux policiers déployés.", "doubt_type_listed"),
        ("Bélgica tiene solo seis oficiales y dos policías desplegados.", "doubt_type_listed"),
        ("Belgium has six officers deployed to two missions.", None),
    ],
)
def test_one_kind_of_personnel_of_a_list_is_not_the_total(text, key):
    assert doubts(text, 6, WHEN, "BEL") == [key]


@pytest.mark.parametrize(("value", "key"), [(650, "doubt_round"), (900, "doubt_round"), (653, None), (450, None)])
def test_round_fifties_from_500_may_be_rounded(value, key):
    assert doubts(f"Spain currently has {value} personnel deployed.", value, WHEN, "ESP") == [key]


@pytest.mark.archive
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bangladesh currently serves in nine missions.", "not checkable"),
        ("Le Bangladesh sert actuellement dans neuf missions.", "not checkable"),
        ("Bangladesh participa actualmente en nueve misiones.", "not checkable"),
        ("Bangladesh currently serves in twelve missions.", "contradicted"),
    ],
)
def test_missions_between_the_operations_and_the_missions_and_offices_are_not_contradicted(full_con, text, verdict):
    """Bangladesh in March 2023: 8 peacekeeping operations, 11 missions and offices."""
    (v,) = verify.check(full_con, text, "2023-05-29").verdicts
    assert (v.verdict, v.data) == (verdict, 11), v.note
    if verdict == "not checkable":
        assert "operations (8) and its missions and offices (11)" in v.note


@pytest.mark.archive
@pytest.mark.parametrize(("date", "verdict"), [("2022-10-31", "not checkable"), ("2022-10-12", "contradicted")])
def test_a_report_the_store_lacks_between_the_month_and_the_text_may_hold_the_figure(full_con, date, verdict):
    """June 2022's figures chosen; July 2022's report is not in the archive, and August's came out on 24 October."""
    text = "Peru provides 270 uniformed personnel, including 38 women, to seven missions."
    (v,) = [v for v in verify.check(full_con, text, date).verdicts if v.claim.kind == "missions"]
    assert (v.verdict, v.data) == (verdict, 5), v.note
    if verdict == "not checkable":
        assert v.note.startswith("not checkable: the report of 2022-07, which the text may have used, is not in the")


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Of the 101,280 uniformed personnel serving today, only 103 come from Canada.",
        "Aujourd'hui, sur les 101 280 soldats, policiers et observateurs militaires de l'ONU, seuls 103 proviennent du "
        "Canada.",
        "De los 101.280 efectivos desplegados hoy, solo 103 provienen de Canadá.",
    ],
)
def test_the_part_of_a_world_figure_that_comes_from_a_country_is_its_total(full_con, text):
    """Canada in July 2016: 103 uniformed personnel."""
    (v,) = [v for v in verify.check(full_con, text, "2016-08-27").verdicts if v.claim.value == 103]
    assert (v.claim.kind, v.claim.subject, v.verdict) == ("total", "CAN", "supported"), v.note


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "In a note dated June 2021, the Department of Peace Operations counted more than 515 military and police from "
        "Benin deployed.",
        "Dans une note d'information datant de juin 2021, le Département des opérations de paix a dénombré plus de 515 "
        "militaires et policiers béninois déployés.",
        "En una nota fechada en junio de 2021, el Departamento de Operaciones de Paz contó más de 515 militares y "
        "policías de Benín desplegados.",
    ],
)
def test_a_documents_date_is_not_its_figures_month(full_con, text):
    """Benin had 516 in the reports published before July 2021, 483 in June 2021's (published after the note)."""
    (v,) = [v for v in verify.check(full_con, text, "2021-07-20").verdicts if v.claim.value == 515]
    assert (v.claim.subject, v.verdict, v.data) == ("BEN", "bound holds", 516), v.note


@pytest.mark.archive
def test_a_documents_figure_quoted_a_year_later_is_a_past_statement(full_con):
    """The same note quoted in May 2022, when Benin had about 505: the note's figure, not a contradiction."""
    text = (
        "Dans une note datant de juin 2021, le Département des opérations de paix a dénombré plus de 515 militaires "
        "et policiers béninois."
    )
    (v,) = [v for v in verify.check(full_con, text, "2022-05-25").verdicts if v.claim.value == 515]
    assert v.verdict == "not checkable" and "a statement made earlier ('datant de juin 2021')" in v.note, v.note
