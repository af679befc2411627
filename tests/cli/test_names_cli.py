"""Names at the command line: an unknown or ambiguous country or mission is one line on stderr with what to type
instead, and exit code 1; never the answer for another one (issue 24, item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from peacekeeping.cli import app

runner = CliRunner()


def run(*args: str, db: Path):
    return runner.invoke(app, [*args, "--db", str(db)], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(small_store) -> Path:
    return small_store[0]


@pytest.mark.parametrize("text", ["MINUSXX", "MINUSQQ"])
def test_an_unknown_mission_exits_1_with_suggestions(db, text):
    result = run("mission", text, "--as-of", "2022-06", db=db)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: unknown mission {text!r}; did you mean UNMIS, UNMISS or UNSMIS? (use an acronym such as MINUSCA, "
        "or a full name)\n"
    )


def test_a_close_spelling_is_not_answered(db):
    result = run("mission", "UNIFILL", "--as-of", "2022-06", "-f", "json", db=db)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("Error: unknown mission 'UNIFILL'; did you mean UNIFIL?")
    assert run("mission", "FINUL", "--as-of", "2022-06", db=db).stdout.startswith("UNIFIL - ")  # French acronym


@pytest.mark.parametrize(
    ("name", "choices"),
    [
        ("Congo", "Republic of the Congo or Democratic Republic of the Congo"),
        ("Guinea", "Republic of Guinea, Guinea-Bissau, Equatorial Guinea or Papua New Guinea"),
    ],
)
def test_an_ambiguous_country_lists_its_choices(db, name, choices):
    for command in (["profile", name], ["fatalities", name]):
        result = run(*command, db=db)
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == f"Error: {name!r} may mean more than one country: which one, {choices}?\n"


def test_a_misspelt_country_suggests_only_close_names(db):
    result = run("profile", "Austrlia", db=db)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: 'Austrlia' is not a country name we know; did you mean Australia or Austria?\n",
    )
    atlantis = run("profile", "Atlantis", db=db)
    assert (atlantis.exit_code, atlantis.stderr) == (
        1,
        "Error: 'Atlantis' is not a country name we know (give a name, an ISO3 code such as PER or an M49 code "
        "such as 604)\n",
    )
    assert run("profile", "Pérou", "--as-of", "2022-06", db=db).stdout.startswith("Peru (PER, M49 604)")


def test_a_country_listed_with_no_one_is_not_ranked(db):
    """Item 8: Papua New Guinea, printed with 0 in June 2022, is not a contributor; the profile says so."""
    result = run("profile", "Papua New Guinea", "--as-of", "2022-06", db=db)
    assert "rank: none, not a contributor this month (7 countries are)" in result.stdout.splitlines()
    ranked = run("rank", "--as-of", "2022-06", "-f", "csv", db=db).stdout.splitlines()
    assert len(ranked) == 1 + 7 and not any(",PNG," in line for line in ranked)
    women = run("rank", "--as-of", "2022-06", "--by", "women", db=db).stdout.splitlines()
    assert "n/a\tBRN\tBrunei Darussalam\t30\t0 [2]\t30" in women  # a contributor with no women: listed, unranked
    assert any(
        line.startswith("[2] note: 2 contributors deploy no women this month (Brunei Darussalam and Ukraine)")
        for line in women
    )
