"""`news` prints text, JSON or CSV like every command that prints data; the old --json stays, hidden."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from peacekeeping.cli import app

pytestmark = pytest.mark.archive


def _news(full_store, *args: str):
    return CliRunner().invoke(app, ["news", "--as-of", "2023-12", *args, "--db", str(full_store[0])])


def test_news_prints_json_with_f(full_store):
    result = _news(full_store, "-f", "json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["month"]["month"] == "2023-12"
    assert any(s["kind"] == "mission_closed" and s["subject"]["mission"] == "MINUSMA" for s in body["stories"])


def test_news_old_json_is_kept_and_hidden(full_store):
    result = _news(full_store, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["month"]["month"] == "2023-12"
    assert "--json" not in CliRunner().invoke(app, ["news", "--help"]).stdout


def test_news_prints_csv_in_the_language_asked(full_store):
    result = _news(full_store, "-f", "csv", "--lang", "fr")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["rank", "kind", "score", "iso3", "country", "mission", "months", "lead", "sources"]
    minusma = next(r for r in rows if r["mission"] == "MINUSMA" and r["kind"] == "mission_closed")
    assert minusma["months"] == "2023-11 2023-12"
    assert "a fermé le 31 décembre 2023" in minusma["lead"]
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]


def test_news_refuses_an_unknown_language(full_store):
    result = _news(full_store, "--lang", "de")
    assert result.exit_code == 2 and "choose en, es or fr" in result.output
