"""One --format/-f (text, json, csv) on every command that prints data, and --as-of as YYYY-MM or YYYY-MM-DD
everywhere (issue 14)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from peacekeeping.cli import app

runner = CliRunner()
COMMANDS = {
    "profile": ["profile", "Peru", "--as-of", "2022-06"],
    "rank": ["rank", "--as-of", "2022-06"],
    "mission": ["mission", "MINUSCA", "--as-of", "2022-06"],
    "fatalities": ["fatalities", "Peru", "--until", "2022-10-12"],
    "months": ["months"],
    "quality": ["quality"],
}
FIRST_COLUMN = {
    "profile": "iso3",
    "rank": "rank",
    "mission": "mission",
    "fatalities": "iso3",
    "months": "month",
    "quality": "as_of",
}


def run(db, *args: str):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_data_command_prints_text_json_and_csv(small_store, name):
    db = small_store[0]
    text = run(db, *COMMANDS[name])
    assert text == run(db, *COMMANDS[name], "-f", "text") == run(db, *COMMANDS[name], "--format", "text")
    data = json.loads(run(db, *COMMANDS[name], "-f", "json"))
    assert data
    rows = list(csv.DictReader(io.StringIO(run(db, *COMMANDS[name], "--format", "csv"))))
    assert rows and next(iter(rows[0])) == FIRST_COLUMN[name]


def test_figures_agree_across_formats(small_store):
    db = small_store[0]
    profile = json.loads(run(db, "profile", "Peru", "--as-of", "2022-06", "-f", "json"))
    [row] = csv.DictReader(io.StringIO(run(db, "profile", "Peru", "--as-of", "2022-06", "-f", "csv")))
    assert (
        (row["total"], row["women"], row["rank"])
        == (str(profile["total"]), str(profile["women"]), str(profile["rank"]))
        == ("270", "38", "4")
    )
    mission = json.loads(run(db, "mission", "MINUSCA", "--as-of", "2022-06", "-f", "json"))
    rows = list(csv.DictReader(io.StringIO(run(db, "mission", "MINUSCA", "--as-of", "2022-06", "-f", "csv"))))
    assert [(r["iso3"], int(r["total"])) for r in rows] == [(c["iso3"], c["total"]) for c in mission["contributors"]]


def test_the_old_spellings_still_work_for_one_release(small_store):
    db = small_store[0]
    assert run(db, "profile", "Peru", "--json") == run(db, "profile", "Peru", "-f", "json")
    assert run(db, "fatalities", "Peru", "--json") == run(db, "fatalities", "Peru", "-f", "json")
    assert run(db, "rank", "--csv") == run(db, "rank", "-f", "csv")
    assert "--json" not in runner.invoke(app, ["profile", "--help"]).stdout  # hidden


def test_an_unknown_format_is_a_usage_error(small_store):
    result = runner.invoke(app, ["months", "-f", "xml", "--db", str(small_store[0])])
    assert result.exit_code == 2 and "xml" in result.stderr


@pytest.mark.parametrize("name", ["profile", "rank", "mission"])
def test_as_of_takes_a_month_or_a_date(small_store, name):
    db, args = small_store[0], COMMANDS[name][:-2]
    month = json.loads(run(db, *args, "--as-of", "2022-06", "-f", "json"))
    day = json.loads(run(db, *args, "--as-of", "2022-06-30", "-f", "json"))
    assert month["month"]["as_of"] == day["month"]["as_of"] == "2022-06-30"
    earlier = json.loads(run(db, *args, "--as-of", "2022-06-15", "-f", "json"))
    assert earlier["month"]["as_of"] == "2022-05-31"


def test_export_as_of_takes_a_month_or_a_date(small_store):
    db = small_store[0]
    by_month = run(db, "export", "contributions", "--as-of", "2022-06")
    assert run(db, "export", "contributions", "--as-of", "2022-06-30") == by_month
    assert run(db, "export", "contributions", "--as-of", "2022-07-15") == by_month  # the latest report before it
    result = runner.invoke(app, ["export", "contributions", "--as-of", "2022-06-31", "--db", str(db)])
    assert result.exit_code == 1 and "bad date '2022-06-31'" in result.stderr
