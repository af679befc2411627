"""A campaign pack: the countries with the strongest stories of a month, a release draft for each, and an index."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
import zipfile
from html import escape
from pathlib import Path

import duckdb

from ..errors import PeacekeepingError
from ..news.build import News, build
from ..release import draft as drafts
from ..release import render


def strongest(news: News, top: int) -> list[str]:
    """The ISO3 of the `top` countries whose best story scores highest."""
    out: list[str] = []
    for story in news.stories:
        iso3 = story.subject.get("iso3")
        if iso3 and iso3 not in out:
            out.append(iso3)
    return out[:top]


def pack(con: duckdb.DuckDBPyConnection, as_of: str | None, top: int, out: Path) -> dict:
    """Write the drafts (Markdown and Word, each with its sources sidecar) and index.md / index.html to `out`."""
    news = build(con, as_of)
    if not news.stories:
        raise PeacekeepingError("no story to draft for that month: " + " ".join(news.cannot))
    month = news.month["month"]
    date = dt.date.fromisoformat(news.month["as_of"]) + dt.timedelta(days=1)
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for iso3 in strongest(news, top):
        entry = {"iso3": iso3, "stories": [s.lead["en"] for s in news.stories if s.subject.get("iso3") == iso3]}
        try:
            d = drafts.build(con, iso3, date, "en", as_of=month)
        except PeacekeepingError as exc:
            entries.append({**entry, "country": iso3, "error": str(exc)})
            continue
        stem = f"release-{iso3.lower()}-{month}"
        for fmt in ("md", "docx"):
            (out / f"{stem}.{fmt}").write_bytes(render.render(d, fmt))
            (out / f"{stem}.{fmt}.sources.json").write_text(
                json.dumps(render.sources(d), ensure_ascii=False, indent=2), encoding="utf-8")
        entries.append({**entry, "country": d.country["name"], "files": [f"{stem}.md", f"{stem}.docx"],
                        "placeholders": d.placeholders})
    index = {"month": news.month, "compared": news.compared, "countries": entries}
    (out / "index.md").write_text(_markdown(index), encoding="utf-8")
    (out / "index.html").write_text(_html(index), encoding="utf-8")
    return index


def _markdown(index: dict) -> str:
    lines = [f"# Campaign pack, report of {index['month']['as_of']}", "",
             f"Figures from {index['month']['report']}; changes against "
             f"{(index['compared'].get('previous') or {}).get('report', 'no earlier report')}.", ""]
    for e in index["countries"]:
        lines += [f"## {e['country']}", ""] + [f"- {s}" for s in e["stories"]] + [""]
        lines += [f"Drafts: {', '.join(f'[{f}]({f})' for f in e['files'])}" if "files" in e else
                  f"No draft: {e['error']}", ""]
    return "\n".join(lines)


def _html(index: dict) -> str:
    parts = [f"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Campaign pack "
             f"{escape(index['month']['as_of'])}</title><h1>Campaign pack, report of {escape(index['month']['as_of'])}"
             "</h1>"]
    for e in index["countries"]:
        parts.append(f"<h2>{escape(e['country'])}</h2><ul>" + "".join(f"<li>{escape(s)}</li>" for s in e["stories"])
                     + "</ul>")
        parts.append("<p>" + (" · ".join(f'<a href="{escape(f)}">{escape(f)}</a>' for f in e["files"])
                              if "files" in e else f"No draft: {escape(e['error'])}") + "</p>")
    return "\n".join(parts) + "\n</html>\n"


def zipped(con: duckdb.DuckDBPyConnection, as_of: str | None, top: int) -> tuple[str, bytes]:
    """The pack as a zip archive: (file name, bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        index = pack(con, as_of, top, Path(tmp))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).iterdir()):
                archive.write(path, path.name)
    return f"campaign-pack-{index['month']['month']}.zip", buffer.getvalue()
