"""The one error family the library raises for bad input."""

from __future__ import annotations

from pathlib import Path


class PeacekeepingError(Exception):
    """Base class: a one-line message that says what went wrong and where."""


class ReportError(PeacekeepingError):
    """A report file that cannot be read, recognised or reconciled."""

    def __init__(self, path: str | Path, message: str, page: int | None = None, line: str | None = None):
        self.path = Path(path)
        self.page = page
        self.line = line
        self.reason = message
        where = self.path.name if page is None else f"{self.path.name}, page {page}"
        text = f"{where}: {message}"
        if line is not None:
            text += f" (printed line: {line.strip()!r})"
        super().__init__(text)

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.page, self.line))


class SourceError(PeacekeepingError):
    """A dataset file (CSV or JSON) that cannot be read: names the file and where in it."""

    def __init__(self, path: str | Path, message: str, where: str | None = None):
        self.path = Path(path)
        self.reason = message
        self.where = where
        prefix = self.path.name if where is None else f"{self.path.name}, {where}"
        super().__init__(f"{prefix}: {message}")

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.where))


class StoreError(PeacekeepingError):
    """The store cannot be opened or written."""
