"""The command line: exact output on synthetic inputs, the small store and the real archive; one-line errors, exit
codes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES, report
from fixtures import datasets as synthetic_data
from fixtures import small
from typer.testing import CliRunner

from peacekeeping import facts, store
from peacekeeping.cli import app
from peacekeeping.facts import coverage, models

runner = CliRunner()


def run(*args: str, db: Path | None = None, stdin: str | bytes | None = None):
    extra = ["--db", str(db)] if db is not None else []
    return runner.invoke(app, [*args, *extra], input=stdin, catch_exceptions=False)


@pytest.fixture(scope="module")
def db(small_store) -> Path:
    return small_store[0]


def test_ingest_prints_what_it_did(synthetic_reports, tmp_path):
    store_path = tmp_path / "s.duckdb"
    copy = tmp_path / "copy_2020_06.pdf"
    shutil.copyfile(synthetic_reports["uniformed_by_mission"], copy)
    notes = tmp_path / "notes.txt.csv"
    notes.write_text("a,b\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(notes, folder / "notes.csv")
    result = run(
        "ingest",
        str(synthetic_reports["uniformed_by_mission"]),
        str(copy),
        str(synthetic_reports["by_country_type"]),
        str(folder),
        db=store_path,
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "skipped copy_2020_06.pdf: byte-identical to uniformed_by_mission_2022_06.pdf",
        "ignored notes.csv: not a report or a known dataset",
        "2 reports and 0 datasets ingested, 1 skipped, 0 unchanged; store: 2 months, 13 rows, 0 quality flags",
        "missing months (14): 2022-07, 2022-08, 2022-09, 2022-10, 2022-11, 2022-12, 2023-01, 2023-02, 2023-03, "
        "2023-04, 2023-05, 2023-06, 2023-07, 2023-08",
    ]
    again = run("ingest", str(synthetic_reports["uniformed_by_mission"]), db=store_path)
    assert again.stdout.splitlines() == [
        "0 reports and 0 datasets ingested, 0 skipped, 1 unchanged; store: 2 months, 13 rows, 0 quality flags",
        again.stdout.splitlines()[-1],
    ]


def test_ingest_of_datasets_counts_them_apart(small_inputs, tmp_path):
    result = run("ingest", str(small_inputs / "datasets"), "--workers", "2", db=tmp_path / "s.duckdb")
    assert result.exit_code == 0, result.stderr
    # without reports, DPO-UCHISTORICAL gives June 2022 too (Peru alone): DPO-UCLATEST's nine ranks disagree with it
    assert result.stdout.splitlines()[0] == (
        "0 reports and 5 datasets ingested, 0 skipped, 0 unchanged; store: 3 months, 14 rows, 9 quality flags"
    )


def test_ingest_error_is_one_line_and_the_store_is_untouched(db, synthetic_reports, tmp_path):
    copy = tmp_path / "s.duckdb"
    shutil.copyfile(db, copy)
    before = copy.read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_text("hello")
    result = run("ingest", str(synthetic_reports["table_export_2024_10"]), str(bad), db=copy)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        "Error: bad.pdf: not a PDF file (no %PDF header)\n",
    )
    assert copy.read_bytes() == before
    result = run("ingest", str(tmp_path / "nowhere"), db=copy)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "no such file or folder" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["months"],
        ["quality"],
        ["profile", "Peru"],
        ["rank"],
        ["mission", "MINUSCA"],
        ["fatalities", "Peru"],
        ["export", "contributions"],
        ["serve"],
    ],
)
def test_a_missing_store_says_to_ingest(tmp_path, command):
    result = run(*command, db=tmp_path / "none.duckdb")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no store at {tmp_path / 'none.duckdb'}: run `peacekeeping ingest PATH` first (or pass --db)\n"
    )


def test_months(db):
    un = coverage.SOURCES["report"]
    result = run("months", db=db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "month\tstatus\tsource\tas of\treport\tlayout\trows\tpersonnel\tnotes"
    reports = [line for line in lines if "datahub" not in line][1:]  # (months from DPO-UCHISTORICAL: see facts)
    assert reports == [
        *(
            f"{month}\tmissing\t\t\t\t\t\t\t"
            for month in ("2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12", "2022-01", "2022-02")
        ),
        f"2022-04\tingested\t{un}\t2022-04-30\tUN_country_contributions_2022_04.pdf\tuniformed_by_mission\t10\t3,183\t",
        f"2022-05\tingested\t{un}\t2022-05-31\tUN_country_contributions_2022_05.pdf\tuniformed_by_mission\t14\t4,317\t",
        f"2022-06\tingested\t{un}\t2022-06-30\tUN_country_contributions_2022_06.pdf\tuniformed_by_mission\t15\t3,250\t",
        "2022-07\tmissing\t\t\t\t\t\t\t",
        f"2022-08\tingested\t{un}\t2022-08-31\tUN_country_contributions_2022_08.pdf\tby_country_type\t12\t3,260\t"
        "no mission breakdown; no sex split",
        f"2022-09\tingested\t{un}\t2022-09-30\tUN_country_contributions_2022_09.pdf\ttable_export\t14\t3,260\t"
        "prints no totals",
        f"2022-10\tingested\t{un}\t2022-10-31\tUN_country_contributions_2022_10.pdf\tcountry_matrix\t14\t3,260\t"
        "date from the pdf-creation-date",
    ]


def test_quality(db):
    result = run("quality", db=db)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "month\tkind\tcountry\tmission\ttype\tdetail\tsource\tdecision",
        "2022-05\tsex_split_flip\tGhana\tUNIFIL\tTroops\t500 women of 900 (56%) against 11% in 2022-04 and 11% in "
        "2022-06\tUN_country_contributions_2022_05.pdf, page 3\twithheld",
        "2022-05\ttotal_jump\tNepal\t\t\ttotal 1885 against 785 in 2022-04 and 785 in 2022-06\t"
        "UN_country_contributions_2022_05.pdf, page 1\twithheld",
        "2022-06\tranking_mismatch\tFiji\t\t\tDPO-UCLATEST ranks it 8 (DPO-UCLATEST.csv, line 10), the report gives "
        "rank none\tUN_country_contributions_2022_06.pdf\ta note for readers",
        "2022-06\tsource_disagreement\tPeru\tUNIFIL\tTroops\treport 23 against DPO-UCHISTORICAL 22 "
        "(DPO-UCHISTORICAL.csv, line 14)\tUN_country_contributions_2022_06.pdf, page 3\ta note for readers",
        "2022-09\tno_printed_totals\t\t\t\tthe report prints no subtotals or grand total: rows checked (male + female "
        "= total) but not reconciled\tUN_country_contributions_2022_09.pdf\ta note for readers",
        "2022-10\tinferred_date\t\t\t\tthe report prints no date; as_of 2022-10-31 taken from the pdf-creation-date\t"
        "UN_country_contributions_2022_10.pdf\ta note for readers",
        "6 flags, 2 without a reviewed decision",
    ]


def test_profile_text(db):
    result = run("profile", "Peru", "--as-of", "2022-06", db=db)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Peru (PER, M49 604), as of 2022-06-30 (report UN_country_contributions_2022_06.pdf); missing months nearby: "
        "2022-07",
        "uniformed personnel: 270 [1] (38 [1] women), 14.1% [1] women",
        "rank: 4 [1] of 7 contributors; 4 [1] of 5 among contributors of women",
        "  Troops: 255 [1] (34 [1] women)",
        "  Staff Officer: 9 (2 women)",
        "  Experts on Mission: 4 (2 women)",
        "  Individual Police: 2 (0 women)",
        "missions (4):",
        "  MINUSCA: 241 (31 women) - United Nations Multidimensional Integrated Stabilization Mission in the Central "
        "African Republic (page 2)",
        "  UNIFIL: 23 [1] (5 [1] women) - United Nations Interim Force in Lebanon (page 3)",
        "  MONUSCO: 4 (2 women) - United Nations Organization Stabilization Mission in the Democratic Republic of the "
        "Congo (page 4)",
        "  BINUH: 2 (0 women) - United Nations Integrated Office in Haiti (page 1)",
        "previous report: 237 on 2022-05-31 (+33)",
        "a year earlier: 250 on 2021-06-30 (+20)",
        "first report month in the store listing it: 2021-06",
        "fatalities of its nationals up to 2022-06-30: 4 (5 in the whole register, release 2025-04-04, "
        "fatalities-2025-04-04.csv)",
        "source: UN_country_contributions_2022_06.pdf, pages 1, 2, 3, 4",
        "[1] note: The Data Hub gives another figure for Peru UNIFIL troops: report 23 against DPO-UCHISTORICAL 22 "
        "(DPO-UCHISTORICAL.csv, line 14).",
    ]


def test_profile_of_a_month_without_missions_or_sexes_and_of_an_absent_country(db):
    august = run("profile", "604", "--as-of", "2022-09-10", db=db).stdout.splitlines()
    assert august[0] == (
        "Peru (PER, M49 604), as of 2022-08-31 (report UN_country_contributions_2022_08.pdf); "
        "asked for 2022-09-10, the latest report on or before it; missing months nearby: 2022-07"
    )
    assert august[1] == (
        "note: The September 2022 report is dated 30 September 2022, after the date asked "
        "(10 September 2022): figures are from the report of 31 August 2022."
    )
    assert august[2:5] == [
        "uniformed personnel: 280 (women: not in this report [1])",
        "rank: 4 of 7 contributors",
        "  Troops: 265",
    ]
    assert "missions: not in this report [2]" in august
    assert august[-3:-1] == [
        "[1] note: The report of 31 August 2022 does not split personnel by sex; the nearest months that do: 2022-06, "
        "2022-09.",
        "[2] note: The report of 31 August 2022 has no breakdown by mission; the nearest months that do: 2022-06, "
        "2022-09.",
    ]
    assert run("profile", "Iceland", "--as-of", "2022-06", db=db).stdout.splitlines()[1:] == [
        "not listed in this report"
    ]


def test_profile_json_and_errors(db):
    result = run("profile", "PER", "--as-of", "2022-06", "-f", "json", db=db)
    data = json.loads(result.stdout)
    assert (data["total"], data["women"], data["mission_count"], data["rank"], data["previous"]["delta"]) == (
        270,
        38,
        4,
        4,
        33,
    )
    assert data == json.loads(
        json.dumps(facts.country_profile(store.connect(db), "Peru", "2022-06").to_dict(), default=str)
    )
    unknown = run("profile", "Perru", db=db)
    assert (unknown.exit_code, unknown.stderr) == (
        1,
        "Error: 'Perru' is not a country name we know; did you mean Peru?\n",
    )
    early = run("profile", "Peru", "--as-of", "2020-01", db=db)
    assert early.stderr == "Error: no report on or before 2020-01-31: the first report is of 2021-06-30\n"


def test_json_answers_are_the_api_models_in_their_order(db):
    """`-f json` prints the model facts/models/ declares, fields in its order, as /api/v1 serves it (issue 22.1)."""
    profile = json.loads(run("profile", "PER", "--as-of", "2022-06", "-f", "json", db=db).stdout)
    assert list(profile) == list(models.Profile.model_fields)
    assert list(profile["month"]) == list(models.Month.model_fields)  # `why` before `source`
    mission = json.loads(run("mission", "MINUSCA", "--as-of", "2022-06", "-f", "json", db=db).stdout)
    assert list(mission) == list(models.Mission.model_fields)
    assert all(list(t) == list(models.TypeFigure.model_fields) for t in mission["by_type"])  # with `pages`
    ranking = json.loads(run("rank", "--as-of", "2022-06", "-f", "json", db=db).stdout)
    assert list(ranking) == list(models.Ranking.model_fields) and list(ranking["rows"][0]) == list(
        models.RankRow.model_fields
    )


def test_rank(db):
    table = run("rank", "--as-of", "2022-06", "--top", "5", db=db)
    assert table.stdout.splitlines() == [
        "ranked by total, as of 2022-06-30 (report UN_country_contributions_2022_06.pdf); missing months nearby: "
        "2022-07",
        "rank\tiso3\tcountry\ttotal\twomen\tmen",
        "1\tBGD\tBangladesh\t1230\t80\t1150",
        "2\tGHA\tGhana\t900\t100\t800",
        "3\tNPL\tNepal\t785\t55\t730",
        "4 [1]\tPER\tPeru\t270 [1]\t38 [1]\t232",
        "5\tBRN\tBrunei Darussalam\t30\t0\t30",  # a tie: both fifth
        "5\tCHL\tChile\t30\t5\t25",
        "[1] note: The Data Hub gives another figure for Peru UNIFIL troops: report 23 against DPO-UCHISTORICAL 22 "
        "(DPO-UCHISTORICAL.csv, line 14).",
        "[2] note: The report also lists Papua New Guinea with no uniformed personnel: not a contributor this month, "
        "so not in this list (the UN's own ranking puts it last).",
    ]
    women = run("rank", "--as-of", "2022-06", "--by", "women", "--top", "2", "-f", "csv", db=db)
    assert women.stdout.splitlines() == [
        "rank,iso3,country,total,women,men,as_of,report,caveats",
        "1,GHA,Ghana,900,100,800,2022-06-30,UN_country_contributions_2022_06.pdf,",
        "2,BGD,Bangladesh,1230,80,1150,2022-06-30,UN_country_contributions_2022_06.pdf,",
    ]
    august = run("rank", "--as-of", "2022-08", "-f", "csv", db=db).stdout.splitlines()
    assert august[4] == "4,PER,Peru,280,,,2022-08-31,UN_country_contributions_2022_08.pdf,"  # no sex split


def test_mission(db):
    result = run("mission", "minusca", "--as-of", "2022-06", db=db)
    assert result.stdout.splitlines() == [
        "MINUSCA - United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic, "
        "as of 2022-06-30 (report UN_country_contributions_2022_06.pdf); missing months nearby: 2022-07",
        "uniformed personnel: 2,031 (121 women) from 3 countries",
        "  Troops: 2,022 (119 women)",
        "  Staff Officer: 9 (2 women)",
        "country\tiso3\ttotal\twomen\tpages",
        "Bangladesh\tBGD\t1050\t50\t2",
        "Nepal\tNPL\t740\t40\t2",
        "Peru\tPER\t241\t31\t2",
    ]


def test_fatalities(db):
    result = run("fatalities", "Peru", "--until", "2022-10-12", db=db)
    assert result.stdout.splitlines() == [
        "Peru: 4 fatalities up to 2022-10-12 (register release 2025-04-04, fatalities-2025-04-04.csv)",
        "by personnel type: Military 3, Police 1",
        "by incident type: Accident 2, Illness 1, Malicious Act 1",
        "date\tmission\tpersonnel type\tincident type\tcasualty id\tline",
        "1974-10-09\tUNEF\tMilitary\tAccident\tUNEF-1974-10-00002\t3",
        "1974-10-09\tUNEF\tMilitary\tAccident\tUNEF-1974-10-00003\t4",
        "2016-02-14\tMINUSTAH\tPolice\tIllness\tMINUSTAH-2016-02-00006\t7",
        "2021-03-30\tMINUSCA\tMilitary\tMalicious Act\tMINUSCA-2021-03-00008\t9",
    ]
    older = json.loads(run("fatalities", "PER", "--release", "2023-11-28", "-f", "json", db=db).stdout)
    assert (older["count"], older["release"]["file"], older["by_incident_type"]) == (
        4,
        "DPPADPOSS-FATALITIES-2023-11-28.json",
        {"Accident": 3, "Illness": 1},
    )
    missing = run("fatalities", "Peru", "--release", "2020-01-01", db=db)
    assert (missing.exit_code, missing.stderr) == (1, "Error: no fatalities release of 2020-01-01 in the store\n")


def test_export_csv_of_one_month(db):
    result = run("export", "contributions", "--as-of", "2022-06", db=db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 15 and {r["as_of"] for r in rows} == {"2022-06-30"}
    assert sum(int(r["total"]) for r in rows) == 3250
    peru = [r for r in rows if r["iso3"] == "PER"]
    assert sum(int(r["total"]) for r in peru) == 270
    assert [
        (r["mission"], r["personnel_type"], r["male"], r["female"], r["total"], r["source_file"], r["page"])
        for r in peru
    ] == [
        ("BINUH", "Individual Police", "2", "0", "2", "UN_country_contributions_2022_06.pdf", "1"),
        ("MINUSCA", "Staff Officer", "7", "2", "9", "UN_country_contributions_2022_06.pdf", "2"),
        ("MINUSCA", "Troops", "203", "29", "232", "UN_country_contributions_2022_06.pdf", "2"),
        ("MONUSCO", "Experts on Mission", "2", "2", "4", "UN_country_contributions_2022_06.pdf", "4"),
        ("UNIFIL", "Troops", "18", "5", "23", "UN_country_contributions_2022_06.pdf", "3"),
    ]
    assert list(rows[0]) == [
        "as_of",
        "iso3",
        "m49",
        "country",
        "country_printed",
        "mission",
        "mission_printed",
        "personnel_type",
        "type_printed",
        "male",
        "female",
        "total",
        "printed_iso3",
        "printed_male",
        "printed_female",
        "status",
        "caveats",
        "source_file",
        "page",
    ]
    unifil = next(r for r in peru if r["mission"] == "UNIFIL")
    assert (unifil["status"], unifil["printed_iso3"]) == ("note", "PER")
    assert unifil["caveats"].startswith("The Data Hub gives another figure for Peru UNIFIL troops")


def test_export_parquet_and_json(db, tmp_path):
    out = tmp_path / "c.parquet"
    assert run("export", "contributions", "-f", "parquet", "--as-of", "2022-08", "-o", str(out), db=db).exit_code == 0
    table = pq.read_table(out)
    assert (table.num_rows, sum(table.column("total").to_pylist())) == (12, 3260)
    assert set(table.column("mission").to_pylist()) == {None} and set(table.column("female").to_pylist()) == {None}
    data = json.loads(run("export", "contributions", "-f", "json", "--as-of", "2022-08", db=db).stdout)
    assert [(r["iso3"], r["personnel_type"], r["total"]) for r in data] == [
        (r["iso3"], r["personnel_type"], r["total"]) for r in table.to_pylist()
    ]
    everything = run("export", "contributions", "-f", "json", db=db)
    assert len(json.loads(everything.stdout)) == 88


def test_export_of_a_missing_month_gives_the_month_before_and_says_so(db):
    substituted = run("export", "contributions", "--as-of", "2022-07", db=db)
    assert substituted.exit_code == 0
    assert substituted.stderr == (
        "note: No report covers July 2022: figures are from the report of 30 June 2022, the latest before it.\n"
    )
    assert {row["as_of"] for row in csv.DictReader(io.StringIO(substituted.stdout))} == {"2022-06-30"}


def test_export_errors(db):
    before = run("export", "contributions", "--as-of", "2020-01", db=db)
    assert (before.exit_code, before.stderr) == (
        1,
        "Error: no report on or before 2020-01-31: the first report is of 2021-06-30\n",
    )
    assert run("export", "contributions", "--as-of", "June", db=db).stderr == (
        "Error: bad date 'June': use YYYY-MM or YYYY-MM-DD, e.g. 2022-06 or 2022-10-12\n"
    )
    assert run("export", "stuff", db=db).stderr == "Error: cannot export 'stuff': choose contributions\n"


def test_release_writes_the_draft_and_its_sources(db, tmp_path):
    out = tmp_path / "peru.md"
    brief = FIXTURES / "brief-peru.toml"
    result = run("release", "Peru", "--date", "2022-10-12", "-o", str(out), "--brief", str(brief), db=db)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "figures from the report of 2022-06-30 (UN_country_contributions_2022_06.pdf), the latest published before "
        "2022-10-12; 12 figures sourced; 2 notes for the editor",
        f"wrote {out} and {out}.sources.json",
    ]
    text = out.read_text(encoding="utf-8")  # Markdown: each figure's source in a [^n] footnote
    assert "Today, Peru provides 270[^3] uniformed personnel, including 38[^4] women, to four[^5] missions" in text
    assert "[^3]: 270: uniformed personnel of Peru, as of 30 June 2022 (UN_country_contributions_2022_06.pdf" in text
    sidecar = json.loads(Path(f"{out}.sources.json").read_text(encoding="utf-8"))
    assert sidecar["month"]["as_of"] == "2022-06-30" and len(sidecar["figures"]) == 12
    assert {f["text"] for f in sidecar["figures"]} >= {"270", "38", "four", "4th", "241", "1958"}


def test_release_to_stdout_and_errors(db):
    result = run("release", "Peru", "--date", "2022-10-12", "--as-of", "2022-08", "--lang", "es", "--clean", db=db)
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "figures from the report of 2022-08-31 (UN_country_contributions_2022_08.pdf), as asked; "
    )
    assert (
        "Hoy, el Perú aporta 280 efectivos uniformados, lo que hace del Perú el 4.º mayor contribuyente"
        in result.stdout
    )
    word = run("release", "Peru", "--date", "2022-10-12", "-f", "docx", db=db)
    assert (word.exit_code, word.stderr) == (1, "Error: a Word draft needs a file: add -o FILE.docx\n")
    absent = run("release", "Iceland", "--date", "2022-10-12", db=db)
    assert absent.exit_code == 1 and absent.stderr.startswith(
        "Error: Iceland has no uniformed personnel in the report of 2022-06-30 (UN_country_contributions_2022_06.pdf)"
    )


def test_check(db, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(small.RELEASE_TEXT, encoding="utf-8")
    text = run("check", str(path), "--date", "2022-10-12", db=db)
    assert text.exit_code == 0
    assert text.stdout.splitlines()[2] == (
        "reference month: 2022-06 (report UN_country_contributions_2022_06.pdf): "
        "10 of 11 claims match the report of 2022-06-30 exactly"
    )
    data = json.loads(run("check", str(path), "--date", "2022-10-12", "-f", "json", db=db).stdout)
    assert data["counts"] == {"supported": 12, "bound holds": 1} and data["month"]["month"] == "2022-06"
    page = run("check", "-", "--date", "2022-10-12", "-f", "html", db=db, stdin=small.RELEASE_TEXT).stdout
    assert (
        '<mark class="claim supported" data-claim="0" title="supported: matches the data [total of Peru '
        '(subject: Peru; kind: uniformed personnel)]">270</mark>'
    ) in page
    latin = run(
        "check", "-", "--country", "Peru", db=db, stdin="Perú aporta 270 efectivos uniformados.".encode("cp1252")
    )
    assert latin.stdout.startswith("note: not UTF-8 (byte 3); read as Windows-1252")
    missing = run("check", str(tmp_path / "none.txt"), db=db)
    assert (missing.exit_code, missing.stderr) == (
        1,
        f"Error: {tmp_path / 'none.txt'}: cannot read (No such file or directory)\n",
    )


# ------------------------------------------------------------------------------------------------ update


class _Hub(SimpleHTTPRequestHandler):
    """A local Data Hub: /public/data/{DATASET}/csv from a folder of {DATASET}.csv files."""

    def do_GET(self):  # noqa: N802 (the http.server interface)
        parts = self.path.strip("/").split("/")
        self.path = f"/{parts[-2]}.csv" if len(parts) >= 2 else "/"
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture()
def hub(tmp_path, small_inputs):
    """The four datasets served on 127.0.0.1: the small store's, with a newer fatalities release (one more death)."""
    folder = tmp_path / "hub"
    folder.mkdir()
    data = small_inputs / "datasets"
    shutil.copyfile(data / small.HISTORICAL_FILE, folder / "DPO-UCHISTORICAL.csv")
    shutil.copyfile(data / small.LATEST_FILE, folder / "DPO-UCLATEST.csv")
    shutil.copyfile(data / small.MISSIONS_FILE, folder / "DPPADPOSS-PKO.csv")
    newer = [
        *synthetic_data.FATALITIES,
        (11, "2025-05-01", "UNMISS-2025-05-00011", "UNMISS", "M", "Peru", "Military", "Accident", "604.0", "PER"),
    ]
    synthetic_data.fatalities_csv(folder / "DPPADPOSS-FATALITIES.csv", newer, "2025-06-01")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Hub, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/public/"
    server.shutdown()
    server.server_close()


