"""A campaign pack: the countries with reasons to thank in a month, a release draft for each, and an index."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
import zipfile
from html import escape
from pathlib import Path

import duckdb

from .. import wording
from ..errors import PeacekeepingError
from ..news.build import News, build
from ..release import draft as drafts
from ..release import render
from ..release.brief import Brief
from .choose import Candidate, candidates

__all__ = ["Candidate", "candidates", "pack", "publication", "strongest", "zipped"]

WORDS = {
    "en": {
        "title": "Campaign pack, report of {date}",
        "from": "Figures from {report}; changes against {previous}.",
        "none": "no earlier report",
        "drafts": "Drafts",
        "failed": "No draft",
        "why": "Reasons to thank",
        "growth": "more uniformed personnel",
        "new_missions": "serves in a new mission",
        "women_share_up": "women's share up",
        "record": "a record",
    },
    "es": {
        "title": "Paquete de campaña, informe del {date}",
        "from": "Cifras de {report}; cambios respecto de {previous}.",
        "none": "ningún informe anterior",
        "drafts": "Borradores",
        "failed": "Sin borrador",
        "why": "Motivos para agradecer",
        "growth": "más efectivos uniformados",
        "new_missions": "presta servicio en una nueva misión",
        "women_share_up": "sube la proporción de mujeres",
        "record": "un récord",
    },
    "fr": {
        "title": "Dossier de campagne, rapport du {date}",
        "from": "Chiffres de {report} ; évolution par rapport à {previous}.",
        "none": "aucun rapport antérieur",
        "drafts": "Projets",
        "failed": "Pas de projet",
        "why": "Raisons de remercier",
        "growth": "davantage de personnel en tenue",
        "new_missions": "sert dans une nouvelle mission",
        "women_share_up": "part des femmes en hausse",
        "record": "un record",
    },
}


def strongest(news: News, top: int) -> list[str]:
    """The ISO3 of the `top` countries whose best story scores highest (any story; see `candidates` for thanks)."""
    out: list[str] = []
    for story in news.stories:
        iso3 = story.subject.get("iso3")
        if iso3 and iso3 not in out:
            out.append(iso3)
    return out[:top]


def publication(news: News) -> dt.date:
    """The first day a draft of these figures can carry: the report's publication (its creation date), and never
    before the day after the month it covers."""
    after = dt.date.fromisoformat(news.month["as_of"]) + dt.timedelta(days=1)
    created = news.month.get("created")
    return max(after, dt.date.fromisoformat(created)) if created else after


def pack(
    con: duckdb.DuckDBPyConnection,
    as_of: str | None,
    top: int,
    out: Path,
    date: dt.date | None = None,
    lang: str = "en",
    brief: Brief | None = None,
) -> dict:
    """Write `top` drafts in `lang` (Markdown and Word, each with its sources sidecar), dated `date` (default: the
    figures' publication), for the countries with reasons to thank, and index.md / index.html to `out`."""
    if lang not in WORDS:
        raise PeacekeepingError(f"unknown language {lang!r}: choose en, es or fr")
    news = build(con, as_of)
    if not news.stories:
        raise PeacekeepingError("no story to draft for that month: " + " ".join(news.cannot))
    month, first = news.month["month"], publication(news)
    date = date or first
    if date < first:
        raise PeacekeepingError(
            f"--date {date.isoformat()} is before the figures of {month} were published "
            f"({first.isoformat()}): date the drafts on or after it"
        )
    out.mkdir(parents=True, exist_ok=True)
    entries, drafted = [], 0
    for c in candidates(con, news):
        if drafted == top:
            break
        name = wording.country_name(c.iso3, lang)
        entry = {"iso3": c.iso3, "country": name, "reasons": c.reasons, "stories": [s.lead[lang] for s in c.stories]}
        try:
            d = drafts.build(con, c.iso3, date, lang, as_of=month, brief=brief)
        except PeacekeepingError as exc:
            entries.append({**entry, "error": str(exc)})
            continue
        stem = f"release-{c.iso3.lower()}-{month}" + ("" if lang == "en" else f"-{lang}")
        for fmt in ("md", "docx"):
            (out / f"{stem}.{fmt}").write_bytes(render.render(d, fmt))
            (out / f"{stem}.{fmt}.sources.json").write_text(
                json.dumps(render.sources(d), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        entries.append({**entry, "files": [f"{stem}.md", f"{stem}.docx"], "placeholders": d.placeholders})
        drafted += 1
    index = {
        "month": news.month,
        "compared": news.compared,
        "lang": lang,
        "date": date.isoformat(),
        "countries": entries,
    }
    (out / "index.md").write_text(_markdown(index), encoding="utf-8")
    (out / "index.html").write_text(_html(index), encoding="utf-8")
    return index


def _head(index: dict) -> tuple[str, str]:
    lang = index["lang"]
    w = WORDS[lang]
    title = w["title"].format(date=wording.long_date(dt.date.fromisoformat(index["month"]["as_of"]), lang))
    previous = (index["compared"].get("previous") or {}).get("report", w["none"])
    return title, w["from"].format(report=index["month"]["report"], previous=previous)


def _colon(lang: str) -> str:
    """': ', or ' : ' in French (a narrow no-break space before the colon)."""
    return "\u202f: " if lang == "fr" else ": "


def _why(e: dict, lang: str) -> str:
    return WORDS[lang]["why"] + _colon(lang) + ", ".join(WORDS[lang][r] for r in e["reasons"]) if e["reasons"] else ""


def _markdown(index: dict) -> str:
    title, line = _head(index)
    w = WORDS[index["lang"]]
    lines = [f"# {title}", "", line, ""]
    for e in index["countries"]:
        lines += [f"## {e['country']}", ""] + ([_why(e, index["lang"]), ""] if e["reasons"] else [])
        lines += [f"- {s}" for s in e["stories"]] + [""]
        colon = _colon(index["lang"])
        lines += [
            w["drafts"] + colon + ", ".join(f"[{f}]({f})" for f in e["files"])
            if "files" in e
            else w["failed"] + colon + e["error"],
            "",
        ]
    return "\n".join(lines)


def _html(index: dict) -> str:
    title, line = _head(index)
    w = WORDS[index["lang"]]
    parts = [
        f'<!doctype html><html lang="{index["lang"]}"><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<h1>{escape(title)}</h1><p>{escape(line)}</p>"
    ]
    for e in index["countries"]:
        parts.append(
            f"<h2>{escape(e['country'])}</h2>"
            + (f"<p>{escape(_why(e, index['lang']))}</p>" if e["reasons"] else "")
            + "<ul>"
            + "".join(f"<li>{escape(s)}</li>" for s in e["stories"])
            + "</ul>"
        )
        parts.append(
            "<p>"
            + (
                " · ".join(f'<a href="{escape(f)}">{escape(f)}</a>' for f in e["files"])
                if "files" in e
                else w["failed"] + _colon(index["lang"]) + escape(e["error"])
            )
            + "</p>"
        )
    return "\n".join(parts) + "\n</html>\n"


def zipped(con: duckdb.DuckDBPyConnection, as_of: str | None, top: int, lang: str = "en") -> tuple[str, bytes]:
    """The pack as a zip archive: (file name, bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        index = pack(con, as_of, top, Path(tmp), lang=lang)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).iterdir()):
                archive.write(path, path.name)
    return f"campaign-pack-{index['month']['month']}.zip", buffer.getvalue()
