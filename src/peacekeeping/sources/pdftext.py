"""Text of a PDF report, as plain lines or as positioned segments (pypdfium2)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import ReportError


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text on a page with its box in PDF points (origin bottom-left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str


class Pdf:
    """An open PDF report; pages are numbered from 1 as printed."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise ReportError(self.path, f"cannot read file: {exc.strerror}") from exc
        if not data.startswith(b"%PDF"):
            raise ReportError(self.path, "not a PDF file (no %PDF header)")
        try:
            self._doc = pdfium.PdfDocument(data)
            self.page_count = len(self._doc)
        except pdfium.PdfiumError as exc:
            raise ReportError(self.path, f"damaged or truncated PDF ({exc})") from exc
        if self.page_count == 0:
            raise ReportError(self.path, "PDF has no pages")
        self._lines: dict[int, list[str]] = {}

    def lines(self, page: int) -> list[str]:
        """Plain text lines of a page, in content order, right-stripped, blanks dropped."""
        if page not in self._lines:
            self._lines[page] = self._read_lines(page)
        return self._lines[page]

    def _read_lines(self, page: int) -> list[str]:
        textpage = self._textpage(page)
        text = textpage.get_text_range()
        textpage.close()
        lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        return [line for line in lines if line.strip()]

    def segments(self, page: int) -> list[Segment]:
        """Positioned text runs of a page (slower than lines(): use only where order is scrambled)."""
        textpage = self._textpage(page)
        out = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top).strip()
            if text:
                out.append(Segment(left, bottom, right, top, text))
        textpage.close()
        return out

    def metadata(self) -> dict[str, str]:
        """The document information dictionary (CreationDate, Producer, ...)."""
        return self._doc.get_metadata_dict()

    def _textpage(self, page: int):
        try:
            return self._doc[page - 1].get_textpage()
        except pdfium.PdfiumError as exc:
            raise ReportError(self.path, f"cannot read page text ({exc})", page=page) from exc

    def close(self) -> None:
        self._doc.close()

    def __enter__(self) -> "Pdf":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def rows_of_segments(segments: list[Segment], tolerance: float = 2.0) -> list[list[Segment]]:
    """Group segments into visual rows (top to bottom), each sorted left to right."""
    rows: list[list[Segment]] = []
    centres: list[float] = []
    for seg in sorted(segments, key=lambda s: (-(s.top + s.bottom) / 2, s.left)):
        centre = (seg.top + seg.bottom) / 2
        if centres and abs(centres[-1] - centre) <= tolerance:
            rows[-1].append(seg)
        else:
            rows.append([seg])
            centres.append(centre)
    return [sorted(row, key=lambda s: s.left) for row in rows]
