"""Verdicts on the real archive: reference months, fatalities by period and population, breakdowns, breakdowns a
report lacks, figures printed in error, stale figures and ambiguous subjects (sentences made up in the style of real
texts; every expected figure is as the UN published it)."""

from __future__ import annotations

import json

import pytest

from peacekeeping.check import render, verify

pytestmark = pytest.mark.archive


def verdicts(result) -> list[tuple]:
    return [
        (v.claim.kind, v.claim.value, v.claim.subject, v.verdict, v.data)
        for v in result.verdicts
        if v.claim.kind != "mission"
    ]


@pytest.mark.parametrize(
    "text,lang_month",
    [
        ("As at 31 March 2015, Nigeria had about 3,000 serving officers.", None),
        ("Au 30 avril 2018, le Népal déployait 5 522 militaires et policiers.", "2018-04"),
        ("A fines de marzo de 2021, Nepal aportaba 5.674 efectivos.", "2021-03"),
    ],
)
def test_a_month_the_text_states_is_used_or_missing(full_con, text, lang_month):
    result = verify.check(
        full_con, text, "2021-07-21" if "2021" in text else "2018-07-01" if "2018" in text else "2015-05-20"
    )
    if lang_month is None:
        assert result.month is None and result.reference["status"] == "stated month missing"
        assert result.reference["asked"] == "2015-03"
        assert [(v.claim.kind, v.verdict) for v in result.verdicts] == [("total", "not checkable")]
        assert "no report covers 2015-03" in result.verdicts[0].note
    else:
        assert result.month["month"] == lang_month and result.reference["status"] == "stated"
        assert [v.verdict for v in result.verdicts] == ["supported"]


def test_reports_published_in_the_five_months_before_and_ties_said_ambiguous(full_con):
    text = "Bangladesh is the largest contributor. It currently deploys more than 6,600 military and police personnel."
    result = verify.check(full_con, text, "2021-05")  # a month: 1 to 31 May 2021
    assert result.reference["status"] == "ambiguous"
    assert result.reference["tied"] == ["2021-03", "2021-02", "2021-01", "2020-12", "2020-11"]
    assert [v.verdict for v in result.verdicts] == ["supported", "bound holds"]
    assert render.text(result).splitlines()[3] == "ambiguous between: 2020-11, 2020-12, 2021-01, 2021-02, 2021-03"


def test_qualified_figures_that_hold_count_toward_a_month(full_con):
    """The bound holds in 2015-11..2016-02, not in 2016-04 (5,084 then): the newest month it holds in is the text's,
    no exact figure telling those apart."""
    result = verify.check(full_con, "Nepal deploys more than 5,300 uniformed personnel.", "2016-05")
    assert result.reference["tied"] == ["2016-02"]
    assert result.reference["note"].startswith("no exact figure of the text tells the reports it may have used apart")


def test_a_year_is_a_range_and_exact_figures_pick_the_month(full_con):
    result = verify.check(
        full_con, "Nepal rose to the 2nd position having sent 5,571 troops including 294 female peacekeepers.", "2021"
    )
    assert result.month["month"] == "2021-05" and result.reference["status"] == "chosen"
    assert verdicts(result) == [
        ("rank", 2, "NPL", "supported", 2),
        ("total", 5571, "NPL", "supported", 5571),
        ("women", 294, "NPL", "supported", 294),
    ]


def test_no_report_before_the_text(full_con):
    result = verify.check(full_con, "Right now, more than 2,400 Uruguayans serve under the blue flag.", "2011-06-17")
    assert result.month is None and result.reference["status"] == "no report"
    assert [(v.claim.kind, v.verdict) for v in result.verdicts] == [("total", "not checkable")]


def test_a_figure_that_held_within_the_year_is_stale_not_contradicted(full_con):
    result = verify.check(
        full_con, "Nepal rose to the 2nd position. It deploys 5,714 military and police personnel.", "2021-07-21"
    )
    assert result.month["month"] == "2021-05"
    stale = result.verdicts[1]
    assert (stale.verdict, stale.data, stale.stale) == ("stale", 5571, "2020-10")
    assert stale.note == "stale: held in 2020-10; in 2021-05 the data says 5,571"
    assert "stale: held in 2020-10" in render.text(result)
    assert json.loads(render.as_json(result))["claims"][1]["stale"] == "2020-10"


