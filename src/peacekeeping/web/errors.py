"""One error shape for every 4xx/5xx, as JSON for the API and as a page for people."""

from __future__ import annotations

from pydantic import Field

from ..errors import PeacekeepingError
from ..facts.models import Model


class ApiError(Exception):
    """An error to answer with: HTTP status, a machine-readable type, a message and, maybe, suggestions."""

    def __init__(self, status: int, type: str, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.status, self.type, self.message, self.suggestions = status, type, message, suggestions or []

    def body(self) -> dict:
        """The one error shape: {"error": {"status", "type", "message", "suggestions"}}."""
        return {
            "error": {
                "status": self.status,
                "type": self.type,
                "message": self.message,
                "suggestions": self.suggestions,
            }
        }


def from_library(exc: PeacekeepingError) -> ApiError:
    """The HTTP answer for a library error: its own status and kind."""
    return ApiError(exc.status, exc.kind, str(exc), exc.suggestions)


class ErrorDetail(Model):
    status: int
    type: str = Field(examples=["unknown_country"])
    message: str
    suggestions: list[str]


class Error(Model):
    """The one error shape of every 4xx and 5xx."""

    error: ErrorDetail
