"""Every answer says what it rests on: figures printed in error, breakdowns a report lacks, months substituted."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from peacekeeping import facts
from peacekeeping.check import verify
from peacekeeping.cli import app
from peacekeeping.facts import NotInReport
from peacekeeping.harmonize import corrections
from peacekeeping.harmonize.missions import UnknownMission
from peacekeeping.release import draft, render

pytestmark = pytest.mark.archive


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def caveats_of(answer: dict, path: str) -> list[dict]:
    return [c for c in answer["caveats"] if path in c["figures"]]


def ranking_by_women_refused(archive, month: str) -> str:
    """`rank --by women --as-of MONTH` over the archive fails with exit 1: what it says."""
    result = run("rank", "--as-of", month, "--by", "women", "--db", str(archive[0]))
    assert result.exit_code == 1
    return result.stderr


# --- figures the reports printed in error -------------------------------------------------------------------------


def test_bangladesh_august_2020_women_are_withheld_with_the_reason(archive_con):
    p = facts.country_profile(archive_con, "Bangladesh", "2020-08").to_dict()
    assert (p["total"], p["women"], p["men"], p["women_share"], p["rank_women"]) == (6731, None, None, None, None)
    [reason] = [c for c in caveats_of(p, "/women") if c["kind"] == "unreliable"]
    assert reason["printed"]["/women"] == 4658
    assert reason["text"].startswith("The August 2020 report's split by sex is wrong for many contingents")
    assert reason["review"]["line"] == next(
        r.line for r in corrections.reviews() if r.month == "2020-08" and r.field == "sex"
    )
    flagged = {(f["kind"], f["page"]) for f in reason["flags"]}
    assert ("sex_split_flip", 10) in flagged and ("sex_split_flip", 37) in flagged  # MINUSMA, UNMISS troops
    assert {"/women_share", "/men", "/missions/0/women", "/by_type/0/women"} <= set(reason["figures"])
    assert p["rank"] == 1 and caveats_of(p, "/total") == []


def test_the_cli_says_withheld_and_why(archive_con, archive):
    result = run("profile", "Bangladesh", "--as-of", "2020-08", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert "uniformed personnel: 6,731 (women: withheld [1])" in result.stdout
    assert "[1] unreliable: The August 2020 report's split by sex is wrong" in result.stdout
    assert "(printed 4,658; reviewed: harmonize/data/corrections.csv, line" in result.stdout
    as_json = json.loads(
        run("profile", "Bangladesh", "--as-of", "2020-08", "-f", "json", "--db", str(archive[0])).stdout
    )
    assert as_json["women"] is None and as_json["caveats"][0]["printed"]["/women"] == 4658


def test_a_ranking_by_women_of_august_2020_is_refused_with_the_nearest_months(archive):
    assert ranking_by_women_refused(archive, "2020-08") == (
        "Error: A ranking by women cannot be given for 31 August 2020: that report's split by sex "
        "is wrong (see `peacekeeping quality`); nearest months that have it: 2020-07, 2020-09\n"
    )


def test_thailand_july_2015_is_corrected_and_tanzania_gets_its_rows(archive_con):
    thailand = facts.country_profile(archive_con, "Thailand", "2015-07").to_dict()
    assert thailand["total"] is None and thailand["rank"] is None and thailand["mission_count"] is None
    printed = {c["printed"].get("/total") for c in caveats_of(thailand, "/total")}
    assert printed == {1000}
    assert [m["acronym"] for m in thailand["missions"]] == ["MINUSTAH", "UNMOGIP", "UNMIL"]
    tanzania = facts.country_profile(archive_con, "Tanzania", "2015-07").to_dict()
    assert tanzania["total"] == 2310 and tanzania["rank"] == 14
    moved = [c for c in caveats_of(tanzania, "/total") if c["kind"] == "corrected"]
    assert len(moved) == 4 and all(c["printed"]["/total"] == 1322 for c in moved)
    assert {m["acronym"]: m["total"] for m in tanzania["missions"]}["UNAMID"] == 906  # 74 police + 818 + 14
    world = facts.totals(archive_con, "2015-07").to_dict()
    assert world["personnel"] == 106286  # where each row belongs does not change the world's total
    assert {c["kind"] for c in world["caveats"]} == {"approximate"}  # Thailand's own UNAMID rows are missing


def test_austria_and_pakistan_get_the_rows_printed_under_australia_and_norway(archive_con):
    assert facts.country_profile(archive_con, "Austria", "2017-07").total == 201
    assert facts.country_profile(archive_con, "Australia", "2017-07").total == 38
    assert facts.country_profile(archive_con, "Norway", "2015-08").total == 97
    morocco = facts.country_profile(archive_con, "Morocco", "2016-01")
    assert next(m for m in morocco.missions if m.acronym == "UNOCI").women == 0


def test_a_ranking_marks_the_withheld_row_and_the_places_that_depend_on_it(archive_con):
    result = facts.ranking(archive_con, "2021-10").to_dict()
    chad = next(r for r in result["rows"] if r["iso3"] == "TCD")
    assert (chad["rank"], chad["total"], chad["printed"]) == (None, None, 52)
    dependent = [r for r in result["rows"] if "TCD" in r["depends_on"]]
    assert dependent[0]["iso3"] == "TGO" and dependent[0]["total"] == 1293  # Tanzania (1,484) is above 52 + 1,425
    assert all(r["total"] <= 52 + 1425 for r in dependent)
    [places] = [c for c in result["caveats"] if c["kind"] == "approximate"]
    assert places["text"].startswith("Chad's figure is withheld, so the places of ")


def test_a_draft_refuses_a_figure_printed_in_error_unless_told(full_con):
    with pytest.raises(
        draft.Withheld,
        match=r"the draft would state Bangladesh's women \(4658\), which the report "
        r"of 2020-08-31 printed in error: The August 2020 report",
    ):
        draft.build(full_con, "Bangladesh", dt.date(2020, 11, 2), as_of="2020-08")
    d = draft.build(full_con, "Bangladesh", dt.date(2020, 11, 2), as_of="2020-08", allow_unreliable=True)
    assert "including 4,658 [UNRELIABLE] women" in render.markdown(d, clean=True)
    assert "Notes for the editor (not for publication)" in render.markdown(d)
    assert next(f for f in d.figures if f.key == "women").caveat.startswith("The August 2020 report's split")


def test_the_checker_never_supports_a_figure_printed_in_error(full_con):
    text = "Bangladesh provides 6,731 uniformed personnel, including 4,658 women, to eight missions."
    result = verify.check(full_con, text, dt.date(2020, 11, 2), "Bangladesh")
    verdicts = {(v.claim.kind, v.claim.text): v.verdict for v in result.verdicts}
    assert result.month["month"] == "2020-08"
    assert verdicts[("total", "6,731")] == "supported"
    assert verdicts[("women", "4,658")] == verify.IN_ERROR


def test_exports_carry_printed_and_corrected_figures(archive, tmp_path):
    result = run("export", "contributions", "--as-of", "2017-07", "-f", "json", "--db", str(archive[0]))
    rows = [r for r in json.loads(result.stdout) if r["mission"] == "UNIFIL" and r["printed_iso3"] == "AUS"]
    assert {(r["iso3"], r["total"], r["status"]) for r in rows} == {("AUT", 175, "corrected"), ("AUT", 7, "corrected")}
    assert all(r["caveats"].startswith("The July 2017 report prints Austria's UNIFIL") for r in rows)


# --- absent is not zero ---------------------------------------------------------------------------------------------


def test_a_mission_in_a_report_without_a_mission_breakdown_is_not_zero(archive_con, archive):
    with pytest.raises(NotInReport, match="nearest months that have it: 2018-02, 2019-09"):
        facts.mission(archive_con, "MINUSCA", "2018-06").to_dict()
    result = run("mission", "MINUSCA", "--as-of", "2018-06", "--db", str(archive[0]))
    assert result.exit_code == 1 and "0 (0 women)" not in result.output
    assert result.stderr.startswith(
        "Error: MINUSCA is not in the report of 30 June 2018: it has no breakdown by mission"
    )


def test_missions_resolve_like_countries(archive_con, full_con):
    assert facts.mission(archive_con, "FINUL", "2022-06").to_dict()["acronym"] == "UNIFIL"
    spanish = (
        "Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República Centroafricana"
    )
    minusca = facts.mission(archive_con, "MINUSCA", "2022-06").to_dict()["total"]
    assert facts.mission(archive_con, spanish, "2022-06").to_dict()["total"] == minusca
    with pytest.raises(UnknownMission) as unknown:
        facts.mission(archive_con, "MINUSKA", "2022-06").to_dict()
    assert "MINUSCA" in unknown.value.suggestions
    with pytest.raises(UnknownMission):
        facts.mission(archive_con, "FOO").to_dict()
    with pytest.raises(
        NotInReport,
        match=r"MINUSMA closed on 31 December 2023 \(mission list\): it is not in the "
        "report of 31 January 2025",
    ):
        facts.mission(full_con, "MINUSMA", "2025-01").to_dict()


def test_a_ranking_by_women_without_a_split_by_sex_says_so(archive):
    assert ranking_by_women_refused(archive, "2023-09") == (
        "Error: A ranking by women is not in the report of 30 September 2023: it does not split "
        "personnel by sex; nearest months that have it: 2023-08, 2023-10\n"
    )


# --- months substituted are named -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked,used,reason",
    [
        (
            "2022-07",
            "2022-06",
            "No report covers July 2022: figures are from the report of 30 June 2022, the latest before it.",
        ),
        (
            "2030-01",
            "2025-07",
            "January 2030 is after the latest report in the store: figures are from the report of "
            "31 July 2025, the latest report (July 2025).",
        ),
        (
            "2022-06-15",
            "2022-05",
            "The June 2022 report is dated 30 June 2022, after the date asked (15 June 2022): "
            "figures are from the report of 31 May 2022.",
        ),
        ("2022-06", "2022-06", None),
    ],
)
def test_a_substituted_month_is_named(archive_con, asked, used, reason):
    p = facts.country_profile(archive_con, "Peru", asked)
    assert (p.month.month, p.month.substitution) == (used, reason)
    assert [c.text for c in p.caveats if c.kind == "month"] == ([reason] if reason else [])


def test_a_draft_of_a_missing_month_says_which_report_it_used(full_store):
    result = run("release", "Peru", "--as-of", "2022-07", "--date", "2022-12-01", "--db", str(full_store[0]))
    assert result.exit_code == 0
    assert (
        "figures from the report of 2022-06-30 (UN_country_contributions_2022_06.pdf), No report covers July 2022"
    ) in result.stderr
    assert "as asked" not in result.stderr


def test_a_draft_uses_only_reports_generated_before_its_date(full_con):
    d = draft.build(full_con, "Peru", dt.date(2022, 10, 12))
    assert d.month["month"] == "2022-06"
    assert d.caveats[0]["text"].startswith("The report of 30 September 2022 was generated on ")
    later = draft.build(full_con, "Peru", dt.date(2022, 10, 12), as_of="2022-08")
    assert any(
        c["text"].startswith(
            "The report of 31 August 2022 was generated on 24 October 2022, not before the "
            "release date (12 October 2022)"
        )
        for c in later.caveats
    )


# --- the property over the whole archive ----------------------------------------------------------------------------


def _paths(profile: dict, flag: tuple) -> set[str]:
    """The figures of a profile that sum a flagged cell (kind, mission, personnel type)."""
    kind, mission, ptype = flag
    if kind == "ranking_mismatch":
        return {"/rank"}
    if kind == "total_jump":
        return {"/total"}  # a flag on the country's total, not on one of its rows
    field = "women" if kind == "sex_split_flip" else "total"
    paths = {f"/{field}"}
    paths |= {f"/by_type/{i}/{field}" for i, t in enumerate(profile["by_type"]) if ptype in (None, t["personnel_type"])}
    paths |= {
        f"/missions/{i}/{field}" for i, m in enumerate(profile["missions"] or []) if mission in (None, m["acronym"])
    }
    return paths


def test_every_figure_that_sums_a_flagged_cell_carries_the_flag_and_no_absent_figure_is_zero(archive_con):
    """Over every month and contributor where the property can fail: months with a flag or a note, or a breakdown
    the report lacks (in the others there is no flag to carry and no breakdown to be absent)."""
    flags: dict[tuple, list[tuple]] = {}
    for kind, as_of, iso3, mission, ptype, detail in archive_con.execute(
        "SELECT kind, as_of, iso3, mission, personnel_type, detail FROM quality_flags"
    ).fetchall():
        flags.setdefault((as_of, iso3), []).append((kind, mission, ptype, detail))
    noted = {d for (d,) in archive_con.execute("SELECT DISTINCT as_of FROM notes").fetchall()}
    months = [
        m
        for m in archive_con.execute(
            "SELECT as_of, has_missions, has_sexes FROM months WHERE as_of IS NOT NULL"
        ).fetchall()
        if m[0] in noted or not (m[1] and m[2])
    ]
    assert len(months) == 31
    checked = 0
    for as_of, has_missions, has_sexes in months:
        present = archive_con.execute("SELECT iso3 FROM country_months WHERE as_of = ? AND total > 0", [as_of])
        for (iso3,) in present.fetchall():
            p = facts.country_profile(archive_con, iso3, as_of).to_dict()
            for kind, mission, ptype, detail in flags.get((as_of, iso3), []) + flags.get((as_of, None), []):
                for path in _paths(p, (kind, mission, ptype)):
                    assert any(
                        path in c["figures"] and any(f["kind"] == kind and f["detail"] == detail for f in c["flags"])
                        for c in p["caveats"]
                    ), (iso3, as_of, kind, path)
                    checked += 1
            if not has_missions:
                assert p["missions"] is None and p["mission_count"] is None, (iso3, as_of)
            if not has_sexes:
                assert [p["women"], p["men"], p["women_share"], p["rank_women"]] == [None] * 4, (iso3, as_of)
                assert all(t["women"] is None for t in p["by_type"])
            assert all(t["total"] != 0 for t in p["by_type"])
    assert checked > 500


def test_every_flag_of_a_figure_in_the_archive_has_a_reviewed_decision(archive_con):
    undecided = archive_con.execute(
        "SELECT flags FROM notes WHERE review_line IS NULL AND field IN ('total', 'sex') AND status = 'unreliable'"
    ).fetchall()
    assert undecided == []
    decided = {
        json.loads(f)[0]["kind"]
        for (f,) in archive_con.execute(
            "SELECT flags FROM notes WHERE review_line IS NOT NULL AND flags <> '[]'"
        ).fetchall()
    }
    assert decided == {"sex_split_flip", "total_jump"}
    noted = {line for (line,) in archive_con.execute("SELECT DISTINCT review_line FROM notes").fetchall()}
    assert noted >= {r.line for r in corrections.reviews()}
    applied = {line for (line,) in archive_con.execute("SELECT DISTINCT review_line FROM cells").fetchall()}
    assert applied >= {r.line for r in corrections.reviews() if r.status == "corrected"}  # each still fits its row
