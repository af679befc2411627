"""Write small PDFs made in code: text lines top to bottom, or text placed at given positions, in Helvetica.

A page is a list of items: a `str` is the next line (at x 40, 12 points below the line before it), a `Text` is
placed at its own x and y (PDF points from the bottom-left corner, the baseline of the text). Each item is one
text run, which pdfium gives back as one segment (`Pdf.segments`) and, joined with the runs at the same height,
as one line (`Pdf.lines`). `created` sets the document's CreationDate (the 2019-10 layout takes its date from it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

FONT_SIZE = 9
DIGIT_WIDTH = 0.556 * FONT_SIZE  # Helvetica's digits are all this wide: right-aligned figures are placed with it


@dataclass(frozen=True, slots=True)
class Text:
    """A run of text placed with its baseline starting at (x, y)."""

    x: float
    y: float
    text: str


def right(x_right: float, y: float, figure: str) -> Text:
    """A figure right-aligned so that it ends at x_right (as the columns of a table print them)."""
    return Text(x_right - DIGIT_WIDTH * len(figure), y, figure)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf_date(created: str | dt.date | dt.datetime) -> str:
    if isinstance(created, str):
        return created
    if not isinstance(created, dt.datetime):
        created = dt.datetime(created.year, created.month, created.day, 12, 0, 0)
    return created.strftime("D:%Y%m%d%H%M%S")


def write_pdf(path: Path, pages: list[list[str | Text]], created: str | dt.date | dt.datetime | None = None) -> Path:
    """A PDF of the given pages; `created` ('D:20191128224429-05'00'', or a date) becomes its CreationDate."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    for i, items in enumerate(pages):
        page_id = 4 + 2 * i
        content_id = page_id + 1
        kids.append(f"{page_id} 0 R")
        runs = []
        line = 0
        for item in items:
            if isinstance(item, str):
                item = Text(40, 760 - 12 * line, item)
                line += 1
            runs.append(f"1 0 0 1 {item.x:.2f} {item.y:.2f} Tm ({_escape(item.text)}) Tj")
        stream = f"BT /F1 {FONT_SIZE} Tf {' '.join(runs)} ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    tail = []
    if created is not None:
        tail.append(f"<< /CreationDate ({_pdf_date(created)}) /Producer (tests/pdfmaker.py) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(head + objects + tail, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    info = f" /Info {len(offsets)} 0 R" if tail else ""
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


UNIFORMED_TITLE = [
    "Contribution of Uniformed Personnel to UN",
    "by Mission, Country, and Personnel Type",
    "Experts on Mission, Formed Police Units, Individual Police, Staff Officer, and Troops",
]


def uniformed_report(
    path: Path, rows: list[str], as_of: str = "30/06/2022", created: str | dt.date | dt.datetime | None = None
) -> Path:
    """A one-page report in the 2020s layout (by Mission, Country, and Personnel Type)."""
    return write_pdf(
        path,
        [
            [
                *UNIFORMED_TITLE,
                f"As of: {as_of}",
                "Mission Country Personnel Type Male Female Total",
                *rows,
                "Report Generated On: 9/23/2022 4:38:12 PM Page 1 of 1",
            ]
        ],
        created,
    )
