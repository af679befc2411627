"""`pack --as-of 2023-12 --top 5 --lang fr`: five French drafts headed by names, dated on or after the figures'
publication, none for a country whose total fell; --date and --brief."""

from __future__ import annotations

import datetime as dt
import re

import docx
import pytest
from typer.testing import CliRunner

from peacekeeping import news, store
from peacekeeping.cli import app
from peacekeeping.facts import history
from peacekeeping.facts.months import calendar
from peacekeeping.pack import candidates

pytestmark = pytest.mark.archive


def _pack(full_store, out, *args: str):
    return CliRunner().invoke(
        app, ["pack", "--as-of", "2023-12", "--top", "5", "-o", str(out), *args, "--db", str(full_store[0])]
    )


def test_pack_in_french_writes_five_drafts_for_reasons_to_thank(full_store, tmp_path):
    result = _pack(full_store, tmp_path / "p", "--lang", "fr")
    assert result.exit_code == 0, result.output
    drafts = sorted((tmp_path / "p").glob("release-*-2023-12-fr.docx"))
    assert len(drafts) == 5 and "wrote 5 drafts dated 2024-03-25" in result.stderr
    index = (tmp_path / "p" / "index.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", index, flags=re.M)
    assert len(headings) == 5 and all(not re.fullmatch(r"[A-Z]{3}", h) for h in headings), headings
    assert index.startswith("# Dossier de campagne, rapport du 31 décembre 2023")
    with store.connect(full_store[0]) as con:
        now, before = history.panel(con, dt.date(2023, 12, 31)), history.panel(con, dt.date(2023, 11, 30))
    for path in drafts:
        iso3 = path.name.split("-")[1].upper()
        assert now.total[iso3] >= before.total[iso3], (iso3, now.total[iso3], before.total[iso3])
        document = docx.Document(str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "remercient" in text and "25 mars 2024" in text and "1er janvier 2024" not in text
    assert "moves down" not in index and "perd" not in index


def test_no_candidate_fell_in_any_recent_month(full_con):
    for month in ("2023-06", "2023-09", "2023-12", "2024-03"):
        built = news.build(full_con, month)
        if not built.stories:
            continue
        as_of = dt.date.fromisoformat(built.month["as_of"])
        now, before = history.panel(full_con, as_of), history.panel(full_con, calendar(full_con).before(as_of).as_of)
        for c in candidates(full_con, built):
            assert now.total[c.iso3] >= (before.total.get(c.iso3) or 0) and c.reasons + c.stories, (month, c)
            assert not any("down" in s.lead["en"] or s.kind.startswith(("leaves", "stopped")) for s in c.stories)


def test_pack_takes_a_date_on_or_after_publication_and_a_brief(full_store, tmp_path):
    early = _pack(full_store, tmp_path / "a", "--date", "2024-01-01")
    assert early.exit_code == 1 and "before the figures of 2023-12 were published (2024-03-25)" in early.output
    brief = tmp_path / "brief.toml"
    brief.write_text(
        'speaker_name = "Jean-Pierre Lacroix"\ncampaign = "Action for Peacekeeping (A4P)"\n'
        'quotes = ["We thank them."]\n',
        encoding="utf-8",
    )
    result = _pack(full_store, tmp_path / "b", "--date", "2024-04-02", "--lang", "en", "--brief", str(brief))
    assert result.exit_code == 0, result.output
    first = sorted((tmp_path / "b").glob("release-*-2023-12.md"))[0].read_text(encoding="utf-8")
    assert "2 April 2024" in first and "Jean-Pierre Lacroix" in first and "“We thank them,” said" in first
