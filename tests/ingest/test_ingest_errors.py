"""Bad input gets a clear error naming file and page, and the store stays byte-identical (synthetic reports)."""

from __future__ import annotations

import shutil

import pytest
from pdfmaker import uniformed_report, write_pdf

from peacekeeping.errors import PeacekeepingError, ReportError
from peacekeeping.ingest import ingest

GOOD = ["BINUH", "Peru Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"]


@pytest.fixture(scope="module")
def one_report(tmp_path_factory, synthetic_reports):
    """A store holding one (synthetic) report, ingested once: tests change copies of it."""
    path = tmp_path_factory.mktemp("one-report") / "store.duckdb"
    ingest([synthetic_reports["uniformed_by_mission"]], path)
    return path


@pytest.fixture()
def db(tmp_path, one_report):
    """A copy of the store holding one report."""
    path = tmp_path / "store.duckdb"
    shutil.copyfile(one_report, path)
    return path


@pytest.fixture()
def good(synthetic_reports):
    """A good report ingested with the bad one: it must not be stored either."""
    return synthetic_reports["by_country_type"]


def _fails(db, good, bad, *needles):
    before = db.read_bytes()
    with pytest.raises(PeacekeepingError) as info:
        ingest([good, bad], db)
    message = str(info.value)
    for needle in needles:
        assert needle in message
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".*.tmp*"))
    return info.value


@pytest.mark.parametrize("keep", [0.3, 0.9])
def test_truncated_pdf(db, good, synthetic_reports, tmp_path, keep):
    bad = tmp_path / "truncated.pdf"
    data = synthetic_reports["uniformed_by_mission"].read_bytes()
    bad.write_bytes(data[: int(keep * len(data))])
    _fails(db, good, bad, "truncated.pdf", "damaged or truncated PDF")


def test_not_a_pdf(db, good, tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("Peru 270\n")
    _fails(db, good, bad, "notes.pdf", "not a PDF file")


def test_unknown_layout(db, good, tmp_path):
    bad = write_pdf(tmp_path / "menu.pdf", [["Cafeteria menu", "Soup of the day 4 2 6"]])
    error = _fails(db, good, bad, "menu.pdf, page 1", "unknown report layout", "Cafeteria menu")
    assert isinstance(error, ReportError)


def test_unknown_country(db, good, tmp_path):
    bad = uniformed_report(
        tmp_path / "atlantis.pdf",
        ["BINUH", "Atlantis Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"],
    )
    # no suggestion: no country's name is close enough to 'Atlantis' (it once suggested Albania)
    _fails(db, good, bad, "atlantis.pdf, page 1", "'Atlantis' is not a country name we know (give a name")
    perru = uniformed_report(
        tmp_path / "perru.pdf", ["BINUH", "Perru Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"]
    )
    _fails(db, good, perru, "perru.pdf, page 1", "'Perru' is not a country name we know; did you mean Peru?")


def test_rows_that_do_not_reconcile(db, good, tmp_path):
    bad = uniformed_report(
        tmp_path / "sums.pdf",
        ["BINUH", "Peru Individual Police 2 0 2", "Chile Troops 5 1 6", "Total BINUH 7 1 9", "Grand Total 7 1 9"],
    )
    _fails(db, good, bad, "sums.pdf, page 1", "printed total 9 but the rows under it sum to 8", "Total BINUH 7 1 9")


def test_row_whose_sexes_do_not_add_up(db, good, tmp_path):
    bad = uniformed_report(
        tmp_path / "row.pdf", ["BINUH", "Peru Individual Police 2 1 2", "Total BINUH 2 1 2", "Grand Total 2 1 2"]
    )
    _fails(db, good, bad, "row.pdf, page 1", "male + female != total for Peru")


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
    second = uniformed_report(
        tmp_path / "b_2022_06.pdf",
        GOOD[:1] + ["Peru Individual Police 3 0 3", "Total BINUH 3 0 3", "Grand Total 3 0 3"],
    )
    summary = ingest([first], db)
    summary = ingest([second], db)
    (outcome,) = summary.outcomes
    assert outcome.status == "skipped"
    assert outcome.reason == "second report for 2022-06-30: a_2022_06.pdf already covers that month"
    assert summary.rows == 1


def test_missing_path(tmp_path):
    with pytest.raises(PeacekeepingError, match="no such file or folder"):
        ingest([tmp_path / "nowhere"], tmp_path / "s.duckdb")


def test_copy_of_stored_report_under_new_name_is_skipped(db, synthetic_reports, tmp_path):
    copy = tmp_path / "copy.pdf"
    shutil.copyfile(synthetic_reports["uniformed_by_mission"], copy)
    summary = ingest([copy], db)
    assert [(o.status, o.reason) for o in summary.outcomes] == [
        ("skipped", "byte-identical to uniformed_by_mission_2022_06.pdf")
    ]
