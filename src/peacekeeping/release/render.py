"""A draft as Markdown, HTML, Word or JSON; every figure keyed to its source."""

from __future__ import annotations

import io
import json

from docx import Document
from docx.shared import Pt
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .draft import MARK, Draft, Figure

FORMATS = ("md", "html", "docx", "json")
_HTML = Environment(loader=PackageLoader("peacekeeping.release", "templates"), undefined=StrictUndefined,
                    autoescape=True)


def source_line(f: Figure) -> str:
    """Where one figure comes from, in one line."""
    where = f.source + (f", page{'s' if len(f.pages) > 1 else ''} {', '.join(map(str, f.pages))}" if f.pages else "")
    when = f", as of {f.as_of}" if f.as_of else ""
    return f"{f.text}: {f.fact}{when} ({where})"


def sources(draft: Draft) -> dict:
    """The provenance sidecar: every figure in the draft with its fact, date, file and pages."""
    return {"country": draft.country, "date": draft.date, "lang": draft.lang, "month": draft.month,
            "figures": [{"n": f.n, "text": f.text, "value": f.value, "fact": f.fact, "as_of": f.as_of,
                         "source": f.source, "pages": f.pages, "caveat": f.caveat} for f in draft.figures],
            "caveats": draft.caveats}


EDITOR = "Notes for the editor (not for publication)"


def editor_notes(draft: Draft) -> list[str]:
    """What the editor must check before publishing: each caveat of the figures the draft states, in words."""
    return [c["text"] for c in draft.caveats]


def markdown(draft: Draft) -> str:
    """The draft as Markdown, figures written out (their sources go in the sidecar)."""
    out = []
    for block in draft.blocks:
        text = draft.text(block)
        out.append("\\#" if text == "#" else text)
    if notes := editor_notes(draft):
        out += ["---", f"**{EDITOR}:**", "\n".join(f"- {note}" for note in notes)]
    return "\n\n".join(out) + "\n"


def html(draft: Draft) -> str:
    """A standalone HTML page: figures marked, numbered to a footnote section of sources."""
    return _HTML.get_template("release.html.j2").render(draft=draft, body=Markup(html_fragment(draft)),
                                                        title=draft.text(draft.blocks[0]).removeprefix("# "))


def html_fragment(draft: Draft) -> str:
    """The draft's body and its sources section, to place in a page."""

    def mark(block: str) -> Markup:
        text = str(escape(block))
        return Markup(MARK.sub(lambda m: _html_figure(draft.figures[int(m[1]) - 1]), text))

    blocks = []
    for block in draft.blocks:
        if block.startswith("# "):
            blocks.append(("h1", mark(block[2:])))
        elif block.startswith("## "):
            blocks.append(("h2", mark(block[3:])))
        else:
            blocks.append(("p", mark(block)))
    return _HTML.get_template("release_body.html.j2").render(
        draft=draft, blocks=blocks, notes=[(f.n, source_line(f)) for f in draft.figures], editor=EDITOR,
        editor_notes=editor_notes(draft))


def _html_figure(f: Figure) -> str:
    return (f'<span class="figure" data-figure="{f.n}" title="{escape(source_line(f))}">{escape(f.text)}</span>'
            f'<sup><a href="#source-{f.n}" id="figure-{f.n}">{f.n}</a></sup>')


def docx(draft: Draft) -> bytes:
    """An editable Word document: figures followed by footnote numbers, sources listed at the end."""
    document = Document()
    document.core_properties.title = draft.text(draft.blocks[0]).removeprefix("# ")
    for block in draft.blocks:
        if block.startswith("# "):
            paragraph = document.add_heading(level=1)
            block = block[2:]
        elif block.startswith("## "):
            paragraph = document.add_heading(level=2)
            block = block[3:]
        else:
            paragraph = document.add_paragraph()
        position = 0
        for m in MARK.finditer(block):
            paragraph.add_run(block[position:m.start()])
            figure = draft.figures[int(m[1]) - 1]
            paragraph.add_run(figure.text).bold = True
            note = paragraph.add_run(str(figure.n))
            note.font.superscript = True
            position = m.end()
        paragraph.add_run(block[position:])
    if notes := editor_notes(draft):
        document.add_heading(EDITOR, level=2)
        for note in notes:
            document.add_paragraph(note, style="List Bullet")
    document.add_heading("Sources of the figures", level=2)
    for f in draft.figures:
        item = document.add_paragraph(f"{f.n}. {source_line(f)}")
        item.runs[0].font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_json(draft: Draft) -> str:
    """The draft's text and its figures as JSON."""
    return json.dumps(draft.to_dict(), ensure_ascii=False, indent=2)


def render(draft: Draft, fmt: str) -> bytes:
    """The draft in one of FORMATS, as bytes ready to write."""
    if fmt == "docx":
        return docx(draft)
    text = {"md": markdown, "html": html, "json": as_json}[fmt](draft)
    return text.encode("utf-8")
