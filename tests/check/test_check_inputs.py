"""`check FILE` reads what a press officer has: text in any common encoding, Markdown, HTML, Word and PDF; other
binary files, texts over the size limit and texts in languages the checker does not read are refused in one line;
the publication date is a day, a month or a year (issue 23)."""

from __future__ import annotations

import ctypes
import datetime as dt
import io
import textwrap

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from typer.testing import CliRunner

from peacekeeping.check import inputs, verify
from peacekeeping.cli import app
from peacekeeping.release import draft, render

DAY = dt.date(2024, 5, 29)


def pdf_of(text: str) -> bytes:
    """A PDF of a text as a word processor prints it: lines wrapped, a blank line's space between paragraphs."""
    pdf = pdfium.PdfDocument.new()
    lines = [line for para in text.replace("\u202f", " ").split("\n") for line in (textwrap.wrap(para, 90) or [""])]
    for start in range(0, len(lines), 60):
        page = pdf.new_page(595, 842)
        for row, line in enumerate(lines[start : start + 60]):
            obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(9))
            chars = ctypes.create_string_buffer((line + "\x00").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(chars, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 30, 800 - 12 * row)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def figures(con, text: str) -> list[tuple]:
    return [
        (v.claim.kind, v.claim.value, v.claim.subject, v.verdict)
        for v in verify.check(con, text, DAY).verdicts
        if v.claim.kind != "other"
    ]


@pytest.mark.archive
@pytest.mark.parametrize("iso3,lang", [("BGD", "en"), ("NPL", "fr"), ("URY", "es")])
def test_word_and_pdf_drafts_check_as_their_markdown(full_con, iso3, lang):
    made = draft.build(full_con, iso3, DAY, lang)
    markdown, said = inputs.read(render.markdown(made).encode(), "draft.md")
    assert said == "a draft of ours: its footnote marks, notes and sources left out"
    expected = figures(full_con, markdown)
    assert expected and all(v in ("supported", "bound holds") for *_, v in expected)
    for name, data, note in (
        ("draft.docx", render.docx(made), "read from a Word file"),
        ("draft.pdf", pdf_of(render.markdown(made)), "read from a PDF"),
    ):
        text, said = inputs.read(data, name)  # the notes and sources after the text are left out, as in Markdown
        assert said == f"{note}; a draft of ours: its footnote marks, notes and sources left out", name
        assert figures(full_con, text) == expected, name


def test_html_is_read_as_its_text():
    page = (
        "<!doctype html><html><head><style>p { color: red }</style><script>var n = 5000;</script></head>"
        "<body><h1>Peru</h1><p>Peru provides <b>270</b> uniformed personnel.</p><p>It ranks 48th.</p></body>"
    )
    assert inputs.read(page.encode(), "release.html") == (
        "Peru\n\nPeru provides 270 uniformed personnel.\n\nIt ranks 48th.",
        None,
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_are_decoded_by_their_byte_order_mark(encoding):
    data = "Perú aporta 270 efectivos.".encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert inputs.read(data, "t.txt") == ("Perú aporta 270 efectivos.", None)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_by_its_zero_bytes_and_said(encoding):
    data = "Perú aporta 270 efectivos a cinco misiones.".encode(encoding)
    assert inputs.read(data, "t.txt") == (
        "Perú aporta 270 efectivos a cinco misiones.",
        f"no byte-order mark; read as {encoding.upper()}",
    )


@pytest.mark.parametrize(
    "data,said",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image, not a text"),
        (b"\x7fELF\x02\x01" + bytes(100), "a program, not a text"),
        (b"PK\x03\x04" + bytes(100), "a ZIP archive"),
        (b"\x00\x01\x02binary" * 10, "a binary file, not a text"),
        (b"%PDF-1.4 not really", "not a readable PDF"),
    ],
)
def test_other_binary_files_are_refused_in_one_line(tmp_path, data, said):
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    out = CliRunner().invoke(app, ["check", str(path), "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code != 0 and said in out.output and len(out.output.strip().splitlines()) == 1, out.output


@pytest.mark.parametrize(
    "text,language",
    [
        (
            "Il Nepal è uno dei maggiori contributori di caschi blu delle Nazioni Unite, con più di 6.000 militari.",
            "Italian text",
        ),
        (
            "O Brasil é um dos países que mais contribuem com as missões de paz da ONU, com mais de 200 militares.",
            "Portuguese text",
        ),
        (
            "Deutschland ist mit 500 Soldaten an der Mission in Mali beteiligt und stellt auch Polizisten.",
            "German text",
        ),
        ("نشكر مصر كونها أحد المساهمين الرئيسيين في السلام والأمن العالميين مع 3200 من قوات حفظ السلام", "Arabic text"),
        # few of Portuguese's common words, most of them Spanish ones too: named by its letters and words together
        (
            "Portugal enviou 160 militares para a República Centro-Africana, ao serviço das Nações Unidas, onde "
            "integram a força de reação rápida da missão.",
            "Portuguese text",
        ),
        ("Россия направила 70 военных наблюдателей в миссии ООН.", "Russian text"),
        # Malay and Indonesian, one macrolanguage, share their score: neither alone may reach the floor
        (
            "Kontingen Garuda berjumlah 1.200 tentara di Lebanon, di bawah komando Mayor Jenderal Portolano, kepala "
            "misi UNIFIL.",
            "Indonesian or Malay text",
        ),
        (
            "Indonesia saat ini mengirimkan 2.700 personel penjaga perdamaian ke delapan misi PBB, termasuk 160 "
            "personel wanita.",
            "Indonesian text",
        ),
    ],
)
def test_a_text_in_a_language_not_read_is_named_and_refused(tmp_path, text, language):
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["check", str(path), "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code != 0 and len(out.output.strip().splitlines()) == 1
    assert f"{language}: only English, French and Spanish texts are checked" in out.output


@pytest.mark.parametrize(
    "text",
    [
        "Nepal contributes 6,000 uniformed personnel to the UN.",
        "Le Népal fournit 6 000 Casques bleus.",
        "Uruguay aporta 1.000 efectivos.",
        "Ghana: 2,700 | Nepal: 6,000",
        # "de", "en", "la": French and Spanish words too, not Dutch ones
        "Al 30 de junio de 2023, la Federación de Rusia aporta efectivos uniformados a siete operaciones de paz.",
        "Al 31 de diciembre de 2019, Irlanda aporta efectivos uniformados a siete operaciones de paz de la ONU.",
    ],
)
def test_english_french_spanish_and_bare_figures_are_read(text):
    assert inputs.language_read(text) is None


def test_a_text_over_the_size_limit_is_refused_in_one_line(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Peru provides 270 uniformed personnel. " * (inputs.MAX_CHARS // 38 + 1), encoding="utf-8")
    out = CliRunner().invoke(app, ["check", str(path), "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code != 0 and len(out.output.strip().splitlines()) == 1
    assert f"over the limit of {inputs.MAX_CHARS:,}" in out.output


def test_the_library_reads_nothing_from_a_language_it_does_not_read(small_con):
    text = "Il Perù contribuisce con 270 caschi blu, di cui 38 donne, alle missioni delle Nazioni Unite."
    result = verify.check(small_con, text, "2022-10-12")
    assert result.country is None and result.month is None
    assert result.message == "Italian text: only English, French and Spanish texts are checked"
    assert result.verdicts and all(
        (v.claim.kind, v.claim.subject, v.verdict) == ("other", None, "not checkable") for v in result.verdicts
    )
