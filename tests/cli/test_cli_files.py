"""`-o FILE` writes the format its extension names, for every command that writes a file; an `-f` that contradicts
it is a usage error (exit 2, one line). Drafts copy clean (issue 24)."""

from __future__ import annotations

import json
import zipfile

import pyarrow.parquet as pq
import pytest
from docx import Document
from typer.testing import CliRunner

from peacekeeping.cli import app

runner = CliRunner()
DATE = ["--date", "2022-10-12"]
LEAD = "Today, Peru provides 270 uniformed personnel, including 38 women, to four missions"


def run(db, *args: str):
    return runner.invoke(app, [*args, "--db", str(db)])


def paragraphs(path) -> list[str]:
    """Each paragraph's text as copying it gives (python-docx joins its runs)."""
    return [p.text for p in Document(str(path)).paragraphs]


def test_a_docx_name_makes_a_word_file_without_f(small_store, tmp_path):
    out = tmp_path / "peru.docx"
    result = run(small_store[0], "release", "Peru", *DATE, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "; 12 figures sourced; 3 placeholders to fill; 2 notes for the editor" in result.stderr  # speaker counted
    with zipfile.ZipFile(out) as word:
        assert "word/document.xml" in word.namelist()
    assert any(LEAD in p for p in paragraphs(out))


@pytest.mark.parametrize(
    ("name", "check"),
    [
        (
            "peru.md",
            lambda data: (
                LEAD.replace("270", "270[^3]").replace("38", "38[^4]").replace("four", "four[^5]") in data.decode()
            ),
        ),
        ("peru.txt", lambda data: LEAD in data.decode() and "[^" not in data.decode()),
        ("peru.html", lambda data: data.startswith(b"<!doctype html>")),
        ("peru.json", lambda data: json.loads(data)["country"]["iso3"] == "PER"),
    ],
)
def test_every_draft_extension_names_its_format(small_store, tmp_path, name, check):
    out = tmp_path / name
    assert run(small_store[0], "release", "Peru", *DATE, "-o", str(out)).exit_code == 0
    assert check(out.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["release", "Peru", *DATE, "-f", "md", "-o", "x.docx"],
            "Error: -f md contradicts the file name x.docx, a Word file: drop -f, or name the file .md",
        ),
        (
            ["release", "Peru", *DATE, "-o", "x.csv"],
            "Error: a draft cannot be written as csv (x.csv): choose .docx, .html, .json, .md, .txt",
        ),
        (
            ["release", "Peru", *DATE, "-o", "x.doc"],
            "Error: cannot tell the format of x.doc from its extension: name it .docx, .html, .json, "
            ".md, .txt, or add -f",
        ),
        (
            ["export", "contributions", "-f", "csv", "-o", "x.json"],
            "Error: -f csv contradicts the file name x.json, a JSON file: drop -f, or name the file .csv",
        ),
        (
            ["export", "contributions", "-o", "x.docx"],
            "Error: an export cannot be written as docx (x.docx): choose .csv, .json, .parquet",
        ),
    ],
)
def test_a_format_contradicting_the_file_name_is_a_usage_error(small_store, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run(small_store[0], *args)
    assert (result.exit_code, result.stderr) == (2, message + "\n")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_an_export_takes_its_format_from_the_extension(small_store, tmp_path):
    parquet, as_json = tmp_path / "june.parquet", tmp_path / "june.json"
    assert run(small_store[0], "export", "contributions", "--as-of", "2022-08", "-o", str(parquet)).exit_code == 0
    assert pq.read_table(parquet).num_rows == 12
    assert run(small_store[0], "export", "contributions", "--as-of", "2022-08", "-o", str(as_json)).exit_code == 0
    assert len(json.loads(as_json.read_text(encoding="utf-8"))) == 12


def test_a_clean_draft_has_no_sources_and_gives_the_notes_on_stderr(small_store, tmp_path):
    md, word = tmp_path / "peru.md", tmp_path / "peru.docx"
    result = run(small_store[0], "release", "Peru", *DATE, "--clean", "-o", str(md))
    assert result.exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert LEAD in text and "[^" not in text and "Sources" not in text and "Notes for the editor" not in text
    assert "note for the editor: The report of 30 September 2022 was generated" in result.stderr
    assert run(small_store[0], "release", "Peru", *DATE, "--clean", "-o", str(word)).exit_code == 0
    document = Document(str(word))
    assert document.tables == [] and not any("Sources" in p for p in paragraphs(word))


def test_word_figures_are_bold_only_when_asked(small_store, tmp_path):
    plain, bold = tmp_path / "plain.docx", tmp_path / "bold.docx"
    assert run(small_store[0], "release", "Peru", *DATE, "-o", str(plain)).exit_code == 0
    assert run(small_store[0], "release", "Peru", *DATE, "--bold-figures", "-o", str(bold)).exit_code == 0
    lead = next(p for p in Document(str(plain)).paragraphs if LEAD in p.text)
    assert not any(r.bold for r in lead.runs)
    lead = next(p for p in Document(str(bold)).paragraphs if LEAD in p.text)
    assert [r.text for r in lead.runs if r.bold] == ["1958", "270", "38", "four", "4th"]
    assert lead.text.count("270") == 1 and "2704" not in lead.text


def _lang(path) -> str:
    with zipfile.ZipFile(path) as word:
        styles = word.read("word/styles.xml").decode()
    start = styles.index("<w:docDefaults>")
    defaults = styles[start : styles.index("</w:docDefaults>")]
    return defaults.split('<w:lang w:val="')[1].split('"')[0]


@pytest.mark.parametrize(
    ("lang", "tag", "english"),
    [("en", "en-US", None), ("fr", "fr-FR", "Sources of the figures"), ("es", "es-ES", "Notes for the editor")],
)
def test_word_drafts_carry_their_language_in_every_section(small_store, tmp_path, lang, tag, english):
    out = tmp_path / f"peru-{lang}.docx"
    assert run(small_store[0], "release", "Peru", *DATE, "--lang", lang, "-o", str(out)).exit_code == 0
    assert _lang(out) == tag
    document = Document(str(out))
    assert document.core_properties.language == tag
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    if english is None:
        assert headings[-2:] == ["Notes for the editor (not for publication)", "Sources of the figures"]
        return
    everything = "\n".join(
        [p.text for p in document.paragraphs] + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    for words in (
        "Sources of the figures",
        "Notes for the editor",
        "not for publication",
        "Figure",
        "What it is",
        "Where in the text",
        "as of",
        "the release date asked for",
        "The report of",
    ):
        assert words not in everything, (lang, words)
    assert (
        headings[-2:]
        == {
            "fr": ["Notes pour la rédaction (à ne pas publier)", "Sources des chiffres"],
            "es": ["Notas para la redacción (no destinadas a publicación)", "Fuentes de las cifras"],
        }[lang]
    )


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_check_reads_a_markdown_draft_as_its_words(small_store, tmp_path, lang):
    """Its [^n] marks, notes and sources are not claims: the verdicts are those of the clean draft."""
    md, clean = tmp_path / "peru.md", tmp_path / "peru-clean.md"
    for path, extra in ((md, []), (clean, ["--clean"])):
        assert run(small_store[0], "release", "Peru", *DATE, "--lang", lang, *extra, "-o", str(path)).exit_code == 0
    footnoted = run(small_store[0], "check", str(md), *DATE)
    plain = run(small_store[0], "check", str(clean), *DATE)
    assert footnoted.exit_code == plain.exit_code == 0
    assert footnoted.stdout == "note: a draft of ours: its footnote marks, notes and sources left out\n" + plain.stdout
    assert "contradicted" not in plain.stdout