def test_update_downloads_and_ingests_what_changed(db, hub, tmp_path):
    folder, url = hub
    copy = tmp_path / "store" / "s.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(db, copy)
    result = run("update", "--base-url", url, "--retries", "0", "--timeout", "5", db=copy)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    stamp = r"\d{8}T\d{6}Z"
    assert [re.sub(stamp, "STAMP", re.sub(r"sha256 [0-9a-f]{12}", "sha256 X", line)) for line in lines] == [
        "DPO-UCHISTORICAL: new snapshot DPO-UCHISTORICAL-STAMP.csv (sha256 X)",
        "DPO-UCLATEST: new snapshot DPO-UCLATEST-STAMP.csv (sha256 X)",
        "DPPADPOSS-FATALITIES: new snapshot DPPADPOSS-FATALITIES-STAMP.csv (sha256 X)",
        "DPPADPOSS-PKO: new snapshot DPPADPOSS-PKO-STAMP.csv (sha256 X)",
        "skipped DPO-UCHISTORICAL-STAMP.csv: historical release 2022-06-30 already ingested from DPO-UCHISTORICAL.csv",
        "skipped DPO-UCLATEST-STAMP.csv: latest release 2022-06-30 already ingested from DPO-UCLATEST.csv",
        "ingested DPPADPOSS-FATALITIES-STAMP.csv",
        "skipped DPPADPOSS-PKO-STAMP.csv: missions release 2024-02-19 already ingested from missions-2024-02-19.csv",
        "store: 8 months, 88 rows, 6 quality flags",
    ]
    assert json.loads((copy.parent / "snapshots" / "manifest.json").read_text())
    with store.connect(copy) as con:
        newest = facts.fatalities(con, "Peru").to_dict()
        assert (newest["release"]["date"], newest["count"]) == ("2025-06-01", 6)
    before = copy.read_bytes()
    again = run("update", "--base-url", url, "--retries", "0", "--timeout", "5", db=copy)
    assert again.exit_code == 0 and "DPO-UCLATEST: unchanged" in again.stdout
    assert copy.read_bytes() == before


