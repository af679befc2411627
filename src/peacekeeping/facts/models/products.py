"""The products' answers (drafts, checks, news), whose inner shapes the guides document."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .base import Caveat, Country, Month


class Open(BaseModel):
    """An answer whose inner shape is documented in the guides (drafts, checks, news): keys kept as they come."""

    model_config = ConfigDict(extra="allow")


class Draft(Open):
    lang: Literal["en", "es", "fr"]
    country: Country
    date: dt.date
    month: Month
    text: list[str]
    figures: list[dict[str, Any]]
    placeholders: list[str]
    caveats: list[dict[str, Any]]


class CheckResult(Open):
    date: str | None = Field(
        None, description="The publication date as given: YYYY-MM-DD, or YYYY-MM or YYYY (a window)"
    )
    country: Country | None
    month: dict[str, Any] | None
    claims: list[dict[str, Any]]
    counts: dict[str, int]
    message: str


class News(Open):
    month: Month
    stories: list[dict[str, Any]]
    caveats: list[Caveat]
