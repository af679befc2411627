"""One parser for the publication date at every entry (CLI, web form, API): YYYY-MM-DD, or YYYY-MM and YYYY when only
the month or the year is known, read as a window as docs/check.md says (issue 23, item 4)."""

from __future__ import annotations

import json

import pytest
from conftest import web_client
from typer.testing import CliRunner

from peacekeeping.check import verify
from peacekeeping.cli import app

pytestmark = pytest.mark.archive
TEXT = "Peru provides 270 uniformed personnel."


@pytest.fixture()
def client(full_store):
    yield from web_client(full_store[0])


@pytest.mark.parametrize("date", ["2022-10-12", "2022-10", "2022"])
def test_every_entry_reads_a_day_a_month_or_a_year_alike(full_con, full_store, client, tmp_path, date):
    library = verify.check(full_con, TEXT, date).to_dict()
    assert library["date"] == date and library["month"] is not None
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = CliRunner().invoke(app, ["check", str(path), "--date", date, "-f", "json", "--db", str(full_store[0])])
    assert out.exit_code == 0, out.output
    assert {k: json.loads(out.stdout)[k] for k in ("date", "month")} == {k: library[k] for k in ("date", "month")}
    for url in ("/api/v1/check", "/api/check"):
        answer = client.post(url, json={"text": TEXT, "date": date}).json()
        assert (answer["date"], answer["month"]) == (date, library["month"]), url
    page = client.post("/check", data={"text": TEXT, "date": date}).text
    assert f'<strong id="reference-month">{library["month"]["month"]}</strong>' in page


def test_a_month_is_a_window_not_its_last_day(full_con):
    month = verify.check(full_con, TEXT, "2021-05").to_dict()
    last_day = verify.check(full_con, TEXT, "2021-05-31").to_dict()
    assert month["date"] == "2021-05" and last_day["date"] == "2021-05-31"


@pytest.mark.parametrize("date", ["2022-13", "22-10-12", "last year"])
def test_a_bad_date_is_refused_in_one_line_everywhere(full_store, client, tmp_path, date):
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = CliRunner().invoke(app, ["check", str(path), "--date", date, "--db", str(full_store[0])])
    assert out.exit_code != 0 and len(out.output.strip().splitlines()) == 1 and "date" in out.output
    for url in ("/api/v1/check", "/api/check"):
        assert client.post(url, json={"text": TEXT, "date": date}).status_code == 422
