"""A draft as Markdown, plain text, HTML, Word or JSON; every figure keyed to its source, the text itself clean.

What a press officer copies out of a draft must be the words and figures only. So the text carries no marker that
could fuse with a figure ("2703" for 270 and footnote 3): Markdown uses `[^n]` footnotes (rendered apart from the
figure, and removed by every Markdown renderer's plain-text view); HTML sets the footnote links in `<sup>` elements
that the page's copy button leaves out; Word lists the sources in a table after the text, each figure with the
paragraph and the words around it, and puts nothing in the text. (Real Word footnotes were the other choice: Word
copies a footnote reference as its number, so a paragraph pasted from Word into a CMS or a plain-text field would
read "2703" again.) `clean=True` leaves the sources and the editor's notes out altogether, for pasting into a CMS.
Every heading and source line is in the draft's language (wording/drafts.py); Word documents carry that language.
"""

from __future__ import annotations

import io
import json
import re

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ..wording import drafts as words
from .figures import MARK, Draft, Figure

FORMATS = ("md", "txt", "html", "docx", "json")
_HTML = Environment(
    loader=PackageLoader("peacekeeping.release", "templates"), undefined=StrictUndefined, autoescape=True
)


def source_line(f: Figure, lang: str = "en") -> str:
    """Where one figure comes from, in one line, in `lang`."""
    return words.source_line(f.text, f.said or f.fact, f.as_of, f.source, f.pages, lang)


def sources(draft: Draft) -> dict:
    """The provenance sidecar: every figure in the draft with its fact, date, file and pages."""
    return {
        "country": draft.country,
        "date": draft.date,
        "lang": draft.lang,
        "month": draft.month,
        "figures": [
            {
                "n": f.n,
                "text": f.text,
                "value": f.value,
                "fact": f.fact,
                "said": f.said,
                "as_of": f.as_of,
                "source": f.source,
                "pages": f.pages,
                "caveat": f.caveat,
            }
            for f in draft.figures
        ],
        "caveats": draft.caveats,
    }


def editor_notes(draft: Draft) -> list[str]:
    """What the editor must check before publishing: each caveat of the figures the draft states, in words."""
    return [c["text"] for c in draft.caveats]


def plain_blocks(draft: Draft) -> list[tuple[str, str]]:
    """The draft's blocks as (kind, text): kind "h1", "h2" or "p", the text with its figures written out, no marks."""
    out = []
    for block in draft.blocks:
        kind = "h1" if block.startswith("# ") else "h2" if block.startswith("## ") else "p"
        out.append((kind, draft.text(block.removeprefix("# ").removeprefix("## ") if kind != "p" else block)))
    return out


def markdown(draft: Draft, clean: bool = False) -> str:
    """The draft as Markdown: each figure followed by a `[^n]` footnote giving its source (none when `clean`)."""
    out = []
    for block in draft.blocks:
        text = _inert(block)
        text = text if clean else MARK.sub(lambda m: f"\u27e6{m[1]}\u27e7[^{m[1]}]", text)
        text = draft.text(text)
        out.append("\\" + text if text == words.END_MARK else text)  # the end mark, not an empty heading
    if clean:
        return "\n\n".join(out) + "\n"
    if notes := editor_notes(draft):
        out += [
            "---",
            f"**{words.heading('editor', draft.lang)}{words.colon(draft.lang)}**",
            "\n".join(f"- {note}" for note in notes),
        ]
    if draft.figures:
        out += [
            f"**{words.heading('sources', draft.lang)}{words.colon(draft.lang)}**",
            "\n".join(f"[^{f.n}]: {source_line(f, draft.lang)}" for f in draft.figures),
        ]
    return "\n\n".join(out) + "\n"


# What would make a brief's words act in a Markdown renderer: raw HTML or an autolink other than the brief's checked
# web addresses, an inline link or image, a link reference definition.
_ACTIVE = re.compile(r"<(?!https?://[^\s<>]+>)|\]\(|^( {0,3})\[(?=[^\]]*\]:)", re.M)


def _inert(block: str) -> str:
    """A block with what a Markdown renderer would make markup or a link escaped: a brief's words stay words."""
    return _ACTIVE.sub(lambda m: "\\<" if m[0] == "<" else "]\\(" if m[0] == "](" else f"{m[1]}\\[", block)


def text(draft: Draft, clean: bool = False) -> str:
    """The draft as plain text, figures written out and no marks; then (unless `clean`) the notes and sources."""
    out = [block for _, block in plain_blocks(draft)]
    if not clean:
        if notes := editor_notes(draft):
            out += [words.heading("editor", draft.lang), "\n".join(f"- {note}" for note in notes)]
        out += [
            words.heading("sources", draft.lang),
            "\n".join(f"- {source_line(f, draft.lang)}" for f in draft.figures),
        ]
    return "\n\n".join(out) + "\n"


def html(draft: Draft, clean: bool = False) -> str:
    """A standalone HTML page: figures marked, numbered to a footnote section of sources (none when `clean`)."""
    return _HTML.get_template("release.html.j2").render(
        draft=draft, body=Markup(html_fragment(draft, clean)), title=draft.text(draft.blocks[0]).removeprefix("# ")
    )


