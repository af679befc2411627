"""Ingest on synthetic inputs: every layout harmonized into one store, the small store's months and datasets, each
file and month counted once, re-ingesting changes nothing, a bad file stops the whole ingest."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from fixtures import datasets as synthetic_data
from fixtures import small
from fixtures.layouts import SYNTHETIC

from peacekeeping import store
from peacekeeping.errors import PeacekeepingError, SourceError
from peacekeeping.ingest import ingest


@pytest.fixture(scope="module")
def layouts_store(tmp_path_factory, synthetic_reports):
    """Every synthetic report (one per layout and variant) ingested into one store: (path, summary)."""
    db = tmp_path_factory.mktemp("layouts") / "layouts.duckdb"
    folder = next(iter(synthetic_reports.values())).parent
    return db, ingest([folder], db)


def test_every_layout_ingests(layouts_store):
    db, summary = layouts_store
    assert [(o.file, o.status, o.as_of, o.rows) for o in summary.outcomes] == sorted(
        (
            s.file,
            "ingested",
            s.as_of,
            {
                "mission_summary": 6,
                "country_mission_detail": 9,
                "by_country_mission_post": 6,
                "by_country_post": 7,
                "table_export_2019_09": 4,
                "country_matrix": 6,
                "mission_country_post_2019_11": 4,
                "mission_country_post_2019_12": 2,
                "mission_country_post_2020_02": 3,
                "table_export_2021_01": 5,
                "uniformed_by_mission": 6,
                "table_export_2022_09": 5,
                "by_country_type": 7,
                "table_export_2024_10": 3,
            }[s.key],
        )
        for s in SYNTHETIC.values()
    )
    # 2016-03 .. 2024-10 is 104 months, 14 of them covered; 3 flags: two reports print no totals, one no date
    assert (summary.written, summary.months, summary.rows, len(summary.missing), summary.flags) == (True, 14, 73, 90, 3)
    with store.connect(db) as con:
        reports = con.execute(
            "SELECT file, layout, as_of_source, totals_checked FROM reports ORDER BY as_of"
        ).fetchall()
    assert reports == [
        (
            s.file,
            s.layout,
            "pdf-creation-date" if s.key == "country_matrix" else "printed",
            {
                "table_export_2019_09": 0,
                "table_export_2024_10": 0,
                "country_matrix": 20,
                "mission_summary": 6,
                "country_mission_detail": 4,
                "by_country_mission_post": 8,
                "by_country_post": 4,
                "mission_country_post_2019_11": 2,
                "mission_country_post_2019_12": 2,
                "mission_country_post_2020_02": 3,
                "table_export_2021_01": 7,
                "uniformed_by_mission": 4,
                "table_export_2022_09": 3,
                "by_country_type": 9,
            }[s.key],
        )
        for s in sorted(SYNTHETIC.values(), key=lambda s: s.as_of)
    ]


def test_every_printed_name_and_type_is_harmonized(layouts_store):
    with store.connect(layouts_store[0]) as con:
        names = dict(con.execute("SELECT DISTINCT country_printed, iso3 FROM contributions").fetchall())
        types = dict(con.execute("SELECT DISTINCT type_printed, personnel_type FROM contributions").fetchall())
    assert names == {
        "Albania": "ALB",
        "Argentina": "ARG",
        "Bangladesh": "BGD",
        "Benin": "BEN",
        "Bosnia and Herzegovina": "BIH",
        "Brunei Darussalam": "BRN",
        "Canada": "CAN",
        "Côte d'Ivoire": "CIV",
        "Democratic Republic of the Congo": "COD",
        "Democratic Republic of the Congo (DRC)": "COD",
        "El Salvador": "SLV",
        "Ghana": "GHA",
        "Nepal": "NPL",
        "Pakistan": "PAK",
        "Peru": "PER",
        "Senegal": "SEN",
        "The former Yugoslav Republic of Macedonia": "MKD",
        "United Republic of Tanzania": "TZA",
        "United States of Americ": "USA",
        "Uruguay": "URY",
        "Zimbabwe": "ZWE",
    }
    assert types == {
        "Contingent Troop": "Troops",
        "Contingent Troops": "Troops",
        "Troops": "Troops",
        "contingent": "Troops",
        "Staff Officer": "Staff Officer",
        "MSO": "Staff Officer",
        "Experts on Mission": "Experts on Mission",
        "UNMEM": "Experts on Mission",
        "experts": "Experts on Mission",
        "FPU": "Formed Police Units",
        "Formed Police Units": "Formed Police Units",
        "Ind Police": "Individual Police",
        "Individual Police": "Individual Police",
        "police": "Individual Police",
    }


def test_stored_rows_keep_file_page_and_figures(layouts_store):
    with store.connect(layouts_store[0]) as con:
        rows = con.execute(
            "SELECT as_of, mission, iso3, personnel_type, male, female, total, report, page FROM contributions "
            "WHERE report = 'country_mission_detail_2016_11.pdf' AND total > 0 ORDER BY page, iso3, mission"
        ).fetchall()
    day, file = dt.date(2016, 11, 30), "country_mission_detail_2016_11.pdf"
    assert rows == [
        (day, "MINUSTAH", "ARG", "Troops", 48, 25, 73, file, 1),
        (day, "MINUSTAH", "ARG", "Individual Police", 15, 0, 15, file, 1),
        (day, "UNMISS", "ARG", "Experts on Mission", 2, 1, 3, file, 2),  # named on page 1, its rows on page 2
        (day, "UNMISS", "ARG", "Individual Police", 4, 0, 4, file, 2),
        (day, "MINUSTAH", "USA", "Individual Police", 18, 2, 20, file, 2),
    ]  # printed "United States of Americ"


def test_two_workers_store_the_same_rows(layouts_store, synthetic_reports, tmp_path):
    db = tmp_path / "parallel.duckdb"
    summary = ingest(list(synthetic_reports.values()), db, workers=2)
    assert (summary.months, summary.rows) == (14, 73)
    query = "SELECT * FROM contributions ORDER BY ALL"
    with store.connect(db) as parallel, store.connect(layouts_store[0]) as serial:
        assert parallel.execute(query).fetchall() == serial.execute(query).fetchall()


def test_reingesting_changes_nothing(layouts_store, synthetic_reports, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(layouts_store[0], db)
    before = db.read_bytes()
    again = ingest(list(synthetic_reports.values()), db)
    assert not again.written and {o.status for o in again.outcomes} == {"unchanged"}
    assert {o.reason for o in again.outcomes} == {"already in the store"}
    assert db.read_bytes() == before


def test_copies_keep_the_file_named_for_the_printed_month(synthetic_reports, tmp_path):
    """A byte-identical copy under another month's name (as 2020_06 is of 2022_06 in the archive): the file whose
    name carries the printed month is kept, in one ingest or the next."""
    original = synthetic_reports["uniformed_by_mission"]
    copy = tmp_path / "UN_country_contributions_2020_06.pdf"
    shutil.copyfile(original, copy)
    summary = ingest([copy, original], tmp_path / "one.duckdb")
    assert [(o.file, o.status, o.reason) for o in summary.outcomes] == [
        ("UN_country_contributions_2020_06.pdf", "skipped", f"byte-identical to {original.name}"),
        (original.name, "ingested", None),
    ]
    ingest([original], tmp_path / "two.duckdb")
    later = ingest([copy], tmp_path / "two.duckdb")
    assert [(o.status, o.reason) for o in later.outcomes] == [("skipped", f"byte-identical to {original.name}")]
    with store.connect(tmp_path / "two.duckdb") as con:
        assert con.execute("SELECT file, status, reason FROM reports ORDER BY file").fetchall() == [
            ("UN_country_contributions_2020_06.pdf", "skipped", f"byte-identical to {original.name}"),
            (original.name, "ingested", None),
        ]


def test_a_second_report_of_a_month_is_skipped(synthetic_reports, tmp_path):
    other = tmp_path / "other_2019_10.pdf"  # the 2019-10 matrix created on another day: other bytes, same month
    from pdfmaker import write_pdf

    write_pdf(other, SYNTHETIC["country_matrix"].pages(), "D:20191105120000")
    summary = ingest([synthetic_reports["country_matrix"], other], tmp_path / "s.duckdb")
    assert [(o.file, o.status, o.reason) for o in summary.outcomes] == [
        ("country_matrix_2019_10.pdf", "ingested", None),
        (
            "other_2019_10.pdf",
            "skipped",
            "second report for 2019-10-31: country_matrix_2019_10.pdf already covers that month",
        ),
    ]
    assert summary.rows == 6


# ------------------------------------------------------------------------------------------------ the small store


def test_the_small_store(small_store):
    db, summary = small_store
    assert [(o.file, o.kind, o.status, o.as_of, o.rows) for o in summary.outcomes] == [
        ("DPO-UCHISTORICAL.csv", "historical", "ingested", dt.date(2022, 6, 30), 14),
        ("DPO-UCLATEST.csv", "latest", "ingested", dt.date(2022, 6, 30), 9),
        ("DPPADPOSS-FATALITIES-2023-11-28.json", "fatalities", "ingested", dt.date(2023, 11, 28), 6),
        ("UN_country_contributions_2022_04.pdf", "report", "ingested", dt.date(2022, 4, 30), 10),
        ("UN_country_contributions_2022_05.pdf", "report", "ingested", dt.date(2022, 5, 31), 14),
        ("UN_country_contributions_2022_06.pdf", "report", "ingested", dt.date(2022, 6, 30), 15),
        ("UN_country_contributions_2022_08.pdf", "report", "ingested", dt.date(2022, 8, 31), 12),
        ("UN_country_contributions_2022_09.pdf", "report", "ingested", dt.date(2022, 9, 30), 14),
        ("UN_country_contributions_2022_10.pdf", "report", "ingested", dt.date(2022, 10, 31), 14),
        ("fatalities-2025-04-04.csv", "fatalities", "ingested", dt.date(2025, 4, 4), 10),
        ("missions-2024-02-19.csv", "missions", "ingested", dt.date(2024, 2, 19), 34),
    ]  # 5 rows + 29 reviewed ones
    # six report months and two from DPO-UCHISTORICAL (4 and 5 rows); 79 report rows
    assert (summary.months, summary.rows, summary.flags) == (8, 88, 6)
    assert summary.missing == small.MISSING_MONTHS
    with store.connect(db) as con:
        assert con.execute(
            "SELECT file, as_of, layout, rows FROM reports WHERE layout = 'datahub' ORDER BY as_of"
        ).fetchall() == [
            ("DPO-UCHISTORICAL.csv", dt.date(2021, 6, 30), "datahub", 4),
            ("DPO-UCHISTORICAL.csv", dt.date(2022, 3, 31), "datahub", 5),
        ]  # June 2022 is the report's
        assert con.execute(
            "SELECT created FROM reports WHERE file = 'UN_country_contributions_2022_06.pdf'"
        ).fetchone() == (dt.date(2022, 7, 20),)


def test_the_mission_list_is_reviewed(small_con):
    rows = small_con.execute(
        "SELECT acronym, kind, hq, latitude, longitude, active, start_date, end_date, source "
        "FROM missions WHERE acronym IN ('MINUSCA', 'MINUSTAH', 'BINUH') ORDER BY 1"
    ).fetchall()
    assert rows == [
        (
            "BINUH",
            "spm",
            "Port-au-Prince",
            None,
            None,
            True,
            dt.date(2019, 10, 16),
            None,
            "harmonize/data/mission_corrections.csv",
        ),  # no row in the file: added by the reviewed corrections
        (
            "MINUSCA",
            "pko",
            "Bangui",
            4.3667,
            18.5833,
            True,
            dt.date(2014, 4, 10),
            None,
            "missions-2024-02-19.csv, line 2",
        ),
        (
            "MINUSTAH",
            "pko",
            "Port-au-Prince",
            18.5392,
            -72.335,
            False,
            dt.date(2004, 6, 1),
            dt.date(2017, 10, 15),
            "missions-2024-02-19.csv, line 6",
        ),
    ]


def test_reingesting_the_small_inputs_changes_nothing(small_store, small_inputs, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(small_store[0], db)
    before = db.read_bytes()
    again = ingest([small_inputs], db)
    assert not again.written and {o.status for o in again.outcomes} == {"unchanged"} and len(again.outcomes) == 11
    assert db.read_bytes() == before


def test_a_release_already_stored_in_another_format_is_skipped(small_store, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(small_store[0], db)
    same = synthetic_data.fatalities_json(
        tmp_path / "DPPADPOSS-FATALITIES-2025-04-04.json", synthetic_data.FATALITIES, synthetic_data.FATALITIES_RELEASE
    )
    summary = ingest([same], db)
    assert [(o.status, o.reason) for o in summary.outcomes] == [
        ("skipped", "fatalities release 2025-04-04 already ingested from fatalities-2025-04-04.csv")
    ]
    with store.connect(db) as con:
        assert con.execute("SELECT status, reason FROM datasets WHERE file = ?", [same.name]).fetchall() == [
            ("skipped", "fatalities release 2025-04-04 already ingested from fatalities-2025-04-04.csv")
        ]
        assert con.execute("SELECT count(*) FROM fatalities").fetchone() == (16,)


def test_a_bad_dataset_fails_the_whole_ingest(small_store, small_inputs, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(small_store[0], db)
    before = db.read_bytes()
    rows = [r if r[0] != "UNMISS" else (*r[:3], "2011-07-32", *r[4:]) for r in synthetic_data.MISSIONS]
    bad = synthetic_data.missions_csv(tmp_path / "missions-2025-01-01.csv", rows, "2025-01-01")
    with pytest.raises(SourceError) as info:
        ingest([small_inputs / "reports", bad], db)
    assert str(info.value) == "missions-2025-01-01.csv, line 5: start_date: no such date '2011-07-32'"
    assert db.read_bytes() == before


def test_other_files(tmp_path, small_inputs):
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(
        PeacekeepingError, match="notes.csv: not a monthly report .PDF., the fatalities register or the mission list"
    ):
        ingest([other], tmp_path / "s.duckdb")
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copyfile(other, folder / "notes.csv")
    shutil.copyfile(small_inputs / "datasets" / small.MISSIONS_FILE, folder / small.MISSIONS_FILE)
    summary = ingest([folder], tmp_path / "s.duckdb")
    assert [(o.file, o.status, o.reason) for o in summary.outcomes] == [
        ("missions-2024-02-19.csv", "ingested", None),
        ("notes.csv", "ignored", "not a report or a known dataset"),
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PeacekeepingError, match="no reports or datasets found in"):
        ingest([empty], tmp_path / "s.duckdb")
