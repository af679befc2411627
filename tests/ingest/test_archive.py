"""Acceptance on the real archive: every file accounted for, every month once, published figures exact."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from conftest import DATA, REPORTS, parsed_report

pytestmark = pytest.mark.archive

EXPECTED_MISSING = ["2015-03", "2016-03", "2017-03", "2020-06", "2022-07"]


def test_every_file_is_ingested_or_skipped_with_a_reason(archive, archive_con):
    _, summary = archive
    files = sorted(p.name for p in REPORTS.glob("*.pdf"))
    assert len(files) == 126
    assert sorted(o.file for o in summary.outcomes) == files
    for o in summary.outcomes:
        assert o.status in ("ingested", "skipped")
        if o.status == "skipped":
            assert o.reason
    stored = archive_con.execute("SELECT file, status, reason FROM reports ORDER BY file").fetchall()
    assert [r[0] for r in stored] == files


def test_duplicates_are_skipped_with_the_reason(archive):
    skipped = {o.file: o.reason for o in archive[1].outcomes if o.status == "skipped"}
    assert skipped == {
        "UN_country_contributions_2015_03.pdf": "byte-identical to UN_country_contributions_2015_04.pdf",
        "UN_country_contributions_2016_03.pdf": "byte-identical to UN_country_contributions_2016_04.pdf",
        "UN_country_contributions_2017_03.pdf": "byte-identical to UN_country_contributions_2017_04.pdf",
        "UN_country_contributions_2020_06.pdf": "byte-identical to UN_country_contributions_2022_06.pdf",
    }


def test_every_month_is_ingested_or_listed_missing(archive, archive_con):
    _, summary = archive
    assert summary.missing == EXPECTED_MISSING
    months = [
        r[0]
        for r in archive_con.execute(
            "SELECT strftime(as_of, '%Y-%m') FROM reports WHERE status = 'ingested' ORDER BY as_of"
        ).fetchall()
    ]
    assert len(months) == len(set(months))
    every = [f"{y}-{m:02d}" for y in range(2015, 2026) for m in range(1, 13) if f"{y}-{m:02d}" <= "2025-07"]
    assert sorted(months + EXPECTED_MISSING) == every


def test_peru_june_2022(archive_con):
    total, women, missions = archive_con.execute(
        "SELECT sum(total), sum(female), count(DISTINCT mission) FROM contributions "
        "WHERE iso3 = 'PER' AND as_of = DATE '2022-06-30' AND total > 0"
    ).fetchone()
    assert (total, women, missions) == (270, 38, 5)
    minusca = archive_con.execute(
        "SELECT sum(total) FROM contributions WHERE iso3 = 'PER' AND as_of = DATE '2022-06-30' AND mission = 'MINUSCA'"
    ).fetchone()[0]
    assert minusca == 255


def test_official_ranking_january_2022(archive_con):
    with open(DATA / "contributions" / "ranking-2022-01-31.csv", encoding="utf-8-sig") as fh:
        official = list(csv.DictReader(fh))
    assert len(official) == 122
    ours = {
        iso3: (t, f, m)
        for iso3, t, f, m in archive_con.execute(
            "SELECT iso3, sum(total), sum(female), sum(male) FROM contributions "
            "WHERE as_of = DATE '2022-01-31' GROUP BY iso3"
        ).fetchall()
    }
    expected = {
        r["ISOCode3"]: (int(r["Total_Uniformed_Personnel"]), int(r["Female_Personnel"]), int(r["Male_Personnel"]))
        for r in official
    }
    assert ours == expected
    assert expected["PNG"] == (0, 0, 0)  # the UN ranks a country whose rows are all printed as zero


def _printed_grand_total(report) -> int | None:
    """The report's printed grand total: one line, one per type, or (with no grand total) its top-level subtotals."""
    for scope in (set(), {"personnel_type"}, {"mission"}, {"country"}):
        found = [
            t.total
            for t in report.totals
            if {f for f in ("mission", "country", "personnel_type") if getattr(t, f) is not None} == scope
        ]
        if found:
            return found[-1] if not scope else sum(found)
    return None


@pytest.mark.slow
def test_every_month_total_equals_the_total_its_report_prints(archive_con):
    files = archive_con.execute(
        "SELECT file, as_of, totals_checked FROM reports WHERE status = 'ingested' ORDER BY file"
    ).fetchall()
    stored = dict(archive_con.execute("SELECT as_of, sum(total) FROM contributions GROUP BY as_of").fetchall())
    unprinted = []
    for file, as_of, checked in files:
        label = file.removeprefix("UN_country_contributions_").removesuffix(".pdf")
        printed = _printed_grand_total(parsed_report(label))  # parsed once a session (the layout tests share it)
        if printed is None:
            assert checked == 0
            unprinted.append(file)
        else:
            assert (file, stored[as_of]) == (file, printed)
    assert unprinted == ["UN_country_contributions_2019_09.pdf", "UN_country_contributions_2024_10.pdf"]
    flagged = {
        r[0]
        for r in archive_con.execute("SELECT report FROM quality_flags WHERE kind = 'no_printed_totals'").fetchall()
    }
    assert flagged == set(unprinted)


def test_every_stored_month_matches_its_report_rows(archive_con):
    per_report = archive_con.execute(
        "SELECT r.file, r.rows, count(c.total) FROM reports r LEFT JOIN contributions c ON c.report = r.file "
        "WHERE r.status = 'ingested' GROUP BY r.file, r.rows"
    ).fetchall()
    assert all(rows == counted and rows > 0 for _, rows, counted in per_report)


def test_as_of_is_the_printed_date_not_the_file_name(archive_con):
    rows = dict(archive_con.execute("SELECT file, as_of FROM reports WHERE status = 'ingested'").fetchall())
    assert rows["UN_country_contributions_2015_04.pdf"] == dt.date(2015, 4, 30)
    assert rows["UN_country_contributions_2022_06.pdf"] == dt.date(2022, 6, 30)
    assert rows["UN_country_contributions_2016_11.pdf"] == dt.date(2016, 11, 30)


def test_undated_report_is_flagged(archive_con):
    source = archive_con.execute(
        "SELECT as_of, as_of_source FROM reports WHERE file = 'UN_country_contributions_2019_10.pdf'"
    ).fetchone()
    assert source == (dt.date(2019, 10, 31), "pdf-creation-date")
    kinds = {
        r[0]
        for r in archive_con.execute(
            "SELECT kind FROM quality_flags WHERE report = 'UN_country_contributions_2019_10.pdf'"
        ).fetchall()
    }
    assert "inferred_date" in kinds


def test_reingesting_the_archive_changes_nothing(archive, reports_dir):
    from peacekeeping.ingest import ingest

    db, _ = archive
    before = db.read_bytes()
    again = ingest([reports_dir], db)
    assert not again.written
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert db.read_bytes() == before