def test_update_from_a_mirror_and_a_server_error(db, hub, tmp_path):
    folder, url = hub
    copy = tmp_path / "s.duckdb"
    shutil.copyfile(db, copy)
    result = run("update", "--from", str(folder), db=copy)
    assert result.exit_code == 0, result.stderr
    assert "ingested DPPADPOSS-FATALITIES.csv" in result.stdout.splitlines()
    (folder / "DPO-UCLATEST.csv").unlink()  # the server answers 404 for it
    before = copy.read_bytes()
    failed = run("update", "--base-url", url, "--retries", "0", "--timeout", "5", db=copy)
    assert failed.exit_code == 1 and failed.stderr.startswith("Error: ") and "DPO-UCLATEST" in failed.stderr
    assert copy.read_bytes() == before


# ------------------------------------------------------------------------------------------------ the real archive


@pytest.mark.archive
@pytest.mark.archive
def test_ingest_prints_a_summary(tmp_path):
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(report("2022_06")), str(report("2020_06")), str(report("2022_05")), "--db", str(db))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "skipped UN_country_contributions_2020_06.pdf: byte-identical to UN_country_contributions_2022_06.pdf",
        "2 reports and 0 datasets ingested, 1 skipped, 0 unchanged; store: 2 months, 1,933 rows, 0 quality flags",
    ]


