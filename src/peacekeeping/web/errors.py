"""One error shape for every 4xx/5xx, as JSON for the API and as a page for people."""

from __future__ import annotations

from ..errors import PeacekeepingError, StoreError
from ..facts.casualties import NoFatalities
from ..facts.months import NoReport
from ..harmonize.countries import UnknownCountry
from ..harmonize.missions import UnknownMission
from ..release.brief import BriefError
from ..release.draft import Absent


class ApiError(Exception):
    """An error to answer with: HTTP status, a machine-readable type, a message and, maybe, suggestions."""

    def __init__(self, status: int, type: str, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.status, self.type, self.message, self.suggestions = status, type, message, suggestions or []

    def body(self) -> dict:
        """The one error shape: {"error": {"status", "type", "message", "suggestions"}}."""
        return {"error": {"status": self.status, "type": self.type, "message": self.message,
                          "suggestions": self.suggestions}}


def from_library(exc: PeacekeepingError) -> ApiError:
    """The HTTP answer for a library error."""
    if isinstance(exc, UnknownCountry):
        return ApiError(404, "unknown_country", str(exc), exc.suggestions)
    if isinstance(exc, UnknownMission):
        return ApiError(404, "unknown_mission", str(exc))
    if isinstance(exc, (NoReport, NoFatalities, Absent)):
        return ApiError(404, "no_data", str(exc))
    if isinstance(exc, StoreError):
        return ApiError(503, "no_store", str(exc))
    if isinstance(exc, BriefError):
        return ApiError(422, "bad_brief", str(exc))
    return ApiError(422, "bad_request", str(exc))
