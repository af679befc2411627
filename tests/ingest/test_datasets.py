"""Fatalities register and mission list in the store, and the facts drawn from them."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from conftest import DATA, PERU_DEATHS_TO_2022_10_12

from peacekeeping import facts
from peacekeeping.errors import PeacekeepingError
from peacekeeping.ingest import ingest

pytestmark = pytest.mark.archive


def test_datasets_ingest_once_per_release(full_store, full_con):
    _, summary = full_store
    outcomes = {o.file: (o.status, o.reason) for o in summary.outcomes}
    assert outcomes["fatalities-2025-04-04.csv"] == ("ingested", None)
    assert outcomes["missions-2024-02-19.csv"] == ("ingested", None)
    # The API JSON and the CSV of 2023-11-28 are one release: the first read (by file name) wins.
    assert outcomes["DPPADPOSS-FATALITIES-2023-11-28.json"] == ("ingested", None)
    assert outcomes["fatalities-2023-11-28.csv"] == (
        "skipped",
        "fatalities release 2023-11-28 already ingested from DPPADPOSS-FATALITIES-2023-11-28.json",
    )
    assert outcomes["metadata-all-2023-11.json"][0] == "ignored"
    counts = dict(full_con.execute("SELECT release::VARCHAR, count(*) FROM fatalities GROUP BY 1").fetchall())
    assert counts == {"2025-04-04": 4429, "2023-11-28": 4350}
    assert full_con.execute("SELECT count(*) FROM missions").fetchone()[0] == 81 + 29


def test_reingesting_datasets_changes_nothing(full_store):
    db, _ = full_store
    before = db.read_bytes()
    again = ingest([DATA / "fatalities", DATA / "datahub", DATA / "missions"], db)
    assert not again.written and db.read_bytes() == before


def test_peru_fatalities_up_to_the_release_date(full_con):
    f = facts.fatalities(full_con, "Peru", "2022-10-12").to_dict()
    assert f["count"] == 8
    assert sorted((m["mission"], y) for m in f["by_mission"] for y in m["years"]) == PERU_DEATHS_TO_2022_10_12
    assert f["release"] == {"date": "2025-04-04", "file": "fatalities-2025-04-04.csv"}
    assert all(i["line"] > 1 for i in f["incidents"])


def test_counts_are_reproducible_per_release(full_con):
    old = facts.fatalities(full_con, "Türkiye", release_of="2023-11-28").to_dict()
    new = facts.fatalities(full_con, "Turkey").to_dict()
    assert old["release"]["date"] == "2023-11-28" and new["release"]["date"] == "2025-04-04"
    assert new["count"] >= old["count"]
    assert facts.fatalities(full_con, "Peru", "2022-10-12", release_of="2023-11-28").to_dict()["count"] == 8


def test_global_count_takes_a_death_listed_twice_once(full_con):
    everyone = facts.fatalities(full_con).to_dict()["count"]
    assert everyone == 4429 - 6


def test_profile_carries_fatalities(full_con):
    p = facts.country_profile(full_con, "Peru", "2022-10-12")
    assert p.fatalities.count == 8 and p.fatalities.until == dt.date(2022, 10, 12)
    assert (
        p.missions[0].name == "United Nations Multidimensional Integrated Stabilization Mission in the "
        "Central African Republic"
    )


def test_totals_with_fatalities_since_1948(full_con):
    t = facts.totals(full_con, "2022-06").to_dict()
    assert t["fatalities_since_1948"]["until"] == "2022-06-30"
    assert 4000 < t["fatalities_since_1948"]["count"] < 4429


def test_no_register_is_a_clear_error(archive_con):
    with pytest.raises(facts.NoFatalities, match="no fatalities register in the store"):
        facts.fatalities(archive_con, "Peru").to_dict()


def test_unrecognised_file_named_directly(tmp_path):
    other = tmp_path / "m49.csv"
    shutil.copyfile(DATA / "reference" / "unsd-m49-2021.csv", other)
    with pytest.raises(PeacekeepingError, match="m49.csv: not a monthly report"):
        ingest([other], tmp_path / "s.duckdb")


def test_bad_dataset_fails_the_whole_ingest(archive, tmp_path):
    db = tmp_path / "s.duckdb"
    shutil.copyfile(archive[0], db)
    before = db.read_bytes()
    bad = tmp_path / "fatalities.csv"
    text = (DATA / "fatalities" / "fatalities-2025-04-04.csv").read_text(encoding="utf-8").splitlines()
    fields = text[3].split(",")
    fields[1] = "1948-13-40"  # line 4: no such date
    bad.write_text("\n".join(text[:3] + [",".join(fields)] + text[4:10]) + "\n")
    with pytest.raises(PeacekeepingError, match="fatalities.csv.*line 4"):
        ingest([DATA / "missions", bad], db)
    assert db.read_bytes() == before
