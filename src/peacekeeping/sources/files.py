"""Reading a dataset file's text: the checks every CSV and JSON source shares."""

from __future__ import annotations

from pathlib import Path


class Unreadable(Exception):
    """Why a file's text cannot be had; each source turns it into its own error naming the file."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason, self.line = reason, line

    @property
    def where(self) -> str | None:
        return None if self.line is None else f"line {self.line}"


def read_utf8(path: Path) -> str:
    """The text of a UTF-8 file (a BOM allowed); unreadable, empty or not UTF-8 raises Unreadable."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from None
    if not raw.strip():
        raise Unreadable("empty file")
    if b"\x00" in raw:  # valid UTF-8, but no CSV or JSON text holds NUL: UTF-16 or UTF-32 without a BOM
        nul = raw.index(b"\x00")
        raise Unreadable("not UTF-8 text (NUL bytes: UTF-16 or UTF-32?)", raw[:nul].count(b"\n") + 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise Unreadable(f"not UTF-8 (byte 0x{raw[err.start]:02x})", raw[: err.start].count(b"\n") + 1) from None