def html_fragment(draft: Draft, clean: bool = False) -> str:
    """The draft's body (in an element of class draft-body: what a copy takes) and its sources section."""

    def mark(block: str) -> Markup:
        if clean:
            return escape(draft.text(block))
        return Markup(MARK.sub(lambda m: _html_figure(draft.figures[int(m[1]) - 1], draft.lang), str(escape(block))))

    blocks = []
    for block in draft.blocks:
        if block.startswith("# "):
            blocks.append(("h1", mark(block[2:])))
        elif block.startswith("## "):
            blocks.append(("h2", mark(block[3:])))
        else:
            blocks.append(("p", mark(block)))
    month = draft.month
    meta = words.heading(
        "meta",
        draft.lang,
        as_of=words.day(month["as_of"], draft.lang),
        report=month["report"],
        date=words.day(draft.date, draft.lang),
    )
    return _HTML.get_template("release_body.html.j2").render(
        draft=draft,
        blocks=blocks,
        meta=None if clean else meta,
        sources_heading=words.heading("sources", draft.lang),
        notes=[] if clean else [(f.n, source_line(f, draft.lang)) for f in draft.figures],
        editor=words.heading("editor", draft.lang),
        editor_notes=[] if clean else editor_notes(draft),
    )


def _html_figure(f: Figure, lang: str) -> str:
    return (
        f'<span class="figure" data-figure="{f.n}" title="{escape(source_line(f, lang))}">{escape(f.text)}</span>'
        f'<sup class="source-mark"><a href="#source-{f.n}" id="figure-{f.n}">{f.n}</a></sup>'
    )


def _set_language(document, lang: str) -> None:
    """Tag the whole document with the draft's language (Word spell-checks by it): styles' defaults, settings, core."""
    from docx.oxml.ns import qn

    tag = words.WORD_LANGS[lang]
    r_pr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = r_pr.makeelement(qn("w:lang"), {})
        r_pr.append(language)
    language.set(qn("w:val"), tag)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
    document.core_properties.language = tag


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """The words around text[start:end], cut at word boundaries, with ellipses where the paragraph goes on."""
    before, after = text[max(0, start - width) : start], text[end : end + width]
    if start > width:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
    if end + width < len(text):
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else after + "…"
    return before + text[start:end] + after


def _where(draft: Draft) -> dict[int, str]:
    """For each figure, where the text states it: "paragraph 3: …provides 270 uniformed personnel…"."""
    found: dict[int, str] = {}
    paragraph = 0
    for block in draft.blocks:
        heading = block.startswith(("# ", "## "))
        paragraph += 0 if heading else 1
        block = block.removeprefix("# ").removeprefix("## ") if heading else block
        written, spans, position = "", [], 0
        for m in MARK.finditer(block):
            figure = draft.figures[int(m[1]) - 1]
            written += draft.text(block[position : m.start()])
            spans.append((figure.n, len(written), len(written) + len(figure.text)))
            written += figure.text
            position = m.end()
        written += draft.text(block[position:])
        label = words.heading("title", draft.lang) if heading else words.heading("paragraph", draft.lang, n=paragraph)
        for n, start, end in spans:
            found.setdefault(n, f"{label}{words.colon(draft.lang)} {_context(written, start, end)}")
    return found


def docx(draft: Draft, clean: bool = False, bold: bool = False) -> bytes:
    """An editable Word document in the draft's language: the text (figures bold only if `bold`), then the editor's
    notes and a table of sources (neither when `clean`)."""
    from docx import Document  # python-docx and lxml (~10 MB) load for a Word draft, not in every server process

    document = Document()
    _set_language(document, draft.lang)
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
        if not bold:
            paragraph.add_run(draft.text(block))
            continue
        position = 0
        for m in MARK.finditer(block):
            paragraph.add_run(block[position : m.start()])
            paragraph.add_run(draft.figures[int(m[1]) - 1].text).bold = True
            position = m.end()
        paragraph.add_run(block[position:])
    if not clean:
        _sources_table(document, draft)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _sources_table(document, draft: Draft) -> None:
    """The editor's notes, then one row a figure: the figure, where the text states it, what it is, its source."""
    from docx.shared import Pt

    lang = draft.lang
    if notes := editor_notes(draft):
        document.add_heading(words.heading("editor", lang), level=2)
        for note in notes:
            document.add_paragraph(note, style="List Bullet")
    if not draft.figures:
        return
    document.add_heading(words.heading("sources", lang), level=2)
    where = _where(draft)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("figure", "where", "what", "source"), strict=True):
        cell.text = words.heading(key, lang)
        cell.paragraphs[0].runs[0].bold = True
    for f in draft.figures:
        place = words.place(f.source, f.pages, lang)
        what = (f.said or f.fact) + words.as_of(f.said or f.fact, f.as_of, lang)
        what += f" ({f.caveat})" if f.caveat else ""
        for cell, value in zip(table.add_row().cells, (f.text, where.get(f.n, ""), what, place), strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)


def as_json(draft: Draft) -> str:
    """The draft's text and its figures as JSON."""
    return json.dumps(draft.to_dict(), ensure_ascii=False, indent=2)


def render(draft: Draft, fmt: str, clean: bool = False, bold: bool = False) -> bytes:
    """The draft in one of FORMATS, as bytes ready to write (`clean`: the text alone; `bold`: Word figures bold)."""
    if fmt == "docx":
        return docx(draft, clean, bold)
    if fmt == "json":
        return as_json(draft).encode("utf-8")
    return {"md": markdown, "txt": text, "html": html}[fmt](draft, clean).encode("utf-8")
