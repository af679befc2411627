"""Bad input gets a clear error naming file and page, and the store stays byte-identical."""

from __future__ import annotations

import shutil

import pytest
from conftest import report
from pdfmaker import uniformed_report, write_pdf

from peacekeeping.errors import PeacekeepingError, ReportError
from peacekeeping.ingest import ingest

GOOD = ["BINUH", "Peru Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"]


@pytest.fixture()
def db(tmp_path):
    """A store holding one real report."""
    path = tmp_path / "store.duckdb"
    ingest([report("2022_06")], path)
    return path


def _fails(db, bad, *needles):
    before = db.read_bytes()
    with pytest.raises(PeacekeepingError) as info:
        ingest([report("2022_05"), bad], db)
    message = str(info.value)
    for needle in needles:
        assert needle in message
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".*.tmp*"))
    return info.value


def test_truncated_pdf(db, tmp_path):
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(report("2022_06").read_bytes()[:30000])
    _fails(db, bad, "truncated.pdf", "damaged or truncated PDF")


def test_not_a_pdf(db, tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("Peru 270\n")
    _fails(db, bad, "notes.pdf", "not a PDF file")


def test_unknown_layout(db, tmp_path):
    bad = write_pdf(tmp_path / "menu.pdf", [["Cafeteria menu", "Soup of the day 4 2 6"]])
    error = _fails(db, bad, "menu.pdf, page 1", "unknown report layout", "Cafeteria menu")
    assert isinstance(error, ReportError)


def test_unknown_country(db, tmp_path):
    bad = uniformed_report(tmp_path / "atlantis.pdf", [
        "BINUH", "Atlantis Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"])
    _fails(db, bad, "atlantis.pdf, page 1", "unknown country name 'Atlantis'", "closest:")


def test_rows_that_do_not_reconcile(db, tmp_path):
    bad = uniformed_report(tmp_path / "sums.pdf", [
        "BINUH", "Peru Individual Police 2 0 2", "Chile Troops 5 1 6", "Total BINUH 7 1 9", "Grand Total 7 1 9"])
    _fails(db, bad, "sums.pdf, page 1", "printed total 9 but the rows under it sum to 8", "Total BINUH 7 1 9")


def test_row_whose_sexes_do_not_add_up(db, tmp_path):
    bad = uniformed_report(tmp_path / "row.pdf", [
        "BINUH", "Peru Individual Police 2 1 2", "Total BINUH 2 1 2", "Grand Total 2 1 2"])
    _fails(db, bad, "row.pdf, page 1", "male + female != total for Peru")


def test_failure_on_a_new_store_leaves_no_file(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_text("nope")
    db = tmp_path / "new.duckdb"
    with pytest.raises(ReportError):
        ingest([bad], db)
    assert not db.exists()


def test_a_good_hand_made_report_ingests(tmp_path):
    db = tmp_path / "store.duckdb"
    summary = ingest([uniformed_report(tmp_path / "ok.pdf", GOOD)], db)
    assert summary.count("ingested") == 1 and summary.rows == 1


def test_second_report_for_a_month_is_skipped(tmp_path):
    db = tmp_path / "store.duckdb"
    first = uniformed_report(tmp_path / "a_2022_06.pdf", GOOD)
    second = uniformed_report(tmp_path / "b_2022_06.pdf", GOOD[:1] + [
        "Peru Individual Police 3 0 3", "Total BINUH 3 0 3", "Grand Total 3 0 3"])
    summary = ingest([first], db)
    summary = ingest([second], db)
    (outcome,) = summary.outcomes
    assert outcome.status == "skipped"
    assert outcome.reason == "second report for 2022-06-30: a_2022_06.pdf already covers that month"
    assert summary.rows == 1


def test_missing_path(tmp_path):
    with pytest.raises(PeacekeepingError, match="no such file or folder"):
        ingest([tmp_path / "nowhere"], tmp_path / "s.duckdb")


def test_copy_of_stored_report_under_new_name_is_skipped(db, tmp_path):
    copy = tmp_path / "copy.pdf"
    shutil.copyfile(report("2022_06"), copy)
    summary = ingest([copy], db)
    assert [(o.status, o.reason) for o in summary.outcomes] == [
        ("skipped", "byte-identical to UN_country_contributions_2022_06.pdf")]