def test_a_contradicted_figure_says_it_held_in_no_report_of_the_year(full_con):
    result = verify.check(
        full_con, "Nepal rose to the 2nd position. It deploys 5,999 military and police personnel.", "2021-07-21"
    )
    wrong = result.verdicts[1]
    assert wrong.verdict == "contradicted" and wrong.data == 5571
    assert wrong.note == "the data says 5,571 in 2021-05; it held in no report of the 12 months before publication"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Since 2006, 63 Indian peacekeepers have died.", ("supported", 63, "all personnel, with local staff")),
        ("Since 2006, 62 Indian peacekeepers have died.", ("supported", 62, "uniformed and international staff")),
        ("Since 2006, 54 Indian uniformed peacekeepers have died.", ("supported", 54, "")),
        ("Since 2006, 20 Malian peacekeepers have lost their lives.", ("supported", 20, "with local staff")),
        ("Since 2006, 3 Malian peacekeepers have lost their lives.", ("supported", 3, "uniformed and international")),
        ("Since 2006, 12 Malian peacekeepers have lost their lives.", ("contradicted", 3, "or 20 (all personnel")),
        ("This year, 28 peacekeepers have lost their lives.", ("supported", 28, "with local staff")),
        ("Last year, 79 peacekeepers were killed.", ("supported", 79, "uniformed and international staff")),
        ("More than 4,300 peacekeepers have lost their lives since 1948.", ("bound holds", 4309, "with local staff")),
    ],
)
def test_fatalities_honour_period_and_population(full_con, text, expected):
    result = verify.check(full_con, text, "2023-05-29")
    v = result.verdicts[0]
    assert (v.verdict, v.data) == expected[:2]
    assert expected[2] in v.note


def test_breakdowns_by_personnel_type(full_con):
    text = "As of February 2023, Ghana deploys 2,756 personnel, comprising 300 police and 2,315 troops."
    assert verdicts(verify.check(full_con, text, "2023-05-30")) == [
        ("total", 2756, "GHA", "supported", 2756),
        ("type", 300, "GHA", "supported", 300),
        ("type", 2315, "GHA", "supported", 2315),
    ]
    wrong = verify.check(full_con, text.replace("300 police", "310 police"), "2023-05-30").verdicts[1]
    assert wrong.verdict == "contradicted"
    assert wrong.note.startswith("the data says 300 (police (formed units and individual)) or 31 (individual police)")


def test_several_countries_checked_each_against_its_own(full_con):
    text = "Bangladesh deploys 6,554 personnel, while Nepal deploys 5,571 and India 5,525."
    assert verdicts(verify.check(full_con, text, "2021-07-21")) == [
        ("total", 6554, "BGD", "supported", 6554),
        ("total", 5571, "NPL", "supported", 5571),
        ("total", 5525, "IND", "supported", 5525),
    ]


def test_breakdowns_a_report_lacks_are_not_checkable_never_zero(full_con):
    missions = verify.check(
        full_con, "As of 30 June 2018, Nepal deploys 870 troops to UNIFIL in Lebanon.", "2018-09-01"
    )
    assert [(v.claim.kind, v.verdict, v.note) for v in missions.verdicts] == [
        ("mission_count", "not checkable", "not checkable in this report: it has no breakdown by mission"),
        ("mission", "not checkable", "not checkable in this report: it has no breakdown by mission"),
    ]
    women = verify.check(
        full_con, "As of 30 September 2023, Ghana deploys 2,793 personnel, including 400 women.", "2024-02-01"
    )
    assert [(v.claim.kind, v.verdict, v.data) for v in women.verdicts] == [
        ("total", "supported", 2793),
        ("women", "not checkable", None),
    ]
    assert women.verdicts[1].note == "not checkable in this report: it does not split personnel by sex"


