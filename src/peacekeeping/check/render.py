"""A check result as a text table, JSON, or HTML with the claims highlighted in the text."""

from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .results import Result, Verdict

FORMATS = ("text", "json", "html")
_ENV = Environment(loader=PackageLoader("peacekeeping.check", "templates"), undefined=StrictUndefined, autoescape=True)


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
    pages = (
        f", page{'s' if len(s.get('pages', [])) > 1 else ''} {', '.join(map(str, s['pages']))}"
        if s.get("pages")
        else ""
    )
    return f"{s['file']}{pages}"


def _header(result: Result) -> list[str]:
    lines = []
    if result.country:
        lines.append(f"country: {result.country['name']} ({result.country['iso3']})")
    if result.date:
        lines.append(f"published: {result.date}")
    if result.month:
        lines.append(f"reference month: {result.month['month']} (report {result.month['report']}): {result.message}")
        tied = result.reference.get("tied") or []
        if len(tied) > 1:
            lines.append(f"ambiguous between: {', '.join(sorted(tied))}")
        if result.runners_up:
            lines.append(
                "runners-up: "
                + ", ".join(f"{r['month']} ({r['score']} exact, {r['bounds']} bounds)" for r in result.runners_up)
            )
    else:
        lines.append(result.message)
    return lines


def about(v: Verdict) -> str:
    """What a claim was read as and why: its kind, subject and the words that decided both."""
    c = v.claim
    kind = (
        c.kind + (f" {c.mission}" if c.mission and c.kind != "mission" else "") + (f" ({c.ptype})" if c.ptype else "")
    )
    subject = v.subject_name
    words = "; ".join(
        filter(
            None,
            [
                f"subject: {c.subject_words}" if c.subject_words else "",
                f"kind: {c.kind_words}" if c.kind_words else "",
                f"period: {c.period_words}" if c.period_words else "",
            ],
        )
    )
    return f"{kind} of {subject}" + (f" ({words})" if words else "")


def _data(v: Verdict) -> str:
    return "" if v.data is None else (f"{v.data:,}" if isinstance(v.data, int) else str(v.data))


def text(result: Result, note: str | None = None) -> str:
    """A plain table: one line per claim, then what each claim was read as."""
    lines = ([f"note: {note}"] if note else []) + _header(result)
    if result.verdicts:
        rows = [("claim", "as written", "subject", "verdict", "data", "note", "source")] + [
            (
                v.claim.kind + (f" {v.claim.mission}" if v.claim.mission and v.claim.kind != "mission" else ""),
                (f"{v.claim.qualifier_text} " if v.claim.qualifier_text else "") + v.claim.text,
                v.subject_name,
                v.verdict,
                _data(v),
                v.note,
                source_text(v),
            )
            for v in result.verdicts
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(6)]
        lines += [
            "  ".join(cell.ljust(widths[i]) if i < 6 else cell for i, cell in enumerate(row)).rstrip() for row in rows
        ]
        lines.append(", ".join(f"{n} {verdict}" for verdict, n in sorted(result.counts().items())))
        lines.append("read as:")
        lines += [f"  {v.claim.text}: {about(v)}" for v in result.verdicts]
    return "\n".join(lines) + "\n"


def as_json(result: Result, note: str | None = None) -> str:
    return json.dumps({**result.to_dict(), "note": note}, ensure_ascii=False, indent=2, default=str)


def html(result: Result, source: str, note: str | None = None) -> str:
    """A page with the text, each claim highlighted by verdict, and the table of verdicts."""
    return _ENV.get_template("check.html.j2").render(
        result=result,
        marked=highlight(result, source),
        note=note,
        header=_header(result),
        source_text=source_text,
        about=about,
    )


def highlight(result: Result, source: str) -> Markup:
    """The text with each claim wrapped in a <mark> carrying its verdict (HTML-escaped)."""
    out, position = [], 0
    for i, v in enumerate(sorted(result.verdicts, key=lambda v: v.claim.start)):
        if v.claim.start < position:
            continue
        out.append(escape(source[position : v.claim.start]))
        css = v.verdict.replace(" ", "-")
        title = f"{v.verdict}: {v.note or 'matches the data'} [{about(v)}]"
        out.append(
            Markup('<mark class="claim {}" data-claim="{}" title="{}">{}</mark>').format(
                css, i, title, source[v.claim.start : v.claim.end]
            )
        )
        position = v.claim.end
    out.append(escape(source[position:]))
    return Markup("").join(out)
