"""A check result as a text table, JSON, or HTML with the claims highlighted in the text."""

from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .verify import Result, Verdict

FORMATS = ("text", "json", "html")
_ENV = Environment(loader=PackageLoader("peacekeeping.check", "templates"), undefined=StrictUndefined,
                   autoescape=True)


def read_text(data: bytes) -> tuple[str, str | None]:
    """Text of an uploaded or named file, and a note when it was not UTF-8 (read as Windows-1252 instead)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return data.decode("cp1252", errors="replace"), f"not UTF-8 (byte {exc.start}); read as Windows-1252"


def source_text(v: Verdict) -> str:
    """Where the data's value comes from, in a few words."""
    s = v.source
    if not s:
        return ""
    if "release" in s:
        lines = f", lines {', '.join(map(str, s['lines']))}" if s.get("lines") else ""
        return f"{s['file']} (register of {s['release']}, up to {s['until'] or 'today'}){lines}"
    pages = f", page{'s' if len(s.get('pages', [])) > 1 else ''} {', '.join(map(str, s['pages']))}" \
        if s.get("pages") else ""
    return f"{s['file']}{pages}"


def _header(result: Result) -> list[str]:
    lines = []
    if result.country:
        lines.append(f"country: {result.country['name']} ({result.country['iso3']})")
    if result.month:
        lines.append(f"reference month: {result.month['month']} (report {result.month['report']}): {result.message}")
        if result.runners_up:
            lines.append("runners-up: " + ", ".join(f"{r['month']} ({r['score']} exact)" for r in result.runners_up))
    else:
        lines.append(result.message)
    return lines


def text(result: Result, note: str | None = None) -> str:
    """A plain table: one line per claim."""
    lines = ([f"note: {note}"] if note else []) + _header(result)
    if result.verdicts:
        rows = [("claim", "as written", "verdict", "data", "note", "source")] + [
            (v.claim.kind + (f" {v.claim.mission}" if v.claim.mission and v.claim.kind != "mission" else ""),
             (f"{v.claim.qualifier_text} " if v.claim.qualifier_text else "") + v.claim.text, v.verdict,
             "" if v.data is None else (f"{v.data:,}" if isinstance(v.data, int) else str(v.data)), v.note,
             source_text(v)) for v in result.verdicts]
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        lines += ["  ".join(cell.ljust(widths[i]) if i < 5 else cell for i, cell in enumerate(row)).rstrip()
                  for row in rows]
        lines.append(", ".join(f"{n} {verdict}" for verdict, n in sorted(result.counts().items())))
    return "\n".join(lines) + "\n"


def as_json(result: Result, note: str | None = None) -> str:
    return json.dumps({**result.to_dict(), "note": note}, ensure_ascii=False, indent=2, default=str)


def html(result: Result, source: str, note: str | None = None) -> str:
    """A page with the text, each claim highlighted by verdict, and the table of verdicts."""
    return _ENV.get_template("check.html.j2").render(
        result=result, marked=highlight(result, source), note=note, header=_header(result), source_text=source_text)


def highlight(result: Result, source: str) -> Markup:
    """The text with each claim wrapped in a <mark> carrying its verdict (HTML-escaped)."""
    out, position = [], 0
    for i, v in enumerate(sorted(result.verdicts, key=lambda v: v.claim.start)):
        if v.claim.start < position:
            continue
        out.append(escape(source[position:v.claim.start]))
        css = v.verdict.replace(" ", "-")
        title = f"{v.verdict}: {v.note or 'matches the data'}"
        out.append(Markup('<mark class="claim {}" data-claim="{}" title="{}">{}</mark>').format(
            css, i, title, source[v.claim.start:v.claim.end]))
        position = v.claim.end
    out.append(escape(source[position:]))
    return Markup("").join(out)