def test_a_figure_printed_in_error_is_never_supported(full_con):
    result = verify.check(full_con, "As of 30 April 2019, Guatemala deploys 40 uniformed personnel.", "2019-06-01")
    assert [(v.verdict, v.data) for v in result.verdicts] == [("printed in error", 40)]
    assert result.verdicts[0].note.startswith("matches a figure the report printed in error")


@pytest.mark.parametrize(
    "text,note",
    [
        (
            "Le Burkina Faso est le 22e pays contributeur. Plus de 950 militaires et policiers "
            "burundais sont déployés.",
            "ambiguous: 'burundais' names BDI once in a text about BFA",
        ),
        (
            "Today, more than 87,000 peacekeepers from 125 countries serve in 12 operations.",
            "ambiguous: 'peacekeepers' may count civilian staff too",
        ),
        ("Currently, four SDF members are stationed there.", "ambiguous: no country named"),
    ],
)
def test_unclear_subject_or_kind_is_not_checkable_never_contradicted(full_con, text, note):
    result = verify.check(full_con, text, "2022-05-24" if "Burkina" in text else "2023-05-25")
    doubtful = [v for v in result.verdicts if v.note.startswith("ambiguous")]
    assert doubtful and doubtful[0].verdict == "not checkable" and doubtful[0].note.startswith(note)
    assert "contradicted" not in result.counts()


def test_civilians_counted_are_not_checkable(full_con):
    result = verify.check(
        full_con,
        "We thank the 100,000 civilian, police and military peacekeepers deployed around the world today.",
        "2019-05-29",
    )
    assert [(v.claim.kind, v.verdict) for v in result.verdicts] == [("global_personnel", "not checkable")]
    assert "counts civilian staff too" in result.verdicts[0].note


@pytest.mark.parametrize(
    "text,date,expected",
    [
        (
            "Serbia currently provides 265 military and police personnel to five UN peacekeeping operations.",
            "2021-07-12",
            [("total", 265, "SRB", "supported", 265), ("missions", 5, "SRB", "supported", 5)],
        ),
        (
            "La Mauritanie est le 28e contributeur. Il fournit 751 militaires et policiers à quatre "
            "opérations de paix.",
            "2021-07-06",
            [
                ("rank", 28, "MRT", "supported", 28),
                ("total", 751, "MRT", "supported", 751),
                ("missions", 4, "MRT", "supported", 4),
            ],
        ),
        (
            "El Perú aporta 270 efectivos uniformados a cinco misiones de paz y es el 48.º contribuyente.",
            "2022-10-12",
            [
                ("total", 270, "PER", "supported", 270),
                ("missions", 5, "PER", "supported", 5),
                ("rank", 48, "PER", "supported", 48),
            ],
        ),
    ],
)
def test_the_three_languages(full_con, text, date, expected):
    assert verdicts(verify.check(full_con, text, date)) == expected


@pytest.mark.parametrize(
    "value,verdict", [(177, "supported"), (176, "stale"), (175, "not checkable"), (140, "contradicted")]
)
def test_a_death_toll_of_an_earlier_month_end_is_stale_not_contradicted(full_con, value, verdict):
    (v,) = verify.check(
        full_con, f"Since 1948, {value} Indian peacekeepers have died in UN service.", "2024-05-29"
    ).verdicts
    assert v.verdict == verdict, v.note
    if verdict == "stale":  # 176 without local staff up to October 2023, 177 since
        assert v.stale == "2023-10" and v.note.startswith("stale: held up to 2023-10-31")
    if verdict == "not checkable":  # between the uniformed dead and those with international staff: its own rules
        assert v.note.startswith(
            "ambiguous: between the register's count of the country's military dead (146) and of its uniformed and "
            "international staff dead (177): it may count by rules of its own"
        )
    if verdict == "contradicted":  # a toll is no report month's: it held at no month's end, and no month is named
        assert v.note == (
            "the data says 177 (uniformed and international staff) or 179 (all personnel, with local staff); deaths "
            "since 1948 to 2024-05-29; it held at the end of none of the 12 months before publication"
        )