@pytest.mark.archive
def test_ingest_error_is_one_line_with_what_to_do(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_text("hello")
    result = run("ingest", str(bad), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: bad.pdf: not a PDF file (no %PDF header)"


@pytest.mark.archive
def test_missing_store_says_to_ingest(tmp_path):
    result = run("months", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "run `peacekeeping ingest PATH` first" in result.stderr


@pytest.mark.archive
@pytest.mark.archive
def test_months_lists_missing_months(archive):
    result = run("months", "--db", str(archive[0]))
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if "2022-0" in line]
    assert any("2022-07" in line and "missing" in line for line in lines)
    assert any(
        "2022-06" in line and "UN_country_contributions_2022_06.pdf" in line and "74,892" in line for line in lines
    )
    notes = {line.split("\t")[0]: line.split("\t")[-1] for line in result.stdout.splitlines()[1:]}
    assert notes["2023-09"] == "no mission breakdown; no sex split"
    assert notes["2016-05"] == "no Staff Officer category"
    assert notes["2019-10"] == "date from the pdf-creation-date"
    assert notes["2019-09"] == "prints no totals"
    assert notes["2022-06"] == ""


@pytest.mark.archive
@pytest.mark.archive
def test_quality_lists_flags_with_file_and_page(archive):
    result = run("quality", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert "inferred_date" in result.stdout
    assert "UN_country_contributions_2019_10.pdf" in result.stdout


@pytest.mark.archive
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
@pytest.mark.archive
def test_export_parquet_and_json_on_the_archive(archive, tmp_path):
    out = tmp_path / "c.parquet"
    assert (
        run(
            "export", "contributions", "-f", "parquet", "--as-of", "2022-01", "-o", str(out), "--db", str(archive[0])
        ).exit_code
        == 0
    )
    table = pq.read_table(out)
    assert sum(table.column("total").to_pylist()) == 75_252  # the official ranking's sum for January 2022
    result = run("export", "contributions", "-f", "json", "--as-of", "2022-01", "--db", str(archive[0]))
    data = json.loads(result.stdout)
    assert sum(r["total"] for r in data) == sum(table.column("total").to_pylist())
    assert {
        "iso3",
        "country",
        "mission",
        "personnel_type",
        "male",
        "female",
        "total",
        "as_of",
        "source_file",
        "page",
    } <= set(data[0])


@pytest.mark.archive
@pytest.mark.archive
def test_export_bad_month(archive):
    result = run("export", "contributions", "--as-of", "2022-07", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert result.stderr.startswith("note: No report covers July 2022: figures are from the report of 30 June 2022")
    result = run("export", "contributions", "--as-of", "June", "--db", str(archive[0]))
    assert "bad date 'June': use YYYY-MM or YYYY-MM-DD" in result.stderr


@pytest.mark.archive
def test_console_script_is_installed():
    script = Path(sys.executable).parent / "peacekeeping"
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    for command in ("ingest", "months", "quality", "export"):
        assert command in done.stdout


@pytest.mark.archive
@pytest.mark.archive
def test_profile_text_on_the_archive(archive):
    result = run("profile", "Peru", "--as-of", "2022-06", "--db", str(archive[0]))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Peru (PER, M49 604), as of 2022-06-30 (report UN_country_contributions_2022_06.pdf); "
        "missing months nearby: 2022-07"
    )
    assert lines[1] == "uniformed personnel: 270 (38 women), 14.1% women"
    assert lines[2] == "rank: 48 of 120 contributors; 40 of 109 among contributors of women"  # 121 listed, one with 0
    assert (
        "  MINUSCA: 255 (32 women) - United Nations Multidimensional Integrated Stabilization Mission in the "
        "Central African Republic (page 5)" in lines
    )


@pytest.mark.archive
@pytest.mark.archive
def test_profile_json_and_unknown_country(archive):
    result = run("profile", "604", "--as-of", "2022-06", "-f", "json", "--db", str(archive[0]))
    data = json.loads(result.stdout)
    assert (data["total"], data["women"], data["mission_count"], data["rank"]) == (270, 38, 5, 48)
    result = run("profile", "Perru", "--db", str(archive[0]))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 'Perru' is not a country name we know; did you mean Peru")


@pytest.mark.archive
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
@pytest.mark.archive
def test_mission_command(archive):
    result = run("mission", "minusca", "--as-of", "2022-06", "--db", str(archive[0]))
    assert result.exit_code == 0
    assert any(line.startswith("Peru\tPER\t255\t32\t5") for line in result.stdout.splitlines())


@pytest.mark.archive
@pytest.mark.archive
def test_fatalities_command(full_store):
    result = run("fatalities", "Peru", "--until", "2022-10-12", "--db", str(full_store[0]))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "Peru: 8 fatalities up to 2022-10-12 (register release 2025-04-04, fatalities-2025-04-04.csv)"
    )


def test_counts_of_one_are_singular(synthetic_reports, tmp_path):
    from peacekeeping.cli.common import people

    assert (people(1, 1), people(2, 0), people(21, 21)) == ("1 (1 woman)", "2 (0 women)", "21 (21 women)")
    result = run("ingest", str(synthetic_reports["uniformed_by_mission"]), db=tmp_path / "s.duckdb")
    assert result.stdout.splitlines()[0].startswith("1 report and 0 datasets ingested, ")
