"""The command line: exact output on the real archive, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import report
from typer.testing import CliRunner

from peacekeeping.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.mark.archive
def test_ingest_prints_a_summary(tmp_path):
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(report("2022_06")), str(report("2020_06")), str(report("2022_05")), "--db", str(db))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "skipped UN_country_contributions_2020_06.pdf: byte-identical to UN_country_contributions_2022_06.pdf",
        "2 reports and 0 datasets ingested, 1 skipped, 0 unchanged; store: 2 months, 1,933 rows, 0 quality flags",
    ]


def test_ingest_error_is_one_line_with_what_to_do(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_text("hello")
    result = run("ingest", str(bad), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: bad.pdf: not a PDF file (no %PDF header)"


def test_missing_store_says_to_ingest(tmp_path):
    result = run("months", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "run `peacekeeping ingest PATH` first" in result.stderr


@pytest.mark.archive
def test_months_lists_missing_months(archive):
    result = run("months", "--db", str(archive[0]))
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if "2022-0" in line]
    assert any("2022-07" in line and "missing" in line for line in lines)
    assert any("2022-06" in line and "UN_country_contributions_2022_06.pdf" in line and "74,892" in line
               for line in lines)
    notes = {line.split("\t")[0]: line.split("\t")[-1] for line in result.stdout.splitlines()[1:]}
    assert notes["2023-09"] == "no mission breakdown; no sex split"
    assert notes["2016-05"] == "no Staff Officer category"
    assert notes["2019-10"] == "date from the pdf-creation-date"
    assert notes["2019-09"] == "prints no totals"
    assert notes["2022-06"] == ""


@pytest.mark.archive
def test_quality_lists_flags_with_file_and_page(archive):
    result = run("quality", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert "inferred_date" in result.stdout
    assert "UN_country_contributions_2019_10.pdf" in result.stdout


@pytest.mark.archive
def test_export_csv_one_month(archive):
    result = run("export", "contributions", "--as-of", "2022-06", "--db", str(archive[0]))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    peru = [r for r in rows if r["iso3"] == "PER"]
    assert sum(int(r["total"]) for r in peru) == 270
    minusca = [r for r in peru if r["mission"] == "MINUSCA" and r["personnel_type"] == "Troops"]
    assert minusca[0]["country"] == "Peru" and minusca[0]["source_file"] == "UN_country_contributions_2022_06.pdf"
    assert int(minusca[0]["page"]) > 0
    assert {r["as_of"] for r in rows} == {"2022-06-30"}


@pytest.mark.archive
def test_export_parquet_and_json(archive, tmp_path):
    out = tmp_path / "c.parquet"
    assert run("export", "contributions", "-f", "parquet", "--as-of", "2022-01", "-o", str(out),
               "--db", str(archive[0])).exit_code == 0
    table = pq.read_table(out)
    assert sum(table.column("total").to_pylist()) == 75_252  # the official ranking's sum for January 2022
    result = run("export", "contributions", "-f", "json", "--as-of", "2022-01", "--db", str(archive[0]))
    data = json.loads(result.stdout)
    assert sum(r["total"] for r in data) == sum(table.column("total").to_pylist())
    assert {"iso3", "country", "mission", "personnel_type", "male", "female", "total", "as_of",
            "source_file", "page"} <= set(data[0])


@pytest.mark.archive
def test_export_bad_month(archive):
    result = run("export", "contributions", "--as-of", "2022-07", "--db", str(archive[0]))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 2022-07 is a missing month; the store covers 2015-01 to 2025-07")
    result = run("export", "contributions", "--as-of", "June", "--db", str(archive[0]))
    assert "bad month 'June': use YYYY-MM" in result.stderr


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "peacekeeping"
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    for command in ("ingest", "months", "quality", "export"):
        assert command in done.stdout


@pytest.mark.archive
def test_profile_text(archive):
    result = run("profile", "Peru", "--as-of", "2022-06", "--db", str(archive[0]))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ("Peru (PER, M49 604), as of 2022-06-30 (report UN_country_contributions_2022_06.pdf); "
                        "missing months nearby: 2022-07")
    assert lines[1] == "uniformed personnel: 270 (38 women), 14.1% women"
    assert lines[2] == "rank: 48 of 121 contributors; 40 of 109 among contributors of women"
    assert "  MINUSCA: 255 (32 women) - United Nations Multidimensional Integrated Stabilization Mission in the " \
           "Central African Republic (page 5)" in lines


@pytest.mark.archive
def test_profile_json_and_unknown_country(archive):
    result = run("profile", "604", "--as-of", "2022-06", "-f", "json", "--db", str(archive[0]))
    data = json.loads(result.stdout)
    assert (data["total"], data["women"], data["mission_count"], data["rank"]) == (270, 38, 5, 48)
    result = run("profile", "Perru", "--db", str(archive[0]))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 'Perru' is not a country name we know; did you mean Peru")


@pytest.mark.archive
def test_rank_csv_top(archive):
    result = run("rank", "--as-of", "2022-01", "--top", "3", "-f", "csv", "--db", str(archive[0]))
    assert result.stdout.splitlines() == [
        "rank,iso3,country,total,women,men,as_of,report,caveats",
        "1,BGD,Bangladesh,6403,397,6006,2022-01-31,UN_country_contributions_2022_01.pdf,",
        "2,NPL,Nepal,5657,324,5333,2022-01-31,UN_country_contributions_2022_01.pdf,",
        "3,IND,India,5598,101,5497,2022-01-31,UN_country_contributions_2022_01.pdf,",
    ]


@pytest.mark.archive
def test_mission_command(archive):
    result = run("mission", "minusca", "--as-of", "2022-06", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert any(line.startswith("Peru\tPER\t255\t32\t5") for line in result.stdout.splitlines())


@pytest.mark.archive
def test_fatalities_command(full_store):
    result = run("fatalities", "Peru", "--until", "2022-10-12", "--db", str(full_store[0]))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "Peru: 8 fatalities up to 2022-10-12 (register release 2025-04-04, fatalities-2025-04-04.csv)")
