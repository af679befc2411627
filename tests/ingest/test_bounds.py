"""Sanity bounds at ingest (issue 14): a value no official file can hold is refused in one line naming the file and
the line (or page), the store left as it was; the newest download of a dataset replaces the stored one."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from fixtures import datasets, small
from pdfmaker import write_pdf
from typer.testing import CliRunner

from peacekeeping import facts, store
from peacekeeping.cli import app
from peacekeeping.ingest import bounds, ingest

runner = CliRunner()
NEXT_YEAR = dt.date.today().year + 1


@pytest.fixture()
def db(small_copy) -> Path:
    return small_copy


def refused(db: Path, path: Path) -> str:
    """Ingest `path` with the command: it must fail with exit 1 and one line, the store unchanged; that line."""
    before = db.read_bytes()
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"Error: {path.name}")
    assert db.read_bytes() == before
    return result.stderr.strip()


def peru_in_minusca(day: str, male: int, female: int) -> tuple:
    """A DPO-UCHISTORICAL row of Peru's troops in MINUSCA."""
    return (day, "MINUSCA", "Peru", "troops", male, female)


HISTORICAL_CASES = {
    "2099": (peru_in_minusca("2099-12-31", 230, 20), "line 2: last_reporting_date 2099-12-31 is in the future (after "),
    "9999": (peru_in_minusca("9999-12-31", 230, 20), "line 2: last_reporting_date 9999-12-31 is in the future (after "),
    "1900": (
        peru_in_minusca("1900-01-31", 230, 20),
        "line 2: last_reporting_date 1900-01-31 is before 1948, the year of the first peacekeeping operation",
    ),
    "mid-month": (
        peru_in_minusca("2021-06-15", 230, 20),
        "line 2: last_reporting_date 2021-06-15 is not the last day of a month",
    ),
    "2^31": (
        peru_in_minusca("2020-06-30", 2147483648, 20),
        "line 2: male_personnel 2,147,483,648 is above 200,000, more than any official figure can be",
    ),
    "2e9": (peru_in_minusca("2020-06-30", 2_000_000_000, 0), "line 2: male_personnel 2,000,000,000 is above 200,000"),
    "2^63": (peru_in_minusca("2020-06-30", 2**63, 0), "line 2: male_personnel 9,223,372,036,854,775,808"),
}


@pytest.mark.parametrize("case", list(HISTORICAL_CASES))
def test_historical_rows_out_of_bounds_are_refused(db, tmp_path, case):
    row, message = HISTORICAL_CASES[case]
    path = datasets.historical_csv(tmp_path / "DPO-UCHISTORICAL.csv", [row, *small.HISTORICAL])
    assert refused(db, path).startswith(f"Error: DPO-UCHISTORICAL.csv, {message}")
    with store.connect(db) as con:  # the profile still answers from the real months
        assert facts.country_profile(con, "Peru", None).month.as_of == dt.date(2022, 10, 31)


def test_a_negative_count_is_refused(db, tmp_path):
    path = datasets.historical_csv(tmp_path / "h.csv", [("2021-06-30", "MINUSCA", "Peru", "troops", -5, 0)])
    assert refused(db, path) == "Error: h.csv, line 2: male_personnel '-5' is not a whole number"


def test_ranking_totals_that_do_not_add_up_and_ranks_out_of_bounds(db, tmp_path):
    path = datasets.latest_csv(tmp_path / "DPO-UCLATEST.csv", small.LATEST, "30/06/2022")
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace("PER,604,Peru,4,38,232,270", "PER,604,Peru,4,38,232,271"), encoding="utf-8")
    assert refused(db, path) == (
        "Error: DPO-UCLATEST.csv, line 5: total_uniformed_personnel 271 is not female 38 + male 232"
    )
    path.write_text(text.replace("FJI,242,Fiji,8,", "FJI,242,Fiji,2147483648,"), encoding="utf-8")
    assert refused(db, path) == (
        "Error: DPO-UCLATEST.csv, line 10: rank 2,147,483,648 is above 1,000, more than any official figure can be"
    )
    late = datasets.latest_csv(tmp_path / "late.csv", small.LATEST, f"31/12/{NEXT_YEAR + 1}")
    assert f"late.csv, line 2: last_reporting_date {NEXT_YEAR + 1}-12-31 is in the future" in refused(db, late)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (1, "2099-01-01", "line 2: incident_date 2099-01-01 is in the future"),
        (1, "1900-01-01", "line 2: incident_date 1900-01-01 is before 1948"),
        (0, 2147483648, "line 2: id 2,147,483,648 is above 2,147,483,647"),
    ],
)
def test_fatalities_out_of_bounds_are_refused(db, tmp_path, field, value, message):
    rows = list(datasets.FATALITIES)
    rows[0] = (*rows[0][:field], value, *rows[0][field + 1 :])
    path = datasets.fatalities_csv(tmp_path / "fatalities-x.csv", rows, "2025-05-01")
    assert refused(db, path).startswith(f"Error: fatalities-x.csv, {message}")


