"""The one error family the library raises: each error names its kind and the HTTP status it answers with."""

from __future__ import annotations

from pathlib import Path

QUOTED = 200  # characters of an input that a message repeats at most


def quoted(value: object, limit: int = QUOTED) -> str:
    """repr() of a value for a message, cut to `limit` characters of it (an input may be megabytes long)."""
    text = str(value)
    if len(text) <= limit:
        return repr(value) if isinstance(value, str) else text
    return repr(text[:limit]) + f"… ({len(text):,} characters)"


def one_of(names: list[str]) -> str:
    """'A', 'A or B', 'A, B or C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


class PeacekeepingError(Exception):
    """Base class: a one-line message that says what went wrong and where.

    `kind` is the machine-readable type the API and the pages show, `status` the HTTP status they answer with,
    `suggestions` what the user may have meant.
    """

    kind = "bad_request"
    status = 422

    def __init__(self, message: str = "", suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = list(suggestions or [])


class NotFound(PeacekeepingError):
    """Something asked for that the store or a reviewed table does not hold."""

    kind = "not_found"
    status = 404


class NoData(NotFound):
    """The store holds nothing that answers the question (no report of that month, no register)."""

    kind = "no_data"


class BadDate(PeacekeepingError):
    """A date or month that cannot be read."""


class ReviewError(PeacekeepingError):
    """A reviewed table that is malformed or no longer fits the file it reviews."""

    kind = "bad_review"
    status = 500


class ReportError(PeacekeepingError):
    """A report file that cannot be read, recognised or reconciled."""

    kind = "bad_report"

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

    kind = "bad_dataset"

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

    kind = "no_store"
    status = 503
