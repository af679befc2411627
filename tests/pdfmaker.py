"""Write small hand-made PDFs (one text line per row) for error-path tests."""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF whose pages hold the given lines, top to bottom, in Helvetica."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    for i, lines in enumerate(pages):
        page_id = 4 + 2 * i
        content_id = page_id + 1
        kids.append(f"{page_id} 0 R")
        body = "BT /F1 9 Tf " + " ".join(
            f"1 0 0 1 40 {760 - 12 * n} Tm ({_escape(line)}) Tj" for n, line in enumerate(lines)
        ) + " ET"
        stream = body.encode("latin-1")
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
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def uniformed_report(path: Path, rows: list[str], as_of: str = "30/06/2022") -> Path:
    """A one-page report in the 2020s layout (by Mission, Country, and Personnel Type)."""
    return write_pdf(path, [[
        "Contribution of Uniformed Personnel to UN",
        "by Mission, Country, and Personnel Type",
        "Experts on Mission, Formed Police Units, Individual Police, Staff Officer, and Troops",
        f"As of: {as_of}",
        "Mission Country Personnel Type Male Female Total",
        *rows,
        "Report Generated On: 9/23/2022 4:38:12 PM Page 1 of 1",
    ]])