def test_a_release_in_the_future_is_refused(db, tmp_path):
    path = datasets.fatalities_csv(tmp_path / "fatalities-x.csv", datasets.FATALITIES, "9999-12-31")
    assert refused(db, path).startswith("Error: fatalities-x.csv, line 2: last_update 9999-12-31 is in the future")
    missions = datasets.missions_csv(tmp_path / "missions-x.csv", datasets.MISSIONS, "2099-01-01")
    assert refused(db, missions).startswith("Error: missions-x.csv, line 2: last_update 2099-01-01 is in the future")


def test_reports_out_of_bounds_are_refused_naming_the_page(db, tmp_path):
    huge = [("MINUSCA", "Peru", "Troops", 2_000_000_000, 0), *small.JUNE[1:]]
    path = write_pdf(tmp_path / "huge.pdf", small.uniformed_pages(huge, dt.date(2021, 5, 31)), dt.date(2021, 6, 20))
    assert (
        refused(db, path) == "Error: huge.pdf, page 1: men 2,000,000,000 is above 200,000, more than any "
        "official figure can be"
    )
    future = write_pdf(
        tmp_path / "future.pdf", small.uniformed_pages(small.JUNE, dt.date(2099, 12, 31)), dt.date(2022, 7, 20)
    )
    assert refused(db, future).startswith("Error: future.pdf: the report's date 2099-12-31 is in the future")


def test_the_bounds_of_dates():
    assert bounds.last_day(dt.date(2026, 11, 30)) == dt.date(2026, 12, 31)
    assert bounds.last_day(dt.date(2026, 12, 1)) == dt.date(2027, 1, 31)
    assert bounds.date_problem("d", dt.date(1948, 1, 1)) is None
    assert bounds.date_problem("d", bounds.last_day()) is None
    assert bounds.date_problem("d", bounds.last_day() + dt.timedelta(days=1)).startswith("d ")


def _at(path: Path, when: dt.datetime) -> Path:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_the_newest_download_replaces_a_release_whatever_its_dates(db, tmp_path):
    """A download with a wrong late date, then a corrected one without it: the corrected one is kept."""
    late = [("2022-09-30", "MINUSCA", "Peru", "troops", 500, 50), *small.HISTORICAL]
    now = dt.datetime.now()  # the small store's own download is from the time its files were written
    first = _at(datasets.historical_csv(tmp_path / "DPO-UCHISTORICAL-1.csv", late), now + dt.timedelta(hours=1))
    second = _at(
        datasets.historical_csv(tmp_path / "DPO-UCHISTORICAL-2.csv", small.HISTORICAL), now + dt.timedelta(hours=2)
    )
    ingest([first], db)
    ingest([second], db)
    with store.connect(db) as con:
        assert con.execute("SELECT DISTINCT source_file FROM datahub_contributions").fetchall() == [(second.name,)]
        assert con.execute("SELECT max(as_of) FROM datahub_contributions").fetchone()[0] == dt.date(2022, 6, 30)
    older = _at(datasets.historical_csv(tmp_path / "DPO-UCHISTORICAL-0.csv", late), dt.datetime(2023, 1, 1))
    ingest([older], db)  # an older download ingested later does not replace the newest one
    with store.connect(db) as con:
        assert con.execute("SELECT DISTINCT source_file FROM datahub_contributions").fetchall() == [(second.name,)]
